package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// closedPipe is 王奶奶's pipe filed from 王五's call, resolved by 李四
// and closed by 王五's 满意 for her.
func closedPipe(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	resolvedPipe(t, c)
	has(t, "closed", c.say("王五", "满意 #R1"), "#R1 已完结")
	return c
}

// TestCallNoteReopensClosedLately: days after 王奶奶's pipe was closed
// by her 满意, 王五's call note that it still leaks reopens it (未解决,
// her words the reason) in the call's one commit: the reply says it was
// closed and is reopened, @李四 to go on and how to take it back; nothing
// new is filed, and 满意 takes it back. Weeks later (past
// followup.reopen_within) the same words file a new item linked to the
// old one (Recurs); past settledWindow, an item of its own.
func TestCallNoteReopensClosedLately(t *testing.T) {
	c := closedPipe(t)
	c.now = clock(c.now, 2, 9, 0)
	trips, got := c.counted(bot.Message{Chat: grid3, From: "王五", Text: "回访 王奶奶 已通 她说水管还是漏"})
	if trips > 2 {
		t.Errorf("%d round trips; want the call's read and its one commit at most", trips)
	}
	has(t, "reopened", got, "#R1（家里水管冻裂了）", "已完结，现在已按王奶奶的话重新打开（未解决）",
		"@李四", "请继续处理，办好后回「办结 #R1」", "请回「满意 #R1」")
	lacks(t, "nothing filed", got, "已登记 #R2")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Status != village.StatusReopened || reps[0].History[len(reps[0].History)-1].Note != "电话回访王奶奶：水管还是漏" {
		t.Fatalf("reports %+v; want #R1 reopened alone with her words", reps)
	}
	has(t, "taken back", c.say("王五", "满意 #R1"), "#R1 已完结")

	for _, tc := range []struct {
		name   string
		days   int
		recurs string
	}{
		{"weeks later", 10, "R1"},
		{"months later", 40, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := closedPipe(t)
			c.now = clock(c.now, tc.days, 9, 0)
			got := c.say("王五", "回访 王奶奶 已通 她说水管又漏了")
			has(t, "filed", got, "已登记 #R2")
			lacks(t, "not reopened", got, "重新打开")
			if tc.recurs != "" {
				has(t, "linked", got, "是 #R1 那件事", "又坏了")
			} else {
				lacks(t, "not linked", got, "是 #R1 那件事")
			}
			reps := c.reports()
			if len(reps) != 2 || reps[0].Status != village.StatusClosed || reps[1].Recurs != tc.recurs {
				t.Fatalf("reports %+v; want #R1 closed and #R2 recurring %q", reps, tc.recurs)
			}
		})
	}
}

// closeUnanswered closes the grid's first item, resolved, as the
// followup job does when nobody answers (自动结案).
func closeUnanswered(t *testing.T, c *chat) {
	t.Helper()
	rep := c.reports()[0]
	if err := rep.Apply(village.ActConfirm, village.SystemActor, c.now, "办结后未答复，自动结案"); err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: "followup", Report: &rep}); err != nil {
		t.Fatal(err)
	}
}

// TestCallNoteReopensAutoClosed: an item closed unanswered (自动结案
// after the follow-up reminder) is reopened by the call note as one
// closed by her 满意 is; one that names another thing files a new item.
func TestCallNoteReopensAutoClosed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	resolvedPipe(t, c)
	c.now = c.now.Add(6 * 24 * time.Hour)
	closeUnanswered(t, c)
	c.now = c.now.Add(24 * time.Hour)
	got := c.say("王五", "回访 王奶奶 已通 她说灯还是不亮")
	has(t, "another thing", got, "已登记 #R2")
	got = c.say("王五", "回访 王奶奶 已通 她说水管还是漏")
	has(t, "reopened", got, "现在已按王奶奶的话重新打开（未解决）")
	if reps := c.reports(); reps[0].Status != village.StatusReopened {
		t.Fatalf("#R1 %s; want reopened", reps[0].Status)
	}
}

// TestLeaderCallNoteTakesBackHimself: 李四, the grid leader, logs 王奶奶's
// call himself. Her 未解决 or 满意 read from his note tells him what he
// may send to take it back, never to tell the grid leader; and he may.
func TestLeaderCallNoteTakesBackHimself(t *testing.T) {
	c := newChat(t, understand.Rules{})
	resolvedPipe(t, c)
	got := c.say("李四", "回访 王奶奶 已通 她说水管还是漏")
	has(t, "reopened", got, "重新打开（未解决）", "请您继续处理", "请回「满意 #R1」")
	lacks(t, "reopened", got, "告诉网格长")
	has(t, "he takes it back", c.say("李四", "满意 #R1"), "#R1 已完结")

	c = newChat(t, understand.Rules{})
	resolvedPipe(t, c)
	got = c.say("李四", "回访 王奶奶 已通 水管修好了 她说没事了")
	has(t, "confirmed", got, "已按王奶奶的话记为满意", "请回「未解决 #R1 原因」")
	lacks(t, "confirmed", got, "告诉网格长")
	has(t, "he takes it back", c.say("李四", "未解决 #R1 其实还在漏"), "#R1 已重新打开")

	// several waiting: he asks her and logs which is fixed
	c = newChat(t, understand.Rules{})
	for _, text := range []string{"回访 王奶奶 已通 她说家里水管冻裂了", "回访 王奶奶 已通 她说院子里的灯坏了"} {
		c.say("王五", text)
	}
	for _, text := range []string{"确认 #R1", "确认 #R2", "办结 #R1 已换水管", "办结 #R2 已换灯"} {
		c.say("李四", text)
	}
	got = c.say("李四", "回访 王奶奶 已通 她说修好了 没事了")
	has(t, "waiting", got, "王奶奶有几件已办结", "请问清是哪件好了，再记一条回访，写明王奶奶说哪样好了。")
	lacks(t, "waiting", got, "告诉网格长")
}

// TestTiredCallNotes: call notes as a tired grid worker types them in the
// group, no command word: a time word before 「给…打了电话」 or 「去…家」,
// one elder said well beside another's missed call, a gas cylinder to
// change, a mistyped name (answered with the log meant, nothing logged).
func TestTiredCallNotes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
		not        []string
	}{
		{"just phoned", "刚给王奶奶打了电话 她挺好的", []string{"已记录：王奶奶 已通（王五"}, []string{"已登记"}},
		{"went today", "今天去白凤兰家看了 挺好", []string{"已记录：白凤兰 上门（王五"}, nil},
		{"one well, one missed", "王奶奶挺好 石德贵没接", []string{"已记录：王奶奶 已通（王五", "已记录：石德贵 未接通（第 1 次）"}, []string{"已登记"}},
		{"gas to change", "去白凤兰家看了 煤气罐该换了", []string{"已记录：白凤兰 上门", "白凤兰反映的「煤气罐该换了」已登记 #R1"}, nil},
		{"mistyped, typed", "回访 石德桂 未接通", []string{"名单里没有「石德桂」，这条还没有记。您说的是石德贵吗？是的话请发：回访 石德贵 未接通"}, []string{"已记录"}},
		{"mistyped, plain", "白风兰打通了 挺好", []string{"您说的是白凤兰吗？是的话请发：回访 白凤兰 已通 挺好"}, []string{"已记录"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			got := c.say("王五", tc.text)
			has(t, tc.text, got, tc.want...)
			lacks(t, tc.text, got, tc.not...)
		})
	}
	// still silent: one elder well with no call said, or all well; a
	// visit he means to make
	c := newChat(t, understand.Rules{})
	for _, text := range []string{"王奶奶挺好", "王奶奶挺好 石德贵也挺好", "下午去王奶奶家看看"} {
		if got := c.say("王五", text); len(got) > 0 {
			t.Errorf("%s: replies %q; want none", text, got)
		}
	}
}

// TestSeveralPhonedInOneNote: 「给王奶奶和白凤兰都打了 都挺好」 logs both as
// reached, in the group and privately (where it was offered as a report
// of the worker's own); 「王奶奶和石德贵都打通了」 in the group logs both.
func TestSeveralPhonedInOneNote(t *testing.T) {
	for _, tc := range []struct {
		name    string
		m       bot.Message
		a, b    string
		outcome string
	}{
		{"group dialled", bot.Message{Chat: grid3, From: "王五", Text: "给王奶奶和白凤兰都打了 都挺好"}, "王奶奶", "白凤兰", "已通"},
		{"private dialled", bot.Message{Private: true, From: "王五", Text: "今天给王奶奶和白凤兰都打了 都挺好"}, "王奶奶", "白凤兰", "已通"},
		{"group reached", bot.Message{Chat: grid3, From: "王五", Text: "王奶奶和石德贵都打通了 都挺好"}, "王奶奶", "石德贵", "已通"},
		{"group missed", bot.Message{Chat: grid3, From: "王五", Text: "给石德贵和白凤兰都打了 都没人接"}, "石德贵", "白凤兰", "未接通"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			got := c.send(tc.m)
			has(t, tc.m.Text, got, "已记录："+tc.a+" "+tc.outcome, "已记录："+tc.b+" "+tc.outcome)
			lacks(t, tc.m.Text, got, "我理解为", "已登记")
		})
	}
}
