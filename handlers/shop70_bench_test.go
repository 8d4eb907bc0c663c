package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// benchShop70 reports the round trips of from's text in grid 3's group,
// after setup (shop70's plain points questions).
func benchShop70(b *testing.B, from, text string, setup ...bot.Message) {
	r, st := benchRouter(b, true)
	benchSetup(b, r, setup...)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("q%d", i), At: at.Add(2 * time.Minute), Chat: grid3, From: from, Text: text}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkShopVisitAsked: 张三's 「积分超市几点开门」: the config's hours
// and place, nothing read; the reply's commit.
func BenchmarkShopVisitAsked(b *testing.B) {
	benchShop70(b, "张三", "积分超市几点开门")
}

// BenchmarkTotalDoubted: 陈二's 「积分怎么算的 我家怎么才这么点」 after an
// award and a claim of his household's: its claims (followed copies once
// seen), the list privately and the group's pointer in one commit.
func BenchmarkTotalDoubted(b *testing.B) {
	benchShop70(b, "陈二", "积分怎么算的 我家怎么才这么点",
		bot.Message{Chat: grid3, From: "赵六", Text: "加分 陈二 参加义务劳动 8"},
		bot.Message{Chat: grid3, From: "陈二", Text: "申请积分 参加志愿服务 王五可以作证"})
}

// BenchmarkGridRankingAsked: 李四's 「网格积分排名」: his grid's households
// ranked (积分排行 三组), the village's tallies and the reply's commit;
// the tallies from this process's copies after the first (rt75).
func BenchmarkGridRankingAsked(b *testing.B) {
	benchShop70(b, "李四", "网格积分排名", bot.Message{Chat: grid3, From: "赵六", Text: "加分 陈二 参加义务劳动 8"})
}
