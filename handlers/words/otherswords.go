package words

import (
	"gridbot/village"
	"strings"
)

// undoneFixWords are what a villager's 还没 must be of to say an item is
// not done ("我家门口的还没通呢"): fixWords without 好, which 还没 says of
// anything ("饭还没做好"); 没修好/没弄好 are notFixedPlain's.
var undoneFixWords = []string{"修", "解决", "处理", "弄", "亮", "通", "漏", "坏", "堵", "来"}

// SaysUndone reports whether a villager's words say a matter is not
// done: plainly (saysNotFixed: "还是堵", "没人来") or 还没 of a fix
// ("还没通呢").
func SaysUndone(text string) bool {
	return SaysNotFixed(text) || ContainsAnyOf(text, NotDoneYet...) && ContainsAnyOf(text, undoneFixWords...) &&
		!strings.ContainsAny(text, "?？吗")
}

// Sharer reports whether p shares rep, a general item resolved, as a
// household of his own: he follows it ("我家也是", 重复) and is not of its
// reporter's household. His "还是堵" is not the reporter's 未解决 (the
// 办结 waits on the reporter, and a bare "+1" joins as easily), but news
// its handlers hear, as a neighbour's (settled.news), not "wait for the
// reporter" (confirm.hint.kin), which left them unaware.
func Sharer(p village.Person, rep village.Report) bool {
	return rep.Type == village.General && rep.FollowedBy(p) && !rep.ReporterSide(p)
}
