package handlers

import (
	"context"
	"strconv"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
)

// callLogsTogether logs several calls of one message (「王奶奶好 石德贵没
// 接 白凤兰挺好」, 「回访 王奶奶 石德贵 已通」) in one commit, one round
// trip (rt67): each log is decided as callLog decides it alone (its
// retries, the leader's visit after two misses, the household's 收到),
// collected (turn.batch), not committed, then committed as one change,
// deduplicated by the message id: a message delivered again logs
// nothing twice. false when nothing was committed: a log that only a
// change of its own may carry (an item filed, a guard of its own, two
// households' 收到), a read that failed, or the joined change refused
// (another process changed the calls since): each is then logged on its
// own, as before.
func (r *Router) callLogsTogether(ctx context.Context, t *turn, cmd command, logs []string) bool {
	if t.batch != nil {
		return false
	}
	b := &batch{}
	for i, l := range logs {
		one := *t
		one.m.ID, one.out, one.batch = t.m.ID+"/"+strconv.Itoa(i), nil, b
		if err := r.callLog(ctx, &one, command{verb: words.VCall, word: cmd.word, args: l}); err != nil {
			return false
		}
	}
	c, ok := joinedCalls(t, b.items)
	if !ok || r.commitTurn(ctx, t, c, nil) != nil {
		return false
	}
	t.out = append(t.out, c.Out...)
	return true
}

// refMark begins every reference a commit gives (storage.RefPlaceholder,
// storage.RefN).
var refMark = storage.RefPlaceholder[:4]

// joinedCalls is the one change of several call logs' changes (items),
// of one scope: their documents, reads, counters, kept values, audit
// entries and messages in order, and the one 收到 any carries (Then).
// ok is false when they cannot be one change.
func joinedCalls(t *turn, items []batchItem) (c storage.Change, ok bool) {
	if len(items) == 0 {
		return c, false
	}
	c = storage.Change{Scope: items[0].c.Scope, MsgID: t.m.ID}
	for _, it := range items {
		x := it.c
		if x.Scope != c.Scope || x.Create || x.Report != nil || len(x.Also) > 0 || x.Ack != nil || x.Unchanged != nil ||
			x.About != "" || len(x.Withdraw) > 0 || x.Read != (storage.IndexRead{}) || x.Then != nil && c.Then != nil {
			return storage.Change{}, false
		}
		for _, d := range x.Docs {
			if d.RefsFirst {
				return storage.Change{}, false
			}
		}
		for _, k := range x.Keep {
			if k.RefsFirst {
				return storage.Change{}, false
			}
		}
		for _, o := range x.Out {
			if strings.Contains(o.Text, refMark) || strings.Contains(o.Text, storage.AckedPlaceholder) {
				return storage.Change{}, false // a reference the commit gives: the first document's
			}
		}
		if x.Then != nil {
			c.Then = x.Then
		}
		c.Docs = append(c.Docs, x.Docs...)
		c.Reads = append(c.Reads, x.Reads...)
		c.Incr = append(c.Incr, x.Incr...)
		c.Keep = append(c.Keep, x.Keep...)
		c.Out = append(c.Out, x.Out...)
		joinAudits(&c, x, "")
	}
	return c, true
}
