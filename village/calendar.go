package village

import "time"

// Calendar computes deadlines. The zero value counts plain clock time:
// Add(start, d) is start.Add(d).
//
// A business calendar (NewCalendar) counts limits of a day or more in
// business days: Monday to Friday in its zone, minus its holidays, plus its
// make-up working days (调休上班, which fall on weekends).
//
//   - A limit that is a whole number of days (24h counts as 1d) ends that
//     many business days later at the same clock time: 3d from Friday 10:00
//     is Wednesday 10:00.
//   - Counting starts at once on a business day; on a weekend or holiday it
//     starts at 00:00 of the next business day, and whole days end with the
//     last of them: 3d from Saturday 10:00 is Wednesday 23:59:59 (EndOfDay),
//     also when Thursday is a holiday.
//   - A limit with a part day (36h = 1d12h) adds the part as clock time on
//     business days, skipping the days off it runs into.
//   - A limit shorter than a day is plain clock time even on a day off:
//     such a limit asks for something soon.
//   - Emergencies always use plain clock time (Due, Extend).
//
// A business day counts all 24 hours; nights are not taken out.
type Calendar struct {
	on       bool
	loc      *time.Location
	holidays map[civil]bool
	workdays map[civil]bool
	quiet    quiet
}

// quiet is the night the bot posts nothing in (config quiet_hours), in
// minutes of the day of loc; an SLA deadline never falls in it (Deadline,
// Extend).
type quiet struct {
	loc        *time.Location
	start, end int
}

// WithQuiet returns c with the quiet hours [start, end) in minutes of the
// day in loc (end may be before start: across midnight).
func (c Calendar) WithQuiet(loc *time.Location, start, end int) Calendar {
	if loc == nil {
		loc = time.UTC
	}
	c.quiet = quiet{loc: loc, start: start, end: end}
	return c
}

// awake moves a deadline that falls in the quiet hours out of them while
// keeping its date, the one the 进展 reply names (顺延到12月11日): a
// morning one to the end of the night (04:06 → 07:00), an evening one to
// just before the night begins (22:30 → 20:59:59).
func (q quiet) awake(t time.Time) time.Time {
	if q.loc == nil || q.start == q.end {
		return t
	}
	l := t.In(q.loc)
	y, m, d := l.Date()
	at := func(min int) time.Time { return time.Date(y, m, d, min/60, min%60, 0, 0, q.loc) }
	mins := l.Hour()*60 + l.Minute()
	switch {
	case q.start < q.end && mins >= q.start && mins < q.end: // a night inside one day
		return at(q.start).Add(-time.Second)
	case q.start > q.end && mins < q.end: // after midnight
		return at(q.end)
	case q.start > q.end && mins >= q.start: // before midnight
		return at(q.start).Add(-time.Second)
	}
	return t
}

// leave moves a deadline counted from start out of the quiet hours as
// awake does; one that awake would move to start or before it (a limit of
// hours from a night report: 22:00 + 1h → 20:59:59) goes to the end of the
// night instead (07:00), so it never ends before it began.
func (q quiet) leave(start, t time.Time) time.Time {
	a := q.awake(t)
	if a.After(start) || !a.Before(t) {
		return a
	}
	l := t.In(q.loc)
	y, m, d := l.Date()
	if q.start > q.end && l.Hour()*60+l.Minute() >= q.start {
		d++ // a night across midnight ends the day after
	}
	return time.Date(y, m, d, q.end/60, q.end%60, 0, 0, q.loc)
}

// civil is a date without a zone.
type civil struct {
	y int
	m time.Month
	d int
}

func civilOf(t time.Time) civil {
	y, m, d := t.Date()
	return civil{y, m, d}
}

const oneDay = 24 * time.Hour

// NewCalendar returns a business calendar in loc (UTC when nil). Holidays
// and workdays are dates: each one's own year, month and day count, as
// written, whatever its zone. A date in both lists is a working day.
func NewCalendar(loc *time.Location, holidays, workdays []time.Time) Calendar {
	if loc == nil {
		loc = time.UTC
	}
	c := Calendar{on: true, loc: loc, holidays: map[civil]bool{}, workdays: map[civil]bool{}}
	for _, t := range holidays {
		c.holidays[civilOf(t)] = true
	}
	for _, t := range workdays {
		c.workdays[civilOf(t)] = true
	}
	return c
}

// BusinessDays reports whether c counts business days.
func (c Calendar) BusinessDays() bool { return c.on }

// IsBusinessDay reports whether t falls on a working day in c's zone;
// every day is one when c counts plain clock time.
func (c Calendar) IsBusinessDay(t time.Time) bool {
	if !c.on {
		return true
	}
	return c.business(t.In(c.loc))
}

// business reports whether t's date (t already in c.loc) is a working day.
func (c Calendar) business(t time.Time) bool {
	k := civilOf(t)
	switch {
	case c.workdays[k]:
		return true
	case c.holidays[k]:
		return false
	}
	wd := t.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// Add returns the deadline d after start (see Calendar for the rules).
func (c Calendar) Add(start time.Time, d time.Duration) time.Time {
	if !c.on || d < oneDay {
		return start.Add(d)
	}
	return c.addBusiness(start, d)
}

// Due is Add, except that an emergency's deadline is always plain clock
// time: no calendar may delay it.
func (c Calendar) Due(typ Type, start time.Time, d time.Duration) time.Time {
	if typ == Emergency {
		return start.Add(d)
	}
	return c.Add(start, d)
}

// Deadline is Due for an SLA deadline counted at filing or acceptance
// (sla.<type>.accept, resolve): a non-emergency one leaves the quiet hours
// by Extend's rule (awake: 24h from a 23:30 report ends 20:59:59 the next
// day, 3d from a 01:00 acceptance ends 07:00), as no reminder is due at
// night; one that would then end before it began ends with the night
// (leave). An emergency's is Due's plain clock time.
func (c Calendar) Deadline(typ Type, start time.Time, d time.Duration) time.Time {
	due := c.Due(typ, start, d)
	if typ == Emergency {
		return due
	}
	return c.quiet.leave(start, due)
}

// Extend moves deadline due on by the time that passed between from and
// to, while the item waited for the villager: on a business calendar only
// the business time of the pause counts, added as business time. An
// emergency's deadline moves by plain clock time. Any other moved
// deadline stays on the day it lands on but out of the quiet hours
// (WithQuiet): the 进展 reply names that day, and no reminder is due at night.
func (c Calendar) Extend(typ Type, due, from, to time.Time) time.Time {
	if from.IsZero() || !to.After(from) {
		return due
	}
	if typ == Emergency {
		return due.Add(to.Sub(from))
	}
	if !c.on {
		return c.quiet.awake(due.Add(to.Sub(from)))
	}
	return c.quiet.awake(c.addBusiness(due, c.between(from, to)))
}

// WorkingEnd moves an end that falls on a day off to the end of the next
// business day: a period such as the 公示 objection window should not run
// out while people are away. An end at 00:00 is the end of the day before.
// Plain clock time (the zero Calendar) moves nothing.
func (c Calendar) WorkingEnd(t time.Time) time.Time {
	if !c.on || c.business(t.Add(-time.Nanosecond).In(c.loc)) {
		return t
	}
	return EndOfDay(c.nextBusiness(t.Add(-time.Nanosecond).In(c.loc), 0, 0, 0, 0))
}

// addBusiness adds d of business time to start: whole days day by day,
// then the rest as clock time, carried over the days off it reaches.
func (c Calendar) addBusiness(start time.Time, d time.Duration) time.Time {
	if d <= 0 {
		return start // a pause that took no business time
	}
	t := start.In(c.loc)
	days, rest := int(d/oneDay), d%oneDay
	if !c.business(t) {
		t = c.nextBusiness(t, 0, 0, 0, 0)
		if rest == 0 {
			// Whole days from 00:00 end with the last of them, not at
			// 00:00 of the day after (which reads as a deadline of
			// "today 00:00", and skips that day too when it is off).
			for range days - 1 {
				t = c.nextBusiness(t, 0, 0, 0, 0)
			}
			return EndOfDay(t)
		}
	}
	for range days {
		t = c.nextBusiness(t, t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	}
	if rest == 0 {
		return t
	}
	end := t.Add(rest)
	if civilOf(end) != civilOf(t) && !c.business(end) && !end.Equal(StartOfDay(end)) {
		// carried into a day off: the rest goes on on the next working
		// day (ending exactly at midnight, it ended with the working day)
		end = c.nextBusiness(end, 0, 0, 0, 0).Add(end.Sub(StartOfDay(end)))
	}
	return end
}

// EndOfDay is the last second of t's day in t's zone: a deadline of "by
// 6 March" (3月6日前) reads as that day, not as 00:00 of the next.
func EndOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, t.Location()).Add(-time.Second)
}

// nextBusiness is the given clock time on the first business day after
// t's date.
func (c Calendar) nextBusiness(t time.Time, hour, minute, sec, nsec int) time.Time {
	y, m, d := t.Date()
	for i := 1; ; i++ { // ends: the holiday list is finite, weekdays are not
		n := time.Date(y, m, d+i, hour, minute, sec, nsec, c.loc)
		if c.business(n) {
			return n
		}
	}
}

// between is the business time in [from, to).
func (c Calendar) between(from, to time.Time) time.Duration {
	var sum time.Duration
	for t := from.In(c.loc); t.Before(to); {
		y, m, d := t.Date()
		next := time.Date(y, m, d+1, 0, 0, 0, 0, c.loc)
		end := next
		if to.Before(end) {
			end = to
		}
		if c.business(t) {
			sum += end.Sub(t)
		}
		t = next
	}
	return sum
}

// WeekdayName names d as a calendar on the wall does: 周日, 周一 … 周六.
func WeekdayName(d time.Weekday) string {
	return [...]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"}[d]
}

// StartOfDay is the start of t's day (00:00) in t's zone.
func StartOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}
