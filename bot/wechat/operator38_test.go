package wechat_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"gridbot/bot/wechat"
)

// A Redis that answers PING but refuses writes (memory at maxmemory with
// noeviction: OOM; a full disk: MISCONF) registers nothing, yet was "up"
// for /healthz and told nothing in the terminal or by an alert: only an
// English log line per message said OOM. It is told once, with the cause
// and the commands to run, /healthz says refusing_writes (503), and once
// Redis takes writes again that is told too and the next message is
// registered.
func TestRedisRefusingWritesIsTold(t *testing.T) {
	f, srv, r := onlineWith(t, rigOptions{quick: true})
	srv.SetConfig(t, "maxmemory-policy", "noeviction")
	srv.SetConfig(t, "maxmemory", "1")
	f.GroupText("g3", "zhangsan", "上报 水渠堵了")
	contains(t, r.sent(1)[0], group3, "没有登记上")
	told := func(term, alert string) func() bool {
		return func() bool {
			return strings.Contains(r.term.String(), term) && slices.ContainsFunc(r.alerts.All(), func(a string) bool { return strings.Contains(a, alert) })
		}
	}
	if !f.Wait(told("Redis 在运行，但不肯写入：内存用到了上限（maxmemory）", "不肯写入：内存用到了上限"), waitLong) {
		t.Fatalf("refused writes not told; terminal:\n%s\nalerts: %q", r.term.String(), r.alerts.All())
	}
	for _, want := range []string{"redis-cli INFO memory", "CONFIG SET maxmemory 0", "noeviction", "不用重启"} {
		if !strings.Contains(r.term.String(), want) {
			t.Errorf("terminal does not say %q:\n%s", want, r.term.String())
		}
	}
	if strings.Contains(r.term.String(), "Redis 连不上了") {
		t.Errorf("terminal says Redis is down; it answers:\n%s", r.term.String())
	}
	healthz := r.healthz
	if code, h := healthz(); code != http.StatusServiceUnavailable || h.Redis != "refusing_writes" ||
		!slices.ContainsFunc(h.ProblemsZH, func(p string) bool {
			return strings.Contains(p, "Redis 不肯写入") && strings.Contains(p, "maxmemory")
		}) {
		t.Errorf("healthz with writes refused = %d %+v, want 503, redis refusing_writes and what to do", code, h)
	}

	srv.SetConfig(t, "maxmemory", "0")
	if !f.Wait(told("Redis 又能写入了", "Redis 又能写入了"), waitLong) {
		t.Fatalf("writes taken again not told; terminal:\n%s\nalerts: %q", r.term.String(), r.alerts.All())
	}
	if code, h := healthz(); code != http.StatusOK || h.Redis != "up" {
		t.Errorf("healthz with writes taken again = %d %+v, want 200 and redis up", code, h)
	}
	f.GroupText("g3", "zhangsan", "上报 垃圾没人收")
	contains(t, r.sent(2)[1], group3, "已登记 #R1")
	if n := strings.Count(r.term.String(), "不肯写入"); n != 1 {
		t.Errorf("terminal told the refusal %d times, want once:\n%s", n, r.term.String())
	}
}

// healthz is what /healthz answers: its status and body.
func (r *rig) healthz() (int, wechat.Health) {
	r.t.Helper()
	rec := httptest.NewRecorder()
	r.tr.HealthHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	var h wechat.Health
	if err := json.Unmarshal(rec.Body.Bytes(), &h); err != nil {
		r.t.Fatal(err)
	}
	return rec.Code, h
}
