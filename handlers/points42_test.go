package handlers_test

import "testing"

// TestRevokedVetoBesideAnother: a household with two veto items of the
// year (the second one recorded by mistake; the same item twice is refused) is not told, nor is its group,
// that it is back in the ranking when one of them is taken back: the other
// still keeps it out. Its 我的积分 lists both items apart.
func TestRevokedVetoBesideAnother(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "first veto", b.privately("赵六", "扣分 雷志明 拘留 否决项"), "已记录否决项 #C1")
	// the same item again is refused (points43); another item is a second veto
	has(t, "same veto refused", b.privately("赵六", "扣分 雷志明 拘留"), "这条没有记录")
	has(t, "second veto", b.privately("赵六", "扣分 雷志明 违建 否决项"), "已记录否决项 #C2")
	has(t, "both listed apart", b.privately("雷志明", "我的积分"), "否决项「家庭成员受到治安拘留」（#C1）、「违法占地建房、拒不拆除」（#C2）不参加")
	got := b.say("赵六", "撤销 #C2 记错了")
	has(t, "still out", got, "#C2 已撤销：雷志明户 否决项，雷志明户另有否决项 #C1，2026年仍不参加积分排名和评优。",
		"雷志明: 【积分通知】#C2 否决项「违法占地建房、拒不拆除」经核实已撤销（记错了），但您家另有否决项「家庭成员受到治安拘留」（#C1），2026年仍不参加积分排名和评优。")
	lacks(t, "not back", got, "恢复参加")
	has(t, "still vetoed", b.privately("雷志明", "积分排行"), "您家今年因否决项「家庭成员受到治安拘留」（#C1）不参加排名。")
	got = b.say("赵六", "撤销 #C1 经核实不是本户的人")
	has(t, "back now", got, "雷志明户恢复参加2026年积分排名和评优", "您家2026年恢复参加积分排名和评优")
}

// TestRecordCapFullSaysWhen: a 加分 over a full cap says that nothing was
// recorded and from when the item may be recorded again (it said only
// "已经给满了"), with the year's cap when that is the one full.
func TestRecordCapFullSaysWhen(t *testing.T) {
	b := examplePointsBot(t)
	for i := range 4 {
		// each one more the same day, said so (a repeat is asked first, points44)
		has(t, "patrol", b.say("赵六", "加分 张明 巡防 第"+string(rune('1'+i))+"次 再记一次"), "张三户·张明「参加治安巡防」+10分")
	}
	got := b.say("赵六", "加分 张明 巡防 第5次")
	has(t, "monthly full", got, "「参加治安巡防」张明本月上限40分，已经给满了，这条没有记录；4月1日起可以再记。")
	has(t, "nothing recorded", b.privately("张明", "我的积分"), "您本人：40 分")
	for i := range 3 {
		b.say("赵六", "加分 金大海 拾金不昧 10 第"+string(rune('1'+i))+"次 再记一次")
	}
	has(t, "yearly full", b.say("赵六", "加分 金大海 拾金不昧 10"), "「拾金不昧」金大海今年上限30分，已经给满了，这条没有记录；2027年1月1日起可以再记。")
}

// TestRecordedAgainCountsEach: the reminder on a third record of the same
// item for the same person in a day names both earlier ones (it said
// "记过一次" and named the first only). Since points44 a repeated 加分 is
// asked first, as a 扣分 is: the second is recorded on 「1」, the third
// said to be meant.
func TestRecordedAgainCountsEach(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 张明 参加治安巡防")
	has(t, "asked", b.say("赵六", "加分 张明 参加治安巡防"), "这条还没有记录")
	has(t, "second", b.say("赵六", "1"), "今天已经给张明记过一次「参加治安巡防」（#C1），这是第 2 次。")
	// (「第三次」 says the count itself: no line repeats it, points46)
	got := b.say("赵六", "加分 张明 巡防 又一次")
	has(t, "third", got, "今天已经给张明记过 2 次「参加治安巡防」（#C1、#C2），这是第 3 次。")
	lacks(t, "third", got, "记过一次")
}

// TestEarlyObjectionToDeductionSaysRecorded: a villager objecting before
// the 公示 to a deduction a scorer recorded is told it was recorded, not
// "已通过" (as the scorer's note already said).
func TestEarlyObjectionToDeductionSaysRecorded(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "deducted", b.say("赵六", "扣分 陈二 焚烧秸秆 田里烧秸秆"), "已记录 #C1")
	got := b.say("陈二", "异议 #C1 我没烧秸秆")
	has(t, "recorded", got, "#C1 已记录、还没有公示，现在不冻结", "赵六: 【积分反映】#C1 陈二户·陈二「焚烧秸秆、垃圾」-5分，已记录、还没有公示")
	lacks(t, "not approved", got, "已通过")
}

// TestRedeemUnsoldNotLikeByOneChar: goods the shop does not sell that
// share one character with an item only at its start ("电视机", 电压力锅)
// are not offered as that item (「是」 would have spent 210 points on a
// pot); 肥皂 is still asked about as 香皂.
func TestRedeemUnsoldNotLikeByOneChar(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-302", 500)
	got := b.say("周八", "兑换 陈二 电视机 1")
	has(t, "not sold", got, "积分超市没有「电视机」，没有兑换。")
	lacks(t, "no pot", got, "是「电压力锅」")
	b.say("周八", "是")
	b.wantRedeemable(t, "nothing redeemed on 是", "QS-302", 500)
	has(t, "like", b.say("周八", "兑换 陈二 肥皂 1"), "是「香皂」（5分/块）吗？")
}
