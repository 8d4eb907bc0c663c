package handlers_test

import (
	"strings"
	"testing"
	"time"
)

// TestShortBySaid: a household short of what it asks about, or of what
// the shopkeeper records, hears privately how many points it is short
// (pts108: 「不够换」 alone, though 「我家还差几分能换一袋米」 asked it); the
// group's copy keeps the balance out.
func TestShortBySaid(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2027, 1, 8, 9, 30, 0, 0, b.now.Location())
	b.fund("QS-301", 30)
	b.fund("QS-302", 200)
	got := b.say("张三", "我家还差几分能换一袋米")
	has(t, "asked", got, "您家现在可兑换 30 分，不够换，还差 60 分。", "已私信发给您")
	got = b.say("周八", "兑换 张三 大米 1")
	has(t, "shop", got, "张三户可兑换积分 30 分，大米 1袋（5公斤）要 90 分，还差 60 分。")
	if n := strings.Count(strings.Join(got, "\n"), "还差"); n != 1 {
		t.Errorf("shop: 还差 said %d times, want once (privately): %q", n, got)
	}
	// two kinds of oil asked: no one sum is short
	lacks(t, "oil", b.say("张三", "我家积分够换点油不"), "还差")
	// how many asked: the count its points buy
	has(t, "many", b.say("陈二", "我家积分能换几袋米"), "您家现在可兑换 200 分。够换，最多能换大米 2袋（5公斤），直接到超市找周八")
}

// TestHonoursAsked: what a high ranking brings is answered with the
// year-end ranking, the 荣誉户's rule, whom to ask of other rewards and
// the shop (pts108: the ranking, the help, or the grid leader as 答不了).
func TestHonoursAsked(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	for _, q := range []string{"积分排名年底有奖励吗", "积分第一名有啥奖励", "@网格小助手 荣誉户有什么好处", "年底积分多的有奖品不"} {
		got := b.say("张三", q)
		has(t, q, got, "12月31日 18:00年终结算时，会在群里公布2026年全村的积分排行", "积分荣誉户要同时满足：全村前 3 名",
			"户均分至少 20 分", "请问网格长李四", "积分超市找周八兑换东西", "没兑换的积分12月31日 18:00年终清零")
		lacks(t, q, got, "答不了", "积分排行（按户均分）：", "积分怎么用")
	}
	lacks(t, "shop", b.say("张三", "积分能换什么奖品"), "荣誉户")
	b.now = time.Date(2027, 1, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("陈二", "积分排名年底有奖励吗")
	has(t, "january", got, "2026年的积分排行和积分荣誉户已在2026年12月31日 18:00年终结算时在群里公布", "「积分排行 2026」")
	lacks(t, "january", got, "年终清零")
}

// TestNextYearFestivalClaim: 「明年元旦」 is a day still to come, not the
// last 元旦 (pts108): nothing filed; 「元旦那天」 alone files as before.
func TestNextYearFestivalClaim(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("张三", "申请积分 明年元旦帮王奶奶扫雪")
	has(t, "next year", got, "您说的是1月1日要做的事：积分要做完以后再申请")
	lacks(t, "next year", got, "#C1")
	has(t, "spring", b.say("张三", "申请积分 来年春节帮五保户贴春联"), "要做的事")
	// the last 元旦, past its claiming time in December (pts109)
	has(t, "last", b.say("陈二", "申请积分 元旦那天帮村里扫雪"), "您说这是1月1日做的")
}

// TestSnowSweptRoad: a road swept after snow is the village's snow
// cleared (义务劳动, pts100), not a road swept of litter (pts108: it
// filed as 环境卫生整治); a road swept with no snow stays.
func TestSnowSweptRoad(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	has(t, "snow", b.say("张三", "申请积分 今天早上下大雪 我把村口到学校的路扫了 证明人 王五"), "「参加义务劳动、集体劳动」")
	has(t, "litter", b.say("王五", "申请积分 把村道扫干净了 证明人 李四"), "「参加村庄环境卫生整治」")
}

// TestReviewsAsked: 「还有多少积分申请没审」 is a scorer's 待审 and, from
// anyone else, whom to ask (pts108: it was offered as a claim); a refused
// 兑换 of a misnamed item says how many points are missing, privately.
func TestReviewsAsked(t *testing.T) {
	b := examplePointsBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 帮王奶奶挑水 证明人 王五")
	got := b.say("李四", "@网格小助手 年底了 还有多少积分申请没审")
	has(t, "leader", got, "积分申请由评分小组赵六审核；还有多少在等审核，请问赵六")
	lacks(t, "leader", got, "我理解为", "#C2")
	has(t, "scorer", b.say("赵六", "@网格小助手 还有几个积分申请没审"), "待审核 1 项", "#C1 张三户·张三")
	got = b.say("周八", "张三拿了一桶油")
	has(t, "named", got, "张三户可兑换积分 0 分，不够换，还差 80 分。")
	if n := strings.Count(strings.Join(got, "\n"), "还差"); n != 1 {
		t.Errorf("named: 还差 said %d times, want once (privately): %q", n, got)
	}
}
