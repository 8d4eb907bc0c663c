package words

import (
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// askOfNotice is one thing a villager asks of a notice (its time, place, what
// to bring, who may go, what it costs, what to do) and what in a notice's
// text tells it.
type askOfNotice struct {
	asks  []string       // words of a question that ask it
	holds *regexp.Regexp // what in a notice's clause tells it
	// asksRe asks it too, where a word alone would be too wide (几天
	// asks in 「要持续几天」, not in 「这几天好冷」)
	asksRe *regexp.Regexp
}

// asked reports whether question q asks k.
func (k askOfNotice) asked(q string) bool {
	return ContainsAnyOf(q, k.asks...) || k.asksRe != nil && k.asksRe.MatchString(q)
}

// clockSaid is a clock time or a part of a day ("9点", "8:30", "上午").
const clockSaid = `[0-9０-９一二三四五六七八九十两]+\s*[点時时](?:半|[0-9]+分?)?|[0-9]{1,2}\s*[:：]\s*[0-9]{2}|上午|下午|早上|中午|晚上|傍晚`

// asksOfNotice are the things asked of a notice that its text may tell. A
// question asks a kind when it holds one of its words; the notice tells it
// when one of its clauses matches holds. Kinds are tried in this order; a
// question may ask several ("几点去 要带什么").
var asksOfNotice = []askOfNotice{
	{ // the hour: a clock time or a part of the day, not a day alone
		asks:  []string{"几点", "几时", "几点钟"},
		holds: regexp.MustCompile(clockSaid),
	},
	{ // when it ends: an hour it runs to (「几点结束」 of 「上午9点」 is not told: notice70)
		asks:  []string{"结束", "到几点", "几点完", "几点散", "多晚"},
		holds: regexp.MustCompile(`(?:到|至|~|～|-|－|—)\s*(?:` + clockSaid + `)|(?:` + clockSaid + `)\s*(?:前|以前|之前)?(?:结束|截止)`),
	},
	{ // how long it lasts: a number of days, or a day it runs to (call112:
		// 「寒潮要持续几天」 was met with silence; 「多久」 was the day kind,
		// which a notice's 「明天起」 told)
		asks:   []string{"多久", "多长时间", "多少天", "几天结束", "到什么时候", "到啥时候", "到几号", "到哪天"},
		asksRe: regexp.MustCompile(`(?:^|[^这那前过好头十没再每隔])几天`),
		holds: regexp.MustCompile(`[0-9０-９一二三四五六七八九十两]+\s*天|(?:到|至|~|～|-|－|—)\s*(?:` + clockSaid + `)|(?:到|至)\s*(?:[0-9０-９一二三四五六七八九十]+\s*月)?\s*[0-9０-９一二三四五六七八九十]+\s*[日号]` +
			`|(?:到|至)\s*(?:周|星期|礼拜)[一二三四五六日天]|(?:[日号]|周[一二三四五六日天])\s*(?:前|以前|之前)?(?:结束|截止)`),
	},
	{ // the day: a day, a date, a weekday or an hour
		asks: []string{"什么时候", "啥时候", "啥时", "何时", "哪天", "哪一天", "几号"},
		holds: regexp.MustCompile(clockSaid + `|[0-9０-９一二三四五六七八九十]+\s*月\s*[0-9０-９一二三四五六七八九十]+\s*[日号]` +
			`|(?:周|星期|礼拜)[一二三四五六日天]|今天|明天|后天|今晚|明早|明晚`),
	},
	{ // the place
		asks: []string{"在哪", "去哪", "到哪", "哪里", "哪儿", "什么地方", "啥地方", "哪个地方", "地点"},
		holds: regexp.MustCompile(`村委会|村委|村部|委员会|服务中心|服务站|卫生院|卫生室|医院|诊所|广场|活动室|会议室|办公室|礼堂|大厅|` +
			`学校|小学|中学|幼儿园|政府|门口|村口|路口|大院|祠堂|文化站|党群`),
	},
	{ // what to bring
		asks:  []string{"带什么", "带啥", "要带", "带不带", "拿什么", "拿啥", "什么材料", "啥材料", "什么证件", "啥证件", "什么手续"},
		holds: regexp.MustCompile(`带|携带|持本人|材料|证件|身份证|户口本|复印件`),
	},
	{ // who may go or have it
		asks: []string{"谁可以", "谁能", "谁去", "哪些人", "什么人", "啥人", "都能", "都可以", "能去", "能不能去", "可以去",
			"能参加", "可以参加", "能领", "可以领", "能不能领"},
		holds: regexp.MustCompile(`[0-9０-９一二三四五六七八九十]+\s*周?岁|低保|五保|特困|残疾|脱贫|困难户|全体|所有|各户|每户|户主|` +
			`村民|居民|老人|儿童|学生|党员|对象|人员|家庭|妇女|农户`),
	},
	{ // what it costs or gives
		asks:  []string{"多少钱", "几块钱", "多少元", "要钱", "交钱", "收费", "收钱", "花钱", "免费吗", "给多少", "发多少", "补多少", "交多少"},
		holds: regexp.MustCompile(`[0-9０-９一二三四五六七八九十百千万]+\s*(?:元|块)|免费|收费|自费|不收`),
	},
	{ // what to do about it
		asks:  []string{"怎么办", "咋办", "怎么弄", "咋弄", "怎么整", "咋整"},
		holds: regexp.MustCompile(`提前|储水|蓄水|备水|存水|备好|注意|联系|咨询|电话|[0-9]{7,}`),
	},
}

// AskedKinds are the kinds (asksOfNotice) question q asks.
func AskedKinds(q string) []askOfNotice {
	var out []askOfNotice
	for _, k := range asksOfNotice {
		if k.asked(q) {
			out = append(out, k)
		}
	}
	return out
}

// resumes name the end of what a notice stops ("几点来水" of 停水): a
// question naming one is about a notice naming what it ends.
var resumes = map[string]string{"来水": "停水", "通水": "停水", "供水": "停水", "有水": "停水",
	"来电": "停电", "通电": "停电", "送电": "停电", "有电": "停电"}

// namesOnlyNotice reports whether every word question q names
// (topicWords, without what it asks) is in the notice's text, each of its
// characters (领补贴 of 领取冬季取暖补贴), or names the end of what it
// stops (来水 of 停水). "领补贴要带户口本吗" names 户口本 and "体检结果什么
// 时候出来" 结果, which the notice does not tell of: no question it answers.
func namesOnlyNotice(q, text string) bool {
	for _, w := range topicWords(q) {
		if !resumesIn(w, text) && strings.ContainsFunc(w, func(c rune) bool { return !strings.ContainsRune(text, c) }) {
			return false
		}
	}
	return true
}

// resumesIn reports whether w names the end of what text stops (resumes).
func resumesIn(w, text string) bool {
	for end, stop := range resumes {
		if strings.Contains(w, end) && strings.Contains(text, stop) {
			return true
		}
	}
	return false
}

// clauseSep split a notice into clauses.
var clauseSep = regexp.MustCompile(`[，,。；;！!？?\s]+`)

// shortNotice is the most runes a notice may have to be quoted whole.
const shortNotice = 60

// NoticeAnswer is what of notice n answers question q, asked at at: the
// notice as written (its days as dates, village DatedOn), whole when it is
// short, else the clauses that tell what is asked; ok is false when q
// asks nothing a notice tells (asksOfNotice), names something n does not
// (namesOnlyNotice), or n does not tell all it asks. Nothing is made up:
// only n's words are quoted.
func NoticeAnswer(q string, n village.Notice, at time.Time) (quote string, ok bool) {
	kinds := AskedKinds(q)
	if len(kinds) == 0 || !namesOnlyNotice(q, n.Text) {
		return "", false
	}
	var clauses []string
	for _, c := range clauseSep.Split(n.DatedOn(at), -1) {
		if c != "" {
			clauses = append(clauses, c)
		}
	}
	told := make([]bool, len(clauses))
	for _, k := range kinds {
		found := false
		for i, c := range clauses {
			if k.holds.MatchString(c) {
				told[i], found = true, true
			}
		}
		if !found {
			return "", false
		}
	}
	if utf8.RuneCountInString(n.Text) > shortNotice {
		var some []string
		for i, c := range clauses {
			if told[i] {
				some = append(some, c)
			}
		}
		clauses = some
	}
	return strings.Join(clauses, "，") + "。", true
}

// AsksNoticeText reports whether q asks what a notice says: it names 通知
// and asks what, and asks nothing a notice's text may answer by itself
// (askedKinds: "通知说什么时候领" is answered from it).
func AsksNoticeText(q string) bool {
	return strings.Contains(q, "通知") && ContainsAnyOf(q, "啥", "什么", "内容", "咋说", "怎么说") && len(AskedKinds(q)) == 0
}

// noticeTextWords are the words of a question about what a notice says
// that name no topic ("刚才发的通知说的啥").
var noticeTextWords = []string{"通知", "内容", "刚才", "刚刚", "上面", "群里", "今天", "昨天", "说的", "讲的", "写的", "发的",
	"说了", "讲了", "写了", "说", "讲", "写", "发"}

// NoticeTextAbout reports whether what question q about a notice's text
// names, beyond noticeTextWords, is what text is about ("停水的通知说的啥"
// of 明天停水), or it names nothing.
func NoticeTextAbout(q, text string) bool {
	for _, w := range noticeTextWords {
		q = strings.ReplaceAll(q, w, " ")
	}
	return len(topicWords(q)) == 0 || AboutNotice(q, text)
}

// NoticeGuard says which decisions made on a group's notices
// (gridNoticeOn) are committed by a change of the township's scope guarded
// by the read (turn.copies), and so may be made on this process's copy.
type NoticeGuard uint8

const (
	NoticeUnguarded    NoticeGuard = iota // none: the notices are read from Redis
	NoticeFoundGuarded                    // a notice found; that none fits is decided on a read of Redis
	NoticeGuarded                         // either
)

// correctionWords open or say a notice that corrects an earlier one.
var correctionWords = []string{"更正", "纠正", "改为", "改成", "改到", "调整为", "推迟", "延期", "延后", "提前到", "取消"}

// CorrectsNotice reports whether a notice's text corrects an earlier one.
func CorrectsNotice(text string) bool { return ContainsAnyOf(text, correctionWords...) }

// Answers reports whether notice n's text answers question q at at.
func Answers(q string, n village.Notice, at time.Time) bool {
	_, told := NoticeAnswer(q, n, at)
	return told
}

// PlainAsks ask who may go or have what a notice offers, or what to do,
// with no question word the reader knows ("谁可以领", "停电了咋办").
var PlainAsks = []string{"谁可以", "谁能", "谁去", "哪些人", "什么人", "啥人", "咋办", "咋整", "怎么办",
	// when and how long (call111: 「寒潮啥时候结束？」, 「寒潮几号结束啊」
	// after a cold-wave notice got no answer at all; 啥时候 is a question
	// word only once canonical, which the status asks' 咋样 must not be)
	"啥时候", "啥时", "几号", "几天", "多久", "多长时间"}

// questionFillers are the words of a question that name no topic: particles,
// pronouns, days and times, and what is asked of an event (when, where,
// what to bring, who may go, whether it costs).
var questionFillers = []string{
	"通知上说", "通知里说", "通知说", "通知上", "通知里", "通知",
	"请问", "问一下", "问下", "一下", "来着", "又是", "再说一遍", "再说一下", "那个", "这个", "大家", "我们", "你们", "他们", "咱们", "俺们",
	"什么时候", "啥时候", "几点钟", "几点", "几号", "哪天", "哪一天", "在哪里", "在哪儿", "在哪", "哪里", "哪儿", "什么地方", "啥地方",
	"带什么", "带啥", "要带", "带上", "需要", "能不能", "可不可以", "可以", "要不要", "是不是", "用不用", "多少钱", "多少", "几个人",
	"收费", "收钱", "要钱", "花钱", "免费", "开始", "结束", "截止", "报名", "参加", "一起", "陪着", "陪同", "本人", "都能", "都可以",
	"今天", "明天", "后天", "今晚", "明早", "上午", "下午", "晚上", "早上", "中午", "本周", "这周", "下周", "这个星期", "下个星期",
	"周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
	"什么", "怎么", "咋", "啥", "谁", "哪", "几", "吗", "么", "呢", "啊", "呀", "吧", "嘛", "哈", "了", "的", "得", "地",
	"我家", "你家", "他家", "她家", "俺家", "谁家", "家里", "能来", "要来", "过来",
	"我", "你", "他", "她", "俺", "要", "能", "都", "也", "还", "就", "是", "不", "没", "在", "和", "跟", "去",
}

// dateRe are dates and clock times in a question ("12月12日", "9点").
var dateRe = regexp.MustCompile(`[0-9０-９一二三四五六七八九十]+\s*(?:月|日|号|点半|点)`)

// nonTopicWords are what topicWords takes out of a question: what it asks
// (asksOfNotice) and questionFillers, the longest first, so that 在哪里 goes
// whole and leaves no 里 behind (「在哪里领」 names nothing).
var nonTopicWords = func() []string {
	var all []string
	for _, k := range asksOfNotice {
		all = append(all, k.asks...)
	}
	all = append(all, questionFillers...)
	slices.SortStableFunc(all, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	return all
}()

// topicWords are the runs of two or more Han characters left in a
// question once what it asks (asksOfNotice), questionFillers and dates are
// taken out: what it names.
func topicWords(q string) []string {
	q = dateRe.ReplaceAllString(q, " ")
	for _, w := range nonTopicWords {
		q = strings.ReplaceAll(q, w, " ")
	}
	var out []string
	for _, f := range strings.FieldsFunc(q, func(c rune) bool { return !unicode.Is(unicode.Han, c) }) {
		if len([]rune(f)) >= 2 {
			out = append(out, f)
		}
	}
	return out
}

// AboutNotice reports whether question q names what a notice's text is
// about: two Han characters in a row of what it names (topicWords: no
// day, particle or question word) are in the notice. "体检要空腹吗" is
// about 免费体检; "周六去赶集吗" is not about Saturday's 体检; "几点来水" is
// about 停水 (resumes).
func AboutNotice(q, text string) bool {
	for _, w := range topicWords(q) {
		if SharesBigram(w, text) || resumesIn(w, text) {
			return true
		}
	}
	return false
}

// AsksOnlyLogistics reports whether q asks when, where, what to bring,
// who may go or what it costs, and names nothing ("几点开始啊", "要带什么",
// "我妈能去吗"): said while a notice is open, it asks of the notice.
// "明天几点开会" names a meeting: only a notice of one answers it.
func AsksOnlyLogistics(q string) bool {
	return ContainsAnyOf(q, logisticsAsks...) && len(topicWords(q)) == 0
}

// logisticsAsks ask what a notice of an event tells: its time, place,
// what to bring, who may go, its cost.
var logisticsAsks = []string{"几点", "什么时候", "啥时候", "哪天", "几号", "在哪", "哪里", "哪儿", "什么地方", "啥地方",
	"带什么", "带啥", "要带", "能去", "能不能去", "可以去", "能参加", "可以参加", "谁去", "谁可以", "谁能", "哪些人", "什么人", "要钱", "收费", "多少钱", "免费吗"}
