package wechat

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/eatmoreapple/openwechat"

	"gridbot/bot"
)

// runDispatcher drains box through tr for d of fake time.
func runDispatcher(t *testing.T, tr *Transport, d time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	disp := bot.NewDispatcher(&gate{t: tr}, tr, tr.dispatcherOptions())
	go func() { _ = disp.Run(ctx) }()
	time.Sleep(d)
	cancel()
	synctest.Wait()
}

// A send that never reached WeChat (a dial or DNS error, nothing written)
// is not "unknown": sending pauses while the network is down and the
// message goes out afterwards.
func TestNetworkDownPausesSendingAndKeepsMessages(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newMemBox("一", "二", "三")
		dial := errors.Join(openwechat.NetworkErr, &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: network is unreachable")})
		dns := &net.DNSError{Err: "no such host", Name: "wx2.qq.com"}
		unwritten := errors.Join(errNotWritten, errors.New("tls: handshake failure"))
		w := &fakeWire{start: time.Now(), fail: []error{dial, dns, unwritten}}
		tr := onlineTransport(t, testConfig(t), box, w)
		runDispatcher(t, tr, 10*time.Minute)
		if len(box.unknown) != 0 || len(box.sent) != 3 {
			t.Errorf("unknown %q, sent %q; want all three sent", box.unknown, box.sent)
		}
		// paused 5s, 10s, 20s: the network was tried 4 times in all
		if w.tries != 6 || box.requeued != 3 {
			t.Errorf("tries %d, requeued %d; want 6 tries and 3 requeued", w.tries, box.requeued)
		}
	})
}

// WeChat's own refusal (-1 system error, 1203 restricted) means not
// delivered: tried again, not dropped as "unknown".
func TestRefusedByWeChatIsTriedAgain(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newMemBox("一", "二")
		w := &fakeWire{start: time.Now(), fail: []error{openwechat.Ret(-1), openwechat.Ret(1203)}}
		tr := onlineTransport(t, testConfig(t), box, w)
		runDispatcher(t, tr, 10*time.Minute)
		if len(box.unknown) != 0 || len(box.sent) != 2 {
			t.Errorf("unknown %q, sent %q; want both sent", box.unknown, box.sent)
		}
	})
}

// A message to a chat the account does not know (an unbound group) is tried
// a few times and then set aside as a dead letter, with an alert; it does
// not hold up the others.
func TestUndeliverableBecomesDeadLetter(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newMemBox("一", "二")
		box.queued[0].To, box.queued[0].Priority = "应急值班群", bot.Urgent
		alerts := &alertLog{}
		w := &fakeWire{start: time.Now()}
		tr := onlineTransport(t, testConfig(t), box, w)
		tr.o.Alerts = NewAlerter(AlerterOptions{Logger: alerts.logger()})
		runDispatcher(t, tr, 10*time.Minute)
		if len(box.dead) != 1 || len(box.sent) != 1 || len(box.unknown) != 0 {
			t.Errorf("dead %q, sent %q, unknown %q; want 一 dead, 二 sent", box.dead, box.sent, box.unknown)
		}
		if n, _ := box.DeadLetters(t.Context()); n != 1 {
			t.Errorf("dead letters = %d, want 1", n)
		}
		if got := alerts.Count("已放弃"); got != 1 {
			t.Errorf("%d dead-letter alerts, want 1: %q", got, alerts.All())
		}
		if got := alerts.Count("紧急消息没发出去"); got != 5 {
			t.Errorf("%d alerts of an undelivered emergency, want one per attempt (5): %q", got, alerts.All())
		}
	})
}

// alertLog captures the alerts an Alerter without a webhook logs.
type alertLog struct{ Received }

func (a *alertLog) logger() *slog.Logger {
	return slog.New(slog.NewJSONHandler(writerFunc(func(p []byte) (int, error) {
		var rec struct{ Msg, Text string }
		if json.Unmarshal(p, &rec) == nil && rec.Msg == "ALERT" {
			a.Add(rec.Text)
		}
		return len(p), nil
	}), nil))
}

type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// /healthz is 503 with the problems while the account is logged in but does
// not fully work: a township chat not bound, sending paused, no group.
func TestHealthReportsProblems(t *testing.T) {
	cfg := testConfig(t)
	tr := onlineTransport(t, cfg, newMemBox(), &fakeWire{})
	status := func() (int, Health) {
		rec := httptest.NewRecorder()
		tr.HealthHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		var h Health
		_ = json.Unmarshal(rec.Body.Bytes(), &h)
		return rec.Code, h
	}
	if code, h := status(); code != http.StatusOK {
		t.Fatalf("healthy transport: %d %+v", code, h)
	}
	tr.st.missing = []string{cfg.Township.EmergencyChat}
	if code, h := status(); code != http.StatusServiceUnavailable || len(h.Problems) != 1 {
		t.Errorf("emergency chat missing: %d %q", code, h.Problems)
	}
	tr.st.missing = nil
	tr.backoffTil = time.Now().Add(time.Minute)
	if code, h := status(); code != http.StatusServiceUnavailable || len(h.Problems) != 1 {
		t.Errorf("sending paused: %d %q", code, h.Problems)
	}
	tr.backoffTil = time.Time{}
	tr.groupUser = map[string]string{}
	if code, h := status(); code != http.StatusServiceUnavailable || len(h.Problems) != 1 {
		t.Errorf("no group bound: %d %q", code, h.Problems)
	}
}

// Every problem of /healthz has a Chinese line for the operator, in the
// same order, that says what to do; the English stays for monitoring.
func TestHealthSaysProblemsInChinese(t *testing.T) {
	cfg := testConfig(t)
	tr := onlineTransport(t, cfg, newMemBox(), &fakeWire{})
	tr.st.missing = []string{cfg.Township.EmergencyChat}
	tr.backoffTil = time.Now().Add(time.Minute)
	tr.st.silent = true
	healthz := func() (Health, string) {
		t.Helper()
		rec := httptest.NewRecorder()
		tr.HealthHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		var h Health
		if err := json.Unmarshal(rec.Body.Bytes(), &h); err != nil {
			t.Fatal(err)
		}
		return h, rec.Body.String()
	}
	h, body := healthz()
	want := []string{"no answer from WeChat's sync", "township chat not bound: " + cfg.Township.EmergencyChat, "sending paused"}
	if !slices.Equal(h.Problems, want) {
		t.Errorf("problems = %q, want %q", h.Problems, want)
	}
	zh := []string{"检查服务器网络", "绑定本群 " + cfg.Township.EmergencyChat, "不用管"}
	if len(h.ProblemsZH) != len(zh) {
		t.Fatalf("problems_zh = %q, want one line for each of %q", h.ProblemsZH, want)
	}
	for i, line := range h.ProblemsZH {
		if !strings.Contains(line, zh[i]) {
			t.Errorf("problems_zh[%d] = %q, want it to say %q", i, line, zh[i])
		}
	}
	if !strings.Contains(body, "请检查服务器网络") {
		t.Errorf("body escapes the Chinese: %s", body)
	}

	tr.st.missing, tr.backoffTil, tr.st.silent = nil, time.Time{}, false
	tr.st.state, tr.st.qrURL = StateWaitScan, "https://login.weixin.qq.com/l/abc"
	h, _ = healthz()
	if len(h.ProblemsZH) != 1 || !strings.Contains(h.ProblemsZH[0], "扫码") || !strings.Contains(h.ProblemsZH[0], tr.st.qrURL) {
		t.Errorf("waiting for a scan: problems_zh = %q, want the scan and its address", h.ProblemsZH)
	}

	// Logged out and retrying, with or without a kept login (the first
	// start on a machine not online yet has none): no promise that no
	// scan is needed.
	tr.st.state, tr.st.qrURL = StateLoggedOut, ""
	h, _ = healthz()
	if len(h.ProblemsZH) != 1 || !strings.Contains(h.ProblemsZH[0], "重试登录") || strings.Contains(h.ProblemsZH[0], "不用扫码") {
		t.Errorf("logged out, retrying: problems_zh = %q, want the retry and no promise of no scan", h.ProblemsZH)
	}
}

// A long message refused (1205) or of unknown outcome on a middle part
// keeps the parts not sent: they go out later, and only a part whose
// outcome is unknown is not sent again.
func TestCutOffMessageKeepsTheRest(t *testing.T) {
	for _, tt := range []struct {
		name string
		err  error
		want []string
	}{
		{"refused", openwechat.Ret(1205), []string{"一二三四五六七八九十", "二二三四五六七八九十", "三二三四五六七八九十"}},
		{"unknown", errors.New("connection reset"), []string{"一二三四五六七八九十", "三二三四五六七八九十"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				cfg := testConfig(t)
				cfg.Outbound.MaxChars = 10
				box := newMemBox("一二三四五六七八九十\n二二三四五六七八九十\n三二三四五六七八九十")
				w := &textWire{fail: map[int]error{2: tt.err}}
				tr := onlineTransport(t, cfg, box, w)
				runDispatcher(t, tr, time.Hour)
				if !slices.Equal(w.texts, tt.want) || len(box.unknown) != 0 || len(box.sent) != 1 {
					t.Errorf("parts sent %q (want %q), unknown %q, sent %q", w.texts, tt.want, box.unknown, box.sent)
				}
			})
		})
	}
}

// textWire records the texts sent; fail answers the n-th try (1-based).
type textWire struct {
	mu    sync.Mutex
	tries int
	fail  map[int]error
	texts []string
}

func (w *textWire) SendText(_ context.Context, _, text string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.tries++
	if err := w.fail[w.tries]; err != nil {
		return err
	}
	w.texts = append(w.texts, text)
	return nil
}

// While the account is not online the alert is repeated every half hour,
// and a webhook post that failed is tried again.
func TestOfflineAlertRepeatsAndFailedWebhookIsRetried(t *testing.T) {
	var mu sync.Mutex
	down := true
	var got []string
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]string
		_ = json.NewDecoder(r.Body).Decode(&m)
		mu.Lock()
		defer mu.Unlock()
		if down {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		got = append(got, m["text"])
	}))
	defer hook.Close()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
	tr.o.Now = func() time.Time { return now }
	tr.o.Alerts = NewAlerter(AlerterOptions{URL: hook.URL, Kind: "json", Account: "a1", Logger: slog.New(slog.DiscardHandler)})
	tr.setState(StateOnline)
	tr.setState(StateWaitScan) // logged out
	ctx := context.Background()
	for _, step := range []time.Duration{29 * time.Minute, 2 * time.Minute, 15 * time.Minute, 16 * time.Minute} {
		now = now.Add(step)
		tr.checkOffline(ctx) // alerts at 31m (webhook down) and at 62m
		if now.Sub(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)) > 40*time.Minute {
			mu.Lock()
			down = false
			mu.Unlock()
		}
	}
	tr.o.Alerts.Retry(ctx)
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 || !strings.Contains(got[0], "已经1小时2分钟不在线") || !strings.Contains(got[1], "已经31分钟不在线") {
		t.Errorf("webhook got %q; want the 62-minute alert, then the 31-minute one retried", got)
	}
}

// A shutdown while a send is on its way lets it finish: its outcome is
// learnt, not left unknown.
func TestShutdownLetsTheSendInFlightFinish(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newMemBox("一")
		w := &slowWire{started: make(chan struct{}), release: make(chan struct{})}
		tr := onlineTransport(t, testConfig(t), box, w)
		ctx, cancel := context.WithCancel(t.Context())
		disp := bot.NewDispatcher(&gate{t: tr}, tr, tr.dispatcherOptions())
		done := make(chan struct{})
		go func() { _ = disp.Run(ctx); close(done) }()
		<-w.started
		cancel()
		synctest.Wait() // a send cut off by the cancel would have ended by now
		close(w.release)
		<-done
		if len(box.sent) != 1 || len(box.unknown) != 0 {
			t.Errorf("sent %q, unknown %q; want 一 sent", box.sent, box.unknown)
		}
	})
}

// slowWire sends once released, or fails as a cut-off request when its
// context ends first.
type slowWire struct{ started, release chan struct{} }

func (w *slowWire) SendText(ctx context.Context, _, _ string) error {
	close(w.started)
	select {
	case <-w.release:
		return nil
	case <-ctx.Done():
		return errors.Join(openwechat.NetworkErr, errors.New("read: connection reset"))
	}
}

// A send answered with a logout code holds sending until the sync ends
// the session, rather than trying again every poll with dead credentials.
func TestLogoutAnswerHoldsSending(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newMemBox("一")
		w := &fakeWire{start: time.Now(), fail: []error{openwechat.Ret(1101)}}
		tr := onlineTransport(t, testConfig(t), box, w)
		runDispatcher(t, tr, 20*time.Second)
		if w.tries != 1 || len(box.sent) != 0 {
			t.Errorf("tries %d, sent %q within 20s of a logout answer; want 1 try", w.tries, box.sent)
		}
	})
}

// A private message to someone who is no friend of the bot (no remark name)
// is given up like any undeliverable one, but alerted once a day for each
// person, with the fix, not once for every message; a message to a friend
// goes out meanwhile.
func TestNoFriendAlertedOnceADay(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		box := newMemBox("一", "二", "三", "四", "五")
		for i, to := range []string{"陈二", "陈二", "李四", "陈二", "赵六"} {
			box.queued[i].To, box.queued[i].Kind, box.queued[i].Priority = to, bot.Private, bot.Normal
		}
		alerts := &alertLog{}
		tr := onlineTransport(t, testConfig(t), box, &fakeWire{start: time.Now()})
		tr.byRemark["李四"] = "@lisi"
		tr.o.Alerts = NewAlerter(AlerterOptions{Logger: alerts.logger()})
		long := strings.Repeat("您反映的村口路灯不亮的事，电工说要等新灯泡。", 4) // longer than an alert shows
		box.queued[0].Text = long
		var logged bytes.Buffer
		tr.log = slog.New(slog.NewJSONHandler(&logged, nil))
		runDispatcher(t, tr, time.Hour)
		if !strings.Contains(logged.String(), long) {
			t.Errorf("the log lacks the whole text of the dead letter, for the operator to pass on:\n%s", logged.String())
		}
		if !slices.Equal(box.sent, []string{"三"}) || len(box.dead) != 4 {
			t.Errorf("sent %q, dead %q; want 三 sent and the rest dead", box.sent, box.dead)
		}
		if got := alerts.All(); len(got) != 2 || !strings.Contains(got[0], "加陈二为好友并把备注设成「陈二」") || !strings.Contains(got[1], "赵六") {
			t.Errorf("alerts = %q, want one for 陈二 with the fix and one for 赵六", got)
		}

		time.Sleep(24 * time.Hour) // the next day
		box.mu.Lock()
		box.queued = append(box.queued, bot.Envelope{Key: "6", Outbound: bot.Outbound{To: "陈二", Kind: bot.Private, Priority: bot.Normal, Text: "六"}})
		box.mu.Unlock()
		runDispatcher(t, tr, time.Hour)
		if got := alerts.Count("陈二"); got != 2 {
			t.Errorf("%d alerts for 陈二 after a second day, want 2: %q", got, alerts.All())
		}

		// An urgent one is alerted at once, for a phone call, once (not
		// at each attempt); its dead letter was alerted today already.
		box.mu.Lock()
		box.queued = append(box.queued, bot.Envelope{Key: "7", Outbound: bot.Outbound{To: "陈二", Kind: bot.Private, Priority: bot.Urgent, Text: "七"}})
		box.mu.Unlock()
		runDispatcher(t, tr, time.Hour)
		if got := alerts.Count("请马上打电话转告：七"); got != 1 || alerts.Count("陈二") != 3 {
			t.Errorf("alerts = %q, want one more for 陈二: the urgent message, once", alerts.All())
		}
	})
}

// Friend tells only what this account knows: nothing while its contacts
// were not read, nor of a village another account serves.
func TestFriendKnownOnlyForItsOwnVillages(t *testing.T) {
	cfg := testConfig(t)
	cfg.WeChat.Villages = []string{"青山村"}
	tr := onlineTransport(t, cfg, newMemBox(), &fakeWire{})
	tr.byRemark["李四"] = "@lisi"
	if _, known := tr.Friend("青山村", "张三"); known {
		t.Errorf("known before the contacts were read")
	}
	tr.friendsKnown = true
	if friend, known := tr.Friend("青山村", "张三"); friend || !known {
		t.Errorf("Friend(张三) = %v, %v; want no friend, known", friend, known)
	}
	if friend, known := tr.Friend("青山村", "李四"); !friend || !known {
		t.Errorf("Friend(李四) = %v, %v; want a friend, known", friend, known)
	}
	if _, known := tr.Friend("白水村", "张三"); known {
		t.Errorf("known for a village another account serves")
	}
}
