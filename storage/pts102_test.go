package storage_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestLastDown: the scheduler's last downtime, as its RunDue notes it
// (ClaimRun of DownFrom and DownTo), read back in one round trip; none
// noted, or half of it, is no downtime (pts102: the handlers read it for a
// photo resent after one).
func TestLastDown(t *testing.T) {
	ctx := context.Background()
	st := storagetest.New(t)
	sc := storage.TownshipScope("青山镇")
	if _, _, ok, err := st.LastDown(ctx, sc); ok || err != nil {
		t.Fatalf("nothing noted: ok %v, err %v", ok, err)
	}
	from, to := time.Unix(1796612400, 0), time.Unix(1796785200, 0)
	if _, err := st.ClaimRun(ctx, sc, storage.DownFrom, from, time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, _, ok, err := st.LastDown(ctx, sc); ok || err != nil {
		t.Fatalf("half noted: ok %v, err %v", ok, err)
	}
	if _, err := st.ClaimRun(ctx, sc, storage.DownTo, to, time.Hour); err != nil {
		t.Fatal(err)
	}
	before := st.RoundTrips()
	f, tt, ok, err := st.LastDown(ctx, sc)
	if err != nil || !ok || !f.Equal(from) || !tt.Equal(to) {
		t.Fatalf("LastDown = %v %v %v %v; want %v %v", f, tt, ok, err, from, to)
	}
	if n := st.RoundTrips() - before; n > 1 {
		// pts110: none when this process noted or read the gaps lately
		t.Errorf("LastDown took %d round trips, want at most 1", n)
	}
}
