package village_test

import (
	"testing"
	"time"

	"gridbot/village"
)

// TestAskKeepsOverdueChase: the township's order (镇里督办) or question on
// an item the grid was reminded of as overdue keeps the chase where it
// was, so the next check files it with the township as the reminder
// said; before, the ask (an accepted item staying accepted) started the
// chase over: a second reminder, the filing a day later. Taking an item
// on still starts it over.
func TestAskKeepsOverdueChase(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for _, s := range []village.Status{village.StatusAccepted, village.StatusNew, village.StatusReopened} {
		r := village.Report{Status: s, Overdue: 1, RemindedAt: at}
		if err := r.Apply(village.ActAsk, "孙七", at.Add(time.Hour), "抓紧处理"); err != nil {
			t.Fatal(err)
		}
		if r.Overdue != 1 || !r.RemindedAt.Equal(at) {
			t.Errorf("asked of one %s: overdue %d, reminded %v; want the chase kept (1, %v)", s, r.Overdue, r.RemindedAt, at)
		}
	}
	r := village.Report{Status: village.StatusNew, Overdue: 1, RemindedAt: at}
	if err := r.Apply(village.ActAccept, "李四", at.Add(time.Hour), ""); err != nil {
		t.Fatal(err)
	}
	if r.Overdue != 0 {
		t.Errorf("taken on: overdue %d, want the chase started over", r.Overdue)
	}
}
