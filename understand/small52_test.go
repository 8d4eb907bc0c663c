package understand

import (
	"testing"

	"gridbot/village"
)

// TestStoveSmokeInTheRoomIsFumes: a stove's smoke said to come into the
// room (「炉子冒烟进屋了」) is its fumes, carbon monoxide (an emergency
// with the gas hint), not a fire: the smoke alarm's 冒烟 no longer reads
// it first. A fire's smoke stays a fire; a stove's smoke that does not
// come in, as before.
func TestStoveSmokeInTheRoomIsFumes(t *testing.T) {
	const safety = "安全隐患"
	checkReads(t, []readCase{
		{"stove smoke comes in", "炉子冒烟进屋了", emergencyOf(village.HazardGas, safety)},
		{"coal stove smoke in", "俺家煤炉冒烟 烟往屋里灌", emergencyOf(village.HazardGas, safety)},
		{"flue blows back as smoke", "火炉的烟筒冒烟进屋了 呛得很", emergencyOf(village.HazardGas, safety)},
		{"a fire's smoke comes in", "隔壁柴房着火了 烟进屋了", emergencyOf(village.HazardFire, safety)},
		{"a shed smoking", "后院柴房冒烟了", emergencyOf(village.HazardFire, safety)},
	})
}
