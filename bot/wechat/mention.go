package wechat

import (
	"context"
	"regexp"
)

// The handlers @ a person by the name they address him as (his roster
// name); WeChat notifies a member only when the @ shows the name he shows
// in the group (群昵称, else his nickname), which may be another. The
// transport learns, from each member's messages, how the person the
// handlers know him as shows in that group now, and writes their @s so.
// One it has not heard since the login is @'d by the roster name.

// learnShown records how the sender of the group message it shows in its
// chat, under the name the handlers address him as: his remark name's
// person, the roster person his group name or nickname is, or the one a
// leader confirmed it as (我是). Nothing is recorded for one the
// handlers do not know, nor for a name several villagers share. A change
// is noted on it (it.shown) for the worker to keep in Redis (keepShown):
// this runs on the polling goroutine, which never touches Redis.
func (t *Transport) learnShown(it *item, info chatInfo) {
	shown := it.display
	if shown == "" || it.msg.Chat == "" || it.ambiguous {
		return
	}
	name := ""
	if p, ok := t.o.Identities.Person(info.village, it.msg.From); ok {
		name = t.o.Identities.roster.Address(p.Key(), p.Name)
	} else if t.o.IDs != nil {
		name = t.o.IDs.BoundAs(info.village, info.grid, it.msg)
	}
	if name == "" {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	m := t.shownAs[it.msg.Chat]
	if name == shown {
		if _, ok := m[name]; ok {
			delete(m, name)
			it.shown = &shownName{chat: it.msg.Chat, name: name}
		}
		return
	}
	if m[name] == shown {
		return
	}
	if m == nil {
		if t.shownAs == nil {
			t.shownAs = map[string]map[string]string{}
		}
		m = map[string]string{}
		t.shownAs[it.msg.Chat] = m
	}
	m[name] = shown
	it.shown = &shownName{chat: it.msg.Chat, name: name, shown: shown}
}

// shownName is a change learnShown made: in chat, the member the handlers
// address as name now shows shown ("": his name itself).
type shownName struct{ chat, name, shown string }

// keepShown keeps the change learnShown noted on it in Redis, one round
// trip, so that a restart still @s him by the name he shows.
func (t *Transport) keepShown(ctx context.Context, it item) {
	if it.shown == nil {
		return
	}
	if err := t.o.State.SetShown(ctx, it.shown.chat, it.shown.name, it.shown.shown); err != nil {
		t.log.WarnContext(ctx, "wechat: keep the name a member shows", "chat", it.shown.chat, "err", err)
	}
}

// loadShown fills the names members show from Redis, once a process (at
// its first login): what was learnt since, in memory, is newer.
func (t *Transport) loadShown(ctx context.Context) {
	t.mu.Lock()
	read := t.shownRead
	t.mu.Unlock()
	if read {
		return
	}
	kept, err := t.o.State.Shown(ctx)
	if err != nil {
		t.log.WarnContext(ctx, "wechat: read the names members show", "err", err)
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.shownRead = true
	if t.shownAs == nil {
		t.shownAs = map[string]map[string]string{}
	}
	for chat, names := range kept {
		m := t.shownAs[chat]
		if m == nil {
			m = map[string]string{}
			t.shownAs[chat] = m
		}
		for name, shown := range names {
			if _, learnt := m[name]; !learnt {
				m[name] = shown
			}
		}
	}
}

// mentionRe is an @ as the handlers write it (tmpl.Mention).
var mentionRe = regexp.MustCompile("@([^@\\s\u2005]+)\u2005")

// mentions writes the @s of text, bound for chat, with the names their
// people show there now (learnShown).
func (t *Transport) mentions(chat, text string) string {
	t.mu.Lock()
	m := t.shownAs[chat]
	if len(m) == 0 {
		t.mu.Unlock()
		return text
	}
	out := mentionRe.ReplaceAllStringFunc(text, func(at string) string {
		if shown, ok := m[at[1:len(at)-len("\u2005")]]; ok {
			return "@" + shown + "\u2005"
		}
		return at
	})
	t.mu.Unlock()
	return out
}
