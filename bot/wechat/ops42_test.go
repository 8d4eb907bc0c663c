package wechat_test

import (
	"strings"
	"testing"

	"gridbot/bot/wechat"
)

// Redis down at login is told on the terminal once, not again at every
// retry of the login (every few seconds, for as long as Redis is down):
// a volunteer watching the terminal sees one line saying what to check,
// and the retries go to the log.
func TestRedisDownAtLoginToldOnce(t *testing.T) {
	f, srv, _ := scannedOnce(t)
	srv.Kill()
	logs := &syncBuffer{}
	r := startOpts(t, f, srv.URL, rigOptions{quick: true, logs: logs})
	retried := func() bool { return strings.Count(logs.String(), "read the kept login") >= 3 }
	if !f.Wait(retried, waitLong) {
		t.Fatalf("the login was not retried 3 times with Redis down; log:\n%s", logs.String())
	}
	if n := strings.Count(r.term.String(), "连不上 Redis，读不到保存的登录"); n != 1 {
		t.Errorf("terminal told Redis down %d times over the retries, want once:\n%s", n, r.term.String())
	}
	srv.Restart(t)
	r.waitState(wechat.StateOnline)
}
