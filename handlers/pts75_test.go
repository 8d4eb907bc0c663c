package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestRedemptionsNumberedByTheShop (pts75): a redemption's number counts
// the village's redemptions (#D1 for the first, however many claim events
// the ledger holds), the shopkeeper and the household hear the same one,
// 撤销兑换 and 查 take it in every form the ledger's took, and a ledger
// reference already posted (#L…) still resolves.
func TestRedemptionsNumberedByTheShop(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 100)
	b.busyLedger(12) // claim events: the ledger is at L12
	got := b.say("周八", "兑换 张三 洗衣液 1")
	has(t, "first sale", got, g3+": 已兑换 #D1：张三户·张三 洗衣液 1瓶，用 20 分。\n记错了请发「撤销兑换 #D1」。",
		"张三: 您家在积分超市兑换了洗衣液 1瓶，用 20 分，还可兑换 80 分（兑换号 #D1）。")
	lacks(t, "first sale", got, "#L13")
	has(t, "second sale", b.say("周八", "兑换 张三 牙膏 1"), g3+": 已兑换 #D2：张三户·张三 牙膏 1支")
	has(t, "undo by the sale's number", b.say("周八", "撤销兑换 #D1 拿错了"), g3+": 已撤销兑换 #D1：张三户·张三 洗衣液 1瓶，退回 20 分",
		"张三: 您家在积分超市的兑换 #D1（洗衣液 1瓶，20 分）记错了")
	has(t, "again, by the ledger's number", b.say("周八", "撤销兑换 #L13"), "#D1 已经撤销过了")
	has(t, "the refund's ledger number", b.say("周八", "撤销兑换 #L15"), "#L15 是撤销记录（撤销的是 #D1）")
	has(t, "no such sale", b.say("周八", "撤销兑换 #D9"), "#D9 不是兑换记录，请核对编号（在「已兑换 #D…」那条回复里）。")
	has(t, "bare: the latest offered by its number", b.say("周八", "撤销兑换"), "您最近的兑换是 #D2：张三户·张三 牙膏 1支")
	has(t, "yes", b.say("周八", "是"), g3+": 已撤销兑换 #D2")
	b.wantUndone(t, "both", "QS-301", 100, "L13", "L14")
	has(t, "third sale", b.say("周八", "兑换 张三 香皂 1"), "已兑换 #D3")
	has(t, "查 an undone sale", b.say("张三", "查 #D1"), g3+": #D1 是", "的兑换：张三户·张三 洗衣液 1瓶，用 20 分，超市管理员周八记的。", "撤销了，20 分已退回。")
	has(t, "查 by the ledger's number", b.say("张三", "查 #L14"), g3+": #D2 是", "牙膏 1支", "已经撤销了，5 分已退回。")
	has(t, "查 a sale", b.privately("张三", "查 D3"), "张三: #D3 是", "的兑换：张三户·张三 香皂 1块，用 5 分，超市管理员周八记的。有问题请找超市管理员周八。")
	has(t, "查 no such sale", b.say("张三", "查 #D7"), "#D7 不是兑换记录")
	has(t, "查 a claim event", b.say("张三", "查 #L2"), "#L2 不是兑换记录")

	entries, err := storage.Ledger(context.Background(), b.st, qs)
	if err != nil {
		t.Fatal(err)
	}
	var sales []string
	for _, e := range entries {
		if e.Event == village.EventRedeem || e.Event == village.EventRefund {
			sales = append(sales, e.ID+"="+e.SaleRef())
		}
	}
	if want := "L13=D1 L14=D2 L15=D1 L16=D2 L17=D3"; strings.Join(sales, " ") != want {
		t.Errorf("ledger's redemptions %q, want %q", strings.Join(sales, " "), want)
	}
}

// BenchmarkRedeemNumbered: the shopkeeper's 兑换, each numbered by the
// shop (the stock document written in the sale's commit, pts75).
func BenchmarkRedeemNumbered(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		if i == 0 {
			pb.fund("QS-301", 100000)
		}
	}, "周八", func(int) string { return "兑换 张三 香皂 1 再一块" })
}

// BenchmarkUnredeemBySale: 撤销兑换 #D<n> of each round's redemption (made,
// not measured): the sale's index read, then the refund's commit (pts75).
func BenchmarkUnredeemBySale(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		if i == 0 {
			pb.fund("QS-301", 100000)
		}
		pb.say("周八", fmt.Sprintf("兑换 张三 香皂 %d", i+1))
	}, "周八", func(i int) string { return fmt.Sprintf("撤销兑换 #D%d", i+1) })
}

// BenchmarkUnredeemByLedger: BenchmarkUnredeemBySale by the ledger's
// reference, as written before sales were numbered.
func BenchmarkUnredeemByLedger(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		if i == 0 {
			pb.fund("QS-301", 100000)
		}
		pb.say("周八", fmt.Sprintf("兑换 张三 香皂 %d", i+1))
	}, "周八", func(i int) string { return fmt.Sprintf("撤销兑换 #L%d", 2*i+1) })
}

// TestMyPointsInTheGroupShort (pts75): 我的积分 in the group is one line of
// what 积分排行 shows of the household (average, total over members,
// place) and the pointer; the asker's own points, which beside the total
// would tell of a member's deduction before its 公示, go privately. A
// vetoed household hears it is not ranked (posted when recorded), not why.
func TestMyPointsInTheGroupShort(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 张三 志愿服务 10")
	b.say("赵六", "扣分 张明 乱倒垃圾 3")
	got := b.say("张三", "我的积分")
	has(t, "privately", got, "张三: 张三户2026年积分：户总分 7 分", "您本人：10 分。", "可兑换：0 分")
	has(t, "the group", got, g3+": 张三户2026年户均 2.3 分（7分/3人），全村第 1 名（共 ",
		"；含公示期未满的 7 分）。\n张三，您本人的积分、可兑换积分已私信发给您；以后可以直接私信我「我的积分」。")
	inChatLacks(t, "the group", got, g3, "您本人：", "户总分", "-3", "张明")
	has(t, "the ranking shows as much", b.say("陈二", "积分排行"), "张三户 户均 2.3 分（7分/3人")

	b.say("赵六", "扣分 陈二 拘留 因赌博被行政拘留")
	got = b.say("陈二", "我的积分")
	has(t, "vetoed: privately", got, "陈二: 陈二户2026年积分", "不参加排名和评优")
	has(t, "vetoed: the group", got, g3+": 陈二户2026年户均 0.0 分（0分/4人），今年不参加排名和评优。\n陈二，可兑换积分、不参加排名的原因已私信发给您；以后可以直接私信我「我的积分」。")
	inChatLacks(t, "vetoed: the group", got, g3, "拘留", "赌博")
}

// TestFrozenSideFromAWitness (pts75, sandbox walk): 陈二, witness of 张三's
// claim (approved), has his own item frozen by an objection; his 「我去了的
// 王五可以作证」 is his side of that item, recorded and sent to the scorer.
// It was answered as his word on 张三's claim (「#C1 …已经同意了，不用再确认」)
// and the scorer never heard it. Naming 张三 it is still his word as witness.
func TestFrozenSideFromAWitness(t *testing.T) {
	b := witnessFrozen(t)
	if s := b.claim("C2").Status; s != village.ClaimObjected {
		t.Fatalf("C2 %s, want objected", s)
	}
	got := b.say("陈二", "我去了的 王五可以作证")
	has(t, "his side", got, g3+": 陈二，您对 #C2「参加义务劳动、集体劳动」的说明已记下，并转给了评分人赵六",
		"赵六: 【异议说明】#C2 陈二说：我去了的 王五可以作证")
	lacks(t, "his side", got, "#C1")
	if c := b.claim("C2"); len(c.Explained) != 1 || c.Explained[0].By != "陈二" {
		t.Errorf("C2 explained %+v; want 陈二's words", c.Explained)
	}
	has(t, "naming 张三: as witness", b.say("陈二", "我给张三作证 属实"), "#C1")
}

// BenchmarkFrozenSideFromAWitness: 陈二's side of his frozen item, said as
// TestFrozenSideFromAWitness says it (a witness of 张三's approved claim):
// the claims' one read, then the explanation's commit (pts75).
func BenchmarkFrozenSideFromAWitness(b *testing.B) {
	benchSaidOn(b, witnessFrozen(b), "陈二", "我去了的 王五可以作证")
}

// witnessFrozen: 陈二 witness of 张三's claim C1, approved and published
// with his own C2, which 周八's objection froze.
func witnessFrozen(tb testing.TB) *pointsBot {
	return witnessFrozenOn(tb, examplePointsBot(tb))
}

// witnessFrozenOn is witnessFrozen on pb (a replica's router, rt85).
func witnessFrozenOn(tb testing.TB, pb *pointsBot) *pointsBot {
	pb.say("张三", "申请积分 帮五保户王奶奶打扫院子 证明人 陈二")
	pb.say("陈二", "申请积分 参加村里义务劳动 清理水渠 证明人 王五")
	pb.say("赵六", "同意 #C1")
	pb.say("赵六", "同意 #C2 8")
	publishClaims(tb, pb.st, pb.now, 2)
	pb.say("周八", "异议 #C2 陈二那天没去")
	return pb
}

// BenchmarkSaleQueried: 查 #D1 of a redemption given back: the sale's
// index read (the redemption and its refund), nothing committed but the
// reply (pts75).
func BenchmarkSaleQueried(b *testing.B) {
	pb := examplePointsBot(b)
	pb.fund("QS-301", 100)
	pb.say("周八", "兑换 张三 香皂 1")
	pb.say("周八", "撤销兑换 #D1")
	benchSaidOn(b, pb, "张三", "查 #D1")
}
