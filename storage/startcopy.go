package storage

import (
	"context"
	"strings"
	"time"
)

// copyAtStart copies, at a start (LoadScripts), what this process then
// knows without a read, in one SCAN pass of the keyspace (pages of 1000,
// a pipeline of GET and PTTL of each page's wanted keys; no script holds
// the server), rt78: three passes before, one per copy.
//   - The questions waiting (ask:): a process that restarted sees them as
//     its own (AskedCopiesUnder: a cadre's unquoted 收到 to a villager's
//     confirm-back, cb52).
//   - The evidence values (ev:, evwait:), so that a key with no copy holds
//     none as far as this process knows (EvidenceKnown).
//   - The households with claims (gen:claims:of:<户号>, claimHistory).
//
// A key written while it reads may be missed, which the guards of a
// commit decided on a copy catch (AskAbsent, EvidenceIs, WaitingOn, the
// assumed reads). A pass that fails leaves every copy incomplete: photos,
// questions and first claims are then decided on reads, as before.
func (s *Store) copyAtStart(ctx context.Context, now time.Time) {
	var caches []*askCache
	for _, c := range []*askCache{s.asks, s.evidence, s.waiting} {
		if c != nil {
			caches = append(caches, c)
		}
	}
	if len(caches) == 0 && s.history == nil {
		return
	}
	found := make([][]waitingKey, len(caches))
	head := s.prefix + ":{"
	err := scanKeys(ctx, s.rdb, globQuote(s.prefix)+":{*}:*", func(keys []string) error {
		var wanted []string
		for _, k := range keys {
			sc, rest, ok := strings.Cut(strings.TrimPrefix(k, head), "}:")
			if hh, claims := strings.CutPrefix(rest, "gen:"+claimsOfPrefix); ok && claims {
				s.history.add(Scope(sc), hh)
			} else if ok && cacheOf(caches, rest) >= 0 {
				wanted = append(wanted, k)
			}
		}
		ws, err := readValues(ctx, s.rdb, wanted)
		for _, w := range ws {
			_, rest, _ := strings.Cut(strings.TrimPrefix(w.key, head), "}:")
			i := cacheOf(caches, rest)
			found[i] = append(found[i], w)
		}
		return err
	})
	if err != nil {
		return
	}
	for i, c := range caches {
		c.copyAll(found[i], now)
		c.complete.Store(true)
	}
	if h := s.history; h != nil {
		h.mu.Lock()
		h.complete = true
		h.mu.Unlock()
	}
}

// cacheOf is the index of the cache of caches whose keys rest (a key
// after its scope) is one of, -1 for none.
func cacheOf(caches []*askCache, rest string) int {
	for i, c := range caches {
		if strings.HasPrefix(rest, c.prefix) {
			return i
		}
	}
	return -1
}
