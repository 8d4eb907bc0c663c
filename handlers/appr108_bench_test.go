package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkProcedure108: the paths appr108 changed: a leader's plain
// answer chosen among two waiting items by the payout asked (the
// answer's commit), a first question of one away (the filing's commit),
// and a 户口本 asked on 结婚登记, which needs none (the further
// question's commit, nobody @-ed).
func BenchmarkProcedure108(b *testing.B) {
	b.Run("news_answer", func(b *testing.B) {
		r, st := benchRouter(b, true)
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			day := at.Add(time.Duration(i) * 100 * time.Hour)
			benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-w", i), At: day, Chat: grid3, From: "王乐", Text: "危房改造今年还能报不"})
			benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-q", i), At: day.Add(10 * time.Minute), Chat: grid3, From: "张三", Text: "今年有没有取暖补贴"})
			m := bot.Message{ID: fmt.Sprintf("%d-a", i), At: day.Add(20 * time.Minute), Chat: grid3, From: "李四", Text: "今年照常发 月底前打到一卡通"}
			trips, n = trips+benchTrips(b, r, st, m), n+1
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	})
	b.Run("away_first", func(b *testing.B) {
		benchAskedOn(b, "陈二", "", "俺在外地打工 腊月二十八才回 低保年审能让俺妈去办不", 0, false)
	})
	b.Run("hukou_unneeded", func(b *testing.B) {
		benchAskedOn(b, "陈二", "结婚登记要带啥", "户口本在他爸那 咋办", 0, false)
	})
}
