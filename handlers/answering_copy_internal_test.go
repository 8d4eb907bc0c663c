package handlers

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"gridbot/reach"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestCheckedTakingCommitsFirst: while the taking that checks a copy of
// the questions is still to commit, a commit in another scope is not
// made (it would come before the check: a refused answer, made again,
// would make it twice); once the check refused the copy, no commit is
// made at all. The answer is made again on the questions as stored.
func TestCheckedTakingCommitsFirst(t *testing.T) {
	st := storagetest.New(t)
	s := reaching{Store: st, guard: reach.New(nil, nil, nil), loc: time.UTC, commits: new(atomic.Int64)}
	village, township := storage.VillageScope("青山村"), storage.TownshipScope("青山镇")
	const key = "青山村三组网格群|陈二"
	q := []byte(`{"kind":"confirm","text":"3号院门口的垃圾没人清理"}`)
	checking := func() (context.Context, *taking) {
		tk := &taking{scope: village, kept: storage.AskAnswered(key, q).DecidedOn(q)}
		return context.WithValue(t.Context(), takingKey{}, tk), tk
	}
	made := func(sc storage.Scope, id string) bool {
		t.Helper()
		res, err := st.Commit(t.Context(), storage.Change{Scope: sc, MsgID: id})
		if err != nil {
			t.Fatal(err)
		}
		return res.Duplicate
	}
	ctx, tk := checking()
	if _, err := s.Commit(ctx, storage.Change{Scope: township, MsgID: "m1"}); !errors.Is(err, errAskCopy) || !tk.refused {
		t.Fatalf("a commit in another scope first: %v (refused %v), want errAskCopy", err, tk.refused)
	}
	if made(township, "m1") {
		t.Fatal("the commit in another scope was made before the check")
	}
	// the copy is stale (nothing is kept): its check refuses, and then
	// nothing commits, in any scope
	ctx, tk = checking()
	if _, err := s.Commit(ctx, storage.Change{Scope: village, MsgID: "m2"}); !errors.Is(err, storage.ErrAskChanged) || !tk.refused {
		t.Fatalf("the checking commit on a stale copy: %v (refused %v), want ErrAskChanged", err, tk.refused)
	}
	if _, err := s.Commit(ctx, storage.Change{Scope: village, MsgID: "m3"}); !errors.Is(err, errAskCopy) {
		t.Fatalf("a commit after the refusal: %v, want errAskCopy", err)
	}
	if made(village, "m2") || made(village, "m3") {
		t.Fatal("a commit of the refused answer was made")
	}
}
