package handlers

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/village"
)

// command is a parsed command message.
type command struct {
	verb words.Verb
	word string        // the synonym as typed
	args string        // text after the verb
	refs []village.Ref // references in args, in order
	// glued is set when the text goes on without a space after the verb
	// ("上报路灯坏了", "回访王奶奶已通"): maybe ordinary speech.
	glued bool
	// reordered is set when the references came before the verb ("R1
	// 确认"): args are then the references and the text after the verb.
	reordered bool
	// own is set on a 积分排行 asked unaddressed in a grid's group of the
	// asker's own household ("俺家排第几"): his place alone.
	own bool
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
	if words.IsAck(t) {
		return command{verb: words.VAck, word: "收到"}, true
	}
	if words.JustSaid(t, "满意", words.SatisfiedFillers) {
		// "满意了", "非常满意👍": the reporter's answer to 办结
		return command{verb: words.VConfirm, word: "满意"}, true
	}
	if m := words.LeadMatch(t, words.Courtesy, words.CourtesyLeads); m != nil {
		// "收到，确认 #R1", "好的！办结 #R2 已修好": the command after the
		// courtesy word, when it names an item; "收到，马上去" and
		// "收到，通知 已转发" stay what they were.
		if c, ok := parseVerb(t[m[1]:]); ok && len(c.refs) > 0 && c.verb != words.VNotice && c.verb != words.VReport {
			return c, true
		}
		if c, ok := parseVerb(t[m[1]:]); ok && c.verb == words.VResolve && c.args == "" {
			// "好的 办结" answering 「…请回复「办结 #R1 …」」: the bare 办结
			// (rep112: was silent)
			return c, true
		}
	}
	if c, ok := parseVerb(t); ok {
		return c, true
	}
	if last, ok := words.ReportLast(t); ok {
		// "…说他也不听 上报调解": 上报 typed after its words
		if c, ok := parseVerb(last); ok {
			return c, true
		}
	}
	if m := words.LeadMatch(t, words.AllLead, words.AllLeads); m != nil {
		// "都确认", "全部受理 马上安排": 确认 of every item meant;
		// "都同意", "全部同意": the claims waiting, listed (approveAll)
		if c, ok := parseVerb(t[m[1]:]); ok && (c.verb == words.VAccept || c.verb == words.VApprove) {
			c.all = true
			return c, true
		}
	}
	if words.ClaimForFirst(t) {
		// "给陈小龙 申请积分 …": whom first, as 申请积分 给陈小龙 … reads
		return command{verb: words.VClaim, word: string(words.VClaim), args: t, reordered: true}, true
	}
	if c, ok := placeFirstTodo(t); ok {
		return c, true
	}
	if c, ok := todoAsked(t); ok {
		return c, true
	}
	if strings.Contains(t, "异议") { // the regular expression only where it may match
		if m := words.ObjectionSentence.FindStringSubmatch(t); m != nil {
			// "对C9有异议：…", "我对#C10有异议，…": 异议 with the item first.
			args := strings.TrimSpace(m[1] + " " + m[2])
			return command{verb: words.VObject, word: "异议", args: args, refs: village.FindRefs(args), reordered: true}, true
		}
	}
	if m := words.ScoreDisputed.FindStringSubmatch(t); m != nil {
		// "C8 分数不对": an objection said without 异议, its words the reason
		args := strings.TrimSpace(m[1] + " " + m[2])
		return command{verb: words.VObject, word: "异议", args: args, refs: village.FindRefs(args), reordered: true}, true
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
	m := words.PlaceTodo.FindStringSubmatch(t)
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
	return command{verb: words.VTodo, word: "待办", args: args, reordered: true}, true
}

// todoAsked reads 待办 typed loosely, as a busy leader does: with a
// space in it ("待 办"), or asked for in a few words ("帮我看看待办",
// "查一下我的待办", "待办呢"): nothing else in the message.
func todoAsked(t string) (command, bool) {
	if !strings.Contains(t, "待") || !strings.Contains(t, "办") {
		return command{}, false // the regular expression only where it may match
	}
	m := words.LooseTodo.FindStringSubmatch(strings.Join(strings.Fields(t), ""))
	if m == nil {
		return command{}, false
	}
	return parseVerb(m[1])
}

// refFirst reads a command written after the items it names, as cadres
// often type it: "R1 确认", "#R2已办结 换了灯泡", "r2 受理了，下午去调解",
// "C1 同意 5", "R1、R2 查", "R1 指派给王五", "L2 撤销兑换". The word after the references must be a verb
// that takes a reference ("R1 上报" is no new report), optionally with
// 已 before it and 了 after it; a question ("R1 办结了吗", "R1 确认？")
// is no command. The command's args are the references, then the rest.
func refFirst(t string) (command, bool) {
	m := words.LeadMatch(t, words.LeadingRefs, words.RefLeads)
	if m == nil || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
		return command{}, false
	}
	refs, rest := strings.TrimRight(t[:m[1]], " ,，、:：和"), t[m[1]:]
	if next, _ := utf8.DecodeRuneInString(rest); next < utf8.RuneSelf && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
		return command{}, false // "R1234567890", "R1abc": no reference
	}
	if m := words.SameMatter.FindStringSubmatch(t); m != nil {
		// "R2跟R1是一个事", "#R3和#R2是同一件事", "R1 R2 是一件事": 重复,
		// the later merged into the earlier, whichever was written first
		args := m[1] + " " + m[2]
		if refs := village.FindRefs(args); len(refs) == 2 && refs[0].N < refs[1].N {
			args = m[2] + " " + m[1]
		}
		return command{verb: words.VDuplicate, word: "重复", args: args, refs: village.FindRefs(args), reordered: true}, true
	}
	if words.ClaimLead.MatchString(refs) && words.GivesPoints.MatchString(rest) {
		// "C1 给8分": the scorer's score, 同意 left out
		args := strings.TrimSpace(refs + " " + rest)
		return command{verb: words.VApprove, word: "同意", args: args, refs: village.FindRefs(args), reordered: true}, true
	}
	if score, remark, ok := words.ScoreLast(rest); ok && words.ClaimLead.MatchString(refs) {
		// "C2 照片看了 院子挺干净 给5分": the score after his remark
		args := strings.TrimSpace(refs + " " + score + " " + remark)
		return command{verb: words.VApprove, word: "同意", args: args, refs: village.FindRefs(args), reordered: true}, true
	}
	for _, said := range []string{rest, strings.TrimPrefix(rest, "已")} {
		first, _ := utf8.DecodeRuneInString(said)
		for _, k := range words.SynonymsByFirst[unicode.ToLower(first)] {
			after, ok := words.CutPrefixFold(said, k)
			if !ok || words.TakesRef[words.Synonyms[k]] == "" || words.LedgerLead.MatchString(refs) && !strings.Contains(words.TakesRef[words.Synonyms[k]], "L") {
				continue
			}
			after = strings.TrimPrefix(after, "了")
			if !words.Boundary(after) && words.Synonyms[k] != words.VAssign { // "R1 指派给王五", "R2 交给王五"
				continue
			}
			args := strings.TrimSpace(refs + " " + strings.TrimLeft(after, " :：,，。"))
			return command{verb: words.Synonyms[k], word: k, args: args, refs: village.FindRefs(args), reordered: true}, true
		}
	}
	return command{}, false
}

// parseVerb recognises a command word at the start of t (see parseCommand).
func parseVerb(t string) (command, bool) {
	first, _ := utf8.DecodeRuneInString(t)
	for _, k := range words.SynonymsByFirst[unicode.ToLower(first)] {
		rest, ok := words.CutPrefixFold(t, k)
		if !ok {
			continue
		}
		v := words.Synonyms[k]
		glued := !words.Boundary(rest)
		if glued && words.NumberArg[v] != nil && words.NumberArg[v].MatchString(rest) {
			glued = false // "待办2", "积分排行2025年": the number is the argument
		}
		if glued && v != words.VReport && v != words.VCall && v != words.VRedeem && v != words.VConfirmID && v != words.VRefuseID {
			continue
		}
		if v == words.VReport && glued && k != "上报" && k != "报事" && k != "报修" {
			// "反映…", "报告…", "举报…" glued to text are ordinary speech.
			continue
		}
		args := strings.TrimLeft(rest, " :：,，")
		return command{verb: v, word: k, args: strings.TrimSpace(args), refs: village.FindRefs(args), glued: glued}, true
	}
	return command{}, false
}

// withBareRef reads a number written without its letter at the start of
// the arguments ("#3") as a reference of kind ('R' or 'C'), when the
// command names no other reference; the arguments keep what follows it.
func (c command) withBareRef(kind byte) command {
	if len(c.refs) > 0 {
		return c
	}
	if n, rest, ok := words.BareNumber(c.args); ok {
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
	if m := words.PlainRef.FindStringSubmatch(c.args); m != nil {
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
		n, rest, ok := words.BareNumber(args)
		if !ok && plain {
			if m := words.PlainRef.FindStringSubmatch(args); m != nil {
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

// misdirected is the reference a command names first in its arguments
// when it is of the other kind than the verb takes (want: 'R' for
// reports, 'C' for claims) and the command names none of its own kind:
// "确认 #C1", "异议 #R1 没修好". A reference further on is a note's ("办结
// 换了C3灯泡"), not the item meant.
func misdirected(cmd command, want byte) (village.Ref, bool) {
	m := words.LeadingRef.FindStringSubmatch(cmd.args)
	if m == nil || slices.ContainsFunc(cmd.refs, func(r village.Ref) bool { return r.Kind == want }) {
		return village.Ref{}, false
	}
	ref, ok := village.ParseRef(m[1])
	return ref, ok && ref.Kind != want
}

// deadRef is the reference that starts a command's arguments when its
// number can name no item: 0 ("确认 #R0") or ten digits and more ("查
// #R99999999999"). village.FindRefs drops such a number, so the command
// would read as naming none: acting on the one item it could mean, or,
// in a longer message, unanswered. It returns the reference as written
// ("R0"), its kind taken from the verb when only # was written ("确认 #0").
func deadRef(cmd command) (kind byte, id string, ok bool) {
	kinds := words.TakesRef[cmd.verb]
	if kinds == "" || len(cmd.refs) > 0 {
		return 0, "", false
	}
	m := words.DeadLead.FindStringSubmatch(cmd.args)
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
