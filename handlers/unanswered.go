package handlers

import (
	"context"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// unanswered files a villager's question said to the bot (an @mention in
// his grid's group, or privately) that no step answered ("@网格小助手
// 村里什么时候发过年的米", "镇上哪天有集"): the menu answers nothing of it.
// It is filed as a question for the grid (an approval item that waits for
// an answer), its leaders told privately (held through quiet hours as any
// private note), the villager told plainly that the bot cannot answer and
// who will. The leader answers with 「答复 #R 内容」 (or by quoting the
// note), which reaches the villager where he asked. One commit, the
// filing's. done is false for what is no question for the grid: a
// greeting, talk about the bot, the weather, a cadre's question.
func (r *Router) unanswered(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if !r.asksTheGrid(t, reading) {
		return false, nil
	}
	t.unanswered = true
	return true, r.report(ctx, t, t.text, village.Approval)
}

// asksTheGrid reports whether t is a villager's question for his grid's
// cadres: a query the reader placed, said in his grid (its group or
// privately), about something other than the bot itself or the weather.
func (r *Router) asksTheGrid(t *turn, reading village.Reading) bool {
	if t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || t.where.Grid == "" || t.quote != nil || t.who.IsCadre() {
		return false
	}
	if reading.Type == village.Emergency {
		return false
	}
	switch reading.Intent {
	case village.IntentQuery:
		if !understand.IsQuestion(t.text) && !words.AsksSomething(t.text) && !words.ContainsAnyOf(t.text, words.ChatAsks...) {
			return false
		}
	case village.IntentNoise:
		if !words.AsksPlainly(t.said()) {
			return false
		}
	default:
		return false
	}
	return !words.ContainsAnyOf(t.text, words.BotTalk...) && len(r.leaderNames(t.where.Village, t.where.Grid)) > 0
}
