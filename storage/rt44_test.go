package storage_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestFollowedReportsGivesOpen: FollowedReports read of Redis gives, with
// the recent reports, the grid's open reports that read listed and its
// read, as LatestOpenReports of them all gives them (same reports, same
// versions, same read); served from this process's copies it gives none.
func TestFollowedReportsGivesOpen(t *testing.T) {
	srv := storagetest.StartServer(t)
	if srv == nil {
		t.Skip("no redis-server")
	}
	ctx := context.Background()
	for _, cache := range []int{-1, 0} {
		st, err := storage.New(storage.Options{URL: srv.URL, Prefix: "rt44" + string(rune('a'+cache+1)), Timeout: time.Second, CacheReports: cache})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = st.Close() })
		for _, text := range []string{"路灯不亮", "水管漏水", "栏杆坏了"} {
			create(t, st, text, text)
		}
		_, read, err := st.FollowedReports(ctx, vs, "三组", 5)
		if err != nil {
			t.Fatal(err)
		}
		open, rd, ok := read.Open()
		want, wantRead, err := st.LatestOpenReports(ctx, vs, "三组", 0)
		if err != nil {
			t.Fatal(err)
		}
		idv := func(reps []village.Report) (out []string) {
			for _, r := range reps {
				out = append(out, fmt.Sprintf("%s@%d", r.ID, r.Version))
			}
			return out
		}
		if !ok || !slices.Equal(idv(open), idv(want)) || len(open) != 3 || rd.Copied() {
			t.Errorf("cache %d: open %v read %+v (%v), want %v read of Redis", cache, idv(open), rd, ok, idv(want))
		}
		if cache < 0 && rd != wantRead { // with the cache on, the second is served from the copy
			t.Errorf("cache %d: read %+v, want %+v", cache, rd, wantRead)
		}
		if cache < 0 {
			continue
		}
		// now followed: served from the copies, with no open part
		if _, read, err = st.FollowedReports(ctx, vs, "三组", 5); err != nil || !read.Copied() {
			t.Fatalf("cache %d: second read copied %v (%v), want served from copies", cache, read.Copied(), err)
		}
		if _, _, ok := read.Open(); ok {
			t.Errorf("cache %d: a read served from copies gave an open part", cache)
		}
	}
}
