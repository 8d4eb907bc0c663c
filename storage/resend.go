package storage

import (
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
// process knew it for a resend). A Change carries it (Change.Sent): each
// commit of the message reads, in its script, the memo Made left of his
// words after an unanswered commit, and, the message being a resend of
// that first one, is made under the first's id (a duplicate when the
// first was made after all). No round trip of its own.
type Sent struct {
	By, Text, ID, Under string
}

// hash is m's words as commit.lua and the memo take them: hashed.
func (m *Sent) hash() string {
	h := fnv.New64a()
	_, _ = h.Write([]byte(m.Text))
	return strconv.FormatUint(h.Sum64(), 36)
}

// known reports whether m names a message a resend can be known by.
func (m *Sent) known() bool { return m != nil && m.By != "" && m.ID != "" }

// resendArgs are commit.lua's ARGV[15..20] for m ("": no message), late
// the millisecond on Redis's clock after which its commit is late
// (lateClock; "": unknown).
func resendArgs(args []any, m *Sent, late string) []any {
	if !m.known() {
		return append(args, "", "", "", "", "", "")
	}
	return append(args, m.By, m.hash(), m.ID, m.Under, int(ResendWindow/time.Second), late)
}

// memoKey is the resend memo of m's sender in the scope of base.
func memoKey(base string, m *Sent) string { return base + "resend:" + m.By }
