// Package coverage tallies how the phone calls to villagers without
// WeChat went over a month, per grid: who was due a call, who was
// reached, who was tried and not reached, who was not called. The
// township's monthly coverage report (scheduler) and a cadre's question
// in chat (「回访覆盖率多少」, handlers) read it the same way.
package coverage

import (
	"fmt"
	"strings"
	"time"

	"gridbot/config"
	"gridbot/village"
)

// People is the roster as the tally reads it.
type People interface {
	All() []village.Person
	// Address is the name that reaches the person with a Person.Key.
	Address(key, name string) string
}

// Month is the span tallied: [Start, End). End is the month's end for
// the monthly report, or now for "this month so far".
type Month struct {
	Start, End time.Time
	Loc        *time.Location // days are counted in it (one call a day)
}

// Tally is what one village's call tasks say about each person (by
// Person.Key) for a Month.
type Tally struct {
	reached    map[string]bool               // reached in the month
	tasked     map[string]bool               // given a (not lapsed) call task due in the month
	firstDue   map[string]time.Time          // the earliest of those tasks' due times
	unreached  map[string]bool               // closed in the month as 联系不上 (reported to the township)
	tried      map[string]bool               // a 未接通 logged in the month
	away       map[string]string             // a 未接通 closed in the month as she is in hospital or away (village.CallAway): who said so (village.Call.AwayLabel)
	days       map[string]map[time.Time]bool // the days of the month someone got through (one call a day)
	lastBefore map[string]time.Time          // last reached call before the month
	from       time.Time                     // when owed calls are counted from: the month's start, or deployment
	month      Month
}

// Calls reads a village's call tasks for month m. It reports false when
// no call task is due before m.End: the bot did not run the village's
// calls that month.
func Calls(all []village.Call, m Month) (Tally, bool) {
	start, end := m.Start, m.End
	tl := Tally{reached: map[string]bool{}, tasked: map[string]bool{}, firstDue: map[string]time.Time{}, unreached: map[string]bool{},
		tried: map[string]bool{}, away: map[string]string{}, days: map[string]map[time.Time]bool{}, lastBefore: map[string]time.Time{}, month: m}
	from := end // the first call task's due time, when before end
	for _, c := range all {
		if c.Due.Before(from) {
			from = c.Due
		}
		if c.Status == village.CallReached && !c.LoggedAt.Before(start) && c.LoggedAt.Before(end) {
			tl.reached[c.PersonKey] = true
			if tl.days[c.PersonKey] == nil {
				tl.days[c.PersonKey] = map[time.Time]bool{}
			}
			// a second log the same day (the note again, with more to
			// say; a call and a visit) is not a second week's call
			tl.days[c.PersonKey][m.day(c.LoggedAt)] = true
		}
		if c.Status == village.CallReached && c.LoggedAt.Before(start) && c.LoggedAt.After(tl.lastBefore[c.PersonKey]) {
			tl.lastBefore[c.PersonKey] = c.LoggedAt
		}
		if c.Status == village.CallUnreached && !c.ClosedAt.Before(start) && c.ClosedAt.Before(end) {
			tl.unreached[c.PersonKey] = true // reported to the township then: the month's report says it again
		}
		if c.Status == village.CallAway && !c.LoggedAt.Before(start) && c.LoggedAt.Before(end) {
			tl.away[c.PersonKey] = c.AwayLabel()
		}
		if c.MissedIn(start, end) {
			// a try in the month got no answer, whatever the task's
			// last log: one missed in the month and reached after it
			// ended was called in it
			tl.tried[c.PersonKey] = true
		}
		if c.Status != village.CallLapsed && !c.Due.Before(start) && c.Due.Before(end) {
			// a task closed as lapsed (made only to pass on notices,
			// no longer needed) owed no visit: it does not make its
			// person due
			tl.tasked[c.PersonKey] = true
			if d, ok := tl.firstDue[c.PersonKey]; !ok || c.Due.Before(d) {
				tl.firstDue[c.PersonKey] = c.Due
			}
		}
	}
	if !from.Before(end) {
		return Tally{}, false
	}
	if from.Before(start) {
		from = start // owed calls are counted from the month's start, or deployment
	}
	tl.from = from
	return tl, true
}

func (m Month) day(at time.Time) time.Time {
	t := at.In(m.Loc)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, m.Loc)
}

// Due reports whether p, a person without WeChat, was due a call in the
// month: reached or tasked in it, or due by the care interval since the
// last call reached before it.
func (tl Tally) Due(p village.Person, o config.Outreach) bool {
	if tl.reached[p.Key()] || tl.tasked[p.Key()] {
		return true
	}
	every := village.CareInterval(p.Care, o.High.Std(), o.Focus.Std(), o.Normal.Std())
	last, ok := tl.lastBefore[p.Key()]
	return every > 0 && (!ok || last.Add(every).Add(-12*time.Hour).Before(tl.month.End))
}

// Late reports whether p, due and not reached, was due before the day
// the month's tally ends on: a call task of the month due on an earlier
// day, or the care interval since the last call reached before the month
// run out before it. One listed this morning is not late yet; nor is one
// never reached and never listed (the list to come says when).
func (tl Tally) Late(p village.Person, o config.Outreach) bool {
	due, ok := tl.firstDue[p.Key()]
	if !ok {
		every := village.CareInterval(p.Care, o.High.Std(), o.Focus.Std(), o.Normal.Std())
		last, reached := tl.lastBefore[p.Key()]
		if every <= 0 || !reached {
			return false
		}
		due = last.Add(every)
	}
	return tl.month.day(due).Before(tl.month.day(tl.month.End))
}

// Reached reports whether p was reached in the month.
func (tl Tally) Reached(p village.Person) bool { return tl.reached[p.Key()] }

// Days is on how many days of the month p was reached (one call a day).
func (tl Tally) Days(p village.Person) int { return len(tl.days[p.Key()]) }

// Tried reports whether a call to p was logged 未接通 in the month.
func (tl Tally) Tried(p village.Person) bool { return tl.tried[p.Key()] }

// Unreached reports whether p's task was closed in the month as 联系不上.
func (tl Tally) Unreached(p village.Person) bool { return tl.unreached[p.Key()] }

// Owed is how many calls p's care tier asks for in the month (from its
// start, or deployment): one per care interval that fits, at least one
// (a weekly 高 elder is owed 4 in a month of 30 days).
func (tl Tally) Owed(p village.Person, o config.Outreach) int {
	every := village.CareInterval(p.Care, o.High.Std(), o.Focus.Std(), o.Normal.Std())
	if every <= 0 {
		return 1
	}
	return max(1, int(tl.month.End.Sub(tl.from)/every))
}

// Row is one grid's coverage.
type Row struct {
	Village, Grid         string
	Due, Reached, Percent int
	// Missed are the people called in the month (未接通 logged) but never
	// reached; Uncalled those nobody logged a call to: the township chases
	// the two differently (a visit, or the worker).
	Missed, Uncalled []Missing
	// Short are the people reached in the month, but fewer times than
	// their care tier asks (a weekly 高 elder phoned once): "王奶奶 1/4 次".
	Short []Missing
	// Left are the people due and not reached yet, with their phones
	// (Missed and Uncalled together, as the grid's cadres call them).
	Left []Left
	// Late is how many of Left were due before today (Tally.Late): for
	// this month so far, whether the grid is behind at all.
	Late int
}

// Left is a person due a call and not reached yet in the month.
type Left struct {
	Name, Phone, Worker string
	Key                 string // her village.Person.Key: her calls still to make (Pending)
	Tried               bool   // called, 未接通
	Unreached           bool   // closed as 联系不上, told to the township
	Away                string // 未接通, she is in hospital or away, and who said so: paused (village.CallAway, village.Call.AwayLabel)
	Note                string // her worker was away in the month (NoteAway)
}

// Missing are the people a worker did not reach in the month, all in
// the same state when Note says one ("联系不上，已报镇"): said in one
// bracket with the worker, 「石德贵（联系不上，已报镇；王五负责）」.
type Missing struct {
	Worker, Note string
	People       []string
}

// unreachedNote is the Note of the people closed as 联系不上 and told to
// the township.
const unreachedNote = "联系不上，已报镇"

// awayNote is the Note of the people not reached as she is in hospital or
// away, by who said so (village.CallAway, village.Call.AwayLabel: 「家里说
// 住院了」, 「王五说不在家」, call76): tried, and paused, not lost.
func awayNote(said string) string { return "没打通，" + said }

// addMissing adds person, not reached by worker, to ms, with those of
// the same worker and note.
func addMissing(ms []Missing, worker, note, person string) []Missing {
	for i := range ms {
		if ms[i].Worker == worker && ms[i].Note == note {
			ms[i].People = append(ms[i].People, person)
			return ms
		}
	}
	return append(ms, Missing{Worker: worker, Note: note, People: []string{person}})
}

// Rows builds village v's rows, one a grid with someone due; only grid,
// when not empty.
func Rows(people People, o config.Outreach, v config.Village, tl Tally, grid string) []Row {
	all := people.All()
	var rows []Row
	for _, g := range v.Grids {
		if grid != "" && g.Name != grid {
			continue
		}
		row := Row{Village: v.Name, Grid: g.Name}
		for _, p := range all {
			if p.Village != v.Name || p.Grid != g.Name || p.UsesWeChat || !tl.Due(p, o) {
				continue
			}
			row.Due++
			w := village.Phoner(all, p)
			worker := people.Address(w.Key(), w.Name)
			switch {
			case tl.reached[p.Key()]:
				row.Reached++
				if want := tl.Owed(p, o); len(tl.days[p.Key()]) < want {
					row.Short = addMissing(row.Short, worker, "", fmt.Sprintf("%s %d/%d 次", p.Name, len(tl.days[p.Key()]), want))
				}
				continue
			case tl.unreached[p.Key()]:
				row.Missed = addMissing(row.Missed, worker, unreachedNote, p.Name)
			case tl.away[p.Key()] != "":
				row.Missed = addMissing(row.Missed, worker, awayNote(tl.away[p.Key()]), p.Name)
			case tl.tried[p.Key()]:
				row.Missed = addMissing(row.Missed, worker, "", p.Name)
			default:
				row.Uncalled = addMissing(row.Uncalled, worker, "", p.Name)
			}
			if tl.Late(p, o) {
				row.Late++
			}
			row.Left = append(row.Left, Left{Name: people.Address(p.Key(), p.Name), Phone: p.Phone, Worker: worker, Key: p.Key(),
				Tried: tl.tried[p.Key()], Unreached: tl.unreached[p.Key()], Away: tl.away[p.Key()]})
		}
		if row.Due == 0 {
			continue
		}
		row.Percent = village.Percent(row.Reached, row.Due)
		rows = append(rows, row)
	}
	return rows
}

// Pending are the calls of calls still to make (village.Call.Pending) to
// the people left in rows: the calls a report asks made up, logged as
// village.Relaying says (call94).
func Pending(calls []village.Call, rows []Row) []village.Call {
	left := map[string]bool{}
	for _, r := range rows {
		for _, l := range r.Left {
			left[l.Key] = true
		}
	}
	var out []village.Call
	for _, c := range calls {
		if c.Pending() && left[c.PersonKey] {
			out = append(out, c)
		}
	}
	return out
}

// Total sums the rows, and says whether any row has people reached too
// seldom (short) or called without getting through (missed).
func Total(rows []Row) (total Row, short, missed bool) {
	for _, r := range rows {
		total.Due, total.Reached, total.Late = total.Due+r.Due, total.Reached+r.Reached, total.Late+r.Late
		short = short || len(r.Short) > 0
		missed = missed || len(r.Missed) > 0
	}
	total.Percent = village.Percent(total.Reached, total.Due)
	return total, short, missed
}

// NoteAway says, beside the people of each row whose worker was away
// (aways: each worker's last kept absence) in the month, that he was
// away and who covered: 「石德贵（王五12月1日至12月8日请假，李四代打；王五负责）」.
// The calls are still owed (the elders' care did not pause): the
// township reads whose days they were, not a lower count.
func NoteAway(rows []Row, people People, aways []village.Away, m Month) {
	all := people.All()
	for _, a := range aways {
		first, last := m.day(a.Start()), a.LastDay().In(m.Loc)
		if a.Back.IsZero() || !a.Back.After(m.Start) || !a.Start().Before(m.End) || last.Before(first) {
			continue // not away in the month
		}
		w := village.Person{Name: a.Worker}
		for _, p := range all {
			if p.Key() == a.WorkerKey {
				w = p
			}
		}
		worker := people.Address(a.WorkerKey, a.Worker)
		days := first.Format(village.DateLayout)
		if m.day(last).After(first) {
			days += "至" + last.Format(village.DateLayout)
		}
		note := worker + days + "请假"
		if c, ok := village.StandIn(all, w.Village, a, nil); ok {
			note += "，" + people.Address(c.Key(), c.Name) + "代打"
		}
		for i := range rows {
			for j := range rows[i].Left {
				if l := &rows[i].Left[j]; l.Worker == worker {
					l.Note = strings.TrimPrefix(l.Note+"；"+note, "；") // two absences: both
				}
			}
			for _, ms := range []*[]Missing{&rows[i].Missed, &rows[i].Uncalled, &rows[i].Short} {
				for j := range *ms {
					if mm := &(*ms)[j]; mm.Worker == worker {
						mm.Note = strings.TrimPrefix(mm.Note+"；"+note, "；")
					}
				}
			}
		}
	}
}
