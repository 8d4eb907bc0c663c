package words

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWeatherWarning: a notice warning of severe weather names its kind;
// one that mentions the weather without warning, or lifts a warning, is
// none (call89).
func TestWeatherWarning(t *testing.T) {
	for text, want := range map[string]string{
		"寒潮预警：明天起降温10度，请各网格提醒独居老人…": "寒潮",
		"暴雪预警：明天夜里有大到暴雪，请各户备好取暖的炭":  "暴雪",
		"气象台发布大风蓝色预警，请加固大棚":         "大风",
		"暴雨预警 今晚到明天有大暴雨，低洼地带注意":     "暴雨",
		"强降温预警：后天最低零下10度":           "降温",
		"台风来袭，请大家不要外出":              "台风",
		"道路结冰预警，老人不要出门":             "冰冻",
		"寒潮过后道路维修，请绕行":              "",
		"暴雨预警解除，各户可正常出行":            "",
		"明天上午9点在村委会开会":              "",
		"预警：明天停水":                   "",
		"大风天气请注意":                   "",
		"寒潮预警已解除":                   "",
		"寒潮蓝色预警：明天起降温8到10度。另外 大风黄色预警：今天下午起有6到8级大风": "寒潮、大风",
		"大风蓝色预警和暴雪预警，请各户注意":                        "大风、暴雪",
		"暴雪预警：明天有大风，注意保暖":                          "暴雪",
	} {
		if got := WeatherWarning(text); got != want {
			t.Errorf("WeatherWarning(%q) = %q, want %q", text, got, want)
		}
	}
}

// FuzzWeatherWarning: any text reads without panic; a kind is a weather
// word the text names, with a warning word beside it.
func FuzzWeatherWarning(f *testing.F) {
	for _, s := range []string{"寒潮预警：明天起降温10度", "暴雨预警解除", "大暴雨来袭", "强降温警报", "", "预警", "\xff寒潮预警"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		kind := WeatherWarning(text)
		if kind == "" {
			return
		}
		if !utf8.ValidString(kind) || !ContainsAnyOf(text, warningWords...) {
			t.Fatalf("WeatherWarning(%q) = %q without a warning word", text, kind)
		}
		kinds := strings.Split(kind, "、")
		for i, k := range kinds {
			named := strings.Contains(text, k) || k == "冰冻" && strings.Contains(text, "道路结冰") || k == "降温" && strings.Contains(text, "强降温")
			if !named || slices.Contains(kinds[:i], k) {
				t.Fatalf("WeatherWarning(%q) = %q: the text does not name %q, or names it twice", text, kind, k)
			}
		}
	})
}
