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

// Place is where a message was said.
type Place struct {
	Kind    placeKind
	Village string // grid and private chats
	Grid    string
	Chat    string // group name; empty for private
}

type placeKind int

const (
	InGrid placeKind = iota
	InOffice
	InPrivate
)

// StrayVillage is a village's name (ending in 村) before an item's number
// written with # that starts a message: "石乔村#R1 …", "石乔村 #R2".
var StrayVillage = regexp.MustCompile(`^(\p{Han}{1,6}村)\s*#\s*[Rr]\s*[0-9]{1,9}`)

// NickOfCadre reports whether from finds the role holder p by his
// nickname rather than his name: anyone may show a nickname, so it never
// carries a role (the WeChat transport gives a role holder's messages his
// remark name, which the operator set to his roster name; the sandbox and
// replay, his name); the sender is a stranger.
func NickOfCadre(p village.Person, from string) bool {
	from = strings.TrimPrefix(strings.TrimSpace(from), "@")
	return Privileged(p) && from != p.Name && !strings.HasPrefix(from, p.Name+"·")
}

// OnlyFire reports whether text is fire emojis (🔥) alone, with spaces,
// punctuation and emoji variation selectors around them.
func OnlyFire(text string) bool {
	fire := false
	for _, c := range text {
		switch {
		case c == '🔥':
			fire = true
		case c == '\uFE0F' || unicode.IsSpace(c) || unicode.IsPunct(c):
		default:
			return false
		}
	}
	return fire
}

// SelfNamedVerbs are the commands a cadre may sign with his own name
// before them ("王五 待办", "李四：查 #R1", "李四 确认 #R1").
var SelfNamedVerbs = []Verb{VQuery, VAccept, VTodo}

// ApproveWords are a reviewer's words for letting a claim through ("通过吧",
// "同意吧" are said of anything else too).
var ApproveWords = []string{"给过吧", "给他过", "给她过", "给通过", "给批了吧", "给他加分吧", "给加分吧", "给他加上", "给加上"}

// CadreWork are the verbs of a cadre's work on an item, which a quoted
// word one character off means (misspeltHere).
var CadreWork = []Verb{VAccept, VAssign, VProgress, VResolve, VEscalate, VReject, VDuplicate, VAnswer}

// DoneOrUp is the command a cadre's note asks of whoever may send it:
// 办结 when it says the matter is done (doneBy), 上报镇 when it says it
// is for the township (upWords); ok is false for other notes.
func DoneOrUp(note string, now time.Time) (v Verb, ok bool) {
	switch {
	case DoneBy(note, now):
		return VResolve, true
	case ContainsAnyOf(note, UpWords...):
		return VEscalate, true
	}
	return "", false
}

// NumbersDone reads a cadre's items named by their bare numbers before
// words that they are done ("1号2号都修好了", "3号 已经弄好了"), as "R1 R2
// 都修好了" is read: refs nil otherwise. The numbers must be marked (号
// or #) and the words open with what is done, so "2号楼的灯修好了" and
// a date ("12月2号修好了") name no item.
func NumbersDone(text string) (refs []village.Ref, note string) {
	nums, rest, ok := BareNumbers(text)
	lead := strings.TrimSuffix(text, rest)
	if !ok || !strings.ContainsAny(lead, "号#") {
		return nil, ""
	}
	bare := NoteAfterRefs(rest, 1) // the done word is looked for past any filler below
	for cut := true; cut; {
		bare, cut = cutFillers(bare, []string{"都", "也", "全部", "全", "均", "已经", "已", "我", "俺"}, strings.CutPrefix)
	}
	if !StartsWithAny(bare, append(understand.DoneWords(), "好了", "修好", "弄好", "处理好", "办好")...) {
		return nil, ""
	}
	for _, n := range nums {
		refs = append(refs, village.Ref{Kind: 'R', N: n})
	}
	return refs, NoteAfterRefs(rest, len(refs))
}

// RefsMidway reads a cadre's note whose items' numbers stand inside it
// rather than at its head: 「水利站挖机来了，#R2 水渠疏通好了」, 「李四说 #R3
// 那边明天去看」 are notes on R2 and R3 as 「#R2 水利站挖机来了，水渠疏通好了」
// would be, the note being his whole words without the numbers.
// The numbers must head the rest of the sentence: one run of them, all
// items' (R), set off from the words before by a break (space or mark) or
// after a word of telling (李四说), words after them, and no other
// number further on. A question stays a question, not a note, and a
// command mistyped before the number (Misspelt) stays one; a number
// that is the object of the words before (「跟 #R2 一样」) names no item
// the note is about. refs is nil otherwise.
func RefsMidway(text string) (refs []village.Ref, note string) {
	at := village.FindRefsAt(text)
	if _, _, typo := Misspelt(text); len(at) == 0 || typo || understand.IsQuestion(text) {
		// 「进站 #R1 已联系」: a command mistyped, which its offer answers
		return nil, ""
	}
	i := len(at[0].Before) // the break before the number, then the number
	i += max(strings.IndexAny(text[i:], "#RrCc"), 0)
	before := strings.TrimRight(text[:i], " \t")
	m := LeadMatch(text[i:], LeadingRefs, RefLeads)
	if m == nil || !understand.HasContent(before) {
		return nil, ""
	}
	run, rest := text[i:i+m[1]], text[i+m[1]:]
	refs = village.FindRefs(run)
	if len(refs) != len(at) || slices.ContainsFunc(refs, func(x village.Ref) bool { return x.Kind != 'R' }) ||
		!understand.HasContent(rest) || StartsWithAny(rest, midwayObjects...) {
		return nil, ""
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	set := len(before) < i || unicode.IsPunct(last)
	hash := text[i] == '#'
	if !set && !unbrokenRef(before, hash) || EndsWithAny(before, midwayJoiners...) || counted(before) || !hash && (modelNamed(before, rest) || plate(before, run)) {
		return nil, ""
	}
	rest = strings.TrimLeft(rest, noteMarks)
	if first, _ := utf8.DecodeRuneInString(rest); last < utf8.RuneSelf && first < utf8.RuneSelf && !unicode.IsPunct(last) {
		before += " " // 「换了 LED 灯」: Latin words kept apart
	}
	return refs, before + rest // 「李四说那边明天去看」
}

// unbrokenRef reports whether a number written right after before, with
// no break between, still heads the rest of the sentence: after a word of
// telling (「王五说R5焊好了」) or of when (「今天R2修好了」, 「刚才#R3那边去看
// 了」), which end a sentence's opening, not a name the number goes on;
// written with # (hash), after any Chinese word (「水渠#R3疏通好了」): #
// is how the bot writes an item, no model's or plate's name. A bare R
// after other words is a name's part (「买了个R5手机」, 「鲁R12345」, 「加
// 了R22」); after a Latin letter or digit it is not a number at all
// (「PR2」, village.FindRefs).
func unbrokenRef(before string, hash bool) bool {
	if EndsWithAny(before, tellingWords...) || EndsWithAny(before, midwayWhens...) || placeOrName(before) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return hash && unicode.Is(unicode.Han, last)
}

// placeOrName reports whether before ends with a grid or village (「三组」,
// 「青山村」, 「二队」) or a person or his household (「张三」, 「老王」,
// 「张三家」, 「三组的」), perhaps after a word of when (「今天三组」): an
// item is told of by where or whose it is (「三组R3修好了」, 「张三R2那个办
// 好了」), a model or plate by what it is (「买了个R5」, 「鲁R12345」).
// Only the words after the last break count.
func placeOrName(before string) bool {
	rs := []rune(before)
	start := len(rs)
	for start > 0 && unicode.Is(unicode.Han, rs[start-1]) {
		start--
	}
	tail := string(rs[start:])
	for _, w := range midwayWhens {
		if rest, ok := strings.CutPrefix(tail, w); ok && rest != "" {
			tail = rest
			break
		}
	}
	tail = strings.TrimSuffix(tail, "的")
	if gridOrVillage(tail) {
		return true
	}
	if name, ok := strings.CutSuffix(tail, "家"); ok {
		tail = name
	}
	return NameLike(tail) || utf8.RuneCountInString(tail) == 2 && strings.ContainsRune("老小阿", []rune(tail)[0]) && strings.ContainsRune(Surnames, []rune(tail)[1])
}

// gridOrVillage reports whether s is a grid (a numeral and 组/队/社:
// 「三组」, 「3组」) or a village's name (two to four characters ending
// in 村/屯/庄: 「青山村」).
func gridOrVillage(s string) bool {
	rs := []rune(s)
	switch n := len(rs); {
	case n >= 2 && n <= 3 && strings.ContainsRune("组队社", rs[n-1]):
		return strings.ContainsRune("一二三四五六七八九十两0123456789", rs[0])
	case n >= 2 && n <= 4 && strings.ContainsRune("村屯庄", rs[n-1]):
		return !strings.ContainsRune("农乡山渔本外全", rs[0]) || n > 2 // 「农村」「本村」 name no village
	}
	return false
}

// modelNamed reports whether a number written without # between before
// and rest is a model's or a plate's name: after 是 (「用的是 R5 手机」,
// 「型号是R2」) unless the words after point at it (「就是 R2 那个」), or
// before a thing bought by its model (「R5 手机」, modelThings).
func modelNamed(before, rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	if strings.HasSuffix(strings.TrimRight(before, " \t"), "是") && !StartsWithAny(rest, "那", "这") {
		return true
	}
	return StartsWithAny(rest, modelThings...)
}

// plate reports whether a number written without # after before is a
// car's plate: a province's one-letter name and five or more letters
// (「张鲁R12345」, 「王五的鲁R1234A」), no item's number.
func plate(before, run string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " \t"))
	digits := strings.IndexFunc(run, unicode.IsLetter) + 1
	return strings.ContainsRune(plateProvinces, last) && len(strings.TrimSpace(run))-digits >= 4
}

// plateProvinces are the provinces' one-letter names a car's plate starts with.
const plateProvinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

// modelThings are things named by their model (「R5 手机」, 「R22 冷媒」),
// which no item's number comes before.
var modelThings = []string{"手机", "电脑", "平板", "电视", "空调", "冰箱", "洗衣机", "相机", "耳机", "手表", "汽车", "轿车", "摩托",
	"机型", "系列", "版本", "冷媒", "制冷剂", "芯片", "Pro", "pro", "Plus", "plus", "Max", "max"}

// tellingWords end the words before a number that heads what is told
// (「李四说#R3 那边明天去看」), with no break between.
var tellingWords = []string{"说", "讲", "反映", "回复", "告诉我", "通知"}

// midwayWhens end the words before a number that heads what happened
// then (「今天R2修好了」), with no break between.
var midwayWhens = []string{"今天", "今早", "今晚", "昨天", "昨晚", "前天", "早上", "上午", "中午", "下午", "晚上", "刚才", "刚刚", "现在", "目前"}

// counted reports whether before counts or buys the thing a number
// names (「买了个 R5 手机」, 「一台 R2」): a model, not an item; 「这个
// #R2」 points at one.
func counted(before string) bool {
	rest := strings.TrimRight(before, " \t")
	m, size := utf8.DecodeLastRuneInString(rest)
	if !strings.ContainsRune(measureWords+modelMeasures, m) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(rest[:len(rest)-size])
	return prev != utf8.RuneError && !strings.ContainsRune("这那哪每", prev)
}

// modelMeasures count machines and models (一部, 两辆, 这款), besides
// measureWords.
const modelMeasures = "部辆款种"

// midwayJoiners before a number make it the object of the words before
// (「路灯跟 #R2 一样」, 「和 #R3 是一件事」), not the head of a note on it.
var midwayJoiners = []string{"跟", "和", "与", "同", "像", "比", "及", "或", "见", "参考", "参照"}

// midwayObjects after a number say it is compared or is a model's name
// (「#R2 一样」, 「R1型」), not an item the rest is about.
var midwayObjects = []string{"一样", "那样", "似的", "型", "号", "款"}

// NotOursWords say a matter is not the grid's to handle: "不是我们管的",
// "这个不归村里管". Its 驳回 is offered (refHint); one for the township,
// said so (upWords), is 上报镇's.
var NotOursWords = []string{"不是我们管", "不归我们管", "不是咱们管", "不归咱们管", "不归村里管", "不是村里管", "不归网格管",
	"不属于我们", "不属于村里", "不属于网格", "不在我们管"}

// lastVerbs are commands a cadre types after his words on an item,
// instead of before them: "这个归水务站管 上报镇", "不是本组的 驳回".
var lastVerbs = []string{"上报镇里", "上报乡镇", "上报镇", "报镇", "驳回", "退回", "办结"}

// VerbLast reads note as a command typed after its words (lastVerbs),
// set off from them by a space or punctuation: v is the verb, rest the
// words. "已经上报镇" (no break) tells what was done, no command.
func VerbLast(note string) (v, rest string, ok bool) {
	s := strings.TrimRight(note, " 。.!！~～")
	for _, w := range lastVerbs {
		before, found := strings.CutSuffix(s, w)
		if !found || before == "" {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(before)
		if !unicode.IsSpace(last) && !strings.ContainsRune(",，;；。.!！、", last) {
			return "", "", false
		}
		rest = strings.TrimRight(before, " ,，;；。.!！、")
		if !understand.HasContent(rest) {
			return "", "", false
		}
		return w, rest, true
	}
	return "", "", false
}

// reportLastRe is 上报 with a type word typed after the words it files,
// set off from them: "…说他也不听 上报调解", "…一拖再拖 我要上报调解".
var reportLastRe = regexp.MustCompile(`^(.*?)[\s,，;；。.!！、]+(?:我|我们|俺)?(?:要|想|就)?(?:请|帮我|给我)?上报(?:一下)?\s*(调解|纠纷|紧急|一般|咨询|办事)[\s。.!！~～]*$`)

// ReportLast reads text as the 上报 command typed after its words with
// the item's type (reportLastRe): it returns the command as it is typed
// first ("上报 调解 …"). Words naming an item are no new report.
func ReportLast(text string) (string, bool) {
	m := reportLastRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil || !understand.HasContent(m[1]) || len(village.FindRefs(m[1])) > 0 {
		return "", false
	}
	return "上报 " + m[2] + " " + strings.TrimSpace(m[1]), true
}

// SettleAsked marks the question hintSettles asks (err.refnote), and
// settleAskedNote finds the note it quotes.
const SettleAsked = "是两家已经调解好、可以办结了吗"

var SettleAskedNote = regexp.MustCompile(`「(.+?)」，` + SettleAsked)

// SettleYes reports whether an answer to the question whether a quarrel
// is settled says yes: "是", "对 谈好了", "是的 可以办结", not "还没".
func SettleYes(text string) bool {
	if ContainsAnyOf(text, "不", "还没", "没有", "没谈", "没好", "未") {
		return false
	}
	return StartsWithAny(text, "是", "对", "嗯", "可以", "好", "办结", "确定", "没错") || saysDone(text) || ContainsAnyOf(text, settlingWords...)
}

// AskedOpenly reads an officer's words quoting an item's message as his
// question to its grid's group ("问 电工几点到", "问：有照片吗"): q is the
// question, ok false when the words do not start so.
func AskedOpenly(note string) (q string, ok bool) {
	rest, ok := strings.CutPrefix(note, "问")
	if c, _ := utf8.DecodeRuneInString(rest); !ok || !strings.ContainsRune(" :：,，", c) {
		return "", false // "问问网格长" is his talk, "问题" no asking
	}
	q = strings.TrimLeft(rest, " :：,，")
	return q, understand.HasContent(q)
}

// askedTag starts the township's question to the grid (ask.grid,
// ask.remind); urgedTag its order (督办, Entry.Urge).
const (
	askedTag = "【镇里问】"
	urgedTag = "【镇里督办】"
)

// AskedPost reports whether text, a message of the bot's, is the
// township's question or order to the grid (镇里问, 镇里督办), whose
// answer quoting it is the item's 进展.
func AskedPost(text string) bool {
	return strings.HasPrefix(text, askedTag) || strings.HasPrefix(text, urgedTag)
}

// AsksGrid reports whether an officer's note on an item sent up is a
// question for its grid ("歪到什么程度了 电线压到了没有？", "具体在哪个位置",
// "请网格长补几张照片") or an order to it ("什么情况？抓紧处理"): not how it
// stands nor who handles it, which 查 answers ("怎么样了", "这个谁在管",
// asksAfter), nor a result or a sending back, which he is shown how to
// record.
func AsksGrid(note string, now time.Time) bool {
	if ContainsAnyOf(note, ReturnWords...) || DoneBy(note, now) {
		return false
	}
	if UrgesGrid(note) {
		return true
	}
	if AsksAfter(note) {
		return false
	}
	if ContainsAnyOf(note, gridQuestionWords...) {
		return true
	}
	end := strings.TrimRight(note, " 。.!！~")
	// "伤者情况怎么样": how one thing of it is, for the grid to tell
	return slices.ContainsFunc([]string{"吗", "呢", "没有", "没", "怎么样", "咋样", "怎样", "如何"}, func(q string) bool { return strings.HasSuffix(end, q) })
}

// AsksGridTyped reports whether an officer's note typed after an item's
// number is for its grid (asksGrid): not a question of how it stands,
// which 查 answers ("#R1 修好了吗", refQuestions), unless it asks when
// ("#R1 什么时候能弄好？", whenWords): the grid knows that, the item does
// not ("什么时候修", a statusQuestion, stays 查 as asksGrid says).
func AsksGridTyped(note string, at time.Time) bool {
	return (!StartsWithAny(TrimRefFillers(note), RefQuestions...) || ContainsAnyOf(note, whenWords...)) && AsksGrid(note, at)
}

// whenWords ask when something will be: a question for the grid
// (gridQuestionWords), unless a statusQuestion ("什么时候修").
var whenWords = []string{"什么时候", "啥时候", "几时", "多久", "哪天"}

// AsksEach reports whether an officer's note after several numbers is
// for each item's grid: an order (pressesEach) or a question for the
// grid ("#R1 #R2 什么时候能弄好？", asksGridTyped), each item asked as
// if it alone were named (one 镇里问 apiece).
func AsksEach(note string, at time.Time) bool {
	return pressesEach(note, at) || AsksGridTyped(note, at)
}

// RefList writes refs as a command names them: "#R1 #R2".
func RefList(refs []village.Ref) string {
	return strings.Join(RefTags(refs), " ")
}

// RefTags are refs as the bot writes each: "#R1".
func RefTags(refs []village.Ref) []string {
	out := make([]string, len(refs))
	for i, ref := range refs {
		out[i] = "#" + ref.String()
	}
	return out
}

// pressesEach reports whether an officer's note after several numbers
// ("#R1 #R2 抓紧处理") is an order to their grids (督办), which each item
// takes as if it alone were named. A status asked after several is
// answered by the items (askedAbout); a question for the grids, asksEach.
func pressesEach(note string, at time.Time) bool {
	return AsksGrid(note, at) && UrgesGrid(note) && !ContainsAnyOf(note, gridQuestionWords...)
}

// gridQuestionWords make an officer's note a question or a request for
// the grid wherever they stand in it.
var gridQuestionWords = append([]string{"?", "？", "哪里", "哪个", "哪儿", "哪家", "哪些", "多少", "有没有", "是不是", "能不能", "为什么", "谁家",
	"请网格", "让网格", "补充", "拍照", "拍张", "拍几张", "发张", "发几张", "问一下", "问问"}, whenWords...)

// urgeWords make an officer's note an instruction to the grid (督办:
// 「抓紧处理」) unless it tells of himself (「我尽快联系」).
var urgeWords = []string{"督办", "抓紧", "赶紧", "赶快", "加快", "尽快处理", "尽快解决", "尽快办", "尽快落实", "督促", "催一下", "催催", "盯紧",
	"抓落实", "务必", "限期", "必须修", "必须办", "必须解决", "必须处理", "必须完成", "必须落实", "必须弄好", "必须搞定"}

// whoWords ask who handles an item (「这个谁在管」): a question the item
// answers (its handlers, and how it stands), not one for the grid.
var whoWords = []string{"谁在管", "谁负责", "谁管", "谁在办", "谁在跟", "谁来管", "谁来办", "谁在弄", "谁在处理", "谁处理", "谁经手"}

// AsksWho reports whether an officer's note on an item asks who handles
// it and orders nothing (「这个谁在管」; not 「谁在管？抓紧处理」, an order).
func AsksWho(note string) bool {
	return ContainsAnyOf(note, whoWords...) && !UrgesGrid(note)
}

// AsksAfter reports whether an officer's note on an item asks how it
// stands or who handles it (「什么情况」, 「这个谁在管」), which 查
// answers from the item, ordering nothing.
func AsksAfter(note string) bool {
	return (ContainsAnyOf(note, StatusQuestions...) || AsksWho(note)) && !UrgesGrid(note)
}

// EndsAskingAfter reports whether an officer's note on an item ends
// asking how it stands ("王奶奶人怎么样了？", "老人送医院了 现在什么情况"):
// a question of his, however it starts, not news to record (town104).
func EndsAskingAfter(note string) bool {
	end := strings.TrimRight(note, " ?？。.!！~")
	return slices.ContainsFunc(StatusQuestions, func(q string) bool { return strings.HasSuffix(end, q) })
}

// UrgesGrid reports whether an officer's note on an item is an
// instruction to its grid (urgeWords) rather than news of his own.
func UrgesGrid(note string) bool {
	return ContainsAnyOf(note, urgeWords...) && !strings.Contains(note, "我")
}

// SettledNote reports whether rep takes no cadre's note as its 进展 or
// 办结: resolved (it waits on its reporter) or no longer open.
func SettledNote(rep village.Report) bool {
	return rep.Status == village.StatusResolved || !rep.Status.Open()
}

// WaitsOnVillager reports whether a cadre's note on an item says it
// waits for someone ("要等陈二家里人同意才能挖 先等等", "等他回来再说"):
// for 等待, which stops the clock, or 进展. A meeting set with its parties
// ("两家约好了明天上午到村委会当面谈") is none: it is work on the item, its
// 进展 with a plan (MeetingSet; walk96), as the same words with no number
// are (understand.Arranges).
func WaitsOnVillager(note string) bool {
	return ContainsAnyOf(note, "先等", "等等", "等他", "等她", "等村民", "等家里", "等人家", "等本人") ||
		strings.Contains(note, "等") && ContainsAnyOf(note, "同意", "回来", "签字", "材料", "回复", "在家")
}

// MeetingSet reports whether a cadre's note tells of a meeting set with
// the parties ("两家约了下周一再坐下来谈"): work told (TellsWork), and a
// clause a 等待's note may hold (OnlyWaits), yet no wait on them.
func MeetingSet(note string) bool {
	return ContainsAnyOf(note, meetingSet...) && ContainsAnyOf(note, meetingLater...)
}

var meetingSet = []string{"约了", "约好", "约定", "说好", "定好"}

var meetingLater = []string{"再谈", "再坐", "坐下来", "再商量", "再说", "再调解", "见面", "碰头", "当面谈", "一起谈"}

// WaitsPlainly reports whether a handler's note on an item says with no
// doubt that it waits on its people (waitsOnVillager), so that it is his
// 等待: it asks nothing, and waits on no one of his side ("等我回来再处理"
// is his own absence, "等不了" the opposite), which only he can sort.
func WaitsPlainly(note string) bool {
	return (WaitsOnVillager(note) || StillWaits(note)) && !ContainsAnyOf(note, NotPlainWait...)
}

// StillWaits reports whether a handler's note says the item still waits
// ("还在等挖机", "仍在等陈二回话"): of a paused item, its pause goes on
// (the clock stays stopped), not a 进展 that would start it again.
func StillWaits(note string) bool {
	note = strings.TrimSpace(note)
	return village.TrimStill(note) != note
}

// NotPlainWait are words that make a wait no plain one (waitsPlainly,
// waitsOnThing): a question, his own wait, or none.
var NotPlainWait = []string{"?", "？", "吗", "等我", "我等", "我们等", "不等", "等不", "没等", "不用等", "别等"}

// WaitsOnThing reports whether a handler's note opens by saying the work
// waits for a thing to come before it goes on ("等挖机来了再挖", "等材料到
// 了再修", "先等雨停了再弄"): nothing can be done until then, as 等待 with
// the same words says (village.Report.StatusLabel: 暂停（等挖机…）). A
// wait that may be his own, or a question, is none (notPlainWait).
func WaitsOnThing(note string) bool {
	return thingAwaited.MatchString(strings.TrimSpace(note)) && !ContainsAnyOf(note, NotPlainWait...)
}

// thingAwaited is a note opening with a wait for something to come, then
// what is done after: 等X来了/到了/停了/晴了…再/才….
var thingAwaited = regexp.MustCompile(`^(?:先)?等\s*\p{Han}{1,6}?(?:来了|到了|停了|晴了|干了|化了|退了|运来|送来|拉来|到位)(?:以后|之后)?\s*(?:再|才)`)

// DatedNote is a note that starts with a date or an hour ("12月4日办结了",
// "3点修好了") or an emergency service's number ("120已经到了": a duty
// officer's note), not another number.
var DatedNote = regexp.MustCompile(`^(?:[0-9]{1,2}\s*[月点]|(?:110|119|120|122|12345|95598)[^0-9])`)

// DoneBy reports whether a cadre's note, read at now, says that a matter
// is done (saysDone) and puts it on no day to come: "12月4日办结了" said
// on 4 December is done; "明天就修好了", "12月6日修好了" and "马上就弄好了"
// tell what he will do, its 进展.
func DoneBy(note string, now time.Time) bool {
	return saysDone(note) && (!understand.Later(note, now) || settledWithDay(note, now))
}

// settledWithDay reports whether note settles a quarrel on terms due some
// day (「调解好了 陈二赔100块 大后天给」, 「两家谈妥了 下周一前把狗送走」):
// the day is the settlement's, whose 回访 waits for it (PaymentDue), not
// the mediation put off (understand.Later) (med99).
func settledWithDay(note string, now time.Time) bool {
	_, due := village.DueIn(note, now)
	return due && ContainsAnyOf(note, settledWords...)
}

// saysDone reports whether a cadre's note on an item says, with no doubt,
// that it is done ("已经修好了", "垃圾清理完了", or a quarrel "调好了"), not
// a step on the way ("已联系供电所 这两天来修", "我下午去看看"), which 办结
// would close.
func saysDone(note string) bool {
	return ContainsAnyOf(note, slices.Concat(DoneWords, closedWords, settledWords)...) && !ContainsAnyOf(note, DoubtWords...)
}

// DoneOf is doneBy for an item of type typ: the words of a quarrel settled
// (settledWords: "调好了", "谈妥了", "说通了") settle a mediation item only;
// a street lamp is not 谈妥了, and "R2 和电工说通了" is a step on the way.
func DoneOf(note string, now time.Time, typ village.Type) bool {
	if typ != village.Mediation {
		note = Unsettled(note)
	}
	return DoneBy(note, now)
}

// Unsettled is note without the words of a quarrel settled, each left a
// break: "和电工说通了" → "和电工，".
var Unsettled = func() func(string) string {
	var pairs []string
	for _, w := range settledWords {
		pairs = append(pairs, w, "，")
	}
	return strings.NewReplacer(pairs...).Replace
}()

// Settles reports whether a note on a mediation item says the parties came
// to terms, or only that they talked ("两家谈好了", "陈二答应赔了"): its
// handler is asked which (noteHint), nothing recorded.
func Settles(note string, now time.Time) bool {
	return !DoneBy(note, now) && ContainsAnyOf(note, settlingWords...) && !ContainsAnyOf(note, DoubtWords...)
}

// ReturnWords tell, in an officer's note on an item sent up, that it is
// the village's to do: 退回, not 进展.
var ReturnWords = []string{"退回", "退给村", "村里自己", "让村里", "村里处理", "村里办", "村里解决", "不归镇", "不属于镇"}

// closedWords tell, besides doneWords, that a cadre's work on an item is
// done.
var closedWords = []string{"办完了", "已办结", "处理完了", "已处理完", "清理完了", "已清理", "清理干净了", "清走了", "拉走了", "完工了", "已完工", "亮了", "通了",
	// a repair's own verb: "护栏焊好了", "坑填平了", "灯泡换上了"
	"焊好了", "焊上了", "焊牢了", "填平了", "填好了", "补上了", "换上了", "扶正了"}

// settledWords tell that a quarrel was settled, in a mediator's words
// ("已经调好了", "两家谈妥了", "双方签字了"): done for a mediation item
// only (doneOf). The quarrel's words of doneWords ("调解好了", "和解了")
// are among them.
var settledWords = slices.Concat([]string{"调解成功", "达成协议", "调好了", "谈妥了", "说和了", "讲和了", "和好了", "说通了", "协商好了", "达成一致",
	"双方签字了", "两家签字了", "都签字了", "签了协议", "签了调解协议", "协议签了", "签了字"},
	slices.DeleteFunc(slices.Clone(DoneWords), func(w string) bool { return !strings.ContainsAny(w, "调和") }))

// settlingWords tell, in a mediator's note on a quarrel, that the parties
// came to terms, or only that they talked: "两家谈好了", "陈二答应赔了".
var settlingWords = []string{"谈好了", "说好了", "差不多了", "答应赔", "同意赔", "愿意赔", "都同意了", "都答应了", "都认了", "达成了"}

// beenWords tell that a cadre went to see a matter already ("我去看过了",
// "到现场看了"): how it stands, not his going (takingOn).
// "路灯看了，是灯泡坏了": the thing, 看了 and a pause before what he
// found (walk94); a bare 看了 is too often chat (看了新闻).
var beenWords = []string{"看过", "去过", "去看了", "去看看了", "去瞧了", "到现场看了", "现场看了", "查看了", "看了一下", "看了下", "瞧过",
	"看了，", "看了,", "看了 "}

// WentToSee reports whether note tells that its writer went to see the
// matter, and asks nothing.
func WentToSee(note string) bool {
	return ContainsAnyOf(note, beenWords...) && !strings.ContainsAny(note, "?？吗")
}

// TakingOn start what a cadre says when he takes a matter on.
var TakingOn = []string{"收到", "好的", "马上", "这就去", "立即", "立刻", "我去", "我来"}

// Lookups are the verbs that only read: what they ask for is answered,
// nothing is registered.
var Lookups = map[Verb]bool{VQuery: true, VTodo: true, VMine: true, VHelp: true, VMyPoints: true, VPoints: true,
	VRanking: true, VVillages: true, VPointsHelp: true, VReviewTodo: true}

// Names lists the names of people.
func Names(ps []village.Person) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// personWords name a person an item is about ("王奶奶", "老人", "伤者"):
// an officer's 「R3 王奶奶人怎么样了」 asks how that person is now.
var personWords = []string{"人", "老人家", "老人", "老太太", "老爷子", "奶奶", "爷爷", "大爷", "大娘", "婆婆", "伤者", "伤员", "病人",
	"孩子", "小孩", "娃", "他", "她", "本人"}

// personFillers stand between the person and the question: 「王奶奶身体
// 现在怎么样了」.
var personFillers = []string{"现在", "目前", "身体", "的", "这会儿", "今天"}

// AsksAfterPerson reports whether an officer's note on an item asks how a
// person in it is now (「王奶奶人怎么样了」「老人现在咋样了」「张三身体怎
// 么样了」, isName telling a roster name): what the record cannot say
// (only its last step), the grid's to answer (town105: it was answered
// from the record). 「王奶奶家水管怎么样了」「老人家里什么情况」 ask of
// the matter, which 查 answers.
func AsksAfterPerson(note string, isName func(string) bool) bool {
	end := strings.TrimRight(strings.Join(strings.Fields(note), ""), "?？。.!！~呢啊呀")
	i := slices.IndexFunc(StatusQuestions, func(q string) bool { return strings.HasSuffix(end, q) })
	if i < 0 || UrgesGrid(note) {
		return false
	}
	before := strings.TrimSuffix(end, StatusQuestions[i])
	for trimmed := true; trimmed; {
		trimmed = false
		for _, f := range personFillers {
			if b, ok := strings.CutSuffix(before, f); ok {
				before, trimmed = b, true
			}
		}
	}
	if before == "" {
		return false
	}
	if slices.ContainsFunc(personWords, func(p string) bool { return strings.HasSuffix(before, p) }) {
		return true
	}
	runes := []rune(before)
	for n := 2; n <= 4 && n <= len(runes); n++ {
		if isName(string(runes[len(runes)-n:])) {
			return true
		}
	}
	return false
}
