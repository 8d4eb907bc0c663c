package wechat_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
)

// Redis stopping while the bot runs was told in the terminal and by an
// alert only at the watch's next round (wechat.liveness/4: 75s by
// default), though the first command to fail knew at once. The watch's
// rounds here come only when the test ticks them, so the outage and the
// recovery must be told from the failing (and then answering) commands
// themselves; full rounds after that tell neither again.
func TestRedisDownToldAtTheFirstFailedCommand(t *testing.T) {
	ticks := make(chan struct{})
	sleep := func(ctx context.Context, d time.Duration) error {
		if d < 40*time.Second { // not the watch's round: a real pause
			return bot.Sleep(ctx, d)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticks:
			return nil
		}
	}
	f, srv, r := onlineWith(t, rigOptions{sleep: sleep})
	rounds := func(n int) {
		t.Helper()
		for range n {
			select {
			case ticks <- struct{}{}:
			case <-time.After(waitLong):
				t.Fatal("the watch does not wait for its round")
			}
		}
	}
	rounds(2) // a round with Redis up tells nothing
	if strings.Contains(r.term.String(), "Redis 连不上了") {
		t.Fatalf("terminal says Redis is down while it is up:\n%s", r.term.String())
	}

	srv.Kill()
	f.GroupText("g3", "zhangsan", "上报 水渠堵了")
	contains(t, r.sent(1)[0], group3, "没有登记上")
	told := func(term, alert string) func() bool {
		return func() bool {
			return strings.Contains(r.term.String(), term) && alertsWith(r, alert) > 0
		}
	}
	if !f.Wait(told("Redis 连不上了", "连不上 Redis 了"), waitLong) {
		t.Fatalf("Redis down not told before the watch's next round; terminal:\n%s\nalerts: %q", r.term.String(), r.alerts.All())
	}
	f.GroupText("g3", "lisi", "上报 垃圾没人收")
	rounds(3) // full rounds while down: nothing more

	srv.Restart(t)
	if !f.Wait(told("Redis 又连上了", "又连上 Redis 了"), waitLong) {
		t.Fatalf("Redis back not told before the watch's next round; terminal:\n%s\nalerts: %q", r.term.String(), r.alerts.All())
	}
	rounds(3)
	term := r.term.String()
	for _, s := range []string{"Redis 连不上了", "Redis 又连上了"} {
		if n := strings.Count(term, s); n != 1 {
			t.Errorf("terminal says %q %d times, want once:\n%s", s, n, term)
		}
	}
	if strings.Index(term, "Redis 连不上了") > strings.Index(term, "Redis 又连上了") {
		t.Errorf("terminal tells the recovery before the outage:\n%s", term)
	}
	if down, back := alertsWith(r, "连不上 Redis 了"), alertsWith(r, "又连上 Redis 了"); down != 1 || back != 1 {
		t.Errorf("alerts %q: %d of the outage and %d of the recovery, want one each", r.alerts.All(), down, back)
	}
	f.GroupText("g3", "zhangsan", "上报 路上有坑")
	contains(t, r.sent(2)[1], group3, "已登记 #R1")
}

// alertsWith counts the alerts received containing s.
func alertsWith(r *rig, s string) int {
	n := 0
	for _, a := range r.alerts.All() {
		if strings.Contains(a, s) {
			n++
		}
	}
	return n
}
