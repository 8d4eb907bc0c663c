package scheduler

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestDigestListsAtMostTen: the grid's evening digest counts every open
// item but lists ten, overdue first.
func TestDigestListsAtMostTen(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	created := f.at("2026-03-02 09:00")
	for i := range 12 {
		due := f.at("2026-03-03 09:00")
		if i == 11 {
			due = f.at("2026-03-02 10:00") // the newest is the one overdue
		}
		rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.General, Category: "其他",
			Status: village.StatusNew, Text: fmt.Sprintf("第%d号路灯不亮", i+1), CreatedAt: created, DueAt: due,
			Source: fmt.Sprint("m", i)}
		if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: rep.Source, Create: true, Report: rep}); err != nil {
			t.Fatal(err)
		}
	}
	out := f.run("evening_digest", "2026-03-02 20:00")
	if len(out) != 1 {
		t.Fatalf("digest: %q", out)
	}
	lines := strings.Split(out[0], "\n")
	want := []string{
		"青山村三组网格群: 【今日小结】三组 3月2日",
		"新反映 12 件，办结 0 件，未办结 12 件，其中超期 1 件。",
		"#R12 待受理 第12号路灯不亮（超期10小时）",
	}
	if len(lines) != 14 || !slices.Equal(lines[:3], want) || lines[11] != "#R9 待受理 第9号路灯不亮" || lines[12] != "……还有 2 件。" {
		t.Errorf("digest:\n%s", out[0])
	}
}

// TestMonthlyReport: last month's items per grid, counted from each item's
// history (an item the follow-up closed with no answer is no satisfied
// reporter; a procedure question closed as 已告知办理流程 is no 办结, and
// is counted apart); a grid with nothing is left out; the occurrence run twice
// posts once.
func TestMonthlyReport(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	type step struct {
		at     string
		action village.Action
		by     string // default 李四
	}
	add := func(id, created, due string, typ village.Type, steps ...step) {
		t.Helper()
		rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: typ, Category: "其他",
			Status: village.StatusNew, Text: "事项" + id, CreatedAt: f.at(created), DueAt: f.at(due), Source: id,
			History: []village.Entry{{At: f.at(created), By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
		for _, s := range steps {
			if s.by == "" {
				s.by = "李四"
			}
			if err := rep.Apply(s.action, s.by, f.at(s.at), "说明"); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: id, Create: true, Report: rep}); err != nil {
			t.Fatal(err)
		}
	}
	add("a", "2026-11-03 09:00", "2026-11-06 09:00", village.General,
		step{"2026-11-04 09:00", village.ActResolve, ""}, step{"2026-11-05 09:00", village.ActConfirm, ""}) // in time, confirmed
	add("b", "2026-11-10 09:00", "2026-11-11 09:00", village.Emergency,
		step{"2026-11-20 09:00", village.ActResolve, ""}, step{"2026-11-21 09:00", village.ActReopen, ""}) // late, reopened, overdue
	add("c", "2026-10-28 09:00", "2026-10-30 09:00", village.General,
		step{"2026-11-02 09:00", village.ActEscalate, ""}) // last month's item, escalated in November, overdue: the township's to take (town97)
	add("d", "2026-12-01 08:00", "2026-12-02 08:00", village.General) // this month's
	add("e", "2026-11-12 09:00", "2026-11-15 09:00", village.General,
		step{"2026-11-13 09:00", village.ActResolve, ""}, step{"2026-11-19 10:00", village.ActConfirm, village.SystemActor}) // no answer: auto-closed
	add("g", "2026-11-03 10:00", "2026-11-06 10:00", village.General, step{"2026-11-03 11:00", village.ActDuplicate, ""}) // the same matter as a: merged, not counted again
	// a procedure question the bot answered, closed as 已告知办理流程 when
	// the villager never asked again: no grid work, in no 办结 count
	told := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Approval, Category: "低保",
		Status: village.StatusNew, Text: "低保怎么申请", CreatedAt: f.at("2026-11-02 09:00"), Source: "f",
		History: []village.Entry{{At: f.at("2026-11-02 09:00"), By: "陈二", Action: village.ActCreate, To: village.StatusNew}}}
	for _, a := range []village.Action{village.ActResolve, village.ActConfirm} {
		if err := told.Apply(a, village.SystemActor, f.at("2026-11-16 10:00"), village.ProcedureTold); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "f", Create: true, Report: told}); err != nil {
		t.Fatal(err)
	}
	out := f.run("monthly_report", "2026-12-01 09:05")
	want := []string{"青山镇网格工作群: 【上月事项】2026年11月（按网格，截至11月30日24时）\n" +
		"青山村三组：新反映 4（突发 1），办结 3（按期 2），报告人满意 1，未答复自动结案 1，重新打开 1，上报镇 1，月底超期 1（#R2；另有等镇里接手 1 件 #R3）；已告知办理流程 1 件\n" +
		"合计：新反映 4（突发 1），办结 3，按期办结率 67%，报告人满意 1，未答复自动结案 1，重新打开 1，上报镇 1，月底超期 1（另有等镇里接手 1 件：上报镇后超期，不算网格的）。\n" +
		"另有已告知办理流程 1 件：办事咨询，机器人回复了办理流程，村民之后没再问，已结案，不算办结，也不算进办结率。\n" +
		"发「查 #R2」看一件现在怎么样，每件事项的明细可请系统管理员导出事项表。"}
	if diff := cmp.Diff(out, want); diff != "" {
		t.Errorf("monthly report (-got +want):\n%s", diff)
	}
	// caught up days late after downtime (KeepMissed): the report is
	// December's still, and says it comes late and why
	if out := f.runLate("monthly_report", "2027-01-01 09:05", "2027-01-04 10:00", 1); len(out) != 1 ||
		!strings.HasPrefix(out[0], "青山镇网格工作群: 【上月事项】2026年12月（按网格，截至12月31日24时）\n（原定1月1日 09:05发，机器人当时没在运行，1月4日 10:00补发）\n青山村三组：") ||
		!strings.Contains(out[0], "新反映 1，") {
		t.Errorf("December's report: %q", out)
	}
}

// newEmergency stores, as its reporter's first message m1 at 09:00 on
// 2 March, an emergency of grid 三组 nobody has taken on; change sets its
// other fields first.
func newEmergency(t *testing.T, f *pointsFixture, reporter, text string, change func(*village.Report)) {
	t.Helper()
	created := f.at("2026-03-02 09:00")
	rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Category: "安全隐患",
		Status: village.StatusNew, Text: text, Reporter: reporter, CreatedAt: created, DueAt: created.Add(15 * time.Minute), Source: "m1",
		History: []village.Entry{{At: created, By: reporter, Action: village.ActCreate, To: village.StatusNew}}}
	change(rep)
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: f.sc, MsgID: "m1", Create: true, Report: rep}); err != nil {
		t.Fatal(err)
	}
}

// TestWatchdogNamesWitnesses: an emergency nobody confirmed is re-posted to
// the duty chat with everyone who reported it and the numbers to phone
// round (the reporter's, the grid leader's and workers'), and to the grid.
func TestWatchdogNamesWitnesses(t *testing.T) {
	f := newPointsFixture(t)
	newEmergency(t, f, "张三", "后山着火了", func(r *village.Report) { r.Hazard, r.Followers = village.HazardFire, []string{"陈二", "王五"} })
	out := f.run("watchdog", "2026-03-02 09:20")
	joined := strings.Join(out, "\n")
	if !strings.Contains(joined, "青山镇应急值班群: 【紧急·无人确认】青山村三组 #R1") ||
		!strings.Contains(joined, "报告人：张三（13900000003），3月2日 09:00；还有 2 人报告：陈二、王五\n网格长：李四 13900000004；网格员：王五 13900000005\n") ||
		!strings.Contains(joined, "青山村三组网格群: ") {
		t.Errorf("watchdog:\n%s", joined)
	}
}

// TestWatchdogSaysWhereItSpread: the re-post of a fire that villagers
// said reached a home and a place (history notes 蔓延到…：) says where it
// spread, in the duty chat and in the grid's group, each place once.
func TestWatchdogSaysWhereItSpread(t *testing.T) {
	f := newPointsFixture(t)
	newEmergency(t, f, "张三", "老王家着火了", func(r *village.Report) {
		r.Hazard, r.Followers, r.SpreadTo = village.HazardFire, []string{"陈二", "周八"}, []string{"QS-302", "后山"}
		r.Tell("陈二", r.CreatedAt.Add(3*time.Minute), village.SpreadNote+"陈二家：火烧到我家柴房了")
		r.Tell("周八", r.CreatedAt.Add(5*time.Minute), village.SpreadNote+"后山：大火烧到后山了")
		r.Tell("赵六", r.CreatedAt.Add(6*time.Minute), village.SpreadNote+"后山：后山火更大了")
	})
	out := f.run("watchdog", "2026-03-02 09:20")
	joined := strings.Join(out, "\n")
	if !strings.Contains(joined, "还有 2 人报告：陈二、周八\n已蔓延到：陈二家、后山\n网格长：") ||
		!strings.Contains(joined, "青山村三组网格群: ") || !strings.Contains(joined, "还没人确认：老王家着火了，已蔓延到陈二家、后山\n") {
		t.Errorf("watchdog:\n%s", joined)
	}
}

// TestWatchdogCutsALongAlarm: the re-post of an alarm said in a letter of
// two thousand characters carries its head and its length, as the first
// alarm did, not four urgent messages of it.
func TestWatchdogCutsALongAlarm(t *testing.T) {
	f := newPointsFixture(t)
	newEmergency(t, f, "张三", "着火了"+strings.Repeat("！", 1997), func(r *village.Report) { r.Hazard = village.HazardFire })
	out := f.run("watchdog", "2026-03-02 09:20")
	joined := strings.Join(out, "\n")
	if !strings.Contains(joined, "…（全文2000字）") || utf8.RuneCountInString(joined) > 1000 {
		t.Errorf("watchdog of a 2000-character alarm (%d characters):\n%s", utf8.RuneCountInString(joined), joined)
	}
}

// TestWatchdogQuietOnceSaidOver: an emergency its reporter said is over
// (Report.OverSaid) is not re-posted: its leader was asked to close it.
func TestWatchdogQuietOnceSaidOver(t *testing.T) {
	f := newPointsFixture(t)
	newEmergency(t, f, "陈二", "我家老爷子放牛还没回来", func(r *village.Report) {
		r.Hazard, r.OverSaid = village.HazardMissing, r.CreatedAt.Add(5*time.Minute)
	})
	if out := f.run("watchdog", "2026-03-02 09:20"); len(out) != 0 {
		t.Errorf("watchdog after the reporter said it is over:\n%s", strings.Join(out, "\n"))
	}
}

// TestWatchdogNoGrid: an emergency reported privately by someone of no
// grid (a township officer) that named no grid has no grid leader to call:
// the re-alert says where he told it and asks the duty officer to phone
// him (his number) for the grid, and its leader; the morning digest says
// the same (not that the reporter belongs to no grid); neither says the
// leader is not set.
func TestWatchdogNoGrid(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	created := f.at("2026-03-03 08:00")
	rep := &village.Report{Village: "青山村", Type: village.Emergency, Category: "安全隐患",
		Hazard: village.HazardFire, Status: village.StatusNew, Text: "后山着火了", Reporter: "孙七", CreatedAt: created,
		DueAt: created.Add(15 * time.Minute), Source: "m1", ToldIn: village.ToldPrivately,
		History: []village.Entry{{At: created, By: "孙七", Action: village.ActCreate, To: village.StatusNew}}}
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "m1", Create: true, Report: rep}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ job, whom string }{
		{"watchdog", "还不知道在哪个网格：孙七私信报告时没说清在哪个组。请打电话（13900000007）问孙七在哪个组，再通知那个组的网格长。"},
		{"morning_digest", "还不知道在哪个网格：孙七私信报告时没说清在哪个组。请打电话（13900000007）问孙七在哪个组，再通知那个组的网格长。"},
	} {
		job, whom := tc.job, tc.whom
		joined := strings.Join(f.run(job, "2026-03-03 08:30"), "\n")
		if !strings.Contains(joined, whom) || strings.Contains(joined, "网格长：") {
			t.Errorf("%s:\n%s", job, joined)
		}
	}
}

// TestWatchdogMarksModelAlarm: an emergency only the model saw keeps its
// mark when re-alerted, so that the duty officer checks before dispatching.
func TestWatchdogMarksModelAlarm(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	created := f.at("2026-03-02 09:00")
	rep := &village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Category: "安全隐患",
		Hazard: village.HazardFire, Status: village.StatusNew, Text: "路上有个大坑", Reporter: "张三", CreatedAt: created,
		DueAt: created.Add(15 * time.Minute), Source: "m1", ByModel: true,
		History: []village.Entry{{At: created, By: "张三", Action: village.ActCreate, To: village.StatusNew}}}
	if _, err := f.st.Commit(ctx, storage.Change{Scope: f.sc, MsgID: "m1", Create: true, Report: rep}); err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(f.run("watchdog", "2026-03-02 09:20"), "\n")
	if !strings.Contains(joined, "青山镇应急值班群: 【紧急·无人确认】青山村三组 #R1（机器判断，请核实）") ||
		!strings.Contains(joined, "紧急情况 #R1（机器判断，请先核实）") {
		t.Errorf("watchdog:\n%s", joined)
	}
}

// TestWatchdogIntervalPerReport: an old emergency re-alerted hourly does
// not slow the re-alerts of a new one, which come every
// sla.emergency.accept (15 minutes) whatever order the reports are read in.
func TestWatchdogIntervalPerReport(t *testing.T) {
	f := newPointsFixture(t)
	add := func(id, grid, chat, created string) {
		t.Helper()
		at := f.at(created)
		f.addReport(village.Report{Grid: grid, Chat: chat, Type: village.Emergency, Text: "着火了" + id, Reporter: "张三",
			CreatedAt: at, DueAt: at.Add(15 * time.Minute), Village: "青山村"})
	}
	add("old", "三组", "青山村三组网格群", "2026-03-02 09:00")
	for _, at := range []string{"2026-03-02 09:15", "2026-03-02 09:30", "2026-03-02 09:45", "2026-03-02 10:00"} {
		f.run("watchdog", at) // R1 is an hour old: hourly from now on (last alert 09:45)
	}
	add("new", "一组", "青山村一组网格群", "2026-03-02 10:05")
	tests := []struct {
		at   string
		want []string // reports re-alerted in the duty chat
	}{
		{"2026-03-02 10:15", nil},
		{"2026-03-02 10:20", []string{"#R2"}},
		{"2026-03-02 10:35", []string{"#R2"}},
		{"2026-03-02 10:50", []string{"#R1", "#R2"}},
		{"2026-03-02 11:00", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, o := range f.run("watchdog", tt.at) {
			if strings.HasPrefix(o, "青山镇应急值班群: ") {
				for _, m := range dutyRefs.FindAllStringSubmatch(o, -1) { // one message lists them all
					got = append(got, m[1])
				}
			}
		}
		if diff := cmp.Diff(got, tt.want); diff != "" {
			t.Errorf("watchdog at %s (-got +want):\n%s", tt.at, diff)
		}
	}
}

// dutyRefs find the items of a watchdog's duty-chat message.
var dutyRefs = regexp.MustCompile(`(#R\d+)(?:（[^）]*）)? 已过`)

// TestWatchdogQuietAtNight: an emergency nobody confirmed is re-posted to
// its grid group every sla.emergency.accept in its first hour, at night
// too; after that, at night only the duty chat hears it (hourly, then
// every four hours), and the group again once the quiet hours end.
func TestWatchdogQuietAtNight(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 23:00")
	f.addReport(village.Report{Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Text: "闻到煤气味", Reporter: "张三",
		CreatedAt: created, DueAt: created.Add(15 * time.Minute), Village: "青山村"})
	chats := func(at string) []string {
		var to []string
		for _, o := range f.run("watchdog", at) {
			to = append(to, strings.SplitN(o, ":", 2)[0])
		}
		return to
	}
	both, duty := []string{"青山镇应急值班群", "青山村三组网格群"}, []string{"青山镇应急值班群"}
	for _, tt := range []struct {
		at   string
		want []string
	}{
		{"2026-03-02 23:15", both},
		{"2026-03-02 23:30", both},
		{"2026-03-02 23:45", both},
		{"2026-03-03 00:45", duty},
		{"2026-03-03 02:45", duty},
		{"2026-03-03 04:45", nil}, // four hours on: every four hours (realertEvery)
		{"2026-03-03 06:45", duty},
		{"2026-03-03 10:45", both},
	} {
		if diff := cmp.Diff(chats(tt.at), tt.want); diff != "" {
			t.Errorf("watchdog at %s (-got +want):\n%s", tt.at, diff)
		}
	}
}

// TestWatchdogAfterAGap: the watchdog run late (the bot was down) re-alerts
// each emergency once, with the time it really waited (6小时, not 360 minutes).
func TestWatchdogAfterAGap(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.Emergency, Text: "后山着火了", Reporter: "陈二", CreatedAt: created,
		DueAt: created.Add(15 * time.Minute)})
	out := f.runLate("watchdog", "2026-03-02 14:55", "2026-03-02 15:00", 2)
	if len(out) != 2 || !strings.Contains(out[0], "#R1 已过6小时仍无人确认") || !strings.Contains(out[1], "已过6小时还没人确认") {
		t.Errorf("watchdog after a gap:\n%s", strings.Join(out, "\n"))
	}
	if out := f.run("watchdog", "2026-03-02 15:05"); len(out) != 0 {
		t.Errorf("5 minutes after the re-alert: %q, want nothing", out)
	}
}

// TestDaytimeJobsAtNight: a job caught up in quiet hours (judged by when
// it runs) posts nothing; the digests and reminders skip the occurrence,
// the monthly reports wait for the morning.
func TestDaytimeJobsAtNight(t *testing.T) {
	f := newPointsFixture(t)
	ctx := context.Background()
	created := f.at("2026-02-20 09:00")
	f.addReport(village.Report{Type: village.General, Text: "路灯不亮", Reporter: "张三", CreatedAt: created,
		DueAt: created.Add(24 * time.Hour)})
	for _, tt := range []struct {
		job, at, now string
		later        bool
	}{
		{"evening_digest", "2026-03-02 20:00", "2026-03-02 22:30", false},
		{"morning_digest", "2026-03-02 08:30", "2026-03-02 23:30", false},
		{"overdue", "2026-03-02 18:00", "2026-03-02 23:30", false},
		{"calls", "2026-03-02 08:00", "2026-03-03 06:59", false},
		{"monthly_report", "2026-03-01 09:05", "2026-03-01 21:00", true},
		{"coverage", "2026-03-01 09:00", "2026-03-01 21:00", true},
		{"points_publicity", "2026-03-01 09:00", "2026-03-01 21:00", true},
	} {
		err := f.jobs[tt.job].Run(ctx, f.at(tt.at), f.at(tt.now))
		if got := errors.Is(err, ErrLater); got != tt.later || err != nil && !got {
			t.Errorf("%s at %s run at %s: err %v, want later %v", tt.job, tt.at, tt.now, err, tt.later)
		}
	}
	if out := f.run("evening_digest", "2026-03-02 23:00"); len(out) != 0 {
		t.Errorf("flushed %q, want nothing queued at night", out)
	}
	if out := f.runLate("morning_digest", "2026-03-02 08:30", "2026-03-02 10:00", 1); len(out) != 1 {
		t.Errorf("the morning digest run late in the day: %q, want it posted", out)
	}
}

// addLamp adds a general item nobody accepted, 村口路灯不亮了, reported
// by 张三 at created (as f.at reads it) and due a day later.
func (f *pointsFixture) addLamp(created string) {
	f.t.Helper()
	at := f.at(created)
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(24 * time.Hour), Handlers: []string{"李四"}})
}

// addReport stores rep as its reporter created it; the village, grid,
// chat, category, status and source default to a new item of 三组.
func (f *pointsFixture) addReport(rep village.Report) {
	f.t.Helper()
	f.addReportIn(f.sc, rep)
}

// addReportIn is addReport into the village scope sc (another village's
// item names its own village, grid, chat and source).
func (f *pointsFixture) addReportIn(sc storage.Scope, rep village.Report) {
	f.t.Helper()
	if rep.Village == "" {
		rep.Village, rep.Grid, rep.Chat = "青山村", "三组", "青山村三组网格群"
	}
	if rep.Status == "" {
		rep.Status = village.StatusNew
	}
	if rep.Category == "" {
		rep.Category = "其他"
	}
	if rep.Source == "" {
		rep.Source = fmt.Sprint("m-", rep.Text, rep.CreatedAt.Unix())
	}
	rep.History = append([]village.Entry{{At: rep.CreatedAt, By: rep.Reporter, Action: village.ActCreate, To: village.StatusNew}}, rep.History...)
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: sc, MsgID: rep.Source, Create: true, Report: &rep}); err != nil {
		f.t.Fatal(err)
	}
}

// addAlarm adds an emergency of 三组 of the given hazard (the zero one
// for any other), told by reporter at at and nobody has confirmed: due
// 15 minutes later.
func (f *pointsFixture) addAlarm(at time.Time, hazard village.Hazard, text, reporter string) {
	f.t.Helper()
	f.addReport(village.Report{Type: village.Emergency, Hazard: hazard, Text: text, Reporter: reporter, CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
}

// watchdogReposts runs the watchdog at 09:20 on 2 March, 20 minutes after
// alarms of 09:00, and returns its two posts, the duty chat's and then
// group's (the chat of the item); anything else stops the test.
func (f *pointsFixture) watchdogReposts(group string) []string {
	f.t.Helper()
	out := f.run("watchdog", "2026-03-02 09:20")
	if len(out) != 2 || !strings.HasPrefix(out[0], "青山镇应急值班群: ") || !strings.HasPrefix(out[1], group+": ") {
		f.t.Fatalf("%q, want the duty chat's post and the group's", out)
	}
	return out
}

// addShiqiaoAlarm adds, in 石桥村's scope, 石村民's 「桥边有人落水了」 of
// its 一组 at at, nobody has confirmed: due 15 minutes later. It returns
// 石桥村's scope.
func (f *pointsFixture) addShiqiaoAlarm(at time.Time) storage.Scope {
	f.t.Helper()
	sq := storage.VillageScope("石桥村")
	f.addReportIn(sq, village.Report{Type: village.Emergency, Text: "桥边有人落水了", Reporter: "石村民",
		Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群", Category: "安全隐患", Source: "sq-1", CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
	return sq
}

// resolvedAndOpen stores, made at created, a report resolved and awaiting
// its reporter's answer and one still open; it returns created.
func (f *pointsFixture) resolvedAndOpen(created string) time.Time {
	at := f.at(created)
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: at,
		DueAt: at.Add(72 * time.Hour), Status: village.StatusResolved,
		History: []village.Entry{{At: at.Add(5 * time.Minute), By: "李四", Action: village.ActResolve, From: village.StatusNew, To: village.StatusResolved}}})
	f.addReport(village.Report{Type: village.General, Text: "水渠堵了", Reporter: "陈二", CreatedAt: at, DueAt: at.Add(72 * time.Hour)})
	return at
}

// TestDigestsAgreeOnOpen: the morning digest, like the evening one, counts
// an item resolved and awaiting the reporter's answer apart from the open
// ones, and says so.
func TestDigestsAgreeOnOpen(t *testing.T) {
	f := newPointsFixture(t)
	f.resolvedAndOpen("2026-03-02 09:00")
	evening := strings.Join(f.run("evening_digest", "2026-03-02 20:00"), "\n")
	morning := strings.Join(f.run("morning_digest", "2026-03-03 08:30"), "\n")
	const awaiting = "（不含已办结、等报告人确认的 1 件）"
	// the evening's 办结 counts it already (digest68): not counted twice
	if !strings.Contains(evening, "办结 1 件（等报告人确认），未办结 1 件。") || !strings.Contains(morning, "全镇未办结 1 件"+awaiting+"\n") {
		t.Errorf("evening:\n%s\nmorning:\n%s", evening, morning)
	}
}

// TestDigestsAgreeOnProcedureQuestions: a procedure question the bot
// answered with the procedure, nobody to act on it until the villager asks
// again, is open in neither digest; both say so in the one note that also
// counts the items awaiting their reporter, not in two notes in a row.
// Asked again (a deadline runs), it is open in both.
func TestDigestsAgreeOnProcedureQuestions(t *testing.T) {
	f := newPointsFixture(t)
	created := f.resolvedAndOpen("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.Approval, Category: "低保", Text: "低保怎么申请", Reporter: "周八", CreatedAt: created}) // answered: no deadline
	evening := strings.Join(f.run("evening_digest", "2026-03-02 20:00"), "\n")
	morning := strings.Join(f.run("morning_digest", "2026-03-03 08:30"), "\n")
	const aside = "（不含已办结、等报告人确认的 1 件，和已告知办理流程、等村民再问的 1 件办事咨询）"
	if !strings.Contains(evening, "办结 1 件（等报告人确认），未办结 1 件（不含已告知办理流程、等村民再问的 1 件办事咨询）") || !strings.Contains(morning, "全镇未办结 1 件"+aside+"\n") {
		t.Errorf("evening:\n%s\nmorning:\n%s", evening, morning)
	}
	if strings.Count(morning, "（不含") != 1 || strings.Contains(evening, "低保怎么申请") {
		t.Errorf("want one note, and the answered question not listed open:\nevening:\n%s\nmorning:\n%s", evening, morning)
	}
	f.addReport(village.Report{Type: village.Approval, Category: "低保", Text: "低保申请了没人管", Reporter: "郑十", CreatedAt: f.at("2026-03-03 10:00"),
		DueAt: f.at("2026-03-06 10:00")}) // asked again: someone must act
	evening = strings.Join(f.run("evening_digest", "2026-03-03 20:00"), "\n")
	morning = strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	if !strings.Contains(evening, "未办结 2 件") || !strings.Contains(evening, "低保申请了没人管") || !strings.Contains(morning, "全镇未办结 2 件") || !strings.Contains(morning, "办事 1") {
		t.Errorf("a procedure question someone must act on is open in both:\nevening:\n%s\nmorning:\n%s", evening, morning)
	}
}

// TestEveningDigestOnlyWhenSomethingHappened: a grid whose open items did
// not change today and are all in time gets no digest; a change today or
// an overdue item brings it back.
func TestEveningDigestOnlyWhenSomethingHappened(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.Mediation, Text: "隔壁装修天天很吵", Reporter: "张三", CreatedAt: created,
		DueAt: created.Add(7 * 24 * time.Hour)})
	if out := f.run("evening_digest", "2026-03-02 20:00"); len(out) != 1 {
		t.Errorf("the day it came in: %q, want a digest", out)
	}
	if out := f.run("evening_digest", "2026-03-03 20:00"); len(out) != 0 {
		t.Errorf("a day with nothing new: %q, want nothing", out)
	}
	if out := f.run("evening_digest", "2026-03-09 20:00"); len(out) != 1 || !strings.Contains(out[0], "其中超期 1 件") {
		t.Errorf("with the item overdue: %q, want a digest", out)
	}
	if out := f.runLate("evening_digest", "2026-03-10 20:00", "2026-03-11 09:00", 1); len(out) != 0 {
		t.Errorf("caught up the next morning: %q, want nothing (the day is over)", out)
	}
}

// TestOverdueCatchUpRemindsFirst: overdue occurrences caught up after
// downtime all run at the same moment; the handler is reminded then, and
// the item goes to the township only sla.escalate_after after that
// reminder went out, not after the occurrence it was caught up for.
func TestOverdueCatchUpRemindsFirst(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: created,
		DueAt: created.Add(24 * time.Hour), Handlers: []string{"李四"}})
	var out []string
	for at := f.at("2026-03-03 12:00"); !at.After(f.at("2026-03-04 12:00")); at = at.Add(time.Hour) {
		if h := at.Hour(); h < 9 || h > 18 {
			continue // the overdue job runs 09:00–18:00
		}
		out = append(out, f.runLate("overdue", at.Format("2006-01-02 15:04"), "2026-03-04 12:00", 1)...)
	}
	if countIn(out, "已过期限") != 1 || countIn(out, "【超期上报】") != 0 {
		t.Errorf("caught up at 12:00 the next day:\n%s\nwant the reminder only", strings.Join(out, "\n"))
	}
	// the audit says when the reminder went out, as the report does
	log := storagetest.Must(f.st.AuditLog(context.Background(), f.sc))(t)
	reps := storagetest.Must(f.st.Reports(context.Background(), f.sc))(t)
	var stamps []string
	for _, e := range log {
		if e.Action == "overdue" {
			stamps = append(stamps, e.At)
		}
	}
	if want := []string{reps[0].RemindedAt.Format(time.RFC3339)}; !slices.Equal(stamps, want) || !reps[0].RemindedAt.Equal(f.at("2026-03-04 12:00")) {
		t.Errorf("the reminder's audit entries are stamped %q, want %q (RemindedAt)", stamps, want)
	}
	if out := f.run("overdue", "2026-03-05 11:00"); len(out) != 0 {
		t.Errorf("23 hours after the reminder: %q, want nothing", out)
	}
	out = f.run("overdue", "2026-03-05 12:00")
	if countIn(out, "【超期上报】") != 1 {
		t.Errorf("a day after the reminder: %q, want the filing with the township", out)
	}
	// the office is told that the grid recorded nothing, whom to call
	// and that 确认 takes it over
	if countIn(out, "\n网格长：李四（13900000004）；网格还没记录进展。\n请哪位同事接手回复「确认 #R1」；转交回复「指派 #R1 部门或名字」，不归镇里的回复「退回 #R1 原因」") != 1 {
		t.Errorf("the filing with the township:\n%s", strings.Join(out, "\n"))
	}
}

// TestDeadlinesSayTheTime: a deadline of today or yesterday is said with
// its time ("已过期限3月3日" at 10:00 on 3月3日 reads as not yet passed),
// and an emergency's in the morning digest always is (it is due within
// hours).
func TestDeadlinesSayTheTime(t *testing.T) {
	f := newPointsFixture(t)
	f.addLamp("2026-03-02 09:00")
	fire := f.at("2026-02-28 20:00")
	f.addReport(village.Report{Type: village.Emergency, Text: "后山着火了", Reporter: "陈二", CreatedAt: fire,
		DueAt: fire.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}})
	remind := strings.Join(f.run("overdue", "2026-03-03 10:00"), "\n")
	if !strings.Contains(remind, "#R1（一般事项）已过期限今天09:00，") {
		t.Errorf("reminder at 10:00 the day it fell due:\n%s", remind)
	}
	digest := strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	holdsEach(t, "morning digest", digest, "村口路灯不亮了（待受理，李四（13900000004）负责，期限昨天09:00", "后山着火了（已受理，李四（13900000004）负责，期限3月1日 20:00")
}

// TestMorningDigestOverdueOrder: the morning digest lists the most
// overdue item first, and says of one already filed with the township
// that it went up and when, instead of its village deadline, and whether
// a township officer has taken it over: one nobody took is no "镇里在办".
func TestMorningDigestOverdueOrder(t *testing.T) {
	f := newPointsFixture(t)
	for _, r := range []struct {
		text, created string
		escalated     string
		handlers      []string
	}{
		{"村口路灯不亮了", "2026-03-02 09:00", "", nil},
		{"水渠堵了", "2026-03-01 12:00", "2026-03-03 13:00", nil},
		{"桥栏杆断了", "2026-02-28 10:00", "", nil},
		{"垃圾点满了", "2026-03-02 08:00", "2026-03-02 10:00", []string{"孙七"}},
	} {
		at := f.at(r.created)
		rep := village.Report{Type: village.General, Text: r.text, Reporter: "张三", CreatedAt: at, DueAt: at.Add(24 * time.Hour),
			Handlers: append([]string{"李四"}, r.handlers...)}
		if r.escalated != "" {
			rep.Status = village.StatusEscalated
			rep.History = []village.Entry{{At: f.at(r.escalated), By: village.SystemActor, Action: village.ActEscalate,
				From: village.StatusNew, To: village.StatusEscalated}}
		}
		f.addReport(rep)
	}
	digest := strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	want := "超期：\n" +
		"#R3 青山村三组 一般事项 桥栏杆断了（待受理，李四（13900000004）负责，期限3月1日，超期2天）\n" +
		"#R2 青山村三组 一般事项 水渠堵了（3月3日上报镇，镇里还没人接手，网格长李四（13900000004），超期1天）\n" +
		"#R4 青山村三组 一般事项 垃圾点满了（3月2日上报镇，孙七在办，超期1天）\n" +
		"#R1 青山村三组 一般事项 村口路灯不亮了（待受理，李四（13900000004）负责，期限昨天09:00，超期23小时）\n"
	if !strings.Contains(digest, want) {
		t.Errorf("morning digest:\n%s\nwant it to contain:\n%s", digest, want)
	}
}

// TestOverdueRemindsWhereTheyAre: the reminder @mentions in the grid group
// only the handlers who are in it; a township officer who took the item
// over hears it in the township chat that follows it, a worker of another
// grid privately, each told whose item it is.
func TestOverdueRemindsWhereTheyAre(t *testing.T) {
	f := newPointsFixture(t)
	fire := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.Emergency, Text: "后山着火了", Reporter: "陈二", CreatedAt: fire,
		DueAt: fire.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四", "孙七"}})
	lamp := f.at("2026-03-02 09:30")
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: lamp,
		DueAt: lamp.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四", "马红梅"}})
	got := f.run("overdue", "2026-03-03 10:00")
	want := []string{
		"青山村三组网格群: @李四\u2005紧急情况 #R1 已过处置期限（今天09:00），还没有办结。",
		"青山镇应急值班群: @孙七\u2005紧急情况 青山村三组 #R1 已过处置期限（今天09:00），还没有办结。",
		"青山村三组网格群: @李四\u2005#R2（一般事项）已过期限今天09:30，还是「已受理」。",
		"马红梅: 【青山村三组】#R2（一般事项）已过期限今天09:30，还是「已受理」。",
	}
	remindersStart(t, got, want)
}

// TestMorningDigestUnconfirmedEmergencyFirst: an emergency nobody has
// confirmed heads the morning digest's lists (under the total and its
// breakdown by type, town103), with the grid leader's phone and what to
// do, and is not listed again among the overdue or the day's emergencies
// below.
func TestMorningDigestUnconfirmedEmergencyFirst(t *testing.T) {
	f := newPointsFixture(t)
	f.addLamp("2026-03-02 09:00")
	fire := f.at("2026-03-04 08:10")
	f.addReport(village.Report{Type: village.Emergency, Text: "山上冒烟了，好像着火了", Reporter: "陈二", CreatedAt: fire,
		DueAt: fire.Add(15 * time.Minute), Handlers: []string{"李四"}})
	digest := strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	want := "【早报】3月4日 全镇未办结 2 件\n" +
		"按类型：一般 1，突发 1\n" +
		"还没人确认的突发，请立即电话调度，接手后回复「确认 #R2」：\n" +
		"#R2 青山村三组 山上冒烟了，好像着火了（今天08:10报告；网格长：李四 13900000004）\n" +
		"超期：\n" +
		"#R1 青山村三组 一般事项 村口路灯不亮了（待受理，李四（13900000004）负责，期限昨天09:00，超期23小时）\n" +
		"在本群发「待办」看已上报和突发事项。"
	if diff := cmp.Diff(digest, "青山镇网格工作群: "+want); diff != "" {
		t.Errorf("morning digest (-got +want):\n%s", diff)
	}
}

// TestEveningDigestPromisedDeadline: the grid's evening digest calls an
// item overdue when it is past the deadline in force, the day its handler
// promised where he named one (as the overdue reminders do); an item past
// the SLA's deadline but not its promised day is counted apart, saying the
// township counts it overdue, as the morning digest then does.
func TestEveningDigestPromisedDeadline(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	promised := village.Report{Type: village.General, Text: "水渠堵了", Reporter: "陈二", CreatedAt: created,
		DueAt: f.at("2026-03-05 09:00"), Status: village.StatusAccepted, Handlers: []string{"李四"}}
	promised.Promise(village.EndOfDay(f.at("2026-03-10 00:00"))) // 进展 … 预计3月10日前办结
	f.addReport(promised)
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: created,
		DueAt: f.at("2026-03-05 09:00"), Status: village.StatusAccepted, Handlers: []string{"王五"}})
	evening := strings.Join(f.run("evening_digest", "2026-03-07 20:00"), "\n")
	holdsEach(t, "evening digest", evening,
		"未办结 2 件，其中超期 1 件、已承诺延期 1 件（过了规定期限，镇里算超期）。",
		"#R2 已受理 村口路灯不亮了（王五，超期2天）\n#R1 已受理 水渠堵了（李四，承诺3月10日前）\n")
	// the morning after R2's deadline passed (on a morning nothing changed
	// the office gets one line: TestReplayOfficeDigestQuietMorning)
	morning := strings.Join(f.run("morning_digest", "2026-03-06 08:30"), "\n")
	if !strings.Contains(morning, "#R1 青山村三组 一般事项 水渠堵了（已受理，李四（13900000004）负责，期限昨天09:00，超期23小时，承诺3月10日前）") || !strings.Contains(morning, "#R2 青山村三组") {
		t.Errorf("morning digest: want both overdue by the SLA:\n%s", morning)
	}
	late := strings.Join(f.run("evening_digest", "2026-03-11 20:00"), "\n")
	if !strings.Contains(late, "未办结 2 件，其中超期 2 件。") {
		t.Errorf("past the promised day too: want both overdue:\n%s", late)
	}
}

// TestNoPrivateMessageWithoutWeChat: a reminder due to a handler who uses
// no WeChat goes to the grid worker who looks after him, to pass on.
func TestNoPrivateMessageWithoutWeChat(t *testing.T) {
	f := newPointsFixture(t, village.Person{Name: "刘大爷", Village: "青山村", Household: "QS-199", Grid: "一组",
		Phone: "13900000199", Caretaker: "王五", Roles: []village.Role{village.RoleVillager}})
	lamp := f.at("2026-03-02 09:30")
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: lamp,
		DueAt: lamp.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四", "刘大爷"}})
	got := f.run("overdue", "2026-03-03 10:00")
	want := "王五: 【请转告】刘大爷不用微信，请打电话（13900000199）或上门告诉刘大爷：\n【青山村三组】#R1（一般事项）已过期限"
	if !slices.ContainsFunc(got, func(o string) bool { return strings.HasPrefix(o, want) }) ||
		slices.ContainsFunc(got, func(o string) bool { return strings.HasPrefix(o, "刘大爷:") }) {
		t.Errorf("reminders:\n%s\nwant one starting %q and none to 刘大爷", strings.Join(got, "\n"), want)
	}
}

// TestOverdueAtTheTownship: an item the township holds that runs past its
// deadline is told once in the office chat: to the officers who took it
// over, with the department it was referred to and its phone, or to the
// office while nobody took it; not again the next hour.
func TestOverdueAtTheTownship(t *testing.T) {
	f := newPointsFixture(t)
	escalatedWallAndRail(f, "李四")
	got := f.run("overdue", "2026-03-10 09:00")
	want := []string{
		"青山镇网格工作群: 【青山村三组】#R2（一般事项）上报镇后已过期限3月5日，还没有办结，镇里也还没人接手。\n请接手回复「确认 #R2」。",
		"青山镇网格工作群: @孙七\u2005【青山村三组】#R1（调解事项）上报镇后已过期限昨天12:00，还没有办结。\n已转交司法所，请电话催问（0123-5550103）；有进展请回复「进展 #R1 情况」",
	}
	remindersStart(t, got, want)
	if got := f.run("overdue", "2026-03-10 10:00"); len(got) != 0 {
		t.Errorf("an hour later: %q, want nothing", got)
	}
}

// remindersStart checks that got are as many reminders as want and that
// each of want starts one of them.
func remindersStart(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("reminders:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(o string) bool { return strings.HasPrefix(o, w) }) {
			t.Errorf("no reminder starts %q:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// TestOverdueRemindsOnceForMany: the items of one group that fall overdue
// by the same run are told in one message that @-mentions their handlers
// and lists them, not one message each; each is marked reminded, and
// escalated a day later as before. An item with a handler outside the
// group keeps its own reminder, which reaches him.
func TestOverdueRemindsOnceForMany(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	for i, text := range []string{"村口路灯不亮了", "水渠堵了", "公厕门坏了"} {
		f.addReport(village.Report{Type: village.General, Text: text, Reporter: "张三", CreatedAt: created.Add(time.Duration(i) * time.Minute),
			DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}})
	}
	f.addReport(village.Report{Type: village.General, Text: "电线杆歪了", Reporter: "陈二", CreatedAt: created.Add(5 * time.Minute),
		DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四", "马红梅"}})
	got := f.run("overdue", "2026-03-03 10:00")
	remindersStart(t, got, []string{
		"青山村三组网格群: @李四\u2005这 3 件已过期限：\n#R1 已受理 村口路灯不亮了（李四，期限今天09:00）\n#R2 已受理 水渠堵了（李四，期限今天09:00）\n#R3 已受理 公厕门坏了（李四，期限今天09:00）\n请尽快处理并回复「进展 #编号 情况」，办好了的回复「办结 #编号 结果」；要等村民的",
		"青山村三组网格群: @李四\u2005#R4（一般事项）已过期限今天09:00，还是「已受理」。\n请尽快处理并回复「进展 #R4 情况」，办好了回复「办结 #R4 结果」；",
		"马红梅: 【青山村三组】#R4（一般事项）已过期限今天09:00",
	})
	reps := storagetest.Must(f.st.Reports(context.Background(), f.sc))(t)
	for _, r := range reps {
		if r.Overdue != 1 {
			t.Errorf("#%s: Overdue %d, want 1 (reminded)", r.ID, r.Overdue)
		}
	}
	// a day later all four are filed in the same run: the office gets one
	// 【超期上报】 with one block each (not four posts), each block keeping
	// its item's content and answers, in as few messages of at most
	// max_chars as hold each block whole (the transport's split would cut
	// one in the middle); the group hears of its items at once. The
	// commands are said once, so four blocks take 400 characters to part.
	cfg, people := exampleTownship(t)
	cfg.Outbound.MaxChars = 400
	f.use(cfg, people, f.st)
	out := f.run("overdue", "2026-03-04 10:00")
	var office []string
	for _, o := range out {
		if strings.HasPrefix(o, "青山镇网格工作群: ") {
			office = append(office, o)
		}
	}
	if len(office) != 2 || countIn(out, "【超期上报】") != 2 || strings.Count(strings.Join(out, "\n"), "超期未办结，已村级备案并上报到镇里协调") != 4 {
		t.Fatalf("a day later:\n%s\nwant two office messages filing all four", strings.Join(out, "\n"))
	}
	for i, o := range office {
		text := strings.TrimPrefix(o, "青山镇网格工作群: ")
		if n := utf8.RuneCountInString(text); n > 400 || len(bot.Split(text, 400)) != 1 {
			t.Errorf("office message %d: %d runes, more than max_chars", i, n)
		}
		if i > 0 && !strings.HasPrefix(text, "【超期上报】（续）\n\n") {
			t.Errorf("office message %d opens %.30q, want 【超期上报】（续）", i, text)
		}
		for k := 1; k <= 4; k++ {
			_, block, found := strings.Cut(text, fmt.Sprintf("%d. 青山村三组 #R%d", k, k))
			block, _, _ = strings.Cut(block, "\n\n")
			if found && !strings.Contains(block, "\n负责：") {
				t.Errorf("office message %d holds part of #R%d's block:\n%s", i, k, text)
			}
		}
	}
	office = []string{strings.Join(office, "\n\n")}
	// the commands are said once, after the last block
	if n := strings.Count(office[0], "请哪位同事接手"); n != 1 || !strings.HasSuffix(office[0], "不归镇里的回复「退回 #编号 原因」。") {
		t.Errorf("the office's commands said %d times, or not last:\n%s", n, office[0])
	}
	var told []string // the grid group hears of its four in one message, a line each
	for _, o := range out {
		if strings.HasPrefix(o, "青山村三组网格群: ") && strings.Contains(o, "村级备案") {
			told = append(told, o)
		}
	}
	if len(told) != 1 || strings.Count(told[0], "\n") != 3 || !strings.HasPrefix(told[0], "青山村三组网格群: #R1 超期未办结") {
		t.Errorf("the grid group told of the filings: %q, want one message of four lines", told)
	}
	if !strings.HasPrefix(office[0], "青山镇网格工作群: 【超期上报】这次有 4 件超期事项村级备案并上报到镇，逐件列在下面：\n\n1. 青山村三组 #R1（一般事项）：村口路灯不亮了\n张三3月2日反映，") {
		t.Errorf("the office's header and first block:\n%s", office[0])
	}
	for i, want := range []string{"水渠堵了", "公厕门坏了", "电线杆歪了\n陈二3月2日反映，期限昨天09:00，超期1天没办结，提醒过了，已村级备案上报到镇。\n负责：李四（13900000004）、马红梅（13800001021）；"} {
		id := fmt.Sprint("#R", i+2)
		if !strings.Contains(office[0], fmt.Sprintf("\n\n%d. 青山村三组 %s（一般事项）：%s", i+2, id, want)) {
			t.Errorf("the office's block for %s (%s) missing:\n%s", id, want, office[0])
		}
	}
	if out := f.run("overdue", "2026-03-04 10:00"); countIn(out, "【超期上报】") != 0 {
		t.Errorf("the run repeated: %q, want nothing filed again", out)
	}
}

// TestPausedItemAskedWeekly: an item paused with 等待 has no deadline and
// gets no overdue reminder, but its handlers are asked privately, once a
// week after the pause, whether they still wait (with the reason); the
// day's later runs send nothing again.
func TestPausedItemAskedWeekly(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	rep := village.Report{Type: village.General, Text: "屋顶漏雨了 下雨天屋里接了三个盆", Reporter: "王奶奶", CreatedAt: created,
		Handlers: []string{"李四", "王五"}}
	rep.Status = village.StatusNew
	rep.DueAt = created.Add(24 * time.Hour)
	for _, s := range []struct {
		a    village.Action
		note string
	}{{village.ActAccept, ""}, {village.ActPause, "等王奶奶儿子寄钱回来买瓦"}} {
		if err := rep.Apply(s.a, "李四", created.Add(time.Hour), s.note); err != nil {
			t.Fatal(err)
		}
	}
	f.addReport(rep)
	if out := f.run("overdue", "2026-03-08 09:00"); len(out) != 0 {
		t.Errorf("six days paused: %q, want nothing", out)
	}
	want := "【暂停已久】青山村三组 #R1（屋顶漏雨了 下雨天屋里接了三个盆）3月2日起暂停计时，已经 7 天（等待村民：等王奶奶儿子寄钱回来买瓦）。\n" +
		"还在等吗？有进展回复「进展 #R1 情况」恢复计时；等不来、村里办不了的，回复「上报镇 #R1 原因」请镇里协调。"
	if diff := cmp.Diff(f.run("overdue", "2026-03-09 09:00"), []string{"李四: " + want, "王五: " + want}); diff != "" {
		t.Errorf("a week paused (-got +want):\n%s", diff)
	}
	if out := f.run("overdue", "2026-03-09 10:00"); len(out) != 0 {
		t.Errorf("the same day's next run: %q, want nothing", out)
	}
	if out := f.run("overdue", "2026-03-16 09:00"); len(out) != 2 || !strings.Contains(out[0], "已经 14 天") {
		t.Errorf("two weeks paused: %q", out)
	}
}

// TestOverdueFilingsOfTwoVillages: items of two villages filed by the same
// overdue run reach the township office as one 【超期上报】, and, as each
// village numbers its items apart (both are #R1), every answer it tells
// the office to write names the village: a bare 「确认 #R1」 there would
// be asked which village is meant.
func TestOverdueFilingsOfTwoVillages(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t,
		village.Person{Name: "石网长", Village: "石桥村", Grid: "一组", Household: "SQ-101", Relation: "户主", UsesWeChat: true, Phone: "13900001111",
			Roles: []village.Role{village.RoleVillager, village.RoleLeader}})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	f.use(cfg, people, f.st)
	created := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: created,
		DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}})
	f.addReportIn(storage.VillageScope("石桥村"), village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "石网长", CreatedAt: created,
		Village: "石桥村", Grid: "一组", Chat: "石桥村一组网格群", DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted,
		Handlers: []string{"石网长"}, Source: "sq-1"})
	f.run("overdue", "2026-03-03 10:00")
	var office []string
	for _, o := range f.run("overdue", "2026-03-04 10:00") {
		if strings.HasPrefix(o, "青山镇网格工作群: ") {
			office = append(office, o)
		}
	}
	if len(office) != 1 {
		t.Fatalf("the office got %d posts, want one:\n%s", len(office), strings.Join(office, "\n"))
	}
	for _, want := range []string{"【超期上报】这次有 2 件", "1. 青山村三组 #R1（一般事项）", "2. 石桥村一组 #R1（一般事项）",
		"接手回复「确认 #编号」", "如「确认 青山村 #R1 石桥村 #R1」"} {
		if !strings.Contains(office[0], want) {
			t.Errorf("the office's post has no %q:\n%s", want, office[0])
		}
	}
	if strings.Contains(office[0], "「确认 #R1」") {
		t.Errorf("the office is told to answer a bare #R1:\n%s", office[0])
	}
}

// TestEmergencyRefsOfSeveralVillages: with several villages the duty
// chat's 【紧急·无人确认】 and the office's 早报 tell the officer to answer
// with the village (「确认 青山村 #R1」), as each village numbers its
// items apart; with one, the bare number.
func TestEmergencyRefsOfSeveralVillages(t *testing.T) {
	for _, several := range []bool{false, true} {
		f := fixtureOfVillages(t, several)
		newEmergency(t, f, "张三", "后山着火了", func(r *village.Report) { r.Hazard = village.HazardFire })
		ref := "#R1"
		if several {
			ref = "青山村 #R1"
		}
		// one alarm: the 早报 names its own reference too (lead103)
		for job, want := range map[string]string{"watchdog": "接手后回复「确认 " + ref + "」", "morning_digest": "接手后回复「确认 " + ref + "」"} {
			joined := strings.Join(f.run(job, "2026-03-03 08:30"), "\n")
			if !strings.Contains(joined, want) {
				t.Errorf("several %v, %s lacks %q:\n%s", several, job, want, joined)
			}
		}
	}
}

// TestOverdueEmergencyToOfficerOfSeveralVillages: an emergency a township
// officer took on, past its deadline, is told to him in the duty chat with
// the answers naming the village when there are several.
func TestOverdueEmergencyToOfficerOfSeveralVillages(t *testing.T) {
	for _, several := range []bool{false, true} {
		f := fixtureOfVillages(t, several)
		newEmergency(t, f, "张三", "后山着火了", func(r *village.Report) {
			r.Hazard, r.Status, r.Handlers = village.HazardFire, village.StatusAccepted, []string{"孙七"}
		})
		ref := "#R1"
		if several {
			ref = "青山村 #R1"
		}
		joined := strings.Join(f.run("overdue", "2026-03-02 12:00"), "\n")
		if !strings.Contains(joined, "青山镇应急值班群: @孙七") || !strings.Contains(joined, "「办结 "+ref+" 结果」") {
			t.Errorf("several %v: the overdue emergency told:\n%s", several, joined)
		}
	}
}

// fixtureOfVillages is the example township's fixture, with several a
// second village, 石桥村 (one grid, 一组).
func fixtureOfVillages(t testing.TB, several bool) *pointsFixture {
	t.Helper()
	f := newPointsFixture(t)
	if several {
		cfg, people := exampleTownship(t)
		cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
		f.use(cfg, people, f.st)
	}
	return f
}

// TestMorningDigestAsksTheTownshipToTakeWhatWentUp: an item sent up that
// no officer has taken over is the office's to act on before it is
// overdue: the 早报 lists it with how to take it, on a morning that
// would otherwise be the one-line "近一天没有新情况" too; once taken over
// it is not listed so.
func TestMorningDigestAsksTheTownshipToTakeWhatWentUp(t *testing.T) {
	f := newPointsFixture(t)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "张三", CreatedAt: at, DueAt: at.Add(72 * time.Hour),
		Handlers: []string{"李四"}, Status: village.StatusEscalated, History: []village.Entry{{At: f.at("2026-03-02 10:00"), By: "李四",
			Action: village.ActEscalate, From: village.StatusNew, To: village.StatusEscalated}}})
	f.addReport(village.Report{Type: village.General, Text: "垃圾点满了", Reporter: "张三", CreatedAt: at, DueAt: at.Add(72 * time.Hour),
		Handlers: []string{"李四", "孙七"}, Status: village.StatusEscalated, History: []village.Entry{{At: f.at("2026-03-02 10:00"), By: "李四",
			Action: village.ActEscalate, From: village.StatusNew, To: village.StatusEscalated}}})
	// past its time to accept, it is 【镇里待接手】's at 10:00, with how to
	// take it on: the 早报 counts it, not lists it twice (digest68); on
	// 03-03 its time runs out at 10:00, after the 早报: listed with it (town98);
	// on 03-04 the 10:00 list told it before, the 早报 lists it (town99)
	// with how long it has waited, and the 10:00 list says nothing more
	// (town100)
	for _, c := range [][3]string{
		{"2026-03-03", "#R1 青山村三组 桥栏杆断了（3月2日上报，已等1天，受理时限到10:00）", "#R1（一般事项）桥栏杆断了"},
		{"2026-03-04", "#R1 青山村三组 桥栏杆断了（3月2日上报，已等2天）", ""},
	} {
		day, want := c[0], c[1]
		digest := strings.Join(f.run("morning_digest", day+" 08:30"), "\n")
		if !strings.Contains(digest, want) || strings.Contains(digest, "垃圾点满了") || strings.Contains(digest, "10:00另发") {
			t.Errorf("%s morning digest:\n%s\nwant it to contain, and not the one taken over:\n%s", day, digest, want)
		}
		if list := strings.Join(f.run("unclaimed", day+" 10:00"), "\n"); !strings.Contains(list, c[2]) || strings.Contains(list, "垃圾点满了") || c[2] == "" && list != "" {
			t.Errorf("%s 10:00 list:\n%s", day, list)
		}
	}
}

// TestWatchdogBacksOff: an emergency nobody ever confirms is re-posted
// every sla.emergency.accept in its first hour, hourly up to four hours,
// every four hours for the rest of its first day, then every six hours:
// not hourly for days. The morning digest lists it every day all the same.
func TestWatchdogBacksOff(t *testing.T) {
	f := newPointsFixture(t)
	created := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Text: "后山着火了", Reporter: "张三",
		CreatedAt: created, DueAt: created.Add(15 * time.Minute), Village: "青山村"})
	var got []string
	for at := created.Add(15 * time.Minute); !at.After(created.Add(72 * time.Hour)); at = at.Add(15 * time.Minute) {
		for _, o := range f.run("watchdog", at.Format("2006-01-02 15:04")) {
			if strings.HasPrefix(o, "青山镇应急值班群: 【紧急·无人确认】") {
				got = append(got, at.Format("02 15:04"))
			}
		}
	}
	want := []string{"02 09:15", "02 09:30", "02 09:45", // every 15 minutes
		"02 10:45", "02 11:45", "02 12:45", // hourly
		"02 16:45", "02 20:45", "03 00:45", "03 04:45", "03 08:45", // every four hours
		"03 14:45", "03 20:45", "04 02:45", "04 08:45", "04 14:45", "04 20:45", "05 02:45", "05 08:45"} // every six hours
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("duty chat re-posts (-got +want):\n%s", diff)
	}
	for _, day := range []string{"2026-03-03 08:30", "2026-03-05 08:30"} {
		if out := strings.Join(f.run("morning_digest", day), "\n"); !strings.Contains(out, "#R1") {
			t.Errorf("morning digest %s leaves the unconfirmed alarm out:\n%s", day, out)
		}
	}
}

// TestOverdueMediationOffersTheTownship: a quarrel the grid could not
// settle in time is reminded with the way up as well: 上报镇, which
// brings in the township's 司法所.
func TestOverdueMediationOffersTheTownship(t *testing.T) {
	f := newPointsFixture(t)
	wall := f.at("2026-03-02 09:30")
	f.addReport(village.Report{Type: village.Mediation, Text: "张三家砌的墙把我家排水沟堵死了", Reporter: "陈二", CreatedAt: wall,
		DueAt: wall.Add(7 * 24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四", "郑十"}})
	got := f.run("overdue", "2026-03-09 10:00")
	has := slices.ContainsFunc(got, func(s string) bool {
		return strings.HasPrefix(s, "青山村三组网格群: @李四") && strings.Contains(s, "#R1（调解事项）已过期限") &&
			strings.Contains(s, "网格里调解不成的，网格长回复「上报镇 #R1 原因」请镇里协调。\n到明天10:00还没办结的，会村级备案并上报到镇。")
	})
	if !has {
		t.Errorf("overdue reminders %q, want the grid's offering 上报镇 #R1", got)
	}
}

// TestOverdueFilesADayAfterALateReminder: a reminder that went out a
// few minutes after its occurrence (09:02 for the 09:00 check) names the
// next day's 09:00 check as when the item goes to the township, not the
// minute it was sent at, which no check would meet; that check files it.
func TestOverdueFilesADayAfterALateReminder(t *testing.T) {
	f := newPointsFixture(t)
	wall := f.at("2026-03-01 23:47")
	f.addReport(village.Report{Type: village.Mediation, Text: "陈二家的牛天天跑到我家地里吃庄稼", Reporter: "张三", CreatedAt: wall,
		DueAt: wall.Add(7 * 24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四", "郑十"}})
	remind := strings.Join(f.runLate("overdue", "2026-03-09 09:00", "2026-03-09 09:02", 1), "\n")
	if !strings.Contains(remind, "到明天09:00还没办结的，会村级备案并上报到镇。") {
		t.Errorf("the reminder does not say when the item goes to the township:\n%s", remind)
	}
	if out := f.runLate("overdue", "2026-03-10 09:00", "2026-03-10 09:00", 1); countIn(out, "【超期上报】") != 1 {
		t.Errorf("the 09:00 check the reminder named: %q, want the filing with the township", out)
	}

	// caught up long after its check (yesterday's 18:00 at 08:30): a
	// whole escalate_after from when it went out, to the next check
	g := newPointsFixture(t)
	g.addReport(village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: wall,
		DueAt: wall.Add(7 * 24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}})
	late := strings.Join(g.runLate("overdue", "2026-03-09 18:00", "2026-03-10 08:30", 1), "\n")
	if !strings.Contains(late, "到明天09:00还没办结的") {
		t.Errorf("a reminder caught up at 08:30 for yesterday's 18:00 check:\n%s\nwant it filed by tomorrow's 09:00 check", late)
	}
}

// TestPackBlocks: the office's 【超期上报】 blocks are packed into as few
// texts of at most max runes as hold each block whole, where the
// transport's split (fewest parts first) would cut one in the middle.
func TestPackBlocks(t *testing.T) {
	block := func(c string, n int) string { return strings.Repeat(c, n) }
	head, a, b, c := block("头", 20), block("甲", 250), block("乙", 250), block("丙", 250)
	for _, tc := range []struct {
		name   string
		blocks []string
		max    int
		want   []string
	}{
		{"all fit", []string{head, a}, 600, []string{head + "\n\n" + a}},
		{"the middle one not cut", []string{head, a, b, c}, 600, []string{head + "\n\n" + a + "\n\n" + b, "续\n\n" + c}},
		{"no limit", []string{head, a, b}, 0, []string{head + "\n\n" + a + "\n\n" + b}},
		{"a block longer than max alone", []string{head, block("丙", 200), block("丁", 700), a}, 600, []string{head + "\n\n" + block("丙", 200), "续\n\n" + block("丁", 700), "续\n\n" + a}},
		// town102: the heading keeps its first item even over max
		{"the heading's item longer than max", []string{head, block("丁", 700), a}, 600, []string{head + "\n\n" + block("丁", 700), "续\n\n" + a}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(packBlocks(tc.blocks, tc.max, "续", ""), tc.want); diff != "" {
				t.Errorf("packBlocks (-got +want):\n%s", diff)
			}
		})
	}
	// why: of three blocks of 350 under 600, the transport's split alone
	// sends two parts, cutting the middle block
	lines := func(c string) string { return strings.Repeat(block(c, 50)+"\n", 6) + block(c, 50) } // an item: 7 lines
	long := []string{head, lines("甲"), lines("乙"), lines("丙")}
	if parts := bot.Split(strings.Join(long, "\n\n"), 600); len(parts) != 2 || !strings.HasSuffix(parts[0], "乙") {
		t.Errorf("split alone: %d parts, want two cutting 乙", len(parts))
	}
	if got := packBlocks(long, 600, "续", ""); len(got) != 3 || got[1] != "续\n\n"+lines("乙") {
		t.Errorf("packBlocks of three of 350: %d texts, want 乙 whole in the second", len(got))
	}
}

// TestOverdueFilingTellsWorkFromPlan: the office's 【超期上报】 shows as
// 已做 only what the grid did; a 进展 that only says what its writer will
// do ("明天去看", "下午就修好了" written in the morning) is shown apart, as
// 打算, read as of when it was written; a day it names is named as seen
// from the day the office reads it (明天 written on 3 March is 3月4日).
func TestOverdueFilingTellsWorkFromPlan(t *testing.T) {
	for _, c := range []struct {
		name  string
		notes []string // 进展 notes, an hour apart from 08:00 the day after it was filed
		want  []string
	}{
		{"plan only", []string{"明天去看"}, []string{"；网格还没记录进展。\n打算：3月3日 李四 说：3月4日去看\n"}},
		{"promise of the afternoon", []string{"下午就修好了"}, []string{"；网格还没记录进展。\n打算：3月3日 李四 说：下午就修好了\n"}},
		{"work then plan", []string{"已经联系了电工", "过两天再去"},
			[]string{"\n已做：3月3日 李四 进展：已经联系了电工\n打算：3月3日 李四 说：过两天再去\n"}},
		{"plan then work", []string{"明天去看", "昨天去看过了 灯泡烧了"}, []string{"\n负责：李四（13900000004）。\n已做：3月3日 李四 进展：3月2日去看过了 灯泡烧了\n请哪位"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newPointsFixture(t)
			created := f.at("2026-03-02 09:00")
			rep := village.Report{Type: village.General, Text: "村口路灯不亮了", Reporter: "张三", CreatedAt: created,
				DueAt: created.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}}
			for i, n := range c.notes {
				rep.History = append(rep.History, village.Entry{At: f.at("2026-03-03 08:00").Add(time.Duration(i) * time.Hour), By: "李四",
					Action: village.ActProgress, From: village.StatusAccepted, To: village.StatusInProgress, Note: n})
			}
			f.addReport(rep)
			f.run("overdue", "2026-03-04 09:00")
			out := strings.Join(f.run("overdue", "2026-03-05 09:00"), "\n")
			holdsEach(t, "the filing with the township", out, c.want...)
		})
	}
}

// TestMorningDigestEmergencyResponseTimes: the 早报's emergencies of the
// last day say who answered each and how soon after it was reported, and
// when that was past the time to take an emergency on (15 minutes): a 受理
// judged by the deadline it recorded, a first 进展 by the configured limit.
func TestMorningDigestEmergencyResponseTimes(t *testing.T) {
	f := newPointsFixture(t)
	fire := f.at("2026-03-03 18:15")
	f.addReport(village.Report{Type: village.Emergency, Text: "村东头着火了", Reporter: "张三", CreatedAt: fire,
		DueAt: fire.Add(24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"},
		History: []village.Entry{{At: fire, By: "张三", Action: village.ActCreate, To: village.StatusNew},
			{At: fire.Add(7 * time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted, Due: fire.Add(15 * time.Minute)}}})
	water := f.at("2026-03-03 19:00")
	f.addReport(village.Report{Type: village.Emergency, Text: "河边有人落水了", Reporter: "陈二", CreatedAt: water,
		DueAt: water.Add(24 * time.Hour), Status: village.StatusInProgress, Handlers: []string{"李四"},
		History: []village.Entry{{At: water, By: "陈二", Action: village.ActCreate, To: village.StatusNew},
			{At: water.Add(25 * time.Minute), By: "王五", Action: village.ActProgress, From: village.StatusNew, To: village.StatusInProgress, Note: "已经救上来了"}}})
	digest := strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	holdsEach(t, "morning digest", digest,
		"#R1 青山村三组 村东头着火了（已受理；李四 7分钟后响应）",
		"#R2 青山村三组 河边有人落水了（处理中；王五 25分钟后响应，超过了15分钟的时限；最新进展（19:25 王五）：已经救上来了）")
}

// TestMorningDigestSaysHowItEnded: a night's emergency closed before the
// 早报 reads with its 办结's words and who closed it when, not only who
// answered it (alarm81: the duty officer's morning question "怎么处理的").
func TestMorningDigestSaysHowItEnded(t *testing.T) {
	f := newPointsFixture(t)
	fire := f.at("2026-03-03 22:30")
	f.addReport(village.Report{Type: village.Emergency, Text: "后山着火了", Reporter: "张三", CreatedAt: fire,
		DueAt: fire.Add(24 * time.Hour), Status: village.StatusResolved, Handlers: []string{"孙七", "李四"},
		History: []village.Entry{{At: fire, By: "张三", Action: village.ActCreate, To: village.StatusNew},
			{At: fire.Add(70 * time.Minute), By: "孙七", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted, Due: fire.Add(15 * time.Minute)},
			{At: fire.Add(90 * time.Minute), By: "李四", Action: village.ActProgress, From: village.StatusAccepted, To: village.StatusInProgress, Note: "消防车到了 正在扑救"},
			{At: fire.Add(150 * time.Minute), By: "李四", Action: village.ActResolve, From: village.StatusInProgress, To: village.StatusResolved, Note: "明火已扑灭 无人员伤亡"}}})
	digest := strings.Join(f.run("morning_digest", "2026-03-04 08:30"), "\n")
	holdsEach(t, "morning digest", digest, "#R1 青山村三组 后山着火了（", "孙七 1小时10分钟后响应", "办结（01:00 李四）：明火已扑灭 无人员伤亡）")
}

// escalatedWallAndRail files two items sent up to the township at
// 03-02 12:00: #R1 a quarrel referred to 司法所 and taken by 孙七, #R2 a
// broken rail handled by railBy.
func escalatedWallAndRail(f *pointsFixture, railBy ...string) {
	up := f.at("2026-03-02 12:00")
	escalate := village.Entry{At: up, By: "李四", Action: village.ActEscalate, To: village.StatusEscalated, Note: "调解不成"}
	f.addReport(village.Report{Type: village.Mediation, Text: "两家为砌墙吵起来了", Reporter: "张三", CreatedAt: up,
		DueAt: up.Add(7 * 24 * time.Hour), Status: village.StatusEscalated, Handlers: []string{"李四", "孙七"},
		Department: "司法所", History: []village.Entry{escalate}})
	f.addReport(village.Report{Type: village.General, Text: "桥栏杆断了", Reporter: "陈二", CreatedAt: up.Add(time.Minute),
		DueAt: up.Add(3 * 24 * time.Hour), Status: village.StatusEscalated, Handlers: railBy,
		History: []village.Entry{escalate}})
}
