package scheduler

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// conflictOnce fails the first commit of the calls job with ErrConflict,
// as when a worker logs a call while the job runs.
type conflictOnce struct {
	*storage.Store
	failed atomic.Bool
}

func (c *conflictOnce) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	if strings.HasPrefix(ch.MsgID, "job:calls:") && c.failed.CompareAndSwap(false, true) {
		return storage.Result{}, storage.ErrConflict
	}
	return c.Store.Commit(ctx, ch)
}

// storeCall stores c in the village's scope, as if made before the run.
func (f *pointsFixture) storeCall(c village.Call) {
	f.t.Helper()
	d, err := storage.CallDoc(c)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: f.sc, MsgID: "call-" + c.Person + c.Due.String(), Docs: []storage.Doc{d}}); err != nil {
		f.t.Fatal(err)
	}
}

// callListed says whether the calls job at at (as f.at reads it) lists
// person on worker's call list of the day.
func (f *pointsFixture) callListed(at, worker, person string) bool {
	f.t.Helper()
	for _, o := range f.run("calls", at) {
		if strings.HasPrefix(o, worker+": ") && strings.Contains(o, person) {
			return true
		}
	}
	return false
}

// storeNotice stores n in the township's scope, as if posted before the run.
func (f *pointsFixture) storeNotice(n village.Notice) {
	f.t.Helper()
	d, err := storage.NoticeDoc(n)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: storage.TownshipScope("青山镇"), MsgID: "notice-" + n.Text, Docs: []storage.Doc{d}}); err != nil {
		f.t.Fatal(err)
	}
}

// TestCallsOneMessagePerWorker: each worker gets the day's calls in one
// message; a commit that meets a change is done again, and a re-run of
// the occurrence sends nothing twice.
func TestCallsOneMessagePerWorker(t *testing.T) {
	f := newPointsFixture(t)
	store := &conflictOnce{Store: f.st}
	cfg, people := exampleTownship(t)
	f.use(cfg, people, store)
	// One run: the worker whose commit met the conflict is done again in it.
	out := f.runOnce("calls", "2026-03-02 08:00")
	if !store.failed.Load() {
		t.Fatal("no commit met a conflict: the test proves nothing")
	}
	if again := f.run("calls", "2026-03-02 08:00"); len(again) != 0 {
		t.Errorf("the occurrence run again sent %q, want nothing", again)
	}
	perWorker := map[string]int{}
	for _, o := range out {
		to, text, _ := strings.Cut(o, ": ")
		if !strings.HasPrefix(text, "【电话回访】") {
			t.Errorf("unexpected message %q", o)
		}
		perWorker[to]++
	}
	if perWorker["王五"] != 1 || !strings.Contains(strings.Join(out, "\n"), "王五: 【电话回访】今天请给这 3 位打个电话：\n1. 王奶奶") {
		t.Errorf("王五's reminders: %d messages, want one listing 3 calls:\n%s", perWorker["王五"], strings.Join(out, "\n"))
	}
	for w, n := range perWorker {
		if n != 1 {
			t.Errorf("%s got %d messages, want 1", w, n)
		}
	}
	calls := storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsOpen))(t)
	if len(calls) == 0 {
		t.Fatal("no call tasks stored")
	}
	for _, c := range calls {
		if !c.RemindedAt.Equal(f.at("2026-03-02 08:00")) {
			t.Errorf("call for %s reminded at %v, want the run's time", c.Person, c.RemindedAt)
		}
	}
}

// TestUrgentNoticeFollowedUpAtOnce: an urgent notice is followed up at the
// first run half an hour after it went out, even at night; an ordinary one
// waits for notices.followup_after and the day. Each follow-up tells the
// township office once how many households answered, however often its
// occurrence runs; the urgent one's, met at night, in the morning (it is
// no emergency: the workers already chase the households).
func TestUrgentNoticeFollowedUpAtOnce(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "今晚有台风，请加固门窗，不要外出", By: "孙七", At: f.at("2026-08-01 22:00"), Groups: []string{"青山村三组网格群"}, Urgent: true})
	f.storeNotice(village.Notice{Text: "下周一体检", By: "孙七", At: f.at("2026-08-01 22:00"), Groups: []string{"青山村三组网格群"}})
	if out := f.run("notice_followup", "2026-08-01 22:15"); len(out) != 0 {
		t.Fatalf("followed up a quarter of an hour after: %q", out)
	}
	out := f.run("notice_followup", "2026-08-01 23:15")
	if len(out) == 0 {
		t.Fatal("the urgent notice was not followed up at night")
	}
	for _, o := range out {
		if !strings.HasPrefix(o, "王五: 【通知未回复】#N1「今晚有台风") {
			t.Errorf("unexpected follow-up at night %q", o)
		}
	}
	if !strings.Contains(strings.Join(out, "\n"), "不用微信的人：王奶奶（13900000001）") {
		t.Errorf("follow-up does not name the elder to phone:\n%s", strings.Join(out, "\n"))
	}
	if out := f.run("notice_followup", "2026-08-02 00:15"); len(out) != 0 {
		t.Errorf("later that night: %q, want nothing", out)
	}
	out = f.run("notice_followup", "2026-08-02 07:15")
	if all := strings.Join(out, "\n"); len(out) != 1 || !strings.HasPrefix(all, "青山镇网格工作群: 【通知回复】#N1「8月1日晚上有台风") {
		t.Errorf("the morning after: want the urgent notice's summary to the township office, once:\n%s", all)
	}
	if out := f.run("notice_followup", "2026-08-02 08:15"); len(out) != 0 {
		t.Errorf("next morning: %q, want nothing (the ordinary notice waits its 24 hours)", out)
	}
	if out := f.run("notice_followup", "2026-08-02 22:15"); len(out) != 0 {
		t.Errorf("24 hours later at night: %q, want nothing (quiet hours)", out)
	}
	out = f.run("notice_followup", "2026-08-03 07:15")
	// read on that Monday, its 下周一 is 今天 (notice51)
	if len(out) == 0 || !strings.Contains(out[0], "#N2「今天体检」") {
		t.Errorf("the ordinary notice in the morning: %q", out)
	}
	if all := strings.Join(out, "\n"); strings.Count(all, "【通知回复】") != 1 || !strings.Contains(all, "【通知回复】#N2「今天体检」") {
		t.Errorf("the morning's summaries: want one, of #N2 only:\n%s", all)
	}
}

// TestCoverageCountsWhoWasDue: the month's coverage counts only the people
// due that month: a quarterly (一般) elder reached the month before is not
// missing, even when a task made only to pass on a notice lapsed for him
// that month (it was no longer needed: no visit was owed); a weekly (高)
// one not reached is.
func TestCoverageCountsWhoWasDue(t *testing.T) {
	f := newPointsFixture(t)
	store := f.storeCall
	keys := map[string]string{}
	_, people := exampleTownship(t)
	for _, p := range people {
		keys[p.Name] = p.Key()
	}
	for _, name := range []string{"王奶奶", "石德贵", "白凤兰"} {
		f.reached(name, keys[name], "2026-11-02 10:00")
	}
	f.reached("白凤兰", keys["白凤兰"], "2026-12-03 10:00") // 重点: monthly
	store(village.Call{Village: "青山村", Grid: "三组", Person: "石德贵", PersonKey: keys["石德贵"], Worker: "王五",
		Notices: []string{"N1"}, Due: f.at("2026-12-05 16:00"), Status: village.CallLapsed})
	out := f.run("coverage", "2027-01-01 09:00")
	if len(out) != 1 || !strings.Contains(out[0], "青山村三组：1/2 人（50%），没打：王奶奶（王五负责）") || strings.Contains(out[0], "石德贵") {
		t.Errorf("coverage:\n%s", strings.Join(out, "\n"))
	}
}

// TestCoverageMissedApartFromUncalled: the month's coverage tells the
// elders called but not reached (未接通 logged) from those nobody called,
// so the township knows whom to chase for a visit and whom for a call.
func TestCoverageMissedApartFromUncalled(t *testing.T) {
	f := newPointsFixture(t)
	c := grannyCall(f.at("2026-12-02 08:00"))
	c.Log(village.OutcomeMissed, "", "王五", f.at("2026-12-02 10:00"), 3)
	f.storeCall(c)
	out := f.run("coverage", "2027-01-01 09:00")
	if len(out) != 1 || !strings.Contains(out[0], "青山村三组：0/3 人（0%），打了没接通：王奶奶（王五负责）；没打：石德贵、白凤兰（王五负责）") ||
		!strings.Contains(out[0], "没接通的换个时间再打") {
		t.Errorf("coverage:\n%s", strings.Join(out, "\n"))
	}
}

// TestCoverageMissedThenReachedAfterTheMonth: a task missed in December
// and reached on the morning of 1 January, before the coverage: December's
// coverage says she was called and not reached (打了没接通), not that
// nobody called (没打); January's counts her reached.
func TestCoverageMissedThenReachedAfterTheMonth(t *testing.T) {
	f := newPointsFixture(t)
	c := grannyCall(f.at("2026-12-28 08:00"))
	c.Log(village.OutcomeMissed, "", "王五", f.at("2026-12-30 10:00"), 3)
	c.Log(village.OutcomeReached, "挺好", "王五", f.at("2027-01-01 08:40"), 3)
	f.storeCall(c)
	out := f.run("coverage", "2027-01-01 09:00")
	if len(out) != 1 || !strings.Contains(out[0], "打了没接通：王奶奶（王五负责）") || strings.Contains(out[0], "没打：王奶奶") {
		t.Errorf("December's coverage:\n%s", strings.Join(out, "\n"))
	}
	out = f.run("coverage", "2027-02-01 09:00")
	if len(out) != 1 || !strings.Contains(out[0], "青山村三组：1/3 人") || strings.Contains(out[0], "打了没接通") {
		t.Errorf("January's coverage, she reached in it:\n%s", strings.Join(out, "\n"))
	}
}

// TestLeaderNamesakeAskedToVisit: the grid leader asked again to visit an
// elder is written to by the name that fits him alone when he has a
// namesake in the village.
func TestLeaderNamesakeAskedToVisit(t *testing.T) {
	f := newPointsFixture(t, village.Person{Name: "李四", Village: "青山村", Household: "QS-398", Grid: "一组",
		UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
	c := village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-305/王奶奶", Phone: "13900000001",
		Worker: "王五", Due: f.at("2026-03-02 08:00"), Status: village.CallEscalated, Misses: 2, RemindedAt: f.at("2026-03-02 08:00")}
	f.storeCall(c)
	out := f.run("calls", "2026-03-03 08:00")
	if !slices.ContainsFunc(out, func(o string) bool { return strings.HasPrefix(o, "李四·QS-303: ") }) ||
		slices.ContainsFunc(out, func(o string) bool { return strings.HasPrefix(o, "李四: ") }) {
		t.Errorf("the leader asked again:\n%s", strings.Join(out, "\n"))
	}
}

// TestWorkerNamesakeToldPrivately: a grid worker with a namesake in his
// village (a villager of another grid) is written to by the name that
// fits him alone: his call list (a task stored before tasks kept the
// worker's key too) and a notice's follow-up; the namesake hears nothing.
func TestWorkerNamesakeToldPrivately(t *testing.T) {
	f := newPointsFixture(t, village.Person{Name: "王五", Village: "青山村", Household: "QS-398", Grid: "一组",
		UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
	ctx := context.Background()
	old := village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-305/王奶奶", Phone: "13900000001",
		Care: village.CareHigh, Worker: "王五", Topic: "例行问候", Due: f.at("2026-03-01 08:00"), Status: village.CallOpen}
	f.storeCall(old)
	f.storeNotice(village.Notice{Text: "下周一体检", By: "孙七", At: f.at("2026-03-02 09:00"), Groups: []string{"青山村三组网格群"}})
	out := append(f.run("calls", "2026-03-02 08:00"), f.run("notice_followup", "2026-03-03 10:00")...)
	all := strings.Join(out, "\n")
	if !strings.Contains(all, "王五·QS-304: 【电话回访】") || !strings.Contains(all, "王五·QS-304: 【通知未回复】") ||
		slices.ContainsFunc(out, func(o string) bool { return strings.HasPrefix(o, "王五: ") }) {
		t.Errorf("the worker's messages:\n%s", all)
	}
	calls := storagetest.Must(f.st.Calls(ctx, f.sc, storage.CallsOpen))(t)
	for _, c := range calls {
		if c.Worker == "王五" && c.WorkerKey != "青山村/QS-304/王五" {
			t.Errorf("call for %s: worker key %q, want the worker's", c.Person, c.WorkerKey)
		}
	}
}

// TestNoticeAboutALaterDayPhonedByItsLastDay: a notice posted on
// Thursday about next Monday 9:00 is passed on by phone for two days; the
// follow-up asks the worker to phone by Saturday afternoon, when the call
// lists stop carrying it, not by Monday 8:30, and Saturday's list says so.
func TestNoticeAboutALaterDayPhonedByItsLastDay(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "下周一（12月7日）上午9点在村委会免费体检", By: "孙七", At: f.at("2026-12-03 15:10"), Groups: []string{"青山村三组网格群"}})
	out := f.run("notice_followup", "2026-12-04 15:15")
	worker := strings.Join(slices.DeleteFunc(out, func(o string) bool { return !strings.HasPrefix(o, "王五: ") }), "\n")
	if !strings.Contains(worker, "请在明天15:00前") || strings.Contains(worker, "12月7日 08:30") {
		t.Errorf("the worker's follow-up:\n%s\nwant him asked to phone by tomorrow 15:00", worker)
	}
	out = f.run("calls", "2026-12-05 08:00")
	if !slices.ContainsFunc(out, func(o string) bool {
		return strings.HasPrefix(o, "王五: ") && strings.Contains(o, "要转告通知的请在15:00前打") && strings.Contains(o, "免费体检")
	}) {
		t.Errorf("Saturday's call lists:\n%s\nwant 王五's to carry the notice, by 15:00", strings.Join(out, "\n"))
	}
}

// TestNoticeSenderNamesake: a village cadre with a namesake in his village
// hears how his notice was answered by the name that fits him alone.
func TestNoticeSenderNamesake(t *testing.T) {
	f := newPointsFixture(t, village.Person{Name: "李四", Village: "青山村", Household: "QS-398", Grid: "一组",
		UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
	f.storeNotice(village.Notice{Text: "下周一体检", By: "李四", ByKey: "青山村/QS-303/李四", Village: "青山村",
		At: f.at("2026-03-02 09:00"), Groups: []string{"青山村三组网格群"}})
	out := f.run("notice_followup", "2026-03-03 10:00")
	if !slices.ContainsFunc(out, func(o string) bool { return strings.HasPrefix(o, "李四·QS-303: 【通知回复】#N1") }) {
		t.Errorf("the sender's summary:\n%s", strings.Join(out, "\n"))
	}
}

// TestCoverageTotal: the township reads the month's coverage of all grids
// in one line against the 100% target. Caught up days late (downtime;
// KeepMissed), it is the same month's, with a line saying it is late and
// why; on time, or a minute late, it has none.
func TestCoverageTotal(t *testing.T) {
	const late = "（原定1月1日 09:00发，机器人当时没在运行，1月4日 10:00补发）"
	for _, now := range []string{"2027-01-01 09:00", "2027-01-01 09:01", "2027-01-04 10:00"} {
		f := newPointsFixture(t)
		c := grannyCall(f.at("2026-12-02 08:00"))
		c.Log(village.OutcomeReached, "", "王五", f.at("2026-12-02 10:00"), 2)
		f.storeCall(c)
		out := f.runLate("coverage", "2027-01-01 09:00", now, 1)
		if len(out) != 1 || !strings.Contains(out[0], "【上月电话回访】2026年12月") || !strings.Contains(out[0], "\n合计：1/10 人（10%）\n") ||
			strings.Contains(out[0], late) != (now == "2027-01-04 10:00") || strings.Count(out[0], "补发") > 1 {
			t.Errorf("coverage run at %s:\n%s", now, strings.Join(out, "\n"))
		}
	}
}

// TestExtraDayOpenCall: on a severe-weather day a quarterly call listed
// yesterday and not made yet is listed again today, to greet and warn
// too; it would otherwise wait a week for its next mention.
func TestExtraDayOpenCall(t *testing.T) {
	f := extraDayFixture(t, "2026-06-19")
	f.storeCall(shiDeGuiListed(routineTopic, f.at("2026-06-18 08:00")))
	out := strings.Join(f.run("calls", "2026-06-19 08:00"), "\n")
	if !strings.Contains(out, "石德贵 13900000031（关爱等级：一般，每季度一次；已拖1天）——"+extraTopic+"；"+routineTopic) {
		t.Errorf("the extra day's lists:\n%s", out)
	}
}

// TestSameDayNoticeFollowedUpInTime: a notice about its own day is
// followed up before the part of the day it names (this afternoon: by
// noon), while there is time to tell the rest, not the next morning; one
// held over the night about a day gone by is not chased, and its sender
// is told so.
func TestSameDayNoticeFollowedUpInTime(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "今天下午4点在村委会发放防暑用品", By: "孙七", At: f.at("2026-07-01 09:00"), Groups: []string{"青山村三组网格群"}})
	if out := f.run("notice_followup", "2026-07-01 11:15"); len(out) != 0 {
		t.Fatalf("before 12:00: %q", out)
	}
	out := strings.Join(f.run("notice_followup", "2026-07-01 12:15"), "\n")
	if !strings.Contains(out, "王五: 【通知未回复】#N1「今天下午4点") || !strings.Contains(out, "没回的 9 户已私信告诉各网格员") {
		t.Errorf("the same day's follow-up:\n%s", out)
	}
	f.storeNotice(village.Notice{Text: "今晚7点开会", By: "孙七", At: f.at("2026-07-01 20:00"), Groups: []string{"青山村三组网格群"}})
	out = strings.Join(f.run("notice_followup", "2026-07-02 07:15"), "\n")
	if strings.Contains(out, "【通知未回复】") || !strings.Contains(out, "通知说的日子已经过了，没回的 9 户不再追问") {
		t.Errorf("a notice of last night, the morning after:\n%s", out)
	}
}

// TestEveningTaskNotLate: a call made in the evening (an urgent notice's
// follow-up) is on the next morning's list as today's, not a day late.
func TestEveningTaskNotLate(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "周末有大风，请加固门窗", By: "孙七", At: f.at("2026-06-01 22:40"), Groups: []string{"青山村三组网格群"}, Urgent: true})
	f.storeCall(village.Call{Village: "青山村", Grid: "三组", Person: "石德贵", PersonKey: "青山村/QS-309/石德贵", Phone: "13900000031",
		Care: village.CareNormal, Worker: "王五", Notices: []string{"N1"}, Due: f.at("2026-06-01 23:30"), Status: village.CallOpen})
	out := strings.Join(f.run("calls", "2026-06-02 08:00"), "\n")
	// never called before: his routine call is due, and made with the
	// notice; since call100 every elder's call of the list carries the
	// open notice, so it is said once below the list
	if !strings.Contains(out, "石德贵 13900000031（关爱等级：一般，每季度一次）\n") || !strings.Contains(out, "每位都要转告6月1日的通知：周末有大风") {
		t.Errorf("the morning's lists:\n%s", out)
	}
}

// TestNoticeFollowupWorkerOfTwoVillages: a worker on the roster of two
// villages hears of a notice's follow-up once per village, each message
// naming the village of the households it lists. The two are not merged:
// each village's follow-up is committed with its call tasks in its own
// scope, and may be sent by the account that serves that village.
func TestNoticeFollowupWorkerOfTwoVillages(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t,
		village.Person{Name: "王五", Village: "石桥村", Grid: "一组", Household: "SQ-101", Relation: "户主", UsesWeChat: true,
			Roles: []village.Role{village.RoleVillager, village.RoleWorker}},
		village.Person{Name: "石老汉", Village: "石桥村", Grid: "一组", Household: "SQ-102", Relation: "户主", Phone: "13900009999",
			Caretaker: "王五", Care: village.CareHigh, Roles: []village.Role{village.RoleVillager}})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	f.use(cfg, people, f.st)
	f.storeNotice(village.Notice{Text: "周三上午停水", By: "孙七", At: f.at("2026-03-02 09:00"),
		Groups: []string{"青山村三组网格群", "石桥村一组网格群"}})
	var mine []string
	out := f.run("notice_followup", "2026-03-03 09:15")
	// the fixture reads 青山村's outbox and the township's; 石桥村's is its own
	q := storagetest.Must(f.st.Claim(context.Background(), storage.VillageScope("石桥村"), 100, f.at("2026-03-03 09:15")))(t)
	for _, m := range q {
		out = append(out, m.To+": "+m.Text)
	}
	for _, o := range out {
		if strings.HasPrefix(o, "王五: ") {
			mine = append(mine, o)
		}
	}
	all := strings.Join(mine, "\n")
	if len(mine) != 2 || !strings.Contains(all, "青山村三组还有 ") || !strings.Contains(all, "石桥村一组还有 ") ||
		!strings.Contains(all, "石老汉（13900009999）") {
		t.Errorf("王五's follow-ups: want one per village, each naming it:\n%s", all)
	}
	if !strings.Contains(all, "#N1「周三上午停水」（3月2日发）") {
		t.Errorf("a follow-up the day after does not say when the notice went out:\n%s", all)
	}
}

// TestCoverageSkipsMonthBeforeDeployment: on the first day of a deployment
// the calls of the day are the first tasks; last month, when the bot was
// not running, is not reported as 0%.
func TestCoverageSkipsMonthBeforeDeployment(t *testing.T) {
	f := newPointsFixture(t)
	f.storeCall(grannyCall(f.at("2027-01-01 08:00")))
	if out := f.run("coverage", "2027-01-01 09:00"); len(out) != 0 {
		t.Errorf("coverage of the month before the first call:\n%s", strings.Join(out, "\n"))
	}
}

// TestCoverageCallsShortOfTheTier: a weekly (高) elder reached twice in a
// month counts as reached, and the report says he was owed 4 calls; a
// monthly (重点) one reached once is not short. Two calls logged on one
// day (the note sent again with more to say) are one day's call.
func TestCoverageCallsShortOfTheTier(t *testing.T) {
	f := newPointsFixture(t)
	f.reached("王奶奶", "青山村/QS-305/王奶奶", "2026-11-20 10:00")
	f.reached("王奶奶", "青山村/QS-305/王奶奶", "2026-12-02 10:00")
	f.reached("王奶奶", "青山村/QS-305/王奶奶", "2026-12-16 10:00")
	f.reached("王奶奶", "青山村/QS-305/王奶奶", "2026-12-16 11:30")
	f.reached("白凤兰", "青山村/QS-311/白凤兰", "2026-12-03 10:00")
	out := f.run("coverage", "2027-01-01 09:00")
	if len(out) != 1 || !strings.Contains(out[0], "联系到了但次数不够关爱等级要求：王奶奶 2/4 次（王五负责）\n") ||
		strings.Contains(out[0], "白凤兰") || strings.Contains(out[0], "都已联系到") {
		t.Errorf("coverage:\n%s", strings.Join(out, "\n"))
	}
}

// TestCadreNoticeFollowup: the follow-up of a notice addressed to the
// cadres (Notice.Cadres) chases no household and phones no elder: the
// office hears how many cadres answered 收到 and which have not, the
// notice's 明天 said as of the day it reads it (今天).
func TestCadreNoticeFollowup(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "明天上午到镇里开会", By: "孙七", At: f.at("2026-03-02 09:00"), Cadres: []string{"李四", "王五"}})
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: storage.TownshipScope("青山镇"), MsgID: "ack1",
		Incr: []storage.Incr{{Hash: storage.AckHash("N1"), Field: "王五", By: 1}}}); err != nil {
		t.Fatal(err)
	}
	out := f.run("notice_followup", "2026-03-03 10:00")
	if len(out) != 1 || !strings.HasPrefix(out[0], "青山镇网格工作群: 【通知回复】#N1「今天上午到镇里开会」") ||
		!strings.Contains(out[0], "已收到 1/2 人。\n还没回复「收到」的：李四，请打电话提醒。") {
		t.Errorf("the follow-up:\n%s", strings.Join(out, "\n"))
	}
	if out := f.run("notice_followup", "2026-03-04 10:00"); len(out) != 0 {
		t.Errorf("the day after: %q, want nothing again", out)
	}
}

// TestHeldNoticeReleasedWithFollowupOff: with schedules.notice_followup
// off, a notice written at night still goes out in the morning, at the
// default schedule's first run after the quiet hours (07:15), as its
// sender was told; nobody is chased about it.
func TestHeldNoticeReleasedWithFollowupOff(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	cfg.Schedules.NoticeFollowup = "off"
	f.use(cfg, people, f.st)
	if _, ok := f.jobs["notice_followup"]; ok {
		t.Fatal("notice_followup runs though it is off")
	}
	f.storeNotice(village.Notice{Text: "明天上午到村委会领年货", By: "孙七", At: f.at("2026-03-02 22:30"), Held: true, Groups: []string{"青山村三组网格群"}})
	if out := f.run("notice_release", "2026-03-03 06:15"); len(out) != 0 {
		t.Errorf("in the quiet hours: %q, want nothing", out)
	}
	out := strings.Join(f.run("notice_release", "2026-03-03 07:15"), "\n")
	if !strings.Contains(out, "青山村三组网格群: 【通知】明天上午到村委会领年货") || !strings.Contains(out, "孙七: ") {
		t.Errorf("the morning release:\n%s", out)
	}
	if out := f.run("notice_release", "2026-03-04 10:15"); len(out) != 0 {
		t.Errorf("the day after: %q, want no follow-up", out)
	}
}

// TestHeldCadreNoticePastItsDay: a cadres' notice written at night goes
// out in the morning saying which day its 今晚 or 明天 is; the follow-up
// of one whose day has passed asks nobody to phone the cadres who have
// not answered (as for the households' notices), the sender hears that
// its day has passed.
func TestHeldCadreNoticePastItsDay(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "今晚11点前把排查表报上来", By: "孙七", At: f.at("2026-03-02 22:30"), Held: true, Cadres: []string{"李四", "王五"}})
	f.storeNotice(village.Notice{Text: "明天上午到镇里开会", By: "孙七", At: f.at("2026-03-02 22:40"), Held: true, Cadres: []string{"李四", "王五"}})
	out := strings.Join(f.run("notice_followup", "2026-03-03 07:15"), "\n")
	holdsEach(t, "the release", out,
		"王五: 【通知】今晚11点前把排查表报上来\n——孙七（3月2日 22:30 发，夜间没有打扰大家，现在发出）\n通知里的“今晚”是3月2日，已经过了。\n",
		"孙七: 您3月2日 22:30写的通知 #N1「今晚11点前把排查表报上来」已私信发给 2 位网格员、网格长。\n通知里的“今晚”是3月2日，已经过了；还要办的，请再发一条写明日期的通知。",
		"李四: 【通知】明天上午到镇里开会\n——孙七（3月2日 22:40 发，夜间没有打扰大家，现在发出）\n通知里的“明天”是今天（3月3日）。\n")
	// N1's day has passed; N2's morning has not (it is chased before it)
	out = strings.Join(f.run("notice_followup", "2026-03-03 09:15"), "\n")
	n1, _, chasedN2 := strings.Cut(out, "【通知回复】#N2")
	if !strings.Contains(n1, "#N1「3月2日晚上11点前把排查表报上来」") || !strings.Contains(n1, "还没回复「收到」的：李四、王五，通知说的日子已经过了，不用再提醒") ||
		strings.Contains(n1, "请打电话提醒") || !chasedN2 {
		t.Errorf("the follow-up of a notice whose day has passed:\n%s", out)
	}
}

// TestRelayedNoticeSaysTheCallsDay: a notice about 明天, passed on by
// phone the next day, is read out as 今天: the call list names the day
// as the worker will say it, counted from the day of the call.
func TestRelayedNoticeSaysTheCallsDay(t *testing.T) {
	f := newPointsFixture(t)
	f.storeNotice(village.Notice{Text: "明天上午9点在村委会开会", By: "孙七", At: f.at("2026-12-01 10:00"), Groups: []string{"青山村三组网格群"}})
	chase := strings.Join(f.run("notice_followup", "2026-12-01 18:15"), "\n")
	if !strings.Contains(chase, "王五: 【通知未回复】#N1「明天上午9点在村委会开会」") {
		t.Fatalf("the evening's follow-up, the day it was written:\n%s", chase)
	}
	out := strings.Join(f.run("calls", "2026-12-02 08:00"), "\n")
	if !strings.Contains(out, "转告12月1日的通知：今天上午9点在村委会开会") || strings.Contains(out, "明天上午9点") {
		t.Errorf("the next morning's call list:\n%s", out)
	}
}

// TestRelayedNoticeSaysByWhenToCall: a notice that names a time of day
// (the meeting at 9) is passed on by phone until half an hour before it:
// the evening's follow-up says to call today, the day before it
// (notice55), the morning's call list by 08:30, and a list caught up at 8:40 no longer passes it on, though the
// morning is not over.
func TestRelayedNoticeSaysByWhenToCall(t *testing.T) {
	chased := func() (*pointsFixture, string) {
		f := newPointsFixture(t)
		f.storeNotice(village.Notice{Text: "明天上午9点在村委会开会", By: "孙七", At: f.at("2026-12-01 10:00"), Groups: []string{"青山村三组网格群"}})
		return f, strings.Join(f.run("notice_followup", "2026-12-01 18:15"), "\n")
	}
	f, chase := chased()
	if !strings.Contains(chase, "请今天之内电话转告") {
		t.Errorf("the evening's follow-up does not say by when to call:\n%s", chase)
	}
	if out := strings.Join(f.run("calls", "2026-12-02 08:00"), "\n"); !strings.Contains(out, "，要转告通知的请在08:30前打，再晚就来不及了：") {
		t.Errorf("the morning's call list does not say by when to call:\n%s", out)
	}
	f, _ = chased()
	if late := strings.Join(f.runLate("calls", "2026-12-02 08:00", "2026-12-02 08:40", 1), "\n"); strings.Contains(late, "开会") {
		t.Errorf("the call list caught up at 8:40 passes on the meeting at 9:\n%s", late)
	}
}

// TestRelayedNoticeDroppedWhenItsTimeHasPassed: once the part of the day
// a notice names has passed (this morning's meeting, the list caught up
// in the afternoon), no call passes it on: it is dropped from the call,
// which is left its routine check or none, and the drop is logged. A
// notice written the evening before about the next morning, followed up
// the next afternoon, is not chased by phone either.
func TestRelayedNoticeDroppedWhenItsTimeHasPassed(t *testing.T) {
	f := newPointsFixture(t)
	logs := f.logged()
	f.storeNotice(village.Notice{Text: "明天上午9点在村委会开会", By: "孙七", At: f.at("2026-12-01 10:00"), Groups: []string{"青山村三组网格群"}})
	f.run("notice_followup", "2026-12-01 18:15")
	out := strings.Join(f.runLate("calls", "2026-12-02 08:00", "2026-12-02 13:30", 1), "\n")
	if strings.Contains(out, "开会") {
		t.Errorf("the call list caught up in the afternoon passes on the morning's meeting:\n%s", out)
	}
	if !strings.Contains(out, "王奶奶") || !strings.Contains(out, routineTopic) {
		t.Errorf("the routine call that was due anyway is gone:\n%s", out)
	}
	if !strings.Contains(logs.String(), "notice dropped from the phone calls: the time it names has passed") ||
		!strings.Contains(logs.String(), "notice=N1") {
		t.Errorf("the drop is not logged:\n%s", logs.String())
	}

	f.storeNotice(village.Notice{Text: "明天上午到村委会领表", By: "孙七", At: f.at("2026-12-02 17:30"), Groups: []string{"青山村三组网格群"}})
	logs.Reset()
	out = strings.Join(f.run("notice_followup", "2026-12-03 17:45"), "\n")
	if strings.Contains(out, "【通知未回复】") || !strings.Contains(out, "通知说的时间已经过了，没回的 9 户不再追问") {
		t.Errorf("the next afternoon's follow-up chases the morning's notice:\n%s", out)
	}
	if !strings.Contains(logs.String(), "notice not chased: the time it names has passed") {
		t.Errorf("the notice not chased is not logged:\n%s", logs.String())
	}
}

// TestCoverageOfAMonthNobodyCalled: the calls went out all month and no
// worker logged one; the calls of the 1st, an hour before the report,
// carry the same open tasks on. The month is still reported, at 0%: it
// is not taken for the month before the bot was deployed.
func TestCoverageOfAMonthNobodyCalled(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	f.use(cfg, people, f.st)
	for _, day := range []string{"2026-12-02", "2026-12-03", "2026-12-15", "2027-01-01"} {
		f.run("calls", day+" 08:00")
	}
	out := f.run("coverage", "2027-01-01 09:00")
	if len(out) != 1 || !strings.Contains(out[0], "【上月电话回访】2026年12月") || !strings.Contains(out[0], "青山村三组：0/") {
		t.Errorf("coverage of a month with calls sent and none logged:\n%s", strings.Join(out, "\n"))
	}
}

// TestCoverageOfAMonthWhoseFirstCallsPassedOnANotice: the month's first
// calls were made to pass on a notice as well as to ask after the elders;
// nobody logged one. The next month's routine call, made when the notice
// is long answered, is a task of its own: December's stays December's, and
// December is reported at 0%, not taken for a month before deployment.
func TestCoverageOfAMonthWhoseFirstCallsPassedOnANotice(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	f.use(cfg, people, f.st)
	f.storeNotice(village.Notice{Text: "明天上午9点到村委会开会", By: "孙七", At: f.at("2026-12-01 13:10"),
		Groups: []string{"青山村一组网格群", "青山村二组网格群", "青山村三组网格群"}})
	f.run("notice_followup", "2026-12-02 07:15")
	f.run("calls", "2026-12-02 08:00")
	f.run("calls", "2027-01-01 08:00")
	out := f.run("coverage", "2027-01-01 09:00")
	if len(out) != 1 || !strings.Contains(out[0], "【上月电话回访】2026年12月") || !strings.Contains(out[0], "青山村三组：0/") {
		t.Errorf("coverage of a month whose calls also passed on a notice, none logged:\n%s", strings.Join(out, "\n"))
	}
	calls := storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsAll))(t)
	var dec, jan []string
	for _, c := range calls {
		if c.Person != "王奶奶" {
			continue
		}
		switch c.Due.In(cfg.Location()).Format("2006-01-02") {
		case "2026-12-02":
			dec = append(dec, c.ID)
		case "2027-01-01":
			jan = append(jan, c.ID)
		}
	}
	if len(dec) != 1 || len(jan) != 1 || dec[0] == jan[0] {
		t.Errorf("王奶奶's tasks: December's %v, January's %v; want one each, apart", dec, jan)
	}
}

// TestNoticeFollowupSkipsCadresHouseholds: the households of the grid's
// leader and worker are not chased for a 收到 (the worker is the one told
// to chase, the leader passes notices on) nor counted as not answered; a
// villager's household is.
func TestNoticeFollowupSkipsCadresHouseholds(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	f.use(cfg, people, f.st)
	f.storeNotice(village.Notice{Text: "下周一体检", By: "孙七", At: f.at("2026-08-03 09:00"), Groups: []string{"青山村三组网格群"}, Urgent: true})
	out := f.run("notice_followup", "2026-08-03 10:15")
	all := strings.Join(out, "\n")
	var chase, summary string
	for _, o := range out {
		switch {
		case strings.HasPrefix(o, "王五: 【通知未回复】"):
			chase = o
		case strings.HasPrefix(o, "青山镇网格工作群: 【通知回复】"):
			summary = o
		}
	}
	if !strings.Contains(chase, "张三户") {
		t.Errorf("王五 is not told 张三's household has not answered:\n%s", all)
	}
	for _, cadre := range []string{"王五户", "李四户"} {
		if strings.Contains(chase, cadre) {
			t.Errorf("王五 is asked to chase %s, a cadre's household:\n%s", cadre, all)
		}
	}
	// 三组 has 11 households, 李四's and 王五's among them
	if !strings.Contains(summary, "已收到 0/9 户") {
		t.Errorf("the township's summary: want 0/9 households (not the cadres'):\n%s", all)
	}
}

// TestNoticeJoinsTheDaysCall: one elder, one call a day. A notice chased
// after the morning's call list joins the call still to be made (the
// worker hears there is one more thing to say in it, and one logged call
// covers both); for an elder called today already, an ordinary notice
// waits for tomorrow's call, unless its time comes before that call can
// tell her (the meeting at 9 tomorrow: phoned again today, notice66), and
// an urgent one is phoned today.
func TestNoticeJoinsTheDaysCall(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	f.use(cfg, people, f.st)
	f.run("calls", "2026-06-18 08:00") // 王奶奶, 石德贵, 白凤兰 on 王五's list
	calls, err := f.st.Calls(context.Background(), f.sc, storage.CallsOpen)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range calls {
		switch c.Person {
		case "石德贵": // called at 09:00
			c.Status, c.LoggedAt, c.ClosedAt = village.CallReached, f.at("2026-06-18 09:00"), f.at("2026-06-18 09:00")
			f.storeCall(c)
		case "白凤兰": // tried at 09:30, no answer
			c.Misses, c.Outcome, c.LoggedAt = 1, village.OutcomeMissed, f.at("2026-06-18 09:30")
			f.storeCall(c)
		}
	}
	f.storeNotice(village.Notice{Text: "后天上午9点在村委会开会", By: "孙七", At: f.at("2026-06-17 10:00"), Groups: []string{"青山村三组网格群"}})
	out := strings.Join(f.run("notice_followup", "2026-06-18 10:15"), "\n")
	// 王奶奶's call was not tried yet: not "还没打通", which says it was
	holdsEach(t, "the follow-up", out, "王奶奶（13900000001）的回访电话还没打：请今天之内打，打的时候把这条通知一起转告",
		"白凤兰（13900000053）的回访电话上次没打通：请今天之内再打一次，打通时把这条通知一起转告",
		"石德贵今天已经打过电话，但通知说的是明天09:00，等明天的回访清单就来不及了：请今天再打个电话告诉石德贵（13900000031）")
	if strings.Contains(out, "您负责联系的不用微信的人") || strings.Contains(out, "请电话转告，打完") {
		t.Errorf("the follow-up asks for a second call today:\n%s", out)
	}
	open, err := f.st.Calls(context.Background(), f.sc, storage.CallsOpen)
	if err != nil {
		t.Fatal(err)
	}
	tasks := map[string][]village.Call{}
	for _, c := range open {
		tasks[c.Person] = append(tasks[c.Person], c)
	}
	if c := tasks["王奶奶"]; len(c) != 1 || c[0].Topic != routineTopic || !slices.Equal(c[0].NoticeIDs(), []string{"N1"}) {
		t.Errorf("王奶奶's tasks: %+v, want the morning's, carrying #N1", c)
	}
	if c := tasks["石德贵"]; len(c) != 1 || !c[0].Due.Equal(f.at("2026-06-18 10:15")) {
		t.Errorf("石德贵's tasks: %+v, want one due now", c)
	}
	next := strings.Join(f.run("calls", "2026-06-19 08:00"), "\n")
	// not logged yesterday: the call is the notice's, still to make;
	// every call of the list passes it on: said once, below the list
	if !strings.Contains(next, "石德贵 13900000031（关爱等级：一般，每季度一次；已拖1天）——转告下面的通知\n每位都要转告6月17日的通知：今天上午9点在村委会开会\n") ||
		strings.Count(next, "今天上午9点在村委会开会") != 1 {
		t.Errorf("tomorrow's list does not pass the notice on to 石德贵:\n%s", next)
	}

	open = storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsOpen))(t)
	for _, c := range open {
		if c.Person == "石德贵" { // called again the next day at 09:00
			c.Status, c.LoggedAt, c.ClosedAt = village.CallReached, f.at("2026-06-19 09:00"), f.at("2026-06-19 09:00")
			f.storeCall(c)
		}
	}
	f.storeNotice(village.Notice{Text: "今晚有大风，请关好门窗", By: "孙七", At: f.at("2026-06-19 10:00"), Groups: []string{"青山村三组网格群"}, Urgent: true})
	out = strings.Join(f.run("notice_followup", "2026-06-19 10:45"), "\n")
	if !strings.Contains(out, "王奶奶（13900000001）的回访电话还没打：") || !strings.Contains(out, "白凤兰（13900000053）的回访电话上次没打通：请再打一次") ||
		!strings.Contains(out, "您负责联系的不用微信的人：石德贵（13900000031），请电话转告") {
		t.Errorf("the urgent notice: want it to join the calls still to make, and 石德贵 phoned again today:\n%s", out)
	}
}

// TestNoticeFollowupPhonesCadresElders: an elder without WeChat in a
// cadre's household is phoned about a notice when someone of another
// household looks after him (朱有田, of 网格员 朱大勇's household, is
// 杨春花's to phone): 朱大勇's own 收到 says he read it, not that his
// father heard it. The household is still neither chased nor counted; an
// elder whom the cadre of his own household looks after (王老太, 王五's
// mother) is not phoned: he tells her at home. Every other household of
// 二组 answered: only 杨春花 hears, and only of 朱有田.
func TestNoticeFollowupPhonesCadresElders(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t, village.Person{Name: "王老太", Village: "青山村", Household: "QS-304", Relation: "父母",
		Grid: "三组", Phone: "13900000055", Care: village.CareNormal, Caretaker: "王五", Roles: []village.Role{village.RoleVillager}})
	f.use(cfg, people, f.st)
	f.storeNotice(village.Notice{Text: "今晚有暴雨，请关好门窗，低洼处的人家注意转移", By: "孙七", At: f.at("2026-07-06 09:00"),
		Groups: []string{"青山村二组网格群", "青山村三组网格群"}, Urgent: true})
	var incr []storage.Incr
	for _, hh := range []string{"QS-203", "QS-204", "QS-205", "QS-206", "QS-207", "QS-208", "QS-209", "QS-210", "QS-304"} {
		incr = append(incr, storage.Incr{Hash: storage.AckHash("N1"), Field: "青山村/" + hh, By: 1})
	}
	if _, err := f.st.Commit(context.Background(), storage.Change{Scope: storage.TownshipScope("青山镇"), MsgID: "acks", Incr: incr}); err != nil {
		t.Fatal(err)
	}
	out := f.run("notice_followup", "2026-07-06 09:45")
	all := strings.Join(out, "\n")
	var chase string
	for _, o := range out {
		switch {
		case strings.HasPrefix(o, "杨春花: 【通知未回复】"):
			chase = o
		case strings.HasPrefix(o, "朱大勇: "):
			t.Errorf("朱大勇 hears of a grid every household of which answered:\n%s", all)
		case strings.HasPrefix(o, "王五: ") && strings.Contains(o, "王老太"):
			t.Errorf("王五 is asked to phone his own mother:\n%s", all)
		case strings.HasPrefix(o, "青山镇网格工作群: ") && !strings.Contains(o, "二组 7/7"):
			t.Errorf("the township's summary: want 二组 7/7 households (朱大勇's not counted):\n%s", all)
		}
	}
	for _, want := range []string{"二组的各户都已回复收到", "朱有田（13800002034）"} {
		if !strings.Contains(chase, want) {
			t.Errorf("杨春花's follow-up lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(chase, "其他户") || strings.Contains(chase, "朱大勇家") {
		t.Errorf("杨春花 is asked to chase households:\n%s", chase)
	}
	open := storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsOpen))(t)
	var tasks []string
	for _, c := range open {
		if slices.Contains(c.NoticeIDs(), "N1") {
			tasks = append(tasks, c.Person)
		}
	}
	slices.Sort(tasks)
	if want := []string{"朱有田", "王奶奶", "白凤兰", "石德贵"}; !slices.Equal(tasks, want) {
		t.Errorf("calls passing #N1 on: %q, want %q", tasks, want)
	}
}

// TestNoticeTooCloseToPassOn: a notice followed up in the half hour
// before the time it names is not chased (too late to phone), and the
// sender hears that the time is near, not that it has passed; a call
// that passes two notices on says once by when it must be made, for the
// earlier of them, and a list of such calls says it once at its top.
func TestNoticeTooCloseToPassOn(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	f.use(cfg, people, f.st)
	f.storeNotice(village.Notice{Text: "今天上午9点半在村委会开会", By: "孙七", At: f.at("2026-12-02 08:00"), Groups: []string{"青山村三组网格群"}})
	out := strings.Join(f.run("notice_followup", "2026-12-02 09:15"), "\n")
	if strings.Contains(out, "【通知未回复】") || !strings.Contains(out, "通知说的时间（09:30）快到了，现在转告来不及，没回的 9 户不再追问") {
		t.Errorf("the follow-up at 09:15 of the meeting at 09:30:\n%s", out)
	}

	f.storeNotice(village.Notice{Text: "明天上午9点在村委会开会", By: "孙七", At: f.at("2026-12-02 10:00"), Groups: []string{"青山村三组网格群"}})
	f.storeNotice(village.Notice{Text: "明天上午10点在卫生室体检", By: "孙七", At: f.at("2026-12-02 10:05"), Groups: []string{"青山村三组网格群"}})
	f.run("notice_followup", "2026-12-02 18:15")
	list := strings.Join(f.run("calls", "2026-12-03 08:00"), "\n")
	if n := strings.Count(list, "前打，再晚就来不及了"); n != 1 || !strings.Contains(list, "今天请给这 3 位打个电话，要转告通知的请在08:30前打，再晚就来不及了：") {
		t.Errorf("the call list says by when %d times, want once, 08:30 at its top:\n%s", n, list)
	}
}

// TestExtraDayCallNotCarriedOver: the greeting call of a festival or
// severe-weather day not made on its day is not listed the next day (a
// day late it warns of nothing): closed as not made, and the person's
// routine call comes when due.
func TestExtraDayCallNotCarriedOver(t *testing.T) {
	f := extraDayFixture(t, "2026-12-31")
	f.storeCall(shiDeGuiListed(extraTopic, f.at("2026-12-31 08:00")))
	reached := shiDeGuiListed(routineTopic, f.at("2026-12-01 08:00"))
	reached.Status, reached.Outcome, reached.LoggedAt, reached.ClosedAt = village.CallReached, village.OutcomeReached, f.at("2026-12-01 10:00"), f.at("2026-12-01 10:00")
	f.storeCall(reached)
	out := strings.Join(f.run("calls", "2027-01-01 08:00"), "\n")
	if strings.Contains(out, "石德贵") || strings.Contains(out, extraTopic) {
		t.Errorf("the day after the extra day, its greeting is still listed:\n%s", out)
	}
	all := storagetest.Must(f.st.Calls(context.Background(), f.sc, storage.CallsAll))(t)
	for _, c := range all {
		if c.Person == "石德贵" && c.Topic == extraTopic && c.Status != village.CallUnmade {
			t.Errorf("the extra day's task: %s, want %s", c.Status, village.CallUnmade)
		}
	}
}

// extraDayFixture is the example township with day (YYYY-MM-DD) an
// extra day of calls.
func extraDayFixture(t *testing.T, day string) *pointsFixture {
	t.Helper()
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t)
	cfg.Outreach.ExtraDays = []config.ExtraDay{{Date: day}}
	f.use(cfg, people, f.st)
	return f
}

// shiDeGuiListed is 石德贵's open call about topic, due and listed at due.
func shiDeGuiListed(topic string, due time.Time) village.Call {
	return village.Call{Village: "青山村", Grid: "三组", Person: "石德贵", PersonKey: "青山村/QS-309/石德贵", Phone: "13900000031",
		Care: village.CareNormal, Worker: "王五", Topic: topic, Due: due, Status: village.CallOpen, RemindedAt: due}
}

// routineCall is the open 例行问候 call of person (of 三组, key) that 王五
// makes, due at due.
func routineCall(person, key string, due time.Time) village.Call {
	return village.Call{Village: "青山村", Grid: "三组", Person: person, PersonKey: key, Worker: "王五", Topic: "例行问候",
		Due: due, Status: village.CallOpen}
}

// grannyCall is 王奶奶's routine call, due at due.
func grannyCall(due time.Time) village.Call {
	return routineCall("王奶奶", "青山村/QS-305/王奶奶", due)
}

// reached stores person's routine call, due and reached at at.
func (f *pointsFixture) reached(person, key, at string) {
	f.t.Helper()
	c := routineCall(person, key, f.at(at))
	c.Log(village.OutcomeReached, "", "王五", f.at(at), 2)
	f.storeCall(c)
}

// TestNoticeTooCloseToPassOnLogged: a notice not chased, or dropped from
// a call, because the time it names is less than half an hour away is
// logged as such (in English, its time named), not as a time that has
// passed; the notice's text in the log is masked.
func TestNoticeTooCloseToPassOnLogged(t *testing.T) {
	f := newPointsFixture(t)
	logs := f.logged()
	f.storeNotice(village.Notice{Text: "今天上午9点半在村委会开会，有事打13912345678", By: "孙七", At: f.at("2026-12-02 08:00"), Groups: []string{"青山村三组网格群"}})
	f.run("notice_followup", "2026-12-02 09:15")
	got := logs.String()
	if !strings.Contains(got, "notice not chased: the time it names (09:30) is too close to phone about") || strings.Contains(got, "has passed") {
		t.Errorf("the follow-up at 09:15 of the meeting at 09:30 logs:\n%s", got)
	}
	if strings.Contains(got, "13912345678") {
		t.Errorf("the log shows the notice's phone number:\n%s", got)
	}

	f.storeNotice(village.Notice{Text: "明天上午9点在村委会开会", By: "孙七", At: f.at("2026-12-02 10:00"), Groups: []string{"青山村三组网格群"}})
	f.run("notice_followup", "2026-12-02 18:15")
	logs.Reset()
	f.runLate("calls", "2026-12-03 08:00", "2026-12-03 08:40", 1)
	if got := logs.String(); !strings.Contains(got, "notice dropped from the phone calls: the time it names (09:00) is too close to phone about") ||
		strings.Contains(got, "has passed") {
		t.Errorf("the call list caught up at 8:40 logs the meeting at 9:\n%s", got)
	}
}

// TestCallsLeaderAsCaretaker: a 网格长 the roster names as an elder's
// 责任网格员 (a small grid's common arrangement) gets her call in his own
// private list; the grid's worker does not.
func TestCallsLeaderAsCaretaker(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t, village.Person{Name: "赵奶奶", Village: "青山村", Grid: "三组", Household: "QS-399", Relation: "户主",
		Phone: "13900000399", Care: village.CareHigh, Caretaker: "李四", Roles: []village.Role{village.RoleVillager}})
	f.use(cfg, people, f.st)
	out := f.run("calls", "2026-03-02 08:00")
	var leader, worker string
	for _, o := range out {
		switch to, text, _ := strings.Cut(o, ": "); to {
		case "李四":
			leader += text
		case "王五":
			worker += text
		}
	}
	if !strings.HasPrefix(leader, "【电话回访】") || !strings.Contains(leader, "赵奶奶") {
		t.Errorf("李四's private list does not have 赵奶奶:\n%s", strings.Join(out, "\n"))
	}
	if strings.Contains(worker, "赵奶奶") {
		t.Errorf("王五 was given 赵奶奶, whom 李四 phones:\n%s", worker)
	}
}
