package storage

// Scheduled runs. Keys (to merge into the package doc's key schema):
//
//	<p>:{<scope>}:last:<job>          STRING unix seconds of the latest occurrence claimed
//	                                  (run, skipped or the first-seen baseline); only moves forward
//	<p>:{<scope>}:run:<job>:<unix>    STRING claimer's token, set NX when one replica wins the
//	                                  occurrence at <unix> (TTL: the caller's, days)
//
// ClaimRun is one EVALSHA of claimRunSrc. The run key holds a random token
// rather than a bare "1": go-redis re-sends a command whose reply timed out,
// and the re-sent EVALSHA carries the same token, so the retry recognises its
// own earlier win instead of reporting a loss. A claim therefore stays
// exactly-once across replicas and across retries.

import (
	"context"
	"crypto/rand"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// claimRunSrc claims one occurrence of a job.
//
//	KEYS[1] run:<job>:<unix>  KEYS[2] last:<job>
//	ARGV[1] token  ARGV[2] ttl in seconds  ARGV[3] occurrence in unix seconds
//
// It returns 1 when this caller (this token) holds the run key, else 0.
const claimRunSrc = `
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
  if redis.call('GET', KEYS[1]) ~= ARGV[1] then
    return 0
  end
end
local last = tonumber(redis.call('GET', KEYS[2]) or '')
if not last or last < tonumber(ARGV[3]) then
  redis.call('SET', KEYS[2], ARGV[3])
end
return 1
`

// claimRunScript holds only the script's source and digest; it is immutable,
// like a compiled regexp, so it can be shared by every Store.
var claimRunScript = redis.NewScript(claimRunSrc)

// LastRun returns the latest occurrence of job claimed in the scope: run,
// skipped, or recorded as the baseline when the job was first seen. ok is
// false when nothing was ever recorded for the job.
func (s *Store) LastRun(ctx context.Context, sc Scope, job string) (last time.Time, ok bool, err error) {
	b, ok, err := s.get(ctx, s.base(sc)+"last:"+job, "last run "+job)
	if err != nil || !ok {
		return time.Time{}, false, err
	}
	v := string(b)
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("storage: last run %s: bad value %q", job, v)
	}
	return time.Unix(n, 0), true, nil
}

// ClaimRun claims the occurrence of job at occurrence (whole seconds) in one
// round trip. It returns true for exactly one caller across replicas; that
// caller then raises the job's last run to occurrence (never backwards). The
// claim is remembered for ttl (at least one second), which must outlast any
// window in which another replica could still try the same occurrence.
func (s *Store) ClaimRun(ctx context.Context, sc Scope, job string, occurrence time.Time, ttl time.Duration) (bool, error) {
	if ttl < time.Second {
		return false, fmt.Errorf("storage: claim run %s: ttl %v is below one second", job, ttl)
	}
	secs := int64((ttl + time.Second - 1) / time.Second)
	unix := occurrence.Unix()
	base := s.base(sc)
	keys := []string{base + "run:" + job + ":" + strconv.FormatInt(unix, 10), base + "last:" + job}
	won, err := claimRunScript.Run(ctx, s.rdb, keys, rand.Text(), secs, unix).Int()
	if err != nil {
		return false, fmt.Errorf("storage: claim run %s at %d: %w: %w", job, unix, ErrUnavailable, err)
	}
	if won == 1 {
		s.gaps.noted(sc, job, time.Unix(unix, 0))
	}
	return won == 1, nil
}

// DownFrom and DownTo are the pseudo-jobs under which the scheduler keeps,
// in the township's scope, the last time it was down (it noted no job ran
// for more than a day): their last runs are when it last ran before and
// when it ran again. StopFrom and StopTo keep the last stop of the bot
// over an hour (scheduler.StopAfter) alike: a real one, not a replay's
// clock jump. A job may not be named so.
const (
	DownFrom, DownTo = "down_from", "down_to"
	StopFrom, StopTo = "stop_from", "stop_to"
)

// Gap is a time the scheduler noted it had not run: it last ran at From
// and ran again at To; Noted is false when it never did.
type Gap struct {
	From, To time.Time
	Noted    bool
}

// gapsFresh is how long Gaps serves what this process last read or noted
// without reading again: a gap is noted only after the scheduler ran no
// job for an hour or more, which a running process's own scheduler
// notes itself (ClaimRun keeps the copy), so a copy is stale only where
// another replica noted it meanwhile, and then for minutes at most.
const gapsFresh = 10 * time.Minute

// gapsMemo is the last downtime and stop of each scope as this process
// knows them (pts110: a photo resent after a downtime read them each time).
type gapsMemo struct {
	mu sync.Mutex
	of map[Scope]gapsKnown
}

type gapsKnown struct {
	down, stop Gap
	at         time.Time // when read from Redis
}

// known is scope sc's gaps read within gapsFresh of now.
func (m *gapsMemo) known(sc Scope, now time.Time) (down, stop Gap, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	g, ok := m.of[sc]
	if !ok || now.Before(g.at) || now.Sub(g.at) >= gapsFresh {
		return Gap{}, Gap{}, false
	}
	return g.down, g.stop, true
}

func (m *gapsMemo) put(sc Scope, down, stop Gap, now time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.of[sc] = gapsKnown{down: down, stop: stop, at: now}
}

// noted moves the copy of scope sc by a pseudo-job's run this process
// claimed (the key moves only forward, as claimRunSrc's last:<job>);
// other jobs are no gap's.
func (m *gapsMemo) noted(sc Scope, job string, at time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	g, ok := m.of[sc]
	if !ok {
		return
	}
	var gap *Gap
	var end *time.Time
	switch job {
	case DownFrom:
		gap, end = &g.down, &g.down.From
	case DownTo:
		gap, end = &g.down, &g.down.To
	case StopFrom:
		gap, end = &g.stop, &g.stop.From
	case StopTo:
		gap, end = &g.stop, &g.stop.To
	default:
		return
	}
	if at.After(*end) {
		*end = at
	}
	gap.Noted = !gap.From.IsZero() && !gap.To.IsZero()
	m.of[sc] = g
}

// Gaps reads the last downtime (DownFrom, DownTo) and the last stop
// (StopFrom, StopTo) the scheduler noted in scope sc, in one round trip;
// none when this process read them within gapsFresh (gapsMemo).
func (s *Store) Gaps(ctx context.Context, sc Scope) (down, stop Gap, err error) {
	now := s.now()
	if down, stop, ok := s.gaps.known(sc, now); ok {
		return down, stop, nil
	}
	down, stop, err = s.readGaps(ctx, sc)
	if err == nil {
		s.gaps.put(sc, down, stop, now)
	}
	return down, stop, err
}

// readGaps is Gaps read from Redis.
func (s *Store) readGaps(ctx context.Context, sc Scope) (down, stop Gap, err error) {
	b := s.base(sc) + "last:"
	vals, err := s.rdb.MGet(ctx, b+DownFrom, b+DownTo, b+StopFrom, b+StopTo).Result()
	if err != nil {
		return Gap{}, Gap{}, fmt.Errorf("storage: downtime: %w: %w", ErrUnavailable, err)
	}
	var gaps [2]Gap
	for pair := range gaps {
		g := Gap{Noted: true}
		for i, v := range vals[2*pair : 2*pair+2] {
			str, isStr := v.(string)
			if !isStr {
				g = Gap{}
				break
			}
			n, err := strconv.ParseInt(str, 10, 64)
			if err != nil {
				return Gap{}, Gap{}, fmt.Errorf("storage: downtime: bad value %q", str)
			}
			if i == 0 {
				g.From = time.Unix(n, 0)
			} else {
				g.To = time.Unix(n, 0)
			}
		}
		gaps[pair] = g
	}
	return gaps[0], gaps[1], nil
}

// LastDown is the last time the scheduler noted it had not run in scope
// sc, a downtime (DownFrom, DownTo) or a shorter stop (StopFrom, StopTo),
// whichever ended later, in one round trip (Gaps): it last ran at from and
// ran again at to; ok is false when it never stopped.
func (s *Store) LastDown(ctx context.Context, sc Scope) (from, to time.Time, ok bool, err error) {
	down, stop, err := s.Gaps(ctx, sc)
	if err != nil {
		return time.Time{}, time.Time{}, false, err
	}
	g := down
	if stop.Noted && (!g.Noted || stop.To.After(g.To)) {
		g = stop
	}
	return g.From, g.To, g.Noted, nil
}
