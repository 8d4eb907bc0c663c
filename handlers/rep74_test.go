package handlers_test

import (
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// rep74: the reporter's and the leader's plain words.

// TestPlainFixedKeepsPhoto: 陈二's 「灯好了」 sent with a photo of the lamp
// lit (saysFixed) lost the photo; it is the item's now, in the commit
// that keeps his words, and the bare 「办结 #R1」 after closes it with it.
func TestPlainFixedKeepsPhoto(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("陈二", "上报 村口的路灯坏了 晚上黑乎乎的")
	got := c.costs(t, 1, "灯好了 + photo", bot.Message{Chat: grid3, From: "陈二", Text: "灯好了", Images: []string{"lamp.jpg"}})
	expect(t, "灯好了 + photo", got, grid3+": @陈二\u2005收到，您说 #R1（村口的路灯坏了 晚上黑乎乎的）已经好了，已记下（附照片 1 张）。\n"+
		"@李四\u2005陈二说已经好了，回复「办结 #R1」就结案。\n负责人办结后就按满意结案，不用您再确认；要是又坏了，请再说一声。")
	r1 := c.reports()[0]
	if !slices.Equal(r1.Images, []string{"lamp.jpg"}) || r1.Status != village.StatusAccepted {
		t.Fatalf("R1 %s, images %v; want the photo, still open", r1.Status, r1.Images)
	}
	has(t, "办结", c.say("李四", "办结 #R1"), "#R1 已办结", "陈二之前已说好了")
	if r1 = c.reports()[0]; r1.Status != village.StatusClosed || !slices.Equal(r1.Images, []string{"lamp.jpg"}) {
		t.Fatalf("R1 %s, images %v; want closed with the photo", r1.Status, r1.Images)
	}
}

// TestPlainFixedPrivatelyKeepsPhoto: said privately, the handler's note
// counts the photo too.
func TestPlainFixedPrivatelyKeepsPhoto(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的"), "已登记 #R1")
	has(t, "accepted", c.in(g1, "刘建国", "确认 #R1"), "#R1 已受理")
	got := c.costs(t, 1, "privately", bot.Message{Private: true, From: "谢明", Text: "路灯亮了 谢谢", Images: []string{"a.jpg", "b.jpg"}})
	expect(t, "privately", got, "谢明: 收到，您说 #R1（村口路灯坏了好几天了 晚上黑乎乎的）已经好了，已记下（附照片 2 张），也已转告刘建国。",
		"刘建国: 【报告人说已解决】#R1（村口路灯坏了好几天了 晚上黑乎乎的，已受理）：谢明私信说：「路灯亮了 谢谢」（附照片 2 张）。")
	if r1 := kind64Item(t, c, "R1"); !slices.Equal(r1.Images, []string{"a.jpg", "b.jpg"}) {
		t.Fatalf("images %v", r1.Images)
	}
}

// TestLeaderDoneHintKeepsPhoto: 刘建国's 「路灯修好了」 with a photo, of 谢明's
// lamp nobody took on, is told the 办结 to send (done70) and the photo is
// the item's, in the reply's one commit; the item is otherwise untouched.
// Without a photo nothing is written (TestLeaderDoneOfNewItem).
func TestLeaderDoneHintKeepsPhoto(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的"), "已登记 #R1")
	got := c.costs(t, 1, "leader done + photo", bot.Message{Chat: g1, From: "刘建国", Text: "路灯修好了", Images: []string{"lamp.jpg"}})
	expect(t, "leader done + photo", got, g1+": 刘建国，照片已附到 #R1（1 张）。办好了的话，请回复「办结 #R1 路灯修好了」，我会请报告人确认；只是记一下进展，请回复「进展 #R1 路灯修好了」。")
	r1 := kind64Item(t, c, "R1")
	if r1.Status != village.StatusNew || len(r1.History) != 1 || !slices.Equal(r1.Images, []string{"lamp.jpg"}) {
		t.Fatalf("R1 %s, history %+v, images %v; want new, the photo only", r1.Status, r1.History, r1.Images)
	}
	has(t, "办结", c.in(g1, "刘建国", "办结 #R1 路灯修好了"), "#R1 已办结：路灯修好了。", "@谢明\u2005请确认")
}

// TestLeaderDoneHintPhotoOnStaleCopy: another process wrote a 进展 of the
// pipe after this one followed it: the hint's commit, decided on the copy,
// is refused and the photo is added to the item as stored (the 进展 kept).
func TestLeaderDoneHintPhotoOnStaleCopy(t *testing.T) {
	a, b := twoProcesses(t)
	a.accepted("张三", "上报 我家门口水管冻裂了 一直漏水")
	has(t, "other process", b.say("李四", "进展 #R1 材料买好了"), "进展已记录")
	got := a.send(bot.Message{Chat: grid3, From: "李四", Text: "水管修好了", Images: []string{"p.jpg"}})
	expect(t, "hint", got, grid3+": 李四，照片已附到 #R1（1 张）。办好了的话，请回复「办结 #R1 水管修好了」")
	r1 := a.reports()[0]
	if !slices.Equal(r1.Images, []string{"p.jpg"}) || r1.History[len(r1.History)-1].Note != "材料买好了" {
		t.Fatalf("images %v, history %+v; want the photo and b's 进展", r1.Images, r1.History)
	}
}

// drainAndLamp has 陈二's drain filed as #R1 and 张三's lamp as #R2,
// accepted.
func drainAndLamp(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "drain", c.say("陈二", "上报 村口下水道堵了 一直往外冒水"), "#R1")
	has(t, "lamp", c.say("张三", "上报 村口的路灯坏了"), "#R2")
	has(t, "accepted", c.say("李四", "确认 #R2"), "#R2 已受理")
	return c
}

// TestBareNotYetAfterAnotherQuestion: 张三's lamp was resolved and he was
// asked 「问题解决了吗」; then the bot asked him whether his drain is 陈二's
// #R1. His bare 「还没」 reopened the lamp; the question asked last wins
// now: he is shown what answers it and the 未解决 to send for the lamp,
// nothing changed, one round trip; his 「不是」 then answers the duplicate
// question, and the lamp is still resolved.
func TestBareNotYetAfterAnotherQuestion(t *testing.T) {
	c := drainAndLamp(t)
	has(t, "resolved", c.say("李四", "办结 #R2 换了灯泡"), "@张三\u2005请确认")
	has(t, "dup asked", c.say("张三", "村口下水道堵了 臭死了"), "是同一件事吗")
	got := c.costs(t, 1, "还没", bot.Message{Chat: grid3, From: "张三", Text: "还没"})
	expect(t, "还没", got, grid3+": @张三\u2005您说「还没」，我最后问您的是：\n· 「村口下水道堵了 臭死了」和 #R1 是同一件事回「是」，不是回「不是」\n"+
		"要是说 #R2 还没办好，请回「未解决 #R2 还没」。")
	if r2 := kind64Item(t, c, "R2"); r2.Status != village.StatusResolved {
		t.Fatalf("R2 %s, want still resolved", r2.Status)
	}
	has(t, "不是: filed", c.say("张三", "不是"), "#R3")
	if r2 := kind64Item(t, c, "R2"); r2.Status != village.StatusResolved {
		t.Fatalf("R2 %s, want still resolved", r2.Status)
	}
	// nothing asked since the 办结: his next 「还没」 is the lamp's 未解决
	has(t, "还没 again", c.say("张三", "还没"), "#R2 已重新打开")
}

// TestBareNotYetAfterItsQuestion: the bot asked him about his drain
// first, then resolved his lamp: the 办结's question is the last, and
// 「还没」 reopens the lamp as before (word68).
func TestBareNotYetAfterItsQuestion(t *testing.T) {
	c := drainAndLamp(t)
	has(t, "dup asked", c.say("张三", "村口下水道堵了 臭死了"), "是同一件事吗")
	has(t, "resolved", c.say("李四", "办结 #R2 换了灯泡"), "@张三\u2005请确认")
	got := c.costs(t, 1, "还没", bot.Message{Chat: grid3, From: "张三", Text: "还没"})
	has(t, "还没", got, "按张三的话，#R2 已重新打开：还没。")
	if r2 := kind64Item(t, c, "R2"); r2.Status != village.StatusReopened {
		t.Fatalf("R2 %s, want reopened", r2.Status)
	}
}

// TestReopenOfferedPrivately: 「还是不亮」 said privately to the bot two days
// after his lamp closed unanswered filed a new private item 「还是不亮」; it
// is offered as #R1 reopened, as in the group (no @), and
// his 「是」 reopens it, his words kept out of the group.
func TestReopenOfferedPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	closedLamp(t, c, true)
	c.now = c.now.Add(2 * 24 * time.Hour)
	n, got := c.counted(bot.Message{Private: true, From: "张三", Text: "还是不亮"})
	if n > 4 { // as in the group (TestReopenOfferRoundTrips): reads of an unstarted store
		t.Errorf("privately: %d round trips, want at most 4", n)
	}
	expect(t, "privately", got, "张三: #R1（村口的路灯不亮了）3月2日已办结（到期自动结案）。是又坏了、还是一直没修好？回复「是」重新打开，网格长会再看；说的是别的事，回复「不是」。")
	c.wantReports(1, "offered, nothing filed")
	c.firstStatus(village.StatusClosed)
	got = c.private("张三", "是")
	has(t, "reopened", got, "张三: #R1 已重新打开：还是不亮。", "青山村三组网格群: #R1（村口的路灯不亮了）报告人说还没解决，已重新打开")
	lacks(t, "not quoted in the group", got, grid3+": #R1（村口的路灯不亮了）报告人说还没解决，已重新打开，由李四继续处理；具体情况已私信告诉负责人。还是不亮")
	c.firstStatus(village.StatusReopened)
}

// TestReopenOfferedPrivatelyOfPrivateItem: his item told privately is
// offered privately too (never in the group).
func TestReopenOfferedPrivatelyOfPrivateItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.private("张三", "上报 村口的路灯不亮了"), "#R1")
	has(t, "accepted", c.private("李四", "确认 #R1"), "#R1 已受理")
	has(t, "resolved", c.private("李四", "办结 #R1 换了灯泡"), "#R1 已办结")
	has(t, "满意", c.private("张三", "满意 #R1"), "#R1 已完结")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "offered", c.private("张三", "路灯又不亮了"), "张三: #R1（村口的路灯不亮了）", "您回过「满意」", "回复「是」重新打开")
	c.wantReports(1, "offered, nothing filed")
}

// TestLooseYieldAfterStepOfOtherThing: right after 李四's 进展 proposing 50
// yuan, 陈二's 「算了 明天再去镇上买吧」 (his shopping) reached the mediators
// as his yielding and was kept on the quarrel; now only a loose word that
// says nothing else (「唉 那就算了吧」) answers the step, and 「算了 50块就
// 50块吧」 (the proposal's amount) as before.
func TestLooseYieldAfterStepOfOtherThing(t *testing.T) {
	c := med68Quarrel(t)
	c.say("李四", "进展 #R2 建议张三家赔50块")
	got := c.say("陈二", "算了 明天再去镇上买吧")
	lacks(t, "other thing", got, "调解提醒", "愿意和解", "已转告")
	if r2 := c.reports()[1]; slices.ContainsFunc(r2.History, func(e village.Entry) bool { return e.Action == village.ActSaid && e.By == "陈二" }) {
		t.Errorf("his words of another thing kept on R2: %+v", r2.History)
	}
	got = c.say("陈二", "唉 那就算了吧")
	has(t, "bare", got, "李四: 【调解提醒】#R2 的当事人陈二表示愿意和解")
	r2 := c.reports()[1]
	if last := r2.History[len(r2.History)-1]; last.Action != village.ActSaid || last.By != "陈二" || last.Note != "唉 那就算了吧" {
		t.Errorf("last %+v; want his yielding kept", last)
	}

	c = med68Quarrel(t)
	c.say("李四", "进展 #R2 建议张三家赔50块")
	has(t, "the amount", c.say("陈二", "算了 50块就50块吧"), "李四: 【调解提醒】#R2 的当事人陈二表示愿意和解")
}

// TestOneAnswerTwoOffersOneReply: 陈二's 「1」 to two confirm-backs filed
// both in one commit but said two replies, each asking 李四 to 确认 and
// telling 查; now one reply, asked once for both, one round trip.
func TestOneAnswerTwoOffersOneReply(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("陈二", "村口的路灯坏了，晚上黑乎乎的"), "回复「1」登记")
	has(t, "second", c.say("陈二", "还有水渠堵了 水漫到路上了"), "回复「1」登记这两件")
	got := c.costs(t, 1, "1", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
	expect(t, "1", got, grid3+": 已登记 #R1（一般事项·道路交通）：村口的路灯坏了，晚上黑乎乎的\n"+
		"已登记 #R2（一般事项·水电设施）：还有水渠堵了 水漫到路上了\n"+
		"@李四\u2005请网格长受理：回复「确认 #R1 #R2」。\n陈二，可随时发「查 #R1 #R2」看进度。")
	c.wantStatuses(map[string]village.Status{}, village.StatusNew)
	c.wantReports(2, "both filed")
	has(t, "确认 both", c.say("李四", "确认 #R1 #R2"), "#R1", "#R2", "已受理")
}
