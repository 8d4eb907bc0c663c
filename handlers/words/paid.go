package words

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/understand"
	"gridbot/village"
)

// paidLeads may open a household's word that it has paid: who
// ("我家", "俺们"), where or how ("手机上", "在村委会", "微信"), what
// ("医保", "社保的钱"), and the acknowledgement before it ("收到 已交").
var paidLeads = []string{"我们家", "我家", "咱家", "俺家", "俺们", "家里", "全家人", "全家", "一家人", "我们", "咱们", "两口子", "老两口", "一家",
	"我妈", "我爸", "爸妈", "父母", "老人", "孩子", "娃", "我老婆", "老婆", "媳妇", "我", "俺", "在支付宝上", "在",
	"在手机上", "手机上", "用手机", "在网上", "网上", "在微信上", "微信上", "微信", "支付宝上", "支付宝", "线上", "在村委会", "村委会", "村里",
	"今年的", "今年", "明年的", "明年", "的"}

// paidFillers are ackFillers but the marks of a thing done (已, 了, 啦):
// "已交" keeps its 已.
var paidFillers = slices.DeleteFunc(slices.Clone(ackFillers), func(f string) bool { return f == "已" || f == "了" || f == "啦" })

// paidTopics are what a payment notice asks for, as a household names it
// before saying it paid ("医保交了", "社保费已缴").
var paidTopics = []string{"城乡居民医保", "居民医保", "医疗保险", "养老保险", "合作医疗", "新农合", "医保", "社保", "农保", "养老", "保险"}

// paidCuts are what PaidForNotice cuts off the front of a household's
// word, in this order, before paidRe reads the rest.
var paidCuts = slices.Concat(paidLeads, paidTopics, []string{"费", "的钱", "钱", "早就", "早已", "早都", "已经", "都", "也"})

// cutPrefixLeaving is strings.CutPrefix that never cuts s to nothing.
func cutPrefixLeaving(s, prefix string) (string, bool) {
	r, ok := strings.CutPrefix(s, prefix)
	return r, ok && r != ""
}

// paidRe is the rest, once leads and topics are cut: a word of having
// paid ("已交", "交了", "早就交过了", "缴费了", "都交齐了"), no negation, no
// question, nothing else.
var paidRe = regexp.MustCompile(`^(?:已经|早就|早已|早都|早|已|都|也|全|全部|一家人都|全家都)*(?:交|缴)(?:费|钱|纳|上|好|完|齐|清)?(?:过)?(?:了|啦|咯|哦)?(?:钱)?(?:了)?$`)

// paidDone are the marks of a thing done that paidRe's match must hold:
// "交" alone says nothing of having paid.
var paidDone = []string{"已", "了", "过", "啦", "咯", "早"}

// PaidForNotice reports whether text is only a household's word that it has
// paid ("已交", "交了", "交过了", "我家早就交了", "医保在手机上交过了",
// "收到 已交"): under a notice asking for a payment (AsksPayment), the
// household read it — its 收到. Negations ("还没交", "交不起"), questions
// ("交了吗", "在哪交") and longer sentences are not.
func PaidForNotice(text string) bool {
	s := strings.TrimSpace(text)
	if s == "" || utf8.RuneCountInString(s) > 20 || strings.ContainsAny(s, "?？吗么没不未") {
		return false
	}
	if rest, ok := AckLead(s); ok {
		s = rest // "收到 已交", "好的 交过了"
	}
	done := ContainsAnyOf(s, paidDone...) // before 早就/已经 are cut as leads
	// leads first: a filler 我 would leave 妈 of 「我妈的也交了」
	for cut := true; cut && s != ""; {
		s, cut = cutFillers(s, paidCuts, cutPrefixLeaving)
		if r := trimFillers(s, paidFillers); r != s && r != "" {
			s, cut = r, true
		}
	}
	return paidRe.MatchString(s) && done
}

// paymentWords are what a notice asking households to pay says:
// "缴费", "交费", "交钱", "缴纳".
var paymentWords = []string{"缴", "交费", "交钱", "交纳", "交齐", "交清", "代交", "要交", "需交", "请交", "没交", "未交", "交的"}

// AsksPayment reports whether notice text asks households to pay
// something ("2027年城乡居民医保缴费12月20日截止，每人400元"): a
// household's "已交" answers it (PaidForNotice).
func AsksPayment(text string) bool { return ContainsAnyOf(text, paymentWords...) }

// paidAskTails end a household's question whether its payment is
// recorded ("交了吗", "我家交了没有"), longest first.
var paidAskTails = []string{"了没有呀", "了没有啊", "了没有", "了没呀", "了没啊", "了没", "没有啊", "没有呀", "没有", "吗呀", "吗啊", "吗", "么", "没", "啊", "呀", "呢"}

// softTails end a statement as well as a question ("交了啊"): cut, they
// do not make it one.
var softTails = []string{"啊", "呀", "呢"}

// AsksPaid reports whether text only asks whether the sender's household
// has paid (is recorded as having paid) what a notice asks: "交了吗",
// "我家交了吗", "我妈的交了没有", "医保交上了没？" — what PaidForNotice
// reads, asked. Not another's ("你家交了吗"), not how or where ("在哪交").
func AsksPaid(text string) bool {
	s := strings.TrimRight(strings.TrimSpace(text), "?？。.!！~～ ")
	either := strings.Contains(s, "交没交") // "我家交没交"
	s = strings.Replace(s, "交没交", "交了", 1)
	if utf8.RuneCountInString(s) > 20 || !strings.ContainsAny(s, "交缴") {
		return false
	}
	asked := either || strings.ContainsAny(text, "?？")
	for cut := true; cut; {
		cut = false
		for _, tail := range paidAskTails {
			if r, ok := strings.CutSuffix(s, tail); ok && r != "" {
				if strings.HasPrefix(tail, "了没") {
					r += "了"
				}
				s, cut, asked = r, true, asked || !slices.Contains(softTails, tail)
				break
			}
		}
	}
	return asked && PaidForNotice(s)
}

// kinPaidRe is who of the elder's paid for her, and how, in a call note's
// clause ("她女儿给", "儿子帮她"): cut before the clause is read as paid.
var kinPaidRe = regexp.MustCompile(`(?:她|他|老人)?(?:家的|家|的)?(?:` + village.KinWords + `|家里人|家里)(?:已经)?(?:给她|帮她|给他|帮他|替她|替他|给|帮|替)?`)

// CutPaid takes out of a call note the clauses that say the elder's
// household paid ("医保她女儿给交了", "她说医保交过了"): the household's
// 已交 of the payment notice, told on the phone (call101), no matter of
// hers to file ("腿疼 医保她女儿给交了" filed the whole as one item about
// the 医保 notice). rest is the note without them; paid whether any was.
func CutPaid(note string) (rest string, paid bool) {
	return understand.DropClauses(note, func(r rune) bool { return strings.ContainsRune(CallSeps+"，。！!", r) }, func(c string) bool {
		return ContainsAnyOf(c, "交", "缴") && PaidForNotice(kinPaidRe.ReplaceAllString(ElderSaid(c), ""))
	})
}
