package words

// noPhoneUse say the one a question is for cannot use a phone: a worker's
// 「她自己不会弄手机」 after the elder's question he passed on, or a
// villager's own 「我没有智能手机」 after a guide that says to do it on the
// phone (appr102).
var noPhoneUse = []string{"不会弄手机", "不会用手机", "不会玩手机", "不会使手机", "不会摆弄手机", "手机不会用", "手机不会弄", "手机用不来", "手机弄不来",
	"用不来手机", "弄不来手机", "用不了手机", "没有手机", "没手机", "没有智能手机", "没智能手机", "用的老年机", "只有老年机", "只有个老年机",
	"不会上网", "不会用微信", "不会刷脸"}

// CannotUsePhone reports whether text says its sender, or the one he
// speaks for, cannot use a phone ("她自己不会弄手机", "俺娘没有智能手机"):
// what the guide says to do on a phone, someone has to do with her.
func CannotUsePhone(text string) bool {
	return ContainsAnyOf(text, noPhoneUse...)
}

// PhonelessSays are the words of a guide's line that say what one who
// cannot use a phone does ("不会用手机的，找村里的社保协办员帮忙认证").
var PhonelessSays = []string{"不会用手机", "不会手机", "没有手机", "没手机", "不用手机", "不会操作"}

// backPays ask to pay later what was missed; missedPays say a payment was
// missed ("断交了两年", "停了一年没交").
var (
	backPays   = []string{"补交", "补缴", "补上", "补齐", "补回", "补费", "能补", "补不补"}
	missedPays = []string{"断交", "断缴", "断了", "断保", "断过", "停交", "停缴", "停了", "没交", "没缴", "漏交", "漏缴", "中断", "落下", "欠了", "欠费"}
)

// BackPayAsked reports whether question asks to pay the years he missed
// ("养老保险断交了两年 还能补交不", "医保断了一年 能补上吗"): a back pay
// and a payment missed. The year's own payment late ("今年医保还没交 过了
// 年还能交吗") asks the deadline, not this (appr102).
func BackPayAsked(question string) bool {
	return ContainsAnyOf(question, backPays...) && ContainsAnyOf(question, missedPays...)
}

// BackPaySays are the words of a guide's line that tell of years missed
// and paid later: 养老保险's note 「断交的年份能不能补交按本县政策」.
var BackPaySays = []string{"补交", "补缴", "断交", "断缴", "断保", "断了"}

// inTimeAsks ask whether a date is still in time ("还来得及不").
var inTimeAsks = []string{"来得及", "来不来得及", "来不及", "赶得上", "赶不上", "赶得及", "赶趟", "晚不晚", "晚了没", "晚了不", "还行不", "还行吗"}

// dateMarks say a date or a time before one ("31号之前", "月底", "年前").
var dateMarks = []string{"号", "月底", "年底", "年前", "节前", "之前", "以前", "前交", "前办", "前去"}

// DeadlineAsked reports whether question asks whether a date is still in
// time ("31号之前还来得及不", "月底交还赶得上吗"): the 时限 line answers it.
// In-time asked with no date ("补交还来得及不 受不受影响") is no deadline
// asked (ask65 wants the whole guide then).
func DeadlineAsked(question string) bool {
	return ContainsAnyOf(question, inTimeAsks...) && ContainsAnyOf(question, dateMarks...)
}

// HomeVisitAsks ask whether the office comes to one's home ("她走不动 能
// 上门不"): a guide's 代办 lines tell another may go, not that anyone comes,
// so unless a told line says so the handlers are asked (appr102).
var HomeVisitAsks = []string{"上门", "到家", "在家"}

// ImpactAsks ask what a matter bears on ("看病报销受不受影响"): asked beside
// a part of a guide, no one line answers it, and a first question hears
// the whole guide (ask65's 「医保断交了一年 现在补交还来得及不 看病报销受不
// 受影响」; appr102).
var ImpactAsks = []string{"影响"}
