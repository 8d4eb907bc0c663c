package wechat

import (
	"context"
	"strings"
	"sync"
	"time"

	"gridbot/bot"
)

// mergeEvery: SendNow sends at most one message of a Merge key in this
// long; those that come in between are held and go out as one when it has
// passed (mergeCheck looks for them).
const (
	mergeEvery = 3 * time.Minute
	mergeCheck = 10 * time.Second
)

// merger holds direct messages with a Merge key (bot.Outbound.Merge): with
// Redis down every villager shouting about one fire is a new witness for
// the duty chat, and they go there as one short message every few minutes
// rather than one each.
type merger struct {
	mu   sync.Mutex
	last map[string]time.Time    // Merge key → when its last message went out
	held map[string]bot.Outbound // Merge key → what waits, merged
}

func newMerger() *merger {
	return &merger{last: map[string]time.Time{}, held: map[string]bot.Outbound{}}
}

// take returns o to send now, merged with what was held for its key, or
// false when its key sent a message less than mergeEvery ago: then o is
// held.
func (m *merger) take(o bot.Outbound, now time.Time) (bot.Outbound, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if prev, ok := m.held[o.Merge]; ok {
		o = merged(prev, o)
	}
	if last, ok := m.last[o.Merge]; ok && now.Sub(last) < mergeEvery {
		m.held[o.Merge] = o
		return bot.Outbound{}, false
	}
	delete(m.held, o.Merge)
	m.last[o.Merge] = now
	return o, true
}

// due returns the held messages whose keys may send again, as sent now,
// and forgets the keys that sent nothing for mergeEvery.
func (m *merger) due(now time.Time) []bot.Outbound {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []bot.Outbound
	for k, last := range m.last {
		if now.Sub(last) < mergeEvery {
			continue
		}
		o, ok := m.held[k]
		if !ok {
			delete(m.last, k)
			continue
		}
		out = append(out, o)
		delete(m.held, k)
		m.last[k] = now
	}
	return out
}

// drain returns and forgets every held message.
func (m *merger) drain() []bot.Outbound {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []bot.Outbound
	for k, o := range m.held {
		out = append(out, o)
		delete(m.held, k)
	}
	return out
}

// merged is a followed by the lines of b after its first, which repeats
// a's.
func merged(a, b bot.Outbound) bot.Outbound {
	if _, rest, ok := strings.Cut(b.Text, "\n"); ok {
		a.Text += "\n" + rest
	}
	return a
}

// sendHeld sends the held direct messages as their time comes, until ctx
// ends; what is held then is logged, as nothing keeps it.
func (t *Transport) sendHeld(ctx context.Context) {
	for t.o.Sleep(ctx, mergeCheck) == nil {
		for _, o := range t.merges.due(t.o.Now()) {
			if err := t.sendDirect(ctx, o); err != nil {
				t.log.ErrorContext(ctx, "wechat: held direct message not sent", "to", o.To, "text", o.Text, "err", err)
			}
		}
	}
	for _, o := range t.merges.drain() {
		t.log.ErrorContext(ctx, "wechat: held direct message not sent: stopping; pass it on by hand", "to", o.To, "text", o.Text)
	}
}
