// Package wechattest is a fake web-WeChat server for tests: it speaks the
// part of the desktop (UOS) web protocol that openwechat uses — QR login,
// login page, init, contacts, synccheck long-poll, sync, send, images,
// logout — so that openwechat's real client can be driven through
// Transport, an http.RoundTripper that sends every WeChat host here.
package wechattest

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Person is a WeChat user the bot account knows.
type Person struct {
	Key    string // stable id of the fake; UserNames change at every login
	Nick   string // the user's own nickname
	Remark string // the bot account's remark name for this friend
	Friend bool   // a friend of the bot account
}

// Member is a member of a group.
type Member struct {
	Key     string // a Person's key
	Display string // display name in the group (群昵称)
}

// Group is a WeChat group.
type Group struct {
	Key     string
	Name    string
	Saved   bool // saved to contacts: listed at login
	Members []Member
}

// Sent is a message the bot sent.
type Sent struct {
	To   string // group name or person key
	Text string
}

// Server is the fake.
type Server struct {
	srv *httptest.Server

	mu      sync.Mutex
	wake    chan struct{} // closed and replaced when something happens
	closed  chan struct{}
	uin     int64
	nick    string
	people  map[string]*Person
	groups  map[string]*Group
	order   []string // group keys in creation order
	session int      // login session number; 0: none
	sid     string
	skey    string
	valid   bool
	uuids   int
	scans   chan struct{}
	scanned map[string]bool
	// polls counts login polls waiting for a scan: a client that stopped
	// may leave one in flight for a moment, and a scan meant for the next
	// client must not be taken by it (Polls).
	polls  int
	expire int
	// Messages are numbered; a client's SyncKey is the number of the last
	// message it received, and a sync answers every message after the key
	// it presents, as WeChat does: a client that lost an answer, or restarts
	// from an older key, receives those messages again.
	log      []map[string]any
	acked    int // the highest key a client presented at a sync
	msgID    int
	sent     []Sent
	fail     []int // BaseResponse.Ret of the next sends
	images   map[string][]byte
	counts   map[string]int
	dropNext bool
}

// New starts a fake for the bot account uin with nickname nick.
func New(uin int64, nick string) *Server {
	s := &Server{
		wake: make(chan struct{}), closed: make(chan struct{}),
		uin: uin, nick: nick, people: map[string]*Person{}, groups: map[string]*Group{},
		scans: make(chan struct{}, 8), scanned: map[string]bool{}, images: map[string][]byte{}, counts: map[string]int{},
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Close stops the server, ending every long poll.
func (s *Server) Close() {
	s.mu.Lock()
	select {
	case <-s.closed:
	default:
		close(s.closed)
	}
	s.mu.Unlock()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Transport sends requests for any host to the fake.
func (s *Server) Transport() http.RoundTripper {
	return rewrite{base: s.srv.Client().Transport, host: strings.TrimPrefix(s.srv.URL, "http://")}
}

type rewrite struct {
	base http.RoundTripper
	host string
}

func (r rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("X-Fake-Host", req.URL.Host)
	req.URL.Scheme, req.URL.Host, req.Host = "http", r.host, r.host
	return r.base.RoundTrip(req)
}

// AddPerson adds a user.
func (s *Server) AddPerson(p Person) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.people[p.Key] = &p
}

// AddGroup adds a group; the bot account is a member.
func (s *Server) AddGroup(g Group) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.groups[g.Key] = &g
	s.order = append(s.order, g.Key)
}

// AddMember puts a person into a group without a system message (or
// changes his display name there when he is a member): the bot finds him
// when he first speaks, as WeChat's client does with one it did not know.
func (s *Server) AddMember(groupKey string, m Member) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g := s.groups[groupKey]
	for i := range g.Members {
		if g.Members[i].Key == m.Key {
			g.Members[i] = m
			return
		}
	}
	g.Members = append(g.Members, m)
}

// Scan approves the current (or next) login QR code.
func (s *Server) Scan() { s.scans <- struct{}{} }

// Polls is the number of login polls waiting for a scan now.
func (s *Server) Polls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.polls
}

// ExpireNextQR makes the next login poll answer "QR code expired".
func (s *Server) ExpireNextQR() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expire++
}

// FailNextSends makes the next sends answer with BaseResponse.Ret ret.
func (s *Server) FailNextSends(ret, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.fail = append(s.fail, ret)
	}
}

// DropNextSend makes the next send reach the server (and count as sent)
// while its answer is lost.
func (s *Server) DropNextSend() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropNext = true
}

// ForceLogout ends the session as WeChat does when the phone logs the
// bot out: the next synccheck answers 1101.
func (s *Server) ForceLogout() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.valid = false
	s.signal()
}

// Count reports how often an endpoint ("jslogin", "webwxinit",
// "webwxsendmsg", …) was called.
func (s *Server) Count(endpoint string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[endpoint]
}

// Sessions reports how many logins succeeded.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.session
}

// LoggedIn reports whether a session is valid.
func (s *Server) LoggedIn() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.valid
}

// Sent returns the messages the bot sent so far.
func (s *Server) Sent() []Sent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Sent(nil), s.sent...)
}

// WaitSent waits until at least n messages were sent or timeout passes.
func (s *Server) WaitSent(n int, timeout time.Duration) []Sent {
	deadline := time.Now().Add(timeout)
	for {
		s.mu.Lock()
		got, wake := len(s.sent), s.wake
		s.mu.Unlock()
		if got >= n || time.Now().After(deadline) {
			return s.Sent()
		}
		select {
		case <-wake:
		case <-time.After(time.Until(deadline)):
		}
	}
}

// Wait waits until cond holds (checked whenever the fake changes) or
// timeout passes, and reports whether it held.
func (s *Server) Wait(cond func() bool, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for {
		s.mu.Lock()
		wake := s.wake
		s.mu.Unlock()
		if cond() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		select {
		case <-wake:
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Rename renames a group and posts WeChat's system message about it.
func (s *Server) Rename(groupKey, byKey, name string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.groups[groupKey].Name = name
	return s.system(groupKey, fmt.Sprintf("%s修改群名为“%s”", quote(s.people[byKey].Nick), html.EscapeString(name)))
}

// Join posts WeChat's system message that byKey invited people (by their
// nicknames) into a group, and returns its MsgId.
func (s *Server) Join(groupKey, byKey string, nicks ...string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.system(groupKey, fmt.Sprintf("%s邀请%s加入了群聊", quote(s.people[byKey].Nick), quote(nicks...)))
}

// Remove posts the system message the bot sees when it removed members
// (by display name) from a group, and returns its MsgId.
func (s *Server) Remove(groupKey string, names ...string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.system(groupKey, fmt.Sprintf("你将%s移出了群聊", quote(names...)))
}

// system pushes a group system message (MsgType 10000). Called with s.mu held.
func (s *Server) system(groupKey, content string) string {
	return s.push(map[string]any{
		"MsgType": 10000, "FromUserName": s.groupUser(groupKey), "ToUserName": s.selfUser(), "Content": content,
	})
}

// quote renders names as WeChat's system messages do: "甲"、"乙".
func quote(names ...string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "\"" + html.EscapeString(n) + "\""
	}
	return strings.Join(out, "、")
}

// GroupText posts a text from a member to a group and returns its MsgId.
func (s *Server) GroupText(groupKey, fromKey, text string) string {
	return s.groupMsg(groupKey, fromKey, 1, html.EscapeString(text))
}

// GroupImage posts an image and returns its MsgId; the bot downloads body
// served as contentType.
func (s *Server) GroupImage(groupKey, fromKey string, body []byte) string {
	id := s.groupMsg(groupKey, fromKey, 3, "&lt;?xml version=\"1.0\"?&gt;&lt;msg&gt;&lt;img length=\""+strconv.Itoa(len(body))+"\"/&gt;&lt;/msg&gt;")
	s.mu.Lock()
	s.images[id] = body
	s.mu.Unlock()
	return id
}

// PrivateImage posts an image from a friend to the bot and returns its
// MsgId; the bot downloads body.
func (s *Server) PrivateImage(fromKey string, body []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.push(map[string]any{
		"MsgType": 3, "FromUserName": s.personUser(fromKey), "ToUserName": s.selfUser(),
		"Content": "&lt;?xml version=\"1.0\"?&gt;&lt;msg&gt;&lt;img length=\"" + strconv.Itoa(len(body)) + "\"/&gt;&lt;/msg&gt;",
	})
	s.images[id] = body
	return id
}

// GroupVoice posts a voice message.
func (s *Server) GroupVoice(groupKey, fromKey string) string {
	return s.groupMsg(groupKey, fromKey, 34, "&lt;msg&gt;&lt;voicemsg length=\"3000\"/&gt;&lt;/msg&gt;")
}

// PrivateText posts a text from a friend to the bot.
func (s *Server) PrivateText(fromKey, text string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.push(map[string]any{
		"MsgType": 1, "FromUserName": s.personUser(fromKey), "ToUserName": s.selfUser(),
		"Content": strings.ReplaceAll(html.EscapeString(text), "\n", "<br/>"),
	})
}

// OldGroupText posts a text created age ago.
func (s *Server) OldGroupText(groupKey, fromKey, text string, age time.Duration) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.push(map[string]any{
		"MsgType": 1, "FromUserName": s.groupUser(groupKey), "ToUserName": s.selfUser(),
		"Content":    s.personUser(fromKey) + ":<br/>" + strings.ReplaceAll(html.EscapeString(text), "\n", "<br/>"),
		"CreateTime": time.Now().Add(-age).Unix(),
	})
}

// Repeat delivers a message again with the same MsgId.
func (s *Server) Repeat(groupKey, fromKey, text, msgID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log = append(s.log, map[string]any{
		"MsgId": msgID, "MsgType": 1, "FromUserName": s.groupUser(groupKey), "ToUserName": s.selfUser(),
		"Content": s.personUser(fromKey) + ":<br/>" + html.EscapeString(text), "CreateTime": time.Now().Unix(),
	})
	s.signal()
}

func (s *Server) groupMsg(groupKey, fromKey string, typ int, content string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.push(map[string]any{
		"MsgType": typ, "FromUserName": s.groupUser(groupKey), "ToUserName": s.selfUser(),
		"Content": s.personUser(fromKey) + ":<br/>" + strings.ReplaceAll(content, "\n", "<br/>"),
	})
}

// push queues a message for the next sync. Called with s.mu held.
func (s *Server) push(m map[string]any) string {
	s.msgID++
	id := strconv.Itoa(7000000000 + s.msgID)
	m["MsgId"] = id
	m["NewMsgId"] = 7000000000 + s.msgID
	if _, ok := m["CreateTime"]; !ok {
		m["CreateTime"] = time.Now().Unix()
	}
	s.log = append(s.log, m)
	s.signal()
	return id
}

// signal wakes long polls and waiters. Called with s.mu held.
func (s *Server) signal() {
	close(s.wake)
	s.wake = make(chan struct{})
}

func (s *Server) selfUser() string           { return fmt.Sprintf("@self%d", s.session) }
func (s *Server) personUser(k string) string { return fmt.Sprintf("@%s_%d", k, s.session) }
func (s *Server) groupUser(k string) string  { return fmt.Sprintf("@@%s_%d", k, s.session) }

// keyOf maps a UserName of this session back to a key.
func (s *Server) keyOf(un string) string {
	suffix := "_" + strconv.Itoa(s.session)
	if !strings.HasSuffix(un, suffix) {
		return ""
	}
	return strings.TrimPrefix(strings.TrimPrefix(strings.TrimSuffix(un, suffix), "@"), "@")
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	ep := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
	s.mu.Lock()
	s.counts[ep]++
	s.mu.Unlock()
	endpoints := map[string]http.HandlerFunc{
		"jslogin":              s.jsLogin,
		"login":                s.checkLogin,
		"webwxnewloginpage":    s.loginPage,
		"webwxinit":            s.init,
		"webwxstatusnotify":    func(w http.ResponseWriter, r *http.Request) { s.ok(w, r, nil) },
		"synccheck":            s.syncCheck,
		"webwxsync":            s.sync,
		"webwxgetcontact":      s.contacts,
		"webwxbatchgetcontact": s.batchContacts,
		"webwxsendmsg":         s.send,
		"webwxgetmsgimg":       s.image,
		"webwxlogout":          s.logout,
	}
	if h, ok := endpoints[ep]; ok {
		h(w, r)
		return
	}
	http.NotFound(w, r)
}

func (s *Server) jsLogin(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.uuids++
	uuid := fmt.Sprintf("uuid-%d", s.uuids)
	s.mu.Unlock()
	fmt.Fprintf(w, `window.QRLogin.code = 200; window.QRLogin.uuid = "%s";`, uuid)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.valid = false
	s.signal()
	s.mu.Unlock()
	s.ok(w, r, nil)
}

func (s *Server) checkLogin(w http.ResponseWriter, r *http.Request) {
	uuid := r.URL.Query().Get("uuid")
	s.mu.Lock()
	if s.scanned[uuid] {
		s.mu.Unlock()
		fmt.Fprintf(w, "window.code=200;\nwindow.redirect_uri=\"https://wx2.qq.com/cgi-bin/mmwebwx-bin/webwxnewloginpage?ticket=t-%s&uuid=%s&lang=zh_CN&scan=1\";", uuid, uuid)
		return
	}
	if s.expire > 0 {
		s.expire--
		s.mu.Unlock()
		fmt.Fprint(w, "window.code=400;")
		return
	}
	s.polls++
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.polls--
		s.signal()
		s.mu.Unlock()
	}()
	select {
	case <-s.scans:
		s.mu.Lock()
		s.scanned[uuid] = true
		s.mu.Unlock()
		fmt.Fprint(w, "window.code=201;window.userAvatar = 'data:img/jpg;base64,AAAA';")
	case <-r.Context().Done():
	case <-s.closed:
	}
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.session++
	s.sid = fmt.Sprintf("sid-%d", s.session)
	s.skey = fmt.Sprintf("@crypt_%d", s.session)
	s.valid = true
	sid, skey := s.sid, s.skey
	s.mu.Unlock()
	// Like WeChat's, the cookies hold for every host of the domain.
	http.SetCookie(w, &http.Cookie{Name: "webwx_data_ticket", Value: "ticket-" + sid, Path: "/", Domain: "wx2.qq.com"})
	http.SetCookie(w, &http.Cookie{Name: "wxsid", Value: sid, Path: "/", Domain: "wx2.qq.com"})
	fmt.Fprintf(w, "<error><ret>0</ret><message></message><skey>%s</skey><wxsid>%s</wxsid><wxuin>%d</wxuin><pass_ticket>pt-%s</pass_ticket><isgrayscale>1</isgrayscale></error>",
		skey, sid, s.uin, sid)
}

// syncRequest is webwxsync's body.
type syncRequest struct {
	baseRequest
	SyncKey struct {
		List []struct{ Key, Val int }
	}
}

// clientKey reads key 1 of synccheck's "1_5|2_7" synckey parameter.
func clientKey(param string) int {
	for _, kv := range strings.Split(param, "|") {
		if k, v, ok := strings.Cut(kv, "_"); ok && k == "1" {
			n, _ := strconv.Atoi(v)
			return n
		}
	}
	return 0
}

type baseRequest struct {
	BaseRequest struct {
		Uin       int64
		Sid, Skey string
	}
}

// base lets begin read the BaseRequest of any body that embeds it.
func (b baseRequest) base() baseRequest { return b }

// begin decodes r's JSON body into b, takes s.mu and checks b's
// BaseRequest. On false it has answered 1101 (not logged in) and holds no
// lock; on true the caller holds s.mu.
func (s *Server) begin(w http.ResponseWriter, r *http.Request, b interface{ base() baseRequest }) bool {
	_ = json.NewDecoder(r.Body).Decode(b)
	s.mu.Lock()
	if !s.authorized(b.base()) || !s.hasCookie(r) {
		s.mu.Unlock()
		ret(w, 1101)
		return false
	}
	return true
}

// hasCookie checks the session cookie: WeChat answers 1101 without it.
// Called with s.mu held.
func (s *Server) hasCookie(r *http.Request) bool {
	c, err := r.Cookie("wxsid")
	return err == nil && c.Value == s.sid
}

// authorized checks a JSON body's BaseRequest. Called with s.mu held.
func (s *Server) authorized(b baseRequest) bool {
	return s.valid && b.BaseRequest.Sid == s.sid && b.BaseRequest.Skey == s.skey
}

func (s *Server) ok(w http.ResponseWriter, r *http.Request, extra map[string]any) {
	out := map[string]any{"BaseResponse": map[string]any{"Ret": 0, "ErrMsg": ""}}
	for k, v := range extra {
		out[k] = v
	}
	_ = json.NewEncoder(w).Encode(out)
}

func ret(w http.ResponseWriter, code int) {
	fmt.Fprintf(w, `{"BaseResponse":{"Ret":%d,"ErrMsg":""}}`, code)
}

func syncKeys(key int) map[string]any {
	return map[string]any{"Count": 1, "List": []map[string]int{{"Key": 1, "Val": key}}}
}

func (s *Server) init(w http.ResponseWriter, r *http.Request) {
	var b baseRequest
	if !s.begin(w, r, &b) {
		return
	}
	defer s.mu.Unlock()
	s.ok(w, r, map[string]any{
		"User":        map[string]any{"Uin": s.uin, "UserName": s.selfUser(), "NickName": s.nick},
		"SyncKey":     syncKeys(s.acked),
		"ContactList": []any{},
		"SKey":        s.skey,
	})
}

func (s *Server) syncCheck(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for {
		s.mu.Lock()
		if !s.valid || q.Get("sid") != s.sid || q.Get("skey") != s.skey || !s.hasCookie(r) {
			s.mu.Unlock()
			fmt.Fprint(w, `window.synccheck={retcode:"1101",selector:"0"}`)
			return
		}
		if len(s.log) > clientKey(q.Get("synckey")) {
			s.mu.Unlock()
			fmt.Fprint(w, `window.synccheck={retcode:"0",selector:"2"}`)
			return
		}
		wake := s.wake
		s.mu.Unlock()
		select {
		case <-wake:
		case <-r.Context().Done():
			return
		case <-s.closed:
			return
		}
	}
}

func (s *Server) sync(w http.ResponseWriter, r *http.Request) {
	var b syncRequest
	if !s.begin(w, r, &b) {
		return
	}
	defer s.mu.Unlock()
	from := 0
	for _, k := range b.SyncKey.List {
		if k.Key == 1 {
			from = min(max(k.Val, 0), len(s.log))
		}
	}
	s.acked = max(s.acked, from)
	msgs := append([]map[string]any{}, s.log[from:]...)
	key := syncKeys(len(s.log))
	s.ok(w, r, map[string]any{"AddMsgCount": len(msgs), "AddMsgList": msgs, "SyncKey": key, "SyncCheckKey": key})
}

// user renders a Person. Called with s.mu held.
func (s *Server) user(p *Person) map[string]any {
	u := map[string]any{"UserName": s.personUser(p.Key), "NickName": p.Nick, "VerifyFlag": 0}
	if p.Friend {
		u["RemarkName"] = p.Remark
		u["ContactFlag"] = 3
	}
	return u
}

// group renders a Group with its members. Called with s.mu held.
func (s *Server) group(g *Group, members bool) map[string]any {
	u := map[string]any{"UserName": s.groupUser(g.Key), "NickName": g.Name, "VerifyFlag": 0, "MemberCount": len(g.Members) + 1}
	if members {
		list := []map[string]any{{"UserName": s.selfUser(), "NickName": s.nick, "DisplayName": ""}}
		for _, m := range g.Members {
			p := s.people[m.Key]
			list = append(list, map[string]any{"UserName": s.personUser(m.Key), "NickName": p.Nick, "DisplayName": m.Display})
		}
		u["MemberList"] = list
	}
	return u
}

func (s *Server) contacts(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.valid || r.URL.Query().Get("skey") != s.skey {
		ret(w, 1101)
		return
	}
	var list []map[string]any
	for _, p := range s.people {
		if p.Friend {
			list = append(list, s.user(p))
		}
	}
	for _, k := range s.order {
		if g := s.groups[k]; g.Saved {
			list = append(list, s.group(g, false))
		}
	}
	s.ok(w, r, map[string]any{"MemberCount": len(list), "MemberList": list, "Seq": 0})
}

func (s *Server) batchContacts(w http.ResponseWriter, r *http.Request) {
	var b struct {
		baseRequest
		List []struct{ UserName string }
	}
	if !s.begin(w, r, &b) {
		return
	}
	defer s.mu.Unlock()
	var list []map[string]any
	for _, it := range b.List {
		k := s.keyOf(it.UserName)
		if g, ok := s.groups[k]; ok && strings.HasPrefix(it.UserName, "@@") {
			list = append(list, s.group(g, true))
		} else if p, ok := s.people[k]; ok {
			list = append(list, s.user(p))
		}
	}
	s.ok(w, r, map[string]any{"Count": len(list), "ContactList": list})
}

func (s *Server) send(w http.ResponseWriter, r *http.Request) {
	var b struct {
		baseRequest
		Msg struct {
			Content, ToUserName, ClientMsgId string
		}
	}
	if !s.begin(w, r, &b) {
		return
	}
	defer s.mu.Unlock()
	if len(s.fail) > 0 {
		code := s.fail[0]
		s.fail = s.fail[1:]
		ret(w, code)
		return
	}
	k := s.keyOf(b.Msg.ToUserName)
	to := k
	if g, ok := s.groups[k]; ok && strings.HasPrefix(b.Msg.ToUserName, "@@") {
		to = g.Name
	}
	s.sent = append(s.sent, Sent{To: to, Text: b.Msg.Content})
	s.signal()
	if s.dropNext {
		s.dropNext = false
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
				return
			}
		}
	}
	s.ok(w, r, map[string]any{"MsgID": strconv.Itoa(9000 + len(s.sent)), "LocalID": b.Msg.ClientMsgId})
}

func (s *Server) image(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	body, ok := s.images[r.URL.Query().Get("MsgID")]
	valid := s.valid && r.URL.Query().Get("skey") == s.skey
	s.mu.Unlock()
	if !ok || !valid {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/jpeg")
	_, _ = w.Write(body)
}
