package scheduler

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestAskReminderOnCopy: a 督办 reminder due is decided on this process's
// copy of the village's open reports and committed guarded by it, one
// round trip. Another process's new item since leaves the copy behind:
// the guarded commit is refused and the village walked again on a read,
// reminding both the item due and the other process's (rt81).
func TestAskReminderOnCopy(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg, people := exampleTownship(t, qianBa(t))
	a, b := storagetest.Open(t, srv.URL), storagetest.Open(t, srv.URL)
	f := &pointsFixture{t: t, st: a, sc: storage.VillageScope("青山村"), loc: cfg.Location()}
	f.use(cfg, people, a)
	ctx := context.Background()
	run := func(at time.Time) int64 {
		t.Helper()
		before := a.RoundTrips()
		if err := f.jobs["ask_reminder"].Run(ctx, at, at); err != nil {
			t.Fatal(err)
		}
		return a.RoundTrips() - before
	}
	reminded := func(want int) {
		t.Helper()
		reps, err := b.AllOpenReports(ctx, f.sc)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range reps {
			if !r.AskRemindedAt.IsZero() {
				n++
			}
		}
		if n != want {
			t.Errorf("%d items reminded, want %d", n, want)
		}
	}
	day := f.at("2026-03-02 09:00")
	f.addReport(heldOrderItem(f, day, "钱八", true))
	run(day.Add(6 * time.Hour)) // the first run reads: the copy
	reminded(1)
	f.addReport(heldOrderItem(f, day.AddDate(0, 0, 1), "钱八", true))
	if n := run(day.AddDate(0, 0, 1).Add(6 * time.Hour)); n != 1 {
		t.Errorf("a reminder due on the copy: %d round trips, want 1", n)
	}
	reminded(2)
	f.addReport(heldOrderItem(f, day.AddDate(0, 0, 2), "钱八", true))
	f.addReport(heldOrderItem(f, day.AddDate(0, 0, 2).Add(time.Minute), "钱八", true))
	reminded(2)
	if n := run(day.AddDate(0, 0, 2).Add(6 * time.Hour)); n != 2 {
		t.Errorf("two reminders due on the copy: %d round trips, want 2, one commit each (the second's guard follows the first)", n)
	}
	reminded(4)
	f.addReport(heldOrderItem(f, day.AddDate(0, 0, 3), "钱八", true))
	f.st = b
	f.addReport(heldOrderItem(f, day.AddDate(0, 0, 3).Add(time.Minute), "钱八", true)) // another process's item
	f.st = a
	if n := run(day.AddDate(0, 0, 3).Add(6 * time.Hour)); n < 3 {
		t.Errorf("behind another process's item: %d round trips, want the refused commit, the read and the reminders", n)
	}
	reminded(6)
}
