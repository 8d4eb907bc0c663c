package handlers

import (
	"context"
	"unicode/utf8"

	"gridbot/config"
	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// doublePaidSteps are the steps of p's guide that tell what to do about
// a premium paid twice (words.DoublePaidSays: 重复参保, the refund) when
// question tells of one ("医保交重复了 咋办", "闺女在外地也交了一份 是不
// 是重复了": words.DoublePaidAsked): the whole way to pay does not answer
// it (appr104). nil when it tells no such thing or no step says it.
func doublePaidSteps(question string, p *config.Procedure) []string {
	if p == nil || !words.DoublePaidAsked(question) {
		return nil
	}
	return stepsSaying(p, words.DoublePaidSays)
}

// paperWhatFor answers a villager's bare question which paper to get
// ("要开个啥证明不", "得开啥证明啊") naming nothing it is for, with no
// procedure question of his within the hour to pin it on (paperInPassing
// takes those first): which paper depends on what it is for, so he is
// asked that, and told how to ask; nothing filed (appr104). Before, it was
// a query and silent.
func (r *Router) paperWhatFor(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if reading.Intent == village.IntentReport || t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || t.who.IsCadre() ||
		utf8.RuneCountInString(t.text) > words.FewWords || !understand.PaperAsked(t.text) {
		return false, nil
	}
	if p, _ := r.procedureSaid(t.said()); p != nil {
		return false, nil // "务工证明要开啥": the entry it names
	}
	return true, r.reply(ctx, t, "paper.whatfor", map[string]any{"Who": t.who.Name, "Private": t.where.Kind == words.InPrivate})
}
