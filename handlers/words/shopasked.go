package words

// Plain questions villagers ask about the points shop and their own
// household's points (shop70): what the words ask, read from canonical
// text (啥 is 什么 there). Pure: no state, no I/O.

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"gridbot/village"
)

// visitWhen ask when the shop opens, anywhere in a message naming it.
// Where it is is asked right after its name (visitWhere): "超市后面好大一
// 股煤气味 好像哪里漏气了" names the shop as a place, not asking where.
var (
	visitWhen = []string{"几点", "开门", "关门", "营业", "开不开", "开没开", "开了吗", "开了没", "周几", "星期几",
		"礼拜几", "哪天", "哪一天", "几号", "什么时候开", "什么时间",
		// its days off for the festival (pts103: 「积分超市过年放几天假」 was silent)
		"放假", "放几天", "歇业", "休息几天",
		// how often before the festival (pts105: 「年前超市还开几次门」 was
		// offered as a report)
		"开几次", "开几回", "还开几", "还开吗", "还开不", "开到"}
	visitWhere = regexp.MustCompile(`超市(?:现在|到底|是)?(?:在|开在)?(?:哪|什么地方|哪个地方)|超市的?(?:地址|地点|位置)|(?:去|到)(?:积分)?超市怎么走|哪(?:里|儿)?有积分超市`)
	// otherShops are words of a shop not the points shop's: "镇上超市几
	// 点关门", "去超市买点菜"
	otherShops = []string{"镇上", "镇里", "县城", "县里", "城里", "街上", "新开", "买", "菜"}
	// visitDay asks on which day, or at what hour, points are exchanged
	// ("周几能换"): the shop's hours. "什么时候能换" is when one's points
	// become redeemable (pointsWhen), not asked here.
	visitDay = []string{"几点", "开门", "周几", "星期几", "礼拜几", "哪天", "哪一天", "什么时间"}
	// exchangeWhere asks where points are exchanged, the place before the
	// exchange ("去哪兑换"); "兑换券在哪里领" asks about something else.
	exchangeWhere = regexp.MustCompile(`哪(?:里|儿)?(?:能|可以|去)?(?:兑换|换)`)
)

// ShopVisitAsked reports whether canonical text c asks when the points
// shop opens or where it is: "积分超市几点开门", "超市在哪", "今天超市开门
// 吗", "周几能换", "去哪兑换". What it sells ("超市里能换什么") is
// shopAsked's; another shop ("镇上超市几点关门") none.
func ShopVisitAsked(c string) bool {
	c = strings.Join(strings.Fields(c), "")
	if utf8.RuneCountInString(c) > 30 {
		return false
	}
	switch {
	case strings.Contains(c, "积分超市") || strings.Contains(c, "超市") && !ContainsAnyOf(c, otherShops...):
		return ContainsAnyOf(c, visitWhen...) || visitWhere.MatchString(c)
	case ContainsAnyOf(c, "兑换", "能换", "去换", "可以换", "换东西"):
		return ContainsAnyOf(c, visitDay...) || exchangeWhere.MatchString(c)
	}
	return false
}

// ownHousehold are the words of the speaker's own household's points.
var ownHousehold = []string{"我家", "俺家", "咱家", "我们家", "俺们家", "咱们家", "我的积分", "我的分", "俺的分", "俺的积分", "我积分"}

// doubtedLow say a total is less than its household thought, or ask how
// it came about: "怎么才这么点", "咋这么少", "怎么算的".
var doubtedLow = []string{"这么点", "这么少", "这点分", "才这点", "就这点", "怎么才", "咋才", "怎么只有", "为什么只有", "为什么才",
	"只有这么", "怎么少了", "比别人少", "怎么算的", "咋算的", "怎么算出来", "怎么来的", "哪来的"}

// kinNamed finds a family member's kin word: "儿子" of "我儿子的积分".
var kinNamed = regexp.MustCompile(`(` + village.KinWords + `)`)

// TotalDoubted reports whether canonical text c asks why the speaker's
// own household's points are so few, or how they were counted: "积分怎么
// 算的 我家怎么才这么点", "我家积分怎么比别人少". A family member named
// ("我家儿子的积分怎么算的") asks the rule (pointsRules), not the total.
func TotalDoubted(c string) bool {
	return strings.Contains(c, "分") && ContainsAnyOf(c, ownHousehold...) && ContainsAnyOf(c, doubtedLow...) &&
		!kinNamed.MatchString(c)
}

// PointsRule is a standing rule of the points a villager asks about.
type PointsRule string

const (
	RuleNone PointsRule = ""
	// RuleClearing: whether unspent points expire or are kept into the
	// next year ("积分过期吗", "明年积分清零吗"): points.year_end.unspent.
	RuleClearing PointsRule = "clearing"
	// RuleShared: whether the points may be given to another or used by
	// another member ("积分能转给别人吗", "我老婆能去换吗"): one purse per
	// household, none to another.
	RuleShared PointsRule = "shared"
	// RuleHousehold: whether a member's points count for the household
	// ("我儿子的积分算我家的吗"): the roster's household.
	RuleHousehold PointsRule = "household"
	// RuleEarnedYear: which year December's points count in ("12月的分
	// 怎么算", "12月份加的分算今年还是明年"): the year they were earned
	// (config.Points.EarnedPeriod, pts89/pts90).
	RuleEarnedYear PointsRule = "earned"
	// RuleCutoff: until when the year's points count, asked as a
	// deadline ("积分什么时候截止", "今年的分算到哪天", "年底前申请还算今年
	// 的吗"): the year-end run, before which a claim counts in the year
	// (pts91); RuleEarnedYear's answer led by the cut-off.
	RuleCutoff PointsRule = "cutoff"
	// RuleHonours: what a high ranking brings at the year's end ("积分
	// 排名年底有奖励吗", "荣誉户有什么好处", "积分第一名有啥奖励"): the
	// year-end ranking and its 荣誉户 (points.ranking), and the shop
	// (pts108: it got the ranking, the help, or went to the grid leader).
	RuleHonours PointsRule = "honours"
	// RuleCash: whether points are worth money ("积分能换钱不", "积分能
	// 折现吗", "一分值多少钱"): none, the shop's goods only, and the
	// clearing (pts112: it got the shop's price list, no answer).
	RuleCash PointsRule = "cash"
)

// The words of each rule asked.
var (
	clearingWords = []string{"过期", "清零", "作废", "失效", "有效期", "一直有效", "留到明年", "明年还能", "明年能用", "明年还有",
		"明年还算", "跨年", "存到明年", "攒到明年", "去年的积分", "去年的分", "年底没换", "年底不换", "没换完", "用不完"}
	// lastYearPointsRe asks whether points of a time last year still
	// hold ("去年腊月的积分还算不算", "去年冬天的分还作数不"): the clearing
	// (pts112: it got the how-to)
	lastYearPointsRe = regexp.MustCompile(`去年[^，。？！,.?!]{0,6}?的(?:积分|分)[^，。？！,.?!]{0,4}?(?:还算|算不算|还有效|有效吗|作数|作不作数|还能用|能不能用|还能换|能不能换|还在|还有没有|还有吗|清零)`)
	// beforeYearEnd with 换/用 asks whether points can still be spent
	// before the clearing ("这个月批的分年底前能换东西吗")
	beforeYearEnd = []string{"年底前", "年底之前", "年前", "年终前", "清零前", "清零之前", "元旦前"}
	// cashWords ask for money for the points, or what a point is worth
	cashWords = []string{"换钱", "换成钱", "换点钱", "换现金", "换成现金", "兑钱", "兑成钱", "兑现金", "兑成现金", "折现", "折成钱", "折成现金",
		"变现", "提现", "当钱用", "当钱花", "抵钱", "卖钱", "领钱", "取钱", "值多少钱", "值几块钱", "值几毛", "多少钱一分", "一分多少钱", "一分值"}
	pointsTransferWords = []string{"转给", "转让", "转到", "过户", "别人用", "别家用"}
	kinUses             = []string{"能去换", "去换", "能换", "可以换", "替我换", "帮我换", "代我换", "能用", "可以用", "能不能用", "用吗", "能给", "能不能给", "可以给"}
	// yearsEnd names December or the year's end, and whichYear asks the
	// year points count in ("12月的分算今年还是明年")
	yearsEnd  = []string{"12月", "十二月", "年底", "年终", "年末", "跨年"}
	whichYear = []string{"算今年", "算明年", "算去年", "算哪年", "算哪一年", "算在哪", "算到哪", "计入哪", "今年还是明年", "今年的还是明年", "算不算今年",
		"算进今年", "怎么算", "咋算", "如何算", "怎么计算"}
	// cutoffWords ask until when (截止, 算到哪天); thisYearStill whether
	// something done or claimed near the year's end still counts in it
	// ("年底前申请还算今年的吗"); a claim (申请) is the points' only with
	// one of these and a year's-end word, and no other application named
	// (otherApplied: "年底前申请低保还算今年的吗" is a procedure)
	cutoffWords   = []string{"截止", "截至", "截到", "算到哪天", "算到哪一天", "算到哪个月", "算到几号", "算到什么时候", "到哪天为止", "到几号为止", "来得及", "来不来得及", "赶得上", "赶不赶得上"}
	thisYearStill = []string{"还算今年", "算不算今年", "还算不算今年", "还能算今年", "也算今年", "算今年的吗", "还算去年", "算不算去年", "还算明年", "算进今年", "计入今年"}
	scoreWords    = []string{"的分", "分还", "分算", "加分", "扣分", "分数"}
	otherApplied  = append([]string{"证", "户口", "宅基地", "医保", "社保", "保险", "贷款", "入党", "建房", "房", "学"}, PaidOut...)
	countsFor     = []string{"算我家", "算我们家", "算家里", "算到我家", "算进我家", "记在我家", "算在我家", "算谁家", "归我家",
		"算不算我家", "算不算家里", "算我的", "算家里的", "加到我家", "加在我家"}
)

// homeComers name the members of a household away at work and home for
// the Spring Festival (「过年回来的人」, 「在外打工的」), and shopSpend
// asks whether someone may spend at the points shop (「能去超市换东西不」,
// 「能帮我去超市换油吗」), beside kinUses' shorter words.
var (
	homeComers = []string{"回来的人", "回来的", "回家的人", "回家过年", "回来过年", "回乡", "返乡", "打工回来", "在外打工", "外出打工",
		"出去打工", "在外地", "在外面的", "外地回来", "过年回来", "过年回家", "春节回来", "年前回来", "腊月回来", "放假回来"}
	shopSpend = regexp.MustCompile(`(?:能|可以|能不能|可不可以|让)(?:帮我|替我|代我|帮家里)?(?:去|到|来)?(?:积分)?超市(?:里)?(?:去)?(?:换|兑换|兑|用|拿)`)
)

// HomeComerNamed reports whether canonical text c names someone of the
// household home from work away (homeComers): 「过年回来的人能去超市换
// 东西不」 asks whether they may spend the household's points (pts107).
func HomeComerNamed(c string) bool {
	return ContainsAnyOf(c, homeComers...) || homeOnDayRe.MatchString(c)
}

// homeOnDayRe finds a member home on a day or a season of the festival
// named ("我闺女腊月二十回来", "儿子正月初二到家", "孩子放寒假才回家"), which
// homeComers' fixed words miss (pts112: she heard nothing of the clearing
// before her day home).
var homeOnDayRe = regexp.MustCompile(`(?:腊月|正月|年前|年根|过年|春节|放假|寒假|[0-9一二三四五六七八九十廿]+(?:号|日))[^，。？！,.?!\s]{0,4}?(?:回来|回家|到家)`)

// PointsRuleAsked is the standing rule canonical text c asks about, if
// any: see PointsRule. A deed told ("我儿子扫雪了") asks none.
func PointsRuleAsked(c string) PointsRule {
	c = strings.Join(strings.Fields(c), "")
	if utf8.RuneCountInString(c) > 30 {
		return RuleNone
	}
	// 兑换 is the points shop's word: 「年底前还能兑换吗」 asks the clearing
	points := strings.Contains(c, "积分") || strings.Contains(c, "分") || strings.Contains(c, "兑换")
	kin := kinNamed.MatchString(c) || ContainsAnyOf(c, "家里人", "家人", "家里的人")
	shopOrPoints := points || strings.Contains(c, "超市")
	if HonoursAsked(c) {
		return RuleHonours
	}
	if r := cutoffAsked(c); r != RuleNone {
		return r
	}
	switch {
	case points && ContainsAnyOf(c, cashWords...):
		return RuleCash
	case points && ContainsAnyOf(c, clearingWords...), lastYearPointsRe.MatchString(c),
		points && ContainsAnyOf(c, beforeYearEnd...) && ContainsAnyOf(c, "换", "用"):
		return RuleClearing
	case points && ContainsAnyOf(c, yearsEnd...) && ContainsAnyOf(c, whichYear...) && !kin:
		return RuleEarnedYear
	case points && ContainsAnyOf(c, pointsTransferWords...),
		strings.Contains(c, "积分") && ContainsAnyOf(c, "给别人", "给别家") && !ContainsAnyOf(c, "帮", "加分"):
		return RuleShared
	case kin && ContainsAnyOf(c, countsFor...):
		return RuleHousehold
	case (kin && (shopOrPoints || !ContainsAnyOf(c, otherApplied...)) || HomeComerNamed(c) && shopOrPoints) && (ContainsAnyOf(c, kinUses...) || shopSpend.MatchString(c)) &&
		!ContainsAnyOf(c, "什么", "哪些", "多少"):
		// 「我不在家 我老婆能去换吗」; 「过年回来的人能去超市换东西不」: the
		// household's members away at work, home for the festival (pts107);
		// not a paper of hers ("俺娘70多了 身份证过期了 还能用吗": her
		// renewal's question, appr112)
		return RuleShared
	}
	return RuleNone
}

// rewardWords ask what something brings (奖励, 好处), honourSubjects
// name a high ranking or the year's honours, and honourAsked are the
// words that make a question of them (HonoursAsked).
var (
	rewardWords    = []string{"奖励", "奖品", "奖金", "奖状", "有奖", "啥奖", "什么奖", "发奖", "好处", "福利", "表彰", "有啥用", "有什么用"}
	honourSubjects = []string{"荣誉户", "积分排名", "积分排行", "排名", "排行", "第一名", "前三名", "前几名", "名次", "积分多", "积分高", "积分最多",
		"积分最高", "分多的", "分高的", "分最多", "分最高", "年终积分", "年底积分", "积分第一"}
	honourAsked = []string{"吗", "不", "没", "啥", "什么", "哪些", "多少", "?", "？", "有没有"}
)

// HonoursAsked reports whether canonical text c asks, in a few words,
// what a high ranking brings ("积分排名年底有奖励吗", "荣誉户有什么好处",
// "积分第一名有啥奖励", "年底积分多的有奖品不"): RuleHonours. Spending
// ("积分能换什么奖品") is the shop's, a claim told is none, and a reward
// of another scheme names no ranking ("独生子女奖励扶助").
func HonoursAsked(c string) bool {
	c = strings.Join(strings.Fields(c), "")
	if utf8.RuneCountInString(c) > 30 || !ContainsAnyOf(c, rewardWords...) || !ContainsAnyOf(c, honourSubjects...) {
		return false
	}
	return ContainsAnyOf(c, honourAsked...) && !ContainsAnyOf(c, "换", "兑", "申请", "扶助", "补贴")
}

// ReviewsAsked reports whether canonical text c asks, in a few words, how
// many or which claims still wait for their review ("年底了 还有多少积分申
// 请没审", "还有几个积分申请没审"): the scorers' 待审 (pts108: it was
// offered as a claim). One's own claim asked after ("我的申请审了没") is
// PointsWhenRe's.
func ReviewsAsked(c string) bool {
	c = strings.Join(strings.Fields(c), "")
	return utf8.RuneCountInString(c) <= 24 && strings.Contains(c, "申请") &&
		ContainsAnyOf(c, "没审", "没有审", "未审", "待审", "审完了没", "没审完") && ContainsAnyOf(c, "几", "多少", "哪些", "哪几") &&
		!ContainsAnyOf(c, "我的", "我家", "俺", "咱家", "我们家", "他", "她", "你")
}

// StillSpendAsked reports whether canonical text c asks, in a few words
// and naming nothing but the spending, whether points can still be spent
// ("还能兑换吗", "现在还可以兑换不", "积分还能换吗"). It says nothing of the
// clearing: near one, that is what it asks (pts100: a bare 「还能兑换吗」
// in December went unanswered); else it is left to the other readers
// ("积分还能兑换吗" lists the shop). What, how much or which item is
// asked ("还能兑换什么", "还能换几瓶") is not this.
func StillSpendAsked(c string) bool {
	c = strings.Join(strings.Fields(c), "")
	if utf8.RuneCountInString(c) > 12 || ContainsAnyOf(c, "什么", "啥", "哪", "多少", "几") {
		return false
	}
	spend := strings.Contains(c, "兑换") || strings.Contains(c, "积分") && ContainsAnyOf(c, "换", "用")
	asked := ContainsAnyOf(c, "吗", "么", "不", "没", "?", "？") || ContainsAnyOf(c, "能不能", "可不可以")
	return spend && asked && ContainsAnyOf(c, "还能", "还可以", "还可不可以", "还让", "还给")
}

// StockAsked reports whether canonical text c asks, in a few words,
// whether something is still to be had ("大米还有吗", "洗衣液有货没",
// "电压力锅换完了吗", "大米还剩几袋"): with one of the shop's items named
// (the caller's check), the shop's stock (pts102: 「大米还有吗」 went
// unanswered). Someone's home asked ("你家大米还有吗", "家里米还有吗"),
// buying or lending is no question to the shop.
func StockAsked(c string) bool {
	c = strings.Join(strings.Fields(c), "")
	if utf8.RuneCountInString(c) > 12 || ContainsAnyOf(c, notShopStock...) {
		return false
	}
	asked := ContainsAnyOf(c, "吗", "么", "没", "不", "?", "？", "几", "多少")
	return asked && ContainsAnyOf(c, stockWords...)
}

// StockListAsked reports whether canonical text c, a few words with
// 库存 and no restock, asks the shop's whole stock ("库存", "查库存",
// "库存还有多少"): the shopkeeper's question (pts102).
func StockListAsked(c string) bool {
	c = strings.Join(strings.Fields(c), "")
	return utf8.RuneCountInString(c) <= 8 && strings.Contains(c, "库存") && !ContainsAnyOf(c, "补", "进了", "到了", "加")
}

// stockWords ask whether some of a thing is left (StockAsked).
var stockWords = []string{"还有", "有没有", "有货", "没货", "换完", "兑完", "卖完", "没了", "还剩", "剩几", "剩多少", "有吗"}

// notShopStock are words of a stock asked of someone's home, or of buying
// or lending, not of the shop (StockAsked).
var notShopStock = []string{"你", "您家", "他家", "她家", "家里", "我家", "咱家", "买", "借"}

// SpendWhatAsked reports whether canonical text c asks, in a few words
// naming neither the shop nor points, what points can still be spent on
// ("还能兑换什么", "现在能兑换啥", "还可以兑换哪些东西"): the shop's list and
// the asker's balance, as 「我家积分能换啥」 (pts101: it went unanswered,
// ShopAsked wants 超市 or 积分 first). 兑换 is the points shop's word; a
// bare 换 ("还能换什么") is not, and how much or how many is a price.
func SpendWhatAsked(c string) bool {
	c = strings.Join(strings.Fields(c), "")
	if utf8.RuneCountInString(c) > 12 || !strings.Contains(c, "兑换") || ContainsAnyOf(c, "多少", "几") {
		return false
	}
	return ContainsAnyOf(c, "什么", "啥", "哪些", "哪样")
}

// cutoffAsked is RuleCutoff when canonical text c asks until when the
// year's points or claims count ("积分什么时候截止", "今年的分算到哪天",
// "年底前申请还算今年的吗"); RuleClearing when it asks until when they
// can be spent ("积分兑换什么时候截止"). Points are named by 积分 or a
// score's words (the bare 分 of "10分钟来得及吗" is no points); a
// claim (申请) only with a year's-end word and no other application
// named. The 公示's window ("公示截止到哪天") is not the year's.
func cutoffAsked(c string) PointsRule {
	yearEnd := ContainsAnyOf(c, yearsEnd...) || ContainsAnyOf(c, beforeYearEnd...)
	scored := strings.Contains(c, "积分") || ContainsAnyOf(c, scoreWords...)
	claim := strings.Contains(c, "申请") && yearEnd && !ContainsAnyOf(c, otherApplied...)
	switch {
	case !scored && !claim || ContainsAnyOf(c, "公示", "异议"):
		return RuleNone
	case ContainsAnyOf(c, cutoffWords...) && ContainsAnyOf(c, "换", "用"):
		return RuleClearing
	case ContainsAnyOf(c, cutoffWords...), ContainsAnyOf(c, thisYearStill...) && yearEnd:
		return RuleCutoff
	}
	return RuleNone
}

// LastYearNamed reports whether canonical text c names last year
// ("去年的分还能换吗"), so a question about clearing asks about the last
// one.
func LastYearNamed(c string) bool { return ContainsAnyOf(c, "去年", "上一年", "上年的") }

// KinIn is the first kin word of text: "儿子" of "我儿子的积分算我家的
// 吗"; "" when it names none.
func KinIn(text string) string { return kinNamed.FindString(text) }

// GridRankingVocab are 积分排行's words for the asker's own grid's
// households ranked among themselves ("网格积分排名", as 「积分排行 一组」);
// villageRankingVocab its words for the grids of the village, which is
// the village's ranking: the plan ranks households, never grids (各组积分
// 排名 lists each household with its grid).
var (
	GridRankingVocab = map[string]Verb{
		"网格积分排名": VRanking, "网格积分排行": VRanking, "网格积分榜": VRanking, "网格积分排行榜": VRanking,
		"本网格积分排名": VRanking, "本网格积分排行": VRanking, "本组积分排名": VRanking, "本组积分排行": VRanking,
		"组里积分排名": VRanking, "组里积分排行": VRanking, "我们组积分排名": VRanking, "我们组积分排行": VRanking,
	}
	villageRankingVocab = map[string]Verb{
		"各组积分排名": VRanking, "各组积分排行": VRanking, "各网格积分排名": VRanking, "各网格积分排行": VRanking,
	}
)

// RestockTold reports whether canonical text c, a few words with a number,
// tells goods come in ("大米进了10袋", "新到了5台电压力锅", "大米补了20袋"):
// the shopkeeper's 补货 told in his own words (pts103: it went unanswered).
// A question, or goods still to come ("大米还没到", "明天进10袋"), is not.
func RestockTold(c string) bool {
	c = strings.Join(strings.Fields(c), "")
	if utf8.RuneCountInString(c) > 16 || ContainsAnyOf(c, "吗", "么", "?", "？", "没", "还没", "要", "想", "明天", "下周", "快") {
		return false
	}
	return ContainsAnyOf(c, restockWords...) && restockCountRe.MatchString(FoldDigits(c))
}

// restockWords tell goods arrived (RestockTold).
var restockWords = []string{"进了", "到了", "来了", "补了", "新进", "新到", "到货", "进货", "又进"}

// restockCountRe finds the count of goods come in (RestockTold).
var restockCountRe = regexp.MustCompile(`[0-9]+|[一二两三四五六七八九十百]+\p{Han}?(?:袋|台|瓶|块|桶|包|条|支|盒|箱|个|件|斤|卷|提)`)

// wantedGoodsRe finds the thing asked to be exchanged for points: after
// 换/兑换/换成 and a measure, a few characters up to a question particle
// or the clause's end ("积分能换对联吗", "能不能换成过年的对联").
var wantedGoodsRe = regexp.MustCompile(`(?:兑换|换成|换|兑) ?(?:点|些|个|一[个桶袋瓶条块支提台包盒箱件只双套把张卷斤份罐副])?(?:过年用的|过年的|过年)?(\p{Han}{2,4}?)(?:吗|不|没|么|嘛|呢|吧|$|[？?！!，,。\s])`)

// notGoods are characters no name of goods asked for holds: particles,
// question words, the points and money ("换什么", "换了吗", "换钱不").
const notGoods = "了吗不没么嘛呢吧啊的分什啥哪几多少钱现东西货"

// MissingGoods is the thing canonical text c asks to exchange points for
// when the shop sells nothing of the name ("积分能换对联吗": 对联), "" when
// it names none or one the shop has (ParseItem, ShortNamed). pts112: the
// villager heard the price list, or where the shop is, and not that
// there is none.
func MissingGoods(c string, shop []village.ShopItem) string {
	m := wantedGoodsRe.FindStringSubmatch(c)
	if m == nil || strings.ContainsAny(m[1], notGoods) {
		return ""
	}
	if _, _, why, _ := ParseItem(c, shop); why != ItemNone || len(ShortNamed(c, shop)) > 0 {
		return ""
	}
	return m[1]
}
