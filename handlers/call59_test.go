package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// resolvedPipe files 王奶奶's frozen pipe from 王五's call in the group,
// and 李四 takes it on and resolves it: #R1 waits for her answer.
func resolvedPipe(t *testing.T, c *chat) {
	t.Helper()
	has(t, "filed", c.say("王五", "回访 王奶奶 已通 她说家里水管冻裂了"), "已登记 #R1")
	c.say("李四", "确认 #R1")
	has(t, "resolved", c.say("李四", "办结 #R1 已换水管"), "请问过王奶奶")
}

// TestCallNoteConfirmsResolved: 王奶奶's pipe, filed from a call and
// resolved by 李四, is closed as her 满意 when 王五's next call note says
// it is fixed or that she is pleased: one item, closed in the call's one
// commit, the reply says so and how to take it back; nothing new is
// filed. Privately, the group hears it closed.
func TestCallNoteConfirmsResolved(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"her all-clear", "回访 王奶奶 已通 水管修好了 她说没事了"},
		{"fixed, she says so", "回访 王奶奶 已通 修好了 她说好了"},
		{"pleased", "回访 王奶奶 已通 她很满意"},
		{"plain words", "王奶奶打通了 水管修好了"},
		{"privately", "回访 王奶奶 已通 水管修好了 她说没事了"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, got := afterPipe(t, tc.text, tc.name == "privately")
			has(t, "confirmed", got, "已记录：王奶奶 已通", "#R1（家里水管冻裂了）已按王奶奶的话记为满意，已完结", "「未解决 #R1 原因」")
			lacks(t, "nothing filed", got, "已登记 #R2", "请问过王奶奶")
			if tc.name == "privately" {
				has(t, "the group hears", got, grid3+": 王奶奶（王五电话回访）已确认 #R1 办好了，已完结。")
			}
			reps := c.reports()
			if len(reps) != 1 || reps[0].Status != village.StatusClosed {
				t.Fatalf("reports %+v; want #R1 closed alone", reps)
			}
			last := reps[0].History[len(reps[0].History)-1]
			if last.Action != village.ActConfirm || !last.Implied || last.By != "王五" {
				t.Errorf("last entry %+v; want 王五's implied 满意", last)
			}
			if calls := c.callsOf("王奶奶"); calls[len(calls)-1].Report != "R1" {
				t.Errorf("the call names %q; want R1", calls[len(calls)-1].Report)
			}
			// taken back as the reply says
			has(t, "taken back", c.say("王五", "未解决 #R1 还在漏"), "#R1 已重新打开")
		})
	}
}

// TestCallNoteNotConfirming: words that do not say her matter is fixed
// close nothing: another thing fixed (「腿疼好了」), a bare 好了, a doubt
// (「水管修好了 就是还有点渗水」), and 「没事了」 with nothing of hers
// waiting for her answer.
func TestCallNoteNotConfirming(t *testing.T) {
	for _, text := range []string{"回访 王奶奶 已通 她说腿疼好了", "回访 王奶奶 已通 她说好了", "回访 王奶奶 已通 水管修好了 就是还有点渗水"} {
		c := newChat(t, understand.Rules{})
		resolvedPipe(t, c)
		got := c.say("王五", text)
		lacks(t, text, got, "记为满意", "已完结")
		if reps := c.reports(); reps[0].Status != village.StatusResolved {
			t.Errorf("%s: #R1 %s; want it still waiting", text, reps[0].Status)
		}
	}
	c := newChat(t, understand.Rules{})
	got := c.say("王五", "回访 王奶奶 已通 她说没事了")
	lacks(t, "nothing waiting", got, "记为满意", "已登记")
}

// TestCallNoteRelayLeadsCut: what the worker puts before her words (她还说,
// 老人还讲, 她也说) is not part of the item filed.
func TestCallNoteRelayLeadsCut(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"回访 王奶奶 已通 她还说腿疼", "腿疼"},
		{"回访 王奶奶 已通 老人还讲灶屋漏雨", "灶屋漏雨"},
		{"回访 王奶奶 已通 她也说屋顶漏雨了", "屋顶漏雨了"},
	} {
		c := newChat(t, understand.Rules{})
		got := c.say("王五", tc.text)
		has(t, tc.text, got, "「"+tc.want+"」已登记 #R1")
		if reps := c.reports(); len(reps) != 1 || reps[0].Text != tc.want {
			t.Errorf("%s: filed %+v; want %q", tc.text, reps, tc.want)
		}
		for _, lead := range []string{"她还说", "老人还讲", "她也说"} {
			if strings.Contains(strings.Join(got, "\n"), lead) {
				t.Errorf("%s: %q kept in %q", tc.text, lead, got)
			}
		}
	}
}

// TestCallNoteConfirmsWhichOfTwo: with two items of hers waiting after
// 办结, 「她说没事了」 closes neither; the worker is shown both and how to
// answer for the one she means.
func TestCallNoteConfirmsWhichOfTwo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	resolvedPipe(t, c)
	has(t, "second", c.say("王五", "回访 王奶奶 已通 她说家里的灯坏了"), "已登记 #R2")
	c.say("李四", "确认 #R2")
	c.say("李四", "办结 #R2 换了灯泡")
	got := c.say("王五", "回访 王奶奶 已通 她说没事了")
	has(t, "asked which", got, "王奶奶有几件已办结、在等她确认：#R2（家里的灯坏了）、#R1（家里水管冻裂了）", "回「满意 #编号」")
	lacks(t, "none closed", got, "记为满意")
	for _, rep := range c.reports() {
		if rep.Status != village.StatusResolved {
			t.Errorf("#%s %s; want it still waiting", rep.ID, rep.Status)
		}
	}
}
