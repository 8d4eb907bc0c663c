package storage

import (
	"context"
	"errors"
	"fmt"
	"net"

	"github.com/redis/go-redis/v9"
)

// UnansweredError is a commit sent to Redis whose answer never came (a
// timeout, not a refused connection): Redis may have run it, or may
// still, as a stall on a slow disk (appendfsync always) or behind a busy
// script ends. It comes with ErrUnavailable; Made tells, once Redis
// answers, whether the message's change was made.
type UnansweredError struct {
	Scope Scope
	MsgID string
	err   error
}

func (e *UnansweredError) Error() string { return e.err.Error() }
func (e *UnansweredError) Unwrap() error { return e.err }

// commitFailed is the error of c's commit that failed with err: an
// UnansweredError when c was sent and may be made (c has a source id to
// look for), else ErrUnavailable alone.
func commitFailed(c Change, err error) error {
	wrapped := fmt.Errorf("storage: commit: %w: %w", ErrUnavailable, err)
	if c.MsgID == "" || !unanswered(err) {
		return wrapped
	}
	return &UnansweredError{Scope: c.Scope, MsgID: c.MsgID, err: wrapped}
}

// unanswered reports whether err is a command's wait for its answer that
// ran out: a timeout or a deadline, but not one of a dial (nothing was
// sent) or of the health gate (nothing was tried).
func unanswered(err error) bool {
	if errors.As(err, new(errDown)) {
		return false
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return false
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded)
}

// Made tells whether the change of source id msgID in sc was made (its
// dedupe marker is there), and the first number it filed ("" for none),
// after a commit of it went unanswered (UnansweredError). It probes Redis
// first, whatever the health gate last saw (Check): a stalled server is
// asked again at once, and the probe's answer means the stall is over, so
// the unanswered command, sent before it, was read before the marker is.
// Within the store's timeout: the caller has a sender waiting.
func (s *Store) Made(ctx context.Context, sc Scope, msgID string) (ref string, made bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, s.rdb.Options().ReadTimeout)
	defer cancel()
	if err := s.health.admit(ctx, true); err != nil {
		return "", false, fmt.Errorf("storage: made %s: %w: %w", msgID, ErrUnavailable, err)
	}
	ref, err = s.rdb.Get(ctx, s.base(sc)+"seen:"+msgID).Result()
	if errors.Is(err, redis.Nil) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("storage: made %s: %w: %w", msgID, ErrUnavailable, err)
	}
	return ref, true, nil
}
