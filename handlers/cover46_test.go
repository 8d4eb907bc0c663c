package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestCallWhomExampleInLogForm: a worker's note naming no elder, with two
// calls waiting, is asked whose it was; the example is the log as it is
// written (回访 王奶奶 未接通), not his words again after the name
// (「回访 王奶奶 打了 没人接」).
func TestCallWhomExampleInLogForm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	routineTask(t, c, "王奶奶", "QS-305", "13900000001")
	routineTask(t, c, "白凤兰", "QS-311", "13900000053")
	for _, x := range []struct{ note, example, words string }{
		{"打了 没人接", "例如：回访 王奶奶 未接通。", "打了 没人接"},
		{"今天打了两次都没人接", "例如：回访 王奶奶 未接通。", "没人接"},
		{"下午打通了 挺好的", "例如：回访 王奶奶 已通 挺好的。", "打通了"},
		{"上门了 人挺好", "例如：回访 王奶奶 上门 人挺好。", "上门了"},
	} {
		got := c.private("王五", x.note)
		has(t, x.note, got, "这条是哪位的回访？您还有 2 个电话要打：王奶奶、白凤兰", "这条还没有记", x.example)
		lacks(t, x.note+": not his words", got, "回访 王奶奶 "+x.words, "已记录")
	}
}

// TestCoverageNoneSaysWhoPhones: asked before any call was listed, the
// answer says who phones (the grid's worker by name, every grid's worker
// to the township, 您 to the worker himself) and what comes next; it
// never tells the officer or the leader to log calls themselves.
func TestCoverageNoneSaysWhoPhones(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.in(officeChat, "孙七", "回访覆盖率多少"), "这个月还没有安排回访电话")
	got := c.costs(t, 2, "office", bot.Message{Chat: officeChat, From: "孙七", Text: "回访覆盖率多少"})
	has(t, "office", got, "这个月还没有安排回访电话。电话由各网格的网格员打：每天早上把到期该打的电话私信发给他们，他们打完请回复「回访 名字 已通 情况」记下来；之后再问我")
	lacks(t, "office: not the officer's calls", got, "打了的也可以回复")
	has(t, "leader", c.say("李四", "回访覆盖率多少"), "电话由网格员王五打：每天早上把到期该打的电话私信发给王五，王五打完请回复「回访 名字 已通 情况」")
	has(t, "officer in the grid", c.say("孙七", "本月回访情况"), "电话由网格员王五打")
	expect(t, "worker", c.private("王五", "这个月回访得怎么样"),
		"王五: 这个月还没有安排回访电话。每天早上会把到期该打的电话私信发给您；已经打了的，也可以回复「回访 名字 已通 情况」记下来。")
}

// TestCoverageAskedAtLength: 「回访覆盖率…」 too long for a short question
// but addressed to the bot is answered as one (this month so far), not
// with how to ask the administrator for an export; unaddressed in the
// office chat it may be an instruction and is left alone.
func TestCoverageAskedAtLength(t *testing.T) {
	c := newChat(t, understand.Rules{})
	coverageMonth(t, c)
	long := "回访覆盖率这个月到底怎么样了，三组的老人都打过了吗"
	got := c.costs(t, 2, "addressed", bot.Message{Chat: officeChat, From: "孙七", Text: "@网格小助手 " + long})
	has(t, "addressed", got, "【本月电话回访】", "青山村三组：1/3 人（33%），打了没接通：石德贵（王五负责）；没打：白凤兰（王五负责）")
	lacks(t, "addressed: no export", got, "gridbot export")
	has(t, "leader, addressed", c.say("李四", "@网格小助手 "+long), "青山村三组：联系上 1/3 人（33%）", "白凤兰 13900000053（王五负责，还没打）")
	if got := c.in(officeChat, "孙七", "回访覆盖率这个月要到百分之百，请各网格抓紧落实"); len(got) != 0 {
		t.Errorf("an instruction in the office chat: %q", got)
	}
}

// TestCoverageNextStepByWhoPhones: the grid's picture and one elder's
// name who logs the calls: the worker asking hears 您, the leader 网格员王五;
// an elder whose misses went to the leader for a visit has the visit as
// her next step, not another call.
func TestCoverageNextStepByWhoPhones(t *testing.T) {
	c := newChat(t, understand.Rules{})
	coverageMonth(t, c)
	has(t, "leader", c.say("李四", "本月回访情况"), "网格员王五打完请回复「回访 名字 已通 情况」")
	got := c.private("王五", "本月回访情况")
	has(t, "worker", got, "打完请回复「回访 名字 已通 情况」")
	lacks(t, "worker: not himself by name", got, "网格员王五")
	has(t, "worker, his elder", c.private("王五", "白凤兰这个月打过电话没"), "由您负责打电话。打完请回复「回访 白凤兰 已通 情况」")
	has(t, "leader, an elder", c.say("李四", "白凤兰这个月打过电话没"), "由王五（13900000005）负责打电话。王五打完请回复「回访 白凤兰 已通 情况」")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "second miss", c.private("王五", "回访 石德贵 未接通"), "已请网格长安排人上门看看")
	got = c.say("李四", "石德贵这个月打过电话没")
	has(t, "visit asked", got, "本月打过，还没接通", "3月3日已请网格长上门看看，看完请回复「回访 石德贵 上门 情况」")
	lacks(t, "visit asked: no other call", got, "已通 情况")
}
