package handlers

import (
	"context"

	"gridbot/handlers/words"
	"gridbot/village"
)

// perkAsked files a villager's question after a festival's gift for his
// household's scheme ("俺家是低保户 过年有慰问金吗", "俺家吃低保 今年过年有
// 慰问品没"), which the reader keeps an approval matter (his own, und101)
// and no guide answers (perkOutside), as a question for his grid's leader
// (unanswered): "这个我答不了，已转问网格长…". It was told how to apply for
// the 低保 he has (appr112). Asked of 低保户 in general and unaddressed, the
// reader leaves it a query, silent (und104). done is false otherwise.
func (r *Router) perkAsked(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if reading.Type != village.Approval || reading.Intent != village.IntentReport || !words.AsksPerk(t.text) || r.procedure(t.said()) != nil {
		return false, nil
	}
	asked := reading
	asked.Intent = village.IntentQuery
	if !r.asksTheGrid(t, asked) {
		return false, nil
	}
	t.unanswered = true
	return true, r.report(ctx, t, t.text, village.Approval)
}
