package storage

import (
	"bytes"
	"context"
	"errors"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"gridbot/lru"

	"github.com/redis/go-redis/v9"
)

// askPrefix begins the keys of the questions asked (Ask).
const askPrefix = "ask:"

// askCache keeps the questions (Ask) as this process's own commits left
// them, so that reading them back (AskedCopy) needs no round trip. A copy
// may be stale: another process may have asked or taken a question since,
// or Redis expired it first. A change decided on a copy carries it
// (Kept.Was): commit.lua refuses the change when the key holds anything
// else, the copy is forgotten, and the handler reads Redis and decides
// again. A nil askCache keeps nothing.
type askCache struct {
	c *lru.Cache[askCopy]
	// complete is set once the start copied every question waiting
	// (LoadScripts): a key with no copy then holds none, as far as this
	// process knows (AskedKnown)
	complete atomic.Bool
	// prefix begins the keys copied: askPrefix, or evidencePrefix for the
	// item a sender's photos go to (Store.EvidenceCopy)
	prefix string
	// refs copies a value written with a reference (Kept.RefsFirst) as
	// commit.lua wrote it, the reference put in; otherwise it is dropped
	refs bool
	// marks makes forget keep a mark that the key's value is unknown (a
	// commit refused on it, or whose outcome is unknown), so that known
	// does not take the missing copy for "none" (the evidence caches)
	marks bool
}

// askCopy is a key's questions as kept, until they expire; unknown marks
// a key whose value this process no longer knows (askCache.marks); none
// marks a key this process read and found holding nothing (sawNone).
type askCopy struct {
	body    []byte
	until   time.Time
	unknown bool
	none    bool
}

// noneFor is how long a key read holding nothing is known to hold none
// (sawNone): a decision on it is guarded (AskAbsent), so the bound only
// keeps such marks from standing for ever in the cache.
const noneFor = 24 * time.Hour

// unknownFor is how long a mark of an unknown value stands: longer than
// any evidence window, so that it outlives the value it stands for.
const unknownFor = 24 * time.Hour

func newAskCache(max int) *askCache {
	return &askCache{c: lru.New[askCopy](max), prefix: askPrefix}
}

// get is the copy of the questions under the full key k, when one is held
// and not expired at now.
func (a *askCache) get(k string, now time.Time) ([]byte, bool) {
	if a == nil {
		return nil, false
	}
	q, ok := a.c.Get(k)
	if !ok || q.unknown || q.none || !now.Before(q.until) {
		return nil, false
	}
	return bytes.Clone(q.body), true
}

// known is get, or, with no copy of k held, nil and true when the start
// copied every key of the cache's prefix (complete) and k is not marked
// unknown: none is kept under k, as far as this process knows. A change
// decided on it is guarded by that none (it may be stale).
func (a *askCache) known(k string, now time.Time) ([]byte, bool) {
	if a == nil {
		return nil, false
	}
	if !a.complete.Load() {
		return nil, false
	}
	q, ok := a.c.Get(k)
	switch {
	case !ok || !now.Before(q.until):
		return nil, true
	case q.unknown:
		return nil, false
	}
	return bytes.Clone(q.body), true
}

// follow keeps what a commit of key base made of its ask records, in
// order: a value set, a key deleted, and, for a record with an After or in
// drop mode, what commit.lua said it left (lefts: the value, "" for none,
// and its time to live in ms, two entries a record). refs are the
// commit's references (Kept.RefsFirst). now is when the commit was sent:
// a copy expires no later than the key.
func (a *askCache) follow(base string, keep []Kept, lefts []any, refs []string, now time.Time) {
	if a == nil {
		return
	}
	j := 0
	for _, k := range keep {
		var left string
		var ttl time.Duration
		told := k.After != "" || k.Drop
		if told && j+1 < len(lefts) {
			left, _ = lefts[j].(string)
			ttl = time.Duration(replyInt(lefts[j+1])) * time.Millisecond
			j += 2
		}
		if !strings.HasPrefix(k.Key, a.prefix) {
			continue
		}
		body, written := k.Value, true
		if k.RefsFirst {
			body, written = a.withRef(k.Value, refs)
		}
		switch {
		case told && left != "" && ttl > 0:
			a.c.Put(base+k.Key, askCopy{body: []byte(left), until: now.Add(ttl)})
		case !written && a.marks: // written with a reference not followed: a value, unknown
			a.c.Put(base+k.Key, askCopy{unknown: true, until: now.Add(unknownFor)})
		case !written: // written with a reference not followed
			a.c.Delete(base + k.Key)
		case told, k.TTL <= 0: // gone
			a.gone(base+k.Key, now)
		default:
			a.c.Put(base+k.Key, askCopy{body: bytes.Clone(body), until: now.Add(k.TTL)})
		}
	}
}

// sawNone records that a read of the full key k found nothing kept
// under it (the questions waiting for a sender, read with his message's
// claims; body, when not nil, is what it found instead: a none mark is
// dropped), so that seenNone answers none for it even when the start
// copied no questions (complete unset) (rt85). A copy held of a value
// (this process's own commit, answered meanwhile) is left as it is.
func (a *askCache) sawNone(k string, body []byte, now time.Time) {
	if a == nil || a.prefix != askPrefix || a.complete.Load() {
		// a started store's copy is complete: no copy is none (known)
		return
	}
	q, ok := a.c.Get(k)
	switch {
	case body != nil:
		if ok && q.none {
			a.c.Delete(k)
		}
	case !ok || q.none || q.unknown:
		a.c.Put(k, askCopy{none: true, until: now.Add(noneFor)})
	}
}

// seenNone reports whether this process last saw nothing kept under the
// full key k (sawNone, gone), not longer than noneFor ago. That may be
// stale (another process asked since): a change decided on it carries
// AskAbsent, like one decided on known.
func (a *askCache) seenNone(k string, now time.Time) bool {
	if a == nil {
		return false
	}
	q, ok := a.c.Get(k)
	return ok && q.none && now.Before(q.until)
}

// gone records that this process's own commit left nothing under the
// full key k: a none mark (sawNone) where the cache keeps them and the
// start's copy is not complete, else no copy (known: none).
func (a *askCache) gone(k string, now time.Time) {
	if a.prefix == askPrefix && !a.complete.Load() {
		a.c.Put(k, askCopy{none: true, until: now.Add(noneFor)})
		return
	}
	a.c.Delete(k)
}

// withRef is v, written with a reference (Kept.RefsFirst), as commit.lua
// wrote it: the first reference of refs put in (refInBody). ok is false
// when a does not copy such values, the commit made no reference, or v
// names another document's (RefN), which is not followed here.
func (a *askCache) withRef(v []byte, refs []string) (body []byte, ok bool) {
	if !a.refs || len(refs) == 0 {
		return nil, false
	}
	body = refInBody.ReplaceAll(v, []byte("${1}"+refs[0]))
	return body, !bytes.Contains(body, []byte(`\u0001REF`))
}

// replyInt is a number of a script's reply, sent as an integer or as text.
func replyInt(x any) int64 {
	switch v := x.(type) {
	case int64:
		return v
	case string:
		n, _ := strconv.ParseInt(v, 10, 64)
		return n
	}
	return 0
}

// forget drops the copies of the ask keys a commit named that failed, or
// whose outcome is unknown.
func (a *askCache) forget(base string, keep []Kept, now time.Time) {
	if a == nil {
		return
	}
	for _, k := range keep {
		switch {
		case !strings.HasPrefix(k.Key, a.prefix):
		case a.marks:
			a.c.Put(base+k.Key, askCopy{unknown: true, until: now.Add(unknownFor)})
		default:
			a.c.Delete(base + k.Key)
		}
	}
}

// under are the copies held, not expired at now, of the keys that begin
// with the full prefix p, by their keys with p's scope base cut (what
// Ask was given).
func (a *askCache) under(base, p string, now time.Time) map[string][]byte {
	if a == nil {
		return nil
	}
	out := map[string][]byte{}
	for _, k := range a.c.Keys(base + askPrefix + p) {
		if b, ok := a.get(k, now); ok {
			out[strings.TrimPrefix(k, base+askPrefix)] = b
		}
	}
	return out
}

// readValues reads keys (one page of a start's SCAN, copyAtStart) with
// their values and times to live, as copyAll takes them, in one pipeline
// of GET and PTTL; a key gone or without expiry meanwhile is left out.
func readValues(ctx context.Context, rdb redis.UniversalClient, keys []string) ([]waitingKey, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	gets := make([]*redis.StringCmd, len(keys))
	ttls := make([]*redis.DurationCmd, len(keys))
	_, err := rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, k := range keys {
			gets[i], ttls[i] = p.Get(ctx, k), p.PTTL(ctx, k)
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, err
	}
	var out []waitingKey
	for i, k := range keys {
		if v, err := gets[i].Result(); err == nil && ttls[i].Val() > 0 {
			out = append(out, waitingKey{key: k, body: v, ttl: ttls[i].Val()})
		}
	}
	return out, nil
}

// scanKeys pages through the keyspace with SCAN, giving page each
// non-empty page of the keys matching pattern: no long script holds the
// server at a start.
func scanKeys(ctx context.Context, rdb redis.UniversalClient, pattern string, page func(keys []string) error) error {
	var cursor uint64
	for {
		keys, next, err := rdb.Scan(ctx, cursor, pattern, 1000).Result()
		if err != nil {
			return err
		}
		if len(keys) > 0 {
			if err := page(keys); err != nil {
				return err
			}
		}
		if cursor = next; cursor == 0 {
			return nil
		}
	}
}

// waitingKey is one key readValues found.
type waitingKey struct {
	key, body string
	ttl       time.Duration
}

// globQuote escapes the glob characters of s (SCAN MATCH).
func globQuote(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[]\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// copyAll keeps as copies the questions a start found at now: a
// process that starts holds a copy of each question asked before it
// (AskedCopiesUnder sees them), as of those its own commits ask.
func (a *askCache) copyAll(found []waitingKey, now time.Time) {
	if a == nil {
		return
	}
	for _, w := range found {
		a.c.Put(w.key, askCopy{body: []byte(w.body), until: now.Add(w.ttl)})
	}
}
