package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestHouseSheddingNoLandslide: 「屋顶往下掉土 怕要塌」 was a flood
// (landslide) alarm, its 往下掉 with 土 read as earth coming down a slope;
// a house or a part of it shedding its own earth is the collapse rules'
// (a danger to inspect, an alarm with people fled or inside), and earth or
// stones coming down a hill stay the landslide alarm (lead102). 怕 and 一直
// stand between a subject and its verb like 怕是 and 一下子.
func TestHouseSheddingNoLandslide(t *testing.T) {
	for _, c := range []struct {
		text   string
		typ    village.Type
		hazard village.Hazard
	}{
		{"屋顶往下掉土 怕要塌", village.General, village.HazardNone},
		{"老房子的墙一直往下掉土 怕是要倒了 老人还住在里面", village.Emergency, village.HazardCollapse},
		{"墙上裂开好大一条缝 还在往下掉土 我们一家都跑出来了", village.Emergency, village.HazardCollapse},
		{"山上往下掉石头 路上都是", village.Emergency, village.HazardFlood},
		{"后山一直往下滚石头", village.Emergency, village.HazardFlood},
		{"往下掉土了 快跑", village.Emergency, village.HazardFlood},
	} {
		r := Rules{}.Read(context.Background(), c.text)
		if r.Intent != village.IntentReport || r.Type != c.typ || r.Hazard != c.hazard || r.Category != "安全隐患" {
			t.Errorf("%s: %+v, want a 安全隐患 report of type %v, hazard %q", c.text, r, c.typ, c.hazard)
		}
	}
}

// TestPoisonedIsCoalFumes: 「王婶家煤气中毒了 人已经晕了」's hint led with the
// gas-leak line (shut the valve, no switches); someone already poisoned,
// no pipeline or bottled gas named, is a coal stove's fumes: the
// coal-fumes line alone (lead102). A named gas keeps both lines.
func TestPoisonedIsCoalFumes(t *testing.T) {
	for _, c := range []struct {
		text string
		coal bool
	}{
		{"大家别进去 王婶家煤气中毒了 人已经晕了 快打120", true},
		{"隔壁老刘家煤气中毒了 快来人", true},
		{"天然气泄漏了 有人中毒晕倒了", false},
		{"煤气罐漏气了 满屋子味", false},
	} {
		s := Hear(c.text)
		r := Rules{}.Read(context.Background(), c.text)
		if r.Type != village.Emergency || r.Hazard != village.HazardGas {
			t.Errorf("%s: %+v, want a gas alarm", c.text, r)
			continue
		}
		if got := SceneOf(s, r.Hazard).Coal; got != c.coal {
			t.Errorf("%s: coal %v, want %v", c.text, got, c.coal)
		}
	}
}
