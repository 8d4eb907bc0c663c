package understand

import (
	"testing"

	"gridbot/village"
)

// TestReadBusyGroup: what villagers say in a busy grid group (2026-12-02,
// villager pass): an elder who wandered off with no "没回来" said, debris
// that fell told as the thing the sender cleared, weather advice and a
// neighbour's offer to the group, a greeting before a report, a complaint
// of a cadre put as a question, a road crushed to bits in dialect — each
// beside a look-alike of the other reading.
func TestReadBusyGroup(t *testing.T) {
	const safety, order = "安全隐患", "治安"
	got := checkReads(t, []readCase{
		{"elder with dementia gone out, sought", "我家老太太有老年痴呆 下午自己出门了 穿个蓝棉袄 有看到的赶紧给我打电话", emergencyOf(village.HazardMissing, order)},
		{"confused father ran out, look out", "我爸老年痴呆 一个人跑出去了 大家帮忙留意一下", emergencyOf(village.HazardMissing, order)},
		{"confused mother out to the clinic", "俺娘有点糊涂 今天出门去镇上看病了", noiseIn("其他")},
		{"fallen debris cleared, rest to clear", "今早我和我家老大把村道上塌下来的土石清了一半 还剩一大堆 得找铲车来 这个能加分吧", reportIn("道路交通")},
		{"house fell with someone in it", "房子塌下来的时候人还在里面", emergencyOf(village.HazardCollapse, safety)},
		{"rain, take care", "侬好 今朝落雨 路浪向滑来兮 大家当心点", noiseIn("其他")},
		{"cold coming, wrap the pipes", "明天降温了 听说要下雪 大家把水管子包一包 别冻裂了", noiseIn("其他")},
		{"icy road, a car slid off", "下雪了 后山那段路结冰了 车都滑到沟里了 大家注意", reportIn("道路交通")},
		{"bacon for whoever wants it", "有要腊肉香肠的没 今年熏了好多 要的说一声", noiseIn("其他")},
		{"greeting then a blocked channel", "各位乡亲新年好！顺便说一下 后山那条水渠堵了 开春要放水 得找人清一清", reportIn("水电设施")},
		{"cadre rude, how is he a cadre", "村主任说话太难听了 我去问个事就把我骂出来了 这种人咋当的干部", reportIn("其他")},
		{"subsidy to relatives, is that fair", "评低保的时候优亲厚友 村主任亲戚家有车有房也吃低保 这合理吗", reportIn("政策咨询")},
		{"road crushed by lorries", "俺们这嘎达的道让大车压得稀碎 下雨天根本走不了", reportIn("道路交通")},
	})
	if got[3].Also != village.IntentClaim {
		t.Errorf("debris cleared: also = %q, want a claim beside the report", got[3].Also)
	}
}

// TestSummaryDropsGreeting: a report's summary starts at the matter, not
// at the greeting and the turn to it.
func TestSummaryDropsGreeting(t *testing.T) {
	for text, want := range map[string]string{
		"大家早上好🌹 跟网格员说一下 桥头那块护栏被车撞坏了一截": "桥头那块护栏被车撞坏了一截",
		"各位好 打扰一下 我家老母亲这两天一直发烧":        "我家老母亲这两天一直发烧",
		"早上好": "早上好",
	} {
		if got := summarize(text); got != want {
			t.Errorf("summarize(%q) = %q, want %q", text, got, want)
		}
	}
}
