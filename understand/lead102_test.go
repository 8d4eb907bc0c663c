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
