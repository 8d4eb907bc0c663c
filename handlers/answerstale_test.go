package handlers_test

import (
	"testing"

	"gridbot/village"
)

// TestStillNoisyStaleCopy: process a follows the grid's open reports;
// through process b one of them changed since. The reporter's "还是吵"
// through a is not decided on a's copy: R1 closed by his 满意 through b
// is not reopened; nor is R1 once his second quarrel was taken up through
// b (no item came or went: only its status changed), which his words may
// mean too: he is shown how to answer.
func TestStillNoisyStaleCopy(t *testing.T) {
	t.Run("closed elsewhere", func(t *testing.T) {
		a, b := twoProcesses(t)
		a.say("陈二", "上报 调解 3号院那户天天半夜放音乐 吵得睡不着")
		a.say("李四", "确认 #R1")
		a.say("李四", "办结 #R1 双方和解")
		has(t, "closed through b", b.say("陈二", "满意 #R1"), "#R1")
		a.say("陈二", "还是吵")
		if r := a.reports(); len(r) != 1 || r[0].Status != village.StatusClosed {
			t.Fatalf("reports %+v, want R1 still closed", r)
		}
	})
	t.Run("taken up elsewhere", func(t *testing.T) {
		a, b := twoProcesses(t)
		a.say("陈二", "上报 调解 3号院那户天天半夜放音乐 吵得睡不着")
		a.say("李四", "确认 #R1")
		a.say("李四", "办结 #R1 双方和解")
		a.say("陈二", "上报 调解 隔壁装修电钻天天响 吵得睡不着")
		// b reads R2 first: its 确认 then leaves the grid's index as it
		// is (no generation raised), only R2's status changes
		b.say("李四", "查 #R2")
		has(t, "taken up through b", b.say("李四", "确认 #R2"), "#R2 已受理")
		has(t, "shown the answers", a.say("陈二", "还是吵"), "#R1")
		if r := a.reports(); len(r) != 2 || r[0].Status != village.StatusResolved {
			t.Fatalf("reports %+v, want R1 still resolved", r)
		}
	})
}
