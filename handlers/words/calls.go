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

// HerHome reads the elder's home named on a call, 她家/他家, as the home
// of the one who speaks (saysOwnHome).
var HerHome = strings.NewReplacer("她家", "我家", "他家", "我家")

// CallNewsOf reads said, an elder's words on a call, as news of rep, an
// emergency: over when they end it (「火灭了」, or an all-clear, resolves:
// 「没事了」), of rep when they end its hazard or, her own (she raised or
// follows it, own), name no other's end; words of how it goes (「人已经送
// 医院了」, 「火基本灭了」) fit only when they are of its hazard, as in the
// group (emergencyProgress).
func CallNewsOf(said string, rep village.Report, own, resolves bool) (fits, over bool) {
	over, going := EmergencyNews(said, rep.Hazard)
	over = over || resolves && !ContainsAnyOf(said, PartWords...)
	switch {
	case rep.Type != village.Emergency:
		return false, false
	case over:
		return own && !EndsOther(said, rep.Hazard) || EndsIt(said, rep.Hazard), true
	case going:
		return EndOf(said) == rep.Hazard || ContainsAnyOf(said, GoesOnWords[rep.Hazard]...) ||
			rep.Hazard == village.HazardMedical && ToHospital.MatchString(said), false
	}
	return false, false
}

// callAnswerWindow is how long after a cadre's call question its
// reporter's bare answer is read as the answer to it.
const callAnswerWindow = 30 * time.Minute

// AskedAnswerNote begins the history note of the reporter's answer to a
// cadre's call question (callAnswered).
const AskedAnswerNote = "答「"

// CallAskedNote begins the history note of a grid cadre's bare call question
// on an emergency ("打120了吗" alone, callQuestioned): 问「打120了吗」.
const CallAskedNote = "问「"

// askSep splits a message into its clauses.
var askSep = regexp.MustCompile(`[\s，,。！!；;、]+`)

// asksClause reports whether clause is a question: a question mark or
// 吗, or a yes-no tail ("打120没有", "能说话不", "叫了没").
func asksClause(clause string) bool {
	c := strings.TrimRightFunc(clause, func(r rune) bool { return unicode.IsPunct(r) && r != '?' && r != '？' })
	if strings.ContainsAny(c, "?？吗") {
		return true
	}
	if utf8.RuneCountInString(c) < 3 {
		return false
	}
	return strings.HasSuffix(c, "没有") || strings.HasSuffix(c, "了没") || strings.HasSuffix(c, "没") ||
		strings.HasSuffix(c, "不") && !strings.HasSuffix(c, "不不")
}

// SplitAsked cuts the question clauses off a cadre's words: stated is
// the rest, asked the questions ("我马上过去 打120了吗": "我马上过去",
// "打120了吗"). Words with no question, or with nothing but questions,
// come back whole as stated.
func SplitAsked(text string) (stated, asked string) {
	var says, asks []string
	for _, c := range askSep.Split(strings.TrimSpace(text), -1) {
		switch {
		case c == "":
		case asksClause(c):
			asks = append(asks, c)
		default:
			says = append(says, c)
		}
	}
	if len(asks) == 0 || len(says) == 0 {
		return strings.TrimSpace(text), ""
	}
	return strings.Join(says, " "), strings.Join(asks, " ")
}

// WithAsked is words with the questions splitAsked cut off put back.
func WithAsked(words, asked string) string {
	if asked == "" {
		return words
	}
	return strings.TrimSpace(words + " " + asked)
}

// callNumbers are what a call question asks about, and the number to
// call: 120 for an ambulance, 110 the police, 119 the fire brigade.
var callNumbers = []struct {
	words  []string
	number string
}{
	{[]string{"120", "救护车", "急救"}, "120"},
	{[]string{"119", "消防", "火警"}, "119"},
	{[]string{"110", "报警", "报案", "派出所"}, "110"},
}

// callAsked is the number the question in a cadre's note asks whether
// it was called ("打120了吗", "报警了没", "叫救护车没有"), and that
// question; "" when its questions ask nothing of that ("人还有气吗").
func callAsked(note string) (number, question string) {
	_, asked := SplitAsked(note)
	if asked == "" && slices.ContainsFunc(askSep.Split(note, -1), asksClause) {
		asked = strings.TrimSpace(note) // a bare question: "打120了吗"
	}
	for _, c := range askSep.Split(asked, -1) {
		for _, n := range callNumbers {
			if ContainsAnyOf(c, n.words...) {
				return n.number, c
			}
		}
	}
	return "", ""
}

// CallQuestion is the call question a cadre's whole message asks, with
// nothing stated beside it ("打120了吗", "报119了没", "叫救护车没有"):
// every clause a question, one asking whether a number was called.
func CallQuestion(text string) (number, question string) {
	text = strings.TrimSpace(text)
	if text == "" || utf8.RuneCountInString(text) > 20 || len(village.FindRefs(text)) > 0 {
		return "", ""
	}
	for _, c := range askSep.Split(text, -1) {
		if c != "" && !asksClause(c) {
			return "", ""
		}
	}
	return callAsked(text)
}

// notCalledWords answer a call question no: nobody called yet, or she
// does not know.
var notCalledWords = []string{"还没有", "还没打", "还没叫", "还没报", "还没", "没有", "没打", "没叫", "没报", "不知道", "没呢", "没有呢", "还没呢"}

// calledWords answer it yes.
var calledWords = []string{"打了", "叫了", "报了", "报警了", "已经打", "已打", "在路上", "救护车来了", "救护车到了", "车来了", "已经叫"}

// CallAnswer reads a short message as an answer to a call question:
// no (not called) or yes; ok is false for other words.
func CallAnswer(text string) (called, ok bool) {
	s := strings.TrimFunc(text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if s == "" || utf8.RuneCountInString(s) > 16 || strings.ContainsAny(s, "?？吗") {
		return false, false
	}
	for _, lead := range []string{"我们", "我", "都", "好像", "应该"} {
		s = strings.TrimPrefix(s, lead)
	}
	if StartsWithAny(s, notCalledWords...) && !ContainsAnyOf(s, "没有人接", "没人接") {
		return false, utf8.RuneCountInString(s) <= 8
	}
	if ContainsAnyOf(s, calledWords...) && !strings.Contains(s, "没") {
		return true, true
	}
	return false, false
}

// PendingCall is the call question of a cadre in rep's history that its
// reporter's answer may answer: the last question of a cadre's step (its
// 受理 or 进展) asks whether a number was called, asked within
// callAnswerWindow before at, and nothing of her side answered it since.
//
// urged: her side answered no already (and was told to call): only her
// "打了" is still to hear.
func PendingCall(rep village.Report, at time.Time) (number, question, by string, urged, ok bool) {
	for i := len(rep.History) - 1; i >= 0; i-- {
		e := rep.History[i]
		if e.Action == village.ActSaid {
			if q, found := strings.CutPrefix(e.Note, CallAskedNote); found {
				// a cadre's bare question (callQuestioned): a step that asks
				number, question = callAsked(strings.TrimSuffix(q, "」"))
				return number, question, e.By, urged, number != "" && at.Sub(e.At) <= callAnswerWindow && !e.At.After(at)
			}
			if note, found := strings.CutPrefix(e.Note, AskedAnswerNote); found {
				_, said, _ := strings.Cut(note, "」：")
				if called, _ := CallAnswer(said); called {
					return "", "", "", false, false // answered yes already
				}
				urged = true
			}
			continue
		}
		if _, asked := SplitAsked(e.Note); asked == "" && !slices.ContainsFunc(askSep.Split(e.Note, -1), asksClause) {
			continue // a step that asks nothing
		}
		number, question = callAsked(e.Note)
		return number, question, e.By, urged, number != "" && at.Sub(e.At) <= callAnswerWindow && !e.At.After(at)
	}
	return "", "", "", false, false
}

// LiveAlarms are the emergencies of open raised in chat and not yet
// resolved, whose calling question may be asked or answered there.
func LiveAlarms(open []village.Report, chat string) []village.Report {
	return slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		return rep.Type != village.Emergency || !rep.Status.Open() || rep.Status == village.StatusResolved || rep.Chat != chat
	})
}

// CalledBefore is who answered yes to a call question of number on rep
// (callAnswered's note, 答「打120了吗」：打了) and when: the newest such.
func CalledBefore(rep village.Report, number string) (by string, at time.Time, ok bool) {
	for i := len(rep.History) - 1; i >= 0; i-- {
		e := rep.History[i]
		note, found := strings.CutPrefix(e.Note, AskedAnswerNote)
		if e.Action != village.ActSaid || !found {
			continue
		}
		question, said, _ := strings.Cut(note, "」：")
		if n, _ := callAsked(question); n != number {
			continue
		}
		if called, _ := CallAnswer(said); called {
			return e.By, e.At, true
		}
	}
	return "", time.Time{}, false
}

// selfAwayWords say the sender himself is kept from his work for a while.
var selfAwayWords = []string{"生病", "病了", "感冒了", "发烧了", "住院", "请假", "不在家", "不在村", "出门了", "在外地", "去外地", "出差",
	"回老家", "走不开", "回不来", "还在医院", "在医院住",
	"感冒发烧", "发高烧", "挂水", "打吊针", "输液"} // a cadre ill: 「我这两天感冒发烧 在镇卫生院挂水」 (rep105)

// tripWords are an errand that keeps him away only when said with a
// span of days ("我明天要去县里开会 这几天打不了电话", call96) or the day
// it lasts to ("我去县里开会 到12月14日", rep107): "我在开会 等会打电话" is
// an hour.
var tripWords = []string{"开会", "培训", "外出", "办事", "学习"}

// awaySpans say he is kept away for days.
var awaySpans = []string{"这几天", "这两天", "几天", "这周", "这个星期", "一周", "一个星期"}

// awayReason reports whether text says why one is kept away: an away
// word, or an errand for days.
func awayReason(text string) bool {
	return ContainsAnyOf(text, selfAwayWords...) || ContainsAnyOf(text, tripWords...) && (ContainsAnyOf(text, awaySpans...) || awayUntilRe.MatchString(text))
}

// awayCalls say what he is kept from is phoning, or his items
// (「手上的事办不了」), or for how long (「要住到12月20号」: awayUntilRe,
// rep104).
var awayCalls = []string{"打不了", "没法打", "不能打", "打不成", "没办法打", "电话", "回访", "这几天", "这两天", "几天", "这周", "这个星期",
	"办不了", "干不了", "去不了", "来不了", "顾不上"}

// awayUntilRe is the day an absence lasts to (「住到12月20号」, 「到20号」,
// 「到周五」, 「到下礼拜三」: rep107).
var awayUntilRe = regexp.MustCompile(`到\s*(?:(?:[0-9一二三四五六七八九十]{1,3}\s*月\s*)?[0-9一二三四五六七八九十]{1,3}\s*[号日]|(?:下个?|这个?|本)?\s*(?:周|星期|礼拜)[一二三四五六日天1-7])`)

// takesLeave reports whether text says he takes leave (请假), which keeps
// him from phoning though no call is named (「我明天起请假两天」, call99);
// not the forms of asking for it (请假条).
func takesLeave(text string) bool {
	return strings.Contains(text, "请假") && !ContainsAnyOf(text, "请假条", "请假单", "请假手续", "请假流程", "怎么请假", "请假怎么")
}

// calleesWords put what is said on another (an elder he phones, her
// family): "她生病了 这几天住院" is her news, a call to log.
var calleesWords = []string{"她", "他", "老人", "奶奶", "爷爷", "大爷", "大娘", "婆婆", "儿子", "女儿", "孙子", "老伴"}

// SaysAway reports whether text, said privately by one who phones elders,
// tells that he himself ("我", or 请假) cannot phone for a while; what
// tells how a call went ("我打了电话 不在家") is a call note.
func SaysAway(text string) bool {
	if at, _, _ := OutcomeAt(text); at >= 0 || ContainsAnyOf(text, dialled...) {
		return false
	}
	return awayReason(text) && (ContainsAnyOf(text, awayCalls...) || awayUntilRe.MatchString(text) || takesLeave(text)) && ContainsAnyOf(text, "我", "请假") &&
		!ContainsAnyOf(text, calleesWords...) && !strings.ContainsAny(text, "?？吗") && !CallsOffAway(text)
}

// NotFixedOf reports whether words, an elder's that something is not
// fixed naming no thing (「还是没修好」, 「还是老样子」), are of rep: they
// speak of a fix, or in rep's words; not 「还是不想去医院」.
func NotFixedOf(words string, rep village.Report) bool {
	return ContainsAnyOf(words, FixWords...) || strings.Contains(words, "样") || SharesBigram(words, rep.Text)
}

// ClausesSaid is said with each clause in the elder's words (elderSaid):
// 「水管修好了 她说没事了」 is 水管修好了 没事了.
func ClausesSaid(said string) string {
	var b strings.Builder
	for said != "" {
		end := strings.IndexAny(said, CallSeps)
		if end < 0 {
			end = len(said)
		} else {
			_, size := utf8.DecodeRuneInString(said[end:])
			end += size
		}
		clause := said[:end]
		b.WriteString(ElderSaid(clause))
		said = said[end:]
	}
	return b.String()
}

// PhoneAsks ask for a phone number ("电话多少", "号码发一下").
var PhoneAsks = []string{"电话多少", "电话是多少", "电话号码", "电话号", "手机号", "号码多少", "号码是多少", "联系方式", "怎么联系", "电话呢",
	"电话发", "电话给", "电话告诉", "号码发", "号码给", "电话有吗", "有电话吗", "有他电话", "有她电话", "电话有没有",
	"哪个电话", "什么电话", "啥电话"} // "打哪个电话报案"

// PhoneAsking make phone words a question or a request ("电话多少",
// "手机号发我一下"), not news of a number ("电话号码换了").
var PhoneAsking = []string{"多少", "?", "？", "吗", "呢", "发", "给我", "告诉", "怎么联系", "有没有", "是啥", "是什么", "几号"}

// CallerWords name the one who raised an alarm, or him said before
// ("他电话多少"), whose number a cadre asks.
var CallerWords = []string{"报警人", "报警的", "报告人", "报告的", "报案人", "报案的", "报信的", "报的人", "反映人", "打电话的人",
	"发消息的", "说的人", "他", "她", "家属", "家里人"}

// CallerPerson is one person of an emergency with his number.
type CallerPerson struct{ Role, Name, Phone string }

// CallerItem is an emergency with the numbers of its people.
type CallerItem struct {
	R      village.Report
	People []CallerPerson
}

// heardStates are words of a clause that tell how she is or where she
// is, beside the well words (callWell, allWell) and the complaints of
// elderNeeds.
var heardStates = []string{"身体", "精神", "气色", "胃口", "女儿家", "儿子家", "闺女家", "亲戚家", "走亲戚", "住院", "出院",
	"下周回", "过几天回", "回来了"}

// heardBare are whole clauses that say she is well ("白凤兰 好").
var heardBare = []string{"好", "好的", "好着", "好着呢", "还好", "可以", "还可以", "不错", "挺不错", "没问题", "平安"}

// heardAsks mark a note as a question about her, not news of a call
// ("白凤兰的低保下来了没", "白凤兰怎么样").
var heardAsks = []string{"怎么", "什么", "啥时", "多少", "哪", "几时", "有没有", "是不是", "能不能", "要不要"}

// chatLeads open a note of a talk with her ("跟白凤兰聊了一会 都好").
var chatLeads = []string{"跟", "和", "同", "与"}

// TellsHowSheIs reports whether note, what follows her name, tells how she
// is: a clause well, unwell in her person, or of where she is (a stay
// away, or at a hospital: 「在医院」 with no errand of the day, call75).
func TellsHowSheIs(note string) bool {
	if note == "" || StartsWithAny(note, "的", "说", "讲", "家", "那个", "这个") {
		return false // "白凤兰的低保…", "白凤兰说她没接到电话", "白凤兰家屋顶漏雨"
	}
	clauses := strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(CallSeps+"!！~", r) })
	return slices.ContainsFunc(clauses, func(c string) bool {
		if n, ok := needOf(c); ok && n.complaint {
			return true // "有点咳嗽", "腿疼"
		}
		return slices.Contains(heardBare, strings.TrimRight(c, "的了呢啊呀")) || AllWell(c) || ContainsAnyOf(c, heardStates...) ||
			UnsureHeard(c) || outOfHome(c, note) || atHospital(c)
	})
}

// HeardOutcome is the outcome of a call note that names none, what a
// worker writes after an elder's name (「王奶奶挺好的」, 「回访 王奶奶 在医院」):
// 已通 when it tells how she is, 未接通 when it tells only that she is
// away or in hospital (AwayUnreached); ok is false when it tells neither.
// One rule for a note with 回访 and without.
func HeardOutcome(note string, now time.Time) (outcome string, ok bool) {
	if !TellsHowSheIs(note) {
		return "", false
	}
	if AwayUnreached(note, now) {
		return village.OutcomeMissed, true
	}
	return village.OutcomeReached, true
}

// contactWords say a note came of reaching her: a phone, a visit, a talk
// (「打通了」, 「去看了」, 「她说」, 「问了」), beside PhoneWords.
var contactWords = []string{"上门", "去看", "看了", "看过", "见了", "见到", "聊", "问了", "问过", "说", "讲", "告诉", "转告",
	"通知", "回访", "接的", "通了"}

// saidByOthers are 说 that is not hers nor his to her: 「听说」, 「据说」.
var saidByOthers = []string{"听说", "据说", "听人说", "说是"}

// SaysContact reports whether a note of an elder says he reached her —
// phoned, visited, talked with her or hers — not only news of her
// (「王奶奶那边炉子灭了」, 「听说王奶奶摔了」): in a group, only such a note
// of a matter is a call log (call98).
func SaysContact(note string) bool {
	for _, w := range saidByOthers {
		note = strings.ReplaceAll(note, w, "")
	}
	return ContainsAnyOf(note, PhoneWords...) || ContainsAnyOf(note, contactWords...)
}

// HeardAsked reports whether text asks rather than tells.
func HeardAsked(text string) bool {
	s := strings.TrimRight(text, CallSeps+"。!！~")
	return strings.ContainsAny(text, "?？吗么#") || ContainsAnyOf(text, heardAsks...) ||
		!doubtEnds(text) && (strings.HasSuffix(s, "没") || strings.HasSuffix(s, "没有")) || strings.HasSuffix(s, "呢") && !strings.HasSuffix(s, "好着呢")
}

// ChattedWith rewrites a note of a talk with one isName takes ("跟白凤兰
// 聊了一会 都好", "今天和王奶奶聊了几句") as her log ("白凤兰 都好"); ok is
// false for any other part.
func ChattedWith(part string, isName func(string) bool) (string, bool) {
	s := cutRepeatedly(part, dialLeads, strings.TrimLeft, strings.CutPrefix)
	for _, w := range chatLeads {
		after, cut := strings.CutPrefix(s, w)
		if !cut {
			continue
		}
		n, width := LeadingName(after, isName)
		talk := strings.TrimLeft(after[width:], CallSeps)
		talk = strings.TrimPrefix(strings.TrimPrefix(talk, "电话里"), "在电话里")
		if n == "" || !strings.HasPrefix(talk, "聊") {
			return part, false
		}
		return n + " " + talk, true
	}
	return part, false
}

// hospitalWords say someone is in hospital now.
// Being taken there ("送医院了") is an emergency's news, not a stay.
var hospitalWords = []string{"住院", "住医院", "在医院住"}

// inHospitalRe is being at a hospital ("在县医院", "在镇卫生院"): a stay
// unless the clause tells a visit of the day (hospitalVisit).
var inHospitalRe = regexp.MustCompile(`在\p{Han}{0,4}?(?:医院|卫生院)`)

// hospitalVisit make being at a hospital an errand ("在医院拿药").
var hospitalVisit = []string{"看病", "检查", "拿药", "开药", "复查", "体检", "门诊", "看望", "陪", "上班", "工作"}

// atHospital reports whether clause tells she is at a hospital now, staying
// ("住院了", "在县医院"), not negated, not an errand of the day.
func atHospital(clause string) bool {
	return toldAny(clause, hospitalWords) ||
		inHospitalRe.MatchString(clause) && !strings.Contains(clause, "不在") && !ContainsAnyOf(clause, hospitalVisit...)
}

// stayKin are those of her home whose stay a clause may tell instead of
// hers ("她老伴住院了"), unless they are only who told it ("她儿子说").
var stayKin = []string{"老伴", "儿子", "女儿", "闺女", "孙子", "孙女", "媳妇", "老头", "老婆", "女婿"}

// othersStay reports whether clause tells the stay of one of her home
// ("她老伴住院了"), not hers as told by one of them ("她儿子说她住院了").
func othersStay(clause string) bool {
	clause = kinToldRe.ReplaceAllStringFunc(clause, func(m string) string {
		if ContainsAnyOf(m, "住", "院", "去", "在", "回", "到", "了") {
			return m // "她儿子住院了她说…": his stay, then her words
		}
		return "说" // "她儿子金大海说": who told it, named (kinNote)
	})
	for _, k := range stayKin {
		if strings.Contains(clause, k) && !strings.Contains(clause, k+"说") {
			return true
		}
	}
	return false
}

// kinToldRe is one of her home who told the stay, his name after his kin
// word as kinNote writes it ("她儿子金大海说", call102: the name made his
// telling read as his own stay).
var kinToldRe = regexp.MustCompile(`(?:` + strings.Join(stayKin, "|") + `)\p{Han}{1,3}?(?:说|讲)`)

// homeAgain tell when she comes home, a clause of her stay.
var homeAgain = []string{"回来", "回家", "出院", "下周", "下个星期", "下礼拜", "过几天", "过两天", "几天"}

// awayDays is how many days an elder's calls wait when no return day is named.
const awayDays = 7

// HospitalStay is what a call note tells of an elder in hospital: until
// when her calls wait, and the rest of the note (what else it tells).
type HospitalStay struct {
	Until time.Time
	Rest  string
	// heard: the stay is hearsay or a guess ("听说住院了", "可能住院了"):
	// on a call that got no answer it pauses nothing.
	Heard bool
	// Out: she stays away from home, not in hospital ("去她女儿家住了",
	// "这个月不在村里": outOfHome).
	Out bool
	// Lunar: Until's lunar name (「正月初八」) when the note named it by
	// the Spring Festival ("过完年再回来": village.NewYearBack, call103).
	Lunar string
	// From is the first day of a stay told ahead, when the note names the
	// day she leaves (village.LeaveDay: 「腊月二十八她儿子接她去城里过年」,
	// call107); zero when she is away now.
	From time.Time
}

// hearsayWords make a stay told on a miss a guess: nobody of hers said it.
var hearsayWords = []string{"听说", "据说", "好像", "可能", "估计", "也许", "大概", "不确定", "是不是", "不知道"}

// InHospital reads note, written at now, for an elder in hospital: ok is
// false when it tells none (negated: "没住院").
func InHospital(note string, now time.Time) (HospitalStay, bool) {
	var rest []string
	found, heard, hosp, ahead := false, false, false, false
	leave, leaving := village.LeaveDay(note, now)
	for _, c := range strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(" ，。,.!！?？；;、\n", r) }) {
		out := outOfHome(c, note)
		if !out && leaving && aheadOut(c, note) {
			out, ahead = true, true // a stay from the day she leaves (call107)
		}
		out = out && !othersStay(withoutAwayPlaces(c))
		switch {
		case atHospital(c) && !othersStay(c) || out:
			hosp = hosp || !out
			// "听说她住院了", or "听说 住院了" (the guess a clause before)
			guess := len(rest) > 0 && ContainsAnyOf(rest[len(rest)-1], hearsayWords...) && utf8.RuneCountInString(rest[len(rest)-1]) <= 3
			found, heard = true, heard || guess || ContainsAnyOf(c, hearsayWords...)
		case ContainsAnyOf(c, homeAgain...) && !ContainsAnyOf(c, "没人", "没有人", "不能", "没法"):
		default:
			rest = append(rest, c)
		}
	}
	if !found {
		return HospitalStay{}, false
	}
	stay := HospitalStay{Until: returnDay(note, now), Rest: strings.Join(rest, " "), Heard: heard, Out: !hosp}
	_, festival := village.NewYearBack(note, now)
	if leaving && !stay.Until.After(leave) {
		// no end said past the day she leaves: 「…接她去城里过年」 is till
		// the festival's end, else a week from that day
		stay.Until = leave.AddDate(0, 0, awayDays)
		if ahead && ContainsAnyOf(note, "过年", "春节") {
			stay.Until, _ = village.NewYearBack("过完年回来", now)
			festival = true
		}
	}
	if leaving && stay.Until.After(leave) {
		stay.From = leave
	}
	if festival || village.NamesLunarDay(note, now) {
		stay.Lunar = village.LunarName(stay.Until)
	}
	return stay, true
}

// toldAny reports whether clause tells any of words, not negated (told).
func toldAny(clause string, words []string) bool {
	for _, w := range words {
		if told(clause, w) {
			return true
		}
	}
	return false
}

// returnDay is the day an elder in hospital is back, as note written at
// now names it (a lunar day, village.BackDay: 腊月二十回来; village.NewYearBack: 过完年, 过了十五; village.BackDay:
// 明天出院, 12月10日, 住到15号: the 16th, 下周回来: next Monday, 三天后),
// at midnight; a week on when it names none.
func returnDay(note string, now time.Time) time.Time {
	if village.NamesLunarDay(note, now) {
		if day, ok := village.BackDay(note, now, village.FirstDayBack); ok {
			return day // 「腊月二十回来」, 「腊月二十回来过年」 too: the day said (call105)
		}
	}
	if day, ok := village.NewYearBack(note, now); ok {
		return day // "过完年再回来": 正月初八, before 十五 reads as a 15号 (call103)
	}
	if ContainsAnyOf(note, "元旦") && !ContainsAnyOf(note, "元旦前", "元旦之前") {
		// "元旦回来" (call104: a week's pause): the 1st of January next
		return time.Date(now.Year()+1, time.January, 1, 0, 0, 0, 0, now.Location())
	}
	if day, ok := village.BackDay(note, now, village.FirstDayBack); ok {
		return day
	}
	if day, ok := monthStay(note, now); ok {
		return day // "这个月不在村里"
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	return today.AddDate(0, 0, awayDays)
}

// CallKinRe is a call log's name written as kin: "她孙子", "他家老伴",
// "老人的儿子", "白凤兰的孙子", "我妈"; head is whose kin.
var CallKinRe = regexp.MustCompile(`^(我|她|他|老人|\p{Han}{2,4}?)?(?:家的|家|的)?(` + kin + `)$`)

// NoteKinRe is a call note that starts with what a member of the elder's
// household said or that he answered: "她儿子说", "他老伴讲", "她孙子接的".
var NoteKinRe = regexp.MustCompile(`^(?:她|他|老人)?(?:家的|家|的)?(` + kin + `)`)

var KinAnswer = []string{"接的电话", "接了电话", "接的", "接了", "接电话"}

var KinSpeak = []string{"反映", "说", "讲"}

// KinAnswered is the note of a call to the elder's kin, word the kin word
// as written, member his name ("" when unknown): "孙子金小海接的电话，说奶奶
// 头晕"; missed, "打的孙子金小海的电话" (nobody answered).
func KinAnswered(word, member, note string, missed bool) string {
	lead := strings.TrimLeft(word, "她他") + member + "接的电话"
	if missed {
		lead = "打的" + strings.TrimLeft(word, "她他") + member + "的电话"
	}
	if note == "" {
		return lead
	}
	return lead + "，" + note
}

// KinSelfRe is what a relative said of himself ("他自己腰疼", "我自己"):
// his own matter, not the elder's.
var KinSelfRe = regexp.MustCompile(`^(?:他|她)?自己`)

// AnsweredByKinRe is a worker's private word that a callee's relative
// answered her phone, without 回访: "白凤兰孙子接的 挺好的", "白凤兰她闺女
// 接的 …" (call102); name, kin
// word, the rest (the note).
var AnsweredByKinRe = regexp.MustCompile(`^(\p{Han}{2,4}?)(?:她|他)?(?:家的|家|的)?(` + kin + `)(?:` + strings.Join(KinAnswer, "|") + `)[\s，,。]*(.*)$`)

// KinAnsweredRe is answeredByKinRe naming no elder: "她孙子接的 挺好的",
// "孙子接的电话 说奶奶挺好"; whose kin (她, 他, 老人 or none), the kin
// word, the rest (the note).
var KinAnsweredRe = regexp.MustCompile(`^(她|他|老人)?(?:家的|家|的)?(` + kin + `)(?:` + strings.Join(KinAnswer, "|") + `)[\s，,。]*(.*)$`)

// An elder's need told on a call: what the general rules rightly leave
// alone when a villager says it of himself in the group ("头晕", "降压药吃
// 完了": nobody there to act) is, in a worker's call note, the state of a
// vulnerable elder the grid looks after, and the grid leader should hear
// of it.
type elderNeed struct {
	category string
	words    []string
	// complaint: how she feels, which she may wave away ("腰疼，不要紧");
	// a want of things (medicine, food, heat, a sound roof) stands until
	// it is met, whatever she says of it.
	complaint bool
}

// elderNeeds are the needs a call note may tell, by the category the
// report is filed under. Words are checked for negation and
// reassurance (see needIn).
var elderNeeds = []elderNeed{
	{"其他", []string{"疼", "痛", "头晕", "头昏", "不舒服", "难受", "发烧", "咳嗽", "生病", "病了", "住院", "看病",
		"血压高", "血糖高", "血压有点高", "血压偏高", "血压又高", "血糖有点高", "血糖偏高", "没力气", "吃不下", "睡不着", "腿脚不便", "走不动",
		"摔了", "摔伤", "摔倒", "走不了路", "下不了床"}, true},
	{"其他", []string{"药吃完", "药没了", "没药", "药快没", "药快吃完", "断药", "缺药", "要买药", "得买药", "该买药", "药不够", "买不到药"}, false},
	{"其他", []string{"没米", "没面", "没吃的", "没饭", "没粮", "吃不上饭", "没菜", "没钱买", "断顿", "没水喝", "断水", "没水",
		"米快吃完", "米吃完", "米快没", "面快吃完", "面吃完", "粮快吃完", "粮食不够", "缺粮", "吃的不够", "煤气没了", "液化气没了", "煤气用完", "液化气用完",
		"煤气快没", "煤气快用完", "液化气快没", "液化气快用完", "煤气罐该换", "煤气罐要换", "煤气罐得换", "液化气罐该换", "液化气罐要换",
		"该换煤气", "要换煤气", "得换煤气", "煤气罐空", "液化气罐空"}, false},
	{"水电设施", []string{"没暖气", "暖气不热", "暖气坏", "没电", "停电"}, false},
	// winter's breakdowns in her home: a pipe frozen, a thing broken
	// ("水管冻住了", "电热毯坏了": call102)
	{"水电设施", []string{"冻住", "冻裂", "冻坏", "冻爆", "冻上了", "结冰", "不出水", "没热水", "跳闸"}, false},
	{"其他", []string{"坏了", "坏掉", "用不了", "不能用", "不好使", "不亮", "不热", "漏风", "破了"}, false},
	// fuel for the winter: coal, charcoal, firewood run out or short
	{"其他", []string{"炉子坏", "没煤", "没柴", "没烧的", "没炭", "没木炭", "没蜂窝煤", "没煤球", "炭没了", "炭烧完", "炭用完", "炭快",
		"煤没了", "煤烧完", "煤用完", "煤快", "柴没了", "柴烧完", "柴快", "蜂窝煤没", "煤球没", "煤不够", "炭不够", "柴不够", "柴火不够"}, false},
	coldNeed,
	// what her absence leaves untended: "住院了 家里的鸡没人喂"
	{"其他", []string{"没人喂", "没人看家", "没人照看"}, false},
	{"安全隐患", []string{"漏雨", "漏水", "房子裂", "墙裂", "墙塌"}, false},
	{"其他", []string{"闷得慌", "孤单", "寂寞", "没人说话", "没人陪", "没人管", "没人照顾", "想有人", "想让人", "希望有人",
		"想找人"}, true},
}

// coldNeed is her home cold (and coldAtHomeRe): a complaint she may wave
// away (「有点冷 不要紧」).
var coldNeed = elderNeed{"其他", []string{"冷得", "太冷", "好冷", "冻得", "屋里冷", "屋头冷", "屋子冷", "家里冷", "房里冷", "冷得很", "冷死", "不暖和",
	"冷飕飕", "冰凉", "冰冷"}, true}

// coldAtHomeRe is her home, her bed or her nights cold, however said
// (「家里有点冷」, 「屋里挺冷的」, 「晚上睡觉冷」, 「炕上有些凉」): in December a
// need the grid follows up (call106: only 「家里冷」 was one). Not negated
// (「家里不冷」: no 不 between place and cold), nor cool weather (「晚上凉快」)
// nor a thing (「家里冰箱」).
var coldAtHomeRe = regexp.MustCompile(`(?:屋里|屋头|屋子|屋内|家里|家头|房里|房间|室内|晚上|夜里|半夜|睡觉|被窝|被子|炕上|床上|炕|脚)(?:头|里|都)?` +
	`(?:有点儿?|有些|挺|很|太|好|特别|比较|蛮|怪|还是|还|真|老|总|可|都|也|一直|还有点)?(?:冷|凉(?:[^快爽]|$)|冰凉|冰冷|冰冰|不热乎)`)

// needIn reports the category of the first need a call note tells that
// stands: a word of elderNeeds not negated by the rune before it ("不疼",
// "没病"), in a clause that does not reassure (understand.Reassures:
// "头晕好多了"), and, for a complaint, with no reassurance in a later
// clause ("腰疼，不要紧": she waves it away; "没事，就是腰疼" still tells
// it). Notes that say all is well ("挺好", "没事", "身体还行") tell none.
func needIn(note string) (category string, ok bool) {
	var told []elderNeed // the needs told so far that stand
	for _, c := range strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(" ，。,.!！?？；;、\n", r) }) {
		if understand.Reassures(c) {
			told = slices.DeleteFunc(told, func(n elderNeed) bool { return n.complaint })
			continue
		}
		if n, ok := needOf(c); ok {
			told = append(told, n)
		}
	}
	if len(told) == 0 {
		return "", false
	}
	return told[0].category, true
}

// needOf is the first need of elderNeeds that clause tells.
func needOf(clause string) (elderNeed, bool) {
	for _, n := range elderNeeds {
		for _, w := range n.words {
			if told(clause, w) {
				return n, true
			}
		}
	}
	for _, m := range coldAtHomeRe.FindAllString(clause, -1) {
		if told(clause, m) {
			return coldNeed, true
		}
	}
	return elderNeed{}, false
}

// told reports whether clause says w, not negated by the rune before it
// ("不疼", "没痛", "别担心"); a word that itself starts with 没 is its own
// negation ("没米").
func told(clause, w string) bool {
	for i := 0; ; {
		at := strings.Index(clause[i:], w)
		if at < 0 {
			return false
		}
		at += i
		before := clause[:at]
		if !strings.HasSuffix(before, "不") && !strings.HasSuffix(before, "没") && !strings.HasSuffix(before, "没有") && !strings.HasSuffix(before, "不需") {
			return true
		}
		i = at + len(w)
	}
}

// SameNeed reports whether a and b tell a need by the same word of
// elderNeeds ("腿有点疼", "腿还是疼"): a need told again in other words.
func SameNeed(a, b string) bool {
	for _, n := range elderNeeds {
		for _, w := range n.words {
			if told(a, w) && told(b, w) {
				return true
			}
		}
	}
	return false
}

// NeedReading is the reading of a call note that the rules left alone but
// that tells an elder's need: a general report on her behalf.
func NeedReading(note string, reading village.Reading) village.Reading {
	if FumesSettled(note) && !(reading.Intent == village.IntentReport && reading.Type == village.Emergency) {
		// "屋里有点烟 开窗了 没事": dealt with for now, her stove still
		// to look at before she shuts the window tonight (call111)
		return village.Reading{Intent: village.IntentReport, Type: village.General, Category: "安全隐患",
			Hazard: village.HazardGas, Confidence: reading.Confidence, Source: reading.Source, Summary: note}
	}
	if FumesIndoors(note) && !(reading.Intent == village.IntentReport && reading.Type == village.Emergency) {
		// "她说屋里有烟味": a stove's fumes in her room, an emergency on
		// a call even where the rules file the villager's own "炉子烟囱
		// 堵了 屋里一股煤烟味" as a hazard to fix (call110)
		return village.Reading{Intent: village.IntentReport, Type: village.Emergency, Category: "安全隐患",
			Hazard: village.HazardGas, Confidence: reading.Confidence, Source: reading.Source, Summary: note}
	}
	if reading.Intent == village.IntentReport {
		return reading
	}
	category, ok := needIn(note)
	if !ok {
		return reading
	}
	return village.Reading{Intent: village.IntentReport, Type: village.General, Category: category,
		Confidence: reading.Confidence, Source: reading.Source, Summary: note}
}

// GoesWords say an elder goes to what a notice tells of, or will not.
var GoesWords = []string{"去", "参加", "领", "报名", "到场"}

// Untold words in a call note say the elder did not hear the notice
// from the call: her words about it do not make it passed on.
var Untold = []string{"不知道", "没听说", "没告诉", "没转告", "没说", "忘了说", "还没说"}
