package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/village"
)

// TestOwnElderCared: a chore done for one's own elder (「帮俺奶奶扫房子」) is
// 孝敬父母 (JT01), asked or claimed (pts111: the question got the bare
// help text, the claim was offered as 扫院子); a neighbour's elder stays
// SG04 and 「帮我奶奶申请积分」 is still a claim for her.
func TestOwnElderCared(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("陈二", "帮俺奶奶扫房子能加分不")
	has(t, "asked", got, "对应的积分项目：JT01 孝敬父母、赡养老人", "发「申请积分 孝敬父母、赡养老人」申请")
	lacks(t, "asked", got, "给 名字")
	got = b.say("陈二", "申请积分 帮俺奶奶扫房子 证明人王五")
	has(t, "claimed", got, "已登记积分申请 #C1：陈二户·陈二「孝敬父母、赡养老人」")
	lacks(t, "claimed", got, "扫院子")
	has(t, "a neighbour's", b.say("张三", "帮隔壁李奶奶扫房子 能加分不"), "对应的积分项目：SG04")
	has(t, "for kin", b.say("陈二", "能帮我儿子申请积分吗"), "给家里人申请")
}

// TestLastYearRankAsked: 「俺家去年排第几」 asks last year's place: from its
// archive when kept (one line unaddressed, naming the year), else it says
// plainly none is kept (pts111: it got this year's line, or addressed
// this year's list); 「积分排行 去年」 is 「积分排行 2025」.
func TestLastYearRankAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 昨天帮王奶奶扫雪 证明人王五")
	b.say("赵六", "同意 #C1")
	for _, q := range []string{"俺家去年排第几", "@网格小助手 俺家去年排第几", "积分排行 去年"} {
		got := b.say("张三", q)
		has(t, q, got, "没有2025年的年终积分排行")
		lacks(t, q, got, "排第 1 名", "2026年积分排行")
	}
	y := storage.YearRanking{Village: "青山村", Year: "2026", At: "2026-12-31T18:00:00+08:00",
		Standings: []village.Standing{{HouseholdInfo: village.HouseholdInfo{Village: "青山村", Household: "QS-302", Grid: "三组", Head: "陈二", Participants: 4},
			Rank: 1, Total: 10, Average: 2.5}}}
	if _, err := b.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: "yearend", Docs: []storage.Doc{storage.RankingDoc(y)}}); err != nil {
		t.Fatal(err)
	}
	b.now = time.Date(2027, 1, 5, 9, 0, 0, 0, b.now.Location())
	got := b.say("陈二", "俺家去年排第几")
	has(t, "archived", got, "陈二户2026年年终在青山村排第 1 名，户均 2.5 分。发「积分排行 2026」看青山村2026年的排行。")
	lacks(t, "archived", got, "积分排行（按户均分）", "申请积分")
	has(t, "this year's", b.say("陈二", "俺家排第几"), "还没排上名次")
}

// TestStaleDayAsked: a question naming a deed's day past its claiming time
// says so, as the claim would (pts111: the how-to invited a claim sure to
// be refused); a lunar day still to come is named as the one to claim
// after; a day inside the window keeps the how-to.
func TestStaleDayAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	got := b.say("张三", "腊月二十三那天帮王奶奶扫房子 能加分不")
	has(t, "腊月", got, "对应的积分项目：SG04", "您说的要是今年2月10日那次：那时的积分3月1日已经公示，补申请最晚到4月1日公示前，现在过了申请的时候。",
		"请找评分小组赵六说明", "说的要是明年1月30日要做的，做完以后再发「申请积分 做了什么」。")
	lacks(t, "腊月", got, "符合条件的")
	got = b.say("张三", "10月5号帮五保户挑水 能加分不")
	has(t, "October", got, "您说的10月5日那次：那时的积分11月1日已经公示，补申请最晚到12月1日公示前")
	lacks(t, "October", got, "要是", "<no value>", "符合条件的")
	got = b.say("张三", "11月20号帮王奶奶挑水 能加分不")
	has(t, "November", got, "符合条件的，发「申请积分 帮助困难群众、照料孤寡老人」申请")
	lacks(t, "November", got, "过了申请的时候")
}

// TestPointsGoneAsked: 「俺家积分咋没了」 asks where the points went: 我的积分
// answers it, after the year end with the points cleared (privately);
// it is no claim (pts111: offered as one). Said to another villager it
// is theirs.
func TestPointsGoneAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	for _, q := range []string{"俺家积分咋没了", "我家的积分怎么变成0了", "过了个年 俺家的分都哪去了"} {
		got := b.say("陈二", q)
		has(t, q, got, "陈二户2026年积分")
		lacks(t, q, got, "我理解为", "申请积分——")
	}
	if got := b.say("陈二", "张三 你家积分咋没了"); len(got) != 0 {
		t.Errorf("said to another villager: %q, want silence", got)
	}
}

// TestWantsToRedeemComing: 「我想把积分都换成过年的东西」 with points approved
// but not yet published hears privately when they can be spent, not only
// 「可兑换 0 分」 (pts111).
func TestWantsToRedeemComing(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	b.say("张三", "申请积分 昨天下大雪 我把村口到学校那段路的雪铲了 证明人王五")
	b.say("赵六", "同意 #C1 8")
	got := b.say("张三", "我想把积分都换成过年的东西")
	has(t, "coming", got, "您家现在可兑换 0 分。\n待公示：8 分（已通过），1月1日在群里公示，7天没有异议就可以兑换。")
}

// TestVillagesLastYearAsked: 「@网格小助手 我们村去年排第几」 is last year's
// comparison of the villages (pts111), none kept here.
func TestVillagesLastYearAsked(t *testing.T) {
	b := catalogueBot(t)
	b.now = time.Date(2026, 12, 8, 9, 0, 0, 0, b.now.Location())
	has(t, "villages", b.say("陈二", "@网格小助手 我们村去年排第几"), "没有2025年的年终积分排行")
}
