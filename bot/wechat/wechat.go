// Package wechat is gridbot's WeChat transport, through the desktop (UOS)
// protocol of github.com/eatmoreapple/openwechat. It is the only package
// that imports openwechat.
//
// One Transport serves one bot account. Run logs in (hot login from Redis,
// else a QR code to scan), binds the configured groups by their exact names,
// turns each incoming message into a bot.Message on openwechat's polling
// goroutine and hands it to workers through a bounded queue, and drains the
// durable outbox through a bot.Dispatcher at a WeChat-safe pace. When WeChat
// logs the bot out, sending stops (nothing queued is lost), an alert goes
// out and Run waits for a new login.
//
// Facts that shape it (see DESIGN.md): UserNames change at every login, so
// groups are bound by name and friends by remark name (备注); identity for
// privileged roles rests on remark names only (see Identities); quotes and
// @mentions are plain text; a dropped connection makes a send's outcome
// unknown, and such a send is never repeated blindly.
package wechat

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/lru"
	"gridbot/understand"
)

// maxHinted bounds the keys once remembers; forgetting the least recent
// one only lets a hint be said once more.
const maxHinted = 4096

// State is what the transport keeps in Redis (storage.WeChatState).
type State interface {
	LoadLogin(ctx context.Context) (uin int64, blob []byte, err error)
	SaveLogin(ctx context.Context, uin int64, blob []byte) error
	DropLogin(ctx context.Context) error
	Bindings(ctx context.Context) (map[string]string, error)
	Bind(ctx context.Context, group, chat string) error
	// Shown and SetShown keep, per chat, the name a member the handlers
	// address by a roster name shows there (learnShown), across restarts.
	Shown(ctx context.Context) (map[string]map[string]string, error)
	SetShown(ctx context.Context, chat, name, shown string) error
	// Check reports whether Redis answers. While Redis is known to be down
	// every call fails at once; Check looks again at once, so that a
	// message that came after Redis did is handled.
	Check(ctx context.Context) error
	// Seen and MarkSeen: message ids handled, marked after the handling.
	Seen(ctx context.Context, msgID string) (bool, error)
	MarkSeen(ctx context.Context, msgID string, ttl time.Duration) error
}

// IDs are the group names grid leaders confirmed as villagers: a member
// whose group name the roster does not know says 我是 姓名 and the grid's
// leader answers 确认身份 or 拒绝身份, all in the handlers
// (handlers.Router), which then handle that name as the villager.
type IDs interface {
	// Bound reports whether the sender of m (From, speaking from Account,
	// showing Nick) in grid's group of villageName was confirmed: a
	// binding of another account or grid is not his; one of an earlier
	// login is his when he shows its group name and nickname.
	Bound(villageName, grid string, m bot.Message) bool
	// BoundAs is the name the handlers address the sender of m in grid's
	// group of villageName as, when a leader confirmed who he is (我是);
	// "" when none did.
	BoundAs(villageName, grid string, m bot.Message) string
	// Unbind forgets the confirmation of from, and his claim waiting
	// in grid: the member left the group.
	Unbind(ctx context.Context, villageName, grid, from string) error
}

// Outbox is the durable outbox (storage.Outbox).
type Outbox interface {
	bot.Outbox
	// QueueLen counts the messages waiting.
	QueueLen(ctx context.Context) (int64, error)
	// DeadLetters counts the messages given up after their last attempt.
	DeadLetters(ctx context.Context) (int64, error)
}

// Replier queues a reply of the transport itself (a group binding, the hint
// to type instead of speaking) through the durable outbox, once per
// message id.
type Replier interface {
	Reply(ctx context.Context, msgID string, o bot.Outbound) error
}

// Options configure a Transport.
type Options struct {
	Config     *config.Config // required
	Handler    bot.Handler    // required: the app's handler chain
	Outbox     Outbox         // required
	State      State          // required
	Replies    Replier        // required
	Identities *Identities    // required
	// IDs are the confirmed group names (我是); nil: none.
	IDs IDs
	// Alerts receives alerts; nil logs them only.
	Alerts *Alerter
	// StoreChanges receives when a command finds Redis gone, back or
	// refusing writes (storage.Store.Changes): Redis's state is then
	// checked and told at once, not at the next round of the watch
	// (wechat.liveness/4, 75s by default). Nil: at that round only.
	StoreChanges <-chan struct{}
	// Terminal shows the login steps and the QR code. Default io.Discard.
	Terminal io.Writer
	// HTTP carries WeChat's requests; nil is the default transport. Tests
	// point it at a fake server.
	HTTP http.RoundTripper
	// Now is the clock. Default time.Now.
	Now func() time.Time
	// Sleep waits or returns ctx.Err(). Default: a timer.
	Sleep func(ctx context.Context, d time.Duration) error
	// Interval, Jitter and Poll override the dispatcher's pacing
	// (default: config outbound.interval and jitter; poll 500ms).
	Interval, Jitter, Poll time.Duration
	// Workers handle messages; messages of one chat go to one worker, in
	// order. Default 4.
	Workers int
	// QueueSize bounds each worker's queue. Default 256.
	QueueSize int
	// Alarm reports whether a group text said in chat is an emergency as
	// the rules read it (understand.Pipeline.RulesAlarm, and a roster name
	// gone: handlers.Router.RosterAlarm; app.App.Alarm is both). Such a text
	// goes to a worker of its own, ahead of the messages its chat's worker
	// is still on (a model call may hold each for llm.timeout). Nil: no
	// such worker.
	Alarm func(ctx context.Context, chat, text string) bool
	// LLM reports the model's state for /healthz
	// (understand.Pipeline.Health). Nil: no model configured.
	LLM func() understand.Health
	// HandleTimeout bounds the handling of one message (its context ends
	// then), so that a hung call (Redis, the LLM) holds up its chat for
	// that long at most, not for good. Default wechat.handle_timeout.
	HandleTimeout time.Duration
	// Drain bounds how long a shutdown handles the messages still queued.
	// Default 30s.
	Drain time.Duration
	// ImageDays: saved images (data_dir/images/DAY/) older than this many
	// days are deleted. Default wechat.image_days.
	ImageDays int
	// ImageBudget bounds the bytes of saved images: the oldest days are
	// deleted first to stay under it (never today's), and an image that
	// does not fit even then is not saved. Default wechat.image_budget_mb.
	ImageBudget int64
	// Realert repeats an alert while the account is not online. Default
	// 30 minutes.
	Realert time.Duration
	// AcceptUin is a WeChat account (Uin) allowed to serve although another
	// one served before; 0: only the account that served first.
	AcceptUin int64
	// Command is the command line that started this bot ("./gridbot run
	// -config 我的配置.yaml"), for the hint to start it again with
	// -accept-uin. Default "gridbot run -config 配置文件".
	Command string
	// Logger defaults to slog.Default().
	Logger *slog.Logger
}

// Transport is one bot account's WeChat connection.
type Transport struct {
	o     Options
	cfg   *config.Config
	wc    config.WeChat
	log   *slog.Logger
	chats map[string]chatInfo // configured chat name → where it belongs

	queues []chan item
	// alarms is the queue of the alarms' own worker (Options.Alarm).
	alarms chan item

	mu sync.Mutex
	st status
	// session data, replaced at every login
	wire      wire
	selfUser  string
	nick      string
	uin       int64
	groupUser map[string]string // chat → group UserName
	chatOf    map[string]string // group UserName → chat
	groupName map[string]string // group UserName → current WeChat name
	unbound   map[string]string // WeChat name → UserName, groups not bound
	remarkOf  map[string]string // friend UserName → remark
	nickOf    map[string]string // friend UserName → nickname
	byRemark  map[string]string // remark → friend UserName
	privateTo map[string]string // roster name → UserName learnt from private messages
	// shownAs: chat → the name the handlers address a member as → the
	// name he shows there now (learnShown); kept across logins
	shownAs map[string]map[string]string
	// shownRead: shownAs was filled from Redis (at the first login)
	shownRead bool
	// friendsKnown: the contacts were read in this session, so byRemark
	// holds every friend with a remark name
	friendsKnown bool
	ambiguous    map[string]bool // chats whose name several groups had at login: never bound late
	contacts     time.Time       // when contacts were last fetched
	// everOnline: a login succeeded before, so a new scan needs an alert
	everOnline bool
	// newInstall: Redis keeps no account that served before (no Uin, no
	// kept login): the first scan is awaited, no error (checkOffline)
	newInstall bool
	// failAlerted: a failed login was alerted; reset by a successful one
	failAlerted bool
	// noNetTold: the terminal was told that WeChat cannot be reached for
	// a QR code (stepNoNetwork); reset once a QR code shows or a login
	// succeeds, so that the retries do not repeat it every few seconds
	noNetTold bool
	// noStoreTold: the terminal was told that Redis is down, so the kept
	// login cannot be read (stepNoStore); reset once it is read
	noStoreTold bool
	// syncAlerted: receiving broke down and was alerted; reset by a sync
	syncAlerted bool
	// offSince: not online since (zero while online); realerted: when the
	// offline alert was last repeated
	offSince, realerted time.Time
	// storeWhy: what checkStore saw wrong with Redis ("" nothing,
	// storeDown, or a storage.Refused* reason), since storeSince
	storeWhy   string
	storeSince time.Time
	// llmWatch: what checkLLM told of the model
	llmWatch understand.Watch
	// sending
	sent       []time.Time // successful sends in the last minute
	backoffTil time.Time   // no sending before: 1205, or the network down
	backoffN   int
	netDownN   int // sends in a row that could not reach WeChat
	// workers: bounded, as a session runs for months and group
	// UserNames, senders and display names keep changing
	hinted *lru.Cache[time.Time] // when a key was marked: see once, SendNow

	disk imageDisk // what the saved images take

	merges *merger      // direct messages held to go out together (SendNow)
	seen   *recent      // in-memory dedupe on the polling goroutine
	server *serverClock // WeChat's clock, for the age of messages
}

type chatInfo struct {
	village, grid string
	township      bool
}

// status is what /healthz reports.
type status struct {
	state    string
	since    time.Time
	lastSync time.Time
	lastMsg  time.Time
	missing  []string
	silent   bool
	qrURL    string
	skipped  int // messages skipped as too old
	// noRemark: the role holders no friend's remark names, at the login
	noRemark []string
}

// Login states.
const (
	StateStarting  = "starting"
	StateLoggingIn = "logging_in"
	StateWaitScan  = "waiting_for_scan"
	StateOnline    = "online"
	StateLoggedOut = "logged_out"
	// StateWrongAccount: another WeChat account than the one that served
	// before logged in, and was logged out again.
	StateWrongAccount = "wrong_account"
	StateStopped      = "stopped"
)

// New returns a Transport. It starts nothing; call Run.
func New(o Options) *Transport {
	if o.Command == "" {
		o.Command = "gridbot run -config 配置文件"
	}
	if o.Terminal == nil {
		o.Terminal = io.Discard
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Sleep == nil {
		o.Sleep = bot.Sleep
	}
	if o.Workers <= 0 {
		o.Workers = bot.DefaultWorkers
	}
	if o.QueueSize <= 0 {
		o.QueueSize = 256
	}
	if o.Realert <= 0 {
		o.Realert = 30 * time.Minute
	}
	if o.Drain <= 0 {
		o.Drain = 30 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	cfg := o.Config
	wc := cfg.WeChat.WithDefaults() // a Config not from config.Parse lacks them
	if o.HandleTimeout <= 0 {
		o.HandleTimeout = wc.HandleTimeout.Std()
	}
	if o.ImageDays <= 0 {
		o.ImageDays = wc.ImageDays
	}
	if o.ImageBudget <= 0 {
		o.ImageBudget = int64(wc.ImageBudgetMB) << 20
	}
	t := &Transport{
		o: o, cfg: cfg, wc: wc, log: o.Logger.With("account", wc.Account),
		chats:  map[string]chatInfo{},
		hinted: lru.New[time.Time](maxHinted),
		seen:   newRecent(4096), server: &serverClock{local: o.Now}, merges: newMerger(),
	}
	for _, v := range cfg.ServedVillages() {
		for _, g := range v.Grids {
			t.chats[g.Group] = chatInfo{village: v.Name, grid: g.Name}
		}
	}
	for _, c := range []string{cfg.Township.OfficeChat, cfg.Township.EmergencyChat} {
		t.chats[c] = chatInfo{township: true}
	}
	t.queues = make([]chan item, o.Workers)
	for i := range t.queues {
		t.queues[i] = make(chan item, o.QueueSize)
	}
	if o.Alarm != nil {
		t.alarms = make(chan item, o.QueueSize)
	}
	t.st = status{state: StateStarting, since: o.Now()}
	t.offSince = o.Now()
	t.resetSession()
	return t
}

// lanes are the workers' queues, the alarms' among them when it exists.
func (t *Transport) lanes() []chan item {
	if t.alarms == nil {
		return t.queues
	}
	return append(slices.Clip(t.queues), t.alarms)
}

func (t *Transport) resetSession() {
	t.wire = nil
	t.selfUser, t.nick, t.uin = "", "", 0
	t.groupUser, t.chatOf, t.groupName = map[string]string{}, map[string]string{}, map[string]string{}
	t.unbound = map[string]string{}
	t.remarkOf, t.nickOf, t.byRemark = map[string]string{}, map[string]string{}, map[string]string{}
	t.privateTo, t.friendsKnown = map[string]string{}, false
	t.ambiguous = map[string]bool{}
}

// Run serves the account until ctx ends: workers, the dispatcher, the
// liveness watchdog, and the login loop.
func (t *Transport) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for _, q := range t.lanes() {
		wg.Go(func() { t.work(ctx, q) })
	}
	d := bot.NewDispatcher(&gate{t: t}, t, t.dispatcherOptions())
	wg.Go(func() { _ = d.Run(ctx) })
	wg.Go(func() { t.watch(ctx) })
	wg.Go(func() { t.sendHeld(ctx) })

	pause := time.Duration(0)
	for ctx.Err() == nil {
		online, err := t.session(ctx)
		if ctx.Err() != nil {
			break
		}
		if online {
			pause = 0 // logged out after working: try again at once
		}
		if pause > 0 {
			t.log.WarnContext(ctx, "wechat: will try to log in again", "in", pause, "err", err)
			if t.o.Sleep(ctx, pause) != nil {
				break
			}
		}
		pause = min(max(2*pause, 5*time.Second), 5*time.Minute)
	}
	t.setState(StateStopped)
	cancel()
	wg.Wait()
	return nil
}

func (t *Transport) dispatcherOptions() bot.DispatcherOptions {
	d := bot.DispatcherOptions{
		Interval: t.cfg.Outbound.Interval.Std(),
		Jitter:   t.cfg.Outbound.Jitter.Std(),
		MaxChars: t.cfg.Outbound.MaxChars,
		Batch:    1,
		Poll:     t.o.Poll,
		Sleep:    t.o.Sleep,
		Now:      t.o.Now,
		Logger:   t.log,
		OnDead: func(ctx context.Context, e bot.Envelope, cause error) {
			if errors.Is(cause, errNoFriend) {
				t.deadNoFriend(ctx, e)
				return
			}
			t.alert(ctx, alertDead, t.wc.Account, e.To, bot.ShortText(e.Text), cause)
		},
	}
	if t.o.Interval != 0 {
		d.Interval = t.o.Interval
	}
	if t.o.Jitter != 0 {
		d.Jitter = max(t.o.Jitter, 0)
	}
	return d
}

func (t *Transport) setState(s string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.setStateLocked(s)
}

// setStateLocked is setState with t.mu held.
func (t *Transport) setStateLocked(s string) {
	if t.st.state != s {
		t.st.state, t.st.since = s, t.o.Now()
	}
	switch {
	case s == StateOnline:
		t.offSince, t.realerted, t.everOnline = time.Time{}, time.Time{}, true
	case t.offSince.IsZero():
		t.offSince = t.o.Now()
	}
}

func (t *Transport) state() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.st.state
}

// alert logs an alert as an error and posts it to the webhook, if any.
func (t *Transport) alert(ctx context.Context, format string, args ...any) {
	t.tell(ctx, slog.LevelError, false, format, args...)
}

// alertShown is alert for news the terminal was just told (AlertShown).
func (t *Transport) alertShown(ctx context.Context, format string, args ...any) {
	t.tell(ctx, slog.LevelError, true, format, args...)
}

// recovered is alert for good news: it works again. Logged at Info, not
// as an error the operator would look into.
func (t *Transport) recovered(ctx context.Context, format string, args ...any) {
	t.tell(ctx, slog.LevelInfo, false, format, args...)
}

// AlertShown is the attribute (true) of an ALERT log record whose news
// the terminal was just told in its own words: a terminal that shows the
// alerts (gridbot run's, when its log goes to a file) does not show it
// again.
const AlertShown = "on_terminal"

// tell logs an alert at level and posts it to the webhook, if any; shown
// says the terminal was told the same (AlertShown).
func (t *Transport) tell(ctx context.Context, level slog.Level, shown bool, format string, args ...any) {
	text := fmt.Sprintf(format, args...)
	var attrs []any
	if shown {
		attrs = []any{AlertShown, true}
	}
	if t.o.Alerts == nil {
		t.log.Log(ctx, level, "ALERT", append([]any{"text", text}, attrs...)...)
		return
	}
	t.o.Alerts.send(ctx, level, t.state(), text, attrs...)
}

// recent is a bounded set of recently seen message ids.
type recent struct {
	mu   sync.Mutex
	set  map[string]bool
	ring []string
	next int
}

func newRecent(n int) *recent { return &recent{set: map[string]bool{}, ring: make([]string, n)} }

// add records id and reports whether it was new.
func (r *recent) add(id string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.set[id] {
		return false
	}
	if old := r.ring[r.next]; old != "" {
		delete(r.set, old)
	}
	r.ring[r.next] = id
	r.next = (r.next + 1) % len(r.ring)
	r.set[id] = true
	return true
}
