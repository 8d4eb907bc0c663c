package storage_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestLastDownShortStop: a stop noted after the last downtime (StopFrom,
// StopTo: under a day, pts103) is the last one; an older stop is not.
// Still one round trip.
func TestLastDownShortStop(t *testing.T) {
	ctx := context.Background()
	st := storagetest.New(t)
	sc := storage.TownshipScope("青山镇")
	note := func(job string, at time.Time) {
		t.Helper()
		if _, err := st.ClaimRun(ctx, sc, job, at, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	day := time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC)
	note(storage.StopFrom, day.Add(2*time.Hour))
	note(storage.StopTo, day.Add(5*time.Hour))
	if f, to, ok, err := st.LastDown(ctx, sc); err != nil || !ok || !f.Equal(day.Add(2*time.Hour)) || !to.Equal(day.Add(5*time.Hour)) {
		t.Fatalf("stop alone: LastDown = %v %v %v %v", f, to, ok, err)
	}
	note(storage.DownFrom, day.Add(6*time.Hour))
	note(storage.DownTo, day.Add(40*time.Hour))
	if f, to, ok, err := st.LastDown(ctx, sc); err != nil || !ok || !f.Equal(day.Add(6*time.Hour)) || !to.Equal(day.Add(40*time.Hour)) {
		t.Fatalf("a later downtime: LastDown = %v %v %v %v", f, to, ok, err)
	}
	note(storage.StopFrom, day.Add(50*time.Hour))
	note(storage.StopTo, day.Add(53*time.Hour))
	before := st.RoundTrips()
	if f, to, ok, err := st.LastDown(ctx, sc); err != nil || !ok || !f.Equal(day.Add(50*time.Hour)) || !to.Equal(day.Add(53*time.Hour)) {
		t.Fatalf("a later stop: LastDown = %v %v %v %v", f, to, ok, err)
	}
	if n := st.RoundTrips() - before; n > 1 {
		// pts110: none when this process noted or read the gaps lately
		t.Errorf("LastDown took %d round trips, want at most 1", n)
	}
}
