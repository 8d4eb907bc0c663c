package scheduler

// The points jobs: 公示 (publicity) on the 1st, finalising items whose
// objection window closed, the year-end ranking with honours and the
// clearing of unspent points, and the reminder a month before. Each run's
// change in a village is one commit deduplicated by the run id, so a
// re-run of an occurrence changes nothing twice.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/robfig/cron/v3"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/storage"
	"gridbot/village"
)

// pointsJobs are the points system's scheduled jobs.
func (j *jobs) pointsJobs() []Job {
	sc := j.Config.Points.Schedules
	return []Job{
		// KeepMissed: however long the bot was down, a month's 公示 and
		// the year's ranking and clearing run, in order with each day's
		// finalise, so that every point lands in its year once.
		{Name: "points_finalise", Label: "积分生效", Spec: sc.Finalise, Run: j.daytime(j.pointsFinalise, true), KeepMissed: true},
		{Name: "points_publicity", Label: "积分公示", Spec: sc.Publicity, Run: j.daytime(j.pointsPublicity, true), KeepMissed: true},
		{Name: "points_year_end", Label: "年终积分排行", Spec: sc.YearEnd, Run: j.daytime(j.pointsYearEnd, true), KeepMissed: true},
		{Name: "points_reminder", Label: "年底兑换提醒", Spec: sc.Reminder, Run: j.daytime(j.pointsReminder, true), KeepMissed: true},
		{Name: "points_last_call", Label: "清零前一周私信提醒", Spec: sc.LastCall, Run: j.daytime(j.pointsLastCall, true)},
	}
}

// toGrid renders block for a grid group (toGroup) and masks all of it
// (village.Mask), not only the villager's words short repeats: a 公示 or a
// ranking, read by every villager, names people, households and items,
// and no phone, ID-card or bank number may ride along in a name from the
// register, an item as recorded or a label.
func (j *jobs) toGrid(chat, block string, data any, prio bot.Priority) bot.Outbound {
	o := j.toGroup(chat, block, data, prio)
	o.Text = village.Mask(o.Text)
	return o
}

// conflictRetries bounds how often a village's change is re-read and
// retried when a command changed one of its documents meanwhile.
const conflictRetries = 3

// eachVillage runs fn for every village, retrying conflicts, and joins the
// errors so that one village's failure does not stop the others.
func (j *jobs) eachVillage(fn func(vc config.Village, sc storage.Scope) error) error {
	var errs []error
	for _, vc := range j.Config.Villages {
		sc := storage.VillageScope(vc.Name)
		var err error
		for range conflictRetries {
			if err = fn(vc, sc); !errors.Is(err, storage.ErrConflict) {
				break
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", vc.Name, err))
		}
	}
	return errors.Join(errs...)
}

// households are a village's households by 户号.
func (j *jobs) households(v string) ([]village.HouseholdInfo, map[string]village.HouseholdInfo) {
	hs := village.Households(j.People.All(), v, j.Config.Points.AverageRule())
	m := make(map[string]village.HouseholdInfo, len(hs))
	for _, h := range hs {
		m[h.Household] = h
	}
	return hs, m
}

// publicityPeriod is the period a 公示 at time at covers: everything
// approved before cut (the start of the current month or quarter), named
// by the period just ended.
func (j *jobs) publicityPeriod(at time.Time) (cut time.Time, label string) {
	t := at.In(j.loc)
	if j.Config.Points.Publicity.Cadence == "quarterly" {
		q := (int(t.Month()) - 1) / 3
		cut = time.Date(t.Year(), time.Month(q*3+1), 1, 0, 0, 0, 0, j.loc)
		prev := cut.AddDate(0, -3, 0)
		return cut, fmt.Sprintf("%d年第%d季度", prev.Year(), (int(prev.Month())-1)/3+1)
	}
	_, cut, label = j.lastMonth(at)
	return cut, label
}

// publicRow is one line of a 公示 post.
type publicRow struct {
	C     village.Claim
	Label string
}

// pointsPublicity posts the 公示: in each grid group, that grid's approved
// items not yet published, with how to object; the objection window opens.
func (j *jobs) pointsPublicity(ctx context.Context, at, now time.Time) error {
	cut, label := j.publicityPeriod(at)
	window := j.Config.Points.Publicity.Window.Std()
	// Every month missed (downtime, a replay's catch-up) gets its list;
	// the reviewers' reminder, about claims waiting now, only the latest.
	latest := j.latestDue(j.Config.Points.Schedules.Publicity, at, now)
	ends, moved := j.publicityEnds(window, at, now)
	return j.eachVillage(func(vc config.Village, sc storage.Scope) error {
		items, err := j.unpublishedClaims(ctx, sc, cut)
		if err != nil {
			return err
		}
		_, byID := j.households(vc.Name)
		var nudges []bot.Outbound
		if latest {
			if nudges, err = j.stalePending(ctx, sc, vc.Name, cut, at, now, byID); err != nil {
				return err
			}
		}
		if len(items) == 0 && len(nudges) == 0 {
			return nil
		}
		slices.SortFunc(items, func(a, b village.Claim) int { return cmp.Compare(claimNumber(a.ID), claimNumber(b.ID)) })
		rows := map[string][]publicRow{}
		var docs []storage.Doc
		var early []bot.Outbound
		for _, c := range items {
			d, objectors, err := j.publishClaim(&c, label, at, now, ends)
			if err != nil {
				return err
			}
			docs = append(docs, d)
			rows[c.Grid] = append(rows[c.Grid], publicRow{C: c, Label: labelOf(byID, c.Household)})
			early = append(early, objectors...)
		}
		// Not a summary (bot.Bulk), which a reply queued after it would
		// overtake: an 异议 against one of its items must not be answered
		// before the list is out. One message per grid group, as before.
		var out []bot.Outbound
		for _, g := range vc.Grids {
			if len(rows[g.Name]) == 0 {
				continue
			}
			out = append(out, j.toGrid(g.Group, "points.publicity", map[string]any{
				"Village": vc.Name, "Grid": g.Name, "Label": label, "Rows": rows[g.Name], "Ends": ends, "Moved": moved, "Now": now,
				"Days":     int(window / (24 * time.Hour)),
				"NameVeto": j.Config.Points.Publicity.NamesVeto(),
				// items approved after the year-end run count in the next
				// year (config.Points.Period): their rows say so
				"Year": strconv.Itoa(cut.AddDate(0, 0, -1).Year()),
			}, bot.Normal))
		}
		out = append(append(out, early...), nudges...)
		_, err = j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("points_publicity", at, vc.Name), Docs: docs,
			Audit: storage.Audit{At: at, By: "积分公示", Action: "points.publish", Note: fmt.Sprintf("%s %d项", label, len(items))},
			Out:   out})
		return err
	})
}

// publicityEnds is when the objection window of the 公示 run for the
// occurrence at closes, and the day it would have closed when that fell
// on a day off (zero otherwise).
//
// The window counts its days from the day villagers see the post, even
// when it went out days late, and closes at the occurrence's hour
// ("到12月8日 09:00止"), not at the minute the run came: one posted
// seconds, a minute or hours late still ends at 09:00, where the daily
// 09:00 finalise (which judges by its own occurrence) makes it final,
// not a day later than the post says. One that would run out on a day
// off (as the SLA counts them) runs to the end of the next working day.
func (j *jobs) publicityEnds(window time.Duration, at, now time.Time) (ends, moved time.Time) {
	full := at.Add(window).AddDate(0, 0, j.daysLate(at, now)).Truncate(time.Minute)
	ends = j.Config.Calendar().WorkingEnd(full)
	if !ends.Equal(full) {
		moved = full
	}
	return ends, moved
}

// unpublishedClaims are the scope's approved or objected claims decided
// before cut and not yet in a 公示.
func (j *jobs) unpublishedClaims(ctx context.Context, sc storage.Scope, cut time.Time) ([]village.Claim, error) {
	var items []village.Claim
	for _, st := range []village.ClaimStatus{village.ClaimApproved, village.ClaimObjected} {
		cs, err := storage.Claims(ctx, j.Store, sc, storage.ClaimIndex(st))
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if c.PublishedAt.IsZero() && c.DecidedAt.Before(cut) {
				items = append(items, c)
			}
		}
	}
	return items, nil
}

// publishClaim puts c in the 公示 labelled label, its window ending at
// ends: the claim's document to store, and the private word to each who
// objected before the list that now is the time to object.
func (j *jobs) publishClaim(c *village.Claim, label string, at, now, ends time.Time) (storage.Doc, []bot.Outbound, error) {
	from, err := c.Apply(village.ClaimPublish, "积分公示", at, label)
	if err != nil {
		return storage.Doc{}, nil, err
	}
	c.PublishedAt, c.WindowEnds, c.Publication = now, ends, label
	d, err := storage.ClaimDoc(*c, from)
	if err != nil {
		return storage.Doc{}, nil, err
	}
	var early []bot.Outbound
	for _, o := range c.EarlyObjectors() {
		// who objected before the list hears that now is the time
		// to object and freeze it (QA points3)
		early = append(early, private(o, j.texts.Render("points.publicity.early", map[string]any{"C": *c, "Ends": ends, "Now": now})))
	}
	return d, early, nil
}

// staleMax is how many claims one stale-claims note lists.
const staleMax = 10

// stalePending tells each reviewer, privately, the claims he reviews that
// were made before cut (last month or earlier) and still wait for him: the
// @mention when they were made has long scrolled away. When the year ends
// before the next 公示, he hears that the year's ranking is corrected for
// claims decided after it (they count in the year they were made,
// config.Points.EarnedPeriod); after it, which of them are last year's.
func (j *jobs) stalePending(ctx context.Context, sc storage.Scope, v string, cut, at, now time.Time, byID map[string]village.HouseholdInfo) ([]bot.Outbound, error) {
	return j.pendingNudges(ctx, sc, v, cut, false, at, now, byID)
}

// pendingNudges are stalePending's notes, of the claims made before cut;
// all: every claim waiting now (the year's last call), not only last
// month's and before.
func (j *jobs) pendingNudges(ctx context.Context, sc storage.Scope, v string, cut time.Time, all bool, at, now time.Time, byID map[string]village.HouseholdInfo) ([]bot.Outbound, error) {
	cs, err := storage.Claims(ctx, j.Store, sc, storage.ClaimIndex(village.ClaimPending))
	if err != nil {
		return nil, err
	}
	slices.SortFunc(cs, func(a, b village.Claim) int { return a.CreatedAt.Compare(b.CreatedAt) })
	cs = slices.DeleteFunc(cs, func(c village.Claim) bool { return !c.CreatedAt.Before(cut) })
	names, rows := j.byReviewer(cs, byID)
	yearEnd := ahead(j.yearEndFirst(at), now)
	var out []bot.Outbound
	for _, name := range names {
		rs := rows[name]
		// claims of a closed year still count in it when decided
		// (config.Points.EarnedPeriod): say which year
		earlier := ""
		if p := j.Config.Points.EarnedPeriod(rs[0].C.CreatedAt, now.In(j.loc)); p[:4] < strconv.Itoa(j.Config.Points.Year(now.In(j.loc))) {
			earlier = p[:4]
		}
		out = append(out, private(name, j.texts.Render("points.stale", map[string]any{"Village": v, "N": len(rs),
			"Rows": rs[:min(len(rs), staleMax)], "More": max(len(rs)-staleMax, 0), "YearEnd": yearEnd, "Now": now,
			"Earlier": earlier, "All": all})))
	}
	return out, nil
}

// byReviewer are claims cs, in their order, under each of their
// reviewers (village.Reviewers), who are named in the order first met.
func (j *jobs) byReviewer(cs []village.Claim, byID map[string]village.HouseholdInfo) (names []string, rows map[string][]publicRow) {
	rows = map[string][]publicRow{}
	for _, c := range cs {
		for _, r := range village.Reviewers(j.People.InGrid, c.Village, c.Grid, c.Household) {
			if rows[r.Name] == nil {
				names = append(names, r.Name)
			}
			rows[r.Name] = append(rows[r.Name], publicRow{C: c, Label: labelOf(byID, c.Household)})
		}
	}
	return names, rows
}

// latestDue reports whether at is the latest occurrence of spec due by
// now: no later one has come while it waited to run.
func (j *jobs) latestDue(spec string, at, now time.Time) bool {
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return true
	}
	return sched.Next(at.In(j.loc)).After(now)
}

// yearEndFirst is the next year-end run when it comes before the next
// 公示 (a decision made after it counts in the new year); zero otherwise.
func (j *jobs) yearEndFirst(at time.Time) time.Time {
	sc := j.Config.Points.Schedules
	yearEnd, err1 := cron.ParseStandard(sc.YearEnd)
	publicity, err2 := cron.ParseStandard(sc.Publicity)
	if err1 != nil || err2 != nil { // "off"
		return time.Time{}
	}
	t := at.In(j.loc)
	if when := yearEnd.Next(t); when.Before(publicity.Next(t)) {
		return when
	}
	return time.Time{}
}

// daysLate is how many calendar days (in the township's zone) a run at
// now comes after its occurrence at.
func (j *jobs) daysLate(at, now time.Time) int {
	day := func(t time.Time) time.Time {
		t = t.In(j.loc)
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	return int(day(now).Sub(day(at)) / (24 * time.Hour))
}

// ahead is deadline when it is still to come at now, zero when it has
// passed: a run that comes late (downtime, a clock jump) names no
// deadline nobody can meet any more.
func ahead(deadline, now time.Time) time.Time {
	if deadline.After(now) {
		return deadline
	}
	return time.Time{}
}

func labelOf(byID map[string]village.HouseholdInfo, household string) string {
	if h, ok := byID[household]; ok {
		return h.Label()
	}
	return household
}

func claimNumber(id string) int {
	n, _ := strconv.Atoi(id[min(1, len(id)):])
	return n
}

// pointsFinalise makes final every published item whose objection window
// has closed without an open objection: its points become redeemable.
// Items still under objection wait for 维持 or 撤销.
func (j *jobs) pointsFinalise(ctx context.Context, at, now time.Time) error {
	var offices []map[string]any
	err := j.eachVillage(func(vc config.Village, sc storage.Scope) error {
		office, err := j.finaliseVillage(ctx, vc, sc, at, now)
		if office != nil {
			offices = append(offices, office)
		}
		return err
	})
	if len(offices) == 0 {
		return err
	}
	office := j.textsFor(j.Config.Township.OfficeChat).Render("points.honours.final.office", map[string]any{"Year": offices[0]["Year"], "Villages": offices})
	ts := storage.TownshipScope(j.Config.Township.Name)
	return errors.Join(err, j.post(ctx, ts, runID("points_finalise", at, "office"),
		group(j.Config.Township.OfficeChat, office, bot.Bulk)))
}

// finaliseVillage is pointsFinalise in one village, in one commit: it
// returns the village's line in the township's 「荣誉户已确定」 post when
// the run settled the closed year's honours (nil otherwise, and on error).
func (j *jobs) finaliseVillage(ctx context.Context, vc config.Village, sc storage.Scope, at, now time.Time) (office map[string]any, err error) {
	r, err := j.finaliseRead(ctx, sc, at)
	if err != nil {
		return nil, err
	}
	// the closed year's honours, named 暂定 at its end, settled now
	settled, unsettled, err := j.honoursSettled(ctx, sc, vc, at, slices.Concat(r.approved, r.objected), r.due, r.held)
	if err != nil {
		return nil, err
	}
	if len(r.due) == 0 && len(r.held) == 0 && settled == nil {
		return nil, nil
	}
	accts, err := storage.Accounts(ctx, j.Store, sc)
	if err != nil {
		return nil, err
	}
	f := &finalising{id: runID("points_finalise", at, vc.Name), at: at, now: now, accts: accts, changed: map[string]bool{},
		grids: map[string]*finalTally{}, clears: ahead(j.clearsSoon(at), now), cleared: j.clearedMeanwhile(at, now)}
	for _, c := range r.due {
		if err := f.finalise(c); err != nil {
			return nil, err
		}
	}
	for _, c := range r.held {
		if err := f.hold(c); err != nil {
			return nil, err
		}
	}
	f.accountDocs()
	f.docs = append(f.docs, unsettled...)
	out := j.finaliseOut(vc, f.grids)
	note := fmt.Sprintf("%d项", len(r.due))
	if settled != nil {
		// after the points it speaks of are said final
		f.docs = append(f.docs, settled.doc)
		out = append(out, settled.out...)
		note += fmt.Sprintf("；%s年荣誉户已确定", settled.year)
	}
	_, err = j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: f.id, Docs: f.docs, Incr: f.incr,
		Audit: storage.Audit{At: at, By: "公示期满", Action: "points.finalise", Note: note},
		Out:   out})
	if err != nil || settled == nil {
		return nil, err
	}
	return settled.office, nil
}

// finaliseClaims are a village's claims as a finalise run reads them.
type finaliseClaims struct {
	approved, objected []village.Claim // as read
	// due: of approved, published and their window closed: made final
	due []village.Claim
	// held: of objected, published and their window closed, and the
	// group not yet told they wait for 维持 or 撤销
	held []village.Claim
}

// finaliseRead reads the village's approved and objected claims and
// picks those the run at makes final or holds.
func (j *jobs) finaliseRead(ctx context.Context, sc storage.Scope, at time.Time) (r finaliseClaims, err error) {
	closed := func(c village.Claim) bool { return !c.PublishedAt.IsZero() && !at.Before(c.WindowEnds) }
	if r.approved, err = storage.Claims(ctx, j.Store, sc, storage.ClaimIndex(village.ClaimApproved)); err != nil {
		return r, err
	}
	for _, c := range r.approved {
		if closed(c) {
			r.due = append(r.due, c)
		}
	}
	if r.objected, err = storage.Claims(ctx, j.Store, sc, storage.ClaimIndex(village.ClaimObjected)); err != nil {
		return r, err
	}
	// Frozen items whose window closed wait for 维持 or 撤销: the group
	// hears so once, also when nothing else became final.
	for _, c := range r.objected {
		if closed(c) && c.HeldAt.IsZero() {
			r.held = append(r.held, c)
		}
	}
	return r, nil
}

// finalTally is what a grid's 「积分生效」 post says (points.final).
type finalTally struct {
	N, Points   int
	Upheld      int // of N, items objected to and upheld by the scorers
	Publication string
	Objected    []string
	Clears      time.Time // when unspent points are cleared, if the reminder has already gone out
	// Cleared is the year-end clearing this late run comes after:
	// the points it makes final are not cleared
	Cleared time.Time
	Now     time.Time // when the post is read: its dates' year (clockIn)
}

// finalising is a village's finalise commit being put together: the
// documents and counters it writes, the accounts it changes, and what
// each grid hears.
type finalising struct {
	id              string // the run's id, the ledger entries' source
	at, now         time.Time
	accts           map[string]village.Account // by household
	changed         map[string]bool            // households whose account changed
	clears, cleared time.Time                  // as in finalTally
	grids           map[string]*finalTally     // by grid name
	docs            []storage.Doc
	incr            []storage.Incr
}

// grid is the tally of grid g, started empty.
func (f *finalising) grid(g string) *finalTally {
	if f.grids[g] == nil {
		f.grids[g] = &finalTally{Clears: f.clears, Cleared: f.cleared, Now: f.now}
	}
	return f.grids[g]
}

// finalise makes c final: its points are posted to the household's
// account and counted for its grid's post.
func (f *finalising) finalise(c village.Claim) error {
	acct, ok := f.accts[c.Household]
	if !ok {
		return fmt.Errorf("points: finalise %s: household %s has no account", c.ID, c.Household)
	}
	from, err := c.Apply(village.ClaimFinalise, "公示期满", f.at, "")
	if err != nil {
		return err
	}
	e := c.Entry(from, f.id)
	if err := acct.Post(e); err != nil {
		return err
	}
	f.accts[c.Household], f.changed[c.Household] = acct, true
	d, err := storage.ClaimDoc(c, from)
	if err != nil {
		return err
	}
	f.docs = append(f.docs, d, storage.LedgerDoc(e))
	if !f.cleared.IsZero() && c.Points > 0 {
		// spendable only now, after the clearing was due: it
		// leaves these points to the next year
		f.incr = append(f.incr, storage.Incr{Hash: storage.KeptHash(strconv.Itoa(village.ClosedYear(f.cleared))), Field: c.Household, By: int64(c.Points)})
	}
	g := f.grid(c.Grid)
	g.N++
	if c.ObjectedBy != "" {
		g.Upheld++ // not "无异议": an objection was settled
	}
	g.Points += c.Points
	g.Publication = c.Publication
	return nil
}

// hold marks c, frozen by an objection past its window, as said to wait
// for 维持 or 撤销 in its grid's post.
func (f *finalising) hold(c village.Claim) error {
	c.HeldAt = f.at
	d, err := storage.ClaimDoc(c, c.Status)
	if err != nil {
		return err
	}
	f.docs = append(f.docs, d)
	g := f.grid(c.Grid)
	g.Objected = append(g.Objected, c.ID)
	g.Publication = cmp.Or(g.Publication, c.Publication)
	return nil
}

// accountDocs adds the changed accounts to the commit, in household
// order.
func (f *finalising) accountDocs() {
	hhs := make([]string, 0, len(f.changed))
	for hh := range f.changed {
		hhs = append(hhs, hh)
	}
	slices.Sort(hhs)
	for _, hh := range hhs {
		f.docs = append(f.docs, storage.AccountDoc(f.accts[hh]))
	}
}

// finaliseOut are the 「积分生效」 posts of the grids that have a tally,
// in the village's grid order. Not a summary (bot.Bulk), which a reply
// queued after it would overtake: it says the points may be spent now,
// so it goes out before the reply to a redemption that spends them.
func (j *jobs) finaliseOut(vc config.Village, grids map[string]*finalTally) []bot.Outbound {
	var out []bot.Outbound
	for _, g := range vc.Grids {
		if t := grids[g.Name]; t != nil {
			out = append(out, j.toGrid(g.Group, "points.final", t, bot.Normal))
		}
	}
	return out
}

// settledHonours is what a finalise run changes and posts when it finds
// every point of the closed year final.
type settledHonours struct {
	year   string
	doc    storage.Doc
	out    []bot.Outbound
	office map[string]any // the village's line in the township's post
}

// honoursSettled is the closed year's archived ranking marked settled,
// with the posts that say its honours are final, when the year-end post
// named them 暂定 and no claim of that year is left unsettled among
// claims (the approved and objected ones read) once due are made final;
// nil otherwise. Run by run, the first that finds the year settled (a
// settlement by the scorers may have been the last) posts it, once: the
// archive says it was told, and the commit is the run's.
//
// When the year's other claims are still to settle and the run makes
// some of that year's claims final, unsettled are those others as read
// (storage.StillUnsettled; not held, which the run writes), for the
// run's commit to check: a scorer's 维持/撤销 of the year's last
// objected item committed between the run's reads and its commit found
// the run's items still in 公示 and left the honours 暂定; the run is
// then refused, made again, finds the year settled and posts it, as the
// scorer's settlement does when the run commits first.
func (j *jobs) honoursSettled(ctx context.Context, sc storage.Scope, vc config.Village, at time.Time, claims, due, held []village.Claim) (s *settledHonours, unsettled []storage.Doc, err error) {
	year := strconv.Itoa(j.Config.Points.Year(at.In(j.loc)) - 1)
	dueIDs := make([]string, len(due))
	ofYear := false
	for i, d := range due {
		dueIDs[i] = d.ID
		ofYear = ofYear || d.Year() == year
	}
	if storage.Unsettled(claims, year, dueIDs...) {
		if !ofYear {
			return nil, nil, nil // a settlement finds none of the run's open: it settles the year itself
		}
		for _, h := range held {
			dueIDs = append(dueIDs, h.ID)
		}
		unsettled, err = storage.StillUnsettled(claims, year, dueIDs...)
		return nil, unsettled, err // still in 公示 or under objection
	}
	y, ok, err := storage.Ranking(ctx, j.Store, sc, year)
	if err != nil || !ok {
		return nil, nil, err
	}
	_, byID := j.households(vc.Name)
	data, ok := y.Settle(at, func(hh string) string { return labelOf(byID, hh) })
	if !ok {
		return nil, nil, nil // final at the year end, or told by an earlier run or a scorer's settlement
	}
	s = &settledHonours{year: year, doc: storage.RankingDoc(y), office: data}
	if storage.NoHonours(data) {
		s.office = nil // none named at the year end, none now: nothing to tell
		return s, nil, nil
	}
	posted := y.Posted()
	for _, g := range vc.Grids {
		if posted[g.Name] {
			s.out = append(s.out, j.toGrid(g.Group, "points.honours.final", data, bot.Normal))
		}
	}
	return s, nil, nil
}

// clearedMeanwhile is the year-end clearing of unspent points due
// after at and by now, when a run of the occurrence at comes that late
// (downtime); zero otherwise, and when points are kept.
func (j *jobs) clearedMeanwhile(at, now time.Time) time.Time {
	pc := j.Config.Points
	if pc.YearEnd.Unspent != "clear" {
		return time.Time{}
	}
	sched, err := cron.ParseStandard(pc.Schedules.YearEnd)
	if err != nil { // "off"
		return time.Time{}
	}
	if when := sched.Next(at.In(j.loc)); !when.IsZero() && !when.After(now) {
		return when
	}
	return time.Time{}
}

// pointsYearEnd posts and archives the year's final ranking and honours
// list in every village (posted to the grids where someone has points),
// and clears unspent redeemable points when the configuration says so:
// points approved but not final yet (December's, published the next day)
// are not redeemable then, so they are not cleared and can be spent once
// final. The next year's ranking starts from zero: scores
// are kept per year.
func (j *jobs) pointsYearEnd(ctx context.Context, at, now time.Time) error {
	year := strconv.Itoa(village.ClosedYear(at.In(j.loc)))
	var all []village.Standing
	honoured := map[string][]village.Standing{}
	provisional := map[string]bool{} // honours named from points not final yet
	err := j.eachVillage(func(vc config.Village, sc storage.Scope) error {
		end, err := j.villageYearEnd(ctx, vc, sc, year, at, now)
		if err == nil {
			all = append(all, end.standings...)
			honoured[vc.Name] = end.honours
			provisional[vc.Name] = end.provisional
		}
		return err
	})
	return errors.Join(err, j.postYearEndOffice(ctx, at, year, all, honoured, provisional))
}

// yearEnd is what a village's year end closed: its standings, its
// honours, and whether they were named from points not final yet.
type yearEnd struct {
	standings, honours []village.Standing
	provisional        bool
}

// villageYearEnd posts and archives a village's final ranking of year
// and clears its unspent points when the configuration says so, in one
// commit.
func (j *jobs) villageYearEnd(ctx context.Context, vc config.Village, sc storage.Scope, year string, at, now time.Time) (yearEnd, error) {
	pc := j.Config.Points
	hs, byID := j.households(vc.Name)
	r, err := j.yearEndRead(ctx, sc, year)
	if err != nil {
		return yearEnd{}, err
	}
	standings := village.Rank(hs, r.totals, r.vetoed)
	honours := village.Honours(standings, pc.Ranking.HonourRule())
	open, objected, inWindow, upcoming := unsettled(r.objected, r.approved, year)
	pending := j.pendingOf(r.pending, year, at)
	arch := yearArchive(vc.Name, year, at, standings, honours, open, inWindow+upcoming)
	arch.Objected = objected
	id := runID("points_year_end", at, vc.Name)
	docs := []storage.Doc{storage.RankingDoc(arch)}
	// the grids where someone scored this year, or had points cleared,
	// get the year's ranking; a grid where nobody has any gets none
	scored := map[string]bool{}
	for _, s := range standings {
		if s.Total != 0 {
			scored[s.Grid] = true
		}
	}
	var c clearing
	if pc.YearEnd.Unspent == "clear" {
		if c, err = j.clearUnspent(ctx, sc, vc.Name, byID, year, at, id); err != nil {
			return yearEnd{}, err
		}
		docs = append(docs, c.docs...)
		for _, g := range c.grids {
			scored[g] = true
		}
	}
	data := map[string]any{"Year": year, "Village": vc.Name, "Top": village.Top(standings, pc.Ranking.Top), "Honours": honours, "HonourMin": pc.Ranking.HonourRule().MinAverage,
		"Cleared": c.points > 0, "Kept": len(c.kept) > 0, "Next": village.ClosedYear(at.In(j.loc)) + 1, "Open": open,
		"Publishing": inWindow + upcoming, "InWindow": inWindow, "Upcoming": upcoming, "NextPublicity": j.nextPublicity(at), "Now": now,
		"PublishNow": !j.nextPublicity(at).IsZero() && !j.nextPublicity(at).After(now), // run late: the 公示 follows at once
		"Keep":       pc.YearEnd.Unspent != "clear"}
	// Not a summary (bot.Bulk), as the 公示 is not: posted late after
	// downtime, it would come after January's 公示, which it says
	// follows, and after the replies that speak of the new year.
	// A grid where nobody scored but whose claims still wait for the
	// scorers, or whose points an objection froze, gets the short post:
	// what waits counts in the year, and its households would otherwise
	// hear nothing of the year end (pts91).
	var out []bot.Outbound
	for _, g := range vc.Grids {
		frozen := frozenOf(standings, objected, g.Name)
		data["Frozen"], data["Pending"], data["Grid"] = frozen, pending[g.Name], g.Name
		switch {
		case scored[g.Name]:
			out = append(out, j.toGrid(g.Group, "points.yearend", data, bot.Normal))
		case pending[g.Name] > 0 || len(frozen) > 0:
			out = append(out, j.toGrid(g.Group, "points.yearend.short", data, bot.Normal))
		}
	}
	_, err = j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: id, Docs: docs,
		Audit: storage.Audit{At: at, By: "年终排行", Action: "points.year_end",
			Note: fmt.Sprintf("%s年 荣誉户%d 清零%d户%d分", year, len(honours), c.households, c.points)},
		Out: out})
	return yearEnd{standings: standings, honours: honours, provisional: arch.Provisional}, err
}

// yearArchive is a village's archived ranking of year: provisional while
// claims are open (under objection) or still to be final (publishing).
func yearArchive(villageName, year string, at time.Time, standings, honours []village.Standing, open []string, publishing int) storage.YearRanking {
	arch := storage.YearRanking{Village: villageName, Year: year, At: at.Format(time.RFC3339), Standings: standings,
		Honours: []string{}, Open: open, Provisional: len(open) > 0 || publishing > 0,
		Publishing: publishing > 0}
	for _, h := range honours {
		arch.Honours = append(arch.Honours, h.Household)
	}
	if arch.Provisional {
		arch.Tentative = slices.Clone(arch.Honours)
	}
	return arch
}

// clearing is what the year-end clearing of a village's unspent points
// wrote.
type clearing struct {
	docs               []storage.Doc
	points, households int
	grids              []string         // the grids of the households cleared
	kept               map[string]int64 // households' points final only after the clearing was due
}

// clearUnspent clears each household's redeemable points of year, but
// those final only after the clearing was due, in the order of 户号.
func (j *jobs) clearUnspent(ctx context.Context, sc storage.Scope, villageName string, byID map[string]village.HouseholdInfo, year string, at time.Time, id string) (clearing, error) {
	var c clearing
	accts, err := storage.Accounts(ctx, j.Store, sc)
	if err != nil {
		return c, err
	}
	if c.kept, err = j.Store.Counters(ctx, sc, storage.KeptHash(year)); err != nil {
		return c, err
	}
	keys := make([]string, 0, len(accts))
	for hh := range accts {
		keys = append(keys, hh)
	}
	slices.Sort(keys)
	for _, hh := range keys {
		a := accts[hh]
		left := a.Redeemable() - int(c.kept[hh])
		if left <= 0 {
			continue
		}
		e := village.LedgerEntry{At: at, Village: villageName, Grid: byID[hh].Grid, Household: hh, Points: left,
			Period: year + "-12", Event: village.EventClear, By: "年终清零", Source: id, Note: year + "年未兑换积分清零"}
		if err := a.Post(e); err != nil {
			return c, err
		}
		c.docs = append(c.docs, storage.LedgerDoc(e), storage.AccountDoc(a))
		c.points += left
		c.households++
		c.grids = append(c.grids, byID[hh].Grid)
	}
	return c, nil
}

// postYearEndOffice tells the township office the year's best households
// across villages and each village's honours.
func (j *jobs) postYearEndOffice(ctx context.Context, at time.Time, year string, all []village.Standing, honoured map[string][]village.Standing, provisional map[string]bool) error {
	top := village.Top(village.Rerank(all), j.Config.Points.Ranking.Top)
	var villages []map[string]any
	for _, vc := range j.Config.Villages {
		villages = append(villages, map[string]any{"Name": vc.Name, "Honours": honoured[vc.Name], "Provisional": provisional[vc.Name]})
	}
	office := j.textsFor(j.Config.Township.OfficeChat).Render("points.yearend.office", map[string]any{"Year": year, "Top": top, "Villages": villages, "Grids": j.Config.SeveralGrids()})
	ts := storage.TownshipScope(j.Config.Township.Name)
	return j.post(ctx, ts, runID("points_year_end", at, "office"),
		group(j.Config.Township.OfficeChat, office, bot.Bulk))
}

// yearEndReading is what a village's year end decides on, read in one
// round trip (yearEndRead).
type yearEndReading struct {
	totals                      map[string]int64
	vetoed                      map[string]bool
	objected, approved, pending []village.Claim
}

// yearEndRead reads a village's tallies of year and its objected,
// approved and pending claims together: one round trip for the ranking,
// what is not final yet and what still waits for the scorers (pts90).
func (j *jobs) yearEndRead(ctx context.Context, sc storage.Scope, year string) (r yearEndReading, err error) {
	reads := []storage.DocsRead{
		{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimObjected)},
		{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimApproved)},
		{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimPending)},
	}
	docs, hs, err := j.Store.DocsAndCounters(ctx, sc, reads, storage.PointsHash(year), storage.VetoHash(year))
	if err != nil {
		return r, err
	}
	r.totals, r.vetoed = hs[0], storage.VetoedIn(hs[1])
	for i, into := range []*[]village.Claim{&r.objected, &r.approved, &r.pending} {
		if *into, err = storage.ClaimsIn(docs[i]); err != nil {
			return r, err
		}
	}
	return r, nil
}

// pendingOf counts, by grid, the claims still waiting for the scorers at
// the year-end run at that were made in year: approved later, they count
// in year all the same (config.Points.EarnedPeriod), and the year-end
// post says so (「另有 N 项申请还在审核，通过后也计入今年」). A claim made
// after the run (read late after downtime) is the next year's.
func (j *jobs) pendingOf(pending []village.Claim, year string, at time.Time) map[string]int {
	out := map[string]int{}
	for _, c := range pending {
		if c.CreatedAt.After(at) {
			continue
		}
		if strconv.Itoa(j.Config.Points.Year(c.CreatedAt.In(j.loc))) == year {
			out[c.Grid]++
		}
	}
	return out
}

// unsettled are the claims of a year not yet final at its end: open are
// frozen by an objection (the year-end post names them, and settling one
// corrects the archive); inWindow and upcoming count approved items
// whose 公示 is running or still to come, which an objection may still
// change.
func unsettled(frozen, approved []village.Claim, year string) (open []string, objected map[string]int, inWindow, upcoming int) {
	for _, c := range frozen {
		if c.Year() != year {
			continue
		}
		open = append(open, c.ID)
		if c.Points != 0 {
			if objected == nil {
				objected = map[string]int{}
			}
			objected[c.Household] += c.Points
		}
	}
	maps.DeleteFunc(objected, func(_ string, p int) bool { return p == 0 })
	for _, c := range approved {
		switch {
		case c.Year() != year:
		case c.PublishedAt.IsZero():
			upcoming++
		default:
			inWindow++
		}
	}
	return open, objected, inWindow, upcoming
}

// frozenOf are the households of grid with points under objection at the
// year end (objected, 户号 → points), in the order of the standings, for
// 「另有有异议待定的 N 分（未计入）」: only their own grid, where the items
// were published, hears of them, as only it hears a correction's number.
func frozenOf(standings []village.Standing, objected map[string]int, grid string) []map[string]any {
	var out []map[string]any
	for _, s := range standings {
		if p := objected[s.Household]; p != 0 && s.Grid == grid {
			out = append(out, map[string]any{"Label": s.Label(), "Points": p})
		}
	}
	return out
}

// nextPublicity is the first 公示 after at; zero when it is off.
func (j *jobs) nextPublicity(at time.Time) time.Time {
	sched, err := cron.ParseStandard(j.Config.Points.Schedules.Publicity)
	if err != nil {
		return time.Time{}
	}
	return sched.Next(at.In(j.loc))
}

// clearsSoon is when unspent points are next cleared, when the clearing
// reminder for it has already gone out (see config.Points.ClearsSoon).
func (j *jobs) clearsSoon(at time.Time) time.Time {
	return j.Config.Points.ClearsSoon(at.In(j.loc))
}

// pointsLastCall is the year's last call before the clearing (pts99:
// the group heard of it on 1 December only, and a household that missed
// that post lost its points unawares): each household with points to
// redeem hears privately how many and until when, and where the shop is
// (its head, else a member, who uses WeChat; the balance is never said
// in a group); each scorer hears the claims still waiting for him, with
// the year-end hint, so that the year's ranking need not be corrected.
// Run after the clearing (downtime), it says nothing.
func (j *jobs) pointsLastCall(ctx context.Context, at, now time.Time) error {
	when := j.Config.Points.NextClearing(at.In(j.loc))
	if when.IsZero() || !when.After(now) {
		j.Logger.InfoContext(ctx, "points last call ran after the clearing it announces; skipped", "at", at, "now", now)
		return nil
	}
	pc := j.Config.Points
	return j.eachVillage(func(vc config.Village, sc storage.Scope) error {
		accts, err := storage.Accounts(ctx, j.Store, sc)
		if err != nil {
			return err
		}
		hs, byID := j.households(vc.Name)
		var out []bot.Outbound
		for _, h := range hs {
			a, ok := accts[h.Household]
			if !ok || a.Redeemable() <= 0 {
				continue
			}
			to, ok := j.householdReader(vc.Name, h)
			if !ok {
				continue
			}
			var keepers []string
			for _, k := range j.People.InGrid(vc.Name, h.Grid, village.RoleShopkeeper) {
				keepers = append(keepers, k.Name)
			}
			out = append(out, j.privately(vc.Name, to, "points.lastcall", map[string]any{"Label": h.Label(), "Points": a.Redeemable(),
				"When": when, "Now": now, "Keepers": keepers, "Hours": pc.Visit.Hours, "Place": pc.Visit.Place}))
		}
		nudges, err := j.pendingNudges(ctx, sc, vc.Name, now, true, at, now, byID)
		if err != nil {
			return err
		}
		open, err := j.openObjections(ctx, sc, vc.Name, when, now, byID)
		if err != nil {
			return err
		}
		return j.post(ctx, sc, runID("points_last_call", at, vc.Name), slices.Concat(out, nudges, open)...)
	})
}

// openObjections tell each reviewer, privately, the items frozen by an
// objection that still wait for his 维持 or 撤销, and that those left at
// the clearing (when) are kept out of the year's ranking, which stays
// provisional until they are settled.
func (j *jobs) openObjections(ctx context.Context, sc storage.Scope, v string, when, now time.Time, byID map[string]village.HouseholdInfo) ([]bot.Outbound, error) {
	cs, err := storage.Claims(ctx, j.Store, sc, storage.ClaimIndex(village.ClaimObjected))
	if err != nil {
		return nil, err
	}
	slices.SortFunc(cs, func(a, b village.Claim) int { return cmp.Compare(claimNumber(a.ID), claimNumber(b.ID)) })
	names, rows := j.byReviewer(cs, byID)
	var out []bot.Outbound
	for _, name := range names {
		rs := rows[name]
		out = append(out, private(name, j.texts.Render("points.lastcall.objected", map[string]any{"Village": v, "N": len(rs),
			"Rows": rs[:min(len(rs), staleMax)], "More": max(len(rs)-staleMax, 0), "When": when, "Now": now})))
	}
	return out, nil
}

// householdReader is whom a note to household h goes to privately: its
// head when he uses WeChat, else its first member on the roster who does
// and is no grandchild (a child); false when none.
func (j *jobs) householdReader(v string, h village.HouseholdInfo) (string, bool) {
	var first *village.Person
	for _, p := range j.People.All() {
		if p.Village != v || p.Household != h.Household || !p.UsesWeChat || p.Relation == village.RelGrandchild {
			continue
		}
		if p.Name == h.Head {
			return j.People.Address(p.Key(), p.Name), true
		}
		if first == nil {
			first = &p
		}
	}
	if first == nil {
		return "", false
	}
	return j.People.Address(first.Key(), first.Name), true
}

// pointsReminder tells every grid group with unspent points, a month
// before the year-end run, that they will be cleared, and how many
// households have approved points that become redeemable before then;
// points approved too late for a 公示 before the clearing are told as
// what they are: published after it, and not cleared.
func (j *jobs) pointsReminder(ctx context.Context, at, now time.Time) error {
	pc := j.Config.Points
	if pc.YearEnd.Unspent != "clear" || pc.Schedules.YearEnd == "off" {
		return nil
	}
	sched, err := cron.ParseStandard(pc.Schedules.YearEnd)
	if err != nil {
		return fmt.Errorf("points: reminder: year_end schedule: %w", err)
	}
	when := sched.Next(at.In(j.loc))
	if !when.After(now) {
		// Run after the clearing it announces (downtime, a clock jump):
		// nobody can redeem before it any more, and the year-end post
		// that follows says what was cleared.
		j.Logger.InfoContext(ctx, "points reminder ran after the clearing it announces; skipped", "at", at, "now", now, "clearing", when)
		return nil
	}
	year := strconv.Itoa(when.Year())
	return j.eachVillage(func(vc config.Village, sc storage.Scope) error {
		accts, err := storage.Accounts(ctx, j.Store, sc)
		if err != nil {
			return err
		}
		approved, err := storage.Claims(ctx, j.Store, sc, storage.ClaimIndex(village.ClaimApproved))
		if err != nil {
			return err
		}
		// Items approved since the 公示 period of the clearing began are
		// published only after it: not in 公示 now, and not cleared.
		cut, _ := j.publicityPeriod(when)
		// Items whose 公示 runs past the clearing (posted late, a long
		// window) are final only after it: not cleared either.
		soon, after, ends := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, c := range approved {
			switch {
			case c.Year() != year:
			case !c.PublishedAt.IsZero() && !c.WindowEnds.Before(when):
				ends[c.Household] = true
			case !c.PublishedAt.IsZero() || c.DecidedAt.Before(cut):
				soon[c.Household] = true
			default:
				after[c.Household] = true
			}
		}
		_, byID := j.households(vc.Name)
		withPoints, coming, later, past := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
		for hh, a := range accts {
			switch {
			case a.Redeemable() > 0:
				withPoints[byID[hh].Grid]++
			case soon[hh]:
				coming[byID[hh].Grid]++
			case ends[hh]:
				past[byID[hh].Grid]++
			case after[hh]:
				later[byID[hh].Grid]++
			}
		}
		var out []bot.Outbound
		for _, g := range vc.Grids {
			if withPoints[g.Name]+coming[g.Name]+later[g.Name]+past[g.Name] > 0 {
				out = append(out, j.toGrid(g.Group, "points.reminder",
					map[string]any{"When": when, "N": withPoints[g.Name], "Coming": coming[g.Name],
						"Later": later[g.Name], "Past": past[g.Name], "Since": cut, "Now": now}, bot.Bulk))
			}
		}
		return j.post(ctx, sc, runID("points_reminder", at, vc.Name), out...)
	})
}
