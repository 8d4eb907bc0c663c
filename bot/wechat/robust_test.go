package wechat_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"gridbot/bot/wechat"
	"gridbot/storage/storagetest"
)

type rtFunc func(*http.Request) (*http.Response, error)

func (f rtFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// keptJar returns the Jar of the kept hot-login blob.
func keptJar(t *testing.T, r *rig) string {
	t.Helper()
	_, blob, err := r.app.Store.WeChat("default").LoadLogin(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var item struct{ Jar json.RawMessage }
	if err := json.Unmarshal(blob, &item); err != nil {
		t.Fatalf("kept login %q: %v", blob, err)
	}
	return string(item.Jar)
}

// A restart resumes without a scan, however many times: openwechat's Jar
// forgets its cookies' hosts when reloaded, so the blob written after a hot
// login had no cookies and the second restart needed a scan (the fake, like
// WeChat, answers 1101 without the session cookie).
func TestRestartResumesWithoutScan(t *testing.T) {
	f := newFake(t)
	srv := storagetest.NeedServer(t)
	r := start(t, f, srv.URL)
	r.online()
	r.stop()
	for i := range 3 {
		if jar := keptJar(t, r); !strings.Contains(jar, "wxsid") || !strings.Contains(jar, "webwx_data_ticket") {
			t.Fatalf("before restart %d the kept login has no session cookies: %s", i+1, jar)
		}
		r = start(t, f, srv.URL)
		r.waitState(wechat.StateOnline)
		f.GroupText("g3", "zhangsan", "上报 路灯"+string(rune('一'+i)))
		contains(t, r.sent(i + 1)[i], group3, "已登记")
		r.stop()
	}
	if got := f.Count("jslogin"); got != 1 {
		t.Errorf("%d QR codes requested, want 1: three restarts need no scan", got)
	}
	if got := f.Sessions(); got != 1 {
		t.Errorf("%d login sessions, want 1", got)
	}
}
