package storage_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

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
		raws, err := st.DocsOf(ctx, vs, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf("青山村/QS-1/" + person)})
		if err != nil {
			t.Fatal(err)
		}
		calls, err := storage.CallsIn(raws[0])
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, c := range calls {
			ids = append(ids, c.ID+" "+c.Person)
		}
		return ids
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
