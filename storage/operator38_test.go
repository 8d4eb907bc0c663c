package storage_test

import (
	"context"
	"errors"
	"testing"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// A Redis that answers PING but refuses writes (here its memory at
// maxmemory with noeviction) made Check say nothing wrong, so nobody was
// told while no message was registered. A refused write makes Check look
// with a write of its own: ErrRefused (with ErrUnavailable) and the reason
// while the refusal holds, nil once Redis takes writes again.
func TestCheckSeesRefusedWrites(t *testing.T) {
	srv, st := storagetest.NewWithServer(t, 0)
	ctx := context.Background()
	if err := st.Check(ctx); err != nil {
		t.Fatalf("Check on a fresh Redis: %v", err)
	}
	srv.SetConfig(t, "maxmemory-policy", "noeviction")
	srv.SetConfig(t, "maxmemory", "1")
	if err := st.Check(ctx); err != nil {
		t.Errorf("Check before any write was refused = %v, want nil (it costs nothing then)", err)
	}
	_, err := st.Commit(ctx, storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "m1", Incr: []storage.Incr{{Hash: "n", Field: "f", By: 1}}})
	if storage.RefusalOf(err) != storage.RefusedMemory {
		t.Fatalf("commit with memory full = %v, want an OOM refusal", err)
	}
	err = st.Check(ctx)
	if !errors.Is(err, storage.ErrRefused) || !errors.Is(err, storage.ErrUnavailable) || storage.RefusalOf(err) != storage.RefusedMemory {
		t.Errorf("Check with writes refused = %v, want ErrRefused, ErrUnavailable and the memory reason", err)
	}
	srv.SetConfig(t, "maxmemory", "0")
	if err := st.Check(ctx); err != nil {
		t.Errorf("Check with writes taken again = %v, want nil", err)
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "m1", Incr: []storage.Incr{{Hash: "n", Field: "f", By: 1}}}); err != nil {
		t.Errorf("commit after the refusal: %v", err)
	}
}

// A maxmemory with an evicting policy would delete reports without an
// error: Evicts names the policy so that check and run warn of it.
func TestEvictsNamesTheDeletingPolicy(t *testing.T) {
	srv := storagetest.NeedServer(t)
	ctx := context.Background()
	st := storagetest.Open(t, srv.URL)
	if p := st.Evicts(ctx); p != "" {
		t.Errorf("Evicts with no maxmemory = %q, want none", p)
	}
	srv.SetConfig(t, "maxmemory", "100mb")
	srv.SetConfig(t, "maxmemory-policy", "allkeys-lru")
	if p := st.Evicts(ctx); p != "allkeys-lru" {
		t.Errorf("Evicts with maxmemory and allkeys-lru = %q, want allkeys-lru", p)
	}
	srv.SetConfig(t, "maxmemory-policy", "noeviction")
	if p := st.Evicts(ctx); p != "" {
		t.Errorf("Evicts with noeviction = %q, want none", p)
	}
}
