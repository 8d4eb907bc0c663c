package storage

import (
	"fmt"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

// Embedded is a Store on an in-process Redis (miniredis). It keeps nothing
// after the process ends: for the sandbox, replay and quick trials only.
type Embedded struct {
	*Store
	srv *miniredis.Miniredis
}

// NewEmbedded starts an in-process Redis and a Store on it.
func NewEmbedded(opts Options) (*Embedded, error) {
	srv := miniredis.NewMiniRedis()
	if err := srv.Start(); err != nil {
		return nil, fmt.Errorf("storage: start in-process redis: %w", err)
	}
	st := newStore(redis.NewClient(lean(&redis.Options{Addr: srv.Addr()})), opts)
	return &Embedded{Store: st, srv: srv}, nil
}

// Close stops the store and the in-process server.
func (e *Embedded) Close() error {
	err := e.Store.Close()
	e.srv.Close()
	return err
}
