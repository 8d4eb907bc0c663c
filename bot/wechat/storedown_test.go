package wechat_test

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot/wechat"
	"gridbot/bot/wechat/wechattest"
	"gridbot/storage/storagetest"
)

// With Redis down, villagers are told in plain Chinese that nothing was
// registered, once per group rather than at every message, and an
// emergency still reaches the duty chat: once, however many shout about
// it (the later witnesses follow as 突发补充, see below), while another
// emergency of the group still does.
func TestRedisDownAnswersOnceAndAlarmsStillGoOut(t *testing.T) {
	f, srv, r := onlineWithRedis(t)
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	contains(t, r.sent(1)[0], group3, "已登记 #R1")

	srv.Kill()
	for _, text := range []string{"上报 水渠堵了", "上报 垃圾没人收", "查 #R1", "上报 路上有坑"} {
		f.GroupText("g3", "zhangsan", text)
	}
	// Several villagers shout about one fire; then someone falls into the
	// river. Messages of one group are handled in order: that alarm comes
	// last.
	f.GroupText("g3", "lisi", "快来人 后山着火了")
	f.GroupText("g3", "zhangsan", "快来人 后山着火了")
	f.GroupText("g3", "spoof", "后山着火了！！")
	f.GroupText("g3", "zhangsan", "有人掉河里了 快来人")
	alarmed := func() bool {
		return slices.ContainsFunc(f.Sent(), func(s wechattest.Sent) bool { return s.To == duty && strings.Contains(s.Text, "河里") })
	}
	if !f.Wait(alarmed, waitLong) {
		t.Fatalf("no alarm of the river in %s with Redis down; sent %q", duty, f.Sent())
	}
	got := f.Sent()
	var down, fire, witness, river int
	for _, s := range got[1:] {
		switch {
		case s.To == group3 && strings.Contains(s.Text, "没有登记上"):
			down++
		case s.To == duty && strings.HasPrefix(s.Text, "【突发补充】"):
			witness++
		case s.To == duty && strings.Contains(s.Text, "着火"):
			fire++
		case s.To == duty:
			river++
		}
	}
	if down != 1 || fire != 1 || witness != 1 || river != 1 {
		t.Errorf("sent %q; want one 没有登记上 in %s, and in %s one alarm of the fire, one 突发补充 (the next witness is held) and one of the river", got[1:], group3, duty)
	}
	if h := r.tr.Health(t.Context()); h.State != wechat.StateOnline {
		t.Errorf("state %s with Redis down, want online", h.State)
	}
}

// With Redis down, WeChat's "too frequent" (1205) still pauses the direct
// sends: no request goes out during the pause, and an alarm that cannot go
// out is alerted, since nothing keeps it for later.
func TestRedisDownHonoursTooFrequent(t *testing.T) {
	f, srv, r := onlineWithRedis(t)
	srv.Kill()
	f.FailNextSends(1205, 1)
	f.GroupText("g3", "zhangsan", "上报 水渠堵了")
	f.GroupText("g3", "zhangsan", "上报 垃圾没人收")
	f.GroupText("g3", "lisi", "快来人 后山着火了")
	undelivered := func() bool {
		return slices.ContainsFunc(r.alerts.All(), func(a string) bool {
			return strings.Contains(a, duty) && strings.Contains(a, "紧急消息没发出去")
		})
	}
	if !f.Wait(undelivered, waitLong) {
		t.Fatalf("alerts %q, want one that the alarm to %s did not go out", r.alerts.All(), duty)
	}
	if n := f.Count("webwxsendmsg"); n != 1 {
		t.Errorf("%d send requests, want 1: none during the 1205 pause", n)
	}
	if got := f.Sent(); len(got) != 0 {
		t.Errorf("sent %q during the pause", got)
	}
	if h := r.tr.Health(t.Context()); h.PausedUntil.IsZero() {
		t.Errorf("health %+v, want sending paused", h)
	}
}

// Once Redis is back the next message is registered: the transport does
// not go on refusing for the outage it saw a moment before.
func TestRedisBackRegistersAtOnce(t *testing.T) {
	f, srv, r := onlineWithRedis(t)
	srv.Kill()
	f.GroupText("g3", "zhangsan", "上报 水渠堵了")
	contains(t, r.sent(1)[0], group3, "系统暂时出了故障")
	srv.Restart(t)
	f.GroupText("g3", "zhangsan", "上报 垃圾没人收")
	contains(t, r.sent(2)[1], group3, "已登记 #R1")
}

// /healthz tells when Redis is down (503, with the reason) and when it is
// back, without waiting for a message to find out.
func TestHealthzReportsRedis(t *testing.T) {
	_, srv, r := onlineWithRedis(t)
	healthz := r.healthz
	if code, h := healthz(); code != http.StatusOK || h.Redis != "up" {
		t.Fatalf("healthz with Redis up = %d %+v, want 200 and redis up", code, h)
	}
	srv.Kill()
	code, h := healthz()
	if code != http.StatusServiceUnavailable || h.Redis != "down" || !slices.ContainsFunc(h.Problems, func(p string) bool { return strings.Contains(p, "redis down") }) {
		t.Errorf("healthz with Redis down = %d %+v, want 503, redis down and the reason", code, h)
	}
	if h.Outbound != -1 || h.DeadLetters != -1 {
		t.Errorf("queues with Redis down: outbound %d, dead letters %d; want -1 (unknown)", h.Outbound, h.DeadLetters)
	}
	srv.Restart(t)
	if code, h := healthz(); code != http.StatusOK || h.Redis != "up" {
		t.Errorf("healthz with Redis back = %d %+v, want 200 and redis up", code, h)
	}
}

// With Redis down, the later witnesses of an emergency reach the duty chat
// with their names and phones: the first one at once, the others held and
// sent together as one 突发补充 a few minutes later, each person once, and
// the group's other alarms unaffected.
func TestRedisDownWitnessesReachTheDutyChatMerged(t *testing.T) {
	f, srv, r := onlineWith(t, rigOptions{quick: true})
	srv.Kill()
	f.GroupText("g3", "lisi", "快来人 后山着火了")
	f.GroupText("g3", "zhangsan", "快来人 后山着火了") // a new witness: passed on at once
	f.GroupText("g3", "spoof", "后山着火了！！")      // held
	f.GroupText("g3", "zhangsan", "后山着火了 快来人") // told already
	f.GroupText("g3", "wujiu", "快来人啊 后山着火了")   // held
	f.GroupText("g3", "zhangsan", "有人掉河里了 快来人")
	toDuty := func() []string {
		var out []string
		for _, s := range f.Sent() {
			if s.To == duty {
				out = append(out, s.Text)
			}
		}
		return out
	}
	river := func() bool {
		return slices.ContainsFunc(toDuty(), func(s string) bool { return strings.Contains(s, "河里") })
	}
	if !f.Wait(river, waitLong) {
		t.Fatalf("no alarm of the river in %s; sent %q", duty, f.Sent())
	}
	got := toDuty()
	if len(got) != 3 || !strings.Contains(got[0], "着火") || !strings.Contains(got[2], "河里") {
		t.Fatalf("to %s: %q; want the fire, one 突发补充, the river", duty, got)
	}
	first := got[1]
	if !strings.HasPrefix(first, "【突发补充】青山村三组") || !strings.Contains(first, "张三 13900000003") ||
		strings.Contains(first, "吴九") || strings.Count(first, "\n") != 1 {
		t.Errorf("first 突发补充 %q; want 张三 and his phone, alone", first)
	}

	r.clock.Advance(3 * time.Minute)
	merged := func() bool { return len(toDuty()) == 4 }
	if !f.Wait(merged, waitLong) {
		t.Fatalf("to %s after 3 minutes: %q; want the held witnesses in one more message", duty, toDuty())
	}
	last := toDuty()[3]
	if !strings.HasPrefix(last, "【突发补充】青山村三组") || !strings.Contains(last, "李四(未核实)") || !strings.Contains(last, "吴九") ||
		strings.Contains(last, "张三") || strings.Count(last, "【突发补充】") != 1 || strings.Count(last, "\n") != 2 {
		t.Errorf("merged 突发补充 %q; want one header, then 李四(未核实) and 吴九, one line each", last)
	}
}

// A start (or a new login) while Redis is down waits for Redis instead of
// showing a QR code: a scan would throw the kept login away and skip the
// same-account check, which needs the Uin kept in Redis. The terminal
// says what to do; once Redis is back the kept login works, unscanned.
func TestRedisDownAtLoginWaitsForRedis(t *testing.T) {
	f, srv, _ := scannedOnce(t)
	srv.Kill()
	r := startOpts(t, f, srv.URL, rigOptions{quick: true})
	said := func() bool { return strings.Contains(r.term.String(), "连不上 Redis，读不到保存的登录") }
	if !f.Wait(said, waitLong) {
		t.Fatalf("terminal does not say Redis is down:\n%s", r.term.String())
	}
	if h := r.tr.Health(t.Context()); h.State == wechat.StateWaitScan {
		t.Errorf("state %s with Redis down, want no QR code", h.State)
	}
	srv.Restart(t)
	r.waitState(wechat.StateOnline)
	if got := f.Count("jslogin"); got != 1 {
		t.Errorf("%d QR codes requested, want 1: the kept login works once Redis is back", got)
	}
	if strings.Contains(r.term.String(), "Scan this QR code") {
		t.Errorf("a QR code was shown:\n%s", r.term.String())
	}
}

// Redis dying while the bot runs is told to the operator once, in the
// terminal and by an alert, with what to check and that no restart is
// needed; Redis back is told once too. Without this only the log (English,
// a line per message) and /healthz would say it.
func TestRedisDownWhileRunningIsToldOnce(t *testing.T) {
	logs := &syncBuffer{}
	f, srv, r := onlineWith(t, rigOptions{quick: true, logs: logs})
	srv.Kill()
	f.GroupText("g3", "zhangsan", "上报 水渠堵了")
	// told: the terminal says term and an alert says alert.
	told := func(term, alert string) func() bool {
		return func() bool {
			return strings.Contains(r.term.String(), term) && slices.ContainsFunc(r.alerts.All(), func(a string) bool { return strings.Contains(a, alert) })
		}
	}
	if !f.Wait(told("Redis 连不上了：群里的消息登记不上", "连不上 Redis 了"), waitLong) {
		t.Fatalf("Redis down not told; terminal:\n%s\nalerts: %q", r.term.String(), r.alerts.All())
	}
	for _, want := range []string{"systemctl status redis-server", "不用重启"} {
		if !strings.Contains(r.term.String(), want) {
			t.Errorf("terminal does not say %q:\n%s", want, r.term.String())
		}
	}
	srv.Restart(t)
	if !f.Wait(told("Redis 又连上了", "又连上 Redis 了"), waitLong) {
		t.Fatalf("Redis back not told; terminal:\n%s\nalerts: %q", r.term.String(), r.alerts.All())
	}
	var down, back int
	for _, a := range r.alerts.All() {
		down += strings.Count(a, "连不上 Redis 了")
		back += strings.Count(a, "又连上 Redis 了")
	}
	if down != 1 || back != 1 || strings.Count(r.term.String(), "Redis 连不上了") != 1 || strings.Count(r.term.String(), "Redis 又连上了") != 1 {
		t.Errorf("told %d down and %d back alerts, want one each; terminal:\n%s", down, back, r.term.String())
	}
	// Their log records say the terminal was told (ops78: run's terminal,
	// its log in a file, shows the other alerts, not these again).
	for _, alert := range []string{"连不上 Redis 了", "又连上 Redis 了"} {
		var line string
		for l := range strings.SplitSeq(logs.String(), "\n") {
			if strings.Contains(l, "msg=ALERT") && strings.Contains(l, alert) {
				line = l
			}
		}
		if !strings.Contains(line, wechat.AlertShown+"=true") {
			t.Errorf("the alert %q is logged as %q, want it marked %s=true", alert, line, wechat.AlertShown)
		}
	}
}

// A new install (nothing kept in Redis) waiting half an hour for its very
// first scan is told at Warn with the scan to make, not logged as an
// error; an account that served before (its Uin kept in Redis) waiting as
// long after a restart is an error.
func TestFirstScanWaitedForIsNoError(t *testing.T) {
	for _, tc := range []struct {
		name   string
		served bool
		level  string
		want   string
	}{
		{"new install", false, "level=WARN", "还没有登录过，等第一次扫码已经"},
		{"served before a restart", true, "level=ERROR", "不在线了，群里的消息没人处理"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := storagetest.NeedServer(t)
			if tc.served { // its Uin kept, its kept login dropped as no longer working
				w := storagetest.Open(t, srv.URL).WeChat("default")
				if err := errors.Join(w.SaveLogin(context.Background(), 1234567, []byte("{}")), w.DropLogin(context.Background())); err != nil {
					t.Fatal(err)
				}
			}
			logs := &syncBuffer{}
			r := startOpts(t, newFake(t), srv.URL, rigOptions{quick: true, logs: logs})
			r.waitState(wechat.StateWaitScan)
			r.clock.Advance(31 * time.Minute)
			if !r.fake.Wait(func() bool { return strings.Contains(logs.String(), "msg=ALERT") }, waitLong) {
				t.Fatalf("no alert after 31 minutes waiting for a scan; log:\n%s", logs.String())
			}
			var alert string
			for line := range strings.SplitSeq(logs.String(), "\n") {
				if strings.Contains(line, "msg=ALERT") {
					alert = line
					break
				}
			}
			if !strings.Contains(alert, tc.level) || !strings.Contains(alert, tc.want) || !strings.Contains(alert, "请用机器人的手机扫码登录") {
				t.Errorf("alert %q, want %s saying %q and the scan to make", alert, tc.level, tc.want)
			}
		})
	}
}
