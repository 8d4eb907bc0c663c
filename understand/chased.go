package understand

import (
	"regexp"
	"strings"
)

// This file reads two complaints that sound like questions: a promise or
// plan chased ("信号塔说要修的 咋还没动静", "不是说年底建吗 到现在也没
// 修"), and a public scheme's list doubted ("低保户名单上有个开小车的 这合
// 理吗", "他家楼房都盖两层了 凭啥还吃低保"). Neither asks for information:
// each wants a cadre to look at a thing still undone or a list that may be
// wrong.

// chased reports whether t recalls what was said would be done (see
// promisedRe) and says nothing came of it yet (see stillCues, unbegun).
func chased(t string) bool {
	return (containsAny(t, stillCues) || containsAny(t, unbegun)) && promisedRe.MatchString(t)
}

// promisedRe finds a thing said would be done, or when: "说要修的", "说好
// 的", "答应给装", "不是说年底建吗", "讲过下个月来", "说好的上礼拜来", "说
// 好的八点来电", "说好的明天上午九点半来".
var promisedRe = regexp.MustCompile(`(?:说|讲|答应|承诺|保证|定)(?:好了?|过|了)?(?:的)?(?:(?:上|这|下)?(?:个?礼拜|周|个?月)[一二三四五六日天]?|今天|明天|昨天|前天|上午|下午|早上|晚上|中午|傍晚|[零一二两三四五六七八九十\d]{1,3}点(?:半|钟|多)?){0,3}(?:要|会|给|帮|来|马上|尽快|今年|明年|年底|年前|年后|月底|开春|过年|下个?月|下周|下礼拜|过几天|过两天)`)

// cutAwaited reports whether t asks after a cut of water, power or gas
// that was announced (see cutAnnouncedRe) and has not come (see
// cutNotYetRe): "说好的下午停水 咋还没停", "通知说九点停电 现在还有电".
// Unlike a promise chased (see chased) nothing is wanted mended: the
// sender waits for the cut, to plan around it. "说好的…咋还没修" chases.
func cutAwaited(t string) bool {
	return cutAnnouncedRe.MatchString(t) && cutNotYetRe.MatchString(t)
}

var (
	// cutAnnouncedRe finds a cut said or noticed ahead: "说好的下午停水",
	// "不是说今天停电吗", "停水通知".
	cutAnnouncedRe = regexp.MustCompile(`(?:说|讲|通知|计划|安排|预告)[^，,。！!？?\s]{0,6}(?:停|断)(?:水|电|气)|(?:停|断)(?:水|电|气)(?:的)?(?:通知|公告|计划|检修)`)
	// cutNotYetRe says the cut has not come (in canonical words: 咋 is
	// 怎么): "咋还没停", "还有电", "到底停不停".
	cutNotYetRe = regexp.MustCompile(`(?:还没有?|还不|怎么没|怎么不|一直没有?)(?:停|断)|还(?:有|在供|在来)(?:水|电|气)|停不停|断不断`)
)

// unbegun say a thing promised has not begun: "没动静", "没下文".
var unbegun = newLexicon("没动静", "没有动静", "动静都没", "动静也没", "没啥动静", "没什么动静", "没下文", "没有下文", "没影", "没音信", "没信儿", "没回音", "不见动静", "不见人", "没见人来", "没见动")

// schemeDoubted reports whether t doubts who a public scheme (see
// schemes) goes to: a question of fairness or a word of favour (see
// unfairs), or a household on it told to be well off (see wellOff) by a
// sender who names another's (see others), not his own ("我家有辆小车 还能
// 吃低保吗" asks whether he may).
func schemeDoubted(t string) bool {
	if !containsAny(t, schemes) {
		return false
	}
	return containsAny(t, unfairs) || containsAny(t, wellOff) && containsAny(t, others)
}

var (
	// schemes are public benefits given by a list the village draws up.
	schemes = newLexicon("低保", "五保", "贫困户", "困难户", "特困", "救助", "补助", "补贴", "助学", "奖补", "慰问金", "危房改造", "扶贫", "公益岗", "保障房", "廉租房")
	// unfairs question a list's fairness or name favour (in canonical
	// words: 凭啥 is 凭什么, 咋 is 怎么, 俺 is 我).
	unfairs = newLexicon("合理吗", "合理不", "合理么", "不合理", "公平吗", "公平不", "公平么", "不公平", "凭什么", "优亲厚友", "走后门", "关系户", "人情保", "关系保", "不够条件", "不符合条件", "够条件吗", "够格吗", "也能吃", "也能评", "也能领", "都能吃", "都能评", "也评上", "都评上", "也吃上", "怎么评上", "条件比", "怎么没有我", "名单上没有我")
	// wellOff tell of a household with means.
	wellOff = newLexicon("开小车", "开车", "有车", "小车", "小轿车", "轿车", "有房", "买房", "买了房", "楼房", "小洋楼", "洋房", "别墅", "开店", "开厂", "做生意", "当老板", "包工头", "退休工资", "吃公家饭")
	// others name a household not the sender's.
	others = newLexicon("有个", "有人", "有户", "有家", "有几户", "有几家", "那户", "那家", "他家", "她家", "人家", "名单上", "亲戚", "某某")
)

// leftOff reports whether t says a public list or share leaves someone out
// ("今年分红就没她的份", "分红名单上咋没有他", "补贴名单里怎么没我家") or
// still carries one who should be off it ("去世两年的还在上面 这钱谁领
// 了"): the list to be looked at by a cadre, a complaint, not a question
// how the list is drawn (und100). "名单上有没有我家" asks (有没有 is no
// leaving out), and so does "分红有我家的份吗".
func leftOff(t string) bool {
	for _, m := range listOmitsRe.FindAllString(t, -1) {
		if !strings.Contains(m, "有没") {
			return true
		}
	}
	return noShareRe.MatchString(t) || deadListedRe.MatchString(t)
}

var (
	// noShareRe: "没她的份", "没有俺家的份", "没俺们的份" (canonical: 俺
	// is 我).
	noShareRe = regexp.MustCompile(`(?:^|[^有])没有?(?:我|你|他|她)?(?:家|们|家里|们家)?的份`)
	// listOmitsRe: a list said to lack someone, or asked why ("名单上怎么
	// 没有他"); not "有没有" (asked whether).
	listOmitsRe = regexp.MustCompile(`名单(?:上|里|里面|上面)[^，,。！!？?\s]{0,4}?(?:怎么|为什么|为啥|咋)?(?:就|都|还)?没有?(?:我|你|他|她|[\p{Han}]{1,2}家)`)
	// deadListedRe: one dead still on a list, or his share drawn.
	deadListedRe = regexp.MustCompile(`(?:去世|过世|死了|走了|不在了)[^。！!？?]{0,12}?(?:还在上面|还在名单|还在册|还有(?:他|她)|还在领|还领着|谁领了|谁领的)`)
)

// accountsAsked reports whether t asks the village to open its books
// ("分红的账目能不能公开一下", "村里的账啥时候公布"): a cadre's task asked,
// not information (und100).
func accountsAsked(t string) bool { return accountsAskedRe.MatchString(t) }

var accountsAskedRe = regexp.MustCompile(`(?:账目|账本|账|财务|收支|明细)[^，,。！!？?\s]{0,6}?(?:公开|公布|晒|张榜)[^，,。！!？?\s]{0,3}?(?:一下|出来|吗|么|不|呀|啊)`)
