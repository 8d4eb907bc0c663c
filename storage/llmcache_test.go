package storage_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

func TestAskTakenByCommitAndExpires(t *testing.T) {
	st := storagetest.New(t)
	ctx := t.Context()
	const key = "青山村三组网格群|张三"
	if _, err := st.Asked(ctx, vs, key); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("Asked with nothing asked: %v, want ErrNotFound", err)
	}
	ask := storage.Ask(key, []byte(`{"kind":"confirm"}`), 30*time.Minute)
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Keep: []storage.Kept{ask}}); err != nil {
		t.Fatal(err)
	}
	if ttl := st.AskTTL(ctx, vs, key); ttl <= 29*time.Minute || ttl > 30*time.Minute {
		t.Errorf("TTL = %v, want about 30m", ttl)
	}
	if ttl := st.AskTTL(ctx, vs, "青山村三组网格群|李四"); ttl > 0 {
		t.Errorf("another person has a question: TTL %v", ttl)
	}
	b, err := st.Asked(ctx, vs, key)
	if err != nil || string(b) != `{"kind":"confirm"}` {
		t.Fatalf("Asked = %q, %v", b, err)
	}
	if b, err := st.Asked(ctx, vs, key); err != nil || string(b) != `{"kind":"confirm"}` {
		t.Fatalf("read again: Asked = %q, %v; want it still there (reading takes nothing)", b, err)
	}
	// the commit that acts on the answer takes it; a repeat of that
	// message commits nothing
	taken := storage.Change{Scope: vs, MsgID: "m2", Keep: []storage.Kept{storage.AskTaken(key)}}
	if _, err := st.Commit(ctx, taken); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Asked(ctx, vs, key); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("after the answer's commit: %v, want ErrNotFound (answered once)", err)
	}
}

// TestKeptAfter: a kept value with After is kept after the key's value
// when that begins with After, on a line of its own; otherwise it
// replaces it.
func TestKeptAfter(t *testing.T) {
	st := storagetest.New(t)
	ctx := t.Context()
	const key = "青山村三组网格群|张三"
	keep := func(id, body string) {
		t.Helper()
		k := storage.Ask(key, []byte(body), 30*time.Minute)
		k.After = `{"kind":"confirm"`
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: id, Keep: []storage.Kept{k}}); err != nil {
			t.Fatal(err)
		}
	}
	keep("m1", `{"kind":"confirm","text":"a"}`)
	keep("m2", `{"kind":"confirm","text":"b"}`)
	b, err := st.Asked(ctx, vs, key)
	if want := "{\"kind\":\"confirm\",\"text\":\"a\"}\n{\"kind\":\"confirm\",\"text\":\"b\"}"; err != nil || string(b) != want {
		t.Fatalf("Asked = %q, %v; want %q", b, err, want)
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Keep: []storage.Kept{storage.Ask(key, []byte(`{"kind":"dup"}`), time.Minute)}}); err != nil {
		t.Fatal(err)
	}
	keep("m4", `{"kind":"confirm","text":"c"}`)
	if b, err := st.Asked(ctx, vs, key); err != nil || string(b) != `{"kind":"confirm","text":"c"}` {
		t.Errorf("after another kind: Asked = %q, %v; want it replaced", b, err)
	}
}

// TestAskAnswered: the commit acting on an answer takes the lines it
// answers, once each, and leaves the others with their expiry, including
// one kept after them meanwhile; the key goes with its last line, and
// taking from nothing is no error.
func TestAskAnswered(t *testing.T) {
	st := storagetest.New(t)
	ctx := t.Context()
	const key = "青山村三组网格群|张三"
	commit := func(id string, k storage.Kept) {
		t.Helper()
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: id, Keep: []storage.Kept{k}}); err != nil {
			t.Fatal(err)
		}
	}
	asked := func(want string) {
		t.Helper()
		b, err := st.Asked(ctx, vs, key)
		if want == "" {
			if !errors.Is(err, storage.ErrNotFound) {
				t.Fatalf("Asked = %q, %v; want ErrNotFound", b, err)
			}
			return
		}
		if err != nil || string(b) != want {
			t.Fatalf("Asked = %q, %v; want %q", b, err, want)
		}
	}
	a, d, c := `{"kind":"confirm","text":"a"}`, `{"kind":"dup","ref":"R1"}`, `{"kind":"confirm","text":"c"}`
	commit("m0", storage.AskAnswered(key, []byte(a)))
	asked("")
	commit("m1", storage.Ask(key, []byte(a), 30*time.Minute))
	for i, body := range []string{d, c} {
		k := storage.Ask(key, []byte(body), 30*time.Minute)
		k.After = `{"kind":"`
		commit(fmt.Sprint("m2.", i), k)
	}
	asked(a + "\n" + d + "\n" + c)
	commit("m3", storage.AskAnswered(key, []byte(a), []byte(c)))
	asked(d)
	if ttl := st.AskTTL(ctx, vs, key); ttl <= 29*time.Minute || ttl > 30*time.Minute {
		t.Errorf("TTL = %v, want the one it had, about 30m", ttl)
	}
	commit("m4", storage.AskAnswered(key, []byte(a)))
	asked(d)
	commit("m5", storage.AskAnswered(key, []byte(d)))
	asked("")
	// at most 8 wait: the oldest go first
	var want []string
	for i := range 10 {
		body := fmt.Sprintf(`{"kind":"confirm","text":"%d"}`, i)
		k := storage.Ask(key, []byte(body), 30*time.Minute)
		k.After = `{"kind":"`
		commit(fmt.Sprint("m6.", i), k)
		want = append(want, body)
	}
	asked(strings.Join(want[2:], "\n"))
}

func TestLLMCacheAndUsage(t *testing.T) {
	st := storagetest.New(t)
	ctx := t.Context()
	if _, ok, err := st.LLMReading(ctx, "k1"); ok || err != nil {
		t.Fatalf("LLMReading of nothing = %v, %v", ok, err)
	}
	if err := st.PutLLMReading(ctx, "k1", []byte(`{"intent":"noise"}`), 7*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	b, ok, err := st.LLMReading(ctx, "k1")
	if err != nil || !ok || string(b) != `{"intent":"noise"}` {
		t.Errorf("LLMReading = %q, %v, %v", b, ok, err)
	}
	if ttl := st.LLMReadingTTL(ctx, "k1"); ttl <= 6*24*time.Hour {
		t.Errorf("cache TTL = %v, want about 7d", ttl)
	}
	for range 3 {
		if err := st.AddLLMUsage(ctx, "2026-03-02", map[string]int64{"calls": 1, "prompt_tokens": 400, "completion_tokens": 50, "failures": 0}); err != nil {
			t.Fatal(err)
		}
	}
	got := storagetest.Must(st.LLMUsage(ctx, "2026-03-02"))(t)
	if diff := cmp.Diff(got, map[string]int64{"calls": 3, "prompt_tokens": 1200, "completion_tokens": 150}); diff != "" {
		t.Errorf("usage (-got +want):\n%s", diff)
	}
}

// TestAskedCopy: the questions this store's commits kept, after one
// another or with the answered ones dropped, are read back from its copy
// with no round trip, as Redis holds them. A change decided on a copy
// another store made stale (a question kept after it there) is refused,
// changing nothing, and the copy is forgotten; decided on what Redis
// holds, it is made. A copy is never read past the question's TTL.
func TestAskedCopy(t *testing.T) {
	srv := storagetest.NeedServer(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	a := storagetest.Must(storage.New(storage.Options{URL: srv.URL, Timeout: storagetest.Timeout, Now: func() time.Time { return now }}))(t)
	t.Cleanup(func() { _ = a.Close() })
	b := storagetest.Open(t, srv.URL)
	ctx := t.Context()
	const key = "青山村三组网格群|张三"
	q1, q2, q3 := `{"kind":"confirm","text":"a"}`, `{"kind":"confirm","text":"b"}`, `{"kind":"confirm","text":"c"}`
	keep := func(st *storage.Store, id, body string) {
		t.Helper()
		k := storage.Ask(key, []byte(body), 30*time.Minute)
		k.After = `{"kind":"`
		if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: id, Keep: []storage.Kept{k}}); err != nil {
			t.Fatal(err)
		}
	}
	copied := func(want string) []byte {
		t.Helper()
		got, ok := a.AskedCopy(vs, key)
		if want == "" && ok || want != "" && string(got) != want {
			t.Fatalf("AskedCopy = %q, %v; want %q", got, ok, want)
		}
		return got
	}
	copied("")
	keep(a, "m1", q1)
	before := a.RoundTrips()
	copied(q1)
	keep(a, "m2", q2)
	cp := copied(q1 + "\n" + q2)
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Keep: []storage.Kept{storage.AskAnswered(key, []byte(q1)).DecidedOn(cp)}}); err != nil {
		t.Fatal(err)
	}
	cp = copied(q2)
	if n := a.RoundTrips() - before; n != 2 {
		t.Errorf("%d round trips, want 2 (the commits)", n)
	}
	// another process keeps a question after a's: a's copy is stale, and
	// what is decided on it is refused
	keep(b, "b1", q3)
	_, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m4", Create: true, Report: newReport("3号院门口的垃圾没人清理"),
		Keep: []storage.Kept{storage.AskAnswered(key, []byte(q2)).DecidedOn(cp)}})
	if !errors.Is(err, storage.ErrAskChanged) {
		t.Fatalf("a change decided on a stale copy: %v, want ErrAskChanged", err)
	}
	if reps, err := a.Reports(ctx, vs); err != nil || len(reps) != 0 {
		t.Fatalf("reports after the refused change: %+v, %v; want none", reps, err)
	}
	copied("")
	stored, err := a.Asked(ctx, vs, key)
	if err != nil || string(stored) != q2+"\n"+q3 {
		t.Fatalf("Asked = %q, %v; want both", stored, err)
	}
	if _, err := a.Commit(ctx, storage.Change{Scope: vs, MsgID: "m4", Keep: []storage.Kept{storage.AskAnswered(key, []byte(q2)).DecidedOn(stored)}}); err != nil {
		t.Fatal(err)
	}
	// what a drop left is kept as long as Redis keeps it
	copied(q3)
	if ttl := a.AskTTL(ctx, vs, key); ttl <= 29*time.Minute {
		t.Errorf("TTL after the drop = %v, want it kept from b's ask", ttl)
	}
	now = now.Add(30 * time.Minute)
	copied("")
	keep(a, "m5", q1)
	copied(q3 + "\n" + q1)
	now = now.Add(30 * time.Minute)
	copied("")
}

// TestAskedAtGuards: a value kept with Followed is read with its
// generation; a commit decided on that read (another process's, say)
// fails with ErrConflict once the value was written since, and commits
// while it was not.
func TestAskedAtGuards(t *testing.T) {
	st := storagetest.New(t)
	ctx := t.Context()
	raw, read, err := st.AskedAt(ctx, vs, "ids")
	if err != nil || raw != nil {
		t.Fatalf("AskedAt with nothing kept = %q, %v", raw, err)
	}
	// a decision made on "nothing bound" while another process binds
	bind := storage.Ask("ids", []byte("幸福一家人\t陈小凤"), time.Hour)
	bind.Followed = true
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m1", Keep: []storage.Kept{bind}}); err != nil {
		t.Fatal(err)
	}
	stale := storage.Change{Scope: vs, MsgID: "m2", Reads: []storage.IndexRead{read}, Keep: []storage.Kept{storage.Ask("x", []byte("1"), time.Hour)}}
	if _, err := st.Commit(ctx, stale); !errors.Is(err, storage.ErrConflict) {
		t.Fatalf("commit decided on the value before it was bound: %v, want ErrConflict", err)
	}
	raw, read, err = st.AskedAt(ctx, vs, "ids")
	if err != nil || string(raw) != "幸福一家人\t陈小凤" {
		t.Fatalf("AskedAt = %q, %v", raw, err)
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m3", Reads: []storage.IndexRead{read}}); err != nil {
		t.Fatalf("commit decided on the value as it is: %v", err)
	}
	// a plain write (not Followed) of another key raises nothing
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m4", Keep: []storage.Kept{storage.Ask("ids2", []byte("a"), time.Hour)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Commit(ctx, storage.Change{Scope: vs, MsgID: "m5", Reads: []storage.IndexRead{read}}); err != nil {
		t.Fatalf("after another key's write: %v", err)
	}
}
