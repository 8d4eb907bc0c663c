package handlers

import (
	"context"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// noticeQuestion passes on a villager's question said, unaddressed and
// without 收到, in his grid's group about a notice posted there and still
// followed up ("体检要空腹吗" after 【通知】本周六上午9点…免费体检…): as
// ackAndAsk passes the question of a 收到 on, to the grid's workers (its
// leaders when it has none), the asker told so. A question is about the notice when it
// shares a word with its text (aboutNotice), or asks only when, where,
// what to bring or who may go, naming nothing else (asksOnlyLogistics).
// done is false when no such notice is open there; ordinary talk is left
// alone before any read. When the notice's text tells what is asked
// (its time, place, what to bring, who may go…: noticeAnswer), the asker
// is answered at once with its words and no one is bothered ("明天几点去领"
// after 明天上午9点到村委会领取…); what it does not tell ("补贴多少钱") is
// passed on. One read (the group's notices), only for a villager's
// question in a grid group, and one commit when it is answered or passed
// on. Asking shows the household saw the notice: its 收到 is recorded
// (askedSeen), nothing said of it.
func (r *Router) noticeQuestion(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.where.Grid == "" || t.who.IsCadre() || t.quote != nil && !words.NoticeRe.MatchString(t.quote.Text) {
		return false, nil
	}
	asked := strings.TrimSpace(t.text)
	// "谁可以领" the reader may leave unplaced (noise): what it asks of an
	// event is enough
	query := reading.Intent == village.IntentQuery || reading.Intent == village.IntentNoise && (len(words.AskedKinds(asked)) > 0 || words.AsksTakingPart(asked))
	if !query || !understand.IsQuestion(asked) && !words.ContainsAnyOf(asked, words.PlainAsks...) && !words.AsksNoticeText(asked) || words.IsAck(asked) {
		return false, nil
	}
	if words.AsksNoticeText(asked) {
		return r.noticeTextAsked(ctx, t, asked) // "通知说的啥": the notice again
	}
	answer := r.noticeAnswerers(t)
	if len(answer) == 0 {
		return false, nil
	}
	guard := words.NoticeUnguarded
	if chat, _ := r.ackChat(t); chat != "" {
		guard = words.NoticeFoundGuarded // answered or passed on with its 收到 (withSeen)
	}
	n, fixes, ok, err := r.gridNoticeOn(ctx, t, guard, func(n village.Notice) bool {
		// a correction that does not answer it is passed over for the
		// notice it corrects, told with it (「要带什么」 after 「更正：时间改为下午2点」)
		// one of taking part (「去不了怎么办」「能不能代领」) only in its first
		// day or two (Answerable), as a bare 收到 answers it
		return (n.Relayed(t.at) || n.Answerable(t.at)) && (words.AboutNotice(asked, n.Text) || words.AsksOnlyLogistics(asked) || words.AsksTakingPart(asked) && n.Answerable(t.at)) &&
			!(words.CorrectsNotice(n.Text) && !words.Answers(asked, n, t.at))
	})
	if err != nil || !ok {
		return ok || err != nil, err
	}
	if quote, told := words.NoticeAnswer(asked, n, t.at); told {
		// the notice tells what is asked: quoted back, no one bothered
		return true, r.answerFromNotice(ctx, t, n, fixes, asked, quote, "")
	}
	data := map[string]any{"Who": answer, "Asker": r.shown(t.who), "AskerTo": []string{t.m.From}, "Asked": asked, "Group": t.m.Chat,
		"Refs": []string{"#" + n.ID}, "Unacked": true}
	_, err = r.commit(ctx, t, t.copies.guard(r.withSeen(t, n, storage.Change{Scope: r.scope(t), MsgID: t.m.ID, Out: r.noticeAskedOut(t, data),
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice_question", Note: n.ID + " " + words.ShortText(asked)}})))
	return true, err
}

// withSeen is c, a reply to a question about notice n, with the 收到 the
// question shows (askedSeen) recorded in it: c is then committed in the
// township's scope, where notices live, in one script, which checks the
// read of the notices it was decided on (turn.copies) and deduplicates
// both by the message id. c is unchanged when the asker answers no
// notice.
func (r *Router) withSeen(t *turn, n village.Notice, c storage.Change) storage.Change {
	if seen := r.askedSeen(t, n); seen != nil {
		c.Scope, c.Ack = seen.Scope, seen.Ack
	}
	return c
}

// askedSeen is the 收到 of notice n that a question about it shows: the
// asker's household saw it, and is no longer listed as not having
// answered it. Notices live in the township's scope: it rides on the
// question's commit as its Then, in the same round trip, deduplicated as
// ackAlso's. nil when the asker answers no notice (ackChat).
func (r *Router) askedSeen(t *turn, n village.Notice) *storage.Change {
	chat, _ := r.ackChat(t)
	if chat == "" {
		return nil
	}
	return r.ackChange(t, chat, n.ID)
}

// answerFromNotice answers asked, a question about notice n that its
// text answers, with quote (noticeAnswer), and whom to ask more: one
// commit; the corrections posted after n (fixes) are told with it. chat, when set, is the group of a 收到 the question followed
// ("收到 几点去领": ackAndAsk): the household's 收到 is recorded in the same
// commit and the reply says so.
func (r *Router) answerFromNotice(ctx context.Context, t *turn, n village.Notice, fixes []village.Notice, asked, quote, chat string) error {
	data := map[string]any{"AskerTo": []string{t.m.From}, "N": n.ID, "Quote": quote, "Fixes": fixesSaid(t, fixes), "Who": r.noticeAnswerers(t),
		"Workers": len(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker)) > 0}
	c := storage.Change{Scope: r.scope(t), MsgID: t.m.ID,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice_answered", Note: n.ID + " " + words.ShortText(asked)}}
	if chat != "" {
		ack := noticeAck(t, chat)
		c.Scope, c.Ack, data["Acked"] = storage.TownshipScope(r.cfg.Township.Name), &ack, storage.AckedPlaceholder
	}
	if chat == "" {
		c = r.withSeen(t, n, c) // seen, said nowhere: he asked, and is answered
	}
	c.Out = []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.answer", data))}
	_, err := r.commit(ctx, t, t.copies.guard(c))
	return err
}

// noticeAnswerers are who answers a villager's question about a notice in
// his grid's group: its workers, else its leaders.
func (r *Router) noticeAnswerers(t *turn) []string {
	answer := r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker)
	if len(answer) == 0 {
		answer = r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader)
	}
	var who []string
	for _, p := range answer {
		who = append(who, r.shown(p))
	}
	return who
}

// noticeAskedOut is the reply to a villager who asked about a notice (data
// as notice.asked takes it) and the question passed to each who answers.
func (r *Router) noticeAskedOut(t *turn, data map[string]any) []bot.Outbound {
	out := []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.asked", data))}
	for _, w := range data["Who"].([]string) {
		out = append(out, bot.Outbound{To: w, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("notice.asked.worker", data)})
	}
	return out
}
