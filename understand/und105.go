package understand

import (
	"regexp"
	"strings"
)

// Readings added in round 105 (und105): a flue smoking by a door no one
// answers, a stranger asking after the village's elders, a hospital stay's
// reimbursement asked, a past fire told as a warning, a trip's jam.

// unanswered say no one answers the door or the phone: "没人应", "不开门".
var unanswered = newLexicon("没反应", "没人应", "没人答应", "没人开门", "不开门", "没人接", "不接电话", "叫不应", "喊不应")

// flueSmokes say a flue smokes, its stove lit: "冒黑烟", "一直冒烟".
// coldFlues say it does not ("没冒烟", "烟囱不冒烟了").
var (
	flueSmokes = newLexicon("冒烟", "冒黑烟", "冒白烟", "冒着烟", "冒青烟")
	coldFlues  = newLexicon("没冒烟", "没有冒烟", "不冒烟", "没冒过烟", "没烟")
)

// strangerProbeRe finds a stranger asking after households, their elders
// or their papers: "有个陌生人挨家挨户问老人家里几口人", "两个外地人在打
// 听谁家老人一个人住" — a scam's or a thief's scouting (治安, und105).
// The grid's own rounds ("网格员挨家挨户登记家里几口人") name no stranger.
var strangerProbeRe = regexp.MustCompile(`(?:陌生人|陌生男|陌生女|外地人|生面孔|不认识的人|不认得的人|不认识的男|不认识的女)` +
	`[^，。,.!！?？]{0,10}?(?:问|打听|登记|记下|拍照|拍了|查)[^，。,.!！?？]{0,10}?` +
	`(?:几口人|几个人|家里有谁|家里人|老人|独居|一个人住|身份证|存款|银行卡|存折|手机号|电话号|户口本|养老金)`)

// stayRefundRe finds a hospital stay or an operation told, then, a few
// words on, how much of it is paid back asked with a bare 报 ("我爸脑梗
// 住院了 能报多少", "俺娘住了半个月院 能报多少"): group 1 is that 报,
// read as 报销 (und105) so that the stay's scheme is asked as
// "住院了怎么报销" is. A bare "看病的钱能报多少" tells no stay of the
// sender's, nor does "那住院能报多少钱" (a stay asked of, not told): a
// follow-up on a guide is left as it is (lead104).
var stayRefundRe = regexp.MustCompile(`(?:住院了|在住院|住着院|住了\p{Han}{0,4}院|做了手术|动了手术|开了刀|做手术)[^.!?;。！？；]{0,12}?(?:能|可以|可|能给|给)(报)(?:多少|几成|百分之|一半|多少钱)`)

// stayRefund is t with a stay's bare 报 read as 报销 (see stayRefundRe).
func stayRefund(t string) string {
	m := stayRefundRe.FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	return t[:m[2]] + "报销" + t[m[3]:]
}

// pastWarned reports whether t, which tells of an alarm gone by (see
// bygone), a year or more back (yearsAgo), tells it as a warning to take care now ("去年山上
// 着了一大片 今年放炮注意点", "前年他家就是电热毯着的火 大家注意"), asking
// nothing, appealing to no one and naming nothing still left: chat
// (und105). "去年着火烧塌的那间房 到现在还没人管" is its appeal.
func pastWarned(t string) bool {
	return chatLength(t) && containsAny(t, yearsAgo) && containsAny(t, warnedCare) && !isQuestion(t) && !containsAny(t, pleas) && !containsAny(t, appeals) &&
		!containsAny(t, stillLeftWords) && !asksRepair(t)
}

var (
	// yearsAgo date a thing a year or more back: a fire "前几天" may
	// still want the grid's look.
	yearsAgo = newLexicon("去年", "前年", "那年", "几年前", "多年前", "早些年", "前些年", "头几年", "往年", "上一年")
	// warnedCare ask all to take care: "注意点", "当心".
	warnedCare = newLexicon("注意", "当心", "小心", "留神", "长点心", "别大意")
	// stillLeftWords say the past event's damage is still there.
	stillLeftWords = newLexicon("还没", "到现在", "至今", "一直", "还是没", "还在")
)

// tripOutJammed reports whether t tells the sender's trip out of the
// village (to the county town, the market, on a highway) met a jam
// ("今天去县城 路上堵死了", "赶集回来 国道上堵得走不动") and names nothing
// that shuts a way (snow, a slide, a crash): chat, the traffic's, no
// matter of the grid's (und105). "去镇上的路被雪封了" is the way's trouble.
func tripOutJammed(t string) bool {
	return strings.Contains(t, "堵") && carJamRe.MatchString(t) && tripOutRe.MatchString(t) && !containsAny(t, wayShutters)
}

var (
	tripOutRe = regexp.MustCompile(`(?:去|到|进|上|从|回)(?:县城|县里|城里|市里|镇上|城|集上|省城)|进城|赶集|高速|国道|省道|走亲戚`)
	carJamRe  = regexp.MustCompile(`堵(?:车|死了|得|成|了|住了)`)
	// wayShutters shut a way whatever the traffic: what fell or froze on
	// it, a crash.
	wayShutters = newLexicon("雪", "冰", "冻", "塌", "滑坡", "石头", "树倒", "倒了", "撞", "翻", "淹", "水", "封")
)
