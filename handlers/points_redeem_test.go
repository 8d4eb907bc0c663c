package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkRedeem is the shopkeeper's 兑换 at the counter: a household
// taking a few different goods in a row (no question asked: each is a new
// purchase). Reported: round trips per 兑换, the outbox drain left out.
func BenchmarkRedeem(b *testing.B) {
	pb := examplePointsBot(b)
	pb.fund("QS-301", 1<<30)
	items := []string{"兑换 张三 香皂 1", "兑换 张三 牙膏 1", "兑换 张三 毛巾 1", "兑换 张三 洗洁精 1"}
	pb.say("周八", items[0])
	ctx := context.Background()
	var rts int64
	b.ResetTimer()
	for i := range b.N {
		pb.now = pb.now.Add(time.Second)
		before := pb.st.RoundTrips()
		if err := pb.r.Handle(ctx, bot.Message{ID: fmt.Sprintf("r%d", i), At: pb.now, Chat: g3, From: "周八", Text: items[(i+1)%len(items)]}); err != nil {
			b.Fatal(err)
		}
		rts += pb.st.RoundTrips() - before
		pb.drain()
	}
	b.ReportMetric(float64(rts)/float64(b.N), "roundtrips/msg")
	b.StopTimer()
	if got := pb.account("QS-301").Redeemed; got <= 5 {
		b.Fatalf("redeemed %d: nothing was redeemed", got)
	}
}

// TestRedeemRetypedAfterAnother: the shopkeeper records 食用盐 and 牙膏 for
// 张三 and then sends the 食用盐 again (its reply seemed lost): it is asked
// about, as when nothing came between, and charged once; his 「是」 (a
// real second bag) charges it once more. The same goods for another
// member of the household later in the day are that member's own
// purchase, not asked.
func TestRedeemRetypedAfterAnother(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 50)
	has(t, "salt", b.say("周八", "兑换 张三 食用盐 1"), "已兑换 #L1")
	has(t, "toothpaste", b.say("周八", "兑换 张三 牙膏 1"), "已兑换 #L2")
	left := b.account("QS-301").Redeemable()
	has(t, "salt again", b.say("周八", "兑换 张三 食用盐 1"), "这条还没有兑换：今天09:01已经给张三户兑换过食用盐 1袋。")
	chargedOnYes(t, b, left, 3, "已兑换 #L3：张三户·张三 食用盐 1袋，用 3 分。")
	b.now = b.now.Add(time.Hour)
	has(t, "another member", b.say("周八", "兑换 张明 食用盐 1"), "已兑换 #L4：张三户·张明 食用盐 1袋")
}

// TestRedeemSameGoodsForKin: the household's points are shared, so the
// same goods for another member of it moments after (香皂 for 张三, then
// for 刘芳) are asked about before they are charged: most often the first
// sent again under the other's name. The message delivered again charges
// nothing; 「是」 charges it once, however often it is said.
// Words that say it is one more purchase ("她也要") are charged at once,
// and so are other goods, another count, or the same later in the day.
func TestRedeemSameGoodsForKin(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 100)
	has(t, "first", b.say("周八", "兑换 张三 香皂 1"), "已兑换 #L1：张三户·张三 香皂 1块")
	left := b.account("QS-301").Redeemable()
	ask := "这条还没有兑换：09:01刚给张三户的张三兑换过香皂 1块，全家的积分是一起用的。如果刘芳又拿了一份，请回复「是」再兑换一次"
	has(t, "kin", b.sayID("kin", "周八", "兑换 刘芳 香皂 1"), ask)
	b.sayID("kin", "周八", "兑换 刘芳 香皂 1") // delivered again
	chargedOnYes(t, b, left, 5, "已兑换 #L2：张三户·刘芳 香皂 1块")
	has(t, "one more, said", b.say("周八", "兑换 张明 香皂 1 他也要"), "已兑换 #L3：张三户·张明 香皂 1块")
	has(t, "another count", b.say("周八", "兑换 张明 香皂 2"), "已兑换 #L4：张三户·张明 香皂 2块")
	has(t, "other goods", b.say("周八", "兑换 刘芳 牙膏 1"), "已兑换 #L5")
	b.now = b.now.Add(kinWindowForTest)
	has(t, "later", b.say("周八", "兑换 张三 牙膏 1"), "已兑换 #L6：张三户·张三 牙膏 1支")
}

// chargedOnYes: a redemption asked about has charged nothing of 张三户's
// left; 「是」 charges its cost (its reply has want), a second 「是」 nothing.
func chargedOnYes(t *testing.T, b *pointsBot, left, cost int, want string) {
	t.Helper()
	if got := b.account("QS-301").Redeemable(); got != left {
		t.Fatalf("asked: redeemable %d, want %d (not charged before 是)", got, left)
	}
	has(t, "yes", b.say("周八", "是"), want)
	b.say("周八", "是")
	if got := b.account("QS-301").Redeemable(); got != left-cost {
		t.Fatalf("after 是 twice: redeemable %d, want %d (charged once)", got, left-cost)
	}
}

// kinWindowForTest is past how soon the same goods for another member are
// asked about (handlers.kinWindow).
const kinWindowForTest = 31 * time.Minute

// TestRedeemReadsOnce: a 兑换 reads the household's account, its approved
// claims and the shop's counted stock together, then commits: two round
// trips, stock counted or not.
func TestRedeemReadsOnce(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 100)
	has(t, "first", b.say("周八", "兑换 张三 香皂 1"), "已兑换 #L1")
	b.now = b.now.Add(time.Minute)
	before := b.st.RoundTrips()
	if err := b.r.Handle(context.Background(), bot.Message{ID: "again", At: b.now, Chat: g3, From: "周八", Text: "兑换 张三 牙膏 1"}); err != nil {
		t.Fatal(err)
	}
	n := b.st.RoundTrips() - before // the outbox drain left out
	has(t, "second", b.drain(), "已兑换 #L2")
	if n != 2 {
		t.Errorf("兑换: %d round trips, want 2 (one read, the commit)", n)
	}
}
