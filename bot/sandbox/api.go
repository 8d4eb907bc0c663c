package sandbox

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/storage"
	"gridbot/village"
)

// Handler returns the page and its JSON API:
//
//	GET  /               the chat page
//	GET  /api/chats      chats with message counts and the last message,
//	                     the bot's name and photo_minutes (evidence window)
//	GET  /api/people     the roster, for the speaker picker
//	GET  /api/messages   ?chat=NAME&private=1&since=SEQ (no chat: every chat)
//	POST /api/send       {"chat","from","text","private"}; the answer may
//	                     carry "note": why the bot, as the sandbox runs
//	                     it, stays silent where WeChat would answer
//	GET  /api/clock
//	POST /api/clock      {"advance":"2h"|"1d"} or {"set":"2026-03-02T09:00:00+08:00"};
//	                     every scheduled run on the way fires at its time,
//	                     unless "down":true (the bot stopped meanwhile)
//
// POST bodies must be JSON (Content-Type application/json), at most MaxBody
// bytes. Errors are {"error": "<Chinese text for the page>"}. Answers with
// the clock carry "run", which changes when the sandbox restarts: the
// transcripts and their sequence numbers start again, so the page reloads.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.servePage)
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent) // no icon; spares the console a 404
	})
	mux.HandleFunc("GET /api/chats", s.serveChats)
	mux.HandleFunc("GET /api/people", s.servePeople)
	mux.HandleFunc("GET /api/messages", s.serveMessages)
	mux.HandleFunc("POST /api/send", s.serveSend)
	mux.HandleFunc("GET /api/clock", s.serveClock)
	mux.HandleFunc("POST /api/clock", s.serveMoveClock)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "没有这个接口："+r.Method+" "+r.URL.Path)
	})
	return sameOrigin(mux)
}

// sameOrigin refuses state changes requested by other sites' pages.
func sameOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if o := r.Header.Get("Origin"); o != "" {
				u, err := url.Parse(o)
				if err != nil || u.Host != r.Host {
					writeError(w, http.StatusForbidden, "只接受沙盒页面自己的请求")
					return
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", s.csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte(page))
}

// clockInfo is the simulated time as the page shows it.
type clockInfo struct {
	Now  time.Time `json:"now"`
	Text string    `json:"text"` // 2026年3月2日 周一 09:15
	// Next lists the coming runs worth watching, soonest first, so the
	// page can move the clock straight to one (a jump of a day or more
	// counts as downtime: a digest three hours late is not posted).
	Next []nextRun `json:"next"`
}

// nextRun is one moment scheduled jobs run at.
type nextRun struct {
	At   time.Time `json:"at"`
	When string    `json:"when"` // 今天 20:00, 明天 08:30, 12月1日 09:00
	What string    `json:"what"` // 晚间小结、早报
	// Held: a run due already, held over the quiet hours; At is when it
	// goes out, and What says when it was due.
	Held bool `json:"held,omitempty"`
}

// unlisted are the jobs whose runs the page does not list: they run every
// few minutes or hour, or only log; the +1小时 button shows what they do.
var unlisted = map[string]bool{"watchdog": true, "notice_followup": true, "notice_release": true, "holiday_check": true, "down_notice": true}

// maxNext caps clockInfo.Next.
const maxNext = 6

func (s *Server) clockInfo(ctx context.Context) clockInfo {
	now := s.o.Clock.Now().In(s.o.Location)
	return clockInfo{Now: now, Text: day(now) + " " + now.Format("15:04"), Next: s.nextRuns(ctx, now)}
}

// nextRuns merges the labelled jobs' next runs after now by time.
func (s *Server) nextRuns(ctx context.Context, now time.Time) []nextRun {
	out := []nextRun{}
	if s.o.Upcoming == nil {
		return out
	}
	runs := s.o.Upcoming(ctx, now)
	slices.SortStableFunc(runs, func(a, b Run) int { return a.At.Compare(b.At) })
	for _, r := range runs {
		what := cmp.Or(r.What, r.Job)
		if r.Held {
			what += "（" + village.Dated(r.Due.In(s.o.Location), now, "1月2日 15:04") + "到的，免打扰时间过后发）"
		}
		if unlisted[r.Job] || r.At.IsZero() || !r.At.After(now) {
			continue
		}
		if n := len(out); n > 0 && out[n-1].At.Equal(r.At) {
			if !strings.Contains(out[n-1].What, what) {
				out[n-1].What += "、" + what
			}
			out[n-1].Held = out[n-1].Held || r.Held
			continue
		}
		if len(out) == maxNext {
			break
		}
		at := r.At.In(s.o.Location)
		out = append(out, nextRun{At: at, When: relativeDay(now, at) + " " + at.Format("15:04"), What: what, Held: r.Held})
	}
	return out
}

// relativeDay names at's date as seen from now: 今天, 明天, 后天 or 12月1日.
func relativeDay(now, at time.Time) string {
	y, m, d := now.Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
	switch ay, am, ad := at.Date(); time.Date(ay, am, ad, 0, 0, 0, 0, now.Location()).Sub(today).Round(time.Hour) {
	case 0:
		return "今天"
	case 24 * time.Hour:
		return "明天"
	case 48 * time.Hour:
		return "后天"
	}
	return village.Dated(at, now, village.DateLayout)
}

// chatInfo is one entry of the chat list.
type chatInfo struct {
	Chat    string `json:"chat"`
	Private bool   `json:"private"`
	// Kind is grid, office, emergency, private or other (a chat the bot
	// wrote to that the configuration does not list).
	Kind    string `json:"kind"`
	Village string `json:"village,omitempty"`
	Grid    string `json:"grid,omitempty"`
	Note    string `json:"note"`
	NoWX    bool   `json:"no_wechat,omitempty"`
	Count   int    `json:"count"`
	LastSeq int64  `json:"last_seq"`
	Last    *Line  `json:"last,omitempty"`
}

func (s *Server) serveChats(w http.ResponseWriter, r *http.Request) {
	s.tmu.Lock()
	list := make([]chatInfo, 0, len(s.chats))
	for _, c := range s.chats {
		ci := chatInfo{Chat: c.key.name, Private: c.key.private, Kind: c.kind, Village: c.village, Grid: c.grid,
			Note: c.note, NoWX: c.noWX, Count: c.total, LastSeq: c.lastSeq}
		if n := len(c.lines); n > 0 {
			last := c.lines[n-1]
			ci.Last = &last
		}
		list = append(list, ci)
	}
	seq := s.seq
	s.tmu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{
		"bot": s.bot, "township": s.o.Config.Township.Name, "chats": list, "last_seq": seq, "clock": s.clockInfo(r.Context()), "run": s.run,
		"photo_minutes": s.photoMinutes(),
	})
}

// photoMinutes is wechat.evidence_window in minutes: how long before or
// after a report or a points claim its sender's photo is attached to it.
// The page tells it when a photo got no answer.
func (s *Server) photoMinutes() int {
	return int(s.o.Config.WeChat.WithDefaults().EvidenceWindow.Std() / time.Minute)
}

// personInfo is one roster person for the speaker picker; phone numbers
// stay out.
type personInfo struct {
	Name       string         `json:"name"`
	Label      string         `json:"label"`
	Village    string         `json:"village"`
	Grid       string         `json:"grid,omitempty"`
	Household  string         `json:"household,omitempty"`
	Relation   string         `json:"relation,omitempty"`
	Roles      []village.Role `json:"roles"`
	Cadre      bool           `json:"cadre"`
	Township   bool           `json:"township"` // officer or admin
	UsesWeChat bool           `json:"uses_wechat"`
	Care       village.Care   `json:"care,omitempty"`
	Caretaker  string         `json:"caretaker,omitempty"` // the worker who phones them
}

func (s *Server) servePeople(w http.ResponseWriter, r *http.Request) {
	list := make([]personInfo, 0, len(s.order))
	for _, name := range s.order {
		p := s.people[name]
		roles := p.Roles
		if roles == nil {
			roles = []village.Role{}
		}
		list = append(list, personInfo{Name: name, Label: label(name, p), Village: p.Village, Grid: p.Grid,
			Household: p.Household, Relation: p.RelationWritten(), Roles: roles, Cadre: p.IsCadre(),
			Township: p.Has(village.RoleOfficer) || p.Has(village.RoleAdmin), UsesWeChat: p.UsesWeChat, Care: p.Care,
			Caretaker: p.Caretaker})
	}
	writeJSON(w, http.StatusOK, map[string]any{"people": list})
}

func (s *Server) serveMessages(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var since int64
	if v := q.Get("since"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			writeError(w, http.StatusBadRequest, "since 要写一个不小于 0 的整数")
			return
		}
		since = n
	}
	var c *chat
	if name := q.Get("chat"); name != "" {
		private, _ := strconv.ParseBool(q.Get("private"))
		s.tmu.Lock()
		c = s.byKey[chatKey{name: name, private: private}]
		s.tmu.Unlock()
		if c == nil {
			writeError(w, http.StatusBadRequest, unknownChat(name, private))
			return
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"lines": s.since(c, since), "last_seq": s.lastSeq(), "clock": s.clockInfo(r.Context()), "run": s.run,
	})
}

// noWeChat explains that name, who has no WeChat, cannot speak, and how
// what they say reaches the bot: through the worker (or leader) among
// people who phones them.
func noWeChat(name string, p village.Person, people []village.Person) string {
	worker, pick := "网格员", "本网格的网格员"
	if w, ok := village.CaretakerOf(people, p); ok {
		worker, pick = w.Titled(), w.Name
	} else if p.Caretaker != "" {
		worker, pick = "网格员"+p.Caretaker, p.Caretaker
	}
	return fmt.Sprintf("%s不用微信，不能在微信里发言。%s说的事由%s打电话时记下：请选%s发言，发「回访 %s 已通 说了什么」。",
		name, name, worker, pick, name)
}

func unknownChat(name string, private bool) string {
	if private {
		return fmt.Sprintf("没有和「%s」的私聊：花名册里没有这个人", name)
	}
	return fmt.Sprintf("没有这个群：「%s」，请从左边的聊天列表里选", name)
}

// photoLabel shows a message's photos in the chat: "[照片] a.jpg".
func photoLabel(images []string) string {
	if len(images) == 0 {
		return ""
	}
	return "[照片] " + strings.Join(images, "、")
}

// sendRequest is a message typed on the page.
type sendRequest struct {
	Chat    string `json:"chat"`
	From    string `json:"from"`
	Text    string `json:"text"`
	Private bool   `json:"private"`
	// Images are the file names of photos the message carries (nothing
	// is uploaded); with no text, a message of photos only.
	Images []string `json:"images"`
}

func (s *Server) serveSend(w http.ResponseWriter, r *http.Request) {
	var req sendRequest
	if !decode(w, r, &req) {
		return
	}
	text := strings.TrimSpace(strings.ReplaceAll(req.Text, "\r\n", "\n"))
	from := strings.TrimSpace(req.From)
	chatName := strings.TrimSpace(req.Chat)
	if text == "" && len(req.Images) == 0 {
		writeError(w, http.StatusBadRequest, "消息不能为空")
		return
	}
	if from == "" {
		writeError(w, http.StatusBadRequest, "请先选择发言人")
		return
	}
	// Someone the roster does not know (a group name that is no roster
	// name, as in WeChat) may speak in a group: the bot handles him as it
	// would there, and he may say who he is (我是 姓名). Privately the
	// bot answers no stranger (WeChat: only its friends reach it).
	p, ok := s.people[from]
	if !ok && req.Private {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("花名册里没有「%s」：名单外的人只能在网格群里说话（机器人不回陌生人的私信）。请从发言人列表里选，或在网格群里用这个名字发「我是 姓名」", from))
		return
	}
	if ok && !p.UsesWeChat {
		writeError(w, http.StatusBadRequest, noWeChat(from, p, slices.Collect(maps.Values(s.people))))
		return
	}
	k := chatKey{name: chatName}
	if req.Private {
		if chatName != "" && chatName != from {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("这是和「%s」的私聊，只能由%s本人发言", chatName, chatName))
			return
		}
		k = chatKey{name: from, private: true}
	} else {
		if chatName == "" {
			writeError(w, http.StatusBadRequest, "请先选择一个群")
			return
		}
		s.tmu.Lock()
		c := s.byKey[k]
		s.tmu.Unlock()
		if c == nil || c.kind == "other" {
			writeError(w, http.StatusBadRequest, unknownChat(chatName, false))
			return
		}
	}

	ctx, before, end := s.begin(r)
	defer end()
	if err := s.o.Tick(ctx, s.o.Clock.Now()); err != nil {
		// The message still deserves an answer; the failed run is logged.
		s.o.Logger.ErrorContext(ctx, "sandbox: tick before message", "err", err)
	}
	s.n++
	m := bot.Message{ID: "sb-" + s.run + "-" + strconv.FormatInt(s.n, 10), At: s.o.Clock.Now(), From: from, Text: text, Images: req.Images}
	if k.private {
		m.Private = true
	} else {
		m.Chat = k.name
	}
	line := Line{From: from, Text: strings.TrimSpace(photoLabel(req.Images) + "\n" + text), Kind: "user"}
	if q, reply, ok := bot.ParseQuote(text); ok {
		line.Quote, line.Reply = &q, reply
	}
	s.appendLine(k, line)
	herr := s.o.Handler.Handle(ctx, m)
	if herr != nil {
		s.o.Logger.ErrorContext(ctx, "sandbox: message not handled", "id", m.ID, "chat", m.Chat, "from", m.From, "err", herr)
	}
	derr := s.drain(ctx)
	if derr != nil {
		s.o.Logger.ErrorContext(ctx, "sandbox: drain outbox", "id", m.ID, "err", derr)
	}
	resp := map[string]any{"id": m.ID, "lines": s.since(nil, before), "clock": s.clockInfo(r.Context()), "run": s.run}
	if n := s.weChatOnly(m); n != "" {
		resp["note"] = n
	}
	refused := ""
	if herr == nil && derr == nil && s.o.Refused != nil {
		refused = s.o.Refused(ctx)
	}
	switch {
	case herr != nil:
		resp["error"] = s.failed(herr, "机器人处理这条消息时出错了", "这条消息没有登记上", "把这条消息再发一次")
		writeJSON(w, http.StatusInternalServerError, resp)
	case refused != "":
		resp["error"] = "这条消息没有登记上：" + refused + "好了以后不用重启沙盒，把这条消息再发一次。"
		writeJSON(w, http.StatusInternalServerError, resp)
	case derr != nil:
		// Redis gone, the outbox cannot be read: whether a reply waits
		// is not known (during an outage most often none does)
		resp["error"] = s.failed(derr, "机器人的回复没有发出来", "", "如果有回复在等着，会自己发出")
		writeJSON(w, http.StatusInternalServerError, resp)
	default:
		writeJSON(w, http.StatusOK, resp)
	}
}

// weChatOnly explains, for the page, a group message the WeChat transport
// answers itself and the sandbox, which has none of it, leaves to the bot's
// handlers, which say nothing: 绑定本群 (the sandbox binds every group of
// the config). "" for any other message.
func (s *Server) weChatOnly(m bot.Message) string {
	if m.Private {
		return ""
	}
	text := strings.TrimSpace(m.Text)
	if _, reply, ok := bot.ParseQuote(text); ok {
		text = reply
	}
	if strings.HasPrefix(text, "绑定本群") {
		return "「绑定本群」由机器人的微信号在真正的微信群里处理（群没保存到通讯录、或有同名群时，管理员在那个群里发）。沙盒里配置的群都已经绑定好了，不用发。"
	}
	return ""
}

func (s *Server) serveClock(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.syncClock()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"clock": s.clockInfo(r.Context()), "run": s.run})
}

// clockRequest moves the simulated clock: by a duration, or to a time.
// The bot runs all along (Server.walk) unless Down: then the move is taken
// for the bot stopped meanwhile and started again, as after a real stop.
type clockRequest struct {
	Advance string `json:"advance"`
	Set     string `json:"set"`
	Down    bool   `json:"down"`
}

func (s *Server) serveMoveClock(w http.ResponseWriter, r *http.Request) {
	var req clockRequest
	if !decode(w, r, &req) {
		return
	}
	req.Advance, req.Set = strings.TrimSpace(req.Advance), strings.TrimSpace(req.Set)
	if (req.Advance == "") == (req.Set == "") {
		writeError(w, http.StatusBadRequest, "请只写一项：advance（往后拨多久，如 2h、1d）或 set（拨到哪个时间）")
		return
	}
	var d time.Duration
	var to time.Time
	if req.Advance != "" {
		var err error
		d, err = config.ParseDuration(req.Advance)
		if err != nil || d <= 0 {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("「%s」不是有效的时长：时间只能往后拨，写成 30m、2h 或 1d", req.Advance))
			return
		}
		if d > maxAdvance {
			writeError(w, http.StatusBadRequest, "一次最多往后拨 400 天")
			return
		}
	} else {
		var err error
		to, err = time.Parse(time.RFC3339, req.Set)
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("「%s」不是有效的时间，请写成 2026-03-02T09:00:00+08:00", req.Set))
			return
		}
	}

	ctx, before, end := s.begin(r)
	defer end()
	now := s.o.Clock.Now()
	if req.Advance != "" {
		to = now.Add(d)
	}
	if to.Before(now) {
		writeError(w, http.StatusBadRequest, "时间不能往回拨：模拟时间已经是 "+s.clockInfo(r.Context()).Text)
		return
	}
	if to.Sub(now) > maxAdvance {
		writeError(w, http.StatusBadRequest, "一次最多往后拨 400 天")
		return
	}
	err := s.walk(ctx, to, req.Down)
	s.o.Logger.InfoContext(ctx, "sandbox: clock moved", "from", now.In(s.o.Location).Format(time.RFC3339),
		"to", s.o.Clock.Now().In(s.o.Location).Format(time.RFC3339), "down", req.Down)
	resp := map[string]any{"lines": s.since(nil, before), "clock": s.clockInfo(r.Context()), "run": s.run}
	if err != nil {
		s.o.Logger.ErrorContext(ctx, "sandbox: tick after clock move", "err", err)
		resp["error"] = s.failed(err, "时间已拨动，但定时任务出错了", "时间已拨动，但定时任务没有跑", "到时候的定时任务会自己补上")
		writeJSON(w, http.StatusInternalServerError, resp)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// failed is the page's word on err: what went wrong, and where the
// terminal's English log would be no help (a Redis that cannot be
// reached), what happened (down), what to do and what follows once Redis
// works again (after); down "" says only that Redis cannot be reached.
func (s *Server) failed(err error, what, down, after string) string {
	if !errors.Is(err, storage.ErrUnavailable) {
		return what + "，详情见终端日志"
	}
	where := ""
	if s.o.Redis != "" {
		where = "（" + s.o.Redis + "）"
	}
	if down != "" {
		down += "："
	}
	return down + "连不上 Redis" + where + "。请确认那个 redis-server 还在运行（redis-cli ping 应显示 PONG）；好了以后不用重启沙盒，" + after + "。"
}

// begin opens a request that runs the bot: the context it runs in (not
// cancelled by a browser that goes away), the bot to itself and its clock
// brought to the wall's; before is the last line so far (see since). end
// closes it.
func (s *Server) begin(r *http.Request) (ctx context.Context, before int64, end func()) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), handleTimeout)
	s.mu.Lock()
	before = s.lastSeq()
	s.syncClock()
	return ctx, before, func() {
		s.mu.Unlock()
		cancel()
	}
}

// decode reads a JSON body of at most MaxBody bytes into v, answering the
// request itself when it cannot.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "请求要用 JSON（Content-Type: application/json）")
		return false
	}
	r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			// In characters, as the volunteer counts: a 汉字 is 3 bytes.
			writeError(w, http.StatusRequestEntityTooLarge,
				fmt.Sprintf("消息太长了：一次最多约 %d 个汉字（%d KB），请删短一些再发", MaxBody/3/1000*1000, MaxBody>>10))
		} else {
			writeError(w, http.StatusBadRequest, "请求格式不对，无法读取")
		}
		return false
	}
	if dec.More() {
		writeError(w, http.StatusBadRequest, "请求格式不对：只能有一个 JSON 对象")
		return false
	}
	return true
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
