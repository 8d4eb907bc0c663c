package understand

// A cadre's words on his work: what he has done, and what he only means
// to do. The handlers read them to take a matter on ("收到 马上去看"),
// to tell a 进展 from a 办结 ("下午就修好了" in the morning is a promise),
// and the handlers and the scheduler alike to show the township what
// the grid did apart from what it plans (village.Report.WorkAndPlan).

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/village"
)

// readWords say that a notice was read, as 收到 does: "已阅", "知道了".
var readWords = []string{"收到", "已阅", "阅", "已读", "知道了", "知道啦", "知道", "晓得了", "晓得啦", "晓得", "明白", "了解", "看到了", "知悉"}

// assentWords say yes: "好的", "行", "可以".
var assentWords = []string{"好", "好的", "好滴", "好啊", "好吧", "行", "行的", "行啊", "可以", "可以的", "嗯", "嗯呢", "要", "要的", "需要",
	"麻烦了", "ok", "okay"}

// ackFillers are what may stand around an acknowledgement ("好的 收到
// 👍") without changing it.
var ackFillers = []string{"好的", "好滴", "好嘞", "要得", "好", "嗯嗯", "嗯", "ok", "OK", "Ok", "明白", "已", "了", "啦",
	// thanks, for the reminder too ("好的 谢谢提醒"): the longer first
	"谢谢提醒", "感谢提醒", "多谢提醒", "谢谢", "谢谢了",
	"我们家", "我家", "咱家", "我们", "我",
	"👌", "👍", "🙏", "🌹", "[OK]", "[强]", "[抱拳]", "[握手]", " ", "，", ",", "。", ".", "！", "!", "~", "～", "、"}

// progressWords tell, in a handler's plain words, how a matter he took on
// goes: whom he reached, what he learnt, what is under way ("已经联系水厂
// 了 说是主管道爆了 明天中午前修好").
var progressWords = slices.Concat(underWayWords, []string{"已经联系", "已联系", "联系了", "联系过了", "已经通知", "已通知", "通知了", "打了电话", "打过电话",
	"已经报", "已报给", "报给", "反映给", "反映到", "说是", "正在修", "在修了", "正在处理", "在处理了", "已经派", "派人",
	"等配件", "等零件", "在等", "明天来修", "下午来修", "马上来修", "修了一半", "弄了一半", "修到一半", "还在修", "正在弄", "在弄了",
	// a visit made ("昨天去看过了"), a mediator's: "两家我都去过了 陈二答应把牛拴好"
	"答应", "去过了", "看过了", "谈过了", "谈好了", "说好了"})

// doneWords tell, in the past, that a matter is done ("修好了", "搞定了";
// not "明天修好"): that is for 办结, which asks the reporter to confirm,
// and which he says himself.
var doneWords = []string{"办结了", "修好了", "已修好", "修好啦", "搞定了", "弄好了", "已修复", "处理好了", "已处理好", "解决了", "已解决", "办好了", "已办好",
	"换好了", "装好了", "接好了", "清好了", "清理好了", "清理完了", "修完了", "处理完了", "弄完了", "已经好了",
	"挖通了", "疏通了", "疏通好了", "通好了", "维修好了", "整改好了", "安装好了", "铺好了", "砌好了", "清通了", "修通了", "打通了沟", "补好了", "堵好了", "焊好了", "焊上了", "填好了", "填平了", "换上了", "接上了", "装上了", "都处理了", "全处理了", "全部处理了", "都办了", "都弄了",
	// a ditch dredged, rubbish cleared: "水沟掏好了", "垃圾拉走了" (rep97)
	"掏好了", "掏通了", "掏完了", "掏干净了", "挖好了", "挖完了", "清干净了", "扫干净了", "清走了", "拉走了", "运走了",
	// a rubbish pool emptied: "垃圾池清完了", "垃圾都清运完了" (rep103)
	"清完了", "清运完了", "清运走了", "拉干净了",
	// winter's jobs: salt spread on ice, snow shovelled, a frozen pipe
	// thawed ("路上盐撒好了", "雪铲完了", "管子化开了 通水了": lead99)
	"撒好了", "撒完了", "铲完了", "铲好了", "铲干净了", "化开了", "通水了",
	// what was spread on the ice named ("东头那个坡撒了炉渣了 现在能走了":
	// rep112, was offered as a new report of his)
	"撒上了", "撒过了", "撒了炉渣", "撒了炉灰", "撒了盐", "撒了沙", "撒了渣", "撒了草木灰",
	// thawed with hot water, and it runs ("水管用热水浇开了 能出水了": rep108)
	"浇开了", "烫开了", "出水了",
	// a rutted way padded with stones or cinders before the New Year
	// ("陈二家门口的路垫好了", "石子拉过去垫平了": rep111)
	"垫好了", "垫平了", "垫上了",
	// a quarrel's: "调解好了 陈二赔100 牛拴好"
	"调解好了", "已调解好", "调解成了", "调解完了", "和解了", "握手言和"}

// ReadWords, AssentWords, AckFillers, ProgressWords and DoneWords are the
// word lists above, for the handlers' own readings of the same words
// (an acknowledgement of a notice, a 进展 said in plain words). The
// slices are shared but clipped: a caller's append copies them instead of
// writing into them.
func ReadWords() []string     { return slices.Clip(readWords) }
func AssentWords() []string   { return slices.Clip(assentWords) }
func AckFillers() []string    { return slices.Clip(ackFillers) }
func ProgressWords() []string { return slices.Clip(progressWords) }
func DoneWords() []string     { return slices.Clip(doneWords) }

// goingWords say that the speaker sets out to deal with a matter: "马上去看",
// "下午过去", "明天去修", "这就来".
var goingWords = []string{"去", "过来", "来看", "来修", "来处理", "看看", "看下", "看一下", "修", "处理", "安排", "联系", "到场", "到现场"}

// TellsGoing reports whether text has a word of setting out to a matter
// ("去看下", "过来"): what sending someone to it says.
func TellsGoing(text string) bool { return hasWord(text, goingWords) }

// handleWords say, after an acknowledgement or 马上 ("收到 马上办",
// "好的 我盯着", "知道了 下午打电话问问", "好的 我跟环卫站说一下"), that
// the speaker sees to a matter without going anywhere: he does it, asks,
// calls, tells whom it is for, follows it. Alone they may be of anything
// ("我问问大家", "办事处"); 办 only after a word of when or how ("马上办",
// not "办结").
var handleWords = slices.Concat(handleVerbs, []string{"马上办", "这就办", "立即办", "立刻办", "尽快办", "抓紧办", "赶紧办", "去办", "来办", "办一下", "办理",
	"盯", "问问", "问一下", "问下", "问一问", "打电话", "打个电话", "说一下", "说一声", "说下", "讲一下", "讲一声", "打招呼", "催", "核实", "了解一下", "查一下"})

// handleVerbs are what a cadre does about a matter from where he is: he
// reaches, arranges, follows it ("联系环卫", "协调一下", "跟进").
var handleVerbs = []string{"联系", "协调", "跟进", "落实", "对接", "沟通", "通知", "反映", "处理", "安排"}

// underWayWords tell that such handling is going on now ("正在联系",
// "在协调了", "还在跟进中"): how the matter stands, as progressWords do.
var underWayWords = func() []string {
	var all []string
	for _, v := range append(slices.Clone(handleVerbs), "办", "修", "弄", "问", "催", "找人", "想办法") {
		all = append(all, "正在"+v, "在"+v+"了", "在"+v+"中")
	}
	return all
}()

// fetchWords say, after an acknowledgement ("知道了 明天叫铲车来", "收到
// 下午找人弄"), that the speaker has someone come to a matter. Alone they
// may be of anything ("我来说两句").
var fetchWords = []string{"来", "叫", "找人", "弄"}

// soonWords open a cadre's answer that takes a matter on by themselves
// ("马上去", "这就过来"); words of reading (readWords) or assent
// (assentWords) open one before what he will do.
var soonWords = []string{"马上", "这就", "立即", "立刻"}

// wontGo say the speaker will not or cannot go: "收到 去不了".
var wontGo = []string{"不去", "去不了", "没空", "来不了", "不行", "没时间", "不归", "管不了", "不管", "不用", "不必", "不需要"}

// takingLeads are what a cadre's taking a matter on may open with, the
// longest first ("好的" before "好").
var takingLeads = func() []string {
	all := slices.Concat(readWords, assentWords, ackFillers, []string{"没问题"})
	slices.SortStableFunc(all, func(a, b string) int { return len(b) - len(a) })
	return all
}()

// laterWords put what a cadre will do off to a later time: no answer to
// an alarm, which is met now.
var laterWords = []string{"明天", "明早", "明儿", "后天", "下午", "晚上", "晚点", "过两天", "改天", "下周", "周末", "回头"}

// LaterWords reports whether text puts what it tells off to a later time
// by its words alone ("明天上午去调解", "回头再说"), whatever the hour.
func LaterWords(text string) bool { return hasWord(text, laterWords) }

// planWords say what one means to do: "准备约两家谈", "打算再去一趟".
var planWords = []string{"准备", "打算", "计划", "要去", "再去", "再约", "想办法", "争取"}

// arrangeWords tell of a meeting or a visit arranged ("约好了明天谈",
// "约了电工下午来"): with a time still to come, the arrangement is what
// he plans, not work done.
var arrangeWords = []string{"约好了", "约好", "约了", "约定了", "定好了", "已约", "已经约"}

// Arranges reports whether text, written at at, tells of a meeting or a
// visit its writer arranged for a time still to come ("两家我都约好了 明天
// 上午9点在村委会调解", "约了两家下午谈"): what he plans, a note on the
// matter he arranged it for. A question or a refusal is none.
func Arranges(text string, at time.Time) bool {
	return hasWord(text, arrangeWords) && (Later(text, at) || hasWord(text, laterWords)) &&
		!strings.ContainsAny(text, "?？吗") && !hasWord(text, wontGo)
}

// soonDone say that what doneWords tell is still to come.
var soonDone = []string{"快修", "快弄", "快处理", "快好", "快要", "快办", "很快", "尽快", "马上就", "就要", "预计", "争取", "估计", "待会", "等会", "一会儿", "晚点", "回头"}

// TakesOn reads text as a cadre's taking a matter on in plain words:
// an acknowledgement or an assent ("收到", "好的", "知道了") followed by
// what he will do and when ("马上去看", "我下午过去"), or that alone
// ("马上过去"), note being those words. A bare acknowledgement is no
// taking on here: in a group it may answer a notice. A question or a
// refusal ("收到 去不了") is none either.
func TakesOn(text string) (note string, ok bool) {
	if utf8.RuneCountInString(text) > 24 || strings.ContainsAny(text, "?？吗") {
		return "", false
	}
	s := strings.TrimSpace(text)
	lead := startsWithWord(s, soonWords)
	for cut := true; cut; {
		cut = false
		for _, w := range takingLeads {
			if rest, found := strings.CutPrefix(s, w); found {
				s, cut = rest, true
				lead = lead || slices.Contains(readWords, w) || slices.Contains(assentWords, w) || w == "没问题"
			}
		}
	}
	if !lead || !HasContent(s) || hasWord(s, wontGo) || !hasWord(s, goingWords) && !hasWord(s, fetchWords) && !hasWord(s, handleWords) {
		return "", false
	}
	return strings.TrimSpace(s), true
}

// PlansToGo reads a cadre's words on an item that say, with or without
// an acknowledgement first, what he will do about it ("我下午带药过去",
// "明天去修"): the note of taking it on. A question, a refusal, how the
// matter stands ("还没修好", "已经联系电工") or a long message is none.
func PlansToGo(text string) (note string, ok bool) {
	if note, ok := TakesOn(text); ok {
		return note, true
	}
	s := strings.TrimSpace(text)
	if utf8.RuneCountInString(s) > 24 || strings.ContainsAny(s, "?？吗没还已了") || !hasWord(s, goingWords) ||
		hasWord(s, []string{"不去", "不行", "不了", "去过", "看过"}) || hasWord(s, progressWords) || invites.MatchString(s) || workAsked.MatchString(s) {
		// "还没修好 明天再去", "已经联系电工": how it stands, not his taking it on
		return "", false
	}
	return s, true
}

// workAsked asks what there is to do ("今天有啥要处理的", "要处理哪些"):
// a cadre asking for his list, taking nothing on (lead107).
var workAsked = regexp.MustCompile(`有(?:啥|什么|哪些|哪几件|几件)(?:事|事情)?(?:要|需要|得)|(?:要|需要|得)(?:处理|办|做|干|跑)(?:的)?(?:哪些|哪几|啥|什么|几件)`)

// invites asks others to come to him ("明天俺家杀年猪 中午都过来吃杀猪菜啊",
// "大家来喝喜酒"): a cadre's invitation is no going of his (und89).
var invites = regexp.MustCompile(`(?:都|大家|你们|一起|一块)(?:过来|来)|(?:过来|来)(?:吃|喝|玩|坐|耍|聚|尝)`)

// takesUp matches a cadre's short first-person phrase taking up a matter
// that waits, with nothing else in it: "我去看看", "我马上去", "我来处理",
// "我去处理一下", "马上到". Either 我 or a word of now opens it, and
// either a going or a handling word follows; a bare "我去" or "我来" (an
// exclamation, or the start of anything) is none.
var takesUp = regexp.MustCompile(`^(?:我(?:这边|们)?(?:马上|这就|立即|立刻|立马|现在就|现在)?(?:去|来|过去|过来)(?:看看|看下|看一下|瞧瞧|处理|处理下|处理一下|办|解决|跟进|协调)|` +
	`我?(?:马上|这就|立即|立刻|立马|现在就)(?:就)?(?:去|来|过去|过来|到|赶过去)?(?:看看|看下|看一下|瞧瞧|处理|处理下|处理一下|办|解决|跟进|协调)?)` +
	`(?:一下|下)?[吧啊哈嘞。.!！~～ ]*$`)

// TakesUp reads text as a cadre's short first-person taking up of a
// matter that waits for him, unquoted and with no acknowledgement first
// ("我去看看", "我马上去", "我来处理", "马上到"): the note is the phrase.
// A question ("我去看看吗？"), a refusal ("我不去") or anything more is
// none; TakesOn reads the longer answers that open with 收到 or 好的.
func TakesUp(text string) (note string, ok bool) {
	s := strings.TrimSpace(text)
	if !takesUp.MatchString(s) || !hasWord(s, goingWords) && !hasWord(s, handleWords) && !strings.Contains(s, "到") {
		return "", false
	}
	return strings.TrimRight(s, "吧啊哈嘞。.!！~～ "), true
}

// Planned reports whether a cadre's note on his work, written at at,
// tells only what he means to do, not what was done: a visit he will make
// ("我明天上午再去一趟", "下午去看看那条沟": PlansToGo), anything put off
// to later or intended ("准备下周约两家到村委会谈"), a result promised for
// a time still to come ("下午就修好了" written in the morning: Later), or
// a meeting arranged for one ("约好了明天谈"). Work told with it ("两家我
// 都去过了 明天再约", "已经联系了电工 明天来修") is work: the township
// reading 已做 must not take a plan for a visit made, nor miss one made.
func Planned(note string, at time.Time) bool {
	if _, ok := PlansToGo(note); ok {
		return true
	}
	if hasWord(note, progressWords) {
		return false
	}
	later := Later(note, at)
	if !later && !hasWord(note, planWords) && !hasWord(note, laterWords) {
		return false
	}
	// what 了 tells may be the promise itself: the result of
	// "下午就修好了", the arranging of "约好了明天谈"
	rest := note
	if later {
		for _, w := range slices.Concat(doneWords, arrangeWords) {
			rest = strings.ReplaceAll(rest, w, " ")
		}
	}
	return !strings.ContainsAny(rest, "了已过") && !hasWord(rest, doneWords)
}

// resultWords are doneWords without what puts them in the past ("修好",
// "解决"): a result, done or still to come.
var resultWords = func() []string {
	var all []string
	for _, w := range doneWords {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "已经"), "已")
		if w = strings.TrimRight(w, "了啦"); utf8.RuneCountInString(w) > 1 && !slices.Contains(all, w) {
			all = append(all, w)
		}
	}
	return all
}()

// Promises reports whether note, written at at, promises a result for a
// time still to come, with or without 了: "明天就能修好", "下午就弄好了",
// "后天处理好".
func Promises(note string, at time.Time) bool {
	return hasWord(note, resultWords) && Later(note, at)
}

// Later reports whether note, written at at, puts what it tells after at:
// on a day after that day ("明天就修好了", "12月6日修好了"), at a time of
// that day still to come ("下午就修好了" in the morning, "3点修好" at
// 10:00), or soon ("快修好了", "马上就好了").
func Later(note string, at time.Time) bool {
	if hasWord(note, soonDone) {
		return true
	}
	if day, ok := village.DayNamed(note, at); ok {
		today := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, at.Location())
		if !day.Equal(today) {
			return day.After(today)
		}
	}
	start, ok := hourNamed(note)
	return ok && start > at.Hour()
}

// partsOfDay are the parts of a day a note may name, with the hour each
// begins, the longer first where one holds another ("今晚" before "晚").
var partsOfDay = []struct {
	word  string
	start int
}{
	{"凌晨", 0}, {"一早", 6}, {"早上", 6}, {"早晨", 6}, {"今早", 6}, {"上午", 8}, {"中午", 12}, {"午饭后", 13}, {"下午", 13}, {"傍晚", 17},
	{"今晚", 18}, {"晚上", 18}, {"今夜", 20}, {"夜里", 20},
}

// clockHour is an hour of the clock: "3点", "下午三点", "15点".
var clockHour = regexp.MustCompile(`(下午|晚上|傍晚)?\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*点`)

// hourNamed is the hour a note names of its day: a clock hour ("下午3点",
// "3点": a bare hour before 7 is the afternoon's, no one mends a lamp at
// 3 in the night; a bare "一点" is "a little"), else the hour the part of
// day it names begins.
func hourNamed(note string) (hour int, ok bool) {
	for _, m := range clockHour.FindAllStringSubmatch(note, -1) {
		if m[1] == "" && m[2] == "一" {
			continue // "好一点了": a little, no hour
		}
		if h, ok := hourNumber(m[2]); ok && h <= 24 {
			if h < 12 && (m[1] != "" || h < 7) {
				h += 12
			}
			return h, true
		}
	}
	first := -1
	for _, p := range partsOfDay {
		if i := strings.Index(note, p.word); i >= 0 && (first < 0 || i < first) {
			first, hour, ok = i, p.start, true
		}
	}
	return hour, ok
}

// hourNumber reads an hour written in digits or in Chinese ("3", "十一").
func hourNumber(s string) (int, bool) {
	n := 0
	digits := true
	for _, r := range s {
		if r < '0' || r > '9' {
			digits = false
			break
		}
		n = n*10 + int(r-'0')
	}
	if digits {
		return n, s != ""
	}
	numerals := map[rune]int{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10, true
	case len(rs) == 1:
		v, ok := numerals[rs[0]]
		return v, ok
	case len(rs) == 2 && rs[0] == '十':
		v, ok := numerals[rs[1]]
		return 10 + v, ok
	case len(rs) == 2 && rs[1] == '十':
		v, ok := numerals[rs[0]]
		return v * 10, ok
	case len(rs) == 3 && rs[1] == '十':
		a, oka := numerals[rs[0]]
		b, okb := numerals[rs[2]]
		return a*10 + b, oka && okb
	}
	return 0, false
}

// hasWord reports whether s holds any of words.
func hasWord(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}

// startsWithWord reports whether s opens with any of words.
func startsWithWord(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(s, w) })
}

// barePlanLeads are what may open a plan that names nothing it is about
// (BarePlan): an acknowledgement, who goes, when, in what order; the
// longer first where one opens another ("明早" before "明").
var barePlanLeads = []string{"收到", "好的", "好嘞", "好", "嗯", "行", "我们", "我", "俺", "咱",
	"今天", "今儿", "明天", "明儿", "明早", "后天", "今晚", "晚上", "上午", "下午", "中午", "早上", "一早",
	"一会儿", "一会", "等会儿", "等会", "待会儿", "待会", "马上", "这就", "立即", "立刻", "现在", "回头", "晚点", "过两天",
	"就", "再", "先", "抽空", "尽快", "抓紧"}

// barePlanGoes are the going, and barePlanWorks the work, such a plan
// tells ("去修", "过去看看"), the longer first.
var (
	barePlanGoes  = []string{"过去", "过来", "去", "来"}
	barePlanWorks = []string{"看一下", "看一看", "看看", "看下", "瞧瞧", "处理一下", "处理下", "处理", "修一下", "修修", "修理", "维修", "修",
		"弄一下", "弄弄", "弄", "换一下", "换", "拉一下", "拉走", "拉", "清理一下", "清理", "清一下", "清", "掏一下", "掏", "收拾一下", "收拾", "解决"}
)

// BarePlan reports whether text is a cadre's plan to go (PlansToGo) that
// names nothing it is about, no thing, place nor person: only who goes,
// when, and to do what ("明天上午去修", "我下午过去看看", "收到 明天去处
// 理一下"). Such words fit any open item he might go to alike; "明天我去看
// 看我妈" or "明天去修路灯" name what they are about, and are none.
func BarePlan(text string) bool {
	if _, ok := PlansToGo(text); !ok {
		return false
	}
	s := strings.TrimRight(strings.TrimSpace(text), "吧啊哈嘞呢。.!！~～ ")
	for cut := true; cut; {
		cut = false
		s = strings.TrimLeft(s, "，,、 ")
		for _, w := range barePlanLeads {
			if rest, found := strings.CutPrefix(s, w); found {
				s, cut = rest, true
				break
			}
		}
	}
	goes, works := false, false
	for _, w := range barePlanGoes {
		if rest, found := strings.CutPrefix(s, w); found {
			// a bare 去 or 来 ("我去", "明天去") is any errand
			s, goes = rest, utf8.RuneCountInString(w) > 1
			break
		}
	}
	for _, w := range barePlanWorks {
		if rest, found := strings.CutPrefix(s, w); found {
			s, works = rest, true
			break
		}
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "一下"), "下")
	return (goes || works) && s == ""
}

// WontGo reports whether text says its writer will not or cannot go or
// see to a matter ("去不了", "不归我管"): no taking of it on.
func WontGo(text string) bool { return hasWord(text, wontGo) }
