package storage

import (
	"container/list"
	"slices"
	"sync"

	"gridbot/village"
)

// reportCache keeps the latest version of recently written reports, so a
// lifecycle command (read, change, commit) costs one round trip instead of
// two. It is always safe for writes: a commit carries the version it read,
// and a stale entry makes the commit fail with ErrConflict, which evicts it.
// A read served from it may miss a change made by another process since.
type reportCache struct {
	mu    sync.Mutex
	max   int
	ll    *list.List
	items map[string]*list.Element
}

type cacheEntry struct {
	key string
	r   village.Report
}

func newReportCache(max int) *reportCache {
	return &reportCache{max: max, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *reportCache) get(key string) (village.Report, bool) {
	if c == nil {
		return village.Report{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		return village.Report{}, false
	}
	c.ll.MoveToFront(e)
	return clone(e.Value.(*cacheEntry).r), true
}

func (c *reportCache) put(key string, r village.Report) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		e.Value.(*cacheEntry).r = clone(r)
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&cacheEntry{key: key, r: clone(r)})
	if c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*cacheEntry).key)
	}
}

func (c *reportCache) drop(key string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		c.ll.Remove(e)
		delete(c.items, key)
	}
}

// clone copies the slices of r, so callers may append to them freely.
func clone(r village.Report) village.Report {
	r.History = slices.Clone(r.History)
	r.Handlers = slices.Clone(r.Handlers)
	return r
}
