package scheduler

import (
	"strings"
	"testing"
)

// TestLatePublicityWindow: a 公示 posted late (a minute, hours, a day)
// closes at the occurrence's hour on the 7th day after the day it went
// out, as its post says, so that day's 09:00 finalise makes it final; a
// minute or some hours late does not cost a day.
func TestLatePublicityWindow(t *testing.T) {
	for _, tt := range []struct {
		now, ends, early, final string
	}{
		{"2026-04-01 09:01", "到4月8日 09:00止", "2026-04-07 09:00", "2026-04-08 09:00"},
		{"2026-04-01 15:30", "到4月8日 09:00止", "2026-04-07 09:00", "2026-04-08 09:00"},
		// a day late (a replay's or sandbox's clock jump): the whole 7 days
		// from the day villagers see it
		{"2026-04-02 10:00", "到4月9日 09:00止", "2026-04-08 09:00", "2026-04-09 09:00"},
	} {
		t.Run(tt.now, func(t *testing.T) {
			f := newPointsFixture(t)
			f.record("QS-301", "张三", "三组", 10, "2026-03-10 10:00")
			out := f.runLate("points_publicity", "2026-04-01 09:00", tt.now, 1)
			if countIn(out, tt.ends) != 1 {
				t.Errorf("publicity posted:\n%s\nwant %q", strings.Join(out, "\n"), tt.ends)
			}
			if out := f.run("points_finalise", tt.early); len(out) != 0 {
				t.Errorf("finalised before the window closed: %q", out)
			}
			if out := f.run("points_finalise", tt.final); countIn(out, "【积分生效】2026年3月公示期已满") != 1 {
				t.Errorf("finalise at %s, the hour the post named:\n%s", tt.final, strings.Join(out, "\n"))
			}
			if a := f.account("QS-301"); a.Final != 10 {
				t.Errorf("QS-301 final = %d, want 10", a.Final)
			}
		})
	}
}

// TestLateRunsGiveNoPastDeadline: an occurrence run after the year-end
// clearing time (downtime, a clock jump) names no deadline already past:
// the redemption reminder is skipped (the year-end post that follows says
// the points were cleared), and the finalise and reviewers' notes leave
// out the clearing they could no longer beat. Run before it, late, the
// reminder still names the real deadline.
func TestLateRunsGiveNoPastDeadline(t *testing.T) {
	f := newPointsFixture(t)
	f.record("QS-301", "张三", "三组", 10, "2026-10-10 10:00")
	f.run("points_publicity", "2026-11-01 09:00")
	f.run("points_finalise", "2026-11-08 09:00")
	if out := f.runLate("points_reminder", "2026-12-01 10:00", "2026-12-31 17:00", 1); countIn(out, "将于12月31日 18:00清零") != 1 {
		t.Errorf("reminder run at 17:00 on 31 Dec:\n%s", strings.Join(out, "\n"))
	}

	g := newPointsFixture(t)
	g.record("QS-301", "张三", "三组", 10, "2026-10-10 10:00")
	g.run("points_publicity", "2026-11-01 09:00")
	g.run("points_finalise", "2026-11-08 09:00")
	if out := g.runLate("points_reminder", "2026-12-01 10:00", "2026-12-31 18:01", 1); len(out) != 0 {
		t.Errorf("reminder run after the clearing:\n%s", strings.Join(out, "\n"))
	}
	g.record("QS-302", "陈二", "三组", 6, "2026-11-10 10:00")
	g.submit("QS-306", "钱桂英", "三组", "2026-11-21 09:00")
	out := g.runLate("points_publicity", "2026-12-01 09:00", "2026-12-31 18:01", 1)
	if countIn(out, "【积分待审核】") == 0 || countIn(out, "年终结算") != 0 {
		t.Errorf("publicity run after the clearing:\n%s", strings.Join(out, "\n"))
	}

	h := newPointsFixture(t)
	h.record("QS-301", "张三", "三组", 10, "2026-11-10 10:00")
	h.run("points_publicity", "2026-12-01 09:00")
	h.run("points_reminder", "2026-12-01 10:00")
	out = h.runLate("points_finalise", "2026-12-31 09:00", "2026-12-31 18:01", 1)
	if countIn(out, "【积分生效】") != 1 || countIn(out, "请在此之前兑换") != 0 {
		t.Errorf("finalise run after the clearing:\n%s", strings.Join(out, "\n"))
	}
}
