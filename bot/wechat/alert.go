package wechat

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/understand"
)

// Alerter tells people that the transport stopped working: through the log
// always, and through a webhook when one is configured — a WeCom (企业微信)
// group robot ({"msgtype":"text","text":{"content":…}}) or a generic JSON
// webhook ({"text":…,"account":…,"state":…,"at":…}).
type Alerter struct {
	url, kind, account string
	client             *http.Client
	log                *slog.Logger
	now                func() time.Time

	mu     sync.Mutex
	failed []any // webhook bodies not delivered yet, oldest first
}

// maxFailedAlerts bounds the alerts kept for another try.
const maxFailedAlerts = 50

// AlerterOptions configure an Alerter.
type AlerterOptions struct {
	URL     string // empty: log only
	Kind    string // "wecom" (default) or "json"
	Account string
	// Client defaults to an http.Client with a 10s timeout.
	Client *http.Client
	Logger *slog.Logger
	Now    func() time.Time
}

// NewAlerter returns an Alerter.
func NewAlerter(o AlerterOptions) *Alerter {
	if o.Client == nil {
		o.Client = &http.Client{Timeout: 10 * time.Second}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Kind == "" {
		o.Kind = "wecom"
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Alerter{url: o.URL, kind: o.Kind, account: o.Account, client: o.Client, log: o.Logger, now: o.Now}
}

// Alert logs text as an error and posts it to the webhook.
func (a *Alerter) Alert(ctx context.Context, state, text string) {
	a.send(ctx, slog.LevelError, state, text)
}

// send logs text at level, with attrs, and posts it to the webhook.
func (a *Alerter) send(ctx context.Context, level slog.Level, state, text string, attrs ...any) {
	a.log.Log(ctx, level, "ALERT", append([]any{"account", a.account, "state", state, "text", text}, attrs...)...)
	if a.url == "" {
		return
	}
	body := a.body(state, text)
	if err := a.post(ctx, body); err != nil {
		a.log.ErrorContext(ctx, "alert webhook failed; will try again", "err", err)
		a.mu.Lock()
		a.failed = append(a.failed, body)
		if len(a.failed) > maxFailedAlerts {
			a.failed = a.failed[len(a.failed)-maxFailedAlerts:]
		}
		a.mu.Unlock()
	}
}

// body is the webhook's request body for an alert.
func (a *Alerter) body(state, text string) any {
	if a.kind == "json" {
		return map[string]string{"text": text, "account": a.account, "state": state, "at": a.now().Format(time.RFC3339)}
	}
	return map[string]any{"msgtype": "text", "text": map[string]string{"content": text}}
}

// StateTest is the state of a test alert (Alerter.Test).
const StateTest = "test"

// Test posts text to the webhook once, now, as an alert of state "test",
// and says whether the webhook took it: for an operator who wants to see
// the alert arrive before the bot needs it (gridbot check -test-alert).
// Nothing is kept for another try. The error is a *WebhookError, or the
// network's, which never holds the webhook's address (post).
func (a *Alerter) Test(ctx context.Context, text string) error {
	if a.url == "" {
		return errors.New("wechat: no alert webhook")
	}
	return a.post(ctx, a.body(StateTest, text))
}

// withoutURL is err without the webhook's address, which holds its key:
// the error goes to the log and the terminal.
func withoutURL(err error) error {
	if ue := (*url.Error)(nil); errors.As(err, &ue) {
		return fmt.Errorf("post alert: %s %w", ue.Op, ue.Err)
	}
	return err
}

// WebhookError is a webhook's refusal: an HTTP status other than 2xx, or
// a WeCom robot's errcode (93000: the key is wrong).
type WebhookError struct {
	Status  int // HTTP status; 200 when Code tells the refusal
	Code    int
	Message string
}

func (e *WebhookError) Error() string {
	if e.Code != 0 {
		return fmt.Sprintf("webhook error %d: %s", e.Code, e.Message)
	}
	return fmt.Sprintf("webhook answered HTTP %d", e.Status)
}

// Retry posts the alerts the webhook did not take before, in order, and
// stops at the first that fails again.
func (a *Alerter) Retry(ctx context.Context) {
	for {
		a.mu.Lock()
		if len(a.failed) == 0 {
			a.mu.Unlock()
			return
		}
		body := a.failed[0]
		a.mu.Unlock()
		if err := a.post(ctx, body); err != nil {
			return
		}
		a.mu.Lock()
		a.failed = a.failed[1:]
		a.mu.Unlock()
	}
}

func (a *Alerter) post(ctx context.Context, body any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.url, bytes.NewReader(b))
	if err != nil {
		return withoutURL(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.client.Do(req)
	if err != nil {
		return withoutURL(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return &WebhookError{Status: resp.StatusCode}
	}
	// A WeCom robot answers 200 with {"errcode":…} on a bad key.
	var r struct {
		ErrCode int    `json:"errcode"`
		ErrMsg  string `json:"errmsg"`
	}
	if json.NewDecoder(resp.Body).Decode(&r) == nil && r.ErrCode != 0 {
		return &WebhookError{Status: resp.StatusCode, Code: r.ErrCode, Message: r.ErrMsg}
	}
	return nil
}

// watch alerts when WeChat stops answering while the account is online.
func (t *Transport) watch(ctx context.Context) {
	every := max(t.wc.Liveness.Std()/4, time.Second)
	next := t.o.Now().Add(every) // the next full round: a wake does not put it off
	for {
		woken, err := t.pause(ctx, max(next.Sub(t.o.Now()), 0))
		if err != nil {
			return
		}
		if woken {
			t.checkStore(ctx)
			continue
		}
		next = t.o.Now().Add(every)
		t.checkLiveness(ctx)
		t.checkOffline(ctx)
		t.checkStore(ctx)
		t.checkLLM()
		if t.o.Alerts != nil {
			t.o.Alerts.Retry(ctx)
		}
	}
}

// pause sleeps for d, or less when Options.StoreChanges receives first
// (woken): a command just found Redis gone or back, which checkStore tells
// now rather than up to d later. err is ctx's when it ends.
func (t *Transport) pause(ctx context.Context, d time.Duration) (woken bool, err error) {
	if t.o.StoreChanges == nil {
		return false, t.o.Sleep(ctx, d)
	}
	sleepCtx, wake := context.WithCancel(ctx)
	defer wake()
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-t.o.StoreChanges:
			wake()
		case <-done:
		}
	}()
	err = t.o.Sleep(sleepCtx, d)
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	return err != nil, nil
}

// checkStore tells the operator, in the terminal and by an alert, once
// when Redis stops answering (or answers but refuses writes: memory full,
// a disk it cannot write, a replica) while the bot runs and once when it
// works again: meanwhile nothing is registered, and otherwise only the log
// (in English, at every message) and /healthz would say so.
func (t *Transport) checkStore(ctx context.Context) {
	if t.o.State == nil { // tests of the transport alone
		return
	}
	err := t.o.State.Check(ctx)
	if ctx.Err() != nil {
		return // stopping: that says nothing of Redis
	}
	why := storeTrouble(err)
	t.mu.Lock()
	now, was := t.o.Now(), t.storeWhy
	t.storeWhy = why
	if was == "" && why != "" {
		t.storeSince = now
	}
	gone := now.Sub(t.storeSince).Round(time.Second)
	t.mu.Unlock()
	switch {
	case why == was:
	case why == storeDown:
		t.log.ErrorContext(ctx, "wechat: Redis stopped answering: nothing is registered until it does (is redis-server running?)", "err", err)
		fmt.Fprint(t.o.Terminal, stepStoreDown)
		t.alertShown(ctx, alertStoreDown, t.wc.Account)
	case why != "":
		zh, fix := Refusal(why)
		t.log.ErrorContext(ctx, "wechat: Redis answers but refuses writes: nothing is registered until it takes them", "why", why, "err", err)
		fmt.Fprintf(t.o.Terminal, stepStoreRefused, zh, fix, why)
		t.alertShown(ctx, alertStoreRefused, t.wc.Account, zh, fix)
	case was == storeDown:
		t.log.InfoContext(ctx, "wechat: Redis answers again", "down_for", gone)
		fmt.Fprintf(t.o.Terminal, stepStoreBack, tmpl.Span(gone), gone)
		t.tell(ctx, slog.LevelInfo, true, alertStoreBack, t.wc.Account, tmpl.Span(gone))
	default:
		t.log.InfoContext(ctx, "wechat: Redis takes writes again", "refused_for", gone)
		fmt.Fprintf(t.o.Terminal, stepStoreWrites, tmpl.Span(gone), gone)
		t.tell(ctx, slog.LevelInfo, true, alertStoreWrites, t.wc.Account, tmpl.Span(gone))
	}
}

// Refusal is what is wrong and what to do on the server when Redis
// refuses writes for why (a storage.Refused*), in Chinese: the terminal
// at run and check says it too.
func Refusal(why string) (zh, fix string) {
	switch why {
	case storage.RefusedMemory:
		return refusedMemory, fixMemory
	case storage.RefusedDisk:
		return refusedDisk, fixDisk
	}
	return refusedReplica, fixReplica
}

// storeDown is storeTrouble's word for a Redis that does not answer.
const storeDown = "down"

// storeTrouble says what err of State.Check tells of Redis: "" nothing
// wrong, storeDown, or why it refuses writes (a storage.Refused*).
func storeTrouble(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, storage.ErrRefused):
		if why := storage.RefusalOf(err); why != "" {
			return why
		}
	}
	return storeDown
}

// checkLLM tells the operator in the terminal, once, when the model is
// paused (failing or too slow: free text is read by the rules alone) and
// once when it answers again (understand.Watch, as the sandbox does); not
// by an alert, as the groups go on. The log's lines are English, and a
// pause retried each minute would repeat them.
func (t *Transport) checkLLM() {
	if t.o.LLM == nil {
		return
	}
	t.llmWatch.Tell(t.o.LLM(), t.o.Terminal)
}

// checkOffline repeats an alert every Options.Realert while the account is
// not online (waiting for a scan, logged out, refused), so that one lost or
// overlooked alert does not leave the bot offline unnoticed. The first
// login of a new install (no account served before, as Redis keeps it)
// waiting for its scan is no error: it is told at Warn, as a bot that has
// never served yet, with the scan to make.
func (t *Transport) checkOffline(ctx context.Context) {
	t.mu.Lock()
	now := t.o.Now()
	off := t.st.state != StateOnline && t.st.state != StateStopped && !t.offSince.IsZero()
	due := off && now.Sub(t.offSince) >= t.o.Realert && now.Sub(t.realerted) >= t.o.Realert
	if due {
		t.realerted = now
	}
	gone := now.Sub(t.offSince)
	next := offlineNext(t.st.state, t.st.qrURL)
	first := t.newInstall && !t.everOnline && t.st.state == StateWaitScan
	t.mu.Unlock()
	switch {
	case due && first:
		t.tell(ctx, slog.LevelWarn, false, alertFirstScan, t.wc.Account, tmpl.Span(gone), next)
	case due:
		t.alert(ctx, alertStillOffline, t.wc.Account, tmpl.Span(gone), next)
	}
}

// offlineNext is the operator's next step while the account is in state,
// not online; qr is the login QR code's address.
func offlineNext(state, qr string) string {
	switch state {
	case StateWaitScan:
		return fmt.Sprintf(offlineScan, qr)
	case StateWrongAccount:
		return offlineWrong
	}
	return offlineRetrying
}

// checkLiveness alerts once when the sync has been silent for longer than
// the configured liveness, and once when it answers again.
func (t *Transport) checkLiveness(ctx context.Context) {
	limit := t.wc.Liveness.Std()
	if limit <= 0 {
		return
	}
	t.mu.Lock()
	now := t.o.Now()
	online := t.st.state == StateOnline
	quiet := now.Sub(t.st.lastSync)
	if t.st.since.After(t.st.lastSync) { // online since then, not synced yet
		quiet = now.Sub(t.st.since)
	}
	var goneSilent, back bool
	switch {
	case online && quiet > limit && !t.st.silent:
		t.st.silent, goneSilent = true, true
	case t.st.silent && (!online || quiet <= limit):
		t.st.silent, back = false, online
	}
	t.mu.Unlock()
	if goneSilent {
		t.alert(ctx, alertSilent, t.wc.Account, tmpl.Span(quiet))
	}
	if back {
		t.recovered(ctx, alertBack, t.wc.Account)
	}
}

// Health is what /healthz reports.
type Health struct {
	Account     string    `json:"account"`
	State       string    `json:"state"`
	LoggedIn    bool      `json:"logged_in"`
	Since       time.Time `json:"since"`
	Nick        string    `json:"nick,omitempty"`
	LastSync    time.Time `json:"last_sync,omitzero"`
	LastMessage time.Time `json:"last_message,omitzero"`
	Silent      bool      `json:"silent,omitempty"`
	Groups      int       `json:"groups_bound"`
	Missing     []string  `json:"groups_missing,omitempty"`
	// Redis is "up", or "down" while it does not answer: nothing is
	// registered then, and replies and alarms go out directly.
	Redis       string    `json:"redis,omitempty"`
	Inbound     int       `json:"inbound_queue"`
	Outbound    int64     `json:"outbound_queue"` // -1: Redis did not answer
	PausedUntil time.Time `json:"sending_paused_until,omitzero"`
	DeadLetters int64     `json:"dead_letters"`          // -1: Redis did not answer
	SkippedOld  int       `json:"skipped_old,omitempty"` // messages skipped as older than max_message_age
	QRCode      string    `json:"qr_url,omitempty"`
	// NoRemark are the role holders whom no friend of the bot has as
	// remark name, found at the login: their roles and private messages
	// to them do not work. Not a problem that makes /healthz 503.
	NoRemark []string `json:"cadres_not_friends,omitempty"`
	// LLM is the model's state when one is configured: "up", or "paused"
	// (free text read by the rules alone until retry_at) after failures,
	// with the counts of calls, failures and tokens since start. A paused
	// model is not a problem that makes /healthz 503: the rules go on.
	LLM *understand.Health `json:"llm,omitempty"`
	// Problems are why the account does not fully work although it may be
	// logged in (/healthz then answers 503): short English, stable for
	// monitoring tools.
	Problems []string `json:"problems,omitempty"`
	// ProblemsZH says each of Problems, in the same order, in Chinese for
	// the operator: what is wrong and what to do.
	ProblemsZH []string `json:"problems_zh,omitempty"`
}

// problem records one of Problems with its Chinese line.
func (h *Health) problem(en, zh string) {
	h.Problems = append(h.Problems, en)
	h.ProblemsZH = append(h.ProblemsZH, zh)
}

// Health reports the transport's state.
func (t *Transport) Health(ctx context.Context) Health {
	t.mu.Lock()
	h := Health{
		Account: t.wc.Account, State: t.st.state, LoggedIn: t.st.state == StateOnline, Since: t.st.since,
		Nick: t.nick, LastSync: t.st.lastSync, LastMessage: t.st.lastMsg, Silent: t.st.silent,
		Groups: len(t.groupUser), Missing: append([]string(nil), t.st.missing...), SkippedOld: t.st.skipped,
		NoRemark: append([]string(nil), t.st.noRemark...),
	}
	if t.o.Now().Before(t.backoffTil) {
		h.PausedUntil = t.backoffTil
	}
	if t.o.LLM != nil {
		llm := t.o.LLM()
		h.LLM = &llm
	}
	if t.st.state == StateWaitScan {
		h.QRCode = t.st.qrURL
	}
	t.mu.Unlock()
	switch {
	case !h.LoggedIn:
		h.problem("not logged in", healthOffline+offlineNext(h.State, h.QRCode))
	case h.Groups == 0:
		h.problem("no group bound", healthNoGroup)
	}
	if h.Silent {
		heard := h.LastSync
		if h.Since.After(heard) { // online since then, not synced yet
			heard = h.Since
		}
		h.problem("no answer from WeChat's sync", fmt.Sprintf(healthSilent, tmpl.Span(t.o.Now().Sub(heard))))
	}
	for _, m := range h.Missing {
		if h.LoggedIn && t.cfg.Township.Chat(m) {
			h.problem("township chat not bound: "+m, fmt.Sprintf(healthTownship, m, m))
		}
	}
	if !h.PausedUntil.IsZero() {
		h.problem("sending paused", fmt.Sprintf(healthPaused, h.PausedUntil.In(t.cfg.Location()).Format("15:04:05")))
	}
	for _, q := range t.lanes() {
		h.Inbound += len(q)
	}
	// Check first: when Redis is known down it looks again at once, so
	// that Redis back is seen by the reads of the queues; and when it is
	// not known down, those reads find out.
	var checked error
	if t.o.State != nil { // nil in tests of the transport alone
		checked = t.o.State.Check(ctx)
	}
	n, err := t.o.Outbox.QueueLen(ctx)
	if err != nil {
		n = -1
	}
	h.Outbound = n
	if h.DeadLetters, err = t.o.Outbox.DeadLetters(ctx); err != nil {
		h.DeadLetters = -1
	}
	if t.o.State != nil {
		h.Redis = "up"
		switch why := storeTrouble(checked); {
		case why != "" && why != storeDown:
			h.Redis = "refusing_writes"
			zh, fix := Refusal(why)
			h.problem("redis refuses writes ("+why+"): nothing is registered", fmt.Sprintf(healthRefused, zh, fix))
		case why != "" || h.Outbound < 0:
			h.Redis = "down"
			h.problem("redis down: nothing is registered (is redis-server running?)", healthRedis)
		}
	}
	return h
}

// HealthHandler serves /healthz: 200 when online and working, 503 with the
// problems (in English and, in problems_zh, in Chinese) otherwise, JSON
// body.
func (t *Transport) HealthHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		h := t.Health(ctx)
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		if len(h.Problems) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(h)
	})
	return mux
}
