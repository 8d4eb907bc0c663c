// Package scheduler runs gridbot's timed jobs (digests, SLA escalation, …).
//
// Each job has a cron schedule. One loop, RunDue, runs every occurrence that
// fell due between the job's last run and now, oldest first; production calls
// it every minute (Run), replay calls it with simulated time before each
// transcript line. Occurrences are claimed in the store before they run, so
// several replicas run each occurrence once in total, and a bot that was down
// catches up what it missed within Options.CatchUp.
package scheduler

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	_ "time/tzdata" // the default zone must load on machines without zoneinfo

	"github.com/robfig/cron/v3"

	"gridbot/bot"
	"gridbot/storage"
)

// Job is one scheduled job.
type Job struct {
	// Name identifies the job in the store and in logs; unique, no spaces or colons.
	Name string
	// Label says what the job does, for people: "晚间小结".
	Label string
	// Spec is a cron spec "minute hour day-of-month month day-of-week" or a
	// descriptor (@daily, @hourly, @every 1h, …), evaluated in Options.Location.
	Spec string
	// Run does the job for the occurrence at. now is when it actually runs:
	// later than at after downtime, or when simulated time jumps. Judge what
	// is due by at; judge what may be sent (quiet hours) and how long
	// something has waited by now.
	Run func(ctx context.Context, at, now time.Time) error
	// Latest: when several occurrences of the job are due at once, only the
	// latest runs, and the earlier ones count as run. For jobs that act on
	// the current state (digests, reminders, the watchdog): an older
	// occurrence would only say again, staler, what the latest says.
	Latest bool
	// Last: of the occurrences due in one RunDue, this job's run after
	// every other job's, whatever their times (among Last jobs: by time,
	// then job order). For jobs that report the state the others change,
	// as it stands when they run (the digests): caught up after downtime,
	// the 08:30 早报 runs after the 10:00 follow-up and the hourly overdue
	// runs, so that it shows what they closed and filed, not stale figures.
	Last bool
	// First: of the occurrences due in one RunDue, this job's run before
	// every other job's (among First jobs: by time, then job order). For
	// a job that explains the others' burst: caught up after downtime,
	// the grid groups hear the bot was down before the overdue reminders
	// and filings the same tick posts (down_notice).
	First bool
	// KeepMissed: occurrences missed longer ago than Options.CatchUp
	// still run, oldest first, in time order with the other jobs. For
	// jobs whose occurrence nothing later makes up for and whose order
	// matters: a month's 公示, the year's ranking and clearing, and the
	// daily finalise that must make December's points final before the
	// clearing and January's after it. Each occurrence judges by its own
	// time, so running it late changes nothing it decides.
	KeepMissed bool
}

// ErrLater, returned by a job's Run (wrapped or not), leaves the occurrence
// unrecorded: it runs again at the next RunDue (after quiet hours, say),
// while it is within Options.CatchUp; the job's later occurrences wait
// behind it.
var ErrLater = errors.New("scheduler: not now, later")

// Store remembers which occurrences ran. *storage.Store satisfies it.
type Store interface {
	// Check reports whether the store answers, looking afresh when it is
	// known to be down (storage.Store.Check): a tick right after Redis came
	// back runs rather than being refused for the outage seen before.
	Check(ctx context.Context) error
	// LastRun is the latest occurrence claimed for job; ok is false when none was.
	LastRun(ctx context.Context, sc storage.Scope, job string) (last time.Time, ok bool, err error)
	// ClaimRun reports whether this caller won the occurrence (once across
	// replicas) and, when it did, moves the job's last run forward to it.
	ClaimRun(ctx context.Context, sc storage.Scope, job string, occurrence time.Time, ttl time.Duration) (bool, error)
}

// Options configure a Scheduler.
type Options struct {
	// Location is the zone schedules are evaluated in. Default Asia/Shanghai.
	Location *time.Location
	// CatchUp is how far back missed occurrences are still run after
	// downtime; older ones are skipped and logged once. Default 24h;
	// negative: no limit (replay, where every occurrence should fire).
	CatchUp time.Duration
	// MaxRuns caps the occurrences run per job in one RunDue; the rest run at
	// the next call. Default 100; negative: no cap.
	MaxRuns int
	// LockTTL is how long a claimed occurrence is remembered; it must be
	// longer than CatchUp. Default 7 days.
	LockTTL time.Duration
	// Scope is where the run keys live, e.g. storage.TownshipScope(name). Required.
	Scope storage.Scope
	// Logger defaults to slog.Default().
	Logger *slog.Logger
}

// Scheduler runs due occurrences of its jobs. It holds no run state of its
// own (all of it is in the store), so several replicas may share a store.
type Scheduler struct {
	store   Store
	jobs    []job
	loc     *time.Location
	catchUp time.Duration
	maxRuns int
	ttl     time.Duration
	scope   storage.Scope
	log     *slog.Logger
	// live: RunDue is called by Run, every minute on the wall clock, so a
	// gap between runs is the bot stopped (or Redis not answering), not a
	// replay's or the sandbox's clock jump; stopped: the caller said the
	// bot was stopped until the next RunDue (Stopped).
	live, stopped atomic.Bool
}

type job struct {
	Job
	sched cron.Schedule
}

// New checks every job and parses its schedule. It starts nothing.
func New(store Store, jobs []Job, o Options) (*Scheduler, error) {
	if store == nil {
		return nil, errors.New("scheduler: no store")
	}
	if o.Location == nil {
		loc, err := time.LoadLocation("Asia/Shanghai")
		if err != nil {
			return nil, fmt.Errorf("scheduler: default location: %w", err)
		}
		o.Location = loc
	}
	if o.CatchUp == 0 {
		o.CatchUp = 24 * time.Hour
	}
	if o.MaxRuns == 0 {
		o.MaxRuns = 100
	}
	if o.LockTTL == 0 {
		// longer than any CatchUp: schedules.catch_up may be 7d
		o.LockTTL = max(7*24*time.Hour, o.CatchUp+24*time.Hour)
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	var errs []error
	if o.Scope == "" {
		errs = append(errs, errors.New("scheduler: Options.Scope is empty: set it to where run keys live, e.g. storage.TownshipScope(township)"))
	}
	if o.LockTTL < time.Second || (o.CatchUp > 0 && o.LockTTL <= o.CatchUp) {
		errs = append(errs, fmt.Errorf("scheduler: LockTTL %v must be at least 1s and longer than CatchUp %v, or a replica could run an occurrence again", o.LockTTL, o.CatchUp))
	}
	s := &Scheduler{store: store, loc: o.Location, catchUp: o.CatchUp, maxRuns: o.MaxRuns,
		ttl: o.LockTTL, scope: o.Scope, log: o.Logger}
	seen := map[string]bool{}
	for i, j := range jobs {
		switch {
		case j.Name == "":
			errs = append(errs, fmt.Errorf("scheduler: job %d (spec %q) has no name: give it a short unique name such as evening_digest", i+1, j.Spec))
			continue
		case strings.ContainsAny(j.Name, ": \t\n"):
			errs = append(errs, fmt.Errorf("scheduler: job %q: the name may not contain spaces or colons", j.Name))
		case j.Name == downFrom || j.Name == downTo || j.Name == storage.StopFrom || j.Name == storage.StopTo:
			errs = append(errs, fmt.Errorf("scheduler: job %q: the name is reserved for the record of downtime", j.Name))
		case j.Name == reached:
			errs = append(errs, fmt.Errorf("scheduler: job %q: the name is reserved for the time a simulated clock reached", j.Name))
		case seen[j.Name]:
			errs = append(errs, fmt.Errorf("scheduler: job %q is listed twice: job names must be unique", j.Name))
		}
		seen[j.Name] = true
		if j.Run == nil {
			errs = append(errs, fmt.Errorf("scheduler: job %q has no Run function", j.Name))
		}
		sched, err := cron.ParseStandard(j.Spec)
		if err != nil {
			errs = append(errs, fmt.Errorf("scheduler: job %q: bad schedule %q: %w; write five fields "+
				"\"minute hour day-of-month month day-of-week\" (e.g. \"0 20 * * *\" for 20:00 every day, "+
				"\"30 8 * * 1-5\" for 08:30 on weekdays) or a descriptor such as @daily", j.Name, j.Spec, err))
			continue
		}
		s.jobs = append(s.jobs, job{Job: j, sched: sched})
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

// occurrence is one due run of job number job.
type occurrence struct {
	at  time.Time
	job int
}

// RunDue runs every occurrence of every job due in (last run, now], in
// ascending time, ties in job order, First jobs' before all others and
// Last jobs' after them; of a
// Latest job only the latest. A job
// seen for the first time (no last run in the store) only records now as
// its baseline: a bot started at 15:00 does not send that morning's 08:30
// digest. Occurrences older than CatchUp are skipped. Each occurrence runs,
// then is recorded in the store: jobs commit their effects with a run id
// (one per occurrence and item), so an occurrence re-run after a crash
// mid-job, or run by two replicas at once, changes nothing twice and sends
// nothing twice. A job's error or panic is logged and the occurrence counts
// as run (but for ErrLater); other occurrences go on. RunDue
// returns an error only when the store fails or ctx ends; what did not run
// then runs at the next call.
func (s *Scheduler) RunDue(ctx context.Context, now time.Time) error {
	_ = s.store.Check(ctx) // the calls below say what is wrong
	now = now.In(s.loc)
	p, err := s.plan(ctx, now)
	if err != nil {
		return err
	}
	if len(p.fresh) > 0 {
		// One line, not one a job: at a first start every job is new.
		s.log.InfoContext(ctx, "scheduled jobs start now; earlier occurrences are not run (gridbot jobs lists them)",
			"count", len(p.fresh), "next", strings.Join(p.fresh, ", "))
	}
	if !p.missed.IsZero() && now.Sub(p.missed) > DownAfter && now.Sub(p.prev) > DownAfter {
		// before anything runs: the jobs of this tick (the 早报) may say so.
		// Some job ran within the day (prev): not down, only an occurrence
		// waiting for the quiet hours to end (ErrLater), which would
		// otherwise move the downtime noted to each tick of the night.
		if err := s.noteDown(ctx, p.prev, now); err != nil {
			return err
		}
	}
	if !p.prev.IsZero() && now.Sub(p.prev) > StopAfter && (s.live.Load() || s.stopped.Load()) {
		// a real stop, however short: a claim's photo resent after it
		// (storage.Store.LastDown; pts103), the grid groups told when it
		// reached their day (downNotice). A replay's clock jump is none.
		if err := s.noteStop(ctx, p.prev, now); err != nil {
			return err
		}
	}
	s.stopped.Store(false)
	slices.SortStableFunc(p.due, func(a, b occurrence) int {
		return cmp.Or(cmp.Compare(s.jobs[a.job].rank(), s.jobs[b.job].rank()), a.at.Compare(b.at), cmp.Compare(a.job, b.job))
	})
	later := map[int]bool{} // jobs whose occurrence asked to run later
	for _, d := range p.due {
		if !p.horizon.IsZero() && d.at.After(p.horizon) {
			continue
		}
		if later[d.job] {
			continue
		}
		again, err := s.runOccurrence(ctx, d, now)
		if err != nil {
			return err
		}
		if again {
			later[d.job] = true
		}
	}
	return nil
}

// duePlan is what RunDue found due, before running any of it.
type duePlan struct {
	due     []occurrence
	horizon time.Time // with the MaxRuns cap hit: run nothing later this time
	// prev is the latest occurrence any job ran (when the scheduler last
	// ran); missed the earliest occurrence due after a job's last run
	// (when it should have run again): down for as long as that is past
	prev, missed time.Time
	fresh        []string // jobs seen for the first time, with their next run
}

// plan reads every job's last run and lists the occurrences due by now,
// unsorted; it records a first-seen job's baseline (Scheduler.start).
func (s *Scheduler) plan(ctx context.Context, now time.Time) (duePlan, error) {
	var p duePlan
	for i := range s.jobs {
		j := &s.jobs[i]
		from, last, first, err := s.start(ctx, j, now)
		if err != nil {
			return duePlan{}, err
		}
		if first {
			p.fresh = append(p.fresh, j.firstNext(now))
		}
		if !last.IsZero() {
			p.prev = maxTime(p.prev, last)
			if n := j.sched.Next(last.In(s.loc)); !n.IsZero() && (p.missed.IsZero() || n.Before(p.missed)) {
				p.missed = n
			}
		}
		if from.IsZero() {
			continue
		}
		ats, skipped, capped := j.occurrences(from, now, s.maxRuns)
		if skipped > 0 {
			// within the hour it is routine (a slow tick, a short stop, the
			// sandbox walking its clock past the watchdog): not told at Info
			first, level := j.sched.Next(from), slog.LevelInfo
			if ats[0].Sub(first) < time.Hour {
				level = slog.LevelDebug
			}
			s.log.Log(ctx, level, "scheduled job runs only its latest due occurrence; the earlier ones are skipped",
				"job", j.Name, "first_skipped", first, "skipped", skipped, "runs", ats[0])
		}
		for _, t := range ats {
			p.due = append(p.due, occurrence{at: t, job: i})
		}
		if capped && (p.horizon.IsZero() || ats[len(ats)-1].Before(p.horizon)) {
			p.horizon = ats[len(ats)-1]
		}
	}
	return p, nil
}

// runOccurrence runs d unless another replica ran it meanwhile, and
// records it as run. It reports later when the job asked to run later
// (ErrLater): d stays unrecorded. An error means the store failed or ctx
// ended.
func (s *Scheduler) runOccurrence(ctx context.Context, d occurrence, now time.Time) (later bool, err error) {
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("scheduler: %w", err)
	}
	j := &s.jobs[d.job]
	last, _, err := s.store.LastRun(ctx, s.scope, j.Name)
	if err != nil {
		return false, fmt.Errorf("scheduler: job %s: %w", j.Name, err)
	}
	if !d.at.After(last) {
		return false, nil // another replica ran it meanwhile
	}
	err = s.run(ctx, j, d.at, now)
	if errors.Is(err, ErrLater) {
		return true, nil
	}
	if err != nil {
		// The store is down: leave the occurrence unrecorded, so that
		// the next call runs it again (its effects are idempotent).
		return false, fmt.Errorf("scheduler: job %s at %s: %w", j.Name, d.at.Format(time.RFC3339), err)
	}
	if _, err := s.store.ClaimRun(ctx, s.scope, j.Name, d.at, s.ttl); err != nil {
		return false, fmt.Errorf("scheduler: job %s at %s: %w", j.Name, d.at.Format(time.RFC3339), err)
	}
	return false, nil
}

// rank orders the jobs of one RunDue: First jobs, the others, Last jobs.
func (j *job) rank() int {
	switch {
	case j.First:
		return -1
	case j.Last:
		return 1
	}
	return 0
}

// occurrences lists j's occurrences after from and by now, oldest first:
// of a Latest job only the last, skipped counting the others; of any other
// at most maxRuns (0: no cap), capped telling that the cap cut the list.
func (j *job) occurrences(from, now time.Time, maxRuns int) (ats []time.Time, skipped int, capped bool) {
	for t := j.sched.Next(from); !t.IsZero() && !t.After(now); t = j.sched.Next(t) {
		if j.Latest && len(ats) == 1 {
			ats[0], skipped = t, skipped+1
			continue
		}
		ats = append(ats, t)
		if !j.Latest && maxRuns > 0 && len(ats) == maxRuns {
			return ats, 0, true
		}
	}
	return ats, skipped, false
}

// DownAfter is how long the scheduler may leave a job's occurrence unrun
// before it counts as down: the bot was stopped (or simulated time jumped
// that far), and what was said in the groups meanwhile was never read.
// A running bot runs each occurrence within a tick; with the watchdog
// every 5 minutes, down means no job ran for about a day.
const DownAfter = 24 * time.Hour

// StopAfter is how long no job may run before the scheduler notes a stop
// (noteStop): with down_notice every 5 minutes, day and night, the bot was
// not running (or Redis did not answer), and what was sent meanwhile was
// not read. Only a real stop is noted: RunDue called by Run (the wall
// clock) or after Stopped (the sandbox's "down"); a replay's or the
// sandbox's clock jump is not one. A photo resent for a claim whose wait
// the stop cut is still the claim's; a stop that reached the day (outside
// quiet hours) is told the grid groups once (downNotice).
const StopAfter = time.Hour

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// downFrom and downTo are the pseudo-jobs under which the store keeps the
// last time the scheduler was down (RunDue, noteDown; storage.DownFrom):
// the handlers read them too (a claim's photo resent after the downtime).
const downFrom, downTo = storage.DownFrom, storage.DownTo

// noteDown records that nothing ran from from to to (the bot was down),
// for the jobs to tell (the 早报 says it once).
func (s *Scheduler) noteDown(ctx context.Context, from, to time.Time) error {
	s.log.WarnContext(ctx, "no scheduled job ran for more than a day: the bot was down; the next 早报 says so", "from", from, "to", to)
	return s.noteGap(ctx, downFrom, downTo, from, to)
}

// noteStop records that no job ran from from to to (StopAfter; two round
// trips, only after a stop).
func (s *Scheduler) noteStop(ctx context.Context, from, to time.Time) error {
	s.log.InfoContext(ctx, "no scheduled job ran for a while: the bot was stopped", "from", from.In(s.loc), "to", to)
	return s.noteGap(ctx, storage.StopFrom, storage.StopTo, from, to)
}

// noteGap records a time no job ran, from from to to, as the last runs of
// the pseudo-jobs fromJob and toJob (noteDown, noteStop).
func (s *Scheduler) noteGap(ctx context.Context, fromJob, toJob string, from, to time.Time) error {
	for _, x := range []struct {
		name string
		at   time.Time
	}{{fromJob, from}, {toJob, to}} {
		if _, err := s.store.ClaimRun(ctx, s.scope, x.name, x.at, s.ttl); err != nil {
			return fmt.Errorf("scheduler: note %s: %w", x.name, err)
		}
	}
	return nil
}

// start returns the time after which j's occurrences are due, or the zero
// time when j has nothing due this time (it was just seen for the first
// time), and j's last run as the store had it (zero: none). fresh reports
// that this caller recorded j's first baseline (the one replica to log it).
func (s *Scheduler) start(ctx context.Context, j *job, now time.Time) (from, last time.Time, fresh bool, err error) {
	last, ok, err := s.store.LastRun(ctx, s.scope, j.Name)
	if err != nil {
		return time.Time{}, time.Time{}, false, fmt.Errorf("scheduler: job %s: %w", j.Name, err)
	}
	if !ok {
		won, err := s.store.ClaimRun(ctx, s.scope, j.Name, now, s.ttl)
		if err != nil {
			return time.Time{}, time.Time{}, false, fmt.Errorf("scheduler: job %s: baseline: %w", j.Name, err)
		}
		return time.Time{}, time.Time{}, won, nil
	}
	from = last.In(s.loc)
	if s.catchUp < 0 || j.KeepMissed {
		return from, last, false, nil
	}
	cutoff := now.Add(-s.catchUp)
	first := j.sched.Next(from)
	if first.IsZero() || !first.Before(cutoff) {
		return from, last, false, nil
	}
	// Occurrences before cutoff are too old to catch up. Claim the latest of
	// them without running it: last moves past them, and the one replica
	// that wins the claim logs the skip, once.
	latest := latestBefore(j.sched, from, cutoff)
	won, err := s.store.ClaimRun(ctx, s.scope, j.Name, latest, s.ttl)
	if err != nil {
		return time.Time{}, time.Time{}, false, fmt.Errorf("scheduler: job %s: skip to %s: %w", j.Name, latest.Format(time.RFC3339), err)
	}
	if won {
		s.log.WarnContext(ctx, "scheduled job missed occurrences older than the catch-up window; skipped",
			"job", j.Name, "first_skipped", first, "last_skipped", latest, "catch_up", s.catchUp)
	}
	return latest, last, false, nil
}

// firstNext is j's name and its next run after now, as the line of jobs
// seen for the first time lists it: "早报 12-02 08:30"; a yearly job's
// next run is next year's, and says so.
func (j *job) firstNext(now time.Time) string {
	t := j.sched.Next(now)
	if t.IsZero() {
		return j.Name
	}
	layout := "01-02 15:04"
	if t.Year() != now.In(t.Location()).Year() {
		layout = "2006-01-02 15:04"
	}
	return j.Name + " " + t.Format(layout)
}

// latestBefore returns the latest occurrence of sched in (from, before); the
// caller knows there is one. It searches back from before in widening
// windows, so a last run long ago (or a minutely job) costs few steps.
func latestBefore(sched cron.Schedule, from, before time.Time) time.Time {
	for _, w := range []time.Duration{time.Hour, 24 * time.Hour, 32 * 24 * time.Hour, 367 * 24 * time.Hour, 0} {
		start := before.Add(-w)
		if w == 0 || start.Before(from) {
			start = from
		}
		var latest time.Time
		for t := sched.Next(start); !t.IsZero() && t.Before(before); t = sched.Next(t) {
			latest = t
		}
		if !latest.IsZero() || start.Equal(from) {
			return latest
		}
	}
	return time.Time{} // unreachable: the last window starts at from
}

// run runs one occurrence, logging its error or panic. It returns an error
// only when the store was unavailable or the job said ErrLater, so that the
// occurrence runs again.
func (s *Scheduler) run(ctx context.Context, j *job, at, now time.Time) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.log.ErrorContext(ctx, "scheduled job panicked", "job", j.Name, "at", at, "panic", r, "stack", string(debug.Stack()))
			err = nil
		}
	}()
	// what it queues was written now: sent late, it says its days from
	// then (storage.Outbox)
	if err := j.Run(storage.WrittenAt(ctx, now), at, now); err != nil {
		if errors.Is(err, storage.ErrUnavailable) || errors.Is(err, ErrLater) {
			return err
		}
		s.log.ErrorContext(ctx, "scheduled job failed", "job", j.Name, "at", at, "err", err)
		return nil
	}
	s.log.DebugContext(ctx, "scheduled job ran", "job", j.Name, "at", at)
	return nil
}

// Run is the production loop: RunDue at once and then every `every`, with
// the time from now, until ctx ends. A failing store is retried at the
// next tick, and logged once when it begins to fail and once when it
// works again. It returns nil when ctx ends.
func (s *Scheduler) Run(ctx context.Context, now func() time.Time, every time.Duration) error {
	if every <= 0 {
		return fmt.Errorf("scheduler: run every %v: the interval must be positive", every)
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	s.live.Store(true)
	out := &bot.Outage{Log: s.log, Now: now, Name: "scheduler",
		What: "scheduler: cannot run the scheduled jobs; the occurrences due run once it works again (Redis down? is redis-server running? see README, Redis)"}
	for {
		err := s.RunDue(ctx, now())
		if err != nil && ctx.Err() != nil {
			return nil
		}
		out.Tick(ctx, err)
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
}

// Stopped tells s that the bot was stopped until the next RunDue, which
// then notes the gap as a stop (StopAfter) though Run does not call it:
// the sandbox's clock moved with "down". Without it a caller's clock jump
// (a replay between its lines) is no stop.
func (s *Scheduler) Stopped() { s.stopped.Store(true) }

// Planned is a job's next occurrence.
type Planned struct {
	Job   string
	Label string // Job.Label
	Spec  string
	// At is the next occurrence after now; zero if the schedule never fires again.
	At time.Time
}

// Next lists each job's next occurrence after now, in job order.
func (s *Scheduler) Next(now time.Time) []Planned {
	out := make([]Planned, len(s.jobs))
	for i, j := range s.jobs {
		out[i] = Planned{Job: j.Name, Label: j.Label, Spec: j.Spec, At: j.sched.Next(now.In(s.loc))}
	}
	return out
}

// NextRun is the earliest occurrence after now of the jobs whose next two
// occurrences are at least gap apart (0: of every job); zero when none
// runs again. The sandbox walks a clock move through them, so that every
// run goes out at its time rather than caught up as after downtime.
func (s *Scheduler) NextRun(now time.Time, gap time.Duration) time.Time {
	var first time.Time
	for _, j := range s.jobs {
		at := j.sched.Next(now.In(s.loc))
		if at.IsZero() || (!first.IsZero() && !at.Before(first)) {
			continue
		}
		if then := j.sched.Next(at); gap > 0 && !then.IsZero() && then.Sub(at) < gap {
			continue // as often as the watchdog: left to the next stop
		}
		first = at
	}
	return first
}

// reached is the pseudo-job under which the store keeps the latest time a
// simulated clock (the sandbox's) reached (Reached); a job may not be
// named so.
const reached = "reached"

// Reached records that a simulated clock reached t, never moving the
// record back: the sandbox keeps its clock at exit, so that started again
// on the same data it goes on from there (Latest). One round trip.
func (s *Scheduler) Reached(ctx context.Context, t time.Time) error {
	if _, err := s.store.ClaimRun(ctx, s.scope, reached, t, time.Second); err != nil {
		return fmt.Errorf("scheduler: clock reached: %w", err)
	}
	return nil
}

// Latest is the latest time the store says the scheduler's clock reached:
// a clock kept by Reached, the latest last run of any job (run, skipped,
// or a first baseline), the end of a downtime noted; zero when the store
// has none (new data). A clock on simulated time resumes from it: it is
// never behind what its data says happened. One read per job, at start.
func (s *Scheduler) Latest(ctx context.Context) (time.Time, error) {
	var latest time.Time
	names := []string{reached, downTo}
	for _, j := range s.jobs {
		names = append(names, j.Name)
	}
	for _, name := range names {
		last, ok, err := s.store.LastRun(ctx, s.scope, name)
		if err != nil {
			return time.Time{}, fmt.Errorf("scheduler: latest %s: %w", name, err)
		}
		if ok {
			latest = maxTime(latest, last)
		}
	}
	if latest.IsZero() {
		return latest, nil
	}
	return latest.In(s.loc), nil
}

// Held lists, in job order, each job's earliest occurrence due by now that
// has not run: one that asked to run later (ErrLater: the quiet hours)
// waits there, and Next, which looks after now, does not show it. At is
// that occurrence; when it runs is the job's to say (after the quiet
// hours). A job seen for the first time has none. One read per job.
func (s *Scheduler) Held(ctx context.Context, now time.Time) ([]Planned, error) {
	var out []Planned
	for _, j := range s.jobs {
		last, ok, err := s.store.LastRun(ctx, s.scope, j.Name)
		if err != nil {
			return nil, fmt.Errorf("scheduler: held %s: %w", j.Name, err)
		}
		if !ok {
			continue
		}
		if at := j.sched.Next(last.In(s.loc)); !at.IsZero() && !at.After(now) {
			out = append(out, Planned{Job: j.Name, Label: j.Label, Spec: j.Spec, At: at})
		}
	}
	return out, nil
}
