package words

import (
	"gridbot/understand"
	"gridbot/village"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// FreshWindow is how long after it was filed a report waits to be taken
// on by a cadre's unquoted "收到 马上去": past it, the bare words may mean
// anything said since.
const FreshWindow = 6 * time.Hour

// NotTold reports whether rep is not a procedure question the bot
// answered (Report.ProcedureAnswered): one to take on.
func NotTold(rep village.Report) bool { return !rep.ProcedureAnswered() }

// sceneWords tell that a cadre is at an emergency or has called for
// help to it.
var sceneWords = []string{"我到了", "我已到", "已经到了", "人到了", "到现场", "在现场", "赶到了", "已赶到", "报了警", "已报警",
	"打了119", "打了120", "打了110", "打过119", "打过120", "打过110", "叫了救护车", "救护车来了", "救护车到了", "消防车来了", "消防车到了"}

// arrivedLeads open a cadre's word that he has reached the scene, said
// first: "到了，正在组织大家打水", "刚到 火挺大", "我们到了". Said later in
// a message "到了" is as likely of something else ("消防车还没到了吗"): only
// sceneWords count there (and so, said first too: "我已到", "人到了").
var arrivedLeads = []string{"到了", "刚到", "已到", "我到", "我们到", "我刚到", "我们刚到", "俺到", "俺们到", "赶到", "我们已到"}

// AtScene reports whether text tells that the speaker is at an emergency
// or has called for help to it (sceneWords), or opens with his arrival
// (arrivedLeads).
func AtScene(text string) bool {
	s := strings.TrimLeft(text, " \u3000")
	return ContainsAnyOf(text, sceneWords...) || StartsWithAny(s, arrivedLeads...) && !ContainsAnyOf(s, "到时候", "到了没", "到了吗")
}

// onTheWayWords tell that a cadre sets out for an emergency and is not
// there yet: "在路上了", "马上到", "正在赶过去".
var onTheWayWords = []string{"在路上", "马上到", "马上过去", "马上来", "这就去", "这就过去", "赶过去", "正赶过去", "出发了", "我过去了", "我来了", "快到了"}

// hurries tells, in a cadre's words, that he hurries there: "正往那边赶",
// "往现场赶", "赶去了", "在赶来的路上".
var hurries = regexp.MustCompile(`往(?:那边|这边|那|这|现场|村里|你家|他家|她家)?赶|赶(?:过去|过来|去|来|到)`)

// OnTheWay reports whether text says the speaker is on his way to an
// emergency (onTheWayWords, hurries, headingThere), and not that he will
// not go.
func OnTheWay(text string) bool {
	return (ContainsAnyOf(text, onTheWayWords...) || hurries.MatchString(text) || headingThere.MatchString(text)) && !ContainsAnyOf(text, "去不了", "来不了", "过不去", "不去", "赶不")
}

// SendWords open a leader's sending someone: "让王五去看看", "叫王五去".
var SendWords = []string{"让", "叫", "请", "麻烦", "@"}

// SendsTo reads words sending someone isName accepts to a matter ("让王五
// 去看看", "@王五 去看看", "王五你去看下"): the names of those sent, more
// than one when joined ("让马红梅和何志强去看看", sentTogether), and what
// they are to do. A refusal or another errand ("王五你明天去镇里开会") is
// none.
func SendsTo(text string, isName func(string) bool) (names []string, note string, ok bool) {
	_, s := CutTopic(cutAssent(strings.TrimLeft(strings.TrimSpace(text), " \u2005,，:：")))
	when, s := cutSendWhen(s)
	name, width := LeadingName(trimSendWords(s), isName)
	seen := ""
	if name == "" {
		// "看了，坑挺大的，我让王五找人来填"
		if seen, s = CutSeen(s); seen != "" {
			name, width = LeadingName(trimSendWords(s), isName)
		}
	}
	if name == "" {
		return nil, "", false
	}
	s = trimSendWords(s)
	names, rest := sentTogether(name, s[width:], isName)
	rest = strings.TrimLeft(rest, " \u2005,，:：")
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(rest, "你们"), "你"), " ,，")
	if !ContainsAnyOf(rest, SeeToWords...) && !ContainsAnyOf(rest, FetchErrands...) && !sentErrand(rest) ||
		ContainsAnyOf(rest, "不去", "不用", "别去", "不要", "开会", "会议", "培训", "镇里", "镇上", "领", "交") {
		return nil, "", false // "王五你明天去镇里开会": not this matter
	}
	if seen != "" {
		rest = seen + "，" + rest // "看了，坑挺大的，找人来填": what he saw is told too
	}
	return names, when + rest, true
}

// sentTogether is first and the names isName accepts joined to it at the
// start of rest ("和何志强去看看", "、王五一起去"), each once, and the words
// after them.
func sentTogether(first, rest string, isName func(string) bool) (names []string, after string) {
	names = []string{first}
	for {
		joined := strings.TrimLeft(rest, " \u2005")
		cut := false
		for _, j := range []string{"和", "跟", "与", "同", "还有", "、", ",", "，"} {
			if joined, cut = strings.CutPrefix(joined, j); cut {
				break
			}
		}
		if !cut {
			return names, rest
		}
		name, width := LeadingName(strings.TrimLeft(joined, " \u2005@"), isName)
		if name == "" {
			return names, rest // "王五和我去看看": he goes with the leader
		}
		joined = strings.TrimLeft(joined, " \u2005@")
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
		rest = joined[width:]
	}
}

// trimSendWords trims the send words opening s ("让王五去看看").
func trimSendWords(s string) string {
	for _, w := range SendWords {
		s = strings.TrimPrefix(s, w)
	}
	return s
}

// cannotGo say the speaker cannot go himself ("我下午开会去不了，让何志强
// 去看看吧"): a hand-over (handsOver), not what he saw.
var cannotGo = []string{"不了", "没空", "没时间", "不在家", "不在村"}

// FetchErrands are what a leader sends a cadre to do by fetching someone
// to a matter: "我让王五找人来填".
var FetchErrands = []string{"找人"}

// CutSeen cuts off s what a leader says he saw before the clause sending
// someone ("看了，坑挺大的，我让王五找人来填"): those words, and the
// clause from its send word on ("让王五找人来填"); "" and s when no later
// clause opens with a send word (sendWords, after an optional 我).
func CutSeen(s string) (seen, sent string) {
	for i, r := range s {
		if i == 0 || !strings.ContainsRune(" \u2005,，。;；", r) {
			continue
		}
		after := strings.TrimLeft(s[i:], " \u2005,，。;；")
		if after == "" || !StartsWithAny(strings.TrimPrefix(after, "我"), SendWords...) {
			continue
		}
		if seen = strings.TrimRight(s[:i], " \u2005,，。;；"); seen != "" && !ContainsAnyOf(seen, cannotGo...) {
			return seen, strings.TrimPrefix(after, "我")
		}
	}
	return "", s
}

// NamedAfter reads a bare name after the item's number ("确认 #R1 王五",
// "确认 #R1 王五负责") as whom the leader gives it to, as 指派 would:
// his name and the words after it; ok false when other words follow it
// ("确认 #R1 张三说得对").
func NamedAfter(note string, isName func(string) bool) (name, rest string, ok bool) {
	s := strings.TrimLeft(strings.TrimSpace(note), " \u2005,，:：@")
	name, width := LeadingName(s, isName)
	if name == "" {
		return "", "", false
	}
	rest = strings.Trim(s[width:], " \u2005,，:：。.!！")
	if rest != "" && !StartsWithAny(rest, "负责", "来负责", "去办", "来办", "办理") {
		return "", "", false
	}
	return name, rest, true
}

// SeeToWords say what a leader sends a cadre to do about a matter: see to
// it ("去看下", "过去处理一下", "跟进"), mediate it ("去协调一下").
var SeeToWords = []string{"看看", "看下", "看一下", "去看", "过去", "处理", "去修", "修一下", "跟进", "问问", "问一下", "到现场", "去现场", "联系", "协调", "调解"}

// topicLead is what a leader may say first of the matter he sends
// someone to: "陈二的事 王五你去协调一下", "这事让王五去看看".
var topicLead = regexp.MustCompile(`^(?:([^\s,，:：。的事]{1,6})的事(?:情|儿)?|[这那](?:个|件)?事(?:情|儿)?)[\s,，:：]*`)

// CutTopic cuts topicLead off s: whose matter it names ("陈二" of "陈二的
// 事", "" of "这事"), and the words after it; s itself when none leads.
func CutTopic(s string) (topic, rest string) {
	m := topicLead.FindStringSubmatchIndex(s)
	if m == nil || m[1] == len(s) {
		return "", s
	}
	if m[2] >= 0 {
		topic = s[m[2]:m[3]]
	}
	return topic, s[m[1]:]
}

// ProgressWords and doneWords: how a matter a handler took on goes, and
// that it is done (understand.ProgressWords, understand.DoneWords).
var ProgressWords, DoneWords = understand.ProgressWords(), understand.DoneWords()

// SafeguardWords tell what a handler did meanwhile to keep people safe
// from a matter, its 进展 as progressWords are: "井盖那边放了警示牌了",
// "先用木板盖上了", "用绳子围起来了".
var SafeguardWords = []string{"放了警示", "立了警示", "插了警示", "警示牌", "拉了警戒", "围起来了", "围上了", "拦起来了", "先盖上", "临时盖", "盖上了"}

// NotDoneYet say that a matter said done is not done yet: 「还差一个灯
// 泡」, 「还没修好」. Only such words are of an item whose 办结 waits on
// its reporter.
var NotDoneYet = []string{"还没", "还差", "没修好", "没弄好", "没办完"}

// notYetWords deny what follows: "还没修好", "没解决".
var notYetWords = []string{"没", "未", "不"}

// SaysCall reports whether text tells of a phone call: names one, or its
// outcome (outcomeAt's 通了, 没接), not a thing cleared through (clearedOut).
func SaysCall(text string) bool {
	if ContainsAnyOf(text, "电话", "回访") {
		return true
	}
	at, _, _ := OutcomeAt(clearedOut.ReplaceAllString(text, ""))
	return at >= 0
}

// clearedOut is a thing cleared through ("沟挖通了", "管子疏通了"): work
// done, not a call got through (outcomeAt's 通了).
var clearedOut = regexp.MustCompile(`[挖疏掏捅冲]通`)

// UpWords say a matter is beyond the village: it is for 上报镇, which
// its handler sends himself.
var UpWords = []string{"报到镇", "报镇里", "报给镇", "报镇上", "上报镇", "镇上解决", "镇里解决", "镇里协调", "镇上协调", "镇里来", "镇上来",
	"找镇里", "找镇上", "找镇政府", "请镇里", "让镇里", "镇里出面", "镇上出面",
	"村里解决不了", "村里没钱", "村里管不了", "村里没办法", "交给镇"}

// QuarrelTalk are words that speak of a matter as a quarrel between
// people: its two sides, its settling or sticking, paying for it.
var QuarrelTalk = slices.Concat(BothSides, settlingWords, settledWords, StuckWords,
	[]string{"他俩", "他们俩", "他们两个", "两人", "和解", "达成", "赔"})

// SplitQuarrels parts reps into the quarrels (mediation items) and the
// others, each in its order.
func SplitQuarrels(reps []village.Report) (quarrels, others []village.Report) {
	for _, rep := range reps {
		if rep.Type == village.Mediation {
			quarrels = append(quarrels, rep)
		} else {
			others = append(others, rep)
		}
	}
	return quarrels, others
}

// ResultOf is what the 办结 (fixed) or other command shown to a cadre
// for his words text is to carry: his words, unless they only say it is
// done as a command would ("办结了", "已办结"), which tells the reporter
// nothing: then
// where the result goes.
func ResultOf(text string, fixed bool) string {
	if fixed && !understand.HasContent(strings.Trim(BlankWords(text, []string{"已经办结了", "已办结", "办结了"}), " ，,。!！")) {
		return "办理结果"
	}
	return ShortText(text)
}

// StuckWords tell, in a mediator's words, that a quarrel is stuck: the
// parties will not give way ("两家都不让步", "谈不拢", "僵住了"). Said of
// one not yet sent up, 上报镇 is offered with its 进展.
var StuckWords = []string{"不让步", "不肯让", "不相让", "谈不拢", "谈不下来", "谈崩", "僵住", "僵持", "调不下来", "调解不下来", "都不同意",
	"不松口", "不肯退让", "说不通", "谈不通", "不肯和解"}

// LastTold is when the handlers of rep last heard of it from the bot in
// private beyond its steps: news of what it waits for, its reporter's
// saying it again, an overdue reminder.
func LastTold(rep village.Report) time.Time {
	last := rep.WaitNewsAt
	for _, at := range []time.Time{rep.RepeatedAt, rep.RemindedAt} {
		if at.After(last) {
			last = at
		}
	}
	return last
}

// ProgressWindow is how long after an item was last touched its handler's
// words with no number are taken for its progress.
const ProgressWindow = 3 * 24 * time.Hour

// lastRunes is the last n runes of s.
func lastRunes(s string, n int) string {
	rs := []rune(s)
	return string(rs[max(0, len(rs)-n):])
}

// AskedAt is when rep, waiting to be taken on, was last put to its grid:
// filed, or the overdue reminder's @ to its leader (请尽快受理), which a
// cadre's "收到 今天联系环卫" soon after answers as he would its filing.
func AskedAt(rep village.Report) time.Time {
	if rep.RemindedAt.After(rep.CreatedAt) {
		return rep.RemindedAt
	}
	return rep.CreatedAt
}

// BareNumbers reads the reports' numbers without their letter that start
// a message ("#6 ", "6号", "6 ", "10号11号 ", "10、11号", "#4 #5 "), and
// the words after them. ok is false when the message starts with no
// such number: a number glued to what follows ("6我去看", "12月2号") is
// none.
func BareNumbers(text string) (nums []int, rest string, ok bool) {
	m := bareLeads.FindString(text)
	if m == "" {
		return nil, "", false
	}
	if last, _ := utf8.DecodeLastRuneInString(m); unicode.IsDigit(last) && !strings.Contains(m, "#") && !strings.Contains(m, "号") {
		return nil, "", false // "6我去看": the number is not set off
	}
	for _, d := range bareDigits.FindAllString(m, -1) {
		n, err := strconv.Atoi(d)
		if err != nil || n <= 0 {
			return nil, "", false
		}
		nums = append(nums, n)
	}
	return slices.Compact(nums), strings.TrimSpace(text[len(m):]), true
}

var bareLeads = regexp.MustCompile(`^(?:(?:#\s*[0-9]{1,6}|[0-9]{1,6}\s*号?)(?:\s*[、,，和跟]\s*|\s+|$)?)+`)

var bareDigits = regexp.MustCompile(`[0-9]{1,6}`)

// GoesToSee is all a cadre says after an item's bare number when he takes
// it on: that he (and when) goes or comes to see to it ("我去看", "我来",
// "马上去看下", "下午过去", "上午我去看看"), nothing about anywhere else.
var GoesToSee = regexp.MustCompile(`^(?:(?:收到|好的)[\s，,]*)?(?:我|俺)?(?:今天|下午|上午|中午|晚上|明天|明早|后天|过两天|改天|回头|晚点|马上|这就|现在|待会|等会|一会)?(?:我|俺)?[就再]?(?:去|来|过去|过来)` +
	`(?:看|看看|看下|看一下|瞧瞧|处理|处理下|修|弄|办|跟|跟进)?(?:一下)?[了吧啊呀。！!~～]*$`)

// BothSides name the two sides of a quarrel ("我下午去两家看看"): a
// mediator going to them goes to the group's quarrel.
var BothSides = []string{"两家", "双方", "两户", "两边"}
