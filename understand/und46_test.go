package understand

import (
	"testing"

	"gridbot/village"
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

// TestEarlyWinterRead: December lines that were misread. A charcoal fire
// told by its use (烤炭火) is lit; 啥也没干 asks nothing; a review failed
// with its reason contested is a grievance about the scheme.
func TestEarlyWinterRead(t *testing.T) {
	checkReads(t, []readCase{
		{"a shut room, no answer", "隔壁王大爷一个人在屋里烤炭火 门窗关得死死的 敲门一直没反应", emergencyOf(village.HazardGas, "安全隐患")},
		{"nothing done", "今天在家烤了一天火 啥也没干", noiseIn("其他")},
		{"a review failed, the reason contested", "俺家低保年审没过 说是家里有车 那是拉货的破三轮", reportIn("政策咨询")},
		{"left off a list", "低保名单上没有我家 我家的户口明明在这", reportIn("政策咨询")},
		{"what to bring", "低保年审要带啥材料", approvalIn("政策咨询")},
	})
}
