package scheduler

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/config"
	"gridbot/config/configtest"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

func TestPublicityPeriod(t *testing.T) {
	loc := storagetest.Must(time.LoadLocation("Asia/Shanghai"))(t)
	tests := []struct {
		cadence, at, wantCut, wantLabel string
	}{
		{"monthly", "2026-04-01 09:00", "2026-04-01", "2026年3月"},
		{"monthly", "2027-01-01 09:00", "2027-01-01", "2026年12月"},
		{"monthly", "2026-04-15 09:00", "2026-04-01", "2026年3月"},
		{"quarterly", "2026-04-01 09:00", "2026-04-01", "2026年第1季度"},
		{"quarterly", "2027-01-01 09:00", "2027-01-01", "2026年第4季度"},
		{"quarterly", "2026-08-01 09:00", "2026-07-01", "2026年第2季度"},
	}
	for _, tt := range tests {
		j := &jobs{Deps: Deps{Config: &config.Config{Points: config.Points{Publicity: config.Publicity{Cadence: tt.cadence}}}}, loc: loc}
		at, _ := time.ParseInLocation("2006-01-02 15:04", tt.at, loc)
		cut, label := j.publicityPeriod(at)
		if got := cut.Format("2006-01-02"); got != tt.wantCut || label != tt.wantLabel {
			t.Errorf("%s at %s: cut %s %q, want %s %q", tt.cadence, tt.at, got, label, tt.wantCut, tt.wantLabel)
		}
	}
	for at, want := range map[string]int{"2026-12-31": 2026, "2027-01-01": 2026, "2027-02-01": 2027} {
		d, _ := time.Parse("2006-01-02", at)
		if got := village.ClosedYear(d); got != want {
			t.Errorf("ClosedYear(%s) = %d, want %d", at, got, want)
		}
	}
}

// pointsFixture is the example village on a private Redis with the
// jobs (the points jobs and the others); more people join its roster.
type pointsFixture struct {
	t    testing.TB
	st   *storage.Store
	jobs map[string]Job
	sc   storage.Scope
	loc  *time.Location
}

// noteGap records in the township's scope that the scheduler stopped at
// from (job fromJob) and ran again at to (job toJob), as RunDue and the
// stop marks note them: a downtime (downFrom, downTo) or a short stop
// (storage.StopFrom, storage.StopTo).
func (f *pointsFixture) noteGap(fromJob, toJob, from, to string) {
	f.t.Helper()
	ts := storage.TownshipScope("青山镇")
	for _, x := range [][2]string{{fromJob, from}, {toJob, to}} {
		if _, err := f.st.ClaimRun(context.Background(), ts, x[0], f.at(x[1]), 30*24*time.Hour); err != nil {
			f.t.Fatal(err)
		}
	}
}

func newPointsFixture(t testing.TB, more ...village.Person) *pointsFixture {
	t.Helper()
	cfg, people := exampleTownship(t, more...)
	st := storagetest.New(t)
	f := &pointsFixture{t: t, st: st, sc: storage.VillageScope("青山村"), loc: cfg.Location()}
	f.use(cfg, people, st)
	return f
}

// use makes the fixture's jobs work on store.
func (f *pointsFixture) use(cfg *config.Config, people []village.Person, store JobStore) {
	f.useDeps(Deps{Config: cfg, Store: store, People: roster.NewDirectory(people)})
}

// useDeps makes the fixture's jobs Jobs(d).
func (f *pointsFixture) useDeps(d Deps) {
	f.jobs = map[string]Job{}
	for _, j := range Jobs(d) {
		f.jobs[j.Name] = j
	}
}

// logged makes the fixture's jobs, on the example township, log as text
// to the buffer it returns.
func (f *pointsFixture) logged() *bytes.Buffer {
	f.t.Helper()
	var logs bytes.Buffer
	cfg, people := exampleTownship(f.t)
	f.useDeps(Deps{Config: cfg, Store: f.st, People: roster.NewDirectory(people), Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	return &logs
}

// exampleTownship is the bundled example's config and roster, with more people.
func exampleTownship(t testing.TB, more ...village.Person) (*config.Config, []village.Person) {
	t.Helper()
	cfg := configtest.Load(t, "../config.example.yaml")
	rf := storagetest.Must(os.Open("../" + cfg.Roster))(t)
	defer rf.Close()
	people := storagetest.Must(roster.Parse(rf, cfg.Roster, cfg.Villages[0].Name))(t)
	// The tests here score households a few points each: honours of any
	// household with points keep what they check (ties, settling, the
	// posts); points40_test checks the default rule.
	cfg.Points.Ranking.HonourShare, *cfg.Points.Ranking.HonourMin = 100, 0
	return cfg, append(people, more...)
}

func (f *pointsFixture) at(s string) time.Time {
	f.t.Helper()
	t, err := time.ParseInLocation("2006-01-02 15:04", s, f.loc)
	if err != nil {
		f.t.Fatal(err)
	}
	return t
}

// run runs a job's occurrence twice, as a crashed and restarted replica
// would, and returns what it queued.
func (f *pointsFixture) run(job, at string) []string {
	f.t.Helper()
	return f.runTimes(job, at, 2)
}

// runOnce runs a job's occurrence once and returns what it queued.
func (f *pointsFixture) runOnce(job, at string) []string {
	f.t.Helper()
	return f.runTimes(job, at, 1)
}

func (f *pointsFixture) runTimes(job, at string, n int) []string {
	f.t.Helper()
	return f.runLate(job, at, at, n)
}

// runLate runs a job's occurrence at n times as it runs at now (later,
// after downtime) and returns what it queued.
func (f *pointsFixture) runLate(job, at, now string, n int) []string {
	f.t.Helper()
	for range n {
		if err := f.jobs[job].Run(context.Background(), f.at(at), f.at(now)); err != nil {
			f.t.Fatalf("%s at %s (run at %s): %v", job, at, now, err)
		}
	}
	return f.drain(f.at(now))
}

// drain takes what the jobs queued by now, each as "chat: text".
func (f *pointsFixture) drain(now time.Time) []string {
	f.t.Helper()
	return storagetest.Sent(f.t, f.st, now, f.sc, storage.TownshipScope("青山镇"))
}

// record stores a claim recorded by a scorer (approved at once), as 加分 does.
func (f *pointsFixture) record(household, person, grid string, pts int, at string) {
	f.t.Helper()
	f.recordAs(household, person, grid, pts, at, nil)
}

// recordAs is record with the claim changed by edit (when not nil) before it is stored.
func (f *pointsFixture) recordAs(household, person, grid string, pts int, at string, edit func(*village.Claim)) {
	f.t.Helper()
	ctx := context.Background()
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: storage.AccountMsgID("青山村", household),
		Docs: []storage.Doc{storage.AccountDoc(village.NewAccount("青山村", household))}}); err != nil {
		f.t.Fatal(err)
	}
	acct, _, err := storage.Account(ctx, f.st, f.sc, household)
	if err != nil {
		f.t.Fatal(err)
	}
	c := village.Claim{Village: "青山村", Grid: grid, Household: household, Person: person, Indicator: "SG02",
		Name: "参加义务劳动、集体劳动", Level: village.LevelPersonal, Kind: village.KindRegular, Points: pts}
	if edit != nil {
		edit(&c)
	}
	from, err := c.Apply(village.ClaimRecord, "赵六", f.at(at), "")
	if err != nil {
		f.t.Fatal(err)
	}
	e := c.Entry(from, "rec-"+household+at)
	e.Claim = storage.RefPlaceholder
	if err := acct.Post(e); err != nil {
		f.t.Fatal(err)
	}
	cd, err := storage.ClaimDoc(c, from)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "rec-" + household + at,
		Docs: []storage.Doc{cd, storage.LedgerDoc(e), storage.AccountDoc(acct)}, Incr: storage.PointsIncr(e)}); err != nil {
		f.t.Fatal(err)
	}
}

func (f *pointsFixture) account(household string) village.Account {
	f.t.Helper()
	a, _, err := storage.Account(context.Background(), f.st, f.sc, household)
	if err != nil {
		f.t.Fatal(err)
	}
	return a
}

// startsEach fails unless out has one message for each of want, starting
// with it.
func startsEach(t *testing.T, what string, out, want []string) {
	t.Helper()
	if len(out) != len(want) {
		t.Fatalf("%s sent %d messages, want %d:\n%s", what, len(out), len(want), strings.Join(out, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(out[i], want[i]) {
			t.Errorf("%s message %d = %q, want it to start with %q", what, i, out[i], want[i])
		}
	}
}

// holdsEach fails for each of want that text (what the test calls what)
// lacks.
func holdsEach(t *testing.T, what, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, text)
		}
	}
}

func countIn(out []string, substr string) int {
	n := 0
	for _, o := range out {
		if strings.Contains(o, substr) {
			n++
		}
	}
	return n
}

// TestPointsJobs runs the 公示, finalisation, reminder and year-end jobs
// over claims of the example village; every occurrence runs twice and
// changes things once.
func TestPointsJobs(t *testing.T) {
	f := newPointsFixture(t)
	f.record("QS-301", "张三", "三组", 10, "2026-03-10 10:00")
	f.record("QS-101", "刘建国", "一组", 6, "2026-03-31 23:59")
	f.record("QS-304", "王五", "三组", 8, "2026-04-01 08:00") // after the cut: next month's 公示

	out := f.run("points_publicity", "2026-04-01 09:00")
	want := []string{
		"青山村一组网格群: 【积分公示】青山村一组 2026年3月\n#C2 刘建国户·刘建国 参加义务劳动、集体劳动 +6分\n公示7天，到4月8日 09:00止。",
		"青山村三组网格群: 【积分公示】青山村三组 2026年3月\n#C1 张三户·张三 参加义务劳动、集体劳动 +10分\n公示7天，到4月8日 09:00止。",
	}
	startsEach(t, "publicity", out, want)
	if out := f.run("points_finalise", "2026-04-08 08:59"); len(out) != 0 {
		t.Errorf("finalised before the window closed: %q", out)
	}
	out = f.run("points_finalise", "2026-04-08 09:00")
	if countIn(out, "【积分生效】2026年3月公示期已满，无异议的 1 项已生效（共 +10 分）") != 1 || len(out) != 2 {
		t.Errorf("finalise posts:\n%s", strings.Join(out, "\n"))
	}
	if a := f.account("QS-301"); a.Final != 10 || a.Redeemable() != 10 || a.Year("2026").Final != 10 || a.Year("2026").Approved != 0 {
		t.Errorf("QS-301 after finalise: final %d redeemable %d year %+v", a.Final, a.Redeemable(), a.Year("2026"))
	}
	if a := f.account("QS-304"); a.Final != 0 {
		t.Errorf("QS-304 (not yet published) final = %d, want 0", a.Final)
	}
	if out := f.run("points_reminder", "2026-12-01 10:00"); countIn(out, "【积分清零提醒】本群有 1 户") != 2 {
		t.Errorf("reminder posts:\n%s", strings.Join(out, "\n"))
	}
	out = f.run("points_year_end", "2026-12-31 18:00")
	// one item is still to be published on 1 January: the honours are provisional
	// 一组 and 三组 have points, 二组 none: it hears nothing
	if countIn(out, "积分荣誉户（暂定）：张三户、王五户、刘建国户") != 2 || countIn(out, "青山村二组网格群") != 0 || countIn(out, "【2026年度积分排行·全镇】") != 1 {
		t.Errorf("year-end posts:\n%s", strings.Join(out, "\n"))
	}
	type bal struct{ Final, Cleared, Redeemable int }
	got := map[string]bal{}
	for _, hh := range []string{"QS-301", "QS-101", "QS-304"} {
		a := f.account(hh)
		got[hh] = bal{a.Final, a.Cleared, a.Redeemable()}
	}
	if diff := cmp.Diff(got, map[string]bal{"QS-301": {10, 10, 0}, "QS-101": {6, 6, 0}, "QS-304": {0, 0, 0}}); diff != "" {
		t.Errorf("balances after the year end (-got +want):\n%s", diff)
	}
	r, ok, err := storage.Ranking(context.Background(), f.st, f.sc, "2026")
	if err != nil || !ok || !cmp.Equal(r.Honours, []string{"QS-301", "QS-304", "QS-101"}) {
		t.Errorf("archived 2026 ranking = %+v, %v, %v", r.Honours, ok, err)
	}
}

// TestYearEndHonoursTie: households tied at the last honoured rank are all
// honoured (QA round 4, N1): 户号 order must not pick one of them.
func TestYearEndHonoursTie(t *testing.T) {
	f := newPointsFixture(t)
	f.record("QS-101", "刘建国", "一组", 12, "2026-11-02 09:00") // 12/3 = 4.0, 1st
	f.record("QS-103", "何志强", "一组", 12, "2026-11-02 09:01") // 12/4 = 3.0, 2nd
	f.record("QS-102", "马红梅", "一组", 6, "2026-11-02 09:02")  // 6/3 = 2.0, 3rd
	f.record("QS-105", "唐国平", "一组", 8, "2026-11-02 09:03")  // 8/4 = 2.0, 3rd (tie)
	out := f.run("points_year_end", "2026-12-31 18:00")
	if countIn(out, "积分荣誉户（暂定）：刘建国户、何志强户、马红梅户、唐国平户") == 0 {
		t.Errorf("year-end posts do not honour both households tied 3rd:\n%s", strings.Join(out, "\n"))
	}
	r, ok, err := storage.Ranking(context.Background(), f.st, f.sc, "2026")
	if err != nil || !ok || !cmp.Equal(r.Honours, []string{"QS-101", "QS-103", "QS-102", "QS-105"}) {
		t.Errorf("archived 2026 honours = %v, %v, %v", r.Honours, ok, err)
	}
}

// submit stores a claim waiting for review, as 申请积分 does.
func (f *pointsFixture) submit(household, person, grid, at string) {
	f.t.Helper()
	c := village.Claim{Village: "青山村", Grid: grid, Household: household, Person: person, Indicator: "SG02",
		Name: "参加义务劳动、集体劳动", Level: village.LevelPersonal, Kind: village.KindRegular, CreatedAt: f.at(at)}
	from, err := c.Apply(village.ClaimSubmit, person, f.at(at), "")
	if err != nil {
		f.t.Fatal(err)
	}
	cd, err := storage.ClaimDoc(c, from)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: f.sc, MsgID: "sub-" + household + at, Docs: []storage.Doc{cd}}); err != nil {
		f.t.Fatal(err)
	}
}

// TestWindowEndsOnTheMinutePosted: a 公示 posted seconds after 09:00
// (its run comes a little after the occurrence) ends at 09:00 seven days
// later, as the post says, and that day's 09:00 finalise makes it final.
func TestWindowEndsOnTheMinutePosted(t *testing.T) {
	f := newPointsFixture(t)
	f.record("QS-301", "张三", "三组", 10, "2026-03-10 10:00")
	if err := f.jobs["points_publicity"].Run(context.Background(), f.at("2026-04-01 09:00"), f.at("2026-04-01 09:00").Add(1500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if out := f.run("points_finalise", "2026-04-08 09:00"); countIn(out, "【积分生效】2026年3月公示期已满") != 1 {
		t.Errorf("finalise at the hour the post named:\n%s", strings.Join(out, "\n"))
	}
	if a := f.account("QS-301"); a.Final != 10 {
		t.Errorf("QS-301 final = %d, want 10", a.Final)
	}
}

// TestPublicityTellsStaleClaims: at the 公示, each reviewer hears privately
// of the claims made last month or earlier still waiting for him (a claim
// of the scorer's own household goes to the township officer); in
// December, that the year closes before the next 公示.
func TestPublicityTellsStaleClaims(t *testing.T) {
	f := newPointsFixture(t)
	f.submit("QS-302", "陈二", "三组", "2026-11-20 09:00")
	f.submit("QS-306", "钱桂英", "三组", "2026-11-21 09:00")
	f.submit("QS-301", "张三", "三组", "2026-12-01 08:30") // this month's: not yet stale
	out := f.run("points_publicity", "2026-12-01 09:00")
	want := []string{
		"赵六: 【积分待审核】青山村上月及以前提的积分申请，还有 1 项等您审核：\n#C1 陈二户·陈二「参加义务劳动、集体劳动」，11月20日申请\n" +
			"请逐项回复，如「同意 #C1 分数」或「驳回 #C1 理由」；审核后的积分计入审核当月，下次公示。\n12月31日 18:00年终结算，今年申请的之后才审核也计入今年，但年终排行要更正、荣誉户要等它公示期满才确定，请尽量在此之前审完。",
		"孙七: 【积分待审核】青山村上月及以前提的积分申请，还有 1 项等您审核：\n#C2 赵六户·钱桂英「参加义务劳动、集体劳动」，11月21日申请\n",
	}
	startsEach(t, "publicity", out, want)
	out = f.run("points_publicity", "2027-01-01 09:00")
	if countIn(out, "赵六: 【积分待审核】青山村上月及以前提的积分申请，还有 2 项") != 1 || countIn(out, "年终结算") != 0 ||
		countIn(out, "2026年申请的，审核通过后仍按申请的年份计入2026年（年终排行会更正）") == 0 {
		t.Errorf("January's publicity sent:\n%s", strings.Join(out, "\n"))
	}
}
