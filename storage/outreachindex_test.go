package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestRecentNotices: a group's notices read for a 收到 there are those
// posted since the time asked, the one posted there last however old,
// and those named, in number order; a held notice is not there until it
// is posted. A store whose notices were written before the group indexes
// existed answers with every notice and has them built, once.
func TestRecentNotices(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := context.Background()
	ts := storage.TownshipScope("青山镇")
	const g3, g1 = "青山村三组网格群", "青山村一组网格群"
	put := func(msg string, n village.Notice) village.Notice {
		t.Helper()
		d := storagetest.Must(storage.NoticeDoc(n))(t)
		res := storagetest.Must(st.Commit(ctx, storage.Change{Scope: ts, MsgID: msg, Docs: []storage.Doc{d}}))(t)
		if n.ID == "" {
			n.ID = res.Ref
		}
		n.Version++
		return n
	}
	day := func(d int) time.Time { return t0.AddDate(0, 0, d) }
	put("m1", village.Notice{Text: "一", At: day(-300), Groups: []string{g3, g1}, FollowedUp: true})
	put("m2", village.Notice{Text: "二", At: day(-200), Groups: []string{g3}, FollowedUp: true})
	put("m3", village.Notice{Text: "三", At: day(-100), Groups: []string{g1}, FollowedUp: true})
	put("m4", village.Notice{Text: "四", At: day(-1), Groups: []string{g1}})
	held := put("m5", village.Notice{Text: "五", At: day(0), Groups: []string{g3, g1}, Held: true})
	read := func(group string, since time.Time, ids ...string) []string {
		t.Helper()
		ns := storagetest.Must(st.RecentNotices(ctx, ts, storage.NoticesPostedTo(group), since, ids...))(t)
		return storagetest.Strings(ns, func(n village.Notice) string { return n.ID })
	}
	// notices written by an older gridbot: no group index
	rdb := srv.Client(t)
	if err := rdb.Del(ctx, "gb:{t:青山镇}:"+storage.NoticesPostedTo(g3), "gb:{t:青山镇}:"+storage.NoticesPostedTo(g1)).Err(); err != nil {
		t.Fatal(err)
	}
	if got, want := read(g3, day(-2)), []string{"N1", "N2", "N3", "N4", "N5"}; !cmp.Equal(got, want) {
		t.Errorf("the first read of an older store = %v, want every notice %v", got, want)
	}
	for _, c := range []struct {
		what, group string
		since       time.Time
		ids         []string
		want        []string
	}{
		{"the last one in 三组, however old", g3, day(-2), nil, []string{"N2"}},
		{"those of 一组 since two days ago", g1, day(-2), nil, []string{"N4"}},
		{"those of 一组 since a year ago", g1, day(-365), nil, []string{"N1", "N3", "N4"}},
		{"one named", g3, day(-2), []string{"N1"}, []string{"N1", "N2"}},
		{"a malformed name", g3, day(-2), []string{"N1（"}, []string{"N2"}},
	} {
		if got := read(c.group, c.since, c.ids...); !cmp.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.what, got, c.want)
		}
	}
	// the held notice posted: there from then on
	held.Held, held.PostedAt = false, day(0).Add(time.Hour)
	put("m6", held)
	if got, want := read(g3, day(-2)), []string{"N5"}; !cmp.Equal(got, want) {
		t.Errorf("三组 once the held notice is posted: %v, want %v", got, want)
	}
	if got, want := read(g1, day(-2)), []string{"N4", "N5"}; !cmp.Equal(got, want) {
		t.Errorf("一组 once the held notice is posted: %v, want %v", got, want)
	}
	// a township that had no notice when first read keeps its indexes
	// from its first notice on: one round trip, no build
	fresh := storage.TownshipScope("白石镇")
	if ns, err := st.RecentNotices(ctx, fresh, storage.NoticesPostedTo(g3), day(-2)); err != nil || len(ns) != 0 {
		t.Fatalf("a township with no notice: %v, %v", ns, err)
	}
	d := storagetest.Must(storage.NoticeDoc(village.Notice{Text: "一", At: day(-30), Groups: []string{g3}}))(t)
	if _, err := st.Commit(ctx, storage.Change{Scope: fresh, MsgID: "f1", Docs: []storage.Doc{d}}); err != nil {
		t.Fatal(err)
	}
	before := st.RoundTrips()
	if ns, err := st.RecentNotices(ctx, fresh, storage.NoticesPostedTo(g3), day(-2)); err != nil || len(ns) != 1 || ns[0].Text != "一" {
		t.Errorf("its first notice: %v, %v", ns, err)
	}
	if n := st.RoundTrips() - before; n != 1 {
		t.Errorf("the read took %d round trips, want 1", n)
	}
	// a notice to the cadres: under each one's address, not a group's
	d = storagetest.Must(storage.NoticeDoc(village.Notice{Text: "二", At: day(0), Cadres: []string{"王五", "李四"}}))(t)
	if _, err := st.Commit(ctx, storage.Change{Scope: fresh, MsgID: "f2", Docs: []storage.Doc{d}}); err != nil {
		t.Fatal(err)
	}
	if ns, err := st.RecentNotices(ctx, fresh, storage.NoticesSentTo("王五"), day(-2)); err != nil || len(ns) != 1 || ns[0].ID != "N2" {
		t.Errorf("the notice to 王五: %v, %v", ns, err)
	}
	if ns, err := st.RecentNotices(ctx, fresh, storage.NoticesPostedTo(g3), day(-2)); err != nil || len(ns) != 1 || ns[0].ID != "N1" {
		t.Errorf("三组's after a notice to the cadres: %v, %v", ns, err)
	}
}

// TestCallsOf: a person's call index lists her calls, oldest first, and
// no one else's; a store whose calls were written before the index
// existed gets it built at its first read, in the same round trip, and
// only then (the commits keep it since).
func TestCallsOf(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := context.Background()
	call := func(msg, person string) {
		t.Helper()
		d, err := storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: person, PersonKey: "青山村/QS-1/" + person,
			Worker: "王五", Topic: village.TopicOwn, Due: t0, Status: village.CallOpen})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: msg, Docs: []storage.Doc{d}}); err != nil {
			t.Fatal(err)
		}
	}
	of := func(person string) []string {
		t.Helper()
		raws := storagetest.Must(st.DocsOf(ctx, vs, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf("青山村/QS-1/" + person)}))(t)
		calls := storagetest.Must(storage.CallsIn(raws[0]))(t)
		return storagetest.Strings(calls, func(c village.Call) string { return c.ID + " " + c.Person })
	}
	call("m1", "王奶奶")
	call("m2", "石德贵")
	call("m3", "王奶奶")
	// an older gridbot kept no person's index
	rdb := srv.Client(t)
	for _, p := range []string{"王奶奶", "石德贵"} {
		if err := rdb.Del(ctx, "gb:{v:青山村}:"+storage.CallsOf("青山村/QS-1/"+p)).Err(); err != nil {
			t.Fatal(err)
		}
	}
	// the scripts loaded (by a read of another village), as after a first message
	if _, err := st.DocsOf(ctx, storage.VillageScope("白石村"), storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf("x")}); err != nil {
		t.Fatal(err)
	}
	before := st.RoundTrips()
	if got, want := of("王奶奶"), []string{"T1 王奶奶", "T3 王奶奶"}; !cmp.Equal(got, want) {
		t.Fatalf("王奶奶's calls of an older store = %v, want %v", got, want)
	}
	if n := st.RoundTrips() - before; n != 1 {
		t.Errorf("the first read took %d round trips, want 1", n)
	}
	call("m4", "石德贵")
	if got, want := of("石德贵"), []string{"T2 石德贵", "T4 石德贵"}; !cmp.Equal(got, want) {
		t.Fatalf("石德贵's calls = %v, want %v", got, want)
	}
	// built once: an index lost now is not built again at a read
	if err := rdb.Del(ctx, "gb:{v:青山村}:"+storage.CallsOf("青山村/QS-1/石德贵")).Err(); err != nil {
		t.Fatal(err)
	}
	if got := of("石德贵"); len(got) != 0 {
		t.Errorf("石德贵's calls after the index was built and lost = %v; built again at every read", got)
	}
}
