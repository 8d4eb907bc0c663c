package village

import (
	"testing"
	"time"
)

// TestResolvedInTimeAfterOverdueFiling: an item the overdue check filed
// with the township after its deadline passed is not 按期 when the
// township then resolves it within its own new deadline: it is judged by
// the deadline missed. One sent up by its leader in time, and resolved in
// the township's time, is 按期.
func TestResolvedInTimeAfterOverdueFiling(t *testing.T) {
	filed := time.Date(2026, 12, 3, 22, 45, 0, 0, time.UTC)
	acceptBy := filed.Add(24 * time.Hour)
	tests := []struct {
		name    string
		upAt    time.Time
		by      string
		wantIn  bool
		wantDue time.Time
	}{
		{"filed by the overdue check two days late", filed.Add(58 * time.Hour), SystemActor, false, acceptBy},
		{"sent up by the leader in time", filed.Add(2 * time.Hour), "李四", true, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Report{ID: "R3", Type: General, Status: StatusNew, CreatedAt: filed, DueAt: acceptBy}
			if err := r.Apply(ActEscalate, tt.by, tt.upAt, "上报"); err != nil {
				t.Fatal(err)
			}
			r.SetDue(tt.upAt.Add(72 * time.Hour)) // the township's own time
			took := tt.upAt.Add(time.Hour)
			if err := r.Apply(ActAccept, "孙七", took, ""); err != nil {
				t.Fatal(err)
			}
			if err := r.Apply(ActResolve, "孙七", took.Add(24*time.Hour), "清运完毕"); err != nil {
				t.Fatal(err)
			}
			h, _ := r.LastResolve()
			if got := r.ResolvedInTime(h); got != tt.wantIn {
				t.Errorf("ResolvedInTime = %v, want %v", got, tt.wantIn)
			}
			if !tt.wantDue.IsZero() && !r.ResolveDue(h).Equal(tt.wantDue) {
				t.Errorf("ResolveDue = %v, want the deadline missed %v", r.ResolveDue(h), tt.wantDue)
			}
		})
	}
}
