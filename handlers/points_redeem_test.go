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
// member of the household are that member's own purchase, not asked.
func TestRedeemRetypedAfterAnother(t *testing.T) {
	b := examplePointsBot(t)
	b.fund("QS-301", 50)
	has(t, "salt", b.say("周八", "兑换 张三 食用盐 1"), "已兑换 #L1")
	has(t, "toothpaste", b.say("周八", "兑换 张三 牙膏 1"), "已兑换 #L2")
	left := b.account("QS-301").Redeemable()
	has(t, "salt again", b.say("周八", "兑换 张三 食用盐 1"), "这条还没有兑换：今天09:01已经给张三户兑换过食用盐 1袋。")
	if got := b.account("QS-301").Redeemable(); got != left {
		t.Fatalf("salt sent again after the toothpaste: redeemable %d, want %d (not charged before 是)", got, left)
	}
	has(t, "yes", b.say("周八", "是"), "已兑换 #L3：张三户·张三 食用盐 1袋，用 3 分。")
	b.say("周八", "是")
	if got := b.account("QS-301").Redeemable(); got != left-3 {
		t.Fatalf("after 是 twice: redeemable %d, want %d (charged once)", got, left-3)
	}
	has(t, "another member", b.say("周八", "兑换 张明 食用盐 1"), "已兑换 #L4：张三户·张明 食用盐 1袋")
}

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
