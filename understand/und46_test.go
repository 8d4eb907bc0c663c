package understand

import (
	"testing"
)

// TestFoulingForbiddenRead: a warning to all that forbids a deed fouling
// what the village shares (rubbish into the river, straw burnt) is a
// reproach of someone who does it here: a report, asked back rather than
// filed. Cautions of a season's danger and deeds forbidden for the doer's
// own sake stay noise.
func TestFoulingForbiddenRead(t *testing.T) {
	const env = "环境卫生"
	rs := checkReads(t, []readCase{
		{"rubbish into the river", "不要往河里倒垃圾", reportIn(env)},
		{"to all", "大家不要往河里倒垃圾", reportIn(env)},
		{"straw burnt by the road", "别在路边烧秸秆", reportIn(env)},
		{"pesticide drums washed", "不要在河边洗农药桶", reportIn(env)},
		{"ice, a caution", "冬天路上结冰要小心", noiseIn("道路交通")},
		{"fireworks by fuel, the doer's own danger", "不要在加油站附近放鞭炮", noiseIn("安全隐患")},
		{"grain on the road, no fouling", "不要在村道上晒粮食", noiseIn("道路交通")},
	})
	for i, r := range rs[:4] {
		if r.Confidence != confAsk {
			t.Errorf("case %d: confidence %v, want %v (asked back)", i, r.Confidence, confAsk)
		}
	}
}
