package handlers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// waiting are the kinds of the questions waiting for name's answer in
// the grid group, oldest first, with the item each offers ("dup R1").
func (c *chat) waiting(name string) []string {
	c.t.Helper()
	return c.waitingIn(grid3, name)
}

// waitingIn is waiting in chat ("私聊" for a private chat).
func (c *chat) waitingIn(chat, name string) []string {
	c.t.Helper()
	_, dir := exampleVillage(c.t)
	p, err := dir.Lookup("青山村", name)
	if err != nil {
		c.t.Fatal(err)
	}
	b, err := c.st.Asked(context.Background(), village3, chat+"|"+p.Key())
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		c.t.Fatal(err)
	}
	var out []string
	for line := range bytes.Lines(b) {
		var q struct{ Kind, Ref string }
		if err := json.Unmarshal(line, &q); err != nil {
			c.t.Fatalf("kept question %q: %v", line, err)
		}
		out = append(out, q.Kind+" "+q.Ref)
	}
	return out
}

// wantWaiting stops the test unless what waits for name's answer is want.
func (c *chat) wantWaiting(step, name string, want ...string) {
	c.t.Helper()
	if diff := cmp.Diff(c.waiting(name), want); diff != "" {
		c.t.Fatalf("%s: waiting for %s (-got +want):\n%s", step, name, diff)
	}
}

// waitingChat is a chat where 张三 has reported the lamp (#R1) and 陈二's
// plain words are asked back (pendingReader).
func waitingChat(t *testing.T) *chat {
	t.Helper()
	c, _ := countingChat(t)
	return c
}

// takesAlone counts the commits that take answered questions and change
// nothing else: an answer whose change did not carry the taking.
type takesAlone struct {
	*storage.Store
	n int
}

func (s *takesAlone) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	if ch.MsgID == "" && len(ch.Out) == 0 && ch.Report == nil && len(ch.Docs) == 0 &&
		slices.ContainsFunc(ch.Keep, func(k storage.Kept) bool { return k.Drop }) {
		s.n++
	}
	return s.Store.Commit(ctx, ch)
}

// countingChat is waitingChat, and the count of its commits that take
// questions alone.
func countingChat(t *testing.T) (*chat, *takesAlone) {
	t.Helper()
	st := storagetest.New(t)
	alone := &takesAlone{Store: st}
	c := wrappedChat(t, st, alone)
	expect(t, "first report", c.say("张三", "上报 村口路灯坏了 晚上黑漆漆的"), grid3+": 已登记 #R1")
	return c, alone
}

// askedBoth leaves a confirm-back and then a duplicate question waiting
// for 陈二, as a villager meets them: he tells a matter in plain words,
// then reports one that someone reported already.
func askedBoth(t *testing.T, c *chat) {
	t.Helper()
	has(t, "confirm-back", c.say("陈二", "东头那条路有个坑"), "回复「1」登记")
	has(t, "duplicate", c.say("陈二", "上报 村口的路灯坏了 晚上看不见"), "已有人反映 #R1", "回复「是」合并")
	c.wantWaiting("both asked", "陈二", "confirm ", "dup R1")
}

// TestDuplicateQuestionWaitsWithConfirmBack: a duplicate question asked
// while a confirm-back waits does not replace it, and each answer goes to
// its own question in either order, its reply naming what it acted on:
// 「1」 files the pothole, 「2」 drops it; 「是」 merges his lamp words
// into #R1, 「不是」 files them apart.
func TestDuplicateQuestionWaitsWithConfirmBack(t *testing.T) {
	for _, tc := range []struct {
		name string
		// first answers one question, with a reply naming what it
		// acted on, and a word of the other, left, which still waits,
		// and which then answers
		first, reply, named string
		left, stillAsked    string
		then, thenReply     string
	}{
		{name: "1 then 是", first: "1", reply: grid3 + ": 已登记 #R2", named: "东头那条路有个坑", left: "dup R1",
			stillAsked: "\n· 「村口的路灯坏了 晚上看不见」和 #R1 是同一件事回「是」，不是回「不是」",
			then:       "是", thenReply: grid3 + ": 好的，陈二反映的和 #R1 是同一件事，已合并"},
		{name: "不是 then 2", first: "不是", reply: grid3 + ": 已登记 #R2", named: "村口的路灯坏了 晚上看不见", left: "confirm ",
			stillAsked: "\n· 「东头那条路有个坑」要登记回「1」，不用回「2」",
			then:       "2", thenReply: grid3 + ": 好的，「东头那条路有个坑」不登记。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := waitingChat(t)
			askedBoth(t, c)
			got := c.say("陈二", tc.first)
			expect(t, tc.first, got, tc.reply, grid3+": @陈二\u2005还有一件事在等您回答："+tc.stillAsked)
			has(t, "naming it", got, tc.named)
			c.wantWaiting("after "+tc.first, "陈二", tc.left)
			expect(t, tc.then, c.say("陈二", tc.then), tc.thenReply)
			c.wantWaiting("after "+tc.then, "陈二")
			expect(t, "nothing waits", c.say("陈二", "1"))
			c.wantReports(2, "")
		})
	}
	c := waitingChat(t)
	askedBoth(t, c)
	c.say("陈二", "1")
	c.say("陈二", "是")
	if reps := c.reports(); reps[1].Text != "东头那条路有个坑" || !slices.Contains(reps[0].Followers, "陈二") {
		t.Errorf("reports %+v: want #R2 his pothole and him following #R1", reps)
	}
}

// TestAmbiguousAnswerAskedBack: a word either question could take ("好的",
// "对", "不") is asked back, naming each matter and the word that answers
// it alone; nothing is filed or taken, and the plain words then answer.
func TestAmbiguousAnswerAskedBack(t *testing.T) {
	c := waitingChat(t)
	askedBoth(t, c)
	for _, word := range []string{"好的", "对", "不"} {
		got := c.say("陈二", word)
		expect(t, word, got, grid3+": @陈二\u2005有几件事在等您回答，请说清是哪一件：\n"+
			"· 「东头那条路有个坑」要登记回「1」，不用回「2」\n"+
			"· 「村口的路灯坏了 晚上看不见」和 #R1 是同一件事回「是」，不是回「不是」")
		c.wantWaiting(word, "陈二", "confirm ", "dup R1")
	}
	c.wantReports(1, "(nothing filed on a guess)")
	expect(t, "是的", c.say("陈二", "是的"), grid3+": 好的，陈二反映的和 #R1 是同一件事，已合并", "「东头那条路有个坑」要登记回「1」")
	expect(t, "then 好的 is the pothole's", c.say("陈二", "好的"), grid3+": 已登记 #R2")
	c.wantWaiting("all answered", "陈二")
}

// TestTwoDuplicateQuestions: 「是」 while two duplicate questions about
// different items wait is asked back with the item's number to add; "是
// #R2" merges into that one and leaves the other waiting.
func TestTwoDuplicateQuestions(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了 晚上黑漆漆的")
	expect(t, "second item", c.say("王五", "上报 村口垃圾堆满了没人收"), grid3+": 已登记 #R2")
	has(t, "lamp", c.say("陈二", "上报 村口的路灯坏了 晚上看不见"), "#R1")
	has(t, "rubbish", c.say("陈二", "上报 村口垃圾又堆满了"), "#R2", "是同一件事吗")
	c.wantWaiting("two asked", "陈二", "dup R1", "dup R2")
	has(t, "which", c.say("陈二", "是"), "回「是 #R1」，不是回「不是 #R1」", "回「是 #R2」，不是回「不是 #R2」")
	c.wantWaiting("asked back", "陈二", "dup R1", "dup R2")
	expect(t, "是 #R2", c.say("陈二", "是 #R2"), grid3+": 好的，陈二反映的和 #R2 是同一件事，已合并",
		"和 #R1 是同一件事回「是」，不是回「不是」")
	c.wantWaiting("R2 answered", "陈二", "dup R1")
	expect(t, "the one left: 是", c.say("陈二", "是"), grid3+": 好的，陈二反映的和 #R1 是同一件事，已合并")
	c.wantReports(2, "(both merged)")
}

// TestProgressQuestionWaitsWithConfirmBack: a grid worker asked whether
// his news is an item's 进展 while a confirm-back of his waits: both use
// 「1」, so his 「1」 is asked back with words apart (登记, 记上), which
// then answer each.
func TestProgressQuestionWaitsWithConfirmBack(t *testing.T) {
	c := newChat(t, pendingReader())
	expect(t, "recorded", c.say("王五", "代报 王奶奶 屋顶漏雨"), grid3+": 已登记 #R1")
	has(t, "confirm-back", c.say("王五", "东头那条路有个坑"), "回复「1」登记")
	has(t, "progress", c.say("王五", "王奶奶家屋顶瓦换了几块 还有点漏"), "是 #R1（屋顶漏雨）的进展吗")
	c.wantWaiting("both asked", "王五", "confirm ", "progress R1")
	has(t, "1 asked back", c.say("王五", "1"), "「东头那条路有个坑」要登记回「登记」，不用回「不用」",
		"是 #R1 的进展回「记上」，不是、要另外登记回「不是进展」")
	has(t, "记上", c.say("王五", "记上"), "#R1 进展已记录")
	c.wantWaiting("progress answered", "王五", "confirm ")
	has(t, "1 now the pothole's", c.say("王五", "1"), "已登记 #R2", "东头那条路有个坑")
	c.wantWaiting("all answered", "王五")
}

// TestSecondMatterFiledApart: 「另外登记」, the words the second-matter
// offer names for yes, files it; to a duplicate question the same words
// say no, so with a confirm-back and a duplicate question waiting they
// are asked back.
func TestSecondMatterFiledApart(t *testing.T) {
	c := waitingChat(t)
	has(t, "second offered", c.say("陈二", "水管冻裂了 水哗哗流 还有村东头的路灯也不亮"), "回复「1」另外登记")
	has(t, "另外登记 files it", c.say("陈二", "另外登记"), "已登记 #R3", "水管冻裂了 水哗哗流")
	c.wantWaiting("filed", "陈二")
	askedBoth(t, c)
	has(t, "which", c.say("陈二", "另外登记"), "有几件事在等您回答")
	c.wantReports(3, "(nothing filed on a guess)")
}

// TestEveryAnswerTakesItsQuestion walks the answers to each kind of
// question (each path that acts on one: a filing, a merge, a 进展, a
// claim, a no, an answer too late) and checks that what it answered no
// longer waits, and only that: a confirm-back asked before a question of
// another kind waits on, and a question asked again waits again.
func TestEveryAnswerTakesItsQuestion(t *testing.T) {
	const pothole = "东头那条路有个坑" // a confirm-back asked first
	lamp := []string{"上报 村口的路灯坏了 晚上看不见"}
	news := []string{"代报 王奶奶 屋顶漏雨", pothole, "王奶奶家屋顶瓦换了几块 还有点漏"}
	for _, tc := range []struct {
		name  string
		who   string
		setup []string
		// answer comes past llm.confirm_ttl when later
		answer string
		later  bool
		// left are the questions that wait once it is answered
		left []string
		// alone: the answer changes nothing, its questions are taken by
		// a commit of their own; any other answer's change takes them
		alone bool
		// private: all is said in a private chat with the bot
		private bool
	}{
		{name: "private dup 是 follows", who: "陈二", setup: lamp, answer: "是", private: true},
		{name: "private dup 不是 files", who: "陈二", setup: lamp, answer: "不是", private: true},
		{name: "confirm 1 files", who: "陈二", setup: []string{"后山水渠好像堵了"}, answer: "1"},
		{name: "two confirm 1 file", who: "陈二", setup: []string{pothole, "后山水渠好像堵了"}, answer: "1"},
		{name: "confirm 2 drops", who: "陈二", setup: []string{"后山水渠好像堵了"}, answer: "2"},
		{name: "two confirm 2 drop", who: "陈二", setup: []string{pothole, "后山水渠好像堵了"}, answer: "不用"},
		{name: "claim 1 submits", who: "陈二", setup: []string{"今天出义务工修了一上午的路"}, answer: "1"},
		{name: "dup 是 follows", who: "陈二", setup: append([]string{pothole}, lamp...), answer: "是", left: []string{"confirm "}},
		{name: "dup 不是 files", who: "陈二", setup: append([]string{pothole}, lamp...), answer: "不是", left: []string{"confirm "}},
		{name: "dup 是 of his own", who: "张三", setup: []string{pothole, "上报 村口路灯还是坏的 晚上黑漆漆"}, answer: "是", left: []string{"confirm "}},
		{name: "dup 是 of an item closed meanwhile files", who: "陈二", setup: append(append([]string{pothole}, lamp...), "李四:驳回 #R1 测试"), answer: "是",
			left: []string{"confirm "}},
		{name: "progress 记上", who: "王五", setup: news, answer: "记上", left: []string{"confirm "}},
		{name: "progress 不是进展", who: "王五", setup: news, answer: "不是进展", left: []string{"confirm "}},
		{name: "late 1 asks again", who: "陈二", setup: []string{"后山水渠好像堵了"}, answer: "1", later: true, left: []string{"confirm "}},
		{name: "late 是 asks again", who: "陈二", setup: append([]string{pothole}, lamp...), answer: "是", later: true,
			left: []string{"confirm ", "dup R1"}},
		{name: "late 2", who: "陈二", setup: []string{"后山水渠好像堵了"}, answer: "2", later: true},
		{name: "late assent", who: "陈二", setup: []string{"后山水渠好像堵了"}, answer: "好的", later: true, alone: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // its own private redis-server: independent of the others
			c, alone := countingChat(t)
			say, chat := c.say, grid3
			if tc.private {
				say, chat = c.private, "私聊"
			}
			for _, s := range tc.setup {
				from := tc.who
				if who, text, ok := strings.Cut(s, ":"); ok {
					from, s = who, text
				}
				say(from, s)
			}
			if len(c.waitingIn(chat, tc.who)) == 0 {
				t.Fatalf("nothing asked of %s: the case proves nothing", tc.who)
			}
			if tc.later {
				cfg, _ := exampleVillage(t)
				c.now = c.now.Add(2 * cfg.LLM.ConfirmTTL.Std())
			}
			before := alone.n
			say(tc.who, tc.answer)
			if got := alone.n - before; got != 0 != tc.alone {
				t.Errorf("%d commits took the questions alone, want alone=%v: the answer's change must take them", got, tc.alone)
			}
			if diff := cmp.Diff(c.waitingIn(chat, tc.who), tc.left); diff != "" {
				t.Errorf("waiting once answered (-got +want):\n%s", diff)
			}
		})
	}
}
