package scheduler

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/coverage"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// noticeFollowup tells each grid's workers, once, which households have
// not answered 收到 to a notice, and makes phone tasks for their members
// who use no WeChat: notices.followup_after after it was posted, or at the
// first run for an urgent one, quiet hours or not. The summary for the
// notice's sender is no emergency: met in quiet hours, it waits for them
// to end, counting the answers come in meanwhile.
func (j *jobs) noticeFollowup(ctx context.Context, at, now time.Time) error {
	quiet := j.quiet(now)
	ts := storage.TownshipScope(j.Config.Township.Name)
	notices, err := j.Store.Notices(ctx, ts, storage.NoticesOpen)
	if err != nil {
		return err
	}
	// The notices chased in this run reach each worker in one message;
	// each is marked followed up after its chase is in.
	var chased []chase
	var done []village.Notice
	var summaries [][]bot.Outbound
	// a severe-weather warning: every elder phoned at once, once
	// (warnCalls), before its follow-up, the run's warnings together (one
	// header, one call each, call91); in its chase when that runs now too,
	// the worker told both in one message (call90)
	var warns []*village.Notice
	for i := range notices {
		if n := &notices[i]; toWarn(*n, now) {
			if _, chasing := j.followupDue(*n, now, quiet); !chasing {
				warns = append(warns, n)
			}
		}
	}
	if err := j.warnCalls(ctx, now, warns); err != nil {
		return err
	}
	for _, n := range notices {
		if n.Held || n.SummaryDue {
			if !quiet {
				if err := j.morning(ctx, at, now, n); err != nil {
					return err
				}
			}
			continue
		}
		due, chasing := j.followupDue(n, now, quiet)
		if !due {
			continue
		}
		acks, err := j.Store.Counters(ctx, ts, storage.AckHash(n.ID))
		if err != nil {
			return err
		}
		stale := !n.Urgent && !n.PassedOn(now)
		if stale && n.Relayed(now) && len(n.Cadres) == 0 {
			j.Logger.InfoContext(ctx, "notice not chased: "+tooLateToPassOn(n, now), "notice", n.ID, "text", village.Mask(n.Text))
		}
		if chasing {
			ch := chase{n: n, acks: acks}
			if toWarn(n, now) {
				// its calls made in its chase: marked with its follow-up
				ch.due, ch.tell, ch.warn = j.warnDue(now, n)
				if ch.warn {
					n.WarnedAt = now
					ch.n = n
				}
			}
			chased = append(chased, ch)
		}
		n.FollowedUp = true
		var out []bot.Outbound
		if quiet {
			n.SummaryDue = true
		} else {
			out = j.noticeSummary(n, acks, stale, now)
		}
		done, summaries = append(done, n), append(summaries, out)
	}
	if len(chased) > 0 {
		for _, v := range j.Config.Villages {
			if err := j.chaseNotices(ctx, at, chased, v.Name); err != nil {
				return err
			}
		}
	}
	for i, n := range done {
		if err := j.commitNotice(ctx, at, n, summaries[i]); err != nil {
			return err
		}
	}
	return j.retryCalls(ctx, at, now)
}

// followupDue reports whether notice n's follow-up runs at now (due) and
// whether it then chases its households (chasing): not when it is about a
// day gone by (an ordinary notice held over the night: the sender hears
// how it was answered, no more; an urgent one is chased whatever it says),
// nor a cadres' notice (its summary names who has not answered).
func (j *jobs) followupDue(n village.Notice, now time.Time, quiet bool) (due, chasing bool) {
	if n.Held || n.SummaryDue || n.FollowedUp || quiet && !n.Urgent {
		return false, false
	}
	wait := j.Config.Notices.FollowupAfter.Std()
	if n.Urgent {
		wait = min(wait, urgentFollowupAfter) // households need a moment to read it
	}
	if followAt, _ := n.FollowupAt(wait); now.Before(followAt) {
		return false, false
	}
	return true, len(n.Cadres) == 0 && (n.Urgent || n.PassedOn(now))
}

// retryCalls reminds the workers who missed, early today, a call that
// passes notices on to try again now (village.Call.RetryAt, set when the
// miss was logged: config.SameDayRetry). Nothing left to pass on (the
// household answered 收到 meanwhile, or the time the notice names came
// too close), the worker is told no call is needed today. Each task is
// committed with its message; one logged meanwhile is left as it is.
func (j *jobs) retryCalls(ctx context.Context, at, now time.Time) error {
	if j.quiet(now) {
		return nil
	}
	var relay map[string]relayNotice
	for _, v := range j.Config.Villages {
		sc := storage.VillageScope(v.Name)
		open, err := j.Store.Calls(ctx, sc, storage.CallsOpen)
		if err != nil {
			return err
		}
		var aways standIns // read once a retry is due: who phones for a worker away
		for _, c := range open {
			if c.Status != village.CallOpen || c.RetryAt.IsZero() || c.RetryAt.After(now) {
				continue
			}
			i := slices.IndexFunc(j.People.All(), func(p village.Person) bool { return p.Key() == c.PersonKey })
			var p village.Person
			ok := i >= 0
			if ok {
				p = j.People.All()[i]
			}
			var out []bot.Outbound
			if ok && j.startOfDay(c.RetryAt).Equal(j.startOfDay(now)) {
				if relay == nil {
					if relay, err = j.relayable(ctx, now); err != nil {
						return err
					}
				}
				if aways == nil {
					if aways, err = j.readStandIns(ctx, v.Name); err != nil {
						return err
					}
				}
				out = append(out, private(j.phonerOf(aways, now, &c, p), j.retryText(c, p, relay, now)))
			}
			c.RetryAt = time.Time{} // reminded once, or a day gone by: tomorrow's list has it
			d, err := storage.CallDoc(c)
			if err != nil {
				return err
			}
			_, err = j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("call_retry", at, c.ID), Docs: []storage.Doc{d}, Out: out})
			if err != nil && !errors.Is(err, storage.ErrConflict) {
				return err
			}
		}
	}
	return nil
}

// retryText is the reminder to try c's call to p again today: what is
// still to pass on, or, nothing left, that no call is needed today.
func (j *jobs) retryText(c village.Call, p village.Person, relay map[string]relayNotice, now time.Time) string {
	data := map[string]any{"C": c, "Now": now}
	if len(j.toRelay(c, p, relay)) == 0 {
		data["Answered"] = !slices.ContainsFunc(c.NoticeIDs(), func(id string) bool { n, ok := relay[id]; return !ok || n.gone })
		return j.texts.Render("call.retry.off", data)
	}
	own, relays, by := j.topicParts(c, p, relay, now, false)
	data["Topic"], data["Own"], data["Parts"], data["Warn"] = joinTopic(own, relays), own, j.relayParts(c, p, relay, now), warningsOf(j.toRelay(c, p, relay))
	if !by.IsZero() {
		data["By"] = by
	}
	return j.texts.Render("call.retry.today", data)
}

// noticeRelease posts what the quiet hours held of the notices, chasing
// nobody: the notice follow-up's part that runs with that job off
// (config.NoticeReleaseSpec).
func (j *jobs) noticeRelease(ctx context.Context, at, now time.Time) error {
	notices, err := j.Store.Notices(ctx, storage.TownshipScope(j.Config.Township.Name), storage.NoticesOpen)
	if err != nil {
		return err
	}
	// a severe-weather warning's calls are no chase: made with the
	// follow-up off too, as the sender was told (call90)
	var warns []*village.Notice
	for i := range notices {
		if n := &notices[i]; toWarn(*n, now) {
			warns = append(warns, n)
		}
	}
	if err := j.warnCalls(ctx, now, warns); err != nil {
		return err
	}
	for _, n := range notices {
		if err := j.morning(ctx, at, now, n); err != nil {
			return err
		}
	}
	return j.retryCalls(ctx, at, now)
}

// morning posts what n waited for the quiet hours to end with: n itself,
// written in them, or the summary of its answers; nothing else.
func (j *jobs) morning(ctx context.Context, at, now time.Time, n village.Notice) error {
	switch {
	case n.Held:
		return j.release(ctx, at, now, n)
	case n.SummaryDue:
		return j.summarise(ctx, at, n)
	}
	return nil
}

// chase is a notice whose follow-up chases the households that have not
// answered it, with the answers (by household) so far.
type chase struct {
	n    village.Notice
	acks map[string]int64
	// warn: n is a warning whose calls this run makes (followup.warn),
	// due by due, who phones told when tell: its chase's message says them
	// first (call90)
	warn bool
	due  time.Time
	tell bool
}

// summarise posts the summary of a notice whose follow-up ran in quiet
// hours.
func (j *jobs) summarise(ctx context.Context, at time.Time, n village.Notice) error {
	acks, err := j.Store.Counters(ctx, storage.TownshipScope(j.Config.Township.Name), storage.AckHash(n.ID))
	if err != nil {
		return err
	}
	n.SummaryDue = false
	return j.commitNotice(ctx, at, n, j.noticeSummary(n, acks, false, at)) // only urgent notices wait: they are chased
}

// commitNotice stores n with its summary: said once per notice, whichever
// replica or re-run gets the change in.
func (j *jobs) commitNotice(ctx context.Context, at time.Time, n village.Notice, summary []bot.Outbound) error {
	d, err := storage.NoticeDoc(n)
	if err != nil {
		return err
	}
	_, err = j.Store.Commit(ctx, storage.Change{Scope: storage.TownshipScope(j.Config.Township.Name),
		MsgID: runID("notice_followup", at, n.ID), Docs: []storage.Doc{d}, Out: summary})
	if errors.Is(err, storage.ErrConflict) {
		return nil
	}
	return err
}

// noticeVillage is one village's answers to a notice, per grid.
type noticeVillage struct {
	Name  string
	Grids []noticeGrid
}

// noticeGrid is one grid's households that answered 收到, of all.
type noticeGrid struct {
	Grid         string
	Answered, Of int
}

// noticeSummary is the one message telling whoever sent n, when its
// follow-up runs, how many households answered per grid and that the
// workers now chase the rest: the township office chat for a township
// officer's notice, the sender privately for a village cadre's. Counted
// as 查 #N counts (village.Notice.Replies). Nothing when n reached no
// household. stale: n is about a day gone by, or a part of a day (this
// morning) at now, and nobody chases the rest.
func (j *jobs) noticeSummary(n village.Notice, acks map[string]int64, stale bool, now time.Time) []bot.Outbound {
	part := stale && !n.DayOver(now) // "时间", not "日子": its day is not over
	var soon *time.Time              // the time it names is still to come, too close to pass it on
	if at, ok := n.Imminent(now); stale && ok {
		soon = &at
	}
	if len(n.Cadres) > 0 {
		var pending []string
		for _, c := range n.Cadres {
			if acks[c] == 0 {
				pending = append(pending, c)
			}
		}
		text := j.texts.Render("notice.summary.cadres", map[string]any{"N": n, "Text": n.TextOn(now), "Posted": n.Posted(), "Now": now,
			"Answered": len(n.Cadres) - len(pending), "Of": len(n.Cadres), "Pending": pending, "Stale": stale, "Part": part, "Soon": soon})
		return j.toNoticeSender(n, text)
	}
	people := j.People.All()
	var villages []noticeVillage
	answered, of := 0, 0
	for _, one := range n.ByGrid(people, j.Config.GridOfGroup, acks) {
		row := noticeGrid{Grid: one.Grid, Answered: len(one.Acknowledged), Of: one.Households()}
		if row.Of == 0 {
			continue
		}
		if len(villages) == 0 || villages[len(villages)-1].Name != one.Village {
			villages = append(villages, noticeVillage{Name: one.Village})
		}
		last := &villages[len(villages)-1]
		last.Grids = append(last.Grids, row)
		answered, of = answered+row.Answered, of+row.Of
	}
	if of == 0 {
		return nil
	}
	// its day words said as of now ("明天" written last night is 今天), as
	// the grid workers' follow-up says them: the office reads the summary
	// beside the date it went out
	text := j.textsFor(j.Config.Township.OfficeChat).Render("notice.summary", map[string]any{"N": n, "Text": n.TextOn(now), "Posted": n.Posted(), "Now": now,
		"Answered": answered, "Of": of, "Pending": of - answered, "Percent": village.Percent(answered, of), "Villages": villages,
		"Stale": stale, "Part": part, "Soon": soon})
	return j.toNoticeSender(n, text)
}

// toNoticeSender addresses a summary of n's answers: the township office
// chat for a township officer's notice, the sender privately for a
// village cadre's.
func (j *jobs) toNoticeSender(n village.Notice, text string) []bot.Outbound {
	if n.Village != "" {
		return []bot.Outbound{private(j.People.Address(n.ByKey, n.By), text)}
	}
	prio := bot.Bulk
	if n.Urgent {
		prio = bot.Normal
	}
	return []bot.Outbound{group(j.Config.Township.OfficeChat, text, prio)}
}

// urgentFollowupAfter is how long households have to answer an urgent
// notice before the workers are told who has not.
const urgentFollowupAfter = 30 * time.Minute

// release posts a notice written in quiet hours, now that they are over.
// One that names a day (今晚, 明天) written the day before says which day
// that is: read in the morning, "明天" is today, and "今晚" has passed.
func (j *jobs) release(ctx context.Context, at, now time.Time, n village.Notice) error {
	out := j.releaseOut(n, now)
	n.Held, n.PostedAt = false, now
	n = n.WithRelay()
	d, err := storage.NoticeDoc(n)
	if err != nil {
		return err
	}
	_, err = j.Store.Commit(ctx, storage.Change{Scope: storage.TownshipScope(j.Config.Township.Name),
		MsgID: runID("notice_release", at, n.ID), Docs: []storage.Doc{d}, Out: out,
		Audit: storage.Audit{At: now, By: village.SystemActor, Action: "notice_release", Note: n.ID}})
	if errors.Is(err, storage.ErrConflict) {
		return nil // changed meanwhile: the next run posts it
	}
	return err
}

// releaseOut is what posting n, held over the quiet hours, at now says:
// the notice to its groups (or cadres), and to its author that it went.
func (j *jobs) releaseOut(n village.Notice, now time.Time) []bot.Outbound {
	data := map[string]any{"N": n, "Now": now}
	if day, word, ok := n.Day(); ok && j.startOfDay(n.At).Before(j.startOfDay(now)) {
		data["Day"] = map[string]any{"Day": day, "Word": word, "Over": n.DayOver(now)}
	}
	var out []bot.Outbound
	for _, g := range n.Groups {
		out = append(out, j.toGroup(g, "notice.release", data, bot.Normal))
	}
	if len(n.Cadres) > 0 { // a notice to the cadres reaches them privately
		text := j.texts.Render("notice.release", data)
		for _, c := range n.Cadres {
			out = append(out, private(c, text))
		}
	}
	// its author hears it went out, and whether it went out late (the
	// bot was down when the quiet hours ended)
	data["Late"] = now.Sub(n.At) > 12*time.Hour
	return append(out, private(j.People.Address(n.ByKey, n.By), j.texts.Render("notice.released", data)))
}

// HeldNotices is what posting the notices written in quiet hours and
// still held at now will say, each message's NotBefore the first notice
// follow-up run after the quiet hours end, which posts them: what a
// replay that ends at night shows as still to be sent (the release job
// when that one is off).
func HeldNotices(ctx context.Context, d Deps, now time.Time) ([]bot.Outbound, error) {
	j := newJobs(d)
	at, ok := d.Config.NoticeRelease(now)
	if !ok {
		return nil, nil // a schedule Load rejects
	}
	notices, err := d.Store.Notices(ctx, storage.TownshipScope(d.Config.Township.Name), storage.NoticesOpen)
	if err != nil {
		return nil, err
	}
	var out []bot.Outbound
	for _, n := range notices {
		if !n.Held {
			continue
		}
		for _, o := range j.releaseOut(n, at) {
			o.NotBefore = at
			out = append(out, o)
		}
	}
	return out, nil
}

// followupItem is one notice's households in one grid that have not
// answered it, and the elders among them a worker phones.
type followupItem struct {
	N village.Notice
	// Text is N's text with its days named from the follow-up's
	// (village.Notice.TextOn).
	Text string
	// Earlier: n went out on a day before the follow-up's, and the
	// follow-up says when, so that its "明天" is passed on as meant.
	Earlier bool
	Posted  time.Time
	// Grid is the grid's name, with its village's when the township has
	// several: a worker of two villages hears of each apart.
	Grid       string
	Households []string
	// Called counts the households not answered that are left out of
	// Households: an elder of theirs is phoned for it below (call97).
	Called int
	// OnList counts those left out because an elder of theirs is on his
	// list today with the notice on her call already (call100).
	OnList int
	// Shared are those of Households the grid's other workers With were
	// told of too: none of their people has a 责任网格员, so each of the
	// grid's workers hears of them (the rest, each only he who looks
	// after them).
	Shared, With []string
	Elders       []village.Person // to phone for it
	// Listed: elders whose call is still to be made (on the worker's
	// list, or asked for by an earlier follow-up): it is passed on in
	// that call; Retry: those of them whose call was tried and missed
	// (never said of a call nobody tried yet). Later: elders called today
	// already: tomorrow's call passes it on (one elder, one call a day).
	// Again: elders called today already, whom the notice cannot wait
	// for tomorrow's list to reach (village.Notice.CallWaits): phoned
	// again today; Event is the time it names, said with them (Clocked:
	// a time of day, else a day). Visit: those of Retry the grid leader
	// was asked to visit after too many misses (CallEscalated): he is
	// told to pass it on at the door too (notice.followup.visit, call75).
	Listed, Retry, Later, Again, Visit []village.Person
	Event                              *time.Time
	Clocked                            bool
	// Same: the households and elders are those of the item before it.
	Same bool
	// Repeat: the item before it is of the same notice, in another grid
	// (a stand-in's, call97): its words are not quoted again.
	Repeat bool
	// For are the workers away whose elders the one told phones as
	// their stand-in (call78): he hears of no household.
	For []string
	// By is when the calls must be made by, for a notice whose time of
	// day sets it, or whose passing on ends before its day
	// (village.Notice.PhoneBy: 8:30 for the meeting at 9); nil when none.
	By *time.Time
	// DayBefore, set for an event on a later day than the follow-up's
	// (village.Notice.TellDayBefore), is said instead of By: the calls
	// are to be made by the day before it, for the elders to prepare.
	// Today is the follow-up's own day ("今天之内").
	DayBefore *time.Time
	Today     bool
	Now       time.Time // the follow-up's, to say By from
}

// Unanswered counts the households of the item that have not answered,
// those phoned for it (Called) included.
func (it followupItem) Unanswered() int { return len(it.Households) + it.Called + it.OnList }

// chaseNotices handles one village of the notices chased in a run, in one
// commit: each worker hears once, in one message, every notice's
// households of his grid that have not answered, and the elders he is to
// phone get one call task that passes every notice on.
func (j *jobs) chaseNotices(ctx context.Context, at time.Time, chased []chase, villageName string) error {
	all, err := j.Store.Calls(ctx, storage.VillageScope(villageName), storage.CallsAll)
	if err != nil {
		return err
	}
	people, aways, err := j.phonesFixed(ctx, villageName, j.People.All())
	if err != nil {
		return err
	}
	run := j.newFollowup(at, villageName, all, people)
	run.aways = aways
	for _, ch := range chased {
		for _, vc := range j.Config.Villages {
			if vc.Name != villageName {
				continue
			}
			if grids := warnGrids(vc, ch.n); ch.warn && len(grids) > 0 {
				run.warn(ch.n, grids, ch.due, ch.tell)
			}
			for _, g := range vc.Grids {
				if slices.Contains(ch.n.Groups, g.Group) {
					run.tell(g.Name, ch.n, run.unanswered(g.Name, ch))
				}
			}
		}
	}
	return run.commit(ctx, chased)
}

// followup is one village's part of a notice follow-up run while it is
// put together (chaseNotices): the call tasks it changes and what each
// worker is told.
type followup struct {
	j       *jobs
	at      time.Time
	village string
	h       callHistory
	calls   map[string]village.Call // by person: the open tasks, and those this run makes
	changed []string                // the calls to store, by person, in order
	items   map[string][]followupItem
	workers []string // in the order they are first told
	people  []village.Person
	names   map[string]string // households' names
	// informed are the cadres' households: not chased, he is the one
	// chasing (village.NoticeAnswer)
	informed map[string]bool
	// visits are, by person, the notices put on a call whose visit the
	// grid leader was asked for (CallEscalated), in visitOrder: he is told
	visits     map[string][]village.Notice
	visitOrder []string
	// aways are the village's workers away: an elder's call goes to who
	// phones for hers meanwhile (call78)
	aways standIns
	// standsFor are, by a stand-in's address, the workers away he
	// phones for in this run
	standsFor map[string][]string
	// warns are, by address, the warnings' calls each who phones is told
	// of (warn): said first in his message, its households' chase after
	warns map[string][]warnPart
}

func (j *jobs) newFollowup(at time.Time, villageName string, all []village.Call, people []village.Person) *followup {
	return j.newFollowupOf(at, villageName, historyOf(all), people)
}

// newFollowupOf is newFollowup of the calls' history h.
func (j *jobs) newFollowupOf(at time.Time, villageName string, h callHistory, people []village.Person) *followup {
	return &followup{j: j, at: at, village: villageName, h: h, calls: maps.Clone(h.open), items: map[string][]followupItem{},
		people: people, names: village.HouseholdNames(people), informed: village.Informed(people), visits: map[string][]village.Notice{},
		standsFor: map[string][]string{}, warns: map[string][]warnPart{}}
}

// gridUnanswered is one notice's households of one grid that have not
// answered it, and its elders to phone by the worker who phones them.
type gridUnanswered struct {
	households []string
	// keepers are, by household (its name), the workers who look after
	// any of its people (责任网格员): their keys
	keepers map[string][]string
	elders  map[string][]village.Person // to phone for it
	listed  map[string][]village.Person // a call still to be made: pass it on in it
	retry   map[string][]village.Person // the same, tried and missed
	later   map[string][]village.Person // called today already: tomorrow's call passes it on
	again   map[string][]village.Person // called today already, and tomorrow's call is too late: phoned again today
	visit   map[string][]village.Person // tried and missed too often: the leader asked to visit passes it on too
	// called are, by who phones, the households (their names) of the
	// elders he phones for it: a call passes it on, so his chase list
	// does not name them again among those to remind (call97)
	called map[string][]string
	// onList are, by who phones, the households (their names) of the
	// elders whose call on today's list carries it already (the 08:00
	// list put it there: call100): counted, never said again
	onList map[string][]string
}

func (u gridUnanswered) none() bool {
	return len(u.households) == 0 && len(u.elders)+len(u.listed)+len(u.retry)+len(u.later)+len(u.again)+len(u.visit) == 0
}

// unanswered finds the households of grid that have not answered ch's
// notice, and puts the notice on the call of each of their elders.
func (f *followup) unanswered(grid string, ch chase) gridUnanswered {
	u := gridUnanswered{keepers: map[string][]string{}, elders: map[string][]village.Person{}, listed: map[string][]village.Person{},
		retry: map[string][]village.Person{}, later: map[string][]village.Person{}, again: map[string][]village.Person{},
		visit: map[string][]village.Person{}, called: map[string][]string{}, onList: map[string][]string{}}
	seen := map[string]bool{}
	// warned are, by household, who phones its elder about a warning whose
	// calls were made (warnCalls): the call passes it on, so its members
	// on WeChat are not reminded again beside it (call98)
	warned := map[string]string{}
	for _, p := range f.people {
		if !ch.n.WarnedAt.IsZero() && p.Village == f.village && p.Grid == grid && p.Household != "" && !p.UsesWeChat && p.Phone != "" {
			if _, chased := village.NoticeAnswer(f.informed, p, f.j.worker); chased && !f.informed[p.HouseholdKey()] {
				warned[p.HouseholdKey()] = f.phoner(p)
			}
		}
	}
	for _, p := range f.people {
		if p.Village != f.village || p.Grid != grid || p.Household == "" {
			continue
		}
		if field, chased := village.NoticeAnswer(f.informed, p, f.j.worker); !chased || ch.acks[field] > 0 {
			continue
		}
		if !ch.n.WarnedAt.IsZero() && !p.UsesWeChat && p.Phone != "" {
			// a warning's calls were made (warnCalls): her call carries
			// it, or she was reached; no second call is asked for it
			continue
		}
		name := f.households(p.HouseholdKey(), ch.acks)
		if w, ok := warned[p.HouseholdKey()]; ok && name == f.names[p.HouseholdKey()] && !slices.Contains(u.called[w], name) {
			u.called[w] = append(u.called[w], name)
		}
		if !f.informed[p.HouseholdKey()] {
			if !seen[p.HouseholdKey()] {
				seen[p.HouseholdKey()] = true
				u.households = append(u.households, name)
			}
			if w, ok := village.CaretakerOf(f.people, p); ok && !slices.Contains(u.keepers[name], w.Key()) {
				u.keepers[name] = append(u.keepers[name], w.Key())
			}
		}
		if !p.UsesWeChat && p.Phone != "" && !f.h.awayAt(p.Key(), f.at) {
			// a household someone said was told, or is away, stays listed
			// with that note: news the call's line does not carry. An
			// elder away from home (a stay told, call108) is not phoned
			// for it, as for a warning (call103)
			w, listed := f.callAbout(p, ch.n, u)
			by := u.called
			if listed {
				by = u.onList
			}
			if name == f.names[p.HouseholdKey()] && !slices.Contains(by[w], name) {
				by[w] = append(by[w], name)
			}
		}
	}
	return u
}

// households is household k's name as a chase list shows it, with who
// said they passed the notice on to it (storage.ToldBy: 「王奶奶户（张三说
// 已转告）」): not its 收到, but the worker may only need to confirm.
func (f *followup) households(k string, acks map[string]int64) string {
	return f.j.texts.Render("notice.told", map[string]any{"Name": f.names[k], "By": storage.ToldBy(acks, k), "Away": storage.AwayBy(acks, k)})
}

// callAbout puts notice n on elder p's call, filed in u by how: one
// elder, one call a day. A notice joins the call still to be made (the
// worker hears there is one more thing to say in it); after today's call
// was made, it waits for tomorrow's, unless it cannot: an urgent one, or
// one whose time comes before tomorrow's list can tell her
// (village.Notice.CallWaits: the meeting at 9 tomorrow) is phoned today.
// listed says her call on today's list already carries n (the list put
// it there, call100): nothing changes, and the worker is not told again.
func (f *followup) callAbout(p village.Person, n village.Notice, u gridUnanswered) (phoner string, listed bool) {
	at := f.at
	w := f.phoner(p)
	if o, open := f.h.open[p.Key()]; open && o.Status != village.CallEscalated && slices.Contains(o.NoticeIDs(), n.ID) &&
		!o.RemindedAt.Before(f.j.startOfDay(at)) {
		return w, true
	}
	c, ok := f.calls[p.Key()]
	next, nextOK := f.j.Config.NextCallList(at)
	calledToday := !f.h.lastReached[p.Key()].Before(f.j.startOfDay(at))
	switch {
	case ok && c.Due.After(at) && n.CallWaits(c.Due, at):
		u.later[w] = append(u.later[w], p) // waits for tomorrow's call already
	case ok && c.Due.After(at):
		c.Due = at // tomorrow's call is too late for n: made today
		if calledToday {
			u.again[w] = append(u.again[w], p)
		} else {
			u.elders[w] = append(u.elders[w], p)
		}
	case ok && f.h.open[p.Key()].PersonKey != "" && c.Status == village.CallEscalated:
		// the leader was asked to visit: he passes it on at the door,
		// told so (visits); the worker may still get through
		u.visit[w] = append(u.visit[w], p)
		if !slices.Contains(f.visitOrder, p.Key()) {
			f.visitOrder = append(f.visitOrder, p.Key())
		}
		f.visits[p.Key()] = append(f.visits[p.Key()], n)
	case ok && f.h.open[p.Key()].PersonKey != "" && c.Misses > 0:
		u.retry[w] = append(u.retry[w], p) // open before this run, and missed
	case ok && f.h.open[p.Key()].PersonKey != "":
		u.listed[w] = append(u.listed[w], p) // open before this run
	case ok:
		u.elders[w] = append(u.elders[w], p) // made by this run for an earlier notice
	case !calledToday || n.Urgent || !nextOK:
		u.elders[w] = append(u.elders[w], p)
		c = f.j.newCall(at, p, "")
	case !n.CallWaits(next, at):
		u.again[w] = append(u.again[w], p)
		c = f.j.newCall(at, p, "")
	default:
		u.later[w] = append(u.later[w], p)
		c = f.j.newCall(next, p, "")
	}
	if !slices.Contains(f.changed, p.Key()) {
		f.changed = append(f.changed, p.Key())
	}
	if !slices.Contains(c.NoticeIDs(), n.ID) { // one call does both: the call lists pass it on
		c.Notices = append(c.Notices, n.ID)
	}
	f.calls[p.Key()] = c
	return w, false
}

// phoner is who phones elder p at the run's time: her worker, or his
// stand-in while he is away (call78), noted as standing in for him.
func (f *followup) phoner(p village.Person) string {
	w := f.j.address(f.j.worker(p))
	if cover := f.j.coverOf(f.aways, f.at, f.village, f.j.worker(p).Key()); cover != nil {
		w = cover.to // her worker is away: his stand-in phones (call78)
		if !slices.Contains(f.standsFor[w], cover.away.Worker) {
			f.standsFor[w] = append(f.standsFor[w], cover.away.Worker)
		}
	}
	return w
}

// tell adds notice n's item for grid to what each worker is told: each
// worker of the grid hears which households have not answered of those he
// looks after (责任网格员 of any of its people) and of those nobody of the
// grid's workers does, which all of them hear of, and are told who else
// was; each is asked to phone only the elders he looks after (only they
// hear of an elder of a cadre's household when every other household
// answered).
func (f *followup) tell(grid string, n village.Notice, u gridUnanswered) {
	if u.none() {
		return
	}
	workers := f.j.People.InGrid(f.village, grid, village.RoleWorker)
	// kept: one of the grid's workers looks after one of h's people
	kept := func(h string) bool {
		return slices.ContainsFunc(workers, func(o village.Person) bool { return slices.Contains(u.keepers[h], o.Key()) })
	}
	// calledBy is who phones an elder of household h for n: the call
	// passes it on, so no other worker is asked to remind h (call98)
	calledBy := func(h string) (string, bool) {
		for _, by := range []map[string][]string{u.called, u.onList} {
			for w, hs := range by {
				if slices.Contains(hs, h) {
					return w, true
				}
			}
		}
		return "", false
	}
	mine := map[string][]string{} // by worker's address: the households he is told of
	var told []string
	for _, w := range workers {
		to := f.j.address(w)
		if cover := f.j.coverOf(f.aways, f.at, f.village, w.Key()); cover != nil {
			// he is away: who stands in reminds his households (call79)
			to = cover.to
			if !slices.Contains(f.standsFor[to], cover.away.Worker) {
				f.standsFor[to] = append(f.standsFor[to], cover.away.Worker)
			}
		}
		for _, h := range u.households {
			if by, called := calledBy(h); called && by != to {
				continue
			}
			if (slices.Contains(u.keepers[h], w.Key()) || !kept(h)) && !slices.Contains(mine[to], h) {
				mine[to] = append(mine[to], h)
			}
		}
		// households whose elder's call on his list today carries it
		// already are no news for him (call100)
		if slices.ContainsFunc(mine[to], func(h string) bool { return !slices.Contains(u.onList[to], h) }) && !slices.Contains(told, to) {
			told = append(told, to)
		}
	}
	for _, by := range []map[string][]village.Person{u.elders, u.listed, u.retry, u.later, u.again, u.visit} {
		for _, w := range slices.Sorted(maps.Keys(by)) {
			if w != "" && !slices.Contains(told, w) {
				told = append(told, w)
			}
		}
	}
	for _, w := range told {
		if !slices.Contains(f.workers, w) {
			f.workers = append(f.workers, w)
		}
		it := f.item(grid, n, u, w, mine[w])
		if !slices.ContainsFunc(workers, func(o village.Person) bool { return f.j.address(o) == w }) {
			it.For = f.standsFor[w] // a stand-in: told whose they are
		}
		for _, o := range workers {
			if a := f.j.address(o); a != w && slices.ContainsFunc(mine[a], func(h string) bool { return slices.Contains(mine[w], h) }) {
				it.With = append(it.With, o.Name)
			}
		}
		if len(it.With) > 0 {
			for _, h := range it.Households {
				if !kept(h) {
					it.Shared = append(it.Shared, h)
				}
			}
		}
		f.items[w] = append(f.items[w], it)
	}
}

// item is notice n's item for worker w, beside the items he is told
// already.
func (f *followup) item(grid string, n village.Notice, u gridUnanswered, w string, households []string) followupItem {
	at := f.at
	// a household whose elder he phones for it is told in the call's
	// line, not again among those to remind (call97)
	rest := slices.DeleteFunc(slices.Clone(households), func(h string) bool { return slices.Contains(u.called[w], h) })
	called := len(households) - len(rest)
	// nor one whose elder's call on his list today carries it (call100)
	rest = slices.DeleteFunc(rest, func(h string) bool { return slices.Contains(u.onList[w], h) })
	it := followupItem{N: n, Text: n.TextOn(at), Posted: n.Posted(), Grid: grid, Households: rest, Called: called, OnList: len(households) - len(rest) - called,
		Elders: u.elders[w], Listed: u.listed[w], Retry: u.retry[w], Later: u.later[w], Again: u.again[w], Visit: u.visit[w]}
	if event, clocked, ok := n.EventAt(); ok && len(it.Again) > 0 {
		it.Event, it.Clocked, it.Now = &event, clocked, at
	}
	// the day it went out is said when its words name no day that TextOn
	// names from today
	it.Earlier = it.Text == n.Text && f.j.startOfDay(n.Posted()).Before(f.j.startOfDay(at))
	if by, ok := n.PhoneBy(); ok {
		it.By, it.Now = &by, at
	}
	if day, ok := n.TellDayBefore(at); ok {
		it.DayBefore, it.Now, it.Today = &day, at, f.j.startOfDay(day).Equal(f.j.startOfDay(at))
	}
	if len(f.j.Config.Villages) > 1 {
		it.Grid = f.village + grid
	}
	if k := len(f.items[w]); k > 0 {
		prev := f.items[w][k-1]
		same := func(a, b []village.Person) bool {
			return slices.EqualFunc(a, b, func(a, b village.Person) bool { return a.Key() == b.Key() })
		}
		it.Repeat = prev.N.ID == n.ID
		it.Same = prev.Grid == it.Grid && slices.Equal(prev.Households, it.Households) &&
			same(prev.Elders, it.Elders) && same(prev.Listed, it.Listed) && same(prev.Retry, it.Retry) && same(prev.Later, it.Later) && same(prev.Again, it.Again) &&
			same(prev.Visit, it.Visit) && prev.OnList == it.OnList
	}
	return it
}

// commit stores the call tasks the run changed and sends each worker his
// message, in one commit; nothing when there is neither.
func (f *followup) commit(ctx context.Context, chased []chase) error {
	var ids []string
	item := make([]any, 0, len(chased)+1) // one notice's run keeps its id
	for _, ch := range chased {
		ids, item = append(ids, ch.n.ID), append(item, ch.n.ID)
	}
	return f.send(ctx, runID("notice_followup", f.at, append(item, f.village)...), "notice_followup", strings.Join(ids, ","))
}

// send commits the call tasks the run changed with each worker's message:
// the warnings' calls (warnText), then the notices' chase, one message
// (call90); nothing when there is neither.
func (f *followup) send(ctx context.Context, msgID, action, note string) error {
	var docs []storage.Doc
	for _, k := range f.changed {
		d, err := storage.CallDoc(f.calls[k])
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	var out []bot.Outbound
	for _, w := range f.workers {
		var text []string
		if warn := f.warnText(w); warn != "" {
			text = append(text, warn)
		}
		if items := f.items[w]; len(items) > 0 {
			phone := slices.ContainsFunc(items, func(it followupItem) bool {
				return len(it.Elders)+len(it.Listed)+len(it.Retry)+len(it.Again)+len(it.Visit) > 0
			})
			others := slices.ContainsFunc(items, func(it followupItem) bool { return len(it.Households) > 0 })
			// the notices told of, each once: one notice in two grids (his
			// and the worker's he stands in for) is one notice (call97)
			notices := 0
			for _, it := range items {
				if !it.Repeat {
					notices++
				}
			}
			data := map[string]any{"Items": items, "Phone": phone, "Others": others, "Now": f.at, "Notices": notices}
			if ws := f.warns[w]; len(ws) > 0 {
				data["Joined"] = ws[len(ws)-1].N.ID // under the warning's header, its second part
			}
			text = append(text, f.j.texts.Render("notice.followup", data))
		}
		out = append(out, private(w, strings.Join(text, "\n")))
	}
	for _, k := range f.visitOrder {
		// the leader asked to visit her hears what to pass on at the
		// door: his 上门 log counts it told, as a reached call does
		c := f.calls[k]
		for _, l := range f.j.People.InGrid(f.village, c.Grid, village.RoleLeader) {
			if l.Key() != c.WorkerKey {
				out = append(out, private(f.j.address(l), f.j.texts.Render("notice.followup.visit", map[string]any{"C": c, "Notices": f.visits[k], "Now": f.at})))
			}
		}
	}
	if len(docs) == 0 && len(out) == 0 {
		return nil
	}
	_, err := f.j.Store.Commit(ctx, storage.Change{Scope: storage.VillageScope(f.village), MsgID: msgID, Docs: docs, Out: out,
		Audit: storage.Audit{At: f.at, By: village.SystemActor, Action: action, Note: note}})
	return err
}

// newCall makes a call task for p due at at.
func (j *jobs) newCall(at time.Time, p village.Person, topic string) village.Call {
	w := j.worker(p)
	return village.Call{Village: p.Village, Grid: p.Grid, Person: p.Name, PersonKey: p.Key(), Phone: p.Phone,
		Care: p.Care, Worker: w.Name, WorkerKey: w.Key(), Topic: topic, Due: at, Status: village.CallOpen}
}

// worker is who phones p (village.Phoner).
func (j *jobs) worker(p village.Person) village.Person { return village.Phoner(j.People.All(), p) }

// workerOf is the address that reaches c's worker privately. A task
// stored without the worker's key is taken to be for p's worker when he
// has the name it names, and is given his key.
func (j *jobs) workerOf(c *village.Call, p village.Person) string {
	if c.WorkerKey == "" {
		if w := j.worker(p); w.Name == c.Worker {
			c.WorkerKey = w.Key()
		}
	}
	return j.People.Address(c.WorkerKey, c.Worker)
}

// calls sends the day's phone-call reminders: a new task when a person's
// care interval has passed since the last reached call (or on an extra
// day), and reminders of tasks still open (see remindCalls: at most one
// list a day, overdue routine calls not daily). A task escalated after
// too many misses is chased outreach.visit_reminders mornings: the grid
// leader is asked again to visit, and the worker's list says so; the
// morning after, unlogged, it is closed as unreached and the township
// office told once (closeUnreached). A
// task left unlogged too long is mentioned once to the grid leader. A
// routine task not logged a whole care interval after it came due (or
// after its last miss) is closed as not made (village.CallUnmade: not
// reached, in the coverage) and the next one opened, its entry saying the
// last was not made rather than the days piling up. Each worker gets one
// message listing all of his calls, committed with the
// tasks it names; a worker whose tasks changed meanwhile (a call logged as
// the job ran) is done again once.
func (j *jobs) calls(ctx context.Context, at, now time.Time) error {
	if j.startOfDay(at).Before(j.startOfDay(now)) {
		// Caught up on a later day (a restart at 07:30 after yesterday's
		// 08:00 was missed): today's run is the one that says "today", and
		// it comes; running this one too sends each worker two lists.
		j.Logger.InfoContext(ctx, "call reminders of an earlier day skipped; today's run sends them", "at", at, "now", now)
		return nil
	}
	if t := now.In(j.loc); now.Sub(at) > callsLate && t.Hour() >= callsUntilHour {
		// Caught up in the evening (the bot was down all day): "please
		// phone today" at 20:00 asks for a call to an elder at bedtime,
		// and tomorrow's run sends the same list in the morning.
		j.Logger.InfoContext(ctx, "call reminders caught up in the evening skipped; tomorrow morning's run sends them", "at", at, "now", now)
		return nil
	}
	for attempt := 0; ; attempt++ {
		conflicts, err := j.callsOnce(ctx, at, now)
		switch {
		case err != nil || conflicts == 0:
			return err
		case attempt == 1:
			j.Logger.WarnContext(ctx, "call reminders skipped: the tasks kept changing while the job ran; tomorrow's run sends them",
				"workers", conflicts)
			return nil
		}
	}
}

// callsLate and callsUntilHour: a call list caught up more than callsLate
// after its time, at callsUntilHour or later, is not sent (see calls).
const (
	callsLate      = 30 * time.Minute
	callsUntilHour = config.CallsUntilHour
)

// callItem is one call of a worker's day.
type callItem struct {
	C     village.Call
	Topic string // what to say: the task's topic and the notices still worth passing on
	// Own and Relays are Topic's parts: the task's own topic, and the
	// notices it passes on (callList says those once when every call of
	// the list passes on the same)
	Own, Relays string
	// Parts are Relays one notice each, without 「转告」 ("12月7日的通知：
	// 冬季防火：…"): with two or more, the texts say them a line each
	// (call100: the list carrying every open notice made one line of three)
	Parts []string
	// Warn names the severe-weather warnings the call passes on ("寒潮",
	// "寒潮、大风"; village.Notice.Warning): said on its line and in the
	// list's header, so the worker knows which calls are the warning's
	// (call91); "" when none.
	Warn string
	// WarnOnly: every notice the call passes on is a warning: a list that
	// quotes them below its lines does not say 「转告下面的通知」 after
	// 「转告预警」 on each line, as if they were two things to pass on
	// (call96).
	WarnOnly bool
	Care     string
	Retry    bool // a missed call tried again
	Visit    bool // too many misses: the grid leader was asked to visit and has not logged it
	// Dead is the word a visit's call was logged with when the number
	// itself is no good ("空号"): the worker is not asked to dial it again.
	Dead  string
	Extra bool // a task made before an extra day, now to greet and warn too
	Late  int  // days since the task came due, not logged; 0: new today
	// By is when the call must be made today for a notice it passes on
	// to reach the elder in time (village.Notice.PhoneBy: 8:30 for the
	// meeting at 9), the earliest of several; nil when none sets one.
	By *time.Time
	// Expired is the task this one replaces, closed as not made (stored
	// with it); Unmade counts the calls not made since the person was
	// last reached, Expired included.
	Expired *village.Call
	Unmade  int
	// Paid are who of her household said 已交 to a payment notice posted
	// to her grid's group (storage.PaidBy, call101's 已交): the worker
	// phoning her does not press her to pay again (call102).
	Paid []string
	// Home is what her worker last said of her family coming home
	// (village.Call.KinHome), while still worth saying on her line
	// (KinHomeShown, call111); nil when none.
	Home *kinHome
}

// kinHome is a family's homecoming said on an elder's line (callItem.Home):
// what was said, when, and the list's day.
type kinHome struct {
	Said      string
	Told, Now time.Time
}

// callsOnce sends what calls sends, counting the workers whose commit met
// a change made meanwhile. The warnings whose calls are still to be made
// (listWarnings) go on the calls first, in memory, and are stored by the
// workers' commits; they are marked warned only when every worker's calls
// carrying them were stored (call93): after a conflict, or a run stopped
// between two workers, the next run (calls' second attempt, the re-run,
// or the follow-up) puts them on the calls still without them.
func (j *jobs) callsOnce(ctx context.Context, at, now time.Time) (conflicts int, err error) {
	relay, err := j.relayable(ctx, now)
	if err != nil {
		return 0, err
	}
	ws := listWarnings(at, now, relay)
	d := callDay{at: at, start: j.startOfDay(at)}
	if e, ok := j.Config.Outreach.ExtraDay(at.In(j.loc).Format("2006-01-02")); ok {
		d.extra, d.greeting = true, extraTopicOf(e.Reason)
	}
	stored := true
	for _, v := range j.Config.Villages {
		n, all, err := j.villageCalls(ctx, v, d, relay, ws)
		if err != nil {
			return 0, err
		}
		conflicts += n
		stored = stored && all
	}
	if !stored {
		j.Logger.WarnContext(ctx, "warning calls not all stored with the call lists; the next run completes them",
			"notices", strings.Join(warningIDs(ws), ","))
		return conflicts, nil
	}
	return conflicts, j.markWarned(ctx, now, ws)
}

// villageCalls is callsOnce for village v, the warnings ws put on its
// calls; warned reports whether every worker's calls they changed were
// stored.
func (j *jobs) villageCalls(ctx context.Context, v config.Village, d callDay, relay map[string]relayNotice, ws []warning) (conflicts int, warned bool, err error) {
	at := d.at
	sc := storage.VillageScope(v.Name)
	all, err := j.Store.Calls(ctx, sc, storage.CallsAll)
	if err != nil {
		return 0, false, err
	}
	h := historyOf(all)
	var workers []string
	byWorker := map[string][]callItem{}
	var lapsed []village.Call    // tasks with nothing left to say, no routine call taking their place (or a listed one's)
	var unreached []village.Call // visits asked for, reminded of and never logged: the township hears
	people, aways, err := j.phonesFixed(ctx, v.Name, j.People.All())
	if err != nil {
		return 0, false, err
	}
	changed := j.foldWarnings(d.at, v, &h, people, ws)
	d.groups = map[string]string{}
	for _, g := range v.Grids {
		d.groups[g.Name] = g.Group
	}
	dropped := map[string][]string{} // notices no longer passed on: to whom, one log line each
	var droppedIDs []string
	for _, p := range people {
		if p.Village != v.Name || p.UsesWeChat || p.Phone == "" {
			continue
		}
		plan := j.planCall(p, h, d, relay)
		for _, id := range plan.gone {
			if dropped[id] == nil {
				droppedIDs = append(droppedIDs, id)
			}
			dropped[id] = append(dropped[id], p.Grid+p.Name)
		}
		if plan.lapsed != nil {
			lapsed = append(lapsed, *plan.lapsed)
		}
		switch {
		case plan.unreached != nil:
			unreached = append(unreached, *plan.unreached)
		case plan.item == nil:
		case plan.item.C.Worker == "":
			j.Logger.WarnContext(ctx, "no grid worker to phone a person without WeChat", "person", p.Name, "grid", p.Grid)
		default:
			w := j.workerOf(&plan.item.C, p)
			if byWorker[w] == nil {
				workers = append(workers, w)
			}
			byWorker[w] = append(byWorker[w], *plan.item)
		}
	}
	for _, id := range droppedIDs {
		// one line a notice, not one a person: a township notice left
		// out of a day's calls is the same news for every elder
		j.Logger.InfoContext(ctx, "notice dropped from the phone calls: "+relay[id].why,
			"notice", id, "text", village.Mask(relay[id].Text), "village", v.Name, "people", len(dropped[id]),
			"first", strings.Join(dropped[id][:min(len(dropped[id]), 10)], ","))
	}
	if err := j.closeLapsed(ctx, sc, at, lapsed); err != nil {
		return 0, false, err
	}
	if err := j.closeUnreached(ctx, sc, at, unreached); err != nil {
		return 0, false, err
	}
	if err := j.chaseAsked(ctx, sc, at, all); err != nil {
		return 0, false, err
	}
	warned = true
	for _, w := range workers {
		cover := j.coverOf(aways, at, v.Name, byWorker[w][0].C.WorkerKey)
		carries := slices.ContainsFunc(byWorker[w], func(it callItem) bool { return changed[it.C.PersonKey] })
		sent, err := j.remindCalls(ctx, sc, at, w, cover, byWorker[w])
		if errors.Is(err, storage.ErrConflict) {
			conflicts++
			warned = warned && !carries
			continue
		}
		if err != nil {
			return 0, false, err
		}
		// a list not sent (one went out today) stores the warnings on
		// none of its calls: the follow-up puts them on and tells him
		warned = warned && (sent || !carries)
	}
	return conflicts, warned, nil
}

// callHistory is what a village's call tasks say about each person, by
// person key.
type callHistory struct {
	open        map[string]village.Call // the pending task
	lastReached map[string]time.Time    // when a call last got through
	lastClosed  map[string]time.Time    // when a task was last closed as unreached
	unmade      map[string]int          // calls closed as not made since last reached
	// stays are the stays told on calls that got through or closed as
	// away, each kept (village.Stays, call108: a second one told later
	// no longer ends the first)
	stays map[string][]village.Stay
	// kinHome is the call last told of her family coming home
	// (village.Call.KinHome, call111), said on her lists while shown
	kinHome map[string]village.Call
}

// historyOf sums up a village's call tasks.
func historyOf(all []village.Call) callHistory {
	h := callHistory{open: map[string]village.Call{}, lastReached: map[string]time.Time{},
		lastClosed: map[string]time.Time{}, unmade: map[string]int{}, stays: map[string][]village.Stay{}, kinHome: map[string]village.Call{}}
	for _, c := range all {
		k := c.PersonKey
		if c.KinHome != "" && c.KinHomeAt.After(h.kinHome[k].KinHomeAt) {
			h.kinHome[k] = c
		}
		if c.Pending() {
			h.open[k] = c
		}
		if c.Status == village.CallReached && c.LoggedAt.After(h.lastReached[k]) {
			h.lastReached[k] = c.LoggedAt
		}
		// a miss closed as away ("没打通 她儿子说她住院了") tells it as a
		// call that got through does; a stay told ahead holds from its
		// first day (call107): a call that gets through before then
		// leaves it on
		if st, ok := c.Stay(); ok {
			h.stays[k] = append(h.stays[k], st)
		}
		// a task closed as unreached waits a care interval for the next,
		// as a reached call does
		if c.Status == village.CallUnreached && c.ClosedAt.After(h.lastClosed[k]) {
			h.lastClosed[k] = c.ClosedAt
		}
	}
	for _, c := range all {
		if c.Status == village.CallUnmade && c.Due.After(h.lastReached[c.PersonKey]) {
			h.unmade[c.PersonKey]++
		}
	}
	for k, sts := range h.stays {
		h.stays[k] = village.KeptStays(sts)
	}
	for k, c := range h.open {
		if c.Status == village.CallEscalated && h.lastReached[k].After(c.LoggedAt) {
			delete(h.open, k) // reached since (logged as a new task by a version that did not index escalated tasks)
		}
	}
	return h
}

// routineDue reports whether the routine call of the person with key k,
// every care interval, is due on the day of at, and when his interval
// last started (lastContact): a call logged late in the day still counts
// as that day's.
func (h callHistory) routineDue(k string, every time.Duration, at time.Time) (due bool, last time.Time) {
	last, ok := h.lastContact(k)
	if _, away := h.stayAt(k, at); away {
		return false, last // away (call108: any stay told, not only the last)
	}
	if village.StayEnded(h.stays[k], last, at) {
		// in hospital when last reached (or told so on a miss): her
		// calls resume on the day named for her return, whatever her
		// care interval; a stay told ahead, not begun, leaves her calls
		// as usual till then (call107)
		return true, last
	}
	return !ok || !at.Before(last.Add(every).Add(-12*time.Hour)), last
}

// awayAt reports whether the person with key k is away at at, as a call
// that got through or closed away said ("去她女儿家住了 过完年再回来",
// call103): her calls wait, a warning's too — she is not home alone to be
// told.
func (h callHistory) awayAt(k string, at time.Time) bool {
	_, ok := h.stayAt(k, at)
	return ok
}

// stayAt is the stay that keeps the person with key k away at at.
func (h callHistory) stayAt(k string, at time.Time) (village.Stay, bool) {
	last, _ := h.lastContact(k)
	return village.StayAt(h.stays[k], last, at)
}

// lastContact is when the person's care interval last started: the last
// call that got through, or the last task closed as unreached.
func (h callHistory) lastContact(k string) (time.Time, bool) {
	last, ok := h.lastReached[k]
	if closed := h.lastClosed[k]; closed.After(last) {
		return closed, true
	}
	return last, ok
}

// callPlan is what a day holds for one person without WeChat: a call on
// the worker's list, a task closed as lapsed or as unreached, or nothing.
type callPlan struct {
	item *callItem
	// lapsed is a task closed as lapsed: alone, or beside item when a
	// task listed on an earlier day gives way to a routine call of its own.
	lapsed    *village.Call
	unreached *village.Call
	// gone are the notices the person's open task carried whose day, or
	// the part of it they name, has passed: dropped from the call.
	gone []string
}

// callDay is the day calls are planned for: the run's time, the start
// of its day, and whether it is one of outreach.extra_days, with what its
// greeting is about.
type callDay struct {
	at, start time.Time
	extra     bool
	greeting  string
	// groups are the group of each grid of the village listed, by grid
	// name: the notices posted there ride on its elders' calls (carry)
	groups map[string]string
}

// planCall decides p's call of day d.
func (j *jobs) planCall(p village.Person, h callHistory, d callDay, relay map[string]relayNotice) callPlan {
	s := j.openTask(p, h, d, relay)
	c := &s.c
	var listed *village.Call
	switch {
	case s.isOpen && c.Status == village.CallEscalated && c.VisitAsks >= j.Config.Outreach.VisitReminders && c.RemindedAt.Before(d.start):
		// asked and reminded enough: the township hears, once, and
		// nobody is chased about it any more
		c.Status, c.ClosedAt = village.CallUnreached, d.at
		return callPlan{unreached: c, gone: s.gone}
	case s.isOpen && c.Status == village.CallEscalated:
		s.visit = true // the leader was asked to visit: chase both, VisitReminders mornings
	case s.isOpen && c.Misses > 0:
		s.retry = true // a missed call is retried the next day
	case s.isOpen:
		// not logged yet: still due, on today's list like the others
	case s.every == 0 && !d.extra:
		return s.lapse()
	default:
		var due bool
		if listed, due = j.routineCall(&s, h); !due {
			return s.lapse()
		}
	}
	if !s.visit {
		j.carry(&s.c, p, d, relay)
	}
	return callPlan{item: j.callItem(s, h, relay), gone: s.gone, lapsed: listed}
}

// carry puts on c, p's call on day d's list, the ordinary notices
// posted to her grid's group before the list that her household has not
// answered and that are still passed on by phone (call100): the worker
// phoning her today says them in the same call, and the follow-up that
// would have asked for another call later finds them on this one. Not
// warnings (foldWarnings puts them on every elder's call), nor the
// cadres' notices, nor a visit asked of the leader (the follow-up tells
// him at the door).
func (j *jobs) carry(c *village.Call, p village.Person, d callDay, relay map[string]relayNotice) {
	grp, ok := d.groups[p.Grid]
	if !ok {
		return
	}
	var more village.Call
	for _, id := range slices.Sorted(maps.Keys(relay)) {
		n := relay[id]
		if n.gone || n.Held || n.Warning != "" || len(n.Cadres) > 0 || n.Posted().After(d.at) || !slices.Contains(n.Groups, grp) ||
			slices.Contains(c.NoticeIDs(), id) {
			continue
		}
		more.Notices = append(more.Notices, id)
	}
	// toRelay leaves out what her household answered (her own key in a
	// cadre's household: village.NoticeAnswer)
	for _, n := range j.toRelay(more, p, relay) {
		c.Notices = append(c.Notices, n.ID)
	}
}

// taskDay is planCall's state of one person's call on one day.
type taskDay struct {
	p     village.Person
	d     callDay
	every time.Duration // p's care interval
	// c is p's open task, carrying only the notices still worth passing
	// on, while isOpen says it is a call of the day; else the new call
	// made instead, once made
	c      village.Call
	isOpen bool
	// stale is the open task that is no call of the day, to be closed as
	// closeAs; expired the open task not logged a whole care interval,
	// closed as not made
	stale, expired *village.Call
	closeAs        village.CallStatus
	gone           []string // the open task's notices dropped: see callPlan
	retry, visit   bool     // a missed call retried; a visit asked of the leader
}

// openTask reads p's open task, if any, on day d: the notices it still
// carries, and whether it is still a call of the day.
func (j *jobs) openTask(p village.Person, h callHistory, d callDay, relay map[string]relayNotice) taskDay {
	o := j.Config.Outreach
	s := taskDay{p: p, d: d, every: village.CareInterval(p.Care, o.High.Std(), o.Focus.Std(), o.Normal.Std()), closeAs: village.CallLapsed}
	s.c, s.isOpen = h.open[p.Key()]
	if !s.isOpen {
		return s
	}
	c := &s.c
	// A task carries only the notices still worth passing on: a call
	// logged on it later marks them, and only them, as the
	// household's 收到. One whose day, or the part of it it names,
	// has passed is dropped (and logged): the worker is not asked in
	// the afternoon to phone about the morning's meeting.
	for _, id := range c.NoticeIDs() {
		if relay[id].gone {
			s.gone = append(s.gone, id)
		}
	}
	c.Notice, c.Notices = "", noticeIDs(j.toRelay(*c, p, relay))
	if c.Status == village.CallOpen && c.Misses == 0 && c.Topic == "" && len(c.Notices) == 0 {
		// A task made only to pass on notices that are answered or too
		// old by now has nothing left to say: it is no call of the day,
		// unless the person's routine call is due anyway; else it is
		// closed as lapsed.
		old := *c
		s.stale, s.isOpen = &old, false
	}
	if s.isOpen && c.Status == village.CallOpen && h.awayAt(p.Key(), d.at) {
		// A stay has begun since the call was made (call107: 「我妈后天去
		// 我姐家住」): the call not made while she was home is no call of
		// her days away, nor are the notices it carries (call108: the
		// worker was still sent to phone an empty house); closed as
		// lapsed, the routine call comes when she is back.
		old := *c
		s.stale, s.isOpen = &old, false
	}
	if s.isOpen && c.Status == village.CallOpen && c.Misses == 0 && isGreeting(*c) && !d.extra && j.startOfDay(c.Due).Before(d.start) {
		// A festival's or a warning's greeting not made on its day is
		// no call of a later one: a day late it warns of nothing. What
		// it still carries (notices to pass on) stays a call of its own;
		// else it is closed as not made (the month's coverage counts it),
		// and the routine call comes when due.
		topic := c.Topic
		if c.Topic, c.ExtraDay = "", false; len(c.Notices) == 0 {
			old := *c
			old.Topic, old.ExtraDay = topic, true
			s.stale, s.isOpen, s.closeAs = &old, false, village.CallUnmade
		}
	}
	if s.isOpen && c.Status == village.CallOpen && s.every > 0 && time.Duration(j.days(c.Waiting(), d.at))*24*time.Hour >= s.every {
		// Not logged a whole care interval: this call was not made, and
		// the next one is due. The notices it still carries pass to the
		// next.
		old := *c
		old.Status = village.CallUnmade
		s.expired, s.isOpen = &old, false
	}
	return s
}

// lapse is the plan of a day with no call: the stale task, if any,
// closed.
func (s *taskDay) lapse() callPlan {
	if s.stale == nil {
		return callPlan{gone: s.gone}
	}
	s.stale.Status = s.closeAs
	return callPlan{lapsed: s.stale, gone: s.gone}
}

// routineCall makes s's routine call of its day (a festival's or a
// warning's greeting on one of outreach.extra_days) when one is due or
// its open task expired, in the place of a stale task never listed;
// listed is a stale task that was, closed. due is false when no call is
// made.
func (j *jobs) routineCall(s *taskDay, h callHistory) (listed *village.Call, due bool) {
	p, at, day, extra := s.p, s.d.at, s.d.start, s.d.extra
	due, last := h.routineDue(p.Key(), s.every, at)
	if !due && !(extra && last.Before(day) && !h.awayAt(p.Key(), at)) && s.expired == nil {
		return nil, false
	}
	topic := routineTopic
	if extra {
		topic = s.d.greeting
	} else if closed := h.lastClosed[p.Key()]; closed.After(h.lastReached[p.Key()]) {
		// nobody has reached her since the township heard she could
		// not be reached: the worker must know this is no ordinary call
		topic = fmt.Sprintf(unreachedTopic, village.Dated(closed.In(j.loc), at, village.DateLayout)) + "；" + topic
	}
	s.c = j.newCall(at, p, topic)
	s.c.ExtraDay = extra
	switch {
	case s.stale != nil && s.stale.RemindedAt.IsZero():
		// never on a list: the routine call takes the lapsed task's place
		s.c.ID, s.c.Version = s.stale.ID, s.stale.Version
	case s.stale != nil:
		// listed on its day (as a check-in too) and never logged: it
		// stays that day's task, closed, and the routine call is one of
		// its own; reused, its day would move on and that month would
		// read as before the bot ran (see coverage)
		listed = s.lapse().lapsed
	}
	if s.expired != nil {
		s.c.Notices = s.expired.Notices
	}
	return listed, true
}

// callItem is s's call on the worker's list of its day: its topic, how
// late, and the calls not made before it.
func (j *jobs) callItem(s taskDay, h callHistory, relay map[string]relayNotice) *callItem {
	c, p, at := s.c, s.p, s.d.at
	unmade := h.unmade[p.Key()]
	if s.expired != nil {
		unmade++
	}
	// a task made only to pass on notices is about them; a routine
	// check-in only when one is due anyway
	routine := c.Topic == "" && s.every > 0
	if routine {
		routine, _ = h.routineDue(p.Key(), s.every, at)
	}
	own, relays, by := j.topicParts(c, p, relay, at, routine)
	topic := joinTopic(own, relays)
	// On a festival or severe-weather day a call still open is made
	// with its greeting too, and is news for the day's list.
	extraToo := s.d.extra && c.Topic != s.d.greeting
	if extraToo {
		topic = s.d.greeting + "；" + topic
		own = strings.Trim(s.d.greeting+"；"+own, "；")
	}
	late := j.days(c.Due, at)
	if c.Topic == "" && !routine {
		// made only to pass on notices: late from the day the follow-up
		// that made it asked for the call by (请在12月7日前电话转告), not
		// from the day it was made
		if day, ok := j.relayAskedBy(c, p, relay); ok {
			late = max(0, j.days(day, at))
		}
	}
	if late == 1 && c.RemindedAt.IsZero() && c.Due.In(j.loc).Hour() >= callsUntilHour {
		// made last evening (an urgent notice's follow-up) and listed
		// for the first time: today's call, not one a day late
		late = 0
	}
	passed := j.toRelay(c, p, relay)
	it := &callItem{C: c, Topic: topic, Own: own, Relays: relays, Parts: j.relayParts(c, p, relay, at), Warn: warningsOf(passed), WarnOnly: warningsOnly(passed), Care: village.CareLabel(c.Care),
		Retry: s.retry, Visit: s.visit, Extra: extraToo, Late: late, Expired: s.expired, Unmade: unmade}
	if s.visit {
		it.Dead = words.DeadNumberWord(c.Note)
	}
	if !by.IsZero() {
		it.By = &by
	}
	it.Paid = j.paidOf(p, s.d, relay)
	if k, ok := h.kinHome[p.Key()]; ok && k.KinHomeShown(at) {
		it.Home = &kinHome{Said: k.KinHome, Told: k.KinHomeAt, Now: at}
	}
	return it
}

// paidOf are who of p's household said they paid (storage.PaidBy) a
// payment notice (words.AsksPayment) posted to her grid's group on day d,
// one still answered (relay holds it, passed on or gone): said on her
// call's line, as a household's 已交 answers the payment notice only and
// her call may pass the others on.
func (j *jobs) paidOf(p village.Person, d callDay, relay map[string]relayNotice) []string {
	grp, ok := d.groups[p.Grid]
	if !ok {
		return nil
	}
	field, _ := village.NoticeAnswer(village.Informed(j.People.All()), p, j.worker)
	var by []string
	for _, id := range slices.Sorted(maps.Keys(relay)) {
		n := relay[id]
		if !slices.Contains(n.Groups, grp) || !words.AsksPayment(n.Text) {
			continue
		}
		for _, b := range storage.PaidBy(n.acks, field) {
			if !slices.Contains(by, b) {
				by = append(by, b)
			}
		}
	}
	return by
}

// relayNotice is a notice still worth passing on by phone, with the
// households that answered it; or, gone, one still answered with 收到
// whose day, or the part of it it names, has passed: no longer phoned.
type relayNotice struct {
	village.Notice
	acks map[string]int64
	gone bool
	why  string // for the log, when gone: see tooLateToPassOn
}

// tooLateToPassOn says, for the log, why notice n is no longer passed on
// at now (village.Notice.PassedOn): the time it names has passed, or is
// too close to phone about (village.Notice.Imminent: a meeting at 9:30,
// at 9:15), which has not passed.
func tooLateToPassOn(n village.Notice, now time.Time) string {
	if at, ok := n.Imminent(now); ok {
		return "the time it names (" + at.Format("15:04") + ") is too close to phone about"
	}
	return "the time it names has passed"
}

// relayable are the notices still passed on by phone at now
// (village.Notice.PassedOn), by ID, and those no longer, though still
// answered (gone).
func (j *jobs) relayable(ctx context.Context, now time.Time) (map[string]relayNotice, error) {
	ts := storage.TownshipScope(j.Config.Township.Name)
	notices, err := j.Store.Notices(ctx, ts, storage.NoticesAll)
	if err != nil {
		return nil, err
	}
	out := map[string]relayNotice{}
	for _, n := range notices {
		if !n.PassedOn(now) {
			if n.Relayed(now) {
				out[n.ID] = relayNotice{Notice: n, gone: true, why: tooLateToPassOn(n, now)}
			}
			continue
		}
		acks, err := j.Store.Counters(ctx, ts, storage.AckHash(n.ID))
		if err != nil {
			return nil, err
		}
		out[n.ID] = relayNotice{Notice: n, acks: acks}
	}
	return out, nil
}

// topic is what c's call, made on the day of at, is about: its own topic
// (for a task made only to pass on notices, a routine check-in when
// routine says one is due, else nothing) and each of its notices still
// relayable that p's household has not answered, dated, its days named
// from at's (village.Notice.TextOn: yesterday's 明天 is 今天).
func (j *jobs) topic(c village.Call, p village.Person, relay map[string]relayNotice, at time.Time, routine bool) (topic string, by time.Time) {
	own, relays, by := j.topicParts(c, p, relay, at, routine)
	return joinTopic(own, relays), by
}

// joinTopic is a call's topic of its parts (topicParts): the routine
// check-in's when both are empty.
func joinTopic(own, relays string) string {
	if own == "" && relays == "" { // nothing left to pass on (planCall lapses such a task)
		return routineTopic
	}
	if own == "" || relays == "" {
		return own + relays
	}
	return own + "；" + relays
}

// topicParts are topic's two parts: c's own topic (or "") and what it
// passes on (or "", its notices joined by "；").
func (j *jobs) topicParts(c village.Call, p village.Person, relay map[string]relayNotice, at time.Time, routine bool) (own, relays string, by time.Time) {
	t := c.Topic
	switch {
	case t == "" && routine:
		t = routineTopic
	case t == village.TopicOwn:
		// retrying a call he made unasked: what it was about he did not
		// say, so the list says where it comes from and what to ask
		t = ownTopic
	}
	var parts []string
	var first time.Time // the earliest time today a notice must be passed on by
	for _, n := range j.toRelay(c, p, relay) {
		parts = append(parts, "转告"+j.relayPart(n, at))
		if by, ok := n.PhoneBy(); ok && j.startOfDay(by).Equal(j.startOfDay(at)) && (first.IsZero() || by.Before(first)) {
			first = by
		}
	}
	return t, strings.Join(parts, "；"), first
}

// relayPart is what a call says of notice n on the day of at, after
// 「转告」: its day, its kind, its words with days named from at's.
func (j *jobs) relayPart(n relayNotice, at time.Time) string {
	kind := "的通知："
	if n.Warning != "" {
		kind = "的预警：" // the list's 事由 says 转告下面的预警: the same thing (call98)
	}
	// a notice's own full stop is not kept before the next part's 「；」 (call99)
	return village.Dated(n.Posted().In(j.loc), at, village.DateLayout) + kind + strings.TrimRight(n.SayOn(at), "。.；;")
}

// relayParts are relayPart of each notice c passes on to p.
func (j *jobs) relayParts(c village.Call, p village.Person, relay map[string]relayNotice, at time.Time) []string {
	var out []string
	for _, n := range j.toRelay(c, p, relay) {
		out = append(out, j.relayPart(n, at))
	}
	return out
}

// relayAskedBy is the day the notice follow-up that made c asked its
// call by, when every notice c passes on to p's household names a later
// day than c's (village.Notice.TellDayBefore: the day before the earliest
// event); ok is false otherwise (the call was asked for its own day).
func (j *jobs) relayAskedBy(c village.Call, p village.Person, relay map[string]relayNotice) (day time.Time, ok bool) {
	ns := j.toRelay(c, p, relay)
	for _, n := range ns {
		d, before := n.TellDayBefore(c.Due)
		if !before {
			return time.Time{}, false
		}
		if day.IsZero() || d.Before(day) {
			day = d
		}
	}
	return day, len(ns) > 0
}

// toRelay are c's notices still worth passing on to p's household: still
// relayable and not answered by the household (by p himself, in a
// cadre's household: village.NoticeAnswer).
func (j *jobs) toRelay(c village.Call, p village.Person, relay map[string]relayNotice) []relayNotice {
	var out []relayNotice
	field, _ := village.NoticeAnswer(village.Informed(j.People.All()), p, j.worker)
	for _, id := range c.NoticeIDs() {
		// a severe-weather warning is passed on to every elder, whatever
		// her household answered (warnCalls)
		if n, ok := relay[id]; ok && !n.gone && (n.acks[field] == 0 || n.Warning != "") {
			out = append(out, n)
		}
	}
	return out
}

// noticeIDs are the IDs of ns, in order.
func noticeIDs(ns []relayNotice) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.ID)
	}
	return out
}

// closeLapsed stores tasks closed as lapsed, each in its own commit: one
// changed meanwhile (a call logged as the job ran) is left as it is.
func (j *jobs) closeLapsed(ctx context.Context, sc storage.Scope, at time.Time, tasks []village.Call) error {
	for _, c := range tasks {
		d, err := storage.CallDoc(c)
		if err != nil {
			return err
		}
		_, err = j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("calls", at, "lapsed", c.ID), Docs: []storage.Doc{d},
			Audit: storage.Audit{At: at, By: village.SystemActor, Action: "call_lapsed", Note: c.ID + " " + c.Person}})
		if err != nil && !errors.Is(err, storage.ErrConflict) {
			return err
		}
	}
	return nil
}

// unreachedCall is a task closed as unreached, with its grid's leaders.
type unreachedCall struct {
	C       village.Call
	Leaders []village.Person
	Now     time.Time // when it is said: a date of another year shows its year
}

// closeUnreached stores the tasks closed as unreached, in one commit with
// one message to the township office naming them all and a last word to
// each grid leader. A task changed meanwhile (someone logged a call as
// the job ran) fails the commit: the next run decides again.
func (j *jobs) closeUnreached(ctx context.Context, sc storage.Scope, at time.Time, tasks []village.Call) error {
	if len(tasks) == 0 {
		return nil
	}
	var docs []storage.Doc
	var items []unreachedCall
	byLeader := map[string][]village.Call{}
	var leaders []string
	for _, c := range tasks {
		d, err := storage.CallDoc(c)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		ls := j.People.InGrid(c.Village, c.Grid, village.RoleLeader)
		items = append(items, unreachedCall{C: c, Leaders: ls, Now: at})
		for _, l := range ls {
			to := j.address(l)
			if byLeader[to] == nil {
				leaders = append(leaders, to)
			}
			byLeader[to] = append(byLeader[to], c)
		}
	}
	out := []bot.Outbound{group(j.Config.Township.OfficeChat,
		j.textsFor(j.Config.Township.OfficeChat).Render("call.unreached.office", map[string]any{"Items": items, "Asks": j.Config.Outreach.VisitReminders}), bot.Normal)}
	for _, l := range leaders {
		out = append(out, private(l, j.texts.Render("call.unreached.leader", map[string]any{"Calls": byLeader[l]})))
	}
	_, err := j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("calls", at, "unreached"), Docs: docs, Out: out,
		Audit: storage.Audit{At: at, By: village.SystemActor, Action: "call_unreached", Note: callIDs(tasks)}})
	if errors.Is(err, storage.ErrConflict) {
		return nil
	}
	return err
}

// chaseAsked reminds, with the morning's call lists, the grid leaders a
// question an elder asked on a call went to (village.Call.Asked) and
// none has answered since a day before (call105: it was never chased):
// each morning up to village.MaxAskChases, then the worker who took it
// hears, once, that it is still open (he tells her, or asks the leader
// himself). One commit for the village, the calls with their count.
func (j *jobs) chaseAsked(ctx context.Context, sc storage.Scope, at time.Time, all []village.Call) error {
	today := village.StartOfDay(at.In(j.Config.Location()))
	var (
		docs []storage.Doc
		out  []bot.Outbound
		ids  []village.Call
	)
	for _, c := range all {
		if !c.AskOpen() || !c.LoggedAt.Before(today) || !c.AskChasedAt.Before(today) || c.AskChases > village.MaxAskChases {
			continue
		}
		data := map[string]any{"C": c, "Now": at, "Last": c.AskChases+1 == village.MaxAskChases}
		if c.AskChases < village.MaxAskChases {
			for _, l := range c.AskedTo {
				out = append(out, private(l, j.texts.Render("call.asked.chase", data)))
			}
		} else if w, err := j.People.Lookup(c.Village, c.LoggedBy); err == nil {
			out = append(out, private(j.address(w), j.texts.Render("call.asked.worker", data)))
		}
		c.AskChases, c.AskChasedAt = c.AskChases+1, at
		d, err := storage.CallDoc(c)
		if err != nil {
			return err
		}
		docs, ids = append(docs, d), append(ids, c)
	}
	if len(docs) == 0 {
		return nil
	}
	_, err := j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("calls", at, "asked"), Docs: docs, Out: out,
		Audit: storage.Audit{At: at, By: village.SystemActor, Action: "call_asked", Note: callIDs(ids)}})
	if errors.Is(err, storage.ErrConflict) {
		return nil // changed meanwhile (answered): the next morning decides again
	}
	return err
}

// callIDs lists the IDs and people of calls, for the audit.
func callIDs(cs []village.Call) string {
	var ids []string
	for _, c := range cs {
		ids = append(ids, c.ID+" "+c.Person)
	}
	return strings.Join(ids, "、")
}

// extraTopicOf is what the call of an extra day with reason (as
// outreach.extra_days writes it) is about: the reason, and the greeting it
// comes with; extraTopic when the day has none.
func extraTopicOf(reason string) string {
	if reason == "" {
		return extraTopic
	}
	return reason
}

// isGreeting reports whether c is the greeting call of an extra day, of
// this version or (its fixed topic) of an older one.
func isGreeting(c village.Call) bool { return c.ExtraDay || c.Topic == extraTopic }

// routineTopic is what a routine call is about; extraTopic one on
// outreach.extra_days that gives no reason; ownTopic the retry of one the worker made unasked.
const (
	routineTopic = "例行问候：身体怎么样，生活上有没有困难"
	extraTopic   = "节日或天气提醒：问候，提醒注意安全"
	ownTopic     = "您自己打的回访没接通：再问问身体怎么样，生活上有没有困难"
	// unreachedTopic (with the day the township heard) leads the next
	// routine call of someone closed as 联系不上 and not reached since.
	unreachedTopic = "%s已报镇联系不上（电话没打通，也没人上门回复），这次请务必联系上，打不通就上门看看"
)

// remindCalls stores a worker's call tasks with the messages about them,
// in one commit. The worker gets one list a day at most, naming all his
// tasks, and only on a day it has news: a new task, a missed call to try
// again, a visit still pending, or a task last listed
// outreach.remind_again ago (by care tier: an overdue quarterly call is
// not listed daily; once the grid leader was told of it, only
// outreach.tell_leader_after ago). Each task left unlogged outreach.tell_leader_after
// (by care tier) is mentioned to its grid leader, naming the worker, and
// again each care interval it stays unlogged. worker is the address that
// reaches him (workerOf). sent reports whether his list went out, every
// task stored with it.
func (j *jobs) remindCalls(ctx context.Context, sc storage.Scope, at time.Time, worker string, cover *awayCover, items []callItem) (sent bool, err error) {
	day := j.startOfDay(at)
	listed := slices.ContainsFunc(items, func(it callItem) bool { return !it.C.RemindedAt.Before(day) })
	send := !listed && slices.ContainsFunc(items, func(it callItem) bool { return j.remindToday(it, at) })
	var out []bot.Outbound
	to := worker // who phones: the worker, or who covers for him while he is away
	if cover != nil {
		to = cover.to
	}
	if send {
		slices.SortStableFunc(items, func(a, b callItem) int { return a.rank() - b.rank() })
		text := j.callList(items)
		if cover != nil {
			text = j.texts.Render("call.cover", map[string]any{"Worker": worker, "Last": cover.away.LastDay(), "Now": at}) + "\n" + text
		}
		out = append(out, private(to, text))
	}
	// A visit still pending chases the grid leader each morning, whether
	// or not the worker's list goes out (it names the visit to him once:
	// remindToday); RemindedAt says it was chased today.
	chased := map[int]bool{}
	for i, it := range items {
		if !it.Visit || listed {
			continue
		}
		last := it.C.VisitAsks+1 >= j.Config.Outreach.VisitReminders // tomorrow, unlogged, the township hears
		for _, l := range j.People.InGrid(it.C.Village, it.C.Grid, village.RoleLeader) {
			out = append(out, private(j.address(l), j.texts.Render("call.visit.again", map[string]any{"C": it.C, "Relays": it.Relays, "Last": last, "Now": at})))
		}
		items[i].C.VisitAsks++
		items[i].C.RemindedAt, chased[i] = at, true
	}
	if send {
		for i, it := range items {
			items[i].C.RemindedAt, items[i].C.RelayBy = at, time.Time{}
			if it.By != nil && len(it.C.NoticeIDs()) > 0 {
				items[i].C.RelayBy = *it.By // as the list says: no retry past it
			}
		}
	}
	told, tell := j.tellLeaders(at, to, items)
	out = append(out, tell...)
	if len(out) == 0 {
		return false, nil
	}
	var docs []storage.Doc
	for i, it := range items {
		if !send && !told[i] && !chased[i] {
			continue // unchanged
		}
		d, err := storage.CallDoc(it.C)
		if err != nil {
			return false, err
		}
		docs = append(docs, d)
		if send && it.Expired != nil { // closed with the task that replaces it, or not at all
			d, err := storage.CallDoc(*it.Expired)
			if err != nil {
				return false, err
			}
			docs = append(docs, d)
		}
	}
	if _, err := j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("calls", at, worker), Docs: docs, Out: out}); err != nil {
		return false, err
	}
	return send, nil
}

// keptAways are the absences kept for the workers of village v (one
// read each: a monthly job), for the coverage report's note.
func (j *jobs) keptAways(ctx context.Context, v string) ([]village.Away, error) {
	var out []village.Away
	for _, p := range j.People.All() {
		if p.Village != v || !p.Has(village.RoleWorker) {
			continue
		}
		b, err := j.Store.Asked(ctx, storage.VillageScope(v), village.AwayKey(p.Key()))
		if errors.Is(err, storage.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, village.Aways(b)...)
	}
	return out, nil
}

// awayCover is who covers for a worker away (village.Away) today.
type awayCover struct {
	to   string // his address
	away village.Away
}

// relaying reports whether some, and whether every one, of items passes
// a notice or warning on (callItem.Relays: still worth passing on): the
// list then says how to log that it was, 「已通 已转告」 (call.logas), which
// the follow-up asks after a missed call. village.Relaying is the same of
// stored calls.
func relaying(items []callItem) (some, each bool) {
	passes := func(it callItem) bool { return it.Relays != "" }
	return slices.ContainsFunc(items, passes), len(items) > 0 && !slices.ContainsFunc(items, func(it callItem) bool { return !passes(it) })
}

// warningsOf names the severe-weather warnings among ns, each kind once,
// in order ("寒潮、大风"); "" when none.
func warningsOf(ns []relayNotice) string {
	var kinds []string
	for _, n := range ns {
		if n.Warning != "" && !slices.Contains(kinds, n.Warning) {
			kinds = append(kinds, n.Warning)
		}
	}
	return strings.Join(kinds, "、")
}

// warningsOnly reports whether every one of ns (at least one) is a
// severe-weather warning.
func warningsOnly(ns []relayNotice) bool {
	return len(ns) > 0 && !slices.ContainsFunc(ns, func(n relayNotice) bool { return n.Warning == "" })
}

// listWarn names the warnings of a list's calls, each kind once, for its
// header ("寒潮、大风"); "" when none.
func listWarn(items []callItem) string {
	var kinds []string
	for _, it := range items {
		for k := range strings.SplitSeq(it.Warn, "、") {
			if k != "" && !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
	}
	return strings.Join(kinds, "、")
}

// callList is the worker's message listing items.
func (j *jobs) callList(items []callItem) string {
	switch {
	case len(items) > 1:
		// Each: every call passes something on, logged 「已通 已转告」
		// (call93); Relays: some do (call.logas)
		data := map[string]any{"Items": items, "Warn": listWarn(items)}
		data["Relays"], data["Each"] = relaying(items)
		// a time to call by that every call with one shares is said once,
		// at the top; times that differ are said with each call
		var by *time.Time
		for _, it := range items {
			switch {
			case it.By == nil:
			case by == nil:
				by = it.By
			case !by.Equal(*it.By):
				by = nil
				data["Lines"], data["Common"] = j.listLines(items, false)
				return j.texts.Render("call.list", data)
			}
		}
		data["By"] = by
		shared := items[0].Relays
		if shared != "" && !slices.ContainsFunc(items, func(it callItem) bool { return it.Relays != shared }) {
			data["Shared"] = shared // the same notices on every call: said once, below the list
			data["Parts"] = items[0].Parts
		}
		data["Lines"], data["Common"] = j.listLines(items, data["Shared"] != nil)
		return j.texts.Render("call.list", data)
	case items[0].Visit:
		return j.texts.Render("call.visit.worker", map[string]any{"Items": items})
	case items[0].Retry:
		return j.texts.Render("call.retry", items[0])
	}
	return j.texts.Render("call.remind", items[0])
}

// listLines are what each line of a list of items says it is about,
// besides the elder: the warning it passes on (call.part.warn), then its
// topic; when every call passes the same notices on (shared: quoted once
// below the list) its own topic instead, or 「转告下面的通知」 when it has
// none. A part every line says alike is left off the lines and said once,
// common (call97: a warning's list of ten elders repeated 「寒潮预警：转告
// 预警，问问取暖…；例行问候：…」 on every line); a common 「转告下面的通知」
// is not said at all: the list's 每位都要转告 says it.
func (j *jobs) listLines(items []callItem, shared bool) (lines []string, common string) {
	const parts = 2 // the warning's, the topic
	below := j.texts.Render("call.part.notice", nil)
	say := make([][parts]string, len(items))
	for i, it := range items {
		if it.Warn != "" {
			say[i][0] = j.texts.Render("call.part.warn", map[string]any{"Warn": it.Warn, "Below": shared, "Only": it.WarnOnly})
		}
		switch {
		case !shared:
			say[i][1] = it.Topic
		case it.Own != "":
			say[i][1] = it.Own
		case !it.WarnOnly:
			say[i][1] = below
		}
	}
	var once []string
	for k := range parts {
		first := say[0][k]
		if len(items) < 2 || first == "" || slices.ContainsFunc(say, func(s [parts]string) bool { return s[k] != first }) {
			continue
		}
		if first != below {
			once = append(once, first)
		}
		for i := range say {
			say[i][k] = ""
		}
	}
	for _, s := range say {
		lines = append(lines, strings.Trim(s[0]+"；"+s[1], "；"))
	}
	return lines, strings.Join(once, "；")
}

// rank orders a worker's list: pending visits, missed calls to try
// again, overdue calls (and those replacing calls not made), then the new
// ones.
func (it callItem) rank() int {
	switch {
	case it.Visit:
		return 0
	case it.Retry:
		return 1
	case it.Late > 0 || it.Unmade > 0:
		return 2
	}
	return 3
}

// remindToday reports whether it alone is news enough to send the
// worker's list today.
func (j *jobs) remindToday(it callItem, at time.Time) bool {
	switch {
	case it.C.RemindedAt.IsZero() || it.Extra:
		return true
	case it.Visit && it.C.LoggedAt.After(it.C.RemindedAt):
		// missed again and the leader asked to visit: the worker hears
		// so once; the leader is chased each morning (remindCalls)
		return true
	case it.Retry && it.C.LoggedAt.After(it.C.RemindedAt):
		return true // missed since it was last listed: try again today
	case len(it.C.Notices) > 0:
		// a notice still to pass on (planCall keeps only those) cannot
		// wait for the tier's next reminder: its day comes first
		return true
	}
	// once the leader knows and follows it up, the worker's own
	// reminders back off to the leader's pace instead of nagging on
	again := j.Config.Outreach.ListedAgain(it.C)
	return time.Duration(j.days(it.C.RemindedAt, at))*24*time.Hour >= again
}

// tellLeaders marks, in items, the tasks left unlogged too long to tell
// their grid leader about (tellLeader), and returns which it marked and one message
// per leader naming the worker and the people. A leader is not told about
// his own calls.
func (j *jobs) tellLeaders(at time.Time, worker string, items []callItem) (map[int]bool, []bot.Outbound) {
	told := map[int]bool{}
	var leaders []string
	byLeader := map[string][]callItem{}
	for i := range items {
		it := &items[i]
		if it.Visit || it.C.ID == "" || !j.tellLeader(it.C, at) {
			continue
		}
		for _, l := range j.People.InGrid(it.C.Village, it.C.Grid, village.RoleLeader) {
			if j.address(l) == worker {
				continue
			}
			to := j.address(l)
			if byLeader[to] == nil {
				leaders = append(leaders, to)
			}
			byLeader[to] = append(byLeader[to], *it)
			it.C.LeaderToldAt, told[i] = at, true
		}
	}
	var out []bot.Outbound
	for _, l := range leaders {
		for k, it := range byLeader[l] {
			byLeader[l][k].Late = j.days(it.C.Waiting(), at)
		}
		data := map[string]any{"Worker": worker, "Items": byLeader[l]}
		data["Relays"], data["Each"] = relaying(byLeader[l]) // how the worker logs them (call.logas, call94)
		if len(byLeader[l]) == 1 {
			data["Callee"] = byLeader[l][0].C.Person // one elder: her name in the log to send
		}
		out = append(out, private(l, j.texts.Render("call.late.leader", data)))
	}
	return told, out
}

// tellLeader reports whether the grid leader is to hear of c at at: once
// it waited outreach.tell_leader_after, and again each care interval it
// waits after that (a weekly call not made for a month is four missed
// calls, not one).
func (j *jobs) tellLeader(c village.Call, at time.Time) bool {
	o := j.Config.Outreach
	if c.LeaderToldAt.IsZero() {
		return time.Duration(j.days(c.Waiting(), at))*24*time.Hour >= o.TellLeaderAfter.For(c.Care)
	}
	every := village.CareInterval(c.Care, o.High.Std(), o.Focus.Std(), o.Normal.Std())
	return every > 0 && time.Duration(j.days(c.LeaderToldAt, at))*24*time.Hour >= every
}

// days is the number of calendar days from from's day to to's day.
func (j *jobs) days(from, to time.Time) int {
	f, t := from.In(j.loc), to.In(j.loc)
	a := time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, time.UTC)
	b := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return int(b.Sub(a) / (24 * time.Hour))
}

// coverage posts last month's call coverage per grid to the township. It
// counts the people without WeChat who were due that month: reached in it,
// given a call task in it, or due by their care interval (a quarterly
// 一般 elder called in November is not due in December). A village with
// no call task before the month ended (the bot was deployed since) is
// left out: its 0% would blame workers for a month nobody was asked to
// call.
func (j *jobs) coverage(ctx context.Context, at, now time.Time) error {
	start, end, month := j.lastMonth(at)
	var rows []coverage.Row
	var pending []village.Call // the calls still to make to those left: how they are logged (call.logas, call94)
	for _, v := range j.Config.Villages {
		all, err := j.Store.Calls(ctx, storage.VillageScope(v.Name), storage.CallsAll)
		if err != nil {
			return err
		}
		tally, ok := coverage.Calls(all, coverage.Month{Start: start, End: end, Loc: j.loc})
		if !ok {
			// no call task before the month ended: the bot did not run
			// the village's calls then (deployed since), nothing to report
			continue
		}
		vrows := coverage.Rows(j.People, j.Config.Outreach, v, tally, "")
		aways, err := j.keptAways(ctx, v.Name)
		if err != nil {
			return err
		}
		coverage.NoteAway(vrows, j.People, aways, coverage.Month{Start: start, End: end, Loc: j.loc})
		rows = append(rows, vrows...)
		pending = append(pending, coverage.Pending(all, vrows)...)
	}
	if len(rows) == 0 {
		return nil
	}
	total, short, missed := coverage.Total(rows)
	data := map[string]any{"Month": month, "Rows": rows, "Total": total, "AllReached": total.Reached == total.Due && !short, "Missed": missed}
	data["Relays"], data["Each"] = village.Relaying(pending)
	text := j.textsFor(j.Config.Township.OfficeChat).Render("coverage", digestTime(data, at, now))
	return j.post(ctx, storage.TownshipScope(j.Config.Township.Name), runID("coverage", at),
		group(j.Config.Township.OfficeChat, text, bot.Bulk))
}
