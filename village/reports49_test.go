package village

import (
	"testing"
	"time"
)

// TestAssignKeepsOverdueChase: 指派 of an item taken on already keeps how
// far its overdue chase went (it stays overdue); 确认 of a new one starts
// it afresh.
func TestAssignKeepsOverdueChase(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r := Report{ID: "R1", Type: General, Status: StatusAccepted, Overdue: 1, RemindedAt: at}
	if err := r.Apply(ActAssign, "李四", at.Add(time.Hour), "王五"); err != nil {
		t.Fatal(err)
	}
	if r.Overdue != 1 || !r.RemindedAt.Equal(at) {
		t.Errorf("after 指派: overdue %d reminded %v; want the chase kept", r.Overdue, r.RemindedAt)
	}
	n := Report{ID: "R2", Type: General, Status: StatusNew, Overdue: 1, RemindedAt: at}
	if err := n.Apply(ActAssign, "李四", at.Add(time.Hour), "王五"); err != nil {
		t.Fatal(err)
	}
	if n.Overdue != 0 {
		t.Errorf("new item assigned: overdue %d; want 0", n.Overdue)
	}
}
