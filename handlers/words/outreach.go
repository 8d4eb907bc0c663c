package words

import (
	"gridbot/understand"
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

const (
	VNotice Verb = "通知"
	VAck    Verb = "收到"
	VCall   Verb = "回访"
	VPause  Verb = "等待"
)

// outreachVocab are the words of notices, acknowledgements, call logs and
// pausing an item.
var outreachVocab = map[string]Verb{
	"通知": VNotice, "发通知": VNotice, "紧急通知": VNotice,
	"收到": VAck, "已收到": VAck, "收到了": VAck,
	"回访": VCall, "电话回访": VCall, "回访记录": VCall, "我的回访": VCall, // alone: the calls still his (myCalls)
	"回訪": VCall, "回放": VCall, "会访": VCall, "回防": VCall, "回方": VCall, // typed in haste: see callTypos
	"等待": VPause, "等待村民": VPause, "暂停": VPause,
}

// NoticeAudience is whom a 通知 is for, as its first words say.
type NoticeAudience struct {
	Officer bool   // sent by a township officer or an admin (else a grid leader)
	Scope   string // the place its first words name, "" for none
	Text    string // its words after the scope
	// cadres says it is for the cadres of the scope, privately, not for
	// the households
	Cadres bool
	Groups []string // the groups of the scope (of the default scope when it names none)
	// named says the scope names groups; choices are the places it may
	// be, when several
	Named   bool
	Choices []string
}

// audienceWords address a notice to the cadres of its scope rather than
// to the households: "网格员", "全镇网格员", "各村网格长", "网格干部".
var audienceWords = []string{"网格员和网格长", "网格长和网格员", "网格长、网格员", "网格员、网格长", "各位网格员", "全体网格员", "所有网格员",
	"各网格员", "网格员们", "网格干部", "村干部", "网格员", "网格长", "干部"}

// cadresInText are words of a notice's text that address the cadres as
// its audience ("全镇网格员到镇政府开会"), unlike a mere mention of them
// ("有困难请联系网格员").
var cadresInText = []string{"全镇网格员", "全体网格员", "所有网格员", "各位网格员", "各网格员", "各村网格员", "全镇网格长", "全体网格长",
	"各网格长", "各村网格长", "全体村干部", "各村干部", "网格员开会", "网格长开会", "网格员会议", "网格员培训"}

// CadresInWords is the first of cadresInText in text; "" for none.
func CadresInWords(text string) string {
	for _, w := range cadresInText {
		if strings.Contains(text, w) {
			return w
		}
	}
	return ""
}

// CutAudience splits a scope word that ends with an audience word
// ("全镇网格员") into the scope ("全镇", "" for the default) and true.
func CutAudience(word string) (scope string, ok bool) {
	for _, a := range audienceWords {
		if s, found := strings.CutSuffix(word, a); found {
			s = strings.TrimSuffix(strings.TrimSuffix(s, "的"), "各")
			return strings.TrimSuffix(s, "各村"), true
		}
	}
	return word, false
}

// CutAudienceHead cuts an audience word that opens the text after the
// scope ("三组 网格员：明天开会"): the text without it, and true.
func CutAudienceHead(text string) (rest string, ok bool) {
	text = strings.TrimSpace(text)
	for _, a := range audienceWords {
		if r, found := strings.CutPrefix(text, a); found && (r == "" || strings.ContainsRune(" :：,，", []rune(r)[0])) {
			return strings.TrimLeft(r, " :：,，"), true
		}
	}
	return text, false
}

// OwnGridWords name the sender's own grid as a notice's scope: a leader's
// 「通知 本组 周六上午打扫村道」.
var OwnGridWords = map[string]bool{"本组": true, "我组": true, "我们组": true, "本网格": true, "本组网格": true, "本群": true}

// NoticeSeparators part the scope words of a notice to several places.
const NoticeSeparators = "、,，/和"

// ScopeLike is a word that names a grid or a village, known or not.
var ScopeLike = regexp.MustCompile(`^[\p{Han}0-9]{1,6}(组|村|网格|社区|镇)$`)

// ackFillers are what people put around 收到: "好的收到", "收到收到",
// "ok收到", "👌收到", "收到了，谢谢", and who answers: "我家收到了" (one
// of a household answers for it).
var ackFillers = understand.AckFillers()

// ReadWords say that a notice was read, as 收到 does: "已阅", "知道了".
// A bare "好的" or 👌 is no answer to a notice unless it quotes it (see
// isAssent) or comes soon after it (assentFor): in a group it answers
// anyone.
var ReadWords = understand.ReadWords()

// AssentFor is how long after a notice is posted a villager's bare "好的"
// in the group, quoting nothing, still answers it: later it more likely
// answers someone else.
const AssentFor = 3 * time.Hour

// IsAck reports whether text is just 收到 (or another of readWords, once
// or more) among fillers. Longer sentences that merely contain it
// ("我收到一个诈骗电话", "收到了吗", "不知道") are not acknowledgements.
func IsAck(text string) bool {
	return slices.ContainsFunc(ReadWords, func(w string) bool { return JustSaid(text, w, ackFillers) })
}

// IsAssent reports whether text is only what people put around 收到
// ("好的", "好", "👌", "OK"): an answer to the notice it quotes.
func IsAssent(text string) bool { return text != "" && JustSaid(text, "", ackFillers) }

// ackSeparators end the acknowledgement that opens a longer answer to a
// notice: "收到，我会转告我爸", "好的知道了 我带奶奶去". Without one
// ("收到一个诈骗电话") the read word is part of a sentence.
var ackSeparators = []string{" ", "，", ",", "。", ".", "！", "!", "~", "～", "、", "了", "啦"}

// AckLead splits an answer that opens with an acknowledgement ("好的知道了")
// from what follows it. ok is false when text does not open with one of
// readWords ended by one of ackSeparators.
func AckLead(text string) (rest string, ok bool) {
	s := strings.TrimLeftFunc(text, unicode.IsSpace)
	for cut := true; cut; {
		cut = false
		for _, f := range ackFillers {
			if r, found := strings.CutPrefix(s, f); found && !slices.ContainsFunc(ReadWords, func(w string) bool { return strings.HasPrefix(s, w) }) {
				s, cut = r, true
			}
		}
	}
	w := slices.IndexFunc(ReadWords, func(w string) bool { return strings.HasPrefix(s, w) })
	if w < 0 {
		return "", false
	}
	word := ReadWords[w]
	s = s[len(word):]
	if !strings.HasSuffix(word, "了") && !strings.HasSuffix(word, "啦") &&
		!slices.ContainsFunc(slices.Concat(ackSeparators, ReadWords), func(sep string) bool { return strings.HasPrefix(s, sep) }) {
		// "收到一个诈骗电话" is no acknowledgement; "收到收到，…" is
		return "", false
	}
	for cut := true; cut; {
		cut = false
		for _, f := range append(ackSeparators[:len(ackSeparators):len(ackSeparators)], ReadWords...) {
			if r, found := strings.CutPrefix(s, f); found {
				s, cut = r, true
			}
		}
	}
	return s, true
}

// AckTail splits an answer that ends with an acknowledgement after an
// aside ("我家老人不在家 收到", "我爸不在家，收到了") into the aside; ok is
// false unless a separator (ackSeparators, not 了/啦) stands between them:
// "他说没收到" ends with no acknowledgement.
func AckTail(text string) (aside string, ok bool) {
	s := strings.TrimRight(text, " 。.！!~～了啦")
	for _, w := range ReadWords {
		before, found := strings.CutSuffix(s, w)
		if !found {
			continue
		}
		aside = strings.TrimRight(before, " ，,。.！!~～、")
		if aside != before && aside != "" {
			return aside, true
		}
	}
	return "", false
}

// ChainLine is a numbered line of a 接龙 ("1. 张三 收到", "2、陈二家 已阅").
var ChainLine = regexp.MustCompile(`^\s*\d{1,3}\s*[.、．:：)）]?\s*(.*)$`)

// GeneralAsk is the category of an approval question that names no
// procedure ("要带户口本不"): after a 收到, a question about the notice.
const GeneralAsk = "政策咨询"

// AckTurns turn from the acknowledgement to the sender's own matter:
// "知道了 但是…", "收到，不过…".
var AckTurns = []string{"但是", "但", "不过", "可是", "只是", "就是"}

// QuotedNoticeRe finds the notices a quoted bot message names as it
// ends one ("…（#N3）").
var QuotedNoticeRe = regexp.MustCompile(`#(N\d+)）`)

// AnsweredSince is the earliest a notice a bare 收到 still answers at now
// (village.Notice.Answerable) can have been posted.
func AnsweredSince(now time.Time) time.Time {
	return now.Add(-max(village.Notice{}.RelayFor(), village.Notice{Urgent: true}.RelayFor()))
}

// RelayedSince is the earliest a notice still passed on by phone at now
// (village.Notice.Relayed, at most RelayMax after it went out) can have
// been posted.
func RelayedSince(now time.Time) time.Time {
	return now.Add(-max(village.RelayMax, village.Notice{}.RelayFor(), village.Notice{Urgent: true}.RelayFor()))
}

// DutyWords tell, besides progressWords, of an alarm being dealt with.
var DutyWords = []string{"已安排", "安排了", "已派", "到现场", "已经到了", "人到了", "赶过去", "赶到", "出发了", "在路上", "抢修", "已报警", "报了警",
	"打了119", "打了120", "打了110", "叫了救护车", "消防车"}

// MissRepeat: a 未接通 logged this soon after the last one of the task is
// the same try sent again, not another.
const MissRepeat = time.Hour

// CallWell are what a worker says of how an elder is, having reached her
// ("人挺好", "身体都好"), without an outcome word.
var CallWell = []string{"人挺好", "人很好", "人都好", "人没事", "人还好", "身体挺好", "身体很好", "身体还好", "身体好",
	"身体都好", "都挺好", "老人挺好", "精神不错", "一切正常", "都平安"}

// AllWell reports whether every clause of note says only that she is
// well ("身体挺好", "挺好的，没啥事"): a log that tells nothing new.
func AllWell(note string) bool {
	clauses := strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(CallSeps, r) })
	return len(clauses) > 0 && !slices.ContainsFunc(clauses, func(c string) bool {
		if _, need := needIn(c); need {
			return true
		}
		return !ContainsAnyOf(c, CallWell...) && !ContainsAnyOf(c, "挺好", "很好", "都好", "还好", "还行", "还可以", "没事", "没啥事") && !understand.Reassures(c)
	})
}

// PhoneTrouble are what a call note says of the phone itself ("手机没电了"):
// why the call did not do, no problem of the elder's to report.
var PhoneTrouble = []string{"手机没电了", "手机没电", "电话没电了", "电话没电", "没信号", "信号不好", "信号差",
	// a phone broken is why no call got through, no need of hers (call102:
	// "坏了" tells one of what else breaks in her home)
	"手机摔坏了", "手机坏掉了", "手机坏了", "电话坏掉了", "电话坏了"}

// WithoutPhoneTrouble is note without what it says of the phone itself.
func WithoutPhoneTrouble(note string) string {
	for _, w := range PhoneTrouble {
		note = strings.ReplaceAll(note, w, "")
	}
	return strings.Trim(note, CallSeps)
}

// CallLater are what a worker says to put a call off ("今天没空 明天打",
// "还没呢 等天晴了再打", "等她儿子回来再说").
var CallLater = []string{"明天打", "明天再打", "晚点打", "晚些打", "等会打", "等会儿打", "回头打", "改天打", "下午打",
	"晚上打", "再打", "没空", "没时间", "来不及", "没打", "还没有打", "还没呢", "回来再说", "再说吧", "明天再说", "改天再说", "过两天"}

// NotYet are a worker's whole answer to his call reminder, quoting it,
// that he has not phoned yet ("还没").
var NotYet = []string{"还没", "没呢", "没有", "还没有"}

// callWhen say when a call or visit was made ("下午", "刚才").
var callWhen = []string{"今天", "刚才", "刚刚", "上午", "下午", "中午", "早上", "晚上", "昨天"}

// callLeads are what may come before the outcome word of a call note
// without a name ("刚打通了", "下午打通了", "今天打了 没接").
var callLeads = []string{"电话", "今天", "刚才", "刚刚", "刚", "已经", "上午", "下午", "中午", "早上", "晚上", "昨天", "刚才", "打了", "打过",
	"又", "还是", "也", "一直", "都", "好几次", "几次", "两次", "三次", "两遍", "一次", "一遍",
	// where, after her name ("奶奶那边打通了", "奶奶家去看了")
	"那边", "这边", "那头", "家里", "家"}

// WithoutCallLeads is what comes before a call note's outcome word without
// callLeads and separators, at either end: "" when it is no more than
// them ("下午打通了"), else what is left, which may name the elder at its
// start ("奶奶今天打了 没接" leaves 奶奶).
func WithoutCallLeads(s string) string {
	return cutRepeatedly(s, callLeads, strings.Trim, strings.CutSuffix)
}

// cutRepeatedly is s without words and callSeps, cut (at one end, or
// trimmed at both) for as long as one is there.
func cutRepeatedly(s string, words []string, trim func(s, cutset string) string, cut func(s, word string) (string, bool)) string {
	for again := true; again; {
		again = false
		s = trim(s, CallSeps)
		for _, w := range words {
			if rest, ok := cut(s, w); ok {
				s, again = rest, true
			}
		}
	}
	return s
}

// EndOfName is the one of names (those a worker phones) that ends in
// lead, of two characters or more ("奶奶" for 王奶奶), or "".
func EndOfName(names []string, lead string) string {
	found := ""
	for _, n := range names {
		if utf8.RuneCountInString(lead) >= 2 && strings.HasSuffix(n, lead) {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// PhoneWords say a note is about phoning: with no call open, only such a
// note is answered as a call's (call.none).
var PhoneWords = []string{"打", "电话", "没人接", "没接", "接通"}

// CallJustReminded is how long after a call reminder a worker's note
// without a name is about the one call it named.
const CallJustReminded = 12 * time.Hour

// callJustLogged is how long after he logged a try on a call a worker's
// note without a name is about that call.
const callJustLogged = 2 * time.Hour

// MaxCallNote bounds the private notes read as about a call without a
// name: longer ones are told as usual.
const MaxCallNote = 40

// JustCalled is the call a note without a name is about: the one open, or
// the one of them reminded within callJustReminded before at.
func JustCalled(open []village.Call, at time.Time, by string) (village.Call, bool) {
	if len(open) == 1 {
		return open[0], true
	}
	// the one he just logged a try on: "去她家看了 屋顶漏雨" after "王奶奶
	// 电话打了 没人接" is about 王奶奶, however many he still has to phone
	var last *village.Call
	for i, c := range open {
		if c.LoggedBy == by && !c.LoggedAt.After(at) && at.Sub(c.LoggedAt) < callJustLogged &&
			(last == nil || c.LoggedAt.After(last.LoggedAt)) {
			last = &open[i]
		}
	}
	if last != nil {
		return *last, true
	}
	var found []village.Call
	for _, c := range open {
		if !c.RemindedAt.IsZero() && !c.RemindedAt.After(at) && at.Sub(c.RemindedAt) < CallJustReminded {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		return village.Call{}, false
	}
	return found[0], true
}

// IsCallLog reports whether args start with name and then how the call
// went ("高秀英 打通了，身体挺好"; not "高秀英说她没接到电话").
func IsCallLog(args, name string) bool {
	rest, ok := strings.CutPrefix(args, name)
	rest = strings.TrimLeft(rest, CallSeps)
	rest, _ = cutAnswerer(rest) // "白凤兰 她儿子接的"
	return ok && slices.ContainsFunc(callOutcomes, func(o callOutcome) bool {
		return slices.ContainsFunc(o.words, func(w string) bool { return strings.HasPrefix(rest, w) })
	})
}

// CalleeChoice is one of the people a call log's name fits: how to write
// her alone, and her phone's last digits that tell her apart.
type CalleeChoice struct {
	Key, PhoneTail string
}

// PlainNote is a call note without its spacing and punctuation: a note
// retyped ("身体挺好" as "身体挺好。") is the same note.
func PlainNote(note string) string {
	return strings.Join(strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(CallSeps+ClauseCuts, r) }), "")
}

// CallTypos are 回访 mistyped: the traditional character, and what the
// pinyin input method offers for huifang.
var CallTypos = []string{"回訪", "回放", "会访", "回防", "回方"}

// UnreachedTold is p's call task last closed unreached and reported to the
// township office (【联系不上】), when no call to her got through since.
func UnreachedTold(all []village.Call, p village.Person) (village.Call, bool) {
	var lost village.Call
	for _, c := range all {
		if c.PersonKey == p.Key() && c.Status == village.CallUnreached && c.ClosedAt.After(lost.ClosedAt) {
			lost = c
		}
	}
	if lost.ClosedAt.IsZero() {
		return lost, false
	}
	for _, c := range all {
		if c.PersonKey == p.Key() && c.Outcome != "" && c.Outcome != village.OutcomeMissed && c.LoggedAt.After(lost.ClosedAt) {
			return lost, false
		}
	}
	return lost, true
}

// SharesWords reports whether note and text share two Han characters in a
// row, beyond the words that say a notice was passed on ("转告", "通知",
// "知道"): whether a call's note names what the notice is about.
func SharesWords(note, text string) bool {
	for _, w := range relayWords {
		note = strings.ReplaceAll(note, w, " ")
	}
	rs := []rune(note)
	for i := 0; i+1 < len(rs); i++ {
		if unicode.Is(unicode.Han, rs[i]) && unicode.Is(unicode.Han, rs[i+1]) && !slices.Contains(relayFillers, string(rs[i:i+2])) &&
			strings.Contains(text, string(rs[i:i+2])) {
			return true
		}
	}
	return false
}

// relayFillers are words of a relay note that name no notice: what is
// said around the relay, and the days and times many notices share.
var relayFillers = []string{"通知", "知道", "她说", "他说", "老人", "已经", "一下", "说了", "电话", "已通",
	"今天", "明天", "后天", "今晚", "明晚", "上午", "下午", "晚上", "早上", "中午",
	"屋里", "家里", "屋头", "院里"} // 「屋里冷」 is no notice's 「不要在屋里烧炭」 (call99)

// RelayedCall reads a call log that says only that a notice was passed
// on ("回访 石德贵 已转告 大风降温", the notice follow-up's own words
// without 已通): passed on by phone, the call got through. note keeps the
// relay words, which say which notices the household heard.
func RelayedCall(args string) (name, note string, ok bool) {
	name, rest, _ := strings.Cut(strings.TrimLeft(args, CallSeps), " ")
	name, rest = strings.Trim(name, CallSeps), strings.TrimLeft(rest, CallSeps)
	for _, w := range []string{"已转告", "转告了", "已转达", "转达了", "已告知", "告知了", "通知到了"} {
		if name != "" && strings.HasPrefix(rest, w) {
			return name, rest, true
		}
	}
	return "", "", false
}

// relayWords say that a call passed a notice on.
// "跟她说了" is the worker's own telling, never what she said.
var relayWords = slices.Concat([]string{"转告", "转达", "传达", "告诉她了", "告诉他了", "告诉了", "已告知", "告知了", "通知到", "已通知", "通知了", "说知道", "知道了", "她知道", "他知道",
	"跟她说了", "跟他说了", "和她说了", "和他说了", "跟她讲了", "跟他讲了", "跟老人说了", "跟她说过了", "跟他说过了"}, kinRelayWords())

// kinRelayWords say the worker told her family, who answered or whom she
// is staying with ("通知都跟她女儿说了", "跟她儿子讲了"): passed on, as to her
// (call100: 王奶奶 at her daughter's, the daughter told, was not counted).
func kinRelayWords() []string {
	var out []string
	for _, lead := range []string{"跟她", "跟他", "和她", "和他", "给她", "给他", "跟"} {
		for _, kin := range []string{"女儿", "闺女", "儿子", "儿媳", "媳妇", "孙子", "孙女", "外孙", "外孙女", "家里人", "家人", "老伴"} {
			for _, said := range []string{"说了", "讲了", "说过了"} {
				out = append(out, lead+kin+said)
			}
		}
	}
	return out
}

// relayContrast starts what an elder said beyond the relay ("已转告，但是屋顶漏雨").
var relayContrast = []string{"但是", "不过", "另外", "还说", "但"}

// RelayNote reports whether a call note confirms a relayed notice, and
// what else it says: the clauses that confirm no relay, and the words
// after a contrast within one that does ("已转告，她家屋顶漏雨了", "已转告
// 但是屋顶漏雨"), which may be the elder's own report. "不知道" is no
// confirmation.
func RelayNote(note string) (relayed bool, rest string) {
	var kept []string
	for _, c := range strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(" ，。,.!！?？；;：:、\n", r) }) {
		if !ContainsAnyOf(strings.ReplaceAll(c, "不知道", ""), relayWords...) {
			kept = append(kept, c)
			continue
		}
		relayed = true
		for _, w := range relayContrast {
			if _, after, ok := strings.Cut(c, w); ok && after != "" {
				kept = append(kept, after)
				break
			}
		}
	}
	if !relayed {
		return false, note
	}
	rest = strings.Join(kept, "，")
	for _, w := range relayContrast {
		rest = strings.TrimPrefix(rest, w)
	}
	return true, rest
}

var NoticeRe = regexp.MustCompile(`#\s*[Nn]\s*([0-9]{1,9})`)

// BareNoticeRe is a notice named without its # at the start of a
// command's arguments: "N3", "n3".
var BareNoticeRe = regexp.MustCompile(`^[Nn]\s*([0-9]{1,9})(?:$|[^0-9A-Za-z])`)

// noticeQueryWords are what a cadre writes after 通知 when he asks who
// has answered rather than announces something.
var noticeQueryWords = []string{"未回复", "没回复", "没回", "谁没回复", "谁没回", "谁还没回复", "谁还没回", "回复情况",
	"收到情况", "没收到", "谁没收到", "未收到", "谁没收到"}

// NoticeQuery reads the text of a 通知 that is a question about answers:
// "未回复", "#N1", "#N1 谁没回". id is the notice named, empty for the
// latest. A notice with any other words is a notice, even one naming an
// earlier notice ("#N1 的停水改到后天").
func NoticeQuery(text string) (id string, ok bool) {
	if m := NoticeRe.FindStringSubmatchIndex(text); m != nil {
		id = "N" + text[m[2]:m[3]]
		text = text[:m[0]] + text[m[1]:]
	} else if m := BareNoticeRe.FindStringSubmatchIndex(text); m != nil {
		id = "N" + text[m[2]:m[3]]
		text = text[m[3]:]
	}
	text = strings.Trim(text, " \u3000?？。.!！，,")
	if text == "" {
		return id, id != ""
	}
	return id, slices.Contains(noticeQueryWords, text)
}

// NoticeAsks are how a cadre asks the bot in a sentence to send a notice:
// "通知一下三组，后天停水", "帮我发个通知给各村：周六打疫苗".
var NoticeAsks = []string{"帮我发个通知", "帮我发一下通知", "帮忙发个通知", "帮我发条通知", "帮我通知一下", "帮忙通知一下", "帮我通知",
	"帮忙通知", "发个通知", "发一下通知", "发条通知", "通知一下", "通知下"}

// remindAsks are how a grid's cadre asks the bot, mid-sentence, to pass
// a reminder to everyone in the group ("这几天零下十度 提醒大家烧炭取暖注意
// 通风"), each with what it becomes in the notice's text: a 提醒 turns
// into 请大家, a 跟大家说 leaves nothing.
var remindAsks = []struct{ ask, says string }{
	{"帮我提醒一下大家", "请大家"}, {"帮忙提醒一下大家", "请大家"}, {"帮我提醒大家", "请大家"}, {"帮忙提醒大家", "请大家"},
	{"提醒一下大家", "请大家"}, {"提醒下大家", "请大家"}, {"提醒大家", "请大家"},
	{"帮我跟大家说一下", ""}, {"跟大家说一下", ""}, {"跟大家说下", ""}, {"帮我告诉大家", ""}, {"告诉大家", ""}, {"通知大家", ""},
}

// RemindAsked is text without the words asking the bot to remind everyone
// (remindAsks: "这几天零下十度 提醒大家烧炭取暖注意通风" is "这几天零下十度
// 请大家烧炭取暖注意通风"); ok is false when it asks no such thing.
func RemindAsked(text string) (body string, ok bool) {
	return remindCut(text, true)
}

// RemindSaid is text without the words asking the bot to remind everyone,
// nor what they become in a notice: what the sender tells of
// ("最近村里丢了两只鸡 提醒大家晚上锁好门" is "最近村里丢了两只鸡
// 晚上锁好门"), read as any message; ok as for RemindAsked.
func RemindSaid(text string) (said string, ok bool) {
	return remindCut(text, false)
}

// remindCut cuts the first of remindAsks out of text, with what it
// becomes in a notice put in its place when says.
func remindCut(text string, says bool) (string, bool) {
	for _, a := range remindAsks {
		if before, after, found := strings.Cut(text, a.ask); found {
			put := a.says
			if !says {
				before, put = strings.TrimRight(before, " ：:，,"), " "
			}
			return strings.Trim(before+put+strings.TrimLeft(after, " ：:，,"), " ：:，,。"), true
		}
	}
	return "", false
}

// Everywhere are the words for all of a sender's groups: a township
// officer's 全镇, a grid leader's 全村.
var Everywhere = []string{"各村", "各个村", "所有村", "每个村", "各组", "各个组", "所有组", "每个组", "各网格", "大家"}

// MayAskNotice reports whether w may ask who answered a notice: township
// officers and admins, grid leaders and workers.
func MayAskNotice(w village.Person) bool {
	return w.Has(village.RoleOfficer) || w.Has(village.RoleAdmin) || w.Has(village.RoleLeader) || w.Has(village.RoleWorker)
}

// NoticeLines is how many households without a 收到 a grid's line names.
const NoticeLines = 10

// NoticeRow is one grid's answers to a notice.
type NoticeRow struct {
	Grid         string
	Answered, Of int
	Paid         int      // of Answered, who said they paid (a payment notice's, call101)
	Pending      []string // household names, at most noticeLines
	MorePending  int
}

// NoticePhones counts, per worker, the calls that pass a notice on.
type NoticePhones struct {
	Worker string
	N      int
}

// NoticeElders counts, for 查 #N of a severe-weather warning whose calls
// were made, the elders without WeChat it phones (Of) and those whose
// call passed it on (Reached).
type NoticeElders struct {
	Reached, Of int
}

// MayCall reports whether w may log calls to p: a leader or worker of
// p's grid, or p's 责任网格员.
func MayCall(w, p village.Person) bool { return w.Tends(p.Village, p.Grid) || p.CaredBy(w) }

// callOutcome is an outcome of a call and the words that say it.
type callOutcome struct {
	outcome string
	words   []string
}

// callOutcomes are the ways grid workers write how a call went.
var callOutcomes = []callOutcome{
	{village.OutcomeMissed, []string{"未接通", "没接通", "没打通", "没接", "没人接", "无人接听", "打不通", "没通", "未通", "未接",
		"关机", "停机", "空号", "占线", "不在服务区", "号码不对", "号码错了", "号码有误"}},
	// "她儿子接的": someone of her home answered, who passes it on
	// typed in haste: 已同, 以通, 打同 (the input method's homophones)
	{village.OutcomeReached, []string{"已通", "通了", "接通", "已接通", "打通", "打通了", "已联系", "联系上", "接了", "接的",
		"已同", "以通", "打同"}},
	{village.OutcomeVisited, []string{"上门", "走访", "已上门", "入户", "家访", "到家里", "去看了", "去看过", "看过了", "去过了",
		"去她家看了", "去他家看了", "到她家看了", "到他家看了", "去她家看过", "去他家看过", "去家里看了", "去家里看过", "去家看了"}},
}

// callFillers are what workers put between the name and how the call
// went ("石德贵打了没人接", "白凤兰电话关机", "石德贵我去看了").
var callFillers = []string{"的电话是", "电话是", "的号码是", "号码是", "的号码", "打了好几次", "打了几次", "打了两次", "打了三次", "打了两遍", "打了电话", "打了", "打过", "打电话",
	"的电话", "电话", "手机", "那边", "这边", "家里", "家", "我们", "我", "又", "再", "还是", "也", "一直", "今天", "刚才", "刚刚", "刚",
	"上午", "中午", "下午", "晚上", "一次", "一遍", "了", "都"}

// callAnswererRe is who of an elder's home may answer her phone, named
// after her name and before how the call went ("白凤兰 她儿子接的",
// "白凤兰她闺女接的", "老人的女婿接的"): any kin word (village.KinWords),
// as kinOfHerRe names hers, so that no list of them leaves one out
// (闺女 was, call102). The call got through to her home; the note keeps
// who answered.
var callAnswererRe = regexp.MustCompile(`^(?:她|他|老人)?(?:家的|家|的)?(?:大|二|三|小)?(?:家里人|家人|` + kin + `)`)

// cutAnswerer is rest without one of her home who answered at its start
// (callAnswererRe), and whether there was one.
func cutAnswerer(rest string) (string, bool) {
	m := callAnswererRe.FindString(rest)
	if m == "" {
		return rest, false
	}
	return strings.TrimLeft(rest[len(m):], CallSeps), true
}

// visitVerbs, after "去王奶奶家", say the worker went to see her.
var visitVerbs = []string{"看过了", "看过", "看了", "看望了", "看看", "坐了坐", "走了一趟"}

// NameBeforeOutcome reads a call log whose name isName takes is followed,
// glued, by filler words and then an outcome word ("石德贵打了两次没人接"),
// or by the phone call and what she said ("给王奶奶打过电话了，她说…",
// which is 已通), or that follows going to her home ("去王奶奶家看了",
// 上门): the name, and the text from the outcome on. ok is false
// otherwise ("王奶奶说她没接到电话": 说 is no filler).
func NameBeforeOutcome(s string, isName func(string) bool) (name, rest string, ok bool) {
	s = strings.TrimSpace(s)
	lead := cutRepeatedly(s, dialLeads, strings.TrimLeft, strings.CutPrefix)
	led := lead != s && StartsWithAny(lead, "给", "去", "到")
	if led {
		s = lead // "刚给王奶奶打了电话 …", "今天去白凤兰家看了 …"
	}
	if after, cut := strings.CutPrefix(s, "给"); cut && strings.Contains(after, "打") {
		s = after // "给王奶奶打了电话，…", "给王奶奶打过了 …"
	}
	went := false
	for _, w := range []string{"去", "到"} {
		if after, cut := strings.CutPrefix(s, w); cut && strings.Contains(after, "家") {
			s, went = after, true // "去王奶奶家看了，…"
			break
		}
	}
	rs := []rune(s)
	for n := min(4, len(rs)); n >= 2; n-- {
		name = string(rs[:n])
		if !isName(name) {
			continue
		}
		rest = strings.TrimLeft(string(rs[n:]), CallSeps)
		filled := false
		for trimmed := true; trimmed; {
			trimmed = false
			for _, f := range callFillers {
				if after, cut := strings.CutPrefix(rest, f); cut {
					rest, trimmed, filled = strings.TrimLeft(after, CallSeps), true, true
					break
				}
			}
		}
		if at, _, _ := OutcomeAt(rest); filled && at == 0 {
			return name, rest, true
		}
		if note, ok := dialledNote(string(rs[n:])); ok {
			if at, _, _ := OutcomeAt(note); at < 0 || ElderSaid(note) != note || answeredByHome(note) {
				// "白凤兰打过了 她说要办高龄补贴", "给王奶奶打了电话 挺好",
				// "王奶奶打过了 她孙子接的": he phoned her and tells what
				// she said, no miss: 已通, the note keeps who answered
				return name, strings.TrimSpace(village.OutcomeReached + " " + note), true
			}
		}
		if went && filled {
			for _, v := range visitVerbs {
				if led && !strings.ContainsAny(v, "了过") {
					continue // "下午去王奶奶家看看": when, then what he will do
				}
				if after, cut := strings.CutPrefix(rest, v); cut {
					return name, strings.TrimSpace(village.OutcomeVisited + " " + strings.TrimLeft(after, CallSeps)), true
				}
			}
		}
		if filled && strings.HasPrefix(strings.TrimLeft(string(rs[n:]), CallSeps), "家") {
			// "石德贵家我去了 人没事": her home, then he went
			for _, v := range []string{"去了", "去过", "去看了"} {
				if after, cut := strings.CutPrefix(rest, v); cut {
					return name, strings.TrimSpace(village.OutcomeVisited + " " + strings.TrimLeft(after, CallSeps)), true
				}
			}
		}
		if said := ElderSaid(rest); filled && said != rest && strings.Contains(string(rs[n:]), "电话") {
			// "给王奶奶打了电话，她说最近头晕": she answered the phone
			return name, village.OutcomeReached + " " + rest, true
		}
	}
	return "", s, false
}

// WellLogs rewrites a message that logs several calls, one after the
// other, where a part names one isName takes and says only that she is
// well, with no outcome word ("王奶奶挺好 石德贵没接"): that part is
// reached (已通), as the note of several calls says of the others. ok
// is false, and args returned as they are, unless every part starts with
// a name and another part tells how its call went.
func WellLogs(args string, isName func(string) bool) (string, bool) {
	var logs []string
	for _, part := range strings.FieldsFunc(args, func(r rune) bool { return strings.ContainsRune(CallSeps+"\n", r) }) {
		if n, _ := LeadingName(part, isName); n != "" || len(logs) == 0 {
			logs = append(logs, part)
		} else {
			logs[len(logs)-1] += "，" + part
		}
	}
	if len(logs) < 2 {
		return args, false
	}
	logged, well := false, false
	for i, l := range logs {
		n, _ := LeadingName(l, isName)
		if n == "" {
			return args, false
		}
		if StartsCallLog(l, isName) {
			logged = true
			continue
		}
		rest := strings.TrimLeft(strings.TrimPrefix(l, n), CallSeps)
		if !AllWell(rest) {
			return args, false
		}
		logs[i], well = n+" "+village.OutcomeReached+" "+rest, true
	}
	if !logged || !well {
		return args, false
	}
	return strings.Join(logs, "，"), true
}

// MistypedName is the one of names (those a worker phones) that name, of
// three characters or more and not itself one of them, mistypes: the
// same length, one character off ("石德桂" for 石德贵); "" for none or
// several.
func MistypedName(names []string, name string) string {
	if utf8.RuneCountInString(name) < 3 || slices.Contains(names, name) {
		return ""
	}
	found := ""
	for _, n := range names {
		if village.OneCharOff(name, n) {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// answeredByHome reports whether note starts with one of her home who
// answered her phone ("她孙子接的 说挺好").
func answeredByHome(note string) bool {
	after, ok := cutAnswerer(note)
	if !ok {
		return false
	}
	at, _, outcome := OutcomeAt(after)
	return at == 0 && outcome == village.OutcomeReached
}

// dialLeads may come between a name and the words that say he phoned her
// ("白凤兰我今天已经打过了", "王奶奶那边我打过了": call109, what she said
// after it was filed as his own report).
var dialLeads = []string{"的", "我", "已经", "今天", "刚才", "刚刚", "刚", "上午", "中午", "下午", "晚上", "昨天", "也", "都", "又", "那边", "这边", "那头"}

// dialled are the words that say he phoned her, without how it went
// ("打过了", "电话打了"), the longer of two that start alike first.
var dialled = []string{"打过电话了", "打了电话了", "打过电话", "打了电话", "打电话了", "电话已经打过了", "电话已经打了", "电话打过了",
	"电话打了", "电话打过", "打了好几次", "打了几次", "打了两次", "打了三次", "打了两遍", "打过了", "打过", "打了"}

// dialledNote reads what follows an elder's name as him saying he phoned
// her ("打过了 她说要办高龄补贴", "我今天打过电话了"): the words after it,
// which must be set apart from it or nothing ("打了孙子" is no call; "打
// 了吗" asks).
func dialledNote(s string) (note string, ok bool) {
	s = cutRepeatedly(s, dialLeads, strings.TrimLeft, strings.CutPrefix)
	for _, d := range dialled {
		after, found := strings.CutPrefix(s, d)
		if !found {
			continue
		}
		note = strings.TrimLeft(after, CallSeps)
		return note, after == "" || note != after
	}
	return "", false
}

// NeedOnly is a call note from its first clause that does not say the
// elder is well nor that a notice was passed on ("身体还行 就是屋顶漏雨"
// and "跟她说了 她说烟囱漏烟" are 屋顶漏雨, 她说烟囱漏烟): the matter for the
// leader to handle, without a contrast word before it. A note of which
// no clause is left stays whole.
func NeedOnly(note string) string {
	rest := note
	for {
		rest = strings.TrimLeft(rest, CallSeps)
		i := strings.IndexAny(rest, CallSeps)
		if i < 0 {
			break
		}
		// a clause saying the worker passed a notice on ("跟她说了",
		// "已转告") is his narrative, not her matter
		if c := rest[:i]; !ContainsAnyOf(c, CallWell...) && !understand.Reassures(c) && !ContainsAnyOf(c, "还行", "还可以", "挺好", "都好") &&
			!(ContainsAnyOf(c, relayWords...) && !ContainsAnyOf(c, relayContrast...)) && !saidOnly(c) {
			break
		}
		rest = rest[i:]
	}
	rest = afterGoodSide(rest)
	for _, w := range needContrast {
		if after, ok := strings.CutPrefix(rest, w); ok && understand.HasContent(after) {
			rest = strings.TrimLeft(after, CallSeps)
			break
		}
	}
	if !understand.HasContent(rest) {
		return note
	}
	return rest
}

// saidOnly reports whether clause only tells that something was said
// ("预警说了", "通知也讲了": call102), the worker's narrative of the call,
// with no need of hers in it.
func saidOnly(clause string) bool {
	_, need := needIn(clause)
	return !need && EndsWithAny(clause, "说了", "讲了", "说过了", "讲过了", "告诉了")
}

// needContrast start the clause of a call note that turns from what is
// well to what is not ("身体还行 就是屋顶漏雨").
var needContrast = slices.Concat(relayContrast, []string{"就是", "只是", "可是"})

// afterGoodSide is note from its first later clause that starts with a
// contrast word (needContrast), when what comes before it tells no need
// (needIn): the side it turns from is what is well in her words, whatever
// words say so ("炭够烧，就是老寒腿又犯了", "吃的都有 米也够 不过电热毯坏了":
// call102). A need before the contrast keeps the note whole ("腿疼 另外
// 屋顶漏雨").
func afterGoodSide(note string) string {
	for i, r := range note {
		if i == 0 || !strings.ContainsRune(CallSeps, r) {
			continue
		}
		after := strings.TrimLeft(note[i:], CallSeps)
		for _, w := range needContrast {
			if w == "还说" {
				continue // "她还说…" relays more of her words, no contrast
			}
			if strings.HasPrefix(after, w) && understand.HasContent(strings.TrimPrefix(after, w)) {
				if _, need := needIn(note[:i]); need {
					return note
				}
				return after
			}
		}
	}
	return note
}

// relayLeads are what a worker puts before the elder's words he relays
// ("她说", "她还说", "老人讲"), the longest of those that start alike
// first; the bare verbs ("说", "讲", "反映") are tried after them (see
// elderSaid).
var relayLeads = []string{"老人家还说", "老人家也说", "老人家说", "老人还说", "老人也说", "老人又说", "老人还讲", "老人说", "老人讲", "老人反映",
	"她还说", "他还说", "她也说", "他也说", "她又说", "他又说", "她还讲", "他还讲", "她说", "他说", "她讲", "他讲", "她反映", "他反映",
	"还说", "也说", "又说", "还讲", "还反映"}

// relayedWords reports whether what follows a relay lead is words relayed,
// not the rest of another phrase ("还说不准", "也说不定").
func relayedWords(after string) bool {
	return understand.HasContent(after) && !strings.HasPrefix(after, "不")
}

// HerMatter is the matter a call note tells in the elder's words: the
// note without the worker's narrative (NeedOnly) and his 她说 (ElderSaid),
// cleaned as any registered text is (understand.TrimLead: 「已通 对了屋顶
// 漏雨」 is 屋顶漏雨).
func HerMatter(note string) string {
	return understand.TrimLead(ElderSaid(NeedOnly(note)), nil)
}

// ElderSaid is what a call note reports in the elder's words, without the
// worker's "说", "她说" or "她还说" before it ("说家里漏雨了" is 家里漏雨了,
// "她还说腿疼" is 腿疼): always an end of the note.
func ElderSaid(note string) string {
	// when the worker called or went ("下午去他家看了，他说…" leaves
	// "下午 他说…") is no part of what she said
	said := note
	for cut := true; cut; {
		cut = false
		for _, w := range callWhen {
			if rest, ok := strings.CutPrefix(strings.TrimLeft(said, CallSeps), w); ok {
				said, cut = rest, true
			}
		}
	}
	said = strings.TrimLeft(said, CallSeps)
	// 讲 is 说 in much of the south-west and south ("她讲灶屋漏雨")
	for _, w := range slices.Concat(relayLeads, []string{"反映", "说", "讲"}) {
		rest, ok := strings.CutPrefix(said, w)
		rest = strings.TrimLeft(rest, CallSeps)
		if ok && relayedWords(rest) && !(w == "说" && strings.ContainsAny(string([]rune(rest)[0]), "话明服")) &&
			!(w == "讲" && strings.ContainsAny(string([]rune(rest)[0]), "话究座理课")) {
			return rest
		}
	}
	return note
}

// SplitCallLogs splits a message that logs several calls one after the
// other ("王奶奶打通了，都挺好，白凤兰没人接") where a name isName takes
// starts a part with how its call went and the part before says how
// another went. A single log is returned whole.
func SplitCallLogs(args string, isName func(string) bool) []string {
	var logs []string
	from := 0
	for at, r := range args {
		if at <= from || !strings.ContainsRune("，,。；;\n ", r) { // at < from: a separator the last split skipped
			continue
		}
		after := strings.TrimLeft(args[at:], CallSeps+"\n")
		if !StartsCallLog(after, isName) {
			continue
		}
		if before := strings.Trim(args[from:at], CallSeps+"\n"); before != "" {
			if o, _, _ := OutcomeAt(before); o >= 0 {
				logs = append(logs, before)
				from = len(args) - len(after)
			}
		}
	}
	return append(logs, strings.Trim(args[from:], CallSeps+"\n"))
}

// StartsCallLog reports whether s starts with a name isName takes and how
// its call went ("白凤兰没人接", "石德贵打了没人接").
func StartsCallLog(s string, isName func(string) bool) bool {
	n, _ := LeadingName(s, isName)
	if n == "" {
		return false
	}
	_, _, ok := NameBeforeOutcome(s, isName)
	return ok || IsCallLog(s, n)
}

// visitTails may follow a visit's outcome word ("上门看了", "上门去过了").
var visitTails = []string{"看过了", "看过", "看了", "去过了", "去了", "过了"}

// CallSeps separate a call log's name, outcome and note.
const CallSeps = " ,，:：、。；;"

// ParseCallLog reads a call log's arguments, "王奶奶 已通 身体挺好", also
// glued ("王奶奶已通，身体挺好"): the first outcome word (the longest where
// several start at one place) splits the name before it from the note
// after it; words between the name and the outcome join the note.
func ParseCallLog(args string) (name, outcome, note string, ok bool) {
	at, end, outcome := OutcomeAt(args)
	if at < 0 {
		return "", "", "", false
	}
	before := strings.FieldsFunc(args[:at], func(r rune) bool { return strings.ContainsRune(CallSeps, r) })
	if len(before) == 0 {
		return "", "", "", false
	}
	after := args[end:]
	if !strings.HasPrefix(after, "了解") {
		// "上门了 人挺好", "关机了": 了 is the outcome's, no note
		after = strings.TrimPrefix(after, "了")
	}
	if outcome == village.OutcomeVisited {
		// "上门看了 屋里冷": how he went is the outcome's, no note
		for _, w := range visitTails {
			if r, cut := strings.CutPrefix(after, w); cut {
				after = r
				break
			}
		}
	}
	rest := append(before[1:], strings.Trim(after, CallSeps))
	return before[0], outcome, strings.TrimSpace(strings.Join(rest, " ")), true
}

// CallExample is log, a call note naming no one ("打了 没人接", "上门
// 人挺好 打了没人接"), in the form a log is written: the outcome's own
// word first (已通, 未接通, 上门), then the note without the outcome's
// words and the call leads before them ("未接通", "上门 人挺好").
func CallExample(log string) string {
	first, note, _ := strings.Cut(strings.TrimSpace(log), " ")
	outcome := ""
	if first == village.OutcomeReached || first == village.OutcomeMissed || first == village.OutcomeVisited {
		outcome = first // put first by callNote: the rest is his words
	} else {
		note = log
	}
	if at, end, said := OutcomeAt(note); at >= 0 {
		if outcome == "" {
			outcome = said
		}
		after := note[end:]
		if !strings.HasPrefix(after, "了解") {
			after = strings.TrimPrefix(after, "了")
		}
		note = WithoutCallLeads(note[:at]) + " " + strings.Trim(after, CallSeps)
	}
	return strings.TrimSpace(outcome + " " + strings.TrimSpace(note))
}

// OutcomeAt finds the first outcome word in args (the longest where
// several start at one place): where it starts and ends, and the outcome
// it says; at is -1 when args has none.
func OutcomeAt(args string) (at, end int, outcome string) {
	at, end = -1, -1
	for _, o := range callOutcomes {
		for _, w := range o.words {
			i := strings.Index(args, w)
			if w == "已同" && strings.HasPrefix(args[max(i, 0):], "已同意") {
				continue // "她已同意": consent, not 已通 mistyped
			}
			if i >= 0 && (at < 0 || i < at || i == at && i+len(w) > end) {
				at, end, outcome = i, i+len(w), o.outcome
			}
		}
	}
	return at, end, outcome
}

// CallNames reads a call log of several people ("王奶奶、石德贵 已通",
// "王奶奶和石德贵都打通了，都挺好"): the names before the outcome, when
// there are two or more and isName takes each, and the log from the
// outcome on, which each of them gets.
func CallNames(args string, isName func(string) bool) (names []string, rest string) {
	at, _, _ := OutcomeAt(args)
	if at < 0 {
		return nil, ""
	}
	head := strings.TrimRight(args[:at], CallSeps)
	for _, w := range []string{"都", "也", "均"} {
		head = strings.TrimRight(strings.TrimSuffix(head, w), CallSeps)
	}
	for _, f := range strings.FieldsFunc(head, func(r rune) bool { return strings.ContainsRune(CallSeps+"和跟与", r) }) {
		glued := gluedNames(f, isName) // "石德贵白凤兰都通知到了"
		if glued == nil {
			return nil, ""
		}
		names = append(names, glued...)
	}
	if len(names) < 2 {
		return nil, ""
	}
	return names, args[at:]
}

// DialledNames reads a note that he phoned several he phones, named
// before the words that say so, how it went after them ("给王奶奶和白凤兰
// 都打了 都挺好"): as a log of them all (callNames reads it), reached
// unless the words after say otherwise ("王奶奶、白凤兰 已通 都挺好").
func DialledNames(args string, isName func(string) bool) (string, bool) {
	s := cutRepeatedly(args, dialLeads, strings.TrimLeft, strings.CutPrefix)
	s = strings.TrimPrefix(s, "给")
	at := strings.Index(s, "打")
	if at < 0 {
		return args, false
	}
	head := strings.TrimRight(s[:at], CallSeps)
	for _, w := range []string{"都", "也", "均", "电话", "我"} {
		head = strings.TrimRight(strings.TrimSuffix(head, w), CallSeps)
	}
	var names []string
	for _, f := range strings.FieldsFunc(head, func(r rune) bool { return strings.ContainsRune(CallSeps+"和跟与", r) }) {
		glued := gluedNames(f, isName)
		if glued == nil {
			return args, false
		}
		names = append(names, glued...)
	}
	note, ok := dialledNote(s[at:])
	if len(names) < 2 || !ok {
		return args, false
	}
	if o, _, _ := OutcomeAt(note); o >= 0 {
		return strings.Join(names, "、") + " " + note, true // "都打了 都没人接"
	}
	return strings.TrimSpace(strings.Join(names, "、") + " " + village.OutcomeReached + " " + note), true
}

// gluedNames reads s as names isName takes written one after the other
// with nothing between ("石德贵白凤兰"), or nil when it is not.
func gluedNames(s string, isName func(string) bool) []string {
	var names []string
	for s != "" {
		n, width := LeadingName(s, isName)
		if n == "" {
			return nil
		}
		names, s = append(names, n), s[width:]
	}
	return names
}

// relayStarts open what a worker writes to say he passed a notice on
// without saying how the call went ("王奶奶已转告", "石德贵通知到了").
var relayStarts = []string{"已转告", "转告了", "转告过了", "已转达", "转达了", "已告知", "告知了", "通知到了", "都通知到了", "已通知到", "已通知",
	"通知了", "告诉她了", "告诉他了", "也说了", "都说了", "说过了", "跟她说了", "跟他说了"}

// ListedRe is a numbered line of the bot's call list: "2. 王奶奶 139…".
var ListedRe = regexp.MustCompile(`(?m)^([0-9]{1,2})\. (\p{Han}{2,5}(?:·[^\s]+)?) `)

// NumberRe is a list number that starts a part of a worker's answer:
// "1打通了", "2 没接", "第二个没接"'s digits form, after a separator.
var NumberRe = regexp.MustCompile(`(?:^|[\s,，。；;、])(?:第)?([0-9]{1,2})\s*(?:[.、号个]|\s)?\s*`)

// inPersonFillers are the words between a household and the telling in
// toldInPerson's form (「陈二家我当面说过了」): who, how (当面, 上门, 去,
// 电话), none naming what was told; RelayAbout takes them out of a topic
// too (「体检的事赵六家我当面说过了」 is of 体检).
var inPersonFillers = []string{"我", "也", "都", "已经", "自己", "当面", "上门", "去", "电话"}

// toldInPerson reads a worker's words that he told a household the
// notice himself ("陈二家我当面说过了", "周八家也知道了", "张三 通知到了"):
// a name isName takes, then 家 (or 户) and fillers, then words of telling and
// nothing more. outcome is 上门 when he says he was there (当面, 上门, 去),
// else 已通.
func toldInPerson(text string, isName func(string) bool) (name, outcome string, ok bool) {
	s := strings.TrimSpace(text)
	if utf8.RuneCountInString(s) > 16 || strings.ContainsAny(s, "?？吗没不") {
		return "", "", false
	}
	name, width := LeadingName(s, isName)
	if name == "" {
		return "", "", false
	}
	rest := strings.TrimLeft(s[width:], CallSeps)
	home := false
	// 户: as the follow-up lists it ("金大海户"); 屋头, 屋里: 家 in the
	// south-west ("雷志明屋头我去说了")
	for _, w := range []string{"家", "户", "屋头", "屋里"} {
		if after, cut := strings.CutPrefix(rest, w); cut {
			rest, home = after, true
			break
		}
	}
	filled := home
	outcome = village.OutcomeReached
	for cut := true; cut; {
		cut = false
		rest = strings.TrimLeft(rest, CallSeps)
		for _, f := range inPersonFillers {
			if after, found := strings.CutPrefix(rest, f); found {
				if f == "当面" || f == "上门" || f == "去" {
					outcome = village.OutcomeVisited
				}
				rest, cut, filled = after, true, true
			}
		}
	}
	rest = strings.TrimRight(rest, CallSeps+"啊的")
	// "说了" alone after a bare name may be what she said ("张三说了")
	if slices.Contains(relayStarts, rest) || filled && slices.Contains([]string{"知道了", "晓得了", "晓得", "说了"}, rest) {
		return name, outcome, true
	}
	return "", "", false
}

// ToldInPersonAll is toldInPerson of text, or else of each of its parts
// (split at spaces and commas), as call logs "name outcome 已转告": ok only
// when the whole is one, or every part.
func ToldInPersonAll(text string, isName func(string) bool) (logs []string, ok bool) {
	if name, outcome, ok := toldInPerson(text, isName); ok {
		return []string{name + " " + outcome + " 已转告"}, true
	}
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(" ，,、；;。\n", r) }) {
		name, outcome, ok := toldInPerson(part, isName)
		if !ok {
			return nil, false
		}
		logs = append(logs, name+" "+outcome+" 已转告")
	}
	return logs, len(logs) > 0
}

// RelayAsReached is a call log that tells only that a notice was passed
// on, after the names ("王奶奶已转告", "石德贵白凤兰都通知到了"), with 已通
// put before the relay words, which stay the note (they say which
// notices the household heard): passed on by phone, the call got
// through. Other text is returned as it is.
func RelayAsReached(s string) string {
	at, _, _ := OutcomeAt(s)
	for _, w := range relayStarts {
		i := strings.Index(s, w)
		if i <= 0 || at >= 0 && at < i {
			continue
		}
		head := strings.TrimRight(s[:i], CallSeps)
		for _, f := range []string{"都", "也", "均", "我", "已经", "电话"} {
			head = strings.TrimRight(strings.TrimSuffix(head, f), CallSeps)
		}
		if head == "" || ContainsAnyOf(head, "打了", "打过", "打完") {
			// "王奶奶 石德贵 白凤兰都打了 寒潮的事都说了": the dial
			// said before it, read by DialledNames (call111)
			return s
		}
		return head + " " + village.OutcomeReached + " " + s[i:]
	}
	return s
}

// RestFor is what a log of several people's calls (rest: from the
// outcome on, "打通了，王奶奶说药快吃完了，石德贵挺好") says of name: a
// clause that starts with one of names, and those after it up to the next
// that starts with another, are that one's ("白凤兰腿疼 没事" is all
// 白凤兰's); hers are said without her name ("打通了，说药快吃完了"), the
// clauses before any name are everyone's.
func RestFor(rest, name string, names []string) string {
	var kept []string
	whose := ""
	for _, c := range strings.FieldsFunc(rest, func(r rune) bool { return strings.ContainsRune(" ，,。；;", r) }) {
		for _, n := range names {
			if strings.HasPrefix(c, n) {
				whose, c = n, strings.TrimLeft(strings.TrimPrefix(c, n), CallSeps)
			}
		}
		if c != "" && (whose == "" || whose == name) {
			kept = append(kept, c)
		}
	}
	return strings.Join(kept, "，")
}

func ShortenNote(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
