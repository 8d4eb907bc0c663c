package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// BenchmarkMineAfterClearing: 张三's private 我的积分 on 8 January, his
// household holding 10 of 2026's points final after the clearing (pts86):
// where they come from is of the account already read, no read more.
func BenchmarkMineAfterClearing(b *testing.B) {
	pb := examplePointsBot(b)
	a := village.NewAccount("青山村", "QS-301")
	a.Final, a.Cleared = 20, 10
	a.Years = map[string]*village.YearTally{"2026": {Score: 20, Final: 20, Cleared: 10}}
	if _, err := pb.st.Commit(context.Background(), storage.Change{Scope: qs, MsgID: storage.AccountMsgID("青山村", "QS-301"),
		Docs: []storage.Doc{storage.AccountDoc(a)}}); err != nil {
		b.Fatal(err)
	}
	jan := time.Date(2027, 1, 8, 10, 0, 0, 0, at.Location())
	benchSetup(b, pb.r, bot.Message{ID: "warm", At: jan, From: "张三", Private: true, Text: "我的积分"})
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("q%d", i), At: jan.Add(time.Duration(i+1) * time.Second), From: "张三", Private: true, Text: "我的积分"}
		trips, n = trips+benchTrips(b, pb.r, pb.st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkShortBeforeClearing: 周八's 兑换 of a 食用油 张三's household
// cannot afford on 20 December (pts86): refused, what its 10 points buy
// and the clearing's deadline (the config's) privately, in the reply's
// commit.
func BenchmarkShortBeforeClearing(b *testing.B) {
	pb := examplePointsBot(b)
	pb.fund("QS-301", 10)
	pb.now = time.Date(2026, 12, 20, 10, 0, 0, 0, at.Location())
	benchSaidOn(b, pb, "周八", "兑换 张三 食用油 1")
}
