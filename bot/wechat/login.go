package wechat

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/eatmoreapple/openwechat"
	"github.com/mdp/qrterminal/v3"
	"rsc.io/qr"

	"gridbot/roster"
	"gridbot/village"
)

// loginCodes are the sync answers that mean WeChat ended the session:
// 1100 logged out on the phone, 1101 logged in elsewhere or expired, 1102
// cookie invalid.
func isLogout(err error) bool {
	var ret openwechat.Ret
	if errors.As(err, &ret) {
		switch ret {
		case 1100, 1101, 1102:
			return true
		}
	}
	return errors.Is(err, openwechat.ErrUserLogout)
}

// hotLoginDead reports whether a failed hot login can never work: WeChat
// said the session ended (1100/1101/1102), or the kept blob is corrupt. Any
// other failure (the network not up yet after a power cut, a WeChat error)
// keeps the blob: Run tries again with back-off.
func hotLoginDead(err error) bool {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	return isLogout(err) || errors.As(err, &syn) || errors.As(err, &typ) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}

// session logs in, serves until WeChat ends the session or ctx ends, and
// reports whether the login succeeded.
func (t *Transport) session(ctx context.Context) (online bool, err error) {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s := t.newSess(sctx)
	b, jar, hot := s.b, s.jar, s.hot

	t.setState(StateLoggingIn)
	prevUin, blob, lerr := t.o.State.LoadLogin(ctx)
	if lerr == nil {
		t.mu.Lock()
		t.newInstall = prevUin == 0 && len(blob) == 0
		t.noStoreTold = false // Redis answers: a later outage is told again
		t.mu.Unlock()
	}
	switch {
	case lerr != nil:
		// Redis is down (or restarting). Scanning now would throw away a
		// kept login that works, and skip the check that the same account
		// logs in: wait for Redis instead, Run tries again.
		close(s.ready)
		t.setState(StateLoggedOut)
		t.tellOnce(&t.noStoreTold, stepNoStore) // Run retries every few seconds
		return false, fmt.Errorf("wechat: read the kept login (Redis down? is redis-server running?): %w", lerr)
	case len(blob) > 0 && t.wc.HotLoginOn():
		hot.buf = blob // read once by openwechat, before any dump
		s.triedHot = true
		var item struct{ Jar json.RawMessage }
		err := json.Unmarshal(blob, &item)
		if err == nil {
			err = jar.load(item.Jar)
		}
		if err != nil { // openwechat fails on it too, and a scan follows
			t.log.WarnContext(ctx, "wechat: the kept login is corrupt", "err", err)
		}
	}
	if err := b.HotLogin(hot, &scanOption{s: s}); err != nil {
		close(s.ready)
		if ctx.Err() != nil {
			return false, nil
		}
		t.setState(StateLoggedOut)
		t.mu.Lock()
		first := !t.failAlerted
		t.failAlerted = true
		t.mu.Unlock()
		if first { // once until a login succeeds, not at every retry
			alert := t.alert
			if openwechat.IsNetworkError(err) {
				alert = t.alertShown // the terminal was told (tellNoNetwork)
			}
			alert(ctx, alertLoginFail, t.wc.Account, loginProblem(err))
		}
		return false, fmt.Errorf("wechat: login: %w", err)
	}
	self, err := b.GetCurrentUser()
	if err != nil {
		close(s.ready)
		return false, fmt.Errorf("wechat: login: %w", err)
	}
	uin := self.Uin
	if uin == 0 && b.Storage.LoginInfo != nil {
		uin = b.Storage.LoginInfo.WxUin
	}
	if prevUin != 0 && uin != 0 && prevUin != uin && uin != t.o.AcceptUin {
		// Privileged identity rests on this account's remark names: another
		// account (whoever scanned) must not take it over unnoticed. ready
		// stays open: none of its messages is handled.
		// Logged out at WeChat, and the bot stopped by its context: b.Logout
		// would Exit, which writes b.self while openwechat's message loop
		// reads it (a data race in openwechat v1.4.10).
		_ = b.Caller.Logout(sctx, b.Storage.LoginInfo)
		cancel()
		t.setState(StateWrongAccount)
		fmt.Fprintf(t.o.Terminal, stepOtherUin, prevUin, uin, t.o.Command)
		t.alertShown(ctx, alertOtherUin, t.wc.Account, prevUin, uin, t.o.Command, uin)
		return false, fmt.Errorf("wechat: WeChat account %d logged in, but %d served before: refused (%s -accept-uin %d to switch)", uin, prevUin, t.o.Command, uin)
	}
	var wg sync.WaitGroup
	if t.wc.HotLoginOn() {
		wg.Go(func() { t.keepLogin(sctx, hot, uin) })
	}
	s.setup(ctx, self.User, uin)
	close(s.ready)

	<-b.Context().Done() // not b.Block: it reads b.self while Exit writes it
	reason := b.CrashReason()
	t.mu.Lock()
	t.wire = nil
	t.mu.Unlock()
	cancel()
	wg.Wait()
	s.bg.Wait()
	if ctx.Err() != nil {
		return true, nil
	}
	return true, t.ended(ctx, reason)
}

// newSess makes the openwechat bot of a session on sctx: its HTTP client
// keeps cookies in the session's jar (the kept login) and never retries a
// request, and its callbacks are the session's.
func (t *Transport) newSess(sctx context.Context) *sess {
	b := openwechat.NewBot(sctx)
	openwechat.Desktop.Prepare(b)
	client := b.Caller.Client
	client.MaxRetryTimes = 1 // a retried send could go out twice
	next := t.o.HTTP
	if next == nil {
		next = client.HTTPClient().Transport
	}
	if next == nil {
		next = http.DefaultTransport
	}
	jar := newCookieJar()
	client.HTTPClient().Transport = &cookieTransport{next: next, jar: jar, server: t.server}
	s := &sess{t: t, b: b, ctx: sctx, ready: make(chan struct{}), jar: jar, hot: newHotStore(jar)}
	b.UUIDCallback = s.showQR
	b.ScanCallBack = func(openwechat.CheckLoginResponse) { fmt.Fprint(t.o.Terminal, stepScanned) }
	b.SyncCheckCallback = func(r openwechat.SyncCheckResponse) {
		if r.Success() { // not any answer: 1203 forever is no sync
			s.syncErrs = 0
			t.synced()
		}
		s.hot.batchDone()
	}
	b.MessageHandler = s.onMessage
	b.MessageErrorHandler = s.onSyncError
	return s
}

// ended says why a session that was online ended (reason: openwechat's, nil
// when it gave none), alerts, and returns the error Run logs. Receiving
// that broke down logs in again at once; a logout forgets the kept login,
// so that the next login scans.
func (t *Transport) ended(ctx context.Context, reason error) error {
	if reason == nil {
		reason = errors.New("the session ended")
	}
	var ret openwechat.Ret
	if errors.As(reason, &ret) {
		reason = fmt.Errorf("%w (code %d)", reason, int(ret))
	}
	if !isLogout(reason) { // receiving broke down: log in again at once
		t.setState(StateLoggingIn)
		t.mu.Lock()
		first := !t.syncAlerted
		t.syncAlerted = true
		t.mu.Unlock()
		if first { // once until a sync succeeds
			t.alert(ctx, alertSyncStuck, t.wc.Account, reason)
		}
		return fmt.Errorf("wechat: receiving failed: %w", reason)
	}
	// The kept login ended with it: the next login scans.
	if err := t.o.State.DropLogin(ctx); err != nil {
		t.log.WarnContext(ctx, "wechat: forget the kept login", "err", err)
	}
	t.setState(StateLoggedOut)
	t.alert(ctx, alertLoggedOut, t.wc.Account, reason)
	return fmt.Errorf("wechat: logged out: %w", reason)
}

// sess is one login session.
type sess struct {
	t        *Transport
	b        *openwechat.Bot
	ctx      context.Context
	ready    chan struct{} // closed when groups and friends are bound
	jar      *cookieJar    // the session's cookies (see cookieJar)
	hot      *hotStore
	triedHot bool
	// scanAlert: the next QR code shown is alerted, since nobody may be
	// at the terminal (the bot was online before, or its kept login failed).
	scanAlert bool
	// refreshing: closed when the contacts read in flight ends; nil when
	// none runs (guarded by t.mu)
	refreshing chan struct{}
	bg         sync.WaitGroup // reads of the contacts in the background
	// syncErrs counts sync failures in a row (polling goroutine only)
	syncErrs   int
	restricted bool // a 1203 answer was alerted
}

// scanOption turns a failed (or absent) hot login into a scan, renewing
// expired QR codes until someone scans or ctx ends.
type scanOption struct {
	openwechat.BaseBotLoginOption
	s        *sess
	scanning bool
}

func (o *scanOption) OnError(b *openwechat.Bot, err error) error {
	if o.scanning {
		return err // b.Login below reports to us too: let the loop decide
	}
	o.scanning = true
	defer func() { o.scanning = false }()
	s := o.s
	t := s.t
	if s.triedHot && !hotLoginDead(err) {
		t.tellNoNetwork(stepHotRetry) // Run logs err and tries again
		return err
	}
	if s.triedHot {
		fmt.Fprint(t.o.Terminal, stepHotFail)
		t.log.WarnContext(s.ctx, "wechat: hot login failed; a scan is needed", "err", err)
		if err := t.o.State.DropLogin(s.ctx); err != nil {
			t.log.WarnContext(s.ctx, "wechat: forget the kept login", "err", err)
		}
	}
	// Start clean: nothing of the failed session may leak into the new one.
	b.Storage = &openwechat.Session{}
	b.Caller.Client.SetCookieJar(openwechat.NewJar())
	s.jar.reset()
	t.mu.Lock()
	s.scanAlert = s.triedHot || t.everOnline
	t.mu.Unlock()
	for {
		t.setState(StateWaitScan)
		err := b.Login()
		if err == nil {
			return nil
		}
		if errors.Is(err, openwechat.ErrLoginTimeout) && s.ctx.Err() == nil {
			fmt.Fprint(t.o.Terminal, stepExpired)
			continue
		}
		if openwechat.IsNetworkError(err) && s.ctx.Err() == nil {
			t.tellNoNetwork(stepNoNetwork) // Run logs err and tries again
		}
		return err
	}
}

// showQR draws the login QR code in the terminal, saves it as PNG and logs
// its URL, for headless servers.
func (s *sess) showQR(uuid string) {
	t := s.t
	t.mu.Lock()
	t.noNetTold = false // WeChat answers: a later outage is told again
	t.mu.Unlock()
	content := "https://login.weixin.qq.com/l/" + uuid
	url := openwechat.GetQrcodeUrl(uuid)
	png := filepath.Join(t.wc.DataDir, "login-qr.png")
	code, err := qr.Encode(content, qr.M)
	if err == nil {
		err = os.MkdirAll(t.wc.DataDir, 0o700)
	}
	if err == nil {
		err = os.WriteFile(png, code.PNG(), 0o600)
	}
	saved := fmt.Sprintf(stepQRSaved, png)
	if err != nil { // the terminal QR code and the URL still work
		t.log.Warn("wechat: cannot save the QR code", "path", png, "err", err)
		saved = fmt.Sprintf(stepQRNotSaved, png, err, png)
	}
	// One write: a line another goroutine writes meanwhile cannot land
	// inside the code and spoil the scan.
	var screen bytes.Buffer
	fmt.Fprintf(&screen, stepScan, saved, url)
	qrterminal.GenerateHalfBlock(content, qr.M, &screen)
	_, _ = t.o.Terminal.Write(screen.Bytes())
	t.log.Info("wechat: waiting for a scan of the login QR code", "png", png, "url", url)
	t.mu.Lock()
	t.st.qrURL = url
	first := s.scanAlert
	s.scanAlert = false
	t.mu.Unlock()
	if first {
		t.alertShown(s.ctx, alertScan, t.wc.Account, url)
	}
}

// setup fetches contacts with the raw caller (openwechat's own caches
// belong to the polling goroutine), binds the configured groups by name,
// indexes friends by remark name, and starts sending.
func (s *sess) setup(ctx context.Context, self *openwechat.User, uin int64) {
	t := s.t
	members, err := s.b.Caller.WebWxGetContact(ctx, s.b.Storage.LoginInfo)
	if err != nil {
		t.log.ErrorContext(ctx, "wechat: read contacts", "err", err)
	}
	friendsKnown := err == nil
	stored, err := t.o.State.Bindings(ctx)
	if err != nil {
		t.log.WarnContext(ctx, "wechat: read group bindings", "err", err)
	}
	t.loadShown(ctx)
	t.mu.Lock()
	t.resetSession()
	t.wire = &botWire{b: s.b, from: self.UserName}
	t.failAlerted, t.noNetTold = false, false
	t.selfUser, t.nick, t.uin = self.UserName, openwechat.FormatEmoji(self.NickName), uin
	t.indexContacts(members)
	t.friendsKnown = friendsKnown
	t.contacts = t.o.Now()
	var missing, several []string
	bound := 0
	for _, chat := range t.configuredChats() {
		un, ok := t.findGroup(ctx, chat, stored)
		if !ok {
			missing = append(missing, chat)
			if t.ambiguous[chat] {
				several = append(several, chat)
			}
			continue
		}
		t.bindLocked(un, chat)
		bound++
	}
	t.st.missing = missing
	t.st.silent = false
	t.setStateLocked(StateOnline)
	nick := t.nick
	t.mu.Unlock()

	fmt.Fprintf(t.o.Terminal, stepLoggedIn, nick, bound, nick, bound)
	t.log.InfoContext(ctx, "wechat: logged in", "nick", nick, "uin", uin, "groups", bound)
	for _, chat := range missing {
		if slices.Contains(several, chat) { // findGroup logged it
			fmt.Fprintf(t.o.Terminal, stepAmbiguous, chat, chat, chat, chat)
			continue
		}
		fmt.Fprintf(t.o.Terminal, stepMissing, chat, chat)
		t.log.WarnContext(ctx, "wechat: configured group not found among the contacts; save it to contacts on the phone", "group", chat)
	}
	t.checkRemarks(ctx)
	// The next step, after the list of what is missing.
	t.mu.Lock()
	fix := len(t.st.missing) > 0 || len(t.st.noRemark) > 0
	t.mu.Unlock()
	if fix {
		fmt.Fprint(t.o.Terminal, stepOnlineFix)
	} else {
		fmt.Fprint(t.o.Terminal, stepOnline)
	}
}

// configuredChats lists the chats this account binds, grids first.
func (t *Transport) configuredChats() []string {
	var out []string
	for _, v := range t.cfg.ServedVillages() {
		for _, g := range v.Grids {
			out = append(out, g.Group)
		}
	}
	out = append(out, t.cfg.Township.OfficeChat)
	if t.cfg.Township.EmergencyChat != t.cfg.Township.OfficeChat {
		out = append(out, t.cfg.Township.EmergencyChat)
	}
	return out
}

// findGroup finds the group of chat: by its exact name, else by a name
// bound in chat or kept across a rename. Two groups of one name bind
// neither. Called with t.mu held.
func (t *Transport) findGroup(ctx context.Context, chat string, stored map[string]string) (string, bool) {
	var hits []string
	for un, name := range t.unbound {
		if name == chat {
			hits = append(hits, un)
		}
	}
	if len(hits) == 0 {
		for name, c := range stored {
			if c != chat {
				continue
			}
			for un, n := range t.unbound {
				if n == name {
					hits = append(hits, un)
				}
			}
		}
	}
	if len(hits) > 1 {
		t.log.WarnContext(ctx, "wechat: several groups have this name; rename the extra ones", "group", chat, "count", len(hits))
		t.ambiguous[chat] = true
		return "", false
	}
	if len(hits) == 0 {
		return "", false
	}
	return hits[0], true
}

// bindLocked binds the group un to chat. Called with t.mu held.
func (t *Transport) bindLocked(un, chat string) {
	if old, ok := t.groupUser[chat]; ok && old != un {
		delete(t.chatOf, old)
	}
	name := t.unbound[un]
	if name == "" {
		name = t.groupName[un]
	}
	delete(t.unbound, un)
	t.groupUser[chat], t.chatOf[un], t.groupName[un] = un, chat, name
}

// indexContacts records groups and friends. Called with t.mu held.
func (t *Transport) indexContacts(members openwechat.Members) {
	for _, u := range members {
		name := openwechat.FormatEmoji(u.NickName)
		switch {
		case strings.HasPrefix(u.UserName, "@@"):
			if _, bound := t.chatOf[u.UserName]; bound {
				t.groupName[u.UserName] = name
			} else if name != "" {
				t.unbound[u.UserName] = name
			}
		case strings.HasPrefix(u.UserName, "@") && u.VerifyFlag == 0:
			t.nickOf[u.UserName] = name
			if r := strings.TrimSpace(openwechat.FormatEmoji(u.RemarkName)); r != "" {
				t.remarkOf[u.UserName] = r
				t.byRemark[r] = u.UserName
			}
		}
	}
}

// contactsEvery: contacts are re-read at most this often.
const contactsEvery = 10 * time.Minute

// contactsTimeout bounds one re-read of the contacts (all its pages).
const contactsTimeout = time.Minute

// refreshContacts re-reads contacts at most every contactsEvery, when a
// sender or group is not known (a friend added or a group saved since the
// login). It is called on the polling goroutine but reads in the
// background: with thousands of contacts, or WeChat slow to answer, the
// read would hold up every message behind it. It returns a channel closed
// when the read in flight ends, or nil when none runs; the worker of the
// message that asked waits for it (see awaitContacts).
func (s *sess) refreshContacts() <-chan struct{} {
	t := s.t
	t.mu.Lock()
	defer t.mu.Unlock()
	if s.refreshing != nil {
		return s.refreshing
	}
	if t.o.Now().Sub(t.contacts) <= contactsEvery {
		return nil
	}
	t.contacts = t.o.Now()
	done := make(chan struct{})
	s.refreshing = done
	s.bg.Go(func() {
		defer func() {
			t.mu.Lock()
			s.refreshing = nil
			t.mu.Unlock()
			close(done)
		}()
		ctx, cancel := context.WithTimeout(s.ctx, contactsTimeout)
		defer cancel()
		members, err := s.b.Caller.WebWxGetContact(ctx, s.b.Storage.LoginInfo)
		if err != nil {
			t.log.Warn("wechat: refresh contacts", "err", err)
			return
		}
		t.mu.Lock()
		t.indexContacts(members)
		t.friendsKnown = true
		t.mu.Unlock()
	})
	return done
}

// checkRemarks warns about role holders whom no friend's remark names, and
// tells how many villagers on WeChat are no friends: private messages to
// them go to their grid worker (reach.Guard, through Friend).
func (t *Transport) checkRemarks(ctx context.Context) {
	t.mu.Lock()
	have := map[string]bool{}
	for r := range t.byRemark {
		have[r] = true
	}
	t.mu.Unlock()
	var missing, roles, villagers []string
	for _, p := range t.o.Identities.people {
		if !p.UsesWeChat || !t.meets(p) {
			continue
		}
		address := t.o.Identities.roster.Address(p.Key(), p.Name)
		switch {
		case privileged(p) && !have[p.Name] && !have[p.Name+roster.HouseholdSep+p.Household]:
			missing = append(missing, address)
			roles = append(roles, address+" ("+rolesOf(p)+")")
		case !privileged(p) && !have[address]:
			villagers = append(villagers, address)
		}
	}
	t.mu.Lock()
	t.st.noRemark = missing
	t.mu.Unlock()
	if len(missing) > 0 {
		names := strings.Join(missing, "、")
		fmt.Fprintf(t.o.Terminal, stepNoRemark, names, names)
		// One line, not one a person: a first login may list dozens.
		t.log.WarnContext(ctx, "wechat: role holders have no remark name among the bot's friends; their roles do not work until it is set",
			"count", len(missing), "who", strings.Join(roles, ", "))
	}
	if len(villagers) > 0 {
		some := strings.Join(villagers[:min(len(villagers), 5)], "、")
		fmt.Fprintf(t.o.Terminal, stepVillagersNoFriend, len(villagers), some, len(villagers), some)
		t.log.InfoContext(ctx, "wechat: villagers on WeChat who are no friends of the bot with a remark name; private messages to them go to their grid worker to pass on",
			"count", len(villagers), "first", villagers[:min(len(villagers), 10)])
	}
}

// meets reports whether p is someone this account deals with: a person of
// a village it serves, or a township officer when it serves the township.
func (t *Transport) meets(p village.Person) bool {
	return t.wc.Serves(p.Village) || (p.Has(village.RoleOfficer) && t.wc.TownshipOn())
}

func rolesOf(p village.Person) string {
	var out []string
	for _, r := range p.Roles {
		out = append(out, string(r))
	}
	return strings.Join(out, ";")
}

// maxSyncErrs sync failures in a row end the session: Run logs in again.
const maxSyncErrs = 10

// onSyncError decides whether a sync error ends the session: the logout
// codes do, and so do maxSyncErrs failures in a row (WeChat answering 1203
// or nonsense forever); anything else (a network failure) is retried after
// a pause. 1203 (the account is restricted) is alerted at once.
func (s *sess) onSyncError(err error) error {
	if isLogout(err) {
		return err
	}
	if s.ctx.Err() != nil {
		return nil
	}
	var ret openwechat.Ret
	if errors.As(err, &ret) && ret == 1203 && !s.restricted {
		s.restricted = true
		s.t.alert(s.ctx, alertRestricted, s.t.wc.Account)
	}
	s.syncErrs++
	if s.syncErrs >= maxSyncErrs {
		return fmt.Errorf("%d sync failures in a row: %w", s.syncErrs, err)
	}
	pause := min(time.Duration(s.syncErrs)*2*time.Second, time.Minute)
	s.t.log.Warn("wechat: sync failed; retrying", "err", err, "in", pause)
	_ = s.t.o.Sleep(s.ctx, pause)
	return nil
}

// synced records a successful answer of WeChat's sync.
func (t *Transport) synced() {
	t.mu.Lock()
	t.st.lastSync = t.o.Now()
	t.syncAlerted = false
	t.mu.Unlock()
}

// botWire sends through openwechat's caller with the caller's context.
type botWire struct {
	b    *openwechat.Bot
	from string
}

// SendText sends text. A failure before the request was written wraps
// errNotWritten: WeChat certainly did not get it.
func (w *botWire) SendText(ctx context.Context, to, text string) error {
	var wrote atomic.Bool
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest: func(i httptrace.WroteRequestInfo) { wrote.Store(i.Err == nil) },
	})
	msg := openwechat.NewTextSendMessage(text, w.from, to)
	_, err := w.b.Caller.WebWxSendMsg(ctx, &openwechat.CallerWebWxSendMsgOptions{
		LoginInfo: w.b.Storage.LoginInfo, BaseRequest: w.b.Storage.Request, Message: msg,
	})
	var ret openwechat.Ret
	if err != nil && !wrote.Load() && !errors.As(err, &ret) {
		return fmt.Errorf("%w: %w", errNotWritten, err)
	}
	return err
}

// tellNoNetwork shows step, that WeChat cannot be reached, on the
// terminal: once until WeChat answers again (a QR code, a login), not at
// each retry.
func (t *Transport) tellNoNetwork(step string) { t.tellOnce(&t.noNetTold, step) }

// tellOnce shows step on the terminal unless *told says it was shown
// since the trouble it tells of last cleared (whoever clears it resets
// *told, under t.mu).
func (t *Transport) tellOnce(told *bool, step string) {
	t.mu.Lock()
	was := *told
	*told = true
	t.mu.Unlock()
	if !was {
		fmt.Fprint(t.o.Terminal, step)
	}
}

// loginProblem says in Chinese why a login failed, for the alert: the
// error itself is English and names WeChat's addresses (the log has it).
func loginProblem(err error) string {
	if openwechat.IsNetworkError(err) {
		return problemNoNetwork
	}
	return problemLogin
}
