package storage

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// health fails commands at once while Redis is known to be unreachable.
// Left alone, each command dials and retries with back-off (a dial timeout
// each when the host is gone), so with Redis down every incoming message
// took most of a second to fail before the bot could say so. A command
// that fails for want of Redis (no answer, as opposed to an error reply)
// marks Redis down; while it is down a command first probes with one PING
// (no retry, a short dial timeout) unless a probe failed within every, and
// fails at once when that probe fails. Any answer marks Redis up again.
// Check probes at once, for a caller that must not fail a message that
// could be handled (Redis back since the last probe).
type health struct {
	now   func() time.Time
	every time.Duration
	probe func(ctx context.Context) error

	mu      sync.Mutex
	down    bool
	cause   error     // why Redis is down
	checked time.Time // when a probe last failed
	// refused: the last write Redis refused while it answered (OOM,
	// MISCONF, READONLY), until a write of Check's succeeds.
	refused error

	probing sync.Mutex // one probe at a time

	// changed receives, coalesced, when a command or probe finds Redis
	// gone or back, or a write refused (Store.Changes).
	changed chan struct{}
	// back is closed, and replaced, when a command or probe finds Redis
	// back (whenBack); nil until Redis was first down.
	back chan struct{}
}

// whenBack is closed once Redis answers again: at once when it is not
// known to be down. No probe of its own: a message's command, a job's,
// or Check finds it back.
func (h *health) whenBack() <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.down {
		c := make(chan struct{})
		close(c)
		return c
	}
	if h.back == nil {
		h.back = make(chan struct{})
	}
	return h.back
}

// signal wakes the reader of changed, if it is not woken already; h.mu
// held. A channel send that never blocks: no round trip.
func (h *health) signal() {
	select {
	case h.changed <- struct{}{}:
	default:
	}
}

// errDown is a command refused without a round trip: Redis is down.
type errDown struct{ cause error }

func (e errDown) Error() string { return "redis is down: " + e.cause.Error() }
func (e errDown) Unwrap() error { return e.cause }

// probeDialTimeout bounds the dial of a probe (never longer than the
// store's own Timeout): a local Redis refuses at once, a host that is gone
// does not answer at all.
const probeDialTimeout = 500 * time.Millisecond

// newProbe returns a PING on a client of its own on the same server: one
// connection, no retry (of the command or of its dial), a short dial
// timeout. It must not go through the store's client, whose hooks would
// refuse it and whose retries are what the probe avoids. Each probe has a
// client of its own, closed after it: a client whose dial failed as many
// times as its pool is large fails every dial at once, until a dial of its
// own in the background (one a second) succeeds, so a kept client would
// miss a Redis back for up to a second after the second failed probe, and
// Check would not look at once. Probes run only while Redis is down.
func newProbe(o *redis.Options) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		c := sideClient(o)
		defer c.Close()
		return c.Ping(ctx).Err()
	}
}

// sideClient is a client of its own on the server of o, for one use
// (a probe, a reading of Redis's clock): one connection, no retry, a
// short dial timeout, none of the store's hooks (no round trip counted).
func sideClient(o *redis.Options) *redis.Client {
	return redis.NewClient(lean(&redis.Options{
		Network: o.Network, Addr: o.Addr, DB: o.DB, TLSConfig: o.TLSConfig,
		Username: o.Username, Password: o.Password,
		CredentialsProvider: o.CredentialsProvider, CredentialsProviderContext: o.CredentialsProviderContext,
		DialTimeout: min(o.DialTimeout, probeDialTimeout), ReadTimeout: o.ReadTimeout, WriteTimeout: o.WriteTimeout,
		MaxRetries: -1, DialerRetries: 1, PoolSize: 1, MaxIdleConns: 1,
	}))
}

// admit reports why a command may not go to Redis now (nil: it may).
// fresh probes whatever every says.
func (h *health) admit(ctx context.Context, fresh bool) error {
	if err := h.refusal(fresh); !errors.Is(err, errProbe) {
		return err
	}
	h.probing.Lock()
	defer h.probing.Unlock()
	if err := h.refusal(fresh); !errors.Is(err, errProbe) {
		return err // another caller probed meanwhile
	}
	err := h.probe(ctx)
	if ctx.Err() != nil {
		return ctx.Err() // the caller gave up: that says nothing of Redis
	}
	h.record(ctx, err)
	if err != nil {
		return errDown{err}
	}
	return nil
}

// errProbe is refusal's answer when a probe must decide.
var errProbe = errors.New("probe")

// refusal is admit's decision without a probe: nil when Redis is up,
// errDown when a probe failed within every, errProbe otherwise.
func (h *health) refusal(fresh bool) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case !h.down:
		return nil
	case !fresh && h.now().Sub(h.checked) < h.every:
		return errDown{h.cause}
	}
	return errProbe
}

// record notes what a command (or a probe) says of Redis: an answer, an
// error reply included, that it is up; no answer that it is down. A
// refusal of the gate, or the caller giving up, says nothing.
func (h *health) record(ctx context.Context, err error) {
	if ctx.Err() != nil {
		return
	}
	down, refused := false, false
	if err != nil { // the common answer costs no error inspection
		var reply redis.Error
		if errors.As(err, new(errDown)) {
			return
		}
		down = !errors.Is(err, redis.Nil) && !errors.As(err, &reply)
		refused = RefusalOf(err) != ""
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.down != down || (refused && h.refused == nil) {
		h.signal()
	}
	if h.down && !down && h.back != nil {
		close(h.back)
		h.back = nil
	}
	h.down = down
	if refused {
		h.refused = err
	}
	if down {
		h.cause, h.checked = err, h.now()
	}
}

func (h *health) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h *health) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		if err := h.admit(ctx, false); err != nil {
			cmd.SetErr(err)
			return err
		}
		err := next(ctx, cmd)
		h.record(ctx, err)
		return err
	}
}

func (h *health) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		if err := h.admit(ctx, false); err != nil {
			for _, c := range cmds {
				c.SetErr(err)
			}
			return err
		}
		err := next(ctx, cmds)
		h.record(ctx, err)
		return err
	}
}

// Check reports whether Redis answers and takes writes. When Redis is
// known to be down it probes at once (one PING, no retry), so that the
// first command after Redis came back is not refused for a probe that
// failed a moment ago; when a write was refused since the last Check that
// wrote (memory full, disk unwritable: Redis answers PING all the same) it
// writes one short-lived key to see whether that still holds (an error
// with ErrRefused when it does); otherwise it costs nothing.
func (s *Store) Check(ctx context.Context) error {
	if err := s.health.admit(ctx, true); err != nil {
		return fmt.Errorf("storage: check: %w: %w", ErrUnavailable, err)
	}
	s.health.mu.Lock()
	refused := s.health.refused
	s.health.mu.Unlock()
	if refused == nil {
		return nil
	}
	return s.Writable(ctx)
}

// Changes receives when a command finds Redis gone (no answer), finds it
// back, or has a write refused while Redis answers: a watcher (the WeChat
// transport's) then calls Check to tell the operator at once rather than
// at its next round. Signals are coalesced (at most one waits) and there
// is one channel per Store: one reader.
func (s *Store) Changes() <-chan struct{} { return s.health.changed }

// Writable writes one short-lived key (one round trip) to see whether
// Redis takes writes: an error with ErrRefused (and ErrUnavailable) when
// it answers but refuses them (RefusalOf says why), with ErrUnavailable
// alone when it does not answer.
func (s *Store) Writable(ctx context.Context) error {
	err := s.rdb.Set(ctx, s.prefix+":probe", "1", time.Minute).Err()
	switch {
	case err == nil:
		s.health.mu.Lock()
		s.health.refused = nil
		s.health.mu.Unlock()
		return nil
	case RefusalOf(err) != "":
		return fmt.Errorf("storage: write: %w: %w: %w", ErrUnavailable, ErrRefused, err)
	}
	return fmt.Errorf("storage: write: %w: %w", ErrUnavailable, err)
}

// Why Redis refuses writes while it answers (RefusalOf).
const (
	RefusedMemory   = "memory"   // used memory at maxmemory, policy noeviction (OOM)
	RefusedDisk     = "disk"     // it cannot write its AOF or snapshot (MISCONF): a full disk, most often
	RefusedReadOnly = "readonly" // a replica (READONLY): redis.url names the wrong server
)

// RefusalOf says why err is Redis refusing a write while it answers, ""
// when it is no such refusal.
func RefusalOf(err error) string {
	switch {
	case err == nil:
		return ""
	case redis.HasErrorPrefix(err, "OOM"):
		return RefusedMemory
	case redis.HasErrorPrefix(err, "MISCONF"):
		return RefusedDisk
	case redis.HasErrorPrefix(err, "READONLY"):
		return RefusedReadOnly
	}
	return ""
}
