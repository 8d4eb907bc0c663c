package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed100: a creditor's 「到时候他不给钱咋办」 after a debt's 办结 on
// 「腊月二十前」 (answered privately, nothing stored: its reply's one
// commit; was a reopen), another creditor's 「他也欠我的」 (his side and
// his own line in the one commit that keeps his word), a wedding's
// retort (one commit; was dropped) and the 办结 whose day is lunar (one
// commit).
func BenchmarkMed100(b *testing.B) {
	b.Run("unkept_asked", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("file", 0, "张三", "陈二欠我帮他家盖房子的工钱3000块，找他好几次了一直拖着"),
				msg("accept", time.Minute, "郑十", "确认 "+ref), msg("end", time.Hour, "郑十", "办结 "+ref+" 两家谈好了 陈二腊月二十前给张三3000元")}
			m = msg("m", 2*time.Hour, "张三", "到时候他不给钱咋办")
			after = []bot.Message{msg("pleased", 3*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
	b.Run("second_creditor_told", func(b *testing.B) {
		benchQuarrelWord(b, "张三", "陈二欠我帮他家盖房子的工钱3000块，找他好几次了一直拖着", 5*time.Minute, "周八", "他也欠我的，在我店里赊了两千多块钱的东西，一年了都没还", "钱已经当面给了")
	})
	b.Run("wedding_retort_told", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("account", 0, "张三", "陈二家办喜事搭棚子把路堵了，音响放到半夜十二点，孩子要考试睡不着，说了也不听"),
				msg("yes", time.Minute, "张三", "1")}
			m = msg("word", 3*time.Minute, "陈二", "办喜事放两天音乐咋了 谁家没个红白事")
			after = []bot.Message{msg("accept", 2*time.Hour, "郑十", "确认 "+ref), msg("end", 3*time.Hour, "郑十", "办结 "+ref+" 谈好了 音响十点前关 棚子拆了"),
				msg("pleased", 4*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
	b.Run("resolve_lunar_day", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("file", 0, "张三", "陈二欠我帮他家盖房子的工钱3000块，找他好几次了一直拖着"), msg("accept", time.Minute, "郑十", "确认 "+ref)}
			m = msg("end", time.Hour, "郑十", "办结 "+ref+" 两家谈好了 陈二腊月二十前给张三3000元")
			after = []bot.Message{msg("pleased", 2*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
}
