package wechat

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/eatmoreapple/openwechat"

	"gridbot/bot"
)

// wire sends one text to a WeChat UserName.
type wire interface {
	SendText(ctx context.Context, toUserName, text string) error
}

// errRefused marks a send the transport refused before anything went out,
// for a cause not of the message: logged out, WeChat said "too frequent",
// the network is down. The dispatcher puts the message back in the queue.
var errRefused = errors.New("not sent")

// logoutPause holds sending after a send answered with a logout code.
const logoutPause = 30 * time.Second

// sendTimeout bounds one send request.
const sendTimeout = 30 * time.Second

// errNotWritten marks a request that failed before a byte of it left the
// machine (see botWire.SendText).
var errNotWritten = errors.New("request not written")

// notSent reports whether a failed request certainly never reached WeChat:
// it failed before it was written, or on dialling or name resolution.
func notSent(err error) bool {
	var op *net.OpError
	var dns *net.DNSError
	return errors.Is(err, errNotWritten) || errors.As(err, &dns) || errors.As(err, &op) && op.Op == "dial"
}

// Send implements bot.Sender: a group by its configured name, a person by
// the bot account's remark name for them (or the friend who last wrote to
// the bot under that name). @mentions are already plain text
// ("@名字\u2005"). A send whose outcome is unknown returns
// bot.ErrUnknownOutcome and is never repeated.
func (t *Transport) Send(ctx context.Context, o bot.Outbound) error {
	return t.send(ctx, o)
}

// SendNow sends o at once, outside the outbox: for the handlers' fallback
// when Redis is down. It still respects the per-minute cap and a 1205
// pause; an urgent message it cannot send is alerted, as nothing keeps it
// for later. A non-urgent text it sent to the same place within
// directRepeat is not sent again: while Redis is down every message of a
// busy group gets the same "not registered" answer, and the group needs it
// once.
//
// A message with a Merge key goes out at once when its key sent nothing
// within mergeEvery; otherwise it is held, and goes out merged with the
// others held for its key when that time has passed.
func (t *Transport) SendNow(ctx context.Context, o bot.Outbound) error {
	if o.Merge != "" {
		out, ok := t.merges.take(o, t.o.Now())
		if !ok {
			t.log.InfoContext(ctx, "wechat: direct message held to go out with the next ones of its kind", "to", o.To, "merge", o.Merge, "text", bot.ShortText(o.Text))
			return nil
		}
		o = out
	}
	return t.sendDirect(ctx, o)
}

// sendDirect is SendNow once a message is to go out.
func (t *Transport) sendDirect(ctx context.Context, o bot.Outbound) error {
	if !t.canSend() {
		if o.Priority == bot.Urgent {
			t.alert(ctx, alertDirectLost, t.wc.Account, o.To, bot.ShortText(o.Text))
		}
		return fmt.Errorf("wechat: send to %s: cannot send now: %w", o.To, errRefused)
	}
	key := "direct|" + o.To + "|" + o.Text
	if o.Priority != bot.Urgent && t.recently(key, directRepeat) {
		t.log.InfoContext(ctx, "wechat: the same direct message was sent here a moment ago; not repeated", "to", o.To, "text", bot.ShortText(o.Text))
		return nil
	}
	var err error
	for _, part := range bot.Split(o.Text, t.cfg.Outbound.MaxChars) {
		p := o
		p.Text = part
		if err = t.send(ctx, p); err != nil {
			return err
		}
	}
	t.hinted.Put(key, t.o.Now())
	return nil
}

// directRepeat: SendNow sends one text to one place once in this long.
const directRepeat = 5 * time.Minute

func (t *Transport) send(ctx context.Context, o bot.Outbound) error {
	t.mu.Lock()
	w, online := t.wire, t.st.state == StateOnline
	t.mu.Unlock()
	if w == nil || !online {
		return fmt.Errorf("wechat: send to %s: logged out: %w", o.To, errRefused)
	}
	to, err := t.resolve(o)
	if err != nil {
		switch {
		case o.Priority != bot.Urgent:
		case errors.Is(err, errNoFriend):
			// once for the message, not at each attempt: each finds
			// the same
			if t.once("urgent|"+o.To+"|"+o.Text, time.Hour) {
				t.alert(ctx, alertUrgentNoFriend, t.wc.Account, o.To, bot.ShortText(o.Text))
			}
		default:
			t.alert(ctx, alertUndelivered, t.wc.Account, o.To, err)
		}
		return fmt.Errorf("wechat: send to %s: %w: %w", o.To, bot.ErrNotDelivered, err)
	}
	if err := t.waitCap(ctx); err != nil {
		return fmt.Errorf("wechat: send to %s: %w: %w", o.To, errRefused, err)
	}
	// A shutdown must not cut a request off mid-way (its outcome would be
	// unknown): the request runs to its end, bounded by sendTimeout.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sendTimeout)
	text := o.Text
	if o.Kind == bot.Group {
		text = t.mentions(o.To, text) // @ the names the members show
	}
	err = w.SendText(sctx, to, text)
	cancel()
	var ret openwechat.Ret
	switch {
	case err == nil:
		t.mu.Lock()
		t.sent = append(t.sent, t.o.Now())
		t.backoffN, t.netDownN = 0, 0
		t.mu.Unlock()
		return nil
	case notSent(err):
		pause := t.networkDown()
		t.log.WarnContext(ctx, "wechat: cannot reach WeChat; pausing all sending", "for", pause, "err", err)
		return fmt.Errorf("wechat: send to %s: network down: %w: %w", o.To, errRefused, err)
	case errors.As(err, &ret) && ret == 1205:
		pause := t.backoff()
		t.log.WarnContext(ctx, "wechat: WeChat says we send too often (1205); pausing all sending", "for", pause)
		return fmt.Errorf("wechat: send to %s: too frequent (1205): %w", o.To, errRefused)
	case isLogout(err):
		// The sync ends the session soon (and alerts); until then sending
		// again with dead credentials only makes noise.
		t.mu.Lock()
		t.backoffTil = t.o.Now().Add(logoutPause)
		t.mu.Unlock()
		return fmt.Errorf("wechat: send to %s: logged out: %w: %w", o.To, errRefused, err)
	case errors.As(err, &ret):
		// WeChat answered, so it did not deliver it (-1 system error, 1203
		// restricted, …).
		if o.Priority == bot.Urgent {
			t.alert(ctx, alertUndelivered, t.wc.Account, o.To, err)
		}
		return fmt.Errorf("wechat: send to %s: WeChat refused it (code %d): %w", o.To, int(ret), bot.ErrNotDelivered)
	}
	// The request or its answer was lost: it may or may not have gone out.
	return fmt.Errorf("wechat: send to %s: %w: %w", o.To, bot.ErrUnknownOutcome, err)
}

// resolve finds the UserName of an outbound message's destination.
func (t *Transport) resolve(o bot.Outbound) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if o.Kind == bot.Private {
		if un, ok := t.byRemark[o.To]; ok {
			return un, nil
		}
		if un, ok := t.privateTo[o.To]; ok {
			return un, nil
		}
		return "", fmt.Errorf("%w: no friend of the bot has the remark name %q: set it on the bot's phone", errNoFriend, o.To)
	}
	if un, ok := t.groupUser[o.To]; ok {
		return un, nil
	}
	for un, name := range t.unbound { // an answer to 绑定本群 in a group not bound yet
		if name == o.To {
			return un, nil
		}
	}
	return "", fmt.Errorf("%w: %q is not among the bot's groups; save it to contacts on the phone", errNoGroup, o.To)
}

// errNoFriend means a private message's addressee is no friend of the bot
// with that remark name (nor wrote to it in this session): WeChat cannot
// carry it until the operator adds the friend and sets the remark.
var errNoFriend = errors.New("not a friend")

// Friend reports whether a private message to address, a person of
// villageName, can go out: known is false while the account cannot tell
// (not online, its contacts not read, or the village served by another
// account), and friend then means nothing.
func (t *Transport) Friend(villageName, address string) (friend, known bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.st.state != StateOnline || !t.friendsKnown || !t.wc.Serves(villageName) {
		return false, false
	}
	_, friend = t.byRemark[address]
	if !friend {
		_, friend = t.privateTo[address]
	}
	return friend, true
}

// deadNoFriend alerts a private message given up because its addressee is
// no friend: once a day for each addressee, as everything written to him
// fails alike until the operator fixes it; the dispatcher logs each.
func (t *Transport) deadNoFriend(ctx context.Context, e bot.Envelope) {
	day := t.o.Now().In(t.cfg.Location()).Format(time.DateOnly)
	if !t.once("nofriend|"+e.To+"|"+day, 24*time.Hour) {
		t.log.WarnContext(ctx, "wechat: private message to a person who is no friend given up; alerted once today already", "to", e.To)
		return
	}
	t.alert(ctx, alertNoFriend, t.wc.Account, e.To, bot.ShortText(e.Text))
}

// backoff starts (or doubles) the pause after a 1205 answer.
func (t *Transport) backoff() time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	pause := t.wc.Backoff.Std() << min(t.backoffN, 4)
	t.backoffN++
	t.backoffTil = t.o.Now().Add(pause)
	return pause
}

// networkDown starts (or doubles, up to a minute) the pause after a send
// that could not reach WeChat.
func (t *Transport) networkDown() time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	pause := min(5*time.Second<<min(t.netDownN, 4), time.Minute)
	t.netDownN++
	t.backoffTil = t.o.Now().Add(pause)
	return pause
}

// waitCap waits until one more message fits in the per-minute cap.
func (t *Transport) waitCap(ctx context.Context) error {
	limit := t.wc.PerMinute
	if limit <= 0 {
		return nil
	}
	for {
		t.mu.Lock()
		now := t.o.Now()
		i := 0
		for i < len(t.sent) && now.Sub(t.sent[i]) >= time.Minute {
			i++
		}
		t.sent = t.sent[i:]
		var wait time.Duration
		if len(t.sent) >= limit {
			wait = t.sent[0].Add(time.Minute).Sub(now)
		}
		t.mu.Unlock()
		if wait <= 0 {
			return nil
		}
		if err := t.o.Sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// canSend reports whether the dispatcher may claim a message now.
func (t *Transport) canSend() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.wire != nil && t.st.state == StateOnline && !t.o.Now().Before(t.backoffTil)
}

// gate is the outbox as the dispatcher sees it: it claims nothing while the
// account cannot send (logged out, or pausing after 1205), so queued
// messages wait in Redis.
type gate struct{ t *Transport }

func (g *gate) Next(ctx context.Context, max int) ([]bot.Envelope, error) {
	if !g.t.canSend() {
		return nil, nil
	}
	return g.t.o.Outbox.Next(ctx, max)
}

func (g *gate) Done(ctx context.Context, sent bool, envs ...bot.Envelope) error {
	return g.t.o.Outbox.Done(ctx, sent, envs...)
}

func (g *gate) Release(ctx context.Context, envs ...bot.Envelope) error {
	return g.t.o.Outbox.Release(ctx, envs...)
}

func (g *gate) Retry(ctx context.Context, envs ...bot.Envelope) ([]bot.Envelope, error) {
	return g.t.o.Outbox.Retry(ctx, envs...)
}

func (g *gate) Resume(ctx context.Context, e bot.Envelope, rest string) error {
	return g.t.o.Outbox.Resume(ctx, e, rest)
}

func (g *gate) Abandoned(ctx context.Context) ([]bot.Envelope, error) {
	return g.t.o.Outbox.Abandoned(ctx)
}
