package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// A call logged for an elder of another grid is not his to log: he is told
// whose she is and whom to tell what she said (her own worker, with his
// phone), not that he lacks a right, and nothing is recorded or filed.
func TestCallForAnotherGridsElder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 高秀英 已通 说腰疼")
	expect(t, "reached", got, "王五: 高秀英是一组的，由马红梅负责打电话，这次通话没有记录。高秀英说的「腰疼」请转告马红梅（13800001021），由马红梅回复「回访 高秀英 已通 情况」。")
	lacks(t, "reached", got, "抱歉", "需要")
	expect(t, "missed", c.private("王五", "高秀英 打了没人接"),
		"王五: 高秀英是一组的，由马红梅负责打电话，这次通话没有记录。没打通的事请转告马红梅（13800001021），由马红梅再打。")
	c.wantReports(0, "(nothing filed for another grid's elder)")
}

// An elder unknown to the roster: the worker is told how she gets onto it.
func TestCallForAnElderNotOnTheRoster(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "unknown", c.private("王五", "回访 刘大爷 已通 冇得事"),
		"名单里没有「刘大爷」", "您负责打电话的有：王奶奶、石德贵、白凤兰", "请告诉管理员把老人补进名单，补好后再记")
}

// Her matter told again on a second call the same day, in dialect and with
// no "还", is the item filed that morning, not a second one; "她讲" is the
// worker's "她说".
func TestCallNoteTwiceTheSameDay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.private("王五", "回访王奶奶已通 屋顶漏雨"), "王奶奶反映的「屋顶漏雨」已登记 #R1")
	c.now = c.now.Add(2 * time.Hour)
	got := c.private("王五", "回访 王奶奶 已通 她讲灶屋漏雨漏得恼火，莫得人帮她捡瓦")
	has(t, "again", got, "王奶奶说的「灶屋漏雨漏得恼火，莫得人帮她捡瓦」是 #R1")
	lacks(t, "again", got, "已登记 #R2", "她讲")
	c.wantReports(1, "(the roof told twice)")
	// another day, a new matter told plainly is filed: the day is no blanket
	c.now = c.now.Add(24 * time.Hour)
	has(t, "next day", c.private("王五", "回访 王奶奶 已通 讲想办低保"), "王奶奶反映的「想办低保」已登记 #R2")
}

// Her words told again of an item nobody took on yet ask its leader to
// take it on (确认) before the 办结.
func TestCallNoteOfAnItemNotTakenOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.private("王五", "回访 王奶奶 已通 屋顶漏雨"), "已登记 #R1")
	expectLike(t, "again", c.private("王五", "回访 王奶奶 已通 说屋顶还在漏"),
		like{start: "王五: 已记录：王奶奶 已通", has: "是 #R1 那件事（待受理"},
		like{start: "李四: 【回访消息】#R1", has: "请回复「确认 #R1」受理，办好后回复「办结 #R1 结果」"})
}

// After the follow-up, households the worker told himself, several in one
// message and in dialect (屋头 is 家, 晓得 is 知道), are each their 收到;
// words that are no such telling stay what they were.
func TestToldInPersonSeveralInDialect(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("孙七", "通知 本周六上午9点在村委会开展免费体检")
	c.now = c.now.Add(30 * time.Minute) // his word of telling comes after it had time (call99)
	got := c.private("王五", "雷志明屋头我去说了 陈二自己晓得")
	expect(t, "two homes", got, "王五: 已记下您转告了雷志明、陈二，雷志明户、陈二户算收到通知 #N1，不用再催。")
	lacks(t, "two homes", got, "我理解为")
	has(t, "one home", c.private("王五", "张三 通知到了"), "张三户算收到通知 #N1")
}

// What one process recorded of the worker's week (a call, the homes he told
// in person, the second call's words kept on the item) is what a process
// started afresh on the same Redis reads: a restart loses none of it.
func TestWorkerWeekSurvivesRestart(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("孙七", "通知 本周六上午9点在村委会开展免费体检")
	a.now = a.now.Add(30 * time.Minute) // the call made after the notice went out (call98)
	has(t, "call", a.private("王五", "王奶奶转告了"), "王奶奶户已记为收到通知 #N1")
	has(t, "in person", a.private("王五", "雷志明屋头我去说了 陈二自己晓得"), "雷志明户、陈二户算收到通知 #N1")
	has(t, "a matter", a.private("王五", "回访 白凤兰 已通 屋顶漏雨"), "已登记 #R1")
	b.now = a.now.Add(time.Hour)
	got := b.say("孙七", "查 #N1")
	has(t, "after the restart", got, "青山村三组：已收到 3/9 户")
	lacks(t, "after the restart", got, "王奶奶户", "雷志明户", "陈二户")
	has(t, "the matter again", b.private("王五", "回访 白凤兰 已通 她讲屋顶漏得凶"), "是 #R1 那件事")
	b.wantReports(1, "(the roof told twice, across the restart)")
}

// A villager's 收到 with a question about the notice is his household's
// 收到, and the question goes to the grid's worker to answer in the group:
// before, the question went unheard, or was filed as an item to 受理. A
// question the notice's text answers ("周六几点啊") is answered from it
// (nq62).
func TestAckWithAQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("孙七", "通知 本周六上午9点在村委会开展免费体检，65岁以上老人带身份证参加")
	expect(t, "收到 and a question", c.say("郑十", "收到 周六几点啊"),
		"青山村三组网格群: @郑十\u2005已记下您家收到了通知 #N1。通知 #N1 写的是：本周六上午9点在村委会开展免费体检，65岁以上老人带身份证参加。还有不清楚的，请问网格员王五。")
	got := c.say("陈二", "收到，要带户口本不")
	has(t, "in dialect", got, "您问的「要带户口本不」已转给网格员王五", "王五: 【通知提问】陈二")
	lacks(t, "in dialect", got, "我理解为")
	got = c.costs(t, 1, "收到 and a question (the group's notices from this process's copy, rt66: none answers it; the 收到's commit carries the question, guarded by the copy)", bot.Message{Chat: grid3, From: "雷志明", Text: "收到了，我家老人的一卡通丢了咋办"})
	has(t, "what to do", got, "您问的「我家老人的一卡通丢了咋办」已转给网格员王五")
	lacks(t, "a plain 收到", c.say("张三", "收到"), "转给")
	c.wantReports(0, "(questions are no items)")
	has(t, "counted", c.say("孙七", "查 #N1"), "青山村三组：已收到 4/9 户")
	// a procedure the bot knows is told, as before
	has(t, "a procedure", c.say("金大海", "收到，身份证丢了咋办"), "【身份证补办】怎么办")
}

// A question that tells a matter of his own after the 收到 is still that
// matter's report, not a question about the notice.
func TestAckWithAMatterAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("孙七", "通知 明天上午停水")
	got := c.say("张三", "收到，不过我家水管爆了谁来修啊")
	lacks(t, "a matter", got, "【通知提问】", "转给网格员")
	c.wantReports(1, "(the burst pipe)")
}

// Typed in haste on a phone: 回方 (an input method's pick for huifang), and
// a miss told with 都 ("打了三次都没人接") with a plan after it.
func TestCallTypedInHaste(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "回方", c.private("王五", "回方 王奶奶 通了 莫得事"), "已记录：王奶奶 已通")
	got := c.private("王五", "石德贵打了三次都没人接 我明天去他屋头看看")
	has(t, "都", got, "已记录：石德贵 未接通（第 1 次）")
	lacks(t, "都", got, "我理解为")
}
