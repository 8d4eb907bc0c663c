package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
)

// TestDownNoticeOncePerDowntime: after the bot was down, each grid group
// hears once that what was said meanwhile was never registered: not in
// quiet hours, not again on a rerun or a later tick, again only for a new
// downtime; with no downtime noted, nothing.
func TestDownNoticeOncePerDowntime(t *testing.T) {
	f := newPointsFixture(t)
	ts := storage.TownshipScope("青山镇")
	if out := f.run("down_notice", "2026-12-03 09:05"); len(out) != 0 {
		t.Fatalf("no downtime noted: got %q, want nothing", out)
	}
	down := func(from, to string) {
		for _, x := range [][2]string{{downFrom, from}, {downTo, to}} {
			if _, err := f.st.ClaimRun(context.Background(), ts, x[0], f.at(x[1]), 30*24*time.Hour); err != nil {
				t.Fatal(err)
			}
		}
	}
	down("2026-12-01 09:00", "2026-12-03 06:01")
	if out := f.run("down_notice", "2026-12-03 06:05"); len(out) != 0 {
		t.Errorf("in quiet hours: got %q, want nothing", out)
	}
	out := f.run("down_notice", "2026-12-03 07:00") // twice: a rerun posts nothing more
	want := "机器人 12月1日 09:00 到 12月3日 06:01 没有运行，这期间大家在群里说的事没有登记。有要反映的，请再发一次，谢谢！"
	if len(out) != 3 || !strings.HasPrefix(out[0], "青山村一组网格群: ") || !strings.HasSuffix(out[0], want) ||
		!strings.HasPrefix(out[2], "青山村三组网格群: ") || !strings.HasSuffix(out[2], want) {
		t.Errorf("after the quiet hours: got %q, want %q in each of the three grid groups", out, want)
	}
	if out := f.run("down_notice", "2026-12-03 07:05"); len(out) != 0 {
		t.Errorf("the next tick: got %q, want nothing (told once)", out)
	}
	down("2026-12-05 10:00", "2026-12-07 10:00")
	if out := f.run("down_notice", "2026-12-07 10:00"); len(out) != 3 || !strings.Contains(out[1], "12月5日 10:00 到 12月7日 10:00 没有运行") {
		t.Errorf("a new downtime: got %q, want it told in the three grid groups", out)
	}
}
