package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/bot/wechat"
	"gridbot/bot/wechat/wechattest"
	"gridbot/config"
	"gridbot/prompts/promptstest"
	"gridbot/storage"
	"gridbot/storage/storagetest"

	"github.com/google/go-cmp/cmp"
)

// lockedBuffer is a bytes.Buffer safe for the transport's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestRunWeChatEndToEnd drives `gridbot run` against a fake web-WeChat:
// scan login, binding of the example village's groups, a report answered
// in the group, /healthz, then a forced logout that raises the alert and
// keeps a queued outbound message in Redis.
func TestRunWeChatEndToEnd(t *testing.T) {
	srv := storagetest.NeedServer(t)
	fake := wechattest.New(1234567, "网格小助手")
	defer fake.Close()
	fake.AddPerson(wechattest.Person{Key: "zhangsan", Nick: "三哥"})
	fake.AddPerson(wechattest.Person{Key: "lisi", Nick: "青山李四", Remark: "李四", Friend: true})
	members := []wechattest.Member{{Key: "zhangsan", Display: "张三"}, {Key: "lisi", Display: "李四"}}
	for _, g := range []wechattest.Group{
		{Key: "g1", Name: "青山村一组网格群"}, {Key: "g2", Name: "青山村二组网格群"}, {Key: "g3", Name: "青山村三组网格群"},
		{Key: "office", Name: "青山镇网格工作群"}, {Key: "duty", Name: "青山镇应急值班群"},
	} {
		g.Saved, g.Members = true, members
		fake.AddGroup(g)
	}
	var alertMu sync.Mutex
	var alerts []string
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			MsgType string                   `json:"msgtype"`
			Text    struct{ Content string } `json:"text"`
		}
		_ = json.NewDecoder(r.Body).Decode(&body)
		alertMu.Lock()
		alerts = append(alerts, body.MsgType+": "+body.Text.Content)
		alertMu.Unlock()
		_, _ = io.WriteString(w, `{"errcode":0}`)
	}))
	defer hook.Close()
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", hook.URL)

	cfg, rfs := exampleOn(t, srv)
	// An operator forgot AOF: the bot runs, and says so.
	srv.SetConfig(t, "appendonly", "no")
	// Another account, still running, serves 青山村 already.
	if _, err := storagetest.Open(t, srv.URL).Serve(context.Background(), storage.VillageScope("青山村"), "old-phone", time.Hour); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	r := startRun(ctx, t, cfg, rfs, fake)
	if !strings.Contains(r.term.String(), "没有把数据及时写到硬盘") {
		t.Errorf("no durability warning with AOF off; terminal:\n%s", r.term.String())
	}
	if !fake.Wait(func() bool {
		return strings.Contains(r.term.String(), "已经由另一个微信号（old-phone）在服务")
	}, 5*time.Second) {
		t.Errorf("no warning that another account serves 青山村; terminal:\n%s", r.term.String())
	}
	tr, addr, done := r.tr, r.addr, r.done
	state := func() string { return tr.Health(context.Background()).State }
	if h := tr.Health(context.Background()); h.Groups != 5 || len(h.Missing) != 0 {
		t.Errorf("groups bound %d, missing %q; want all 5 of the example village", h.Groups, h.Missing)
	}

	fake.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	sent := fake.WaitSent(1, 10*time.Second)
	if len(sent) != 1 || sent[0].To != "青山村三组网格群" || !strings.Contains(sent[0].Text, "已登记 #R1") {
		t.Fatalf("sent %q, want 已登记 #R1 in 青山村三组网格群", sent)
	}

	// A points claim, end to end through WeChat.
	fake.GroupText("g3", "zhangsan", "申请积分 今天参加了义务劳动，打扫村道")
	sent = fake.WaitSent(2, 10*time.Second)
	if len(sent) != 2 || sent[1].To != "青山村三组网格群" || !strings.Contains(sent[1].Text, "已登记积分申请 #C1") {
		t.Fatalf("sent %q, want 已登记积分申请 #C1 in 青山村三组网格群", sent)
	}

	// /healthz bounds its Redis reads by 2 s; on a machine loaded enough
	// to miss that once, it is asked again rather than failing the test.
	var h wechat.Health
	code := 0
	fake.Wait(func() bool {
		resp := storagetest.Must(http.Get("http://" + addr + "/healthz"))(t)
		h = wechat.Health{}
		_ = json.NewDecoder(resp.Body).Decode(&h)
		resp.Body.Close()
		code = resp.StatusCode
		return code == http.StatusOK
	}, 10*time.Second)
	if code != http.StatusOK || !h.LoggedIn || h.Account != "default" || h.LastMessage.IsZero() {
		t.Errorf("healthz = %d %+v", code, h)
	}

	fake.ForceLogout()
	alerted := fake.Wait(func() bool {
		alertMu.Lock()
		defer alertMu.Unlock()
		return strings.Contains(strings.Join(alerts, "\n"), "被微信退出登录了")
	}, 10*time.Second)
	if !alerted {
		t.Fatalf("no logout alert; alerts: %q", alerts)
	}
	if !fake.Wait(func() bool { return state() == wechat.StateWaitScan }, 10*time.Second) {
		t.Fatalf("state %s after the logout, want %s", state(), wechat.StateWaitScan)
	}

	// A message queued while logged out (a scheduled digest, say) stays in
	// Redis: nothing claims it, nothing is lost, also after a shutdown.
	st := storagetest.Open(t, srv.URL)
	if _, err := st.Commit(context.Background(), storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "job:evening",
		Out: []bot.Outbound{{To: "青山村三组网格群", Kind: bot.Group, Priority: bot.Bulk, Text: "今日汇总"}}}); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("runWeChat: %v", err)
	}
	// A shutdown says it is under way (it waits for the messages being
	// handled), then that it is done.
	if term := r.term.String(); !strings.Contains(term, "正在停止：先处理完已经收到的消息") || !strings.HasSuffix(term, "网格小助手已停止。没发出去的消息存在 Redis 里，下次启动接着发。/ gridbot stopped; unsent messages wait in Redis for the next start.\n") {
		t.Errorf("terminal does not tell the shutdown:\n%s", term[max(0, len(term)-600):])
	}
	if n, err := st.QueueLen(context.Background(), storage.VillageScope("青山村")); err != nil || n != 1 {
		t.Errorf("queued after logout and shutdown: %d (%v), want 1", n, err)
	}
	if got := fake.Sent(); len(got) != 2 {
		t.Errorf("sent %q, want only the two replies", got)
	}
}

// running is a runWeChat started by startRun.
type running struct {
	tr   *wechat.Transport
	addr string // of /healthz
	term *lockedBuffer
	done chan error
}

// startRun runs `gridbot run` with cfg against fake until ctx ends, scans
// the QR code and waits until the bot is online.
func startRun(ctx context.Context, t *testing.T, cfg *config.Config, rfs fs.FS, fake *wechattest.Server) running {
	t.Helper()
	cfg.WeChat.DataDir = t.TempDir()
	cfg.WeChat.Healthz = "127.0.0.1:0"
	r := running{term: &lockedBuffer{}, done: make(chan error, 1)}
	healthz := make(chan string, 1)
	go func() {
		r.done <- runWeChat(ctx, runOptions{
			Config: cfg, RosterFS: rfs, Terminal: r.term, Logger: discard(),
			HTTP: fake.Transport(), Interval: -1, Poll: 5 * time.Millisecond,
			Started: func(x *wechat.Transport) { r.tr = x },
			Healthz: func(addr string) { healthz <- addr },
		})
	}()
	select {
	case r.addr = <-healthz: // runWeChat has built the transport by now
	case err := <-r.done:
		t.Fatalf("runWeChat: %v", err)
	}
	fake.Scan()
	online := func() bool { return r.tr.Health(context.Background()).State == wechat.StateOnline }
	if !fake.Wait(online, 10*time.Second) {
		t.Fatalf("not online; terminal:\n%s", r.term.String())
	}
	return r
}

// TestRunTwoAccountsShareOneRedis runs two bot accounts on one Redis: the
// first serves 青山村 and the township chats, the second 白水村. A notice a
// township officer posts in the office chat reaches 白水村's group through
// the second account, once, and every other group through the first.
func TestRunTwoAccountsShareOneRedis(t *testing.T) {
	srv := storagetest.NeedServer(t)
	load := func(account string, villages []string, township bool) (*config.Config, fs.FS) {
		cfg, rfs, err := loadConfig("config.example.yaml")
		if err != nil {
			t.Fatal(err)
		}
		cfg.Villages = append(cfg.Villages, config.Village{Name: "白水村", Grids: []config.Grid{{Name: "一组", Group: "白水村一组网格群"}}})
		cfg.Redis.URL = srv.URL
		cfg.WeChat.Account, cfg.WeChat.Villages, cfg.WeChat.Township = account, villages, &township
		cfg.QuietHours = config.QuietHours{Start: "00:00", End: "00:00"} // the notice goes out whatever the wall clock says
		return cfg, rfs
	}
	one := wechattest.New(1001, "青山村小助手")
	defer one.Close()
	two := wechattest.New(1002, "白水村小助手")
	defer two.Close()
	one.AddPerson(wechattest.Person{Key: "sunqi", Nick: "孙七", Remark: "孙七", Friend: true})
	for _, g := range []wechattest.Group{
		{Key: "g1", Name: "青山村一组网格群"}, {Key: "g2", Name: "青山村二组网格群"}, {Key: "g3", Name: "青山村三组网格群"},
		{Key: "office", Name: "青山镇网格工作群"}, {Key: "duty", Name: "青山镇应急值班群"},
	} {
		g.Saved, g.Members = true, []wechattest.Member{{Key: "sunqi", Display: "孙七"}}
		one.AddGroup(g)
	}
	for _, g := range []wechattest.Group{{Key: "b1", Name: "白水村一组网格群"}, {Key: "office", Name: "青山镇网格工作群"}, {Key: "duty", Name: "青山镇应急值班群"}} {
		g.Saved = true
		two.AddGroup(g)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg1, rfs := load("qingshan", []string{"青山村"}, true)
	r1 := startRun(ctx, t, cfg1, rfs, one)
	cfg2, _ := load("baishui", []string{"白水村"}, false)
	llm := promptstest.New(t, promptstest.Always(promptstest.Response{Status: http.StatusUnauthorized}))
	cfg2.LLM.Enabled, cfg2.LLM.BaseURL = true, llm.URL() // a wrong key: said at start, the rules go on
	r2 := startRun(ctx, t, cfg2, rfs, two)
	if strings.Contains(r1.term.String(), "没有把数据及时写到硬盘") {
		t.Errorf("warned about durability with AOF on:\n%s", r1.term.String())
	}
	// The model is checked in the background: its answer comes when it comes.
	two.Wait(func() bool { return strings.Contains(r2.term.String(), "大模型没有正常回答") }, 10*time.Second)
	if !strings.Contains(r2.term.String(), "大模型没有正常回答") || strings.Contains(r1.term.String(), "大模型") {
		t.Errorf("LLM warnings: account 1 (no LLM):\n%s\naccount 2 (refused key):\n%s", r1.term.String(), r2.term.String())
	}
	// /healthz says how the model is doing where one is configured.
	if h := r1.tr.Health(ctx); h.LLM != nil {
		t.Errorf("account 1 (no LLM): healthz llm = %+v, want none", h.LLM)
	}
	if h := r2.tr.Health(ctx); h.LLM == nil || h.LLM.Model != cfg2.LLM.Model || h.LLM.State != "up" || h.LLM.Failures != 1 ||
		h.LLM.StartCheck != "failed" || !strings.Contains(h.LLM.StartCheckError, "rejected") {
		t.Errorf("account 2 (refused key): healthz llm = %+v, want its model, up (one failure does not pause it), 1 failure, the start check failed with why", h.LLM)
	}
	if h := r2.tr.Health(ctx); h.Groups != 3 || len(h.Missing) != 0 {
		t.Errorf("account 2 bound %d groups, missing %q; want 白水村's and the two township chats", h.Groups, h.Missing)
	}

	one.GroupText("office", "sunqi", "通知 全镇 明天上午停水，请提前储水")
	got2 := two.WaitSent(1, 10*time.Second)
	if len(got2) != 1 || got2[0].To != "白水村一组网格群" || !strings.Contains(got2[0].Text, "明天上午停水") {
		t.Fatalf("account 2 sent %q, want the notice in 白水村一组网格群", got2)
	}
	got1 := one.WaitSent(4, 10*time.Second) // three grid groups and the office chat
	var to []string
	for _, m := range got1 {
		to = append(to, m.To)
	}
	slices.Sort(to)
	if diff := cmp.Diff(to, []string{"青山村一组网格群", "青山村三组网格群", "青山村二组网格群", "青山镇网格工作群"}); diff != "" {
		t.Errorf("account 1 sent to (-got +want):\n%s", diff)
	}
	st := storagetest.Open(t, srv.URL)
	servedBy := func(want func(sc storage.Scope) string) {
		t.Helper()
		for _, sc := range []storage.Scope{storage.VillageScope("青山村"), storage.VillageScope("白水村"), storage.TownshipScope("青山镇")} {
			if got, err := st.Serve(context.Background(), sc, "someone-else", time.Minute); err != nil || got != want(sc) {
				t.Errorf("%s served by %q (%v), want %q", sc, got, err, want(sc))
			}
		}
	}
	holders := map[storage.Scope]string{storage.VillageScope("青山村"): "qingshan", storage.VillageScope("白水村"): "baishui",
		storage.TownshipScope("青山镇"): "qingshan"}
	servedBy(func(sc storage.Scope) string { return holders[sc] }) // while they run
	cancel()
	for _, r := range []running{r1, r2} {
		if err := <-r.done; err != nil {
			t.Errorf("runWeChat: %v", err)
		}
	}
	if n := len(two.Sent()); n != 1 {
		t.Errorf("account 2 sent %d messages, want the notice once", n)
	}
	// Stopped cleanly, they ended their leases: the next account takes over at once.
	servedBy(func(storage.Scope) string { return "someone-else" })
	for _, r := range []running{r1, r2} {
		if strings.Contains(r.term.String(), "另一个微信号") {
			t.Errorf("accounts with their own villages warned of each other:\n%s", r.term.String())
		}
	}
}

// TestRunDoesNotWaitForTheModel: a model endpoint that does not answer
// does not hold up start: the bot logs in and answers in its groups while
// the check made at start still waits, /healthz says "checking" meanwhile,
// then the outcome once the model answers.
func TestRunDoesNotWaitForTheModel(t *testing.T) {
	srv := storagetest.NeedServer(t)
	t.Setenv("GRIDBOT_ALERT_WEBHOOK", "http://127.0.0.1:9/hook")
	arrived, release := make(chan struct{}, 1), make(chan struct{})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	t.Cleanup(free)
	llm := promptstest.New(t, func(promptstest.Request) promptstest.Response {
		select {
		case arrived <- struct{}{}:
		default:
		}
		<-release
		return promptstest.Response{Content: promptstest.Reading(map[string]any{
			"intent": "report", "type": "general", "category": "水电设施", "summary": "村口路灯坏了", "confidence": 0.9})}
	})
	cfg, rfs := exampleOn(t, srv)
	cfg.LLM.Enabled, cfg.LLM.BaseURL, cfg.LLM.Model = true, llm.URL(), "test-model"
	cfg.LLM.Timeout, cfg.WeChat.HandleTimeout = config.Duration(time.Minute), config.Duration(2*time.Minute)
	fake := wechattest.New(1234567, "网格小助手")
	defer fake.Close()
	fake.AddPerson(wechattest.Person{Key: "zhangsan", Nick: "三哥"})
	fake.AddGroup(wechattest.Group{Key: "g3", Name: "青山村三组网格群", Saved: true,
		Members: []wechattest.Member{{Key: "zhangsan", Display: "张三"}}})

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := startRun(ctx, t, cfg, rfs, fake) // online, the model not answered yet
	select {
	case <-arrived:
	case <-time.After(10 * time.Second):
		t.Fatal("the model was not asked at start")
	}
	if n := llm.Calls(); n != 1 {
		t.Errorf("%d calls to the model at start, want the one check", n)
	}
	if h := r.tr.Health(ctx); h.LLM == nil || h.LLM.State != "checking" || h.LLM.StartCheck != "checking" {
		t.Errorf("healthz llm while the check waits = %+v, want checking", h.LLM)
	}
	// A command the model is not asked about is answered while the check
	// still waits.
	fake.GroupText("g3", "zhangsan", "帮助")
	if sent := fake.WaitSent(1, 10*time.Second); len(sent) != 1 || sent[0].To != "青山村三组网格群" {
		t.Errorf("sent %q while the model check waits, want the help in 青山村三组网格群", sent)
	}
	if strings.Contains(r.term.String(), "大模型") {
		t.Errorf("told of the model before it answered:\n%s", r.term.String())
	}

	free()
	// Told in the terminal once the check has its outcome.
	fake.Wait(func() bool { return strings.Contains(r.term.String(), "大模型") }, 10*time.Second)
	if h := r.tr.Health(ctx); h.LLM == nil || h.LLM.State != "up" || h.LLM.StartCheck != "ok" || h.LLM.StartCheckError != "" {
		t.Errorf("healthz llm after the model answered = %+v, want up, start check ok", h.LLM)
	}
	if !strings.Contains(r.term.String(), "大模型能用：test-model") {
		t.Errorf("terminal does not tell the model answers:\n%s", r.term.String())
	}
	cancel()
	if err := <-r.done; err != nil {
		t.Errorf("runWeChat: %v", err)
	}
}

func TestRunNeedsRedisAndConfig(t *testing.T) {
	var stderr bytes.Buffer
	if err := cmdRun(context.Background(), nil, io.Discard, &stderr, discard()); err == nil || !strings.Contains(err.Error(), "-config") {
		t.Errorf("run without -config: %v", err)
	}
	err := cmdRun(context.Background(), []string{"-config", "config.example.yaml"}, io.Discard, &stderr, discard())
	if err == nil || !strings.Contains(err.Error(), "redis.url 是空的") {
		t.Errorf("run with the example (no Redis): %v", err)
	}
	// A file without the line is told how to write the section.
	if err := needRedis(&config.Config{}); err == nil || !strings.Contains(err.Error(), "顶格写 redis:，下一行空两格写 url: redis://127.0.0.1:6379/0") {
		t.Errorf("no redis section: %v", err)
	}
}

// With Redis down at start, run stops at once (it does not wait without
// telling anyone, nor try again in a loop) and says in Chinese what to
// do: start Redis with AOF, as README says; the password in the URL is not
// shown.
func TestRunRedisDownAtStartSaysWhatToDo(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	cfg, rfs, err := loadConfig("config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Redis.URL = "redis://:secret@" + addr + "/0"
	var term lockedBuffer
	err = runWeChat(t.Context(), runOptions{Config: cfg, RosterFS: rfs, Terminal: &term, Logger: discard()})
	if err == nil || !errors.Is(err, storage.ErrUnavailable) {
		t.Errorf("run with Redis down = %v, want an error that Redis is unavailable", err)
	}
	got := term.String()
	for _, want := range []string{"连不上 Redis", addr, "appendonly yes", "appendfsync always", "不是另加一行", "systemctl restart redis-server", "README「Redis（必须开 AOF）」"} {
		if !strings.Contains(got, want) {
			t.Errorf("terminal lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Cannot reach") || strings.Contains(got, "Install and start") {
		t.Errorf("terminal speaks English to the operator:\n%s", got)
	}
	if strings.Contains(got, "secret") {
		t.Errorf("terminal shows the Redis password:\n%s", got)
	}
}

// downLeases is a lease store whose renewals fail for the first down
// rounds (two scopes a round), then work.
type downLeases struct {
	down, calls int
}

func (d *downLeases) Serve(_ context.Context, _ storage.Scope, account string, _ time.Duration) (string, error) {
	d.calls++
	if (d.calls+1)/2 <= d.down {
		return "", errors.New("dial tcp 127.0.0.1:6379: connect: connection refused")
	}
	return account, nil
}

func (d *downLeases) Unserve(context.Context, storage.Scope, string) error { return nil }

// TestServeLogsAnOutageOnce: renewing the serving leases while Redis is
// down logs once when it starts failing and once when it works again, not
// each minute per village.
func TestServeLogsAnOutageOnce(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	st := &downLeases{down: 5}
	start := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	clock := func() time.Time { return start.Add(time.Duration((st.calls+1)/2) * time.Minute) } // round n at 08:0n
	tick := make(chan time.Time)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		serve(ctx, st, "bot1", []storage.Scope{storage.VillageScope("青山村"), storage.VillageScope("绿水村")},
			serveIO{Term: io.Discard, Log: log, Now: clock, Tick: tick})
	}()
	for range 7 { // 5 rounds down, then up; each send waits for the round before it to end
		tick <- start
	}
	cancel()
	<-done
	got := buf.String()
	for sub, want := range map[string]int{
		"level=ERROR": 1, "cannot renew the leases": 1, "level=INFO": 1, `"run: serving lease: recovered"`: 1,
		"down_for=5m0s": 1, "level=WARN": 0,
	} {
		if n := strings.Count(got, sub); n != want {
			t.Errorf("%d log lines contain %q, want %d", n, sub, want)
		}
	}
	if t.Failed() {
		t.Logf("log:\n%s", got)
	}
}
