package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// afterPipe is, after resolvedPipe, what 王五's call note text gets, in
// the group or privately: in the call's read and its one commit at most.
func afterPipe(t *testing.T, text string, private bool) (*chat, []string) {
	t.Helper()
	c := newChat(t, understand.Rules{})
	resolvedPipe(t, c)
	m := bot.Message{Chat: grid3, From: "王五", Text: text}
	if private {
		m = bot.Message{Private: true, From: "王五", Text: text}
	}
	trips, got := c.counted(m)
	if trips > 2 {
		t.Errorf("%d round trips; want the call's read and its one commit at most", trips)
	}
	return c, got
}

// TestCallNoteReopensResolved: 王奶奶's pipe, filed from a call and
// resolved by 李四, is reopened as her 未解决 when 王五's next call note
// says plainly it is not fixed: her words the reason, in the call's one
// commit; the reply says so, asks 李四 to go on and how to take it back;
// nothing new is filed. Privately, the group hears it and 李四 is asked.
func TestCallNoteReopensResolved(t *testing.T) {
	for _, tc := range []struct{ name, text, said string }{
		{"still leaking", "回访 王奶奶 已通 她说水管还是漏", "水管还是漏"},
		{"not fixed", "回访 王奶奶 已通 水管没修好 还在漏水", "水管没修好 还在漏水"},
		{"names nothing", "回访 王奶奶 已通 她说还是没修好", "还是没修好"},
		{"as it was", "回访 王奶奶 已通 她说还是老样子", "还是老样子"},
		{"privately", "回访 王奶奶 已通 她说水管又漏了", "水管又漏了"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, got := afterPipe(t, tc.text, tc.name == "privately")
			has(t, "reopened", got, "已记录：王奶奶 已通", "王奶奶说「"+tc.said+"」：#R1（家里水管冻裂了）已按王奶奶的话重新打开（未解决）",
				"办好后回「办结 #R1」", "请回「满意 #R1」")
			lacks(t, "nothing filed", got, "已登记 #R2", "请受理")
			if tc.name == "privately" {
				has(t, "the group hears", got, grid3+": 按王奶奶（王五电话回访）的话，#R1 已重新打开：电话回访王奶奶："+tc.said, "@李四", "请继续处理")
				lacks(t, "the take-back is his", got, "王奶奶（王五电话回访），如果")
			} else {
				has(t, "李四 asked", got, "@李四", "请继续处理")
			}
			reps := c.reports()
			if len(reps) != 1 || reps[0].Status != village.StatusReopened {
				t.Fatalf("reports %+v; want #R1 reopened alone", reps)
			}
			last := reps[0].History[len(reps[0].History)-1]
			if last.Action != village.ActReopen || !last.Implied || last.By != "王五" || !strings.Contains(last.Note, tc.said) {
				t.Errorf("last entry %+v; want 王五's implied 未解决 with her words", last)
			}
			if calls := c.callsOf("王奶奶"); calls[len(calls)-1].Report != "R1" {
				t.Errorf("the call names %q; want R1", calls[len(calls)-1].Report)
			}
			// taken back as the reply says
			has(t, "taken back", c.say("王五", "满意 #R1"), "#R1 已完结")
		})
	}
}

// TestCallNoteReopensWhich: her words that name a thing reopen the item
// of that thing (「灯还是不亮」 of her lamp, not her pipe); of nothing of
// hers waiting (her pipe alone) or words of a new problem, a new item is
// filed as before; with two items waiting and words that name neither,
// both are listed and none is reopened. Her worker who handles it is
// asked himself to go on.
func TestCallNoteReopensWhich(t *testing.T) {
	two := func(t *testing.T) *chat {
		c := newChat(t, understand.Rules{})
		resolvedPipe(t, c)
		has(t, "second", c.say("王五", "回访 王奶奶 已通 她说家里的灯坏了"), "已登记 #R2")
		c.say("李四", "确认 #R2")
		c.say("李四", "办结 #R2 换了灯泡")
		return c
	}
	status := func(c *chat) map[string]village.Status {
		m := map[string]village.Status{}
		for _, rep := range c.reports() {
			m[rep.ID] = rep.Status
		}
		return m
	}

	c := two(t)
	has(t, "the lamp", c.say("王五", "回访 王奶奶 已通 她说灯还是不亮"), "#R2（家里的灯坏了）已按王奶奶的话重新打开")
	if s := status(c); s["R1"] != village.StatusResolved || s["R2"] != village.StatusReopened {
		t.Errorf("statuses %v; want R2 reopened, R1 waiting", s)
	}

	c = two(t)
	got := c.say("王五", "回访 王奶奶 已通 她说还是没修好")
	has(t, "asked which", got, "王奶奶有几件已办结、在等她确认：#R2（家里的灯坏了）、#R1（家里水管冻裂了）", "请问清是哪件没修好，回「未解决 #编号 原因」")
	lacks(t, "none reopened", got, "重新打开", "已登记 #R3")
	if s := status(c); s["R1"] != village.StatusResolved || s["R2"] != village.StatusResolved {
		t.Errorf("statuses %v; want both waiting", s)
	}

	for _, text := range []string{"回访 王奶奶 已通 她说灯还是不亮", "回访 王奶奶 已通 她说家里的灯坏了", "回访 王奶奶 已通 她说还是不想去医院"} {
		c = newChat(t, understand.Rules{})
		resolvedPipe(t, c)
		got = c.say("王五", text)
		if !strings.Contains(text, "医院") {
			has(t, text, got, "已登记 #R2")
		}
		lacks(t, text, got, "重新打开")
		if s := status(c); s["R1"] != village.StatusResolved {
			t.Errorf("%s: statuses %v; want her pipe still waiting", text, s)
		}
	}

	c = newChat(t, understand.Rules{})
	has(t, "filed", c.say("王五", "回访 王奶奶 已通 她说家里水管冻裂了"), "已登记 #R1")
	c.say("李四", "指派 #R1 王五")
	c.say("王五", "办结 #R1 已换水管")
	got = c.say("王五", "回访 王奶奶 已通 她说水管还是漏")
	has(t, "his own", got, "请您继续处理，办好后回「办结 #R1」")
	lacks(t, "not asked of himself", got, "@王五")
}
