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

// BenchmarkMed104: another creditor's 「他也欠我八百块钱」 on a loan's
// quarrel (was filed as an item of its own: the filing's commit; now the
// join's), and his private 「钱收到了」 answering the 回访 (was no answer to
// anything; now kept on the item: one commit on the followed copy).
func BenchmarkMed104(b *testing.B) {
	b.Run("other_creditor_on_loan", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("file", 0, "张三", "上报 调解 陈二借我三千块 说好年底还 到现在一分不给")}
			m = msg("too", time.Minute, "周八", "他也欠我八百块钱")
			after = []bot.Message{msg("accept", time.Hour, "郑十", "确认 "+ref), msg("end", 2*time.Hour, "郑十", "办结 "+ref+" 陈二当场还了张三3000元和周八800元"),
				msg("pleased", 3*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
	b.Run("creditor_paid_answer", func(b *testing.B) {
		r, st := benchRouter(b, true)
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			ref, msg := med97Round(i)
			benchSetup(b, r, msg("file", 0, "张三", "陈二欠我三千块工钱 到现在一分不给"), msg("too", time.Minute, "周八", "他也欠我八百块钱"),
				msg("accept", time.Hour, "郑十", "确认 "+ref), msg("end", 2*time.Hour, "郑十", "办结 "+ref+" 两家谈妥 陈二还张三3000和周八800"),
				msg("pleased", 3*time.Hour, "张三", "满意 "+ref+" 钱给了"))
			// the 回访 asks 周八, as the scheduler does
			rep, err := st.Report(context.Background(), village3, ref[1:])
			if err != nil {
				b.Fatal(err)
			}
			asked := msg("ask", 4*time.Hour, "", "").At
			rep.FollowUps, rep.FollowedUpAt, rep.CreditorsAwaited = 1, asked, []string{"周八"}
			if _, err := st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: fmt.Sprint("ask-", i), Report: &rep,
				Audit: storage.Audit{At: asked, By: village.SystemActor, Action: "followup"}}); err != nil {
				b.Fatal(err)
			}
			m := msg("paid", 5*time.Hour, "周八", "钱收到了")
			m.Chat, m.Private = "", true
			start := st.RoundTrips()
			benchSetup(b, r, m)
			trips, n = trips+st.RoundTrips()-start, n+1
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	})
}
