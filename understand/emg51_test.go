package understand

import (
	"testing"

	"gridbot/village"
)

// TestWarnedBackFromAFire: a fire's or a flood's size ("火太大了", "水太急
// 了") said with a warning to the others to keep back or get out ("大家别
// 管了", "别靠近", "快跑", "都出来") is one at it shouting: an alarm. The
// size alone, at a pot, minded ("关小"), or beside where not to go some day
// ("大家别去河边"), is no alarm.
func TestWarnedBackFromAFire(t *testing.T) {
	const safety = "安全隐患"
	fire, flood := emergencyOf(village.HazardFire, safety), emergencyOf(village.HazardFlood, safety)
	checkReads(t, []readCase{
		{"told to leave it", "大家别管了 火太大了", fire},
		{"told to keep back", "大家别靠近 火太大了", fire},
		{"told to run", "快跑 火太猛了", fire},
		{"told to keep back, a flood", "大家别过去了 水太大了", flood},
		{"told to get out, a house", "都出来 房子要塌了", emergencyOf(village.HazardCollapse, safety)},
		{"the size alone", "火太大了", noiseIn("其他")},
		{"a pot", "你别管了 火太大了 菜要糊了", noiseIn("其他")},
		{"a fire minded", "火太大了的话就关小点 大家别靠近", noiseIn("其他")},
		{"a river some day", "这几天水太大了 大家别去河边钓鱼", noiseIn("其他")},
	})
}
