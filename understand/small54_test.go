package understand

import (
	"testing"

	"gridbot/village"
)

// TestKindlingByFireWarnedRead: something that burns kept right by a fire
// or a spark is a standing fire hazard, a report in a grid group, also
// when a ward of what it could do follows ("小心着火"), which alone would
// read as a warning; a tip to keep them apart, or a reminder to all,
// stays chatter; a fire told stays an emergency.
func TestKindlingByFireWarnedRead(t *testing.T) {
	safety := "安全隐患"
	checkReads(t, []readCase{
		{"the stack by the stove, warned", "柴火堆挨着灶台 小心着火", reportIn(safety)},
		{"the stack by the stove", "柴火堆挨着灶台", reportIn(safety)},
		{"straw by the stove, warned", "灶台旁边堆满了稻草 当心着火", reportIn(safety)},
		{"a gas bottle by the stove", "煤气罐放在炉子边上 当心爆炸", reportIn(safety)},
		{"a tip to keep them apart", "柴火不要堆在灶台边上", noiseIn("其他")},
		{"a reminder to all", "各位注意 火盆别靠着被子放 当心着火", noiseIn("其他")},
		{"a season's warning", "天冷了 小心煤气中毒", noiseIn("其他")},
		{"a fire told", "柴火堆挨着灶台 着火了", emergencyOf(village.HazardFire, safety)},
	})
}
