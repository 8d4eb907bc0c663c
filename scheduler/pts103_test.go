package scheduler_test

import (
	"context"
	"testing"
	"time"

	"gridbot/scheduler"
	"gridbot/storage/storagetest"
)

// TestRunDueNotesShortStop: a stop of a few hours (no job ran for more
// than StopAfter) is noted where the handlers read the last downtime
// (storage.Store.LastDown): a claim's photo resent after it is the
// claim's (pts103: only stops over a day were noted). Ticks every five
// minutes, or an hour apart, note nothing; nor does a longer clock jump
// the caller did not say was a stop (pts106: replays jump between lines).
func TestRunDueNotesShortStop(t *testing.T) {
	ctx := context.Background()
	st := storagetest.New(t)
	s := mustNew(t, st, []scheduler.Job{
		{Name: "watchdog", Spec: "*/5 * * * *", Run: func(context.Context, time.Time, time.Time) error { return nil }},
	}, scheduler.Options{})
	mustRunDue(t, s, every(at(2, 8, 0), at(2, 12, 0), 5*time.Minute))
	mustRunDue(t, s, []time.Time{at(2, 13, 0)}) // an hour: no stop
	if _, _, ok, err := st.LastDown(ctx, scope); ok || err != nil {
		t.Fatalf("ticks an hour apart noted a stop (ok %v, err %v)", ok, err)
	}
	mustRunDue(t, s, []time.Time{at(2, 16, 30), at(2, 16, 35)})
	if _, _, ok, err := st.LastDown(ctx, scope); ok || err != nil {
		// pts106: a caller's clock jump (a replay) is no stop
		t.Fatalf("a clock jump not said to be a stop noted one (ok %v, err %v)", ok, err)
	}
	s.Stopped() // the bot was stopped (Run's wall clock, or the sandbox's "down")
	mustRunDue(t, s, []time.Time{at(2, 20, 0), at(2, 20, 5)})
	from, to, ok, err := st.LastDown(ctx, scope)
	if err != nil || !ok || !from.Equal(at(2, 16, 35)) || !to.Equal(at(2, 20, 0)) {
		t.Errorf("LastDown = %v %v %v %v; want the stop 16:35–20:00", from, to, ok, err)
	}
}
