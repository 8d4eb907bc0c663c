package words

import (
	"gridbot/understand"
	"strings"
)

// CorrectionNote begins the history note of a reporter's or a witness's
// correction of an emergency (emergencyCorrects).
const CorrectionNote = "更正："

// harmSigns are the words that tell someone came to harm in the part of a
// correction after its 是: "是自己骑车摔的".
var harmSigns = []string{"摔", "伤", "血", "晕", "骨折", "撞", "落水", "掉河", "掉水", "触电", "中毒", "烫"}

// Corrects reports whether text, in canonical words, corrects an alarm
// rather than takes it back: "不是车撞的 是自己骑车摔的", "不是老王家 是老李家
// 着火了", "更正：是东头的桥": what it is instead still tells of harm or an
// alarm (a "更正" says so itself). "搞错了 不是着火 是烧秸秆" tells none: a
// retraction (emergencyOver).
func Corrects(text string) bool {
	if strings.ContainsAny(text, "?？吗") {
		return false
	}
	if StartsWithAny(strings.TrimSpace(text), "更正", "纠正") {
		return true
	}
	i := strings.Index(text, "不是")
	if i < 0 {
		return false
	}
	rest := text[i+len("不是"):]
	j := strings.Index(rest, "是")
	if j <= 0 {
		return false
	}
	instead := rest[j+len("是"):]
	return understand.Alarms(instead) || ContainsAnyOf(instead, harmSigns...)
}
