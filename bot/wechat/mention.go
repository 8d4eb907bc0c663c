package wechat

import (
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
// handlers do not know, nor for a name several villagers share.
func (t *Transport) learnShown(it *item, info chatInfo) {
	shown := it.display
	if shown == "" || it.msg.Chat == "" || it.ambiguous {
		return
	}
	name := ""
	if p, ok := t.o.Identities.Person(info.village, it.msg.From); ok {
		name = t.o.Identities.roster.Address(p.Key(), p.Name)
	} else if t.o.IDs != nil {
		name = t.o.IDs.BoundAs(info.village, info.grid, it.msg.From, it.msg.Account)
	}
	if name == "" {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	m := t.shownAs[it.msg.Chat]
	if name == shown {
		delete(m, name)
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
