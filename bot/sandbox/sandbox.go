// Package sandbox is the local transport: a web chat simulator on
// 127.0.0.1 behind `gridbot sandbox`. A browser page lists the township's
// grid groups, its office and emergency chats and one private chat per
// roster person; the user picks a chat and a speaker, types messages, and
// watches the bot's replies and scheduled posts arrive. It drives the same
// handler chain, durable outbox and scheduler tick as production, on a
// simulated clock the page can move forward.
package sandbox

import (
	"cmp"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"gridbot/bot"
	"gridbot/bot/replay"
	"gridbot/config"
	"gridbot/village"
)

//go:embed page.html
var page string

// Options configure a Server.
type Options struct {
	// Handler is the full handler chain. Required.
	Handler bot.Handler
	// Outbox is the durable outbox drained after each message, clock move
	// and tick. Nil: nothing is drained (replies never show).
	Outbox bot.Outbox
	// Clock is the simulated clock. Default: a new clock at Wall().
	Clock *replay.Clock
	// Tick fires every scheduled run due up to t. Default: no-op.
	Tick func(ctx context.Context, t time.Time) error
	// NextRun is the earliest scheduled run after now; zero when none is.
	// all: also the runs of jobs that run more often than hourly (the
	// emergency watchdog). A clock move stops at each run on its way and
	// ticks there, so that every run goes out at its time, as from a bot
	// running all along (a jump is no downtime: no 「机器人当时没在运行」,
	// no digest skipped as stale); past its first day (walkAll) it stops
	// only at the others' runs, where the frequent jobs catch up, at most
	// an hour late. Nil: a move ticks once, at its end, which the
	// scheduler takes for a bot stopped meanwhile (as a move with Down).
	NextRun func(now time.Time, all bool) time.Time
	// Stopped tells the scheduler that the bot was stopped until the next
	// Tick (a clock move with "down"): that gap is a stop, which a clock
	// jump alone is not (scheduler.Scheduler.Stopped). Optional.
	Stopped func()
	// Upcoming lists each scheduled job's next run after now (the
	// scheduler's Next), and the runs due already but held over the quiet
	// hours (Run.Held), so the page can offer to move the clock straight
	// to the next digest or call list. Default: none offered.
	Upcoming func(ctx context.Context, now time.Time) []Run
	// Config gives the township, villages and grids (the chat list), the
	// bot's name and the outbound split length. Required.
	Config *config.Config
	// People is the roster: the speaker picker and the private chats.
	People []village.Person
	// Address names a person as the handlers do (roster.Directory.Address:
	// "name·household" for namesakes), so that each namesake is a speaker
	// and a private chat of his own. Default: the bare name.
	Address func(key, name string) string
	// Location formats times on the page. Default: Config.Location().
	Location *time.Location
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// Redis is where the data is kept, as the page may show it (the -redis
	// URL without its password); "" when in memory. A failing Redis is
	// then told on the page by this address, with what to do.
	Redis string
	// Refused says, in Chinese, why Redis answers but takes no write and
	// what to do ("" when it takes them, or does not answer: the failing
	// calls tell that). The handlers swallow a refused commit (they
	// answered the villager), so the page asks it after each message.
	// Nil: never asked.
	Refused func(ctx context.Context) string

	// Wall is the real clock. The simulated clock keeps its lead over it:
	// between jumps, simulated time flows like real time. Default time.Now.
	Wall func() time.Time
	// TickEvery is how often Run moves the simulated clock along with the
	// real one, fires due runs and drains the outbox, so scheduled posts
	// appear without a message. Default 2s; negative: never (the clock then
	// moves only with messages and the page's buttons).
	TickEvery time.Duration
	// MaxLines caps each chat's transcript. Default 500.
	MaxLines int
}

// Run is a scheduled job's next occurrence.
type Run struct {
	Job  string // the job's name in the configuration, as evening_digest
	What string // what it does, for people: 晚间小结
	At   time.Time
	// Held: the run was due at Due, in the quiet hours, and waits for
	// them to end: At is when it goes out.
	Held bool
	Due  time.Time
}

// MaxBody is the largest request body the API reads.
const MaxBody = 64 << 10

// maxAdvance bounds one clock move, so a typo cannot fire years of runs.
const maxAdvance = 400 * 24 * time.Hour

// handleTimeout bounds the handling of one message or clock move.
const handleTimeout = 30 * time.Second

// Server is the web chat simulator. Its zero value is not usable; call New.
type Server struct {
	o    Options
	bot  string
	disp *bot.Dispatcher
	csp  string
	// run names this process's run: the prefix of its message ids, and
	// how the page notices a restart (the transcripts and their sequence
	// numbers start again) and reloads.
	run string

	// mu serialises handling: one message, clock move or tick at a time,
	// as in the replay.
	mu     sync.Mutex
	offset time.Duration // simulated minus wall time
	n      int64         // messages sent from the page

	// tmu guards the transcripts; Send takes it while mu is held.
	tmu    sync.Mutex
	seq    int64
	chats  []*chat
	byKey  map[chatKey]*chat
	people map[string]village.Person
	order  []string // roster names in roster order
}

// chatKey names a chat: a group by its name, a private chat by the
// person's roster name.
type chatKey struct {
	name    string
	private bool
}

// chat is one conversation and its capped transcript.
type chat struct {
	key     chatKey
	kind    string // grid, office, emergency, private, other
	village string
	grid    string
	note    string
	noWX    bool
	lines   []Line
	total   int
	lastSeq int64
}

// Line is one message of a transcript.
type Line struct {
	// Seq orders every line of every chat; the page asks for lines after
	// the last one it has.
	Seq     int64     `json:"seq"`
	Chat    string    `json:"chat"`
	Private bool      `json:"private"`
	At      time.Time `json:"at"`
	Day     string    `json:"day"`  // 2026年3月2日 周一
	Time    string    `json:"time"` // 09:15
	From    string    `json:"from"`
	Text    string    `json:"text"`
	// Kind is "user" for a message typed on the page, "bot" for one the
	// bot sent.
	Kind   string `json:"kind"`
	Urgent bool   `json:"urgent,omitempty"`
	// Quote and Reply split a quoted reply for display.
	Quote *bot.Quote `json:"quote,omitempty"`
	Reply string     `json:"reply,omitempty"`
}

// New returns a Server. It starts nothing; call Run, or serve Handler.
func New(o Options) *Server {
	if o.Handler == nil || o.Config == nil {
		panic("sandbox: Options.Handler and Options.Config are required")
	}
	if o.Wall == nil {
		o.Wall = time.Now
	}
	if o.Clock == nil {
		o.Clock = replay.NewClock(o.Wall())
	}
	if o.Tick == nil {
		o.Tick = func(context.Context, time.Time) error { return nil }
	}
	if o.Location == nil {
		o.Location = o.Config.Location()
	}
	if o.Location == nil {
		o.Location = time.Local
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Address == nil {
		o.Address = func(_, name string) string { return name }
	}
	if o.TickEvery == 0 {
		o.TickEvery = 2 * time.Second
	}
	if o.MaxLines <= 0 {
		o.MaxLines = 500
	}
	s := &Server{
		o:      o,
		bot:    o.Config.BotName,
		csp:    contentPolicy(page),
		run:    strconv.FormatInt(o.Wall().UnixMilli(), 36) + "-" + strconv.FormatUint(uint64(rand.Uint32()), 36),
		offset: o.Clock.Now().Sub(o.Wall()),
		byKey:  map[chatKey]*chat{},
		people: map[string]village.Person{},
	}
	if s.bot == "" {
		s.bot = "网格小助手"
	}
	if o.Outbox != nil {
		s.disp = bot.NewDispatcher(o.Outbox, s, bot.DispatcherOptions{
			Interval: -1, Batch: 32, MaxChars: o.Config.Outbound.MaxChars, Logger: o.Logger,
		})
	}
	s.buildChats()
	return s
}

// buildChats lists the grid groups, the township chats and one private
// chat per roster person.
func (s *Server) buildChats() {
	cfg := s.o.Config
	for _, v := range cfg.Villages {
		for _, g := range v.Grids {
			s.addChat(&chat{key: chatKey{name: g.Group}, kind: "grid", village: v.Name, grid: g.Name,
				note: v.Name + " · " + g.Name + " · 网格群"})
		}
	}
	t := cfg.Township
	if t.OfficeChat == t.EmergencyChat {
		s.addChat(&chat{key: chatKey{name: t.OfficeChat}, kind: "office", note: t.Name + " · 工作群 · 应急值班"})
	} else {
		s.addChat(&chat{key: chatKey{name: t.OfficeChat}, kind: "office", note: t.Name + " · 工作群（上报、汇总）"})
		s.addChat(&chat{key: chatKey{name: t.EmergencyChat}, kind: "emergency", note: t.Name + " · 应急值班（突发事件）"})
	}
	for _, p := range s.o.People {
		name := s.o.Address(p.Key(), p.Name)
		if _, dup := s.people[name]; dup {
			continue // namesakes in two villages: the first row speaks
		}
		s.people[name] = p
		s.order = append(s.order, name)
		s.addChat(&chat{key: chatKey{name: name, private: true}, kind: "private",
			village: p.Village, grid: p.Grid, note: "私聊 · " + label(name, p), noWX: !p.UsesWeChat})
	}
}

func (s *Server) addChat(c *chat) {
	if _, ok := s.byKey[c.key]; ok {
		return
	}
	s.byKey[c.key] = c
	s.chats = append(s.chats, c)
}

// label shows a person, named name, with their grid and roles beyond
// villager.
func label(name string, p village.Person) string {
	var parts []string
	if p.Grid != "" {
		parts = append(parts, p.Grid)
	}
	for _, r := range p.Roles {
		if r != village.RoleVillager {
			parts = append(parts, string(r))
		}
	}
	if !p.UsesWeChat {
		parts = append(parts, "不用微信")
	}
	if len(parts) == 0 {
		return name
	}
	return name + "（" + strings.Join(parts, "·") + "）"
}

// Send implements bot.Sender: it appends o to its chat's transcript (a
// group by name, a private chat by the person's roster name). It is the
// dispatcher's sender and may also serve as app.Options.Direct.
func (s *Server) Send(_ context.Context, o bot.Outbound) error {
	if o.To == "" {
		return errors.New("sandbox: outbound message without a recipient")
	}
	s.appendLine(chatKey{name: o.To, private: o.Kind == bot.Private}, Line{
		From: s.bot, Text: o.Text, Kind: "bot", Urgent: o.Priority == bot.Urgent,
	})
	return nil
}

// appendLine stamps l with the next sequence number and the clock and
// adds it to the chat, creating a chat the bot addressed that the list
// did not know.
func (s *Server) appendLine(k chatKey, l Line) Line {
	now := s.o.Clock.Now().In(s.o.Location)
	l.At, l.Day, l.Time = now, day(now), now.Format("15:04")
	l.Chat, l.Private = k.name, k.private
	s.tmu.Lock()
	defer s.tmu.Unlock()
	c, ok := s.byKey[k]
	if !ok {
		c = &chat{key: k, kind: "other", note: "配置里没有的聊天"}
		if k.private {
			c.note = "私聊 · 花名册里没有的人"
		}
		s.addChat(c)
	}
	s.seq++
	l.Seq = s.seq
	if len(c.lines) >= s.o.MaxLines {
		n := copy(c.lines, c.lines[len(c.lines)-s.o.MaxLines+1:])
		c.lines = c.lines[:n]
	}
	c.lines = append(c.lines, l)
	c.total++
	c.lastSeq = l.Seq
	return l
}

// since returns the lines after seq, of one chat or (c nil) of all chats,
// in order.
func (s *Server) since(c *chat, seq int64) []Line {
	s.tmu.Lock()
	defer s.tmu.Unlock()
	out := []Line{}
	chats := s.chats
	if c != nil {
		chats = []*chat{c}
	}
	for _, c := range chats {
		if c.lastSeq <= seq {
			continue
		}
		for _, l := range c.lines {
			if l.Seq > seq {
				out = append(out, l)
			}
		}
	}
	if c == nil {
		sortLines(out)
	}
	return out
}

func sortLines(ls []Line) {
	// Insertion sort is plenty: chats are already in order, merged once.
	for i := 1; i < len(ls); i++ {
		for j := i; j > 0 && ls[j].Seq < ls[j-1].Seq; j-- {
			ls[j], ls[j-1] = ls[j-1], ls[j]
		}
	}
}

func (s *Server) lastSeq() int64 {
	s.tmu.Lock()
	defer s.tmu.Unlock()
	return s.seq
}

func day(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日 %s", t.Year(), t.Month(), t.Day(), village.WeekdayName(t.Weekday()))
}

// syncClock lets simulated time flow with real time since the last step.
// Call with mu held.
func (s *Server) syncClock() {
	s.o.Clock.Set(s.o.Wall().Add(s.offset))
}

// moveClock moves the clock to t (never back) and keeps the new lead over
// real time. Call with mu held.
func (s *Server) moveClock(t time.Time) {
	s.o.Clock.Set(t)
	s.offset = s.o.Clock.Now().Sub(s.o.Wall())
}

// walk moves the clock to t (never back) through every scheduled run on
// the way (Options.NextRun), firing each at its time and draining the
// outbox after it, then ticks at t. down: no stop on the way, as if the
// bot had been stopped meanwhile. A failing step still leaves the clock
// at t: what did not run catches up at the next tick. Call with mu held.
func (s *Server) walk(ctx context.Context, t time.Time, down bool) error {
	if s.o.NextRun != nil && !down {
		exact := s.o.Clock.Now().Add(walkAll)
		next := func(now time.Time) time.Time { return s.o.NextRun(now, now.Before(exact)) }
		for at := next(s.o.Clock.Now()); !at.IsZero() && !at.After(t); at = next(at) {
			s.moveClock(at)
			if err := s.stepAlone(ctx); err != nil {
				s.moveClock(t)
				return err
			}
		}
	}
	if down && s.o.Stopped != nil {
		s.o.Stopped()
	}
	s.moveClock(t)
	return s.stepAlone(ctx)
}

// walkAll is how much of a clock move stops at every scheduled run, the
// emergency watchdog's every 5 minutes included (its first alarms come
// minutes apart); past it, the walk stops only at the hourly and rarer
// runs, which keeps a month's move to seconds.
const walkAll = 24 * time.Hour

// stepAlone is step with a timeout of its own (handleTimeout), so that a
// long walk's many steps are not bounded together. Call with mu held.
func (s *Server) stepAlone(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
	defer cancel()
	return s.step(ctx)
}

// step fires due runs and drains the outbox. Call with mu held.
func (s *Server) step(ctx context.Context) error {
	if err := s.o.Tick(ctx, s.o.Clock.Now()); err != nil {
		return fmt.Errorf("sandbox: tick: %w", err)
	}
	return s.drain(ctx)
}

// drain sends everything queued into the transcripts. Call with mu held.
func (s *Server) drain(ctx context.Context) error {
	if s.disp == nil {
		return nil
	}
	if _, err := s.disp.Drain(ctx); err != nil {
		return fmt.Errorf("sandbox: %w", err)
	}
	return nil
}

// Run listens on addr (see Listen) and serves until ctx ends (see Serve).
func (s *Server) Run(ctx context.Context, addr string) error {
	ln, err := Listen(addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Listen opens addr, which must be a loopback address (the sandbox has no
// login). Its errors are the operator's, in Chinese, with what to write
// instead: a caller listens first and only then tells where to browse.
func Listen(addr string) (net.Listener, error) {
	if err := checkLoopback(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("sandbox: %s 已经被别的程序占用（可能是另一个沙盒还开着）：关掉它，或者换一个端口，如 -addr 127.0.0.1:8090", addr)
	}
	if err != nil {
		return nil, fmt.Errorf("sandbox: 打不开网页地址 %s：请换一个端口，如 -addr 127.0.0.1:8090（%w）", addr, err)
	}
	if ta, ok := ln.Addr().(*net.TCPAddr); !ok || !ta.IP.IsLoopback() {
		ln.Close()
		return nil, fmt.Errorf("sandbox: %s 不是本机地址（loopback，解析成了 %s）：请写 -addr 127.0.0.1:8080", addr, ln.Addr())
	}
	return ln, nil
}

// Serve serves on ln until ctx ends, then shuts down gracefully and closes
// ln. While it runs, simulated time flows and due runs fire every
// TickEvery.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	var err error
	if s.disp != nil {
		if err := s.disp.Recover(ctx); err != nil {
			s.o.Logger.ErrorContext(ctx, "sandbox: recover outbox", "err", err)
		}
	}
	if err := s.background(ctx); err != nil { // what an earlier run left queued
		s.o.Logger.ErrorContext(ctx, "sandbox: first tick", "err", err)
	}
	srv := &http.Server{
		Handler:           localOnly(s.Handler()),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.o.Logger.Handler(), slog.LevelWarn),
	}
	var wg sync.WaitGroup
	loopCtx, stopLoop := context.WithCancel(ctx)
	defer func() { stopLoop(); wg.Wait() }()
	if s.o.TickEvery > 0 {
		wg.Go(func() { s.loop(loopCtx) })
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.o.Logger.InfoContext(ctx, "sandbox listening: open it in a browser", "url", "http://"+ln.Addr().String()+"/",
		"clock", s.o.Clock.Now().In(s.o.Location).Format(time.RFC3339), "data", cmp.Or(s.o.Redis, "in memory only, gone at exit"))
	select {
	case err := <-errc:
		return fmt.Errorf("sandbox: serve: %w", err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	err = srv.Shutdown(shutCtx)
	<-errc
	if err != nil {
		return fmt.Errorf("sandbox: shutdown: %w", err)
	}
	s.o.Logger.InfoContext(ctx, "sandbox stopped")
	return nil
}

// loop moves the clock with real time and fires due runs until ctx ends.
func (s *Server) loop(ctx context.Context) {
	t := time.NewTicker(s.o.TickEvery)
	defer t.Stop()
	// A failing store is logged when it begins to fail and when it works
	// again, not at every tick.
	out := &bot.Outage{Log: s.o.Logger, Now: s.o.Clock.Now, Name: "sandbox: background tick",
		What: "sandbox: background tick failed: scheduled posts and queued replies wait until it works again (with -redis: is that redis-server running?)"}
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.background(ctx); ctx.Err() == nil {
				out.Tick(ctx, err)
			}
		}
	}
}

func (s *Server) background(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.syncClock()
	return s.step(ctx)
}

// checkLoopback refuses addresses other browsers on the network could reach.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("sandbox: 网页地址 %q 写得不对：请写成 127.0.0.1:8080 这样（本机地址、冒号、端口）", addr)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("sandbox: 不能用 %q：沙盒没有登录，只在本机地址（loopback）上打开，请写 -addr 127.0.0.1:8080 这样的地址", addr)
}

// localOnly rejects requests whose Host is not a loopback name, so a web
// page elsewhere cannot reach the sandbox by DNS rebinding.
func localOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !loopbackHost(r.Host) {
			writeError(w, http.StatusForbidden, "沙盒只接受本机访问，请用 http://127.0.0.1 打开")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// contentPolicy allows the page's one inline script by its hash and
// nothing from elsewhere.
func contentPolicy(html string) string {
	script := ""
	if _, rest, ok := strings.Cut(html, "<script>"); ok {
		script, _, _ = strings.Cut(rest, "</script>")
	}
	sum := sha256.Sum256([]byte(script))
	return "default-src 'none'; script-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'; " +
		"style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}
