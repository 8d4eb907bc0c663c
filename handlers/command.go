package handlers

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gridbot/understand"
	"gridbot/village"
)

// verb is a command the bot understands.
type verb string

const (
	vReport    verb = "上报"
	vAccept    verb = "确认"
	vAssign    verb = "指派"
	vProgress  verb = "进展"
	vResolve   verb = "办结"
	vConfirm   verb = "满意"
	vReopen    verb = "未解决"
	vEscalate  verb = "上报镇"
	vReject    verb = "驳回"
	vDuplicate verb = "重复"
	vQuery     verb = "查"
	vTodo      verb = "待办"
	vMine      verb = "我的事项"
	vProxy     verb = "代报"
	vHelp      verb = "帮助"
	vAnswer    verb = "答复"
	vUnanswer  verb = "撤回答复"
	// vAsk is a township officer's question to the grid about an item
	// sent up (镇里问): his question itself, quoting the item's message
	// or after its number (noteHint), goes to the grid's cadres
	// privately; typed as 问网格 #R 问题 (or quoting the item, 问 问题)
	// it is asked in the grid's group (command.open).
	vAsk verb = "问网格"
	// vRetype is a grid leader's or a township officer's 改为一般: an
	// emergency judged none goes on as an ordinary item.
	vRetype verb = "改为一般"
)

// synonyms maps every accepted first word to its verb; each flow brings
// its own vocabulary.
var synonyms = joinVocab(reportVocab, outreachVocab, pointsVocab, identityVocab, gridRankingVocab, villageRankingVocab)

func joinVocab(vocabs ...map[string]verb) map[string]verb {
	out := map[string]verb{}
	for _, v := range vocabs {
		for k, x := range v {
			out[k] = x
		}
	}
	return out
}

// reportVocab are the words of the report flows.
var reportVocab = map[string]verb{
	"上报": vReport, "报事": vReport, "反映": vReport, "报告": vReport, "举报": vReport, "报修": vReport,
	"确认": vAccept, "受理": vAccept, "收到处理": vAccept,
	"指派": vAssign, "分派": vAssign, "派给": vAssign, "交给": vAssign,
	"进展": vProgress, "进度": vProgress, "跟进": vProgress,
	"办结": vResolve, "已办结": vResolve, "办好了": vResolve, "已处理": vResolve,
	"满意": vConfirm, "已解决": vConfirm, "好评": vConfirm,
	"未解决": vReopen, "没解决": vReopen, "不满意": vReopen, "还没解决": vReopen,
	"上报镇": vEscalate, "报镇": vEscalate, "上报乡镇": vEscalate, "上报镇里": vEscalate,
	"驳回": vReject, "退回": vReject, "不予受理": vReject,
	// an officer's 退回 said with where it goes back to
	"退回村里": vReject, "退回网格": vReject, "退给村里": vReject, "退给网格": vReject, "退回给村里": vReject, "退回给网格": vReject,
	"重复": vDuplicate, "合并": vDuplicate,
	"查": vQuery, "查询": vQuery, "查看": vQuery, "查一下": vQuery, "查下": vQuery, "查查": vQuery,
	"待办": vTodo, "待处理": vTodo, "未办结": vTodo, "我的待办": vTodo, "我的任务": vTodo, "我负责的": vTodo,
	"代报": vProxy, "代上报": vProxy, "替报": vProxy,
	"问网格": vAsk, "问一下网格": vAsk,
	"答复": vAnswer, "已答复": vAnswer, "撤回答复": vUnanswer, "不是答复": vUnanswer, "取消答复": vUnanswer,
	"改为一般": vRetype, "改成一般": vRetype, "转为一般": vRetype, "转一般": vRetype, "降为一般": vRetype,
	"按一般处理": vRetype, "按一般事项处理": vRetype,
	"我的事项": vMine, "我反映的": vMine, "我的上报": vMine, "我报的事": vMine,
	"帮助": vHelp, "菜单": vHelp, "help": vHelp, "?": vHelp, "？": vHelp, "功能": vHelp,
}

// synonymsByFirst lists the synonyms by their first (lower-case) rune,
// longest first so "上报镇" wins over "上报".
var synonymsByFirst = func() map[rune][]string {
	keys := make([]string, 0, len(synonyms))
	for k := range synonyms {
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

// command is a parsed command message.
type command struct {
	verb verb
	word string        // the synonym as typed
	args string        // text after the verb
	refs []village.Ref // references in args, in order
	// glued is set when the text goes on without a space after the verb
	// ("上报路灯坏了", "回访王奶奶已通"): maybe ordinary speech.
	glued bool
	// reordered is set when the references came before the verb ("R1
	// 确认"): args are then the references and the text after the verb.
	reordered bool
	// all is set when 确认 was said of everything meant ("都确认", "全部
	// 受理"): the quoted message's every item.
	all bool
	// open is set on a 镇里问 typed as such (问网格 #R 问题): the
	// grid is asked in its group, not its cadres privately.
	open bool
}

// parseCommand recognises a command at the start of text. Verbs that are
// also ordinary words ("查", "确认") count only when followed by a
// reference, a space, punctuation or nothing, so "查水表的来了" is not a
// command; 上报, 回访, 兑换 and 确认身份/拒绝身份 may be glued to their text (their flows
// treat a glued one that does not fit as free text).
func parseCommand(text string) (command, bool) {
	t := strings.TrimSpace(text)
	if isAck(t) {
		return command{verb: vAck, word: "收到"}, true
	}
	if justSaid(t, "满意", satisfiedFillers) {
		// "满意了", "非常满意👍": the reporter's answer to 办结
		return command{verb: vConfirm, word: "满意"}, true
	}
	if m := leadMatch(t, courtesy, courtesyLeads); m != nil {
		// "收到，确认 #R1", "好的！办结 #R2 已修好": the command after the
		// courtesy word, when it names an item; "收到，马上去" and
		// "收到，通知 已转发" stay what they were.
		if c, ok := parseVerb(t[m[1]:]); ok && len(c.refs) > 0 && c.verb != vNotice && c.verb != vReport {
			return c, true
		}
	}
	if c, ok := parseVerb(t); ok {
		return c, true
	}
	if m := leadMatch(t, allLead, allLeads); m != nil {
		// "都确认", "全部受理 马上安排": 确认 of every item meant;
		// "都同意", "全部同意": the claims waiting, listed (approveAll)
		if c, ok := parseVerb(t[m[1]:]); ok && (c.verb == vAccept || c.verb == vApprove) {
			c.all = true
			return c, true
		}
	}
	if c, ok := placeFirstTodo(t); ok {
		return c, true
	}
	if c, ok := todoAsked(t); ok {
		return c, true
	}
	if strings.Contains(t, "异议") { // the regular expression only where it may match
		if m := objectionSentence.FindStringSubmatch(t); m != nil {
			// "对C9有异议：…", "我对#C10有异议，…": 异议 with the item first.
			args := strings.TrimSpace(m[1] + " " + m[2])
			return command{verb: vObject, word: "异议", args: args, refs: village.FindRefs(args), reordered: true}, true
		}
	}
	if m := scoreDisputed.FindStringSubmatch(t); m != nil {
		// "C8 分数不对": an objection said without 异议, its words the reason
		args := strings.TrimSpace(m[1] + " " + m[2])
		return command{verb: vObject, word: "异议", args: args, refs: village.FindRefs(args), reordered: true}, true
	}
	return refFirst(t)
}

// placeFirstTodo reads an officer's 待办 written after the place it looks
// into, as he says it: "红旗村待办", "青山村 三组待办", "三组的待办 2",
// "全镇待办". It reads as "待办 青山村 三组 2" would, so a place the
// township has not gets the same answer. A word for villages in general
// or the speaker's ("我们村待办", "全村待办") is no place.
func placeFirstTodo(t string) (command, bool) {
	if !strings.Contains(t, "待") && !strings.Contains(t, "未办结") {
		return command{}, false // the regular expression only where it may match
	}
	m := placeTodo.FindStringSubmatch(t)
	if m == nil {
		return command{}, false
	}
	vil, grid := m[1], m[2]
	if vil == "" && grid == "" && m[3] == "" || vil != "" && village.NotAVillageName(vil) {
		return command{}, false // "的待办", "我们村待办"
	}
	args := strings.Join(strings.Fields(vil+" "+grid+" "+m[4]), " ")
	if m[3] != "" {
		args = strings.TrimSpace("全镇 " + m[4])
	}
	return command{verb: vTodo, word: "待办", args: args, reordered: true}, true
}

// todoAsked reads 待办 typed loosely, as a busy leader does: with a
// space in it ("待 办"), or asked for in a few words ("帮我看看待办",
// "查一下我的待办", "待办呢"): nothing else in the message.
func todoAsked(t string) (command, bool) {
	if !strings.Contains(t, "待") || !strings.Contains(t, "办") {
		return command{}, false // the regular expression only where it may match
	}
	m := looseTodo.FindStringSubmatch(strings.Join(strings.Fields(t), ""))
	if m == nil {
		return command{}, false
	}
	return parseVerb(m[1])
}

// looseTodo is 待办 (or 我的待办) in a few words asking for it.
var looseTodo = regexp.MustCompile(`^(?:请)?(?:帮我|给我)?(?:看看|看下|看一下|查查|查下|查一下|发下|发一下|列下|列一下|列出)?(?:一下)?((?:我的)?待办)(?:事项|清单|列表)?(?:呢|吧|啊)?[。.!！]?$`)

// placeTodo is a place, then 待办 and maybe a page: a village (two to
// four characters and 村), a grid (a number and 组) or both, or 全镇.
var placeTodo = regexp.MustCompile(`^(?:(\p{Han}{1,4}村)?\s*([0-9一二三四五六七八九十]+组)?|(全镇))\s*的?\s*(?:待办|待处理|未办结)(?:事项)?\s*((?:第\s*)?[0-9]{1,4}\s*页?)?$`)

// allLead is what says a command is of every item meant: "都确认";
// allLeads are the words it may start with.
var (
	allLead  = regexp.MustCompile(`^(?:都|全都|全部|一起|统统)\s*`)
	allLeads = []string{"都", "全", "一起", "统统"}
)

// leadMatch is re's match at the start of t (re is anchored there), run
// only when t starts with one of leads, the words re may start with: most
// messages start with none, and the check costs far less than re.
func leadMatch(t string, re *regexp.Regexp, leads []string) []int {
	if !startsWithAny(t, leads...) {
		return nil
	}
	return re.FindStringIndex(t)
}

// scoreDisputed is an objection to a claim's points said without 异议:
// "C8 分数不对", "#C3的分打得太高了"; the claim and the words after it.
var scoreDisputed = regexp.MustCompile(`^(#?\s*[Cc]\s*[0-9]{1,9})\s*(?:的|这项|这条)?\s*((?:分数|分值|积分|分|打分|评分|加分)\s*(?:给得|打得|评得|加得|记得)?\s*(?:不对|有问题|不合理|不公平|太高|太多|错了).*)$`)

// objectionSentence is an objection written as a sentence: "对C9有异议：…",
// "我对 #C10 这项有异议，…", "#C2我有异议：…"; the claim and the reason.
var objectionSentence = regexp.MustCompile(`^(?:(?:我|本人)?对\s*)?(#?\s*[Cc]\s*[0-9]{1,9})\s*(?:这项|这一项|这条|的积分|积分)?\s*(?:我|本人)?\s*(?:有异议|提异议|提出异议)[\s，,。.:：！!]*(.*)$`)

// refFirst reads a command written after the items it names, as cadres
// often type it: "R1 确认", "#R2已办结 换了灯泡", "r2 受理了，下午去调解",
// "C1 同意 5", "R1、R2 查", "R1 指派给王五", "L2 撤销兑换". The word after the references must be a verb
// that takes a reference ("R1 上报" is no new report), optionally with
// 已 before it and 了 after it; a question ("R1 办结了吗", "R1 确认？")
// is no command. The command's args are the references, then the rest.
func refFirst(t string) (command, bool) {
	m := leadMatch(t, leadingRefs, refLeads)
	if m == nil || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
		return command{}, false
	}
	refs, rest := strings.TrimRight(t[:m[1]], " ,，、:：和"), t[m[1]:]
	if next, _ := utf8.DecodeRuneInString(rest); next < utf8.RuneSelf && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
		return command{}, false // "R1234567890", "R1abc": no reference
	}
	if m := sameMatter.FindStringSubmatch(t); m != nil {
		// "R2跟R1是一个事", "#R3和#R2是同一件事", "R1 R2 是一件事": 重复,
		// the later merged into the earlier, whichever was written first
		args := m[1] + " " + m[2]
		if refs := village.FindRefs(args); len(refs) == 2 && refs[0].N < refs[1].N {
			args = m[2] + " " + m[1]
		}
		return command{verb: vDuplicate, word: "重复", args: args, refs: village.FindRefs(args), reordered: true}, true
	}
	if claimLead.MatchString(refs) && givesPoints.MatchString(rest) {
		// "C1 给8分": the scorer's score, 同意 left out
		args := strings.TrimSpace(refs + " " + rest)
		return command{verb: vApprove, word: "同意", args: args, refs: village.FindRefs(args), reordered: true}, true
	}
	for _, said := range []string{rest, strings.TrimPrefix(rest, "已")} {
		first, _ := utf8.DecodeRuneInString(said)
		for _, k := range synonymsByFirst[unicode.ToLower(first)] {
			after, ok := cutPrefixFold(said, k)
			if !ok || takesRef[synonyms[k]] == "" || ledgerLead.MatchString(refs) && !strings.Contains(takesRef[synonyms[k]], "L") {
				continue
			}
			after = strings.TrimPrefix(after, "了")
			if !boundary(after) && synonyms[k] != vAssign { // "R1 指派给王五", "R2 交给王五"
				continue
			}
			args := strings.TrimSpace(refs + " " + strings.TrimLeft(after, " :：,，。"))
			return command{verb: synonyms[k], word: k, args: args, refs: village.FindRefs(args), reordered: true}, true
		}
	}
	return command{}, false
}

// sameMatter is two reports said to be one matter: "R2跟R1是一个事",
// "#R3和#R2是同一件事", "R5 与 R4 说的是一回事", "R6 R7 是一件事".
var sameMatter = regexp.MustCompile(`(?i)^(#?\s*R\s*[0-9]{1,9})\s*(?:和|跟|与|同|[\s,，、]+)\s*(#?\s*R\s*[0-9]{1,9})\s*(?:的)?\s*(?:是|说的是|讲的是|就是|其实是)?\s*` +
	`(?:同一件事|同一个事|同一回事|一个事|一件事|一回事|一码事|一样的事|一个问题|同一个问题|重复的?)(?:情?儿?)?[了的啊呀吧。！!\s]*$`)

// leadingRefs are references that start a message ("R1 ", "#R1、#R2",
// "＃3" after normalising), with the separators after them.
var leadingRefs = regexp.MustCompile(`^(?:(?:#\s*[RrCcLl]?|[RrCcLl])\s*[0-9]{1,9}[\s,，、:：和]*)+`)

// refLeads are the characters leadingRefs may start with.
var refLeads = []string{"#", "R", "r", "C", "c", "L", "l"}

// claimLead is leading references that are all claims' ("C1", "#C1、C2").
var claimLead = regexp.MustCompile(`^(?:(?:#\s*)?[Cc]\s*[0-9]{1,9}[\s,，、:：和]*)+$`)

// givesPoints is a score given after a claim's reference: "给8分", "给十分",
// and after several, each one's: "都给8分", "每项8分", "各8分".
var givesPoints = regexp.MustCompile(`^(?:(?:都|各|均|每项|每条|每个|每一项)(?:是|为)?\s*给?|给)\s*各?\s*[0-9零一二两三四五六七八九十]{1,4}\s*分(?:$|[\s，,。.！!])`)

// scoreOnly is a reviewer's reply that is only a score: "8分", "给8分",
// "八分".
var scoreOnly = regexp.MustCompile(`^(?:给|打)?\s*(?:[0-9]{1,3}|[零一二两三四五六七八九十]{1,3})\s*分\s*[。.!！]?$`)

// refusalLead starts a reviewer's reply that turns a claim down in plain
// words (不同意 and 不通过 are the 驳回 command's own): "不行，那天他没去",
// "不给", whose reason follows the word; "不符合条件", "不属实", which are
// the reason themselves (no submatch).
var refusalLead = regexp.MustCompile(`^(?:(不行|不给|不能给|不算|不能算|不可以|不批|不认可)(?:分|数|吧|啊|的|了)*[\s,，、。.!！:：;；]*|不符合|不属实)`)

// namedPoints is what a scorer says, then 加/扣/减 N 分 (see pointsSaid).
var namedPoints = regexp.MustCompile(`^@?(\S.*?)[，,。\s]*(加|扣|减)\s*([0-9]{1,3})\s*分[。！!]?$`)

// givePoints is a scorer's 加分 or 扣分 said as a sentence: "给张三加10分，
// 拾金不昧", "给陈二扣5分 焚烧秸秆"; the name, 加/扣/减, the points and
// what for.
var givePoints = regexp.MustCompile(`^给\s*@?([\p{Han}·]{2,5}?)\s*(加|扣|减)\s*([0-9]{1,3})\s*分\s*[，,。:：\s]\s*(\S.*)$`)

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

// shopWords reads the shopkeeper's own words for a sale: the name, what
// was taken, and took when he only tells that it was taken ("张三拿了两瓶
// 洗洁精", asked back) rather than what to record ("张三换了一桶油",
// "给陈二记一瓶酱油": his 兑换). ok is false for other words.
func shopWords(text string) (name, goods string, took, ok bool) {
	for _, re := range []*regexp.Regexp{nameFirstRedeem, givenFor, nameFirstTook} {
		if m := re.FindStringSubmatch(text); m != nil {
			return m[1], m[2], re == nameFirstTook, true
		}
	}
	return "", "", false, false
}

// ledgerLead is a ledger reference among the leading ones ("L2", "#L2"):
// only a verb that takes one (撤销兑换) follows it.
var ledgerLead = regexp.MustCompile(`(?i)(?:^|[^0-9A-Za-z])#?\s*L\s*[0-9]`)

// satisfiedFillers are what people put around 满意: "非常满意", "满意了，谢谢".
var satisfiedFillers = append([]string{"非常", "十分", "特别", "很", "挺", "蛮", "太", "都"}, ackFillers...)

// courtesy is a word people put before a command: "收到，", "好的 ";
// courtesyLeads are the words it may start with.
var (
	courtesy      = regexp.MustCompile(`^(?:收到|好的|好|嗯|ok|OK|Ok)\s*[，,。.！!～~\s]\s*`)
	courtesyLeads = []string{"收到", "好", "嗯", "ok", "OK", "Ok"}
)

// parseVerb recognises a command word at the start of t (see parseCommand).
func parseVerb(t string) (command, bool) {
	first, _ := utf8.DecodeRuneInString(t)
	for _, k := range synonymsByFirst[unicode.ToLower(first)] {
		rest, ok := cutPrefixFold(t, k)
		if !ok {
			continue
		}
		v := synonyms[k]
		glued := !boundary(rest)
		if glued && numberArg[v] != nil && numberArg[v].MatchString(rest) {
			glued = false // "待办2", "积分排行2025年": the number is the argument
		}
		if glued && v != vReport && v != vCall && v != vRedeem && v != vConfirmID && v != vRefuseID {
			continue
		}
		if v == vReport && glued && k != "上报" && k != "报事" && k != "报修" {
			// "反映…", "报告…", "举报…" glued to text are ordinary speech.
			continue
		}
		args := strings.TrimLeft(rest, " :：,，")
		return command{verb: v, word: k, args: strings.TrimSpace(args), refs: village.FindRefs(args), glued: glued}, true
	}
	return command{}, false
}

// numberArg is, for the verbs whose argument may be a number, that
// argument written right after the verb: a page of 待办 ("待办2",
// "待办第2页"), a year of 积分排行 ("积分排行2025"), the item 驳回, 确认
// or 办结 is for ("驳回4 没签到", "确认12、13").
var numberArg = map[verb]*regexp.Regexp{
	vReject:  plainRef, // "驳回4 没签到"
	vAccept:  plainRef, // "确认12、13", not "确认12点开会"
	vResolve: plainRef, // "办结3 修好了"
	vTodo:    pageRe,
	vRanking: regexp.MustCompile(`^\s*[0-9]{4}\s*年?$`),
}

// withBareRef reads a number written without its letter at the start of
// the arguments ("#3") as a reference of kind ('R' or 'C'), when the
// command names no other reference; the arguments keep what follows it.
func (c command) withBareRef(kind byte) command {
	if len(c.refs) > 0 {
		return c
	}
	if n, rest, ok := bareNumber(c.args); ok {
		c.refs, c.args = []village.Ref{{Kind: kind, N: n}}, rest
	}
	return c
}

// withPlainRef reads a plain number starting the arguments ("4 没签到")
// as a reference of kind, when the command names none: for a sender to
// whom the number can mean nothing else.
func (c command) withPlainRef(kind byte) command {
	if len(c.refs) > 0 {
		return c
	}
	if m := plainRef.FindStringSubmatch(c.args); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
			c.refs, c.args = []village.Ref{{Kind: kind, N: n}}, strings.TrimSpace(c.args[len(m[0]):])
		}
	}
	return c
}

// withNumbers reads the numbers written without their letter at the start
// of the arguments as references of kind, when the command names none:
// "#1 #6", "3号、5号 已修好", and, when plain is set (a cadre, who types
// his items' numbers fast), "1 6 8" ("确认 1 6 8"); the arguments keep
// what follows them.
func (c command) withNumbers(kind byte, plain bool) command {
	if len(c.refs) > 0 {
		return c
	}
	args := c.args
	var refs []village.Ref
	for {
		n, rest, ok := bareNumber(args)
		if !ok && plain {
			if m := plainRef.FindStringSubmatch(args); m != nil {
				n, _ = strconv.Atoi(m[1])
				rest, ok = args[len(m[0]):], n > 0
			}
		}
		if !ok {
			break
		}
		refs, args = append(refs, village.Ref{Kind: kind, N: n}), strings.TrimLeft(rest, " ,，、和")
	}
	if len(refs) > 0 {
		c.refs, c.args = refs, strings.TrimSpace(args)
	}
	return c
}

// withClaimNumbers is withNumbers of claims ("#1 #3", "1号、3号"), the
// numbers written back into the arguments as claims' ("#C1 #C3 8分"): a
// message on several claims is read from its words (claimSteps).
func (c command) withClaimNumbers() command {
	n := c.withNumbers('C', false)
	if len(c.refs) > 0 || len(n.refs) == 0 {
		return n
	}
	refs := make([]string, len(n.refs))
	for i, r := range n.refs {
		refs[i] = "#" + r.String()
	}
	n.args = strings.TrimSpace(strings.Join(refs, " ") + " " + n.args)
	n.reordered = false // the words are the arguments now
	return n
}

// plainRef is a number alone at the start of a command's arguments ("4
// 没签到"), not a count ("3次").
var plainRef = regexp.MustCompile(`^([0-9]{1,6})(?:[\s,，、:：]+|$)`)

// bareNumber reads a report number written without its letter ("#3",
// "＃ 3" after normalising) at the start of a command's arguments, and
// returns the arguments after it.
func bareNumber(args string) (n int, rest string, ok bool) {
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

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return "", false
	}
	return s[len(prefix):], true
}

// boundary reports whether rest starts where a command word may end.
func boundary(rest string) bool {
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '#' || r == 'R' || r == 'r' || r == 'C' || r == 'c' || r == '@'
}

// ordinal reads "第二件", "第2个" at the start of a command's arguments:
// the position of an item in a quoted list, from 1.
func ordinal(args string) (n int, rest string, ok bool) {
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

// stripRefs removes the references of kind ('R' for a report command,
// 'C' for a claim command) from s, leaving the free note. Other letters
// and numbers are the note's own: "换了C3型号的灯泡", "AC220V插座".
func stripRefs(s string, kind byte) string {
	return tidyNote(refStrip[kind].ReplaceAllString(s, "$1 "))
}

// tidyNote is what is left of a command's arguments once its references
// are cut out: "" when nothing is said.
func tidyNote(out string) string {
	if !understand.HasContent(out) {
		return "" // "满意！", "办结 #R1 。": no note
	}
	// "#R1、#R2", "#R1#R2" and "#R2,已修好" leave separators behind
	return strings.Trim(strings.Join(strings.Fields(out), " "), " 、,，;；:：.。#")
}

// leadClaimRefs are the claim references that start a command's arguments.
var leadClaimRefs = regexp.MustCompile(`(?i)^(?:[\s、,，;；:：#]*C\s*[0-9]{1,9})+`)

// claimNote is the note of a claim command: its arguments without the
// references it acts on (those that start them, else the first one),
// while a reference further on is the note's own: "驳回 #C4 重复，已在C1
// 记过" keeps 「已在C1记过」.
func claimNote(s string) string {
	if m := leadClaimRefs.FindString(s); m != "" {
		return tidyNote(s[len(m):])
	}
	if loc := refStrip['C'].FindStringSubmatchIndex(s); loc != nil {
		s = s[:loc[3]] + " " + s[loc[1]:]
	}
	return tidyNote(s)
}

// reportType reads an explicit type word right after 上报: 紧急, 调解, 咨询…
// The word is cut from the text only when it stands apart.
func reportType(args string) (village.Type, string, bool) {
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
				if rest != "" && !boundary(rest) {
					continue
				}
			}
			if !boundary(rest) {
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

// misdirected is the reference a command names first in its arguments
// when it is of the other kind than the verb takes (want: 'R' for
// reports, 'C' for claims) and the command names none of its own kind:
// "确认 #C1", "异议 #R1 没修好". A reference further on is a note's ("办结
// 换了C3灯泡"), not the item meant.
func misdirected(cmd command, want byte) (village.Ref, bool) {
	m := leadingRef.FindStringSubmatch(cmd.args)
	if m == nil || slices.ContainsFunc(cmd.refs, func(r village.Ref) bool { return r.Kind == want }) {
		return village.Ref{}, false
	}
	ref, ok := village.ParseRef(m[1])
	return ref, ok && ref.Kind != want
}

var leadingRef = regexp.MustCompile(`(?i)^(#?\s*[RC]\s*[0-9]{1,9})(?:$|[^0-9])`)

// deadRef is the reference that starts a command's arguments when its
// number can name no item: 0 ("确认 #R0") or ten digits and more ("查
// #R99999999999"). village.FindRefs drops such a number, so the command
// would read as naming none: acting on the one item it could mean, or,
// in a longer message, unanswered. It returns the reference as written
// ("R0"), its kind taken from the verb when only # was written ("确认 #0").
func deadRef(cmd command) (kind byte, id string, ok bool) {
	kinds := takesRef[cmd.verb]
	if kinds == "" || len(cmd.refs) > 0 {
		return 0, "", false
	}
	m := deadLead.FindStringSubmatch(cmd.args)
	if m == nil {
		return 0, "", false
	}
	letter, digits := m[1]+m[2], m[3]
	if len(digits) <= 9 && strings.Trim(digits, "0") != "" {
		return 0, "", false
	}
	kind = kinds[0]
	if letter != "" {
		kind = strings.ToUpper(letter)[0]
	}
	return kind, string(kind) + digits, true
}

// deadLead is a reference's shape at the start of a command's arguments
// with any number of digits: a letter, # or both before them.
var deadLead = regexp.MustCompile(`(?i)^(?:#\s*([RC]?)|([RC]))\s*([0-9]+)(?:$|[^0-9])`)

// misspelt reads a message that starts like a command on an item but with
// a mistyped verb ("办节 #R1 修好了", "确仁R1"): a word one character off
// a verb that takes a reference of that kind, right before the reference.
// It returns the word typed and the message as the command was meant; the
// bot suggests it and never acts on the guess.
func misspelt(text string) (typed, meant string, ok bool) {
	var m []string
	if strings.ContainsAny(text, "RrCcLl") { // a reference's letter, which misspeltRe needs
		m = misspeltRe.FindStringSubmatch(text)
	}
	if m == nil {
		return misspeltClaim(text)
	}
	typed, kind := m[1], strings.ToUpper(m[2])
	return suggest(text, typed, func(v verb) bool { return strings.Contains(takesRef[v], kind) })
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
	return suggest(text, m[1], func(v verb) bool { return v == vClaim })
}

// suggest is text with typed, which starts it, replaced by the verb word
// one character off it whose verb fits; of several, the verb's own word
// ("申请积分" rather than "申报积分"), else the lexically first, so the
// answer does not depend on the map's order. A verb word is no typo.
func suggest(text, typed string, fits func(verb) bool) (string, string, bool) {
	if synonyms[typed] != "" {
		return "", "", false
	}
	meant := ""
	better := func(k string) bool {
		own, ownMeant := string(synonyms[k]) == k, string(synonyms[meant]) == meant
		return meant == "" || own && !ownMeant || own == ownMeant && k < meant
	}
	for k, v := range synonyms {
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

// takesRef are the verbs whose first argument is an item's reference, with
// the kinds of item they take.
var takesRef = map[verb]string{vAccept: "R", vAssign: "R", vProgress: "R", vResolve: "R", vConfirm: "R",
	vReopen: "R", vEscalate: "R", vReject: "RC", vDuplicate: "R", vQuery: "RC", vPause: "R", vAnswer: "R", vUnanswer: "R", vAsk: "R", vRetype: "R",
	vApprove: "C", vObject: "C", vUphold: "C", vRevoke: "CL", vWithdraw: "C", vUnredeem: "L"}
