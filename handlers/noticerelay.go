package handlers

import (
	"context"
	"errors"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// noticePassedOn takes a villager's word in his grid's group that he
// passed the notice on (words.RelaySaid: 「王奶奶那边我告诉她了」, 「我跟我妈说
// 了」) as his household's 收到 of the notices a bare 收到 answers, posted
// there within the last two days (words.AnsweredSince): he plainly read it. Kin,
// or one of his household, named: nothing more, and silence, as a 收到 in
// the group gets. Another household of the grid named: its 收到 is not
// counted (his word is not theirs), but the notices keep that he said so
// (storage.NoticeAck.Told) for the worker's chase list (「张三说已转告」),
// and he is told so. One commit; done is false when t says no such thing,
// and true, nothing said, when no notice of late was posted there
// (ErrNoticeOlder). A neighbour with a post that is not the grid's (the
// shop's 周八, the scoring group's 赵六) is a household like any; the
// grid's own leaders and workers are asked here only of a household that
// uses WeChat (notice72: 「赵六那边我告诉他了」, his 已转告 kept for it as a
// neighbour's is, the reply naming no worker to confirm): their word of
// having told an elder is their call log, read before.
func (r *Router) noticePassedOn(ctx context.Context, t *turn) (done bool, err error) {
	own := t.who.Tends(t.where.Village, t.where.Grid)
	if t.where.Kind != words.InGrid || t.quote != nil && !words.NoticeRe.MatchString(t.quote.Text) || utf8.RuneCountInString(t.text) > maxPassedOn || !words.MayBeRelay(t.text) {
		return false, nil
	}
	chat, _ := r.ackChat(t)
	if chat == "" {
		return false, nil
	}
	byName := map[string]village.Person{}
	var names []string
	for _, p := range r.people.All() {
		if p.Village == t.where.Village && p.Grid == t.where.Grid && p.Household != "" && p.Key() != t.who.Key() {
			byName[p.Name] = p
			names = append(names, p.Name)
		}
	}
	name, ok := words.RelaySaid(t.text, names)
	if p, other := byName[name]; !ok || own && (!other || !p.UsesWeChat || p.HouseholdKey() == t.who.HouseholdKey()) {
		return false, nil
	}
	ack := noticeAck(t, chat)
	ack.Since = words.AnsweredSince(t.at) // a notice of late: not the group's last of a month ago
	var out []bot.Outbound
	if p, other := byName[name]; other && p.HouseholdKey() != t.who.HouseholdKey() {
		ack.Told = []string{storage.ToldField(p.HouseholdKey(), r.shown(t.who))}
		out = []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.passedon", map[string]any{"AskerTo": []string{t.m.From},
			"Told": p.Name, "Acked": storage.AckedPlaceholder, "Who": r.noticeAnswerers(t), "Own": own, "By": r.shown(t.who),
			"Workers": len(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker)) > 0}))}
	}
	_, err = r.store.Commit(ctx, storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID, Ack: &ack, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice_passed_on", Note: words.ShortText(t.text)}})
	if errors.Is(err, storage.ErrNoticeOlder) {
		return true, nil // no notice of late: talk of something else
	}
	return true, err
}

// maxPassedOn is how long a message saying a notice was passed on may be.
const maxPassedOn = 30
