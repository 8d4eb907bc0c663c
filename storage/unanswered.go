package storage

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"time"

	"github.com/redis/go-redis/v9"
)

// UnansweredError is a commit sent to Redis whose answer never came (a
// timeout, not a refused connection): Redis may have run it, or may
// still, as a stall on a slow disk (appendfsync always) or behind a busy
// script ends. It comes with ErrUnavailable; Made tells, once Redis
// answers, whether the message's change was made. Scope and MsgID are
// the first change's; a chain's others (commitThen) are kept for Made.
type UnansweredError struct {
	Scope Scope
	MsgID string
	then  []link
	sent  *Sent
	err   error
}

// link is a change of a chain after its first: its scope and source id.
type link struct {
	scope Scope
	id    string
}

func (e *UnansweredError) Error() string { return e.err.Error() }
func (e *UnansweredError) Unwrap() error { return e.err }

// commitFailed is the error of c's commit (with the chain then after it,
// sent in the same round trip) that failed with err: an UnansweredError
// when c was sent and may be made (c has a source id to look for), else
// ErrUnavailable alone.
func commitFailed(c Change, err error, then ...Change) error {
	wrapped := fmt.Errorf("storage: commit: %w: %w", ErrUnavailable, err)
	if c.MsgID == "" || !unanswered(err) {
		return wrapped
	}
	u := &UnansweredError{Scope: c.Scope, MsgID: c.MsgID, sent: c.Sent, err: wrapped}
	for _, x := range then {
		if x.MsgID != "" { // one with no source id cannot be told
			u.then = append(u.then, link{scope: x.Scope, id: x.MsgID})
		}
	}
	return u
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

// Landed is what Made found of a commit that went unanswered.
type Landed struct {
	// Ref is the first number its first change filed ("" for none).
	Ref string
	// Made: every change of it was made (its dedupe marker is there).
	Made bool
	// Part: some of its changes were made, not all (a chain, commitThen,
	// one of whose links was refused or never ran).
	Part bool
}

// memoScript leaves the resend memo of a message's sender (KEYS[1])
// naming the message (ARGV[2]) for ARGV[3] seconds, unless a memo of the
// same words (ARGV[1], their hash) is there already (taken, or left by
// another link of the chain).
var memoScript = redis.NewScript(`local v = redis.call("GET", KEYS[1])
if not v or string.sub(v, 1, #ARGV[1] + 1) ~= ARGV[1] .. "\n" then
  redis.call("SET", KEYS[1], ARGV[1] .. "\n" .. ARGV[2], "EX", ARGV[3])
end
return 1`)

// Made tells whether the changes of u, a commit that went unanswered,
// were made (their dedupe markers are there), all, some or none, and the
// first number the first filed. It probes Redis first, whatever the
// health gate last saw (Check): a stalled server is asked again at once,
// and the probe's answer means the stall is over, so the unanswered
// command, sent before it, was read before the markers are. Within the
// store's timeout: the caller has a sender waiting. One round trip after
// the probe, reads only (a server that holds writes answers it). In the
// background, it then leaves, in each change's scope, the resend memo of
// the message the commit was for (Change.Sent), once Redis takes the write:
// the same words from its sender, reaching any process within
// ResendWindow, are made under its id (commit.lua).
func (s *Store) Made(ctx context.Context, u *UnansweredError) (Landed, error) {
	defer s.memoLater(u)
	ctx, cancel := context.WithTimeout(ctx, s.rdb.Options().ReadTimeout)
	defer cancel()
	if err := s.health.admit(ctx, true); err != nil {
		return Landed{}, fmt.Errorf("storage: made %s: %w: %w", u.MsgID, ErrUnavailable, err)
	}
	links := append([]link{{scope: u.Scope, id: u.MsgID}}, u.then...)
	cmds := make([]*redis.StringCmd, len(links))
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, l := range links {
			cmds[i] = p.Get(ctx, s.base(l.scope)+"seen:"+l.id)
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return Landed{}, fmt.Errorf("storage: made %s: %w: %w", u.MsgID, ErrUnavailable, err)
	}
	var l Landed
	made := 0
	for i, c := range cmds {
		ref, err := c.Result()
		if errors.Is(err, redis.Nil) {
			continue
		}
		if i == 0 {
			l.Ref = ref
		}
		made++
	}
	l.Made, l.Part = made == len(links), made > 0 && made < len(links)
	return l, nil
}

// memoLater leaves u's resend memo in the background, once Redis is
// known to answer (at once after Made's answer) and again each time it is
// found back after a failed try, until the window ends or the store is
// closed: a resend reaching another process, or this one restarted, is
// then made under the first message's id too. Off the sender's path: a
// server that holds writes (CLIENT PAUSE WRITE, a full disk) would hold
// his apology. It polls nothing: the health gate's probes, one a
// ProbeEvery at most, stay the only ones.
func (s *Store) memoLater(u *UnansweredError) {
	if !u.sent.known() {
		return
	}
	end := time.Now().Add(ResendWindow)
	s.memos.Add(1)
	go func() {
		defer s.memos.Done()
		window := time.NewTimer(ResendWindow)
		defer window.Stop()
		for {
			select {
			case <-s.done:
				return
			case <-window.C:
				return
			case <-s.health.whenBack():
			}
			// no deadline of its own: the command's timeout tells the
			// gate Redis is down (a caller's deadline tells it nothing)
			err := s.memo(context.Background(), u, time.Until(end))
			var reply redis.Error
			if err == nil || errors.As(err, &reply) {
				return // left, or refused for good (an error reply)
			}
			select {
			case <-s.health.whenBack(): // still up after a failed try: a try a ProbeEvery at most
				select {
				case <-s.done:
					return
				case <-time.After(s.health.every):
				}
			default:
			}
		}
	}()
}

// memo leaves u's resend memo in the scope of each of its changes, for
// ttl, in one round trip.
func (s *Store) memo(ctx context.Context, u *UnansweredError, ttl time.Duration) error {
	scopes := []Scope{u.Scope}
	for _, l := range u.then {
		if !slices.Contains(scopes, l.scope) {
			scopes = append(scopes, l.scope)
		}
	}
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, sc := range scopes {
			// Eval, not EvalSha: a pipeline cannot load the script
			memoScript.Eval(ctx, p, []string{memoKey(s.base(sc), u.sent)}, u.sent.hash(), u.sent.Under, max(int(ttl/time.Second), 1))
		}
		return nil
	})
	return err
}

// WaitMemos waits until the resend memos Made leaves in the background
// are left (or given up): for tests, and a bench that counts their trip.
func (s *Store) WaitMemos() { s.memos.Wait() }
