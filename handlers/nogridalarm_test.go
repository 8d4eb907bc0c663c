package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestNoGridAlarmHandedToLeader: an emergency of no grid (told privately
// by the admin) that the duty officer hands a grid leader (指派) is in the
// leader's 待办 and 我的待办: no grid's list holds it otherwise.
func TestNoGridAlarmHandedToLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.private("吴九", "后山着火了 快来人"), dutyChat+": 【突发事件】青山村 #R1")
	has(t, "handed", c.in(dutyChat, "孙七", "指派 #R1 李四"), "#R1 已指派给李四",
		"李四: 孙七把青山村 #R1 交给您跟进。\n内容：后山着火了 快来人\n报告人：吴九（13900000009），今天09:01\n有进展回复「进展 #R1 情况」，办好后回复「办结 #R1 结果」。")
	// said to be the township's item of no grid, not 三组's own
	has(t, "the grid's list", c.say("李四", "待办"), grid3+": 三组待办 1 件（含镇里指派的未定网格事项 1 件）：\n#R1 青山村（未定网格） 突发·已受理 后山着火了 快来人（镇里指派给李四")
	has(t, "his own list", c.private("李四", "我的待办"), "李四: 李四负责的待办 1 件（含镇里指派的未定网格事项 1 件）：\n#R1 青山村（未定网格） 突发·已受理 后山着火了 快来人（镇里指派给李四")
	c.say("张三", "上报 村口路灯坏了 晚上看不见")
	out := c.say("李四", "待办")
	has(t, "beside the grid's own", out, grid3+": 三组待办 2 件（含镇里指派的未定网格事项 1 件）", "#R1 青山村（未定网格） 突发·已受理", "#R2 待受理 村口路灯坏了")
	lacks(t, "beside the grid's own", out, "青山村三组 ")
	has(t, "the worker's own list", c.private("王五", "我的待办"), "王五: 王五负责的事项目前都办完了")
}

// TestNoGridAlarmStatusForWhoAsks: 查 of an emergency of no grid is
// worded for who asks: its reporter hears who follows it and what he may
// do; the duty officer whom to call and how to hand it to a grid; once
// handed, who handles it.
func TestNoGridAlarmStatusForWhoAsks(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.private("吴九", "后山着火了 快来人"), dutyChat+": 【突发事件】青山村 #R1")
	has(t, "its reporter asks", c.private("吴九", "查 #R1"),
		"吴九: #R1 青山村 突发事件·待受理\n内容：后山着火了 快来人\n报告人：吴九，今天09:01\n这件事没有登记在哪个网格，由镇应急值班跟进，值班人员会打电话联系您。知道在哪个组的话，请回复组名（如「三组」），我马上通知那个网格。")
	has(t, "the duty officer asks", c.in(dutyChat, "孙七", "查 #R1"),
		"\n报告人吴九不属于任何网格，由镇应急值班跟进；可打电话问报告人（13900000009），问清在哪个组后回复「指派 #R1 网格长名字」交给那个网格。\n还没人确认")
	has(t, "handed", c.in(dutyChat, "孙七", "指派 #R1 李四"), "#R1 已指派给李四")
	has(t, "its reporter asks again", c.private("吴九", "查 #R1"), "\n这件事没有登记在哪个网格，由镇应急值班交给李四处理，有进展会告诉您。")
}

// TestPlacedAlarmKeepsItsTime: an officer's emergency placed in its grid
// a while after he told it ("三组" twelve minutes on) is filed again there
// with the time it was first told: the duty chat, the group and 查 show
// how long it has gone on; the unplaced one's 查 names where it went.
func TestPlacedAlarmKeepsItsTime(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "no place", c.in(dutyChat, "孙七", "后山着火了 快来人"), dutyChat+": 【突发事件】青山村 #R1\n情况：后山着火了 快来人\n报告人：孙七（13900000007），3月2日 09:01")
	c.now = c.now.Add(11 * time.Minute)
	expectLike(t, "placed", c.in(dutyChat, "孙七", "三组"),
		like{start: dutyChat + ": 【突发事件】青山村三组 #R2（即刚才没认出网格的 #R1，已确定在这个网格）\n情况：后山着火了 快来人\n报告人：孙七（13900000007），3月2日 09:01\n"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况 #R2 已登记，已报告镇应急值班。\n镇里孙七今天09:01报告：后山着火了 快来人\n"})
	has(t, "查 the new one", c.say("张三", "查 #R2"), "\n报告人：孙七，今天09:01\n")
	has(t, "查 the old one", c.in(dutyChat, "孙七", "查 #R1"), "\n已合并到 #R2")
	if got := c.in(dutyChat, "孙七", "查 #R1"); strings.Contains(got[0], "不属于任何网格") || strings.Contains(got[0], "没有登记在哪个网格") {
		t.Errorf("the merged one's 查 still speaks of no grid:\n%s", got[0])
	}
}
