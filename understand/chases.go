package understand

import (
	"regexp"
	"strings"
)

// Two readings of a question that looks like another thing: an approval
// question from one who has applied already (he asks how far it got, not
// how to apply), and a question about how the points are counted (it
// tells no deed to claim for).

// appliedRe finds an application told as made: its papers handed in or
// sent up ("交材料一个月了", "材料交上去了", "交了申请", "申请了", "已经报
// 了", "报上去了", "递了申请"). 交 or 递 counts with what was handed (材
// 料, 申请, 资料, 表) or with where (上去); 申请 and 报 with 了, 过 or
// 上去 right after; 报, 办, 交 or 递 with the time since ("交了半个月了").
var appliedRe = regexp.MustCompile(`(?:交|递|送|提)了?(?:材料|申请|资料|表)|(?:材料|申请书?|资料|表格?)(?:已经|早就|早|都)?(?:交|递|送|报|提)(?:了|过|上去|上|到)|` +
	`(?:交|递|送|报|提)上去|申请(?:了|过|上去|好了)|已经(?:申请|交|递|报|提|办)|(?:报|办|交|递)了(?:一|两|三|几|半|好|快|有)`)

// What an application waits for, shared by progressRe and stalledRe: its
// approval ("批", "下来", "审下来", "办下来") and word of it ("结果", "消
// 息", "信", "音信", "动静", "回音", "回复").
const (
	approvalAwaited = `批|下来|审下来|办下来`
	newsAwaited     = `结果|消息|信儿?|音信|动静|回音|回复`
)

// progressRe finds a question after how far an application got or a
// complaint that it has not come through: "什么时候能批下来", "还没批下
// 来", "有没有结果", "进度", "批了没", "到哪一步了", "咋还没消息".
var progressRe = regexp.MustCompile(`(?:什么时候|啥时候|啥时|多久|多长时间|几时|哪天)(?:才|能|可以|会)?(?:批|下来|审|办好|办下来|办完|出结果|有结果|有消息|有信)|` +
	`(?:没|没有|不)(?:` + approvalAwaited + `|` + newsAwaited + `|审核|办好)|` +
	`(?:有没有|有)(?:` + newsAwaited + `)|进度|进展|到哪一步|到哪了|批了没|批下来没|下来没|下来了没|审(?:核)?得怎么样|审(?:核)?(?:过|通过)了没`)

// stillAwaitedRe is an approval or word of it still awaited ("还没批下来",
// "咋还没消息"): said of a scheme, it tells an application made.
var stillAwaitedRe = regexp.MustCompile(`还(?:没|没有|未)(?:` + approvalAwaited + `|` + newsAwaited + `|审核|办好)`)

// unappliedRe is an application said not made (yet): "还没交材料", "没申请".
var unappliedRe = regexp.MustCompile(`(?:没|没有|未|还没|不)(?:交|递|报|申请|提)`)

// Chases reports whether s, an approval question, tells that the sender
// (or his household) has applied already and asks after how far it got
// ("我家的低保什么时候能批下来 都交材料一个月了", "残疾证申请了 还没下
// 来"): the leader is to ask the office for him; telling him again how
// to apply answers nothing. An application only planned ("准备申请低保
// 什么时候能批") or not made ("还没交材料") is none; so is a question of
// how long it takes in general ("低保多久能批下来").
func Chases(s Said) bool {
	t := unspace(s.Canon)
	at := appliedRe.FindStringIndex(t)
	if at == nil {
		// "我家低保怎么还没批下来": still not approved, so applied for
		return stillAwaitedRe.MatchString(t) && !unappliedRe.MatchString(t)
	}
	if !progressRe.MatchString(t) {
		return false
	}
	before := t[:at[0]]
	return !strings.HasSuffix(before, "没") && !strings.HasSuffix(before, "没有") && !strings.HasSuffix(before, "未") &&
		!unappliedRe.MatchString(t[:at[1]])
}

// rulesAsks ask how an item or a person counts toward the points: "积分怎
// 么算", "算不算", "算几分", "有没有分".
var rulesAsks = newLexicon("怎么算", "咋算", "怎样算", "如何算", "怎么计算", "怎么计", "咋计", "怎么给分", "怎么打分", "怎么评分",
	"算不算", "能不能算", "能算吗", "算吗", "算不", "算几分", "算多少分", "给几分", "给多少分", "有没有分", "有分吗", "有分不", "有没有积分", "有积分吗", "有积分不",
	"计不计", "记不记分", "加不加分",
	// what it is worth, asked with 能/可以 ("扫雪能加几分", pts109)
	"能加几分", "能加多少分", "可以加几分", "可以加多少分", "能加几个分",
	// a count asked ("扫雪能记几分"): not 加几分, which asks for some
	// ("给我加几分吧")
	"记几分", "记多少分", "得几分", "得多少分", "拿几分", "拿多少分")

// rulesAskRe asks the same in words the lexicon does not spell out: a
// counting verb, the points, a question particle ("扫雪算积分吗", "能加分
// 吗", "给积分不", "能加分么"); "给分不公平" asks nothing.
// "能挣积分不", "能赚点积分吗" ask the same (pts112).
var rulesAskRe = regexp.MustCompile(`(?:能|可以|可|会)?(?:算|加|给|得|拿|计|记|申请|挣|赚)(?:个|点)?(?:积分|分)(?:吗|么|嘛|不(?:$|[？?！!，,。]))`)

// deedToldRe tells a deed done or done regularly: perfective 了, 过 or 完
// after a verb, 已经, or a day gone by ("昨天", "刚才"), or every day.
// A custom forgone is a deed done too: "闺女出嫁没要彩礼", "丧事没请戏班子".
var deedToldRe = regexp.MustCompile(`了|[^不]过[^年来去]|完|已经|昨天|前天|昨晚|昨夜|今早|刚才|刚刚|上周|上礼拜|上个月|前几天|上次|每天|天天|每个月|每月|没(?:要|收|请|摆|搞)`)

// todayDeedRe tells a deed of today as the day's news, with no 了: 今天
// then who went and with whom or what they set about (「今天跟着村里去给
// 孤寡老人送米面油」, 「今天和村干部一起去敬老院…」), the way a villager
// tells what he did that day (pts109: it read as a question how points
// count, a deliberate dev miss since und101). Not what is still to come
// that day: 今天下午要去…, 今天准备…, 今天想去… name no deed (a time of
// the day or a plan word breaks the match), nor 今天给加分不.
var todayDeedRe = regexp.MustCompile(`今天(?:上午|早上|一早|一大早)?(?:我|俺|我们|俺们|咱们|咱)?(?:一起|也)?(?:跟着?|和|同|帮|去|到|把|出|参加|参与|给[^加记积点个分])`)

// asksRules reports whether t asks how the points are counted ("我家儿子
// 在外打工 他的积分怎么算", "参加义务劳动算不算积分") and tells no deed
// done: a question about the rules, not a claim. "我昨天把路上的石头搬开
// 了 能加分不" tells one.
func asksRules(t string) bool {
	lexicon := containsAny(t, rulesAsks)
	if !lexicon && !rulesAskRe.MatchString(t) {
		return false
	}
	rest := strip(strip(replaceAll(rulesAskRe, t, " "), rulesAsks), claimCues)
	// the pattern alone asks about something named: a bare "能加分吗"
	// is the general question (积分帮助)
	return (lexicon || strings.TrimSpace(rest) != "") && (plannedDeed(t) || !deedToldRe.MatchString(replaceAll(homeComeRe, rest, " ")+" ") && !todayDeedRe.MatchString(rest))
}

// plannedDeedRe finds a deed asked about before it is done: a modal (能,
// 可以, 想, 打算, 准备) and then, in the same clause and with no 了 or 完,
// a deed verb ("能帮村里扫雪挣积分不", "想去敬老院帮忙 能赚积分吗").
var plannedDeedRe = regexp.MustCompile(`(?:能不能|可不可以|能|可以|想|打算|准备)[^了完，。？！,.?!\s]{0,8}?` +
	`(?:帮|参加|参与|扫|铲|清|捡|捐|献|照顾|照料|看望|探望|陪|出工|义务)[^了完，。？！,.?!\s]*`)

// plannedDeed reports whether t asks about a deed still to be done
// (plannedDeedRe) and tells none done besides: the 了 of 「放寒假回来了」,
// 「下雪了」 is no deed's (pts112: 「我家孩子放寒假回来了 能帮村里扫雪挣积分
// 不」 was offered as a claim). 「昨天帮王奶奶扫了雪 还能帮她挑水挣积分不」
// tells one.
func plannedDeed(t string) bool {
	if !plannedDeedRe.MatchString(t) {
		return false
	}
	rest := replaceAll(homeComeRe, replaceAll(plannedDeedRe, t, " "), " ")
	return !(containsAny(rest, deedVerbs) && deedToldRe.MatchString(rest+" ") || todayDeedRe.MatchString(rest))
}

// PlannedDeed reports whether canonical text c asks about a deed still
// to be done (plannedDeed): its answer says to claim once it is done.
func PlannedDeed(c string) bool { return plannedDeed(unspace(c)) }

// publicityAskedRe asks when the points are published or come into force
// (「几号公示」, 「公示还有几天」, 「我的积分申请几号公示啊」, 「上个月的积分
// 哪天生效」): a bare 几 with 号 or 天 asks the day (pts109: 几 alone was
// no question but with 没审, and 「…申请几号公示」 was offered as a claim).
var publicityAskedRe = regexp.MustCompile(`(?:公示|生效)[^，。？！,.?!]{0,4}?(?:几号|几天|多少天|多久|哪天|哪一天|什么时候|几时)|` +
	`(?:几号|哪天|哪一天|什么时候|几时|多久)[^，。？！,.?!]{0,3}?(?:公示|生效)`)

// PublicityAsked reports whether canonical text c asks when points are
// published or final (publicityAskedRe), of no other scheme's or
// office matter's list (「低保名单几号公示」 is the 低保's, 「征地补偿什么时候
// 公示」 the land office's).
func PublicityAsked(c string) bool {
	return publicityAskedRe.MatchString(c) && !containsAny(c, schemes) && !containsAny(c, approvalTopics) && !strings.Contains(c, "名单")
}

// pointsGoneRe asks where one's household's points went ("俺家积分咋没了",
// "我家的积分怎么变成0了", "过了个年 俺家的分都哪去了"): after the year-end
// clearing, a redemption or a revoked item, a question for 我的积分, not a
// claim (pts111: 「积分咋没了」 was offered as one). 「积分清零了吗」 asks the
// rule (the handlers' RuleClearing). Canonical text: 俺 reads 我, 咋 怎么.
var pointsGoneRe = regexp.MustCompile(`(?:积分|[我咱](?:们)?家?的?分)[^，。？！,.?!]{0,6}?` +
	`(?:没了|没有了|不见了|变成了?[0零]|成了?[0零]了|怎么是[0零]|清空了|哪去了|去哪了|哪儿去了|到哪去了)`)

// PointsGoneAsked reports whether canonical text c asks where its
// sender's points went (pointsGoneRe).
func PointsGoneAsked(c string) bool { return pointsGoneRe.MatchString(c) }

// homeComeRe finds a member come home ("从深圳回来过年了", "放寒假回家了",
// "到家了"): told done, but no deed of the points (pts104), so its 了
// tells nothing done in a question how his points count.
// Only a person comes home: 回 after 从X, 放假, a person word or a pause,
// never after a verb ("把柴火搬回家了" tells a deed). Those come home
// may be named by their work ("外出打工的回来了", "打工回来了", und105).
var homeComeRe = regexp.MustCompile(`(?:从\p{Han}{1,6}|放(?:寒|暑)?假|^|[\s，,儿子女孙爸妈爹娘他她我俺们的]|已经|刚|打工|务工|上学|当兵)(?:回|到)(?:来|家|村里|老家)(?:过年|过节|探亲)?了`)

// pointsWordRe names the points: "积分", "加分", "算几分", "有没有分".
var pointsWordRe = regexp.MustCompile(`积分|加分|记分|给分|打分|评分|几分|多少分|有没有分|有分|没分|[0-9一二三四五六七八九十]分`)

// RulesAsked reports whether s asks how the points count, telling no deed
// done (asksRules), and names the points (not "打工的钱算不算收入"); deed
// is what is asked about, the asking words taken out ("我家儿子在外打工
// 他的"), to match an item of the catalogue with.
func RulesAsked(s Said) (deed string, ok bool) {
	t := unspace(s.Canon)
	if !pointsWordRe.MatchString(t) || !asksRules(t) {
		return "", false
	}
	return strings.TrimSpace(strip(strip(replaceAll(rulesAskRe, t, " "), rulesAsks), claimCues)), true
}

// stalledRe finds an application told as stuck: no approval, word or sign
// of it yet ("还没批下来", "一直没消息", "没动静", "没回音").
var stalledRe = regexp.MustCompile(`(?:没|没有|未)(?:` + approvalAwaited + `|` + newsAwaited + `)`)

// waitedRe finds how long it has waited: a span of time gone by ("两个月
// 了", "一个多月", "半年了", "好几天") or a word that it has lasted (一直,
// 始终, 至今, 到现在).
var waitedRe = regexp.MustCompile(`一直|始终|至今|到现在|到今天|迟迟|` +
	`(?:[0-9]+|[一二两三四五六七八九十几半好]+)(?:个)?多?(?:天|周|星期|礼拜|个?月|年)多?了?`)

// chaseStated reports whether t, canonical text with no question word,
// chases an application all the same: it tells it made (Chases) and
// stuck for some time ("高龄补贴交了材料两个月了还没批下来", "低保申请报
// 上去一个多月了 一直没消息"). Such a complaint asks what the question
// form asks; a stall with no time told ("材料交了 还没批") is left as it
// was.
func chaseStated(t string) bool {
	return stalledRe.MatchString(t) && waitedRe.MatchString(t) && Chases(Said{Canon: t})
}
