package storage

import (
	"context"
	"hash/fnv"
	"strconv"
	"time"
)

// ResendWindow is how long after a message whose commit went unanswered
// the same words from the same sender where he wrote them are taken as
// that message sent again (the apology asks him to send it again within
// minutes when no reply comes): the resend memo's life in Redis.
const ResendWindow = 10 * time.Minute

// Sent is a message as its resend is known by, whichever process it
// reaches: By is its sender where he wrote it (a chat and the sender, or
// his private chat), Text its words, ID its own transport id and Under
// the id it is handled under (its own, or the first message's when this
// process knew it for a resend).
type Sent struct {
	By, Text, ID, Under string
}

// sent is a Sent as commit.lua takes it: the words hashed.
type sent struct {
	by, hash, id, under string
}

// sentKey is the context key of the message being handled (Sending).
type sentKey struct{}

// Sending returns ctx saying that the changes committed with it are m's:
// each commit reads, in its script, the memo Made left of m's words from
// its sender after an unanswered commit, and, m being a resend of that
// first message, is made under the first's id (a duplicate when the
// first was made after all). No round trip of its own.
func Sending(ctx context.Context, m Sent) context.Context {
	if m.By == "" || m.ID == "" {
		return ctx
	}
	h := fnv.New64a()
	_, _ = h.Write([]byte(m.Text))
	return context.WithValue(ctx, sentKey{}, &sent{by: m.By, hash: strconv.FormatUint(h.Sum64(), 36), id: m.ID, under: m.Under})
}

// sentOf is the message ctx's changes are committed for (Sending), or nil.
func sentOf(ctx context.Context) *sent {
	m, _ := ctx.Value(sentKey{}).(*sent)
	return m
}

// resendArgs are commit.lua's ARGV[15..19] for m ("": no message).
func resendArgs(args []any, m *sent) []any {
	if m == nil {
		return append(args, "", "", "", "", "")
	}
	return append(args, m.by, m.hash, m.id, m.under, int(ResendWindow/time.Second))
}

// memoKey is the resend memo of m's sender in the scope of base.
func memoKey(base string, m *sent) string { return base + "resend:" + m.by }

// memoValue is the memo of m's words, first sent as id.
func memoValue(m *sent, id string) string { return m.hash + "\n" + id }
