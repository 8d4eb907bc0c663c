package understand

import (
	"testing"

	"gridbot/village"
)

// TestLitForUseRead: a stove, a hearth, a brazier or a candle lit by
// someone is no fire; a stack or a house set alight is, whoever did it.
func TestLitForUseRead(t *testing.T) {
	const safety = "安全隐患"
	checkReads(t, []readCase{
		{"a stove lit", "他把炉子点着了", noiseIn("其他")},
		{"a hearth lit", "早上起来先把灶点着了 烧了锅热水", noiseIn("其他")},
		{"a brazier lit", "他把火盆点着了 屋里暖和多了", noiseIn("其他")},
		{"a candle lit", "天黑了 奶奶把蜡烛点着了", noiseIn("其他")},
		{"a stack set alight", "隔壁的傻小子把柴火堆点着了", emergencyOf(village.HazardFire, safety)},
		{"a house set alight", "他把房子点着了", emergencyOf(village.HazardFire, safety)},
		{"a house set alight with a stove", "他用炉子把房子点着了", emergencyOf(village.HazardFire, safety)},
	})
}

// TestWarningsToAllRead: a caution to everyone that tells no fact of here
// and now (a season, a kind of road, a deed forbidden) is no report; one
// that tells what happened, points at a place or tells of the sender is.
func TestWarningsToAllRead(t *testing.T) {
	checkReads(t, []readCase{
		{"ice in winter", "冬天路上结冰要小心", noiseIn("道路交通")},
		{"snowy roads", "雪天路滑 大家注意", noiseIn("道路交通")},
		{"fireworks by fuel forbidden", "不要在加油站附近放鞭炮", noiseIn("安全隐患")},
		{"warm and no fumes", "天冷注意保暖 防煤气中毒", noiseIn("其他")},
		{"bridges in snow", "下雪天开车慢点 过桥要当心", noiseIn("道路交通")},
		{"a road iced and falls", "村口那段路结冰了 好几个人摔了", reportIn("道路交通")},
		{"that bridge iced", "那座桥上全是冰 大家过桥小心", reportIn("道路交通")},
		{"a branch down, take care", "树枝断了掉在村道上 骑车的要小心", reportIn("道路交通")},
	})
}
