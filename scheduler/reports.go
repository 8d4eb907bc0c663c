package scheduler

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/robfig/cron/v3"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// startOfDay is midnight of at's day in the configured zone.
func (j *jobs) startOfDay(at time.Time) time.Time {
	t := at.In(j.loc)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, j.loc)
}

// digestLate is how late a digest may still be posted: caught up later
// (after downtime), it is news of another day, and the next one comes.
const digestLate = 3 * time.Hour

// digestLateNote is how late a digest says it is late: a digest caught up
// after downtime shows the items as they stand when it is posted (what a
// reader acts on), so it says when that is and that it was due earlier.
const digestLateNote = 30 * time.Minute

// digestTime is what a digest or monthly report of occurrence at, posted
// at now, adds to its template data: the time it was due, the time it is
// posted, and whether to say it is late (digest.late, report.late).
func digestTime(data map[string]any, at, now time.Time) map[string]any {
	data["At"], data["Now"], data["Late"] = at, now, now.Sub(at) > digestLateNote
	return data
}

// eveningDigest posts each grid's day: new, resolved, still open, overdue;
// nothing for a grid where nothing happened today and nothing is overdue
// (the same open list night after night teaches people to mute the group).
// Overdue is past the deadline in force, the handler's promised day where
// he named one, as the overdue reminders judge it; an item past the SLA's
// deadline but not its promised day is counted apart (已承诺延期), since
// the township's digest and statistics count it overdue (village.LateAt).
func (j *jobs) eveningDigest(ctx context.Context, at, now time.Time) error {
	if now.Sub(at) > digestLate {
		return nil
	}
	day := j.startOfDay(at)
	covers := j.itemCovers(ctx, now) // who has the items of a handler away (rep104)
	for _, v := range j.Config.Villages {
		sc := storage.VillageScope(v.Name)
		reports, err := j.Store.Reports(ctx, sc)
		if err != nil {
			return err
		}
		var out []bot.Outbound
		for _, g := range v.Grids {
			out = append(out, j.untakenPrivate(reports, g.Name, covers, now)...)
			d := village.DigestGrid(reports, g.Name, day, now, digestItems)
			d.Hold(j.People.Lookup)
			if !d.Changed && len(d.Overdue) == 0 {
				continue
			}
			covers.cover(&d)
			out = append(out, j.toGroup(g.Group, "digest.grid", digestTime(map[string]any{"G": d}, at, now), bot.Bulk))
		}
		if err := j.post(ctx, sc, runID("evening_digest", at), out...); err != nil {
			return err
		}
	}
	return nil
}

// digestItems is how many open items a grid's evening digest lists (the
// office's morning digest lists twice as many overdue ones); 待办 has
// them all.
const digestItems = 10

// monthlyReport gives the township office last month's items per grid, so
// that it can see how each grid works: what came in, what was resolved and
// in time, what reporters confirmed or reopened, what went up to the
// township, what was overdue when the month ended. Grids with nothing are
// left out; a month with nothing anywhere posts nothing.
func (j *jobs) monthlyReport(ctx context.Context, at, now time.Time) error {
	start, end, month := j.lastMonth(at)
	var rows []village.GridMonth
	var total village.GridMonth
	err := j.eachGrid(ctx, func(v, g string, reports []village.Report) {
		row := village.GridMonth{Village: v, Grid: g}
		for _, r := range reports {
			row.Count(r, start, end, j.Config.SLA.Emergency.Accept.Std(), j.People.Lookup)
		}
		if row.Any() {
			rows = append(rows, row)
			total.Add(row)
		}
	})
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return nil
	}
	// the counts are of the month's end, whenever posted (village.LateAtEnd)
	last := end.AddDate(0, 0, -1)
	asOf := fmt.Sprintf("%d月%d日", last.Month(), last.Day())
	data := digestTime(map[string]any{"Month": month, "Rows": rows, "Total": total, "AsOf": asOf}, at, now)
	for _, row := range rows {
		// the first item named, as the example of how to look one up
		if ids := slices.Concat(row.OverdueIDs, row.TownIDs, row.WaitingIDs); len(ids) > 0 {
			data["Ask"] = map[string]string{"Village": row.Village, "ID": ids[0]}
			break
		}
	}
	if total.Resolved > 0 {
		data["Rate"] = village.Percent(total.OnTime, total.Resolved)
	}
	return j.post(ctx, storage.TownshipScope(j.Config.Township.Name), runID("monthly_report", at),
		j.toGroup(j.Config.Township.OfficeChat, "monthly", data, bot.Bulk))
}

// eachGrid runs fn on each grid of each village, in the configuration's
// order, with the grid's reports: one read of each village's.
func (j *jobs) eachGrid(ctx context.Context, fn func(villageName, grid string, reports []village.Report)) error {
	each, err := j.villageReports(ctx)
	if err != nil {
		return err
	}
	for i, v := range j.Config.Villages {
		for _, g := range v.Grids {
			fn(v.Name, g.Name, slices.DeleteFunc(slices.Clone(each[i]), func(r village.Report) bool { return r.Grid != g.Name }))
		}
	}
	return nil
}

// villageReports is every report of each village, in the configuration's
// order, in one round trip for them all (town112: one a village before).
func (j *jobs) villageReports(ctx context.Context) ([][]village.Report, error) {
	scs := make([]storage.Scope, len(j.Config.Villages))
	for i, v := range j.Config.Villages {
		scs[i] = storage.VillageScope(v.Name)
	}
	return j.Store.ReportsEach(ctx, scs)
}

// yearlyReport gives the township office last year's items (【年度事项】,
// town100): the year's new items by type, resolved and in time, sent up,
// still open at the year's end (late among them, with their numbers), by
// village, or by grid in a township of one village (its village line
// would repeat the total). As the monthly report, it is judged as the
// items stood at the year's end, whenever posted, and a year with nothing
// posts nothing.
func (j *jobs) yearlyReport(ctx context.Context, at, now time.Time) error {
	t := at.In(j.loc)
	end := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, j.loc)
	start := end.AddDate(-1, 0, 0)
	b := village.YearBook{Several: len(j.Config.Villages) > 1}
	err := j.eachGrid(ctx, func(v, g string, reports []village.Report) {
		b.AddGrid(v, g, reports, start, end, j.Config.SLA.Emergency.Accept.Std(), j.People.Lookup)
	})
	if err != nil || len(b.Rows) == 0 {
		return err
	}
	data := digestTime(b.Data(start.Year(), 12), at, now)
	return j.post(ctx, storage.TownshipScope(j.Config.Township.Name), runID("yearly_report", at),
		j.toGroup(j.Config.Township.OfficeChat, "yearly", data, bot.Bulk))
}

// lastMonth is the calendar month before the one at falls in, local time:
// from start up to end, and its label (「2026年11月」).
func (j *jobs) lastMonth(at time.Time) (start, end time.Time, label string) {
	t := at.In(j.loc)
	end = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, j.loc)
	start = end.AddDate(0, -1, 0)
	return start, end, fmt.Sprintf("%d年%d月", start.Year(), start.Month())
}

// morningDigest gives the township office its picture of the day, as the
// items stand when it is posted: caught up late, it says so.
func (j *jobs) morningDigest(ctx context.Context, at, now time.Time) error {
	if now.Sub(at) > digestLate {
		return nil
	}
	// d.Changed is whether anything happened since the day before's
	// digest: a step taken on any item (closing one included) or a
	// deadline passed. Else the office gets the same picture as yesterday
	// in one line: the same long list every morning teaches it to skip
	// the 早报, and then the morning something changes goes unread.
	d := village.OfficeDigest{AckLimit: j.Config.SLA.Emergency.Accept.Std(), Road: words.RoadState}
	each, err := j.villageReports(ctx)
	if err != nil {
		return err
	}
	for i, v := range j.Config.Villages {
		d.Add(v.Name, each[i], j.People, at, now)
	}
	ts := storage.TownshipScope(j.Config.Township.Name)
	runs, err := j.Store.Counters(ctx, ts, digestRunsHash)
	if err != nil {
		return err
	}
	// the bot was down, or stopped by day, since the last 早报 told of
	// it: what the groups said meanwhile was never read, and the office is
	// to have it checked; both gaps, as the groups hear them (pts108: the
	// 早报 named the downtime alone). One round trip (Gaps).
	gaps, last, err := j.untoldGaps(ctx, ts, runs[downTold], now)
	if err != nil {
		return err
	}
	down := gaps != nil
	if d.Total == 0 && len(d.Emergencies) == 0 && !down { // answered procedure questions alone are no news
		return nil
	}
	// the items 【镇里待接手】 lists in full later this morning, with how
	// to take them on, are counted here, not listed twice an hour and a
	// half apart; those it repeats in brief are listed here
	later := j.unclaimedLater(now)
	d.ListLater(later, j.unclaimedFirstBy(now, later))
	d.FileLater(j.fileNext(now))
	d.Done(2*digestItems, digestItems)
	covers := j.itemCovers(ctx, now) // a handler away: who has his items is named (rep104)
	d.Cover(func(r village.Report) village.Report { shown, _ := covers.of(r); return shown }, j.People)
	tmpl := "digest.office"
	if !d.Changed && len(d.Unconfirmed) == 0 && len(d.Unclaimed) == 0 && d.UnclaimedLater == 0 && d.FiledLater == 0 && len(d.Unanswered) == 0 && len(d.Emergencies) == 0 && j.postedBefore(runs[morningPosted], at) {
		tmpl = "digest.office.same"
	}
	data := map[string]any{"D": &d}
	incr := []storage.Incr{{Hash: digestRunsHash, Field: morningPosted, By: at.Unix() - runs[morningPosted]}}
	if down {
		data["Gaps"] = gaps
		incr = append(incr, storage.Incr{Hash: digestRunsHash, Field: downTold, By: last.Unix() - runs[downTold]})
	}
	text := j.textsFor(j.Config.Township.OfficeChat).Render(tmpl, digestTime(data, at, now))
	_, err = j.Store.Commit(ctx, storage.Change{Scope: ts, MsgID: runID("morning_digest", at),
		Out: []bot.Outbound{group(j.Config.Township.OfficeChat, text, bot.Bulk)}, Incr: incr})
	return err
}

// fileNext is, for the 早报 posted at now, the overdue check that runs
// next within fileSoon, and which overdue items it files with the
// township (its escalate case: reminded, escalate_after passed by then,
// no emergency, nothing a cadre did since resetting the chase); zero when
// no check runs that soon.
func (j *jobs) fileNext(now time.Time) (time.Time, func(r *village.Report) bool) {
	var next time.Time
	if sched, err := cron.ParseStandard(j.Config.Schedules.Overdue); err == nil {
		if n := sched.Next(now.In(j.loc)); n.Before(now.Add(fileSoon)) {
			next = n
		}
	}
	return next, func(r *village.Report) bool {
		return r.Overdue == 1 && r.Type != village.Emergency && r.Status != village.StatusEscalated &&
			r.Status != village.StatusWaiting && r.OverdueAt(next) && !next.Before(j.escalateAt(r.Type, r.RemindedAt))
	}
}

// fileSoon is how soon after the 早报 an overdue check filing items is
// said by it (「09:00村级备案上报到镇」) instead of its listing them.
const fileSoon = time.Hour

// digestRunsHash holds, under morningPosted, the occurrence (Unix
// seconds) of the last 早报 posted and, under downTold, the end of the
// last downtime (lastDown) a 早报 told of.
const digestRunsHash, morningPosted, downTold = "digest_runs", "morning_posted", "down_told"

// postedBefore reports whether the 早报 posted last (occurrence last, Unix
// seconds) is the one before at: when that one was not posted (the bot
// was down, or it came too late), the office has not seen the full list
// lately and is not to get the one-line 早报.
func (j *jobs) postedBefore(last int64, at time.Time) bool {
	sched, err := cron.ParseStandard(j.Config.Schedules.MorningDigest)
	if err != nil || last <= 0 {
		return false
	}
	return !sched.Next(time.Unix(last, 0).In(j.loc)).Before(at)
}

// eachReport runs fn on every open report of every village; fn returns the
// change to commit for that report, or nil. A conflict (someone acted on
// the report meanwhile) skips it until the next run.
func (j *jobs) eachReport(ctx context.Context, fn func(sc storage.Scope, r village.Report) *storage.Change) error {
	for _, v := range j.Config.Villages {
		if err := j.walkOpen(ctx, storage.VillageScope(v.Name), fn); err != nil {
			return err
		}
	}
	return nil
}

// walkOpen is eachReport of one village, on a read of its open reports.
func (j *jobs) walkOpen(ctx context.Context, sc storage.Scope, fn func(sc storage.Scope, r village.Report) *storage.Change) error {
	reports, err := j.Store.AllOpenReports(ctx, sc)
	if err != nil {
		return err
	}
	for _, r := range reports {
		c := fn(sc, r)
		if c == nil {
			continue
		}
		if _, err := j.Store.Commit(ctx, *c); err != nil && !errors.Is(err, storage.ErrConflict) {
			return err
		}
	}
	return nil
}

// eachReportCopied is eachReport deciding first on this process's copy of
// a village's open reports (the router's commits keep it, same Store),
// for an fn whose only effect is its Change and which gives none once
// that change is made (a reminder stamped on the report, its run's
// MsgID): when the copy gives changes, each is committed guarded by the
// copy's read (ReportsRead.Guard), so another process's change of the
// open reports since refuses it; refused, or the copy gone, the village
// is walked again on a read (walkOpen: what was made gives nothing). A
// run the copy finds nothing due in is a silence no commit checks: it is
// decided on a read, as before (rt81).
func (j *jobs) eachReportCopied(ctx context.Context, fn func(sc storage.Scope, r village.Report) *storage.Change) error {
	for _, v := range j.Config.Villages {
		sc := storage.VillageScope(v.Name)
		done, err := j.onCopy(ctx, sc, fn)
		if err == nil && !done {
			err = j.walkOpen(ctx, sc, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// onCopy commits fn's changes decided on the copy of sc's open reports:
// done is false when it holds none, fn gives nothing on it, or a commit
// was refused (the copy was behind: the rest is decided on a read).
func (j *jobs) onCopy(ctx context.Context, sc storage.Scope, fn func(sc storage.Scope, r village.Report) *storage.Change) (done bool, err error) {
	reports, read, ok := j.Store.OpenCopied(sc)
	if !ok {
		return false, nil
	}
	var changes []storage.Change
	for _, r := range reports {
		if c := fn(sc, r); c != nil {
			changes = append(changes, *c)
		}
	}
	for i, c := range changes {
		if i > 0 {
			// the copy as this process's commit before left it
			if _, read, ok = j.Store.OpenCopied(sc); !ok {
				return false, nil
			}
		}
		if _, err := j.Store.Commit(ctx, read.Guard(c)); errors.Is(err, storage.ErrConflict) {
			return false, nil
		} else if err != nil {
			return false, err
		}
	}
	return len(changes) > 0, nil
}

// to addresses a message about r: its group, or the handlers privately for
// a private report.
func (j *jobs) to(r village.Report, block string, data any, prio bot.Priority) []bot.Outbound {
	if r.Chat != "" {
		return []bot.Outbound{j.toGroup(r.Chat, block, data, prio)}
	}
	var out []bot.Outbound
	for _, h := range r.Handlers {
		out = append(out, j.privately(r.Village, h, block, data))
	}
	return out
}

// overdue reminds the handler of an item past its deadline, then files it
// with the township when it is still overdue sla.escalate_after after the
// reminder went out. Caught up after downtime, the occurrences run one
// after another at the same moment: the reminder is stamped with when it
// is sent, so the later occurrences of the catch-up do not file the item
// in the same minute, and the handler has the whole time to act. The
// audit entry, and a filing's history entry, carry the same time.
func (j *jobs) overdue(ctx context.Context, at, now time.Time) error {
	batch := map[batchKey][]village.Report{}  // first reminders that are one group message each
	upLate := map[batchKey][]village.Report{} // the township's own deadlines passed: one office message per village and officers
	var filings []filing                      // filed with the township: one office message, below
	covers := j.itemCovers(ctx, now)          // who has the items of a handler away
	err := j.eachReport(ctx, func(sc storage.Scope, r village.Report) *storage.Change {
		var office string // the item's block of the office's 【超期上报】
		var officeAt int
		if r.Status == village.StatusWaiting {
			return j.pausedLong(sc, r, covers, at, now)
		}
		emergency := r.Type == village.Emergency
		if !r.OverdueAt(at) || emergency && r.Status == village.StatusNew {
			return nil // an emergency nobody confirmed is the watchdog's
		}
		due := r.DueAt
		var out []bot.Outbound
		data := j.overdueData(&r, now) // the report as changed below
		sent := sentAt(at, now)
		switch {
		case r.Status == village.StatusEscalated:
			// The township's own deadline: its officers (or the office,
			// while nobody took it) hear once that it passed; the morning
			// digest lists it every day after.
			if !r.RemindedAt.Before(r.DueAt) {
				return nil
			}
			r.RemindedAt = sent
			k := batchKey{sc, strings.Join(r.Officers(j.People.Lookup), "、")}
			upLate[k] = append(upLate[k], r) // told together below
			return nil
		case r.Overdue == 0:
			r.Overdue, r.RemindedAt = 1, sent
			if !emergency {
				data["Escalate"] = j.escalateAt(r.Type, sent) // the reminder says when it goes up
			}
			shown, covering := covers.of(r) // a handler away: his stand-in hears it (rep103)
			if _, away := shown.HandlersByGroup(j.People.Lookup); !emergency && r.Chat != "" && len(away) == 0 {
				k := batchKey{sc, r.Chat}
				batch[k] = append(batch[k], r) // told together below
				return nil
			}
			data["Covering"] = covering
			out = j.remind(&shown, data)
		case r.Overdue == 1 && !emergency && !sent.Before(j.escalateAt(r.Type, r.RemindedAt)):
			// escalate_after from the check the reminder was sent by
			// (escalateAt), as the reminder said: one a late check sent
			// at 09:02 goes up at the next day's 09:00 check, judged by
			// when this run sends; a catch-up's later checks, sending in
			// the same minute, file nothing.
			// An emergency is at the township's duty chat already: no second filing.
			var ok bool
			if out, office, officeAt, ok = j.escalateOverdue(&r, covers, data, sent); !ok {
				return nil
			}
		default:
			return nil
		}
		c := storage.Change{Scope: sc, MsgID: runID("overdue", at, r.ID), Report: &r, Out: out,
			Audit: storage.Audit{At: sent, By: village.SystemActor, Action: "overdue", Note: due.Format(time.RFC3339)}}
		if office != "" {
			filings = append(filings, filing{c, office, officeAt})
			return nil
		}
		return &c
	})
	if err != nil {
		return err
	}
	if err := j.fileTogether(ctx, filings, at); err != nil {
		return err
	}
	if err := j.upLateTogether(ctx, upLate, at, now); err != nil {
		return err
	}
	return j.remindTogether(ctx, batch, covers, at, now)
}

// upLateTogether tells the township office of the items it holds whose
// deadline passed in this run: one message per officers who took them
// over (batchKey's chat is their names; none: the office, while nobody
// took them), listing them whatever their village, not one message each
// @-mentioning the same officer. Items of one village commit with their
// message; of several, the message is the township's change and each
// village's items, marked reminded, its Then: one round trip, and an item
// changed meanwhile is told again at the next run (an office told twice
// beats one never told).
func (j *jobs) upLateTogether(ctx context.Context, upLate map[batchKey][]village.Report, at, now time.Time) error {
	sent := sentAt(at, now)
	order := map[storage.Scope]int{} // the villages as configured
	for i, v := range j.Config.Villages {
		order[storage.VillageScope(v.Name)] = i
	}
	keys := slices.SortedFunc(maps.Keys(upLate), func(a, b batchKey) int {
		return cmp.Or(strings.Compare(a.chat, b.chat), cmp.Compare(order[a.sc], order[b.sc]))
	})
	office := j.Config.Township.OfficeChat
	for i := 0; i < len(keys); {
		n := 1 // keys[i:i+n] are the same officers' in each village
		for i+n < len(keys) && keys[i+n].chat == keys[i].chat {
			n++
		}
		var reps []village.Report
		for _, k := range keys[i : i+n] {
			reps = append(reps, upLate[k]...)
		}
		var mention []string
		if keys[i].chat != "" {
			mention = strings.Split(keys[i].chat, "、")
		}
		items := make([]map[string]any, len(reps))
		ids := make([]string, len(reps))
		for i := range reps {
			items[i], ids[i] = j.overdueData(&reps[i], now), reps[i].ID
		}
		data := items[0]
		data["Where"], data["Mention"] = reps[0].Village+reps[0].Grid, mention
		block, note := "overdue.township", reps[0].DueAt.Format(time.RFC3339)
		if len(reps) > 1 {
			data["Items"], block, note = items, "overdue.township.many", strings.Join(ids, " ")
		}
		out := j.toGroup(office, block, data, bot.Normal)
		var err error
		if n == 1 {
			err = j.commitTogether(ctx, keys[i].sc, reps, ids, out, at, sent, note)
		} else {
			err = j.commitAcross(ctx, keys[i:i+n], upLate, out, at, sent)
		}
		if err != nil {
			return err
		}
		i += n
	}
	return nil
}

// commitAcross commits out, the township's one reminder of the overdue
// items of several villages (upLate's under keys), in the township scope
// with each village's items, marked reminded, as its chain of Thens: one
// round trip. The message's id names the items with their villages, so a
// run repeated posts it again only for other items.
func (j *jobs) commitAcross(ctx context.Context, keys []batchKey, upLate map[batchKey][]village.Report, out bot.Outbound, at, sent time.Time) error {
	var all []string
	c := storage.Change{Scope: storage.TownshipScope(j.Config.Township.Name), Out: []bot.Outbound{out}}
	last := &c
	for _, k := range keys {
		reps := upLate[k]
		ids := make([]string, len(reps))
		for i := range reps {
			ids[i] = reps[i].ID
			all = append(all, reps[i].Village+reps[i].ID)
		}
		v := storage.Change{Scope: k.sc, MsgID: runID("overdue", at, strings.Join(ids, ",")), Report: &reps[0],
			Audit: storage.Audit{At: sent, By: village.SystemActor, Action: "overdue", Note: strings.Join(ids, " ")}}
		for i := range reps[1:] {
			v.Also = append(v.Also, &reps[1+i])
		}
		last.Then = &v
		last = &v
	}
	c.MsgID = runID("overdue.township", at, strings.Join(all, ","))
	if _, err := j.Store.Commit(ctx, c); err != nil && !errors.Is(err, storage.ErrConflict) {
		return err
	}
	return nil
}

// commitTogether commits the reminder out of the overdue items reps (their
// ids) of scope sc in one change, each marked as the caller changed it,
// with the run's audit entry (note); a conflict (an item changed meanwhile)
// commits nothing and is no error.
func (j *jobs) commitTogether(ctx context.Context, sc storage.Scope, reps []village.Report, ids []string, out bot.Outbound, at, sent time.Time, note string) error {
	c := storage.Change{Scope: sc, MsgID: runID("overdue", at, strings.Join(ids, ",")), Report: &reps[0], Out: []bot.Outbound{out},
		Audit: storage.Audit{At: sent, By: village.SystemActor, Action: "overdue", Note: note}}
	for i := range reps[1:] {
		c.Also = append(c.Also, &reps[1+i])
	}
	if _, err := j.Store.Commit(ctx, c); err != nil && !errors.Is(err, storage.ErrConflict) {
		return err
	}
	return nil
}

// overdueData is what the overdue texts about r say: r itself (as the job
// changes it), its deadline as it was, and the department the township's
// officer chases by phone.
func (j *jobs) overdueData(r *village.Report, now time.Time) map[string]any {
	data := map[string]any{"R": r, "Due": r.DueAt, "Now": now, "Private": r.Chat == ""}
	if d, ok := j.Config.Township.Department(r.Department); ok {
		data["Dept"] = d // whom the officer chases by phone
	}
	return data
}

// escalateOverdue files r, past its deadline after the reminder, with the
// village and reports it to the township: the messages for the grid (and,
// for a private report, its reporter), the block for the office's
// 【超期上报】 and where among the messages the office's goes (before the
// reporter's word). It reports false when r cannot be escalated.
func (j *jobs) escalateOverdue(r *village.Report, covers *itemCovers, data map[string]any, sent time.Time) (out []bot.Outbound, office string, officeAt int, ok bool) {
	// One nobody took on is said to be so: the township calls the
	// leader about taking it on, not about finishing it.
	data["Untaken"] = r.Status == village.StatusNew
	note := "超期未办结，村级备案并上报到镇"
	if r.Status == village.StatusNew {
		note = "超期没人受理，村级备案并上报到镇"
	}
	if err := r.Apply(village.ActEscalate, village.SystemActor, sent, note); err != nil {
		return nil, "", 0, false
	}
	r.Overdue = 2
	// whom the office calls, with phones, on one line (town98: the
	// handlers and the leaders were two lines, the leader named twice)
	// a handler away is not called: who has his items is, and the office
	// is told why (rep104)
	shown, covering := covers.of(*r)
	data["Who"], data["Covering"] = village.FiledWhom(shown, j.People, data["Untaken"] == true), covering
	// what the grid did, and apart from it what it only means to
	// do ("明天去看"), each read as of when it was written
	data["Work"], data["Plan"] = r.WorkAndPlan(understand.Planned)
	if e, ok := r.Last(village.ActReturn); ok {
		// the township sent it back before: it is told so, not read as new
		data["Returned"] = e
	}
	// a 督办 or question the township gave that still waits (kept across
	// the filing, ask77) is said on its own line, as the 早报 says it
	data["Asked"] = r.WaitingAsk(sent)
	office = j.textsFor(j.Config.Township.OfficeChat).Render("overdue.office.item", data) // told the office with the run's other filings, by overdue
	out = j.to(*r, "overdue.group", data, bot.Normal)
	officeAt = len(out) // where a single filing's office message goes: before the reporter's word
	if r.Chat == "" {   // a private report: its reporter hears it privately, through whoever recorded it for him
		name := "overdue.reporter"
		if r.Recorder != "" {
			name = "overdue.recorder"
		}
		out = append(out, j.privately(r.Village, j.answerer(*r), name, data))
	}
	return out, office, officeAt, true
}

// filing is an item filed with the township by an overdue run: its change
// without the office's message, and its block of that message.
type filing struct {
	c      storage.Change
	office string
	at     int // where in c.Out the office's message goes when it files alone
}

// fileTogether commits the filings of one overdue run and tells the
// township office of them in one message: one header, one block per item,
// blocks apart by a blank line; more than outbound.max_chars, in as many
// messages as it takes, each item whole in one of them (packBlocks): the
// transport's split would cut one in the middle.
// A single filing carries its message in its own change. Several: the
// office's message is committed first, in the township scope, under an id
// made of the run and the items, so that a run repeated after a crash
// between the commits posts it once more only if the items differ; an
// office told twice beats one never told.
func (j *jobs) fileTogether(ctx context.Context, filings []filing, at time.Time) error {
	if len(filings) == 0 {
		return nil
	}
	texts := j.textsFor(j.Config.Township.OfficeChat)
	if len(filings) == 1 {
		f := filings[0]
		how := texts.Render("overdue.office.how", map[string]any{"Items": []*village.Report{f.c.Report}})
		f.c.Out = slices.Insert(f.c.Out, f.at, group(j.Config.Township.OfficeChat, "【超期上报】"+f.office+"\n"+how, bot.Normal))
		filings[0] = f
	} else {
		ids := make([]string, 0, len(filings))
		items := make([]*village.Report, 0, len(filings))
		blocks := make([]string, 0, len(filings)+2)
		blocks = append(blocks, texts.Render("overdue.office.many", map[string]any{"N": len(filings)}))
		for i, f := range filings {
			ids = append(ids, f.c.Report.Village+f.c.Report.ID)
			items = append(items, f.c.Report)
			blocks = append(blocks, fmt.Sprintf("%d. %s", i+1, f.office))
		}
		// the commands once, after the items, not in each of them
		how := texts.Render("overdue.office.how", map[string]any{"Items": items})
		var posts []bot.Outbound
		for _, text := range packBlocks(blocks, j.Config.Outbound.MaxChars, texts.Render("overdue.office.more", nil), how) {
			posts = append(posts, group(j.Config.Township.OfficeChat, text, bot.Normal))
		}
		ts := storage.TownshipScope(j.Config.Township.Name)
		if err := j.post(ctx, ts, runID("overdue.office", at, strings.Join(ids, ",")), posts...); err != nil && !errors.Is(err, storage.ErrConflict) {
			return err
		}
	}
	if err := j.groupTogether(ctx, filings, at); err != nil {
		return err
	}
	for _, f := range filings {
		if _, err := j.Store.Commit(ctx, f.c); err != nil && !errors.Is(err, storage.ErrConflict) {
			return err
		}
	}
	return nil
}

// groupTogether tells a grid group of several of its items filed by one
// overdue run in one message, a line each, not one message each: taken
// out of the filings' changes (where the group's is first: to), it is
// committed before them, under an id made of the run and the items, as
// the office's is.
func (j *jobs) groupTogether(ctx context.Context, filings []filing, at time.Time) error {
	byChat := map[batchKey][]int{}
	var keys []batchKey
	for i, f := range filings {
		if r := f.c.Report; r.Chat != "" && len(f.c.Out) > 0 && f.c.Out[0].To == r.Chat {
			k := batchKey{f.c.Scope, r.Chat}
			if byChat[k] == nil {
				keys = append(keys, k)
			}
			byChat[k] = append(byChat[k], i)
		}
	}
	for _, k := range keys {
		if len(byChat[k]) < 2 {
			continue
		}
		var lines, ids []string
		for _, i := range byChat[k] {
			f := &filings[i]
			lines, ids = append(lines, f.c.Out[0].Text), append(ids, f.c.Report.ID)
			f.c.Out = slices.Delete(slices.Clone(f.c.Out), 0, 1)
		}
		if err := j.post(ctx, k.sc, runID("overdue.group", at, strings.Join(ids, ",")),
			group(k.chat, strings.Join(lines, "\n"), bot.Normal)); err != nil && !errors.Is(err, storage.ErrConflict) {
			return err
		}
	}
	return nil
}

// pauseAsk is how often the handlers of an item paused with 等待 are
// asked privately whether they still wait: a pause has no deadline, and
// an old woman's leaking roof must not wait in silence for ever.
const pauseAsk = 7 * 24 * time.Hour

// pausedLong asks the handlers of r, paused with 等待, whether they still
// wait, on each day a whole number of pauseAsk after it was paused, judged
// by when the job runs (occurrences caught up together ask once, not once
// for each week they span). The change's id is the day's, so the day's
// later occurrences send nothing again, and r is not written: nothing to
// remember.
func (j *jobs) pausedLong(sc storage.Scope, r village.Report, covers *itemCovers, at, now time.Time) *storage.Change {
	day := j.startOfDay(now)
	days := int(day.Sub(j.startOfDay(r.PausedAt)).Hours()+12) / 24 // whole days; +12 rounds a DST hour away
	if r.PausedAt.IsZero() || days <= 0 || days%int(pauseAsk.Hours()/24) != 0 {
		return nil
	}
	data := map[string]any{"R": &r, "Days": days, "Now": now}
	for i := len(r.History) - 1; i >= 0; i-- {
		if r.History[i].Action == village.ActPause {
			data["Why"] = r.History[i].Note
			break
		}
	}
	var out []bot.Outbound
	shown, covering := covers.of(r) // a handler away: his stand-in is asked (rep103)
	data["Covering"] = covering
	for _, h := range shown.Handlers { // privately: what a mediation waits for is not the group's
		out = append(out, j.privately(r.Village, h, "paused.long", data))
	}
	return &storage.Change{Scope: sc, MsgID: runID("paused", day, r.ID), Out: out,
		Audit: storage.Audit{At: sentAt(at, now), By: village.SystemActor, Action: "paused", Note: r.ID}}
}

// batchKey is a group chat of one village's scope.
type batchKey struct {
	sc   storage.Scope
	chat string
}

// remindTogether sends the first reminders of a group's items that fell
// overdue by the same run as one message, not one each: a grid leader
// with a dozen late items gets one list to work through, not a dozen
// @-mentions. Each group's reminders commit together (one item changed
// meanwhile puts them all off to the next run); one item alone gets the
// usual reminder.
func (j *jobs) remindTogether(ctx context.Context, batch map[batchKey][]village.Report, covers *itemCovers, at, now time.Time) error {
	sent := sentAt(at, now)
	keys := slices.SortedFunc(maps.Keys(batch), func(a, b batchKey) int {
		return cmp.Or(strings.Compare(string(a.sc), string(b.sc)), strings.Compare(a.chat, b.chat))
	})
	for _, k := range keys {
		reps := batch[k]
		var text, note string
		var mention []string
		var ids []string
		var covering []map[string]any // handlers away, and who has their items
		for _, r := range reps {
			shown, lines := covers.of(r)
			for _, l := range lines {
				if !slices.ContainsFunc(covering, func(m map[string]any) bool { return m["Who"] == l["Who"] }) {
					covering = append(covering, l)
				}
			}
			in, _ := shown.HandlersByGroup(j.People.Lookup)
			for _, h := range in {
				if !slices.Contains(mention, h) {
					mention = append(mention, h)
				}
			}
			ids = append(ids, r.ID)
		}
		data := map[string]any{"R": &reps[0], "Due": reps[0].DueAt, "Now": now, "Mention": mention,
			"Escalate": j.escalateAt(reps[0].Type, sent), "Covering": covering} // no emergency is batched
		if len(reps) == 1 {
			text, note = j.textsFor(k.chat).Render("overdue.remind", data), reps[0].DueAt.Format(time.RFC3339)
		} else {
			data["Items"] = reps
			for _, r := range reps { // what to answer: 确认 for the new, 进展 for the others
				if r.Status == village.StatusNew {
					data["New"] = true
				} else {
					data["Working"] = true
				}
			}
			text, note = j.textsFor(k.chat).Render("overdue.remind.many", data), strings.Join(ids, " ")
		}
		if err := j.commitTogether(ctx, k.sc, reps, ids, group(k.chat, text, bot.Normal), at, sent, note); err != nil {
			return err
		}
	}
	return nil
}

// remind addresses the reminder of an overdue item. A private item's
// handlers are told privately. A group item's handlers in its group are
// @mentioned there; those who are not hear it where they are: a township
// officer who took it over in the township chat that follows it (the duty
// chat, the office chat), anyone else (a worker of another grid)
// privately.
func (j *jobs) remind(r *village.Report, data map[string]any) []bot.Outbound {
	block := "overdue.remind"
	if r.Type == village.Emergency {
		block = "overdue.emergency"
	}
	if r.Chat == "" {
		data["Mention"] = []string(nil)
		return j.to(*r, block, data, bot.Normal)
	}
	in, away := r.HandlersByGroup(j.People.Lookup)
	data["Mention"] = in
	out := []bot.Outbound{j.toGroup(r.Chat, block, data, bot.Normal)}
	chat := j.Config.TownshipChat(r)
	var officers []string
	data["Where"] = r.Village + r.Grid // read outside the group: say whose item it is
	for _, p := range away {
		name := j.address(p)
		if p.Has(village.RoleOfficer) && chat != "" {
			officers = append(officers, name)
			continue
		}
		data["Mention"] = []string(nil)
		out = append(out, j.privately(r.Village, name, block, data))
	}
	if len(officers) > 0 {
		data["Mention"], data["Township"] = officers, true
		out = append(out, j.toGroup(chat, block, data, bot.Normal))
		delete(data, "Township")
	}
	return out
}

// escalateAt is when an overdue item of type typ whose handlers were
// reminded at reminded goes to the township, on the hour as the checks
// run ("明天09:00"), not the minute a late check sent the reminder at
// (09:02), which no check would meet: sla.escalate_after
// (Config.EscalateBy) from the overdue check that sent it (checkOf), when
// that was less than an hour before; else (a reminder caught up long
// after its check, at 08:30 for yesterday's 18:00) the first check a
// whole escalate_after after it was sent, so that he still has the time.
func (j *jobs) escalateAt(typ village.Type, reminded time.Time) time.Time {
	check := j.checkOf(reminded)
	if reminded.Sub(check) < time.Hour {
		return j.Config.EscalateBy(typ, check)
	}
	by := j.Config.EscalateBy(typ, reminded)
	if j.overdueRuns == nil {
		return by
	}
	if next := j.overdueRuns.Next(by.In(j.loc).Add(-time.Second)); !next.IsZero() {
		return next.In(by.Location())
	}
	return by
}

// checkOf is the latest overdue check at or before sent (the checks come
// at least daily), or sent itself without one.
func (j *jobs) checkOf(sent time.Time) time.Time {
	if j.overdueRuns == nil {
		return sent
	}
	check := j.overdueRuns.Next(sent.In(j.loc).Add(-25 * time.Hour))
	if check.IsZero() || check.After(sent) {
		return sent
	}
	for next := j.overdueRuns.Next(check); !next.IsZero() && !next.After(sent); next = j.overdueRuns.Next(next) {
		check = next
	}
	return check.In(sent.Location())
}

// sentAt is when a message of the occurrence at, run at now, goes out:
// at when it runs on time (within the minute the scheduler ticks), else
// now, to the minute.
func sentAt(at, now time.Time) time.Time {
	if sent := now.Truncate(time.Minute); sent.After(at) {
		return sent.In(at.Location())
	}
	return at
}

// realertEvery is how long the watchdog waits between re-alerts of an
// emergency nobody confirmed in waited: every sla.emergency.accept (every)
// in its first hour, hourly up to four hours, then every four hours for
// the rest of its first day, then every six hours: never longer than a
// cadre's "我到了" counts as its answer (handlers' freshWindow, counted
// from the last re-post). An alarm nobody confirmed
// for hours has mostly been dealt with by someone who never said 确认: an
// hourly post for days teaches the duty chat to ignore the watchdog. The
// morning digest and the office's lists keep listing it every day.
func realertEvery(waited, every time.Duration) time.Duration {
	var floor time.Duration
	switch {
	case waited >= 24*time.Hour:
		floor = 6 * time.Hour
	case waited >= 4*time.Hour:
		floor = 4 * time.Hour
	case waited >= time.Hour:
		floor = time.Hour
	}
	return max(every, floor)
}

// watchdog re-alerts an emergency nobody has confirmed (see realertEvery
// for how often) until someone acts. Quiet hours do not apply. It
// runs only its latest due occurrence (Job.Latest) and judges by now: after
// downtime each emergency gets one re-alert with the minutes it really waited.
// A run tells each chat once a village: the duty chat one message listing
// every emergency of the village due (watchdog.duty alone), each grid group
// one listing its own. A village's re-alerts and its duty message commit
// together, under the run's id (a repeated occurrence posts nothing
// twice): the duty chat hears only of items whose re-alert was made. An
// item changed meanwhile has the village read again. With several
// villages due, the duty chat has one message per village: a township
// message for all would be another scope's script, made whether or not
// each village's commit is (an item confirmed meanwhile listed as
// unconfirmed), or a trip more once they are.
func (j *jobs) watchdog(ctx context.Context, at, now time.Time) error {
	var scopes []storage.Scope
	for _, v := range j.Config.Villages {
		scopes = append(scopes, storage.VillageScope(v.Name))
	}
	for attempt := 0; attempt < 3 && len(scopes) > 0; attempt++ {
		var changes []storage.Change
		for _, sc := range scopes {
			c, items, err := j.watchdogOf(ctx, sc, now)
			if err != nil {
				return err
			}
			if c != nil {
				c.MsgID = runID("watchdog", at)
				c.Out = append(j.watchdogDuty(items), c.Out...)
				changes = append(changes, *c)
			}
		}
		scopes = scopes[:0]
		for _, c := range changes {
			if _, err := j.Store.Commit(ctx, c); errors.Is(err, storage.ErrConflict) {
				scopes = append(scopes, c.Scope) // an item changed meanwhile: read the village again
			} else if err != nil {
				return err
			}
		}
	}
	return nil
}

// watchdogOf is the change that re-alerts village scope sc's emergencies
// due (nil when none), with every grid group's message, and each item's
// data for the duty chat's.
func (j *jobs) watchdogOf(ctx context.Context, sc storage.Scope, now time.Time) (*storage.Change, []map[string]any, error) {
	every := j.Config.SLA.Emergency.Accept.Std()
	// since is how long ago t was, counted in whole minutes as the
	// chats show times: a fire reported at 19:30:20 has waited 15
	// minutes at the 19:45 tick (not 14:40, skipped until 19:50, which
	// then says 19 minutes), and an alert sent a few seconds after one
	// tick is due again at the tick an interval later.
	tick := now.Truncate(time.Minute)
	since := func(t time.Time) time.Duration { return tick.Sub(t.Truncate(time.Minute)) }
	reports, err := j.Store.AllOpenReports(ctx, sc)
	if err != nil {
		return nil, nil, err
	}
	var due []*village.Report
	var items []map[string]any
	groups := map[string][]map[string]any{}
	var chats []string
	places := j.Config.Places() // the other villages an alarm may name (alarm101)
	for i := range reports {
		r := &reports[i]
		if r.Type != village.Emergency || r.Status != village.StatusNew || !r.OverSaid.IsZero() {
			continue // its reporter said it is over: the leader checks and closes it
		}
		last := r.CreatedAt
		if r.AlertedAt.After(last) {
			last = r.AlertedAt
		}
		if since(last) < realertEvery(since(r.CreatedAt), every) {
			continue
		}
		leaders := j.People.InGrid(r.Village, r.Grid, village.RoleLeader)
		workers := j.People.InGrid(r.Village, r.Grid, village.RoleWorker)
		responders := names(append(append([]village.Person{}, leaders...), workers...))
		data := map[string]any{"R": r, "Now": now, "Waited": since(r.CreatedAt), "Leaders": leaders, "Responders": responders,
			"ReporterPhone": r.NoGridPhone(j.People.Lookup, j.People.Address), "Workers": workers, "Spread": r.Spread(), "Hurt": r.HurtSaid(),
			// the steps its scene needs, as its first alarm gave them
			"Scene": words.AlarmScene(understand.Hear(r.Text), *r)}
		if gone, ok := words.GoneInOf(*r, data["Scene"].(understand.Scene)); ok {
			// someone went in after him (or is down too): the re-posts
			// keep the warning to the scene and the count (alarm104)
			data["GoneIn"] = gone
		}
		reporter, err := j.People.Lookup(r.Village, j.People.Address(r.ReporterKey, r.Reporter))
		if err == nil {
			// nobody answered the alarm: the duty officer who phones
			// round is given every number he may try
			data["CallReporter"] = reporter.Phone
		}
		// the household it is at, its people and 家庭住址, as the first
		// post named them (words.AlarmHome, alarm99)
		var missing []village.Missing
		if r.Hazard == village.HazardMissing {
			// the missing person's number, household and carer, as
			// the first post gave them (by name or by the reporter's
			// kin word: "我妈不见了"): for the duty chat alone
			missing = village.MissingOf(j.People.All(), *r, reporter)
			data["Missing"] = missing
		}
		if home, address, ok := words.AlarmHome(j.People, *r, reporter, missing); ok {
			data["Home"], data["Address"] = home, address
		}
		// another village of the township its words name, as the first
		// post named it with its leaders' phones (alarm101)
		if e, ok := words.AlarmElsewhere(places, j.People, *r); ok {
			data["Elsewhere"] = e
		}
		// as its first alarm: the others asked, not the cadre missing
		// himself nor the one who reported it (village.AlarmAsk)
		if ask := village.AskedOf(*r, reporter, understand.HurtCadre(understand.Hear(r.Text), reporter, leaders, workers), missing, leaders, workers); ask.Set() {
			data["Ask"], data["Responders"] = &ask, ask.Names()
		}
		r.Alerts++
		r.AlertedAt = now
		due, items = append(due, r), append(items, data)
		if r.Chat != "" && !(j.quiet(now) && since(r.CreatedAt) >= time.Hour) {
			// an hour on at night, the whole grid group is not woken
			// every hour by @s its sleeping cadres do not read: the duty
			// chat, which phones them, keeps being told; the group again
			// once the quiet hours end
			if groups[r.Chat] == nil {
				chats = append(chats, r.Chat)
			}
			groups[r.Chat] = append(groups[r.Chat], data)
		}
	}
	if len(due) == 0 {
		return nil, nil, nil
	}
	c := &storage.Change{Scope: sc, Report: due[0], Also: due[1:],
		Audit: storage.Audit{At: now, By: village.SystemActor, Action: "watchdog", Note: "re-alert"}}
	if len(due) > 1 {
		ids := make([]string, len(due))
		for i, r := range due {
			ids[i] = r.ID
		}
		c.Audit.Note = "re-alert " + strings.Join(ids, " ")
	}
	for _, chat := range chats {
		its := groups[chat]
		if len(its) == 1 {
			c.Out = append(c.Out, j.toGroup(chat, "watchdog.group", its[0], bot.Urgent))
			continue
		}
		var responders []string
		for _, it := range its {
			for _, n := range it["Responders"].([]string) {
				if !slices.Contains(responders, n) {
					responders = append(responders, n)
				}
			}
		}
		c.Out = append(c.Out, j.toGroup(chat, "watchdog.group.many", map[string]any{"Items": its, "Responders": responders}, bot.Urgent))
	}
	return c, items, nil
}

// watchdogDuty is the duty chat's message of one watchdog run's items: one
// alone as it always was, several listed (more than outbound.max_chars:
// in as many messages as it takes, each item whole: packBlocks).
func (j *jobs) watchdogDuty(items []map[string]any) []bot.Outbound {
	chat := j.Config.Township.EmergencyChat
	if len(items) == 1 {
		return []bot.Outbound{j.toGroup(chat, "watchdog.duty", items[0], bot.Urgent)}
	}
	texts := j.textsFor(chat)
	blocks := []string{texts.Render("watchdog.duty.many", map[string]any{"N": len(items)})}
	for i, it := range items {
		it["I"] = i + 1
		blocks = append(blocks, texts.Render("watchdog.duty.item", it))
	}
	var out []bot.Outbound
	for _, text := range packBlocks(blocks, j.Config.Outbound.MaxChars, texts.Render("watchdog.duty.more", nil), "") {
		out = append(out, group(chat, text, bot.Urgent))
	}
	return out
}

// answerer is who speaks for r's reporter in private: the worker who
// recorded it for someone (代报, a call note) asks him and replies for
// him — the reporter may have no WeChat at all.
func (j *jobs) answerer(r village.Report) string {
	if r.Recorder != "" {
		return r.Recorder
	}
	return j.People.Address(r.ReporterKey, r.Reporter)
}

// followup asks the reporter of a resolved item whether it is solved, and
// closes it as "resolved, no answer" when nobody answers.
func (j *jobs) followup(ctx context.Context, at, now time.Time) error {
	closeAfter := j.Config.Followup.CloseAfter.Std()
	names := village.NamesOf(j.People.All(), "") // 「陈二十天内」: a name's 二 is no number
	if err := j.eachReport(ctx, func(sc storage.Scope, r village.Report) *storage.Change {
		if told(r, at, j.Config.Followup.ProcedureCloseAfter.Std()) {
			// the villager had the procedure and never asked again
			if r.Apply(village.ActResolve, village.SystemActor, at, village.ProcedureTold) != nil ||
				r.Apply(village.ActConfirm, village.SystemActor, at, village.ProcedureTold) != nil {
				return nil
			}
			return &storage.Change{Scope: sc, MsgID: runID("followup", at, r.ID), Report: &r,
				Audit: storage.Audit{At: at, By: village.SystemActor, Action: "followup", Note: village.ProcedureTold}}
		}
		if r.Status != village.StatusResolved {
			return nil
		}
		due, asks := j.followupAsks(r, names)
		var out []bot.Outbound
		answerer := j.answerer(r)
		// another creditor whose own day comes after the reporter's is
		// asked at his (r.FollowUps past 1 counts those asked), and the
		// close waits for the last of them
		withReporter, later := creditorsDue(r, due, asks, j.loc, names)
		// one whose own day comes before it is asked at his, before the
		// reporter (med111)
		out, withReporter = j.creditorsEarly(&r, withReporter, at, now)
		// one asked on his own day who never answered is chased
		// close_after after that ask, not weeks later at the reporter's
		// close (med112); told with it when that close is now
		earlySilent, _ := j.creditorsSilent(&r, nil, at, names, true)
		out = append(out, j.silentTold(r, earlySilent, false)...)
		closeFrom := asks
		if n := len(later); n > 0 && later[n-1].asks.After(closeFrom) {
			closeFrom = later[n-1].asks
		}
		// 「只还了1000 还差2000」 since the last ask (med105): the rest is
		// asked about on its own day, and nothing closes before that
		rest, restDue, restAsks, pending := j.restAsks(r, names)
		switch {
		case pending && !at.Before(restAsks):
			first := r.FollowUps == 0
			r.FollowedUpAt = now
			asked := map[string]any{"R": r, "Now": now, "Rest": words.RestSaid(rest), "Said": rest.At, "Relay": words.RelayedPromise(rest),
				"Days": j.closeDays(), "Recorder": r.Recorder != ""}
			if !restDue.IsZero() {
				asked["Due"] = restDue
			}
			out = append(out, j.privately(r.Village, answerer, "followup.rest", asked))
			if first {
				// the reporter told of his part before the 回访 asked:
				// the other creditors are asked now, as they would be
				r.FollowUps = 1
				for _, c := range withReporter {
					out = append(out, j.creditorAsked(&r, c, now))
				}
			}
		case pending && r.FollowUps == 0:
			if len(out) == 0 {
				return nil
			}
		case r.FollowUps == 0 && !at.Before(asks):
			r.FollowUps, r.FollowedUpAt = 1, now
			asked := map[string]any{"R": r, "Now": now}
			if !due.IsZero() {
				asked["Due"], asked["DueLunar"] = due, words.DueLunar(r, due.In(j.loc))
			}
			switch {
			case r.Recorder != "":
				out = append(out, j.privately(r.Village, answerer, "followup.recorder", map[string]any{"R": r}))
			case r.ToldIn != "" && r.ToldIn != village.ToldPrivately:
				// an officer's emergency told in a township chat: he is
				// asked there, not in a group he never reads
				out = append(out, j.toGroup(r.ToldIn, "followup.remind", map[string]any{"R": r}, bot.Normal))
			case r.Chat != "" && r.ToldIn == "":
				out = append(out, j.toGroup(r.Chat, "followup.remind", asked, bot.Normal))
			default:
				out = append(out, j.privately(r.Village, answerer, "followup.remind", asked))
			}
			if words.PaymentOwed(r) != "" {
				// another creditor of the same debtor, whose debt the
				// mediators settled at the same table: asked as the
				// reporter is, privately (his sum is not the group's)
				for _, c := range withReporter {
					out = append(out, j.creditorAsked(&r, c, now))
				}
			}
		case r.FollowUps >= 1 && r.FollowUps-1 < len(later) && !at.Before(later[r.FollowUps-1].asks):
			// 「正月十五前还周八800」: his day came after the reporter was
			// asked; he has the whole close time to answer too
			for _, c := range later[r.FollowUps-1:] {
				if at.Before(c.asks) {
					break
				}
				out = append(out, j.creditorAsked(&r, c, now))
				r.FollowUps++
			}
			r.FollowedUpAt = now
		case !pending && r.FollowUps >= 1 && r.FollowUps-1 >= len(later) && !at.Before(closeFrom.Add(closeAfter)) && !now.Before(r.FollowedUpAt.Add(closeAfter)):
			// the reporter always has the whole time to answer, even when
			// the reminder went out late (the bot was down)
			if err := r.Apply(village.ActConfirm, village.SystemActor, at, "办结后未答复，自动结案"); err != nil {
				return nil
			}
			data := map[string]any{"R": r}
			if r.Chat != "" {
				out = []bot.Outbound{j.toGroup(r.Chat, "followup.close", data, bot.Normal)}
			} else {
				out = []bot.Outbound{j.privately(r.Village, answerer, "followup.close", data)}
			}
			if r.WentUp() {
				// the township resolved it; it hears how it ended
				out = append(out, j.toGroup(j.Config.Township.OfficeChat, "followup.close.office", data, bot.Normal))
			}
			// the other creditors asked who never answered either
			// (med104): told with the reporter's silence, or on their own
			silent, legacy := j.creditorsSilent(&r, nil, at, names, false)
			silent = append(earlySilent, silent...)
			if owed := words.PaymentOwed(r); owed != "" {
				// closed for want of an answer is no word that the money
				// was paid: its mediators ask, privately (a quarrel's
				// money is not the group's)
				data["Owed"], data["Silent"], data["Legacy"] = owed, silent, legacy
				if rest, _, ok := words.RestOwed(r, j.loc, names); ok {
					data["Rest"] = words.RestSaid(rest)
				}
				for _, h := range r.Handlers {
					out = append(out, j.privately(r.Village, h, "followup.close.unpaid", data))
				}
			} else {
				out = append(out, j.silentTold(r, silent, legacy)...)
			}
		default:
			if len(out) == 0 {
				return nil
			}
		}
		return &storage.Change{Scope: sc, MsgID: runID("followup", at, r.ID), Report: &r, Out: out,
			Audit: storage.Audit{At: at, By: village.SystemActor, Action: "followup"}}
	}); err != nil {
		return err
	}
	return j.creditorsAfterClose(ctx, at, now, names)
}

// followupAsks is the day r's 办结 named for its money (words.PaymentDue;
// zero: none) and when its 回访 asks the reporter: followup.remind_after
// after the 办结, or the first run after that day when it is later
// (「赔张三500元 下周一前给」: nobody can say before Monday is over
// whether it was kept; the close waits as long after that).
func (j *jobs) followupAsks(r village.Report, names func(string) bool) (due, asks time.Time) {
	asks = r.ResolvedAt().Add(j.Config.Followup.RemindAfter.Std())
	due = words.PaymentDue(r, j.loc, names)
	if after := due.Add(time.Second); after.After(asks) {
		asks = after
	}
	return due, asks
}

// restAsks is the reporter's newest word on debt settlement r since its
// 办结 that part of the money came (words.RestOwed: 「只还了1000 还差2000
// 说过年前给」), when the 回访 has not asked about the rest since
// (pending), the day he said the rest is due (zero: none), and when the
// 回访 asks: the first run after the day he said the
// rest is due, or followup.remind_after after his word when he said none.
func (j *jobs) restAsks(r village.Report, names func(string) bool) (rest village.Entry, due, asks time.Time, pending bool) {
	rest, due, ok := words.RestOwed(r, j.loc, names)
	if !ok || !rest.At.After(r.FollowedUpAt) {
		return village.Entry{}, time.Time{}, time.Time{}, false
	}
	asks = rest.At.Add(j.Config.Followup.RemindAfter.Std())
	if !due.IsZero() {
		asks = due.Add(time.Second)
	}
	return rest, due, asks, true
}

// creditorsAfterClose asks the other creditors of a debt settlement its
// reporter closed with his 满意 before their turn (med103): his money came,
// theirs may not have; each is asked on his own day as if the item were
// still waiting (r.FollowUps counts as it does there), privately, and the
// item stays closed (「说好的钱没给」 files his matter linked to it). The
// closed items are the village's words.StatusRecent newest: at two or three
// reports a day, the months a debt's day may be away (words.DebtWaitMax).
// One read a day (none while this process follows them), and a commit only
// for a creditor asked.
func (j *jobs) creditorsAfterClose(ctx context.Context, at, now time.Time, names func(string) bool) error {
	for _, v := range j.Config.Villages {
		sc := storage.VillageScope(v.Name)
		reports, _, err := j.Store.FollowedReports(ctx, sc, "", words.StatusRecent)
		if err != nil {
			return err
		}
		for _, r := range reports {
			if r.Status != village.StatusClosed || r.Type != village.Mediation || len(r.Followers) == 0 {
				continue
			}
			// those asked before who never answered are told of first:
			// a later creditor asked now moves FollowedUpAt on
			silent, legacy := j.creditorsSilent(&r, reports, at, names, false)
			out := j.silentTold(r, silent, legacy)
			out = append(out, j.creditorsLeft(&r, at, now, names)...)
			if len(out) == 0 {
				continue
			}
			c := storage.Change{Scope: sc, MsgID: runID("followup", at, r.ID), Report: &r, Out: out,
				Audit: storage.Audit{At: at, By: village.SystemActor, Action: "followup", Note: "creditor"}}
			if _, err := j.Store.Commit(ctx, c); err != nil && !errors.Is(err, storage.ErrConflict) {
				return err
			}
		}
	}
	return nil
}

// creditorsLeft are the asks of closed item r's other creditors whose turn
// came by at and who were not asked yet (those of the reporter's day when
// he closed it before that day, then each later one), r's count of them
// moved on. Its settlement is read as it stood at the 办结 but for the
// reporter's own words since (「满意 钱给了」 is his money, not theirs).
func (j *jobs) creditorsLeft(r *village.Report, at, now time.Time, names func(string) bool) []bot.Outbound {
	settled := words.CreditorView(*r)
	settled.Status = village.StatusResolved
	due, asks := j.followupAsks(settled, names)
	withReporter, later := creditorsDue(settled, due, asks, j.loc, names)
	out, withReporter := j.creditorsEarly(&settled, withReporter, at, now)
	r.CreditorsAskedEarly = settled.CreditorsAskedEarly
	n := r.FollowUps
	if n == 0 {
		if at.Before(asks) {
			r.CreditorsAwaited = settled.CreditorsAwaited
			return out
		}
		for _, c := range withReporter {
			out = append(out, j.creditorAsked(&settled, c, now))
		}
		n = 1
	}
	for n-1 < len(later) && !at.Before(later[n-1].asks) {
		out = append(out, j.creditorAsked(&settled, later[n-1], now))
		n++
	}
	if len(out) > 0 {
		r.FollowUps, r.FollowedUpAt, r.CreditorsAwaited = n, now, settled.CreditorsAwaited
	}
	return out
}

// creditorDue is another creditor of a debt quarrel (words.OtherCreditors):
// his index in its Followers, the day his own part of the 办结 names
// (words.CreditorDue; the reporter's when it names none) and when the
// 回访 asks him.
type creditorDue struct {
	i         int
	due, asks time.Time
	// early: his own day comes before the reporter's and after the
	// 办结; asks is the end of it (creditorsEarly, med111)
	early bool
}

// creditorsDue are r's other creditors asked with its reporter at asks
// (his day, due, or none of their own not later), and those asked later,
// each at the end of his own day, in the order of their days (med102).
// None for a settlement that promised no money. One of now whose own day
// comes after the 办结 and before asks is early: asked at the end of his
// day, before the reporter (creditorsEarly, med111).
func creditorsDue(r village.Report, due, asks time.Time, loc *time.Location, isName func(string) bool) (now, later []creditorDue) {
	if r.Status != village.StatusResolved || words.PaymentOwed(r) == "" {
		return nil, nil
	}
	for _, i := range words.OtherCreditors(r) {
		c := creditorDue{i: i, due: due, asks: asks}
		if own := words.CreditorDue(r, r.Followers[i], loc, isName); !own.IsZero() {
			c.due = own
			after := own.Add(time.Second)
			if after.After(asks) {
				c.asks = after
				later = append(later, c)
				continue
			}
			if after.Before(asks) && own.After(r.ResolvedAt()) {
				c.asks, c.early = after, true
			}
		}
		now = append(now, c)
	}
	slices.SortStableFunc(later, func(a, b creditorDue) int { return a.asks.Compare(b.asks) })
	return now, later
}

// creditorsEarly asks each early one of withReporter (creditorsDue) whose
// day ended by at, once, on his own day, while r's reporter is not asked
// yet, and keeps whom it asked and when (r.CreditorsAskedEarly, med111):
// 周八's 「12月20日前还周八800」 was asked with 张三's 腊月二十, five weeks
// late. rest are those still asked with the reporter: none asked early.
func (j *jobs) creditorsEarly(r *village.Report, withReporter []creditorDue, at, now time.Time) (out []bot.Outbound, rest []creditorDue) {
	for _, c := range withReporter {
		name := r.Followers[c.i]
		if _, asked := r.AskedEarly(name); asked {
			continue
		}
		if c.early && r.FollowUps == 0 && !at.Before(c.asks) {
			out = append(out, j.creditorAsked(r, c, now))
			// clipped: r may share its slices with the followed copy
			r.CreditorsAskedEarly = append(slices.Clip(r.CreditorsAskedEarly), village.Asked{Name: name, At: now})
			continue
		}
		rest = append(rest, c)
	}
	return out, rest
}

// creditorAsked asks another creditor c of r privately whether his money
// came by his day (followup.creditor), his answer awaited on r
// (Report.CreditorsAwaited).
func (j *jobs) creditorAsked(r *village.Report, c creditorDue, now time.Time) bot.Outbound {
	asked := map[string]any{"R": *r, "Now": now, "Days": j.closeDays()}
	if !c.due.IsZero() {
		asked["Due"], asked["DueLunar"] = c.due, words.DueLunar(*r, c.due.In(j.loc))
	}
	if name := r.Followers[c.i]; !slices.Contains(r.CreditorsAwaited, name) {
		// clipped: r may share its slices with the followed copy
		r.CreditorsAwaited = append(slices.Clip(r.CreditorsAwaited), name)
	}
	return j.privately(r.Village, j.People.Address(r.FollowerKey(c.i), r.Followers[c.i]), "followup.creditor", asked)
}

// closeDays is followup.close_after in whole days (at least one): how
// long a creditor asked has to answer before his mediators hear he did not.
func (j *jobs) closeDays() int {
	return max(1, int(j.Config.Followup.CloseAfter.Std()/(24*time.Hour)))
}

// creditorsSilent are the creditors r's 回访 asked (r.CreditorsAwaited;
// or, on an item asked before they were kept, legacyAsked) who said
// nothing since, each once followup.close_after passed since he was asked
// (r.CreditorAskedAt: on his own day, or with the others at FollowedUpAt;
// earlyOnly: only those asked on their own day, med112): no word of his
// kept on r after its 办结 (「钱收到了」, handlers.creditorAnswered), no
// quarrel of his filed linked to it (「说好的钱没给」 after the close, found
// among reports). Those whose time passed are taken off r's awaited, the
// silent and those who answered alike, and r.CreditorsToldAt set: each is
// chased once, by his mediators (silentTold), not asked again by the bot,
// as the reporter who never answers is not (followup.close.unpaid).
func (j *jobs) creditorsSilent(r *village.Report, reports []village.Report, at time.Time, names func(string) bool, earlyOnly bool) (silent []string, legacy bool) {
	awaited := r.CreditorsAwaited
	if len(awaited) == 0 && !earlyOnly {
		awaited, legacy = j.legacyAsked(*r, at, names), true
	}
	wait := j.Config.Followup.CloseAfter.Std()
	var due, left []string
	for _, name := range awaited {
		_, early := r.AskedEarly(name)
		if earlyOnly && !early || at.Before(r.CreditorAskedAt(name).Add(wait)) {
			left = append(left, name)
			continue
		}
		due = append(due, name)
	}
	if len(due) == 0 {
		return nil, false
	}
	done := r.ResolvedAt()
	for _, name := range due {
		spoke := slices.ContainsFunc(r.History, func(e village.Entry) bool { return e.By == name && e.At.After(done) }) ||
			slices.ContainsFunc(reports, func(o village.Report) bool {
				return o.Recurs == r.ID && o.Reporter == name && o.CreatedAt.After(done)
			})
		if !spoke {
			silent = append(silent, name)
		}
	}
	if legacy {
		left = nil
	}
	r.CreditorsAwaited, r.CreditorsToldAt = left, at
	return silent, legacy
}

// legacyWithin is how long after its last ask a debt settlement asked
// before its creditors were kept awaited (med104) has them chased still.
const legacyWithin = 30 * 24 * time.Hour

// legacyAsked are the other creditors r's 回访 asked before the asks were
// kept (Report.CreditorsAwaited, med104): told then 「给了就不用回」, none
// was awaited, and nobody heard when one said nothing (med105). They are
// those whose turn came by r.FollowedUpAt (creditorsDue, on the
// settlement as they read it), on an item asked within legacyWithin whose
// mediators were never told of silent creditors (CreditorsToldAt).
func (j *jobs) legacyAsked(r village.Report, at time.Time, names func(string) bool) []string {
	if r.FollowUps == 0 || !r.CreditorsToldAt.IsZero() || at.Sub(r.FollowedUpAt) > legacyWithin || len(r.Followers) == 0 {
		return nil
	}
	settled := words.CreditorView(r)
	settled.Status = village.StatusResolved
	due, asks := j.followupAsks(settled, names)
	withReporter, later := creditorsDue(settled, due, asks, j.loc, names)
	var asked []string
	for _, c := range append(withReporter, later...) {
		if !c.asks.After(r.FollowedUpAt) {
			asked = append(asked, r.Followers[c.i])
		}
	}
	return asked
}

// silentTold tells r's mediators, privately, of the creditors asked at its
// 回访 who never answered whether their money came (creditorsSilent):
// they may not read WeChat, and nobody else asks them again. legacy: they
// were asked when the ask said 「给了就不用回」 (legacyAsked).
func (j *jobs) silentTold(r village.Report, silent []string, legacy bool) []bot.Outbound {
	if len(silent) == 0 {
		return nil
	}
	data := map[string]any{"R": r, "Silent": silent, "Days": j.closeDays(), "Closed": r.Status == village.StatusClosed, "Legacy": legacy}
	var out []bot.Outbound
	for _, h := range r.Handlers {
		out = append(out, j.privately(r.Village, h, "followup.creditor.silent", data))
	}
	return out
}

// told reports whether r is a procedure question the bot answered with its
// procedure (no acceptance deadline, handlers.Router.report) on which
// nothing happened for after: the villager never asked again.
func told(r village.Report, at time.Time, after time.Duration) bool {
	if !r.ProcedureAnswered() || after <= 0 {
		return false
	}
	last := r.CreatedAt
	if n := len(r.History); n > 0 && r.History[n-1].At.After(last) {
		last = r.History[n-1].At
	}
	return !at.Before(last.Add(after))
}

func names(ps []village.Person) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		if !seen[p.Name] {
			seen[p.Name] = true
			out = append(out, p.Name)
		}
	}
	return out
}

// packBlocks joins blocks, a blank line apart, into texts of at most max
// runes, each block whole in one of them: as many blocks in each as fit,
// the texts after the first opening with more (a block longer than max
// alone is left to the transport's split; so is the heading, blocks[0],
// with an item too long to join it under max: a heading alone says
// nothing). max <= 0: one text. foot, when
// not "", ends the last text and never stands alone after more (town102:
// a 「（续）」 of five filings held only the commands): when it does not
// fit, the last text's last block moves on with it, unless that would
// leave a text with no item (blocks[0] heads the list); then it stays
// there over max, for the transport to split.
func packBlocks(blocks []string, max int, more, foot string) []string {
	var texts []string
	cur, n, k := "", 0, 0 // the text being filled, its runes, its blocks
	for _, b := range blocks {
		bn := utf8.RuneCountInString(b)
		switch {
		case cur == "":
			cur, n, k = b, bn, 1
		case max <= 0 || n+2+bn <= max || len(texts) == 0 && k == 1: // the heading keeps its first item
			cur, n, k = cur+"\n\n"+b, n+2+bn, k+1
		default:
			texts = append(texts, cur)
			cur, k = more+"\n\n"+b, 1
			n = utf8.RuneCountInString(cur)
		}
	}
	if foot != "" && cur != "" {
		keep := 1 // blocks that must stay: an item, or the heading and one
		if len(texts) == 0 {
			keep = 2
		}
		if max > 0 && n+2+utf8.RuneCountInString(foot) > max && k > keep {
			last := blocks[len(blocks)-1]
			texts = append(texts, strings.TrimSuffix(cur, "\n\n"+last))
			cur = more + "\n\n" + last
		}
		cur += "\n\n" + foot
	}
	if cur != "" {
		texts = append(texts, cur)
	}
	return texts
}
