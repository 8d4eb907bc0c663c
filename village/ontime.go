package village

import "time"

// ResolveDue is the deadline a resolution h of r (an ActResolve entry) is
// judged by: the SLA's deadline in force then, recorded with it (a
// promised day does not count), or r's SLADueAt for entries stored
// without one by older versions. Zero: r had no deadline.
func (r *Report) ResolveDue(h Entry) time.Time {
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
func (r *Report) LastResolve() (Entry, bool) {
	for i := len(r.History) - 1; i >= 0; i-- {
		if r.History[i].Action == ActResolve {
			return r.History[i], true
		}
	}
	return Entry{}, false
}
