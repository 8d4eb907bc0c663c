package storage_test

import (
	"context"
	"errors"
	"testing"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// tallyOf is FollowedTally of 2026 of the village, and whether it took a
// round trip.
func tallyOf(t *testing.T, st *storage.Store) (tl storage.Tally, reads []storage.IndexRead, trip bool) {
	t.Helper()
	before := st.RoundTrips()
	tl, reads, err := st.FollowedTally(context.Background(), vs, "2026")
	if err != nil {
		t.Fatal(err)
	}
	return tl, reads, st.RoundTrips() > before
}

// addPoints commits a change of QS-30x's 2026 score by n (a bare
// counter change, as a posting's).
func addPoints(t *testing.T, st *storage.Store, msgID, household string, n int64) {
	t.Helper()
	if _, err := st.Commit(context.Background(), storage.Change{Scope: vs, MsgID: msgID,
		Incr: []storage.Incr{{Hash: storage.PointsHash("2026"), Field: household, By: n}}}); err != nil {
		t.Fatal(err)
	}
}

// The village's tally (approved claims, scores, vetoes) is read once and
// then served from the copies, which follow this process's own approvals
// and counter changes; another process's change leaves the copy behind,
// and a reply decided on it is refused, after which the tally is read
// again as stored (rt75).
func TestFollowedTallyAcrossProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	c := submit(t, a, "m1", 8)
	acct := newAccount(t, a, "QS-301")
	if _, err := a.Commit(ctx, approval(t, c, acct, "m2")); err != nil {
		t.Fatal(err)
	}
	tl, reads, trip := tallyOf(t, a)
	if !trip || tl.Totals["QS-301"] != 8 || tl.Unfinal["QS-301"] != 8 || len(reads) != 3 || reads[0].Copied() {
		t.Fatalf("first tally: trip %v, totals %v, unfinal %v, reads %+v; want read, 8 and 8", trip, tl.Totals, tl.Unfinal, reads)
	}
	if tl, reads, trip = tallyOf(t, a); trip || tl.Totals["QS-301"] != 8 || !reads[1].Copied() {
		t.Fatalf("again: trip %v, totals %v; want the copy, 8", trip, tl.Totals)
	}
	addPoints(t, a, "m3", "QS-302", 5)
	c2 := submit(t, a, "m4", 6)
	acct, _, err := storage.Account(ctx, a, vs, "QS-301")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Commit(ctx, approval(t, c2, acct, "m5")); err != nil {
		t.Fatal(err)
	}
	tl, reads, trip = tallyOf(t, a)
	if trip || tl.Totals["QS-301"] != 14 || tl.Totals["QS-302"] != 5 || tl.Unfinal["QS-301"] != 14 {
		t.Fatalf("after its own changes: trip %v, totals %v, unfinal %v; want the copy, 14 and 5, 14 not final", trip, tl.Totals, tl.Unfinal)
	}
	reply := storage.Change{Scope: vs, MsgID: "m6", Reads: reads}
	addPoints(t, b, "m7", "QS-301", 3) // the other process
	if _, _, trip = tallyOf(t, a); trip {
		t.Fatal("the copy was dropped without a refusal")
	}
	if _, err := a.Commit(ctx, reply); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("a reply decided on the copy behind another process's change: %v, want ErrConflict", err)
	}
	tl, reads, trip = tallyOf(t, a)
	if !trip || tl.Totals["QS-301"] != 17 {
		t.Fatalf("after the refusal: trip %v, totals %v; want read, 17", trip, tl.Totals)
	}
	reply.MsgID = "m8"
	reply.Reads = reads
	if _, err := a.Commit(ctx, reply); err != nil {
		t.Fatalf("a reply decided on the tally as stored: %v", err)
	}
}

// Data written before the counters were followed has no generation of
// them: read as generation 0, the copy is right, and the first counter
// change after is followed as any (rt75).
func TestFollowedTallyOfOldData(t *testing.T) {
	srv := storagetest.NeedServer(t)
	rdb := srv.Client(t)
	ctx := context.Background()
	if err := rdb.HIncrBy(ctx, "gb:{v:青山村}:pts:2026", "QS-301", 9).Err(); err != nil {
		t.Fatal(err)
	}
	st := storagetest.Open(t, srv.URL)
	tl, reads, trip := tallyOf(t, st)
	if !trip || tl.Totals["QS-301"] != 9 {
		t.Fatalf("old data: trip %v, totals %v; want read, 9", trip, tl.Totals)
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Reads: reads}); err != nil {
		t.Fatalf("a reply decided on old data: %v", err)
	}
	addPoints(t, st, "m2", "QS-301", 1)
	if tl, _, trip = tallyOf(t, st); trip || tl.Totals["QS-301"] != 10 {
		t.Fatalf("after a change: trip %v, totals %v; want the copy, 10", trip, tl.Totals)
	}
}
