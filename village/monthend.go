package village

import (
	"slices"
	"time"
)

// This file reads an item as it stood at a month's end (town99): the
// monthly report (【上月事项】) and 网格排名 say 月底超期 of the end, but
// the report may be posted days later (a catch-up after downtime), and
// what was done meanwhile (an 办结, the township's 确认) must not move an
// item out of the month's late ones, nor the township's taking it on
// after the end make it 镇里在办 at the end.

// since is the index of r's first step at or after end; -1 when there is
// none (r stands as it did then) or r was made at or after end.
func (r *Report) since(end time.Time) int {
	if !r.CreatedAt.Before(end) {
		return -1
	}
	return slices.IndexFunc(r.History, func(e Entry) bool { return !e.At.Before(end) && e.Action != ActCreate })
}

// LateAtEnd reports whether r, made before end, was past its SLA deadline
// at end as it stood then: open and timed in the status the first step
// since left (its From), by the deadline in force then (dueAtEnd). With
// no step since, r stands as it did: LateAt.
func (r *Report) LateAtEnd(end time.Time, lookup func(villageName, name string) (Person, error)) bool {
	if !r.CreatedAt.Before(end) {
		return false
	}
	i := r.since(end)
	if i < 0 || r.History[i].From == "" {
		return r.LateAt(end)
	}
	then := *r
	then.Status = r.History[i].From
	if due, ok := r.dueAtEnd(end, i, lookup); ok {
		then.DueAt, then.SLADue = due, time.Time{}
	}
	return then.LateAt(end)
}

// dueAtEnd is r's SLA deadline at end, read from the steps since (from
// its i-th): the first that records the deadline in force (办结, 受理 from
// 新, 上报镇: Entry.Due) when no step before it moved the deadline; the
// township taking over since an item it had not taken by end keeps the
// deadline the item went up with (上报镇 sets none). ok is false when a
// step since moved it without recording it (退回, 未解决, a pause ended, a
// grid's 受理 recorded before town99's versions): the present one is read.
func (r *Report) dueAtEnd(end time.Time, i int, lookup func(villageName, name string) (Person, error)) (due time.Time, ok bool) {
	for _, e := range r.History[i:] {
		switch {
		case !e.Due.IsZero() && (e.Action == ActResolve || e.Action == ActEscalate || e.Action == ActAccept && e.From == StatusNew):
			return e.Due, true
		case r.townTakes(e, lookup):
			if up, ok := r.lastBefore(ActEscalate, end); ok && !up.Due.IsZero() && !r.TownTookBefore(end, lookup) {
				return up.Due, true
			}
			return time.Time{}, false
		case e.From != e.To && e.To != StatusWaiting, e.Action == ActAccept, e.Action == ActAssign, e.Action == ActRetype:
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}

// townTakes reports whether e is an officer taking over r sent up to the
// township: his 确认, 指派 or 进展 of it while it is 已上报镇.
func (r *Report) townTakes(e Entry, lookup func(villageName, name string) (Person, error)) bool {
	if e.From != StatusEscalated || e.Action != ActAccept && e.Action != ActAssign && e.Action != ActProgress {
		return false
	}
	p, err := lookup(r.Village, e.By)
	return err == nil && p.Has(RoleOfficer)
}

// lastBefore is r's last step of action a before t.
func (r *Report) lastBefore(a Action, t time.Time) (Entry, bool) {
	for i := len(r.History) - 1; i >= 0; i-- {
		if e := r.History[i]; e.Action == a && e.At.Before(t) {
			return e, true
		}
	}
	return Entry{}, false
}

// TownTookBefore reports whether an officer had taken r over before end,
// since it last went up (a 退回 gives it back to the grid). With no step
// at or after end, r's handlers say it as they stand (an officer among
// them, as TownHolders): older items' steps may not show who took them.
func (r *Report) TownTookBefore(end time.Time, lookup func(villageName, name string) (Person, error)) bool {
	if r.since(end) < 0 {
		return len(r.Officers(lookup)) > 0
	}
	took := false
	for _, e := range r.History {
		if !e.At.Before(end) {
			break
		}
		switch {
		case e.Action == ActEscalate, e.Action == ActReturn:
			took = false
		case r.townTakes(e, lookup):
			took = true
		}
	}
	return took
}
