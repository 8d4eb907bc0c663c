package bot

import (
	"context"
	"log/slog"
	"time"
)

// Outage logs the failures of a loop that tries again at every tick (a
// poll, a timer) once per outage rather than at every tick: the first
// failure at error level with what to do, the repeats at debug level, and
// the first success after them as recovered, with how long it failed. The
// zero value is not usable: set Log, Now and What. Not safe for concurrent
// use: one loop owns it.
type Outage struct {
	Log *slog.Logger
	Now func() time.Time
	// What is the message of the first failure: what failed, what happens
	// meanwhile and what to do ("…; is redis-server running?").
	What string
	// Name prefixes the debug and recovered messages ("dispatch").
	Name string

	since time.Time // when the outage began; zero while working
	n     int       // failures in this outage
}

// Tick records the outcome of one tick of the loop: err nil is a success.
func (o *Outage) Tick(ctx context.Context, err error) {
	if err != nil {
		o.fail(ctx, err)
	} else {
		o.ok(ctx)
	}
}

func (o *Outage) fail(ctx context.Context, err error) {
	o.n++
	if o.n == 1 {
		o.since = o.Now()
		o.Log.ErrorContext(ctx, o.What, "err", err)
		return
	}
	o.Log.DebugContext(ctx, o.Name+": still failing", "failures", o.n, "since", o.since, "err", err)
}

// ok logs the recovery after failures.
func (o *Outage) ok(ctx context.Context) {
	if o.n == 0 {
		return
	}
	o.Log.InfoContext(ctx, o.Name+": recovered", "down_for", o.Now().Sub(o.since).Round(time.Second), "failures", o.n)
	o.n, o.since = 0, time.Time{}
}
