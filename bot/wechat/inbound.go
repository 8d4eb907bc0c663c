package wechat

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/eatmoreapple/openwechat"

	"gridbot/bot"
)

type itemKind int

const (
	kText   itemKind = iota // a text message for the handlers
	kImage                  // an image: saved, then handled as a message of images only
	kHint                   // a voice or video message: answer with a hint
	kBind                   // 绑定本群
	kRename                 // a bound group was renamed
	kJoin                   // people joined a bound grid group
	kLeave                  // people left (were removed from) a bound grid group
)

// item is one converted message on its way to a worker.
type item struct {
	kind      itemKind
	msg       bot.Message
	verified  bool   // From is a remark name
	group     string // WeChat group UserName (bind, rename)
	groupName string // its current name
	display   string // the sender's group display name (or nickname)
	ambiguous bool   // that name fits several villagers: ask who they are
	sender    Sender // what WeChat tells about the sender
	member    string // the sender's UserName
	// wait, when set, closes once a read of the contacts ends that may
	// tell who the sender is; until then msg.From is not set.
	wait      <-chan struct{}
	fetch     func() (*http.Response, error)
	done      func()     // records that the item was handled (see hotStore)
	lateBound bool       // its group was bound from this message: alert
	shown     *shownName // a change of the name its sender shows, to keep (learnShown)
}

// onMessage runs on openwechat's polling goroutine: it converts the
// message and queues it; it never touches Redis.
func (s *sess) onMessage(msg *openwechat.Message) {
	t := s.t
	select {
	case <-s.ready:
	case <-s.ctx.Done():
		return
	}
	now := t.o.Now()
	t.mu.Lock()
	t.st.lastMsg = now
	self := t.selfUser
	t.mu.Unlock()
	if msg.FromUserName == self || msg.IsSendBySelf() || msg.MsgId == "" {
		return // our own messages, sent from here or from the phone
	}
	if !t.seen.add(msg.MsgId) {
		return
	}
	at := now
	if msg.CreateTime > 0 {
		at = time.Unix(msg.CreateTime, 0)
	}
	if age := t.wc.MaxMessageAge.Std(); age > 0 && t.server.now().Sub(at) > age {
		t.mu.Lock()
		t.st.skipped++
		n := t.st.skipped
		t.mu.Unlock()
		t.log.Warn("wechat: old message skipped", "id", msg.MsgId, "at", at, "max_age", age, "skipped_so_far", n)
		return
	}
	var it item
	var ok bool
	switch {
	case msg.IsSendByGroup():
		it, ok = s.fromGroup(msg, at)
	case msg.IsSendByFriend():
		it, ok = s.fromFriend(msg, at)
	}
	if !ok {
		return
	}
	it.done = s.hot.take()
	q := t.queues[bot.Shard(bot.ShardKey(it.msg), len(t.queues))]
	if t.alarms != nil && it.kind == kText && !it.msg.Private && t.o.Alarm(s.ctx, it.msg.Chat, it.msg.Text) {
		// An alarm is not held up behind its group's model calls; an
		// earlier alarm of the group went this way too, so the group's
		// alarms keep their order.
		q = t.alarms
	}
	select {
	case q <- it:
		return
	default:
	}
	t.log.Warn("wechat: message queue full; waiting for the workers", "id", it.msg.ID, "depth", len(q))
	select {
	case q <- it:
	case <-s.ctx.Done():
	}
}

// fromGroup converts a group message.
func (s *sess) fromGroup(msg *openwechat.Message, at time.Time) (item, bool) {
	t := s.t
	un := msg.FromUserName
	chat, name, bound, late := s.groupOf(msg)
	if msg.IsSystem() {
		return s.fromSystem(msg, at, un, chat, name, bound)
	}
	isText := msg.IsText()
	if !bound && !(isText && strings.HasPrefix(strings.TrimSpace(stripAt(msg.Content)), bindCommand)) {
		return item{}, false // not one of our groups: stay silent
	}
	info := t.chats[chat]
	if bound && info.township && !t.wc.TownshipOn() {
		return item{}, false // another account handles the township chats
	}
	member, err := msg.SenderInGroup()
	if err != nil {
		t.log.Warn("wechat: sender of a group message unknown", "id", msg.MsgId, "err", err)
		return item{}, false
	}
	t.mu.Lock()
	remark, known := t.remarkOf[member.UserName]
	_, friend := t.nickOf[member.UserName]
	t.mu.Unlock()
	var wait <-chan struct{}
	if !known && !friend {
		wait = s.refreshContacts()
	}
	display := openwechat.FormatEmoji(member.DisplayName)
	if strings.TrimSpace(display) == "" {
		display = openwechat.FormatEmoji(member.NickName)
	}
	it := item{msg: bot.Message{ID: msg.MsgId, At: at, Chat: chat}, group: un, groupName: name, display: display,
		sender: Sender{Remark: remark, Display: openwechat.FormatEmoji(member.DisplayName), Nick: openwechat.FormatEmoji(member.NickName)},
		member: member.UserName, wait: wait, lateBound: late}
	if wait == nil {
		t.identify(&it)
	}
	switch {
	case isText:
		s.text(&it, msg, s.botNames(msg))
		switch {
		case strings.HasPrefix(it.msg.Text, bindCommand):
			it.kind = kBind
		case !bound:
			return item{}, false
		}
	case msg.IsPicture():
		it.kind, it.fetch = kImage, msg.GetPicture
	case msg.IsVoice() || msg.IsVideo():
		it.kind = kHint
	default:
		return item{}, false // stickers, links, cards, red packets
	}
	return it, true
}

// groupOf finds the chat a group message belongs to: bound at login, by
// 绑定本群, or late (late reports a binding made just now by bindLate).
func (s *sess) groupOf(msg *openwechat.Message) (chat, name string, bound, late bool) {
	t := s.t
	un := msg.FromUserName
	t.mu.Lock()
	chat, bound = t.chatOf[un]
	name = t.groupName[un]
	if !bound {
		name = t.unbound[un]
	}
	t.mu.Unlock()
	if name == "" || !bound {
		if g, err := msg.Sender(); err == nil {
			name = openwechat.FormatEmoji(g.NickName)
		}
	}
	if !bound {
		chat, bound = s.bindLate(un, name)
		late = bound
	}
	return chat, name, bound, late
}

// fromSystem converts a group's system message: a rename of a bound group,
// and members joining or leaving a village's group (roster hints); the rest
// is dropped.
func (s *sess) fromSystem(msg *openwechat.Message, at time.Time, un, chat, name string, bound bool) (item, bool) {
	t := s.t
	if !bound {
		return item{}, false
	}
	if msg.IsRenameGroup() {
		if n := renamedTo(msg.Content); n != "" && n != name {
			t.mu.Lock()
			t.groupName[un] = n
			t.mu.Unlock()
			return item{kind: kRename, msg: bot.Message{ID: msg.MsgId, At: at, Chat: chat}, group: un, groupName: n}, true
		}
	}
	left := leftNames(msg.Content)
	if msg.IsJoinGroup() || len(left) > 0 {
		t.log.Info("wechat: group members changed", "chat", chat, "note", msg.Content)
	}
	if t.chats[chat].village == "" {
		return item{}, false
	}
	kind, names := kJoin, left
	if msg.IsJoinGroup() {
		names = joinedNames(msg.Content)
	} else {
		kind = kLeave
	}
	if len(names) == 0 {
		return item{}, false
	}
	return item{kind: kind, msg: bot.Message{ID: msg.MsgId, At: at, Chat: chat, Text: strings.Join(names, "、")}, group: un, groupName: name}, true
}

// bindLate binds a grid group that was not among the contacts at login
// (not saved to contacts) when its name is configured; the binding is
// alerted when its message is handled (item.lateBound). It never binds a
// name that several groups had at login, nor a township chat: anyone who
// can put the bot in a group could make a look-alike that would receive
// emergencies. Those must be saved to contacts, or bound by an admin with
// 绑定本群.
func (s *sess) bindLate(un, name string) (string, bool) {
	t := s.t
	if name == "" {
		return "", false
	}
	t.mu.Lock()
	info, ok := t.chats[name]
	_, taken := t.groupUser[name]
	several := t.ambiguous[name]
	refuse := ok && !taken && (info.township || several)
	if !ok || taken || refuse {
		t.mu.Unlock()
		if refuse && t.once("late|"+un, 24*time.Hour) {
			t.log.Warn("wechat: a group with a configured name spoke but is not bound: save the right group to contacts on the phone, or bind it with 绑定本群",
				"group", name, "ambiguous", several, "township", info.township)
		}
		return "", false
	}
	t.unbound[un] = name
	t.bindLocked(un, name)
	t.st.missing = remove(t.st.missing, name)
	t.mu.Unlock()
	t.log.Warn("wechat: group bound from its first message; save it to contacts on the phone so that it is bound at login", "group", name)
	return name, true
}

func remove(xs []string, x string) []string {
	out := xs[:0:0]
	for _, y := range xs {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}

// fromFriend converts a private message.
func (s *sess) fromFriend(msg *openwechat.Message, at time.Time) (item, bool) {
	t := s.t
	un := msg.FromUserName
	t.mu.Lock()
	remark := t.remarkOf[un]
	nick, friend := t.nickOf[un]
	t.mu.Unlock()
	var wait <-chan struct{}
	if !friend {
		if wait = s.refreshContacts(); wait == nil {
			return item{}, false // official accounts and strangers
		}
	}
	it := item{msg: bot.Message{ID: msg.MsgId, At: at, Private: true}, sender: Sender{Remark: remark, Nick: nick}, member: un, wait: wait}
	if wait == nil {
		t.identify(&it)
	}
	switch {
	case msg.IsText():
		s.text(&it, msg, nil)
	case msg.IsPicture():
		it.kind, it.fetch = kImage, msg.GetPicture
	case msg.IsVoice() || msg.IsVideo():
		it.kind = kHint
	default:
		return item{}, false
	}
	return it, true
}

// identify sets who sent it (msg.From, verified, ambiguous) from what
// WeChat told about the sender; a private message also teaches where that
// name's private replies go.
func (t *Transport) identify(it *item) {
	info := t.chats[it.msg.Chat]
	village := info.village
	it.msg.From, it.verified = t.o.Identities.From(village, it.sender)
	if !it.msg.Private {
		// the account, not the name it shows, is what a leader's
		// confirmation of 我是 holds for (a copied nickname is not)
		t.mu.Lock()
		it.msg.Account = t.selfUser + "/" + it.member // UserNames hold for one login: its era
		t.mu.Unlock()
		it.msg.Nick = strings.TrimSpace(it.sender.Nick)
		// a namesake whose 我是 the leader confirmed is known
		it.ambiguous = !it.verified && t.o.Identities.Ambiguous(village, it.sender) &&
			(t.o.IDs == nil || !t.o.IDs.Bound(village, info.grid, it.msg))
		t.learnShown(it, info)
		return
	}
	from, un := it.msg.From, it.member
	name := t.o.Identities.Canonical(from)
	t.mu.Lock()
	defer t.mu.Unlock()
	t.privateTo[from] = un
	if _, taken := t.byRemark[name]; name != "" && !taken {
		t.privateTo[name] = un
	}
}

// awaitContacts waits for the read of the contacts that it waits on,
// then identifies its sender with what the read found. It reports false
// for a private message of someone who is no friend after all (an official
// account, a stranger): it is dropped.
func (t *Transport) awaitContacts(ctx context.Context, it *item) bool {
	select {
	case <-it.wait:
	case <-ctx.Done():
	}
	t.mu.Lock()
	remark := t.remarkOf[it.member]
	nick, friend := t.nickOf[it.member]
	t.mu.Unlock()
	if it.msg.Private {
		if !friend {
			return false
		}
		it.sender.Nick = nick
	}
	it.sender.Remark = remark
	t.identify(it)
	return true
}

// text fills in the text, the quote and the mention of a text message.
func (s *sess) text(it *item, msg *openwechat.Message, botNames []string) {
	text := strings.TrimSpace(msg.Content)
	if q, reply, ok := bot.ParseQuote(text); ok {
		for _, n := range botNames {
			if q.Name == n {
				q.Name = s.t.cfg.BotName
			}
		}
		it.msg.Quote, text = &q, reply
	} else if msg.IsAt() {
		it.msg.Mentioned = true
	}
	text, mentioned := stripMentions(text, botNames)
	it.msg.Mentioned = it.msg.Mentioned || mentioned
	it.msg.Text = text
}

// botNames are the names the bot goes by in a group: the configured name,
// its nickname and its display name in that group.
func (s *sess) botNames(msg *openwechat.Message) []string {
	t := s.t
	t.mu.Lock()
	names := []string{t.cfg.BotName, t.nick}
	self := t.selfUser
	t.mu.Unlock()
	if g, err := msg.Sender(); err == nil {
		for _, m := range g.MemberList {
			if m.UserName == self && m.DisplayName != "" {
				names = append(names, openwechat.FormatEmoji(m.DisplayName))
			}
		}
	}
	return names
}

// stripMentions removes @-mentions of any of names from text.
func stripMentions(text string, names []string) (string, bool) {
	found := false
	for _, n := range names {
		if n == "" {
			continue
		}
		for _, at := range []string{"@", "＠"} {
			for _, end := range []string{"\u2005", " ", "\u00a0", ""} {
				tok := at + n + end
				if end == "" {
					if strings.HasSuffix(text, tok) {
						text, found = strings.TrimSuffix(text, tok), true
					}
					continue
				}
				if strings.Contains(text, tok) {
					text, found = strings.ReplaceAll(text, tok, " "), true
				}
			}
		}
	}
	if !found {
		return strings.TrimSpace(text), false
	}
	for strings.Contains(text, "  ") {
		text = strings.ReplaceAll(text, "  ", " ")
	}
	return strings.TrimSpace(text), true
}

// stripAt drops a leading @mention, for recognising a command in a group
// that is not bound yet.
func stripAt(text string) string {
	text = strings.TrimSpace(text)
	if strings.HasPrefix(text, "@") {
		if i := strings.IndexAny(text, "\u2005 "); i > 0 {
			return text[i:]
		}
	}
	return text
}

var renameRE = regexp.MustCompile(`修改群名为[“"「]?(.+?)[”"」]?$`)

// renamedTo reads the new name from a rename system message.
func renamedTo(content string) string {
	m := renameRE.FindStringSubmatch(strings.TrimSpace(content))
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// work handles items until ctx ends, then drains the queue: its messages
// were synced already and WeChat may not send them again. A message being
// handled when ctx ends is finished, not cut off; the drain stops after
// Options.Drain.
func (t *Transport) work(ctx context.Context, q chan item) {
	hctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	go func() {
		<-ctx.Done()
		_ = t.o.Sleep(hctx, t.o.Drain) // returns at once when work does
		cancel()
	}()
	for ctx.Err() == nil {
		select {
		case <-ctx.Done():
		case it := <-q:
			t.handle(hctx, it)
		}
	}
	for {
		select {
		case it := <-q:
			if hctx.Err() != nil {
				t.log.WarnContext(ctx, "wechat: shutdown deadline; messages left unhandled (WeChat sends them again after the restart where it can)",
					"left", len(q)+1, "deadline", t.o.Drain)
				return
			}
			t.handle(hctx, it)
		default:
			return
		}
	}
}

// seenTTL is how long a message id is remembered across restarts.
const seenTTL = 7 * 24 * time.Hour

// handle handles one item and then marks its message seen, so that a
// crash mid-way handles it again rather than never. A panic (in the
// handler chain, or in the transport's own handling of binds, images,
// identities) is logged and costs this message only: the worker, and the
// chat it serves, go on.
func (t *Transport) handle(ctx context.Context, it item) {
	if it.done != nil {
		defer it.done()
	}
	defer func() {
		if p := recover(); p != nil {
			t.log.ErrorContext(ctx, "wechat: panic handling a message; it is dropped, the worker goes on",
				"id", it.msg.ID, "chat", it.msg.Chat, "panic", p, "stack", string(debug.Stack()))
		}
	}()
	ctx, cancel := context.WithTimeout(ctx, t.o.HandleTimeout)
	defer cancel()
	if it.wait != nil && !t.awaitContacts(ctx, &it) {
		return
	}
	if it.lateBound {
		t.alert(ctx, alertLateBound, t.wc.Account, it.msg.Chat)
	}
	// With Redis down every call below fails at once (the handlers answer
	// that nothing was registered, and send an alarm directly) rather than
	// after its retries; Check first looks whether Redis is back.
	_ = t.o.State.Check(ctx)
	t.keepShown(ctx, it)
	seen, err := t.o.State.Seen(ctx, it.msg.ID)
	if err != nil {
		t.log.WarnContext(ctx, "wechat: dedupe unavailable; handling anyway", "id", it.msg.ID, "err", err)
	}
	if seen {
		return
	}
	if !t.handleItem(ctx, it) {
		return
	}
	if err := t.o.State.MarkSeen(ctx, it.msg.ID, seenTTL); err != nil {
		t.log.WarnContext(ctx, "wechat: mark a message seen", "id", it.msg.ID, "err", err)
	}
}

// handleItem handles one item and reports whether it was handled (a text
// the handlers failed on is not: WeChat's redelivery may try it again).
func (t *Transport) handleItem(ctx context.Context, it item) bool {
	switch it.kind {
	case kText:
		if it.ambiguous && t.once("who|"+it.msg.Chat+"|"+it.display, 24*time.Hour) {
			t.replier(ctx, it, "ambiguous name")(fmt.Sprintf(whoAreYou, it.display, it.display))
		}
		return t.pass(ctx, it.msg)
	case kImage:
		// The handlers decide what the photo is the evidence of: the
		// claim or report its sender made just before, or makes next.
		if path := t.saveImage(ctx, it); path != "" {
			it.msg.Images = []string{path}
			return t.pass(ctx, it.msg)
		}
	case kHint:
		t.hint(ctx, it)
	case kBind:
		t.bind(ctx, it)
	case kJoin:
		t.welcome(ctx, it)
	case kLeave:
		t.forget(ctx, it)
	case kRename:
		if err := t.o.State.Bind(ctx, it.groupName, it.msg.Chat); err != nil {
			t.log.ErrorContext(ctx, "wechat: keep the binding of a renamed group", "err", err)
		}
		t.log.WarnContext(ctx, "wechat: a bound group was renamed; it stays bound. Update the group name in the config when convenient",
			"chat", it.msg.Chat, "new_name", it.groupName)
	}
	return true
}

// pass hands m to the handlers and reports whether they handled it.
func (t *Transport) pass(ctx context.Context, m bot.Message) bool {
	if err := t.o.Handler.Handle(ctx, m); err != nil {
		t.log.ErrorContext(ctx, "wechat: message not handled", "id", m.ID, "err", err)
		return false
	}
	return true
}

// hint answers a voice or video message, at most every six hours per
// sender and chat.
func (t *Transport) hint(ctx context.Context, it item) {
	if !t.once(it.msg.Chat+"|"+it.msg.From, 6*time.Hour) {
		return
	}
	if err := t.o.Replies.Reply(ctx, it.msg.ID, t.back(it.msg, hintVoice)); err != nil {
		t.log.ErrorContext(ctx, "wechat: answer a voice message", "err", err)
	}
}

// once reports whether key was not seen within every, and marks it now:
// the bot says a hint once, not at every message.
func (t *Transport) once(key string, every time.Duration) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.recentlyLocked(key, every) {
		return false
	}
	t.hinted.Put(key, t.o.Now())
	return true
}

// recently reports whether key was marked within every.
func (t *Transport) recently(key string, every time.Duration) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.recentlyLocked(key, every)
}

// recentlyLocked is recently with t.mu held.
func (t *Transport) recentlyLocked(key string, every time.Duration) bool {
	last, ok := t.hinted.Get(key)
	return ok && t.o.Now().Sub(last) <= every
}

// back addresses text to where m came from.
func (t *Transport) back(m bot.Message, text string) bot.Outbound {
	if m.Private {
		return bot.Outbound{To: m.From, Kind: bot.Private, Priority: bot.Normal, Text: text}
	}
	return bot.Outbound{To: m.Chat, Kind: bot.Group, Priority: bot.Normal, Text: text}
}

// errNoGroup means an outbound group is not bound in this session.
var errNoGroup = errors.New("group not bound")
