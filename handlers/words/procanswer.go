package words

import (
	"time"
)

// AnswerWindow is how long after a villager's procedure question (his
// further one, or the first the knowledge base could not answer) a grid
// cadre's next words in the group, quoting nothing, are taken for the
// answer to it.
const AnswerWindow = 2 * time.Hour

// AnswerLeads open a cadre's answer to a question about a procedure: "要
// 带原件", "不用本人去", "可以代办", "去镇上就行".
var AnswerLeads = []string{"要", "不用", "不要", "不需要", "需要", "可以", "不可以", "能", "不能", "行", "不行", "对", "是的", "是", "不是",
	"带", "去", "到", "找", "直接", "本人", "原件", "复印件", "一般", "得", "交", "先", "你", "您", "他", "她", "村里", "镇上"}
