package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// done70: "it's fixed" before anyone typed 办结.

const g1 = "青山村一组网格群"

// TestWorkerDoneTakesOnNewItem: 何志强's 「路灯换好了」 of 谢明's lamp nobody
// took on was silent. It is the lamp's 进展 now, which takes it on (处理中),
// and the leader is @-asked to 办结 it, one round trip. The reporter's
// 「亮了 谢谢」 (a lamp 坏了: 亮 is no word of it) is kept as 报告人确认已好 and
// the leader told a bare 办结 closes it; his 「办结 #R1」 closes it as the
// reporter's 满意 at once (no 回访, no waiting), each one round trip.
func TestWorkerDoneTakesOnNewItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的"), "已登记 #R1")
	got := c.costs(t, 1, "worker done", bot.Message{Chat: g1, From: "何志强", Text: "路灯换好了"})
	expect(t, "worker done", got, g1+": 按何志强的话，#R1 进展已记录：路灯换好了\n"+
		"@刘建国\u2005这件还没人受理，何志强说已经办好了；确实办好了的话，请网格长回复「办结 #R1 路灯换好了」，我会请报告人确认。\n"+
		"可发「查 #R1」看全部记录。")
	if r1 := kind64Item(t, c, "R1"); r1.Status != village.StatusInProgress {
		t.Fatalf("R1 %s, want in progress", r1.Status)
	}
	got = c.costs(t, 1, "reporter says fixed", bot.Message{Chat: g1, From: "谢明", Text: "亮了 谢谢"})
	expect(t, "reporter says fixed", got, g1+": @谢明\u2005收到，您说 #R1（村口路灯坏了好几天了 晚上黑乎乎的）已经好了，已记下。\n"+
		"@刘建国\u2005谢明说已经好了，回复「办结 #R1」就结案。\n"+
		"负责人办结后就按满意结案，不用您再确认；要是又坏了，请再说一声。")
	r1 := kind64Item(t, c, "R1")
	if last := r1.History[len(r1.History)-1]; last.Action != village.ActSaid || last.Note != "报告人确认已好：亮了 谢谢" || r1.Status != village.StatusInProgress {
		t.Fatalf("R1 %s, last %+v; want his word kept, still open", r1.Status, last)
	}
	got = c.costs(t, 1, "bare 办结", bot.Message{Chat: g1, From: "刘建国", Text: "办结 #R1"})
	expect(t, "bare 办结 closes it", got, g1+": #R1 已办结。\n谢明之前已说好了（「亮了 谢谢」），已按满意结案，不用再确认。\n"+
		"@谢明\u2005如果其实还没好，请回「未解决 #R1 原因」。")
	r1 = kind64Item(t, c, "R1")
	n := len(r1.History)
	if r1.Status != village.StatusClosed || r1.History[n-2].Action != village.ActResolve || r1.History[n-2].Note != village.FixedSaidNote {
		t.Fatalf("R1 %s, history %+v; want resolved then closed", r1.Status, r1.History)
	}
	if last := r1.History[n-1]; last.Action != village.ActConfirm || last.By != "谢明" || !last.Implied {
		t.Fatalf("last %+v; want 谢明's 满意 read from his words", last)
	}
	// his 满意 was read from his words: he may take it back
	has(t, "taken back", c.in(g1, "谢明", "未解决 #R1 又不亮了"), "#R1 已重新打开")
}

// TestReporterConfirmsAfterWorker: 二组's pipe accepted and assigned;
// 朱大勇's 「水管接好了」 is kept as its 进展 and offers him its 办结 (rep97); 田卫东's plain 「好了 不漏了」 (no
// thanks) was silent: now kept, the handlers @-told a 办结 closes it; 朱大勇's
// 办结 closes it as 田卫东's 满意.
func TestReporterConfirmsAfterWorker(t *testing.T) {
	const g2 = "青山村二组网格群"
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g2, "田卫东", "家里水管冻裂了 一直在漏水"), "已登记 #R1")
	has(t, "accepted", c.in(g2, "黄永红", "确认 #R1"), "#R1 已受理")
	has(t, "assigned", c.in(g2, "黄永红", "指派 #R1 朱大勇"), "已指派给朱大勇")
	has(t, "worker done", c.in(g2, "朱大勇", "水管接好了"), "#R1 进展已记录：水管接好了", "确实办好了就回「1」，按「办结 #R1 水管接好了」记，我会请报告人确认")
	got := c.costs(t, 1, "reporter plain", bot.Message{Chat: g2, From: "田卫东", Text: "好了 不漏了"})
	has(t, "reporter plain", got, "@田卫东\u2005收到，您说 #R1", "@黄永红\u2005@朱大勇\u2005田卫东说已经好了，回复「办结 #R1」就结案。")
	has(t, "worker again: the 办结 closes it", c.in(g2, "朱大勇", "水管接好了"), "田卫东已说好了，办结就按满意结案")
	got = c.in(g2, "朱大勇", "办结 #R1 水管接好了")
	has(t, "closed", got, "#R1 已办结：水管接好了。\n田卫东之前已说好了（「好了 不漏了」），已按满意结案，不用再确认。")
	lacks(t, "no 满意 asked", got, "满意 #R1」")
	c.firstStatus(village.StatusClosed)
}

// TestReporterConfirmsFirst: the other order. 张三 says 「好了 不漏了 谢谢」 of
// his accepted pipe before anyone said anything; 王五's 「#R1 水管接好了」
// (the leader's item) asks 李四 to 办结, saying it closes; 李四's 办结 does.
func TestReporterConfirmsFirst(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 我家门口水管冻裂了 一直漏水")
	has(t, "first", c.say("张三", "好了 不漏了 谢谢"), "张三说已经好了，回复「办结 #R1」就结案")
	has(t, "worker", c.say("王五", "水管接好了"), "@李四\u2005王五说#R1「水管接好了」。确实办好了的话，请回复「办结 #R1 水管接好了」，张三已说好了，办结就按满意结案")
	has(t, "closed", c.say("李四", "办结 #R1 换了接头"), "张三之前已说好了（「好了 不漏了 谢谢」），已按满意结案")
	c.firstStatus(village.StatusClosed)
}

// TestNotFixedWordsKeepAsking: 「还没好」, 「不漏了吗」, 「好了一会又漏了」 are
// no word that it is fixed; said after one, 「好了一会又漏了」 takes it back:
// the 办结 asks him again.
func TestNotFixedWordsKeepAsking(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 我家门口水管冻裂了 一直漏水")
	for _, words := range []string{"还没好", "不漏了吗", "好了一会又漏了"} {
		lacks(t, words, c.say("张三", words), "就结案")
		if _, ok := c.reports()[0].FixedSaid(); ok {
			t.Fatalf("%s: kept as fixed", words)
		}
	}
	has(t, "fixed", c.say("张三", "好了 不漏了"), "就结案")
	c.now = c.now.Add(2 * time.Hour)
	has(t, "broke again", c.say("张三", "好了一会又漏了"), "#R1")
	if _, ok := c.reports()[0].FixedSaid(); ok {
		t.Fatalf("his word of it fixed still stands after 又漏了")
	}
	has(t, "asked as usual", c.say("李四", "办结 #R1 换了接头"), "@张三\u2005请确认：解决了回复「满意 #R1」")
	c.firstStatus(village.StatusResolved)
}

// TestPlainFixedAfterResolve70: after the 办结, 「好了 不漏了」 is his 满意
// (fixedPlainly reads 不漏了 as fixed), one round trip.
func TestPlainFixedAfterResolve70(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 我家门口水管冻裂了 一直漏水")
	has(t, "resolved", c.say("李四", "办结 #R1 换了接头"), "#R1 已办结")
	got := c.costs(t, 1, "plain", bot.Message{Chat: grid3, From: "张三", Text: "好了 不漏了"})
	has(t, "his 满意", got, "已按您的回复记为满意，#R1 已完结")
	c.firstStatus(village.StatusClosed)
}

// TestWorkerNumberedDoneOfNewItem: 「#R1 路灯换好了」 from a worker, of an item
// nobody took on, is read as his plain words are: its 进展, the leader
// @-asked to 办结 it.
func TestWorkerNumberedDoneOfNewItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的"), "已登记 #R1")
	has(t, "numbered", c.in(g1, "何志强", "#R1 路灯换好了"), "按何志强的话，#R1 进展已记录：路灯换好了",
		"@刘建国\u2005这件还没人受理，何志强说已经办好了；确实办好了的话，请网格长回复「办结 #R1 路灯换好了」")
	c.firstStatus(village.StatusInProgress)
}

// TestFixedSaidPrivatelyNotQuoted: 谢明 says privately that his lamp is fixed;
// the leader's 办结 in the group closes it without his private words.
func TestFixedSaidPrivatelyNotQuoted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的"), "已登记 #R1")
	has(t, "accepted", c.in(g1, "刘建国", "确认 #R1"), "#R1 已受理")
	got := c.costs(t, 1, "privately", bot.Message{Private: true, From: "谢明", Text: "路灯亮了 谢谢"})
	expect(t, "privately", got, "谢明: 收到，您说 #R1（村口路灯坏了好几天了 晚上黑乎乎的）已经好了，已记下，也已转告刘建国。\n负责人办结后就按满意结案，不用您再确认；要是又坏了，请再说一声。",
		"刘建国: 【报告人说已解决】#R1（村口路灯坏了好几天了 晚上黑乎乎的，已受理）：谢明私信说：「路灯亮了 谢谢」。\n谢明说已经好了，回复「办结 #R1」就结案，不用再等谢明确认。")
	got = c.in(g1, "刘建国", "办结 #R1")
	expect(t, "closed, his words not quoted", got, g1+": #R1 已办结。\n谢明之前已说好了，已按满意结案，不用再确认。\n@谢明\u2005如果其实还没好，请回「未解决 #R1 原因」。")
	has(t, "查 in the group", c.in(g1, "刘建国", "查 #R1"), "已完结")
	lacks(t, "查 in the group", c.in(g1, "刘建国", "查 #R1"), "路灯亮了 谢谢")
}

// TestLeaderDoneOfNewItem: 刘建国, handler of 谢明's lamp nobody took on yet,
// says 「路灯换好了」: it was silent (progressInWords read only items taken
// on); words that name it (wordsFit) now tell him the 办结 to send, as of
// an item taken on, one round trip and no change to the item; his 办结
// asks 谢明 as usual.
func TestLeaderDoneOfNewItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的"), "已登记 #R1")
	got := c.costs(t, 1, "leader done", bot.Message{Chat: g1, From: "刘建国", Text: "路灯换好了"})
	expect(t, "leader done", got, g1+": 刘建国，办好了的话，请回复「办结 #R1 路灯换好了」，我会请报告人确认；只是记一下进展，请回复「进展 #R1 路灯换好了」。")
	if r1 := kind64Item(t, c, "R1"); r1.Status != village.StatusNew || len(r1.History) != 1 {
		t.Fatalf("R1 %s, history %+v; want new, untouched", r1.Status, r1.History)
	}
	has(t, "办结", c.in(g1, "刘建国", "办结 #R1 路灯换好了"), "#R1 已办结：路灯换好了。", "@谢明\u2005请确认")
	// 「路灯还没换好」, and 「都修好了」 that names nothing (of what nobody
	// took on it may be his own deed), stay silent
	c2 := newChat(t, understand.Rules{})
	c2.in(g1, "谢明", "村口路灯坏了好几天了 晚上黑乎乎的")
	for _, words := range []string{"路灯还没换好", "都修好了"} {
		if got := c2.in(g1, "刘建国", words); len(got) != 0 {
			t.Fatalf("%s: %q", words, got)
		}
	}
}

// TestThingNamedFixed: 陈二's 「灯好了」 of his lamp being worked on (a thing
// named 好了, no thanks) was silent: now kept as 报告人确认已好, one round
// trip; 「说好了」 and 「门好了」 (another thing) stay silent.
func TestThingNamedFixed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("陈二", "上报 村口的路灯坏了 晚上黑乎乎的")
	for _, words := range []string{"说好了", "门好了"} {
		lacks(t, words, c.say("陈二", words), "已经好了")
	}
	got := c.costs(t, 1, "灯好了", bot.Message{Chat: grid3, From: "陈二", Text: "灯好了"})
	has(t, "灯好了", got, "您说 #R1（村口的路灯坏了 晚上黑乎乎的）已经好了，已记下", "陈二说已经好了，回复「办结 #R1」就结案")
	if said, ok := c.reports()[0].FixedSaid(); !ok || village.FixedWords(said) != "灯好了" {
		t.Fatalf("his word not kept: %+v %v", said, ok)
	}
}
