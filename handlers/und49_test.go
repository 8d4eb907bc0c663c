package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestDuplicateAnsweredOne: "1", the yes of a confirm-back, answers the
// question whether a new report is an open one's matter as "是" does: it
// merges, and nothing is filed apart.
func TestDuplicateAnsweredOne(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "first report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "offered", c.say("陈二", "上报 村口的路灯坏了"), "已有人反映 #R1")
	expect(t, "1 merges", c.say("陈二", "1"), "陈二反映的和 #R1 是同一件事，已合并")
	if reps := c.reports(); len(reps) != 1 {
		t.Fatalf("%d reports, want 1", len(reps))
	}
}
