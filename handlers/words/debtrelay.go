package words

import (
	"regexp"
	"strings"

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
	s := village.WithoutNames(text, isName)
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

// paymentNote is a note's side and the sum it says paid: the reporter's
// (PartPaidNote, or his word that all came), or the debtor's own
// (DebtorSays).
type paymentNote struct {
	debtor bool
	sum    int
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
			out = append(out, paymentNote{debtor, s})
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

// SamePayment reports whether sum, which text of one side of debt quarrel
// rep says was paid (the debtor's own word, or the reporter's), is a
// payment the other side already said and nobody matched yet (med108):
// 张三's 「他还了1000」 after 陈二's 「我还了1000」 is that one payment,
// confirmed, not a second; 「又还了1000」 is another.
func SamePayment(rep village.Report, debtor bool, sum int, text string) bool {
	if sum <= 0 || ContainsAnyOf(text, anotherPayment...) {
		return false
	}
	mine, theirs := 0, 0
	for _, p := range paymentsSince(rep) {
		switch {
		case p.sum != sum:
		case p.debtor == debtor:
			mine++
		default:
			theirs++
		}
	}
	return theirs > mine
}

// DebtorClaimed is the sum of the debtor's own payments said on rep since
// its last 办结 that no word of the reporter matched (SamePayment): his
// say, reckoned into what he is told is left, never into the ledger.
func DebtorClaimed(rep village.Report) int {
	left := map[int]int{}
	for _, p := range paymentsSince(rep) {
		if p.debtor {
			left[p.sum]++
		} else {
			left[p.sum]--
		}
	}
	total := 0
	for s, n := range left {
		total += s * max(n, 0)
	}
	return total
}
