package words

import "strings"

// payHowAsks ask how a fee is paid ("怎么交", "咋缴").
var payHowAsks = []string{"怎么交", "咋交", "如何交", "怎样交", "怎么缴", "咋缴", "如何缴", "怎样缴"}

// AwayPayAsked reports whether question tells one is away and asks how a
// fee is paid ("在外地怎么交医保"): the guide's steps that say it is paid
// on a phone or at a bank (PayChannelSays) answer it, not the whole guide
// (appr110).
func AwayPayAsked(question string) bool {
	return AwayTold(question) && ContainsAnyOf(question, payHowAsks...)
}

// moneyNames name the money a scheme pays ("危房改造的钱", "补助").
var moneyNames = []string{"钱", "补助", "补贴", "款", "资金", "救助金"}

// moneyArrives ask when money comes ("啥时候能到", "几时到账").
var moneyArrives = []string{"能到", "到账", "到手", "发下来", "打过来", "打下来", "拨下来", "能发", "能领", "能拿", "给钱", "啥时候到", "什么时候到", "几时到", "啥时候发", "什么时候发", "几时发"}

// PayoutWhenAsked reports whether question asks when a scheme's money
// comes ("危房改造的钱啥时候能到"): beside its 时限, the steps that say when
// and how it is paid (PaySays: 「竣工验收合格后，补助打到一卡通」; appr110).
func PayoutWhenAsked(question string) bool {
	return ContainsAnyOf(question, moneyNames...) && ContainsAnyOf(question, moneyArrives...)
}

// PaySays are the words of a guide's step that tell the money paid out.
var PaySays = []string{"打到", "一卡通", "发放", "拨付", "兑付", "到账"}

// ComeOverSays are the words of a guide's step that tell the office comes
// to the home (低保年审's 「工作人员上门入户核查」).
var ComeOverSays = []string{"上门"}

// ownCaseWords tell a question is of his own household ("俺家能领不").
var ownCaseWords = []string{"俺", "我", "咱", "自己", "自家"}

// groupWords name the groups a scheme is for.
var groupWords = []string{"低保户", "低保家庭", "特困", "五保", "残疾人", "边缘户", "脱贫户", "监测户", "困难家庭", "困难户", "孤儿", "退役军人", "军属", "独生子女"}

// GroupAsked is the group a question asks of, in general, whether it may
// get a scheme ("低保户能领取暖补贴不" → 低保户): a line of the guide that
// names the group answers it, not the office's check of his case
// (appr110). "" when it asks of his own household (ownCaseWords) or
// names no group.
func GroupAsked(question string) string {
	if !MayGetAsked(question) || ContainsAnyOf(question, ownCaseWords...) {
		return ""
	}
	for _, g := range groupWords {
		if strings.Contains(question, g) {
			if g == "五保" {
				return "特困" // 五保户 are now 特困供养人员
			}
			return g
		}
	}
	return ""
}

// dayAsks ask the day of a thing ("几号公示", "哪天验收").
var dayAsks = []string{"几号", "哪天", "哪一天", "哪日", "几月几"}

// stepEvents are the events of a procedure's steps whose day a villager
// asks ("低保名单几号公示"): the village or the office sets the day, which no
// guide writes.
var stepEvents = []string{"公示", "评议", "入户", "验收", "鉴定", "评定", "复核"}

// StepDayAsked is the event of a procedure's steps whose day question asks
// ("低保名单几号公示" → 公示), "" when it asks none (appr110).
func StepDayAsked(question string) string {
	if !ContainsAnyOf(question, dayAsks...) {
		return ""
	}
	if ContainsAnyOf(question, payDayAsks...) {
		return PaidEvent
	}
	for _, e := range stepEvents {
		if strings.Contains(question, e) {
			return e
		}
	}
	return ""
}

// spentTold tell money already spent, no amount asked ("家里老人住院花了好多
// 钱": 好多钱 is how much only when asked; appr110).
var spentTold = []string{"花了好多钱", "花了不少钱", "花了很多钱", "花了好多", "花了不少", "花掉好多钱", "用了好多钱", "欠了好多钱"}

// DoneTold tell a step already done ("宅基地批下来了 冬天能开工不"): its
// time words ask no 时限 (appr110).
var DoneTold = []string{"批下来了", "办下来了", "换下来了", "补下来了", "已经批下来", "已经办下来"}

// PaidEvent is the event of a day asked of money coming ("高龄补贴的钱几号
// 到账"): the steps that say how it is paid (PaySays) and the 时限 tell
// what the guide knows; the day is the leader's (appr110).
const PaidEvent = "到账"

// payDayAsks ask the day money comes ("几号到账", "哪天发").
var payDayAsks = []string{"几号到账", "哪天到账", "几号到", "哪天到", "几号发", "哪天发", "几号打", "哪天打"}
