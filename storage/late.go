package storage

import (
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// remeasureAfter is how old this process's reading of Redis's clock may
// grow before a commit has it read again (in the background): a clock
// stepped since (NTP) is then followed within the resend window.
const remeasureAfter = ResendWindow

// lateClock tells commit.lua when a commit of a message is late: the
// time, on Redis's clock, after which this process has stopped waiting
// for its answer (the store's timeout after it was sent). A commit Redis
// runs after that leaves its sender's resend memo itself (commit.lua,
// ARGV[20]), as Made would: the process that sent it may be gone by then
// (restarted while Redis still stalled), and a resend reaching the next
// one is made under the first message's id all the same. Redis's clock is
// read on a client of its own (sideClient), never on a sender's path: no
// round trip of the store's; until it is read, commits carry no time and
// leave no memo of their own (Made's still does).
type lateClock struct {
	o       *redis.Options
	timeout time.Duration
	// work counts the readings in the background (Store.WaitMemos)
	work *sync.WaitGroup
	done <-chan struct{}

	mu sync.Mutex
	// offset is Redis's clock less this host's; spread bounds the error
	// of that reading (half the time it took, and a millisecond of the
	// script's rounding)
	offset, spread time.Duration
	read           time.Time // when offset was read (zero: never)
	reading        bool
}

// lateAfter is commit.lua's ARGV[20] for a commit sent at now: the
// millisecond on Redis's clock after which it is late, "" while Redis's
// clock has not been read. It starts a reading when none is recent.
func (l *lateClock) lateAfter(now time.Time) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.reading && (l.read.IsZero() || now.Sub(l.read) > remeasureAfter) {
		l.reading = true
		l.work.Add(1)
		go l.measure()
	}
	if l.read.IsZero() {
		return ""
	}
	return strconv.FormatInt(now.Add(l.offset+l.timeout+l.spread).UnixMilli(), 10)
}

// measure reads Redis's clock once, on a client of its own: a PING first
// (the dial), then TIME, timed on this host's clock.
func (l *lateClock) measure() {
	defer l.work.Done()
	ctx, cancel := context.WithTimeout(context.Background(), 2*l.timeout)
	defer cancel()
	go func() {
		select {
		case <-l.done:
			cancel()
		case <-ctx.Done():
		}
	}()
	c := sideClient(l.o)
	defer c.Close()
	offset, spread, err := redisClock(ctx, c)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.reading = false
	if err != nil {
		return // the next commit tries again
	}
	l.offset, l.spread, l.read = offset, spread, time.Now()
}

// redisClock is Redis's clock less this host's, read on c, and the bound
// of that reading's error.
func redisClock(ctx context.Context, c *redis.Client) (offset, spread time.Duration, err error) {
	if err := c.Ping(ctx).Err(); err != nil {
		return 0, 0, err
	}
	sent := time.Now()
	at, err := c.Time(ctx).Result()
	if err != nil {
		return 0, 0, err
	}
	half := time.Since(sent) / 2
	return at.Sub(sent.Add(half)), half + time.Millisecond, nil
}
