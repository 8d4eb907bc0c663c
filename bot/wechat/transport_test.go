package wechat_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/bot/wechat"
	"gridbot/bot/wechat/wechattest"
	"gridbot/config"
	"gridbot/config/configtest"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

const (
	group3   = "青山村三组网格群"
	group1   = "青山村一组网格群"
	group2   = "青山村二组网格群"
	office   = "青山镇网格工作群"
	duty     = "青山镇应急值班群"
	botNick  = "网格小助手"
	waitLong = 10 * time.Second
)

// newFake is the example village as WeChat sees it from the bot's phone:
// 李四 (网格长) and 吴九 (管理员) are friends with remark names; 张三 is a
// villager known by his group display name; "spoof" is a villager who
// renamed himself 李四. 一组's group was never saved to contacts; 二组's
// group has another name and is bound in chat.
func newFake(t *testing.T) *wechattest.Server {
	t.Helper()
	f := wechattest.New(1234567, botNick)
	t.Cleanup(f.Close)
	f.AddPerson(wechattest.Person{Key: "zhangsan", Nick: "三哥"})
	f.AddPerson(wechattest.Person{Key: "lisi", Nick: "青山李四", Remark: "李四", Friend: true})
	f.AddPerson(wechattest.Person{Key: "spoof", Nick: "李四"})
	f.AddPerson(wechattest.Person{Key: "wujiu", Nick: "吴九", Remark: "吴九", Friend: true})
	f.AddPerson(wechattest.Person{Key: "chen", Nick: "陈老二", Friend: true})
	members := []wechattest.Member{{Key: "zhangsan", Display: "张三"}, {Key: "lisi", Display: "李四"},
		{Key: "spoof", Display: "李四"}, {Key: "wujiu"}}
	f.AddGroup(wechattest.Group{Key: "g3", Name: group3, Saved: true, Members: members})
	f.AddGroup(wechattest.Group{Key: "g1", Name: group1, Members: members})
	f.AddGroup(wechattest.Group{Key: "g2", Name: "二组新群", Saved: true, Members: members})
	f.AddGroup(wechattest.Group{Key: "office", Name: office, Saved: true, Members: members})
	f.AddGroup(wechattest.Group{Key: "duty", Name: duty, Saved: true, Members: members})
	return f
}

// clock is a settable clock that otherwise follows real time.
type clock struct{ off atomic.Int64 }

func (c *clock) Now() time.Time          { return time.Now().Add(time.Duration(c.off.Load())) }
func (c *clock) Advance(d time.Duration) { c.off.Add(int64(d)) }

// rig is a transport on a private Redis, the example village and a fake.
type rig struct {
	t      *testing.T
	fake   *wechattest.Server
	app    *app.App
	tr     *wechat.Transport
	clock  *clock
	box    *storage.Outbox
	term   *syncBuffer
	alerts *alertSink
	dir    string
	cancel context.CancelFunc
	done   chan struct{}
}

type syncBuffer struct {
	mu     sync.Mutex
	b      bytes.Buffer
	writes []string // each Write, as written
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes = append(s.writes, string(p))
	return s.b.Write(p)
}

// writeWith is the first Write that held sub; "" when none did.
func (s *syncBuffer) writeWith(sub string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range s.writes {
		if strings.Contains(w, sub) {
			return w
		}
	}
	return ""
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// alertSink is a fake WeCom robot webhook; it keeps each alert as
// "msgtype: content".
type alertSink struct {
	wechat.Received
	srv *httptest.Server
}

func newAlertSink(t *testing.T) *alertSink {
	a := &alertSink{}
	a.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			MsgType string `json:"msgtype"`
			Text    struct {
				Content string `json:"content"`
			} `json:"text"`
		}
		_ = json.NewDecoder(r.Body).Decode(&body)
		a.Add(body.MsgType + ": " + body.Text.Content)
		_, _ = io.WriteString(w, `{"errcode":0,"errmsg":"ok"}`)
	}))
	t.Cleanup(a.srv.Close)
	return a
}

func mustConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg := configtest.Load(t, "../../config.example.yaml")
	cfg.WeChat.DataDir = t.TempDir()
	// The rig runs on the wall clock: no quiet hours (an empty window),
	// so that a message to someone else goes out whatever the hour the
	// test runs (the handlers' and storage's tests hold them at night).
	cfg.QuietHours = config.QuietHours{Start: "00:00", End: "00:00"}
	return cfg
}

// start runs a transport against fake on the Redis at url (a new private
// one when empty).
func start(t *testing.T, fake *wechattest.Server, url string) *rig {
	t.Helper()
	return startWith(t, fake, url, "")
}

// startWith is start with another roster file (relative to the repository
// root; empty: the example's).
func startWith(t *testing.T, fake *wechattest.Server, url, rosterPath string, edits ...func(*config.Config)) *rig {
	t.Helper()
	return startOpts(t, fake, url, rigOptions{roster: rosterPath}, edits...)
}

// rigOptions change a rig: another roster, a wrapped WeChat connection
// (failures injected), a wrapped handler chain (a slow LLM).
type rigOptions struct {
	roster string
	wrapRT func(http.RoundTripper) http.RoundTripper
	wrapH  func(bot.Handler) bot.Handler
	// alarms gives alarms their own worker, as run does (Options.Alarm).
	alarms    bool
	acceptUin int64
	// command is Options.Command: how the bot was started.
	command string
	// quick cuts every wait of the transport (login retries, sync
	// retries) to a few milliseconds.
	quick bool
	// logs, when set, receives the log (text, Info and above).
	logs io.Writer
	// sleep, when set, is the transport's Sleep (quick aside).
	sleep func(ctx context.Context, d time.Duration) error
}

func startOpts(t *testing.T, fake *wechattest.Server, url string, o rigOptions, edits ...func(*config.Config)) *rig {
	t.Helper()
	if url == "" {
		srv := storagetest.NeedServer(t)
		url = srv.URL
	}
	// The tests here kill and restart their Redis: a lost connection is
	// dialled once (see storagetest.Server.DialOnceURL).
	url += "?dial_retries=1"
	cfg := mustConfig(t)
	for _, edit := range edits {
		edit(cfg)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if o.logs != nil {
		logger = slog.New(slog.NewTextHandler(o.logs, nil))
	}
	var tr *wechat.Transport
	a, err := app.Open(app.Options{Config: cfg, RosterFS: os.DirFS("../.."), RosterPath: o.roster, RedisURL: url, Logger: logger,
		Direct:  func(ctx context.Context, o bot.Outbound) error { return tr.SendNow(ctx, o) },
		Friends: func(villageName, address string) (bool, bool) { return tr.Friend(villageName, address) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	r := &rig{t: t, fake: fake, app: a, clock: &clock{}, term: &syncBuffer{}, alerts: newAlertSink(t), dir: cfg.WeChat.DataDir, done: make(chan struct{})}
	r.box = storage.NewOutbox(a.Store, storage.OutboxOptions{Scopes: a.Scopes(), Now: r.clock.Now})
	first := storage.VillageScope(cfg.Villages[0].Name)
	scopeOf := func(o bot.Outbound) storage.Scope {
		if v, _, ok := cfg.GridOfGroup(o.To); ok {
			return storage.VillageScope(v)
		}
		return first
	}
	rt := fake.Transport()
	if o.wrapRT != nil {
		rt = o.wrapRT(rt)
	}
	var h bot.Handler = a.Handler
	if o.wrapH != nil {
		h = o.wrapH(h)
	}
	sleep := o.sleep
	if o.quick {
		sleep = func(ctx context.Context, d time.Duration) error {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(min(d, 5*time.Millisecond)):
				return nil
			}
		}
	}
	var alarm func(context.Context, string, string) bool
	if o.alarms {
		alarm = a.Alarm
	}
	tr = wechat.New(wechat.Options{
		Config: cfg, Handler: h, Outbox: r.box, State: a.Store.WeChat(cfg.WeChat.Account),
		Replies:    storage.NewReplies(a.Store, scopeOf),
		Identities: wechat.NewIdentities(a.Dir, []string{"青山村"}, a.People), IDs: a.Router,
		Alerts:   wechat.NewAlerter(wechat.AlerterOptions{URL: r.alerts.srv.URL, Account: "default", Logger: logger}),
		Terminal: r.term, HTTP: rt, Now: r.clock.Now, Sleep: sleep, AcceptUin: o.acceptUin, Command: o.command,
		Interval: -1, Poll: 5 * time.Millisecond, Logger: logger, Alarm: alarm, StoreChanges: a.Store.Changes(),
	})
	r.tr = tr
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go func() {
		defer close(r.done)
		_ = tr.Run(ctx)
	}()
	t.Cleanup(r.stop)
	return r
}

func (r *rig) stop() {
	r.cancel()
	<-r.done
	// The stopped client's login poll may still be in flight for a moment
	// (its cancel reaches the fake server late on a loaded machine): a
	// scan meant for the next client must not be answered to it.
	r.fake.Wait(func() bool { return r.fake.Polls() == 0 }, waitLong)
}

// waitState waits until the transport reports state.
func (r *rig) waitState(state string) {
	r.t.Helper()
	ok := r.fake.Wait(func() bool { return r.tr.Health(context.Background()).State == state }, waitLong)
	if !ok {
		r.t.Fatalf("state = %s, want %s; terminal:\n%s", r.tr.Health(context.Background()).State, state, r.term.String())
	}
}

// online scans the QR code and waits for the login and its report: the
// state turns online before the report's last lines (missing groups, role
// holders without a remark name, the next step) are written.
func (r *rig) online() {
	r.t.Helper()
	before := strings.Count(r.term.String(), loginClosed)
	r.fake.Scan()
	r.waitState(wechat.StateOnline)
	if !r.fake.Wait(func() bool { return strings.Count(r.term.String(), loginClosed) > before }, waitLong) {
		r.t.Fatalf("the login report did not close with the next step; terminal:\n%s", r.term.String())
	}
}

// loginClosed begins both lines that close a login's report.
const loginClosed = "网格小助手在线了"

// sentTo waits for the n-th sent message and returns all of them.
func (r *rig) sent(n int) []wechattest.Sent {
	r.t.Helper()
	got := r.fake.WaitSent(n, waitLong)
	if len(got) < n {
		r.t.Fatalf("sent %d messages, want %d: %q", len(got), n, got)
	}
	return got
}

func contains(t *testing.T, got wechattest.Sent, to, text string) {
	t.Helper()
	if got.To != to || !strings.Contains(got.Text, text) {
		t.Errorf("sent %q to %s, want a message to %s containing %q", got.Text, got.To, to, text)
	}
}

func TestScanLoginBindsGroupsAndAnswersReport(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.waitState(wechat.StateWaitScan)
	r.online()

	h := r.tr.Health(context.Background())
	if h.Groups != 3 || len(h.Missing) != 2 || !h.LoggedIn || h.Nick != botNick {
		t.Errorf("health = %+v, want 3 groups bound, 一组 and 二组 missing, logged in as %s", h, botNick)
	}
	for _, want := range []string{"扫描", "Scan this QR code", "login-qr.png", "登录成功", "找不到群「" + group1 + "」", "保存到通讯录",
		"网格小助手在线了，但上面还有要补的"} {
		if !strings.Contains(r.term.String(), want) {
			t.Errorf("terminal lacks %q:\n%s", want, r.term.String())
		}
	}
	if _, err := os.Stat(filepath.Join(r.dir, "login-qr.png")); err != nil {
		t.Errorf("QR code PNG: %v", err)
	}
	// The steps and the QR code go out in one write: another goroutine's
	// line (the model's check at start, a lease warning) cannot land in
	// the middle of the code and spoil the scan.
	if w := r.term.writeWith("Scan this QR code"); !strings.Contains(w, "▀") || !strings.HasSuffix(w, "\n") {
		t.Errorf("the QR code is not written with its steps in one write:\n%q", w)
	}

	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	got := r.sent(1)
	contains(t, got[0], group3, "已登记 #R1")
	if n, _ := r.box.QueueLen(context.Background()); n != 0 {
		t.Errorf("outbox holds %d messages after the send, want 0", n)
	}
}

func TestSpoofedLeaderGetsNoRights(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.online()
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	r.sent(1)

	// A villager who renamed himself 李四 (display name and nickname).
	f.GroupText("g3", "spoof", "确认 #R1")
	got := r.sent(2)
	contains(t, got[1], group3, "抱歉，「确认」需要")
	rep, err := r.app.Store.Report(context.Background(), storage.VillageScope("青山村"), "R1")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status != "new" && len(rep.Handlers) != 0 {
		t.Errorf("report after the spoofed 确认: status %s, handlers %q; want it untouched", rep.Status, rep.Handlers)
	}

	// The real 李四, known by the bot's remark name, may.
	f.GroupText("g3", "lisi", "确认 #R1")
	got = r.sent(3)
	contains(t, got[2], group3, "#R1 已受理")
}

func TestQuoteMentionImageAndVoice(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.online()
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	first := r.sent(1)[0].Text

	// 李四 quotes the bot's message and types only 确认.
	f.GroupText("g3", "lisi", "「"+botNick+"："+first+"」\n- - - - - - - - - - - - - - -\n确认")
	contains(t, r.sent(2)[1], group3, "#R1 已受理")

	// An @mention with no command gets the help.
	f.GroupText("g3", "zhangsan", "@"+botNick+"\u2005")
	contains(t, r.sent(3)[2], group3, "我是"+botNick)

	// An image is saved; a text is not an image and is refused. 李四 has
	// made nothing here: his photo waits, silently, for his next item.
	jpeg := append([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, bytes.Repeat([]byte{1}, 100)...)
	id := f.GroupImage("g3", "lisi", jpeg)
	f.GroupImage("g3", "lisi", []byte("<html>not an image</html>"))
	day := time.Now().In(r.app.Config.Location()).Format("2006-01-02")
	want := filepath.Join(r.dir, "images", day, id+".jpg")

	// A voice message is answered with the hint to type.
	f.GroupVoice("g3", "zhangsan")
	contains(t, r.sent(4)[3], group3, "请打字")
	if b, err := os.ReadFile(want); err != nil || !bytes.Equal(b, jpeg) {
		t.Errorf("saved image %s: %v (%d bytes, want %d)", want, err, len(b), len(jpeg))
	}
	files, _ := filepath.Glob(filepath.Join(r.dir, "images", day, "*"))
	if len(files) != 1 {
		t.Errorf("saved files %q, want only the JPEG", files)
	}

	// The photo goes with the sender's next report as its evidence.
	f.GroupText("g3", "lisi", "上报 路边电线杆歪了")
	contains(t, r.sent(5)[4], group3, "#R2")
	rep, err := r.app.Store.Report(context.Background(), storage.VillageScope("青山村"), "R2")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Images) != 1 || rep.Images[0] != want {
		t.Errorf("R2 images = %q, want [%s]", rep.Images, want)
	}
}

// A photo sent after a report is attached to it; only the first photo is
// answered. A photo sent privately with nothing to go with gets a hint.
func TestPhotoAfterReportIsAttached(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.online()
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	contains(t, r.sent(1)[0], group3, "#R1")

	jpeg := append([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, bytes.Repeat([]byte{1}, 100)...)
	first := f.GroupImage("g3", "zhangsan", jpeg)
	contains(t, r.sent(2)[1], group3, "已把照片附到 #R1")
	second := f.GroupImage("g3", "zhangsan", jpeg)
	f.GroupText("g3", "zhangsan", "查 #R1")
	got := r.sent(3)
	contains(t, got[2], group3, "#R1")
	if len(got) != 3 {
		t.Errorf("sent %q; want no reply to the second photo", got)
	}
	day := time.Now().In(r.app.Config.Location()).Format("2006-01-02")
	rep, err := r.app.Store.Report(context.Background(), storage.VillageScope("青山村"), "R1")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(r.dir, "images", day, first+".jpg"), filepath.Join(r.dir, "images", day, second+".jpg")}
	if !slices.Equal(rep.Images, want) {
		t.Errorf("R1 images = %q, want %q", rep.Images, want)
	}

	f.PrivateImage("lisi", jpeg)
	contains(t, r.sent(4)[3], "lisi", "申请积分")
}

func TestTooFrequentBacksOffAndLosesNothing(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.online()
	f.FailNextSends(1205, 1)
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	ctx := context.Background()
	if !f.Wait(func() bool { return f.Count("webwxsendmsg") == 1 && !r.tr.Health(ctx).PausedUntil.IsZero() }, waitLong) {
		t.Fatalf("no 1205 pause: %+v", r.tr.Health(ctx))
	}
	if !f.Wait(func() bool { n, _ := r.box.QueueLen(ctx); return n == 1 }, waitLong) {
		t.Fatal("the refused message is not back in the queue")
	}
	if got := f.Sent(); len(got) != 0 {
		t.Errorf("sent %q during the pause", got)
	}
	r.clock.Advance(2*time.Minute + time.Second)
	contains(t, r.sent(1)[0], group3, "已登记 #R1")
	if got := f.Count("webwxsendmsg"); got != 2 {
		t.Errorf("%d send requests, want 2 (one refused, one sent)", got)
	}
}

func TestForcedLogoutAlertsAndKeepsQueue(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.online()
	f.ForceLogout()
	r.waitState(wechat.StateWaitScan) // hot login failed, a new QR code is shown
	if !f.Wait(func() bool { return len(r.alerts.All()) >= 2 }, waitLong) {
		t.Fatalf("alerts %q, want the logout and the scan", r.alerts.All())
	}
	alerts := strings.Join(r.alerts.All(), "\n")
	for _, want := range []string{"text: ", "退出登录", "1101", "扫码"} {
		if !strings.Contains(alerts, want) {
			t.Errorf("alerts lack %q:\n%s", want, alerts)
		}
	}

	// A reply queued while logged out stays in Redis, unsent.
	ctx := context.Background()
	_, err := r.app.Store.Commit(ctx, storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "m-offline",
		Out: []bot.Outbound{{To: group3, Kind: bot.Group, Priority: bot.Normal, Text: "离线时排队的消息"}}})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := r.box.QueueLen(ctx); n != 1 {
		t.Errorf("queue holds %d while logged out, want 1", n)
	}
	if h := r.tr.Health(ctx); h.LoggedIn || h.Outbound != 1 {
		t.Errorf("health while logged out = %+v", h)
	}

	r.online() // scan again
	contains(t, r.sent(1)[0], group3, "离线时排队的消息")
}

func TestExpiredQRIsRenewed(t *testing.T) {
	f := newFake(t)
	f.ExpireNextQR()
	r := start(t, f, "")
	r.online()
	if got := f.Count("jslogin"); got != 2 {
		t.Errorf("%d QR codes, want 2 (the first expired)", got)
	}
	if !strings.Contains(r.term.String(), "二维码过期") {
		t.Errorf("terminal does not say the QR code expired:\n%s", r.term.String())
	}
}

// Old messages are skipped and counted; their age is measured on WeChat's
// clock, so a local clock 11 minutes fast skips nothing new.
func TestDuplicateAndOldMessagesSkipped(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.online()
	r.clock.Advance(11 * time.Minute) // max_message_age is 10 minutes
	f.OldGroupText("g3", "zhangsan", "上报 昨天的事", time.Hour)
	id := f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	f.Repeat("g3", "zhangsan", "上报 村口路灯不亮了", id)
	f.GroupText("g3", "zhangsan", "查 #R1")
	got := r.sent(2)
	contains(t, got[0], group3, "已登记 #R1")
	contains(t, got[1], group3, "#R1")
	if strings.Contains(got[1].Text, "已登记") {
		t.Errorf("second message %q: the repeat or the old message was handled", got[1].Text)
	}
	if n := r.tr.Health(context.Background()).SkippedOld; n != 1 {
		t.Errorf("skipped_old = %d, want 1", n)
	}
}

func TestRenamedGroupKeepsBinding(t *testing.T) {
	f, srv, r := onlineWithRedis(t)
	f.Rename("g3", "lisi", "三组大家庭")
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	got := r.sent(1)
	if got[0].To != "三组大家庭" || !strings.Contains(got[0].Text, "已登记 #R1") {
		t.Errorf("sent %q to %s, want the reply in the renamed group", got[0].Text, got[0].To)
	}
	// After a new login the renamed group is still bound, by the kept name.
	r.stop()
	f.ForceLogout()
	r2 := start(t, f, srv.URL)
	r2.online()
	if h := r2.tr.Health(context.Background()); h.Groups != 3 {
		t.Errorf("after re-login %d groups bound (missing %q), want 3", h.Groups, h.Missing)
	}
	f.GroupText("g3", "zhangsan", "查 #R1")
	contains(t, r2.sent(2)[1], "三组大家庭", "#R1")
}

func TestBindGroupInChat(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.online()
	f.GroupText("g2", "zhangsan", "绑定本群 二组")
	contains(t, r.sent(1)[0], "二组新群", "只有管理员")
	f.GroupText("g2", "wujiu", "绑定本群 二组")
	contains(t, r.sent(2)[1], "二组新群", "已绑定：本群是青山村二组")
	f.GroupText("g2", "zhangsan", "上报 水渠堵了")
	contains(t, r.sent(3)[2], "二组新群", "已登记 #R")
	if h := r.tr.Health(context.Background()); h.Groups != 4 {
		t.Errorf("groups bound = %d, want 4", h.Groups)
	}
}

// TestBindRefusesAnotherAccountsGrid: a grid of a village another account
// serves (wechat.villages) is not bound here, and the admin is told why.
func TestBindRefusesAnotherAccountsGrid(t *testing.T) {
	f := newFake(t)
	r := startWith(t, f, "", "", func(c *config.Config) {
		c.Villages = append(c.Villages, config.Village{Name: "白水村", Grids: []config.Grid{{Name: "五组", Group: "白水村五组网格群"}}})
		c.WeChat.Villages = []string{"青山村"}
	})
	r.online()
	f.GroupText("g2", "wujiu", "绑定本群 白水村五组")
	contains(t, r.sent(1)[0], "二组新群", "「白水村五组」归别的微信号负责")
	f.GroupText("g2", "wujiu", "绑定本群 七组")
	contains(t, r.sent(2)[1], "二组新群", "没有找到「七组」")
}

func TestUnknownOutcomeIsNotResent(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.online()
	f.DropNextSend()
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	f.GroupText("g3", "zhangsan", "查 #R1")
	got := r.sent(2)
	contains(t, got[0], group3, "已登记 #R1")
	contains(t, got[1], group3, "#R1")
	if n := f.Count("webwxsendmsg"); n != 2 {
		t.Errorf("%d send requests, want 2: the message of unknown outcome was sent again", n)
	}
}

func TestPrivateMessageAnsweredByRemarkName(t *testing.T) {
	f := newFake(t)
	r := start(t, f, "")
	r.online()
	f.PrivateText("lisi", "待办")
	got := r.sent(1)
	if got[0].To != "lisi" {
		t.Errorf("private answer went to %s, want lisi", got[0].To)
	}
}

// TestLoginWhenTheQRCodeCannotBeSaved: a data folder that cannot be
// written costs the PNG only; the terminal QR code and its URL still log
// the bot in.
func TestLoginWhenTheQRCodeCannotBeSaved(t *testing.T) {
	f := newFake(t)
	blocker := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	r := startWith(t, f, "", "", func(c *config.Config) { c.WeChat.DataDir = filepath.Join(blocker, "wechat") })
	r.waitState(wechat.StateWaitScan)
	r.online()
	if h := r.tr.Health(context.Background()); !h.LoggedIn {
		t.Errorf("health = %+v, want logged in", h)
	}
	term := r.term.String()
	if !strings.Contains(term, "Scan this QR code") || !strings.Contains(term, "二维码图片没能保存") || strings.Contains(term, "also saved as") {
		t.Errorf("terminal lacks the scan step, or says the QR code was saved:\n%s", term)
	}
	if _, err := os.Stat(filepath.Join(blocker, "wechat", "login-qr.png")); err == nil {
		t.Error("a QR code PNG was saved under a file")
	}
}

// Two groups of a configured name bind neither, and the terminal says why
// (saving to contacts would not help): rename one, or 绑定本群.
func TestTwoGroupsOfOneNameAreToldApart(t *testing.T) {
	f := newFake(t)
	f.AddGroup(wechattest.Group{Key: "g3b", Name: group3, Saved: true})
	r := start(t, f, "")
	r.online()
	term := r.term.String()
	if !strings.Contains(term, "有几个群都叫「"+group3+"」") || !strings.Contains(term, "绑定本群 "+group3) || strings.Contains(term, "找不到群「"+group3+"」") {
		t.Errorf("terminal does not say that two groups share the name %s:\n%s", group3, term)
	}
	if !strings.Contains(term, "找不到群「"+group1+"」") {
		t.Errorf("terminal lacks the group not found:\n%s", term)
	}
}

// TestLoginSaysTheNextStep: with every group saved and every role holder
// a friend with a remark name, the login closes with the next step, a test
// report, instead of a list of what to fix.
func TestLoginSaysTheNextStep(t *testing.T) {
	f := wechattest.New(1234567, botNick)
	t.Cleanup(f.Close)
	for i, name := range []string{"刘建国", "马红梅", "何志强", "黄永红", "杨春花", "朱大勇", "李四", "王五", "赵六", "周八", "孙七", "吴九"} {
		f.AddPerson(wechattest.Person{Key: fmt.Sprint("cadre", i), Nick: name, Remark: name, Friend: true})
	}
	for _, g := range []string{group1, "青山村二组网格群", group3, office, duty} {
		f.AddGroup(wechattest.Group{Key: g, Name: g, Saved: true})
	}
	r := start(t, f, "")
	r.online()
	term := r.term.String()
	if !strings.Contains(term, "网格小助手在线了。请在一个网格群里发「上报 测试一下」") || strings.Contains(term, "还有要补的") {
		t.Errorf("terminal does not close the login with the next step:\n%s", term)
	}
}

// TestVillagersWhoAreNoFriends: at login the terminal says how many
// villagers on WeChat the bot cannot write to privately, and a private
// answer to one of them goes to his grid worker to pass on; the group hears
// who brings it.
func TestVillagersWhoAreNoFriends(t *testing.T) {
	f := newFake(t)
	f.AddPerson(wechattest.Person{Key: "wangwu", Nick: "王五", Remark: "王五", Friend: true})
	logs := &syncBuffer{}
	r := startOpts(t, f, "", rigOptions{logs: logs})
	if _, known := r.tr.Friend("青山村", "李四"); known {
		t.Errorf("Friend known before the login")
	}
	r.online()
	// The role holders who are no friends are one line of the log, not one
	// a person.
	if n := strings.Count(logs.String(), "role holder"); n != 1 || !strings.Contains(logs.String(), "赵六 (村民;评分小组)") {
		t.Errorf("%d log lines of role holders without a remark name, want one naming 赵六 (村民;评分小组):\n%s", n, logs.String())
	}
	if !strings.Contains(r.term.String(), "位用微信的村民还不是机器人的好友") {
		t.Errorf("terminal does not tell of the villagers who are no friends:\n%s", r.term.String())
	}
	// the role holders who are no friends are on /healthz too, for
	// whoever did not watch the terminal
	if h := r.tr.Health(context.Background()); !slices.Contains(h.NoRemark, "赵六") || slices.Contains(h.NoRemark, "李四") {
		t.Errorf("cadres_not_friends = %q, want 赵六 (评分小组, no friend) and not 李四", h.NoRemark)
	}
	for _, tc := range []struct {
		who    string
		friend bool
	}{{"李四", true}, {"张三", false}} {
		if friend, known := r.tr.Friend("青山村", tc.who); friend != tc.friend || !known {
			t.Errorf("Friend(%s) = %v, %v; want %v, known", tc.who, friend, known, tc.friend)
		}
	}
	f.GroupText("g3", "zhangsan", "上报 调解 陈二家的牛把我家玉米踩了，他不肯赔")
	f.GroupText("g3", "zhangsan", "查 #R1")
	var relayed, told bool
	r.fake.Wait(func() bool {
		relayed, told = false, false
		for _, m := range r.fake.Sent() {
			relayed = relayed || m.To == "wangwu" && strings.Contains(m.Text, "【请转告】机器人还不是张三的微信好友")
			told = told || m.To == group3 && strings.Contains(m.Text, "已请网格员王五转告您")
		}
		return relayed && told
	}, waitLong)
	if !relayed || !told {
		t.Errorf("sent %q; want the answer to 王五 to pass on, and the group told so", r.fake.Sent())
	}
}
