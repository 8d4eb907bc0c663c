package storage_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestGaps: the last downtime and the last stop are read apart (pts106:
// down_notice tells a stop in the day but not one in the night, and a
// downtime whatever came after it).
func TestGaps(t *testing.T) {
	ctx := context.Background()
	st := storagetest.New(t)
	sc := storage.TownshipScope("青山镇")
	if down, stop, err := st.Gaps(ctx, sc); err != nil || down.Noted || stop.Noted {
		t.Fatalf("nothing noted: Gaps = %v %v %v", down, stop, err)
	}
	day := time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC)
	for job, at := range map[string]time.Time{storage.DownFrom: day, storage.DownTo: day.Add(30 * time.Hour),
		storage.StopFrom: day.Add(40 * time.Hour)} {
		if _, err := st.ClaimRun(ctx, sc, job, at, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	down, stop, err := st.Gaps(ctx, sc)
	if err != nil || !down.Noted || !down.From.Equal(day) || !down.To.Equal(day.Add(30*time.Hour)) || stop.Noted {
		t.Errorf("Gaps = %+v %+v %v; want the downtime, no stop (its end not noted)", down, stop, err)
	}
}
