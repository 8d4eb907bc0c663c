package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkPhotoAfterRejection: 陈二's photo for his claim 赵六 rejected
// 「没有照片」 a minute before (pts93): the claim read, the photo attached
// and the scorer told privately in one commit, as a photo for a pending
// claim. Each iteration a new claim, on its own day.
func BenchmarkPhotoAfterRejection(b *testing.B) {
	r, st := benchRouter(b, true)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		day := at.Add(time.Duration(i) * 24 * time.Hour)
		benchSetup(b, r, bot.Message{At: day, Chat: grid3, From: "陈二", Text: fmt.Sprintf("申请积分 第%d回把房前屋后收拾干净了", i+1)},
			bot.Message{At: day.Add(time.Minute), Chat: grid3, From: "赵六", Text: fmt.Sprintf("驳回 #C%d 没有照片", i+1)},
			// asked, the photo could still come (pts96): he rejects it
			bot.Message{ID: fmt.Sprintf("yes%d", i), At: day.Add(90 * time.Second), Chat: grid3, From: "赵六", Text: "1"})
		m := bot.Message{ID: fmt.Sprintf("photo%d", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "陈二", Images: []string{"yard.jpg"}}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkTotalDoubtedJanuary: 陈二's 「我家积分怎么这么少」 on 5 January
// after December's 加分 (pts93): the closed year's items explained from
// the same read of his household's claims as BenchmarkTotalDoubted.
func BenchmarkTotalDoubtedJanuary(b *testing.B) {
	r, st := benchRouter(b, true)
	dec := time.Date(2026, 12, 20, 10, 0, 0, 0, at.Location())
	benchSetup(b, r, bot.Message{At: dec, Chat: grid3, From: "赵六", Text: "加分 陈二 参加义务劳动 8"})
	jan := time.Date(2027, 1, 5, 10, 0, 0, 0, at.Location())
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("q%d", i), At: jan.Add(time.Duration(i) * time.Minute), Chat: grid3, From: "陈二", Text: "我家积分怎么这么少"}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
