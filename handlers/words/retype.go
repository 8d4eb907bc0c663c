package words

import (
	"gridbot/village"
	"strings"
)

// OrdinaryWords are a cadre's judgement that a matter raised as an
// emergency is an ordinary one: "不是什么大事", "没那么严重", "不用报镇里".
var OrdinaryWords = []string{"不是什么大事", "不是啥大事", "不是大事", "没什么大事", "没啥大事", "不算大事", "不算什么大事",
	"不紧急", "不是紧急", "不算紧急", "没那么急", "没有那么急", "没那么紧急", "没有那么紧急",
	"没那么严重", "没有那么严重",
	"不用报镇", "不用上报镇", "不用报到镇", "不用惊动镇里", "不需要报镇", "没必要报镇",
	"普通事", "一般事项", "一般的事", "按一般处理", "按一般事项"}

// JudgesOrdinary reports whether note, a cadre's words on an emergency,
// judge it an ordinary matter (ordinaryWords), said plainly: no question
// ("不是什么大事吧？"), no news of the scene ("火灭了 没那么严重" is the
// 进展 that ends it, offered its 办结 as before; "已送医院 没那么严重"),
// and no one hurt ("伤得没那么严重": someone still needs help).
func JudgesOrdinary(note string, h village.Hazard) bool {
	if strings.ContainsAny(note, "?？吗") || !ContainsAnyOf(note, OrdinaryWords...) {
		return false
	}
	over, going := EmergencyNews(note, h)
	return !over && !going && !ContainsAnyOf(note, harmSigns...)
}
