package wechat

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// setCookieRT answers every request with a new cookie.
type setCookieRT struct{}

func (setCookieRT) RoundTrip(req *http.Request) (*http.Response, error) {
	h := http.Header{}
	h.Add("Set-Cookie", "c_"+req.URL.Hostname()+"=v; Path=/")
	return &http.Response{StatusCode: 200, Header: h, Body: io.NopCloser(strings.NewReader("")), Request: req}, nil
}

// The session's cookies live in cookieJar, never in openwechat's Jar,
// whose plain map crashed the process when a request to a new host set a
// cookie while the polling goroutine dumped the login. Run with -race.
func TestCookiesKeptOutOfOpenwechatJar(t *testing.T) {
	jar := newCookieJar()
	ct := &cookieTransport{next: setCookieRT{}, jar: jar}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 50 {
				req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("https://h%d-%d.wx.qq.com/x", g, i), nil)
				resp, err := ct.RoundTrip(req)
				if err != nil {
					t.Error(err)
					return
				}
				if len(resp.Cookies()) > 0 {
					t.Errorf("the answer still carries cookies for the client's Jar: %v", resp.Cookies())
				}
			}
		})
	}
	wg.Go(func() {
		for range 100 {
			if _, err := json.Marshal(jar); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Wait()
	b, _ := json.Marshal(jar)
	back := newCookieJar()
	if err := back.load(b); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodGet, "https://h3-49.wx.qq.com/y", nil)
	if got := back.Cookies(req.URL); len(got) != 1 || got[0].Name != "c_h3-49.wx.qq.com" {
		t.Errorf("cookies after a reload = %v", got)
	}
}
