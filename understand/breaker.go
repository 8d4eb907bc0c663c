package understand

import (
	"sync"
	"time"
)

// breaker stops asking an endpoint that keeps failing. Closed, every call
// goes through; after threshold failures in a row — or one call that used
// up the whole timeout — it opens for cooldown, and calls are refused;
// then one probe is let through (half-open): its success closes the
// breaker, its failure opens it again.
type breaker struct {
	mu        sync.Mutex
	threshold int
	cooldown  time.Duration
	failures  int
	openUntil time.Time
	open      bool
	probing   bool
	// since is when the breaker last opened from closed; skipped counts
	// the calls refused since.
	since   time.Time
	skipped int
}

// change is what an outcome did to the breaker, so that an outage is
// logged once when it starts and once when it ends, not per message.
type change struct {
	// kind is steady (no change), opened (closed → open), reopened (a
	// probe failed) or recovered (open → closed).
	kind changeKind
	// since and skipped, on recovered: when the outage began and how many
	// calls the breaker refused during it.
	since   time.Time
	skipped int
	// slow: the outcome was a good answer that came too late, counted
	// as a failure.
	slow bool
}

type changeKind int

const (
	steady changeKind = iota
	opened
	reopened
	recovered
)

func newBreaker(threshold int, cooldown time.Duration) *breaker {
	return &breaker{threshold: max(threshold, 1), cooldown: cooldown}
}

// allow reports whether a call may go out now, and whether it is the
// probe of an open breaker (half-open).
func (b *breaker) allow(now time.Time) (ok, probe bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.open {
		return true, false
	}
	b.skipped++ // a probe's message too is read by the rules
	if now.Before(b.openUntil) || b.probing {
		return false, false
	}
	b.probing = true
	return true, true
}

// record notes the outcome of a call that allow let through. severe
// failures (the whole timeout spent) open the breaker at once.
func (b *breaker) record(ok, severe bool, now time.Time) change {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.probing = false
	if ok {
		was := b.open
		b.failures, b.open = 0, false
		if was {
			return change{kind: recovered, since: b.since, skipped: b.skipped}
		}
		return change{}
	}
	b.failures++
	if severe || b.failures >= b.threshold || b.open {
		return b.openFor(now, b.cooldown)
	}
	return change{}
}

// hold opens the breaker for d from now, whatever its state: the endpoint
// asked to be left alone that long (HTTP 429, Retry-After).
func (b *breaker) hold(now time.Time, d time.Duration) change {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.probing = false
	b.failures++
	return b.openFor(now, d)
}

// openFor opens the breaker until now+d; b.mu is held.
func (b *breaker) openFor(now time.Time, d time.Duration) change {
	kind := reopened
	if !b.open {
		kind, b.since, b.skipped = opened, now, 0
	}
	b.open, b.openUntil = true, now.Add(d)
	return change{kind: kind}
}

// until is when an open breaker lets a probe through; zero when closed.
func (b *breaker) until() time.Time {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.open {
		return time.Time{}
	}
	return b.openUntil
}

// outage is the breaker's state with, when open, until when it refuses
// calls, since when it has been open and how many calls it refused.
func (b *breaker) outage(now time.Time) (state string, until, since time.Time, skipped int) {
	state = b.state(now)
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.open {
		return state, time.Time{}, time.Time{}, 0
	}
	return state, b.openUntil, b.since, b.skipped
}

// state is "closed", "open" or "half-open", for logs and tests.
func (b *breaker) state(now time.Time) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case !b.open:
		return "closed"
	case now.Before(b.openUntil):
		return "open"
	}
	return "half-open"
}
