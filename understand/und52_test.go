package understand

import (
	"testing"

	"gridbot/village"
)

// TestStoveFumesRead: a stove's flue that lets its smoke in is carbon
// monoxide once someone is overcome (an emergency), a danger to fix with
// its hint when no one is; a works' chimney stays pollution.
func TestStoveFumesRead(t *testing.T) {
	const safety = "安全隐患"
	checkReads(t, []readCase{
		{"chimney leaks, an elder dizzy", "李大爷家的烟囱一直漏烟 早上起来说头晕想吐", emergencyOf(village.HazardGas, safety)},
		{"flue leaks, headache", "俺家烟筒漏烟 俺妈头疼得厉害", emergencyOf(village.HazardGas, safety)},
		{"heating and fainted", "屋里生火取暖 老人晕倒了", emergencyOf(village.HazardGas, safety)},
		{"flue down, room full of smoke", "炉筒掉了 屋里全是烟", emergencyOf(village.HazardGas, safety)},
		{"chimney leaks, no one hurt", "天冷了 俺家炉子烟囱漏烟 得找人修修", reportIn(safety)},
		{"flue leaks, to mend", "五保户家的烟筒漏烟 得换一节", reportIn(safety)},
		// smoke blown back into the room is smoke in it now (safety first)
		{"flue blows back", "五保户家的烟筒倒烟 得换一节", emergencyOf(village.HazardGas, safety)},
		{"a works' chimney", "窑厂的烟囱冒黑烟 熏得人头晕", reportIn("环境卫生")},
	})
	checkCautions(t, map[string]village.Hazard{
		"俺家炉子的烟囱漏烟":      village.HazardFumes,
		"五保户家的烟筒倒烟 得换一节": village.HazardFumes,
		"窑厂的烟囱冒黑烟":       village.HazardNone,
		"带烟囱的煤炉子哪里有卖的":   village.HazardNone,
	})
}

// checkCautions checks the danger Caution finds in each text.
func checkCautions(t *testing.T, want map[string]village.Hazard) {
	t.Helper()
	for text, h := range want {
		if got := Caution(Hear(text)); got != h {
			t.Errorf("Caution(%q) = %q, want %q", text, got, h)
		}
	}
}

// TestFirecrackersShortRead: 放炮 is 放鞭炮; fireworks that break
// people's sleep are noise.
func TestFirecrackersShortRead(t *testing.T) {
	const safety = "安全隐患"
	checkReads(t, []readCase{
		{"by the straw", "几个娃在草垛旁边放炮", reportIn(safety)},
		{"by the fuel", "有人在液化气站门口放炮", reportIn(safety)},
		{"a warning", "不要在柴火堆旁边放炮", noiseIn(safety)},
		{"at night, sleep broken", "半夜两点还在放鞭炮 全村都吵醒了", reportIn("环境卫生")},
	})
}

// TestWardedBesideAHazardRead: an alarm word warded ("别掉河里") beside a
// danger reported as it stands is the danger's report; an alarm told as
// happening, or a cry, keeps the emergency.
func TestWardedBesideAHazardRead(t *testing.T) {
	const road = "道路交通"
	safety, drowning := "安全隐患", emergencyOf(village.HazardMedical, "安全隐患")
	checkReads(t, []readCase{
		{"railing broken, a fall warded", "东头那座桥的护栏断了一截 走夜路的小心别掉河里", reportIn(road)},
		{"railing gone, children warded", "鱼塘边的栏杆倒了 叫娃们别掉塘里", reportIn(safety)},
		{"a tip beside a danger", "塘边护栏倒了 家长们看好孩子", reportIn(safety)},
		{"someone in the water", "有人掉河里了 别站着快拿绳子", drowning},
		{"a child in the water", "娃掉河里了", drowning},
		{"one fell beside the broken railing", "桥护栏断了 有人掉下去了 大家别掉河里", drowning},
		{"a cry keeps it", "桥护栏断了 救命啊 别掉河里", drowning},
		// the rising water is told, not warded: a flood's alarm
		{"a reservoir rising", "水库的水涨得厉害 娃们别去玩水", emergencyOf(village.HazardFlood, safety)},
	})
}
