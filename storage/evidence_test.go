package storage_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// A claim's creation keeps what names it for the sender's later photos
// (its reference, assigned in the commit); attaching a photo is one commit
// of the claim and the kept value, once per message id, and refused when
// the claim changed since it was read.
func TestEvidenceAttachIsAtomicAndOnce(t *testing.T) {
	st := storagetest.New(t)
	ctx := t.Context()
	const key = "青山村三组网格群|张三"
	if item, wait, err := st.EvidenceOf(ctx, vs, key); item != nil || wait != nil || err != nil {
		t.Fatalf("EvidenceOf with nothing kept: %q, %q, %v", item, wait, err)
	}
	keep := func(v map[string]any) storage.Kept {
		b := storagetest.Must(json.Marshal(v))(t)
		return storage.Evidence(key, b, 10*time.Minute)
	}
	c := village.Claim{Village: "青山村", Household: "QS-301", Person: "张三", Indicator: "QJ05", Status: village.ClaimPending}
	d := storagetest.Must(storage.ClaimDoc(c, ""))(t)
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Docs: []storage.Doc{d},
		Keep: []storage.Kept{keep(map[string]any{"ref": storage.RefPlaceholder, "note": `\u0001REF\u0001`})}}); err != nil {
		t.Fatal(err)
	}
	b, _, err := st.EvidenceOf(ctx, vs, key)
	var got map[string]string
	if err != nil || json.Unmarshal(b, &got) != nil || got["ref"] != "C1" || got["note"] != `\u0001REF\u0001` {
		t.Fatalf("kept %s, %v; want ref C1 and the typed text untouched", b, err)
	}

	read := func() village.Claim {
		raw := storagetest.Must(st.Doc(ctx, vs, storage.ClaimKind, 1))(t)
		return storagetest.Must(storage.DecodeClaim(raw))(t)
	}
	attach := func(c village.Claim, msg, img string) (storage.Result, error) {
		c.Images = append(c.Images, img)
		d := storagetest.Must(storage.ClaimDoc(c, c.Status))(t)
		return st.Commit(ctx, storage.Change{Scope: vs, MsgID: msg, Docs: []storage.Doc{d},
			Keep: []storage.Kept{keep(map[string]any{"ref": "C1", "told": true})}})
	}
	before := read()
	if _, err := attach(before, "img1", "a.jpg"); err != nil {
		t.Fatal(err)
	}
	if res, err := attach(read(), "img1", "a.jpg"); err != nil || !res.Duplicate {
		t.Errorf("the same photo again: %+v, %v; want a duplicate", res, err)
	}
	if _, err := attach(before, "img2", "b.jpg"); !errors.Is(err, storage.ErrConflict) {
		t.Errorf("attach to a claim read before the last change: %v, want ErrConflict", err)
	}
	if c := read(); !slices.Equal(c.Images, []string{"a.jpg"}) {
		t.Errorf("images %q, want [a.jpg] once", c.Images)
	}
	if b, _, _ := st.EvidenceOf(ctx, vs, key); string(b) != `{"ref":"C1","told":true}` {
		t.Errorf("kept %s after the attach", b)
	}
	// An attach decided on an item the sender has made another since.
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "img3", Unchanged: storage.EvidenceIs(key, []byte(`{"ref":"C1"}`)),
		Keep: []storage.Kept{keep(map[string]any{"ref": "C1", "told": true})}}); !errors.Is(err, storage.ErrKeptChanged) {
		t.Errorf("attach on an item read before: %v, want ErrKeptChanged", err)
	}
}

// A commit that assumes no photo waits fails while one does; made again
// on the photos as read, it takes them (deletes them) with the item.
func TestEvidenceWaitingGuard(t *testing.T) {
	st := storagetest.New(t)
	ctx := t.Context()
	const key = "青山村三组网格群|张三"
	photos := []byte(`[{"path":"a.jpg"}]`)
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "img1", Keep: []storage.Kept{storage.Waiting(key, photos, 10*time.Minute)},
		Unchanged: storage.WaitingAre(key, nil)}); err != nil {
		t.Fatal(err)
	}
	report := func(msg string, guard *storage.Kept, keep ...storage.Kept) error {
		r := village.Report{Village: "青山村", Grid: "三组", Status: village.StatusNew, Text: "路灯坏了"}
		_, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: msg, Create: true, Report: &r, Keep: keep, Unchanged: guard})
		return err
	}
	if err := report("m1", storage.WaitingAre(key, nil)); !errors.Is(err, storage.ErrKeptChanged) {
		t.Fatalf("a report assuming no photo waits: %v, want ErrKeptChanged", err)
	}
	if err := report("m1", storage.WaitingAre(key, []byte(`[]`))); !errors.Is(err, storage.ErrKeptChanged) {
		t.Fatalf("a report assuming other photos: %v, want ErrKeptChanged", err)
	}
	if _, wait, _ := st.EvidenceOf(ctx, vs, key); string(wait) != string(photos) {
		t.Fatalf("waiting after refused commits: %q", wait)
	}
	if err := report("m1", storage.WaitingAre(key, photos), storage.WaitingTaken(key)); err != nil {
		t.Fatal(err)
	}
	if _, wait, _ := st.EvidenceOf(ctx, vs, key); wait != nil {
		t.Errorf("waiting after the report took them: %q", wait)
	}
	if rs, err := st.Reports(ctx, vs); err != nil || len(rs) != 1 {
		t.Errorf("reports %d, %v; want the one made last", len(rs), err)
	}
}

// EvidenceKnown: nothing known before a start; after it, what another
// store kept was copied, a key with no copy is none, and a hold decided on
// a stale none (WaitingOn) is refused, changing nothing, and leaves the key
// unknown (ok false) rather than none.
func TestEvidenceKnownAfterStart(t *testing.T) {
	srv := storagetest.NeedServer(t)
	a, b := storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	ctx := t.Context()
	const key, other = "青山村三组网格群|张三", "青山村三组网格群|陈二"
	if _, _, ok := a.EvidenceKnown(vs, key); ok {
		t.Fatal("EvidenceKnown before the start: ok, want unknown")
	}
	held := []byte(`[{"path":"a.jpg"}]`)
	if _, err := b.Commit(ctx, storage.Change{Scope: vs, MsgID: "b1", Keep: []storage.Kept{storage.Waiting(key, held, 10*time.Minute)}}); err != nil {
		t.Fatal(err)
	}
	if err := a.LoadScripts(ctx); err != nil {
		t.Fatal(err)
	}
	if item, wait, ok := a.EvidenceKnown(vs, key); !ok || item != nil || string(wait) != string(held) {
		t.Fatalf("EvidenceKnown of b's photos after the start: %q, %q, %v", item, wait, ok)
	}
	if item, wait, ok := a.EvidenceKnown(vs, other); !ok || item != nil || wait != nil {
		t.Fatalf("EvidenceKnown of a key nothing kept: %q, %q, %v; want none, known", item, wait, ok)
	}
	// b holds 陈二's photo after a's start: a's none is stale.
	if _, err := b.Commit(ctx, storage.Change{Scope: vs, MsgID: "b2", Keep: []storage.Kept{storage.Waiting(other, held, 10*time.Minute)}}); err != nil {
		t.Fatal(err)
	}
	mine := []byte(`[{"path":"b.jpg"}]`)
	_, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "a1", Keep: []storage.Kept{storage.WaitingOn(other, mine, nil, 10*time.Minute)},
		Unchanged: storage.EvidenceIs(other, nil)})
	if !errors.Is(err, storage.ErrAskChanged) {
		t.Fatalf("a hold on a stale none: %v, want ErrAskChanged", err)
	}
	if _, wait, _ := a.EvidenceOf(ctx, vs, other); string(wait) != string(held) {
		t.Errorf("waiting after the refused hold: %q, want b's", wait)
	}
	if _, _, ok := a.EvidenceKnown(vs, other); ok {
		t.Error("EvidenceKnown after a refused hold: ok, want unknown")
	}
}
