package handlers

import (
	"context"
	"errors"
	"slices"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// creditorAnswerWithin is how long after the 回访 asked him another
// creditor's 「钱收到了」 is still his answer to it.
const creditorAnswerWithin = 30 * 24 * time.Hour

// creditorAnswered takes another creditor's private word that his money
// came (words.CreditorSaysPaid: 「钱收到了」, 「陈二把800给我了」) as his
// answer to the 回访 that asked him (scheduler's followup.creditor, med101):
// of the newest debt settlement of his village whose 回访 asked him
// (village.Report.CreditorsAwaited; or, within creditorAnswerWithin, one
// whose mediators already heard he had not answered), it is kept on the
// item (ActSaid), his name taken off the awaited, and he is thanked;
// mediators told he never answered hear that he did. Before (med104), the
// 回访 told him 「给了就不用回」, and his silence, paid or not, was heard
// by nobody. One commit; the village's reports as this process follows
// them. done is false for any other words, sender or item.
func (r *Router) creditorAnswered(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InPrivate || t.who.Village == "" || !words.CreditorSaysPaid(t.text) || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	sc := storage.VillageScope(t.who.Village)
	reports, _, err := r.store.FollowedReports(ctx, sc, "", words.StatusRecent)
	if err != nil {
		return true, err
	}
	var found village.Report
	for _, rep := range reports {
		if !r.creditorAsked(t, rep) {
			continue
		}
		if found.ID == "" || rep.CreditorsAskedAt().After(found.CreditorsAskedAt()) {
			found = rep
		}
	}
	if found.ID == "" {
		return false, nil
	}
	for attempt := 0; ; attempt++ {
		rep := words.CloneReport(found)
		late := !slices.Contains(rep.CreditorsAwaited, t.who.Name) // his mediators were told he did not answer
		rep.CreditorsAwaited = slices.DeleteFunc(rep.CreditorsAwaited, func(n string) bool { return n == t.who.Name })
		rep.Tell(t.who.Name, t.at, words.ShortText(t.text))
		data := map[string]any{"Who": r.shown(t.who), "R": &rep, "Text": words.ShortText(t.text), "Handlers": rep.Handlers}
		t.out = []bot.Outbound{r.toSender(t, r.texts.Render("mediation.creditor.paid", data))}
		if late {
			t.out = append(t.out, r.mediatorsTold(t, &rep, "mediation.creditor.paid.late", nil)...)
		}
		err := r.commitTurn(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Report: &rep, Out: t.out,
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "said", Note: "creditor paid"}}, nil)
		if !errors.Is(err, storage.ErrConflict) || attempt > 0 {
			return true, err
		}
		if found, err = r.store.Report(ctx, sc, found.ID); err != nil {
			return true, err
		}
		if !r.creditorAsked(t, found) {
			return false, nil
		}
	}
}

// creditorAsked reports whether rep's 回访 asked t's sender, another
// creditor of its debtor, whether his money came, and he has not said so
// on it since: he is awaited, or was within creditorAnswerWithin.
// One asked on his own day, before the reporter (CreditorsAskedEarly,
// med111), is asked since then.
func (r *Router) creditorAsked(t *turn, rep village.Report) bool {
	name := t.who.Name
	_, early := rep.AskedEarly(name)
	if rep.Type != village.Mediation || rep.FollowUps == 0 && !early || !words.IsOtherCreditor(rep, name) {
		return false
	}
	asked := rep.CreditorAskedAt(name)
	if !slices.Contains(rep.CreditorsAwaited, name) && t.at.Sub(asked) > creditorAnswerWithin {
		return false
	}
	return !slices.ContainsFunc(rep.History, func(e village.Entry) bool {
		return e.By == name && e.At.After(asked) && !partOfCreditor(e)
	})
}
