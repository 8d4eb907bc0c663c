package words

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gridbot/internal/cnnum"
	"gridbot/village"
)

// sumRe is a number as villagers write a sum of money: digits (「1000」,
// 「1.5万」, 「3千」) or Chinese numerals led by a digit (「三千」, 「一千五」,
// 「八百」; not 「千万别」), with the unit after it when there is one.
var sumRe = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?[千万kK]?|[一二两三四五六七八九][零一二两三四五六七八九十百千万]*)\s*(块钱|块|元|万|千)?`)

// notSumAfter are what, right after a bare number, make it no sum: a date,
// an hour, land, a head count (「12月20日」, 「2026年」, 「3亩」).
const notSumAfter = "年月日号点亩米天棵只头斤个尺方车袋吨岁人户组次回遍件间层楼分秒周"

// readSum is the value of a number sumRe found, with its unit: 「一千五」 is
// 1500 as villagers say it (cnnum reads 1005), 「1.5万」 15000, 「3千」 3000.
func readSum(num, unit string) int {
	mult := map[string]int{"万": 10000, "千": 1000}[unit]
	if mult == 0 {
		mult = 1
	}
	if num[0] <= '9' {
		for suffix, m := range map[string]int{"万": 10000, "千": 1000, "k": 1000, "K": 1000} {
			if rest, ok := strings.CutSuffix(num, suffix); ok {
				num, mult = rest, mult*m
			}
		}
		f, err := strconv.ParseFloat(num, 64)
		if err != nil || f*float64(mult) > 1e8 {
			return 0
		}
		return int(f*float64(mult) + 0.5)
	}
	n, rest := cnnum.Leading(num)
	if n == 0 || rest != "" {
		return 0
	}
	// 「一千五」, 「两万五」, 「八百五」: a last digit right after a unit of
	// a hundred or more counts its tenths (「三千零五」 is 3005)
	last, size := utf8.DecodeLastRuneInString(num)
	before, _ := utf8.DecodeLastRuneInString(num[:len(num)-size])
	if d, ok := cnnum.Read(string(last)); ok && d < 10 {
		switch before {
		case '百':
			n += d*10 - d
		case '千':
			n += d*100 - d
		case '万':
			n += d*1000 - d
		}
	}
	return n * mult
}

// SumsIn are the sums of money text names, in order: a number with 块/元
// (「八百块」, 「300元」), a number with 千/万 (「三千」, 「1.5万」), or a bare
// number of 100 and more no date or measure follows (「还张三3000」).
func SumsIn(text string) []int {
	text = FoldDigits(text)
	var sums []int
	for _, m := range sumRe.FindAllStringSubmatchIndex(text, -1) {
		num, unit := text[m[2]:m[3]], ""
		if m[4] >= 0 {
			unit = text[m[4]:m[5]]
		}
		n := readSum(num, unit)
		if n <= 0 {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[m[1]:])
		chinese := num[0] > '9'
		switch {
		case unit == "" && strings.ContainsRune(notSumAfter, next):
			continue
		case unit == "块" || unit == "块钱" || unit == "元":
		case unit != "" || strings.ContainsAny(num, "千万kK"):
		case !chinese && n >= 100 && n < 10000000:
		case chinese && n >= 100 && strings.ContainsAny(num, "百千万"):
		default:
			continue
		}
		sums = append(sums, n)
	}
	return sums
}

// PaidSum is the sum text says was paid, 0 when it names none: the first
// sum of the clause a paying word (SaysPaid's, 「给我了」 too) is in
// (「只还了1000 还差2000」: 1000; 「他还了1000」), or, the paying said apart
// (「钱都还了 3000一分不少」), the text's one sum. A question, a payment
// denied or a sum still owed alone (「还差2000」) is none.
func PaidSum(text string) int {
	if strings.ContainsAny(text, "?？吗") {
		return 0
	}
	said := paidSaid(text)
	if !paidIn(said) || SettlementUnkept(said) || ContainsAnyOf(said, "没给", "还没", "没有给", "没赔", "没付", "没还", "一分没", "一分钱没") {
		return 0
	}
	for _, c := range dueParts.Split(said, -1) {
		if paidIn(c) && !ContainsAnyOf(c, partOwedOnly...) {
			if s := SumsIn(c); len(s) > 0 {
				return s[0]
			}
		}
	}
	if s := SumsIn(said); len(s) == 1 && !owedStill(said) {
		return s[0]
	}
	return 0
}

// partOwedOnly are what make a clause tell a sum still owed, not paid
// (「还差2000」, 「剩下的2000过年给」).
var partOwedOnly = []string{"还差", "就差", "只差", "差着", "剩下", "剩的", "还剩", "余下", "欠着"}

// OwedSum is the sum debt quarrel rep says its reporter is owed: of a
// settlement (its last 办结 promising money, PaymentOwed), the rest the
// note names (「当场还了1000 剩下2000腊月二十前还清」: 2000), else the sum
// in the part naming reporter, else its one sum; of a quarrel still being
// mediated, the sum its text names first (「陈二借我三千块」). 0 when none
// is sure (two sums, none his).
func OwedSum(rep village.Report, reporter string) int {
	if rep.Status == village.StatusResolved {
		note := PaymentOwed(rep)
		if note == "" {
			return 0
		}
		var any []int
		for _, p := range dueParts.Split(note, -1) {
			s := SumsIn(p)
			if len(s) == 0 {
				continue
			}
			if ContainsAnyOf(p, partOwedOnly...) || reporter != "" && strings.Contains(p, reporter) && !ContainsAnyOf(p, "还了", "给了", "付了") {
				return s[len(s)-1]
			}
			any = append(any, s...)
		}
		if len(any) == 1 {
			return any[0]
		}
		return 0
	}
	if !IsDebt(rep.Text) {
		return 0
	}
	if s := SumsIn(rep.Text); len(s) > 0 {
		return s[0]
	}
	return 0
}

// payVerbRe is paying money back as the debtor says he will: 「还你」,
// 「还钱」, 「还上」, 「给你」, 「把钱还了」 said ahead, or a clause ending
// on 还 (「过年前我肯定还」); not 还差, 还是, 还在, 还没 (还 as "still").
var payVerbRe = regexp.MustCompile(`(?:还|给|付|凑)(?:给)?(?:你|您|他|她|人家|钱|上|清|齐|完|回|[0-9０-９一二两三四五六七八九]|$)|还(?:[，。,；;！!\s]|$)|结清|两清`)

// promiseLeads are what, before the paying in its clause, make it a
// promise of the debtor: a will (一定, 肯定, 保证, 答应) or when (年前,
// 月底, 过完年, 等…回来).
var promiseLeads = regexp.MustCompile(`一定|肯定|保证|答应|会|尽快|马上|争取|准|前|底|年后|过完年|过了年|开春|下个?月|下礼拜|下周|明天|后天|过几天|这几天|这两天|等|回来|发了工资|卖了|到时候|就`)

// promiseNot are a payment refused, denied, done or asked, no promise:
// 「凭什么还你」, 「我不会还的」, 「还了」, 「啥时候还」.
var promiseNot = slices.Concat(promiseRefused, promiseDone)

// promiseRefused are a payment refused, denied or asked anywhere in the
// words: 「凭什么还你」, 「我不会还的」, 「啥时候还」.
var promiseRefused = []string{"不还", "不会还", "不给", "不会给", "凭什么", "为什么", "为啥", "没借", "哪来", "啥时候", "什么时候", "几时", "多会", "赖", "不认", "别想", "想得美", "做梦"}

// promiseDone are a payment done or not yet made, which only the clause
// of the promise may not say: 「还了」, 「还没还」; 「工钱老板还没给 年后
// 一定还」 is a promise (med109).
var promiseDone = []string{"还没", "没还", "没给", "还了", "给了", "付了", "还过", "给过"}

// notNotPaying drops a refusal denied, 「我不是不还」, 「又不是不给」
// (med109): a debtor's word that he means to pay.
var notNotPaying = strings.NewReplacer("不是不还", "", "不是不给", "", "没说不还", "", "没说不给", "")

// PromisesPay reports whether text, the debtor's, promises the money back
// (med107): a paying word (payVerbRe) with a will or a day before it in
// its clause (promiseLeads: 「年前一定还你」, 「过年前我肯定还 等我儿子打
// 工回来」, 「等我卖了猪就把钱还上」), not refused, denied or asked
// (promiseRefused, a question mark; 「我不是不还」 is no refusal), nor
// done in its clause (promiseDone: 「今年工钱老板还没给 年后一定还」 is a
// promise, med109).
func PromisesPay(text string) bool {
	text = notNotPaying.Replace(text)
	if strings.ContainsAny(text, "?？吗") || ContainsAnyOf(text, promiseRefused...) {
		return false
	}
	for _, c := range dueParts.Split(text, -1) {
		if ContainsAnyOf(c, promiseDone...) {
			continue
		}
		for _, m := range payVerbRe.FindAllStringIndex(c, -1) {
			if promiseLeads.MatchString(c[:m[0]]) {
				return true
			}
		}
	}
	return false
}

// DebtorSays begins every note of the debtor's own word on a debt quarrel
// (his part payment, his payment in full, his promise: handlers.partlyPaid):
// his say, for the mediators to check with the creditor, never the money
// said paid (paidEntry).
const DebtorSays = "欠款方说"

// paidEntry reports whether e, kept on a settlement, says its money was
// paid (SaysPaid): not the debtor's own word (DebtorSays), which the
// creditor has yet to confirm.
func paidEntry(e village.Entry) bool {
	return SaysPaid(e.Note) && !strings.HasPrefix(e.Note, DebtorSays)
}

// settlementPaid is paidEntry for debt quarrel rep's settlement as its
// reporter's 回访 reads it: another creditor's 「钱收到了」 is his own money
// (OtherCreditors), not the settlement paid (med111).
func settlementPaid(rep village.Report) func(village.Entry) bool {
	var others []string
	for _, i := range OtherCreditors(rep) {
		others = append(others, rep.Followers[i])
	}
	return func(e village.Entry) bool { return paidEntry(e) && !slices.Contains(others, e.By) }
}
