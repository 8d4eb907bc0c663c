package storage

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// A sender's photos in one chat (key) are matched through two kept values:
// Evidence names the claim or report he made last, kept by the commit that
// creates it (its value may name it with RefPlaceholder); Waiting holds the
// photos he sent when none was recent, for his next item. A commit that
// creates an item assumes, with Change.Unchanged set to WaitingNone, that no
// photo waits, so that the common case reads nothing first; when one does,
// the commit fails with ErrKeptChanged, and the item is made again with the
// photos, taking them (WaitingTaken) while they are as read (WaitingAre).

// evidencePrefix begins the keys Evidence keeps.
const evidencePrefix = "ev:"

// Evidence keeps what names the item the sender's later photos go to.
func Evidence(key string, body []byte, ttl time.Duration) Kept {
	return Kept{Key: evidencePrefix + key, Value: body, TTL: ttl, RefsFirst: true}
}

// EvidenceIs guards a change decided on the item kept by Evidence being
// body: another item made meanwhile is not overwritten.
func EvidenceIs(key string, body []byte) *Kept { return &Kept{Key: evidencePrefix + key, Value: body} }

// waitingPrefix begins the keys Waiting keeps.
const waitingPrefix = "evwait:"

// Waiting keeps the photos that wait for the sender's next item.
func Waiting(key string, body []byte, ttl time.Duration) Kept {
	return Kept{Key: waitingPrefix + key, Value: body, TTL: ttl}
}

// WaitingOn is Waiting decided on the photos waiting being was (nil:
// none), as EvidenceKnown knew them: the change commits only while the
// key holds exactly that (ErrAskChanged otherwise, changing nothing).
func WaitingOn(key string, body, was []byte, ttl time.Duration) Kept {
	if was == nil {
		was = []byte(absentWas)
	}
	return Waiting(key, body, ttl).DecidedOn(was)
}

// WaitingTaken deletes the waiting photos: the change's item took them.
func WaitingTaken(key string) Kept { return Kept{Key: waitingPrefix + key} }

// WaitingAre guards a change decided on the waiting photos being body
// (nil: none).
func WaitingAre(key string, body []byte) *Kept {
	return &Kept{Key: waitingPrefix + key, Value: body}
}

// newEvidenceCache copies what this process's commits keep with Evidence,
// references put in, for EvidenceCopy.
func newEvidenceCache(max int) *askCache {
	a := newAskCache(max)
	a.prefix, a.refs, a.marks = evidencePrefix, true, true
	return a
}

// newWaitingCache copies what this process's commits keep with Waiting,
// for EvidenceKnown.
func newWaitingCache(max int) *askCache {
	a := newAskCache(max)
	a.prefix, a.marks = waitingPrefix, true
	return a
}

// EvidenceKnown is what EvidenceOf would read of key, no round trip, as
// far as this process knows: its copies, nil for a key it holds none of
// once its start copied them all (copyAtStart), unless a commit refused
// on the key left its value unknown. ok is false when it does not know
// both. Either may be stale (another process's item or photos since): a
// change decided on them carries EvidenceIs(key, item) and, when it keeps
// photos, WaitingOn(key, …, waiting); refused, EvidenceOf reads them.
func (s *Store) EvidenceKnown(sc Scope, key string) (item, waiting []byte, ok bool) {
	now := s.now()
	item, ok = s.evidence.known(s.base(sc)+evidencePrefix+key, now)
	if !ok {
		return nil, nil, false
	}
	waiting, ok = s.waiting.known(s.base(sc)+waitingPrefix+key, now)
	return item, waiting, ok
}

// EvidenceCopy is the item kept by Evidence under key as this process's
// own commits left it, no round trip, when it holds a copy not expired.
// The copy may be stale (another process kept another item since, or
// Redis expired it first): a change decided on it carries EvidenceIs,
// fails with ErrKeptChanged when Redis holds anything else, and the copy
// is forgotten (EvidenceOf then reads it).
func (s *Store) EvidenceCopy(sc Scope, key string) ([]byte, bool) {
	return s.evidence.get(s.base(sc)+evidencePrefix+key, s.now())
}

// EvidenceOf reads both kept values of key in one round trip; nil where
// nothing is kept (or it expired).
func (s *Store) EvidenceOf(ctx context.Context, sc Scope, key string) (item, waiting []byte, err error) {
	vals, err := s.rdb.MGet(ctx, s.base(sc)+evidencePrefix+key, s.base(sc)+waitingPrefix+key).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, nil, fmt.Errorf("storage: evidence: %w: %w", ErrUnavailable, err)
	}
	bytesOf := func(v any) []byte {
		if str, ok := v.(string); ok {
			return []byte(str)
		}
		return nil
	}
	return bytesOf(vals[0]), bytesOf(vals[1]), nil
}
