package scheduler

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/config"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// watchdogBench is n open emergencies nobody confirmed in the example
// village on a private redis-server, with what a watchdog run over them
// needs.
type watchdogBench struct {
	cfg     *config.Config
	people  []village.Person
	url     string
	st      *storage.Store
	created time.Time
}

func newWatchdogBench(b testing.TB, n int) *watchdogBench {
	b.Helper()
	srv := storagetest.StartServer(b)
	if srv == nil {
		b.Skip("no redis-server")
	}
	cfg, people := exampleTownship(&testing.T{})
	w := &watchdogBench{cfg: cfg, people: people, url: srv.URL, st: storagetest.Open(b, srv.URL)}
	w.created = time.Date(2026, 3, 2, 9, 0, 0, 0, cfg.Location())
	sc := storage.VillageScope("青山村")
	for i := range n {
		rep := village.Report{Type: village.Emergency, Hazard: village.HazardFire, Text: fmt.Sprintf("后山第%d处着火了", i+1),
			Reporter: "张三", Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Status: village.StatusNew, Category: "安全隐患",
			Source: fmt.Sprint("m-", i), CreatedAt: w.created, DueAt: w.created.Add(15 * time.Minute),
			History: []village.Entry{{At: w.created, By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
		if _, err := w.st.Commit(context.Background(), storage.Change{Scope: sc, MsgID: rep.Source, Create: true, Report: &rep}); err != nil {
			b.Fatal(err)
		}
	}
	// the scripts loaded, as a running township's server has them
	if _, err := w.st.AllOpenReports(context.Background(), sc); err != nil {
		b.Fatal(err)
	}
	return w
}

// run runs the watchdog's i-th occurrence (every six hours: each item is
// due again at every one) on st, and returns its round trips.
func (w *watchdogBench) run(b testing.TB, st *storage.Store, i int) int64 {
	b.Helper()
	var dog Job
	for _, j := range Jobs(Deps{Config: w.cfg, Store: st, People: roster.NewDirectory(w.people)}) {
		if j.Name == "watchdog" {
			dog = j
		}
	}
	at := w.created.Add(time.Duration(i+1) * 6 * time.Hour)
	before := st.RoundTrips()
	if err := dog.Run(context.Background(), at, at); err != nil {
		b.Fatal(err)
	}
	return st.RoundTrips() - before
}

// BenchmarkWatchdog measures the round trips of a watchdog run re-alerting
// n open emergencies (rt/op): cold, the first run of a fresh process (a
// new Store on the same server: nothing cached, no script loaded by it),
// and warm, a run after others of the same process.
func BenchmarkWatchdog(b *testing.B) {
	for _, n := range []int{1, 5, 20} {
		b.Run(fmt.Sprintf("cold/n=%d", n), func(b *testing.B) {
			w := newWatchdogBench(b, n)
			trips, runs := int64(0), 0
			for i := 0; b.Loop(); i++ {
				trips, runs = trips+w.run(b, storagetest.Open(b, w.url), i), runs+1
			}
			b.ReportMetric(float64(trips)/float64(runs), "rt/op")
		})
		b.Run(fmt.Sprintf("warm/n=%d", n), func(b *testing.B) {
			w := newWatchdogBench(b, n)
			w.run(b, w.st, 0)
			trips, runs := int64(0), 0
			for i := 1; b.Loop(); i++ {
				trips, runs = trips+w.run(b, w.st, i), runs+1
			}
			b.ReportMetric(float64(trips)/float64(runs), "rt/op")
		})
	}
}

// TestWatchdogFirstRunAfterStart: the watchdog's first run in a fresh
// process costs the connection's HELLO beside its read and its commit, no
// more (go-redis's CLIENT MAINT_NOTIFICATIONS and CLIENT SETINFO trips
// are off: storage.lean); later runs a read and a commit.
func TestWatchdogFirstRunAfterStart(t *testing.T) {
	w := newWatchdogBench(t, 5)
	st := storagetest.Open(t, w.url)
	if trips := w.run(t, st, 0); trips != 3 {
		t.Errorf("the first run took %d round trips, want 3: HELLO, a read and a commit", trips)
	}
	if trips := w.run(t, st, 1); trips != 2 {
		t.Errorf("the second run took %d round trips, want 2: a read and a commit", trips)
	}
	open, err := st.AllOpenReports(context.Background(), storage.VillageScope("青山村"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range open {
		if r.Alerts != 2 {
			t.Errorf("#%s re-alerted %d times, want at each run", r.ID, r.Alerts)
		}
	}
}
