package words

import "strings"

// A worker away names who phones his elders meanwhile (call78): 「我这周不
// 在 王五的电话请李四打」, his leader's 「王五请假到12月10日 电话由李四打」.

// standInLeads come before the stand-in's name ("请李四打", "由李四打",
// "电话交给李四").
var standInLeads = []string{"请", "由", "让", "叫", "找", "麻烦", "交给", "托"}

// standInCalls come after it: he phones ("打", "代打", "帮忙打"); "负责"
// ("由李四负责").
var standInCalls = []string{"代打", "代为", "来打", "去打", "帮忙打", "帮我打", "帮着打", "帮他打", "帮打", "打", "负责", "代"}

// standInAlone need no lead ("李四代打", "李四帮忙打").
var standInAlone = []string{"代打", "帮忙打", "帮我打", "帮着打", "帮他打", "来代打"}

// standInAsks come before the name of who is there in his place for
// anything (「有事找王五」, 「有事情请找王五」): the name ends the clause
// (standInEnds), as 「有事找王五商量」 is another matter (rep105).
var standInAsks = []string{"有事找", "有事请找", "有事就找", "有事先找", "有事联系", "有事请联系", "有事情找", "有事情请找", "有什么事找",
	"有啥事找", "有事问", "找"}

// standInEnds may follow the name at the end of such a clause.
var standInEnds = []string{"", "就行", "就好", "吧", "。", "，", ",", " ", "！", "!", "；"}

// standInManages come after the name of who has his items meanwhile
// (「王五代管」, 「王五先管着」, rep105).
var standInManages = []string{"代管", "先管着", "帮忙管", "帮着管", "管着", "顶着", "顶一下"}

// notStandIn before a lead deny it ("不用让李四打", "别找李四").
var notStandIn = []string{"不用", "不要", "别", "没", "不"}

// StandInNamed reports whether text names name as who phones for a worker
// away: a lead ("请", "由", "让"…) before name and a word of phoning
// after it ("请李四打", "由李四负责"), "交给李四", or name with 代打
// ("李四代打"); never denied ("别让李四打") nor asked ("让李四打吗").
func StandInNamed(text, name string) bool {
	if name == "" || strings.ContainsAny(text, "?？吗") {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		i += from
		before := strings.TrimRight(text[:i], " ")
		after := strings.TrimLeft(text[i+len(name):], " ")
		from = i + len(name)
		if hasAnyPrefix(after, standInAlone) || hasAnyPrefix(after, standInManages) {
			return true
		}
		if ask, ok := asksFor(before); ok && (after == "" || hasAnyPrefix(after, standInEnds[1:])) && (ask != "找" || away(before)) {
			// 「…有事找王五」: a bare 找 only after words of his absence
			// (「这几天不在 找王五」)
			return true
		}
		for _, l := range standInLeads {
			head, ok := strings.CutSuffix(before, l)
			if !ok || hasAnySuffix(head, notStandIn) {
				continue
			}
			if l == "交给" || hasAnyPrefix(after, standInCalls) {
				return true
			}
		}
	}
}

// standInMine come after 我 when the one who says it phones himself
// ("电话我来打", "我来代打", "我替他打"): a leader standing in (call79).
var standInMine = []string{"来打", "来代打", "代打", "替他打", "帮他打", "帮忙打", "负责打", "来负责", "先打", "去打"}

// StandInMe reports whether text says its sender phones for the worker
// away: 我 with a word of phoning after it ("电话我来打", "我替他打"), or
// named as any stand-in ("由我打", "交给我"); never denied ("不用我
// 打", "我不来打") nor asked.
func StandInMe(text string) bool {
	if StandInNamed(text, "我") {
		return true
	}
	if strings.ContainsAny(text, "?？吗") {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], "我")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("我")
		if before := strings.TrimRight(text[:i], " "); hasAnySuffix(before, notStandIn) {
			continue
		}
		if hasAnyPrefix(strings.TrimLeft(text[from:], " "), standInMine) {
			return true
		}
	}
}

// asksFor is the word of standInAsks before ends with, never denied
// (「别找王五」, 「不用找王五」).
func asksFor(before string) (string, bool) {
	for _, a := range standInAsks {
		if head, ok := strings.CutSuffix(before, a); ok && !hasAnySuffix(head, notStandIn) {
			return a, true
		}
	}
	return "", false
}

// away reports whether text says one is away (StandInAway's words).
func away(text string) bool {
	return strings.Contains(text, "不在") || awayReason(text) || ContainsAnyOf(text, LeaderAwayWords...)
}

// hasAnyPrefix reports whether s begins with any of ws.
func hasAnyPrefix(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether s ends with any of ws.
func hasAnySuffix(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// StandInAway reports whether text, which names a stand-in
// (StandInNamed), says that the worker is away: any away word
// (selfAwayWords, LeaderAwayWords), or a plain 不在 ("我这周不在").
func StandInAway(text string) bool {
	return !strings.ContainsAny(text, "?？吗") && !CallsOffAway(text) && away(text)
}
