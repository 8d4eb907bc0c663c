package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkProcedure100: the procedure questions appr100 changed: a time
// asked of another thing (批下来多久要开工), a sign-up asked yes or no, a
// home visit asked (the further question's or the reply's commit), a
// 低保年审 question (the filing's commit), and a worker's question naming
// another procedure while a villager's waits (his own filing, no answer
// recorded).
func BenchmarkProcedure100(b *testing.B) {
	b.Run("time_of_other", func(b *testing.B) {
		benchAskedOn(b, "陈二", "宅基地建房怎么申请", "批下来多久要开工", 0, false)
	})
	b.Run("sign_up", func(b *testing.B) { benchAskedOn(b, "张三", "征兵报名怎么报", "女的能报吗", 0, false) })
	b.Run("at_home", func(b *testing.B) {
		benchAskedOn(b, "陈二", "养老保险认证怎么弄", "能在家认证吗", 0, false)
	})
	b.Run("dibao_review", func(b *testing.B) { benchAskedOn(b, "张三", "", "低保年审要带啥材料", 0, false) })
	b.Run("other_procedure", func(b *testing.B) {
		r, st := benchRouter(b, true)
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			day := at.Add(time.Duration(i) * 100 * time.Hour)
			benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day, Chat: grid3, From: "张三", Text: "医保一年交多少钱"})
			m := bot.Message{ID: fmt.Sprintf("%d-on", i), At: day.Add(time.Minute), Chat: grid3, From: "王五", Text: "取暖补贴今年啥时候发"}
			trips, n = trips+benchTrips(b, r, st, m), n+1
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	})
}
