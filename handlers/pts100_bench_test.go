package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkStillSpend: 张三's 「还能兑换吗」 in December, answered with the
// clearing and the shopkeeper (pts100): no read, the reply's commit.
// Reported: round trips per message.
func BenchmarkStillSpend(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 14, 10, 0, 0, 0, pb.now.Location())
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "张三", "还能兑换吗" })
}

// BenchmarkOwnShopComing: 陈二's 「我家积分能换啥」 in the group with points
// approved and still to come: the shop's list to the group, the balance
// and the coming points privately (pts100), from the household's one
// read. Reported: round trips per message.
func BenchmarkOwnShopComing(b *testing.B) {
	pb := examplePointsBot(b)
	pb.now = time.Date(2026, 12, 14, 10, 0, 0, 0, pb.now.Location())
	pb.say("赵六", "加分 陈二 SG03 10 捡到钱包交还失主")
	pb.drain()
	benchCounted(b, pb, func(int) {}, func(int) (string, string) { return "陈二", "我家积分能换啥" })
}
