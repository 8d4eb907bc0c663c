// Package bot is the transport boundary: the Message every transport turns
// its input into, the Outbound every reply becomes, the Handler and
// Middleware that sit between them, and the Dispatcher that drains the
// durable outbox through a transport at a safe pace. It imports no project
// package.
package bot

import (
	"context"
	"strings"
	"time"
)

// Message is one inbound chat message, transport-neutral.
type Message struct {
	// ID is the transport's message id; the same id is handled once.
	ID string `json:"id"`
	// At is when the transport received it.
	At time.Time `json:"at"`
	// Chat is the group name; empty for a private message.
	Chat string `json:"chat,omitempty"`
	// Private is true for a one-to-one message to the bot.
	Private bool `json:"private,omitempty"`
	// From is the sender as the transport identifies them: a roster name
	// (sandbox, replay) or a remark name / group display name (WeChat).
	From string `json:"from"`
	// Account is the transport's id of the account that sent it, the same
	// for all its messages whatever name it shows, as long as the
	// transport can tell: "<era>/<id>", where two ids of one era are one
	// account or two, and ids of two eras cannot be compared (WeChat: one
	// login each, as UserNames change at every login; see SameAccount).
	// "" where the name is the identity (sandbox, replay). A group name a
	// leader confirmed (我是) holds for his account only.
	Account string `json:"account,omitempty"`
	// Nick is the sender's own account name where the transport has one
	// (WeChat: his nickname), which he chose and anyone may copy: with the
	// group and the name he shows there, it is how a group name a leader
	// confirmed for an Account of an earlier era is found again (handlers:
	// a binding re-attached at the first message after a new login).
	Nick string `json:"nick,omitempty"`
	// Text is the message text without the quote block and without the
	// leading @bot mention.
	Text string `json:"text"`
	// Quote is the quoted message of a quoted reply, if any.
	Quote *Quote `json:"quote,omitempty"`
	// Mentioned is true when the message @-mentions the bot.
	Mentioned bool `json:"mentioned,omitempty"`
	// Images are paths of pictures the message carries, saved by the
	// transport. A message of images and no text is a photo the handlers
	// match with its sender's claim or report (its evidence).
	Images []string `json:"images,omitempty"`
}

// UnverifiedSuffix ends Message.From when the transport could not tell
// who the sender is: a self-chosen name that collides with a role holder,
// or one several people of the roster share ("张三(未核实)"). A transport
// may append "?" after it to keep such names apart.
const UnverifiedSuffix = "(未核实)"

// Quote is the message a reply quotes.
type Quote struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// Kind says where an outbound message goes.
type Kind string

const (
	Group   Kind = "group"
	Private Kind = "private"
)

// Priority orders the outbox: lower goes first.
type Priority int

const (
	Urgent Priority = 0 // emergencies
	Normal Priority = 1 // replies
	Bulk   Priority = 2 // digests and summaries
)

// Outbound is one message the bot wants to send.
type Outbound struct {
	To       string   `json:"to"` // group name, or roster name for private
	Kind     Kind     `json:"kind"`
	Priority Priority `json:"prio"`
	Text     string   `json:"text"`
	// Merge, when set, lets a transport sending directly (the store down,
	// nothing queued) hold the message back and send it together with the
	// later ones of the same Merge, so that a burst of them does not flood
	// the chat: their shared first line once, then the other lines of
	// each. Empty: sent as it is.
	Merge string `json:"merge,omitempty"`
	// NotBefore, when set, is the earliest time the message may go out:
	// a message for someone else written in quiet hours is held in the
	// outbox until they end. Zero: at once.
	NotBefore time.Time `json:"not_before,omitzero"`
	// Expires, of a held message (NotBefore), is when what it asks stops
	// being possible (the end of the wait a 「请在今天14:01前发」 names):
	// released at or after it (the bot was down meanwhile), it is not sent
	// (storage.Outbox marks it "expired"). Zero: it never expires.
	Expires time.Time `json:"expires,omitzero"`
	// Written, of a message not held (no NotBefore), is when its text was
	// written: its 今天 and 明天 count from that day, and sent late (the
	// transport failed meanwhile) it is reworded from it (storage.Outbox).
	// Zero: sent as written. The store stamps it (storage.WrittenAt).
	Written time.Time `json:"written,omitzero"`
	// About, when set, is the item (a report's or claim's reference) a
	// held message is about where the change queuing it is about several
	// (one message's 上报镇 of two reports): it is withdrawn when that
	// item is settled before it goes out. Empty: the change's item. A
	// storage placeholder of the change's n-th document (storage.RefN) is
	// that document's reference.
	About string `json:"about,omitempty"`
	// Join, when set, is the opening (a 【…】 tag) of the message's kind,
	// or JoinMixed for a text with none: the queued messages with a Join
	// to the same chat are claimed together and go out as one
	// (storage.Joined), numbered, JoinFirst ones first, then in the order
	// they were queued. When all share one Join it opens the message once
	// and each text goes without it; else JoinMixed opens it and each text
	// keeps its own. Messages held in quiet hours get one (hold) and are
	// joined as they are released, when they end: each is still withdrawn
	// on its own (About) until then. Empty: on its own.
	Join string `json:"join,omitempty"`
	// JoinFirst puts the message before the others it is joined with (one
	// about an emergency among the night's notes).
	JoinFirst bool `json:"join_first,omitempty"`
	// ForOthers marks a message to the speaker's own chat that asks
	// someone else (the 满意 question to a reporter in the group a 办结
	// was said in): in quiet hours it is held as a message to another is,
	// not sent as his answer (handlers' hold). Not stored: read before
	// the commit only.
	ForOthers bool `json:"-"`
}

// JoinMixed opens a message joining texts of different kinds (Join): the
// notes of the night, released in the morning.
const JoinMixed = "【夜里的消息】"

// Handler handles one inbound message. Replies leave through the outbox, not
// through the return value, so that they are stored with the state change.
type Handler interface {
	Handle(ctx context.Context, m Message) error
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(ctx context.Context, m Message) error

// Handle calls f.
func (f HandlerFunc) Handle(ctx context.Context, m Message) error { return f(ctx, m) }

// Middleware wraps a Handler.
type Middleware func(Handler) Handler

// Chain applies middlewares so that the first one is outermost.
func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// SameAccount tells whether two Message.Accounts are one account (same),
// and whether the transport could tell at all (known): not when either
// is "" or they are of two eras (see Message.Account).
func SameAccount(a, b string) (same, known bool) {
	if a == "" || b == "" {
		return false, false
	}
	if era(a) != era(b) {
		return false, false
	}
	return a == b, true
}

// era is the era of a Message.Account: what comes before its last "/".
func era(account string) string {
	return account[:max(strings.LastIndexByte(account, '/'), 0)]
}
