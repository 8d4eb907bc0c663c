package storage

import (
	"context"
	"slices"
	"strings"
	"sync"
)

// claimHistory is what this process knows of which households of a scope
// have claims: those with a gen:claims:of:<户号> key when it started
// (LoadScripts scans them), and those whose claims it read or wrote
// since. Every claim of a household is in its ClaimsOf index, built from
// the claims once per scope (reindex.lua "claimsof", which raises the
// generation of each index it adds to) and kept by the commits since; a
// household outside the set, in a scope whose build this process saw
// made before it started, has no claim, and so no account or approved
// claim either (FollowedNew). Assumed, not known: another process may
// file one meanwhile, which the commit decided on it finds (the reads
// at generation 0). A nil claimHistory knows nothing (rt75).
type claimHistory struct {
	mu sync.Mutex
	// complete: the start's scan listed every household with claims
	complete bool
	// built are the scopes whose build this process saw made before
	// (true), or made by its own read, indexing claims (false: the scan
	// missed the households it added)
	built map[Scope]bool
	known map[string]bool // scope|household
}

func newClaimHistory() *claimHistory {
	return &claimHistory{built: map[Scope]bool{}, known: map[string]bool{}}
}

// add records that household of sc has claims.
func (h *claimHistory) add(sc Scope, household string) {
	if h != nil {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.known[string(sc)+"|"+household] = true
	}
}

// builtIn records sc's ClaimsOf build as reindex.lua answered: -1 when it
// was made before, else how many claims it indexed now (none: the scan
// missed nothing).
func (h *claimHistory) builtIn(sc Scope, answer int64) {
	if h != nil {
		h.mu.Lock()
		defer h.mu.Unlock()
		if _, seen := h.built[sc]; !seen {
			h.built[sc] = answer <= 0
		}
	}
}

// none reports whether household of sc is assumed to have no claim.
func (h *claimHistory) none(sc Scope, household string) bool {
	if h == nil || household == "" {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.complete && h.built[sc] && !h.known[string(sc)+"|"+household]
}

// follow records the households whose claims docs write.
func (h *claimHistory) follow(sc Scope, docs []Doc) {
	for _, d := range docs {
		for _, op := range d.Index {
			if hh, ok := strings.CutPrefix(op.Set, claimsOfPrefix); ok {
				h.add(sc, hh)
			}
		}
	}
}

// FollowedNew is FollowedOf of a household's own indexes (its account,
// approved claims and claims), for a change that carries the reads
// (a new claim's commit): a household this process assumes has no claim
// (claimHistory) and follows none of the indexes of is served as having
// none, at generation 0, with no round trip. A commit carrying those
// reads is refused while another process has written any of them, and
// its refusal brings them as stored (commit.lua's "stale"); made, it
// leaves copies of them (followAssumed). Any other is FollowedOf.
func (s *Store) FollowedNew(ctx context.Context, sc Scope, household string, reads ...DocsRead) ([][]RawDoc, []IndexRead, error) {
	ownIndex := func(rd DocsRead) bool {
		return strings.HasSuffix(rd.Index, ":"+household) && followed(rd.Index) && !s.Follows(sc, rd.Kind, rd.Index)
	}
	if !s.history.none(sc, household) || !slices.ContainsFunc(reads, ownIndex) || slices.ContainsFunc(reads, func(rd DocsRead) bool { return !ownIndex(rd) }) {
		return s.FollowedOf(ctx, sc, reads...)
	}
	rs := make([]IndexRead, len(reads))
	for i, rd := range reads {
		rs[i] = wholeRead(rd.Index, rd.Kind, 0, true)
		rs[i].assumed = true
	}
	return make([][]RawDoc, len(reads)), rs, nil
}

// followAssumed keeps, for each read of reads FollowedNew assumed, an
// empty copy at generation 0: the made commit that carried it found the
// index so (its own writes are followed next).
func (s *Store) followAssumed(sc Scope, reads []IndexRead) {
	for _, rd := range reads {
		if rd.assumed {
			if _, ok := s.opens.get(s.indexKey(sc, rd.index)); !ok {
				s.opens.put(s.indexKey(sc, rd.index), openIndex{complete: true})
			}
		}
	}
}
