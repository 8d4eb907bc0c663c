package village

import (
	"testing"
	"time"
)

// TestDigestGridReopenedIsNotDone: an item resolved and reopened the
// same day is open in the grid's digest, not also counted resolved.
func TestDigestGridReopenedIsNotDone(t *testing.T) {
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	reopened := Report{ID: "R1", Grid: "三组", Chat: "群", Type: General, Status: StatusNew, CreatedAt: at}
	closed := Report{ID: "R2", Grid: "三组", Chat: "群", Type: General, Status: StatusNew, CreatedAt: at}
	for _, step := range []struct {
		r *Report
		a Action
	}{{&reopened, ActAccept}, {&reopened, ActResolve}, {&reopened, ActReopen}, {&closed, ActAccept}, {&closed, ActResolve}, {&closed, ActConfirm}} {
		at = at.Add(time.Hour)
		if err := step.r.Apply(step.a, "李四", at, "说明"); err != nil {
			t.Fatal(err)
		}
	}
	d := DigestGrid([]Report{reopened, closed}, "三组", at.Add(-12*time.Hour), at, 10)
	if d.New != 2 || d.Resolved != 1 || len(d.Open) != 1 || d.Open[0].ID != "R1" {
		t.Errorf("new %d, resolved %d, open %d; want 2 new, 1 resolved (R2), R1 open", d.New, d.Resolved, len(d.Open))
	}
}
