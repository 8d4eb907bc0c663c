package words

import (
	"gridbot/understand"
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Judged reports whether the words right after a claim's number written
// without # judge the claim ("C2没问题", "C3 不属实"): a scorer's or a
// witness's word on it. A verdict further on ("C1驾照没问题") judges
// something the number only names.
func Judged(after string) bool {
	after = TrimRefFillers(strings.TrimLeft(after, " \u2005，,:："))
	return StartsWithAny(after, agreeWords...) || StartsWithAny(after, disagreeWords...)
}

// ClaimTalk are words that make a claim's number written without # a
// reference to it ("C11我有意见"); "C1驾照怎么考" names a licence class.
var ClaimTalk = []string{"积分", "扣分", "加分", "扣得", "扣的", "加得", "加的", "异议", "意见", "公示", "评分"}

var agreeWords = []string{"扣得对", "扣的对", "加得对", "加的对", "该扣", "该加", "支持", "赞成", "同意", "没意见", "没有意见", "没问题", "没有问题", "没毛病", "属实", "作证", "亲眼看见", "应该的"}

var disagreeWords = []string{"不对", "不服", "不同意", "不公平", "凭什么", "冤枉", "有意见", "有问题", "不属实", "不该", "不应该", "乱扣", "乱加", "没有的事", "假的"}

// noObjection takes out the agreement that holds an objection's words
// ("没有问题" holds 有问题), and a question ("有没有问题") is neither.
var noObjection = strings.NewReplacer("有没有问题", "", "没有意见", "", "没意见", "", "没有问题", "", "没问题", "", "没毛病", "")

// Agrees reports whether text plainly agrees with a claim: words of
// agreement and none of objection, and no question.
func Agrees(text string) bool {
	return ContainsAnyOf(text, agreeWords...) && !ContainsAnyOf(noObjection.Replace(text), disagreeWords...) &&
		!ContainsAnyOf(text, "有没有", "吗", "?", "？")
}

// Disagrees reports whether text plainly disputes a claim: words of
// objection and, once they are taken out ("不同意" holds 同意), none of
// agreement.
func Disagrees(text string) bool {
	rest := noObjection.Replace(text)
	if !ContainsAnyOf(rest, disagreeWords...) {
		return false
	}
	for _, w := range disagreeWords {
		rest = strings.ReplaceAll(rest, w, "")
	}
	return !ContainsAnyOf(rest, agreeWords...)
}

// ObjectWords say that a party does not accept how a quarrel was settled:
// "我不服", "不认这个结果", "不接受".
var ObjectWords = []string{"不服", "不认", "不接受", "不同意这个", "不同意这样", "有意见", "不答应"}

var acceptWords = []string{"我认", "认了", "俺认", "我接受", "接受了", "没意见", "没有意见", "我同意", "同意了", "我服", "服气了", "就这么办", "就按这个办"}

var notAcceptWords = []string{"不认", "不接受", "不同意", "有意见", "不服", "认为", "认识", "认得", "认错", "认不", "没认", "承认", "吗", "?", "？"}

// AcceptsSettlement reports whether text says its sender accepts how a
// quarrel was settled ("镇里量好了 我认", "行 我没意见").
func AcceptsSettlement(text string) bool {
	return (ContainsAnyOf(text, acceptWords...) || grudging(text)) && !ContainsAnyOf(text, notAcceptWords...)
}

// unkeptWords say what a settlement promised was not done: money not paid
// ("一分没给", "还没赔"), a promise taken back ("不认账", "反悔了").
var unkeptWords = []string{"没给", "没有给", "不给", "没付", "没有付", "不付", "没赔", "没有赔", "不赔", "没还", "不还", "没到账", "没拿到", "没收到",
	"一分没", "一分钱没", "一分都没", "一分也没", "没兑现", "不兑现", "不认账", "赖账", "耍赖", "反悔", "说话不算", "说了不算", "不算数", "没照做", "不照做"}

// PromiseWords name a settlement's agreement: 「说好下周一给」, 「签了协议」.
var PromiseWords = []string{"协议", "说好", "答应", "谈好", "签了", "签字"}

// dueWords name what a settlement promised: money, or the agreement.
var dueWords = slices.Concat([]string{"钱", "块", "元", "赔", "付", "一分", "分文"}, PromiseWords)

// askedWhether are the questions whether it was done: "给没给", "有没有赔".
var askedWhether = []string{"给没给", "赔没赔", "付没付", "还没还", "有没有", "吗", "?", "？"}

// SettlementUnkept reports whether text says that what a quarrel's
// settlement promised was not done ("说好三天给钱 到现在300块一分没给",
// "那300块钱我不给了", "他反悔了 不认账"): said of a mediation item
// resolved on that settlement, it is not settled. A question whether it
// was paid ("钱给了没", "给没给") is none.
func SettlementUnkept(text string) bool {
	return ContainsAnyOf(text, unkeptWords...) && ContainsAnyOf(text, dueWords...) && !ContainsAnyOf(text, askedWhether...) && !AsksIfUnkept(text)
}

// owedMeWords tell money owed to the one speaking: 「他也欠我的」, 「在我店里
// 赊了两千多」, 「借了俺五千」.
var owedMeWords = []string{"欠我", "欠俺", "欠咱", "借了我", "借了俺", "借我的", "借俺的", "找我借", "找俺借", "赊了我", "赊我", "在我店里赊", "在我这赊", "在俺店里赊", "在俺这赊", "我的工钱", "俺的工钱"}

// debtWords tell a quarrel is over money owed: 「陈二欠我工钱3000」.
var debtWords = []string{"欠", "借", "赊", "工钱", "工资", "货款", "租金", "房租", "地租"}

// OwedToSpeaker reports whether text tells money owed to the one saying it
// (owedMeWords, not asked: 「他欠我的吗」 is none): said of a debt's quarrel
// by one not its reporter's, he is another creditor of the same debtor.
func OwedToSpeaker(text string) bool {
	return ContainsAnyOf(text, owedMeWords...) && !strings.ContainsAny(text, "?？吗")
}

// DebtApart reports whether text, said on mediation item rep, is a debt of
// its sayer's own (OwedToSpeaker: 陈二's 「张三去年借了我三千块钱…到现在一分没
// 还」 right after 张三's snow quarrel) while rep is no debt quarrel
// (IsDebt): a matter of its own to file and follow up as a debt, not his
// side of rep (med111). On a debt quarrel it is another creditor's word
// (handlers.joinCreditor) or the debtor's counter-claim, as before.
// Money must be named: 「他借我的地种了三年」 is a land quarrel's side.
func DebtApart(rep village.Report, text string) bool {
	return rep.Type == village.Mediation && OwnDebt(text) && !IsDebt(rep.Text)
}

// OwnDebt reports whether text tells money owed to the one saying it
// (OwedToSpeaker), the money named (debtMoneyRe): 「他还欠我八百块呢」.
func OwnDebt(text string) bool {
	return OwedToSpeaker(text) && debtMoneyRe.MatchString(text)
}

// debtMoneyRe names the money of a debt: 「三千块」, 「800块」, 「工钱」, 「八百元」,
// a bare sum of hundreds or more (「还欠我两千呢」, med112); not 「那块地」,
// 「一块地」.
var debtMoneyRe = regexp.MustCompile(`[0-9０-９十百千万]\s*块|钱|元|账|工资|货款|租金|[0-9一二两三四五六七八九十几][百千万]`)

// OtherCreditors are the indexes in rep.Followers of those who told, on
// debt quarrel rep (IsDebt), money its debtor owes them too (a word of
// theirs kept on it that OwedToSpeaker: 周八's 「他也欠我八百块钱」 on
// 张三's wages from 陈二, handlers.secondCreditor): the money settlement's
// 回访 asks each of them as it asks the reporter (med101). Its reporter's
// household is none.
func OtherCreditors(rep village.Report) []int {
	if rep.Type != village.Mediation || !IsDebt(rep.Text) {
		return nil
	}
	var out []int
	for i, f := range rep.Followers {
		if f == rep.Reporter {
			continue
		}
		if slices.ContainsFunc(rep.History, func(e village.Entry) bool {
			return e.Action == village.ActSaid && e.By == f && OwedToSpeaker(e.Note)
		}) {
			out = append(out, i)
		}
	}
	return out
}

// CreditorView is debt quarrel rep as its other creditors' settlement
// reads (OtherCreditors): its reporter's words since the 办结 dropped, his
// 「满意 钱给了」 being his own money, not theirs (med103). rep is not
// changed.
func CreditorView(rep village.Report) village.Report {
	done := rep.ResolvedAt()
	rep.History = slices.DeleteFunc(slices.Clone(rep.History), func(e village.Entry) bool {
		return e.By == rep.Reporter && e.At.After(done)
	})
	return rep
}

// IsOtherCreditor reports whether name is one of rep's OtherCreditors.
func IsOtherCreditor(rep village.Report, name string) bool {
	return slices.ContainsFunc(OtherCreditors(rep), func(i int) bool { return rep.Followers[i] == name })
}

// talkBackWords answer a neighbour's complaint back: 「热闹两天咋了」, 「谁家
// 没个红白事」, 「就你事多」.
var talkBackWords = []string{"咋了", "怎么了", "咋的", "怎么的", "咋地", "谁家没", "谁家不", "就你事多", "就你家事多", "你事多", "管得着", "管得了", "关你啥事", "关你什么事", "关你屁事", "碍着你", "碍你", "犯得着", "至于吗", "至于嘛", "多大点事", "有啥大不了"}

// TalksBack reports whether text answers a complaint back (talkBackWords),
// as the one complained of does: said to an account of him waiting for
// its teller's 「1」, it is his side (handlers.retortUnread).
func TalksBack(text string) bool { return ContainsAnyOf(text, talkBackWords...) }

// IsDebt reports whether text, a quarrel's, is over money owed (debtWords).
func IsDebt(text string) bool { return ContainsAnyOf(text, debtWords...) }

// ifUnkeptWords put a settlement's breach ahead or as a supposition: 「到时候
// 不给」, 「要是他反悔」, 「万一不还」.
var ifUnkeptWords = []string{"到时候", "到时", "到日子", "到期", "要是", "万一", "如果", "假如", "回头", "以后", "将来", "他要不", "他要再"}

// whatThenWords ask what may be done then: 「咋办」, 「找谁」, 「有啥办法」.
var whatThenWords = []string{"咋办", "怎么办", "怎办", "咋弄", "怎么弄", "咋整", "怎么整", "找谁", "有啥办法", "有什么办法", "怎么处理", "能咋", "能怎么", "管不管", "谁管"}

// breachWords are a settlement not kept, said of what is ahead: 「不给」,
// 「不还」, 「反悔」, 「赖账」 (not 「没给」: what was not done is told, not asked).
var breachWords = []string{"不给", "给不了", "给不上", "还不上", "还不了", "拿不出", "凑不齐", "不还", "不赔", "不付", "不拆", "不认账", "不认", "赖账", "耍赖", "反悔", "不兑现", "不照做", "说话不算", "说了不算", "不算数"}

// breachDoneWords tell a breach that is already so: 「到现在一分没给」 asked
// 「咋办」 is a settlement not kept, not a question about one.
var breachDoneWords = []string{"到现在", "现在还", "至今", "一分没", "一分钱没", "一分都没", "已经过了", "都过了", "过了日子", "又不给", "还是不给", "还不给", "就是不给"}

// AsksIfUnkept reports whether text asks what happens if a settlement is
// not kept, ahead of its day: 「到时候他不给咋办」, 「那俺的两千呢 到时候不给
// 咋办」, 「万一他反悔了怎么办」. Said by a party of a quarrel settled on a
// promise, it is a worry to answer (handlers.unkeptAsked), not news that
// it was broken (SettlementUnkept): before, the group's question reopened
// the item, or was dropped.
func AsksIfUnkept(text string) bool {
	return ContainsAnyOf(text, breachWords...) && ContainsAnyOf(text, ifUnkeptWords...) &&
		(ContainsAnyOf(text, whatThenWords...) || ContainsAnyOf(text, "呢", "?", "？", "吗")) && !ContainsAnyOf(text, breachDoneWords...)
}

// payingWords are a payer's words of a payment owed, beside dueWords:
// "我又没说不给 最近手头紧 过几天再说".
var payingWords = []string{"给", "手头紧", "手头不宽", "没钱", "凑钱", "凑齐", "缓几天", "宽限"}

// AnswersUnkept reports whether text, a party's word, is of the payment
// of rep, a quarrel reopened since its handlers' last step because its
// settlement was not kept (SettlementUnkept): the payer's 「我又没说不给
// 最近手头紧 过几天再说」 is his side of it, whatever else it names (med86).
func AnswersUnkept(rep village.Report, text string) bool {
	if rep.Type != village.Mediation || !ContainsAnyOf(text, slices.Concat(dueWords, payingWords)...) {
		return false
	}
	for i := len(rep.History) - 1; i >= 0; i-- {
		if e := rep.History[i]; e.Action != village.ActSaid {
			// reopened on it, or filed on it as the quarrel closed
			// weeks ago come back (Recurs: handlers.unkeptAfterClose)
			return rep.Status == village.StatusReopened && e.Action == village.ActReopen && SettlementUnkept(e.Note) ||
				rep.Recurs != "" && e.Action == village.ActCreate && SettlementUnkept(rep.Text)
		}
	}
	return false
}

var grudgingWords = []string{"行吧", "好吧", "算了", "就这样吧", "就这样了", "那就这样", "只能这样", "认倒霉"}

var grudgeWords = []string{"不行", "不满意", "没解决", "没用", "没完", "还是不", "还是没", "还没", "找镇", "上访", "告他", "告到", "还是算了", "再说"}

var sameSum = regexp.MustCompile(`([0-9０-９一二三四五六七八九十百千万]+)(?:块|元|块钱)?就([0-9０-９一二三四五六七八九十百千万]+)`)

// grudging reports whether text gives in to a settlement, grudgingly and
// with no complaint left (grudgingWords, sameSum).
func grudging(text string) bool {
	m := sameSum.FindStringSubmatch(text)
	return (ContainsAnyOf(text, grudgingWords...) || m != nil && m[1] == m[2]) && !ContainsAnyOf(text, grudgeWords...) && !SaysNotFixed(text)
}

// dissatisfiedWords say an outcome is not accepted, naming nothing.
var dissatisfiedWords = []string{"不满意", "不行", "不同意", "不认可", "不接受", "不认"}

// BareDissatisfied reports whether text is no more than a short "not
// accepted" ("还是不满意", "不行", "我不同意"): a reporter's answer to the
// 办结 that names nothing, which other words would not tie to his item.
// A question ("不行吗") or anything longer is left to the other readings.
func BareDissatisfied(text string) bool {
	bare := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, text)
	return utf8.RuneCountInString(bare) <= 6 && ContainsAnyOf(bare, dissatisfiedWords...) &&
		!strings.ContainsAny(text, "?？吗")
}

// StillOpen reports whether rep is an item reported by who that the grid
// (or the township) has taken up and still works on: accepted, in
// progress, reopened or sent up; not new (nobody has taken it up to have
// fixed anything), resolved (that waits for his answer) nor paused (see
// waitNews); and of the kinds whose handlers are told news of them (an
// emergency and a procedure question have their own ways).
func StillOpen(rep village.Report, who village.Person) bool {
	return workedOn(rep) && (rep.Type == village.General || rep.Type == village.Mediation) && rep.ReportedBy(who)
}

// FollowsOpen reports whether who's report of rep's matter was merged
// into it (he follows it, not its reporter) while the grid still works on
// a general item (as StillOpen): his word that it is fixed is news for
// its handlers, its 满意 still its reporter's.
func FollowsOpen(rep village.Report, who village.Person) bool {
	return workedOn(rep) && rep.Type == village.General && rep.FollowedBy(who) && !rep.ReportedBy(who)
}

// FollowsSettled reports whether who's report of rep's matter was merged
// into it (he follows it, not of its reporter's household) and rep, no
// quarrel, is resolved and waits for its reporter's 满意 or 未解决.
func FollowsSettled(rep village.Report, who village.Person) bool {
	return rep.Status == village.StatusResolved && rep.Type != village.Mediation && rep.FollowedBy(who) && !rep.ReporterSide(who)
}

// workedOn reports whether rep is taken up and still worked on (see
// StillOpen).
func workedOn(rep village.Report) bool {
	switch rep.Status {
	case village.StatusAccepted, village.StatusInProgress, village.StatusReopened, village.StatusEscalated:
		return true
	}
	return false
}

// NotFixedReason is the reason a hint shows with 未解决: his words when
// they do not say it is fixed.
func NotFixedReason(text string, fixed bool) string {
	if fixed || BareDissatisfied(text) {
		// "不行" says no reason: he is asked for one
		return ""
	}
	return Defuse(thanksCut(text))
}

// thanksCut is text without the thanks and the contrast it opens with
// ("谢谢 不过没亮" → "没亮"): the reason his 未解决 would give.
func thanksCut(text string) string {
	rest := text
	for _, w := range ThanksWords {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest = strings.TrimLeft(r, "了啊呀哈 ，,。.!！~")
			for _, c := range contrastLeads {
				if r, ok := strings.CutPrefix(rest, c); ok {
					rest = strings.TrimLeft(r, " ，,")
					break
				}
			}
			break
		}
	}
	if !understand.HasContent(rest) {
		return text
	}
	return rest
}

// notFixedPlain are the words that say plainly a matter is not fixed
// ("还是不亮", "又坏了", "还是没修好"), as notFixedWords ("还是", "还没")
// alone do not ("还是算了", "还没吃饭").
var notFixedPlain = []string{"还是不", "还是没", "还是漏", "还是堵", "还是黑", "还是坏", "还是老样子", "还是一样", "还是那样",
	"还在漏", "还在冒", "又坏", "又不", "又漏", "又堵", "又停", "又没", "又断", "又黑", "没修好", "没弄好", "没搞好", "没解决",
	"没处理", "还没修", "还没好", "还没人", "没人来", "没人管", "老样子", "跟原来一样", "和原来一样", "跟以前一样", "和以前一样", "不管用"}

// NotFixedSubject is what text says plainly is not fixed, the one or two
// characters just before its first notFixedPlain words: "灯" of "灯还是
// 不亮", "水管" of "水管还是漏"; "" when it names nothing there ("还是没修
// 好") or asks.
func NotFixedSubject(text string) string {
	if !SaysNotFixed(text) {
		return ""
	}
	return subjectBefore(text, notFixedPlain)
}

// subjectBefore is the one or two characters of text just before the
// first of words that it holds, particles and words of whose or when
// ("俺", "都", "已经") left out: "灯" of "灯都还是不亮"; "" when none.
func subjectBefore(text string, words []string) string {
	at := -1
	for _, w := range words {
		if i := strings.Index(text, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return ""
	}
	var rs []rune
	for _, r := range []rune(text[:at]) {
		if strings.ContainsRune("都已经早就", r) {
			continue // "门已经好了", "灯都还是不亮": of when, not what
		}
		if unicode.Is(unicode.Han, r) && !strings.ContainsRune(particles+"俺咱家", r) {
			rs = append(rs, r)
		} else {
			rs = rs[:0]
		}
	}
	if len(rs) > 2 {
		rs = rs[len(rs)-2:]
	}
	return string(rs)
}

// SaysNotFixed reports whether text says plainly, and asks nothing, that
// a matter is not fixed: "还是不亮", "又坏了", "水管还是漏 谢谢你们"; not
// "还没修好吗", nor thanks that lead or praise ("谢谢 又不用跑了",
// "修好了 又不漏了 谢谢": what is left of a polite tail says nothing fixed).
func SaysNotFixed(text string) bool {
	rest, polite := politeTailCut(text)
	if polite && ContainsAnyOf(rest, fixedWords...) {
		return false
	}
	// "又不漏了", "又不堵了", "又不用跑了": praise of the fix, whatever
	// is said around it, not "又不亮了"
	rest = praisedNot.ReplaceAllString(rest, " ")
	return ContainsAnyOf(rest, notFixedPlain...) && !strings.ContainsAny(rest, "?？吗") &&
		!ContainsAnyOf(rest, "是不是", "有没有", "谢谢", "感谢")
}

// praisedNot are 又不/又没 before a trouble gone or a need no more
// ("又不漏了", "也不堵了", "又不用跑了"): the fix praised, not undone.
var praisedNot = regexp.MustCompile(`[又也][不没](?:漏|堵|吵|闹|臭|冒|渗|滴|淹|积水|塌|晃|用|怕|担心)`)

// politeTailCut is text without the thanks it ends with, when they are
// thanks alone after something said ("水管还是漏 谢谢你们" → "水管还是漏");
// cut reports whether any were.
func politeTailCut(text string) (rest string, cut bool) {
	at := -1
	for _, w := range ThanksWords {
		at = max(at, strings.LastIndex(text, w))
	}
	if at <= 0 {
		return text, false
	}
	tail, before := text[at:], strings.TrimRight(text[:at], " ，,。.!！~")
	if !ThanksAlone(tail) || ContainsAnyOf(tail, fixedWords...) || !understand.HasContent(before) {
		return text, false
	}
	return before, true
}

// FixedMeant reports whether thanks that say a matter is fixed ("灯亮了
// 谢谢", "好了 谢谢") are said of rep, his one report resolved and waiting
// for his answer, rather than of another open item of his (see
// stillOpen), which nobody has said is done: they name nothing of another
// item that rep has not too (its words, or the thing said to be fixed:
// "灯" of "灯亮了").
func FixedMeant(text string, rep village.Report, open []village.Report, who village.Person) bool {
	subject := FixedSubject(text)
	for _, o := range open {
		if o.ID == rep.ID || !StillOpen(o, who) {
			continue
		}
		if SharesBigram(text, o.Text) && !SharesBigram(text, rep.Text) ||
			subject != "" && strings.ContainsAny(o.Text, subject) && !strings.ContainsAny(rep.Text, subject) {
			return false
		}
	}
	return true
}

// FixedSubject is what text says is fixed, the one or two characters
// just before its first fixedWords: "灯" of "谢谢王五，灯亮了", "水管" of
// "水管修好了"; "" when it names nothing there ("好了 谢谢").
func FixedSubject(text string) string {
	return subjectBefore(text, fixedWords)
}

// worksAgainWords say a thing works again; the rune before 了 is what
// works ("亮了" of a lamp that was 不亮, "来水了" of 停水).
var worksAgainWords = []string{"亮了", "通了", "来水了", "来电了", "有水了", "有电了",
	"出水了"} // a frozen pipe mended: 「好了 出水了 谢谢」 (rep107)

// WorksAgainOf reports whether text says that what repText is about works
// again: "亮了亮了 谢谢" of "村口路灯不亮了"; a bare "好了" names nothing.
func WorksAgainOf(text, repText string) bool {
	text = cameBack(text)
	for _, w := range worksAgainWords {
		if rs := []rune(w); strings.Contains(text, w) && strings.ContainsRune(repText, rs[len(rs)-2]) {
			return true
		}
	}
	return false
}

// RefOf is the reference of rep, for a command the bot puts together.
func RefOf(rep village.Report) []village.Ref {
	ref, _ := village.ParseRef(rep.ID)
	return []village.Ref{ref}
}

var NotFixedWords = []string{"还是", "还没", "没修", "没好", "没弄好", "没解决", "没处理", "又坏", "又不", "没用", "老样子", "跟原来一样", "和原来一样"}

var FixWords = []string{"修", "好", "解决", "处理", "弄", "亮", "通", "漏", "坏", "堵"}

// SharesBigram reports whether a and b share two characters in a row
// (see bigrams).
func SharesBigram(a, b string) bool {
	return BigramsIn(Bigrams(a), Bigrams(b)) > 0
}

// FixedWithThanks reports whether text says, with no doubt, that a matter
// is fixed and thanks for it: "好了谢谢", "修好了 谢谢", "灯亮了，感谢"; not
// a question ("好了吗"), a denial ("还没好"), nor thanks with a but
// ("谢谢 但是晚上还是暗").
func FixedWithThanks(text string) bool {
	// "没问题了，谢谢", "谢谢 换得不错": no denial
	s := strings.NewReplacer("没问题", "好了", "不错", "好了").Replace(goneAsFixed(text))
	return (ContainsAnyOf(s, fixedWords...) || ackThanks(text)) && ContainsAnyOf(s, ThanksWords...) && !ContainsAnyOf(s, DoubtWords...)
}

// FixedPlainly reports whether said, short, says without thanks and with
// no doubt that a matter is fixed, in words that say nothing else: a
// thing working again ("灯亮了", "修好了", "来水了"), or over ("没事了",
// "处理好了", understand.Resolves), as the reporter answers the 办结 that
// asked him ("没事了 灯亮了"), or a thing named 好了 ("灯好了", thingFixed).
// A bare 好了 or 可以了 ("好了好了 别吵了")
// and praise ("挺好") may be of anything: they need thanks
// (fixedWithThanks).
func FixedPlainly(said understand.Said) bool {
	text := said.Raw
	if utf8.RuneCountInString(text) > MaxPlainFixedRunes {
		return false
	}
	s := AllClear.Replace(goneAsFixed(text))
	return (ContainsAnyOf(s, plainFixedWords...) || thingFixed(text) || understand.Resolves(said)) && !ContainsAnyOf(s, DoubtWords...)
}

// MaxPlainFixedRunes bounds words read as fixed without thanks: a short
// answer to the 办结, not a sentence of other talk that holds 修好了.
const MaxPlainFixedRunes = 12

var AllClear = strings.NewReplacer("没事了", "无事", "没啥事了", "无事", "没什么事了", "无事", "没问题了", "无事")

var plainFixedWords = []string{"已经好了", "早就好了", "修好", "弄好", "搞好", "换好", "装好", "处理好", "解决了", "搞定", "亮了", "通了", "来水了", "来电了", "有水了", "有电了", "无事"}

// ackThanks reports whether text is short thanks that say the 办结 was
// read and taken ("看到了 谢谢", "好的 谢谢", "收到 辛苦了"): after his
// item's 办结 the reporter has nothing against it, and is not chased for
// an answer he gave the way people give it (the reply tells him how to
// take it back). Bare thanks ("谢谢网格长") may be for anything: asked.
func ackThanks(text string) bool {
	return ThanksAlone(text) && ContainsAnyOf(text, ackThanksWords...)
}

// ackThanksWords say a message was read and taken, beside thanks.
var ackThanksWords = []string{"看到了", "收到", "知道了", "明白了", "好的", "好滴"}

// ThanksAlone reports whether text is short thanks and no more is said
// of a matter ("谢谢网格长", "辛苦了"): not whether it was fixed, nor a
// question.
func ThanksAlone(text string) bool {
	return ContainsAnyOf(text, ThanksWords...) && utf8.RuneCountInString(text) <= 10 && !ContainsAnyOf(text, DoubtWords...) &&
		!ContainsAnyOf(text, otherThanks...)
}

// otherThanks are what thanks are for, or to, besides a matter fixed:
// "谢谢老板的红包", "谢谢大家".
var otherThanks = []string{"红包", "大家", "各位", "群主", "老板", "礼物", "请客"}

// SaysSatisfied reports whether text says, in a sentence, that the
// reporter is satisfied ("奶奶说不漏了 挺满意的", "她说很满意"): the word of
// 满意 itself, not denied, doubted or asked.
func SaysSatisfied(text string) bool {
	return strings.Contains(text, "满意") &&
		!ContainsAnyOf(text, "不满意", "不太满意", "不是很满意", "不怎么满意", "没满意", "满意吗", "吗", "?", "？", "但", "可是", "就是", "只是", "还是")
}

var fixedWords = []string{"好了", "修好", "弄好", "搞好", "换好", "装好", "处理好", "解决了", "搞定", "亮了", "通了", "来水了", "来电了", "有水了", "有电了", "出水了", "可以了",
	// the work praised: "谢谢 换得挺好", "修得真好"
	"挺好", "很好", "真好", "得好",
	// what the fix made of the place: "这下晚上亮堂多了 多谢", "路好走多了 谢谢"
	"亮堂", "敞亮", "干净了", "干净多了", "好走了", "好走多了"}

var ThanksWords = []string{"谢谢", "感谢", "多谢", "谢了", "辛苦"}

// doubtWords ask, deny or take back: any of them and it is no 满意.
var DoubtWords = []string{"吗", "嘛", "吧", "呢", "?", "？", "没", "不", "未", "还", "又", "但", "可是", "就是", "只是", "怎么", "什么", "啥"}

var StrayLead = []string{"请问", "问一下", "问下", "那个", "还有"}

var StrayFillers = []string{"办得", "办的", "弄得", "搞得", "处理得", "处理的", "那边", "那里", "现在", "目前"}

// ContentRuns are the runs of letters and digits of s, particles left out
// ("那个桥的事" has 桥).
func ContentRuns(s string) []string {
	return strings.Fields(strings.Map(func(r rune) rune {
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !strings.ContainsRune(particles, r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, s))
}

// SharesContent reports whether question, a few words on a matter, names
// something of text: a pair of characters in a row, or a word of one
// character standing alone ("那个桥" names the 桥 of "桥栏杆断了").
func SharesContent(question, text string) bool {
	if SharesBigram(question, text) {
		return true
	}
	for _, run := range ContentRuns(question) {
		if utf8.RuneCountInString(run) == 1 && strings.Contains(strings.ToLower(text), run) {
			return true
		}
	}
	return false
}

// AskedFillers are words of a question after a matter that name no part
// of it.
var AskedFillers = []string{"的事情", "的事", "事情", "这件事", "那件事", "情况", "现在", "到底", "网格小助手", "小助手"}

// StatusQuestions ask how a matter stands.
var StatusQuestions = []string{"怎么样了", "咋样了", "怎样了", "如何了", "进展", "进度", "有人管", "有人来", "修了没", "修好了没",
	"修好没", "好了没", "办了没", "处理了没", "修了吗", "修好了吗", "办好了吗", "处理了吗", "什么时候修", "啥时候修", "什么时候能修",
	"啥时候能修", "什么时候来", "啥时候来", "有消息", "到哪一步", "什么情况", "啥情况", "情况如何"}

// AskedRefs are the item numbers text uses as references to an item:
// written with # (#R1 怎么样了), followed by 号 or 件 (R1号), or by a
// question about how it stands (R1什么时候能修好, C1批了吗, R1的事有人管吗);
// one joined by 和 or 、 to a later one that is (R1和R2都怎么样了) too.
// Letters and digits that name something else are not: a driving-licence
// class (C1驾照怎么考), a model (R1型号的水泵).
func AskedRefs(text string) []village.Ref {
	found := village.FindRefsAt(text)
	used := make([]bool, len(found))
	for i := len(found) - 1; i >= 0; i-- {
		after := strings.TrimLeft(found[i].After, " \u2005")
		used[i] = found[i].Hash || StartsWithAny(after, "号", "件") || StartsWithAny(TrimRefFillers(after), RefQuestions...) || asksOfThing(after) ||
			i+1 < len(found) && used[i+1] && joinedTo(found[i].After, found[i+1].After)
	}
	var out []village.Ref
	for i, m := range found {
		if used[i] {
			out = append(out, m.Ref)
		}
	}
	return out
}

// RefQuestions begin a question about how an item stands, right after its
// number (and refFillers).
var RefQuestions = []string{"什么时候", "啥时候", "几时", "多久", "怎么样", "咋样", "怎样", "如何", "进度", "进展", "到哪",
	"有人管", "有没有人", "有消息", "有结果", "修", "办", "处理", "批", "审", "解决", "弄", "搞", "好了", "好没", "完", "结",
	"还没", "了没", "没", "呢", "吗", "?", "？", "什么情况", "啥情况"}

// asksOfThing reports whether the words after an item's number name it by
// what it is and ask when or how it goes ("R1 这个坑什么时候补啊", "R2 那
// 盏灯咋样了"): 这个/那个 and a few words, then a question of time or state.
func asksOfThing(after string) bool {
	rest, ok := CutAnyPrefix(strings.TrimSpace(after), "这个", "那个", "这", "那")
	if !ok {
		return false
	}
	runes := []rune(rest)
	for n := 1; n <= 4 && n < len(runes); n++ {
		if StartsWithAny(string(runes[n:]), "什么时候", "啥时候", "几时", "多久", "怎么样", "咋样", "有人管", "有没有人管", "什么情况", "啥情况") {
			return true
		}
	}
	return false
}

// CutAnyPrefix is s after the first of prefixes it starts with.
func CutAnyPrefix(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// refFillers may stand between an item's number and the question about it.
var refFillers = []string{"的事情况", "的事情", "的事", "这件事", "那件事", "这事", "那事", "这个事", "那个事", "现在", "到底", "都", "还", "也", " ", "的情况", "情况"}

// TrimRefFillers drops refFillers from the start of s.
func TrimRefFillers(s string) string {
	for trimmed := true; trimmed; {
		s, trimmed = cutFillers(s, refFillers, strings.CutPrefix)
	}
	return s
}

// joinedTo reports whether a reference followed by after is joined to the
// next one, followed by next, by a conjunction only (R1和R2, R1、#R2).
func joinedTo(after, next string) bool {
	between := after[:len(after)-len(next)] // "和R2"
	between = strings.TrimRight(between, "0123456789 ")
	between = strings.TrimRight(between, "RrCc")
	return strings.Trim(between, " #和、跟与及,，") == ""
}

// AskingWords make a message that names an item a question about it.
var AskingWords = []string{"?", "？", "吗", "呢", "没有", "了没", "什么时候", "啥时候", "几时", "多久", "怎么样", "咋样", "如何",
	"进度", "进展", "到哪", "有人管", "什么情况", "啥情况"}

func ContainsAnyOf(s string, words ...string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}

func StartsWithAny(s string, prefixes ...string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}

// BlankWords is s with every word of lists, in their order, put out as a
// space, so that the words around it do not join.
func BlankWords(s string, lists ...[]string) string {
	for _, words := range lists {
		for _, w := range words {
			s = strings.ReplaceAll(s, w, " ")
		}
	}
	return s
}

// PointsQuestions turn a question about the points system into the
// command that answers it ("积分超市有什么" is 积分帮助 超市); the first
// that fits wins, and 积分帮助 answers the rest. How much a household has
// is asked before all of them (see balanceAsked): "我还有多少积分可以兑
// 换" asks for the balance.
var PointsQuestions = []struct {
	Words   []string
	Command string
}{
	// 「积分能买年货不」: what the points buy (pts112: it got the help)
	{[]string{"超市", "换什么", "能换", "换东西", "能买", "买东西", "买年货", "换年货"}, "积分帮助 超市"},
	{[]string{"排行", "排名", "第几", "积分最", "分最高", "分最多", "最高分"}, "积分排行"},
	{[]string{"我的积分", "我家积分"}, "我的积分"}, // how much: see balanceAsked
	// "我家老张的积分咋还没到账": whether approved points can be spent yet
	{[]string{"到账", "还没到", "生效了没", "生效没", "能用了没", "能换了没", "能用了吗", "能换了吗", "生效了吗"}, "我的积分"},
	{[]string{"怎么申请", "如何申请", "怎样申请", "咋申请", "怎么加分", "怎么加积分", "怎么挣", "怎么得积分", "怎么拿积分"}, "积分帮助 申请"},
	{[]string{"哪里查", "哪查", "哪儿查", "哪里看", "哪看", "哪儿看", "怎么查", "如何查", "咋查", "怎么看积分"}, "积分帮助 查询"},
	{[]string{"兑换"}, "积分帮助 超市"},
	{lookUp, "我的积分"}, // "帮我查下积分"
}

// ShopAsked finds in canonical text (啥 is 什么 there) a question about
// what the points shop, or one's points, can be exchanged for: the shop
// or the points, then what they buy asked ("超市里能换什么", "超市有什么
// 可以换的", "我的分能换什么东西", "积分可以兑换哪些"). "去镇上超市买点菜"
// asks nothing, "超市有什么菜" not what points buy.
var ShopAsked = regexp.MustCompile(`(?:超市|积分|[我俺咱](?:们)?家?的?分)[^，。？！,.?!]{0,6}?(?:(?:能|可以|可|能够)?(?:兑换|换|兑)(?:些|点)?(?:什么|哪些|哪样)|有些?(?:什么|哪些)(?:东西)?(?:能|可以|可|能够)?(?:兑换|换|兑))`)

// OwnPointsSaid finds in canonical text the speaker's own household's
// points: "我的分", "我家积分", "俺的积分".
var OwnPointsSaid = regexp.MustCompile(`[我俺咱](?:们)?家?的?积?分`)

// VillagesAsked reports whether canonical text c asks how the villages
// compare on points: which village leads ("哪个村积分最高", "各村积分排
// 名"), or where the speaker's village stands ("我们村排第几", "咱村在全镇
// 排第几"). "本村积分排名" asks for the village's households (积分排行).
func VillagesAsked(c string) bool {
	switch {
	case ContainsAnyOf(c, "哪个村", "哪村", "哪一个村", "各村", "各个村", "每个村", "几个村", "村与村", "村和村"):
		return ContainsAnyOf(c, "积分", "排名", "排行", "排第", "分最高", "分最多", "得分")
	case ContainsAnyOf(c, "我们村", "我们这个村", "咱村", "咱们村", "俺村", "俺们村", "我村", "本村"):
		return ContainsAnyOf(c, "第几", "排在", "排多少", "排名多少", "在全镇", "在镇上", "在镇里")
	}
	return false
}

// GridAsked reports whether canonical text c asks where the speaker's
// grid's households stand on points ("我们组排第几", "咱组谁家积分最高"):
// the plan ranks households, not grids, so it is the grid's households
// ranked (积分排行 网格), with the asker's place in the grid and the village.
func GridAsked(c string) bool {
	return ContainsAnyOf(c, "我们组", "我们这个组", "咱组", "咱们组", "俺组", "俺们组", "我组", "本组", "组里", "我们网格", "本网格") &&
		ContainsAnyOf(c, "第几", "排在", "排多少", "排名多少", "排名", "排行", "分最高", "分最多", "第一")
}

// HouseholdsAsked reports whether canonical text c asks which households
// lead on points ("哪家积分最高", "谁家分最多", "全镇积分第一是谁家"): the
// ranking of households, 积分排行. "谁家积分多少" asks a balance
// (balanceAsked), "谁家第一个到" no points at all.
func HouseholdsAsked(c string) bool {
	return ContainsAnyOf(c, "哪家", "哪户", "哪一家", "哪一户", "哪几家", "哪几户", "谁家") && strings.Contains(c, "分") &&
		ContainsAnyOf(c, "最高", "最多", "第一", "排前", "前三", "前几", "前十", "排名", "排行", "排第")
}

// RankedOthers reports whether canonical text c asks how others compare on
// points: the villages (villagesAsked) or which households lead
// (householdsAsked), not where the sender's own household stands.
func RankedOthers(c string) bool { return VillagesAsked(c) || HouseholdsAsked(c) }

// rankAsks ask for a place in a ranking ("排第几", "第几名").
var rankAsks = []string{"排第几", "排名第几", "第几名", "排多少名", "排名多少", "排在第几", "排到第几"}

// RankAsked reports whether canonical text c asks for a place in a ranking
// ("我家排第几", "我们村排第几").
func RankAsked(c string) bool { return ContainsAnyOf(c, rankAsks...) }

// OwnRankAsked reports whether canonical text c asks where the sender's
// own household stands ("俺家排第几", canonical 我家; "我家积分排第几名了"):
// a question about the sender only, like 我的积分 (pts110), not how
// others compare (RankedOthers).
func OwnRankAsked(c string) bool {
	return RankAsked(c) && ContainsAnyOf(c, "我家", "我们家", "咱家", "自家", "我排第", "我第几") && !RankedOthers(c)
}

// lookUp are the words of asking the bot to look something up ("查一下",
// "看看"): about points, one's own.
var lookUp = []string{"查一下", "查查", "查下", "看看", "看一下", "看下"}

// LooksUpPoints reports whether t asks, without a question's words, to
// look up one's points ("查一下我的积分", "看看我家积分"): the reader
// takes it for no question, yet it is one.
func LooksUpPoints(t string) bool {
	return strings.Contains(t, "积分") && utf8.RuneCountInString(t) <= 12 && ContainsAnyOf(t, lookUp...)
}

// WantsToRedeem reports whether canonical text c says its sender wants
// to spend points ("我想用积分换两瓶酱油", "拿积分兑换一袋米"), not what
// something costs ("换一袋米要多少积分") nor what there is ("积分能换什么").
func WantsToRedeem(c string) bool {
	return strings.Contains(c, "积分") && ContainsAnyOf(c, "换", "兑") &&
		ContainsAnyOf(c, "想", "要", "用积分", "拿积分", "准备", "打算", "给我换", "帮我换") &&
		!ContainsAnyOf(c, "多少", "几分", "什么", "啥")
}

// EnoughAsked reports whether canonical text c asks whether one's points
// buy something at the shop ("我家的积分够换一桶油不", "积分够不够换两袋大米",
// "俺家那点分能换个电压力锅不", "还差几分能换一袋米", "我家积分能换几袋米"): answered as 「我想用积分换…」 is, the item's
// price, the shop, and privately the balance (pts106: the help text, or the
// household's total with no word of the item). What it buys (什么, 啥), a
// price (多少, 几分), whether the points still spend (还能, StillSpendAsked)
// or another's (你家) are other questions.
func EnoughAsked(c string) bool {
	c = strings.Join(strings.Fields(c), "")
	if utf8.RuneCountInString(c) <= 24 && shortRe.MatchString(c) && !ContainsAnyOf(c, "你", "他", "她") {
		return true // 「我家还差几分能换一袋米」: how far short, the same answer (pts107)
	}
	if utf8.RuneCountInString(c) > 24 || !strings.Contains(c, "分") ||
		ContainsAnyOf(c, "什么", "啥", "哪", "多少", "几分", "还能", "还可以", "你", "他", "她") {
		return false
	}
	if !ContainsAnyOf(c, "吗", "么", "不", "没", "?", "？") && !manyRe.MatchString(c) {
		return false
	}
	// 「积分能换洗衣粉不」 asks what the shop has; one's own points do not
	return enoughRe.MatchString(c) || ownPointsRe.MatchString(c) && canBuyRe.MatchString(c)
}

// HowManyAsked reports whether canonical text c asks how many of a thing
// the points buy ("我家积分能换几袋米", manyRe; pts108).
func HowManyAsked(c string) bool { return manyRe.MatchString(strings.Join(strings.Fields(c), "")) }

var (
	// enoughRe is points said to be enough: 够(不够)换, 换得起.
	enoughRe = regexp.MustCompile(`分.{0,4}(?:够不够|够)(?:兑换|换)|分.{0,4}(?:换|兑换)得起`)
	// canBuyRe is points said to buy: 能(不能)换, 可以换, 换得了.
	canBuyRe = regexp.MustCompile(`分.{0,4}(?:能不能|能|可以|可不可以)(?:兑换|换)|分.{0,4}(?:换|兑换)得(?:了|到)`)
	// shortRe is points said to fall short of an item: 还差几分能换,
	// 换一桶油还差多少分 (pts107).
	shortRe = regexp.MustCompile(`差(?:几|多少)个?积?分.{0,3}(?:兑换|换|够)|(?:兑换|换).{1,8}差(?:几|多少)个?积?分`)
	// manyRe asks how many of a thing the points buy: 能换几袋米, 够换
	// 几瓶 (pts108: 「我家积分能换几袋米」 went unanswered).
	manyRe = regexp.MustCompile(`(?:能|可以|够)(?:兑换|换)几[个袋瓶桶包块条支台盒箱]`)
	// ownPointsRe is one's household's points: 我家的积分, 俺家那点分.
	ownPointsRe = regexp.MustCompile(`(?:我|俺|咱|我们|俺们|咱们)家?(?:的|那点|这点)?积?分`)
)

// BalanceAsked finds a question about how many points a household has,
// in canonical text: "积分多少", "积分还剩多少", "还有多少积分"; without
// the word 积分, only after whose ("我家多少分了", "张三家多少分", see
// owners): "孩子考了多少分了" is about a test. A price asked ("换一袋米要多
// 少积分") is none.
var BalanceAsked = regexp.MustCompile(`积分(?:现在|目前|一共|总共)?(?:有|剩|剩下|是|还有|还剩)?多少|(?:有|剩|剩下|攒了|挣了|得了)(?:多少|几)积分|[` + Owners + `](?:现在|目前|一共|总共)?还?(?:有|剩)?多少积?分`)

// NamedBalanceAsked finds in canonical text a question about how many
// points someone has in words that say so only after whose: "张三有多少
// 分", "张三得了几分", "我想知道张三的积分". See namedBalance.
var NamedBalanceAsked = regexp.MustCompile(`(?:现在|目前|一共|总共)?(?:有|还有|得了|挣了|攒了)(?:多少|几)分|的积分(?:是多少|有多少|多少)?[啊呀呢吗嘛？?]*$`)

// AskedAbout is what before, the words before a question, says it is
// about: "张三" of "我想知道张三" (the 我 wants to know; it is not his).
func AskedAbout(before string) string {
	for _, w := range []string{"想知道", "想问问", "想问下", "打听下", "打听一下"} {
		if _, after, ok := strings.Cut(before, w); ok && after != "" {
			return after
		}
	}
	return before
}

// Owners end the words that say whose points a balanceAsked without 积分
// asks after.
const Owners = "我家户"

// KinAsked reads in before, what a balance question says before it, a
// member of the sender's family named by kin word ("我儿子的", "我家闺女
// 现在还"), as 积分 我儿子 takes it (see kinQuery).
func KinAsked(before string) (string, bool) {
	for trimmed := true; trimmed; {
		before, trimmed = cutFillers(before, balanceFillers, strings.CutSuffix)
	}
	return before, KinQuery.MatchString(before)
}

// cutFillers cuts each of fillers off s with cut (strings.CutPrefix or
// CutSuffix), in their order, once: what is left, and whether any was cut.
// Called until none is, it trims them all, however they follow each other.
func cutFillers(s string, fillers []string, cut func(s, filler string) (string, bool)) (string, bool) {
	trimmed := false
	for _, f := range fillers {
		if rest, ok := cut(s, f); ok {
			s, trimmed = rest, true
		}
	}
	return s, trimmed
}

// balanceFillers may stand between whose and a balance question: "我儿子
// 的积分", "我闺女现在还有多少积分".
var balanceFillers = []string{"的", "还", "现在", "目前", "一共", "总共"}

// OthersWords name another household without its name: "他家积分多少".
var OthersWords = []string{"他", "她", "别人", "人家", "隔壁", "邻居", "对门"}

// TellsWork reports whether a cadre's words tell of his work on an item:
// a command typed last, what it is not or what it waits for, that it is
// done or going, or that he goes to it; not thanks or small talk.
func TellsWork(text string, at time.Time) bool {
	if _, _, ok := VerbLast(text); ok {
		return true
	}
	if _, ok := understand.PlansToGo(text); ok {
		return true
	}
	return ContainsAnyOf(text, slices.Concat(NotOursWords, UpWords, ProgressWords)...) || saysDone(text) ||
		WaitsOnVillager(text) || MeetingSet(text) || WentToSee(text) || understand.Later(text, at)
}

// NotYetWindow is how long after the bot asked a reporter whether his
// matter is solved (its 办结, or the 回访 of it) his bare "还没" answers it.
const NotYetWindow = 6 * time.Hour

// BareNotYet are the bare answers "no, not yet" to 「问题解决了吗」.
var BareNotYet = []string{"还没", "还没有", "没有", "还没好", "没好", "还没呢", "没呢", "还没有呢", "还没好呢", "没有呢", "没有啊", "还没啊"}

// paidWords say money a settlement promised was handed over ("钱给了",
// "300块收到了", "当场赔了", 「给过他一千了」: med108), or that the 办结
// itself paid it ("已赔300元").
var paidWords = []string{"给了", "付了", "赔了", "还了", "给过", "还过", "付过", "到账", "收到了", "拿到了", "结清", "付清", "给清", "还清", "两清",
	"已赔", "已付", "已给", "已还", "当场给", "当场赔", "当场付", "当面给", "当面赔"}

// payOffWords are the paidWords a settlement also promises with: 「腊月二
// 十前还清」, 「月底前把钱结清」, 「陈二答应分两次还清」 is money still owed.
var payOffWords = []string{"结清", "付清", "给清", "还清", "两清", "到账"}

// promisedBefore is what, just before a clearing word in its clause, makes
// it a promise: a day it is due by (前, 月底, 15号, 三天内), or a will to pay
// (保证, 答应, 会, 要…); 已 between (「年底前已经还清」) is done.
var promisedBefore = regexp.MustCompile(`(?:前|底|号|日|内|以后|之后|保证|答应|承诺|争取|会|要|得|负责|尽快|马上|一次性|分期|分[两三四五六]次)[^，。,；;！!？?、\s已]{0,8}$`)

// paidIn reports whether note says money was paid with one of paidWords
// (「还清了」, 「已赔」, 「当场给300」), not only promised it (a clearing word
// after promisedBefore, with no 了 after it).
func paidIn(note string) bool {
	for _, w := range paidWords {
		for rest, before := note, 0; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			at := before + i
			end := at + len(w)
			if !slices.Contains(payOffWords, w) || strings.HasPrefix(note[end:], "了") || !promisedBefore.MatchString(note[:at]) {
				return true
			}
			rest, before = note[end:], end
		}
	}
	return false
}

// sumWords are a sum said in words or digits ("三百块", "两百元", "300块钱").
var sumWords = regexp.MustCompile(`[0-9０-９一二两三四五六七八九十百千万]+\s*(?:元|块钱|块)`)

// owesMoney reports whether note, a settlement, promises money: a sum to
// pay ("赔300元", "给两百块钱"), or 钱 with paying ("医药费由陈二出钱").
// 「一块地」 is land, not a sum: the sum wants paying words beside it.
func owesMoney(note string) bool {
	paying := ContainsAnyOf(note, "赔", "给", "付", "还", "出", "补")
	return paying && (sumWords.MatchString(note) || strings.Contains(note, "钱") || bareSum(note))
}

// bareSumRe is a paying word and, a name's length on, a number with no
// unit: 「还张三3000」, 「赔800」, as cadres write a sum (med101); or the
// rest owed so written, the paying after it (「剩下500陈二答应还张三」,
// med108), or the sum put before its paying with 把 (「陈二答应把3000还给
// 张三」, med109).
var bareSumRe = regexp.MustCompile(`(?:(?:赔|给|付|还)[^0-9０-９，。,.\s]{0,4}|(?:剩下|剩|还差|余下|尾款)的?|把)([0-9]{2,})`)

// bareSum reports whether note pays a sum written as a bare number
// (bareSumRe) that no other unit follows (「给张三家20亩」 is land).
func bareSum(note string) bool {
	for _, m := range bareSumRe.FindAllStringSubmatchIndex(note, -1) {
		next, _ := utf8.DecodeRuneInString(note[m[3]:])
		if !strings.ContainsRune("亩米天日号点棵只头斤个尺方车袋吨年月", next) {
			return true
		}
	}
	return false
}

// SaysPaid reports whether note says the money was handed over, not that
// it was not ("一分没给": SettlementUnkept) nor asks whether ("给了吗"),
// nor only part of it (「只还了1000 还差2000」: PartlyPaid, med105).
func SaysPaid(note string) bool {
	return paidIn(note) && !SettlementUnkept(note) && !ContainsAnyOf(note, askedWhether...) &&
		!ContainsAnyOf(note, "没给", "还没", "没有给", "没赔", "没付", "没还") && !owedStill(note)
}

// CreditorSaysPaid reports whether text, another creditor's answer to the
// 回访 that asked him whether his money came (med104), says it came in
// full: SaysPaid, naming the money or its paying (not a bare 「收到了」,
// which answers a notice), with nothing said still owed (partPaidWords:
// 「只给了500 还差300」).
func CreditorSaysPaid(text string) bool {
	return SaysPaid(paidSaid(text)) && !owedStill(text) &&
		(ContainsAnyOf(text, moneyPaidWords...) || strings.ContainsAny(text, "0123456789０１２３４５６７８９"))
}

// paidToMe is a creditor's own 「给我了」, 「还我了」 as SaysPaid reads it.
var paidToMe = strings.NewReplacer("还给我了", "还了", "给我了", "给了", "还我了", "还了", "转给我了", "给了", "转我了", "给了", "付我了", "付了")

// moneyPaidWords name the money, or its paying, in a creditor's answer.
var moneyPaidWords = []string{"钱", "块", "元", "账", "给了", "还了", "付了", "给过", "还过", "付过", "还清", "结清", "给清", "付清", "两清", "到账"}

// partPaidWords tell money still owed after a payment: 「还差300」, 「只给了
// 一半」, 「剩下的说过年给」.
var partPaidWords = []string{"还差", "就差", "只差", "差着", "只给", "只还", "只付", "一半", "不够", "没够", "少给", "少了", "欠着", "剩下", "剩的", "还剩", "没给完", "没还完", "一部分"}

// PaymentOwed is the settlement of mediation item rep, its last 办结's
// note, when that promised money (owesMoney) and nothing said on rep since
// (the note itself included: 「当场给了300」) says it was paid; "" for any
// other item. An item that auto-closes unanswered with money owed is no
// proof the money was paid: its handlers are told (followup.close.unpaid).
// Another creditor's 「钱收到了」 is his own money (OtherCreditors), not
// this settlement's paid (med111: it made the reporter's 腊月二十 read as
// no day, and his 回访 asked and closed in December).
func PaymentOwed(rep village.Report) string {
	if rep.Type != village.Mediation {
		return ""
	}
	at := -1
	for i := len(rep.History) - 1; i >= 0; i-- {
		if rep.History[i].Action == village.ActResolve {
			at = i
			break
		}
	}
	if at < 0 || !owesMoney(rep.History[at].Note) {
		return ""
	}
	if slices.ContainsFunc(rep.History[at:], settlementPaid(rep)) {
		return ""
	}
	return rep.History[at].Note
}

// PaymentWaitMax is how long after a quarrel's 办结 its 回访 may wait for
// the day its settlement named (PaymentDue): a day further off (「年底前
// 给」 said in March) is asked as any other 办结 is, and the promise
// followed by the mediators, not left unasked for months.
const PaymentWaitMax = 31 * 24 * time.Hour

// DebtWaitMax is PaymentWaitMax for a settlement that promised money
// (PaymentOwed): wages and debts settled in December are due by the
// Spring Festival (「腊月二十前」, 「年前」), up to eleven weeks on; asked at
// once, the creditor could only answer 「还没到日子」 (med100). A wall or a
// canopy to take down keeps the month: the rest of what was agreed (the
// music off by ten) is asked about sooner.
const DebtWaitMax = 92 * 24 * time.Hour

// DueLunar is the lunar name of due, the day PaymentDue read out of rep's
// last 办结, when that 办结 said its day by the lunar calendar (「腊月二十前
// 给」: 「腊月二十」, told beside the date as 「1月27日（腊月二十）」), else "".
func DueLunar(rep village.Report, due time.Time) string {
	e, ok := rep.LastResolve()
	if !ok || due.IsZero() {
		return ""
	}
	if _, said := promisedDue(rep, due.Location(), nil); village.SaysLunar(e.Note) || said != "" && village.SaysLunar(said) {
		// the 办结's day, or the promise's it fell back on (med109)
		return village.LunarName(due)
	}
	return ""
}

// CreditorDue is the end of the day by which the last 办结 of debt quarrel
// rep says another creditor of its debtor, name (OtherCreditors), is paid,
// when the part of it naming him says a day of his own (「腊月二十前还张三
// 3000 正月十五前还周八800」: his is 正月十五), read as PaymentDue reads the
// reporter's: still to come then, within DebtWaitMax, nothing said paid
// since. A part is a clause (dueParts), or it with the clause beside it
// when that names nobody (「周八的800 正月十五前还」). Zero when no part
// naming him says a day: he is asked on the reporter's day (med102).
func CreditorDue(rep village.Report, name string, loc *time.Location, isName func(string) bool) time.Time {
	if due := CreditorSettledDue(rep, name, loc, isName); !due.IsZero() {
		return due
	}
	return creditorRelayedDue(rep, name, loc, isName)
}

// CreditorRelayNote begins the note of another creditor's word that the
// debtor said he will pay him (med109): 「另一笔转述欠款方会还：他说年前还
// 我」, kept under his name (Entry.By).
const CreditorRelayNote = "另一笔转述欠款方会还："

// creditorRelayedDue is the day name's newest word that the debtor said he
// will pay him (CreditorRelayNote, read when he said it) names, when it is
// still to come after rep's last 办结 and within DebtWaitMax of it: his
// 回访 day when the 办结 named none of his own (med109). Zero when none.
func creditorRelayedDue(rep village.Report, name string, loc *time.Location, isName func(string) bool) time.Time {
	e, ok := rep.LastResolve()
	if !ok {
		return time.Time{}
	}
	for i := len(rep.History) - 1; i >= 0; i-- {
		h := rep.History[i]
		said, ok := strings.CutPrefix(h.Note, CreditorRelayNote)
		if h.Action != village.ActSaid || h.By != name || !ok {
			continue
		}
		if p, ok := village.DueIn(village.WithoutNames(said, isName), h.At.In(loc)); ok && !p.Past && p.By.After(e.At) && p.By.Sub(e.At) <= DebtWaitMax {
			return p.By
		}
		return time.Time{}
	}
	return time.Time{}
}

// CreditorSettledDue is CreditorDue as the last 办结 alone says it: the
// day of his own its part naming him says; zero when none.
func CreditorSettledDue(rep village.Report, name string, loc *time.Location, isName func(string) bool) time.Time {
	e, ok := rep.LastResolve()
	if rep.Type != village.Mediation || name == "" || !ok || slices.ContainsFunc(rep.History, func(s village.Entry) bool { return s.At.After(e.At) && paidEntry(s) }) {
		return time.Time{}
	}
	parts := dueParts.Split(e.Note, -1)
	nobody := func(s string) bool { return village.WithoutNames(s, isName) == s }
	// the one other creditor may be written 他/对方 (「欠他的800正月十五前还」)
	creditors := OtherCreditors(rep)
	alone := len(creditors) == 1 && rep.Followers[creditors[0]] == name
	his := func(p string) bool {
		return strings.Contains(p, name) || alone && nobody(p) && creditorPronoun.MatchString(p)
	}
	for i, p := range parts {
		if !his(p) {
			continue
		}
		tries := []string{p}
		if i+1 < len(parts) && nobody(parts[i+1]) {
			tries = append(tries, p+" "+parts[i+1])
		}
		if i > 0 && nobody(parts[i-1]) {
			tries = append(tries, parts[i-1]+" "+p)
		}
		for _, try := range tries {
			d, ok := village.DueIn(village.WithoutNames(try, isName), e.At.In(loc))
			if ok && !d.Past && d.By.Sub(e.At) <= DebtWaitMax {
				return d.By
			}
		}
	}
	return time.Time{}
}

// dueParts split a 办结 into the clauses CreditorDue reads one creditor's
// day in.
var dueParts = regexp.MustCompile(`[，,。；;、\s]+`)

// creditorPronoun is a debt's other creditor in a 办结 not named: the one
// paid (还他, 给对方, 欠他的), his money (他的800, 对方那笔钱) or the other
// household (另一户的); not 他 who pays (「他正月十五前还」: the debtor).
var creditorPronoun = regexp.MustCompile(`(?:还|给|欠|付|赔|补)(?:了)?(?:给)?(?:他|她|对方)|(?:他|她|对方)(?:的|那)(?:笔|份)?\s*(?:钱|账|帐|[0-9０-９一二两三四五六七八九十百千万]+)|另(?:外)?一(?:户|家)`)

// PaymentDue is the end of the day by which the last 办结 of mediation item
// rep says its settlement is to be done (SettledDue), or, a settlement of
// money naming no day of its own, the day the debtor promised while it was
// mediated (promisedDue, med109: 张三's 「他说腊月二十前还」 relayed before
// a 办结 「陈二答应把3000还给张三」): the 回访 asks the reporter only once it
// passed, since before it nobody can say whether the settlement was kept.
// Zero for any other item, or none.
func PaymentDue(rep village.Report, loc *time.Location, isName func(string) bool) time.Time {
	due, named := settledDue(rep, loc, isName)
	if due.IsZero() && !named && PaymentOwed(rep) != "" {
		due, _ = promisedDue(rep, loc, isName)
	}
	return due
}

// SettledDue is the end of the day the last 办结 of mediation item rep
// itself names for its settlement (village.DueIn, read when the 办结 was
// said: 「赔张三500元 下周一前给」, 「三天内把墙拆回去」), when that day is
// still to come then and within PaymentWaitMax of it (DebtWaitMax for
// money), and nothing was said paid since. The day is read in loc, the
// village's zone, the names isName takes not read as numbers
// (village.WithoutNames: 「陈二十天内还钱」 is ten days). Zero for any other
// item, or a 办结 naming no day.
func SettledDue(rep village.Report, loc *time.Location, isName func(string) bool) time.Time {
	due, _ := settledDue(rep, loc, isName)
	return due
}

// settledDue is SettledDue, and whether the 办结 named a day still to come
// at all (too far off for the 回访 to wait is named).
func settledDue(rep village.Report, loc *time.Location, isName func(string) bool) (due time.Time, named bool) {
	if rep.Type != village.Mediation {
		return time.Time{}, false
	}
	e, ok := rep.LastResolve()
	paid := settlementPaid(rep)
	if !ok || slices.ContainsFunc(rep.History, func(s village.Entry) bool { return s.At.After(e.At) && paid(s) }) {
		return time.Time{}, true // 「300块钱已经给了」 since: nothing to wait for
	}
	p, ok := village.DueIn(village.WithoutNames(e.Note, isName), e.At.In(loc))
	if !ok || p.Past {
		return time.Time{}, false
	}
	wait := PaymentWaitMax
	if PaymentOwed(rep) != "" {
		wait = DebtWaitMax
	}
	if p.By.Sub(e.At) > wait {
		return time.Time{}, true
	}
	return p.By, true
}

// DebtorPromiseNote begins the note of the debtor's own word that he will
// pay (med107): his say, which never makes the money paid (DebtorSays).
const DebtorPromiseNote = DebtorSays + "会还："

// promisedDue is the day the newest promise kept on debt quarrel rep while
// it was mediated before its last 办结 names (the debtor's own,
// DebtorPromiseNote, or the reporter's word of it, RelayedPromiseNote; read
// when it was said), when still to come at the 办结 and within DebtWaitMax
// of it, and the words that said it; zero and "" when none.
func promisedDue(rep village.Report, loc *time.Location, isName func(string) bool) (time.Time, string) {
	e, ok := rep.LastResolve()
	if !ok {
		return time.Time{}, ""
	}
	for i := len(rep.History) - 1; i >= 0; i-- {
		h := rep.History[i]
		if !h.At.Before(e.At) {
			continue
		}
		if h.Action == village.ActResolve {
			break // an earlier settlement's
		}
		said, ok := strings.CutPrefix(h.Note, RelayedPromiseNote)
		if !ok {
			said, ok = strings.CutPrefix(h.Note, DebtorPromiseNote)
		}
		if h.Action != village.ActSaid || !ok {
			continue
		}
		if p, ok := village.DueIn(village.WithoutNames(said, isName), h.At.In(loc)); ok && !p.Past && p.By.After(e.At) && p.By.Sub(e.At) <= DebtWaitMax {
			return p.By, said
		}
	}
	return time.Time{}, ""
}

// PromisedDay reports whether due, the PaymentDue of rep, is not its 办结's
// own day but the one the debtor promised while it was mediated
// (promisedDue): the mediator who wrote the 办结 is told where it came from.
func PromisedDay(rep village.Report, due time.Time, loc *time.Location, isName func(string) bool) bool {
	return !due.IsZero() && SettledDue(rep, loc, isName).IsZero()
}

// takeBacks are a reply that the bot took one's words wrong: 「不是」,
// 「搞错了」, alone or before what he meant (「不是 我说的是超市的米」).
var takeBacks = []string{"不是这个问题", "不是这个", "不是的", "不是", "不对", "搞错了", "弄错了", "错了"}

// SaysTakenWrong reports whether text says the bot took the sender's last
// words wrong (call108: a leader's unnamed answer taken for an elder's
// question): one of takeBacks alone, or leading before a pause. Not
// 「不是很急」, not 「2」.
func SaysTakenWrong(text string) bool {
	text = strings.TrimSpace(text)
	for _, w := range takeBacks {
		rest, ok := strings.CutPrefix(text, w)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, "啊呀吧哦")
		if rest == "" || strings.ContainsRune(" ，,。.！!；;、~", []rune(rest)[0]) {
			return true
		}
	}
	return false
}
