package storage

import (
	"context"
	"net"
	"sync/atomic"

	"github.com/redis/go-redis/v9"
)

// DialCount counts the connections the store's client opens (dial
// attempts begun and ended), for tests that wait until the client opens
// none any more.
type DialCount struct{ Begun, Ended atomic.Int64 }

// CountDials counts the dials of s's client from now on.
func CountDials(s *Store) *DialCount {
	d := &DialCount{}
	s.rdb.AddHook(d)
	return d
}

func (d *DialCount) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		d.Begun.Add(1)
		defer d.Ended.Add(1)
		return next(ctx, network, addr)
	}
}

func (d *DialCount) ProcessHook(next redis.ProcessHook) redis.ProcessHook { return next }

func (d *DialCount) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return next
}
