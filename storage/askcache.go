package storage

import (
	"bytes"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"gridbot/lru"
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
}

// askCopy is a key's questions as kept, until they expire.
type askCopy struct {
	body  []byte
	until time.Time
}

func newAskCache(max int) *askCache {
	return &askCache{c: lru.New[askCopy](max)}
}

// get is the copy of the questions under the full key k, when one is held
// and not expired at now.
func (a *askCache) get(k string, now time.Time) ([]byte, bool) {
	if a == nil {
		return nil, false
	}
	q, ok := a.c.Get(k)
	if !ok || !now.Before(q.until) {
		return nil, false
	}
	return bytes.Clone(q.body), true
}

// follow keeps what a commit of key base made of its ask records, in
// order: a value set, a key deleted, and, for a record with an After or in
// drop mode, what commit.lua said it left (lefts: the value, "" for none,
// and its time to live in ms, two entries a record). now is when the
// commit was sent: a copy expires no later than the key.
func (a *askCache) follow(base string, keep []Kept, lefts []any, now time.Time) {
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
		if !strings.HasPrefix(k.Key, askPrefix) {
			continue
		}
		switch {
		case told && left != "" && ttl > 0:
			a.c.Put(base+k.Key, askCopy{body: []byte(left), until: now.Add(ttl)})
		case told, k.TTL <= 0, k.RefsFirst: // gone, or written with a reference
			a.c.Delete(base + k.Key)
		default:
			a.c.Put(base+k.Key, askCopy{body: bytes.Clone(k.Value), until: now.Add(k.TTL)})
		}
	}
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
func (a *askCache) forget(base string, keep []Kept) {
	if a == nil {
		return
	}
	for _, k := range keep {
		if strings.HasPrefix(k.Key, askPrefix) {
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

// waitingSrc reads every key that matches ARGV[1] (a glob) with its value
// and time to live in ms, three entries a key: the questions waiting
// (Ask) in every scope of a store, in one round trip however many keys
// the server holds (it walks them: once, at a start).
const waitingSrc = `
local out, cursor = {}, "0"
repeat
  local r = redis.call("SCAN", cursor, "MATCH", ARGV[1], "COUNT", 1000)
  cursor = r[1]
  for _, k in ipairs(r[2]) do
    local v = redis.call("GET", k)
    local ttl = redis.call("PTTL", k)
    if v and ttl > 0 then
      out[#out + 1] = k
      out[#out + 1] = v
      out[#out + 1] = ttl
    end
  end
until cursor == "0"
return out
`

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

// waitingPattern matches the keys of the questions waiting (Ask) in every
// scope of prefix.
func waitingPattern(prefix string) string { return globQuote(prefix) + ":{*}:" + askPrefix + "*" }

// copyAll keeps as copies the questions waitingSrc read (vals) at now:
// a process that starts holds a copy of each question asked before it
// (AskedCopiesUnder sees them), as of those its own commits ask.
func (a *askCache) copyAll(vals []any, now time.Time) {
	if a == nil {
		return
	}
	for i := 0; i+2 < len(vals); i += 3 {
		k, _ := vals[i].(string)
		v, _ := vals[i+1].(string)
		if ttl := time.Duration(replyInt(vals[i+2])) * time.Millisecond; k != "" && ttl > 0 {
			a.c.Put(k, askCopy{body: []byte(v), until: now.Add(ttl)})
		}
	}
}
