package handlers

import (
	"context"
	"errors"
	"time"

	"gridbot/bot"
	"gridbot/storage"
)

// takeBackWithin is how soon after his plain words went to the township
// as his answer a cadre's bare 「不是答复」 or 「撤回」 takes them back.
const takeBackWithin = time.Hour

// answerTakenBack handles a grid cadre's bare 「不是答复」, 「撤回答复」 or
// 「撤回」 in private right after his plain words were forwarded as his
// answer to the township's question (askedPrivatelyAnswered): the answer
// is taken back (village.Report.TakeBackAnswer), the township's chat
// hears it, the question waits again, and he is shown how to file his
// words as a report. One commit. done is false when no such answer is
// his to take back: the command goes on as ever.
func (r *Router) answerTakenBack(ctx context.Context, t *turn, cmd command) (done bool, err error) {
	if cmd.verb != vUnanswer && cmd.verb != vWithdraw || len(cmd.refs) > 0 || cmd.args != "" ||
		t.where.kind != inPrivate || t.quote != nil || t.where.village == "" || t.where.grid == "" || !t.who.Tends(t.where.village, t.where.grid) {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	for _, rep := range open {
		answer, ask, ok := rep.AnswerTaken(t.who.Name)
		chat := r.cfg.TownshipChat(&rep)
		if !ok || chat == "" || t.at.Sub(answer.At) > takeBackWithin {
			continue
		}
		rep.TakeBackAnswer(t.who.Name, t.at)
		data := map[string]any{"R": &rep, "By": r.shown(t.who), "Asker": ask.By, "Note": answer.Note}
		out := []bot.Outbound{
			r.back(t, r.texts.Render("unanswer.asked", data)),
			{To: chat, Kind: bot.Group, Priority: bot.Normal, Text: r.texts.Render("unanswer.asked.township", data)},
		}
		_, err := r.store.Commit(ctx, storage.Change{Scope: storage.VillageScope(rep.Village), MsgID: t.m.ID, Report: &rep, Read: t.latestRead,
			Out: out, Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "unanswer", Note: rep.ID + " " + shortText(answer.Note)}})
		if errors.Is(err, storage.ErrConflict) && t.readAgain() {
			return r.answerTakenBack(ctx, t, cmd) // it changed meanwhile: read it again, once
		}
		return true, err
	}
	return false, nil
}
