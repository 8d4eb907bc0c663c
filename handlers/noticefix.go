package handlers

// An officer's bare 「更正：…」 in the township's chat, which posts
// nothing: a correction goes out as a 通知 of its own.

import (
	"context"
	"slices"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// correctionAlone answers an officer's (or admin's) 「更正：…」 or
// 「纠正：…」 in the township's chat, quoting nothing and naming no item:
// it posts nothing, so he is shown the 通知 that posts it, to the groups
// his latest notice went to (noticeScope), or told he has sent no notice
// to correct and how to send one. One read of the notices; done is
// false, before it, for other words.
func (r *Router) correctionAlone(ctx context.Context, t *turn) (done bool, err error) {
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	text := strings.TrimSpace(t.text)
	body, ok := words.CutAnyPrefix(text, "更正", "纠正")
	body = strings.Trim(body, " ：:，,")
	if t.where.Kind != words.InOffice || !officer || t.quote != nil || !ok || !understand.HasContent(body) ||
		len(village.FindRefs(text)) > 0 || understand.Alarms(body) {
		return false, nil
	}
	notices, err := r.store.Notices(ctx, storage.TownshipScope(r.cfg.Township.Name), storage.NoticesAll)
	if err != nil {
		return true, err
	}
	var last *village.Notice
	for i, n := range notices {
		mine := n.ByKey == t.who.Key() || n.ByKey == "" && n.By == t.who.Name
		if mine && len(n.Groups) > 0 && !n.At.Before(words.RelayedSince(t.at)) && (last == nil || n.At.After(last.At)) {
			last = &notices[i]
		}
	}
	data := map[string]any{"Body": body}
	if last != nil {
		scope, groups := r.noticeScope(t, *last)
		data["N"], data["Groups"] = last, groups
		data["Cmd"] = strings.Join(slices.DeleteFunc([]string{"通知", scope, "更正：" + body}, func(s string) bool { return s == "" }), " ")
	}
	return true, r.reply(ctx, t, "notice.fixalone", data)
}

// noticeScope is the scope word a 通知 of the sender's would be written
// with to reach the groups notice n went to ("" for all he may notify, a
// village's or a grid's name), and those groups; "" and what the scope
// "" reaches when no one word reaches them.
func (r *Router) noticeScope(t *turn, n village.Notice) (string, []string) {
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	words := []string{""}
	for _, v := range r.cfg.Villages {
		words = append(words, v.Name)
		for _, g := range v.Grids {
			words = append(words, g.Name)
		}
	}
	for _, w := range words {
		groups, _, _ := r.noticeGroups(w, t.who, officer)
		if len(groups) > 0 && slices.Equal(slices.Sorted(slices.Values(groups)), slices.Sorted(slices.Values(n.Groups))) {
			return w, groups
		}
	}
	groups, _, _ := r.noticeGroups("", t.who, officer)
	return "", groups
}
