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
