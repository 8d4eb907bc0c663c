package scheduler

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/robfig/cron/v3"

	"gridbot/storage/storagetest"
)

// TestOccurrences: an hourly job's occurrences after from and by now,
// capped by maxRuns; of a Latest job only the last, the others counted.
func TestOccurrences(t *testing.T) {
	sched := storagetest.Must(cron.ParseStandard("0 * * * *"))(t)
	from := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	at := func(h int) time.Time { return from.Add(time.Duration(h) * time.Hour) }
	tests := []struct {
		name        string
		latest      bool
		now         time.Time
		maxRuns     int
		want        []time.Time
		wantSkipped int
		wantCapped  bool
	}{
		{"none due", false, at(0).Add(59 * time.Minute), 0, nil, 0, false},
		{"all due", false, at(3), 0, []time.Time{at(1), at(2), at(3)}, 0, false},
		{"capped", false, at(3), 2, []time.Time{at(1), at(2)}, 0, true},
		{"the cap reached at the last", false, at(3), 3, []time.Time{at(1), at(2), at(3)}, 0, true},
		{"latest", true, at(3), 2, []time.Time{at(3)}, 2, false},
		{"latest, one due", true, at(1), 0, []time.Time{at(1)}, 0, false},
		{"latest, none due", true, at(0), 0, nil, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := &job{Job: Job{Latest: tt.latest}, sched: sched}
			got, skipped, capped := j.occurrences(from, tt.now, tt.maxRuns)
			if !cmp.Equal(got, tt.want) || skipped != tt.wantSkipped || capped != tt.wantCapped {
				t.Errorf("occurrences = %v, %d, %v; want %v, %d, %v", got, skipped, capped, tt.want, tt.wantSkipped, tt.wantCapped)
			}
		})
	}
}
