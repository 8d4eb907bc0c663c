package storage_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestGapsKept: Gaps serves what this process read or noted (ClaimRun of
// the pseudo-jobs) without reading again (pts110: a photo resent after a
// downtime read them each time); a new downtime noted here is seen at once.
func TestGapsKept(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	sc := storage.TownshipScope("青山镇")
	if down, stop, err := st.Gaps(ctx, sc); err != nil || down.Noted || stop.Noted {
		t.Fatalf("no gaps yet: %v %v %v", down, stop, err)
	}
	from, to := time.Unix(1_765_000_000, 0), time.Unix(1_765_100_000, 0)
	for job, at := range map[string]time.Time{storage.DownFrom: from, storage.DownTo: to} {
		if _, err := st.ClaimRun(ctx, sc, job, at, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	before := st.RoundTrips()
	down, _, err := st.Gaps(ctx, sc)
	if err != nil || !down.Noted || !down.From.Equal(from) || !down.To.Equal(to) {
		t.Errorf("gaps after noting: %+v %v, want %v–%v", down, err, from, to)
	}
	if n := st.RoundTrips() - before; n != 0 {
		t.Errorf("gaps read %d times, want from the copy", n)
	}
}
