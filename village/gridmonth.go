package village

import (
	"slices"
	"time"
)

// GridMonth is what one grid's items did in a stretch of time [start,
// end), a month mostly: the township's monthly report and its grid by
// grid comparison (网格排名) count alike. Each count is of items, not of
// steps: an item resolved, reopened and resolved again is one item
// resolved (按期 by its last resolution, the one that stuck) and one
// item reopened.
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
}

// Any reports whether m counts anything.
func (m GridMonth) Any() bool {
	return m != GridMonth{Village: m.Village, Grid: m.Grid}
}

// Add adds o's counts to m's.
func (m *GridMonth) Add(o GridMonth) {
	m.New, m.Emergency, m.Resolved, m.OnTime = m.New+o.New, m.Emergency+o.Emergency, m.Resolved+o.Resolved, m.OnTime+o.OnTime
	m.Confirmed, m.Reopened, m.Escalated, m.Overdue = m.Confirmed+o.Confirmed, m.Reopened+o.Reopened, m.Escalated+o.Escalated, m.Overdue+o.Overdue
	m.AutoClosed, m.Told, m.ResolvedReopened = m.AutoClosed+o.AutoClosed, m.Told+o.Told, m.ResolvedReopened+o.ResolvedReopened
	m.Taken, m.TakenInTime = m.Taken+o.Taken, m.TakenInTime+o.TakenInTime
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
func (m *GridMonth) Count(r Report, start, end time.Time) {
	in := func(x time.Time) bool { return !x.Before(start) && x.Before(end) }
	if in(r.CreatedAt) && r.Status != StatusDuplicate { // merged: counted in the item it joined
		m.New++
		if r.Type == Emergency {
			m.Emergency++
		}
	}
	var resolved, told, reopened, wentUp, taken bool
	var last, closed Entry // the stretch's last 办结, and last close
	for _, h := range r.History {
		if h.From == StatusNew && (h.To == StatusAccepted || h.To == StatusResolved || h.To == StatusEscalated) && !h.Told() {
			// the item taken on: counted where that fell
			taken = true
			if in(h.At) {
				m.Taken++
				if h.Due.IsZero() || !h.At.After(h.Due) {
					m.TakenInTime++
				}
			}
		}
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
		case ActConfirm:
			closed = h
		case ActReopen:
			reopened = true
		case ActEscalate:
			wentUp = true // 退回, then overdue again: one item sent up
		}
	}
	if !taken && r.Status == StatusNew && r.CreatedAt.Before(end) && r.LateAt(end) {
		m.Taken++ // nobody took it on, and the deadline to has passed
	}
	if told {
		m.Told++
	}
	if resolved {
		m.Resolved++
		if r.ResolvedInTime(last) { // by the SLA's deadline then, not after a reopening
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
	if r.CreatedAt.Before(end) && r.LateAt(end) { // by the SLA, whatever was promised
		m.Overdue++
	}
}
