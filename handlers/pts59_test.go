package handlers_test

import (
	"context"
	"fmt"
	"testing"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// TestShopAskedInPlainWords: what the points shop, or one's points, can be
// exchanged for, asked in a villager's words, gets the shop's list; asked
// of one's own points, the household's redeemable balance too, privately
// when asked in the group. Villagers asking each other, and talk of
// another 超市, get nothing.
func TestShopAskedInPlainWords(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 37)
	for _, text := range []string{"超市里能换啥", "超市有什么可以换的", "积分可以兑换哪些东西"} {
		got := b.say("陈二", text)
		expect(t, text, got, g3+": 积分超市：\n香皂 5分/块")
		has(t, text, got, "要兑换请到积分超市找周八；发「我的积分」看您家可兑换多少分。")
	}
	got := b.say("张三", "我的分能换什么东西")
	expect(t, "own points, in the group", got, "张三: 您家现在可兑换 37 分，到积分超市找周八兑换。", g3+": 积分超市：\n香皂 5分/块")
	has(t, "own points, in the group", got, "您家现在可兑换多少已私信发给您（各户的余额不在群里公开）。")
	lacks(t, "own points, in the group", got[1:], "37")
	has(t, "own points, privately", b.privately("张三", "我家积分能换啥"), "张三: 积分超市：", "您家现在可兑换 37 分。")
	for _, text := range []string{"张三，超市里能换啥", "去镇上超市买点菜", "超市里有什么菜"} {
		expect(t, text, b.say("陈二", text))
	}
}

// TestTookWhatTheShopHasNot: the shopkeeper's "张三拿了一袋洗衣粉" is asked
// back as a 兑换 of what the shop has like it (洗衣液, by the 瓶), or with
// those like it listed, never as a 兑换 the shop would refuse.
func TestTookWhatTheShopHasNot(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 100) // affordable: asked (pts64)
	expect(t, "one like it, another unit", b.say("周八", "张三拿了一袋洗衣粉"),
		g3+": 积分超市没有「洗衣粉」，有洗衣液（20分/瓶）。要记张三兑换吗？请按瓶数回复「兑换 张三 洗衣液 瓶数」，这条还没有兑换。")
	expect(t, "one like it, its unit", b.say("周八", "张三拿了两块肥皂"),
		g3+": 积分超市没有「肥皂」，有香皂（5分/块）。要记张三兑换吗？是的话回「是」就兑换（或发：兑换 张三 两块香皂），不是请回「不是」，这条还没有兑换。")
	expect(t, "several like it", b.say("周八", "张三拿了一个油"),
		g3+": 积分超市没有「油」，相近的有：酱油 8分/瓶、食用油 80分/桶（5升）。要记张三兑换吗？请回复「兑换 张三 物品 数量」（写清是哪一样），这条还没有兑换。")
	expect(t, "sold as written", b.say("周八", "张三拿了两瓶洗洁精"),
		g3+": 要记张三兑换吗？是的话回「是」就兑换（或发：兑换 张三 两瓶洗洁精），不是请回「不是」，这条还没有兑换。")
	has(t, "the suggested command redeems", b.say("周八", "兑换 张三 两块香皂"), "已兑换")
}

// TestObjectedClaimExplained: while an objection freezes his item, the
// claimant's own words on it are recorded on the claim and passed to the
// scorer; anyone else's, and his words when nothing of his is frozen,
// are not.
func TestObjectedClaimExplained(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 帮王奶奶挑水 王五可以作证"), "#C1")
	has(t, "approved", b.say("赵六", "同意 #C1"), "#C1 已通过")
	lacks(t, "nothing frozen yet", b.say("张三", "我去了的 王五可以作证"), "异议说明", "说明已记下")
	publishClaims(t, b.st, b.now, 1)
	has(t, "objected", b.say("陈二", "异议 #C1 张三那天根本没去王奶奶家"), "暂时冻结")
	got := b.say("张三", "我去了的 王五可以作证")
	expect(t, "explained", got,
		g3+": 张三，您对 #C1「帮助困难群众、照料孤寡老人」的说明已记下，并转给了评分人赵六；评分小组核实后会私信告诉您结果，不用在群里再说。",
		"赵六: 【异议说明】#C1 张三说：我去了的 王五可以作证\n（张三户·张三「帮助困难群众、照料孤寡老人」，异议：张三那天根本没去王奶奶家）核实后请回「维持 #C1」或「撤销 #C1 理由」。")
	lacks(t, "the objector's own words", b.say("陈二", "我去了的 王五可以作证"), "异议说明", "说明已记下")
	has(t, "privately, without a witness", b.privately("张三", "冤枉啊 我那天真的去了"), "张三: 张三，您对 #C1", "赵六: 【异议说明】#C1 张三说：冤枉啊 我那天真的去了")
	c := b.claim("C1")
	if c.Status != village.ClaimObjected || len(c.Explained) != 2 || c.Explained[0].By != "张三" || c.Explained[0].Note != "我去了的 王五可以作证" {
		t.Errorf("C1 %s, explained %+v; want objected with both of 张三's words", c.Status, c.Explained)
	}
	has(t, "upheld", b.say("赵六", "维持 #C1 王五说确实去了"), "#C1")
	lacks(t, "settled: nothing frozen", b.say("张三", "我去了的 王五可以作证"), "异议说明", "说明已记下")
}

// objectedC1 is a points bot whose C1, 张三's, is frozen by 陈二's
// objection during its 公示.
func objectedC1(tb testing.TB) *pointsBot {
	b := examplePointsBot(tb)
	b.say("张三", "申请积分 帮王奶奶挑水 王五可以作证")
	b.say("赵六", "同意 #C1")
	publishClaims(tb, b.st, b.now, 1)
	b.say("陈二", "异议 #C1 张三那天根本没去王奶奶家")
	return b
}

// explainTrips handles 张三's text in the group and returns the round
// trips it cost.
func explainTrips(tb testing.TB, b *pointsBot, id, text string) int64 {
	return b.trips(tb, bot.Message{ID: id, Chat: g3, From: "张三", Text: text})
}

// TestObjectionExplainedCostsOneCommit: the claimant's words on his frozen
// item cost one read of the frozen items and the one commit of the
// change; naming a witness, the witness readers share that read (wit62).
func TestObjectionExplainedCostsOneCommit(t *testing.T) {
	b := objectedC1(t)
	if n := explainTrips(t, b, "x1", "冤枉 我那天真的去了"); n != 2 {
		t.Errorf("explanation: %d round trips, want 2 (a read, a commit)", n)
	}
	if n := explainTrips(t, b, "x2", "我去了的 王五可以作证"); n != 2 {
		t.Errorf("explanation naming a witness: %d round trips, want 2 (one read shared with the witness readers, a commit)", n)
	}
	cs, err := storage.Claims(context.Background(), b.st, qs, storage.ClaimIndex(village.ClaimObjected))
	if err != nil || len(cs) != 1 || len(cs[0].Explained) != 2 {
		t.Fatalf("frozen %+v (%v), want C1 with two explanations", cs, err)
	}
}

// BenchmarkObjectionExplained: the claimant's words on his item frozen by
// an objection, told in the group.
func BenchmarkObjectionExplained(b *testing.B) {
	for _, text := range []string{"冤枉 我那天真的去了", "我去了的 王五可以作证"} {
		b.Run(text, func(b *testing.B) {
			pb := objectedC1(b)
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				trips, n = trips+explainTrips(b, pb, fmt.Sprintf("e%d", i), fmt.Sprintf("%s 第%d次", text, i)), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// TestSnowClearingCounts: "扫雪算积分吗" is answered with the item voluntary
// public work (SG02) is, not the general help; a claim for it is filed
// under it.
func TestSnowClearingCounts(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "asked", b.say("陈二", "扫雪算积分吗"), g3+": 对应的积分项目：SG02 参加义务劳动、集体劳动")
	has(t, "claimed", b.say("陈二", "申请积分 昨天帮村里扫雪了 王五可以作证"), "#C1", "「参加义务劳动、集体劳动」")
}
