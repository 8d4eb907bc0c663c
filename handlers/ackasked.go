package handlers

// A villager's bare 收到 while a confirm-back waits for his 「1」 or 「2」:
// 收到 says he read something, not whether to file it, so he is told, once,
// what answers the question; the notices' 收到 is recorded as before.

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
)

// ackWhileAsked answers a villager's bare 收到 (isAck: 收到, 知道了…) in
// his grid's group, quoting nothing, while a confirm-back asked within
// llm.confirm_ttl waits for him, as this process's copy of his questions
// knows (no read; the commit checks the copy): the reply says what his
// 「1」 and 「2」 do, the question is kept marked Reminded, so a second
// 收到 is silent again, and his household's 收到 of the group's notices
// rides on the same round trip (turn.then), as a 收到 before a report
// does (ackAlso), and is said in the question's line when this process
// knows a notice was posted to his group (rep75), else in a line of its
// own (call74). done is false, nothing committed, otherwise: the 收到 is
// the notices' alone, as before. (好的 needs none of this: assentWords
// already answer a confirm-back yes.)
func (r *Router) ackWhileAsked(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || t.who.IsCadre() || t.chain != nil || !words.IsAck(t.text) {
		return false, nil
	}
	b, ok := r.store.AskedCopy(r.scope(t), askKey(t))
	if !ok {
		return false, nil
	}
	qs, raws := readQuestions(b)
	i := slices.IndexFunc(qs, func(q question) bool {
		return q.Kind == words.AskConfirm && !q.Reminded && r.inTime(t, q)
	})
	if i < 0 {
		return false, nil
	}
	q := qs[i]
	q.Reminded = true
	body, err := json.Marshal(q) // its At kept: the answer's clock runs on
	if err != nil {
		return true, err
	}
	before := *t
	t.askCopy = b
	acked := false
	if t.then = r.ackAlso(t); t.then != nil {
		if chat, _ := r.ackChat(t); r.store.NoticePostedSince(t.then.Scope, chat, time.Time{}) {
			// a notice this process saw posted to his group: the 收到
			// answers the latest one at least, so the question's line
			// says it was counted, one message (rep75)
			acked = true
		} else {
			// none known: the 收到 counted is said by its own commit,
			// a line not sent when it answered no notice
			// (storage.AckedPlaceholder) (call74)
			t.then.Out = []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.acked.asked", map[string]any{"Who": t.who.Name, "Acked": storage.AckedPlaceholder}))}
		}
	}
	err = r.answering(ctx, t, raws[i:i+1], nil, func(ctx context.Context) error {
		k := storage.Ask(askKey(t), body, r.cfg.LLM.ConfirmTTL.Std()+words.LateAnswers)
		k.After = words.AskedPrefix
		t.keep = append(t.keep, k)
		return r.reply(ctx, t, "understand.ack.asked", map[string]any{"Who": t.who.Name, "Texts": saidTexts(q), "Claim": q.Claim, "Acked": acked})
	})
	if errors.Is(err, errAskCopy) {
		// the copy was stale: nothing committed; the 收到 goes to the
		// notices as before
		*t = before
		return false, nil
	}
	return true, err
}
