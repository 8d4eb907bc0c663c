package words

import (
	"slices"
	"strings"
)

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
// (「寒潮过后道路维修」, 「暴雨预警解除」, 「明天开会」). Several, joined by
// 、, when the text warns of another in its own words too (「寒潮蓝色预警…另外
// 大风黄色预警…」: "寒潮、大风"), the first named first.
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
	kinds := []string{hazardKind(kind)}
	// another weather the text warns of in its own words (「…另外 大风黄色预警…」):
	// named too, so that its calls say both (call91); one the first kind's
	// warning only mentions (「寒潮预警：明天起降温10度」) is not
	for _, w := range weatherHazards {
		if k := hazardKind(w); !slices.Contains(kinds, k) && warnedOf(text, w) {
			kinds = append(kinds, k)
		}
	}
	slices.SortStableFunc(kinds[1:], func(a, b string) int { return firstIndex(text, a) - firstIndex(text, b) })
	return strings.Join(kinds, "、")
}

// hazardKind is the kind a hazard word names (强降温 is 降温).
func hazardKind(w string) string {
	switch w {
	case "强降温":
		return "降温"
	case "大暴雨":
		return "暴雨"
	case "道路结冰":
		return "冰冻"
	}
	return w
}

// warningColours may stand between a hazard and its warning word (大风黄色预警).
var warningColours = []string{"蓝色", "黄色", "橙色", "红色"}

// warnedOf reports whether hazard w is followed somewhere in text by a
// warning word, only a colour between (大风黄色预警, 暴雪警报).
func warnedOf(text, w string) bool {
	for rest := text; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		rest = rest[i+len(w):]
		after := rest
		for _, c := range warningColours {
			if cut, ok := strings.CutPrefix(after, c); ok {
				after = cut
				break
			}
		}
		for _, ww := range warningWords {
			if strings.HasPrefix(after, ww) {
				return true
			}
		}
	}
}

// firstIndex is where kind k is first named in text (its hazard words),
// len(text) when not.
func firstIndex(text, k string) int {
	at := len(text)
	for _, w := range weatherHazards {
		if hazardKind(w) != k {
			continue
		}
		if i := strings.Index(text, w); i >= 0 && i < at {
			at = i
		}
	}
	return at
}
