package wechat_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/bot/wechat"
	"gridbot/bot/wechat/wechattest"
	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

type rtFunc func(*http.Request) (*http.Response, error)

func (f rtFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// keptJar returns the Jar of the kept hot-login blob.
func keptJar(t *testing.T, r *rig) string {
	t.Helper()
	blob := keptLogin(t, r)
	var item struct{ Jar json.RawMessage }
	if err := json.Unmarshal(blob, &item); err != nil {
		t.Fatalf("kept login %q: %v", blob, err)
	}
	return string(item.Jar)
}

// scannedOnce logs in by a scan on a fresh fake and Redis, and stops.
func scannedOnce(t *testing.T) (*wechattest.Server, *storagetest.Server, *rig) {
	t.Helper()
	f, srv, r := onlineWithRedis(t)
	r.stop()
	return f, srv, r
}

// onlineWithRedis logs in by a scan on a fresh fake and a private Redis
// the test may stop or restart.
func onlineWithRedis(t *testing.T) (*wechattest.Server, *storagetest.Server, *rig) {
	t.Helper()
	return onlineWith(t, rigOptions{})
}

// onlineWith is onlineWithRedis with the rig's options o.
func onlineWith(t *testing.T, o rigOptions) (*wechattest.Server, *storagetest.Server, *rig) {
	t.Helper()
	f := newFake(t)
	srv := storagetest.NeedServer(t)
	r := startOpts(t, f, srv.URL, o)
	r.online()
	return f, srv, r
}

// A restart resumes without a scan, however many times: openwechat's Jar
// forgets its cookies' hosts when reloaded, so the blob written after a hot
// login had no cookies and the second restart needed a scan (the fake, like
// WeChat, answers 1101 without the session cookie).
func TestRestartResumesWithoutScan(t *testing.T) {
	f, srv, r := scannedOnce(t)
	for i := range 3 {
		if jar := keptJar(t, r); !strings.Contains(jar, "wxsid") || !strings.Contains(jar, "webwx_data_ticket") {
			t.Fatalf("before restart %d the kept login has no session cookies: %s", i+1, jar)
		}
		r = start(t, f, srv.URL)
		r.waitState(wechat.StateOnline)
		f.GroupText("g3", "zhangsan", "上报 路灯"+string(rune('一'+i)))
		contains(t, r.sent(i + 1)[i], group3, "已登记")
		r.stop()
	}
	if got := f.Count("jslogin"); got != 1 {
		t.Errorf("%d QR codes requested, want 1: three restarts need no scan", got)
	}
	if got := f.Sessions(); got != 1 {
		t.Errorf("%d login sessions, want 1", got)
	}
}

// keptLogin returns the kept hot-login blob.
func keptLogin(t *testing.T, r *rig) []byte {
	t.Helper()
	_, blob, err := r.app.Store.WeChat("default").LoadLogin(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return blob
}

// A restart while the network is not up yet (boot after a power cut) keeps
// the kept login and retries it; only WeChat's logout answers forget it.
func TestNetworkDownAtBootKeepsHotLogin(t *testing.T) {
	f, srv, _ := scannedOnce(t)
	var down atomic.Int32
	down.Store(3)
	unreachable := func(next http.RoundTripper) http.RoundTripper {
		return rtFunc(func(req *http.Request) (*http.Response, error) {
			if down.Add(-1) >= 0 {
				return nil, &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: network is unreachable")}
			}
			return next.RoundTrip(req)
		})
	}
	r := startOpts(t, f, srv.URL, rigOptions{wrapRT: unreachable, quick: true})
	r.waitState(wechat.StateOnline)
	if got := f.Count("jslogin"); got != 1 {
		t.Errorf("%d QR codes requested, want 1: the kept login works once the network is up", got)
	}
	if alerts := r.alerts.All(); len(alerts) != 1 || !strings.Contains(alerts[0], "登录失败") {
		t.Errorf("alerts = %q, want one about the failed login", alerts)
	}
	if n := strings.Count(r.term.String(), "暂时连不上微信"); n != 1 { // not at each retry
		t.Errorf("the network step told %d times, want once:\n%s", n, r.term.String())
	}

	f.ForceLogout() // WeChat's 1101: the kept login is dead
	r.waitState(wechat.StateWaitScan)
	if blob := keptLogin(t, r); len(blob) != 0 {
		t.Errorf("kept login after a logout = %d bytes, want none", len(blob))
	}
}

// The first start with the network not up says so at the terminal, in
// Chinese and English, and shows the QR code once WeChat answers: before,
// a volunteer saw only "正在登录微信" and English log lines. It says so
// once, not at every retry (every few seconds), and the alert says why in
// Chinese, not with the English error and WeChat's addresses.
func TestNetworkDownAtFirstLoginSaysSo(t *testing.T) {
	f := newFake(t)
	var down atomic.Int32
	down.Store(5)
	unreachable := func(next http.RoundTripper) http.RoundTripper {
		return rtFunc(func(req *http.Request) (*http.Response, error) {
			if down.Add(-1) >= 0 {
				return nil, &net.DNSError{Err: "no such host", Name: req.URL.Host, IsNotFound: true}
			}
			return next.RoundTrip(req)
		})
	}
	r := startOpts(t, f, "", rigOptions{wrapRT: unreachable, quick: true})
	if !f.Wait(func() bool { return strings.Contains(r.term.String(), "Scan this QR code") }, waitLong) {
		t.Fatalf("no QR code once the network is up; terminal:\n%s", r.term.String())
	}
	term := r.term.String()
	for _, want := range []string{"连不上微信，拿不到登录二维码：请检查这台机器能不能上网", "Cannot reach WeChat for a login QR code"} {
		if !strings.Contains(term, want) {
			t.Errorf("terminal lacks %q:\n%s", want, term)
		}
	}
	if strings.Index(term, "连不上微信") > strings.Index(term, "Scan this QR code") {
		t.Errorf("the network step comes after the QR code:\n%s", term)
	}
	if n := strings.Count(term, "连不上微信，拿不到登录二维码"); n != 1 {
		t.Errorf("the network step told %d times, want once:\n%s", n, term)
	}
	if alerts := r.alerts.All(); len(alerts) != 1 || !strings.Contains(alerts[0], "登录失败：连不上微信（这台机器上不了网，或域名解析不了）") ||
		strings.Contains(alerts[0], "http") {
		t.Errorf("alerts = %q, want one that says in Chinese that WeChat cannot be reached", alerts)
	}
	r.online()
}

// A clean restart while messages wait for a busy worker (an LLM call)
// handles them first: they were synced already.
func TestRestartHandlesQueuedMessages(t *testing.T) {
	f := newFake(t)
	srv := storagetest.NeedServer(t)
	started := make(chan struct{}, 3)
	slow := func(next bot.Handler) bot.Handler {
		return bot.HandlerFunc(func(ctx context.Context, m bot.Message) error {
			started <- struct{}{}
			time.Sleep(300 * time.Millisecond)
			return next.Handle(ctx, m)
		})
	}
	r := startOpts(t, f, srv.URL, rigOptions{wrapH: slow})
	r.online()
	for _, s := range []string{"上报 一号路灯坏了", "上报 二号路灯坏了", "上报 三号路灯坏了"} {
		f.GroupText("g3", "zhangsan", s)
	}
	<-started // the first is being handled, the others wait (or are not synced yet)
	r.stop()
	r = start(t, f, srv.URL)
	r.waitState(wechat.StateOnline)
	n := 0
	f.Wait(func() bool {
		reps, err := r.app.Store.Reports(context.Background(), storage.VillageScope("青山村"))
		n = len(reps)
		return err == nil && n == 3
	}, waitLong)
	if n != 3 {
		t.Errorf("%d of 3 reports filed across a clean restart", n)
	}
}

// WeChat answering the sync with an error forever (1203: restricted) is no
// sync: last_sync stays, an alert says so at once, and after a few failures
// the session ends and logs in again, alerted once.
func TestStuckSyncIsNotHealthy(t *testing.T) {
	f := newFake(t)
	var broken atomic.Bool
	var served atomic.Int32
	restricted := func(next http.RoundTripper) http.RoundTripper {
		return rtFunc(func(req *http.Request) (*http.Response, error) {
			if broken.Load() && strings.Contains(req.URL.Path, "synccheck") {
				served.Add(1)
				return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader(`window.synccheck={retcode:"1203",selector:"0"}`)),
					Header: http.Header{}, Request: req}, nil
			}
			return next.RoundTrip(req)
		})
	}
	r := startOpts(t, f, "", rigOptions{wrapRT: restricted, quick: true})
	r.online()
	broken.Store(true)
	f.GroupText("g3", "zhangsan", "吃了吗") // ends the long poll in flight
	if !f.Wait(func() bool { return served.Load() > 0 }, waitLong) {
		t.Fatal("no sync after the message")
	}
	before := r.tr.Health(context.Background()).LastSync
	stuck := func() bool {
		n := 0
		for _, a := range r.alerts.All() {
			if strings.Contains(a, "收不到微信消息了") {
				n++
			}
		}
		return n > 0
	}
	if !f.Wait(stuck, waitLong) {
		t.Fatalf("no alert that receiving broke down: %q", r.alerts.All())
	}
	h := r.tr.Health(context.Background())
	if h.LastSync.After(before) {
		t.Errorf("last_sync advanced on 1203 answers: %v → %v", before, h.LastSync)
	}
	var restrictedAlerts, stuckAlerts int
	for _, a := range r.alerts.All() {
		if strings.Contains(a, "1203") && strings.Contains(a, "限制") {
			restrictedAlerts++
		}
		if strings.Contains(a, "收不到微信消息了") {
			stuckAlerts++
		}
	}
	if restrictedAlerts == 0 || stuckAlerts != 1 {
		t.Errorf("alerts %q: want a 1203 alert and one that receiving broke down", r.alerts.All())
	}
}

// A look-alike group (a second saved group of a configured name) is not
// bound by whoever speaks in it first, nor is a township chat bound from a
// message; a grid group that was merely not saved is, with an alert.
func TestLookAlikeGroupIsNotBoundLate(t *testing.T) {
	f := newFake(t)
	f.AddPerson(wechattest.Person{Key: "stranger", Nick: "路人"})
	f.AddGroup(wechattest.Group{Key: "g3copy", Name: group3, Saved: true, Members: []wechattest.Member{{Key: "stranger"}}})
	f.AddGroup(wechattest.Group{Key: "fakeduty", Name: duty + "2", Members: []wechattest.Member{{Key: "stranger"}}})
	r := startOpts(t, f, "", rigOptions{}, func(c *config.Config) { c.Township.EmergencyChat = duty + "2" })
	r.online()
	f.GroupText("g3copy", "stranger", "上报 测试")
	f.GroupText("fakeduty", "stranger", "上报 着火了")
	f.GroupText("g1", "zhangsan", "上报 一组的路灯坏了") // 一组's group was never saved
	r.sent(1)
	time.Sleep(200 * time.Millisecond) // a wrong answer would follow within this
	got := f.Sent()
	if len(got) != 1 || got[0].To != group1 {
		t.Errorf("sent %q; want only the answer in %s", got, group1)
	}
	h := r.tr.Health(context.Background())
	if !slices.Contains(h.Missing, group3) || !slices.Contains(h.Missing, duty+"2") {
		t.Errorf("missing = %q, want %s and %s", h.Missing, group3, duty+"2")
	}
	if !f.Wait(func() bool { return len(r.alerts.All()) > 0 }, waitLong) || !strings.Contains(r.alerts.All()[0], group1) {
		t.Errorf("alerts = %q, want one about binding %s late", r.alerts.All(), group1)
	}
}

// Another WeChat account than the one that served before (whoever scanned
// the QR code) does not take over the remark-name identities: it is logged
// out with an alert, until the operator accepts it with -accept-uin. The
// line to start it so is the one that started it (a binary named gb, a
// config elsewhere), -accept-uin added: one to copy.
func TestAnotherAccountIsRefusedUntilAccepted(t *testing.T) {
	_, srv, _ := scannedOnce(t)
	other := wechattest.New(7654321, botNick)
	t.Cleanup(other.Close)
	other.AddGroup(wechattest.Group{Key: "g3", Name: group3, Saved: true})
	const started = "/srv/gb run -config /etc/石门镇.yaml"
	r := startOpts(t, other, srv.URL, rigOptions{command: started})
	other.Scan()
	refused := func() bool {
		for _, a := range r.alerts.All() {
			if strings.Contains(a, started+" -accept-uin 7654321") {
				return true
			}
		}
		return false
	}
	if !other.Wait(refused, waitLong) {
		t.Fatalf("alerts = %q, want one naming -accept-uin 7654321", r.alerts.All())
	}
	r.waitState(wechat.StateWaitScan) // a new QR code for the right account
	if term := r.term.String(); !strings.Contains(term, "原来的微信号扫稍后出现的新二维码") || !strings.Contains(term, started+" -accept-uin 7654321") {
		t.Errorf("terminal lacks the two ways on:\n%s", term)
	}
	if other.LoggedIn() {
		t.Error("the other account is still logged in")
	}
	r.stop()

	r = startOpts(t, other, srv.URL, rigOptions{acceptUin: 7654321})
	other.Scan()
	r.waitState(wechat.StateOnline)
}

// Re-reading the contacts (a sender the bot does not know yet) runs off
// WeChat's polling goroutine: while WeChat is slow to answer it, other
// chats' messages are received and answered. The message that asked waits
// for the read, so a role holder befriended since the login (remark name
// set on the phone) is recognised at his first word.
func TestSlowContactsReadHoldsUpNoOtherChat(t *testing.T) {
	f := newFake(t)
	var hold atomic.Bool
	var held atomic.Int32
	release := make(chan struct{})
	slow := func(next http.RoundTripper) http.RoundTripper {
		return rtFunc(func(req *http.Request) (*http.Response, error) {
			if hold.Load() && strings.HasSuffix(req.URL.Path, "webwxgetcontact") {
				held.Add(1)
				<-release
			}
			return next.RoundTrip(req)
		})
	}
	r := startOpts(t, f, "", rigOptions{wrapRT: slow})
	r.online()
	// openwechat fills its own contacts cache at the first group message,
	// on the polling goroutine; that is not the read this test holds.
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	r.sent(1)
	hold.Store(true)
	defer func() {
		if hold.Swap(false) {
			close(release)
		}
	}()
	// The villager who renamed himself 李四 turns out to be 王五: the
	// operator befriended him and set the remark since the login.
	f.AddPerson(wechattest.Person{Key: "spoof", Nick: "李四", Remark: "王五", Friend: true})
	r.clock.Advance(11 * time.Minute) // the contacts read at login is stale
	f.GroupText("g3", "spoof", "待办")
	if !f.Wait(func() bool { return held.Load() == 1 }, waitLong) {
		t.Fatal("the contacts were not read again for an unknown sender")
	}
	f.PrivateText("lisi", "待办") // another chat, while the read hangs
	if got := r.sent(2)[1]; got.To != "lisi" {
		t.Errorf("sent %q to %s first, want the answer to lisi", got.Text, got.To)
	}
	hold.Store(false)
	close(release)
	got := r.sent(3)[2]
	if got.To != group3 || !strings.Contains(got.Text, "三组待办") {
		t.Errorf("sent %q to %s, want 王五's 待办 answered in %s as a grid worker's", got.Text, got.To, group3)
	}
}

// An alarm in a group is handled while the group's worker is still on an
// earlier message (a model call may hold it for llm.timeout): it goes to
// the alarms' own worker. The earlier message is handled after, not lost.
func TestAlarmNotHeldBehindSlowMessage(t *testing.T) {
	f := newFake(t)
	release := make(chan struct{})
	held := make(chan struct{})
	slow := func(next bot.Handler) bot.Handler {
		return bot.HandlerFunc(func(ctx context.Context, m bot.Message) error {
			if strings.Contains(m.Text, "路灯") {
				close(held)
				<-release // a model call that takes its time
			}
			return next.Handle(ctx, m)
		})
	}
	r := startOpts(t, f, "", rigOptions{wrapH: slow, alarms: true})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	t.Cleanup(free) // before the rig stops, also when the test fails
	r.online()
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	<-held
	f.GroupText("g3", "lisi", "后山着火了！！烟好大")
	got := r.sent(2)
	free()
	contains(t, got[0], duty, "【突发事件】青山村三组 #R1")
	contains(t, got[1], group3, "紧急情况 #R1 已登记")
	got = r.sent(3)
	contains(t, got[2], group3, "已登记 #R2")
}
