package wechat

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gridbot/bot"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/village"
)

// iam handles "我是 姓名": a villager whose group name the roster does not
// know says who they are; the grid's leaders are asked to confirm. Role
// holders are never bound this way: their identity is the remark name.
func (t *Transport) iam(ctx context.Context, it item) {
	m := it.msg
	reply := t.replier(ctx, it, "我是")
	fields := iamFields(m.Text)
	info := t.chatInfo(m.Chat)
	if len(fields) == 0 || len(fields) > 2 || info.village == "" {
		reply(iamUsage)
		return
	}
	name := fields[0]
	if len(fields) == 2 { // 我是 王芳 QS-205: the household tells namesakes apart
		name += roster.HouseholdSep + fields[1]
	}
	if it.verified {
		reply(fmt.Sprintf(idConfirmed, it.display, m.From, m.From))
		return
	}
	p, err := t.o.Identities.lookup(info.village, name)
	switch {
	case errors.Is(err, errAmbiguous):
		reply(fmt.Sprintf(iamAmbiguous, name, name))
		return
	case err != nil:
		reply(fmt.Sprintf(iamUnknown, fields[0]))
		return
	case privileged(p):
		t.log.WarnContext(ctx, "wechat: 我是 for a role holder refused", "display", it.display, "name", name)
		reply(iamCadre)
		return
	}
	bound := p.Name
	if _, err := t.o.Identities.lookup(info.village, p.Name); err != nil {
		bound = p.Name + roster.HouseholdSep + p.Household // a namesake: bind the exact person
	}
	if err := t.o.State.AskIdentity(ctx, roster.FoldName(it.display), bound); err != nil {
		t.log.ErrorContext(ctx, "wechat: keep an identity claim", "err", err)
		return
	}
	leaders := t.o.Identities.leaders(info.village, p.Grid)
	text := fmt.Sprintf(iamAsk, tmpl.Mention(leaders), it.display, p.Name, p.Household)
	if t.remarked(bound) {
		// the named villager already speaks from his own account, which
		// the operator bound by remark name: this may be someone else
		t.log.WarnContext(ctx, "wechat: 我是 names a villager bound by remark name", "display", it.display, "name", bound)
		text += fmt.Sprintf(iamTaken, p.Name, it.display)
	}
	reply(text + fmt.Sprintf(iamConfirm, it.display, it.display))
}

// remarked reports whether a friend of the bot account has name as his
// remark name: that person is known by it already.
func (t *Transport) remarked(name string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	_, ok := t.byRemark[name]
	return ok
}

// saysWhoHeIs reports whether text in chat is a 我是: "我是 姓名 [户号]",
// or written together as villagers type it ("我是陈二", "我是陈二。")
// when what follows 我是 is a name the village's roster has, so that
// "我是新来的" and "我是三组的，路灯坏了" stay ordinary messages.
func (t *Transport) saysWhoHeIs(chat, text string) bool {
	if strings.HasPrefix(text, iamCommand+" ") || strings.HasPrefix(text, iamCommand+"\u3000") {
		return true
	}
	fields := iamFields(text)
	if !strings.HasPrefix(text, iamCommand) || len(fields) != 1 {
		return false
	}
	_, err := t.o.Identities.lookup(t.chatInfo(chat).village, fields[0])
	return err == nil || errors.Is(err, errAmbiguous)
}

// iamFields are the words after 我是: the name and maybe the household,
// without the full stop or exclamation a sentence ends with.
func iamFields(text string) []string {
	return strings.Fields(strings.TrimRight(strings.TrimPrefix(text, iamCommand), "。.!！~～ \u3000"))
}

// confirmID handles "确认身份 群昵称" by a grid leader (by remark name).
func (t *Transport) confirmID(ctx context.Context, it item) {
	m := it.msg
	reply := t.replier(ctx, it, "确认身份")
	display := strings.TrimSpace(strings.TrimPrefix(m.Text, idConfirmWord))
	if display == "" {
		reply(idConfirmUsage)
		return
	}
	info := t.chatInfo(m.Chat)
	p, ok := t.o.Identities.Person(info.village, m.From)
	if !it.verified || !ok || !(p.Has(village.RoleLeader) || p.Has(village.RoleAdmin)) || (info.village != "" && p.Village != info.village && !p.Has(village.RoleAdmin)) {
		reply(idRefused)
		return
	}
	name, err := t.o.State.ConfirmIdentity(ctx, roster.FoldName(display))
	if errors.Is(err, storage.ErrNotFound) {
		reply(fmt.Sprintf(idNoneWaiting, display))
		return
	}
	if err != nil {
		t.log.ErrorContext(ctx, "wechat: confirm an identity", "err", err)
		return
	}
	t.o.Identities.Declare(display, name)
	t.log.InfoContext(ctx, "wechat: identity confirmed", "display", display, "name", name, "by", m.From)
	reply(fmt.Sprintf(idConfirmed, display, name, name))
}

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

// forget drops the self-declared identities (我是) of members who left a
// grid group: whoever shows the same name later must say who they are
// again. Role holders are bound by remark name and are not affected.
func (t *Transport) forget(ctx context.Context, it item) {
	for _, n := range strings.Split(it.msg.Text, "、") {
		if err := t.o.State.ForgetIdentity(ctx, roster.FoldName(n)); err != nil {
			t.log.ErrorContext(ctx, "wechat: forget the identity of a member who left", "display", n, "err", err)
			continue
		}
		t.o.Identities.Forget(n)
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
