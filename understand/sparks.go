package understand

import "slices"

// This file tells sparks blown about by a burning done on purpose (und103).

// sparksAdrift reports whether the spark word at t[at:] ("火星子乱飞") is
// of a burning done on purpose in the open (ritualBurnings, burnOffs:
// "河边烧纸钱 风大 火星子乱飞") that the message tells reaches nothing that
// burns: no wood, hill, grave, grass, stack, crop or house named
// (sparkFuels), nothing caught or scorched after it and no cry. That is a
// fire risk to report (安全隐患), not a fire (und103). Sparks blown at
// what burns stay alarms, on und100's safe side: "坟地里烧纸 火星子被风
// 吹得到处飞", "烧秸秆 火星子都飘到旁边柴垛上了". Sparks warned of ("别跑
// 出火星子") are the reminder reader's, as before.
func sparksAdrift(t string, at int) bool {
	if !hasAnyPrefix(t[at:], sparkWords) || !containsAny(t, adriftBurnings) || containsAny(t[clauseStart(t, at):at], alightFears) {
		return false
	}
	return !containsAny(t, sparkFuels) && !containsAny(t[at:], scorchedAfter) && !containsAny(t, cries)
}

var (
	// ritualBurnings burn paper or incense for the dead.
	ritualBurnings = []string{"烧纸", "纸钱", "烧香", "烧包袱", "烧纸扎", "上坟", "祭祖"}
	adriftBurnings = newLexicon(slices.Concat(ritualBurnings, strawBurnings, wildBurnings)...)
	// sparksFlying tell sparks blown about: a 安全隐患 topic when no fire
	// alarm took them (sparksAdrift).
	sparksFlying = []string{"火星子乱飞", "火星乱飞", "火星子到处飞", "火星到处飞", "火星子满天飞", "火星子四处飞", "火星子直飞", "火星子飘"}
	// sparkFuels are what sparks blown at may set alight.
	sparkFuels = newLexicon("林", "树", "山", "坟", "草", "柴", "垛", "庄稼", "麦", "稻", "房", "屋", "棚", "家门", "院")
)
