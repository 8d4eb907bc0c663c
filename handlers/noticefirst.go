package handlers

import (
	"context"
	"errors"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
)

// noticeOverQuestion takes a villager's bare 好的 (isAssent: 好的, 好, 嗯嗯,
// ok; not 行, 可以 or 1, which say yes to what he was asked) in his grid's
// group as his household's 收到 of a notice to everyone posted there after
// the questions qs waiting for him were asked, within assentFor: what was
// posted last is what he most likely answers. Those questions still wait,
// and he is told so with the words that answer them (a 好的 was taken for
// the 「1」 of a confirm-back asked a minute before a meeting's notice,
// filing a matter and counting no 收到). One commit, the 收到's, whose since
// guard checks in Redis that such a notice was posted; whether to try it
// at all is this process's knowledge of the notices posted to the group
// (storage NoticePostedSince: no round trip). done is false, nothing
// committed, when none was: the 好的 answers the questions as before.
func (r *Router) noticeOverQuestion(ctx context.Context, t *turn, w answerWords, qs []question) (done bool, err error) {
	if !w.assent || w.said || t.quote != nil || t.where.Kind != words.InGrid || t.who.PassesNotices() || !words.IsAssent(t.text) {
		return false, nil
	}
	chat, _ := r.ackChat(t)
	asked := newestAsked(qs)
	township := storage.TownshipScope(r.cfg.Township.Name)
	if chat == "" || asked.IsZero() || !r.store.NoticePostedSince(township, chat, asked) {
		return false, nil
	}
	ack := noticeAck(t, chat)
	ack.Since = asked // a notice newer than his question, still the group's news
	if news := t.at.Add(-words.AssentFor); news.After(asked) {
		ack.Since = news
	}
	out := r.back(t, r.textsFor(t).Render("notice.acked.waiting",
		map[string]any{"Who": t.who.Name, "Acked": storage.AckedPlaceholder, "Items": waitingItems(qs)}))
	_, err = r.commit(ctx, t, storage.Change{Scope: township, MsgID: t.m.ID, Ack: &ack, Out: []bot.Outbound{out},
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice_ack", Note: "before " + qs[len(qs)-1].Kind}})
	if errors.Is(err, storage.ErrNoticeOlder) {
		return false, nil // none after all (the notice's process knew it): the questions' answer
	}
	return true, err
}
