package scheduler

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// schedulerOf is the production scheduler over the fixture's store with
// its points jobs, catching up what was missed within catchUp.
func (f *pointsFixture) schedulerOf(catchUp time.Duration) *Scheduler {
	f.t.Helper()
	return f.schedulerWith(catchUp, "points_finalise", "points_publicity", "points_year_end", "points_reminder")
}

// schedulerWith is the production scheduler over the fixture's store with
// the jobs named, catching up what was missed within catchUp.
func (f *pointsFixture) schedulerWith(catchUp time.Duration, names ...string) *Scheduler {
	f.t.Helper()
	var jobs []Job
	for _, name := range names {
		j, ok := f.jobs[name]
		if !ok {
			f.t.Fatalf("no job %q", name)
		}
		jobs = append(jobs, j)
	}
	s, err := New(f.st, jobs, Options{Location: f.loc, CatchUp: catchUp, Scope: storage.TownshipScope("青山镇"),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		f.t.Fatal(err)
	}
	return s
}

// uptime is when the bot runs: it ticks on every hour from from to to
// (inclusive), as the minutely loop would run each job on time.
type uptime struct{ from, to string }

// live runs the scheduler over the periods the bot is up and returns
// everything it sent, each as "MM-DD HH:MM chat: text".
func (f *pointsFixture) live(s *Scheduler, up ...uptime) []string {
	f.t.Helper()
	var out []string
	for _, u := range up {
		for now := f.at(u.from); !now.After(f.at(u.to)); {
			if err := s.RunDue(context.Background(), now); err != nil {
				f.t.Fatal(err)
			}
			for _, o := range f.drain(now) {
				out = append(out, now.Format("01-02 15:04")+" "+o)
			}
			next := now.Truncate(time.Hour).Add(time.Hour)
			if next.After(f.at(u.to)) && now.Before(f.at(u.to)) {
				next = f.at(u.to)
			}
			now = next
		}
	}
	return out
}

// TestYearEndAfterDowntime: whenever the bot is down around the year's
// end, each point is counted once and lands in its year: November's
// points, final in December, are in the 2026 ranking and cleared unspent
// at the year end; December's, approved but published on 1 January, are
// in the 2026 ranking, not cleared, and redeemable in 2027. The ranking
// is archived and posted once, before anything of 2027 is final, and the
// clearing happens once, however long the bot was down and whatever the
// catch-up window.
func TestYearEndAfterDowntime(t *testing.T) {
	for _, tt := range []struct {
		name    string
		catchUp time.Duration
		up      []uptime
		// the year-end run comes after the 1 January 公示 was due: it says
		// December's points are published right after, not on 1 January
		afterPublicity bool
	}{
		{"always up", 24 * time.Hour, []uptime{{"2026-11-30 08:00", "2027-01-10 10:00"}}, false},
		{"down 31 Dec 08:00 to 20:00", 24 * time.Hour, []uptime{{"2026-11-30 08:00", "2026-12-31 08:00"}, {"2026-12-31 20:00", "2027-01-10 10:00"}}, false},
		{"down 31 Dec 08:00 to 1 Jan 03:00 (back at night)", 24 * time.Hour, []uptime{{"2026-11-30 08:00", "2026-12-31 08:00"}, {"2027-01-01 03:00", "2027-01-10 10:00"}}, false},
		{"down 30 Dec to 2 Jan, catch-up 1 day", 24 * time.Hour, []uptime{{"2026-11-30 08:00", "2026-12-30 08:00"}, {"2027-01-02 10:00", "2027-01-10 10:00"}}, true},
		{"down 30 Dec to 2 Jan, catch-up 1 hour", time.Hour, []uptime{{"2026-11-30 08:00", "2026-12-30 08:00"}, {"2027-01-02 10:00", "2027-01-10 10:00"}}, true},
		{"down 25 Dec to 9 Jan, catch-up 7 days", 7 * 24 * time.Hour, []uptime{{"2026-11-30 08:00", "2026-12-25 08:00"}, {"2027-01-09 10:00", "2027-01-20 10:00"}}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newPointsFixture(t)
			f.record("QS-301", "张三", "三组", 10, "2026-11-10 10:00") // 公示 1 Dec, final 8 Dec
			f.record("QS-101", "刘建国", "一组", 6, "2026-11-12 10:00")
			f.record("QS-302", "陈二", "三组", 8, "2026-12-10 10:00") // 公示 1 Jan, final 8 Jan
			out := f.live(f.schedulerOf(tt.catchUp), tt.up...)
			all := strings.Join(out, "\n")
			if n := countIn(out, "【2026年度积分排行】青山村"); n != 2 { // 一组, 三组
				t.Errorf("year-end ranking posted %d times, want once in each of the 2 grids with points", n)
			}
			if n := countIn(out, "【2026年度积分排行·全镇】"); n != 1 {
				t.Errorf("township ranking posted %d times, want 1", n)
			}
			if tt.afterPublicity != strings.Contains(all, "另有 1 项积分随后公示") || tt.afterPublicity == strings.Contains(all, "另有 1 项积分将于1月1日公示") {
				t.Errorf("the year-end post names the day of December's 公示 (随后 only when run after it was due)")
			}
			if n := countIn(out, "青山村三组网格群: 【积分公示】青山村三组 2026年12月\n#C3 陈二户·陈二"); n != 1 {
				t.Errorf("December's 公示 posted %d times, want 1", n)
			}
			// the ranking comes before anything of 2027 is said final
			rank, final := strings.Index(all, "【2026年度积分排行】"), strings.Index(all, "【积分生效】2026年12月")
			if rank < 0 || final < 0 || final < rank {
				t.Errorf("want the 2026 ranking, then December's points final; got:\n%s", all)
			}
			r, ok, err := storage.Ranking(context.Background(), f.st, f.sc, "2026")
			if err != nil || !ok {
				t.Fatalf("2026 ranking archived: %v, %v", ok, err)
			}
			totals := map[string]int{}
			for _, s := range r.Standings {
				if s.Total != 0 {
					totals[s.Household] = s.Total
				}
			}
			if diff := cmp.Diff(totals, map[string]int{"QS-301": 10, "QS-101": 6, "QS-302": 8}); diff != "" {
				t.Errorf("archived 2026 totals (-got +want):\n%s", diff)
			}
			type bal struct{ Final, Cleared, Redeemable, Cleared2026, Cleared2027 int }
			got := map[string]bal{}
			for _, hh := range []string{"QS-301", "QS-101", "QS-302"} {
				a := f.account(hh)
				got[hh] = bal{a.Final, a.Cleared, a.Redeemable(), a.Year("2026").Cleared, a.Year("2027").Cleared}
			}
			want := map[string]bal{"QS-301": {10, 10, 0, 10, 0}, "QS-101": {6, 6, 0, 6, 0}, "QS-302": {8, 0, 8, 0, 0}}
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("balances (-got +want):\n%s", diff)
			}
			led := storagetest.Must(storage.Ledger(context.Background(), f.st, f.sc))(t)
			clears := 0
			for _, e := range led {
				if e.Event == village.EventClear {
					clears++
				}
			}
			if clears != 2 {
				t.Errorf("%d clearings in the ledger, want 2 (QS-301, QS-101)", clears)
			}
			if t.Failed() {
				t.Logf("sent:\n%s", all)
			}
		})
	}
}

// TestFinalJustBeforeTheClearing: with a 30-day 公示, November's points
// become final at 09:00 on 31 December. Up all day, they can be spent
// until the clearing at 18:00, and what is unspent is cleared. Down from
// 08:00 to 20:00, they become final only after the clearing, when
// nobody could spend them: the 生效 post and the ranking say they are not
// cleared, and they are spent in the new year. A 公示 posted late on 3
// December (down since 30 November) closes on 2 January: its points are
// in the 2026 ranking, not cleared, final in January.
func TestFinalJustBeforeTheClearing(t *testing.T) {
	for _, tt := range []struct {
		name            string
		up              []uptime
		cleared, redeem int
		want, never     []string
	}{
		{"up all day", []uptime{{"2026-10-31 08:00", "2027-01-10 10:00"}}, 10, 0,
			[]string{"12-31 09:00 青山村三组网格群: 【积分生效】2026年11月公示期已满，无异议的 1 项已生效（共 +10 分），可以到积分超市兑换了。发「我的积分」查看。\n注意：没兑换的积分将于12月31日 18:00年终清零，刚生效的也一样，请在此之前兑换。"},
			[]string{"不清零，新的一年照常可以兑换", "清零时间过后才生效的不清零"}},
		{"down 31 Dec 08:00 to 20:00", []uptime{{"2026-10-31 08:00", "2026-12-31 08:00"}, {"2026-12-31 20:00", "2027-01-10 10:00"}}, 0, 10,
			[]string{"12-31 20:00 青山村三组网格群: 【积分生效】2026年11月公示期已满，无异议的 1 项已生效（共 +10 分），可以到积分超市兑换了。发「我的积分」查看。\n机器人停机，这次生效晚了，12月31日 18:00的年终清零已经过了：这次生效的积分不清零，新的一年照常可以兑换。",
				"已经生效、还没兑换的积分已按规定清零（机器人停机、清零时间过后才生效的不清零）。"},
			[]string{"请在此之前兑换"}},
		{"公示 late, closing on 2 January", []uptime{{"2026-10-31 08:00", "2026-11-30 08:00"}, {"2026-12-03 10:00", "2027-01-10 10:00"}}, 0, 10,
			[]string{"12-03 10:00 青山村三组网格群: 【积分公示】青山村三组 2026年11月\n#C1 张三户·张三 参加义务劳动、集体劳动 +10分\n公示30天，到1月2日 09:00止。",
				"12-03 10:00 青山村三组网格群: 【积分清零提醒】本年没兑换的积分将于12月31日 18:00清零，请及时到积分超市兑换。\n另有 1 户的积分公示期到清零以后才满，不会被清零，生效后照常可以兑换。",
				"另有 1 项积分还在公示，荣誉户要等这些积分公示期满才最终确定；公示期内如有异议",
				"01-02 09:00 青山村三组网格群: 【积分生效】2026年11月公示期已满，无异议的 1 项已生效（共 +10 分），可以到积分超市兑换了。"},
			[]string{"请在此之前兑换", "清零时间过后才生效", "也请在清零前兑换"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newPointsFixture(t)
			cfg, people := exampleTownship(t)
			cfg.Points.Publicity.Window = config.Duration(30 * 24 * time.Hour)
			f.use(cfg, people, f.st)
			f.record("QS-301", "张三", "三组", 10, "2026-11-10 10:00")
			f.record("QS-101", "刘建国", "一组", 6, "2026-10-12 10:00") // final 1 Dec, cleared
			out := f.live(f.schedulerOf(24*time.Hour), tt.up...)
			all := strings.Join(out, "\n")
			holdsEach(t, "what was sent", all, tt.want...)
			for _, n := range tt.never {
				if strings.Contains(all, n) {
					t.Errorf("something sent says %q", n)
				}
			}
			a := f.account("QS-301")
			if a.Final != 10 || a.Cleared != tt.cleared || a.Redeemable() != tt.redeem {
				t.Errorf("QS-301: final %d cleared %d redeemable %d, want 10, %d, %d", a.Final, a.Cleared, a.Redeemable(), tt.cleared, tt.redeem)
			}
			if b := f.account("QS-101"); b.Cleared != 6 || b.Redeemable() != 0 {
				t.Errorf("QS-101: cleared %d redeemable %d, want 6, 0", b.Cleared, b.Redeemable())
			}
			r, ok, err := storage.Ranking(context.Background(), f.st, f.sc, "2026")
			if err != nil || !ok || len(r.Standings) < 2 || r.Standings[0].Household != "QS-301" || r.Standings[0].Total != 10 || r.Standings[1].Total != 6 {
				t.Errorf("2026 ranking: %+v, %v, %v; want QS-301 first with 10, QS-101 with 6", r.Standings, ok, err)
			}
			if t.Failed() {
				t.Logf("sent:\n%s", all)
			}
		})
	}
}

// TestYearEndKeepSaysKept: with year_end.unspent: keep, the year-end post
// tells the groups that unspent points stay (it said nothing, and
// villagers warned of clearings elsewhere asked), clears nothing, and says
// on which day December's points are published.
func TestYearEndKeepSaysKept(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	cfg.Points.YearEnd.Unspent = "keep"
	f.use(cfg, people, f.st)
	f.record("QS-301", "张三", "三组", 10, "2026-11-10 10:00")
	f.record("QS-302", "陈二", "三组", 8, "2026-12-10 10:00")
	f.run("points_publicity", "2026-12-01 09:00")
	f.run("points_finalise", "2026-12-08 09:00")
	out := f.run("points_year_end", "2026-12-31 18:00")
	got := posts(out, "青山村三组网格群")
	holdsEach(t, "year-end post", got, "另有 1 项积分将于1月1日公示，荣誉户要等这些积分公示期满才最终确定；公示期内如有异议，核实后也会更正排行和荣誉户。",
		"没兑换的积分不清零，新的一年照常可以兑换，待公示的积分生效后也一样。")
	if a := f.account("QS-301"); a.Cleared != 0 || a.Redeemable() != 10 {
		t.Errorf("QS-301: cleared %d redeemable %d, want 0 and 10", a.Cleared, a.Redeemable())
	}
}

// TestMonthlyReportsAfterDowntime: a bot down longer than the catch-up
// window still posts each missed month's report, once, oldest first, and
// not the digests of the days it missed: the 早报 of a week ago says
// nothing the next one does not.
func TestMonthlyReportsAfterDowntime(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General, Category: "其他",
		Status: village.StatusNew, Text: "路灯不亮", CreatedAt: f.at("2026-11-20 09:00"), DueAt: f.at("2026-11-21 09:00"), Source: "m1"}
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: rep.Source, Create: true, Report: rep}); err != nil {
		t.Fatal(err)
	}
	s := f.schedulerWith(24*time.Hour, "monthly_report", "coverage", "morning_digest", "evening_digest")
	// down from 28 November to 4 January: two months' reports missed
	out := f.live(s, uptime{"2026-11-27 08:00", "2026-11-28 08:00"}, uptime{"2027-01-04 07:00", "2027-01-04 10:00"})
	for _, month := range []string{"2026年11月", "2026年12月"} {
		if n := countIn(out, "【上月事项】"+month); n != 1 {
			t.Errorf("the report of %s posted %d times, want once", month, n)
		}
	}
	all := strings.Join(out, "\n")
	if nov, dec := strings.Index(all, "【上月事项】2026年11月"), strings.Index(all, "【上月事项】2026年12月"); nov < 0 || dec < 0 || nov > dec {
		t.Errorf("want November's report before December's")
	}
	digests := 0
	for _, o := range out {
		if strings.HasPrefix(o, "01-04") && (strings.Contains(o, "【早报】") || strings.Contains(o, "【今日小结】")) {
			digests++
		}
	}
	if digests != 1 {
		t.Errorf("%d digests posted on 4 January, want 1 (that day's 早报: no digest of a day missed)", digests)
	}
	if t.Failed() {
		t.Logf("sent:\n%s", all)
	}
}
