package storage

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// baselineSrc is the reference write for `gridbot bench`: the smallest
// script that does what one report commit does (a counter, a hash, an
// index entry and a stream entry), with none of gridbot's logic.
const baselineSrc = `
local n = redis.call("INCR", KEYS[1] .. "seq")
redis.call("HSET", KEYS[1] .. "h:" .. n, "v", 1, "j", ARGV[1])
redis.call("ZADD", KEYS[1] .. "idx", n, n)
redis.call("XADD", KEYS[1] .. "log", "*", "n", n, "by", ARGV[2])
return n`

var baselineScript = redis.NewScript(baselineSrc)

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

// ServerCPU is the CPU time Redis's main thread has used so far (INFO
// cpu): read around a stretch of work, it tells the server's share of it
// whatever else the machine is doing. It is one round trip of its own.
func (s *Store) ServerCPU(ctx context.Context) (time.Duration, error) {
	info, err := s.rdb.Info(ctx, "cpu").Result()
	if err != nil {
		return 0, fmt.Errorf("storage: server cpu: %w: %w", ErrUnavailable, err)
	}
	return MainThreadCPU(info)
}

// MainThreadCPU reads the main thread's CPU time, user and system, from
// the text of INFO cpu.
func MainThreadCPU(info string) (time.Duration, error) {
	var sec float64
	found := false
	for _, l := range strings.Split(info, "\r\n") {
		k, v, _ := strings.Cut(l, ":")
		if k == "used_cpu_sys_main_thread" || k == "used_cpu_user_main_thread" {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return 0, fmt.Errorf("storage: INFO cpu %q: %w", l, err)
			}
			sec += f
			found = true
		}
	}
	if !found {
		return 0, errors.New("storage: INFO cpu names no main thread time")
	}
	return time.Duration(sec * float64(time.Second)), nil
}
