package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// partlyPaid takes word that part of a settled debt came (words.PartlyPaid:
// 「他只还了1000 还差2000 说等过年前再给」, med105) from the reporter of a
// debt settlement waiting for his answer (its 办结 promised money, none
// said paid: words.PaymentOwed), privately or in its group, or from
// another creditor its 回访 asked (creditorAsked). Before, the reporter's
// private word was offered as a new 一般事项, his word in the group was
// dropped, and a creditor's was answered with the menu. Now it is kept on
// the item (the reporter's as words.PartPaidNote: the 回访 asks about the
// rest on the day he said, or followup.remind_after on, and nothing
// closes before; a creditor's under creditorPartNote, his name taken off
// the awaited), he is answered privately (the sum is not the group's),
// and the mediators hear it. One commit; the village's reports as this
// process follows them. done is false for other words, or no such item.
func (r *Router) partlyPaid(ctx context.Context, t *turn) (done bool, err error) {
	if t.who.Village == "" || t.where.Kind != words.InPrivate && t.where.Kind != words.InGrid || !words.PartlyPaid(t.text) || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	sc := storage.VillageScope(t.who.Village)
	reports, _, err := r.store.FollowedReports(ctx, sc, "", words.StatusRecent)
	if err != nil {
		return true, err
	}
	found, ok := r.partPaidOf(t, reports)
	for attempt := 0; ok; attempt++ {
		rep := words.CloneReport(found)
		out := r.partPaidTold(t, &rep)
		t.out = out
		err := r.commitTurn(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Report: &rep, Out: out,
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "said", Note: "part paid"}}, nil)
		if !errors.Is(err, storage.ErrConflict) || attempt > 0 {
			return true, err
		}
		if found, err = r.store.Report(ctx, sc, found.ID); err != nil {
			return true, err
		}
		found, ok = r.partPaidOf(t, []village.Report{found})
	}
	return false, nil
}

// creditorPartNote begins the note of another creditor's word that part
// of his money came: his, not the reporter's (words.RestOwed reads the
// reporter's PartPaidNote only).
const creditorPartNote = "另一笔部分还款："

// partPaidOf is the newest of reports the sender of t may tell part of its
// money came of (partlyPaid): a debt settlement of his side waiting for
// his answer, in the group he speaks in, or one whose 回访 asked him as
// another creditor.
func (r *Router) partPaidOf(t *turn, reports []village.Report) (village.Report, bool) {
	var found village.Report
	at := func(rep village.Report) time.Time {
		if done := rep.ResolvedAt(); done.After(rep.FollowedUpAt) {
			return done
		}
		return rep.FollowedUpAt
	}
	for _, rep := range reports {
		if r.partPaidSide(t, rep) == "" && (t.where.Kind != words.InPrivate || !r.creditorAsked(t, rep)) {
			continue
		}
		if found.ID == "" || at(rep).After(at(found)) {
			found = rep
		}
	}
	return found, found.ID != ""
}

// partPaidSide is which side of debt quarrel rep the sender of t speaks
// for when he says part of its money came, privately or in its group:
// "reporter" (the creditor who raised it) or "debtor" (of a household its
// text names: 陈二's own 「我先还了1000」, med106), of an item still being
// mediated (the mediators reckon it at the table) or resolved with money
// owed (words.PaymentOwed); "" for anyone else, another creditor, its
// handlers, or another item.
func (r *Router) partPaidSide(t *turn, rep village.Report) string {
	if rep.Type != village.Mediation || rep.HandledBy(t.who) || t.where.Kind != words.InPrivate && rep.Chat != t.m.Chat {
		return ""
	}
	if rep.Status == village.StatusResolved {
		if words.PaymentOwed(rep) == "" {
			return ""
		}
	} else if !rep.Status.Open() || !words.IsDebt(rep.Text) {
		return ""
	}
	switch {
	case rep.ReporterSide(t.who):
		return "reporter"
	case r.namedIn(t.who, rep) && !words.IsOtherCreditor(rep, t.who.Name):
		return "debtor"
	}
	return ""
}

// debtorPartNote begins the note of the debtor's own word that part of the
// money came (med106): his say, for the mediators to check with the
// creditor, not the creditor's (words.RestOwed reads PartPaidNote only).
const debtorPartNote = "欠款方说已还一部分："

// partPaidTold keeps t's word on rep and is what it tells: the sender,
// privately, and rep's mediators.
func (r *Router) partPaidTold(t *turn, rep *village.Report) []bot.Outbound {
	side := r.partPaidSide(t, *rep)
	open := rep.Status != village.StatusResolved
	data := map[string]any{"Who": r.shown(t.who), "R": rep, "Text": words.ShortText(t.text), "Handlers": rep.Handlers,
		"Creditor": side == "", "Debtor": side == "debtor", "Open": open, "Reporter": rep.Reporter,
		"Now": t.at, "Days": max(1, int(r.cfg.Followup.RemindAfter.Std()/(24*time.Hour)))}
	switch {
	case side == "":
		rep.CreditorsAwaited = slices.DeleteFunc(slices.Clone(rep.CreditorsAwaited), func(n string) bool { return n == t.who.Name })
		rep.Tell(t.who.Name, t.at, creditorPartNote+words.ShortText(t.text))
	case side == "debtor":
		rep.Tell(r.shown(t.who), t.at, debtorPartNote+words.ShortText(t.text))
	default:
		// said while it is mediated, the mediators reckon it at the
		// table; the 回访 reads only what is said after its 办结
		rep.Tell(r.shown(t.who), t.at, words.PartPaidNote+words.ShortText(t.text))
		if _, due, _ := words.RestOwed(*rep, r.cfg.Location(), village.NamesOf(r.people.All(), rep.Village)); !open && !due.IsZero() {
			data["Due"] = due
		}
	}
	out := r.privately(t, r.texts.Render("mediation.partpaid", data))
	return append(out, r.mediatorsTold(t, rep, "mediation.partpaid.handler", data)...)
}

// partOfCreditor reports whether e is another creditor's word that part of
// his money came (creditorPartNote): his answer still leaves the rest to
// say came (creditorAsked).
func partOfCreditor(e village.Entry) bool { return strings.HasPrefix(e.Note, creditorPartNote) }
