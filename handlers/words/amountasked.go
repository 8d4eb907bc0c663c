package words

// AmountAsked reports whether text asks what a procedure costs or pays
// (amountQuestions: "医保今年交多少钱"), or complains of its price
// (priceRemarks: "医保太贵了 交不起") and asks no other part of it: in
// "煤改电补贴啥时候发 电费太贵了" the complaint is of the power bill and
// the question is when (appr104).
func AmountAsked(text string) bool {
	text = BlankWords(text, spentTold)
	if ContainsAnyOf(text, amountQuestions...) {
		return true
	}
	return ContainsAnyOf(text, priceRemarks...) && !otherPartAsked(text)
}

// otherPartAsked reports whether text asks a part of a guide other than
// its amount (GuideAsks), or when a thing is paid (DeadlineAsked).
func otherPartAsked(text string) bool {
	for _, a := range GuideAsks {
		if a.Part != "amount" && a.Part != "doing" && ContainsAnyOf(text, a.Words...) {
			return true
		}
	}
	return DeadlineAsked(text)
}

// doublePaidTells tell a premium paid twice for the same year: 交重复,
// 交了两份, 两边都交.
var doublePaidTells = []string{"重复", "交重了", "缴重了", "交了两份", "交两份", "缴了两份", "交了双份", "交双份", "交了两次", "缴了两次", "交了2份", "交了两遍",
	"两边都交", "两头都交", "两地都交", "两个地方都交", "家里也交了", "外地也交了", "外面也交了", "学校也交了", "单位也交了", "多交了一份", "多交了一次"}

// DoublePaidAsked reports whether question tells of a premium paid twice
// ("医保交重复了", "闺女在外地也交了一份 是不是重复了"): what is asked is
// how to get one of them back (退费), which the guide's line on 重复参保
// says (DoublePaidSays), not the whole way to pay (appr104).
func DoublePaidAsked(question string) bool {
	if ContainsAnyOf(question, paidElsewhere...) && ContainsAnyOf(question, stillPayAsks...) {
		// "闺女有职工医保 家里的居民医保还用交不": paying here too would
		// be paying twice
		return true
	}
	return ContainsAnyOf(question, doublePaidTells...) && !ContainsAnyOf(question, "重复的", "不重复", "不会重复", "别重复")
}

// paidElsewhere tell of cover paid for elsewhere; stillPayAsks ask whether
// to pay here as well.
var (
	paidElsewhere = []string{"职工医保", "职工医疗", "单位交了", "单位给交", "单位有交", "单位上交", "学校交了", "学校给交", "外地交了", "外地有交", "在外面交了",
		"那边交过", "那边交了", "外地交过", "外面交过", "在外面交过"} // "他的医保在那边交过了 家里还用交不" (appr110)
	stillPayAsks = []string{"还用交", "还要交", "还得交", "还需要交", "用不用交", "要不要交", "还交不", "还交吗", "还用缴", "还要缴", "用不用缴"}
)

// DoublePaidSays are the words of a guide's line that tell what to do
// about a premium paid twice.
var DoublePaidSays = []string{"重复参保", "重复缴费", "交重复"}
