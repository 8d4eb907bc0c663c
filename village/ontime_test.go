package village

import (
	"testing"
	"time"
)

// TestResolvedInTimeAfterLateAccept: a resolution is in time only when the
// item was also taken on in time; a late 受理 sets the deadline it is
// judged by (the one missed), and a resolution after a reopening is judged
// by its own deadline again.
func TestResolvedInTimeAfterLateAccept(t *testing.T) {
	filed := time.Date(2026, 12, 2, 9, 35, 0, 0, time.UTC)
	acceptBy := filed.Add(15 * time.Minute)
	tests := []struct {
		name     string
		acceptAt time.Time
		wantIn   bool
		wantDue  time.Time
	}{
		{"taken on in time", filed.Add(10 * time.Minute), true, filed.Add(10*time.Minute + 24*time.Hour)},
		{"taken on three days late, found at once", filed.Add(72 * time.Hour), false, acceptBy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Report{ID: "R3", Type: Emergency, Status: StatusNew, CreatedAt: filed, DueAt: acceptBy}
			if err := r.Apply(ActAccept, "黄永红", tt.acceptAt, ""); err != nil {
				t.Fatal(err)
			}
			r.SetDue(tt.acceptAt.Add(24 * time.Hour))
			if err := r.Apply(ActResolve, "黄永红", tt.acceptAt, "人找到了"); err != nil {
				t.Fatal(err)
			}
			h, _ := r.LastResolve()
			if got := r.ResolvedInTime(h); got != tt.wantIn {
				t.Errorf("ResolvedInTime = %v, want %v", got, tt.wantIn)
			}
			if got := r.ResolveDue(h); !got.Equal(tt.wantDue) {
				t.Errorf("ResolveDue = %v, want %v", got, tt.wantDue)
			}
			// reopened and resolved again in time: judged by its own deadline
			if err := r.Apply(ActReopen, "邹建平", tt.acceptAt.Add(time.Hour), "又不见了"); err != nil {
				t.Fatal(err)
			}
			r.SetDue(tt.acceptAt.Add(25 * time.Hour))
			if err := r.Apply(ActResolve, "黄永红", tt.acceptAt.Add(2*time.Hour), "找到了"); err != nil {
				t.Fatal(err)
			}
			if h, _ := r.LastResolve(); !r.ResolvedInTime(h) {
				t.Errorf("the resolution after the reopening is late, want in time")
			}
		})
	}
}
