package storage

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gridbot/lru"
	"gridbot/village"
)

// reportCache keeps the latest version of recently written reports, so a
// lifecycle command (read, change, commit) costs one round trip instead of
// two. It is always safe for writes: a commit carries the version it read,
// and a stale entry makes the commit fail with ErrConflict, which evicts it.
// A read served from it may miss a change made by another process since.
// A nil cache caches nothing.
type reportCache struct {
	c *lru.Cache[village.Report]
}

func newReportCache(max int) *reportCache {
	return &reportCache{c: lru.New[village.Report](max)}
}

func (c *reportCache) get(key string) (village.Report, bool) {
	if c == nil {
		return village.Report{}, false
	}
	r, ok := c.c.Get(key)
	return clone(r), ok
}

// indexed reports whether the cache holds the version r was read from
// (r.Version) and that version was as open as r is: a commit of r, which
// succeeds only if that version is the stored one, then leaves the
// report's index entries as they are.
func (c *reportCache) indexed(key string, r village.Report) bool {
	if c == nil {
		return false
	}
	old, ok := c.c.Get(key)
	return ok && old.Version == r.Version && old.Grid == r.Grid && old.Status.Open() == r.Status.Open()
}

func (c *reportCache) put(key string, r village.Report) {
	if c != nil {
		c.c.Put(key, clone(r))
	}
}

func (c *reportCache) drop(key string) {
	if c != nil {
		c.c.Delete(key)
	}
}

// clone copies the slices of r, so callers may append to them freely. The
// history has room for one more entry: a lifecycle command reads a report
// to add one (village.Report.ApplyOn), and would copy it again otherwise.
func clone(r village.Report) village.Report {
	if r.History != nil {
		r.History = append(make([]village.Entry, 0, len(r.History)+1), r.History...)
	}
	r.Handlers = slices.Clone(r.Handlers)
	r.Followers = slices.Clone(r.Followers)
	r.FollowerKeys = slices.Clone(r.FollowerKeys)
	r.HandlerKeys = slices.Clone(r.HandlerKeys)
	r.Images = slices.Clone(r.Images)
	return r
}

// openIndexesCached is how many followed indexes a store keeps a copy of:
// grids' open reports, and households' accounts and approved claims.
const openIndexesCached = 8192

// followed reports whether commit.lua keeps a generation of index (its
// followed(), which must name the same): the scope's open reports and a
// grid's, its reports (every write of a report names "reports": its
// generation is raised at every change of one), a household's account
// (AccountIndex), approved claims (ApprovedOf) and claims (ClaimsOf), the
// village's claims an objection froze, those waiting for review and
// those approved (ClaimIndex: every write of a pending or approved claim
// names its status index, rt74, rt75), a year's ranking counters
// (PointsHash, VetoHash: counter hashes, see counterCopies), a year's archived
// ranking (RankIndex), the calls still to make (CallsOpen), a person's
// calls (CallsOf) and those holding an open question (CallsAsked: every
// write of a call names it, call109), the supermarket's counted stock (StockIndex), and every
// notice (NoticesAll: every write of a notice names it, so that its
// generation guards a copy of a group's notices, see noticeCopies), and a
// sale's redemption and refund (SaleOf, rt78).
func followed(index string) bool {
	return index == "open" || strings.HasPrefix(index, "open:") || index == "reports" || strings.HasPrefix(index, "hh:") ||
		strings.HasPrefix(index, "claims:approved:") || strings.HasPrefix(index, "claims:of:") || index == ClaimsAll || index == "claims:objected" || index == "claims:pending" || index == "claims:approved" || followedCounter(index) || strings.HasPrefix(index, "rank:") || index == CallsOpen || index == CallsAsked ||
		strings.HasPrefix(index, callsOfPrefix) || index == StockIndex || index == NoticesAll || strings.HasPrefix(index, salePrefix)
}

// onlyCommitted reports whether index is written by commit.lua alone (no
// build of reindex.lua adds to it) and its generation raised at every
// write: generation 1 after a commit added a member is an index holding
// that member alone, which the commit's process may follow from there
// without having read it. A sale's index (SaleOf) is such: its number is
// new under the stock's version, and only the sale and its refund name it.
func onlyCommitted(index string) bool {
	return strings.HasPrefix(index, salePrefix)
}

// openIndexes follows the followed indexes, so that a change decided on
// one needs no read round trip (a new report's duplicate check, a claim's
// review): commit.lua raises an index's generation at every change of its
// members and tells which; a copy is kept only while every change since it
// was read was this process's own. A commit decided on a copy carries its
// generation (Change.Read) and fails if another process changed it since.
// A nil openIndexes follows nothing.
type openIndexes struct {
	c *lru.Cache[openIndex]
}

// openIndex is an index's members, ascending, at generation gen; complete
// says the read listed all of them, not only the latest few.
type openIndex struct {
	gen      int64
	ids      []int
	complete bool
}

func newOpenIndexes(max int) *openIndexes {
	return &openIndexes{c: lru.New[openIndex](max)}
}

// latest is the last n members (all when n <= 0).
func (e openIndex) latest(n int) []int {
	if n <= 0 || n >= len(e.ids) {
		return e.ids
	}
	return e.ids[len(e.ids)-n:]
}

func (o *openIndexes) get(key string) (openIndex, bool) {
	if o == nil {
		return openIndex{}, false
	}
	return o.c.Get(key)
}

func (o *openIndexes) put(key string, e openIndex) {
	if o != nil {
		o.c.Put(key, e)
	}
}

func (o *openIndexes) drop(key string) {
	if o != nil {
		o.c.Delete(key)
	}
}

// follow applies a commit's changes of followed indexes: docs are what it
// wrote, refs their references, gens the flat (index, generation) pairs
// commit.lua returned, one per open-index operation in docs' order. A copy
// one generation behind takes the change; any other is dropped.
func (o *openIndexes) follow(sc Scope, docs []Doc, refs []string, gens []any) {
	if o == nil || len(gens) == 0 {
		return
	}
	i := 0
	for di, d := range docs {
		for _, op := range d.Index {
			if !followed(op.Set) || i+1 >= len(gens) {
				continue
			}
			gen, _ := gens[i+1].(int64)
			i += 2
			key := string(sc) + "|" + op.Set
			id := 0
			if di < len(refs) {
				id, _ = strconv.Atoi(strings.TrimPrefix(refs[di], strings.ToUpper(d.Kind)))
			}
			e, ok := o.c.Get(key)
			if !ok {
				switch {
				case gen == 1 && op.Add && id != 0 && onlyCommitted(op.Set):
					// this commit made the index: it holds id alone
					o.c.Put(key, openIndex{gen: gen, ids: []int{id}, complete: true})
				case op.Set == "reports" && op.Add && d.Kind == "r" && d.ID == 0 && id != 0:
					// a report this commit created: its number, the
					// counter's, is the newest at gen, the latest member
					// of a copy that lists no older ones (ReportAbsent
					// knows a higher number names none) (rep98)
					o.c.Put(key, openIndex{gen: gen, ids: []int{id}})
				}
				continue
			}
			if e.gen+1 != gen || id == 0 {
				o.c.Delete(key)
				continue
			}
			e = e.with(id, op.Add)
			if e.ids == nil && !e.complete {
				o.c.Delete(key)
				continue
			}
			e.gen = gen
			o.c.Put(key, e)
		}
	}
}

// with is e after adding or removing member id. Removing a member from an
// incomplete copy leaves it unknown which member is now among the latest:
// the result then has no members and is not complete. A member older than
// an incomplete copy's is no news of its latest.
func (e openIndex) with(id int, add bool) openIndex {
	at, found := slices.BinarySearch(e.ids, id)
	switch {
	case add && !found && at == 0 && !e.complete && len(e.ids) > 0:
	case add && !found:
		e.ids = slices.Insert(slices.Clone(e.ids), at, id)
	case !add && found && e.complete:
		e.ids = slices.Delete(slices.Clone(e.ids), at, at+1)
	case !add && found:
		return openIndex{}
	}
	return e
}

// docCache keeps the latest version of recently written or read documents
// of the kinds a review of a claim or a redemption reads (claims,
// household accounts, a year's archived ranking, the counted stock), as
// the reportCache keeps reports: a commit carries the version it read and
// a stale entry makes it fail with ErrConflict, which evicts it. A nil
// docCache caches nothing.
type docCache struct {
	c *lru.Cache[RawDoc]
}

func newDocCache(max int) *docCache {
	return &docCache{c: lru.New[RawDoc](max)}
}

// cachedKind reports whether documents of kind are kept in the docCache.
// Ledger entries never change; those a commit writes are kept only when
// a followed index lists them (a sale's, keptDoc), not every claim's
// ledger event.
func cachedKind(kind string) bool {
	return kind == ClaimKind || kind == AccountKind || kind == RankKind || kind == CallKind || kind == StockKind || kind == LedgerKind
}

// keptDoc reports whether a commit's document d is kept in the docCache
// (followDocs): of a cached kind and, for a ledger entry, listed by a
// followed index.
func keptDoc(d Doc) bool {
	return cachedKind(d.Kind) && (d.Kind != LedgerKind || slices.ContainsFunc(d.Index, func(op IndexOp) bool { return followed(op.Set) }))
}

func docKey(sc Scope, kind string, id int) string {
	return string(sc) + "|" + strings.ToUpper(kind) + strconv.Itoa(id)
}

// get returns the document; its Body is shared and must not be changed.
func (c *docCache) get(sc Scope, kind string, id int) (RawDoc, bool) {
	if c == nil || !cachedKind(kind) {
		return RawDoc{}, false
	}
	return c.c.Get(docKey(sc, kind, id))
}

// put keeps d, whose Body is never changed after.
func (c *docCache) put(sc Scope, kind string, d RawDoc) {
	if c != nil && cachedKind(kind) {
		c.c.Put(docKey(sc, kind, d.ID), d)
	}
}

func (c *docCache) drop(sc Scope, kind string, id int) {
	if c != nil && cachedKind(kind) {
		c.c.Delete(docKey(sc, kind, id))
	}
}

// followedCounter reports whether hash is a followed counter hash (a
// year's ranking scores and vetoes): commit.lua raises gen:<hash> at every
// HINCRBY of it and returns it with the index generations.
func followedCounter(hash string) bool {
	return strings.HasPrefix(hash, "pts:") || strings.HasPrefix(hash, "veto:")
}

// counterCopies keeps copies of followed counter hashes (followedCounter)
// as openIndexes keeps indexes: a hash read whole at generation gen, and
// each counter change this process commits applied while the copy is
// one generation behind it (any other generation drops the copy). A
// reply decided on a copy carries its generation (IndexRead, no kind) and
// is refused once another process changed the hash. Values are changed in
// place under mu and handed out cloned. A nil counterCopies copies
// nothing.
type counterCopies struct {
	mu sync.Mutex
	c  *lru.Cache[*counterCopy]
}

type counterCopy struct {
	gen int64
	m   map[string]int64
}

// counterCopiesKept is how many counter hashes a store keeps: two a
// village and year, the current one's asked about.
const counterCopiesKept = 64

func newCounterCopies(max int) *counterCopies {
	return &counterCopies{c: lru.New[*counterCopy](max)}
}

// get is a clone of the copy of key and its generation.
func (o *counterCopies) get(key string) (map[string]int64, int64, bool) {
	if o == nil {
		return nil, 0, false
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	e, ok := o.c.Get(key)
	if !ok {
		return nil, 0, false
	}
	return maps.Clone(e.m), e.gen, true
}

// put keeps m, read at generation gen (m is not changed after by the
// caller).
func (o *counterCopies) put(key string, gen int64, m map[string]int64) {
	if o != nil {
		o.mu.Lock()
		defer o.mu.Unlock()
		o.c.Put(key, &counterCopy{gen: gen, m: maps.Clone(m)})
	}
}

func (o *counterCopies) drop(key string) {
	if o != nil {
		o.mu.Lock()
		defer o.mu.Unlock()
		o.c.Delete(key)
	}
}

// follow applies a made commit's counter changes incr of scope sc: gens
// are the flat (index, generation) pairs commit.lua returned, those of
// followed counter hashes one per such Incr, in incr's order.
func (o *counterCopies) follow(sc Scope, incr []Incr, gens []any) {
	if o == nil || len(incr) == 0 {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	j := 0
	for i := 0; i+1 < len(gens); i += 2 {
		hash, _ := gens[i].(string)
		if !followedCounter(hash) {
			continue
		}
		for j < len(incr) && incr[j].Hash != hash {
			j++
		}
		if j == len(incr) {
			return
		}
		gen, _ := gens[i+1].(int64)
		key := string(sc) + "|" + hash
		if e, ok := o.c.Get(key); ok && e.gen+1 == gen {
			e.gen = gen
			e.m[incr[j].Field] += incr[j].By
		} else if ok {
			o.c.Delete(key)
		}
		j++
	}
}
