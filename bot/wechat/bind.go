package wechat

import (
	"context"
	"fmt"
	"strings"

	"gridbot/bot"
	"gridbot/village"
)

// bind handles "绑定本群 网格": an admin (recognised by remark name) binds
// the group the message came from to a configured grid chat.
func (t *Transport) bind(ctx context.Context, it item) {
	m := it.msg
	to := bot.Outbound{To: m.Chat, Kind: bot.Group, Priority: bot.Normal}
	if to.To == "" {
		to.To = it.groupName // not bound yet: the Sender finds it by its WeChat name
	}
	reply := func(text string) {
		to.Text = text
		if err := t.o.Replies.Reply(ctx, m.ID, to); err != nil {
			t.log.ErrorContext(ctx, "wechat: answer 绑定本群", "err", err)
		}
	}
	p, ok := t.o.Identities.Person("", m.From)
	if !it.verified || !ok || !p.Has(village.RoleAdmin) {
		t.log.WarnContext(ctx, "wechat: 绑定本群 refused: not an admin by remark name", "from", m.From, "group", it.groupName)
		reply(bindRefused)
		return
	}
	arg := strings.TrimSpace(strings.TrimPrefix(m.Text, bindCommand))
	example := t.exampleGrid()
	if arg == "" {
		reply(fmt.Sprintf(bindUsage, example))
		return
	}
	chat, label, err := t.findChat(arg)
	if err != "" {
		reply(fmt.Sprintf(err, arg, example))
		return
	}
	t.mu.Lock()
	if _, ok := t.groupName[it.group]; !ok {
		t.groupName[it.group] = it.groupName
	}
	t.unbound[it.group] = it.groupName
	t.bindLocked(it.group, chat)
	t.st.missing = remove(t.st.missing, chat)
	t.mu.Unlock()
	if err := t.o.State.Bind(ctx, it.groupName, chat); err != nil {
		t.log.ErrorContext(ctx, "wechat: keep a binding", "err", err)
	}
	t.log.InfoContext(ctx, "wechat: group bound in chat", "group", it.groupName, "chat", chat, "by", m.From)
	to.To = chat
	reply(fmt.Sprintf(bindDone, label, chat))
}

// findChat reads a grid ("三组", "青山村三组", "青山村 三组") or a configured
// chat name; errText is a format (arg, example) when nothing fits.
func (t *Transport) findChat(arg string) (chat, label, errText string) {
	arg = strings.Join(strings.Fields(arg), "")
	if _, ok := t.chats[arg]; ok {
		label := arg
		if v, g, ok := t.cfg.GridOfGroup(arg); ok {
			label = v + g
		}
		return arg, label, ""
	}
	var hits [][2]string
	for _, v := range t.cfg.ServedVillages() {
		for _, g := range v.Grids {
			if arg == g.Name || arg == v.Name+g.Name {
				hits = append(hits, [2]string{g.Group, v.Name + g.Name})
			}
		}
	}
	switch len(hits) {
	case 0:
		if _, _, ok := t.cfg.GridOfGroup(arg); ok || t.anyVillageHasGrid(arg) {
			return "", "", bindElsewhere
		}
		return "", "", bindUnknown
	case 1:
		return hits[0][0], hits[0][1], ""
	}
	return "", "", bindAmbiguous
}

// anyVillageHasGrid reports whether arg names a grid ("一组" or "白水村一组")
// of any configured village, served by this account or not.
func (t *Transport) anyVillageHasGrid(arg string) bool {
	for _, v := range t.cfg.Villages {
		for _, g := range v.Grids {
			if arg == g.Name || arg == v.Name+g.Name {
				return true
			}
		}
	}
	return false
}

func (t *Transport) exampleGrid() string {
	v := t.cfg.ServedVillages()[0]
	return v.Name + v.Grids[len(v.Grids)-1].Name
}
