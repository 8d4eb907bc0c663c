package scheduler

import (
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// phoneWords is a villager's report that leaves his phone number.
const phoneWords = "水渠堵了，有事打我电话13912345678"

// posts are the messages of out that go to chat (as f.run gives them,
// "chat: text"), joined.
func posts(out []string, chat string) string {
	var b strings.Builder
	for _, o := range out {
		if text, ok := strings.CutPrefix(o, chat+": "); ok {
			b.WriteString(text + "\n")
		}
	}
	return b.String()
}

// wantMasked checks that what went to chat repeats phoneWords with the
// number masked (masked) or kept.
func wantMasked(t *testing.T, what string, out []string, chat string, masked bool) {
	t.Helper()
	got := posts(out, chat)
	want, not := "电话[电话]", "13912345678"
	if !masked {
		want, not = "电话13912345678", "[电话]"
	}
	if !strings.Contains(got, want) || strings.Contains(got, not) {
		t.Errorf("%s to %s: want %q, not %q, in\n%s\n(all: %q)", what, chat, want, not, got, out)
	}
}

// TestGridGroupPostsMaskNumbers: the scheduler's posts to a grid group,
// read by every villager, repeat a villager's words with his phone number
// masked, as the handlers' replies there do; the township's chats keep it.
func TestGridGroupPostsMaskNumbers(t *testing.T) {
	const grid, office = "青山村三组网格群", "青山镇网格工作群"
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	for i, text := range []string{phoneWords, "村口路灯不亮了"} {
		f.addReport(village.Report{Type: village.General, Text: text, Reporter: "张三", CreatedAt: created.Add(time.Duration(i) * time.Minute),
			DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}})
	}
	wantMasked(t, "evening digest", f.run("evening_digest", "2026-03-02 20:00"), grid, true)
	wantMasked(t, "overdue reminder", f.run("overdue", "2026-03-03 10:00"), grid, true)
	wantMasked(t, "morning digest", f.run("morning_digest", "2026-03-04 08:30"), office, false)
}

// TestWatchdogMasksNumbersInTheGroup: an emergency nobody confirmed is
// re-posted to its grid group with the reporter's number masked; the duty
// chat, which must call him, keeps it.
func TestWatchdogMasksNumbersInTheGroup(t *testing.T) {
	f := newPointsFixture(t)
	newEmergency(t, f, "张三", "后山着火了，有事打我电话13912345678", func(r *village.Report) { r.Hazard = village.HazardFire })
	out := f.run("watchdog", "2026-03-02 09:20")
	wantMasked(t, "watchdog", out, "青山村三组网格群", true)
	wantMasked(t, "watchdog", out, "青山镇应急值班群", false)
}
