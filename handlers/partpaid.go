package handlers

import (
	"cmp"
	"context"
	"errors"
	"fmt"
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
	if t.who.Village == "" || t.where.Kind != words.InPrivate && t.where.Kind != words.InGrid || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	said := debtWordOf(t.text, village.NamesOf(r.people.All(), t.who.Village))
	if said == debtNone {
		return false, nil
	}
	sc := storage.VillageScope(t.who.Village)
	reports, _, err := r.store.FollowedReports(ctx, sc, "", words.StatusRecent)
	if err != nil {
		return true, err
	}
	found, ok := r.partPaidOf(t, said, reports)
	for attempt := 0; ok; attempt++ {
		rep := words.CloneReport(found)
		out := r.partPaidTold(t, said, &rep)
		t.out = out
		err := r.commitTurn(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Report: &rep, Out: out,
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "said", Note: said.audit()}}, nil)
		if !errors.Is(err, storage.ErrConflict) || attempt > 0 {
			return true, err
		}
		if found, err = r.store.Report(ctx, sc, found.ID); err != nil {
			return true, err
		}
		found, ok = r.partPaidOf(t, said, []village.Report{found})
	}
	return false, nil
}

// debtWord is what a party of a debt quarrel says of its money that
// partlyPaid keeps: part of it came (words.PartlyPaid), a sum came with
// nothing said of the rest (words.PaidSum: 「他还了1000」, reckoned against
// the sum owed, med107), or, the debtor's, that he will pay
// (words.PromisesPay: 「年前一定还你」, med107), or, the creditor's, that
// the debtor said he will (words.RelaysPromise: 「他说年前还」, med108).
type debtWord int

const (
	debtNone debtWord = iota
	debtPart
	debtSum
	debtPromise
	debtRelay
)

// debtWordOf is the debtWord text says; isName are the village's names
// (「陈二说年前还」 relays 陈二's word).
func debtWordOf(text string, isName func(string) bool) debtWord {
	switch {
	case words.PartlyPaid(text):
		return debtPart
	case words.PaidSum(text) > 0:
		return debtSum
	case words.RelaysPromise(text, isName):
		return debtRelay
	case words.PromisesPay(text):
		return debtPromise
	}
	return debtNone
}

// audit is the audit note of a debtWord kept.
func (w debtWord) audit() string {
	switch w {
	case debtPromise:
		return "promised pay"
	case debtRelay:
		return "relayed promise"
	}
	return "part paid"
}

// creditorPartNote begins the note of another creditor's word that part
// of his money came: his, not the reporter's (words.RestOwed reads the
// reporter's PartPaidNote only).
const creditorPartNote = "另一笔部分还款："

// partPaidOf is the newest of reports the sender of t may tell part of its
// money came of (partlyPaid): a debt settlement of his side waiting for
// his answer, in the group he speaks in, or one whose 回访 asked him as
// another creditor.
func (r *Router) partPaidOf(t *turn, said debtWord, reports []village.Report) (village.Report, bool) {
	var found village.Report
	at := func(rep village.Report) time.Time {
		if done := rep.ResolvedAt(); done.After(rep.FollowedUpAt) {
			return done
		}
		return rep.FollowedUpAt
	}
	for _, rep := range reports {
		switch side := r.partPaidSide(t, said, rep); {
		case said == debtPromise && side != "debtor":
			// the debtor's own promise only; the creditor's 「他说年前
			// 还」 is a relay (med108)
			continue
		case side == "" && said == debtRelay && r.creditorRelays(t, rep):
			// another creditor's word that the debtor said he will
			// pay him (med109)
		case side == "" && (said != debtPart || t.where.Kind != words.InPrivate || !r.creditorAsked(t, rep)):
			continue
		}
		if found.ID == "" || at(rep).After(at(found)) {
			found = rep
		}
	}
	return found, found.ID != ""
}

// creditorRelays reports whether the sender of t is another creditor of
// debt quarrel rep (words.IsOtherCreditor), privately or in its group, who
// may tell that its debtor said he will pay him (med109): rep is still
// mediated, or settled with his money owed (words.CreditorView: the
// reporter's own 「钱给了」 is not his).
func (r *Router) creditorRelays(t *turn, rep village.Report) bool {
	if rep.Type != village.Mediation || rep.HandledBy(t.who) || t.where.Kind != words.InPrivate && rep.Chat != t.m.Chat ||
		!words.IsOtherCreditor(rep, t.who.Name) {
		return false
	}
	if rep.Status == village.StatusResolved {
		return words.PaymentOwed(words.CreditorView(rep)) != ""
	}
	return rep.Status.Open() && words.IsDebt(rep.Text)
}

// settledOrClosed reports whether debt quarrel rep is settled: resolved,
// or closed (the reporter's 满意 to a settlement whose money is still to
// come, or its 回访's close) within DebtWaitMax of its 办结. The
// reporter's word of its money said after the 满意 was dropped (med110);
// it is kept, and he is told how to reopen it.
func settledOrClosed(rep village.Report, at time.Time) bool {
	return rep.Status == village.StatusResolved ||
		rep.Status == village.StatusClosed && at.Sub(rep.ResolvedAt()) <= words.DebtWaitMax
}

// partPaidSide is which side of debt quarrel rep the sender of t speaks
// for when he says part of its money came, privately or in its group:
// "reporter" (the creditor who raised it) or "debtor" (of a household its
// text names: 陈二's own 「我先还了1000」, med106), of an item still being
// mediated (the mediators reckon it at the table) or resolved with money
// owed (words.PaymentOwed); "" for anyone else, another creditor, its
// handlers, or another item. After the reporter's 满意 (closed) the
// debtor's word that he paid is kept (med111), not his promise.
func (r *Router) partPaidSide(t *turn, said debtWord, rep village.Report) string {
	if rep.Type != village.Mediation || rep.HandledBy(t.who) || t.where.Kind != words.InPrivate && rep.Chat != t.m.Chat {
		return ""
	}
	if settledOrClosed(rep, t.at) {
		if words.PaymentOwed(rep) == "" {
			return ""
		}
	} else if !rep.Status.Open() || !words.IsDebt(rep.Text) {
		return ""
	}
	switch {
	case rep.ReporterSide(t.who):
		return "reporter"
	case rep.Status == village.StatusClosed && said != debtPart && said != debtSum:
		// after the reporter's 满意 his own word of the money is kept
		// (med110), and the debtor's that he paid (med111); the
		// debtor's promise goes as it did (「赵六借我的500块说好月底还」
		// is no word of this debt's)
		return ""
	case r.namedIn(t.who, rep) && !words.IsOtherCreditor(rep, t.who.Name):
		return "debtor"
	}
	return ""
}

// debtorPartNote begins the note of the debtor's own word that part of the
// money came (med106): his say, for the mediators to check with the
// creditor, not the creditor's (words.RestOwed reads PartPaidNote only).
const debtorPartNote = words.DebtorSays + "已还一部分："

// debtorPaidNote and debtorPromiseNote begin the notes of the debtor's own
// word that all the money came, and that he will pay (med107): his say,
// which never makes the money paid (words.DebtorSays).
const (
	debtorPaidNote    = words.DebtorSays + "已还清："
	debtorPromiseNote = words.DebtorPromiseNote
)

// partPaidTold keeps t's word on rep and is what it tells: the sender,
// privately, and rep's mediators.
func (r *Router) partPaidTold(t *turn, said debtWord, rep *village.Report) []bot.Outbound {
	side := r.partPaidSide(t, said, *rep)
	closed := rep.Status == village.StatusClosed && side == "reporter" // another creditor asked after the close: as before
	// the debtor's payment after the reporter's 满意 (med111): kept for
	// the record, the item stays closed
	paidClosed := rep.Status == village.StatusClosed && side == "debtor"
	// closed by the reporter's own 满意 (before the money came: none of
	// his words says it did), or for want of his answer (med112)
	confirmed, _ := rep.Last(village.ActConfirm)
	open := rep.Status != village.StatusResolved && !closed && !paidClosed
	text := words.ShortText(t.text)
	data := map[string]any{"Who": r.shown(t.who), "R": rep, "Text": text, "Handlers": rep.Handlers,
		"Creditor": side == "", "Debtor": side == "debtor", "Open": open, "Closed": closed, "PaidClosed": paidClosed, "Satisfied": paidClosed && confirmed.By != village.SystemActor, "Reporter": rep.Reporter,
		"Now": t.at, "Days": max(1, int(r.cfg.Followup.RemindAfter.Std()/(24*time.Hour)))}
	whole := false
	if said == debtRelay && side == "debtor" {
		// 「我儿子说年前还」: the debtor's own promise
		said = debtPromise
	}
	if said == debtSum {
		// 「他还了1000」: reckoned against the sum owed, less what the
		// reporter said came before (and, told to the debtor, what he
		// said he paid that nobody matched yet); a sum the other side
		// already said is that one payment, not a second (med108)
		paid := words.PaidSum(t.text)
		match, before := words.MatchPayment(*rep, side == "debtor", paid, t.text, t.at, r.cfg.Location())
		same, again := match == words.TheirPayment, match == words.OwnPayment
		data["Same"], data["Again"], data["Before"], data["Paid"] = same, again, before, paid
		if owed := words.OwedSum(*rep, rep.Reporter); owed > 0 {
			rest := owed - words.ReporterPaid(*rep, r.cfg.Location())
			if side == "debtor" {
				rest -= words.DebtorClaimed(*rep, r.cfg.Location())
			}
			if match == words.NewPayment || same && side == "reporter" {
				// the reporter's word is the ledger's: the debtor's
				// payment he confirms counts now; one he said already
				// does not count again (med109)
				rest -= paid
			}
			whole = rest <= 0
			data["Owed"], data["Rest"], data["Whole"] = owed, max(rest, 0), whole
			if !whole {
				text += fmt.Sprintf("（共%d元，还差%d元）", owed, rest)
			}
		} else {
			data["Unknown"] = true
		}
	}
	switch {
	case said == debtPromise:
		// his own day is told back as a creditor's relayed one is
		// (「说的是年后，按…（正月十五）前算」, med111)
		data["Promise"] = true
		rep.Tell(r.shown(t.who), t.at, debtorPromiseNote+text)
		data["Said"], data["Later"] = r.relayedDay(t, village.NamesOf(r.people.All(), rep.Village))
	case said == debtRelay && side == "":
		// another creditor's (med109): kept under his name, his 回访
		// asks on the day he relayed unless the 办结 named his own
		// (words.CreditorDue)
		data["Relay"] = true
		rep.Tell(t.who.Name, t.at, words.CreditorRelayNote+text)
		names := village.NamesOf(r.people.All(), rep.Village)
		data["Said"], data["Later"] = r.relayedDay(t, names)
		if !open {
			due := words.CreditorDue(*rep, t.who.Name, r.cfg.Location(), names)
			data["Kept"] = !due.IsZero() && due.Equal(words.CreditorSettledDue(*rep, t.who.Name, r.cfg.Location(), names))
			data["Due"] = cmp.Or(due, words.PaymentDue(words.CreditorView(*rep), r.cfg.Location(), names))
		}
	case said == debtRelay:
		// the reporter's word of the debtor's promise (med108): kept
		// with its day, which, after a 办结, the 回访 asks on
		// (words.RestOwed) unless the 办结's own day is still ahead
		data["Relay"] = true
		rep.Tell(r.shown(t.who), t.at, words.RelayedPromiseNote+text)
		names := village.NamesOf(r.people.All(), rep.Village)
		data["Said"], data["Later"] = r.relayedDay(t, names)
		if _, due, _ := words.RestOwed(*rep, r.cfg.Location(), names); !open && !due.IsZero() {
			data["Due"], data["Kept"] = due, due.Equal(words.SettledDue(*rep, r.cfg.Location(), names))
		}
	case side == "":
		rep.CreditorsAwaited = slices.DeleteFunc(slices.Clone(rep.CreditorsAwaited), func(n string) bool { return n == t.who.Name })
		rep.Tell(t.who.Name, t.at, creditorPartNote+text)
	case side == "debtor" && whole:
		rep.Tell(r.shown(t.who), t.at, debtorPaidNote+text)
	case side == "debtor":
		rep.Tell(r.shown(t.who), t.at, debtorPartNote+text)
	case whole:
		// the reporter's money all came: nothing owed (words.PaymentOwed)
		rep.Tell(r.shown(t.who), t.at, words.PaidWholeNote+text)
	default:
		// said while it is mediated, the mediators reckon it at the
		// table; the 回访 reads only what is said after its 办结
		rep.Tell(r.shown(t.who), t.at, words.PartPaidNote+text)
		if _, due, _ := words.RestOwed(*rep, r.cfg.Location(), village.NamesOf(r.people.All(), rep.Village)); !open && !due.IsZero() {
			data["Due"] = due
		}
	}
	if paidClosed && whole && data["Again"] != true && data["Same"] != true {
		// all paid, the debtor says, after the close (med112): nothing is
		// scheduled on a closed item, so the creditor, whose word is the
		// ledger, is asked himself rather than the mediators sent to ask
		data["AskedReporter"] = true
	}
	out := r.privately(t, r.texts.Render("mediation.partpaid", data))
	if data["AskedReporter"] == true {
		out = append(out, bot.Outbound{To: cmp.Or(rep.Recorder, r.people.Address(rep.ReporterKey, rep.Reporter)), Kind: bot.Private,
			Priority: bot.Normal, Text: r.texts.Render("mediation.paid.ask", data)})
	}
	if data["Again"] == true {
		// a payment he told already (med109): kept, the mediators
		// heard it the first time
		return out
	}
	return append(out, r.mediatorsTold(t, rep, "mediation.partpaid.handler", data)...)
}

// relayedDay is the day a creditor's relayed promise names (nil when none
// or past), and whether it is the one read from 「年后再给」
// (village.AfterFestival, med110): told as 「年后，按…（正月十五）前算」.
func (r *Router) relayedDay(t *turn, names func(string) bool) (any, bool) {
	said, now := village.WithoutNames(t.text, names), t.at.In(r.cfg.Location())
	p, ok := village.DueIn(said, now)
	if !ok || p.Past {
		return nil, false
	}
	after, later := village.AfterFestival(said, now)
	return p.By, later && after.Day.Equal(p.Day)
}

// partOfCreditor reports whether e is another creditor's word that part of
// his money came (creditorPartNote): his answer still leaves the rest to
// say came (creditorAsked).
func partOfCreditor(e village.Entry) bool { return strings.HasPrefix(e.Note, creditorPartNote) }
