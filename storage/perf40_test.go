package storage_test

import (
	"context"
	"errors"
	"testing"

	"gridbot/storage"
)

// TestStaleRefusalReturnsReads: a change decided on this process's copies
// of a household's account and approved claims, which another process
// changed since, is refused writing nothing, and the refusal brings both
// as they are now: the change is decided again on them with no read of its
// own, and its commit still checks them (refused again when the other
// process changes them once more).
func TestStaleRefusalReturnsReads(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	reads := []storage.DocsRead{{Kind: storage.AccountKind, Index: storage.AccountIndex("QS-301")},
		{Kind: storage.ClaimKind, Index: storage.ApprovedOf("QS-301")}}
	followedOf := func() ([][]storage.RawDoc, []storage.IndexRead, int64) {
		t.Helper()
		before := a.RoundTrips()
		raws, rs, err := a.FollowedOf(ctx, vs, reads...)
		if err != nil {
			t.Fatal(err)
		}
		return raws, rs, a.RoundTrips() - before
	}
	newAccount(t, a, "QS-301")
	c := submit(t, a, "m1", 8)
	followedOf() // now followed
	_, rs, trips := followedOf()
	if trips != 0 || !rs[0].Copied() {
		t.Fatalf("followed: %d round trips, copied %v; want it from memory", trips, rs[0].Copied())
	}
	// the other process approves the claim: the account and the approved
	// claims change under a's copies
	acct, _, _ := storage.Account(ctx, b, vs, "QS-301")
	if _, err := b.Commit(ctx, approval(t, c, acct, "m2")); err != nil {
		t.Fatal(err)
	}
	mine := storage.Doc{Kind: "x", Body: map[string]int{"n": 1}, Index: []storage.IndexOp{{Set: "mine", Add: true}}}
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Reads: rs, Docs: []storage.Doc{mine}}); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("decided on stale copies: %v, want ErrConflict", err)
	}
	if raws, err := a.Docs(ctx, vs, "x", "mine"); err != nil || len(raws) != 0 {
		t.Fatalf("written by the refused change: %+v, %v", raws, err)
	}
	raws, rs, trips := followedOf()
	got, ok, err := storage.AccountIn(raws[0], "QS-301")
	if err != nil || !ok {
		t.Fatalf("account after the refusal: %v, %v", ok, err)
	}
	if trips != 0 || got.Year("2026").Score != 8 || len(raws[1]) != 1 {
		t.Fatalf("after the refusal: %d round trips, score %d, %d approved; want the other process's approval, from memory",
			trips, got.Year("2026").Score, len(raws[1]))
	}
	// still a copy: another change of the other process refuses it again
	got.Final = 3
	if _, err := b.Commit(ctx, storage.Change{Scope: vs, MsgID: "m4", Docs: []storage.Doc{storage.AccountDoc(got)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Reads: rs, Docs: []storage.Doc{mine}}); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("decided on the refusal's copies, changed since: %v, want ErrConflict", err)
	}
	_, rs, trips = followedOf()
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Reads: rs, Docs: []storage.Doc{mine}}); err != nil || trips != 0 {
		t.Fatalf("decided again: %v, %d round trips to read", err, trips)
	}
	if acct, _, _ := storage.Account(ctx, b, vs, "QS-301"); acct.Final != 3 || acct.Version != got.Version+1 {
		t.Fatalf("account %+v, want the other process's", acct)
	}
}
