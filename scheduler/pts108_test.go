package scheduler

import (
	"strings"
	"testing"

	"gridbot/storage"
)

// TestDigestBothGaps: the 早报 names a downtime and a later stop by day,
// both untold, in its one line (pts108: it named the downtime alone); the
// next 早报 repeats neither; a stop wholly in the night is not named.
func TestDigestBothGaps(t *testing.T) {
	f := newPointsFixture(t)
	note := f.noteGap
	note(downFrom, downTo, "2026-12-08 21:00", "2026-12-09 23:00")
	note(storage.StopFrom, storage.StopTo, "2026-12-10 06:00", "2026-12-10 08:00")
	out := f.run("morning_digest", "2026-12-10 08:30")
	want := "机器人 12月8日 21:00 到 12月9日 23:00 没有运行，今天06:00到08:00又停了一阵，这两段时间群里说的事没有登记"
	if len(out) != 1 || !strings.Contains(out[0], want) {
		t.Fatalf("both untold: got %q, want %q", out, want)
	}
	if out := f.run("morning_digest", "2026-12-11 08:30"); len(out) != 0 {
		t.Errorf("the next 早报: got %q, want nothing (told once, nothing else new)", out)
	}
	note(storage.StopFrom, storage.StopTo, "2026-12-11 14:00", "2026-12-11 16:10")
	if out := f.run("morning_digest", "2026-12-12 08:30"); len(out) != 1 || !strings.Contains(out[0], "机器人昨天14:00到16:10停了一阵，这期间群里说的事没有登记") {
		t.Errorf("a stop alone: got %q, want it named", out)
	}
	note(storage.StopFrom, storage.StopTo, "2026-12-13 00:30", "2026-12-13 03:00")
	if out := f.run("morning_digest", "2026-12-13 08:30"); len(out) != 0 {
		t.Errorf("a stop in the night: got %q, want nothing", out)
	}
}
