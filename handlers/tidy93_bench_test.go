package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkTidy93: a later message with 还有 run into 隔壁老刘家, filed
// without it; a quarrel with a third household's nuisance read alone as
// chatter and a 他家 after it (offered apart, together); 王五's call note
// 「对了屋顶漏雨了」 filed as 屋顶漏雨了, each rejected after it (not
// measured) so that the next is a matter of its own.
func BenchmarkTidy93(b *testing.B) {
	b.Run("later_joiner_run_in", func(b *testing.B) {
		benchEachDay(b, "张三", "还有隔壁老刘家的狗天天晚上叫 吵得睡不着")
	})
	b.Run("quarrel_nuisance_third_household_back", func(b *testing.B) {
		benchQuarrelWith(b, " 还有老刘家的狗天天叫 另外他家鸭子也老跑过来")
	})
	b.Run("call_report_duile", func(b *testing.B) {
		r, st := benchRouter(b, true)
		benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 白凤兰 已通 挺好"})
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			m := bot.Message{ID: fmt.Sprintf("%d-a", i), At: at.Add(time.Duration(2*i+1) * time.Second), Private: true, From: "王五",
				Text: fmt.Sprintf("回访 石德贵 已通 第%d回 对了屋顶漏雨了", i+1)}
			trips, n = trips+benchTrips(b, r, st, m), n+1
			benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-b", i), At: m.At.Add(time.Second), Chat: grid3, From: "李四",
				Text: fmt.Sprintf("驳回 #R%d 测试", i+1)})
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	})
}
