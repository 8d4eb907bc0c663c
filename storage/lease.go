package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Keys of the serving leases (in addition to the package doc):
//
//	<p>:{<scope>}:served_by   STRING  the bot account that serves the scope's chats, with an expiry

// serveSrc records a scope's serving lease unless another account holds it.
const serveSrc = `
local cur = redis.call('GET', KEYS[1])
if cur and cur ~= ARGV[1] then return cur end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return ARGV[1]`

var serveScript = redis.NewScript(serveSrc)

// Serve records, for ttl (whole seconds, at least one), that account
// serves the chats of scope sc, unless another account does; it returns
// the account that serves them now: account itself, or the other one. A
// process renews its lease well within ttl; one that stops cleanly ends it
// (Unserve), one that dies lets it lapse.
func (s *Store) Serve(ctx context.Context, sc Scope, account string, ttl time.Duration) (string, error) {
	secs := max(int64(ttl/time.Second), 1)
	owner, err := serveScript.Run(ctx, s.rdb, []string{s.base(sc) + "served_by"}, account, secs).Text()
	if err != nil {
		return "", fmt.Errorf("storage: serve %s: %w: %w", sc, ErrUnavailable, err)
	}
	return owner, nil
}

// unserveSrc ends a scope's serving lease when the account holds it.
const unserveSrc = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`

var unserveScript = redis.NewScript(unserveSrc)

// Unserve ends account's lease on scope sc at once, as a process that
// stops cleanly does, so that another account may take the chats over
// without waiting for the lease to lapse. Another account's lease is left
// alone.
func (s *Store) Unserve(ctx context.Context, sc Scope, account string) error {
	if err := unserveScript.Run(ctx, s.rdb, []string{s.base(sc) + "served_by"}, account).Err(); err != nil {
		return fmt.Errorf("storage: unserve %s: %w: %w", sc, ErrUnavailable, err)
	}
	return nil
}
