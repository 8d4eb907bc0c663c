package storage

import (
	"context"
	"time"
)

// AskTTL is how long a waiting question has left (tests only).
func (s *Store) AskTTL(ctx context.Context, sc Scope, key string) time.Duration {
	return s.rdb.PTTL(ctx, s.base(sc)+"ask:"+key).Val()
}

// LLMReadingTTL is how long a cached reading has left (tests only).
func (s *Store) LLMReadingTTL(ctx context.Context, key string) time.Duration {
	return s.rdb.PTTL(ctx, s.prefix+":llm:r:"+key).Val()
}

// HeldAboutTTL is how long the set of messages held about item is kept
// (tests only).
func (s *Store) HeldAboutTTL(ctx context.Context, sc Scope, item string) time.Duration {
	return s.rdb.PTTL(ctx, s.base(sc)+"heldabout:"+item).Val()
}
