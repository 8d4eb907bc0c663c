package scheduler

import (
	"context"
	"embed"
	"fmt"
	"log/slog"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/reach"
	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/village"

	"github.com/robfig/cron/v3"
)

// JobStore is the state the jobs read and change.
type JobStore interface {
	Commit(ctx context.Context, c storage.Change) (storage.Result, error)
	Reports(ctx context.Context, sc storage.Scope) ([]village.Report, error)
	// ReportsEach is Reports of several scopes in one round trip: the
	// 早报 and the monthly and yearly reports read every village's.
	ReportsEach(ctx context.Context, scs []storage.Scope) ([][]village.Report, error)
	AllOpenReports(ctx context.Context, sc storage.Scope) ([]village.Report, error)
	// OpenCopied is AllOpenReports from this process's copy, no round
	// trip (ok false: none held), with the read a commit on it carries.
	OpenCopied(sc storage.Scope) ([]village.Report, storage.ReportsRead, bool)
	// FollowedReports is the open reports and the n newest, from this
	// process's copy when it follows them: the closed debt settlements
	// whose other creditors are still to be asked (creditorsAfterClose).
	FollowedReports(ctx context.Context, sc storage.Scope, grid string, n int) ([]village.Report, storage.ReportsRead, error)
	Docs(ctx context.Context, sc storage.Scope, kind, index string) ([]storage.RawDoc, error)
	Counters(ctx context.Context, sc storage.Scope, hash string) (map[string]int64, error)
	CountersOf(ctx context.Context, reads ...storage.CountersRead) ([]map[string]int64, error)
	// DocsAndCounters reads documents and counter hashes of a scope in
	// one round trip: the year end's tallies and claims.
	DocsAndCounters(ctx context.Context, sc storage.Scope, reads []storage.DocsRead, hashes ...string) ([][]storage.RawDoc, []map[string]int64, error)
	Notices(ctx context.Context, sc storage.Scope, index string) ([]village.Notice, error)
	Calls(ctx context.Context, sc storage.Scope, index string) ([]village.Call, error)
	// LastRun is a job's last run; the 早报 reads the scheduler's record
	// of downtime with it (lastDown).
	LastRun(ctx context.Context, sc storage.Scope, job string) (last time.Time, ok bool, err error)
	// Gaps is the last downtime and the last stop the scheduler noted
	// (one round trip): down_notice tells the grid groups of either.
	Gaps(ctx context.Context, sc storage.Scope) (down, stop storage.Gap, err error)
	// Asked reads a kept value (storage.Ask): a worker's absence
	// (village.Away) the calls job sends his lists around.
	Asked(ctx context.Context, sc storage.Scope, key string) ([]byte, error)
	// AskedOf reads several kept values in one round trip: the numbers
	// workers gave for elders (village.PhoneFix) the call lists show.
	AskedOf(ctx context.Context, sc storage.Scope, keys ...string) ([][]byte, error)
}

// People is the roster as the jobs see it.
type People interface {
	// Lookup finds a person of a village by the name he is shown with.
	Lookup(villageName, who string) (village.Person, error)
	InGrid(villageName, grid string, role village.Role) []village.Person
	// Household is the people of a village's household (户号): the
	// watchdog's re-post names the home an alarm is at (words.AlarmHome).
	Household(villageName, household string) []village.Person
	All() []village.Person
	// Address is the name that reaches the person with a Person.Key (a
	// namesake's "name·household"); name when the key is unknown.
	Address(key, name string) string
}

// Deps are what the jobs need.
type Deps struct {
	Config *config.Config
	Store  JobStore
	People People
	// Friends tells which villagers the bot can write to privately; a
	// private message to another goes to his grid worker (reach.Guard).
	// Nil: all of them.
	Friends reach.Friends
	Logger  *slog.Logger
}

//go:embed *.tmpl
var templates embed.FS

// jobs holds the dependencies every job shares.
type jobs struct {
	Deps
	// texts are for any chat, groupTexts for a grid group, townTexts
	// for the township's chats and officers (textsFor, textsTo).
	texts, groupTexts, townTexts *tmpl.Set
	loc                          *time.Location
	// overdueRuns is the overdue check's schedule; nil when it is off
	// (or unreadable: the scheduler refuses it then).
	overdueRuns cron.Schedule
}

// Jobs returns every job the configuration schedules; a schedule set to
// "off" leaves its job out.
func Jobs(d Deps) []Job {
	j := newJobs(d)
	sc := d.Config.Schedules
	all := []Job{
		// Latest: these act on the current state; after downtime, or a
		// jump of simulated time (sandbox +7天, replay), the latest due
		// occurrence says all there is to say, once.
		// Last: the digests show the items as they stand when posted;
		// caught up, they run after what the same tick closes and files.
		{Name: "evening_digest", Label: "晚间小结", Spec: sc.EveningDigest, Run: j.daytime(j.eveningDigest, false), Latest: true, Last: true},
		{Name: "morning_digest", Label: "镇里早报", Spec: sc.MorningDigest, Run: j.daytime(j.morningDigest, false), Latest: true, Last: true},
		{Name: "overdue", Label: "超期提醒", Spec: sc.Overdue, Run: j.daytime(j.overdue, false)}, // each occurrence: reminders and filings at the SLA's hour
		{Name: "watchdog", Label: "突发事件盯办", Spec: sc.Watchdog, Run: j.watchdog, Latest: true},
		{Name: "ask_reminder", Label: "镇里问提醒", Spec: sc.AskReminder, Run: j.daytime(j.askReminder, false), Latest: true}, // once per question (Report.AskRemindedAt)
		{Name: "unclaimed", Label: "镇里待接手提醒", Spec: sc.Unclaimed, Run: j.daytime(j.unclaimed, false), Latest: true},      // once a day (its id is the day's)
		{Name: "followup", Label: "办结追问", Spec: sc.Followup, Run: j.daytime(j.followup, false), Latest: true},
		{Name: "notice_followup", Label: "通知未回复跟进", Spec: sc.NoticeFollowup, Run: j.noticeFollowup, Latest: true}, // quiet hours: per notice
		{Name: "calls", Label: "电话回访清单", Spec: sc.Calls, Run: j.daytime(j.calls, false), Latest: true},
		// KeepMissed: a month's report is about that month, judged by
		// the occurrence's time, and nothing later says it again: however
		// long the bot was down, each missed month's is posted, once. A
		// digest or a call list of a day gone by is not (the catch-up
		// window skips it): the next one says what is still true.
		{Name: "coverage", Label: "回访覆盖率", Spec: sc.Coverage, Run: j.daytime(j.coverage, true), KeepMissed: true},
		{Name: "monthly_report", Label: "月报", Spec: sc.MonthlyReport, Run: j.daytime(j.monthlyReport, true), KeepMissed: true},
		{Name: "yearly_report", Label: "年度事项", Spec: sc.YearlyReport, Run: j.daytime(j.yearlyReport, true), KeepMissed: true},
		// each grid group hears of a downtime once, at the first tick outside
		// quiet hours, before what that tick catches up; a night's ticks are skipped unlogged (daytime's line
		// every 5 minutes of every night said nothing)
		{Name: "down_notice", Label: "停机告知", Spec: downNoticeSpec, Run: func(ctx context.Context, at, now time.Time) error {
			if j.quiet(now) {
				return nil
			}
			return j.downNotice(ctx, at, now)
		}, Latest: true, First: true}, // before the catch-up's posts: it explains them
	}
	if sc.NoticeFollowup == "off" { // nobody chases the answers, yet what the night held goes out
		all = append(all, Job{Name: "notice_release", Label: "夜间通知发出", Spec: d.Config.NoticeReleaseSpec(), Run: j.daytime(j.noticeRelease, false), Latest: true})
	}
	all = append(all, j.pointsJobs()...)
	if d.Config.SLA.BusinessDays {
		all = append(all, Job{Name: "holiday_check", Label: "节假日检查", Spec: holidayCheckSpec, Run: j.holidayCheck, Latest: true})
	}
	var out []Job
	for _, job := range all {
		if job.Spec != "off" {
			out = append(out, job)
		}
	}
	return out
}

// newTexts parses the jobs' texts, with tref naming an item for the
// township's chats (village.TownshipRef); the texts for a grid group
// (group) repeat a villager's words (short) without the numbers that
// identify someone, as the handlers' do. The township's (town) write
// every item with its village (ref) when there are several, as the
// handlers' township texts do: each village's #R1 is another item there.
func newTexts(cfg *config.Config) (texts, group, town *tmpl.Set) {
	return tmpl.TownSets(templates, cfg.Location(), nil, village.Mask, len(cfg.Villages) > 1)
}

// textsFor is the text set of what goes to chat: a grid group's, read by
// every villager, repeats a villager's words masked ("电话[电话]"); the
// township's chats (office, duty) name each item's village; other chats
// keep the words, as private messages do.
func (j *jobs) textsFor(chat string) *tmpl.Set {
	if _, _, ok := j.Config.GridOfGroup(chat); ok {
		return j.groupTexts
	}
	if chat != "" && (chat == j.Config.Township.OfficeChat || chat == j.Config.Township.EmergencyChat) {
		return j.townTexts
	}
	return j.texts
}

// textsTo is the text set of a private message to name, a person of
// village v: a township officer's (or the admin's) of no grid reads the
// township's view, each item with its village, as the handlers write to
// him (townshipView); anyone else the texts for any chat.
func (j *jobs) textsTo(v, name string) *tmpl.Set {
	if p, err := j.People.Lookup(v, name); err == nil && p.SeesTownship() {
		return j.townTexts
	}
	return j.texts
}

// privately renders block with the texts for name (textsTo) and
// addresses it to him.
func (j *jobs) privately(v, name, block string, data any) bot.Outbound {
	return private(name, j.textsTo(v, name).Render(block, data))
}

// toGroup renders block with the texts for chat (textsFor) and addresses
// it there.
func (j *jobs) toGroup(chat, block string, data any, prio bot.Priority) bot.Outbound {
	return group(chat, j.textsFor(chat).Render(block, data), prio)
}

// newJobs returns the jobs' shared dependencies.
func newJobs(d Deps) *jobs {
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	j := &jobs{Deps: d, loc: d.Config.Location()}
	if sched, err := cron.ParseStandard(d.Config.Schedules.Overdue); err == nil {
		j.overdueRuns = sched
	}
	j.texts, j.groupTexts, j.townTexts = newTexts(d.Config)
	j.Store = reaching{d.Store, reach.New(d.People, j.texts, d.Logger).WithFriends(d.Friends)}
	return j
}

// reaching is a JobStore that commits through reach.Guard.Commit.
type reaching struct {
	JobStore
	guard *reach.Guard
}

func (s reaching) Commit(ctx context.Context, c storage.Change) (storage.Result, error) {
	return s.guard.Commit(ctx, s.JobStore, c)
}

// runID is the dedupe id of one job occurrence's change, optionally for
// one item: a re-run of the same occurrence commits nothing twice.
func runID(job string, at time.Time, item ...any) string {
	id := fmt.Sprintf("job:%s:%d", job, at.Unix())
	for _, x := range item {
		id += fmt.Sprintf(":%v", x)
	}
	return id
}

// quiet reports whether t falls in the configured quiet hours, when only
// emergencies are posted.
func (j *jobs) quiet(t time.Time) bool { return j.Config.QuietHours.Contains(t.In(j.loc)) }

// daytime wraps the Run of a job that posts nothing in quiet hours, judged
// by when it runs, not by its occurrence: a bot restarted at night catches
// up no digest at 22:30. An occurrence met at night is skipped: a later one
// says the same, fresher (digests, reminders). With wait it runs instead
// once the quiet hours end (monthly reports, 公示: nothing else says them).
func (j *jobs) daytime(run func(ctx context.Context, at, now time.Time) error, wait bool) func(ctx context.Context, at, now time.Time) error {
	return func(ctx context.Context, at, now time.Time) error {
		switch {
		case !j.quiet(now):
			return run(ctx, at, now)
		case wait:
			return ErrLater
		}
		j.Logger.InfoContext(ctx, "scheduled occurrence met in quiet hours; skipped", "at", at, "now", now)
		return nil
	}
}

// post queues messages of one job occurrence, deduplicated by id.
func (j *jobs) post(ctx context.Context, sc storage.Scope, id string, out ...bot.Outbound) error {
	if len(out) == 0 {
		return nil
	}
	_, err := j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: id, Out: out})
	return err
}

// address is the name that reaches p privately: his name, or
// "name·household" when he has a namesake (People.Address).
func (j *jobs) address(p village.Person) string { return j.People.Address(p.Key(), p.Name) }

func group(to, text string, prio bot.Priority) bot.Outbound {
	return bot.Outbound{To: to, Kind: bot.Group, Priority: prio, Text: text}
}

func private(to, text string) bot.Outbound {
	return bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: text}
}

// holidayCheckSpec is when holidayCheck runs: daily, in office hours.
const holidayCheckSpec = "0 9 * * *"

// holidayCheck warns the operator, daily, while business-day deadlines
// count a year that sla.holidays does not list: its holidays count as
// working days. gridbot run checks at start-up too, but a bot started in
// October runs into December and the new year without another start.
func (j *jobs) holidayCheck(ctx context.Context, at, now time.Time) error {
	if years := j.Config.HolidaysMissing(now); len(years) > 0 {
		j.Logger.WarnContext(ctx, "sla.business_days is on but sla.holidays lacks the Spring Festival or National Day of these years: their holidays count as working days in deadlines; add the State Council's holidays and 调休 workdays and restart",
			"years", years)
	}
	return nil
}
