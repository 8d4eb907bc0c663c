package handlers

import (
	"context"
	"strings"

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
	chat, private, n, ok, err := r.paymentNotice(ctx, t, words.PaidForNotice, true)
	if err != nil || !ok {
		return false, err
	}
	c := r.ackChange(t, chat, n.ID)
	c.MsgID = t.m.ID
	// who of the household paid, for its 「交了吗」 (paidAsked) and 查 #N
	c.Ack.Told = append(c.Ack.Told, storage.PaidField(t.who.HouseholdKey(), r.shown(t.who)))
	if private {
		c.Out = []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.acked", map[string]any{"Refs": []string{storage.AckedPlaceholder}}))}
	}
	_, err = r.commit(ctx, t, t.copies.guard(*c))
	return true, err
}

// paidAsked answers a household's question whether its payment under the
// payment notice of its group is recorded ("交了吗", "我家交了没有", in the
// group or to the bot; call101: it was silent): who of it said 已交, else
// that it answered 收到 but nobody said it paid, else nothing yet — and
// how to say it paid. The bot records words, not payments: the answer says
// to check the payment record itself. One read of the group's notices
// (this process's copy when it follows them), one of the notice's answers;
// nothing is committed but the reply.
func (r *Router) paidAsked(ctx context.Context, t *turn) (done bool, err error) {
	_, _, n, ok, err := r.paymentNotice(ctx, t, words.AsksPaid, false)
	if err != nil || !ok {
		return false, err
	}
	acks, err := r.store.Counters(ctx, storage.TownshipScope(r.cfg.Township.Name), storage.AckHash(n.ID))
	if err != nil {
		return true, err
	}
	k := t.who.HouseholdKey()
	return true, r.reply(ctx, t, "notice.paid.asked", map[string]any{"Who": r.shown(t.who), "N": n, "Now": t.at,
		"Paid": storage.PaidBy(acks, k), "Acked": acks[k] > 0, "Told": storage.ToldBy(acks, k)})
}

// paidChat is ackChat for words of paying, which answer nothing but a
// payment notice: a scorer's or a shopkeeper's to the bot are of his
// grid's group too (his household is chased as any; call101), where his
// 收到 in private may answer the bot's other messages.
func (r *Router) paidChat(t *turn) (chat string, private bool) {
	chat, private = r.ackChat(t)
	if chat == "" && t.where.Kind == words.InPrivate && t.who.Household != "" && (t.quote == nil || strings.Contains(t.quote.Text, "#N")) {
		return r.groupOf(t.who.Village, t.who.Grid), true
	}
	return chat, private
}

// paymentNotice is the payment notice (words.AsksPayment) of the sender's
// group that his words of paying (said: words.PaidForNotice or
// words.AsksPaid) are of: the one he quotes, else the latest posted
// there — still answered or followed up when live. ok is false when the
// words are none of those, or said by one who passes notices on, or no
// such notice is there. This process's copy of the group's notices when
// it has it (a commit made on it is guarded by t.copies).
func (r *Router) paymentNotice(ctx context.Context, t *turn, said func(string) bool, live bool) (chat string, private bool, n village.Notice, ok bool, err error) {
	if t.who.PassesNotices() || !said(t.text) || t.quote != nil && !words.NoticeRe.MatchString(t.quote.Text) {
		return "", false, n, false, nil
	}
	if chat, private = r.paidChat(t); chat == "" {
		return "", false, n, false, nil
	}
	quoted := noticeAck(t, chat).Quoted
	n, _, ok, err = r.groupNoticeOn(ctx, t, chat, words.NoticeFoundGuarded, func(n village.Notice) bool {
		if quoted != "" {
			return n.ID == quoted
		}
		return (!live || n.Relayed(t.at) || n.Answerable(t.at)) && words.AsksPayment(n.Text)
	})
	return chat, private, n, ok, err
}
