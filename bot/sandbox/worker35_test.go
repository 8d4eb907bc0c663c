package sandbox_test

import (
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"gridbot/app"
	"gridbot/bot/sandbox"
)

// walking runs the example's real scheduler behind the sandbox and lets a
// clock move stop at its runs, as `gridbot sandbox` does.
func walking(tb testing.TB) option {
	return func(o *sandbox.Options, a *app.App) {
		sched, err := a.Scheduler(-1, slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err != nil {
			tb.Fatal(err)
		}
		o.Tick = sched.RunDue
		o.NextRun = func(now time.Time, all bool) time.Time {
			if all {
				return sched.NextRun(now, 0)
			}
			return sched.NextRun(now, time.Hour)
		}
	}
}

// A clock move is the bot running all along: each scheduled run on the way
// goes out at its time (the 20:00 digest of a day's jump from the morning,
// the 早报 at 08:30, not 「机器人当时没在运行」). Only a move asked as
// downtime ("down") is caught up as after a real stop.
func TestClockMoveRunsOnTheWay(t *testing.T) {
	const office = "青山镇网格工作群"
	f := mustSandbox(t, walking(t))
	f.mustSend(t, group3, "张三", "上报 村口路灯不亮了") // Monday 09:15; the scheduler's baseline
	code, r := f.post(t, "/api/clock", map[string]any{"advance": "1d"})
	if code != http.StatusOK {
		t.Fatalf("advance 1d: %d %q", code, r.Error)
	}
	if _, ok := botSays(r.Lines, group3, "【今日小结】"); !ok {
		t.Errorf("a day's move from the morning posted %+v, want the 20:00 digest in %s", r.Lines, group3)
	}
	digest, ok := botSays(r.Lines, office, "【早报】")
	if !ok {
		t.Fatalf("a day's move posted %+v, want the 08:30 早报 in %s", r.Lines, office)
	}
	if strings.Contains(digest.Text, "没在运行") || strings.Contains(digest.Text, "补发") {
		t.Errorf("早报 after a move = %q, want it on time, with no word of downtime", digest.Text)
	}
	for _, l := range r.Lines {
		if strings.Contains(l.Text, "没有运行") || strings.Contains(l.Text, "没在运行") {
			t.Errorf("a move told of downtime in %s: %q", l.Chat, l.Text)
		}
	}

	code, r = f.post(t, "/api/clock", map[string]any{"advance": "2d", "down": true})
	if code != http.StatusOK {
		t.Fatalf("advance 2d down: %d %q", code, r.Error)
	}
	if digest, ok := botSays(r.Lines, office, "【早报】"); !ok || !strings.Contains(digest.Text, "机器人当时没在运行") {
		t.Errorf("a move as downtime posted %+v, want the 早报 caught up, saying the bot was not running", r.Lines)
	}
}
