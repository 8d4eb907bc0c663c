package words

import "regexp"

// comeOverAsks ask whether someone comes over to do it ("能上门不", "村里
// 能来人不", "能派人来家里办吗"); not 在家 of HomeVisitAsks: "在家能交吗"
// asks whether it is done on a phone.
var comeOverAsks = []string{"上门", "到家", "来家", "来人", "派人", "派个人", "过来办", "过来帮", "来一趟"}

// HomeVisitAsked reports whether question asks whether someone comes to
// his home to do it ("那村里能上门不", "俺走不动 村里能来人不"): a guide's
// 代办 line says another may go for him, not that anyone comes, so the
// grid's worker is asked to (appr105).
func HomeVisitAsked(question string) bool {
	return ContainsAnyOf(question, comeOverAsks...) && AsksSomething(question)
}

// payoutNewsAsks ask whether a scheme is paid out at all this year ("取暖
// 补贴今年还发不发", "今年有没有取暖补贴", "是不是不发了").
var payoutNewsAsks = []string{"发不发", "还发不", "还发吗", "还发没", "还给不给", "给不给发", "还有没有", "今年有没有", "今年有吗", "今年还有吗", "还有吗",
	"取消了", "不发了", "停发了", "没有了吗", "还有不", "到底有没有", "到底发不发", "到底还发不", "还有没"}

// PayoutNewsAsked reports whether question asks whether a scheme is paid
// out this year at all: news the county's notice of the year decides,
// which no guide writes; of a guide entry named, its leader is asked and
// the 时限 and who-gets-it lines told meanwhile (appr105).
func PayoutNewsAsked(question string) bool {
	return ContainsAnyOf(question, payoutNewsAsks...) || stillPaidRe.MatchString(question) && !ContainsAnyOf(question, "什么", "啥", "哪", "多少", "几")
}

// stillPaidRe asks whether a thing is still to be had ("今年还有烤火费吗",
// "还有取暖补贴没").
var stillPaidRe = regexp.MustCompile(`(?:今年|还)有[^，。,.!！?？\s]{1,8}?(?:吗|没|不)`)

// newsHeardCues tell a thing heard from others ("听说今年取暖补贴取消了").
var newsHeardCues = []string{"听说", "听人说", "据说", "有人说", "都说", "说是", "听讲"}

// payoutEndedSays tell that a payout is no more.
var payoutEndedSays = []string{"取消了", "不发了", "停发了", "没有了", "停了", "不给了"}

// NewsHeard reports whether question tells, as hearsay, that a payout is
// no more ("听说今年取暖补贴取消了", "有人说高龄补贴停发了"): whether it is
// paid this year asked, though no question word is said (appr106).
func NewsHeard(question string) bool {
	return ContainsAnyOf(question, newsHeardCues...) && ContainsAnyOf(question, payoutEndedSays...)
}

// payoutTells are the words of a cadre's answer that tell whether or how
// a scheme is paid this year ("今年照常发 月底前打到一卡通", "今年取消了").
var payoutTells = []string{"发", "取消", "停了", "到账", "打到", "打卡", "一卡通", "没有了", "不给了"}

// PayoutTold reports whether answer, a cadre's words, tells whether or
// how a scheme is paid this year: the answer to a question
// PayoutNewsAsked (appr108).
func PayoutTold(answer string) bool {
	return ContainsAnyOf(answer, payoutTells...)
}
