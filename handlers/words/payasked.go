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

// A group is one a scheme is for: the words villagers call it by (said)
// and the names a guide writes it under (guide). 五保户 are now 特困供养人员;
// 一级残疾 is a 重度残疾人 in 残疾人两项补贴's line (appr111).
type group struct{ said, guide []string }

// groups are the groups a scheme is for, narrower first: "一级残疾人" is
// of 重度残疾, "低保边缘户" no 低保户.
var groups = []group{
	{said: []string{"低保边缘", "边缘户", "边缘家庭"}, guide: []string{"低保边缘", "边缘户", "边缘家庭"}},
	{said: []string{"低收入户", "低收入家庭", "低收入人口", "低收入的"}, guide: []string{"低收入"}},
	{said: []string{"易返贫", "监测户", "监测对象", "防返贫"}, guide: []string{"易返贫", "监测户", "监测对象"}},
	{said: []string{"脱贫户", "贫困户", "建档立卡"}, guide: []string{"脱贫户", "脱贫人口", "建档立卡"}},
	{said: []string{"低保户", "低保家庭", "低保对象", "吃低保"}, guide: []string{"低保户", "低保家庭", "低保对象", "低保人员"}},
	{said: []string{"特困户", "特困人员", "特困", "五保户", "五保"}, guide: []string{"特困"}},
	{said: []string{"一级残疾", "二级残疾", "一级残", "二级残", "一二级残疾", "重度残疾", "重残"}, guide: []string{"重度残疾", "一、二级"}},
	{said: []string{"三级残疾", "四级残疾", "三四级残疾"}, guide: []string{"三、四级"}},
	{said: []string{"残疾人", "残疾的", "有残疾证"}, guide: []string{"残疾人"}},
	{said: []string{"困难家庭", "困难户"}, guide: []string{"困难家庭", "困难户"}},
	{said: []string{"孤儿"}, guide: []string{"孤儿"}},
	{said: []string{"退役军人", "退伍军人"}, guide: []string{"退役军人"}},
	{said: []string{"军属"}, guide: []string{"军属"}},
	{said: []string{"独生子女"}, guide: []string{"独生子女"}},
}

// groupSaid is the group question names and the word it says it by, ok
// false when it names none.
func groupSaid(question string) (g group, word string, ok bool) {
	for _, g := range groups {
		for _, w := range g.said {
			if strings.Contains(question, w) {
				return g, w, true
			}
		}
	}
	return group{}, "", false
}

// GroupNamedIn reports whether line, a line of a guide, names the group
// said (GroupAsked, OwnGroupTold) by any of the guide's names for it
// ("低保家庭里的残疾人" names 低保户's group; appr111).
func GroupNamedIn(said, line string) bool {
	g, _, ok := groupSaid(said)
	return ok && ContainsAnyOf(line, g.guide...)
}

// GroupAsked is the group a question asks of, in general, whether it may
// get a scheme ("低保户能领取暖补贴不" → 低保户, "五保户能领不" → 五保户), as
// said (the guide names it 特困: GroupNamedIn): a line of the guide that names the group
// (GroupNamedIn) answers it, not the office's check of his case
// (appr110). "" when it asks of his own household (ownCaseWords) or
// names no group; "" too when it asks of another's household (WhoseCase).
func GroupAsked(question string) string {
	if !MayGetAsked(question) || WhoseCase(question) != "" {
		return ""
	}
	_, w, _ := groupSaid(question)
	return w
}

// notOfGroup tell his household is not of the group it names ("俺家不是低
// 保户", "没评上低保").
var notOfGroup = []string{"不是", "没评上", "没吃上", "不算", "取消了", "被取消", "停了", "想申请", "想办"}

// OwnGroupTold is the group he tells his own household (or the one he asks
// for: WhoseCase) is of, as said,
// when he asks whether it may get a scheme ("俺家是低保户 能领取暖补贴
// 不" → 低保户): whether his household is on its list nobody but the
// office knows, and the guide's line for the group is told him with how
// to check (appr111). "" when he tells none, or that he is not of it.
func OwnGroupTold(question string) string {
	if !MayGetAsked(question) && !ContainsAnyOf(question, whatGetAsks...) || WhoseCase(question) == "" || ContainsAnyOf(question, notOfGroup...) {
		return ""
	}
	_, w, _ := groupSaid(question)
	return w
}

// whatGetAsks ask what one may get ("俺家吃低保 过年能领啥").
var whatGetAsks = []string{"能领啥", "能领什么", "能领哪些", "能享受啥", "能享受什么", "有啥补贴", "有什么补贴", "有哪些补贴", "有啥补助", "有什么补助", "有啥待遇", "有什么待遇", "能拿啥"}

// StatusEnded reports whether question tells his household's group ended
// ("俺家低保被取消了 还能领取暖补贴不"): its 取消了 is no news of a scheme
// stopped this year (PayoutNewsAsked) but his case (appr111).
func StatusEnded(question string) bool {
	// "俺家低保被取消了": 低保 alone is no group's word (「俺家能申请低保不」
	// asks to apply), but told ended it is his household's
	_, _, ok := groupSaid(question)
	return (ok || strings.Contains(question, "低保")) && WhoseCase(question) != "" && ContainsAnyOf(question, payoutEndedSays...)
}

// GroupWords are the words villagers name groups by (groups' said), made
// once: the procedure questions of every message blank them.
func GroupWords() []string { return groupSays }

var groupSays = func() []string {
	var out []string
	for _, g := range groups {
		out = append(out, g.said...)
	}
	return out
}()

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
