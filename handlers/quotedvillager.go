package handlers

// A grid cadre's words quoting a villager's own message that filed an
// item, read as quoting the bot's message about it.

import (
	"context"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// quotedVillagerItem reads a grid cadre's words quoting the villager's
// own message that filed an open item of the group (「收到 我去看看」,
// 「王五你去看下」 quoting 陈二's 「我家后面的排水沟堵了…」) as quoting the
// bot's message about that item, which the cadre's quoted words are read
// on (ack, quotedReport): they had been silently dropped. Only a quote of
// one of the villager's items whose words it echoes most, one item alone;
// the quote is left as it is otherwise. One read (latestOpen), only for
// a cadre's quote of a villager with no number typed.
func (r *Router) quotedVillagerItem(ctx context.Context, t *turn) error {
	if t.quote == nil || t.quote.Name == r.cfg.BotName || t.where.Kind != words.InGrid || !t.who.Tends(t.where.Village, t.where.Grid) ||
		len(village.FindRefs(t.text)) > 0 || len(village.FindRefs(t.quote.Text)) > 0 || !understand.HasContent(t.quote.Text) {
		return nil
	}
	who, _ := r.identify(t.where, t.quote.Name)
	if who.Name == "" || who.IsCadre() || who.Key() == t.who.Key() {
		return nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return err
	}
	best, in := 0, words.Bigrams(t.quote.Text)
	var picked []village.Report
	for _, rep := range open {
		if rep.Chat != t.m.Chat || !rep.ReportedBy(who) || rep.Type == village.Emergency {
			continue
		}
		switch n := words.BigramsIn(words.Bigrams(rep.Text), in); {
		case n > best:
			best, picked = n, append(picked[:0], rep)
		case n == best && n > 0:
			picked = append(picked, rep)
		}
	}
	if len(picked) != 1 {
		return nil
	}
	t.quote = &bot.Quote{Name: r.cfg.BotName, Text: "已登记 #" + picked[0].ID + "：" + picked[0].Text}
	t.addr = true
	return nil
}
