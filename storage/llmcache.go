package storage

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// Keys of the free-text reader (in addition to the package doc):
//
//	<p>:llm:r:<hash>              STRING a model's validated reading (JSON) by hash of
//	                                     prompt version, model and masked text (TTL: llm.cache_ttl)
//	<p>:llm:usage:<yyyy-mm-dd>    HASH   calls, failures, prompt_tokens, completion_tokens of a day (TTL 400 days)
//	<p>:{<scope>}:ask:<key>       STRING a question the bot asked one person and waits
//	                                     for (confirm-back, duplicate), JSON (TTL: llm.confirm_ttl)

// usageTTL keeps a day's token counts for a year and a bit.
const usageTTL = 400 * 24 * time.Hour

// LLMReading reads a cached model reading; ok is false when there is none.
func (s *Store) LLMReading(ctx context.Context, key string) ([]byte, bool, error) {
	return s.get(ctx, s.prefix+":llm:r:"+key, "llm cache")
}

// PutLLMReading caches a model reading for ttl.
func (s *Store) PutLLMReading(ctx context.Context, key string, reading []byte, ttl time.Duration) error {
	if err := s.rdb.Set(ctx, s.prefix+":llm:r:"+key, reading, ttl).Err(); err != nil {
		return fmt.Errorf("storage: llm cache: %w: %w", ErrUnavailable, err)
	}
	return nil
}

// AddLLMUsage adds to a day's counters in one round trip. A retried call
// may count twice: these are operating figures, not points.
func (s *Store) AddLLMUsage(ctx context.Context, day string, counts map[string]int64) error {
	key := s.prefix + ":llm:usage:" + day
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for f, n := range counts {
			if n != 0 {
				p.HIncrBy(ctx, key, f, n)
			}
		}
		p.Expire(ctx, key, usageTTL)
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: llm usage: %w: %w", ErrUnavailable, err)
	}
	return nil
}

// LLMUsage reads a day's counters ("2026-03-02").
func (s *Store) LLMUsage(ctx context.Context, day string) (map[string]int64, error) {
	m, err := s.rdb.HGetAll(ctx, s.prefix+":llm:usage:"+day).Result()
	if err != nil {
		return nil, fmt.Errorf("storage: llm usage: %w: %w", ErrUnavailable, err)
	}
	out := make(map[string]int64, len(m))
	for k, v := range m {
		out[k], _ = strconv.ParseInt(v, 10, 64)
	}
	return out, nil
}

// Asked returns a waiting question, leaving it in place: the commit that
// acts on the answer removes it (AskTaken), so that a commit that fails
// leaves it to be answered again; ErrNotFound when none waits (or it
// expired).
func (s *Store) Asked(ctx context.Context, sc Scope, key string) ([]byte, error) {
	b, ok, err := s.get(ctx, s.base(sc)+askPrefix+key, "ask")
	if err == nil {
		s.asks.sawNone(s.base(sc)+askPrefix+key, b, s.now())
	}
	if err == nil && !ok {
		err = fmt.Errorf("storage: ask: %w", ErrNotFound)
	}
	return b, err
}

// AskedIn reads the questions waiting under key in each of scopes, in one
// round trip: nil where none waits (or they expired). A township cadre's
// questions are kept in the township's scope, or in the scope of the one
// village's item they are about (its commit takes them).
func (s *Store) AskedIn(ctx context.Context, key string, scopes ...Scope) ([][]byte, error) {
	cmds := make([]*redis.SliceCmd, len(scopes))
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, sc := range scopes {
			// MGET of one key: none waiting is a nil, not an error
			cmds[i] = p.MGet(ctx, s.base(sc)+askPrefix+key)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storage: ask: %w: %w", ErrUnavailable, err)
	}
	out := make([][]byte, len(scopes))
	for i, c := range cmds {
		if v, ok := c.Val()[0].(string); ok {
			out[i] = []byte(v)
		}
	}
	return out, nil
}

// AskedAt reads a value kept with Kept.Followed, and its generation, in
// one round trip (nil: none kept). The IndexRead guards a commit decided
// on the value (Change.Reads): it fails with ErrConflict once another
// commit wrote the value since, however many processes share the store.
func (s *Store) AskedAt(ctx context.Context, sc Scope, key string) ([]byte, IndexRead, error) {
	k := askPrefix + key
	vals, err := s.rdb.MGet(ctx, s.base(sc)+k, s.base(sc)+"gen:"+k).Result()
	if err != nil {
		return nil, IndexRead{}, fmt.Errorf("storage: ask %s: %w: %w", key, ErrUnavailable, err)
	}
	read := IndexRead{index: k}
	if g, ok := vals[1].(string); ok {
		if read.gen, err = strconv.ParseInt(g, 10, 64); err != nil {
			return nil, IndexRead{}, fmt.Errorf("storage: ask %s: generation %q: %w", key, g, err)
		}
	}
	var b []byte
	if v, ok := vals[0].(string); ok {
		b = []byte(v)
	}
	return b, read, nil
}

// AskedCopy is the questions waiting under key as this process's own
// commits left them, when it holds such a copy not past their TTL: no
// round trip. The copy may be stale (another process asked or took one
// since, or Redis expired them first): a change decided on it carries it
// (Kept.DecidedOn), and fails with ErrAskChanged, forgetting the copy,
// when Redis holds anything else. A decision no commit checks is made on
// Asked.
func (s *Store) AskedCopy(sc Scope, key string) ([]byte, bool) {
	return s.asks.get(s.base(sc)+askPrefix+key, s.now())
}

// AskedKnown is AskedCopy, or, when this process copied every question
// waiting at its start (LoadScripts) and holds no copy of key's, nil and
// true: none waits as far as it knows. That may be stale (another process
// asked since, or the copy was dropped): a change decided on it carries
// AskAbsent(key), and fails with ErrAskChanged when one waits.
func (s *Store) AskedKnown(sc Scope, key string) ([]byte, bool) {
	if b, ok := s.AskedCopy(sc, key); ok {
		return b, true
	}
	return nil, s.asks != nil && s.asks.complete.Load()
}

// AskedNoneSeen reports whether this process last saw no question kept
// under key: a read of it found none, or its own commit took the last
// one. Unlike AskedKnown it needs no start copy (an unstarted store,
// one whose start copy failed); a change decided on it carries
// AskAbsent(key) all the same, refused with ErrAskChanged when one waits.
// Only for a decision whose outcome commits: a silence decided on it
// would read the questions after all (rt85).
func (s *Store) AskedNoneSeen(sc Scope, key string) bool {
	return s.asks.seenNone(s.base(sc)+askPrefix+key, s.now())
}

// AskedCopiesUnder are this process's copies (AskedCopy) of the
// questions waiting under every key of scope sc that begins with prefix
// ("<chat>|": each person asked in a chat), by key: no round trip, and
// none told of a key whose copy is not held.
func (s *Store) AskedCopiesUnder(sc Scope, prefix string) map[string][]byte {
	return s.asks.under(s.base(sc), prefix, s.now())
}

// AskedCopied is Asked read from Redis with its time to live, in one
// round trip, kept as this process's copy (AskedCopy) until it expires:
// a value another process kept, read once (call79). nil when none is
// kept.
func (s *Store) AskedCopied(ctx context.Context, sc Scope, key string) ([]byte, error) {
	ws, err := readValues(ctx, s.rdb, []string{s.base(sc) + askPrefix + key})
	if err != nil {
		return nil, fmt.Errorf("storage: ask %s: %w: %w", key, ErrUnavailable, err)
	}
	if len(ws) == 0 {
		return nil, nil
	}
	s.asks.copyAll(ws, s.now())
	return []byte(ws[0].body), nil
}

// AskedOf reads the values kept under keys (storage.Ask) in scope sc, in
// one round trip: nil where none is kept (or it expired).
func (s *Store) AskedOf(ctx context.Context, sc Scope, keys ...string) ([][]byte, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	full := make([]string, len(keys))
	for i, k := range keys {
		full[i] = s.base(sc) + askPrefix + k
	}
	vals, err := s.rdb.MGet(ctx, full...).Result()
	if err != nil {
		return nil, fmt.Errorf("storage: asked: %w: %w", ErrUnavailable, err)
	}
	out := make([][]byte, len(keys))
	for i, v := range vals {
		if v, ok := v.(string); ok {
			out[i] = []byte(v)
		}
	}
	return out, nil
}
