package words

import (
	"strings"

	"gridbot/understand"
)

// secrecyWords ask that the one who tells a thing not be named to whom
// it is passed (「别说是我说的」, 「替我保密」).
var secrecyWords = []string{"别说是我", "不要说是我", "别讲是我", "不要讲是我", "别说我说的", "别说我报的", "别提我", "不要提我",
	"替我保密", "帮我保密", "给我保密", "为我保密", "匿名", "别告诉他是我", "别告诉她是我", "不要告诉他是我", "不要告诉她是我",
	"别让他知道是我", "别让她知道是我", "不要让他知道是我", "不要让她知道是我", "别透露我"}

// KeepsMeOut reports whether text asks that its teller not be named
// (secrecyWords), and rest, text without the clauses that ask it (「陈二家
// 院墙快塌了 别说是我说的」 → 「陈二家院墙快塌了」), what may be passed on
// in his place (rep106).
func KeepsMeOut(text string) (rest string, ok bool) {
	return understand.DropClauses(text, func(r rune) bool { return strings.ContainsRune(CallSeps+"！!？?\n", r) },
		func(c string) bool { return ContainsAnyOf(c, secrecyWords...) })
}
