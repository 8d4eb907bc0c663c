// Package storagetest gives each test its own private redis-server, spawned
// on a unix socket in the test's temporary directory, so no test depends on
// or flushes a shared server. When no redis-server binary exists it falls
// back to the in-process store, unless GRIDBOT_TEST_REQUIRE_REDIS=1 (CI sets
// it), in which case the test fails.
package storagetest

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"gridbot/storage"
)

// RequireEnv names the variable that forbids the in-process fallback.
const RequireEnv = "GRIDBOT_TEST_REQUIRE_REDIS"

// Timeout is the command timeout of the stores the helpers open (New,
// Open, NewWithServer given 0) and of the shared server's start: far
// longer than a loaded machine keeps Redis or the test from answering, so
// that only a test about timeouts meets one (it sets its own: Down,
// NewWithServer, storage.New). A command answered after the store's
// timeout is sent again by go-redis on a new connection, whose HELLO a
// round-trip count sees, and a commit sent again is answered as its own
// duplicate, which drops the process's copies (the next message reads
// them): counts of the machine's speed, not of the path. With 1 s an
// fsync of appendfsync always did it under load (0.6 s measured at load
// 20; flake94: TestPlainDenialOfResolvedMediation counted 3 round trips at
// load 30, 1 or 2 alone).
const Timeout = 10 * time.Second

// Server is a private redis-server process.
type Server struct {
	URL  string
	dir  string
	cmd  *exec.Cmd
	args []string
}

// StartServer spawns a private redis-server with AOF on (appendfsync
// always), as production should run it, and stops it when the test ends.
// When no redis-server is installed it returns nil, for a caller that can
// fall back to the in-process store, or fails the test under
// GRIDBOT_TEST_REQUIRE_REDIS=1. Tests that need the real server use
// NeedServer.
func StartServer(tb testing.TB) *Server {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv(RequireEnv) == "1" {
			tb.Fatalf("redis-server not found and %s=1 forbids the in-process fallback: install redis-server", RequireEnv)
		}
		return nil
	}
	s := newServer(bin, tb.TempDir())
	s.start(tb)
	tb.Cleanup(s.Kill)
	return s
}

// newServer is a redis-server (not started) on a unix socket in dir, with
// AOF on (appendfsync always), as production should run it; extra are
// further arguments.
func newServer(bin, dir string, extra ...string) *Server {
	sock := filepath.Join(dir, "redis.sock")
	s := &Server{URL: "unix://" + sock, dir: dir, args: append([]string{
		"--port", "0", "--unixsocket", sock, "--unixsocketperm", "700",
		"--dir", dir, "--save", "", "--appendonly", "yes", "--appendfsync", "always",
		"--logfile", filepath.Join(dir, "redis.log"),
	}, extra...)}
	s.cmd = exec.Command(bin, s.args...)
	return s
}

// NeedServer is StartServer for a test that cannot run without a real
// redis-server: it skips the test when there is none.
func NeedServer(tb testing.TB) *Server {
	tb.Helper()
	s := StartServer(tb)
	if s == nil {
		tb.Skip("no redis-server")
	}
	return s
}

func (s *Server) start(tb testing.TB) {
	tb.Helper()
	if err := s.run(); err != nil {
		tb.Fatal(err)
	}
}

// run starts the server and waits until it answers.
func (s *Server) run() error {
	s.cmd = exec.Command(s.cmd.Path, s.args...)
	if err := s.cmd.Start(); err != nil {
		return fmt.Errorf("start redis-server: %w", err)
	}
	st, err := storage.New(storage.Options{URL: s.URL, Timeout: time.Second})
	if err != nil {
		return err
	}
	defer st.Close()
	for i := 0; ; i++ {
		if st.Ping(context.Background()) == nil {
			return nil
		}
		if i > 1000 {
			log, _ := os.ReadFile(filepath.Join(s.dir, "redis.log"))
			return fmt.Errorf("redis-server did not come up: %s", log)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Kill stops the server abruptly, as a crash would (SIGKILL).
func (s *Server) Kill() {
	if s.cmd != nil && s.cmd.Process != nil {
		_ = s.cmd.Process.Kill()
		_ = s.cmd.Wait()
	}
}

// DialOnceURL is the server's URL for a store that dials a lost
// connection once (dial_retries=1): once the test kills the server, a
// command fails at its first refused dial, not after go-redis's four
// retries 100ms apart, which only delay the same error.
func (s *Server) DialOnceURL() string { return s.URL + "?dial_retries=1" }

// Client is a plain go-redis client on the server, closed when the test
// ends: for tests that look at or break keys behind the store's back.
func (s *Server) Client(tb testing.TB) *redis.Client {
	tb.Helper()
	opt, err := redis.ParseURL(s.URL)
	if err != nil {
		tb.Fatal(err)
	}
	c := redis.NewClient(opt)
	tb.Cleanup(func() { _ = c.Close() })
	return c
}

// SetConfig changes a setting of the running server (CONFIG SET), as an
// operator might have, e.g. appendonly no.
func (s *Server) SetConfig(tb testing.TB, param, value string) {
	tb.Helper()
	c := s.Client(tb)
	if err := c.ConfigSet(context.Background(), param, value).Err(); err != nil {
		tb.Fatalf("CONFIG SET %s %s: %v", param, value, err)
	}
}

// MainThreadCPU is the CPU time the server's main thread has used so far
// (INFO cpu): what a benchmark reads around its loop to tell the server's
// work from the round trips'.
func (s *Server) MainThreadCPU(tb testing.TB) time.Duration {
	tb.Helper()
	c := s.Client(tb)
	info, err := c.Info(context.Background(), "cpu").Result()
	if err != nil {
		tb.Fatalf("INFO cpu: %v", err)
	}
	d, err := storage.MainThreadCPU(info)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// Restart kills the server and starts it again on the same data directory;
// with AOF on, every acknowledged write must still be there.
func (s *Server) Restart(tb testing.TB) {
	tb.Helper()
	s.Kill()
	s.start(tb)
}

// New returns a Store that is closed when the test ends: on the test
// binary's shared redis-server when the binary runs under Main, under a
// key prefix no other store has (its keys deleted when the test ends),
// else on a private redis-server (or the in-process fallback). A test
// sees only its own keys; a test that kills, restarts or reconfigures its
// Redis, or reads it behind the store's back, has a server of its own
// (NewWithServer, NeedServer).
func New(tb testing.TB) *storage.Store {
	tb.Helper()
	if st := shared.open(tb); st != nil {
		return st
	}
	if srv := StartServer(tb); srv != nil {
		return Open(tb, srv.URL)
	}
	e, err := storage.NewEmbedded(storage.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("no redis-server: using the in-process store")
	tb.Cleanup(func() { _ = e.Close() })
	return e.Store
}

// Open returns a Store on url that is closed when the test ends.
func Open(tb testing.TB, url string) *storage.Store {
	tb.Helper()
	st, err := storage.New(storage.Options{URL: url, Timeout: Timeout})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = st.Close() })
	return st
}

// NewWithServer starts a private redis-server and a Store on it with the
// given command timeout (0: Timeout), for tests that kill, restart or
// proxy the server.
// It skips the test (or fails it under GRIDBOT_TEST_REQUIRE_REDIS=1) when
// no redis-server is installed.
func NewWithServer(tb testing.TB, timeout time.Duration) (*Server, *storage.Store) {
	tb.Helper()
	srv := StartServer(tb)
	if srv == nil {
		tb.Skip("no redis-server")
	}
	st, err := storage.New(storage.Options{URL: srv.URL, Timeout: cmp.Or(timeout, Timeout)})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = st.Close() })
	return srv, st
}

// Down returns a Store whose private redis-server was killed, for a test
// of what the bot does with Redis down. Its client makes one attempt per
// command (max_retries=-1) and one dial (DialRetries): go-redis's retries
// of a command or a dial, with their backoff, only delay the same error
// by seconds per test (tests46, tidy59).
func Down(tb testing.TB, timeout time.Duration) *storage.Store {
	tb.Helper()
	srv := NeedServer(tb)
	st, err := storage.New(storage.Options{URL: srv.URL + "?max_retries=-1", Timeout: timeout, DialRetries: 1})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = st.Close() })
	srv.Kill()
	return st
}

// Main runs a test binary's tests with go-redis's own logger routed to
// slog and discarded, as main routes it (storage.LogClientTo): tests that
// stop Redis do not print "failed to dial" on every command. A package's
// TestMain: os.Exit(storagetest.Main(m)).
//
// New's stores then share one redis-server, started at the first New and
// stopped when the tests end.
func Main(m *testing.M) int {
	storage.LogClientTo(slog.New(slog.DiscardHandler))
	shared.on()
	defer shared.stop()
	return m.Run()
}

// Deliver claims every message queued in scopes and due at now, acks each
// as sent, as the outbox does after a send, and returns them in claim order,
// those of one Join to one chat joined (storage.Joined), as the outbox sends them.
func Deliver(tb testing.TB, st *storage.Store, now time.Time, scopes ...storage.Scope) []storage.Queued {
	tb.Helper()
	ctx := context.Background()
	var out []storage.Queued
	for _, sc := range scopes {
		q, err := st.Claim(ctx, sc, 1000, now)
		if err != nil {
			tb.Fatal(err)
		}
		q = storage.Joined(q)
		var seqs []string
		for _, m := range q {
			seqs = append(seqs, m.Seqs()...)
		}
		if err := st.Ack(ctx, sc, true, seqs...); err != nil {
			tb.Fatal(err)
		}
		out = append(out, q...)
	}
	return out
}

// Sent is Deliver, each message as "to: text".
func Sent(tb testing.TB, st *storage.Store, now time.Time, scopes ...storage.Scope) []string {
	tb.Helper()
	var out []string
	for _, m := range Deliver(tb, st, now, scopes...) {
		out = append(out, m.To+": "+m.Text)
	}
	return out
}

// Stall runs, on a connection of its own, a Lua script that keeps the
// server busy for d (on the server's clock, from when it starts), and
// returns once the script is written to the server, ahead of anything sent
// after Stall returns: its connection is already open and has been
// answered, and Redis reads connections in the order they became readable.
// So a command sent next waits for the script, however loaded the machine
// (before: Stall returned when a 20 ms PING went unanswered, which on a
// loaded machine could be before the script was even sent). done is closed
// when the script has ended. Other clients wait (busy-reply-threshold
// raised): no BUSY error, as with a stall on a slow disk.
func (s *Server) Stall(tb testing.TB, d time.Duration) (done <-chan struct{}) {
	tb.Helper()
	s.SetConfig(tb, "busy-reply-threshold", "600000")
	opt, err := redis.ParseURL(s.URL)
	if err != nil {
		tb.Fatal(err)
	}
	conn, err := net.Dial(opt.Network, opt.Addr)
	if err != nil {
		tb.Fatalf("stall: dial: %v", err)
	}
	tb.Cleanup(func() { _ = conn.Close() })
	r := bufio.NewReader(conn)
	if _, err := conn.Write(resp("PING")); err != nil {
		tb.Fatalf("stall: ping: %v", err)
	}
	if line, err := r.ReadString('\n'); err != nil || line != "+PONG\r\n" {
		tb.Fatalf("stall: ping answered %q, %v", line, err)
	}
	script := `local t0 = redis.call("TIME")
local us = tonumber(ARGV[1])
while true do
  local t = redis.call("TIME")
  if (t[1] - t0[1]) * 1000000 + (t[2] - t0[2]) >= us then return 1 end
end`
	if _, err := conn.Write(resp("EVAL", script, "0", strconv.FormatInt(d.Microseconds(), 10))); err != nil {
		tb.Fatalf("stall: send the script: %v", err)
	}
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		_, _ = r.ReadString('\n')
	}()
	return ended
}

// resp is a command in the Redis protocol.
func resp(args ...string) []byte {
	b := []byte("*" + strconv.Itoa(len(args)) + "\r\n")
	for _, a := range args {
		b = append(b, "$"+strconv.Itoa(len(a))+"\r\n"+a+"\r\n"...)
	}
	return b
}
