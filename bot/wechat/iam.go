package wechat

import (
	"context"
	"fmt"
	"strings"

	"gridbot/bot"
	"gridbot/village"
)

// replier answers in the message's group through the durable outbox, once
// per message id.
func (t *Transport) replier(ctx context.Context, it item, what string) func(string) {
	return func(text string) {
		o := bot.Outbound{To: it.msg.Chat, Kind: bot.Group, Priority: bot.Normal, Text: text}
		if err := t.o.Replies.Reply(ctx, it.msg.ID, o); err != nil {
			t.log.ErrorContext(ctx, "wechat: answer "+what, "err", err)
		}
	}
}

// leaders are the grid leaders who cover grid of villageName.
func (id *Identities) leaders(villageName, grid string) []string {
	var out []string
	for _, p := range id.people {
		if p.Covers(village.RoleLeader, villageName, grid) {
			out = append(out, p.Name)
		}
	}
	return out
}

// chatInfo is what the config says about a bound chat (fixed at start).
func (t *Transport) chatInfo(chat string) chatInfo { return t.chats[chat] }

// quoted returns the names in double quotes ("…" or “…”) in s.
func quoted(s string) []string {
	var out []string
	for {
		i := strings.IndexAny(s, "\"“")
		if i < 0 {
			return out
		}
		s = s[i+len(string([]rune(s[i:])[0])):]
		j := strings.IndexAny(s, "\"”")
		if j < 0 {
			return out
		}
		if n := strings.TrimSpace(s[:j]); n != "" {
			out = append(out, n)
		}
		s = s[j+len(string([]rune(s[j:])[0])):]
	}
}

// joinedNames reads who joined from WeChat's system text:
// `"张三"邀请"李四"、"王五"加入了群聊` or `"李四"通过扫描"张三"分享的二维码加入群聊`.
func joinedNames(content string) []string {
	if i := strings.Index(content, "邀请"); i >= 0 {
		rest, _, _ := strings.Cut(content[i+len("邀请"):], "加入")
		return quoted(rest)
	}
	if i := strings.Index(content, "通过扫描"); i >= 0 {
		return quoted(content[:i])
	}
	return nil
}

// leftNames reads who left from WeChat's system text: `你将"李四"、"王五"移出了群聊`
// (shown to the one who removed them) or `"李四"退出了群聊`.
func leftNames(content string) []string {
	for _, end := range []string{"移出了群聊", "退出了群聊"} {
		if i := strings.Index(content, end); i >= 0 {
			return quoted(content[:i])
		}
	}
	return nil
}

// forget drops the confirmed identities (我是) of members who left a grid
// group, and their claims waiting: whoever shows the same name later must
// say who they are again. Role holders are bound by remark name and are
// not affected.
func (t *Transport) forget(ctx context.Context, it item) {
	if t.o.IDs == nil {
		return
	}
	info := t.chatInfo(it.msg.Chat)
	for _, n := range strings.Split(it.msg.Text, "、") {
		from, _ := t.o.Identities.From(info.village, Sender{Display: n})
		if err := t.o.IDs.Unbind(ctx, info.village, info.grid, from); err != nil {
			t.log.ErrorContext(ctx, "wechat: forget the identity of a member who left", "display", n, "err", err)
			continue
		}
		t.log.InfoContext(ctx, "wechat: member left; a self-declared identity of this name is forgotten", "chat", it.msg.Chat, "display", n)
	}
}

// welcome greets people who joined a grid group; those the roster does not
// know by their name are asked to say who they are.
func (t *Transport) welcome(ctx context.Context, it item) {
	info := t.chatInfo(it.msg.Chat)
	var unknown []string
	for _, n := range strings.Split(it.msg.Text, "、") {
		if _, err := t.o.Identities.lookup(info.village, n); err != nil {
			unknown = append(unknown, n)
		}
	}
	text := fmt.Sprintf(joinWelcome, it.msg.Text)
	if len(unknown) > 0 {
		text += fmt.Sprintf(joinWho, strings.Join(unknown, "、"))
	}
	t.replier(ctx, it, "welcome")(text)
}
