package storage

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// baselineScript is the reference write for `gridbot bench`: the smallest
// script that does what one report commit does (a counter, a hash, an
// index entry and a stream entry), with none of gridbot's logic.
var baselineScript = redis.NewScript(`
local n = redis.call("INCR", KEYS[1] .. "seq")
redis.call("HSET", KEYS[1] .. "h:" .. n, "v", 1, "j", ARGV[1])
redis.call("ZADD", KEYS[1] .. "idx", n, n)
redis.call("XADD", KEYS[1] .. "log", "*", "n", n, "by", ARGV[2])
return n`)

// Baseline runs n baseline writes from one client, one after another, in
// the given scope and returns how long they took. Like every script of the
// store it runs by EVALSHA, loading the script only when Redis lacks it.
func (s *Store) Baseline(ctx context.Context, sc Scope, n int, body string) (time.Duration, error) {
	base := s.base(sc)
	start := time.Now()
	for i := 0; i < n; i++ {
		if err := baselineScript.Run(ctx, s.rdb, []string{base}, body, strconv.Itoa(i)).Err(); err != nil {
			return 0, fmt.Errorf("storage: baseline: %w: %w", ErrUnavailable, err)
		}
	}
	return time.Since(start), nil
}
