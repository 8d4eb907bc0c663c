package scheduler_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/scheduler"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

var (
	shanghai = mustLoad("Asia/Shanghai")
	scope    = storage.TownshipScope("青山镇")
)

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// at is a time on March 2026 in Shanghai: at(2, 20, 0) is 2 March 20:00.
func at(day, hour, min int) time.Time { return time.Date(2026, 3, day, hour, min, 0, 0, shanghai) }

// every lists the times from first to last (inclusive) step apart.
func every(first, last time.Time, step time.Duration) []time.Time {
	var out []time.Time
	for t := first; !t.After(last); t = t.Add(step) {
		out = append(out, t)
	}
	return out
}

func join(parts ...[]time.Time) []time.Time { return slices.Concat(parts...) }

// behaviour is what a test job does when it runs.
type behaviour int

const (
	succeed behaviour = iota
	fail
	panics
)

type jobSpec struct {
	name string
	spec string
	does behaviour
}

// recorder records every run as "name@RFC3339 at", zone included.
type recorder struct {
	mu   sync.Mutex
	runs []string
}

func (r *recorder) jobs(specs []jobSpec) []scheduler.Job {
	out := make([]scheduler.Job, len(specs))
	for i, js := range specs {
		out[i] = scheduler.Job{Name: js.name, Spec: js.spec, Run: func(_ context.Context, at, _ time.Time) error {
			r.mu.Lock()
			r.runs = append(r.runs, js.name+"@"+at.Format(time.RFC3339))
			r.mu.Unlock()
			switch js.does {
			case fail:
				return errors.New("boom")
			case panics:
				panic("boom")
			}
			return nil
		}}
	}
	return out
}

func (r *recorder) got() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.runs)
}

// logSink collects the messages of records at Warn and above.
type logSink struct {
	mu   sync.Mutex
	msgs []string
}

func (l *logSink) Enabled(_ context.Context, lv slog.Level) bool { return lv >= slog.LevelWarn }
func (l *logSink) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.msgs = append(l.msgs, r.Level.String()+" "+r.Message)
	return nil
}
func (l *logSink) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logSink) WithGroup(string) slog.Handler      { return l }

func mustNew(tb testing.TB, st scheduler.Store, jobs []scheduler.Job, o scheduler.Options) *scheduler.Scheduler {
	tb.Helper()
	if o.Scope == "" {
		o.Scope = scope
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return storagetest.Must(scheduler.New(st, jobs, o))(tb)
}

func mustRunDue(tb testing.TB, s *scheduler.Scheduler, ticks []time.Time) {
	tb.Helper()
	for _, now := range ticks {
		if err := s.RunDue(context.Background(), now); err != nil {
			tb.Fatalf("RunDue(%s): %v", now.Format(time.RFC3339), err)
		}
	}
}

// downLog is logged when no job ran for more than a day (the bot was
// down); a daily job's ticks, however sparse, are no downtime.
const downLog = "WARN no scheduled job ran for more than a day: the bot was down; the next 早报 says so"

func TestRunDue(t *testing.T) {
	tests := []struct {
		name     string
		jobs     []jobSpec
		opts     scheduler.Options
		last     []string // names of the Last jobs
		ticks    []time.Time
		want     []string
		wantLogs []string // Warn and above
	}{
		{
			name:  "first call records the baseline without firing",
			jobs:  []jobSpec{{"morning", "30 8 * * *", succeed}},
			ticks: []time.Time{at(2, 15, 0)},
		},
		{
			name:  "a job started after today's time waits for tomorrow",
			jobs:  []jobSpec{{"morning", "30 8 * * *", succeed}},
			ticks: []time.Time{at(2, 15, 0), at(3, 8, 29), at(3, 8, 30), at(3, 8, 31)},
			want:  []string{"morning@2026-03-03T08:30:00+08:00"},
		},
		{
			name:  "daily 20:00 over three simulated days fires three times",
			jobs:  []jobSpec{{"evening", "0 20 * * *", succeed}},
			ticks: every(at(2, 9, 0), at(5, 9, 0), 7*time.Minute),
			want: []string{
				"evening@2026-03-02T20:00:00+08:00",
				"evening@2026-03-03T20:00:00+08:00",
				"evening@2026-03-04T20:00:00+08:00",
			},
		},
		{
			name:  "a sparse tick still runs the occurrence at its own time",
			jobs:  []jobSpec{{"evening", "0 20 * * *", succeed}},
			ticks: []time.Time{at(2, 9, 0), at(2, 23, 17), at(3, 23, 59)},
			want:  []string{"evening@2026-03-02T20:00:00+08:00", "evening@2026-03-03T20:00:00+08:00"},
		},
		{
			name: "20:00 Asia/Shanghai is 12:00 UTC",
			jobs: []jobSpec{{"evening", "0 20 * * *", succeed}},
			ticks: []time.Time{
				time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
				time.Date(2026, 3, 2, 11, 59, 59, 0, time.UTC),
				time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC),
			},
			want: []string{"evening@2026-03-02T20:00:00+08:00"},
		},
		{
			name: "Options.Location is honoured",
			jobs: []jobSpec{{"evening", "0 20 * * *", succeed}},
			opts: scheduler.Options{Location: time.UTC},
			ticks: []time.Time{
				time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
				time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC),
				time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC),
			},
			want: []string{"evening@2026-03-02T20:00:00Z"},
		},
		{
			name:  "descriptors are accepted",
			jobs:  []jobSpec{{"midnight", "@daily", succeed}},
			ticks: []time.Time{at(2, 9, 0), at(3, 9, 0), at(4, 9, 0)},
			want:  []string{"midnight@2026-03-03T00:00:00+08:00", "midnight@2026-03-04T00:00:00+08:00"},
		},
		{
			name:  "occurrences run in time order across jobs, ties in job order",
			jobs:  []jobSpec{{"noon", "0 12 * * *", succeed}, {"quarter", "0 */6 * * *", succeed}},
			ticks: []time.Time{at(2, 1, 0), at(3, 1, 0)},
			want: []string{
				"quarter@2026-03-02T06:00:00+08:00",
				"noon@2026-03-02T12:00:00+08:00",
				"quarter@2026-03-02T12:00:00+08:00",
				"quarter@2026-03-02T18:00:00+08:00",
				"quarter@2026-03-03T00:00:00+08:00",
			},
		},
		{
			name: "caught up at once, a Last job (a digest) runs after the others' later occurrences",
			jobs: []jobSpec{{"morning", "30 8 * * *", succeed}, {"followup", "0 10 * * *", succeed}, {"hourly", "0 9-11 * * *", succeed}},
			last: []string{"morning"},
			// up until the 2nd 12:00, down until the 3rd 11:30
			ticks: []time.Time{at(2, 12, 0), at(3, 11, 30)},
			want: []string{
				"hourly@2026-03-03T09:00:00+08:00",
				"followup@2026-03-03T10:00:00+08:00",
				"hourly@2026-03-03T10:00:00+08:00",
				"hourly@2026-03-03T11:00:00+08:00",
				"morning@2026-03-03T08:30:00+08:00",
			},
		},
		{
			name: "catch-up after two days down runs what is within CatchUp and skips the rest, logged once",
			jobs: []jobSpec{{"evening", "0 20 * * *", succeed}, {"quarter", "0 */6 * * *", succeed}},
			opts: scheduler.Options{CatchUp: 24 * time.Hour},
			// Up on the 2nd until 13:00, down until the 4th 21:00 (cutoff: the 3rd 21:00).
			ticks: join(every(at(2, 9, 0), at(2, 13, 0), time.Hour), every(at(4, 21, 0), at(5, 7, 0), time.Hour)),
			want: []string{
				"quarter@2026-03-02T12:00:00+08:00",
				// skipped: quarter 2nd 18:00 … 3rd 18:00, evening 2nd and 3rd 20:00
				"quarter@2026-03-04T00:00:00+08:00",
				"quarter@2026-03-04T06:00:00+08:00",
				"quarter@2026-03-04T12:00:00+08:00",
				"quarter@2026-03-04T18:00:00+08:00",
				"evening@2026-03-04T20:00:00+08:00",
				"quarter@2026-03-05T00:00:00+08:00",
				"quarter@2026-03-05T06:00:00+08:00",
			},
			wantLogs: []string{
				"WARN scheduled job missed occurrences older than the catch-up window; skipped",
				"WARN scheduled job missed occurrences older than the catch-up window; skipped",
				downLog,
			},
		},
		{
			name:  "negative CatchUp catches up everything",
			jobs:  []jobSpec{{"evening", "0 20 * * *", succeed}},
			opts:  scheduler.Options{CatchUp: -1},
			ticks: []time.Time{at(2, 9, 0), at(5, 21, 0)},
			want: []string{
				"evening@2026-03-02T20:00:00+08:00",
				"evening@2026-03-03T20:00:00+08:00",
				"evening@2026-03-04T20:00:00+08:00",
				"evening@2026-03-05T20:00:00+08:00",
			},
			wantLogs: []string{downLog},
		},
		{
			name:  "a panicking job does not stop the others and is not retried",
			jobs:  []jobSpec{{"broken", "0 20 * * *", panics}, {"evening", "0 20 * * *", succeed}},
			ticks: every(at(2, 9, 0), at(3, 21, 0), 30*time.Minute),
			want: []string{
				"broken@2026-03-02T20:00:00+08:00",
				"evening@2026-03-02T20:00:00+08:00",
				"broken@2026-03-03T20:00:00+08:00",
				"evening@2026-03-03T20:00:00+08:00",
			},
			wantLogs: []string{"ERROR scheduled job panicked", "ERROR scheduled job panicked"},
		},
		{
			name:     "a failing job is logged and not retried",
			jobs:     []jobSpec{{"failing", "0 20 * * *", fail}},
			ticks:    every(at(2, 9, 0), at(2, 23, 0), 10*time.Minute),
			want:     []string{"failing@2026-03-02T20:00:00+08:00"},
			wantLogs: []string{"ERROR scheduled job failed"},
		},
		{
			name:  "MaxRuns caps one call and keeps time order across jobs",
			jobs:  []jobSpec{{"hourly", "0 * * * *", succeed}, {"half", "30 1,3 * * *", succeed}},
			opts:  scheduler.Options{MaxRuns: 2, CatchUp: -1},
			ticks: []time.Time{at(2, 0, 10), at(2, 5, 10), at(2, 5, 11), at(2, 5, 12)},
			want: []string{
				// first call up to hourly's 2nd run (02:00)
				"hourly@2026-03-02T01:00:00+08:00",
				"half@2026-03-02T01:30:00+08:00",
				"hourly@2026-03-02T02:00:00+08:00",
				// second call: hourly 03:00, 04:00
				"hourly@2026-03-02T03:00:00+08:00",
				"half@2026-03-02T03:30:00+08:00",
				"hourly@2026-03-02T04:00:00+08:00",
				// third call: the rest
				"hourly@2026-03-02T05:00:00+08:00",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := storagetest.New(t)
			rec := &recorder{}
			logs := &logSink{}
			tt.opts.Logger = slog.New(logs)
			jobs := rec.jobs(tt.jobs)
			for i := range jobs {
				jobs[i].Last = slices.Contains(tt.last, jobs[i].Name)
			}
			s := mustNew(t, st, jobs, tt.opts)
			mustRunDue(t, s, tt.ticks)
			if diff := cmp.Diff(rec.got(), tt.want); diff != "" {
				t.Errorf("runs (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(logs.msgs, tt.wantLogs); diff != "" {
				t.Errorf("warnings and errors logged (-got +want):\n%s", diff)
			}
		})
	}
}

func TestFirstRunDueRecordsBaseline(t *testing.T) {
	st := storagetest.New(t)
	rec := &recorder{}
	s := mustNew(t, st, rec.jobs([]jobSpec{{"morning", "30 8 * * *", succeed}}), scheduler.Options{})
	now := at(2, 15, 0)
	mustRunDue(t, s, []time.Time{now})
	if got := rec.got(); len(got) != 0 {
		t.Errorf("first RunDue ran %v, want nothing", got)
	}
	last, ok, err := st.LastRun(context.Background(), scope, "morning")
	if err != nil {
		t.Fatal(err)
	}
	if !ok || !last.Equal(now) {
		t.Errorf("baseline = %v (recorded %v), want %v", last, ok, now)
	}
}

func TestReplicasRunEachOccurrenceOnce(t *testing.T) {
	// Two schedulers, each with its own client, on one Redis: two replicas.
	stores := func(t *testing.T) (a, b *storage.Store) {
		srv := storagetest.StartServer(t)
		if srv == nil {
			st := storagetest.New(t) // in-process fallback: one store, shared
			return st, st
		}
		return storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	}
	jobs := []jobSpec{{"evening", "0 20 * * *", succeed}, {"quarter", "0 */6 * * *", succeed}}
	want := []string{
		"evening@2026-03-02T20:00:00+08:00",
		"evening@2026-03-03T20:00:00+08:00",
		"evening@2026-03-04T20:00:00+08:00",
	}
	for _, q := range every(at(2, 12, 0), at(5, 6, 0), 6*time.Hour) {
		want = append(want, "quarter@"+q.Format(time.RFC3339))
	}
	slices.Sort(want)
	ticks := every(at(2, 9, 0), at(5, 9, 0), 13*time.Minute)
	lag := 20 * time.Second // the second replica's clock is a little behind

	tests := []struct {
		name  string
		drive func(t *testing.T, a, b *scheduler.Scheduler)
	}{
		{"alternating", func(t *testing.T, a, b *scheduler.Scheduler) {
			for _, now := range ticks {
				mustRunDue(t, a, []time.Time{now})
				mustRunDue(t, b, []time.Time{now.Add(-lag)})
			}
		}},
		{"concurrent", func(t *testing.T, a, b *scheduler.Scheduler) {
			var wg sync.WaitGroup
			for i, s := range []*scheduler.Scheduler{a, b} {
				wg.Go(func() {
					for _, now := range ticks {
						if err := s.RunDue(context.Background(), now.Add(-time.Duration(i)*lag)); err != nil {
							t.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
		}},
		{"one replica down for a day", func(t *testing.T, a, b *scheduler.Scheduler) {
			for _, now := range ticks {
				mustRunDue(t, a, []time.Time{now})
				if now.Before(at(3, 0, 0)) || now.After(at(4, 0, 0)) {
					mustRunDue(t, b, []time.Time{now.Add(-lag)})
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stA, stB := stores(t)
			rec := &recorder{}
			a := mustNew(t, stA, rec.jobs(jobs), scheduler.Options{})
			b := mustNew(t, stB, rec.jobs(jobs), scheduler.Options{})
			tt.drive(t, a, b)
			got := rec.got()
			slices.Sort(got)
			if tt.name == "concurrent" {
				// Two replicas racing may both run an occurrence: jobs
				// commit with a run id, so the effect is still once. Every
				// occurrence must have run, none more than twice.
				for i := 2; i < len(got); i++ {
					if got[i] == got[i-2] {
						t.Errorf("%s ran more than twice", got[i])
					}
				}
				got = slices.Compact(got)
			}
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("runs over both replicas (-got +want):\n%s", diff)
			}
		})
	}
}

func TestRunDueStoreDown(t *testing.T) {
	srv := storagetest.NeedServer(t)
	st := storagetest.Open(t, srv.DialOnceURL())
	rec := &recorder{}
	s := mustNew(t, st, rec.jobs([]jobSpec{{"evening", "0 20 * * *", succeed}}), scheduler.Options{})
	mustRunDue(t, s, []time.Time{at(2, 9, 0)})
	srv.Kill()
	if err := s.RunDue(context.Background(), at(2, 21, 0)); !errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("RunDue with Redis down: err = %v, want ErrUnavailable", err)
	}
	srv.Restart(t) // AOF keeps the baseline
	mustRunDue(t, s, []time.Time{at(2, 21, 1)})
	if diff := cmp.Diff(rec.got(), []string{"evening@2026-03-02T20:00:00+08:00"}); diff != "" {
		t.Errorf("runs (-got +want):\n%s", diff)
	}
}

func TestNewRejects(t *testing.T) {
	run := func(context.Context, time.Time, time.Time) error { return nil }
	tests := []struct {
		name  string
		jobs  []scheduler.Job
		opts  scheduler.Options
		wants []string // substrings of the error
	}{
		{
			name:  "hour out of range",
			jobs:  []scheduler.Job{{Name: "evening_digest", Spec: "0 25 * * *", Run: run}},
			wants: []string{`job "evening_digest"`, `"0 25 * * *"`, "minute hour day-of-month month day-of-week", "@daily"},
		},
		{
			name:  "not a cron spec",
			jobs:  []scheduler.Job{{Name: "morning", Spec: "every day at 8", Run: run}},
			wants: []string{`job "morning"`, `"every day at 8"`, "0 20 * * *"},
		},
		{
			name:  "empty spec",
			jobs:  []scheduler.Job{{Name: "overdue", Spec: "", Run: run}},
			wants: []string{`job "overdue"`, "bad schedule"},
		},
		{
			name:  "six fields",
			jobs:  []scheduler.Job{{Name: "overdue", Spec: "0 0 20 * * *", Run: run}},
			wants: []string{`job "overdue"`, "five fields"},
		},
		{
			name: "duplicate names",
			jobs: []scheduler.Job{
				{Name: "evening", Spec: "0 20 * * *", Run: run},
				{Name: "evening", Spec: "0 21 * * *", Run: run},
			},
			wants: []string{`job "evening" is listed twice`},
		},
		{
			name:  "no name",
			jobs:  []scheduler.Job{{Spec: "0 20 * * *", Run: run}},
			wants: []string{"job 1", "no name"},
		},
		{
			name:  "colon in name",
			jobs:  []scheduler.Job{{Name: "a:b", Spec: "0 20 * * *", Run: run}},
			wants: []string{`job "a:b"`, "colons"},
		},
		{
			name:  "no Run",
			jobs:  []scheduler.Job{{Name: "evening", Spec: "0 20 * * *"}},
			wants: []string{`job "evening" has no Run`},
		},
		{
			name:  "no scope",
			opts:  scheduler.Options{Scope: "-"},
			wants: []string{"Options.Scope is empty"},
		},
		{
			name:  "lock shorter than catch-up",
			opts:  scheduler.Options{CatchUp: 48 * time.Hour, LockTTL: 24 * time.Hour},
			wants: []string{"LockTTL 24h0m0s", "longer than CatchUp 48h0m0s"},
		},
		{
			name: "every problem is reported at once",
			jobs: []scheduler.Job{
				{Name: "evening", Spec: "0 25 * * *", Run: run},
				{Name: "morning", Spec: "61 8 * * *", Run: run},
			},
			wants: []string{`job "evening"`, `job "morning"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.opts
			switch o.Scope {
			case "":
				o.Scope = scope
			case "-":
				o.Scope = ""
			}
			_, err := scheduler.New(fakeStore{}, tt.jobs, o)
			if err == nil {
				t.Fatal("New accepted it, want an error")
			}
			for _, w := range tt.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestNext(t *testing.T) {
	run := func(context.Context, time.Time, time.Time) error { return nil }
	s := mustNew(t, fakeStore{}, []scheduler.Job{
		{Name: "evening", Spec: "0 20 * * *", Run: run},
		{Name: "morning", Spec: "30 8 * * 1-5", Run: run},
		{Name: "never", Spec: "0 0 30 2 *", Run: run},
	}, scheduler.Options{})
	// Saturday 7 March 2026, 21:00 in Shanghai, given in UTC.
	got := s.Next(time.Date(2026, 3, 7, 13, 0, 0, 0, time.UTC))
	want := []scheduler.Planned{
		{Job: "evening", Spec: "0 20 * * *", At: at(8, 20, 0)},
		{Job: "morning", Spec: "30 8 * * 1-5", At: at(9, 8, 30)},
		{Job: "never", Spec: "0 0 30 2 *"},
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("Next (-got +want):\n%s", diff)
	}
	if loc := got[0].At.Location(); loc.String() != "Asia/Shanghai" {
		t.Errorf("Next in %v, want Asia/Shanghai", loc)
	}
}

// memStore is an in-memory Store for the Run loop test, where the fake clock
// of testing/synctest must not meet real network deadlines.
type memStore struct {
	mu   sync.Mutex
	last map[string]time.Time
	runs map[string]bool
}

func newMemStore() *memStore {
	return &memStore{last: map[string]time.Time{}, runs: map[string]bool{}}
}

func (m *memStore) Check(context.Context) error { return nil }

func (m *memStore) LastRun(_ context.Context, sc storage.Scope, job string) (time.Time, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t, ok := m.last[string(sc)+job]
	return t, ok, nil
}

func (m *memStore) ClaimRun(_ context.Context, sc storage.Scope, job string, occ time.Time, _ time.Duration) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := fmt.Sprintf("%s%s:%d", sc, job, occ.Unix())
	if m.runs[k] {
		return false, nil
	}
	m.runs[k] = true
	if occ.After(m.last[string(sc)+job]) {
		m.last[string(sc)+job] = occ.Truncate(time.Second)
	}
	return true, nil
}

// fakeStore is a Store that is never reached.
type fakeStore struct{}

func (fakeStore) Check(context.Context) error { return errors.New("fakeStore") }

func (fakeStore) LastRun(context.Context, storage.Scope, string) (time.Time, bool, error) {
	return time.Time{}, false, errors.New("fakeStore")
}

func (fakeStore) ClaimRun(context.Context, storage.Scope, string, time.Time, time.Duration) (bool, error) {
	return false, errors.New("fakeStore")
}

func TestRunLoop(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// The bubble's clock starts at 2000-01-01 00:00 UTC, 08:00 in Shanghai.
		rec := &recorder{}
		var logs bytes.Buffer
		s := mustNew(t, newMemStore(), rec.jobs([]jobSpec{{"evening", "0 20 * * *", succeed}}),
			scheduler.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		go func() { done <- s.Run(ctx, time.Now, time.Minute) }()

		time.Sleep(36 * time.Hour) // fake time: the loop ticks 2160 times
		synctest.Wait()
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run returned %v after ctx ended, want nil", err)
		}
		want := []string{"evening@2000-01-01T20:00:00+08:00", "evening@2000-01-02T20:00:00+08:00"}
		if diff := cmp.Diff(rec.got(), want); diff != "" {
			t.Errorf("runs (-got +want):\n%s", diff)
		}
	})
}

func TestRunRejectsZeroInterval(t *testing.T) {
	s := mustNew(t, newMemStore(), nil, scheduler.Options{})
	if err := s.Run(t.Context(), time.Now, 0); err == nil {
		t.Fatal("Run with interval 0 returned nil, want an error")
	}
}

// TestRunDueLatest: a Latest job due several times at one call (downtime,
// a jump of simulated time) runs only its latest occurrence, told the time
// it runs; the earlier ones count as run. Other jobs run every occurrence.
func TestRunDueLatest(t *testing.T) {
	var runs []string
	rec := func(name string) func(context.Context, time.Time, time.Time) error {
		return func(_ context.Context, at, now time.Time) error {
			runs = append(runs, name+"@"+at.Format("02 15:04")+" now "+now.Format("02 15:04"))
			return nil
		}
	}
	s := mustNew(t, storagetest.New(t), []scheduler.Job{
		{Name: "watchdog", Spec: "*/5 * * * *", Run: rec("watchdog"), Latest: true},
		{Name: "hourly", Spec: "0 * * * *", Run: rec("hourly")},
	}, scheduler.Options{CatchUp: -1, MaxRuns: -1})
	mustRunDue(t, s, []time.Time{at(2, 8, 58), at(2, 9, 2), at(2, 11, 3), at(2, 11, 3), at(2, 11, 5)})
	want := []string{
		"watchdog@02 09:00 now 02 09:02",
		"hourly@02 09:00 now 02 09:02",
		"hourly@02 10:00 now 02 11:03",
		"watchdog@02 11:00 now 02 11:03",
		"hourly@02 11:00 now 02 11:03",
		"watchdog@02 11:05 now 02 11:05",
	}
	if diff := cmp.Diff(runs, want); diff != "" {
		t.Errorf("runs (-got +want):\n%s", diff)
	}
}

// TestRunDueLater: an occurrence whose job answers ErrLater is not
// recorded: it runs again at the next call, and the job's later
// occurrences wait behind it.
func TestRunDueLater(t *testing.T) {
	var runs []string
	night := true
	s := mustNew(t, storagetest.New(t), []scheduler.Job{{Name: "monthly", Spec: "0 9 * * *", Run: func(_ context.Context, at, now time.Time) error {
		if night {
			return fmt.Errorf("quiet: %w", scheduler.ErrLater)
		}
		runs = append(runs, at.Format("02 15:04")+" now "+now.Format("02 15:04"))
		return nil
	}}}, scheduler.Options{})
	mustRunDue(t, s, []time.Time{at(2, 8, 0), at(2, 22, 0), at(2, 23, 0)})
	if len(runs) != 0 {
		t.Fatalf("ran at night: %q", runs)
	}
	night = false
	mustRunDue(t, s, []time.Time{at(3, 7, 0), at(3, 7, 1), at(3, 9, 0)})
	if diff := cmp.Diff(runs, []string{"02 09:00 now 03 07:00", "03 09:00 now 03 09:00"}); diff != "" {
		t.Errorf("runs (-got +want):\n%s", diff)
	}
}

// TestRunDueWaitingIsNoDowntime: an occurrence waiting more than a day
// for the quiet hours to end (ErrLater) is no downtime while other jobs
// run: each night tick would otherwise note the bot down since the last
// tick, and the grid groups would hear of a downtime that never was.
func TestRunDueWaitingIsNoDowntime(t *testing.T) {
	var logs bytes.Buffer
	later := func(context.Context, time.Time, time.Time) error { return fmt.Errorf("quiet: %w", scheduler.ErrLater) }
	s := mustNew(t, storagetest.New(t), []scheduler.Job{
		{Name: "monthly", Spec: "5 9 * * *", Run: later},
		{Name: "watchdog", Spec: "*/30 * * * *", Run: func(context.Context, time.Time, time.Time) error { return nil }},
	}, scheduler.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	mustRunDue(t, s, every(at(2, 8, 0), at(4, 6, 0), 30*time.Minute))
	if strings.Contains(logs.String(), "the bot was down") {
		t.Errorf("a job ran every 30 minutes, yet the bot was noted down:\n%s", logs.String())
	}
}

// TestFirstStartLogsOneLine: at a first start every job records its
// baseline; the log says so in one line naming each job and its next run,
// not a line a job (a run in another year shows its year), and says
// nothing of it at the next tick.
func TestFirstStartLogsOneLine(t *testing.T) {
	st := storagetest.New(t)
	var logs bytes.Buffer
	s := mustNew(t, st, (&recorder{}).jobs([]jobSpec{
		{"evening", "0 20 * * *", succeed}, {"morning", "30 8 * * *", succeed}, {"watch", "*/5 * * * *", succeed},
		{"yearly", "0 10 1 3 *", succeed},
	}), scheduler.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	mustRunDue(t, s, []time.Time{at(2, 15, 1), at(2, 15, 2)})
	var lines []string
	for l := range strings.Lines(logs.String()) {
		if strings.Contains(l, "start now") || strings.Contains(l, "starts now") {
			lines = append(lines, l)
		}
	}
	const want = `count=4 next="evening 03-02 20:00, morning 03-03 08:30, watch 03-02 15:05, yearly 2027-03-01 10:00"`
	if len(lines) != 1 || !strings.Contains(lines[0], want) || !strings.Contains(lines[0], "gridbot jobs") {
		t.Errorf("first start logged %q, want one line with %s", lines, want)
	}
}

// TestKeepMissedIgnoresCatchUp: a KeepMissed job runs every occurrence
// missed while down, however old, in time order with the others' (a
// month's 公示 and the year-end ranking are not made up for later); an
// ordinary job skips what is older than CatchUp.
func TestKeepMissedIgnoresCatchUp(t *testing.T) {
	st := newMemStore()
	rec := &recorder{}
	jobs := rec.jobs([]jobSpec{{"daily", "0 9 * * *", succeed}, {"evening", "0 18 * * *", succeed}})
	jobs[0].KeepMissed = true
	s := mustNew(t, st, jobs, scheduler.Options{CatchUp: time.Hour})
	mustRunDue(t, s, []time.Time{at(2, 8, 0), at(4, 18, 30)}) // evening: the 2nd and 3rd skipped
	want := []string{
		"daily@2026-03-02T09:00:00+08:00",
		"daily@2026-03-03T09:00:00+08:00",
		"daily@2026-03-04T09:00:00+08:00",
		"evening@2026-03-04T18:00:00+08:00",
	}
	if diff := cmp.Diff(rec.got(), want); diff != "" {
		t.Errorf("runs (-got +want):\n%s", diff)
	}
}

// TestLongestCatchUpStarts: schedules.catch_up may be 7d; the default
// LockTTL outlasts it, so the scheduler starts.
func TestLongestCatchUpStarts(t *testing.T) {
	rec := &recorder{}
	if _, err := scheduler.New(newMemStore(), rec.jobs([]jobSpec{{"daily", "0 9 * * *", succeed}}),
		scheduler.Options{CatchUp: 7 * 24 * time.Hour, Scope: scope}); err != nil {
		t.Errorf("New with CatchUp 7d: %v", err)
	}
}
