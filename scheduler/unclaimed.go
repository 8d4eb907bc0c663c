package scheduler

import (
	"context"
	"time"

	"github.com/robfig/cron/v3"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// unclaimed reminds the township office of the items sent up to it (上报镇,
// by a leader or by the overdue check) that no officer has taken over
// (确认) when the time to accept one of their type (sla.<type>.accept,
// counted from the filing on the SLA's calendar) has passed: one message
// naming each, how long it has waited and the command that takes it on.
// It runs on working days only (sla.business_days) and at most once a
// day: the message's id is the day's, so a second occurrence of the day
// (a schedule of several a day, a catch-up) posts nothing again. An item
// whose township deadline the overdue check told the office of today is
// left out: it heard of it once today. Emergencies are the watchdog's.
// An item already due at the previous working day's run (listedBefore)
// is told again in brief (town99): its number and how long it has waited
// on one line with the others (「仍有 3 件没人接手：…」), not its words and
// the explanation again; the 早报 an hour and a half before listed it in
// full (unclaimedFirstBy). Only the items new to the list are told in
// full (unclaimed.office, with the brief line after them); a list of
// repeats alone is unclaimed.office.again, the commands naming them all.
func (j *jobs) unclaimed(ctx context.Context, at, now time.Time) error {
	cal := j.Config.Calendar()
	if !cal.IsBusinessDay(now) {
		return nil
	}
	day := j.startOfDay(now)
	prev := j.previousBusinessDay(now)
	var items, again []map[string]any
	for _, v := range j.Config.Villages {
		reports, err := j.Store.AllOpenReports(ctx, storage.VillageScope(v.Name))
		if err != nil {
			return err
		}
		for i := range reports {
			r := &reports[i]
			up := r.EscalatedAt()
			if !r.TownToTake(j.People.Lookup) || !j.unclaimedDue(r, now) ||
				j.startOfDay(r.RemindedAt).Equal(day) {
				continue
			}
			// Days counts calendar days, as the date beside it reads
			// (12月14日上报，已等2天 on the 16th), not whole 24 hours
			// Asked: a 督办 or question still waiting on it, said on its
			// line as the 早报 says it (town91)
			item := map[string]any{"R": r, "Since": up, "Days": j.days(up, now), "Now": now, "Asked": r.WaitingAsk(now)}
			if j.listedBefore(r, prev) {
				again = append(again, item)
			} else {
				items = append(items, item)
			}
		}
	}
	ts := storage.TownshipScope(j.Config.Township.Name)
	inDigest := false
	if len(again) > 0 {
		var err error
		if inDigest, err = j.listedThisMorning(ctx, ts, now, len(again)); err != nil {
			return err
		}
	}
	if len(items) == 0 && (len(again) == 0 || inDigest) {
		return nil
	}
	// caught up after downtime, it says when it was due (town103), as
	// the 早报 does
	data := digestTime(map[string]any{"Items": items, "Again": again, "InDigest": inDigest}, at, now)
	name := "unclaimed.office"
	if len(items) == 0 {
		name = "unclaimed.office.again"
	}
	out := j.toGroup(j.Config.Township.OfficeChat, name, data, bot.Normal)
	return j.post(ctx, ts, runID("unclaimed", day), out)
}

// listedThisMorning reports whether the 早报 was posted the day of now,
// before it, with room to list n items the list would repeat (town100:
// the brief 「仍有 3 件没人接手」 named at 10:00 the numbers the 早报 had
// listed, each with its command, at 08:30). Without that 早报 (the bot
// was down, it is off, or it had more to list than it shows) the brief
// line stays the daily ask.
func (j *jobs) listedThisMorning(ctx context.Context, ts storage.Scope, now time.Time, n int) (bool, error) {
	if n > digestItems {
		return false, nil
	}
	runs, err := j.Store.Counters(ctx, ts, digestRunsHash)
	if err != nil {
		return false, err
	}
	posted := time.Unix(runs[morningPosted], 0)
	return runs[morningPosted] > 0 && j.startOfDay(posted).Equal(j.startOfDay(now)) && !posted.After(now), nil
}

// listedBefore reports whether 【镇里待接手】 of the working day before,
// run at prev (zero: none), had r to list already: sent up before it and
// past its time to accept then. The list that day may have left it out
// for the overdue check's word of the same morning: the office heard of
// it either way.
func (j *jobs) listedBefore(r *village.Report, prev time.Time) bool {
	return !prev.IsZero() && r.EscalatedAt().Before(prev) && j.unclaimedDue(r, prev)
}

// unclaimedFirstBy is the 早报's rule, posted at now, for the items it
// leaves to 【镇里待接手】 at later (village.OfficeDigest.ListLater): when
// r's time to accept runs out, for an item that list will tell in full
// for the first time; zero for one the 早报 lists itself: an item the
// list repeats only in brief (listedBefore), and one whose township
// deadline an overdue check between the two tells the office of first
// (the list leaves that out: the 早报 said 「10:00另发」 of an item the
// 10:00 list never named).
func (j *jobs) unclaimedFirstBy(now, later time.Time) func(r *village.Report) time.Time {
	prev := j.previousBusinessDay(later)
	checked := j.lastRunBefore(j.Config.Schedules.Overdue, now, later)
	return func(r *village.Report) time.Time {
		if j.listedBefore(r, prev) {
			return time.Time{}
		}
		if !checked.IsZero() && r.Status == village.StatusEscalated && !r.DueAt.IsZero() &&
			!r.DueAt.After(checked) && r.RemindedAt.Before(r.DueAt) {
			return time.Time{}
		}
		return j.unclaimedBy(r)
	}
}

// lastRunBefore is the last occurrence of the cron spec after from and
// before to; zero when there is none (or the spec does not parse).
func (j *jobs) lastRunBefore(spec string, from, to time.Time) time.Time {
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return time.Time{}
	}
	var last time.Time
	for next := sched.Next(from.In(j.loc)); !next.IsZero() && next.Before(to); next = sched.Next(next) {
		last = next
	}
	return last
}

// unclaimedDue reports whether r, sent up and not taken over, is of those
// 【镇里待接手】 lists at at: no emergency, past its time to accept.
func (j *jobs) unclaimedDue(r *village.Report, at time.Time) bool {
	due := j.unclaimedBy(r)
	return !due.IsZero() && !at.Before(due)
}

// unclaimedBy is when r, sent up and not taken over, is past its time to
// accept and 【镇里待接手】's to list; zero for an emergency (the
// watchdog's) or an item not sent up.
func (j *jobs) unclaimedBy(r *village.Report) time.Time {
	up := r.EscalatedAt()
	if r.Type == village.Emergency || up.IsZero() {
		return time.Time{}
	}
	return j.Config.AcceptBy(r.Type, up)
}

// unclaimedLater is when 【镇里待接手】 runs next the day of at, after
// it; zero when it does not that day (not a business day, or its time has
// passed): the 早报 leaves to it the items it lists (village.OfficeDigest.ListLater).
func (j *jobs) unclaimedLater(at time.Time) time.Time {
	sched, err := cron.ParseStandard(j.Config.Schedules.Unclaimed)
	if err != nil {
		return time.Time{}
	}
	next := sched.Next(at.In(j.loc))
	if !j.startOfDay(next).Equal(j.startOfDay(at)) || !j.Config.Calendar().IsBusinessDay(next) {
		return time.Time{}
	}
	return next
}

// previousBusinessDay is now's clock on the working day before it (within
// two weeks), when 【镇里待接手】 last ran; zero when there is none.
func (j *jobs) previousBusinessDay(now time.Time) time.Time {
	cal := j.Config.Calendar()
	for d := 1; d <= 14; d++ {
		if t := now.AddDate(0, 0, -d); cal.IsBusinessDay(t) {
			return t
		}
	}
	return time.Time{}
}
