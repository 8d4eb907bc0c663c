package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage/storagetest"
)

// TestFirstReportAfterStart: the first report a process files after
// openApp costs the round trips the first report of a grid costs later —
// openApp loaded the scripts, so its first commit is no NOSCRIPT and EVAL
// — and so do reports after Redis lost the scripts (SCRIPT FLUSH, as at a
// restart) but the first after it, which loads the script back.
func TestFirstReportAfterStart(t *testing.T) {
	srv := storagetest.NeedServer(t)
	ctx := context.Background()
	cfg, a := exampleApp(ctx, t, srv.URL)
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, cfg.Location())
	from := map[string]string{"三组": "张三", "一组": "刘洋"}
	report := func(grid string, i int) int64 {
		t.Helper()
		before := a.Store.RoundTrips()
		m := bot.Message{ID: fmt.Sprintf("rt49-%s-%d", grid, i), At: at.Add(time.Duration(i) * time.Minute), Chat: "青山村" + grid + "网格群",
			From: from[grid], Text: fmt.Sprintf("上报 村口第%d盏路灯不亮了", i)}
		if err := a.Handler.Handle(ctx, m); err != nil {
			t.Fatal(err)
		}
		return a.Store.RoundTrips() - before
	}
	first, second, third := report("三组", 1), report("三组", 2), report("三组", 3)
	if second != third {
		t.Errorf("second and third reports: %d, %d round trips; want as many", second, third)
	}
	// the first report of a grid reads its open reports (the duplicate
	// check; later ones are followed in memory): the first after start
	// costs that read and nothing more, as a later first of another grid
	if other := report("一组", 1); first != other || first != third+1 {
		t.Errorf("first report after start: %d round trips; first of another grid later: %d; want both %d", first, other, third+1)
	}
	if err := srv.Client(t).ScriptFlush(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	if n := report("三组", 4); n != third+1 {
		t.Errorf("first report after SCRIPT FLUSH: %d round trips, want %d (NOSCRIPT, then EVAL)", n, third+1)
	}
	if n := report("三组", 5); n != third {
		t.Errorf("report once the script was loaded back: %d round trips, want %d", n, third)
	}
	if outs := storagetest.Sent(t, a.Store, at.Add(time.Hour), a.Scopes()...); len(outs) < 6 {
		t.Errorf("replies to 6 reports: %q", outs)
	}
}
