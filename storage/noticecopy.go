package storage

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"time"

	"gridbot/lru"
	"gridbot/village"
)

// noticeCopies keeps what RecentNotices last read of a posted index (a
// group's notices, NoticesPostedTo) with the generation of NoticesAll
// it was read at: every write of a notice raises it (commit.lua), so a
// copy whose generation is still the latest this process knows of its
// scope may serve a later read of the same index from a time on no
// earlier than its own, with no round trip (FollowedNotices). Another
// process's write is not known here: a change decided on a copy carries
// the read (Change.Read), and commit.lua refuses it once the generation
// moved. A nil noticeCopies keeps nothing.
type noticeCopies struct {
	c  *lru.Cache[noticeCopy]
	mu sync.Mutex
	// gens is the latest generation of NoticesAll this process knows of
	// each scope: read, or raised by its own commits; none after a
	// refused commit that carried a copy's read
	gens map[Scope]int64
}

// noticeCopy is a read of a posted index from since on (unix s): the
// notices as stored, and the generation of NoticesAll they were read at.
type noticeCopy struct {
	gen   int64
	since int64
	raws  []RawDoc
}

func newNoticeCopies(max int) *noticeCopies {
	return &noticeCopies{c: lru.New[noticeCopy](max), gens: map[Scope]int64{}}
}

// noticeCopiesKept is how many groups' (and cadres') notice reads a store
// keeps.
const noticeCopiesKept = 1024

// keep keeps a read of index at gen; the generation is the scope's
// latest known unless a later one is.
func (n *noticeCopies) keep(sc Scope, index string, since, gen int64, raws []RawDoc) {
	if n == nil {
		return
	}
	n.mu.Lock()
	if cur, ok := n.gens[sc]; !ok || cur < gen {
		n.gens[sc] = gen
	}
	n.mu.Unlock()
	n.c.Put(string(sc)+"|"+index, noticeCopy{gen: gen, since: since, raws: raws})
}

// get is the copy of index that serves a read from since on: ok is false
// unless it was read from a time no later than since at the scope's latest
// known generation.
func (n *noticeCopies) get(sc Scope, index string, since int64) (noticeCopy, bool) {
	if n == nil {
		return noticeCopy{}, false
	}
	e, ok := n.c.Get(string(sc) + "|" + index)
	if !ok || e.since > since {
		return noticeCopy{}, false
	}
	n.mu.Lock()
	gen, known := n.gens[sc]
	n.mu.Unlock()
	return e, known && gen == e.gen
}

// raised records a generation of NoticesAll this process's own commit
// left: the copies read before are behind it.
func (n *noticeCopies) raised(sc Scope, gen int64) {
	if n == nil {
		return
	}
	n.mu.Lock()
	if cur := n.gens[sc]; cur < gen {
		n.gens[sc] = gen
	}
	n.mu.Unlock()
}

// latest is the latest generation of sc's notices this process knows of.
func (n *noticeCopies) latest(sc Scope) (int64, bool) {
	if n == nil {
		return 0, false
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	gen, ok := n.gens[sc]
	return gen, ok
}

// forget makes every copy of sc's notices unusable until read again: a
// commit decided on one was refused.
func (n *noticeCopies) forget(sc Scope) {
	if n == nil {
		return
	}
	n.mu.Lock()
	delete(n.gens, sc)
	n.mu.Unlock()
}

// FollowedNotices is RecentNotices (of no named notice) from this
// process's copy of index when it holds one read from a time no later than
// since at the latest generation of the scope's notices it knows (no round
// trip), else from Redis, kept; and the read, which the change decided on
// the notices carries (Change.Read, or Reads): that change is refused
// (ErrConflict) once any notice was written since, by another process
// too. A decision no commit of the township's scope checks is better made
// on RecentNotices.
func (s *Store) FollowedNotices(ctx context.Context, sc Scope, index string, since time.Time) ([]village.Notice, IndexRead, error) {
	if e, ok := s.notices.get(sc, index, since.Unix()); ok {
		ns, err := decodeRaws(e.raws, decodeNotice)
		if err != nil {
			return nil, IndexRead{}, err
		}
		return postedSince(ns, since), IndexRead{index: NoticesAll, gen: e.gen, copied: true}, nil
	}
	ns, gen, err := s.recentNotices(ctx, sc, index, since, true)
	return ns, IndexRead{index: NoticesAll, gen: gen}, err
}

// CopiedNotices is FollowedNotices when this process holds a copy that
// serves it, with no round trip and no read to guard a change by; ok is
// false otherwise (nothing is read): for what a reply may add, never a
// decision (call99).
func (s *Store) CopiedNotices(sc Scope, index string, since time.Time) ([]village.Notice, bool) {
	e, ok := s.notices.get(sc, index, since.Unix())
	if !ok {
		return nil, false
	}
	ns, err := decodeRaws(e.raws, decodeNotice)
	if err != nil {
		return nil, false
	}
	return postedSince(ns, since), true
}

// postedSince are the notices of ns (a posted index's, as read from an
// earlier time) that a read from since lists: those posted since, and
// the one posted last however old (recent.lua).
func postedSince(ns []village.Notice, since time.Time) []village.Notice {
	var top time.Time
	for _, n := range ns {
		if p := n.Posted(); p.After(top) {
			top = p
		}
	}
	from := min(since.Unix(), top.Unix())
	out := ns[:0:0]
	for _, n := range ns {
		if n.Posted().Unix() >= from {
			out = append(out, n)
		}
	}
	return out
}

// noticeWrite is a notice this process's commit wrote, as stored: its
// number, version and body, and its index operations.
type noticeWrite struct {
	raw RawDoc
	ops []IndexOp
}

// follow brings the copies of sc that were at generation from (the one
// before this process's commit raised NoticesAll to to, with nothing
// between: the script raises it once a notice written) up to to, with
// the notices that commit wrote: a copy at from is then what a read at to
// returns. A copy that cannot be brought up with certainty (a notice
// added with a score before the time it was read from, or taken out of
// its index) is dropped; one at
// another generation is left, behind.
func (n *noticeCopies) follow(sc Scope, from, to int64, writes []noticeWrite) {
	if n == nil || len(writes) == 0 {
		return
	}
	for _, key := range n.c.Keys(string(sc) + "|") {
		e, ok := n.c.Get(key)
		if !ok || e.gen != from {
			continue
		}
		raws, ok := e.with(key[len(sc)+1:], writes)
		if !ok {
			n.c.Delete(key)
			continue
		}
		n.c.Put(key, noticeCopy{gen: to, since: e.since, raws: raws})
	}
}

// with is e's notices after writes, e a copy of index; false when that
// is not certain.
func (e noticeCopy) with(index string, writes []noticeWrite) ([]RawDoc, bool) {
	raws := slices.Clone(e.raws)
	for _, w := range writes {
		at, found := slices.BinarySearchFunc(raws, w.raw.ID, func(r RawDoc, id int) int { return cmp.Compare(r.ID, id) })
		in, named := found, false
		for _, op := range w.ops {
			if op.Set != index {
				continue
			}
			if op.Add && op.Score < e.since {
				return nil, false // listed or not: the script's choice of the latest
			}
			in, named = op.Add, true
		}
		switch {
		case in && found:
			raws[at] = w.raw
		case in && named:
			raws = slices.Insert(raws, at, w.raw)
		case found:
			return nil, false // the one listed as the latest may be another now
		}
	}
	return raws, true
}
