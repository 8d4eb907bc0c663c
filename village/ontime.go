package village

import "time"

// ResolveDue is the deadline a resolution h of r (an ActResolve entry) is
// judged by: the SLA's deadline in force then, recorded with it (a
// promised day does not count), or r's SLADueAt for entries stored
// without one by older versions; but the deadline to take it on when that
// was missed on the way to h (a missing child confirmed after three days
// and found at once was not dealt with in time). Zero: r had no deadline.
func (r *Report) ResolveDue(h Entry) time.Time {
	if a, ok := r.lateAccept(h); ok {
		return a.Due
	}
	if !h.Due.IsZero() {
		return h.Due
	}
	return r.SLADueAt()
}

// ResolvedInTime reports whether resolution h of r came by ResolveDue; an
// item without a deadline is in time. The monthly report's 按期 and the
// export's 超期办结 both judge by it.
func (r *Report) ResolvedInTime(h Entry) bool {
	due := r.ResolveDue(h)
	return due.IsZero() || !h.At.After(due)
}

// LastResolve is r's last 办结 entry, if it was ever resolved.
func (r *Report) LastResolve() (Entry, bool) { return r.Last(ActResolve) }

// lateAccept is the step of r, on the way to its resolution h, that came
// after the deadline in force (recorded with it), if there was one: a 受理
// after the deadline to take it on, or a filing with the township after
// the deadline passed (the overdue check's 超期上报: the township's own
// new deadline does not make it 按期). Only steps since the resolution
// before h count; the first late one is the deadline missed.
func (r *Report) lateAccept(h Entry) (Entry, bool) {
	var late Entry
	var found bool
	for _, e := range r.History {
		if e.Action == ActResolve && e.At.Equal(h.At) && e.By == h.By {
			break
		}
		switch {
		case e.Action == ActResolve:
			found = false
		case found:
		case (e.Action == ActAccept || e.Action == ActEscalate) && !e.Due.IsZero() && e.At.After(e.Due):
			late, found = e, true
		}
	}
	return late, found
}
