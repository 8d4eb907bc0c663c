package sandbox_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"gridbot/app"
	"gridbot/bot"
	"gridbot/bot/replay"
	"gridbot/bot/sandbox"
	"gridbot/config"
	"gridbot/config/configtest"
	"gridbot/storage/storagetest"
)

const (
	group3    = "青山村三组网格群"
	duty      = "青山镇应急值班群"
	botName   = "网格小助手"
	quoteLine = "- - - - - - - - - - - - - - -"
)

// line is the part of a transcript line the tests read.
type line struct {
	Seq     int64  `json:"seq"`
	Chat    string `json:"chat"`
	Private bool   `json:"private"`
	From    string `json:"from"`
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Urgent  bool   `json:"urgent"`
	Quote   *struct {
		Name string `json:"name"`
		Text string `json:"text"`
	} `json:"quote"`
	Reply string `json:"reply"`
}

type reply struct {
	Error string `json:"error"`
	Note  string `json:"note"`
	Run   string `json:"run"`
	Lines []line `json:"lines"`
	Clock struct {
		Now  time.Time `json:"now"`
		Text string    `json:"text"`
	} `json:"clock"`
}

type fixture struct {
	srv   *httptest.Server
	clock *replay.Clock
	ticks *atomic.Int64
}

// mustSandbox builds the real pipeline on the example township and serves
// the sandbox over httptest.
func mustSandbox(tb testing.TB, opts ...option) *fixture {
	tb.Helper()
	return mustSandboxRoster(tb, "", opts...)
}

// option adjusts the sandbox's options; a is the pipeline it serves.
type option func(o *sandbox.Options, a *app.App)

// mustSandboxRoster is mustSandbox with another roster file (relative to
// the repository), "" for the example's.
func mustSandboxRoster(tb testing.TB, roster string, opts ...option) *fixture {
	tb.Helper()
	return mustSandboxOn(tb, roster, "", opts...)
}

// exampleConfig is config.example.yaml, a copy of its own for one test.
func exampleConfig(tb testing.TB) *config.Config {
	tb.Helper()
	return configtest.Load(tb, "../../config.example.yaml")
}

// mustSandboxOn is mustSandboxRoster keeping the data in the Redis at
// redisURL ("" in memory), as -redis does.
func mustSandboxOn(tb testing.TB, roster, redisURL string, opts ...option) *fixture {
	tb.Helper()
	cfg := exampleConfig(tb)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	a, err := app.Open(app.Options{Config: cfg, RosterFS: os.DirFS("../.."), RosterPath: roster, RedisURL: redisURL, Logger: log})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { a.Close() })
	start := time.Date(2026, 3, 2, 9, 15, 0, 0, cfg.Location())
	wall := start
	clock := replay.NewClock(start)
	ticks := new(atomic.Int64)
	o := sandbox.Options{
		Handler: a.Handler,
		Outbox:  a.Outbox(clock.Now),
		Clock:   clock,
		Tick: func(_ context.Context, t time.Time) error {
			ticks.Add(1)
			return nil
		},
		Config:   cfg,
		People:   a.People,
		Address:  a.Dir.Address,
		Location: cfg.Location(),
		Logger:   log,
		Wall:     func() time.Time { return wall }, // real time stands still
	}
	for _, opt := range opts {
		opt(&o, a)
	}
	s := sandbox.New(o)
	srv := httptest.NewServer(s.Handler())
	tb.Cleanup(srv.Close)
	return &fixture{srv: srv, clock: clock, ticks: ticks}
}

func (f *fixture) post(tb testing.TB, path string, body any) (int, reply) {
	tb.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		tb.Fatal(err)
	}
	res, err := http.Post(f.srv.URL+path, "application/json", bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	return decodeReply(tb, res)
}

func (f *fixture) get(tb testing.TB, path string) (int, reply) {
	tb.Helper()
	res, err := http.Get(f.srv.URL + path)
	if err != nil {
		tb.Fatal(err)
	}
	return decodeReply(tb, res)
}

func decodeReply(tb testing.TB, res *http.Response) (int, reply) {
	tb.Helper()
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Fatalf("Content-Type = %q, want JSON", ct)
	}
	var r reply
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		tb.Fatal(err)
	}
	return res.StatusCode, r
}

// mustSend sends one message and fails unless it was handled.
func (f *fixture) mustSend(tb testing.TB, chat, from, text string) []line {
	tb.Helper()
	code, r := f.post(tb, "/api/send", map[string]any{"chat": chat, "from": from, "text": text})
	if code != http.StatusOK {
		tb.Fatalf("send %q: status %d, error %q", text, code, r.Error)
	}
	if len(r.Lines) == 0 || r.Lines[0].Kind != "user" || r.Lines[0].Text != text || r.Lines[0].From != from {
		tb.Fatalf("send %q: first line %+v, want the user's own line", text, r.Lines)
	}
	return r.Lines[1:]
}

// botSays finds the bot's line to chat containing want.
func botSays(lines []line, chat, want string) (line, bool) {
	for _, l := range lines {
		if l.Kind == "bot" && l.From == botName && l.Chat == chat && strings.Contains(l.Text, want) {
			return l, true
		}
	}
	return line{}, false
}

func TestPage(t *testing.T) {
	f := mustSandbox(t)
	res, err := http.Get(f.srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	page := string(body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d", res.StatusCode)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type = %q", ct)
	}
	if !strings.Contains(page, "<title>网格小助手 · 沙盒</title>") {
		t.Error("page has no title 网格小助手 · 沙盒")
	}
	// Message text reaches the DOM only as text.
	if !strings.Contains(page, ".textContent") {
		t.Error("page does not use textContent")
	}
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
		if strings.Contains(page, bad) {
			t.Errorf("page uses %s", bad)
		}
	}
	// Offline machine: nothing loaded from elsewhere.
	for _, bad := range []string{"http://", "https://", "//cdn", "<link"} {
		if strings.Contains(page, bad) {
			t.Errorf("page references an external asset: %q", bad)
		}
	}
	for _, want := range []string{"上报", "确认", "办结", "待办", "帮助", "+1小时", "+1天", "+7天", "拨到", "怎么用", "引用", quoteLine,
		"机器人一直在运行", "收起"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// The policy pins the page's one inline script by its hash: a page edit
	// that broke the match would leave a dead page.
	_, rest, _ := strings.Cut(page, "<script>")
	script, _, _ := strings.Cut(rest, "</script>")
	sum := sha256.Sum256([]byte(script))
	want := "script-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, want) || strings.Contains(csp, "script-src 'unsafe-inline'") {
		t.Errorf("Content-Security-Policy = %q, want %q", csp, want)
	}
	if res, err := http.Get(f.srv.URL + "/favicon.ico"); err != nil || res.StatusCode != http.StatusNoContent {
		t.Errorf("GET /favicon.ico = %v %v, want 204 (no icon, no 404 in the console)", res, err)
	} else {
		res.Body.Close()
	}
	if code, _ := f.get(t, "/api/nothing"); code != http.StatusNotFound {
		t.Errorf("GET /api/nothing = %d, want 404", code)
	}
}

func TestReportAcceptFlow(t *testing.T) {
	f := mustSandbox(t)
	out := f.mustSend(t, group3, "张三", "上报 村口路灯不亮了")
	reg, ok := botSays(out, group3, "#R1")
	if !ok {
		t.Fatalf("report: bot lines %+v, want a reply in %s with #R1", out, group3)
	}
	if strings.Contains(reg.Text, "已受理") {
		t.Errorf("report reply already says accepted: %q", reg.Text)
	}

	out = f.mustSend(t, group3, "李四", "确认 #R1")
	if _, ok := botSays(out, group3, "已受理"); !ok {
		t.Fatalf("accept: bot lines %+v, want 已受理", out)
	}

	// The transcript keeps both messages and both replies, in order.
	_, r := f.get(t, "/api/messages?chat="+url.QueryEscape(group3)+"&since=0")
	var kinds []string
	for _, l := range r.Lines {
		if l.Chat != group3 {
			t.Errorf("messages?chat= returned a line of %q", l.Chat)
		}
		kinds = append(kinds, l.Kind)
	}
	if got, want := strings.Join(kinds, ","), "user,bot,user,bot"; !strings.HasPrefix(got, want) {
		t.Errorf("transcript kinds = %s, want %s…", got, want)
	}
	// since skips what the page already has.
	last := r.Lines[len(r.Lines)-1].Seq
	if _, r := f.get(t, "/api/messages?chat="+url.QueryEscape(group3)+"&since="+strconv.FormatInt(last, 10)); len(r.Lines) != 0 {
		t.Errorf("since=last returned %d lines", len(r.Lines))
	}
}

func TestQuotedAccept(t *testing.T) {
	f := mustSandbox(t)
	out := f.mustSend(t, group3, "张三", "上报 三组水渠堵了")
	reg, ok := botSays(out, group3, "#R1")
	if !ok {
		t.Fatalf("report: %+v", out)
	}
	// What the page's 引用 button writes before the reply.
	text := "「" + botName + "：" + reg.Text + "」\n" + quoteLine + "\n确认"
	code, r := f.post(t, "/api/send", map[string]any{"chat": group3, "from": "李四", "text": text})
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, r.Error)
	}
	if q := r.Lines[0].Quote; q == nil || q.Name != botName || r.Lines[0].Reply != "确认" {
		t.Errorf("user line %+v, want the quote split for display", r.Lines[0])
	}
	if _, ok := botSays(r.Lines, group3, "已受理"); !ok {
		t.Errorf("quoted 确认: bot lines %+v, want 已受理", r.Lines)
	}
}

// TestWeChatOnlyCommandsExplained: 绑定本群, which the WeChat transport
// answers and the sandbox leaves to the bot's handlers (silent), comes
// back with a note for the page saying why; other messages carry none.
func TestWeChatOnlyCommandsExplained(t *testing.T) {
	f := mustSandbox(t)
	for _, tc := range []struct {
		from, text, want string
	}{
		{"吴九", "绑定本群 三组", "沙盒里配置的群都已经绑定好了"},
		{"张三", "我是 张三", ""},
		{"张三", "我是新来的", ""},
		{"张三", "上报 三组水渠堵了", ""},
	} {
		code, r := f.post(t, "/api/send", map[string]any{"chat": group3, "from": tc.from, "text": tc.text})
		if code != http.StatusOK {
			t.Fatalf("send %q: status %d, error %q", tc.text, code, r.Error)
		}
		if tc.want == "" && r.Note != "" || !strings.Contains(r.Note, tc.want) {
			t.Errorf("send %q: note %q, want one containing %q", tc.text, r.Note, tc.want)
		}
	}
}

// TestStrangerSaysWhoHeIs: the page may play someone the roster does not
// know, by a group name typed as the speaker ("山里人"), in a grid group:
// his report is filed under that name; he says 我是 张三, the leader
// confirms, and the report is 张三's. Privately he cannot speak (the bot
// answers no stranger there).
func TestStrangerSaysWhoHeIs(t *testing.T) {
	f := mustSandbox(t)
	steps := []struct{ from, text, want string }{
		{"山里人", "上报 我家门口的水沟堵了", "已登记 #R1"},
		{"山里人", "我是 张三", "群里「山里人」说自己是张三（QS-301户）"},
		{"李四", "待办", "「山里人」说自己是张三"},
		{"李四", "确认身份 山里人", "已确认：「山里人」就是张三"},
		{"山里人", "查 #R1", "张三"},
	}
	for _, s := range steps {
		if _, ok := botSays(f.mustSend(t, group3, s.from, s.text), group3, s.want); !ok {
			t.Errorf("%s: %s: no bot line with %q", s.from, s.text, s.want)
		}
	}
	code, r := f.post(t, "/api/send", map[string]any{"chat": "山里人", "from": "山里人", "text": "我的事项", "private": true})
	if code != http.StatusBadRequest || !strings.Contains(r.Error, "只能在网格群里") {
		t.Errorf("private from a stranger: status %d, error %q", code, r.Error)
	}
}

func TestEmergencyReachesDutyChat(t *testing.T) {
	f := mustSandbox(t)
	out := f.mustSend(t, group3, "张三", "着火了 快来人")
	l, ok := botSays(out, duty, "")
	if !ok {
		t.Fatalf("bot lines %+v, want a message in %s", out, duty)
	}
	if !l.Urgent {
		t.Errorf("duty message not marked urgent: %+v", l)
	}
	if _, ok := botSays(out, group3, ""); !ok {
		t.Errorf("no reply in the grid group: %+v", out)
	}
	// The duty chat's own transcript has it too, and the chat list shows it.
	_, r := f.get(t, "/api/messages?chat="+url.QueryEscape(duty))
	if len(r.Lines) == 0 {
		t.Fatal("duty chat transcript is empty")
	}
	var chats struct {
		Chats []struct {
			Chat    string `json:"chat"`
			Private bool   `json:"private"`
			Kind    string `json:"kind"`
			Count   int    `json:"count"`
			Last    *line  `json:"last"`
		} `json:"chats"`
	}
	mustGetJSON(t, f.srv.URL+"/api/chats", &chats)
	kinds := map[string]int{}
	for _, c := range chats.Chats {
		kinds[c.Kind]++
		if c.Chat == duty && (c.Kind != "emergency" || c.Count == 0 || c.Last == nil) {
			t.Errorf("duty chat entry %+v, want kind emergency with its last message", c)
		}
	}
	if kinds["grid"] != 3 || kinds["office"] != 1 || kinds["emergency"] != 1 || kinds["private"] < 90 {
		t.Errorf("chat kinds %v, want 3 grids, office, emergency and one private chat per roster person", kinds)
	}
}

func TestPrivate(t *testing.T) {
	f := mustSandbox(t)
	code, r := f.post(t, "/api/send", map[string]any{"from": "张三", "text": "帮助", "private": true})
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, r.Error)
	}
	if r.Lines[0].Chat != "张三" || !r.Lines[0].Private {
		t.Errorf("user line %+v, want the private chat with 张三", r.Lines[0])
	}
	found := false
	for _, l := range r.Lines[1:] {
		found = found || (l.Kind == "bot" && l.Private && l.Chat == "张三")
	}
	if !found {
		t.Errorf("lines %+v, want the bot's private answer to 张三", r.Lines)
	}
	// Only the person writes in their private chat.
	code, r = f.post(t, "/api/send", map[string]any{"chat": "张三", "from": "李四", "text": "帮助", "private": true})
	if code != http.StatusBadRequest || !hasHan(r.Error) {
		t.Errorf("someone else in 张三's private chat: %d %q", code, r.Error)
	}
}

func TestBadInput(t *testing.T) {
	f := mustSandbox(t)
	for _, tc := range []struct {
		name string
		body any
		code int
	}{
		{"unknown chat", map[string]any{"chat": "不存在的群", "from": "张三", "text": "你好"}, http.StatusBadRequest},
		// in a group, someone not on the roster speaks (TestStrangerSaysWhoHeIs)
		{"unknown speaker in private", map[string]any{"chat": "路人甲", "from": "路人甲", "text": "你好", "private": true}, http.StatusBadRequest},
		{"empty text", map[string]any{"chat": group3, "from": "张三", "text": "  \n "}, http.StatusBadRequest},
		{"no speaker", map[string]any{"chat": group3, "text": "你好"}, http.StatusBadRequest},
		{"unknown field", map[string]any{"chat": group3, "from": "张三", "text": "你好", "x": 1}, http.StatusBadRequest},
		{"too big", map[string]any{"chat": group3, "from": "张三", "text": strings.Repeat("长", sandbox.MaxBody)}, http.StatusRequestEntityTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, r := f.post(t, "/api/send", tc.body)
			if code != tc.code {
				t.Errorf("status %d, want %d (%q)", code, tc.code, r.Error)
			}
			if !hasHan(r.Error) {
				t.Errorf("error %q is not Chinese text for the page", r.Error)
			}
		})
	}
	t.Run("no WeChat", func(t *testing.T) {
		// 王奶奶 has no WeChat: what she says reaches the bot through the
		// worker who phones her, and the page says so.
		for _, body := range []map[string]any{
			{"chat": group3, "from": "王奶奶", "text": "上报 我家屋顶漏雨"},
			{"from": "王奶奶", "text": "上报 我家屋顶漏雨", "private": true},
		} {
			code, r := f.post(t, "/api/send", body)
			if code != http.StatusBadRequest || !strings.Contains(r.Error, "请选王五发言") || !strings.Contains(r.Error, "回访 王奶奶 已通") {
				t.Errorf("%v: %d %q, want 400 pointing to 王五's 回访", body, code, r.Error)
			}
			if len(r.Lines) != 0 {
				t.Errorf("%v: lines %+v, want none", body, r.Lines)
			}
		}
	})
	t.Run("too big says how many characters", func(t *testing.T) {
		// A volunteer counts characters, not KB: the page shows this as is.
		_, r := f.post(t, "/api/send", map[string]any{"chat": group3, "from": "张三", "text": strings.Repeat("长", 30000)})
		if !strings.Contains(r.Error, "21000 个汉字") || !strings.Contains(r.Error, "删短") {
			t.Errorf("error %q, want the limit in 汉字 and what to do", r.Error)
		}
	})
	t.Run("unknown chat says which", func(t *testing.T) {
		_, r := f.post(t, "/api/send", map[string]any{"chat": "不存在的群", "from": "张三", "text": "你好"})
		if !strings.Contains(r.Error, "不存在的群") {
			t.Errorf("error %q does not name the chat", r.Error)
		}
	})
	t.Run("not JSON", func(t *testing.T) {
		res, err := http.Post(f.srv.URL+"/api/send", "text/plain", strings.NewReader(`{"chat":"`+group3+`","from":"张三","text":"上报 x"}`))
		if err != nil {
			t.Fatal(err)
		}
		code, r := decodeReply(t, res)
		if code != http.StatusUnsupportedMediaType || !hasHan(r.Error) {
			t.Errorf("text/plain body: %d %q", code, r.Error)
		}
	})
	t.Run("other origin", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPost, f.srv.URL+"/api/send", strings.NewReader(`{}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", "http://evil.example")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if code, _ := decodeReply(t, res); code != http.StatusForbidden {
			t.Errorf("cross-origin POST: %d, want 403", code)
		}
	})
	t.Run("bad since", func(t *testing.T) {
		if code, r := f.get(t, "/api/messages?since=abc"); code != http.StatusBadRequest || !hasHan(r.Error) {
			t.Errorf("since=abc: %d %q", code, r.Error)
		}
		if code, r := f.get(t, "/api/messages?chat="+url.QueryEscape("不存在的群")); code != http.StatusBadRequest || !hasHan(r.Error) {
			t.Errorf("unknown chat: %d %q", code, r.Error)
		}
	})
}

func TestClock(t *testing.T) {
	f := mustSandbox(t)
	_, r := f.get(t, "/api/clock")
	start := r.Clock.Now
	if !start.Equal(f.clock.Now()) || !strings.Contains(r.Clock.Text, "2026年3月2日 周一 09:15") {
		t.Fatalf("GET /api/clock = %+v, want the simulated start", r.Clock)
	}
	ticks := f.ticks.Load()

	code, r := f.post(t, "/api/clock", map[string]any{"advance": "2h"})
	if code != http.StatusOK {
		t.Fatalf("advance 2h: %d %q", code, r.Error)
	}
	if got := r.Clock.Now.Sub(start); got != 2*time.Hour {
		t.Errorf("advance 2h moved the clock by %v", got)
	}
	if f.ticks.Load() == ticks {
		t.Error("advancing the clock did not fire due runs")
	}
	if code, r = f.post(t, "/api/clock", map[string]any{"advance": "1d"}); code != http.StatusOK || r.Clock.Now.Sub(start) != 26*time.Hour {
		t.Errorf("advance 1d: %d %v", code, r.Clock.Now.Sub(start))
	}
	set := start.Add(7 * 24 * time.Hour)
	if code, r = f.post(t, "/api/clock", map[string]any{"set": set.Format(time.RFC3339)}); code != http.StatusOK || !r.Clock.Now.Equal(set) {
		t.Errorf("set: %d %v, want %v", code, r.Clock.Now, set)
	}
	// Messages are stamped with the simulated time.
	f.mustSend(t, group3, "张三", "上报 桥上栏杆松了")
	if got := f.clock.Now(); !got.Equal(set) {
		t.Errorf("clock after a message = %v, want %v (real time stands still here)", got, set)
	}

	for _, tc := range []struct {
		name string
		body any
	}{
		{"back", map[string]any{"set": start.Format(time.RFC3339)}},
		{"negative", map[string]any{"advance": "-1h"}},
		{"nonsense", map[string]any{"advance": "明天"}},
		{"both", map[string]any{"advance": "1h", "set": set.Format(time.RFC3339)}},
		{"neither", map[string]any{}},
		{"too far", map[string]any{"advance": "1000d"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, r := f.post(t, "/api/clock", tc.body)
			if code != http.StatusBadRequest || !hasHan(r.Error) {
				t.Errorf("%d %q, want 400 with a Chinese error", code, r.Error)
			}
			if !f.clock.Now().Equal(set) {
				t.Errorf("clock moved to %v", f.clock.Now())
			}
		})
	}
}

func TestScriptComesBackAsData(t *testing.T) {
	f := mustSandbox(t)
	text := `<script>alert("x")</script> & <b>粗</b>`
	res, err := http.Post(f.srv.URL+"/api/send", "application/json",
		strings.NewReader(`{"chat":"`+group3+`","from":"张三","text":`+jsonString(t, text)+`}`))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", res.StatusCode, raw)
	}
	if bytes.Contains(raw, []byte("<script>")) {
		t.Errorf("raw JSON carries a literal <script>: %s", raw)
	}
	var r reply
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatal(err)
	}
	if got := r.Lines[0].Text; got != text {
		t.Errorf("text = %q, want %q unchanged", got, text)
	}
}

func TestPeople(t *testing.T) {
	f := mustSandbox(t)
	var r struct {
		People []struct {
			Name       string   `json:"name"`
			Label      string   `json:"label"`
			Grid       string   `json:"grid"`
			Roles      []string `json:"roles"`
			UsesWeChat bool     `json:"uses_wechat"`
			Caretaker  string   `json:"caretaker"`
			Phone      string   `json:"phone"`
		} `json:"people"`
	}
	mustGetJSON(t, f.srv.URL+"/api/people", &r)
	byName := map[string]int{}
	for i, p := range r.People {
		byName[p.Name] = i
		if p.Phone != "" {
			t.Errorf("%s: phone number exposed", p.Name)
		}
	}
	for name, want := range map[string]string{
		"李四":  "李四（三组·网格长）",
		"王奶奶": "王奶奶（三组·不用微信）",
		"孙七":  "孙七（镇干部）",
		"张三":  "张三（三组）",
	} {
		i, ok := byName[name]
		if !ok {
			t.Errorf("%s missing", name)
			continue
		}
		if got := r.People[i].Label; got != want {
			t.Errorf("label of %s = %q, want %q", name, got, want)
		}
	}
	if i := byName["王奶奶"]; r.People[i].UsesWeChat || r.People[i].Caretaker != "王五" {
		t.Errorf("王奶奶 = %+v, want no WeChat, phoned by 王五", r.People[i])
	}
}

// TestNamesakesSpeakApart: two 陈二 of one village are two speakers and
// two private chats, each named with his household, and the bot knows
// which one spoke.
func TestNamesakesSpeakApart(t *testing.T) {
	f := mustSandboxRoster(t, "bot/wechat/testdata/roster_namesakes.csv")
	var r struct {
		People []struct {
			Name  string `json:"name"`
			Label string `json:"label"`
		} `json:"people"`
	}
	mustGetJSON(t, f.srv.URL+"/api/people", &r)
	var chens []string
	for _, p := range r.People {
		if strings.HasPrefix(p.Name, "陈二") {
			chens = append(chens, p.Label)
		}
	}
	if want := []string{"陈二·QS-302（三组）", "陈二·QS-399（三组）"}; !slices.Equal(chens, want) {
		t.Errorf("陈二 speakers = %q, want %q", chens, want)
	}
	lines := f.mustSend(t, group3, "陈二·QS-399", "上报 桥栏杆断了")
	if _, ok := botSays(lines, group3, "已登记 #R1"); !ok {
		t.Errorf("report by 陈二·QS-399: %+v", lines)
	}
	code, res := f.post(t, "/api/send", map[string]any{"chat": "陈二·QS-302", "private": true, "from": "陈二·QS-302", "text": "满意 #R1"})
	if code != http.StatusOK {
		t.Fatalf("private send: %d %q", code, res.Error)
	}
	if _, ok := botSays(res.Lines, "陈二·QS-302", "报告人陈二·QS-399本人"); !ok {
		t.Errorf("the other 陈二 confirming R1 privately: %+v, want a refusal naming 陈二·QS-399", res.Lines)
	}
}

// TestConcurrentSends checks that messages are handled one at a time, each
// with its own id: ten reports at once get ten different numbers.
func TestConcurrentSends(t *testing.T) {
	f := mustSandbox(t)
	var wg sync.WaitGroup
	refs := make(chan string, 10)
	for i := range 10 {
		wg.Go(func() {
			code, r := f.post(t, "/api/send", map[string]any{"chat": group3, "from": "张三", "text": "上报 第" + strconv.Itoa(i) + "盏路灯不亮"})
			if code != http.StatusOK {
				t.Errorf("status %d: %s", code, r.Error)
				return
			}
			l, ok := botSays(r.Lines, group3, "已登记 #R")
			if !ok {
				t.Errorf("no registration in %+v", r.Lines)
				return
			}
			ref, _, _ := strings.Cut(strings.TrimPrefix(l.Text, "已登记 "), "（")
			refs <- ref
		})
	}
	wg.Wait()
	close(refs)
	seen := map[string]bool{}
	for ref := range refs {
		if seen[ref] {
			t.Errorf("%s registered twice", ref)
		}
		seen[ref] = true
	}
	if len(seen) != 10 {
		t.Errorf("%d distinct reports, want 10", len(seen))
	}
}

func TestTranscriptCap(t *testing.T) {
	f := mustSandbox(t, func(o *sandbox.Options, _ *app.App) { o.MaxLines = 3 })
	for _, text := range []string{"第一句", "第二句", "第三句", "第四句"} {
		f.mustSend(t, group3, "张三", text) // chit-chat: the bot stays silent
	}
	_, r := f.get(t, "/api/messages?chat="+url.QueryEscape(group3))
	var got []string
	for _, l := range r.Lines {
		got = append(got, l.Text)
	}
	if strings.Join(got, ",") != "第二句,第三句,第四句" {
		t.Errorf("transcript = %v, want the last three lines", got)
	}
}

func TestRunRefusesNonLoopback(t *testing.T) {
	cfg := exampleConfig(t)
	s := sandbox.New(sandbox.Options{Handler: nopHandler{}, Config: cfg})
	for _, addr := range []string{"0.0.0.0:8080", ":8080", "192.168.1.10:8080", "example.com:80"} {
		err := s.Run(t.Context(), addr)
		if err == nil || !strings.Contains(err.Error(), "本机地址（loopback）") {
			t.Errorf("Run(%q) = %v, want a refusal naming loopback", addr, err)
		}
	}
}

// TestListenSaysWhatToWrite: a port already taken (another sandbox still
// open) and an address written as just a port are told in Chinese with
// the -addr to try, not as Go's "bind: address already in use".
func TestListenSaysWhatToWrite(t *testing.T) {
	busy, err := sandbox.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	for _, tc := range []struct{ addr, want string }{
		{busy.Addr().String(), "已经被别的程序占用（可能是另一个沙盒还开着）：关掉它，或者换一个端口，如 -addr 127.0.0.1:8090"},
		{"8090", `网页地址 "8090" 写得不对：请写成 127.0.0.1:8080 这样`},
	} {
		ln, err := sandbox.Listen(tc.addr)
		if err == nil {
			ln.Close()
			t.Fatalf("Listen(%q) succeeded", tc.addr)
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Listen(%q) = %v, want %q", tc.addr, err, tc.want)
		}
	}
}

func TestRunServesUntilCancelled(t *testing.T) {
	cfg := exampleConfig(t)
	s := sandbox.New(sandbox.Options{Handler: nopHandler{}, Config: cfg, TickEvery: -1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ctx, cancel := context.WithCancel(t.Context())
	cancel() // already over: Run must listen, then shut down cleanly
	if err := s.Run(ctx, "127.0.0.1:0"); err != nil {
		t.Errorf("Run = %v, want a clean shutdown", err)
	}
}

type nopHandler struct{}

func (nopHandler) Handle(context.Context, bot.Message) error { return nil }

func mustGetJSON(tb testing.TB, addr string, v any) {
	tb.Helper()
	res, err := http.Get(addr)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		tb.Fatalf("GET %s = %d", addr, res.StatusCode)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		tb.Fatal(err)
	}
}

func jsonString(tb testing.TB, s string) string {
	tb.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

// scheduled runs the example's real scheduler behind the sandbox, as
// `gridbot sandbox` does.
func scheduled(tb testing.TB) option {
	return func(o *sandbox.Options, a *app.App) {
		sched, err := a.Scheduler(-1, slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err != nil {
			tb.Fatal(err)
		}
		o.Tick = sched.RunDue
		o.Upcoming = func(_ context.Context, now time.Time) []sandbox.Run {
			var out []sandbox.Run
			for _, p := range sched.Next(now) {
				out = append(out, sandbox.Run{Job: p.Job, What: p.Label, At: p.At})
			}
			return out
		}
	}
}

// nextRun is an entry of the clock's next runs.
type nextRun struct {
	At   time.Time `json:"at"`
	When string    `json:"when"`
	What string    `json:"what"`
}

func mustNextRuns(tb testing.TB, f *fixture) []nextRun {
	tb.Helper()
	res, err := http.Get(f.srv.URL + "/api/clock")
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	var r struct {
		Clock struct {
			Next []nextRun `json:"next"`
		} `json:"clock"`
	}
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		tb.Fatal(err)
	}
	return r.Clock.Next
}

// A day's jump from the morning lands after the evening digest's three
// hours of grace, so it is never posted; the page offers the digest's own
// time instead, and moving the clock there posts it.
func TestNextRunsReachTheEveningDigest(t *testing.T) {
	f := mustSandbox(t, scheduled(t))
	next := mustNextRuns(t, f)
	if len(next) == 0 || len(next) > 6 {
		t.Fatalf("next runs %+v, want 1 to 6", next)
	}
	// Monday 09:15: the hourly overdue check and the 10:00 follow-up share
	// 10:00; the every-five-minutes watchdog is not offered.
	if got, want := next[0], (nextRun{When: "今天 10:00", What: "超期提醒、镇里问提醒、镇里待接手提醒、办结追问"}); got.When != want.When || got.What != want.What {
		t.Errorf("first next run %+v, want %+v", got, want)
	}
	var digest nextRun
	for i, n := range next {
		if !hasHan(n.What) || strings.ContainsAny(n.What, "_abcdefghijklmnopqrstuvwxyz") {
			t.Errorf("next run %+v is not named in Chinese", n)
		}
		if i > 0 && !n.At.After(next[i-1].At) {
			t.Errorf("next runs out of order: %+v", next)
		}
		if n.What == "晚间小结" {
			digest = n
		}
	}
	if digest.When != "今天 20:00" {
		t.Fatalf("next runs %+v, want 晚间小结 今天 20:00", next)
	}

	f.mustSend(t, group3, "张三", "上报 村口路灯不亮了")
	code, r := f.post(t, "/api/clock", map[string]any{"set": digest.At.Format(time.RFC3339)})
	if code != http.StatusOK {
		t.Fatalf("set to the digest: %d %q", code, r.Error)
	}
	if _, ok := botSays(r.Lines, group3, "【今日小结】"); !ok {
		t.Errorf("lines after moving to 20:00 %+v, want the evening digest in %s", r.Lines, group3)
	}
	if next := mustNextRuns(t, f); len(next) == 0 || !strings.HasPrefix(next[0].When, "明天 ") {
		t.Errorf("next runs at 20:00 %+v, want tomorrow's first", next)
	}
}

// Without a scheduler nothing is offered, and the list is still a list.
func TestNextRunsWithoutScheduler(t *testing.T) {
	f := mustSandbox(t)
	if next := mustNextRuns(t, f); next == nil || len(next) != 0 {
		t.Errorf("next runs %#v, want an empty list", next)
	}
}

// A restarted sandbox numbers its lines afresh; "run" tells the page so,
// even when both runs started at the same wall-clock millisecond.
func TestRunIDChangesWithTheProcess(t *testing.T) {
	a, b := mustSandbox(t), mustSandbox(t)
	_, r := a.get(t, "/api/messages")
	first := r.Run
	if first == "" {
		t.Fatal("no run id in /api/messages")
	}
	for _, path := range []string{"/api/chats", "/api/clock", "/api/messages?since=3"} {
		if _, r := a.get(t, path); r.Run != first {
			t.Errorf("GET %s: run %q, want %q as in /api/messages", path, r.Run, first)
		}
	}
	if _, r := a.post(t, "/api/clock", map[string]any{"advance": "1h"}); r.Run != first {
		t.Errorf("POST /api/clock: run %q, want %q", r.Run, first)
	}
	if _, r := a.post(t, "/api/send", map[string]any{"chat": group3, "from": "张三", "text": "帮助"}); r.Run != first {
		t.Errorf("POST /api/send: run %q, want %q", r.Run, first)
	}
	if _, r := b.get(t, "/api/messages"); r.Run == first {
		t.Errorf("two sandboxes share the run id %q", r.Run)
	}
}

// A photo (file names only) sent after a report is attached to it; the
// chat shows it as a photo line.
func TestPhotoAfterReport(t *testing.T) {
	f := mustSandbox(t)
	f.mustSend(t, group3, "张三", "上报 村口路灯不亮了")
	code, r := f.post(t, "/api/send", map[string]any{"chat": group3, "from": "张三", "images": []string{"路灯.jpg"}})
	if code != http.StatusOK {
		t.Fatalf("photo: status %d, error %q", code, r.Error)
	}
	if len(r.Lines) == 0 || r.Lines[0].Text != "[照片] 路灯.jpg" {
		t.Errorf("photo lines %+v, want the photo shown first", r.Lines)
	}
	if _, ok := botSays(r.Lines, group3, "已把照片附到 #R1"); !ok {
		t.Errorf("photo: bot lines %+v, want it attached to #R1", r.Lines)
	}
}

// The chat list tells the page how long a photo waits for its report or
// claim (wechat.evidence_window), so that a photo with no answer can be
// explained with the configured time.
func TestChatsTellPhotoWindow(t *testing.T) {
	for _, c := range []struct {
		window time.Duration
		want   int
	}{{0, 10}, {25 * time.Minute, 25}} {
		f := mustSandbox(t, func(o *sandbox.Options, _ *app.App) {
			o.Config.WeChat.EvidenceWindow = config.Duration(c.window)
		})
		var chats struct {
			PhotoMinutes int `json:"photo_minutes"`
		}
		mustGetJSON(t, f.srv.URL+"/api/chats", &chats)
		if chats.PhotoMinutes != c.want {
			t.Errorf("evidence_window %v: photo_minutes = %d, want %d", c.window, chats.PhotoMinutes, c.want)
		}
	}
}

// TestQuickButtonsByChat: the page's quick buttons say where they belong:
// @小助手 and a cadre's 确认/办结/待办 in groups only, 我的积分 and 我的事项
// in private chats only; and opening a chat sets the composer's off class
// with a bool (classList.toggle with undefined flips it: a private chat
// opened after a group one greyed out its quick buttons). The page itself
// is checked in a browser by testdata/browsercheck.sh.
func TestQuickButtonsByChat(t *testing.T) {
	page, err := os.ReadFile("page.html")
	if err != nil {
		t.Fatal(err)
	}
	_, quick, _ := strings.Cut(string(page), `<span class="quick" id="quick">`)
	quick, _, _ = strings.Cut(quick, "</span>")
	where := map[string]string{}
	for _, m := range regexp.MustCompile(`<button ([^>]*)>([^<]*)</button>`).FindAllStringSubmatch(quick, -1) {
		w := regexp.MustCompile(`data-where="(\w+)"`).FindStringSubmatch(m[1])
		where[m[2]] = "both"
		if w != nil {
			where[m[2]] = w[1]
		}
	}
	for button, want := range map[string]string{"@小助手": "group", "确认": "group", "办结": "group", "待办": "group",
		"我的积分": "private", "我的事项": "private", "帮助": "both", "上报": "both"} {
		if where[button] != want {
			t.Errorf("quick button %s shown in %q chats, want %q", button, where[button], want)
		}
	}
	if !strings.Contains(string(page), "const mute = !!(") {
		t.Error("the composer's off class is toggled with a value that may be undefined")
	}
}

// TestRedisStoppedAndRestarted: with -redis, the volunteer who stops that
// redis-server sees in the page what is wrong and what to do, in Chinese
// (not "see the terminal", whose log is English), both for a message and
// for a clock move; once it runs again the sandbox goes on without a
// restart, and what was registered before is still there.
func TestRedisStoppedAndRestarted(t *testing.T) {
	srv := storagetest.NeedServer(t)
	f := mustSandboxOn(t, "", srv.DialOnceURL(), func(o *sandbox.Options, _ *app.App) { o.Redis = srv.URL })
	if _, ok := botSays(f.mustSend(t, group3, "张三", "上报 村口路灯不亮了"), group3, "已登记 #R1"); !ok {
		t.Fatal("no #R1 before Redis stops")
	}
	srv.Kill()
	for _, tc := range []struct {
		what string
		do   func() (int, reply)
	}{
		{"a message", func() (int, reply) {
			return f.post(t, "/api/send", map[string]any{"chat": group3, "from": "李四", "text": "确认 #R1"})
		}},
		{"a clock move", func() (int, reply) { return f.post(t, "/api/clock", map[string]any{"advance": "1h"}) }},
	} {
		code, r := tc.do()
		if code != http.StatusInternalServerError || !strings.Contains(r.Error, "连不上 Redis（"+srv.URL+"）") ||
			!strings.Contains(r.Error, "redis-server") || !strings.Contains(r.Error, "不用重启沙盒") || strings.Contains(r.Error, "终端") ||
			strings.Contains(r.Error, "有的回复还没发出来") { // nothing waits: #R1's reply went out (stall86)
			t.Errorf("%s with Redis stopped: %d %q, want what to do about Redis", tc.what, code, r.Error)
		}
	}
	srv.Restart(t)
	time.Sleep(1100 * time.Millisecond) // the store tries a Redis found down again after a second (storage.Options.ProbeEvery)
	if _, ok := botSays(f.mustSend(t, group3, "李四", "确认 #R1"), group3, "#R1 已受理"); !ok {
		t.Error("#R1 not accepted once Redis runs again")
	}
}
