package understand

import (
	"testing"

	"gridbot/village"
)

// TestReadPointedWayShutRegistered: a way shut or iced over, named by
// which one ("东头那条道") rather than by its grid, is registered (≥ 0.8)
// as a road report (town111: 杨春花's was offered with 「1」); a warning
// to drive slowly stays chat.
func TestReadPointedWayShutRegistered(t *testing.T) {
	for _, text := range []string{
		"东头那条道雪积得有半米深 三轮车开不进去",
		"西头那条路雪堆得老高 拉年货的车进不来",
		"这段路雪太厚了 送煤的车开不进来",
		"北边那条道冻得跟镜子一样 电动车根本上不去",
		"学校门口那段路冻上了 娃娃们上学老摔跤",
	} {
		r := read(t, text)
		if r.Intent != village.IntentReport || r.Category != "道路交通" || r.Confidence < 0.8 {
			t.Errorf("Read(%q) = %s %s %.2f; want a 道路交通 report registered (≥ 0.8)", text, r.Intent, r.Category, r.Confidence)
		}
	}
	for _, text := range []string{"那条路雪太厚了 你们开车慢点", "外面冻得跟镜子一样 大家出门小心", "东头那条道昨天雪厚进不去 今天铲开了"} {
		if r := read(t, text); r.Intent == village.IntentReport {
			t.Errorf("Read(%q) = report %.2f; want no report", text, r.Confidence)
		}
	}
}
