// Package lru is a small, concurrency-safe least-recently-used map.
package lru

import (
	"container/list"
	"strings"
	"sync"
)

// Cache keeps at most max values, dropping the least recently used.
type Cache[V any] struct {
	mu    sync.Mutex
	max   int
	ll    *list.List
	items map[string]*list.Element
}

type entry[V any] struct {
	key string
	v   V
}

// New returns a cache of at most size values (at least 1).
func New[V any](size int) *Cache[V] {
	return &Cache[V]{max: max(size, 1), ll: list.New(), items: map[string]*list.Element{}}
}

// Get returns the value under key and marks it recently used.
func (c *Cache[V]) Get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.ll.MoveToFront(e)
	return e.Value.(*entry[V]).v, true
}

// Put stores v under key.
func (c *Cache[V]) Put(key string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		e.Value.(*entry[V]).v = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&entry[V]{key: key, v: v})
	if c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry[V]).key)
	}
}

// Delete drops key.
func (c *Cache[V]) Delete(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		c.ll.Remove(e)
		delete(c.items, key)
	}
}

// Len is the number of values held.
func (c *Cache[V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}

// Keys are the keys held that begin with prefix, most recently used
// first; their use is not marked.
func (c *Cache[V]) Keys(prefix string) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var keys []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		if k := e.Value.(*entry[V]).key; strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	return keys
}
