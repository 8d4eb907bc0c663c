package understand

import (
	"regexp"
	"strings"

	"gridbot/village"
)

// Wages owed: a worker's pay an employer holds back (欠薪). A 劳资纠纷 is
// a 矛盾纠纷 mediated (人民调解, the township's 劳动保障所), so it is a
// mediation item; but the boss is seldom a villager and often gone
// ("包工头跑了"), so the handlers tell the worker that the grid takes it
// to the township's 劳动保障所 and 司法所, and that 12333 (劳动保障监察)
// takes 欠薪, rather than that both households will be brought to talk.

// owesWages reports whether t complains that the sender's (or his
// people's) pay for work is held back: a word of wages ("工资咋还不发",
// "包工头跑了 工钱要不回来") or of work done and its money ("干了半年活老
// 板不给钱") with a word that it was not paid, not negated ("不拖欠"), not
// told as paid since ("去年拖欠的工钱已经发了"), not asked whether it was
// ("工资发没发"), not said laughing; or 欠薪, 讨薪, 血汗钱 alone. A
// household that owes a day's hire, and no employer ("隔壁老王叫我帮他收
// 麦子 工钱到现在没给"), is a quarrel between neighbours to mediate: not
// this. Nor is the pay of a public post or scheme (公益岗, 低保…), a
// payout the rules read as such (see unpaid).
func owesWages(t string) bool {
	// Every reading below needs pay named (or 钱 with work done): most
	// messages have neither, so look for that first.
	if !strings.Contains(t, "钱") && !containsAny(t, wageWords) && !containsAny(t, wagesOwed) {
		return false
	}
	if laughs(t) || containsAny(t, publicPay) || wagesPaidNews(t) {
		return false
	}
	if containsAny(t, hotlines) && !unnegatedWage(t, wagesWithheld) {
		// "讨薪的热线电话是多少": where 欠薪 is complained of, asked; no
		// pay of the sender's told withheld
		return false
	}
	if !containsAny(t, employers) && (containsAny(t, hirers) || otherHousehold(t) || payerHousehold.MatchString(t)) {
		return false
	}
	if unnegatedWage(t, wagesOwed) {
		return true
	}
	pay := containsAny(t, wageWords) || workDone.MatchString(t) && strings.Contains(t, "钱")
	return pay && unnegatedWage(t, wagesWithheld) && (!choiceQuestion(t) || remedyAsked.MatchString(t))
}

// remedyAsked asks whether someone may be gone to for pay owed ("老板不
// 给工资 能不能找镇上劳动保障所帮着要", "可不可以去告他"): the choice asked is
// the way to get it, not whether it was paid ("工资发没发"; und89).
// Asked to be helped to it ("能不能帮我们去要一下") is such a way too (und99).
var remedyAsked = regexp.MustCompile(`(?:能不能|可不可以|可以不可以|要不要|该不该|能不)(?:帮(?:我|我们|忙|个忙)?)?(?:去|找|请|让|叫|告|投诉|报|起诉|打|要|讨)`)

// hotlines are a number to call asked for: "热线电话是多少", "举报电话".
var hotlines = newLexicon("热线", "电话是多少", "电话多少", "号码是多少", "号码多少", "举报电话", "投诉电话")

// unnegatedWage reports whether a word of l (pay not given) occurs in t
// unnegated: "不给", "拖欠", "要不回来", but not "不拖欠", "从没欠过".
func unnegatedWage(t string, l lexicon) bool {
	x := sketchOf(t)
	for i := range l.mayOccur(&x) {
		w := l.words[i]
		if eachAt(t, w, func(at int) bool {
			if w == "跑了" && errandTripsRe.MatchString(t[at+len(w):]) {
				// "网格员帮忙跑了好几趟": trips run for the sender, no boss gone
				return false
			}
			// "不拖欠": the 欠 of a 拖欠 is negated with it
			return !hasAnySuffix(strings.TrimSuffix(t[:at], "拖"), wageNegations)
		}) {
			return true
		}
	}
	return false
}

// errandTripsRe, right after 跑了, counts trips run ("跑了好几趟", "跑了三
// 趟"): errands, not one gone with the pay (und101).
var errandTripsRe = regexp.MustCompile(`^(?:好|很)?(?:[一两二三四五六七八九十几多]|\d)+(?:趟|回|次)`)

// wagesPaidNews reports whether t tells that pay once held back came
// after all ("去年拖欠的工钱已经发了"), none of it still owed: news, no
// matter to act on. Pay still withheld after the word that some came
// ("去年的工资到账了 今年的还没发") is owed.
func wagesPaidNews(t string) bool {
	if !containsAny(t, wageWords) || containsAny(t, partPaid) {
		return false
	}
	paid := -1
	for _, w := range wagesPaid.words {
		if at := strings.Index(t, w); at >= 0 && (paid < 0 || at+len(w) < paid) {
			paid = at + len(w)
		}
	}
	return paid >= 0 && !unnegatedWage(t[paid:], wagesWithheld)
}

// hires reports whether t, put as chat, offers work and its terms ("急招
// 小工 工资日结 不拖欠", "招工 电子厂 包吃住 月薪六千"): a job advertised,
// whose words of pay are a pitch. Wages owed told with it ("招工的老板跑了
// 工钱没给") or a warning about it ("说是招工 其实是骗人的") are no ad.
func hires(t string) bool {
	return chatLength(t) && containsAny(t, hirings) && containsAny(t, jobTerms) && !containsAny(t, pitchWarnings) && !owesWages(t)
}

var (
	hirings  = newLexicon("招工", "急招", "招聘", "诚聘", "高薪招", "招人", "招小工", "招临时工", "招普工", "招女工", "招男工", "缺人手")
	jobTerms = newLexicon("日结", "月结", "包吃", "包住", "面议", "月薪", "日薪", "工价", "一天", "每天", "多劳多得", "长期", "临时工", "有意者", "报名", "联系", "电话", "工资")
)

// debtorGone reports whether the missing-person word in clause, of t,
// tells of one who owes money gone out of reach, not of one of the
// sender's people: t tells of wages or a debt unpaid and the clause names
// no kin ("…剩下的说年后给 年后人就找不见了"). The grid registers the
// money; nobody is to be searched for.
func debtorGone(t, clause string) bool {
	return !containsAny(clause, kinAnd()) && (owesWages(t) || debtUnpaid(t))
}

// hireUnpaid reports whether t tells that a household owes the sender
// for work done for it and puts the pay off ("帮刘老三家盖房子干了两个月
// 他说过完年再给钱"): no employer's arrears (owesWages leaves a household
// out), a quarrel between neighbours to mediate, as a loan unpaid is.
func hireUnpaid(t string) bool {
	if containsAny(t, employers) || !(containsAny(t, hirers) || otherHousehold(t) || payerHousehold.MatchString(t)) {
		return false
	}
	pay := containsAny(t, wageWords) || workDone.MatchString(t) && strings.Contains(t, "钱")
	return pay && unnegatedWage(t, wagesWithheld) && !isQuestion(t) && !wagesPaidNews(t)
}

// OwesWages is owesWages for the handlers: the reply to such a report
// says who mediates it and where 欠薪 is complained of.
func OwesWages(s Said) bool { return owesWages(s.Canon) }

// wageArrears reads t as wages owed (see owesWages), a mediation of
// 矛盾纠纷 (a 劳资纠纷): registered at once
// when it names the employer or the work ("厂里两个月没发工资了"), asked
// about when it names only the pay ("工资怎么还不发": whose, it does not
// say).
func wageArrears(t string, bonus float64) (found, bool) {
	if !owesWages(t) {
		return found{}, false
	}
	conf := 0.7
	if containsAny(t, employers) || workDone.MatchString(t) || unnegatedWage(t, wagesOwed) {
		conf = confAppeal
	}
	return found{typ: village.Mediation, cat: "矛盾纠纷", conf: clamp(conf + max(bonus, 0))}, true
}

var (
	// wageWords name a worker's pay.
	wageWords = newLexicon("工资", "工钱", "工账", "结账", "薪水", "薪资", "劳务费", "人工费", "辛苦钱", "血汗钱")
	// wagesOwed say by themselves that pay is owed.
	wagesOwed = newLexicon("欠薪", "讨薪", "血汗钱", "拖欠工资", "拖欠工钱", "欠工资", "欠工钱", "欠我工资", "欠我工钱", "欠我们工资", "欠我们工钱")
	// wagesWithheld say pay was not given, in full or at all.
	wagesWithheld = newLexicon("不给", "没给", "不发", "没发", "还不发", "没有发", "不结", "没结", "结不了", "结不到", "拖欠", "拖着", "拖了", "欠", "克扣", "扣了",
		"要不回", "要不到", "讨不回", "没到位", "不到位", "未到位", "没到账", "未到账", "讨不到", "拿不到", "没拿到", "领不到", "没到手", "一分没", "一分钱没", "一分都没", "发不了", "发不出", "给不了", "给不起",
		"说没钱", "没钱给", "跑了", "跑路", "赖账", "不认账", "联系不上", "打不通", "找不到人", "找不着人", "不接电话", "电话不接", "电话都不接", "电话也不接", "拉黑", "躲着", "不见人", "只发了", "只给了", "少发", "少给", "讨要",
		// pay put off again and again: "他说过完年再给钱 年年都这么拖"
		"再给", "再结", "再发", "这么拖", "一直拖", "老拖", "总拖", "往后拖")
	// wageNegations, right before a word of wagesWithheld, deny it: "不拖欠", "从没欠过".
	wageNegations = newLexicon("不", "没", "没有", "从不", "从没", "绝不", "决不", "保证不", "未")
	// wagesPaid tell that the pay came after all; partPaid that only some did.
	wagesPaid = newLexicon("已经发了", "终于发了", "发下来了", "补发了", "要回来了", "要到了", "讨回来了", "拿到了", "结清了", "结了账", "到账了", "都给了", "给清了",
		// settled at the year's end: "工钱今天结了 总算能回家过年了" (und99)
		"今天结了", "总算结了", "终于结了", "都结了", "结到手", "工钱结了", "工资结了", "工资发了", "工钱发了", "工资到手", "工钱到手")
	partPaid = newLexicon("只", "一半", "还差", "剩下", "还欠", "少")
	// employers pay wages: a boss, a site, a works, the village.
	employers = newLexicon("老板", "包工头", "工头", "包工", "工地", "厂里", "厂子", "工厂", "砖厂", "公司", "单位", "项目部", "施工队", "承包商", "开发商", "老总", "雇主", "东家")
	// hirers and payerHousehold name a household as who owes: "老赵家欠我两天的工钱".
	hirers         = newLexicon("邻居", "隔壁", "对门", "街坊", "他家", "他们家")
	payerHousehold = regexp.MustCompile(`(?:老|小)\p{Han}家`)
	// publicPay is the pay of a public post or scheme, the state's to
	// pay: a policy matter, no employer's.
	publicPay = newLexicon("公益岗", "公益性岗位", "护林员", "护河员", "低保", "五保", "养老金", "补贴", "补助", "教师", "老师", "代课", "退休", "村干部", "公务员", "事业单位", "村医", "乡村医生")
	// workDone tells of work done for pay: "干了半年活", "在工地干了三个月", "打工".
	// A trade worked at ("在外头干装修", und102) is work done too.
	workDone = regexp.MustCompile(`干了[^\s,，。!！?？]{0,4}(?:活|年|月|天|工)|干活|打工|做工|出工|上班|打零工|干(?:装修|工地|建筑|木工|瓦工|水电|油漆)|搞装修`)
)
