package storagetest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"

	"github.com/redis/go-redis/v9"

	"gridbot/storage"
)

// shared is the test binary's one redis-server that New's stores share,
// each under a key prefix of its own, when the binary runs under Main: a
// server started per test cost more than most tests (tests46). It is the
// test helper's only state, as the binary's TestMain is the only place
// that sees every test begin and end.
var shared sharedServer

type sharedServer struct {
	mu      sync.Mutex
	enabled bool // Main runs the binary and stops the server
	srv     *Server
	err     error // the server could not start: every New fails
	n       int   // stores opened on it so far
}

func (s *sharedServer) on() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.enabled = true
}

// open returns a Store for tb on the shared server, under a prefix no
// other store had, its keys deleted when tb ends; nil when New is to start
// a private server (the binary does not run under Main) or use the
// in-process fallback (no redis-server). The stores share database 0, as
// production's does: another database would cost a SELECT on every new
// connection, which a test counting round trips would count.
func (s *sharedServer) open(tb testing.TB) *storage.Store {
	tb.Helper()
	s.mu.Lock()
	if !s.enabled {
		s.mu.Unlock()
		return nil
	}
	if s.srv == nil && s.err == nil {
		s.srv, s.err = startShared()
	}
	srv, err := s.srv, s.err
	s.n++
	prefix := "gb" + strconv.Itoa(s.n)
	s.mu.Unlock()
	if err != nil {
		tb.Fatalf("shared redis-server: %v", err)
	}
	if srv == nil {
		return nil
	}
	// registered before the store's Close, so it runs after it: no store
	// of the test writes its keys once they are deleted
	tb.Cleanup(func() { drop(tb, srv.URL, prefix) })
	st, err := storage.New(storage.Options{URL: srv.URL, Prefix: prefix, Timeout: Timeout})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = st.Close() })
	return st
}

// drop deletes the keys under prefix.
func drop(tb testing.TB, url, prefix string) {
	opt, err := redis.ParseURL(url)
	if err != nil {
		tb.Error(err)
		return
	}
	c := redis.NewClient(opt)
	defer c.Close()
	ctx := context.Background()
	it := c.Scan(ctx, 0, prefix+":*", 1000).Iterator()
	var keys []string
	for it.Next(ctx) {
		keys = append(keys, it.Val())
	}
	if err := it.Err(); err != nil {
		tb.Errorf("scan the test's keys %s:*: %v", prefix, err)
		return
	}
	if len(keys) > 0 {
		if err := c.Unlink(ctx, keys...).Err(); err != nil {
			tb.Errorf("delete the test's keys %s:*: %v", prefix, err)
		}
	}
}

// startShared starts the shared server in a directory of its own (a
// test's TempDir goes with the test) and loads the store's scripts, so
// that every test finds them loaded whichever ran first; nil, nil when
// there is no redis-server and the fallback is allowed.
func startShared() (*Server, error) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv(RequireEnv) == "1" {
			return nil, fmt.Errorf("redis-server not found and %s=1 forbids the in-process fallback: install redis-server", RequireEnv)
		}
		return nil, nil
	}
	dir, err := os.MkdirTemp("", "gridbot-redis-")
	if err != nil {
		return nil, err
	}
	srv := newServer(bin, dir)
	err = srv.run()
	if err == nil {
		var st *storage.Store
		if st, err = storage.New(storage.Options{URL: srv.URL, Timeout: Timeout}); err == nil {
			err = st.LoadScripts(context.Background())
			_ = st.Close()
		}
	}
	if err != nil {
		srv.Kill()
		_ = os.RemoveAll(dir)
		return nil, err
	}
	return srv, nil
}

// stop kills the shared server, if one started, and removes its files.
func (s *sharedServer) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		s.srv.Kill()
		_ = os.RemoveAll(s.srv.dir)
		s.srv = nil
	}
}
