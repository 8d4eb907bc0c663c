package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestOfficerAsksWhichVillageMostOverdue: 「哪个村超期最多」 of several
// villages was counted by grid (town105); it is counted by village now,
// 「哪个组超期最多」 still by grid.
func TestOfficerAsksWhichVillageMostOverdue(t *testing.T) {
	c := twoVillagesChat(t)
	c.say("张三", "上报 村口的路灯坏了好几天了")
	c.in("青山村一组网格群", "陈桂兰", "上报 水渠冻住了")
	c.in("青山村二组网格群", "梁秀梅", "上报 二组垃圾好几天没人收了")
	const sq = "石桥村一组网格群"
	c.in(sq, "石大山", "上报 桥头路灯坏了好几天了")
	c.in(sq, "石大山", "上报 桥下那段路结冰了 很滑")
	c.now = c.now.Add(3 * 24 * time.Hour)
	for _, q := range []string{"哪个村超期最多", "超期最多的是哪个村？", "@网格小助手 哪个村超期最多"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "全镇超期 5 件，按村（多的在前）：青山村 3 件，石桥村 2 件。\n逐件")
		lacks(t, q, got, "按网格")
	}
	has(t, "by grid", c.in(officeChat, "孙七", "哪个组超期最多"), "全镇超期 5 件，按网格（多的在前）：石桥村一组 2 件，")
}

// TestOfficeAskOfEmergencyAnsweredInOffice: an officer's question about
// an emergency asked in the office chat is answered there (town106: only
// the duty chat heard the answer); the duty chat, which follows the
// item, hears it too; asked in the duty chat, the office does not.
func TestOfficeAskOfEmergencyAnsweredInOffice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "王奶奶在门口滑倒了，起不来，腿好像摔断了，快来人")
	c.say("李四", "确认 #R1")
	got := c.in(officeChat, "孙七", "R1 王奶奶人怎么样了")
	has(t, "asked", got, officeChat+": #R1 已私信问网格长李四", "回复后会发到本群")
	lacks(t, "asked", got, "发到"+dutyChat)
	got = c.private("李四", "已经送到县医院了，小腿骨折")
	has(t, "answered", got, officeChat+": 【青山村三组】#R1（突发事件）李四答复孙七的提问：已经送到县医院了",
		dutyChat+": 【青山村三组】#R1（突发事件）李四答复孙七的提问：已经送到县医院了")
	lacks(t, "answered", got, "#R2")
	// taken back, both chats that heard it hear so
	got = c.private("李四", "撤回答复")
	for _, chat := range []string{officeChat, dutyChat} {
		if !hasPrefix(got, chat+": ") {
			t.Errorf("taken back: %s does not hear it:\n%s", chat, strings.Join(got, "\n"))
		}
	}
	// asked in the duty chat: answered there alone
	got = c.in(dutyChat, "孙七", "R1 老人现在咋样了？")
	has(t, "asked in duty", got, "回复后会发到本群")
	got = c.private("李四", "答复 #R1 手术做完了")
	has(t, "answered in duty", got, dutyChat+": 【青山村三组】#R1（突发事件）李四答复孙七的提问：手术做完了")
	if hasPrefix(got, officeChat+": ") {
		t.Errorf("the office hears a duty chat's answer:\n%s", strings.Join(got, "\n"))
	}
	// a new alarm told privately while a question waits is filed
	c.in(officeChat, "孙七", "R1 王奶奶现在怎么样了")
	has(t, "new alarm", c.private("李四", "村东头老李家着火了 快来人"), dutyChat+": 【突发事件】")
}

// hasPrefix reports whether a reply starts with p.
func hasPrefix(got []string, p string) bool {
	for _, g := range got {
		if strings.HasPrefix(g, p) {
			return true
		}
	}
	return false
}

// TestOfficerAsksWhetherAnythingWentWrong: 「各村没出啥事吧」「今天出啥事
// 没」 in the office chat were silent (town105); they get the stretch's
// emergencies and what waits on the township, or that nothing does. A
// bare 「没出啥事吧」 may be to a colleague; 「出事了」 tells.
func TestOfficerAsksWhetherAnythingWentWrong(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, q := range []string{"各村没出啥事吧", "今天出啥事没", "昨晚各村都平安吧"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "全镇没有突发事件。", "其他事项没有超期的、等镇里接手的，也没有没办完的安全隐患。")
	}
	c.sentUp("陈二", "上报 三组水渠被石头堵了", "#R1", "需要挖掘机")
	c.say("张三", "上报 村口的路灯坏了")
	c.now = c.now.Add(3 * 24 * time.Hour)
	c.say("张三", "快来人 后山着火了 火很大")
	c.say("李四", "确认 #R3")
	for _, q := range []string{"各村没出啥事吧", "今天出啥事没", "今天有没有出什么事？", "全镇今天没出什么事吧"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "全镇有突发 1 件", "后山着火了", "另外，上报到镇里还没人接手的 1 件，超期没办完的 2 件，发「待办」「超期」看逐件。")
	}
	for _, q := range []string{"没出啥事吧", "今天出事了", "出啥事了", "今天还好 没出事吧 我下午去开会"} {
		silent(t, q, c.in(officeChat, "孙七", q))
	}
}
