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
	if _, err := st.EvidenceOf(ctx, vs, key); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("EvidenceOf with nothing kept: %v, want ErrNotFound", err)
	}
	keep := func(v map[string]any) storage.Kept {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return storage.Evidence(key, b, 10*time.Minute)
	}
	c := village.Claim{Village: "青山村", Household: "QS-301", Person: "张三", Indicator: "QJ05", Status: village.ClaimPending}
	d, err := storage.ClaimDoc(c, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Docs: []storage.Doc{d},
		Keep: []storage.Kept{keep(map[string]any{"ref": storage.RefPlaceholder, "note": `\u0001REF\u0001`})}}); err != nil {
		t.Fatal(err)
	}
	b, err := st.EvidenceOf(ctx, vs, key)
	var got map[string]string
	if err != nil || json.Unmarshal(b, &got) != nil || got["ref"] != "C1" || got["note"] != `\u0001REF\u0001` {
		t.Fatalf("kept %s, %v; want ref C1 and the typed text untouched", b, err)
	}

	read := func() village.Claim {
		raw, err := st.Doc(ctx, vs, storage.ClaimKind, 1)
		if err != nil {
			t.Fatal(err)
		}
		c, err := storage.DecodeClaim(raw)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	attach := func(c village.Claim, msg, img string) (storage.Result, error) {
		c.Images = append(c.Images, img)
		d, err := storage.ClaimDoc(c, c.Status)
		if err != nil {
			t.Fatal(err)
		}
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
	if b, _ := st.EvidenceOf(ctx, vs, key); string(b) != `{"ref":"C1","told":true}` {
		t.Errorf("kept %s after the attach", b)
	}
}
