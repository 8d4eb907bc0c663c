package storage_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"gridbot/village"
)

// TestFollowedReportsGivesOpen: FollowedReports read of Redis gives, with
// the recent reports, the grid's open reports that read listed and its
// read, as LatestOpenReports of them all gives them (same reports, same
// versions, same read); served from this process's copies it gives none.
func TestFollowedReportsGivesOpen(t *testing.T) {
	ctx := context.Background()
	for cache, st := range withAndWithoutCache(t, "rt44") {
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
