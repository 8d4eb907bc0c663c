package storage

import (
	"strings"
	"time"

	"gridbot/lru"
	"gridbot/village"
)

// postedSeen is, by scope base and group, when the last notice this
// process saw posted to the group went out (unix seconds): one its own
// commit posted (a notice written, or a held one released), or one a read
// of notices returned. A nil postedSeen keeps nothing.
type postedSeen struct{ c *lru.Cache[int64] }

func newPostedSeen(max int) *postedSeen { return &postedSeen{c: lru.New[int64](max)} }

func (p *postedSeen) saw(base, group string, at int64) {
	if p == nil {
		return
	}
	if was, ok := p.c.Get(base + group); !ok || was < at {
		p.c.Put(base+group, at)
	}
}

// followDocs keeps the posting time of every notice docs post to a group.
func (p *postedSeen) followDocs(base string, docs []Doc) {
	for _, d := range docs {
		if d.Kind != noticeKind {
			continue
		}
		for _, op := range d.Index {
			if g, ok := strings.CutPrefix(op.Set, NoticesPostedTo("")); ok && op.Add && op.Score != 0 {
				p.saw(base, g, op.Score)
			}
		}
	}
}

// followRead keeps the posting time of notices read.
func (p *postedSeen) followRead(base string, ns []village.Notice) {
	for _, n := range ns {
		if n.Held {
			continue
		}
		for _, g := range n.Groups {
			p.saw(base, g, n.Posted().Unix())
		}
	}
}

// NoticePostedSince reports whether this process knows of a notice posted
// to group, of scope sc, at or after since: one it posted itself or read
// since it started. No round trip: a notice another process posted and
// this one never read is not known.
func (s *Store) NoticePostedSince(sc Scope, group string, since time.Time) bool {
	if s.posted == nil {
		return false
	}
	at, ok := s.posted.c.Get(s.base(sc) + group)
	return ok && at >= since.Unix()
}
