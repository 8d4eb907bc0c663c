package words

import "strings"

// A township's severe-weather warning posted as a notice (call89): 「通知 全镇
// 寒潮预警：明天起降温10度，请各网格提醒独居老人…」 is the trigger for calling
// every elder without WeChat that day, as an extra day of outreach.extra_days
// is. Pure reading of the notice's text.

// weatherHazards name the weather a warning is about, in the order a
// warning's kind is looked for: the first one the text names is its kind.
var weatherHazards = []string{"寒潮", "暴雪", "大雪", "暴雨", "大暴雨", "大风", "台风", "冰冻", "道路结冰", "冻雨", "强降温", "降温",
	"低温", "霜冻", "冰雹", "高温", "雷暴", "强对流", "沙尘暴"}

// warningWords say the text warns of the weather it names, not that it
// happened or is past.
var warningWords = []string{"预警", "警报", "来袭"}

// liftedWords say a warning is lifted: nothing to warn anyone of.
var liftedWords = []string{"预警解除", "解除预警", "预警已解除", "预警取消", "取消预警", "预警已取消", "警报解除", "解除警报", "预警结束",
	"已经过去", "已过去"}

// WeatherWarning is the kind of severe weather (寒潮, 暴雪, 大风, 暴雨, …) a
// notice's text warns of: a weather word and a warning word (预警, 警报,
// 来袭), the warning not lifted; "" when it is no weather warning
// (「寒潮过后道路维修」, 「暴雨预警解除」, 「明天开会」).
func WeatherWarning(text string) string {
	if !ContainsAnyOf(text, warningWords...) || ContainsAnyOf(text, liftedWords...) {
		return ""
	}
	kind, at := "", -1
	for _, w := range weatherHazards {
		if i := strings.Index(text, w); i >= 0 && (at < 0 || i < at) {
			kind, at = w, i
		}
	}
	switch kind {
	case "强降温":
		return "降温"
	case "大暴雨":
		return "暴雨"
	case "道路结冰":
		return "冰冻"
	}
	return kind
}
