package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/storage"
)

// TestShopStopNotice: a stop of the bot of an hour or more that reached
// into the shop's day is told to 周八 privately, once (pts105: nobody was
// told a short stop, and the redemptions he sent meanwhile were lost
// unnoticed); the grid groups hear nothing of it, nor of a stop of the
// night alone.
func TestShopStopNotice(t *testing.T) {
	f := newPointsFixture(t)
	ts := storage.TownshipScope("青山镇")
	stop := func(from, to string) {
		for _, x := range [][2]string{{storage.StopFrom, from}, {storage.StopTo, to}} {
			if _, err := f.st.ClaimRun(context.Background(), ts, x[0], f.at(x[1]), 30*24*time.Hour); err != nil {
				t.Fatal(err)
			}
		}
	}
	stop("2026-12-11 23:00", "2026-12-12 06:30")
	if out := f.run("down_notice", "2026-12-12 07:30"); len(out) != 0 {
		t.Errorf("a stop of the night: got %q, want nothing", out)
	}
	stop("2026-12-12 08:10", "2026-12-12 11:40")
	out := f.run("down_notice", "2026-12-12 11:45")
	if len(out) != 1 || !strings.HasPrefix(out[0], "周八: 【积分超市】机器人 12月12日 08:10 到 12月12日 11:40 没有运行") ||
		!strings.Contains(out[0], "「兑换」「补货」「撤销兑换」都没有记上") {
		t.Errorf("a stop in the shop's day: got %q, want 周八 told alone", out)
	}
	if out := f.run("down_notice", "2026-12-12 11:50"); len(out) != 0 {
		t.Errorf("the next tick: got %q, want nothing (told once)", out)
	}
}

func TestInShopDay(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := func(s string) time.Time {
		x, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	for _, c := range []struct {
		from, to string
		want     bool
	}{
		{"2026-12-11 20:00", "2026-12-12 07:59", false},
		{"2026-12-11 20:00", "2026-12-12 08:01", true},
		{"2026-12-12 17:59", "2026-12-12 22:00", true},
		{"2026-12-12 18:00", "2026-12-13 08:00", false},
		{"2026-12-10 18:00", "2026-12-13 08:00", true},
	} {
		if got := inShopDay(at(c.from), at(c.to), loc); got != c.want {
			t.Errorf("inShopDay(%s, %s) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}
