package handlers

import (
	"context"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// paidNotice takes a household's word (not a cadre's who passes notices
// on: his is not asked for) that his household has paid ("已交",
// "交过了", "我家早就交了"), in his grid's group or to the bot, as its 收到
// of the payment notice it answers (words.AsksPayment): the one it quotes,
// else the latest posted to his group still answered or followed up
// (call100: the household stayed on the chase list and its elder was
// phoned about a payment it had made). Silent in the group, as 收到 is;
// privately he is told it counted. done is false when no payment notice
// is open there: the words are left to be read as ever. One read of the
// group's notices (this process's copy when it follows them) and one
// commit, guarded by that read.
func (r *Router) paidNotice(ctx context.Context, t *turn) (done bool, err error) {
	if t.who.PassesNotices() || !words.PaidForNotice(t.text) || t.quote != nil && !words.NoticeRe.MatchString(t.quote.Text) {
		return false, nil
	}
	chat, private := r.ackChat(t)
	if chat == "" {
		return false, nil
	}
	quoted := noticeAck(t, chat).Quoted
	n, _, ok, err := r.groupNoticeOn(ctx, t, chat, words.NoticeFoundGuarded, func(n village.Notice) bool {
		if quoted != "" {
			return n.ID == quoted
		}
		return (n.Relayed(t.at) || n.Answerable(t.at)) && words.AsksPayment(n.Text)
	})
	if err != nil || !ok {
		return false, err
	}
	c := r.ackChange(t, chat, n.ID)
	c.MsgID = t.m.ID
	if private {
		c.Out = []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.acked", map[string]any{"Refs": []string{storage.AckedPlaceholder}}))}
	}
	_, err = r.commit(ctx, t, t.copies.guard(*c))
	return true, err
}
