package storage_test

import (
	"context"
	"errors"
	"testing"

	"github.com/redis/go-redis/v9"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
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

// newClaimOf is a pending claim of household, filed with reads (the
// household's account, approved claims and claims, as FollowedNew gives
// them).
func newClaimOf(t *testing.T, st *storage.Store, msgID, household string, reads []storage.IndexRead) error {
	t.Helper()
	c := village.Claim{Village: "青山村", Grid: "三组", Household: household, Person: "张三", Indicator: "SG02",
		Name: "义务劳动", Level: village.LevelPersonal, Kind: village.KindRegular, Points: 2}
	from := storagetest.Must(c.Apply(village.ClaimSubmit, "张三", t0, ""))(t)
	cd := storagetest.Must(storage.ClaimDoc(c, from))(t)
	_, err := st.Commit(context.Background(), storage.Change{Scope: vs, MsgID: msgID, Docs: []storage.Doc{cd}, Reads: reads})
	return err
}

// householdReads are FollowedNew's reads of household, and whether they
// took a round trip.
func householdReads(t *testing.T, st *storage.Store, household string) (raws [][]storage.RawDoc, reads []storage.IndexRead, trip bool) {
	t.Helper()
	before := st.RoundTrips()
	raws, reads, err := st.FollowedNew(context.Background(), vs, household,
		storage.DocsRead{Kind: storage.AccountKind, Index: storage.AccountIndex(household)},
		storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ApprovedOf(household)},
		storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimsOf(household)})
	if err != nil {
		t.Fatal(err)
	}
	return raws, reads, st.RoundTrips() > before
}

// A started store assumes a household its start did not list with
// claims, and that it has not seen claim since, has none: its first
// claim reads nothing. A household with claims is read; one another
// process filed a claim of meanwhile refuses the commit, whose refusal
// brings the claims (rt75).
func TestFollowedNewHousehold(t *testing.T) {
	srv := storagetest.NeedServer(t)
	old := storagetest.Open(t, srv.URL)
	_, reads, _ := householdReads(t, old, "QS-301") // builds the scope's ClaimsOf, empty
	if err := newClaimOf(t, old, "m0", "QS-301", reads); err != nil {
		t.Fatal(err)
	}
	a, b := storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	ctx := context.Background()
	if err := a.LoadScripts(ctx); err != nil {
		t.Fatal(err)
	}
	if _, _, trip := householdReads(t, a, "QS-302"); !trip {
		t.Fatal("no read of the scope's claims yet (its build unseen): want a read")
	}
	_, reads, trip := householdReads(t, a, "QS-303")
	if trip {
		t.Fatal("a household with no claim after the build was seen: want none assumed, no read")
	}
	if err := newClaimOf(t, a, "m1", "QS-303", reads); err != nil {
		t.Fatalf("its first claim: %v", err)
	}
	if raws, _, trip := householdReads(t, a, "QS-303"); trip || len(raws[2]) != 1 || len(raws[0]) != 0 {
		t.Fatalf("after its first claim: trip %v, claims %d, accounts %d; want the copies, 1 and 0", trip, len(raws[2]), len(raws[0]))
	}
	if raws, _, trip := householdReads(t, a, "QS-301"); !trip || len(raws[2]) != 1 {
		t.Fatalf("a household with a claim before the start: trip %v, claims %d; want read, 1", trip, len(raws[2]))
	}
	_, reads, _ = householdReads(t, a, "QS-304")
	if err := newClaimOf(t, b, "m2", "QS-304", nil); err != nil { // the other process
		t.Fatal(err)
	}
	if err := newClaimOf(t, a, "m3", "QS-304", reads); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("assumed none after another process's claim: %v, want ErrConflict", err)
	}
	if raws, _, trip := householdReads(t, a, "QS-304"); trip || len(raws[2]) != 1 {
		t.Fatalf("after the refusal: trip %v, claims %d; want what it brought, 1", trip, len(raws[2]))
	}
}

// Claims older than the households' ClaimsOf indexes: the start's scan
// finds no household with claims, and the first read builds the indexes,
// indexing them: the scan missed them, so nothing is assumed in that
// scope (rt75).
func TestFollowedNewOfOldData(t *testing.T) {
	srv := storagetest.NeedServer(t)
	rdb := srv.Client(t)
	ctx := context.Background()
	if err := rdb.HSet(ctx, "gb:{v:青山村}:c:1", "v", "1", "j", `{"village":"青山村","household":"QS-301","status":"pending"}`).Err(); err != nil {
		t.Fatal(err)
	}
	if err := rdb.ZAdd(ctx, "gb:{v:青山村}:claims", redis.Z{Score: 1, Member: "1"}).Err(); err != nil {
		t.Fatal(err)
	}
	st := storagetest.Open(t, srv.URL)
	if err := st.LoadScripts(ctx); err != nil {
		t.Fatal(err)
	}
	for _, hh := range []string{"QS-302", "QS-301", "QS-303"} {
		raws, _, trip := householdReads(t, st, hh)
		if !trip || hh == "QS-301" && len(raws[2]) != 1 {
			t.Errorf("%s: trip %v, claims %d; want read (QS-301's claim found)", hh, trip, len(raws[2]))
		}
	}
}
