package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/scheduler"
	"gridbot/storage"
)

// liveTown is the example township run as the bot runs it: messages
// handled and scheduled runs fired in the order a test says, each at the
// time it says, so that a message may come before the tick that runs a
// job due earlier in the same minute (the replay always fires the due
// runs first).
type liveTown struct {
	t     *testing.T
	a     *app.App
	sched *scheduler.Scheduler
	disp  *bot.Dispatcher
	sent  *sentLines
	now   time.Time
	n     int
	// jobStore is the jobs' store: a test may run a message between a
	// job's reads and its commit
	jobStore *hookedJobStore
}

// hookedJobStore runs meanwhile, once, just before the first commit of a
// job run whose id starts with before: another replica's message handled
// between the run's reads and its commit.
type hookedJobStore struct {
	scheduler.JobStore
	before    string
	meanwhile func()
}

func (s *hookedJobStore) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	if s.meanwhile != nil && strings.HasPrefix(ch.MsgID, s.before) {
		run := s.meanwhile
		s.meanwhile = nil
		run()
	}
	return s.JobStore.Commit(ctx, ch)
}

// sentLines records what the dispatcher sends, as "to: text".
type sentLines struct{ lines []string }

func (s *sentLines) Send(_ context.Context, o bot.Outbound) error {
	s.lines = append(s.lines, o.To+": "+o.Text)
	return nil
}

func newLiveTown(t *testing.T, start time.Time) *liveTown {
	t.Helper()
	ctx := context.Background()
	cfg, a := exampleApp(ctx, t, redisOrMemory(t))
	l := &liveTown{t: t, a: a, sent: &sentLines{}, now: start, jobStore: &hookedJobStore{JobStore: a.Store}}
	// the scheduler a.Scheduler(-1, …) builds, on a store a test can hook
	jobs := scheduler.Jobs(scheduler.Deps{Config: cfg, Store: l.jobStore, People: a.Dir, Logger: discard()})
	sched, err := scheduler.New(a.Store, jobs, scheduler.Options{Location: cfg.Location(), CatchUp: -1, MaxRuns: -1,
		Scope: storage.TownshipScope(cfg.Township.Name), Logger: discard()})
	if err != nil {
		t.Fatal(err)
	}
	l.sched = sched
	l.disp = bot.NewDispatcher(a.Outbox(func() time.Time { return l.now }), l.sent, bot.DispatcherOptions{Interval: -1, Batch: 1, Logger: discard()})
	l.tick(start) // the jobs start here
	return l
}

// at is s ("2026-12-08T09:00:20") in the township's time zone.
func (l *liveTown) at(s string) time.Time {
	l.t.Helper()
	tm, err := time.ParseInLocation("2006-01-02T15:04:05", s, l.a.Config.Location())
	if err != nil {
		l.t.Fatal(err)
	}
	return tm
}

// drain sends what is queued and returns it.
func (l *liveTown) drain() []string {
	l.t.Helper()
	before := len(l.sent.lines)
	if _, err := l.disp.Drain(context.Background()); err != nil {
		l.t.Fatal(err)
	}
	return l.sent.lines[before:]
}

// say handles one group message at at (no scheduled run fires) and
// returns what was sent.
func (l *liveTown) say(at time.Time, chat, from, text string) []string {
	l.t.Helper()
	l.now, l.n = at, l.n+1
	m := bot.Message{ID: fmt.Sprintf("m%d", l.n), At: at, Chat: chat, From: from, Text: text}
	if err := l.a.Router.Handle(context.Background(), m); err != nil {
		l.t.Fatalf("%s: %v", text, err)
	}
	return l.drain()
}

// tick fires every scheduled run due by at and returns what was sent.
func (l *liveTown) tick(at time.Time) []string {
	l.t.Helper()
	l.now = at
	if err := l.sched.RunDue(context.Background(), at); err != nil {
		l.t.Fatal(err)
	}
	return l.drain()
}

// points is the state's claims and households.
func (l *liveTown) points() pointsState {
	l.t.Helper()
	var ps pointsState
	if err := addPointsState(context.Background(), l.a, &ps); err != nil {
		l.t.Fatal(err)
	}
	return ps
}

// TestSettledInTheMinuteOfFinalise: the window of November's 公示 closes at
// 9:00 on 8 December, when the daily finalise run makes its items final.
// The scorer settles the objection to #C1 at 9:00:20, and his message is
// committed before the scheduler's tick runs the 9:00 occurrence at
// 9:00:40. Upheld, #C1 is final at once (the window has closed) and is
// posted to the household once: the run does not post it again nor say it
// is still being checked, and makes #C2 final as usual. Revoked, #C1 stays
// revoked: the run makes nothing of it. The same holds when the tick came
// first (9:00:10) and the settlement is committed between the run's reads
// and its commit: the run's commit is refused and it is made again on
// what the scorer left.
func TestSettledInTheMinuteOfFinalise(t *testing.T) {
	const g3 = "青山村三组网格群"
	for _, tc := range []struct {
		settle     string
		status     string
		redeemable int // 张三户's after the run
		ledgerOfC1 int // entries that make #C1 final
		replySays  string
		// midRun: the scheduler's tick came first (9:00:10) and the
		// settlement is committed between the run's reads and its commit
		midRun bool
	}{
		{settle: "维持 #C1", status: "final", redeemable: 10, ledgerOfC1: 1, replySays: "现在生效"},
		{settle: "撤销 #C1 经核实当天未参加", status: "revoked", redeemable: 0, ledgerOfC1: 0, replySays: "#C1 已撤销"},
		{settle: "维持 #C1", status: "final", redeemable: 10, ledgerOfC1: 1, replySays: "现在生效", midRun: true},
		{settle: "撤销 #C1 经核实当天未参加", status: "revoked", redeemable: 0, ledgerOfC1: 0, replySays: "#C1 已撤销", midRun: true},
	} {
		t.Run(fmt.Sprintf("%s midRun=%v", tc.status, tc.midRun), func(t *testing.T) {
			l := newLiveTown(t, time.Date(2026, 11, 10, 8, 0, 0, 0, time.FixedZone("CST", 8*3600)))
			l.say(l.at("2026-11-10T10:00:00"), g3, "赵六", "加分 张三 志愿服务 10")
			l.say(l.at("2026-11-10T10:01:00"), g3, "赵六", "加分 陈二 志愿服务 10")
			pub := strings.Join(l.tick(l.at("2026-12-01T09:00:00")), "\n")
			if !strings.Contains(pub, "#C1") || !strings.Contains(pub, "#C2") {
				t.Fatalf("公示 of 1 December lacks #C1 or #C2:\n%s", pub)
			}
			l.say(l.at("2026-12-03T10:00:00"), g3, "陈二", "异议 #C1 张三那天没去")
			l.tick(l.at("2026-12-08T08:59:00")) // the 7 December run and the like
			var reply, run []string
			settle := func() { reply = l.say(l.at("2026-12-08T09:00:20"), g3, "赵六", tc.settle) }
			if tc.midRun {
				l.jobStore.before, l.jobStore.meanwhile = "job:points_finalise:", settle
				run = l.tick(l.at("2026-12-08T09:00:10"))
				if l.jobStore.meanwhile != nil {
					t.Fatal("the settlement did not come between the run's reads and its commit")
				}
			} else {
				settle()
				run = l.tick(l.at("2026-12-08T09:00:40"))
			}
			if !strings.Contains(strings.Join(reply, "\n"), tc.replySays) {
				t.Errorf("reply to %s: %q", tc.settle, reply)
			}
			all := strings.Join(run, "\n")
			if !strings.Contains(all, "【积分生效】") || !strings.Contains(all, "1 项已生效") {
				t.Errorf("the 9:00 run made nothing final:\n%s", all)
			}
			if strings.Contains(all, "#C1") || strings.Contains(all, "核实") {
				t.Errorf("the 9:00 run speaks of #C1, settled before it:\n%s", all)
			}
			ps := l.points()
			for _, c := range ps.Claims {
				switch c.ID {
				case "C1":
					if c.Status != tc.status {
						t.Errorf("#C1 is %s, want %s", c.Status, tc.status)
					}
				case "C2":
					if c.Status != "final" {
						t.Errorf("#C2 is %s, want final", c.Status)
					}
				}
			}
			n := 0
			for _, e := range ps.Ledger {
				if e.Claim == "C1" && e.To == "final" {
					n++
				}
			}
			if n != tc.ledgerOfC1 {
				t.Errorf("#C1 made final %d times in the ledger, want %d: %+v", n, tc.ledgerOfC1, ps.Ledger)
			}
			for _, h := range ps.Households {
				want := map[string]int{"QS-301": tc.redeemable, "QS-302": 10}
				if w, ok := want[h.ID]; ok && h.Redeemable != w {
					t.Errorf("%s may redeem %d, want %d", h.ID, h.Redeemable, w)
				}
			}
			// the day after, nothing more happens to either
			more := strings.Join(l.tick(l.at("2026-12-09T09:00:10")), "\n")
			if strings.Contains(more, "#C1") || strings.Contains(more, "积分生效") {
				t.Errorf("the next day's run: %s", more)
			}
		})
	}
}
