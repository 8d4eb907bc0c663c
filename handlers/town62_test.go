package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestOfficerTransferWords: an officer's plain 「#R1 转司法所」,
// 「#R1 转交应急办」 or 「指派 #R1 交给党群服务中心处理」 on an item sent up
// refers it to that department, as 「指派 #R1 司法所」 does: he said where
// it goes, and being asked whether to record his words as 进展 makes him
// type it again. An outside unit (供电所) is no department: the words are
// not read as a transfer.
func TestOfficerTransferWords(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"转", "#R1 转司法所", "#R1 已转交司法所（"},
		{"转交", "#R1 转交应急办", "#R1 已转交应急办（"},
		{"转给 请", "R1 转给平安办 请尽快核实", "#R1 已转交平安办（"},
		{"交给…处理", "指派 #R1 交给党群服务中心处理", "#R1 已转交党群服务中心/综治中心（"},
		{"转到…办理", "#R1 转到司法所办理", "#R1 已转交司法所（"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
			got := c.in(officeChat, "孙七", tc.text)
			has(t, tc.name, got, officeChat+": "+tc.want)
			has(t, tc.name+": the grid hears", got, grid3+": #R1 镇里已转交")
		})
	}
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	lacks(t, "outside unit", c.in(officeChat, "孙七", "#R1 转供电所"), "已转交")
}

// TestOfficerOwnDoneWords: the officer who took an item on for the
// township and writes after its number that it is done (「#R1 供电所已经换
// 好线路了 灯亮了」) resolves it, as the grid's handler's 「R1 修好了」 does:
// the reporter is asked to confirm, and the reply tells how to take it
// back. In the duty chat 「#R1 火灭了 没人受伤」 of a fire he took on
// resolves it as the same words quoting its 【突发事件】 do. One he did not
// take on keeps the hint.
func TestOfficerOwnDoneWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	got := c.in(officeChat, "孙七", "#R1 供电所已经换好线路了 灯亮了")
	lacks(t, "not taken on", got, "已办结")
	c.in(officeChat, "孙七", "确认 #R1 我来联系供电所")
	got = c.in(officeChat, "孙七", "#R1 供电所已经换好线路了 灯亮了")
	has(t, "taken on", got, officeChat+": 按孙七的话，#R1 已办结：供电所已经换好线路了 灯亮了。\n已请报告人张三确认", "孙七，还没办完的话，请回复「进展 #R1 情况」",
		grid3+": 按孙七的话，#R1 已办结：供电所已经换好线路了 灯亮了。\n@张三")
	for _, line := range got {
		if strings.HasPrefix(line, grid3) && strings.Contains(line, "办结就撤回了") {
			t.Errorf("the grid group is told the officer's take-back: %s", line)
		}
	}

	c = newChat(t, understand.Rules{})
	c.say("张三", "后山着火了 火很大 快来人啊")
	c.in(dutyChat, "孙七", "确认 #R1 已通知消防队")
	got = c.in(dutyChat, "孙七", "#R1 火灭了 没人受伤")
	has(t, "duty", got, dutyChat+": 按孙七的话，#R1 已办结：火灭了 没人受伤", grid3+": 按孙七的话，#R1 已办结")
}

// TestOfficerAsksOverdueInWords: an officer asking the bot in his own
// words which grid is overdue (「@网格小助手 哪个组超期最多」, 「@网格小助手
// 二组哪些超期了还没处理」) gets the overdue items (超期), the grids'
// included, not the township's 待办, which lists only what went up.
func TestOfficerAsksOverdueInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了")
	c.now = c.now.Add(4 * 24 * time.Hour)
	has(t, "which grid", c.in(officeChat, "孙七", "@网格小助手 哪个组超期最多"),
		officeChat+": 全镇超期 1 件，按网格（多的在前）：青山村三组 1 件。\n逐件（过了规定期限还没办完，期限最早的在前）：\n#R1 青山村三组 一般事项 村口的路灯坏了") // the count by grid (town105)
	has(t, "one grid", c.in(officeChat, "孙七", "@网格小助手 三组哪些超期了还没处理"),
		officeChat+": 青山村三组超期 1 件（过了期限还没办完）：\n#R1 待受理 村口的路灯坏了")
}
