package wechat

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/eatmoreapple/openwechat"
	"github.com/google/go-cmp/cmp"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/config"
	"gridbot/config/configtest"
	"gridbot/understand"
)

// memBox is an in-memory outbox with the storage outbox's semantics.
type memBox struct {
	mu       sync.Mutex
	queued   []bot.Envelope
	inflight map[string]bot.Envelope
	sent     []string
	unknown  []string
	requeued int
	attempts map[string]int
	dead     []string
}

func newMemBox(texts ...string) *memBox {
	b := &memBox{inflight: map[string]bot.Envelope{}, attempts: map[string]int{}}
	for i, text := range texts {
		b.queued = append(b.queued, bot.Envelope{Key: strconv.Itoa(i), Outbound: bot.Outbound{To: "群", Kind: bot.Group, Text: text}})
	}
	return b
}

func (b *memBox) Next(_ context.Context, max int) ([]bot.Envelope, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := min(max, len(b.queued))
	out := append([]bot.Envelope(nil), b.queued[:n]...)
	b.queued = b.queued[n:]
	for _, e := range out {
		b.inflight[e.Key] = e
	}
	return out, nil
}

func (b *memBox) Done(_ context.Context, sent bool, envs ...bot.Envelope) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range envs {
		delete(b.inflight, e.Key)
		if sent {
			b.sent = append(b.sent, e.Text)
		} else {
			b.unknown = append(b.unknown, e.Text)
		}
	}
	return nil
}

func (b *memBox) Abandoned(context.Context) ([]bot.Envelope, error) { return nil, nil }

func (b *memBox) Release(_ context.Context, envs ...bot.Envelope) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range envs {
		delete(b.inflight, e.Key)
		b.queued = append(b.queued, e)
		b.requeued++
	}
	sort.Slice(b.queued, func(i, j int) bool { return b.queued[i].Key < b.queued[j].Key })
	return nil
}

// Resume queues the rest of a message cut off between its parts.
func (b *memBox) Resume(_ context.Context, e bot.Envelope, rest string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.inflight, e.Key)
	e.Text = rest
	b.queued = append([]bot.Envelope{e}, b.queued...)
	b.requeued++
	return nil
}

// Retry queues a message not delivered again at once, and sets it aside
// after its fifth attempt.
func (b *memBox) Retry(_ context.Context, envs ...bot.Envelope) ([]bot.Envelope, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	var dead []bot.Envelope
	for _, e := range envs {
		delete(b.inflight, e.Key)
		if b.attempts[e.Key]++; b.attempts[e.Key] >= 5 {
			b.dead = append(b.dead, e.Text)
			dead = append(dead, e)
			continue
		}
		b.queued = append(b.queued, e)
	}
	return dead, nil
}

func (b *memBox) DeadLetters(context.Context) (int64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return int64(len(b.dead)), nil
}

func (b *memBox) QueueLen(context.Context) (int64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return int64(len(b.queued)), nil
}

// fakeWire records when each text went out; fail answers the first sends.
type fakeWire struct {
	mu    sync.Mutex
	start time.Time
	at    []time.Duration
	tries int
	fail  []error
}

func (w *fakeWire) SendText(_ context.Context, _, _ string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.tries++
	if len(w.fail) > 0 {
		err := w.fail[0]
		w.fail = w.fail[1:]
		return err
	}
	w.at = append(w.at, time.Since(w.start))
	return nil
}

func testConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg := configtest.Load(t, "../../config.example.yaml")
	cfg.Outbound.Interval = config.Duration(time.Second)
	cfg.Outbound.Jitter = 0
	cfg.WeChat.PerMinute = 3
	cfg.WeChat.Backoff = config.Duration(2 * time.Minute)
	return cfg
}

// onlineTransport is a Transport that is logged in over w.
func onlineTransport(t *testing.T, cfg *config.Config, box Outbox, w wire) *Transport {
	tr := New(Options{Config: cfg, Outbox: box, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	tr.wire = w
	tr.groupUser["群"] = "@@g"
	tr.st.state = StateOnline
	return tr
}

func TestPacingOnFakeTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newMemBox("一", "二", "三", "四", "五")
		w := &fakeWire{start: time.Now()}
		tr := onlineTransport(t, testConfig(t), box, w)
		ctx, cancel := context.WithCancel(t.Context())
		d := bot.NewDispatcher(&gate{t: tr}, tr, tr.dispatcherOptions())
		go func() { _ = d.Run(ctx) }()
		time.Sleep(10 * time.Minute)
		cancel()
		synctest.Wait()

		// One a second, and no more than three a minute.
		want := []time.Duration{0, time.Second, 2 * time.Second, 60 * time.Second, 61 * time.Second}
		if diff := cmp.Diff(w.at, want); diff != "" {
			t.Errorf("send times (-got +want):\n%s", diff)
		}
		if diff := cmp.Diff(box.sent, []string{"一", "二", "三", "四", "五"}); diff != "" {
			t.Errorf("sent (-got +want):\n%s", diff)
		}
	})
}

func TestTooFrequentBacksOffOnFakeTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newMemBox("一", "二")
		w := &fakeWire{start: time.Now(), fail: []error{openwechat.Ret(1205), openwechat.Ret(1205)}}
		tr := onlineTransport(t, testConfig(t), box, w)
		ctx, cancel := context.WithCancel(t.Context())
		d := bot.NewDispatcher(&gate{t: tr}, tr, tr.dispatcherOptions())
		go func() { _ = d.Run(ctx) }()
		time.Sleep(time.Hour)
		cancel()
		synctest.Wait()

		// Refused at 0 (pause 2m), refused again at 2m (pause doubles to
		// 4m), sent at 6m; nothing lost, nothing of unknown outcome.
		want := []time.Duration{6 * time.Minute, 6*time.Minute + time.Second}
		if diff := cmp.Diff(w.at, want); diff != "" {
			t.Errorf("send times (-got +want):\n%s", diff)
		}
		if w.tries != 4 || box.requeued != 2 || len(box.unknown) != 0 || len(box.sent) != 2 {
			t.Errorf("tries %d, requeued %d, unknown %q, sent %q; want 4, 2, none, both", w.tries, box.requeued, box.unknown, box.sent)
		}
	})
}

func TestLostAnswerIsUnknownNotResent(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newMemBox("一", "二")
		w := &fakeWire{start: time.Now(), fail: []error{openwechat.NetworkErr}}
		tr := onlineTransport(t, testConfig(t), box, w)
		ctx, cancel := context.WithCancel(t.Context())
		d := bot.NewDispatcher(&gate{t: tr}, tr, tr.dispatcherOptions())
		go func() { _ = d.Run(ctx) }()
		time.Sleep(time.Minute)
		cancel()
		synctest.Wait()
		if w.tries != 2 || len(box.unknown) != 1 || box.unknown[0] != "一" || box.requeued != 0 {
			t.Errorf("tries %d, unknown %q, requeued %d; want 2 tries, 一 unknown, none requeued", w.tries, box.unknown, box.requeued)
		}
	})
}

func TestLivenessAlertsOnceAndRecovers(t *testing.T) {
	var mu sync.Mutex
	var got []map[string]string
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]string
		_ = json.NewDecoder(r.Body).Decode(&m)
		mu.Lock()
		got = append(got, m)
		mu.Unlock()
	}))
	defer hook.Close()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	cfg := testConfig(t)
	tr := onlineTransport(t, cfg, newMemBox(), &fakeWire{})
	tr.o.Now = func() time.Time { return now }
	var logs bytes.Buffer
	tr.o.Alerts = NewAlerter(AlerterOptions{URL: hook.URL, Kind: "json", Account: "a1", Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	tr.st.lastSync, tr.st.since = now, now

	ctx := context.Background()
	now = now.Add(4 * time.Minute)
	tr.checkLiveness(ctx)
	now = now.Add(2*time.Minute + 7*time.Second)
	tr.checkLiveness(ctx)
	tr.checkLiveness(ctx)
	tr.synced()
	tr.checkLiveness(ctx)

	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 {
		t.Fatalf("alerts %v, want one for the silence and one for the recovery", got)
	}
	if !strings.Contains(got[0]["text"], "已经6分钟没有收到") || got[0]["account"] != "a1" || got[0]["state"] != StateOnline {
		t.Errorf("silence alert = %v", got[0])
	}
	if !strings.Contains(got[1]["text"], "又能收发") {
		t.Errorf("recovery alert = %v", got[1])
	}
	// The recovery is good news: logged at Info, not as an error to look into.
	if l := logs.String(); strings.Count(l, "level=ERROR msg=ALERT") != 1 || !strings.Contains(l, "level=INFO msg=ALERT") {
		t.Errorf("alerts logged as:\n%s\nwant the silence at ERROR and the recovery at INFO", l)
	}
}

// TestLLMPauseToldOnce: the model paused is told in the terminal once,
// however often the breaker retries and pauses again, and its recovery
// once.
func TestLLMPauseToldOnce(t *testing.T) {
	tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
	var term bytes.Buffer
	tr.o.Terminal = &term
	state := "up"
	tr.o.LLM = func() understand.Health { return understand.Health{Model: "m1", State: state} }
	for _, state = range []string{"up", "paused", "retrying", "paused", "retrying", "up", "up"} {
		tr.checkLLM()
	}
	got := term.String()
	if strings.Count(got, "注意：大模型 m1 连续出错或回答太慢") != 1 || strings.Count(got, "大模型 m1 又能用了") != 1 ||
		strings.Index(got, "连续出错") > strings.Index(got, "又能用了") {
		t.Errorf("terminal:\n%s\nwant the pause once, then the recovery once", got)
	}
}

func TestHealthz(t *testing.T) {
	tr := New(Options{Config: testConfig(t), Outbox: newMemBox("一"), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	rec := httptest.NewRecorder()
	tr.HealthHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	var h Health
	if err := json.Unmarshal(rec.Body.Bytes(), &h); err != nil {
		t.Fatal(err)
	}
	if rec.Code != http.StatusServiceUnavailable || h.State != StateStarting || h.LoggedIn || h.Outbound != 1 {
		t.Errorf("healthz = %d %+v, want 503, starting, 1 queued", rec.Code, h)
	}
}

// TestIdentities drives the guard with the example roster: role holders
// only by remark name; self-chosen names may name villagers only.
func TestIdentities(t *testing.T) {
	cfg := testConfig(t)
	a, err := app.Open(app.Options{Config: cfg, RosterFS: os.DirFS("../.."), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	id := NewIdentities(a.Dir, []string{"青山村"}, a.People)
	tests := []struct {
		name         string
		village      string
		s            Sender
		want         string
		wantVerified bool
	}{
		{"leader by remark", "青山村", Sender{Remark: "李四", Display: "随便", Nick: "青山李四"}, "李四", true},
		{"villager renamed to the leader", "青山村", Sender{Display: "李四", Nick: "李四"}, "李四(未核实)", false},
		{"villager using the leader's nickname", "青山村", Sender{Nick: "青山李四"}, "青山李四(未核实)", false},
		{"officer's name copied", "青山村", Sender{Display: "孙七"}, "孙七(未核实)", false},
		{"admin's name copied in private", "", Sender{Nick: "吴九"}, "吴九(未核实)", false},
		{"villager by display name", "青山村", Sender{Display: "张三", Nick: "x"}, "张三", false},
		{"villager by nickname", "青山村", Sender{Nick: "三哥"}, "三哥", false},
		{"stranger", "青山村", Sender{Display: "路人甲"}, "路人甲", false},
		{"remark not in roster falls back", "青山村", Sender{Remark: "村口小卖部", Display: "张三"}, "张三", false},
		{"no name at all", "青山村", Sender{}, "微信用户(未核实)", false},
		{"elder without WeChat's name shown", "青山村", Sender{Display: "王奶奶", Nick: "x"}, "王奶奶(未核实)", false},
		{"leader whose remark is his nickname", "青山村", Sender{Remark: "青山李四", Display: "随便"}, "李四", true},
		{"with @", "青山村", Sender{Display: "@李四"}, "李四(未核实)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, verified := id.From(tt.village, tt.s)
			if got != tt.want || verified != tt.wantVerified {
				t.Errorf("From(%q, %+v) = %q, %v; want %q, %v", tt.village, tt.s, got, verified, tt.want, tt.wantVerified)
			}
			if !tt.wantVerified {
				if p, err := a.Dir.Lookup("青山村", got); err == nil && privileged(p) {
					t.Errorf("%q resolves to role holder %s", got, p.Name)
				}
			}
		})
	}
}

func TestParsers(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`"李四"修改群名为“三组大家庭”`, "三组大家庭"},
		{`你修改群名为"新群"`, "新群"},
		{`张三加入了群聊`, ""},
	} {
		if got := renamedTo(tt.in); got != tt.want {
			t.Errorf("renamedTo(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct {
		in, want string
		found    bool
	}{
		{"@网格小助手\u2005确认 #R1", "确认 #R1", true},
		{"确认 #R1 @网格小助手", "确认 #R1", true},
		{"@小助手 帮助", "帮助", true},
		{"@王五\u2005去看看", "@王五\u2005去看看", false},
	} {
		got, found := stripMentions(tt.in, []string{"网格小助手", "小助手"})
		if got != tt.want || found != tt.found {
			t.Errorf("stripMentions(%q) = %q, %v; want %q, %v", tt.in, got, found, tt.want, tt.found)
		}
	}
}

// shownState is a State that counts SetShown calls.
type shownState struct {
	State
	set []string
}

func (s *shownState) Check(context.Context) error                           { return nil }
func (s *shownState) Seen(context.Context, string) (bool, error)            { return false, nil }
func (s *shownState) MarkSeen(context.Context, string, time.Duration) error { return nil }
func (s *shownState) SetShown(_ context.Context, chat, name, shown string) error {
	s.set = append(s.set, chat+"|"+name+"|"+shown)
	return nil
}

// TestShownKeptOnlyWhenItChanges: the name a member shows is written to
// Redis when it is learnt or changes, not at every message.
func TestShownKeptOnlyWhenItChanges(t *testing.T) {
	cfg := testConfig(t)
	a, err := app.Open(app.Options{Config: cfg, RosterFS: os.DirFS("../.."), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	st := &shownState{}
	tr := New(Options{Config: cfg, Outbox: newMemBox(), State: st, Handler: bot.HandlerFunc(func(context.Context, bot.Message) error { return nil }),
		Identities: NewIdentities(a.Dir, []string{"青山村"}, a.People), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	const chat = "青山村三组网格群"
	for i, shown := range []string{"四哥", "四哥", "四哥", "老四", "李四", "李四"} {
		it := item{kind: kText, msg: bot.Message{ID: strconv.Itoa(i), Chat: chat, Text: "待办"}, display: shown, sender: Sender{Remark: "李四", Display: shown}}
		tr.identify(&it)
		tr.handle(t.Context(), it)
	}
	want := []string{chat + "|李四|四哥", chat + "|李四|老四", chat + "|李四|"}
	if diff := cmp.Diff(st.set, want); diff != "" {
		t.Errorf("kept (-got +want):\n%s", diff)
	}
}
