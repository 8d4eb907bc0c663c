package words

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// denialWords deny, in plain talk, that a matter was dealt with,
// whatever it was ("没用", "跟没说一样": see asIfNothing); some are said
// in other talk too ("鸡又来了"), so they read the open items as the
// process follows them (openFollowed).
var denialWords = []string{"没用", "没有用", "没啥用", "没什么用", "一点用", "不顶用", "没效果", "没啥效果", "没什么效果",
	"白说", "白搭", "白弄", "白跑", "又开始", "又来了", "照样", "照旧", "依旧", "依然", "仍然", "一点没变", "一点也没变",
	"没变化", "没啥变化", "没什么变化", "还不行", "还是不行"}

// asIfNothing finds "跟没说一样", "和没调解一样", "跟没来过一样": it was as
// if nothing had been done.
var asIfNothing = regexp.MustCompile(`[跟和同像]没.{1,4}一样`)

// stillWords say that what was complained of goes on, right before what
// it is: "还是吵", "还在放", "又放到两点"; 又 and 还在 are common in
// other talk ("又下雨了", "还在上班"), see stillTalk.
var stillWords = []string{"还是", "还在", "还那么", "还这么", "又", "照样", "照旧", "依旧", "依然", "仍然"}

var stillFillers = []string{"很", "那么", "这么", "太", "都", "在", "一直", "老是", "总是", "天天", "每天", "晚上", "半夜", "夜里", "整晚", "整夜", "特别", "挺", "照样", "开始"}

var partialFillers = []string{"有点", "有些", "一点", "一些", "稍微", "略"}

// notSubject are characters that, right after stillWords, name nothing
// complained of ("还是我去吧", "还在家"), whatever the item's text holds.
// Nor are 不 and 没, which begin a denial (notFixedPlain) or anything
// else ("还是不去了").
const notSubject = particles + "不没俺咱家人说去来看想要觉得会能今明昨早晚现每天年月日点上下"

// stillTalk reports whether text holds stillWords before a character
// that may name what goes on: a cheap check, the item unknown.
func stillTalk(text string) bool {
	for range stillSubjects(text) {
		return true
	}
	return stillThere(text)
}

// stillThere reports whether text says that something is still there, a
// clause ending in 还在 after a character that may name it ("路上的冰还在
// 呢", "垃圾还在"): the other way round of stillSubjects, the item unknown
// (stillAfterSubject matches it against one); "人还在上班" goes on.
func stillThere(text string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "还在")
		if k < 0 {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i+k])
		i += k + len("还在")
		rest := strings.TrimLeft(text[i:], "呢啊呀嘛哩的了哈")
		after, _ := utf8.DecodeRuneInString(rest)
		if unicode.Is(unicode.Han, before) && !strings.ContainsRune(notSubject, before) &&
			(rest == "" || IsPause(after) || unicode.IsPunct(after)) {
			return true
		}
	}
}

// stillSubjects yields each character that may name what goes on after
// stillWords in text (see stillSubject), and whether only in part.
func stillSubjects(text string) iter.Seq2[rune, bool] {
	return func(yield func(rune, bool) bool) {
		for _, w := range stillWords {
			for rest := text; ; {
				i := strings.Index(rest, w)
				if i < 0 {
					break
				}
				rest = rest[i+len(w):]
				if c, partial := stillSubject(rest); c != 0 && !yield(c, partial) {
					return
				}
			}
		}
	}
}

// stillSubject is the character after the fillers at the start of after
// (see stillFillers) when it may name something complained of (0 when it
// may not), and whether a partialFillers word stood before it.
func stillSubject(after string) (c rune, partial bool) {
	for trimmed := true; trimmed; {
		var still, part bool
		after, still = cutFillers(after, stillFillers, strings.CutPrefix)
		after, part = cutFillers(after, partialFillers, strings.CutPrefix)
		trimmed, partial = still || part, partial || part
	}
	c, _ = utf8.DecodeRuneInString(after)
	if !unicode.Is(unicode.Han, c) || strings.ContainsRune(notSubject, c) {
		return 0, partial
	}
	return c, partial
}

// stillOf reports whether text says that what repText complains of goes
// on: stillWords before a character of repText ("还是吵" of "吵得睡不着",
// "还在放" of "放音乐"), and whether only in part ("还是有点吵").
func stillOf(text, repText string) (found, partial bool) {
	found, partial = false, true
	for c, part := range stillSubjects(text) {
		if strings.ContainsRune(repText, c) {
			found, partial = true, partial && part
		}
	}
	if !found && stillAfterSubject(text, repText) {
		return true, false
	}
	return found, found && partial
}

// stillAfterSubject reports whether text says, the other way round, that
// what repText complains of is still there: a character of repText right
// before 还在 ("垃圾还在呢" of "后山垃圾堆没人清").
func stillAfterSubject(text, repText string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "还在")
		if k < 0 {
			return false
		}
		if c, _ := utf8.DecodeLastRuneInString(text[:i+k]); unicode.Is(unicode.Han, c) &&
			!strings.ContainsRune(notSubject, c) && strings.ContainsRune(repText, c) {
			return true
		}
		i += k + len("还在")
	}
}

// denialFillers may stand in a clause around denialWords and say nothing
// more: "说了也没用", "根本没用啊", "网格长来了也白搭".
var denialFillers = []string{"说了也", "调解了也", "修了也", "弄了也", "来了也", "管了也", "讲了也", "找了也", "根本", "完全", "简直",
	"一点", "还是", "还", "也", "都", "真", "真的", "就", "了", "啊", "呀", "哎", "哎呀", "唉", "嘛", "的", "呢", "吧", "网格长",
	"网格员", "调解员", "你们", "他们", "人家", "村里", "现在", "这", "那", "个", "事", "事情"}

// bareDenial reports whether a clause of text is a denial and little
// else (see denialFillers): "没用", "跟没说一样", "还是老样子", not "这手
// 机真没用" nor "还是算了". A clause with more in it that shares a
// character with repText ("晚上照样放") is one too.
func bareDenial(text, repText string) bool {
	for _, clause := range pauseClauses(text) {
		rest := asIfNothing.ReplaceAllString(clause, " ")
		rest = BlankWords(rest, denialWords)
		for _, w := range notFixedPlain {
			if !namesNothing(w) {
				continue
			}
			rest = strings.ReplaceAll(rest, w, " ")
		}
		if w := negatedWord(clause); w != "" && (strings.Contains(repText, "不"+w) || strings.Contains(repText, "没"+w) || worksAs(w, repText)) {
			return true // "没亮" of "路灯不亮了" or of "路灯坏了": its own defect denied again
		}
		if rest == clause {
			continue // no denial in it
		}
		left := ""
		for _, run := range strings.Fields(rest) {
			left += trimFillers(run, denialFillers)
		}
		if utf8.RuneCountInString(left) <= 1 || sharesSubject(left, repText) {
			return true
		}
	}
	return false
}

// negations begin a bare clause that denies what an item complains of
// in its own word: "没亮", "还不亮" of "路灯不亮了" (see negatedWord).
var negations = []string{"还没有", "还没", "没有", "也没", "还不", "也不", "没", "不"}

// contrastLeads may open a bare clause that denies after thanks: "谢谢
// 不过没亮", "辛苦了 但是还不通".
var contrastLeads = []string{"不过", "但是", "可是", "只是", "就是", "但", "可"}

// workings are what a thing does when it works, with the things it is
// said of: "没亮" denies the fix of a lamp however its item put the
// defect ("路灯坏了"), "还不通" that of a pipe, a drain or a road.
var workings = map[string]string{"亮": "灯", "通": "管沟渠道路", "响": "喇叭广播"}

// worksAs reports whether w, a word a bare clause denies, is what a thing
// named in repText does when it works (see workings).
func worksAs(w, repText string) bool {
	things, ok := workings[w]
	return ok && strings.ContainsAny(repText, things)
}

// negatedWord is the word of one or two characters a bare clause denies
// ("亮" of "没亮啊", "还不通", "不过没亮"), "" when the clause is more than
// a negation and its word, or the word names nothing complained of ("不
// 是", "没事").
//
// Unlike understand's negated and scenenews.go's unnegated, which ask
// whether a word known beforehand is negated, it finds the word: the
// reporter's denial names what his item complained of in his own word.
func negatedWord(clause string) string {
	clause = strings.TrimSpace(clause)
	for _, c := range contrastLeads {
		if rest, ok := strings.CutPrefix(clause, c); ok {
			clause = rest
			break
		}
	}
	for _, n := range negations {
		rest, ok := strings.CutPrefix(clause, n)
		if !ok {
			continue
		}
		rest = trimFillers(rest, denialFillers)
		first, _ := utf8.DecodeRuneInString(rest)
		if k := utf8.RuneCountInString(rest); k < 1 || k > 2 || strings.ContainsRune(notSubject+"事错", first) {
			return ""
		}
		for _, c := range rest {
			if !unicode.Is(unicode.Han, c) {
				return ""
			}
		}
		return rest
	}
	return ""
}

// namesNothing reports whether w, words of notFixedPlain, deny a fix of
// anything ("还是老样子", "没解决"), not what stillWords and a character
// begin ("还是漏", "又停": see stillOf) or any other sentence ("还是不去了").
func namesNothing(w string) bool {
	return !StartsWithAny(w, "还是", "还在", "又") || utf8.RuneCountInString(w) > 3
}

// sharesSubject reports whether words hold a character of repText that
// may name what it complains of (see notSubject).
func sharesSubject(words, repText string) bool {
	for _, c := range words {
		if unicode.Is(unicode.Han, c) && !strings.ContainsRune(notSubject, c) && strings.ContainsRune(repText, c) {
			return true
		}
	}
	return false
}

// DeniesInWords reports whether text may deny a fix in plain words (see
// denialWords, asIfNothing, stillTalk): the cheap check before any read.
// A bare negation ("没亮", "还不通") counts in a short message, thanks and
// a contrast before it included ("辛苦了 但是还不通").
func DeniesInWords(text string) bool {
	return ContainsAnyOf(text, denialWords...) || asIfNothing.MatchString(text) || stillTalk(text) ||
		utf8.RuneCountInString(text) <= bareDenialRunes && slices.ContainsFunc(pauseClauses(text), func(c string) bool { return negatedWord(c) != "" })
}

// bareDenialRunes is the longest message a bare negation is looked for in.
const bareDenialRunes = 12

// pauseClauses are the clauses of text between pauses and punctuation.
func pauseClauses(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return IsPause(r) || unicode.IsPunct(r) })
}

// DeniedOf reports whether text, of a reporter whose item has the text
// repText, denies its fix in plain words: about (said of that item: "还是
// 吵", "没用 还在放", "跟没说一样") and plain (no question, no thanks,
// not in part: his 未解决; "还是有点吵", "谢谢 但还是吵" are about it, for
// him to choose).
func DeniedOf(text, repText string) (about, plain bool) {
	still, partial := stillOf(text, repText)
	about = still || bareDenial(text, repText)
	plain = about && !partial && !asksOrThanks(text)
	return about, plain
}

// asksOrThanks reports whether text asks or thanks: no plain denial.
func asksOrThanks(text string) bool {
	return strings.ContainsAny(text, "?？吗") || ContainsAnyOf(text, "是不是", "有没有", "谢谢", "感谢", "多谢", "辛苦") ||
		ContainsAnyOf(text, "好一点", "好多了", "好些了", "好点了")
}
