package storage

import (
	"context"
	"time"
)

// Evidence keeps, for one sender in one chat (key), what his photos are
// matched with: the claim or report he made last and the photos that wait
// for one. The commit that creates the item, or attaches or holds a photo,
// keeps it, so that it stands or falls with that change; its value may
// name the item the commit creates (RefPlaceholder). EvidenceOf reads it
// back.
func Evidence(key string, body []byte, ttl time.Duration) Kept {
	return Kept{Key: "ev:" + key, Value: body, TTL: ttl, RefsFirst: true}
}

// EvidenceOf reads what Evidence kept under key; ErrNotFound when nothing
// is kept (or it expired).
func (s *Store) EvidenceOf(ctx context.Context, sc Scope, key string) ([]byte, error) {
	return kept("evidence", s.rdb.Get(ctx, s.base(sc)+"ev:"+key))
}
