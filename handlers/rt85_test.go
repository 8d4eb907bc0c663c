package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// chenAsk is the key of the questions waiting for 陈二 in 三组's group.
const chenAsk = g3 + "|青山村/QS-302/陈二"

// TestWitnessFirstReadThenCopies (rt85): on a store whose start copied no
// questions (unstarted), 陈二's side of his frozen item naming a witness
// reads the claims and his questions once; his next such words are
// decided on the copies and the none that read left (1 round trip), the
// commit checking that none still holds. The same message again (a crash
// after its commit, resent) records nothing twice.
func TestWitnessFirstReadThenCopies(t *testing.T) {
	pb := witnessFrozen(t)
	first := bot.Message{ID: "w1", Chat: g3, From: "陈二", Text: "我去了的 王五可以作证"}
	if n := pb.trips(t, first); n != 2 {
		t.Errorf("first words: %d round trips, want 2 (a read, a commit)", n)
	}
	next := bot.Message{ID: "w2", Chat: g3, From: "陈二", Text: "我去了的 王五可以作证"}
	if n := pb.trips(t, next); n != 1 {
		t.Errorf("next words: %d round trips, want 1 (decided on the copies)", n)
	}
	if n := pb.trips(t, next); n != 1 {
		t.Errorf("the same message again: %d round trips, want 1 (a duplicate)", n)
	}
	if c := pb.claim("C2"); len(c.Explained) != 2 {
		t.Errorf("C2 explained %+v, want 陈二's two words once each", c.Explained)
	}
}

// TestWitnessOnSeenNoneAfterAnotherReplica (rt85): the none a read left
// is stale once another process asks 陈二 something: the words decided
// on it are refused by the commit's check (storage.AskAbsent) and handled
// again on his questions as stored, nothing recorded twice.
func TestWitnessOnSeenNoneAfterAnotherReplica(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg, dir := exampleVillage(t)
	ast, bst := storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	a := witnessFrozenOn(t, pointsBotOn(t, cfg, dir, ast, ast))
	a.trips(t, bot.Message{ID: "w1", Chat: g3, From: "陈二", Text: "我去了的 王五可以作证"})
	if !ast.AskedNoneSeen(qs, chenAsk) {
		t.Fatalf("no none seen for %s after his words were read", chenAsk)
	}
	// another process asks him (a question kept under his key)
	ctx := context.Background()
	if _, err := bst.Commit(ctx, storage.Change{Scope: qs, MsgID: "other-ask", Keep: []storage.Kept{storage.Ask(chenAsk, []byte("{}"), time.Hour)}}); err != nil {
		t.Fatal(err)
	}
	n := a.trips(t, bot.Message{ID: "w2", Chat: g3, From: "陈二", Text: "我去了的 王五可以作证"})
	if n < 2 {
		t.Errorf("words after another process asked: %d round trips, want the refused commit and the read", n)
	}
	if c := a.claim("C2"); len(c.Explained) > 2 {
		t.Errorf("C2 explained %+v, want each word at most once", c.Explained)
	}
}

// BenchmarkNoticeResentToReplica: the office's 通知 of each round made by
// one process (unmeasured) reaches another process too (the same message
// id, measured): that one did not make it, so its commit goes between
// the villages' mirror marks, finds a duplicate, and puts the mirrors back
// (rt81: 2 round trips, the floor without a script across scopes, rt85).
func BenchmarkNoticeResentToReplica(b *testing.B) {
	srv := storagetest.NeedServer(b)
	cfg, dir := exampleVillage(b)
	ast, bst := storagetest.Open(b, srv.URL), storagetest.Open(b, srv.URL)
	pa, pb := pointsBotOn(b, cfg, dir, ast, ast), pointsBotOn(b, cfg, dir, bst, bst)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("notice-%d", i), Chat: "青山镇网格工作群", From: "孙七", Text: fmt.Sprintf("通知 三组 明天下午3点在村委会领取暖补贴第%d批，请带身份证", i+1)}
		pa.trips(b, m)
		pb.now = pa.now
		trips, n = trips+pb.trips(b, m), n+1
		pa.now = pb.now
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
