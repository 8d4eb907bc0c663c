package wechat

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// cookieJar is the session's own cookie store. openwechat's Jar cannot be
// trusted with them: it forgets which hosts it holds cookies for when it is
// reloaded from a hot-login blob (so every blob after a hot login had no
// cookies, and the second restart needed a scan), and it writes a plain map
// from whichever goroutine makes a request while the polling goroutine
// marshals it (a fatal "concurrent map iteration and map write").
//
// cookieTransport keeps every cookie here instead: openwechat's Jar never
// sees one, and hotStore writes this jar into the blob.
type cookieJar struct {
	mu   sync.Mutex
	jar  *cookiejar.Jar
	kept map[string]keptCookie // name|domain|path → the cookie as set
}

// keptCookie is a cookie with all its attributes (a Domain cookie must
// still reach every host of the domain after a restart) and the URL that
// set it.
type keptCookie struct {
	origin string
	c      *http.Cookie
}

func newCookieJar() *cookieJar {
	j := &cookieJar{}
	j.reset()
	return j
}

// reset forgets every cookie: a new scan starts clean.
func (j *cookieJar) reset() {
	jar, _ := cookiejar.New(nil) // never fails without options
	j.mu.Lock()
	j.jar, j.kept = jar, map[string]keptCookie{}
	j.mu.Unlock()
}

// SetCookies and Cookies make it an http.CookieJar.
func (j *cookieJar) SetCookies(u *url.URL, cs []*http.Cookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.jar.SetCookies(u, cs)
	origin := u.Scheme + "://" + u.Host
	for _, c := range cs {
		domain := c.Domain
		if domain == "" {
			domain = u.Hostname()
		}
		key := c.Name + "|" + strings.TrimPrefix(domain, ".") + "|" + c.Path
		if c.MaxAge < 0 {
			delete(j.kept, key)
			continue
		}
		j.kept[key] = keptCookie{origin: origin, c: c}
	}
}

func (j *cookieJar) Cookies(u *url.URL) []*http.Cookie {
	j.mu.Lock()
	jar := j.jar
	j.mu.Unlock()
	return jar.Cookies(u)
}

// MarshalJSON writes the cookies in openwechat's format (the URL that set
// them → cookies), with their attributes, so that a blob stays readable by
// openwechat.
func (j *cookieJar) MarshalJSON() ([]byte, error) {
	j.mu.Lock()
	keys := make([]string, 0, len(j.kept))
	for k := range j.kept {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := map[string][]*http.Cookie{}
	for _, k := range keys {
		kc := j.kept[k]
		out[kc.origin] = append(out[kc.origin], kc.c)
	}
	j.mu.Unlock()
	return json.Marshal(out)
}

// load adds the cookies of a blob's Jar.
func (j *cookieJar) load(raw []byte) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil
	}
	var by map[string][]*http.Cookie
	if err := json.Unmarshal(raw, &by); err != nil {
		return fmt.Errorf("cookies: %w", err)
	}
	for k, cs := range by {
		u, err := url.Parse(k)
		if err != nil {
			return fmt.Errorf("cookies of %q: %w", k, err)
		}
		j.SetCookies(u, cs)
	}
	return nil
}

// cookieTransport adds the jar's cookies to every request and takes the
// cookies of every answer into the jar, removing them from the answer so
// that the http.Client never hands them to openwechat's Jar.
type cookieTransport struct {
	next   http.RoundTripper
	jar    *cookieJar
	server *serverClock // told the Date of every answer; may be nil
}

func (c *cookieTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Del("Cookie") // the ones openwechat's Jar added from the blob
	for _, ck := range c.jar.Cookies(req.URL) {
		r.AddCookie(ck)
	}
	resp, err := c.next.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	if cs := resp.Cookies(); len(cs) > 0 {
		c.jar.SetCookies(req.URL, cs)
		resp.Header.Del("Set-Cookie")
	}
	if d, err := http.ParseTime(resp.Header.Get("Date")); err == nil && c.server != nil {
		c.server.observe(d)
	}
	resp.Request = req
	return resp, nil
}

// serverClock is WeChat's clock as its answers' Date headers tell it: the
// age of a message is measured on it, so that a local clock that runs fast
// (a township PC without NTP) does not make every message look old.
type serverClock struct {
	local func() time.Time
	mu    sync.Mutex
	off   time.Duration // server − local
	known bool
}

func (s *serverClock) observe(server time.Time) {
	s.mu.Lock()
	s.off, s.known = server.Sub(s.local()), true
	s.mu.Unlock()
}

// now is WeChat's time, or the local time before any answer.
func (s *serverClock) now() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.known {
		return s.local()
	}
	return s.local().Add(s.off)
}
