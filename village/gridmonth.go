package village

import (
	"reflect"
	"slices"
	"time"
)

// GridMonth is what one grid's items did in a stretch of time [start,
// end), a month mostly: the township's monthly report and its grid by
// grid comparison (网格排名) count alike. Each count is of items, not of
// steps: an item resolved, reopened and resolved again is one item
// resolved and one item reopened; it is 按期 when each of its
// resolutions was (a late 办结 stays late after a reopening).
type GridMonth struct {
	Village, Grid                           string
	New, Emergency, Resolved, OnTime        int
	Confirmed, Reopened, Escalated, Overdue int
	AutoClosed                              int // closed by the follow-up with no answer: no one was satisfied
	// ResolvedReopened are the Resolved items reopened (未解决) at some
	// time before their resolution: 其中 N 件重新打开过.
	ResolvedReopened int
	// Told are procedure questions closed as 已告知办理流程: the villager
	// had the procedure and never asked again. Not grid work done: in no
	// other count, and not in the rate.
	Told int
	// Taken are the items to take on in the stretch: taken on (受理,
	// 办结 or 上报镇 straight away) then, or still untaken at its end
	// past the deadline to take them on; TakenInTime those taken on by
	// that deadline.
	Taken, TakenInTime int
	// Town are the items past their deadline at the end that the
	// township took over (镇里已接手: townHeld): the township's to
	// finish, not counted in Overdue against the grid (town82: the
	// monthly report counted them the grid's, 网格排名 did not).
	Town int
	// Waiting are the items past their deadline at the end that were sent
	// up (上报镇) and that no officer took on (等镇里接手): the grid passed
	// them on, so they are the township's to take or send back, not the
	// grid's Overdue either (town97).
	Waiting int
	// Late are the numbers of the items Overdue, Town and Waiting count.
	Late
}

// Late are the numbers of the items a GridMonth's Overdue, Town and
// Waiting count, as they were counted: the office reads which items to
// press or take, not only how many (town98).
type Late struct {
	OverdueIDs, TownIDs, WaitingIDs []string
}

// Any reports whether m counts anything.
func (m GridMonth) Any() bool {
	m.Late = Late{}
	return !reflect.DeepEqual(m, GridMonth{Village: m.Village, Grid: m.Grid})
}

// Add adds o's counts to m's.
func (m *GridMonth) Add(o GridMonth) {
	m.New, m.Emergency, m.Resolved, m.OnTime = m.New+o.New, m.Emergency+o.Emergency, m.Resolved+o.Resolved, m.OnTime+o.OnTime
	m.Confirmed, m.Reopened, m.Escalated, m.Overdue = m.Confirmed+o.Confirmed, m.Reopened+o.Reopened, m.Escalated+o.Escalated, m.Overdue+o.Overdue
	m.AutoClosed, m.Told, m.ResolvedReopened = m.AutoClosed+o.AutoClosed, m.Told+o.Told, m.ResolvedReopened+o.ResolvedReopened
	m.Taken, m.TakenInTime, m.Town = m.Taken+o.Taken, m.TakenInTime+o.TakenInTime, m.Town+o.Town
	m.Waiting += o.Waiting
}

// townHeld moves r, just counted by Count in Overdue, when it was with
// the township at end (sent up before end and not sent back:
// Report.WithTownshipBefore; one the overdue job filed after end, in the
// catch-up that posts the report, was still the grid's): to Town when an
// officer had taken it over by then (Report.TownTookBefore), else to
// Waiting (as Report.TownToTake). lookup finds r's people in the roster.
func (m *GridMonth) townHeld(r Report, end time.Time, lookup func(villageName, name string) (Person, error)) {
	if !r.WithTownshipBefore(end) {
		return
	}
	m.Overdue--
	m.OverdueIDs = slices.DeleteFunc(m.OverdueIDs, func(id string) bool { return id == r.ID })
	if r.TownTookBefore(end, lookup) {
		m.Town++
		m.TownIDs = append(m.TownIDs, r.ID)
	} else {
		m.Waiting++
		m.WaitingIDs = append(m.WaitingIDs, r.ID)
	}
}

// TakenRate is the percentage of Taken taken on in time; ok is false
// when there was none to take.
func (m GridMonth) TakenRate() (pct int, ok bool) {
	if m.Taken == 0 {
		return 0, false
	}
	return Percent(m.TakenInTime, m.Taken), true
}

// Count adds what r, one of the grid's reports, did in [start, end) to m.
// ackLimit is the time to take an emergency on (sla.emergency.accept), as
// the 早报 judges it (Responded); zero: the deadline its 受理 recorded.
// Late at the end is judged as r stood at end (LateAtEnd), whenever the
// count is made, and one with the township then is its (townHeld); lookup
// finds r's people in the roster.
func (m *GridMonth) Count(r Report, start, end time.Time, ackLimit time.Duration, lookup func(villageName, name string) (Person, error)) {
	in := func(x time.Time) bool { return !x.Before(start) && x.Before(end) }
	if in(r.CreatedAt) && r.Status != StatusDuplicate { // merged: counted in the item it joined
		m.New++
		if r.Type == Emergency {
			m.Emergency++
		}
	}
	m.countTaken(r, start, end, ackLimit)
	var resolved, late, told, reopened, wentUp bool
	var last, closed Entry // the stretch's last 办结, and last close
	for _, h := range r.History {
		if !in(h.At) {
			continue
		}
		if h.Told() {
			told = told || h.Action == ActResolve
			continue
		}
		switch h.Action {
		case ActResolve:
			resolved, last = true, h
			late = late || !r.ResolvedInTime(h) // by the SLA's deadline then, not after a reopening
		case ActConfirm:
			closed = h
		case ActReopen:
			reopened = true
		case ActEscalate:
			wentUp = true // 退回, then overdue again: one item sent up
		}
	}
	if told {
		m.Told++
	}
	if resolved {
		m.Resolved++
		if !late {
			m.OnTime++
		}
		if slices.ContainsFunc(r.History, func(e Entry) bool { return e.Action == ActReopen && e.At.Before(last.At) }) {
			m.ResolvedReopened++
		}
	}
	switch {
	case closed.At.IsZero():
	case closed.By == SystemActor:
		m.AutoClosed++
	default:
		m.Confirmed++
	}
	if reopened {
		m.Reopened++
	}
	if wentUp {
		m.Escalated++
	}
	if r.LateAtEnd(end, lookup) { // by the SLA, whatever was promised
		m.Overdue++
		m.OverdueIDs = append(m.OverdueIDs, r.ID)
		m.townHeld(r, end, lookup)
	}
}

// countTaken counts r in Taken when it was taken on in [start, end) (its
// first step out of 新, as Responded reads it, but the bot's answer to a
// procedure question), in TakenInTime when that was by the deadline; an
// item still untaken at end past that deadline counts as taken late.
func (m *GridMonth) countTaken(r Report, start, end time.Time, ackLimit time.Duration) {
	limit := func(due time.Time) (time.Time, bool) {
		if r.Type == Emergency && ackLimit > 0 {
			return r.CreatedAt.Add(ackLimit), true
		}
		return due, !due.IsZero()
	}
	for _, h := range r.History {
		if h.Action == ActCreate || h.From != StatusNew || h.To == StatusNew || h.Told() {
			continue
		}
		if h.At.Before(start) || !h.At.Before(end) {
			return
		}
		m.Taken++
		if due, ok := limit(h.Due); !ok || !h.At.After(due) {
			m.TakenInTime++
		}
		return
	}
	if r.Status != StatusNew || !r.CreatedAt.Before(end) || r.ProcedureAnswered() {
		return
	}
	if due, ok := limit(r.SLADueAt()); ok && end.After(due) {
		m.Taken++ // nobody took it on, and the deadline to has passed
	}
}

// MonthIDs are numbers of a grid's items a GridMonth count names, of its
// Village, the first few (IDs) and how many more (More).
type MonthIDs struct {
	Village string
	IDs     []string
	More    int
}

// monthIDsShown is how many numbers a count names before 「等 N 件」.
const monthIDsShown = 5

// IDs is ids, of m's items, as the texts name them (MonthIDs).
func (m GridMonth) IDs(ids []string) MonthIDs {
	shown, more := firstOf(ids, monthIDsShown)
	return MonthIDs{Village: m.Village, IDs: shown, More: more}
}
