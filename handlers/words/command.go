package words

import (
	"cmp"
	"gridbot/understand"
	"gridbot/village"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Verb is a command the bot understands.
type Verb string

const (
	VReport    Verb = "上报"
	VAccept    Verb = "确认"
	VAssign    Verb = "指派"
	VProgress  Verb = "进展"
	VResolve   Verb = "办结"
	VConfirm   Verb = "满意"
	VReopen    Verb = "未解决"
	VEscalate  Verb = "上报镇"
	VReject    Verb = "驳回"
	VDuplicate Verb = "重复"
	VQuery     Verb = "查"
	VTodo      Verb = "待办"
	VMine      Verb = "我的事项"
	VProxy     Verb = "代报"
	VHelp      Verb = "帮助"
	VAnswer    Verb = "答复"
	VUnanswer  Verb = "撤回答复"
	// VAsk is a township officer's question to the grid about an item
	// sent up (镇里问): his question itself, quoting the item's message
	// or after its number (noteHint), goes to the grid's cadres
	// privately; typed as 问网格 #R 问题 (or quoting the item, 问 问题)
	// it is asked in the grid's group (command.open).
	VAsk Verb = "问网格"
	// VRetype is a grid leader's or a township officer's 改为一般: an
	// emergency judged none goes on as an ordinary item.
	VRetype Verb = "改为一般"
	// VSendBack is VReject as a township officer says it of an item a
	// village sent up (退回: it goes back to the grid); the parser reads
	// it as VReject. The offer of 「退回 #R5 …」 spells it so (town102).
	VSendBack Verb = "退回"
)

// Synonyms maps every accepted first word to its verb; each flow brings
// its own vocabulary.
var Synonyms = joinVocab(reportVocab, outreachVocab, pointsVocab, identityVocab, GridRankingVocab, villageRankingVocab)

func joinVocab(vocabs ...map[string]Verb) map[string]Verb {
	out := map[string]Verb{}
	for _, v := range vocabs {
		for k, x := range v {
			out[k] = x
		}
	}
	return out
}

// reportVocab are the words of the report flows.
var reportVocab = map[string]Verb{
	"上报": VReport, "报事": VReport, "反映": VReport, "报告": VReport, "举报": VReport, "报修": VReport,
	"确认": VAccept, "受理": VAccept, "收到处理": VAccept,
	"指派": VAssign, "分派": VAssign, "派给": VAssign, "交给": VAssign,
	"进展": VProgress, "进度": VProgress, "跟进": VProgress,
	"办结": VResolve, "已办结": VResolve, "办好了": VResolve, "已处理": VResolve,
	"满意": VConfirm, "已解决": VConfirm, "好评": VConfirm,
	"未解决": VReopen, "没解决": VReopen, "不满意": VReopen, "还没解决": VReopen,
	"上报镇": VEscalate, "报镇": VEscalate, "上报乡镇": VEscalate, "上报镇里": VEscalate,
	"驳回": VReject, "退回": VReject, "不予受理": VReject,
	// an officer's 退回 said with where it goes back to
	"退回村里": VReject, "退回网格": VReject, "退给村里": VReject, "退给网格": VReject, "退回给村里": VReject, "退回给网格": VReject,
	"重复": VDuplicate, "合并": VDuplicate,
	"查": VQuery, "查询": VQuery, "查看": VQuery, "查一下": VQuery, "查下": VQuery, "查查": VQuery,
	"待办": VTodo, "待处理": VTodo, "未办结": VTodo, "我的待办": VTodo, "我的任务": VTodo, "我负责的": VTodo,
	"代报": VProxy, "代上报": VProxy, "替报": VProxy,
	"问网格": VAsk, "问一下网格": VAsk,
	"答复": VAnswer, "已答复": VAnswer, "撤回答复": VUnanswer, "不是答复": VUnanswer, "取消答复": VUnanswer,
	"改为一般": VRetype, "改成一般": VRetype, "转为一般": VRetype, "转一般": VRetype, "降为一般": VRetype,
	"按一般处理": VRetype, "按一般事项处理": VRetype,
	"我的事项": VMine, "我反映的": VMine, "我的上报": VMine, "我报的事": VMine,
	"帮助": VHelp, "菜单": VHelp, "help": VHelp, "?": VHelp, "？": VHelp, "功能": VHelp,
}

// SynonymsByFirst lists the synonyms by their first (lower-case) rune,
// longest first so "上报镇" wins over "上报".
var SynonymsByFirst = func() map[rune][]string {
	keys := make([]string, 0, len(Synonyms))
	for k := range Synonyms {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	by := map[rune][]string{}
	for _, k := range keys {
		r, _ := utf8.DecodeRuneInString(k)
		r = unicode.ToLower(r)
		by[r] = append(by[r], k)
	}
	return by
}()

// LooseTodo is 待办 (or 我的待办) in a few words asking for it.
var LooseTodo = regexp.MustCompile(`^(?:请)?(?:帮我|给我)?(?:看看|看下|看一下|查查|查下|查一下|发下|发一下|列下|列一下|列出)?(?:一下)?((?:我的)?待办)(?:事项|清单|列表)?(?:呢|吧|啊)?[。.!！]?$`)

// PlaceTodo is a place, then 待办 and maybe a page: a village (two to
// four characters and 村), a grid (a number and 组) or both, or 全镇.
var PlaceTodo = regexp.MustCompile(`^(?:(\p{Han}{1,4}村)?\s*([0-9一二三四五六七八九十]+组)?|(全镇))\s*的?\s*(?:待办|待处理|未办结)(?:事项)?\s*((?:第\s*)?[0-9]{1,4}\s*页?)?$`)

var AllLead = regexp.MustCompile(`^(?:都|全都|全部|一起|统统)\s*`)

var AllLeads = []string{"都", "全", "一起", "统统"}

// LeadMatch is re's match at the start of t (re is anchored there), run
// only when t starts with one of leads, the words re may start with: most
// messages start with none, and the check costs far less than re.
func LeadMatch(t string, re *regexp.Regexp, leads []string) []int {
	if !StartsWithAny(t, leads...) {
		return nil
	}
	return re.FindStringIndex(t)
}

// ScoreDisputed is an objection to a claim's points said without 异议:
// "C8 分数不对", "#C3的分打得太高了"; the claim and the words after it.
var ScoreDisputed = regexp.MustCompile(`^(#?\s*[Cc]\s*[0-9]{1,9})\s*(?:的|这项|这条)?\s*((?:分数|分值|积分|分|打分|评分|加分)\s*(?:给得|打得|评得|加得|记得)?\s*(?:不对|有问题|不合理|不公平|太高|太多|错了).*)$`)

// ObjectionSentence is an objection written as a sentence: "对C9有异议：…",
// "我对 #C10 这项有异议，…", "#C2我有异议：…"; the claim and the reason.
var ObjectionSentence = regexp.MustCompile(`^(?:(?:我|本人)?对\s*)?(#?\s*[Cc]\s*[0-9]{1,9})\s*(?:这项|这一项|这条|的积分|积分)?\s*(?:我|本人)?\s*(?:有异议|提异议|提出异议)[\s，,。.:：！!]*(.*)$`)

// SameMatter is two reports said to be one matter: "R2跟R1是一个事",
// "#R3和#R2是同一件事", "R5 与 R4 说的是一回事", "R6 R7 是一件事".
var SameMatter = regexp.MustCompile(`(?i)^(#?\s*R\s*[0-9]{1,9})\s*(?:和|跟|与|同|[\s,，、]+)\s*(#?\s*R\s*[0-9]{1,9})\s*(?:的)?\s*(?:是|说的是|讲的是|就是|其实是)?\s*` +
	`(?:同一件事|同一个事|同一回事|一个事|一件事|一回事|一码事|一样的事|一个问题|同一个问题|重复的?)(?:情?儿?)?[了的啊呀吧。！!\s]*$`)

// LeadingRefs are references that start a message ("R1 ", "#R1、#R2",
// "＃3" after normalising), with the separators after them.
var LeadingRefs = regexp.MustCompile(`^(?:(?:#\s*[RrCcLlDd]?|[RrCcLlDd])\s*[0-9]{1,9}[\s,，、:：和]*)+`)

// RefLeads are the characters leadingRefs may start with.
var RefLeads = []string{"#", "R", "r", "C", "c", "L", "l", "D", "d"}

// ClaimLead is leading references that are all claims' ("C1", "#C1、C2").
var ClaimLead = regexp.MustCompile(`^(?:(?:#\s*)?[Cc]\s*[0-9]{1,9}[\s,，、:：和]*)+$`)

// GivesPoints is a score given after a claim's reference: "给8分", "给十分",
// and after several, each one's: "都给8分", "每项8分", "各8分".
var GivesPoints = regexp.MustCompile(`^(?:(?:都|各|均|每项|每条|每个|每一项)(?:是|为)?\s*给?|给)\s*各?\s*[0-9零一二两三四五六七八九十]{1,4}\s*分(?:$|[\s，,。.！!])`)

// ScoreOnly is a reviewer's reply that is only a score: "8分", "给8分",
// "八分".
var ScoreOnly = regexp.MustCompile(`^(?:给|打)?\s*(?:[0-9]{1,3}|[零一二两三四五六七八九十]{1,3})\s*分\s*[。.!！]?$`)

// RefusalLead starts a reviewer's reply that turns a claim down in plain
// words (不同意 and 不通过 are the 驳回 command's own): "不行，那天他没去",
// "不给", whose reason follows the word; "不符合条件", "不属实", which are
// the reason themselves (no submatch).
var RefusalLead = regexp.MustCompile(`^(?:(不行|不给|不能给|不算|不能算|不可以|不批|不认可)(?:分|数|吧|啊|的|了)*[\s,，、。.!！:：;；]*|不符合|不属实)`)

// NamedPoints is what a scorer says, then 加/扣/减 N 分 (see pointsSaid).
var NamedPoints = regexp.MustCompile(`^@?(\S.*?)[，,。\s]*(加|扣|减)\s*([0-9]{1,3})\s*分[。！!]?$`)

// GivePoints is a scorer's 加分 or 扣分 said as a sentence: "给张三加10分，
// 拾金不昧", "给陈二扣5分 焚烧秸秆"; the name, 加/扣/减, the points and
// what for.
var GivePoints = regexp.MustCompile(`^给\s*@?([\p{Han}·]{2,5}?)\s*(加|扣|减)\s*([0-9]{1,3})\s*分\s*[，,。:：\s]\s*(\S.*)$`)

// tookWhen are the words a shopkeeper puts between the name and what was
// taken ("陈二又拿了一瓶洗洁精", "张三刚才换了一桶油"): not the name's.
const tookWhen = `(?:刚刚|刚才|今天|刚|又|还|也)?\s*`

// nameFirstRedeem is a shopkeeper's 兑换 written after the name: "张三
// 兑换 洗衣液 1", "张三换了一桶油"; the name and what was taken.
var nameFirstRedeem = regexp.MustCompile(`^@?([\p{Han}·]{2,5}?)\s*` + tookWhen + `(?:兑换了|兑换|换了|换走了|换走)\s*[:：,，]?\s*(\S.*)$`)

// nameFirstTook is the shopkeeper telling what a villager took ("张三拿
// 了两瓶洗洁精"): maybe a redemption to record, maybe news; asked back.
var nameFirstTook = regexp.MustCompile(`^@?([\p{Han}·]{2,5}?)\s*` + tookWhen + `(?:拿了|拿走了|拿走|领了|领走了|领走|取了|取走了)\s*[:：,，]?\s*(\S.*)$`)

// givenFor is the shopkeeper's 兑换 said as what he records for whom
// ("给陈二记一瓶酱油", "给张三换两块香皂"); the name and what was taken.
var givenFor = regexp.MustCompile(`^给\s*@?([\p{Han}·]{2,5}?)\s*(?:记上|记了|记|兑换了|兑换|换了|换)\s*[:：,，]?\s*(\S.*)$`)

// ShopWords reads the shopkeeper's own words for a sale: the name, what
// was taken, and took when he only tells that it was taken ("张三拿了两瓶
// 洗洁精", asked back) rather than what to record ("张三换了一桶油",
// "给陈二记一瓶酱油": his 兑换). ok is false for other words.
func ShopWords(text string) (name, goods string, took, ok bool) {
	for _, re := range []*regexp.Regexp{nameFirstRedeem, givenFor, nameFirstTook} {
		if m := re.FindStringSubmatch(text); m != nil {
			return m[1], m[2], re == nameFirstTook, true
		}
	}
	return "", "", false, false
}

// LedgerLead is a redemption's reference among the leading ones ("L2",
// "#L2", "D1"): only a verb that takes one (撤销兑换) follows it.
var LedgerLead = regexp.MustCompile(`(?i)(?:^|[^0-9A-Za-z])#?\s*[LD]\s*[0-9]`)

// SatisfiedFillers are what people put around 满意: "非常满意", "满意了，谢谢".
var SatisfiedFillers = append([]string{"非常", "十分", "特别", "很", "挺", "蛮", "太", "都"}, ackFillers...)

var Courtesy = regexp.MustCompile(`^(?:收到|好的|好|嗯|ok|OK|Ok)\s*[，,。.！!～~\s]\s*`)

var CourtesyLeads = []string{"收到", "好", "嗯", "ok", "OK", "Ok"}

// NumberArg is, for the verbs whose argument may be a number, that
// argument written right after the verb: a page of 待办 ("待办2",
// "待办第2页"), a year of 积分排行 ("积分排行2025"), the item 驳回, 确认
// or 办结 is for ("驳回4 没签到", "确认12、13").
var NumberArg = map[Verb]*regexp.Regexp{
	VReject:  PlainRef, // "驳回4 没签到"
	VAccept:  PlainRef, // "确认12、13", not "确认12点开会"
	VResolve: PlainRef, // "办结3 修好了"
	VTodo:    pageRe,
	VRanking: regexp.MustCompile(`^\s*[0-9]{4}\s*年?$`),
}

// PlainRef is a number alone at the start of a command's arguments ("4
// 没签到"), not a count ("3次").
var PlainRef = regexp.MustCompile(`^([0-9]{1,6})(?:[\s,，、:：]+|$)`)

// BareNumber reads a report number written without its letter ("#3",
// "＃ 3" after normalising) at the start of a command's arguments, and
// returns the arguments after it.
func BareNumber(args string) (n int, rest string, ok bool) {
	m := bareRef.FindStringSubmatch(args)
	if m == nil {
		return 0, "", false
	}
	digits := cmp.Or(m[1], m[2])
	n, err := strconv.Atoi(digits)
	rest = strings.TrimLeft(args[strings.Index(args, digits)+len(digits):], " ")
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "号"), "件")
	return n, strings.TrimLeft(rest, " :：,，"), err == nil && n > 0
}

// bareRef is "#3", "3号", "第3件" or "第3号": a number written as a
// reference, not a count ("3天", "3户").
var bareRef = regexp.MustCompile(`^(?:#\s*([0-9]{1,9})(?:$|[^0-9])|第?\s*([0-9]{1,9})\s*[号件](?:$|[\s\p{P}]))`)

func CutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return "", false
	}
	return s[len(prefix):], true
}

// Boundary reports whether rest starts where a command word may end.
func Boundary(rest string) bool {
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '#' || r == 'R' || r == 'r' || r == 'C' || r == 'c' || r == '@'
}

// Ordinal reads "第二件", "第2个" at the start of a command's arguments:
// the position of an item in a quoted list, from 1.
func Ordinal(args string) (n int, rest string, ok bool) {
	m := ordinalRe.FindStringSubmatch(args)
	if m == nil {
		return 0, "", false
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		n = smallNumbers[m[1]]
	}
	return n, strings.TrimSpace(args[len(m[0]):]), n > 0
}

var smallNumbers = map[string]int{"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

var ordinalRe = regexp.MustCompile(`^第\s*([0-9]{1,2}|[一二两三四五六七八九十])\s*[件个条项]`)

// StripRefs removes the references of kind ('R' for a report command,
// 'C' for a claim command) from s, leaving the free note. Other letters
// and numbers are the note's own: "换了C3型号的灯泡", "AC220V插座".
func StripRefs(s string, kind byte) string {
	return tidyNote(refStrip[kind].ReplaceAllString(s, "$1 "), len(refStrip[kind].FindAllStringIndex(s, -1)))
}

// tidyNote is what is left of a command's arguments once its references
// (refs of them) are cut out: "" when nothing is said.
func tidyNote(out string, refs int) string {
	if !understand.HasContent(out) {
		return "" // "满意！", "办结 #R1 。": no note
	}
	// "#R1、#R2", "#R1#R2" and "#R2,已修好" leave separators behind
	return NoteAfterRefs(strings.Trim(strings.Join(strings.Fields(out), " "), " 、,，;；:：.。#"), refs)
}

// NoteAfterRefs is s, the words written after the numbers of refs items
// they are about, as a note kept on each item: without the marks leading
// it and, after several numbers, a word that only joins it to them all
// (noteJoiners): 「#R2 #R3 都联系了水利站」 is 「联系了水利站」 on each,
// which the office and 查 read of one item. After one number 都 is the
// note's own (「#R1 都同意了」: both parties). Every note after numbers
// goes through it: a command's (tidyNote) and plain words' (the
// handlers' refNoteOf, NumbersDone). Words that are only a joiner stay.
func NoteAfterRefs(s string, refs int) string {
	s = strings.TrimLeft(s, noteMarks)
	for _, j := range noteJoiners {
		if refs < 2 {
			break
		}
		if rest, ok := strings.CutPrefix(s, j); ok && understand.HasContent(rest) {
			return strings.TrimLeft(rest, noteMarks)
		}
	}
	return s
}

// noteMarks may stand between an item's number and its note.
const noteMarks = " ,，:：。"

// noteJoiners lead a note on several items to say it is of them all
// (都, 均: 「#R2 #R3 都联系了水利站」, 「均已处理」); kept on each item
// they read odd (「都联系了…」). 也 and 全 stay: 「也报了供电所」 says more
// than the note, 「全村」 is a place.
var noteJoiners = []string{"也都", "全都", "都", "均"}

// leadClaimRefs are the claim references that start a command's arguments.
var leadClaimRefs = regexp.MustCompile(`(?i)^(?:[\s、,，;；:：#]*C\s*[0-9]{1,9})+`)

// ClaimNote is the note of a claim command: its arguments without the
// references it acts on (those that start them, else the first one),
// while a reference further on is the note's own: "驳回 #C4 重复，已在C1
// 记过" keeps 「已在C1记过」.
func ClaimNote(s string) string {
	if m := leadClaimRefs.FindString(s); m != "" {
		return tidyNote(s[len(m):], len(refStrip['C'].FindAllStringIndex(m, -1)))
	}
	if loc := refStrip['C'].FindStringSubmatchIndex(s); loc != nil {
		s = s[:loc[3]] + " " + s[loc[1]:]
	}
	return tidyNote(s, 1)
}

// ReportType reads an explicit type word right after 上报: 紧急, 调解, 咨询…
// The word is cut from the text only when it stands apart.
func ReportType(args string) (village.Type, string, bool) {
	words := []struct {
		w string
		t village.Type
	}{
		{"紧急", village.Emergency}, {"突发", village.Emergency}, {"急", village.Emergency},
		{"调解", village.Mediation}, {"纠纷", village.Mediation},
		{"咨询", village.Approval}, {"办事", village.Approval}, {"审批", village.Approval},
		{"一般", village.General},
	}
	for _, x := range words {
		if rest, ok := strings.CutPrefix(args, x.w); ok {
			if x.w == "急" || x.w == "纠纷" {
				// only as a standalone tag: "上报 急 …"
				if rest != "" && !Boundary(rest) {
					continue
				}
			}
			if !Boundary(rest) {
				// glued to the words after it ("调解好了又吵起来了",
				// "紧急情况后山冒烟"): the tag is the matter's own first
				// word, kept in what is filed
				return x.t, args, true
			}
			return x.t, strings.TrimLeft(strings.TrimSpace(rest), ":：,，"), true
		}
	}
	return "", args, false
}

// refStrip finds, by kind, a reference that starts a word (as
// village.FindRefs reads them) with what comes before it.
var refStrip = map[byte]*regexp.Regexp{
	'R': regexp.MustCompile(`(?i)(^|[^0-9A-Za-z])#?\s*R\s*[0-9]{1,9}`),
	'C': regexp.MustCompile(`(?i)(^|[^0-9A-Za-z])#?\s*C\s*[0-9]{1,9}`),
}

var LeadingRef = regexp.MustCompile(`(?i)^(#?\s*[RC]\s*[0-9]{1,9})(?:$|[^0-9])`)

// DeadLead is a reference's shape at the start of a command's arguments
// with any number of digits: a letter, # or both before them.
var DeadLead = regexp.MustCompile(`(?i)^(?:#\s*([RC]?)|([RC]))\s*([0-9]+)(?:$|[^0-9])`)

// Misspelt reads a message that starts like a command on an item but with
// a mistyped verb ("办节 #R1 修好了", "确仁R1"): a word one character off
// a verb that takes a reference of that kind, right before the reference.
// It returns the word typed and the message as the command was meant; the
// bot suggests it and never acts on the guess.
func Misspelt(text string) (typed, meant string, ok bool) {
	var m []string
	if strings.ContainsAny(text, "RrCcLl") { // a reference's letter, which misspeltRe needs
		m = misspeltRe.FindStringSubmatch(text)
	}
	if m == nil {
		return misspeltClaim(text)
	}
	typed, kind := m[1], strings.ToUpper(m[2])
	return suggest(text, typed, func(v Verb) bool { return strings.Contains(TakesRef[v], kind) })
}

// misspeltClaim reads "申情积分 帮王奶奶挑水": a word one character off a
// claim's verb, then a space and what was done. Only the claim's verbs:
// the others are short or ordinary words, and a claim without a verb is
// read as free text anyway.
func misspeltClaim(text string) (typed, meant string, ok bool) {
	if !fifthRuneIn(text, " \t\n\f\r:：，,") { // what misspeltClaimRe needs after its four characters
		return "", "", false
	}
	m := misspeltClaimRe.FindStringSubmatch(text)
	if m == nil {
		return "", "", false
	}
	return suggest(text, m[1], func(v Verb) bool { return v == VClaim })
}

// suggest is text with typed, which starts it, replaced by the verb word
// one character off it whose verb fits; of several, the verb's own word
// ("申请积分" rather than "申报积分"), else the lexically first, so the
// answer does not depend on the map's order. A verb word is no typo.
func suggest(text, typed string, fits func(Verb) bool) (string, string, bool) {
	if Synonyms[typed] != "" {
		return "", "", false
	}
	meant := ""
	better := func(k string) bool {
		own, ownMeant := string(Synonyms[k]) == k, string(Synonyms[meant]) == meant
		return meant == "" || own && !ownMeant || own == ownMeant && k < meant
	}
	for k, v := range Synonyms {
		if fits(v) && village.OneCharOff(typed, k) && better(k) {
			meant = k
		}
	}
	if meant == "" {
		return "", "", false
	}
	return typed, meant + " " + strings.TrimLeft(text[len(typed):], " \t\n:：，,"), true
}

// misspeltClaimRe is a word of four Chinese characters that starts a
// message, then a space and more.
var misspeltClaimRe = regexp.MustCompile(`^(\p{Han}{4})[\s:：，,]+\S`)

// fifthRuneIn reports whether the fifth rune of text is one of set's.
func fifthRuneIn(text, set string) bool {
	n := 0
	for _, r := range text {
		if n++; n == 5 {
			return strings.ContainsRune(set, r)
		}
	}
	return false
}

// misspeltRe is a word of two to four Chinese characters before a
// reference that starts the message.
var misspeltRe = regexp.MustCompile(`^(\p{Han}{2,4})\s*#?\s*([RrCcLl])\s*[0-9]{1,9}(?:$|[^0-9])`)

// TakesRef are the verbs whose first argument is an item's reference, with
// the kinds of item they take.
var TakesRef = map[Verb]string{VAccept: "R", VAssign: "R", VProgress: "R", VResolve: "R", VConfirm: "R",
	VReopen: "R", VEscalate: "R", VReject: "RC", VDuplicate: "R", VQuery: "RC", VPause: "R", VAnswer: "R", VUnanswer: "R", VAsk: "R", VRetype: "R",
	VApprove: "C", VObject: "C", VUphold: "C", VRevoke: "CL", VWithdraw: "C", VUnredeem: "L"}

// ScoreLast reads a scorer's score said after a remark on the claim it
// follows ("照片看了 院子挺干净 给5分", pts103: silent, the scorer believing
// it approved): score is "给5分", remark what came before. A remark that
// doubts, refuses, asks or bargains ("不能给5分", "最多给5分", "给5分行不")
// is none: the scorer is left to say it plainly.
func ScoreLast(rest string) (score, remark string, ok bool) {
	m := scoreLastRe.FindStringSubmatch(strings.TrimSpace(rest))
	if m == nil || ContainsAnyOf(m[1], scoreDoubts...) {
		return "", "", false
	}
	return m[2], strings.TrimRight(m[1], " ，,。、"), true
}

var scoreLastRe = regexp.MustCompile(`^([^0-9#]{1,30}?)[\s，,。、]*((?:给|打)\s*[0-9零一二两三四五六七八九十]{1,4}\s*分)[。.!！\s]*$`)

// scoreDoubts make the remark before a score no plain approval (ScoreLast).
var scoreDoubts = []string{"不", "没", "别", "吗", "?", "？", "扣", "驳回", "退回", "最多", "最少", "顶多", "至少", "只能", "能", "可以", "行", "要", "想", "建议", "还是", "或", "如果", "要是", "C", "c"}
