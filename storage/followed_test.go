package storage_test

import (
	"context"
	"errors"
	"testing"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// followedAccount reads a household's account through Followed and says
// whether that took a round trip; ok is false when it has none.
func followedAccount(t *testing.T, st *storage.Store, household string) (a village.Account, ok bool, read storage.IndexRead, trip bool) {
	t.Helper()
	before := st.RoundTrips()
	raws, read, err := st.Followed(context.Background(), vs, storage.AccountKind, storage.AccountIndex(household))
	if err != nil {
		t.Fatal(err)
	}
	a, ok, err = storage.AccountIn(raws, household)
	if err != nil {
		t.Fatal(err)
	}
	return a, ok, read, st.RoundTrips() > before
}

// A claim's review reads from memory what the store's own commits wrote:
// the claim, the household's account and its approved claims; the
// approval's commit is its one round trip.
func TestReviewReadsFollowOwnCommits(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	c := submit(t, st, "m1", 8)
	acct := newAccount(t, st, "QS-301")
	before := st.RoundTrips()
	if _, err := st.Doc(ctx, vs, storage.ClaimKind, 1); err != nil {
		t.Fatal(err)
	}
	if _, ok, _, trip := followedAccount(t, st, "QS-301"); !ok || trip {
		t.Fatalf("account: found %v, round trip %v; want it from memory", ok, trip)
	}
	if st.RoundTrips() != before {
		t.Fatal("the claim written was read again from Redis")
	}
	approved, read, err := st.Followed(ctx, vs, storage.ClaimKind, storage.ApprovedOf("QS-301"))
	if err != nil || len(approved) != 0 {
		t.Fatalf("approved: %v, %v", approved, err)
	}
	ch := approval(t, c, acct, "m2")
	ch.Read = read
	if _, err := st.Commit(ctx, ch); err != nil {
		t.Fatal(err)
	}
	before = st.RoundTrips()
	approved, _, err = st.Followed(ctx, vs, storage.ClaimKind, storage.ApprovedOf("QS-301"))
	if err != nil || len(approved) != 1 || approved[0].Version != 2 {
		t.Fatalf("approved after the approval: %+v, %v; want C1 at version 2", approved, err)
	}
	a, _, _, _ := followedAccount(t, st, "QS-301")
	if n := st.RoundTrips() - before; n != 0 || a.Year("2026").Score != 8 || a.Version != acct.Version+1 {
		t.Fatalf("after the approval: %d round trips, score %d, version %d", n, a.Year("2026").Score, a.Version)
	}
}

// Another process's change of a household is not seen by the copies, but
// a change decided on them does not commit; decided again on what the
// refusal returned, it does.
func TestFollowedGuardsAgainstOtherProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	c := submit(t, a, "m1", 8)
	if _, ok, _, _ := followedAccount(t, a, "QS-301"); ok {
		t.Fatal("an account before any was created")
	}
	newAccount(t, b, "QS-301") // the other process creates it
	_, ok, read, trip := followedAccount(t, a, "QS-301")
	if ok || trip {
		t.Fatalf("the copy: found %v, round trip %v; want the old copy, from memory", ok, trip)
	}
	ch := approval(t, c, village.NewAccount("青山村", "QS-301"), "m2")
	ch.Read = read
	if _, err := a.Commit(ctx, ch); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("creating an account created meanwhile: %v, want ErrConflict", err)
	}
	// the refusal returned the account as it is now: no read of its own
	acct, ok, read, trip := followedAccount(t, a, "QS-301")
	if !ok || trip {
		t.Fatalf("after the conflict: found %v, round trip %v; want it as the refusal returned it, from memory", ok, trip)
	}
	ch = approval(t, c, acct, "m2")
	ch.Read = read
	if _, err := a.Commit(ctx, ch); err != nil {
		t.Fatalf("on a fresh read: %v", err)
	}
	if raws, _ := b.Docs(ctx, vs, storage.AccountKind, storage.AccountIndex("QS-301")); len(raws) != 1 {
		t.Fatalf("%d accounts, want 1", len(raws))
	}
}

// A document a change was decided on but does not write (Checked) makes
// it fail when it changed since, and is left as it is.
func TestCheckedDocument(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	acct := newAccount(t, st, "QS-301")
	check := storage.Checked(storage.AccountKind, acct.Doc, acct.Version)
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Docs: []storage.Doc{check}}); err != nil {
		t.Fatalf("as read: %v", err)
	}
	if a, _, _ := storage.Account(ctx, st, vs, "QS-301"); a.Version != acct.Version {
		t.Fatalf("a checked document was written: version %d, want %d", a.Version, acct.Version)
	}
	acct.Final = 5
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m2", Docs: []storage.Doc{storage.AccountDoc(acct)}}); err != nil {
		t.Fatal(err)
	}
	res, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Docs: []storage.Doc{check}, Audit: storage.Audit{At: t0, By: "赵六", Action: "x"}})
	if !errors.Is(err, storage.ErrConflict) || res.Ref != "" {
		t.Fatalf("changed since: %+v, %v; want ErrConflict", res, err)
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m4", Docs: []storage.Doc{{Kind: storage.AccountKind}}}); err == nil {
		t.Fatal("a checked document without a number committed")
	}
}

// Every followed index carries a generation the commit script raises:
// a change decided on a read of one fails once another process changed
// its members (commit.lua's followed() and storage's name the same).
func TestFollowedIndexesGuard(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	for i, index := range []string{"open:三组", storage.AccountIndex("QS-301"), storage.ApprovedOf("QS-301"), storage.RankIndex("2026"),
		storage.CallsOpen, storage.CallsOf("青山村/QS-301/王奶奶"), storage.StockIndex} {
		_, read, err := a.Followed(ctx, vs, "x", index)
		if err != nil {
			t.Fatal(err)
		}
		add := storage.Doc{Kind: "x", Body: map[string]int{"n": i}, Index: []storage.IndexOp{{Set: index, Add: true}}}
		if _, err := b.Commit(ctx, storage.Change{Scope: vs, Docs: []storage.Doc{add}}); err != nil {
			t.Fatal(err)
		}
		if _, err := a.Commit(ctx, storage.Change{Scope: vs, Read: read}); !errors.Is(err, storage.ErrConflict) {
			t.Errorf("%s changed by another process: %v, want ErrConflict", index, err)
		}
	}
}

// TestFollowedOfGuardsEach: FollowedOf reads the indexes this process does
// not follow in one round trip and those it follows in none; a change
// decided on several reads (Change.Reads) fails, writing nothing, once
// another process changed any of them.
func TestFollowedOfGuardsEach(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	reads := []storage.DocsRead{{Kind: "x", Index: storage.CallsOpen}, {Kind: "x", Index: storage.CallsOf("青山村/QS-301/王奶奶")}}
	followedOf := func(trips int64) []storage.IndexRead {
		t.Helper()
		before := a.RoundTrips()
		_, rs, err := a.FollowedOf(ctx, vs, reads...)
		if err != nil {
			t.Fatal(err)
		}
		if n := a.RoundTrips() - before; trips >= 0 && n != trips {
			t.Errorf("FollowedOf: %d round trips, want %d", n, trips)
		}
		return rs
	}
	followedOf(-1) // the first: loads the scripts, builds the indexes
	rs := followedOf(0)
	if !rs[0].Copied() || !rs[1].Copied() {
		t.Errorf("reads %+v, want both from memory", rs)
	}
	add := storage.Doc{Kind: "x", Body: map[string]int{"n": 1}, Index: []storage.IndexOp{{Set: reads[1].Index, Add: true}}}
	if _, err := b.Commit(ctx, storage.Change{Scope: vs, Docs: []storage.Doc{add}}); err != nil {
		t.Fatal(err)
	}
	mine := storage.Doc{Kind: "x", Body: map[string]int{"n": 2}, Index: []storage.IndexOp{{Set: "mine", Add: true}}}
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Reads: rs, Docs: []storage.Doc{mine}}); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("the second read changed by another process: %v, want ErrConflict", err)
	}
	if raws, err := a.Docs(ctx, vs, "x", "mine"); err != nil || len(raws) != 0 {
		t.Fatalf("written by the refused change: %+v, %v", raws, err)
	}
	// read again (the refusal dropped the copies), the change is made
	rs = followedOf(1)
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Reads: rs, Docs: []storage.Doc{mine}}); err != nil {
		t.Fatal(err)
	}
}
