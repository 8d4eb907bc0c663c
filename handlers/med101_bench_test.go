package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed101: a creditor naming the debtor (「陈二也欠我店里八百块」,
// was dropped: one commit keeping his word and telling the mediators),
// back-talk naming nothing to an account waiting for its 「1」 (was
// dropped: the filing's one commit), and a third household's own debt
// filed privately beside the first creditor's (the filing's commit; only
// its wording changed).
func BenchmarkMed101(b *testing.B) {
	b.Run("creditor_names_debtor", func(b *testing.B) {
		benchQuarrelWord(b, "张三", "陈二欠我三千块工钱 去年给他家盖房子干了两个月 到现在一分不给", 5*time.Minute, "周八", "陈二也欠我店里八百块 赊了半年了", "陈二腊月二十前还张三3000 还周八800")
	})
	b.Run("retort_unread_heads", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("account", 0, "张三", "陈二家办喜事搭棚子把路堵了，音响放到半夜十二点，孩子要考试睡不着，说了也不听")}
			m = msg("word", 3*time.Minute, "陈二", "一辈子就结一次婚 热闹两天咋了")
			after = []bot.Message{msg("accept", 2*time.Hour, "郑十", "确认 "+ref), msg("end", 3*time.Hour, "郑十", "办结 "+ref+" 谈好了 音响十点前关 棚子拆了"),
				msg("pleased", 4*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
	b.Run("third_household_along", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			_, msg := med97Round(i)
			first, second := fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)
			before = []bot.Message{msg("account", 0, "张三", "陈二欠我三千块工钱 去年给他家盖房子干了两个月 到现在一分不给"),
				msg("too", time.Minute, "周八", "他也欠我八百块钱")}
			m = msg("own", 2*time.Minute, "周八", "上报 陈二欠我八百块钱 在我店里赊的 半年了不还")
			m.Chat, m.Private = "", true
			end := func(id string, d time.Duration, ref, note string) bot.Message {
				x := msg(id, d, "李四", note)
				x.Chat, x.Private = "", true
				return x
			}
			after = []bot.Message{end("a1", time.Hour, first, "确认 "+first), end("a2", time.Hour+time.Minute, second, "确认 "+second),
				end("e1", 2*time.Hour, first, "办结 "+first+" 陈二还了张三3000元"), end("e2", 2*time.Hour+time.Minute, second, "办结 "+second+" 陈二还了周八800元"),
				msg("p1", 3*time.Hour, "张三", "满意 "+first)}
			p2 := msg("p2", 3*time.Hour+time.Minute, "周八", "满意 "+second)
			p2.Chat, p2.Private = "", true
			after = append(after, p2)
			return before, m, after
		})
	})
}
