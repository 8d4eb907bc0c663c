package storage

import (
	"slices"

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

// clone copies the slices of r, so callers may append to them freely.
func clone(r village.Report) village.Report {
	r.History = slices.Clone(r.History)
	r.Handlers = slices.Clone(r.Handlers)
	r.Followers = slices.Clone(r.Followers)
	r.FollowerKeys = slices.Clone(r.FollowerKeys)
	r.HandlerKeys = slices.Clone(r.HandlerKeys)
	r.Images = slices.Clone(r.Images)
	return r
}
