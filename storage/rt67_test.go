package storage_test

import (
	"context"
	"slices"
	"testing"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestNoticeCopyFollowsOwnPost (rt67): a group's notices copied here,
// then a notice this process posts, serve the next read from memory with
// the new one, as Redis lists them; a notice another process posted in
// between leaves the copy behind: read again, with both.
func TestNoticeCopyFollowsOwnPost(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	ts := storage.TownshipScope("青山镇")
	const g3 = "青山村三组网格群"
	index := storage.NoticesPostedTo(g3)
	post := func(st *storage.Store, msg, text string, d int) {
		t.Helper()
		doc := storagetest.Must(storage.NoticeDoc(village.Notice{Text: text, At: t0.AddDate(0, 0, d), Groups: []string{g3}}))(t)
		storagetest.Must(st.Commit(ctx, storage.Change{Scope: ts, MsgID: msg, Docs: []storage.Doc{doc}}))(t)
	}
	read := func(st *storage.Store) (texts []string, trip bool) {
		t.Helper()
		before := st.RoundTrips()
		ns, _, err := st.FollowedNotices(ctx, ts, index, t0.AddDate(0, 0, -5))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range ns {
			texts = append(texts, n.Text)
		}
		return texts, st.RoundTrips() > before
	}
	post(a, "m1", "一", -1)
	read(a) // the indexes built
	if _, trip := read(a); !trip {
		t.Fatal("the first read after the build: from memory, want it read (and copied)")
	}
	post(a, "m2", "二", 0)
	if got, trip := read(a); trip || !slices.Equal(got, []string{"一", "二"}) {
		t.Fatalf("after its own post: %v, round trip %v; want [一 二] from memory", got, trip)
	}
	post(b, "m3", "三", 0) // another process
	post(a, "m4", "四", 0)
	if got, trip := read(a); !trip || !slices.Equal(got, []string{"一", "二", "三", "四"}) {
		t.Fatalf("after another's post and its own: %v, round trip %v; want all four, read", got, trip)
	}
}
