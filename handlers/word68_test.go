package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestAckWhileConfirmBackWaits: 陈二's 「收到」 after 「我理解为：…回复「1」
// 登记」 was silent; he is told once what 「1」 and 「2」 do, in one round
// trip, nothing filed; a second 「收到」 is silent; his 「1」 still files
// it (word68). 好的 stays a yes, as assentWords make it.
func TestAckWhileConfirmBackWaits(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 5, 14, 0, 0, 0, at.Location())
	c.say("张三", "收到") // the notice indexes built, once per store
	has(t, "张三's confirm-back", c.say("张三", "我家门口的水管漏水了"), "回复「1」登记，「2」不用")
	has(t, "张三's 收到 (the store's first two-scope commit)", c.say("张三", "收到"), "还没登记")
	has(t, "the confirm-back", c.say("陈二", "村口的路灯坏了，晚上黑乎乎的"), "回复「1」登记，「2」不用")
	got := c.costs(t, 1, "收到 to the confirm-back", bot.Message{Chat: grid3, From: "陈二", Text: "收到"})
	expect(t, "收到: told what answers it", got,
		grid3+": @陈二\u2005「村口的路灯坏了，晚上黑乎乎的」还没登记：要登记请回复「1」，不用请回复「2」。")
	c.wantReports(0, "收到 filed the confirm-back")
	expect(t, "a second 收到: silent", c.say("陈二", "收到了"))
	has(t, "his 1 files it", c.say("陈二", "1"), "已登记 #R1")

	c = newChat(t, understand.Rules{})
	has(t, "张三's confirm-back", c.say("张三", "我家门口的水管漏水了"), "回复「1」登记，「2」不用")
	has(t, "好的: a yes", c.say("张三", "好的"), "已登记 #R1")
	expect(t, "收到 with nothing asked: silent", c.say("张三", "收到"))

	// a notice to the group, then his confirm-back: his 收到 still counts
	// for the notice, and he hears what answers the question
	c = newChat(t, understand.Rules{})
	c.office("通知 本周六上午在村卫生室免费体检")
	has(t, "陈二's confirm-back", c.say("陈二", "我家门口的路灯坏了"), "回复「1」登记，「2」不用")
	// (the first 收到 after a notice in a fresh process reads what it
	// follows: BenchmarkCall74 has the steady cost, 1)
	expect(t, "收到 after both: both said, in one message (call74, rep75)", c.say("陈二", "收到"),
		grid3+": @陈二\u2005已记下您家收到了通知。「我家门口的路灯坏了」还没登记：要登记请回复「1」，不用请回复「2」。")
	has(t, "counted for the notice", c.office("查 #N1"), "青山村三组：已收到 1/9 户")
	c.wantReports(0, "收到 filed nothing")
}

// TestWorkerDoneWordsOfAnothersItem: 王五 handles the lamp; his
// 「张三家门口修好了」 names 张三, who reported the pipe 李四 handles, and
// his words share nothing with the lamp: it goes to 李四 as 「#R2 …」 would,
// one round trip (it used to show him the 办结 of his lamp). 「路灯修好
// 了」 is still his lamp's. Words fitting his lamp and 李四's pipe alike are
// asked with numbers: his 「1」/「2」 does what the numbered words would
// (word68).
func TestWorkerDoneWordsOfAnothersItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "lamp", c.say("陈二", "上报 村口的路灯坏了"), "已登记 #R1")
	has(t, "assigned", c.say("李四", "确认 #R1 王五去看看"), "#R1 已指派给王五")
	has(t, "pipe", c.say("张三", "上报 我家门口的水管爆了，水流了一地"), "已登记 #R2")
	has(t, "taken on", c.say("李四", "确认 #R2"), "#R2 已受理")
	got := c.costs(t, 1, "place words", bot.Message{Chat: grid3, From: "王五", Text: "张三家门口修好了"})
	expect(t, "張三's door: the pipe, told to 李四", got,
		grid3+": @李四\u2005王五说#R2「张三家门口修好了」。确实办好了的话，请回复「办结 #R2 张三家门口修好了」")
	has(t, "his lamp", c.say("王五", "路灯修好了"), "#R1 进展已记录：路灯修好了", "王五，确实办好了就回「1」，按「办结 #R1 路灯修好了」记")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusAccepted)

	has(t, "a second pipe", c.say("陈二", "上报 村口的水管也漏水了"), "已登记 #R3")
	has(t, "taken on", c.say("李四", "确认 #R3"), "#R3 已受理")
	got = c.say("王五", "村口修好了")
	expect(t, "his lamp and 李四's pipe: which", got, grid3+": 王五，您说的「村口修好了」是哪一件？请回复数字：\n「1」#R1 村口的路灯坏了\n「2」#R3 村口的水管也漏水了\n"+
		"回「1」就和发「#R1 村口修好了」一样：您负责的，告诉您怎么办结；别人负责的，我会转告负责的人。")
	// the lamp's 办结 offered before still waits: he is reminded of it
	has(t, "2: the pipe's handler told", c.say("王五", "2"),
		"@李四\u2005王五说#R3「村口修好了」。确实办好了的话，请回复「办结 #R3 村口修好了」", "回「1」就照「办结 #R1 路灯修好了」办")
	has(t, "asked again", c.say("王五", "村口修好了"), "是哪一件？请回复数字")
	// his lamp's 办结 still waits for his 「1」: that offer, said once (rep99)
	got = c.say("王五", "1")
	has(t, "1: his own lamp's offer said once", got, "王五，#R1 确实办好了就回「1」，按「办结 #R1 路灯修好了」记，我会请报告人确认")
	lacks(t, "1: his own lamp's offer said once", got, "请回复「办结 #R1 村口修好了」", "还有一件事在等您回答")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusAccepted)
}

// TestBareNotYetAnswersWhatWasAsked: 张三 reported the lamp and joined
// 陈二's drain; both are 办结. Right after the bot asked him about his lamp
// (「@张三 请确认：解决了…」) his bare 「还没」 was silent: it is his 未解决 of
// the lamp, the one asked, with the way to take it back. Hours later, a
// bare 「还没」 answers nothing asked: silent (word68).
func TestBareNotYetAnswersWhatWasAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口的路灯坏了")
	has(t, "drain", c.say("陈二", "上报 我家门口的下水道堵了"), "已登记 #R2")
	has(t, "taken on", c.say("李四", "确认 #R2"), "#R2 已受理")
	has(t, "joined", c.say("张三", "我家那边也是"), "张三家也是这样，已记到 #R2")
	has(t, "drain done", c.say("李四", "办结 #R2 通了"), "@陈二\u2005请确认")
	has(t, "lamp done: 张三 asked", c.say("李四", "办结 #R1 换了灯泡"), "@张三\u2005请确认")
	got := c.costs(t, 1, "还没", bot.Message{Chat: grid3, From: "张三", Text: "还没"})
	expect(t, "还没: the lamp's 未解决", got, grid3+": 按张三的话，#R1 已重新打开：还没。\n@李四\u2005请继续处理")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusReopened}, village.StatusResolved)

	c = newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口的路灯坏了")
	has(t, "lamp done", c.say("李四", "办结 #R1 换了灯泡"), "@张三\u2005请确认")
	c.now = c.now.Add(7 * time.Hour)
	silent(t, "hours later: nothing asked lately", c.say("张三", "还没"))
	c.firstStatus(village.StatusResolved)
}
