package handlers

// Ads and scams in a grid group (spam66). A stranger's advertisement
// ("大家好 我是新来的 卖保险的 有需要的加我微信", "低息贷款 无抵押 加我微信")
// is neither welcomed nor answered; the grid's leaders hear privately,
// once a stranger a day, who posted what and that they may remove him.
// A villager's own ad ("低价出售化肥 加微信…", "招工 日结300 联系…") is
// the group's business: silent, and read no further, so it is never filed
// as a report or claim (officer68); one offering a loan on a fraud's
// terms or sure returns gets the scam's warning below. A message that reads as fraud (a
// lure — a prize, a subsidy or refund, an account in trouble, paid
// 刷单 — with what a scam asks for: a transfer, a 验证码, a bank card, a
// link to click) from anyone but a cadre (officialVoice) gets one short warning in the
// group naming the grid's workers and 96110, once per text a day, and
// the leaders hear privately who posted it. A warning about scams
// Sent to the bot privately, the sender alone is warned (no note).
// A warning ("大家小心 最近有冒充医保局的诈骗电话"), an alarm ("我妈正在给骗子转账"),
// a question ("补贴领取要填银行卡吗") and one's own matter ("我的银行卡冻结了
// 转账转不出去") are not scams, unless they hold a link (a pasted one).

import (
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// Lexicons of an advertisement: what is offered, and how to reach the seller.
// Lexicons of a loan or investment fraud posted as an ad (officer68): a
// officialVoice reports whether t's sender speaks for the grid or the
// township: a leader, worker, officer or admin of the roster (their
// notices, even of a scam's words, are never warned of). The shopkeeper
// and the scorers are villagers here: a scam they forward is warned of.
func officialVoice(t *turn) bool {
	return !t.stranger && slices.ContainsFunc(t.who.Roles, func(x village.Role) bool {
		return x == village.RoleLeader || x == village.RoleWorker || x == village.RoleOfficer || x == village.RoleAdmin
	})
}

// promo handles a scam or a stranger's ad in a grid group (see above).
func (r *Router) promo(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind == words.InOffice || officialVoice(t) {
		return false, nil
	}
	if _, isCmd := parseCommand(t.text); isCmd {
		return false, nil
	}
	if t.where.Kind == words.InPrivate {
		if !words.ReadsAsScam(t.text) {
			return false, nil
		}
		// a villager asking the bot about one he received: warned, not
		// asked whether to file it
		return true, r.reply(ctx, t, "promo.scamprivate", r.scamData(t))
	}
	switch {
	case words.ReadsAsScam(t.text):
		return true, r.scamWarning(ctx, t, false)
	case t.stranger && words.ReadsAsAd(t.text):
		return true, r.strangerAd(ctx, t)
	case t.stranger || !words.VillagerAd(t.text):
		return false, nil
	case words.ReadsAsScamAd(t.text):
		// a villager's 「无抵押贷款 当天到账 加微信」: the group warned
		// (not he), the leader asked whether he forwarded it
		return true, r.scamWarning(ctx, t, true)
	}
	// a villager's own sale or hiring: the group's business; nothing is
	// read into it (no report, no claim), nothing said, no round trip
	r.log.InfoContext(ctx, "villager ad left alone", "id", t.m.ID, "chat", t.m.Chat)
	return true, nil
}

// promoDay is the day of t as dedupe ids write it.
func (r *Router) promoDay(t *turn) string { return t.at.In(r.cfg.Location()).Format(time.DateOnly) }

// toLeaders addresses text privately to the grid's leaders of t.
func (r *Router) toLeaders(t *turn, text string) []bot.Outbound {
	var out []bot.Outbound
	for _, l := range r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader) {
		out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal, Text: text})
	}
	return out
}

// scamData is what the scam's texts name: its sender and words, and the
// grid's workers and leaders to ask.
func (r *Router) scamData(t *turn) map[string]any {
	return map[string]any{"From": bare(t.m.From), "Said": words.ShortText(t.text), "Chat": t.m.Chat, "Stranger": t.stranger,
		"Workers": words.Names(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker)),
		"Leaders": r.leaderNames(t.where.Village, t.where.Grid)}
}

// scamWarning warns the group of a scam's message (ad: a loan or returns
// offered, readsAsScamAd), once per text a day
// (the change's id is the grid, the day and the text's hash), and tells
// the leaders privately who posted it, once per sender and text a day
// (a Then of its own id): one round trip.
func (r *Router) scamWarning(ctx context.Context, t *turn, ad bool) error {
	h := fnv.New64a()
	h.Write([]byte(strings.Join(strings.Fields(t.text), " ")))
	id := fmt.Sprintf("scam:%s:%s:%x", t.where.Grid, r.promoDay(t), h.Sum64())
	from := bare(t.m.From)
	data := r.scamData(t)
	data["Ad"] = ad // a loan or returns offered: add him, pay first
	sc := storage.VillageScope(t.where.Village)
	c := storage.Change{Scope: sc, MsgID: id, Out: []bot.Outbound{r.back(t, r.textsFor(t).Render("promo.scam", data))}}
	if tell := r.toLeaders(t, r.texts.Render("promo.scamleader", data)); len(tell) > 0 {
		c.Then = &storage.Change{Scope: sc, MsgID: id + ":" + from, Out: tell}
	}
	r.log.InfoContext(ctx, "scam warned", "id", t.m.ID, "chat", t.m.Chat, "from", t.m.From, "stranger", t.stranger)
	_, err := r.commit(ctx, t, c)
	return err
}

// strangerAd answers nothing to a stranger's ad; the leaders hear of it
// privately once a stranger a day (the change's id): one round trip.
func (r *Router) strangerAd(ctx context.Context, t *turn) error {
	from := bare(t.m.From)
	data := map[string]any{"From": from, "Said": words.ShortText(t.text)}
	tell := r.toLeaders(t, r.texts.Render("promo.ad", data))
	if len(tell) == 0 {
		return nil
	}
	_, err := r.commit(ctx, t, storage.Change{Scope: storage.VillageScope(t.where.Village),
		MsgID: "ad:" + t.where.Grid + ":" + from + ":" + r.promoDay(t), Out: tell})
	return err
}
