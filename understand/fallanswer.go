package understand

import "strings"

// fallSigns are the signs of a fall that wants 120, as the fall's question
// names them (emergency.fall.ask): not moving, not answering, the head,
// neck or back hurt, dizzy or sick, barely breathing (alarm106).
var fallSigns = newLexicon("不能动", "动弹不了", "不能动弹", "不会动", "动不了", "不说话", "说不出话", "不吭声", "不吱声", "不言语",
	"不清醒", "叫不应", "喊不应", "叫不答应", "喊不答应", "叫也不应", "喊也不应", "叫他也不", "叫她也不", "没反应", "还有气", "有口气", "有点气",
	"腰疼", "腰痛", "后背疼", "背疼", "脖子疼", "脖子痛", "头疼", "头痛", "头晕", "迷糊", "犯迷糊", "想吐", "直吐", "吐了", "手脚发麻",
	"手脚麻", "腿麻", "站不住", "变形", "磕着头", "磕到头", "头磕", "后脑勺", "胯疼", "屁股疼得")

// fallSignsOld, true of a fall sign at t[at:], tells the fall as past and
// treated ("前几天摔了一跤 腰疼 贴了膏药好多了").
func fallSignsOld(t string, at int) bool {
	return containsAny(t, daysAgo) || containsAny(t, signsEased)
}

// signsEased tell a fall's hurt as easing or seen to.
var signsEased = newLexicon("好多了", "好点了", "好些了", "贴了膏药", "上了药", "看过了", "看了医生", "不碍事", "没大碍")

// FallState is what an answer to the fall's question (emergency.fall.ask:
// 「人摔得怎么样，伤着没有？」) tells of the one who fell.
type FallState int

const (
	// FallUntold: the words answer nothing of how he is.
	FallUntold FallState = iota
	// FallHurt: a sign for 120 (fallSigns, or any harm the alarm rules
	// read): the alarm, with the fall's words.
	FallHurt
	// FallSore: a sore limb and nothing worse ("腿疼", "胳膊疼得厉害"):
	// asked again whether he can stand.
	FallSore
	// FallFine: he moves, is up, is well ("能动", "没事 自己起来了").
	FallFine
)

// FallAnswer is what s, said as the answer to the fall's question, tells
// of the one who fell; a question back ("能动吗") answers nothing.
func FallAnswer(s Said) FallState {
	t := s.Canon
	if IsQuestion(s.Raw) {
		return FallUntold
	}
	// 不疼, 没流血: denied signs are none
	for _, w := range signsDenied {
		t = strings.ReplaceAll(t, w, " ")
	}
	switch {
	case containsAny(t, fallSigns) || containsAny(t, fallHarms):
		return FallHurt
	case containsAny(t, soreWords):
		return FallSore
	case containsAny(t, fallWell):
		return FallFine
	}
	return FallUntold
}

// signsDenied deny a sign: "不疼", "头不晕".
var signsDenied = []string{"不疼", "不痛", "没疼", "不晕", "没晕", "不麻", "没流血", "没出血", "没吐", "不想吐", "没磕着头", "没磕到头"}

// fallHarms are harms a short answer tells beside fallSigns: "起不来",
// "流血了", "没气了", "昏过去了".
var fallHarms = newLexicon("起不来", "站不起来", "爬不起来", "流血", "出血", "血", "没气", "不喘气", "没呼吸", "昏", "晕过去", "晕了",
	"不醒", "骨折", "断了", "折了", "抽")

// soreWords tell a sore limb: "腿疼", "胳膊疼".
var soreWords = newLexicon("疼", "痛", "肿")

// fallWell tell the one who fell moves, is up or well.
var fallWell = newLexicon("能动", "会动", "没事", "没啥事", "没什么事", "没大事", "没啥大事", "没大碍", "不要紧", "不碍事", "没伤着", "没受伤",
	"没摔着", "没摔伤", "起来了", "扶起来了", "站起来了", "能走", "能站", "还好", "挺好", "好着", "清醒", "能说话", "醒了", "擦破点皮", "蹭破点皮", "破了点皮")
