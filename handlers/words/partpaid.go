package words

import (
	"regexp"
	"strings"
	"time"

	"gridbot/village"
)

// PartPaidNote begins the history note of a debt settlement's reporter
// saying part of the money came (PartlyPaid, med105): 「部分还款：只还了
// 1000 还差2000」. The 回访 asks again about the rest (RestOwed).
const PartPaidNote = "部分还款："

// PartlyPaid reports whether text says money came in part: a payment
// said (SaysPaid's words, a creditor's 「给我了」 too) with money still
// owed (partPaidWords: 「只给了500 还差300」, 「还了一半 剩下的说过年给」),
// not asked (「还差多少」 with 吗/？ is a question) and not said unpaid
// outright (「一分没给」).
func PartlyPaid(text string) bool {
	if !owedStill(text) || strings.ContainsAny(text, "?？吗") || ContainsAnyOf(text, "多少", "几个") {
		return false
	}
	said := paidSaid(text)
	return paidIn(said) && !ContainsAnyOf(said, "一分没", "一分钱没", "一分都没", "一毛没") &&
		(ContainsAnyOf(text, moneyPaidWords...) || strings.ContainsAny(text, "0123456789０１２３４５６７８９") || sumWords.MatchString(text))
}

// RestOwed is the newest word on debt settlement rep, since its last 办结,
// that part of the money came (a PartPaidNote entry) or, relayed by its
// reporter, that the debtor said he will pay (RelayedPromise, med108: when
// the 办结 set a day still ahead, that day stands), and the day it says
// the rest is due (village.DueIn, read when it was said; when it says
// none, the day the 办结 set if still ahead: PaymentDue; zero when none,
// past, or further than DebtWaitMax). ok is false when there is none.
func RestOwed(rep village.Report, loc *time.Location, isName func(string) bool) (e village.Entry, due time.Time, ok bool) {
	done := rep.ResolvedAt()
	for i := len(rep.History) - 1; i >= 0; i-- {
		h := rep.History[i]
		if h.At.Before(done) {
			break
		}
		if h.Action == village.ActSaid && (strings.HasPrefix(h.Note, PartPaidNote) || RelayedPromise(h)) {
			p, found := village.DueIn(village.WithoutNames(RestSaid(h), isName), h.At.In(loc))
			switch settled := PaymentDue(rep, loc, isName); {
			case RelayedPromise(h) && SettledDue(rep, loc, isName).After(h.At):
				// the debtor's word, relayed, changes no day the 办结
				// set (med107): the 回访 asks on it
				due = SettledDue(rep, loc, isName)
			case found && !p.Past && p.By.Sub(h.At) <= DebtWaitMax:
				due = p.By
			case !found || p.Past:
				// no day said for the rest (「他今天还了1000」): the day
				// the 办结 set still stands when it is ahead (med107)
				if settled.After(h.At) {
					due = settled
				}
			}
			return h, due, true
		}
	}
	return village.Entry{}, time.Time{}, false
}

// restPaidRe is the rest said paid: 「剩下的300也给我了」, 「余下的也还了」.
var restPaidRe = regexp.MustCompile(`(?:剩下|剩的|还剩|余下)[^，。,；;！!？?\s]{0,8}?(?:也|都)?(?:给|还|付|转|结)(?:给)?(?:我|俺)?(?:了|清了|齐了)`)

// paidFirstRe is a payment said as a first part (med106): 「我先还了1000」,
// 「先给了两千」, 「先把1000转给他了」; 原先, 事先, 首先, 早先, 预先 are
// no part.
var paidFirstRe = regexp.MustCompile(`(?:^|[^原事首早预优领])先(?:把[^，。,；;！!？?\s]{0,6})?(?:还|给|付|转|打)`)

// owedStill reports whether text tells money still owed after a payment
// (partPaidWords: 「还差300」, 「只给了一半」, 「还了一部分」; a first part:
// 「我先还了1000」), not the rest said paid (restPaidRe): 「剩下的300也
// 给我了」 is all of it.
func owedStill(text string) bool {
	return (ContainsAnyOf(text, partPaidWords...) || paidFirstRe.MatchString(text)) && !restPaidRe.MatchString(text)
}

// RelayedPromise reports whether e is the reporter's word that the debtor
// said he will pay (RelayedPromiseNote, med108).
func RelayedPromise(e village.Entry) bool { return strings.HasPrefix(e.Note, RelayedPromiseNote) }

// RestSaid is the words of e, a RestOwed entry, without its note's head.
func RestSaid(e village.Entry) string {
	return strings.TrimPrefix(strings.TrimPrefix(e.Note, PartPaidNote), RelayedPromiseNote)
}
