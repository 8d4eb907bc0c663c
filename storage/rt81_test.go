package storage_test

import (
	"context"
	"errors"
	"testing"

	"gridbot/storage"
)

// TestFollowedLatestAcrossProcesses: a read of a village's latest claims
// (storage.ClaimsAll, Last) is kept as an incomplete copy that this
// process's own claims carry forward; a commit decided on it is refused
// once another process wrote any claim of the village, and the copy is
// then gone until read again (rt81).
func TestFollowedLatestAcrossProcesses(t *testing.T) {
	a, b := twoProcesses(t)
	ctx := context.Background()
	submit(t, a, "m1", 8)
	submit(t, a, "m2", 5)
	if _, _, ok := a.FollowedLatest(vs, storage.ClaimKind, storage.ClaimsAll, 1); ok {
		t.Fatal("a copy before any read of the latest claims")
	}
	if _, err := a.DocsOf(ctx, vs, storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimsAll, Last: 1}); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := a.FollowedLatest(vs, storage.ClaimKind, storage.ClaimsAll, 2); ok {
		t.Fatal("two served from a copy of the latest one")
	}
	c3 := submit(t, a, "m3", 3) // this process's own: the copy follows
	raws, read, ok := a.FollowedLatest(vs, storage.ClaimKind, storage.ClaimsAll, 2)
	if !ok || len(raws) != 2 || raws[1].ID != mustNumber(t, c3.ID) || !read.Copied() {
		t.Fatalf("latest two after its own claim: %+v ok %v, want C2 and C3 from the copy", raws, ok)
	}
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m4", Read: read}); err != nil {
		t.Fatalf("a reply on the copy as stored: %v", err)
	}
	submit(t, b, "m5", 2) // the other process
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m6", Read: read}); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("a reply decided on the copy behind another process's claim: %v, want ErrConflict", err)
	}
	if _, _, ok := a.FollowedLatest(vs, storage.ClaimKind, storage.ClaimsAll, 2); ok {
		t.Fatal("the stale copy kept after the refusal")
	}
}
