package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// fakeOutbox is an in-memory Outbox: a priority queue (most urgent first,
// then first in), the set of claimed envelopes, and the final state of
// every envelope that was acknowledged.
type fakeOutbox struct {
	mu      sync.Mutex
	seq     int
	queue   []queued            // sorted by priority, then seq
	claimed map[string]Envelope // in flight
	state   map[string]string   // key → "sent" or "unknown"
	nextErr error
	lostErr error
}

type queued struct {
	seq int
	env Envelope
}

func newFakeOutbox() *fakeOutbox {
	return &fakeOutbox{claimed: map[string]Envelope{}, state: map[string]string{}}
}

// push queues a message and returns its key, "k1", "k2", ….
func (b *fakeOutbox) push(p Priority, to, text string) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq++
	key := fmt.Sprintf("k%d", b.seq)
	b.queue = append(b.queue, queued{b.seq, Envelope{Key: key, Src: "src-" + key,
		Outbound: Outbound{To: to, Kind: Group, Priority: p, Text: text}}})
	slices.SortStableFunc(b.queue, func(x, y queued) int {
		if x.env.Priority != y.env.Priority {
			return int(x.env.Priority - y.env.Priority)
		}
		return x.seq - y.seq
	})
	return key
}

func (b *fakeOutbox) Next(_ context.Context, max int) ([]Envelope, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.nextErr != nil {
		return nil, b.nextErr
	}
	n := min(max, len(b.queue))
	var out []Envelope
	for _, q := range b.queue[:n] {
		b.claimed[q.env.Key] = q.env
		out = append(out, q.env)
	}
	b.queue = b.queue[n:]
	return out, nil
}

func (b *fakeOutbox) Done(_ context.Context, sent bool, envs ...Envelope) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range envs {
		if _, ok := b.claimed[e.Key]; !ok {
			return fmt.Errorf("fake outbox: done %s: not claimed", e.Key)
		}
		delete(b.claimed, e.Key)
		b.state[e.Key] = map[bool]string{true: "sent", false: "unknown"}[sent]
	}
	return nil
}

func (b *fakeOutbox) Release(_ context.Context, envs ...Envelope) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range envs {
		if _, ok := b.claimed[e.Key]; !ok {
			return fmt.Errorf("fake outbox: release %s: not claimed", e.Key)
		}
		delete(b.claimed, e.Key)
		var seq int
		fmt.Sscanf(e.Key, "k%d", &seq)
		b.queue = append(b.queue, queued{seq, e})
	}
	slices.SortStableFunc(b.queue, func(x, y queued) int {
		if x.env.Priority != y.env.Priority {
			return int(x.env.Priority - y.env.Priority)
		}
		return x.seq - y.seq
	})
	return nil
}

// Resume puts the rest of a message back at the head of the queue.
func (b *fakeOutbox) Resume(_ context.Context, e Envelope, rest string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.claimed[e.Key]; !ok {
		return fmt.Errorf("fake outbox: resume %s: not claimed", e.Key)
	}
	delete(b.claimed, e.Key)
	e.Text = rest
	b.queue = append([]queued{{0, e}}, b.queue...)
	return nil
}

// Retry records an attempt ("retry" state).
func (b *fakeOutbox) Retry(_ context.Context, envs ...Envelope) ([]Envelope, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range envs {
		if _, ok := b.claimed[e.Key]; !ok {
			return nil, fmt.Errorf("fake outbox: retry %s: not claimed", e.Key)
		}
		delete(b.claimed, e.Key)
		b.state[e.Key] = "retry"
	}
	return nil, nil
}

func (b *fakeOutbox) Abandoned(context.Context) ([]Envelope, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.lostErr != nil {
		return nil, b.lostErr
	}
	var out []Envelope
	for _, k := range slices.Sorted(mapsKeys(b.claimed)) {
		out = append(out, b.claimed[k])
		b.state[k] = "unknown"
		delete(b.claimed, k)
	}
	return out, nil
}

func mapsKeys(m map[string]Envelope) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// states returns the acknowledged states, and "claimed" or "queued" for the
// others.
func (b *fakeOutbox) states() map[string]string {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := map[string]string{}
	for k, v := range b.state {
		out[k] = v
	}
	for k := range b.claimed {
		out[k] = "claimed"
	}
	for _, q := range b.queue {
		out[q.env.Key] = "queued"
	}
	return out
}

// fakeSender records what it was asked to send; fail, when set, decides
// the error for each message.
type fakeSender struct {
	mu     sync.Mutex
	texts  []string
	events *[]string // shared with a recording Sleep, when set
	fail   func(o Outbound) error
}

func (s *fakeSender) Send(_ context.Context, o Outbound) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.texts = append(s.texts, o.Text)
	if s.events != nil {
		*s.events = append(*s.events, "send "+o.Text)
	}
	if s.fail != nil {
		return s.fail(o)
	}
	return nil
}

func (s *fakeSender) sent() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.texts)
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// noSleep fails the test if the dispatcher pauses.
func noSleep(tb testing.TB) func(context.Context, time.Duration) error {
	tb.Helper()
	return func(_ context.Context, d time.Duration) error {
		tb.Errorf("Sleep(%v) called", d)
		return nil
	}
}

func mustDrain(tb testing.TB, d *Dispatcher) int {
	tb.Helper()
	n, err := d.Drain(tb.Context())
	if err != nil {
		tb.Fatalf("Drain: %v", err)
	}
	return n
}

func TestDrainMostUrgentFirst(t *testing.T) {
	for _, batch := range []int{1, 2, 3, 10} {
		t.Run(fmt.Sprintf("batch %d", batch), func(t *testing.T) {
			box := newFakeOutbox()
			box.push(Bulk, "青山村三组网格群", "每日汇总")
			box.push(Normal, "青山村三组网格群", "已登记 #R1")
			box.push(Urgent, "镇应急值班群", "突发事件 #R2 着火")
			box.push(Normal, "张三", "已受理 #R1")
			box.push(Urgent, "青山村三组网格群", "请拨打119")
			snd := &fakeSender{}
			d := NewDispatcher(box, snd, DispatcherOptions{Interval: -1, Batch: batch, Logger: discardLogger(), Sleep: noSleep(t)})

			if got, want := mustDrain(t, d), 5; got != want {
				t.Errorf("Drain sent %d; want %d", got, want)
			}
			want := []string{"突发事件 #R2 着火", "请拨打119", "已登记 #R1", "已受理 #R1", "每日汇总"}
			if diff := cmp.Diff(snd.sent(), want); diff != "" {
				t.Errorf("send order (-got +want):\n%s", diff)
			}
			wantStates := map[string]string{"k1": "sent", "k2": "sent", "k3": "sent", "k4": "sent", "k5": "sent"}
			if diff := cmp.Diff(box.states(), wantStates); diff != "" {
				t.Errorf("outbox states (-got +want):\n%s", diff)
			}
		})
	}
}

func TestDrainEmpty(t *testing.T) {
	d := NewDispatcher(newFakeOutbox(), &fakeSender{}, DispatcherOptions{Logger: discardLogger(), Sleep: noSleep(t)})
	if got := mustDrain(t, d); got != 0 {
		t.Errorf("Drain of an empty outbox sent %d", got)
	}
}

func TestDrainNextError(t *testing.T) {
	box := newFakeOutbox()
	box.nextErr = errors.New("redis: connection refused")
	d := NewDispatcher(box, &fakeSender{}, DispatcherOptions{Logger: discardLogger(), Sleep: noSleep(t)})
	n, err := d.Drain(t.Context())
	if n != 0 || !errors.Is(err, box.nextErr) {
		t.Errorf("Drain = %d, %v; want 0 and the outbox error", n, err)
	}
}

// reassembles reports whether parts, concatenated, give text with only some
// newlines left out between parts.
func reassembles(text string, parts []string) bool {
	rest := text
	for _, p := range parts {
		for !strings.HasPrefix(rest, p) {
			if !strings.HasPrefix(rest, "\n") {
				return false
			}
			rest = rest[1:]
		}
		rest = rest[len(p):]
	}
	return strings.Trim(rest, "\n") == ""
}

func checkSplit(tb testing.TB, text string, max int, parts []string) {
	tb.Helper()
	if !reassembles(text, parts) {
		tb.Errorf("Split(%q, %d) = %q does not reassemble the text", text, max, parts)
	}
	if strings.ReplaceAll(strings.Join(parts, ""), "\n", "") != strings.ReplaceAll(text, "\n", "") {
		tb.Errorf("Split(%q, %d) = %q lost or added text", text, max, parts)
	}
	if len(parts) == 1 && parts[0] == text {
		return // unsplit
	}
	for i, p := range parts {
		if p == "" {
			tb.Errorf("Split(%q, %d): part %d is empty: %q", text, max, i, parts)
		}
		if n := utf8.RuneCountInString(p); max > 0 && n > max {
			tb.Errorf("Split(%q, %d): part %d has %d runes", text, max, i, n)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		max  int
		want []string
	}{
		{"short", "村口路灯坏了", 10, []string{"村口路灯坏了"}},
		{"exactly max", "一二三四", 4, []string{"一二三四"}},
		{"no limit", "一二三四五六\n七八九", 0, []string{"一二三四五六\n七八九"}},
		{"empty", "", 5, []string{""}},
		{"counts runes not bytes", "一二三\n四五", 6, []string{"一二三\n四五"}},
		{"lines packed up to max", "一二三\n四五六\n七八九", 7, []string{"一二三", "四五六\n七八九"}},
		{"one line a part", "一二三\n四五六\n七八九", 4, []string{"一二三", "四五六", "七八九"}},
		{"long single line hard split", "一二三四五六七八九十", 4, []string{"一二三四", "五六七八", "九十"}},
		{"long line between short ones", "标题\n一二三四五六七八九十\n尾", 4, []string{"标题", "一二三四", "五六七八", "九十\n尾"}},
		{"line of exactly max before another", "一二三\n四五六", 3, []string{"一二三", "四五六"}},
		{"blank lines at a cut", "一二\n\n\n三四", 2, []string{"一二", "三四"}},
		{"trailing newline", "一二三\n", 2, []string{"一二", "三"}},
		{"emoji", "👍👍👍", 2, []string{"👍👍", "👍"}},
		{"only newlines", "\n\n\n", 1, nil},
		{"last line not left alone", "一二三\n四五六\n七八九\n十", 12,
			[]string{"一二三\n四五六", "七八九\n十"}},
		{"even parts", "一二\n三四\n五六\n七八\n九十\n甲乙\n丙丁", 14,
			[]string{"一二\n三四\n五六", "七八\n九十\n甲乙\n丙丁"}},
		{"a line of exactly max ends a part", "一二三\n四五六", 3, []string{"一二三", "四五六"}},
		{"cut between the joined summaries", "【早报】\n一二三\n\n【回访】\n四五六\n七八九\n\n【月报】\n甲乙丙", 30,
			[]string{"【早报】\n一二三", "【回访】\n四五六\n七八九\n\n【月报】\n甲乙丙"}},
		{"blank line rather than even", "【早报】\n一二三\n\n【月报】\n四五六\n七八九\n甲乙丙\n丁戊己", 25,
			[]string{"【早报】\n一二三", "【月报】\n四五六\n七八九\n甲乙丙\n丁戊己"}},
		{"a paragraph longer than max is cut inside", "一二三\n四五六\n\n七八", 4, []string{"一二三", "四五六", "七八"}},
		{"a long line is cut after a sentence", "一二三四五。六七八九十甲乙丙", 8, []string{"一二三四五。", "六七八九十甲乙丙"}},
		{"after a comma when no sentence ends", "一二三四五，六七八九十甲乙丙", 8, []string{"一二三四五，", "六七八九十甲乙丙"}},
		{"never inside a phone number", "各位村民注意防火安全联系孙七13900000007谢谢", 20, []string{"各位村民注意防火安全联系孙七", "13900000007谢谢"}},
		{"a number longer than the last third is cut", "一二1234567890", 6, []string{"一二1234", "567890"}},
		{"digest", "【每日汇总】\n#R1 路灯 已受理\n#R2 垃圾 处理中\n#R3 低保 已办结", 21,
			[]string{"【每日汇总】\n#R1 路灯 已受理", "#R2 垃圾 处理中\n#R3 低保 已办结"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.text, tt.max)
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Split(%q, %d) (-got +want):\n%s", tt.text, tt.max, diff)
			}
			checkSplit(t, tt.text, tt.max, got)
			checkEven(t, tt.text, tt.max, got)
		})
	}
}

// checkEven fails when parts are more than needed, or when moving a whole
// line between two neighbouring parts would make them more even (a part
// left short, e.g. a lone last line, that could take a line of the part
// before it). Texts with blank lines are only checked for the count.
func checkEven(tb testing.TB, text string, max int, parts []string) {
	tb.Helper()
	if max <= 0 || len(parts) < 2 {
		return
	}
	if greedy := greedySplit(text, max); len(parts) > len(greedy) {
		tb.Errorf("Split(%q, %d) = %q: %d parts, %q needs %d", text, max, parts, len(parts), greedy, len(greedy))
	}
	runes := utf8.RuneCountInString
	for i := 0; i+1 < len(parts); i++ {
		a, b := parts[i], parts[i+1]
		if strings.Contains(text, "\n\n") {
			continue
		}
		if runes(a)+1+runes(b) <= max {
			tb.Errorf("Split(%q, %d) = %q: parts %d and %d fit in one", text, max, parts, i, i+1)
		}
		square := func(s ...string) int {
			n := 0
			for _, p := range s {
				n += runes(p) * runes(p)
			}
			return n
		}
		if cut := strings.LastIndex(a, "\n"); cut >= 0 {
			a2, b2 := a[:cut], a[cut+1:]+"\n"+b
			if runes(b2) <= max && square(a2, b2) < square(a, b) {
				tb.Errorf("Split(%q, %d) = %q: parts %d and %d are more even as %q, %q", text, max, parts, i, i+1, a2, b2)
			}
		}
		if cut := strings.Index(b, "\n"); cut >= 0 {
			a2, b2 := a+"\n"+b[:cut], b[cut+1:]
			if runes(a2) <= max && square(a2, b2) < square(a, b) {
				tb.Errorf("Split(%q, %d) = %q: parts %d and %d are more even as %q, %q", text, max, parts, i, i+1, a2, b2)
			}
		}
	}
}

// greedySplit is the plain packing (each part as full as it goes), the
// count Split must not exceed.
func greedySplit(text string, max int) []string {
	var parts []string
	var cur strings.Builder
	curLen := 0
	flush := func() {
		if p := strings.Trim(cur.String(), "\n"); p != "" {
			parts = append(parts, p)
		}
		cur.Reset()
		curLen = 0
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		n := utf8.RuneCountInString(line)
		if curLen+n > max {
			flush()
		}
		for n > max {
			rs := []rune(line)
			k := longCut(rs, max)
			parts = append(parts, string(rs[:k]))
			line = string(rs[k:])
			n -= k
		}
		cur.WriteString(line)
		curLen += n
	}
	flush()
	return parts
}

func FuzzSplit(f *testing.F) {
	f.Add("一二三\n四五六\n七八九\n十", 12)
	f.Add("一二\n三四\n五六\n七八\n九十\n甲乙\n丙丁", 14)
	f.Add("一二三\n四五六\n七八九", 4)
	f.Add("一二\n\n\n三四", 2)
	f.Add("一二三\n四五六", 3)
	f.Add("\n\n\n", 1)
	f.Add("各位村民注意防火安全联系孙七13900000007谢谢。一二三", 20)
	f.Fuzz(func(t *testing.T, text string, max int) {
		max = max % 64
		if !utf8.ValidString(text) {
			return // transports hand over valid UTF-8
		}
		parts := Split(text, max)
		checkSplit(t, text, max, parts)
		checkEven(t, text, max, parts)
	})
}

// recordSleep returns a Sleep that appends "sleep" to events and records
// each duration.
func recordSleep(events *[]string, durations *[]time.Duration) func(context.Context, time.Duration) error {
	return func(_ context.Context, d time.Duration) error {
		*events = append(*events, "sleep")
		*durations = append(*durations, d)
		return nil
	}
}

func TestDrainPacing(t *testing.T) {
	tests := []struct {
		name     string
		interval time.Duration
		jitter   time.Duration
		wantMin  time.Duration // every pause within [wantMin, wantMax)
		wantMax  time.Duration
	}{
		{"default interval", 0, 0, time.Second, time.Second + 1},
		{"fixed interval", 2 * time.Second, 0, 2 * time.Second, 2*time.Second + 1},
		{"with jitter", time.Second, 300 * time.Millisecond, time.Second, 1300 * time.Millisecond},
		{"tiny jitter", time.Second, 1, time.Second, time.Second + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			box := newFakeOutbox()
			box.push(Normal, "青山村三组网格群", "一二三四五六") // two parts
			box.push(Normal, "青山村三组网格群", "好")
			for i := range 20 {
				box.push(Normal, "青山村一组网格群", fmt.Sprintf("汇总%d", i))
			}
			var events []string
			var pauses []time.Duration
			snd := &fakeSender{events: &events}
			d := NewDispatcher(box, snd, DispatcherOptions{Interval: tt.interval, Jitter: tt.jitter, MaxChars: 4,
				Batch: 3, Logger: discardLogger(), Sleep: recordSleep(&events, &pauses)})
			mustDrain(t, d)

			// Every part is followed by one pause.
			want := []string{"send 一二三四", "sleep", "send 五六", "sleep", "send 好", "sleep"}
			for i := range 20 {
				want = append(want, fmt.Sprintf("send 汇总%d", i), "sleep")
			}
			if diff := cmp.Diff(events, want); diff != "" {
				t.Errorf("sends and pauses (-got +want):\n%s", diff)
			}
			for i, p := range pauses {
				if p < tt.wantMin || p >= tt.wantMax {
					t.Errorf("pause %d = %v; want within [%v, %v)", i, p, tt.wantMin, tt.wantMax)
				}
			}
		})
	}
}

func TestDrainNoPacing(t *testing.T) {
	box := newFakeOutbox()
	box.push(Normal, "青山村三组网格群", "一二三四五六")
	box.push(Urgent, "青山村三组网格群", "着火了")
	snd := &fakeSender{}
	d := NewDispatcher(box, snd, DispatcherOptions{Interval: -1, Jitter: time.Second, MaxChars: 4, Logger: discardLogger(), Sleep: noSleep(t)})
	mustDrain(t, d)
	if diff := cmp.Diff(snd.sent(), []string{"着火了", "一二三四", "五六"}); diff != "" {
		t.Errorf("sent (-got +want):\n%s", diff)
	}
}

func TestDrainUnknownOutcome(t *testing.T) {
	for _, batch := range []int{1, 3} {
		t.Run(fmt.Sprintf("batch %d", batch), func(t *testing.T) {
			box := newFakeOutbox()
			box.push(Normal, "g", "A")
			box.push(Normal, "g", "B")
			box.push(Normal, "g", "C")
			snd := &fakeSender{fail: func(o Outbound) error {
				if o.Text == "B" {
					return fmt.Errorf("wechat: connection reset: %w", ErrUnknownOutcome)
				}
				return nil
			}}
			d := NewDispatcher(box, snd, DispatcherOptions{Interval: -1, Batch: batch, Logger: discardLogger()})
			n, err := d.Drain(t.Context())
			if err != nil {
				t.Fatalf("Drain: %v", err)
			}
			if n != 2 {
				t.Errorf("Drain sent %d; want 2", n)
			}
			if diff := cmp.Diff(snd.sent(), []string{"A", "B", "C"}); diff != "" {
				t.Errorf("send attempts (-got +want):\n%s", diff)
			}
			want := map[string]string{"k1": "sent", "k2": "unknown", "k3": "sent"}
			if diff := cmp.Diff(box.states(), want); diff != "" {
				t.Errorf("outbox states (-got +want):\n%s", diff)
			}
		})
	}
}

func TestDrainSendError(t *testing.T) {
	refused := errors.New("wechat: not logged in")
	tests := []struct {
		name      string
		batch     int
		wantSent  int
		wantTries []string
		want      map[string]string
	}{
		{"refused message and rest of batch back in the queue", 3, 1, []string{"A", "B"},
			map[string]string{"k1": "sent", "k2": "queued", "k3": "queued", "k4": "queued"}},
		{"batch of one", 1, 1, []string{"A", "B"},
			map[string]string{"k1": "sent", "k2": "queued", "k3": "queued", "k4": "queued"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			box := newFakeOutbox()
			for _, s := range []string{"A", "B", "C", "D"} {
				box.push(Normal, "g", s)
			}
			snd := &fakeSender{fail: func(o Outbound) error {
				if o.Text == "B" {
					return refused
				}
				return nil
			}}
			d := NewDispatcher(box, snd, DispatcherOptions{Interval: -1, Batch: tt.batch, Logger: discardLogger()})
			n, err := d.Drain(t.Context())
			if !errors.Is(err, refused) {
				t.Errorf("Drain error = %v; want it to wrap %v", err, refused)
			}
			if n != tt.wantSent {
				t.Errorf("Drain sent %d; want %d", n, tt.wantSent)
			}
			if diff := cmp.Diff(snd.sent(), tt.wantTries); diff != "" {
				t.Errorf("send attempts (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(box.states(), tt.want); diff != "" {
				t.Errorf("outbox states (-got +want):\n%s", diff)
			}
		})
	}
}

// TestDrainCancelledDuringPause ends the context in the pause after the
// n-th part: whatever was fully sent is recorded sent, the message cut
// between its parts is unknown, and the rest of the claimed batch goes back
// in the queue.
func TestDrainCancelledDuringPause(t *testing.T) {
	tests := []struct {
		name      string
		cancelAt  int // 1-based pause that ends the context
		wantTries []string
		want      map[string]string
	}{
		{"after the first message", 1, []string{"A"},
			map[string]string{"k1": "sent", "k2": "queued", "k3": "queued", "k4": "queued"}},
		{"between the parts of a message", 2, []string{"A", "一二三四"}, // the rest, 五六, is queued
			map[string]string{"k1": "sent", "k2": "queued", "k3": "queued", "k4": "queued"}},
		{"after the last message of the batch", 4, []string{"A", "一二三四", "五六", "C"},
			map[string]string{"k1": "sent", "k2": "sent", "k3": "sent", "k4": "queued"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			box := newFakeOutbox()
			for _, s := range []string{"A", "一二三四五六", "C", "D"} {
				box.push(Normal, "g", s)
			}
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			pauses := 0
			sleep := func(ctx context.Context, _ time.Duration) error {
				if pauses++; pauses == tt.cancelAt {
					cancel()
				}
				return ctx.Err()
			}
			snd := &fakeSender{}
			d := NewDispatcher(box, snd, DispatcherOptions{MaxChars: 4, Batch: 3, Logger: discardLogger(), Sleep: sleep})
			_, err := d.Drain(ctx)
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Drain error = %v; want context.Canceled", err)
			}
			if diff := cmp.Diff(snd.sent(), tt.wantTries); diff != "" {
				t.Errorf("sent (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(box.states(), tt.want); diff != "" {
				t.Errorf("outbox states (-got +want):\n%s", diff)
			}
		})
	}
}

// logRecords decodes the JSON lines a slog.JSONHandler wrote.
func logRecords(tb testing.TB, buf *bytes.Buffer) []map[string]any {
	tb.Helper()
	var out []map[string]any
	dec := json.NewDecoder(buf)
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			tb.Fatalf("decode log: %v", err)
		}
		delete(m, "time")
		out = append(out, m)
	}
	return out
}

func TestRecover(t *testing.T) {
	box := newFakeOutbox()
	box.push(Urgent, "镇应急值班群", "突发事件 #R2")
	box.push(Normal, "青山村三组网格群", "已登记 #R1")
	box.push(Bulk, "青山村三组网格群", "每日汇总")
	// A crashed sender claimed two messages and never acknowledged them.
	if _, err := box.Next(t.Context(), 2); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	snd := &fakeSender{}
	d := NewDispatcher(box, snd, DispatcherOptions{Interval: -1, Logger: slog.New(slog.NewJSONHandler(&buf, nil))})

	if err := d.Recover(t.Context()); err != nil {
		t.Fatalf("Recover: %v", err)
	}
	if got := snd.sent(); len(got) != 0 {
		t.Errorf("Recover sent %q", got)
	}
	msg := "outbound message of unknown outcome after a crash; not re-sent, check the chat"
	wantLog := []map[string]any{
		{"level": "WARN", "msg": msg, "to": "镇应急值班群", "kind": "group", "src": "src-k1", "text": "突发事件 #R2"},
		{"level": "WARN", "msg": msg, "to": "青山村三组网格群", "kind": "group", "src": "src-k2", "text": "已登记 #R1"},
	}
	if diff := cmp.Diff(logRecords(t, &buf), wantLog); diff != "" {
		t.Errorf("log (-got +want):\n%s", diff)
	}

	// The abandoned messages are never sent again; the queued one is.
	mustDrain(t, d)
	if diff := cmp.Diff(snd.sent(), []string{"每日汇总"}); diff != "" {
		t.Errorf("sent after Recover (-got +want):\n%s", diff)
	}
	want := map[string]string{"k1": "unknown", "k2": "unknown", "k3": "sent"}
	if diff := cmp.Diff(box.states(), want); diff != "" {
		t.Errorf("outbox states (-got +want):\n%s", diff)
	}
}

func TestRecoverError(t *testing.T) {
	box := newFakeOutbox()
	box.lostErr = errors.New("redis: timeout")
	d := NewDispatcher(box, &fakeSender{}, DispatcherOptions{Logger: discardLogger()})
	if err := d.Recover(t.Context()); !errors.Is(err, box.lostErr) {
		t.Errorf("Recover error = %v; want it to wrap %v", err, box.lostErr)
	}
}

func TestRecoverShortensLongText(t *testing.T) {
	box := newFakeOutbox()
	long := strings.Repeat("很长的汇总", 20)
	box.push(Bulk, "g", long)
	if _, err := box.Next(t.Context(), 1); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	d := NewDispatcher(box, &fakeSender{}, DispatcherOptions{Logger: slog.New(slog.NewJSONHandler(&buf, nil))})
	if err := d.Recover(t.Context()); err != nil {
		t.Fatal(err)
	}
	recs := logRecords(t, &buf)
	if len(recs) != 1 {
		t.Fatalf("got %d log records; want 1", len(recs))
	}
	if got, want := recs[0]["text"], string([]rune(long)[:40])+"…"; got != want {
		t.Errorf("logged text = %q; want %q", got, want)
	}
}

// TestRunStopsWithInjectedSleep cancels the context from the first idle
// poll: Run has sent everything queued and returns nil.
func TestRunStopsWithInjectedSleep(t *testing.T) {
	box := newFakeOutbox()
	box.push(Normal, "g", "A")
	box.push(Urgent, "g", "B")
	// A crash left one in flight: Run reports it first and never sends it.
	box.push(Bulk, "g", "lost")
	box.mu.Lock()
	lost := box.queue[len(box.queue)-1]
	box.queue = box.queue[:len(box.queue)-1]
	box.claimed[lost.env.Key] = lost.env
	box.mu.Unlock()

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	const poll = 7 * time.Second
	var pauses []time.Duration
	sleep := func(ctx context.Context, d time.Duration) error {
		pauses = append(pauses, d)
		if d == poll {
			cancel()
		}
		return ctx.Err()
	}
	snd := &fakeSender{}
	d := NewDispatcher(box, snd, DispatcherOptions{Interval: time.Second, Poll: poll, Logger: discardLogger(), Sleep: sleep})
	if err := d.Run(ctx); err != nil {
		t.Fatalf("Run = %v; want nil", err)
	}
	if diff := cmp.Diff(snd.sent(), []string{"B", "A"}); diff != "" {
		t.Errorf("sent (-got +want):\n%s", diff)
	}
	if diff := cmp.Diff(pauses, []time.Duration{time.Second, time.Second, poll}); diff != "" {
		t.Errorf("pauses (-got +want):\n%s", diff)
	}
	want := map[string]string{"k1": "sent", "k2": "sent", "k3": "unknown"}
	if diff := cmp.Diff(box.states(), want); diff != "" {
		t.Errorf("outbox states (-got +want):\n%s", diff)
	}
}

// TestRunSynctest runs the dispatcher with its real timer on the bubble's
// fake clock: it paces, polls an empty outbox, picks up new messages and
// stops when the context is cancelled.
func TestRunSynctest(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newFakeOutbox()
		box.push(Normal, "g", "A")
		box.push(Normal, "g", "B")
		snd := &fakeSender{}
		d := NewDispatcher(box, snd, DispatcherOptions{Logger: discardLogger()}) // 1s interval, 500ms poll
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		go func() { done <- d.Run(ctx) }()

		synctest.Wait()
		if diff := cmp.Diff(snd.sent(), []string{"A"}); diff != "" {
			t.Fatalf("at 0s (-got +want):\n%s", diff)
		}
		time.Sleep(time.Second)
		synctest.Wait()
		if diff := cmp.Diff(snd.sent(), []string{"A", "B"}); diff != "" {
			t.Fatalf("at 1s (-got +want):\n%s", diff)
		}
		time.Sleep(time.Second) // B's pause ends; the outbox is empty; Run polls
		synctest.Wait()
		box.push(Urgent, "g", "C")
		time.Sleep(500 * time.Millisecond)
		synctest.Wait()
		if diff := cmp.Diff(snd.sent(), []string{"A", "B", "C"}); diff != "" {
			t.Fatalf("after a poll (-got +want):\n%s", diff)
		}

		cancel() // while Run pauses after C
		if err := <-done; err != nil {
			t.Errorf("Run = %v; want nil", err)
		}
		if diff := cmp.Diff(snd.sent(), []string{"A", "B", "C"}); diff != "" {
			t.Errorf("after cancel (-got +want):\n%s", diff)
		}
		want := map[string]string{"k1": "sent", "k2": "sent", "k3": "sent"}
		if diff := cmp.Diff(box.states(), want); diff != "" {
			t.Errorf("outbox states (-got +want):\n%s", diff)
		}
	})
}

// TestRunCancelledWhileIdle stops Run while it waits on an empty outbox.
func TestRunCancelledWhileIdle(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		d := NewDispatcher(newFakeOutbox(), &fakeSender{}, DispatcherOptions{Logger: discardLogger()})
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		go func() { done <- d.Run(ctx) }()
		time.Sleep(time.Hour)
		synctest.Wait()
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v; want nil", err)
		}
	})
}

// TestDrainCoalescesSummaries: summaries (Bulk) for the same chat claimed
// together go out as one message and are all recorded sent; other messages
// are not merged.
func TestDrainCoalescesSummaries(t *testing.T) {
	box := newFakeOutbox()
	box.push(Bulk, "一组", "一组小结")
	box.push(Bulk, "一组", "一组积分公示")
	box.push(Bulk, "镇", "早报")
	box.push(Normal, "一组", "回复")
	snd := &fakeSender{}
	d := NewDispatcher(box, snd, DispatcherOptions{Interval: -1, Batch: 4, Logger: discardLogger()})
	n := mustDrain(t, d)
	if n != 4 {
		t.Errorf("Drain sent %d; want 4 messages recorded sent", n)
	}
	want := []string{"回复", "一组小结\n\n一组积分公示", "早报"}
	if diff := cmp.Diff(snd.sent(), want); diff != "" {
		t.Errorf("sends (-got +want):\n%s", diff)
	}
	for k, st := range box.states() {
		if st != "sent" {
			t.Errorf("%s is %s, want sent", k, st)
		}
	}
}

// TestRunLogsOutageOnce: while the outbox fails (Redis down) Run logs the
// first failure as an error with what to do, the repeats at every poll at
// debug level only, and the recovery once with how long it lasted.
func TestRunLogsOutageOnce(t *testing.T) {
	box := newFakeOutbox()
	box.nextErr = errors.New("redis: connection refused")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	const poll = 500 * time.Millisecond
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	now, polls := start, 0
	sleep := func(ctx context.Context, d time.Duration) error {
		now = now.Add(d)
		switch polls++; polls {
		case 5: // Redis is back
			box.mu.Lock()
			box.nextErr = nil
			box.mu.Unlock()
		case 8:
			cancel()
		}
		return ctx.Err()
	}
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	d := NewDispatcher(box, &fakeSender{}, DispatcherOptions{Poll: poll, Logger: log, Sleep: sleep, Now: func() time.Time { return now }})
	if err := d.Run(ctx); err != nil {
		t.Fatalf("Run = %v; want nil", err)
	}
	var got []string
	for _, r := range logRecords(t, &buf) {
		line := fmt.Sprint(r["level"], " ", r["msg"])
		if r["level"] == "INFO" {
			line += fmt.Sprint(" down_for=", time.Duration(r["down_for"].(float64)), " failures=", r["failures"])
		}
		got = append(got, line)
	}
	if len(got) == 0 || !strings.Contains(got[0], "redis-server") {
		t.Errorf("first log %q; want an error that says what to do (redis-server)", got)
	}
	want := []string{"ERROR " + "dispatch: cannot drain the outbox; queued messages wait and go out once it works again (Redis down? is redis-server running? see README, Redis)"}
	for range 4 {
		want = append(want, "DEBUG dispatch: still failing")
	}
	want = append(want, "INFO dispatch: recovered down_for=3s failures=5")
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("log (-got +want):\n%s", diff)
	}
}

// TestRunLogsSendFailureOnce: while the Sender refuses (logged out) Run
// logs the first failure once as an error of sending, not of the outbox
// (it said "Redis down?"), the repeats at debug level, and the recovery
// once; the message goes out when sending works again.
func TestRunLogsSendFailureOnce(t *testing.T) {
	box := newFakeOutbox()
	box.push(Normal, "一组", "回复")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	tries := 0
	snd := &fakeSender{fail: func(Outbound) error {
		if tries++; tries <= 3 {
			return errors.New("wechat: logged out")
		}
		cancel()
		return nil
	}}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	sleep := func(ctx context.Context, d time.Duration) error {
		now = now.Add(d)
		return ctx.Err()
	}
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	d := NewDispatcher(box, snd, DispatcherOptions{Interval: -1, Poll: time.Second, Logger: log, Sleep: sleep, Now: func() time.Time { return now }})
	if err := d.Run(ctx); err != nil {
		t.Fatalf("Run = %v; want nil", err)
	}
	var got []string
	for _, r := range logRecords(t, &buf) {
		got = append(got, fmt.Sprint(r["level"], " ", r["msg"]))
	}
	want := []string{"ERROR dispatch: cannot send; the message stays in the queue and goes out once sending works again",
		"DEBUG dispatch: send: still failing", "DEBUG dispatch: send: still failing", "INFO dispatch: send: recovered"}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("log (-got +want):\n%s", diff)
	}
	if diff := cmp.Diff(snd.sent(), []string{"回复", "回复", "回复", "回复"}); diff != "" {
		t.Errorf("send attempts (-got +want):\n%s", diff)
	}
}
