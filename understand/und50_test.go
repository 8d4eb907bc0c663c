package understand

import (
	"testing"

	"gridbot/village"
)

// TestRemindersToAllRead: a reminder to everyone to ward off a danger
// ("别煤气中毒", "当心着火") with no sign of anything happening is chatter;
// the same words beside a sign of an event (someone down, a smell met, a
// hurry, a house named) or a ward that tells people to do something else
// ("别过来") stay an alarm.
func TestRemindersToAllRead(t *testing.T) {
	const safety = "安全隐患"
	checkReads(t, []readCase{
		{"a window open by the brazier", "大家烤火的时候窗户留个缝 别煤气中毒", noiseIn("其他")},
		{"carbon monoxide at night", "天冷了 各位睡觉前把炭盆端出去 别一氧化碳中毒", noiseIn("其他")},
		{"a leak warded off", "记得晚上关好煤气阀 别煤气泄漏了", noiseIn("其他")},
		{"a fire warded off", "大家记得用完电热毯拔插头 当心着火", noiseIn("其他")},
		{"children kept from drowning", "大家注意 别让孩子溺水了", noiseIn("其他")},
		{"poisoning with someone down", "大家注意 别煤气中毒 老李家两口子已经倒了", emergencyOf(village.HazardGas, safety)},
		{"poisoning next door", "大家别煤气中毒 隔壁已经晕了一个", emergencyOf(village.HazardGas, safety)},
		{"a smell met", "各位注意 我闻到好大的煤气味 别点火 快开窗", emergencyOf(village.HazardGas, safety)},
		{"kept away from a leak", "大家别过来煤气泄漏了", emergencyOf(village.HazardGas, safety)},
		{"kept away, a clause apart", "大家别进屋 煤气泄漏了", emergencyOf(village.HazardGas, safety)},
		{"a fire beside a ward", "各位千万别往里冲 柴房着火了 火太大了", emergencyOf(village.HazardFire, safety)},
		{"a shock beside a ward", "各位别动他 他触电了", emergencyOf(village.HazardMedical, safety)},
		{"a drowning just now", "各位 别下河 刚才有个小孩溺水了", emergencyOf(village.HazardMedical, safety)},
	})
}
