package handlers

import (
	"context"
	"errors"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// answerTakenBack handles a grid cadre's bare 「不是答复」, 「撤回答复」 or
// 「撤回」 in private right after his plain words were forwarded as his
// answer to the township's question (askedPrivatelyAnswered): the answer
// is taken back (village.Report.TakeBackAnswer), the township's chat
// hears it, and the question waits again. A cadre who says so meant his
// words as a matter of their own: read as a report sure enough to file
// (as his private message would be), they are filed; read as a report or
// a claim less surely, he is asked once (「1」 files them); read as
// neither, he is shown how to file them. The take-back rides with what
// his words make (turn.then): one round trip. done is false when no such
// answer is his to take back: the command goes on as ever.
func (r *Router) answerTakenBack(ctx context.Context, t *turn, cmd command) (done bool, err error) {
	if cmd.verb != words.VUnanswer && cmd.verb != words.VWithdraw || len(cmd.refs) > 0 || cmd.args != "" ||
		t.where.Kind != words.InPrivate || t.quote != nil || t.where.Village == "" || t.where.Grid == "" || !t.who.Tends(t.where.Village, t.where.Grid) {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	for _, rep := range open {
		answer, ask, ok := rep.AnswerTaken(t.who.Name)
		chat := r.askBack(&rep, ask) // where the answer went: the office too for an item it only pressed
		if !ok || chat == "" || t.at.Sub(answer.At) > words.TakeBackWithin {
			continue
		}
		reading := r.read(ctx, t, answer.Note)
		step := reading.Handling(true, r.thresholds())
		own := step != village.HandleIgnore && reading.Type != village.Emergency
		rep.TakeBackAnswer(t.who.Name, t.at)
		data := map[string]any{"R": &rep, "By": r.shown(t.who), "Asker": ask.By, "Urged": ask.Urge, "Note": answer.Note, "Own": own}
		back := storage.Change{Scope: storage.VillageScope(rep.Village), MsgID: t.m.ID, Report: &rep, Read: t.latestRead,
			Out: []bot.Outbound{
				r.back(t, r.texts.Render("unanswer.asked", data)),
				{To: chat, Kind: bot.Group, Priority: bot.Normal, Text: r.texts.Render("unanswer.asked.township", data)},
			},
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "unanswer", Note: rep.ID + " " + words.ShortText(answer.Note)}}
		if follows := r.cfg.TownshipChat(&rep); follows != "" && follows != chat {
			// the chat that follows the item heard the answer too (town106)
			back.Out = append(back.Out, bot.Outbound{To: follows, Kind: bot.Group, Priority: bot.Normal, Text: r.texts.Render("unanswer.asked.township", data)})
		}
		if !ask.Aside && rep.Chat != "" && rep.Chat != chat {
			// asked in the group, which read his answer: it hears it taken back
			back.Out = append(back.Out, bot.Outbound{To: rep.Chat, Kind: bot.Group, Priority: bot.Normal, Text: r.texts.Render("unanswer.asked.township", data)})
		}
		if !own {
			_, err := r.commit(ctx, t, back)
			if errors.Is(err, storage.ErrConflict) && t.readAgain() {
				return r.answerTakenBack(ctx, t, cmd) // it changed meanwhile: read it again, once
			}
			return true, err
		}
		// his words, filed or asked about, as if said now; the take-back
		// made with them, after them (its own id)
		back.MsgID, back.Read = t.m.ID+":unanswer", storage.IndexRead{}
		t.then, t.text, t.notOf = &back, answer.Note, rep.ID
		if step == village.HandleRegister && reading.Intent == village.IntentReport {
			err = r.report(ctx, t, answer.Note, "")
		} else {
			err = r.confirmBack(ctx, t, reading)
		}
		if err == nil && t.then != nil {
			// nothing his words made carried it
			_, err = r.commit(ctx, t, *t.then)
		}
		t.then = nil
		return true, err
	}
	return false, nil
}
