package words

import (
	"gridbot/understand"
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// arrangedWords tell that a cadre set someone or something going about
// an alarm: "已经让人守着了", "叫了人去搬沙袋", "派人盯着".
var arrangedWords = []string{"让人", "叫人", "叫了人", "找人", "找了人", "喊人", "喊了人", "安排了", "已安排", "安排人", "派了", "已派",
	"派人", "守着", "盯着", "已通知", "通知了", "已经通知", "联系了", "已联系", "已经联系", "在组织", "组织了", "组织大家"}

// callsNow tells that a cadre calls, now, who mends a matter or helps
// with it, or has called them: "我马上给供电所打电话", "这就联系电工",
// "赶紧打95598", "给供电所打了电话", "已经报修了" (rep101). A call put
// off ("明天给供电所打电话") has no now word; a call he asks of someone
// else ("你给供电所打个电话") is words.SendsTo's.
var callsNow = regexp.MustCompile(`(?:马上|立刻|立即|这就|现在就|赶紧|赶快|正在)(?:给|跟|和|找|打)?[^，,。！!？?\s]{0,8}?(?:打电话|打个电话|联系|报修|\d{3,5})|` +
	`打了(?:个)?电话|电话打了|打过电话|已经?报修|报修了|打了\d{3,5}`)

// CallsNow reports whether text tells that its cadre calls, now, who
// mends the matter or helps with it, or has called them (callsNow).
func CallsNow(text string) bool {
	return callsNow.MatchString(text) && !ContainsAnyOf(text, stayAwayWords...) && !ContainsAnyOf(text, "没打通", "打不通", "没人接", "你给", "你去")
}

// stayAwayWords tell that a cadre is not going, or not there: his words
// take nothing on ("R5 收到 我在外地 去不了").
var stayAwayWords = []string{"去不了", "来不了", "过不去", "到不了", "赶不过去", "不去", "没去", "没到", "没空", "没时间", "在外地",
	"不在家", "不在村"}

// hazardGoesOn follow 正在 when it tells how the hazard goes, not what
// people do: "水正在涨", "火正在往东边烧".
var hazardGoesOn = []string{"涨", "烧", "漏", "冒", "蔓延", "扩大", "往", "下", "刮", "流", "倒", "塌", "着"}

// underWay reports whether text tells that something is being done now
// ("正在疏散", "我们正在搬东西"), not how the hazard itself goes ("水正在
// 涨").
func underWay(text string) bool {
	for rest := text; ; {
		i := strings.Index(rest, "正在")
		if i < 0 {
			return false
		}
		rest = rest[i+len("正在"):]
		if rest != "" && !StartsWithAny(rest, hazardGoesOn...) {
			return true
		}
	}
}

// HandsOn reports whether words, a cadre's on an emergency he names,
// tell that he is on it: there or has called for help (atScene), went to
// see (wentToSee), is on his way or goes now (onTheWay; PlansToGo but
// not put off to later), set someone going (arrangedWords, safeguards),
// or tells what is being done (goingOnWords, 正在…). A question, or words
// that he does not or cannot go, are none.
func HandsOn(words string) bool {
	if strings.ContainsAny(words, "?？吗") || ContainsAnyOf(words, stayAwayWords...) {
		return false
	}
	if _, goes := understand.PlansToGo(words); goes && !understand.LaterWords(words) {
		return true
	}
	return AtScene(words) || WentToSee(words) || OnTheWay(words) || underWay(words) || CallsNow(words) ||
		ContainsAnyOf(words, arrangedWords...) || ContainsAnyOf(words, SafeguardWords...) || ContainsAnyOf(words, goingOnWords...) ||
		ContainsAnyOf(words, DutyWords...)
}

// OnAlarm reports whether words, a cadre's on an alarm, make a command of
// it (alarmCommand) whichever it is: he is on it, or news of it.
func OnAlarm(words string) bool {
	over, going := EmergencyNews(words, village.HazardNone)
	return over || going || BareOut(words) || HandsOn(words)
}

// AwaitsAccept reports whether rep is an emergency waiting for 确认: not
// taken on, and not said over by its reporter (that one waits for the
// leader to check, not for a 确认).
func AwaitsAccept(rep village.Report) bool {
	return Unattended(rep) && rep.OverSaid.IsZero()
}

// AlarmFresh reports whether rep was raised, or re-posted by the
// watchdog, within freshWindow before at.
func AlarmFresh(rep village.Report, at time.Time) bool {
	last := rep.CreatedAt
	if rep.AlertedAt.After(last) {
		last = rep.AlertedAt
	}
	return at.Sub(last) <= FreshWindow
}

// AckedWords are the words after an acknowledgement that a cadre's
// unnumbered answer to an alarm opens with ("收到 我去看了", "好的 马上
// 去": ackLead, understand.TakesOn), or, without one, his words that he is
// on his way ("马上到", "已经在路上了": onTheWay) or calls who mends it
// now ("电线的事我马上给供电所打电话": CallsNow). ok is false for a bare
// 收到 (it may only say it was read, or answer a notice) and for other
// words ("我去看看" may be about anything).
func AckedWords(text string) (words string, ok bool) {
	text = strings.TrimSpace(text)
	if rest, acked := AckLead(text); acked {
		return strings.TrimSpace(rest), understand.HasContent(rest)
	}
	if note, takes := understand.TakesOn(text); takes {
		return note, true
	}
	return text, OnTheWay(text) || CallsNow(text) // "电线的事我马上给供电所打电话"
}

// JoinsAlarm reports whether a cadre's words tell he goes to an alarm now
// or is there: "我也过去", "在路上了", "我到了", "我带灭火器过去"; not
// what he arranged ("已经联系电工了", of anything) nor a visit put off.
func JoinsAlarm(words string) bool {
	if strings.ContainsAny(words, "?？吗") || ContainsAnyOf(words, stayAwayWords...) {
		return false
	}
	_, goes := understand.PlansToGo(words)
	return AtScene(words) || OnTheWay(words) || goes && !understand.LaterWords(words)
}

// DownAlarmWindow is how long, with the store down, an alarm sent directly
// stands for the same emergency shouted again in its group. After it the
// next such alarm goes out again: with the store down no watchdog repeats
// an emergency nobody confirmed.
const DownAlarmWindow = 10 * time.Minute

// DeniedNote begins the history note of a bystander's word that an open
// emergency he did not report is no emergency (bystanderDenies).
const DeniedNote = "有人说没有险情："

// AskedNote begins the history note of a villager's question about an
// open emergency (emergencyAsked).
const AskedNote = "群里问："

// hazardDenials say, per hazard, that there is none ("没着火 是在烧稻草"):
// of another's alarm, news to check (bystanderDenies).
var hazardDenials = map[village.Hazard][]string{
	village.HazardFire:    {"没着火", "没有着火", "没起火", "没失火", "不是着火", "不是失火", "不是火灾", "没有火灾"},
	village.HazardGas:     {"没漏气", "没有漏气", "不是漏气", "没泄漏"},
	village.HazardFlood:   {"没淹", "没有淹", "没进水", "不是发水", "没发水"},
	village.HazardMissing: {"没走丢", "没走失", "没失踪", "不是走丢", "不是失踪"},
}

// deniesAny reports whether canon says of some hazard that there is none
// (hazardDenials).
func deniesAny(canon string) bool {
	for _, ws := range hazardDenials {
		if ContainsAnyOf(canon, ws...) {
			return true
		}
	}
	return false
}

// CadreDenies reports whether said, a grid cadre's words, say an emergency
// of hazard h (any, HazardNone) is none ("没着火 是王大爷在烧稻草", "是误报"):
// his word as one who went to see, narrower than a villager's retraction
// (understand.Retracts: "搞错了" may be of his own last message).
func CadreDenies(said understand.Said, h village.Hazard) bool {
	if ContainsAnyOf(said.Canon, "是误报", "属于误报") && !ContainsAnyOf(said.Canon, "不是误报") {
		return true
	}
	if h != village.HazardNone {
		return ContainsAnyOf(said.Canon, hazardDenials[h]...)
	}
	return deniesAny(said.Canon)
}

// SentHelp name those sent to an emergency: a villager's question of
// their coming (helpComing) during one is about it ("派出所来人了吗"); of
// anything else it is not ("派出所几点上班", "120是打哪个电话").
var SentHelp = []string{"派出所", "警察", "民警", "消防", "救护车", "医生", "110", "119", "120", "救援"}

// HelpComing ask whether help came or was called ("到了没", "打了120吗").
var HelpComing = []string{"来人", "来了", "来没", "到了", "到没", "到哪", "出动", "出警", "赶到", "过来", "去了", "打了", "报了", "叫了", "通知"}

// EventAsks ask how any emergency goes, whatever its hazard: help coming
// with no name ("有人来了吗"), harm done ("有人受伤吗"), a call made.
// Someone brought out ("人救出来没有", "救上来了吗") is asked of a fire, a
// flood, a fall into water or a collapse alike.
var EventAsks = []string{"来人了", "人来了", "有人来", "有人去", "人到了", "有人受伤", "人受伤", "伤到人", "伤着人", "伤亡", "人没事",
	"报警了", "报警没", "报了警", "救出", "救上来", "救下来", "人出来", "抬出来", "背出来"}

// Doubts ask whether what was said is so ("李四腿摔断了？谁说的", "着火
// 了 是真的吗"): with the alarm's own words, a question about it.
var Doubts = []string{"谁说的", "是真的吗", "真的吗", "真的假的", "真的没", "真的啊"}

// HazardAsks ask, per hazard, how an emergency of it stands ("火灭了吗",
// "小龙找到了吗"): unlike its mere name (hazardNames), which ordinary
// questions share ("火车几点到", "这个病要住院吗").
var HazardAsks = map[village.Hazard][]string{
	village.HazardFire: {"灭了", "灭没", "灭掉", "扑灭", "火灭", "灭火", "火势", "火还", "火大", "火小", "还在烧", "烧到", "烧着",
		"明火", "烧得", "烧了多少", "烧没", "烟还"},
	village.HazardGas:     {"还漏", "漏气", "不漏", "漏没", "气味", "味道", "阀门", "关阀", "散了", "散没"},
	village.HazardFlood:   {"水退", "退了", "退没", "还淹", "淹到", "淹了", "进水", "水位", "涨水", "水漫", "排水", "抽水"},
	village.HazardMissing: {"找到", "找着", "找回", "回来了", "回来没", "回家了", "有消息", "下落"},
	village.HazardMedical: {"送医", "医院了", "抢救", "救过来", "醒了", "醒没", "伤得", "伤重", "伤势", "要紧", "人怎么样", "人咋样",
		// how the one hurt is: "李四的腿没事吧", "严重吗", "腿断了吗" (alarm75)
		"没事吧", "没事吗", "没事了吗", "严重吗", "严重不", "重不重", "还好吗", "断了吗", "断了没", "伤了吗", "伤着没",
		// who was hurt: "撞的是谁啊", "谁家的老人" (AsksWhoHurt, alarm108)
		"是谁", "谁家", "哪家", "认得不", "认识不"},
	village.HazardCrime:    {"抓到", "抓住", "抓着", "逮到", "逮住", "跑了", "破案"},
	village.HazardCollapse: {"救出", "压着", "压到", "挖出", "被压", "还塌"},
}

// emergencyAskingWords make words a question about an open emergency;
// so does a verb asked with 没有 after it ("人救出来没有": asksVerbNot).
var emergencyAskingWords = []string{"?", "？", "吗", "了没", "没事吧", "严重不", "重不重", "怎么样", "咋样", "什么情况", "啥情况", "到哪", "几时", "什么时候", "啥时候",
	"咋整", "怎么整", "咋回事", "怎么回事", "咋弄", "怎么弄", "咋搞", "怎么搞"}

// AsksEmergency reports whether text asks something, as a
// question about an open emergency would (emergencyAskingWords, or a verb
// asked with 没有).
func AsksEmergency(text string) bool {
	return ContainsAnyOf(text, emergencyAskingWords...) || asksVerbNot(text) || AsksWhoHurt(text)
}

// AsksWhoHurt reports whether text asks who was hurt, or guesses it
// aloud ("撞的是谁啊 知道不", "是不是老刘家那个在外打工刚回来的儿子", "谁家的
// 老人"): a question of a medical alarm's (HazardAsks), which the grid's
// cadres and the duty chat should hear, and its asker (maybe of the
// family) answered (alarm108). "是不是该扫雪了" guesses no one.
func AsksWhoHurt(text string) bool { return whoHurtRe.MatchString(text) }

var whoHurtRe = regexp.MustCompile(`是谁|谁家|哪家|哪个村|哪一家|认得不|认识不|知道是谁|是不是[^，。,.!！?？ ]{0,14}?(?:家|的)(?:[^，。,.!！?？ ]{0,12}?(?:儿子|闺女|女儿|孩子|娃|老人|老头|老太|媳妇|男人|爹|娘|爷|奶|哥|弟|姐|妹|侄|孙))?`)

// asksVerbNot reports whether text ends asking a verb with 没有 or 没 after
// it ("人救出来没有", "消防车到了没"), not saying none ("还没有", "一个都没有").
func asksVerbNot(text string) bool {
	text = strings.TrimRight(text, " ?？。.!！呢啊呀")
	before, ok := strings.CutSuffix(text, "没有")
	if !ok {
		before, ok = strings.CutSuffix(text, "没")
	}
	if !ok || before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return !strings.ContainsRune("还都也并从可就又再没", r)
}

var bareStatusWords = []string{"啥情况", "什么情况", "情况如何", "咋样", "怎么样", "怎样", "咋整", "怎么整", "咋回事", "怎么回事", "咋弄", "怎么弄",
	"咋搞", "怎么搞", "处理得"}

var bareFillers = []string{"现在", "目前", "眼下", "这会儿", "那边", "那头", "那里", "那儿", "那块", "现场", "到底", "究竟", "大家", "请问", "问一下",
	"了", "的", "呢", "啊", "呀", "哦", "啦", "嘛", "吗", "没有", "没", "还", "都", "?", "？", "，", ",", "。", "!", "！", " "}

// AsksBareStatus reports whether said (canonical) asks how things stand
// and names nothing else ("现在啥情况了", "那边咋整的", "怎么样了"): while an
// emergency is open in the grid, of it. A word left that names something
// ("那边咋走", "饭做好了没", "你家孩子考得怎么样了") makes it another
// question.
func AsksBareStatus(said string) bool {
	if !ContainsAnyOf(said, bareStatusWords...) {
		return false
	}
	return strings.TrimSpace(BlankWords(BlankWords(said, bareStatusWords), bareFillers)) == ""
}

// AsRaised lists reps (newest first) as they were raised: #R1, #R2.
func AsRaised(reps []village.Report) []village.Report {
	out := slices.Clone(reps)
	slices.Reverse(out)
	return out
}

// AskedItem is what a villager asking of an emergency hears of it: its
// status, its last 进展, who has it.
type AskedItem struct {
	R        *village.Report
	Work     *village.Entry
	Handlers []string
	// Alerted, for an emergency nobody confirmed, are whom it was
	// alerted to (Router.alerted): nobody is named as in charge of it.
	Alerted []string
}

// ClosedAsked is how long after an emergency's 办结 a question that
// names nothing ("怎么样了") is still of it.
const ClosedAsked = 2 * time.Hour

// CmpOrNames is names, or else when names is empty.
func CmpOrNames(names, orElse []string) []string {
	if len(names) > 0 {
		return names
	}
	return orElse
}

// hurtBy are, per hazard, the words of someone hurt by it: a burn, smoke
// breathed, at a fire; fainting or sick at a gas alarm; a head broken, blood, at a fight (a crime that is
// violence: understand.Violent).
var hurtBy = map[village.Hazard][]string{
	village.HazardCrime: {"打伤", "砍伤", "捅伤", "刺伤", "打破", "头破", "打出血", "流血", "出血", "见血", "被打", "打晕", "打昏", "受伤", "伤了"},
	// coal fumes: the faint, the dizzy, the sick of a CO alarm's home (alarm99)
	village.HazardGas:  {"晕", "昏", "叫不醒", "喊不醒", "头疼", "头痛", "恶心", "想吐", "吐了", "中毒", "熏", "呛", "喘不上气", "没反应", "不省人事", "抽搐"},
	village.HazardFire: {"烧伤", "烫伤", "被烧", "烧着人", "烧到人", "烧到了人", "烧死", "烧焦", "呛晕", "呛倒", "呛着", "呛昏", "熏晕", "熏倒", "熏昏", "吸了烟", "吸了好多烟", "烟呛"},
}

// HurtAt reports whether canon, a medical alarm's canonical words, tells
// someone was hurt the way an emergency of hazard h hurts: "有人被烧伤了"
// at a fire.
func HurtAt(canon string, h village.Hazard) bool {
	return ContainsAnyOf(canon, hurtBy[h]...)
}

// OwnKinRe finds the speaker's own kin: "我妈", "俺家老头".
var OwnKinRe = regexp.MustCompile(`(?:我|俺|咱)们?(?:家的?|的)?(?:` + village.KinWords + `)`)

// askFillers are the words a bare question of which number to call may
// hold beside numberAsks: "现在到底该打什么电话啊", "报警电话是多少".
var askFillers = []string{"请问", "大家", "谁知道", "有人知道", "知道", "现在", "到底", "我们", "咱们", "应该", "报警", "求助", "急救", "电话", "号码",
	"一下", "该", "要", "得", "咱", "我", "俺", "这", "那", "快", "急", "啊", "呀", "呢", "吧", "嘛", "的", "是", "个", "打", "拨",
	// a witness's "me too" before it: "我也闻到了 该怎么办"
	"也", "闻到", "看到", "看见", "听到", "听见", "了"}

// BareNumberAsk reports whether canon asks only which number to call or
// what to do ("该打什么电话", "怎么办啊", "我也闻到了 该怎么办"): nothing else is left of it
// without numberAsks and askFillers. "120是打哪个电话", "网格员电话多少",
// "火还没灭 该打什么电话" say more (the last is news: emergencyProgress).
func BareNumberAsk(canon string) bool {
	if strings.Contains(canon, "还是") {
		// "该打什么电话 110还是120": which of them is the question
		canon = BlankWords(canon, []string{"还是", "96110", "110", "119", "120", "122"})
	}
	return AsksNumber(canon) && !understand.HasContent(BlankWords(canon, numberAsks, askFillers))
}

// NumberItem is the steps (Number) of open emergencies, for numberAsked.
type NumberItem struct {
	Open   []village.Report
	Number string
}

// UnplacedWindow is how long after an officer raised an emergency whose
// place was not read his words naming a grid place it.
const UnplacedWindow = 2 * time.Hour

// WarningWords mark what the township's chats pass on to the villages,
// the commonest talk there of floods and fires: a warning or its end
// ("山洪预警解除了"), a forecast, a call to prepare ("请各村做好转移准
// 备"), a trend ("近期溺水事故多发 请加强巡查"). An officer's alarm
// names where it happens, now.
// A drill is not among them: "上次演练说着火要打119 现在真着火了" is an
// alarm, and the reader knows a drill told as one.
var WarningWords = []string{"预警", "预报", "解除", "各村", "做好", "防范", "加强", "近期", "多发", "排查"}

// GoneIn is what words heard at an open emergency told of someone going
// in after the one in danger the way its scene kills rescuers too
// (understand.GoesIn, GoingIn.Meets): who said it, his words, and whether
// the one who went in is down as well (Too). The watchdog's re-posts
// repeat it while nobody took the alarm on (alarm104).
type GoneIn struct {
	Who, Text string
	Too       bool
}

// GoneInOf is the latest GoneIn noted on rep (its villagers' words,
// HeardNote) that meets its scene sc, one telling a second one down
// before any other; ok is false when none was told.
func GoneInOf(rep village.Report, sc understand.Scene) (g GoneIn, ok bool) {
	for _, e := range slices.Backward(rep.History) {
		said, heard := strings.CutPrefix(e.Note, HeardNote)
		if e.Action != village.ActSaid || !heard {
			continue
		}
		goes := understand.GoesIn(understand.Hear(said))
		if !goes.Meets(sc) || ok && !goes.Too {
			continue
		}
		g, ok = GoneIn{Who: e.By, Text: said, Too: goes.Too}, true
		if goes.Too {
			break
		}
	}
	return g, ok
}

// AlarmScene is the scene of rep, an alarm whose words said are, with the
// count of people in danger the greatest told of it since as well (its
// villagers' words, HeardNote: 「下面有三个人」 at the cellar alarm,
// alarm106): the re-posts and the answers at its scene keep the count.
func AlarmScene(said understand.Said, rep village.Report) understand.Scene {
	sc := understand.SceneOf(said, rep.Hazard)
	told := []string{}
	for _, e := range rep.History {
		if s, heard := strings.CutPrefix(e.Note, HeardNote); heard && e.Action == village.ActSaid {
			told = append(told, s)
		}
	}
	if n := understand.CountTold(rep.Hazard, told...); understand.Outnumbers(n, sc.Count) {
		sc.Count = n
	}
	return sc
}
