package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkTotalParted: 陈二's 「我家积分怎么才这么点」 with an item in
// effect, one in 公示 and one waiting for it: the list parts them
// (pts98), from the household's claims as before. Reported: round trips
// per message.
func BenchmarkTotalParted(b *testing.B) {
	benchSaidOn(b, partedHousehold(b), "陈二", "我家积分怎么才这么点")
}

// BenchmarkClaimPhotoDue: 陈二's claim of an item that needs a photo, sent
// without one: filed, the reviewers asked and the reminder held for 3
// hours before the photo's 24 hours end, in the claim's commit (pts98);
// each iteration a new day. Reported: round trips per message.
func BenchmarkClaimPhotoDue(b *testing.B) {
	pb := examplePointsBot(b)
	benchCounted(b, pb, func(i int) {
		pb.now = pb.now.Add(24 * time.Hour)
	}, func(i int) (string, string) {
		return "陈二", fmt.Sprintf("申请积分 第%d次打扫院子 房前屋后都干净了", i+1)
	})
}

// BenchmarkPhotoDueWithdrawn: the photo of that claim, sent later: attached,
// the reviewers told, the held reminder withdrawn in the same commit
// (pts98). Reported: round trips per message.
func BenchmarkPhotoDueWithdrawn(b *testing.B) {
	pb := examplePointsBot(b)
	benchCountedMsg(b, pb, func(i int) {
		pb.now = pb.now.Add(24 * time.Hour)
		pb.say("陈二", fmt.Sprintf("申请积分 第%d次打扫院子 房前屋后都干净了", i+1))
	}, func(i int) bot.Message {
		return bot.Message{ID: fmt.Sprintf("p%d", i), Chat: g3, From: "陈二", Images: []string{"yard.jpg"}}
	})
}

// BenchmarkStatusMissing: 陈二's 查 #C1 of his pending claim lacking its
// witness: what it lacks and how to give it (pts98), no read more.
// Reported: round trips per message.
func BenchmarkStatusMissing(b *testing.B) {
	pb := examplePointsBot(b)
	pb.say("陈二", "申请积分 参加普法讲座")
	benchSaidOn(b, pb, "陈二", "查 #C1")
}

// BenchmarkShortNothingComing: 周八's 兑换 that 张三户's points in effect
// do not cover, nothing coming: refused without the 公示 line (pts98).
// Reported: round trips per message.
func BenchmarkShortNothingComing(b *testing.B) {
	pb := examplePointsBot(b)
	pb.fund("QS-301", 17)
	benchSaidOn(b, pb, "周八", "兑换 张三 洗衣液 1")
}

// BenchmarkUndonePromise: BenchmarkUndoneBurst with a claim under
// objection at the year end: the 撤销 also takes back the promise the
// held correction made (pts98). Reported: round trips of the 撤销.
func BenchmarkUndonePromise(b *testing.B) { benchUndone(b, "C99") }
