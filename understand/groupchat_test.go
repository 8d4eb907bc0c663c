package understand

import (
	"testing"

	"gridbot/village"
)

// TestReadGroupChatVariants: village-group phrasings the lexicons missed —
// smoke told with a word between, the grid's own cadres not found, the
// supply stopped said backwards, voice-to-text homophones and "偷偷"
// (secretly, no theft).
func TestReadGroupChatVariants(t *testing.T) {
	const safety = "安全隐患"
	checkReads(t, []readCase{
		{"smoke with a word between", "粮仓那边冒大烟了 快来", emergencyOf(village.HazardFire, safety)},
		{"smoke rising", "老屋那边冒起烟来了 好像没人在家", emergencyOf(village.HazardFire, safety)},
		{"smoke in emoji and words", "🔥🔥🔥 粮仓那边冒大烟了 快来", emergencyOf(village.HazardFire, safety)},
		{"luck is no smoke", "祖坟冒青烟了 俺家娃考上公务员了 请大家吃饭", noiseIn("其他")},
		{"grid worker not found", "网格员的电话是多少 有事找不到人", queryIn("其他")},
		{"village head never in", "村长老是不在 办个事找不到人", reportIn("其他")},
		{"water stopped again", "水又停了 这都第三回了 到底咋回事 有没有人管", reportIn("水电设施")},
		{"power stopped", "电又停了 冰箱里的肉都要坏了 能不能派人来看看", reportIn("水电设施")},
		{"rubbish homophone", "后山有人偷偷倒建筑拉鸡 一车一车的往沟里倒", reportIn("环境卫生")},
		{"secretly is no theft", "有人偷偷在路边倒建筑垃圾", reportIn("环境卫生")},
		{"secretly burning", "有人偷偷在山上烧荒", reportIn(safety)},
		{"sneaking thief stays", "有人偷偷摸摸进了我家院子 把电瓶车偷走了", reportIn("治安")},
	})
}

// TestReadNewsOfElsewhere: a tale from the news of another county or
// province is passed on, whoever is in it; news that names the sender's
// own village is not.
func TestReadNewsOfElsewhere(t *testing.T) {
	checkReads(t, []readCase{
		{"fraud in the next county", "看到新闻说隔壁县有人被电信诈骗了 大家注意啊", noiseIn("治安")},
		{"theft in another province", "抖音刷到外省有人偷电缆被抓了", noiseIn("治安")},
		{"news of our village", "新闻说我们村有人被电信诈骗了 是真的吗 谁家的", reportIn("治安")},
	})
}

// TestReadPostedNotice: news that a list or an account was posted asks
// nothing; a complaint about it is a matter.
func TestReadPostedNotice(t *testing.T) {
	for _, text := range []string{
		"这个月的村务公开贴在村委会门口了 大家有空去看看",
		"村务公开贴出来了",
		"这个月的积分排名已公布 在村委会公示栏",
	} {
		if r := read(t, text); r.Intent != village.IntentNoise {
			t.Errorf("Read(%q) = %s %s; want noise", text, r.Intent, r.Category)
		}
	}
	for _, text := range []string{
		"村里从来不搞村务公开",
		"低保名单贴出来了 可有几户根本不够条件 这不公平",
		"村务公开栏一年多没更新了",
	} {
		if r := read(t, text); r.Intent != village.IntentReport {
			t.Errorf("Read(%q) = %s; want a report", text, r.Intent)
		}
	}
}

// TestReadFiguresOfSpeech: idioms and hyperbole that hold an alarm word
// are no alarm; the same word told of a person is.
func TestReadFiguresOfSpeech(t *testing.T) {
	checkReads(t, []readCase{
		{"last straw", "救命稻草都抓不住了 这价钱卖不出去啊", noiseIn("其他")},
		{"heat as a degree", "这天热得要中暑了 大家多喝水", noiseIn("其他")},
		{"heatstroke told", "我爸在地里热得中暑了 晕过去了", emergencyOf(village.HazardMedical, "安全隐患")},
	})
}

// TestReadNeighbourlyMatters: a neighbour's tree fallen on the sender's
// roof is a dispute when its owner denies it; a handyman asked of the
// group for the sender's own thing is a question; a deed put up as a
// good deed is a claim.
func TestReadNeighbourlyMatters(t *testing.T) {
	checkReads(t, []readCase{
		{"owner denies", "老王家的树倒了压在俺家房顶上 瓦碎了一片 他说不关他的事", mediationIn("矛盾纠纷")},
		{"handyman wanted", "群里有没有会修电视的 我家电视没信号了", queryIn("水电设施")},
		{"village without signal", "村里电视都没信号了 有没有会修的", reportIn("水电设施")},
	})
	r := read(t, "帮邻居把摔倒的老人扶起来送回家了 这算好人好事不")
	if r.Intent != village.IntentClaim {
		t.Errorf("a deed put up as a good deed: intent %s; want claim", r.Intent)
	}
}
