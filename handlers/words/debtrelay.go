package words

import (
	"regexp"
	"strings"
	"time"

	"gridbot/village"
)

// moneySum is a sum as movedRe reads it after FoldDigits: digits (「2000」,
// 「1.5万」) or Chinese numerals led by a digit (「两千」), with its unit.
const moneySum = `((?:[0-9]+(?:\.[0-9]+)?[千万kK]?|[一二两三四五六七八九][零一二两三四五六七八九十百千万]*)(?:块钱|块|元)?)`

// movedRe are money sent by phone or handed over with the sum between the
// paying and its 了 (med108): 「转给我2000了」, 「给我转了2000」, 「微信转了
// 两千」, 「打了1000过来」, 「2000已经转过来了」, 「还我1000了」, 「我给他
// 1000了」. paidSaid rewrites each as 「给了」 and its sum, which the paying
// words read (paidIn); 「还我2000」 with no 了 is a demand, not a payment.
var movedRe = []*regexp.Regexp{
	regexp.MustCompile(`(?:转|打|还|给|付)(?:给)?(?:我|俺|他|她|你)` + moneySum + `(?:了|过来了?|过去了?)`),
	regexp.MustCompile(`(?:给|帮)(?:我|俺|他|她|你)(?:转|打)了` + moneySum),
	regexp.MustCompile(`转了` + moneySum),
	regexp.MustCompile(`打了` + moneySum + `(?:过来|过去|到)`),
	regexp.MustCompile(moneySum + `(?:已经|也|都)?(?:转|打)(?:给我|给俺|给他|给她|过来|过去|到我卡上|到卡上|到账)了?`),
}

// paidSaid is text as the paying words read it: digits folded, money
// moved said as 「给了」 and its sum (movedRe), a creditor's 「给我了」 as
// 「给了」 (paidToMe).
func paidSaid(text string) string {
	s := FoldDigits(text)
	for _, re := range movedRe {
		s = re.ReplaceAllString(s, "给了$1")
	}
	return paidToMe.Replace(s)
}

// RelayedPromiseNote begins the note of a creditor's word that the debtor
// said he will pay (RelaysPromise, med108): 「转述欠款方会还：他说年前还」.
// After a 办结 the 回访 asks about the money on the day it names
// (RestOwed).
const RelayedPromiseNote = "转述欠款方会还："

// relayVerbRe is someone's saying or promising, as a creditor tells what
// the debtor said: 「他说」, 「他答应」, 「陈二保证」.
var relayVerbRe = regexp.MustCompile(`说|答应|保证|承诺|表态|发誓|讲`)

// relayWho are who, opening the clause before the saying, make it another's
// word (the debtor, his kin, a name WithoutNames made 某某); the creditor's
// own 「我跟他说了 年前必须还」 is his demand.
var relayWho = []string{"他", "她", "人家", "对方", "某"}

// payToMe are the creditor's 「还我」, 「给我」 as PromisesPay reads a
// debtor's paying (「还钱」).
var payToMe = strings.NewReplacer("还给我", "还钱", "还我", "还钱", "还俺", "还钱", "给我", "给钱", "给俺", "给钱")

// RelaysPromise reports whether text, a creditor's, tells that the debtor
// said he will pay (med108): 「他说年前还」, 「刚碰见他了 他说月底前还我」,
// 「陈二答应等卖了猪就还」 (names, isName's, are read as another's). The
// saying opens with another (relayWho), and what follows it is a promise
// (PromisesPay: not refused, done, still unpaid or asked).
func RelaysPromise(text string, isName func(string) bool) bool {
	s := notNotPaying.Replace(village.WithoutNames(text, isName))
	if strings.ContainsAny(s, "?？吗") || ContainsAnyOf(s, promiseNot...) {
		return false
	}
	start := 0
	for _, sep := range append(dueParts.FindAllStringIndex(s, -1), []int{len(s), len(s)}) {
		c := s[start:sep[0]]
		from := start
		start = sep[1]
		m := relayVerbRe.FindStringIndex(c)
		if m == nil || !startsWithAny(c, relayWho) {
			continue
		}
		// the promise may run on past the clause: 「他说 年前一定还」
		if PromisesPay(payToMe.Replace(s[from+m[1]:])) {
			return true
		}
	}
	return false
}

// startsWithAny reports whether s begins with one of prefixes.
func startsWithAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// paymentNote is a note's side, the sum it says paid, its words and when
// they were said: the reporter's (PartPaidNote, or his word that all came),
// or the debtor's own (DebtorSays).
type paymentNote struct {
	debtor bool
	sum    int
	text   string
	at     time.Time
}

// paymentsSince are the payments the parties said on debt quarrel rep since
// its last 办结 (or, while it is mediated, since it was filed), in order.
func paymentsSince(rep village.Report) []paymentNote {
	done := rep.ResolvedAt()
	var out []paymentNote
	for _, h := range rep.History {
		if h.Action != village.ActSaid || h.At.Before(done) {
			continue
		}
		note, debtor := h.Note, false
		switch {
		case strings.HasPrefix(note, DebtorSays):
			debtor = true
			_, note, _ = strings.Cut(note, "：")
		case strings.HasPrefix(note, PartPaidNote), strings.HasPrefix(note, PaidWholeNote):
			_, note, _ = strings.Cut(note, "：")
		default:
			continue
		}
		if s := PaidSum(note); s > 0 {
			out = append(out, paymentNote{debtor, s, note, h.At})
		}
	}
	return out
}

// PaidWholeNote begins the note of the reporter's word that a sum came
// which clears what he was owed (med107): 「他还了3000」 of a 3000 debt.
const PaidWholeNote = "已还清："

// anotherPayment make a payment said another one, never one said before: 「又
// 还了1000」, 「今天再给了500」, 「另外还了」.
var anotherPayment = []string{"又", "再", "另外", "另给", "第二", "第三"}

// payment is one payment as the parties' words on a debt quarrel tell it
// (med109): its sum, the days it may have been made (from zero: any day up
// to to), who said it, and when it was first said.
type payment struct {
	sum              int
	from, to         time.Time
	reporter, debtor bool
	said             time.Time
}

// paidDays are the days a payment text said at may have been made, at
// midnight in loc: the day the words up to its paying name (village.DeedDay:
// 昨天, 前天, 12月8号, 今天), else any day up to the one it was said on.
// A day named after the paying (「剩下的腊月二十前给」) is the rest's.
func paidDays(text string, at time.Time, loc *time.Location) (from, to time.Time) {
	said := paidSaid(text)
	upTo := said
	for _, m := range dueParts.FindAllStringIndex(said+" ", -1) {
		if paidIn(said[:m[0]]) {
			upTo = said[:m[0]]
			break
		}
	}
	day, named := village.DeedDay(upTo, at.In(loc))
	if named {
		return day, day
	}
	return time.Time{}, day
}

// PaymentMatch is what a payment said on a debt quarrel is to the payments
// said on it before (MatchPayment).
type PaymentMatch int

const (
	// NewPayment is a payment nobody said before.
	NewPayment PaymentMatch = iota
	// TheirPayment is one the other side said and this side had not:
	// 陈二's 「我还了1000」, then 张三's 「他还了我1000」 (med108).
	TheirPayment
	// OwnPayment is one this side said already, said again: 张三's
	// 「他还了我1000」 twice, with no 又 and no other day (med109).
	OwnPayment
)

// matchPayment is the payment of ledger that sum, said by one side (debtor,
// else the reporter) in text on days [from, to], is, and how: the oldest
// the other side said alone, else the newest this side said; -1 and
// NewPayment when none fits, or it is said to be another (anotherPayment).
// A payment fits when its sum is sum and its days meet [from, to].
func matchPayment(ledger []payment, debtor bool, sum int, text string, from, to time.Time) (int, PaymentMatch) {
	if sum <= 0 || ContainsAnyOf(text, anotherPayment...) {
		return -1, NewPayment
	}
	fits := func(p payment) bool { return p.sum == sum && !from.After(p.to) && !p.from.After(to) }
	for i, p := range ledger {
		if fits(p) && (debtor && !p.debtor || !debtor && !p.reporter) {
			return i, TheirPayment
		}
	}
	for i := len(ledger) - 1; i >= 0; i-- {
		if p := ledger[i]; fits(p) && (debtor && p.debtor || !debtor && p.reporter) {
			return i, OwnPayment
		}
	}
	return -1, NewPayment
}

// paymentLedger are the payments said on debt quarrel rep since its last
// 办结 (paymentsSince), each once: a word matching one said before
// (matchPayment) adds its side to it and narrows its days.
func paymentLedger(rep village.Report, loc *time.Location) []payment {
	var ledger []payment
	for _, n := range paymentsSince(rep) {
		from, to := paidDays(n.text, n.at, loc)
		i, _ := matchPayment(ledger, n.debtor, n.sum, n.text, from, to)
		if i < 0 {
			ledger = append(ledger, payment{sum: n.sum, from: from, to: to, said: n.at})
			i = len(ledger) - 1
		}
		p := &ledger[i]
		if from.After(p.from) {
			p.from = from
		}
		if to.Before(p.to) {
			p.to = to
		}
		p.debtor, p.reporter = p.debtor || n.debtor, p.reporter || !n.debtor
	}
	return ledger
}

// MatchPayment is what sum, which text of one side of debt quarrel rep
// said at says was paid (the debtor's own word, or the reporter's), is to
// the payments said before (med108, med109): one the other side said and
// this side had not (张三's 「他还了我1000」 after 陈二's 「我还了1000」:
// that one payment, confirmed), one this side said already (his
// 「他还了我1000」 again: once, not twice; said is when he first said it),
// or a new one (「又还了1000」, another sum, or another day: 「今天还了
// 1000」 said after a 1000 told the day before).
func MatchPayment(rep village.Report, debtor bool, sum int, text string, at time.Time, loc *time.Location) (m PaymentMatch, said time.Time) {
	ledger := paymentLedger(rep, loc)
	from, to := paidDays(text, at, loc)
	i, m := matchPayment(ledger, debtor, sum, text, from, to)
	if i >= 0 {
		said = ledger[i].said
	}
	return m, said
}

// ReporterPaid is the sum of the payments the reporter said on debt
// quarrel rep since its last 办结 (or, while it is mediated, since it was
// filed), each once (paymentLedger): what the rest is reckoned after.
func ReporterPaid(rep village.Report, loc *time.Location) int {
	paid := 0
	for _, p := range paymentLedger(rep, loc) {
		if p.reporter {
			paid += p.sum
		}
	}
	return paid
}

// DebtorClaimed is the sum of the debtor's own payments said on rep since
// its last 办结 that no word of the reporter matched (MatchPayment): his
// say, reckoned into what he is told is left, never into the ledger.
func DebtorClaimed(rep village.Report, loc *time.Location) int {
	total := 0
	for _, p := range paymentLedger(rep, loc) {
		if p.debtor && !p.reporter {
			total += p.sum
		}
	}
	return total
}
