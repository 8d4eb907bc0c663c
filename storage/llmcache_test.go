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
	got, err := st.LLMUsage(ctx, "2026-03-02")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, map[string]int64{"calls": 3, "prompt_tokens": 1200, "completion_tokens": 150}); diff != "" {
		t.Errorf("usage (-got +want):\n%s", diff)
	}
}
