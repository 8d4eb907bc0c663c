package storage_test

import (
	"context"
	"testing"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// withAndWithoutCache are two stores on one private redis-server (keys
// prefixed with prefix), keyed by their CacheReports: -1 (no report
// cache) and 0 (the default cache).
func withAndWithoutCache(t *testing.T, prefix string) map[int]*storage.Store {
	t.Helper()
	srv := storagetest.StartServer(t)
	if srv == nil {
		t.Skip("no redis-server")
	}
	stores := map[int]*storage.Store{}
	for _, cache := range []int{-1, 0} {
		st, err := storage.New(storage.Options{URL: srv.URL, Prefix: prefix + string(rune('a'+cache+1)), Timeout: storagetest.Timeout, CacheReports: cache})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = st.Close() })
		stores[cache] = st
	}
	return stores
}

// TestReportsOfOneRoundTrip: ReportsOf reads the named reports in one
// round trip, in the order named, leaving out one that does not exist; on
// a store with a report cache, reports it holds cost none.
func TestReportsOfOneRoundTrip(t *testing.T) {
	ctx := context.Background()
	for cache, st := range withAndWithoutCache(t, "rt42") {
		for _, text := range []string{"路灯不亮", "水管漏水", "栏杆坏了"} {
			create(t, st, text, text)
		}
		// the client's first pipeline may open a connection (its hello
		// is counted): not measured
		if reps, err := st.ReportsOf(ctx, vs, []string{"R8", "R7"}); err != nil || len(reps) != 0 {
			t.Fatalf("cache %d: R8 R7 read %+v (%v), want none", cache, reps, err)
		}
		before := st.RoundTrips()
		reps, err := st.ReportsOf(ctx, vs, []string{"R3", "R9", "R1"})
		if err != nil {
			t.Fatal(err)
		}
		if len(reps) != 2 || reps[0].ID != "R3" || reps[0].Text != "栏杆坏了" || reps[1].ID != "R1" || reps[1].Text != "路灯不亮" {
			t.Errorf("cache %d: read %+v, want R3 then R1", cache, reps)
		}
		want := int64(1) // with the cache on, R9 alone is read
		if got := st.RoundTrips() - before; got != want {
			t.Errorf("cache %d: %d round trips, want %d", cache, got, want)
		}
		before = st.RoundTrips()
		if reps, err = st.ReportsOf(ctx, vs, []string{"R1", "R2"}); err != nil || len(reps) != 2 {
			t.Fatalf("cache %d: R1 R2 read %+v (%v)", cache, reps, err)
		}
		want = 1
		if cache == 0 {
			want = 0 // both held
		}
		if got := st.RoundTrips() - before; got != want {
			t.Errorf("cache %d: R1 R2 cost %d round trips, want %d", cache, got, want)
		}
	}
}
