package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed97: the reporter's 「1」 in time after his offer lapsed twice,
// joining the retort filed meanwhile (one commit; was: a second item); a
// party's 「说好的300块一分没给」 days after his quarrel closed, its 未解决
// (one commit; was: dropped, no commit).
func BenchmarkMed97(b *testing.B) {
	b.Run("lapsed_offer_joins_retort", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("account", 0, "张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了"),
				msg("retort", 31*time.Minute, "陈二", "张三你自己去看看界桩在哪 别血口喷人"), // past the offer (med98)
				msg("late1", 32*time.Minute, "张三", "1"), msg("late2", 63*time.Minute, "张三", "1")}
			m = msg("m", 65*time.Minute, "张三", "1")
			after = []bot.Message{msg("accept", 2*time.Hour, "李四", "确认 "+ref), msg("end", 3*time.Hour, "李四", "办结 "+ref+" 双方到现场看了界桩 墙没越界"),
				msg("pleased", 4*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
	b.Run("unkept_after_close", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("file", 0, "张三", "陈二家的牛又跑到俺家麦地里啃了一大片 说了好几次也不管 太欺负人了"),
				msg("accept", time.Minute, "郑十", "确认 "+ref), msg("end", time.Hour, "郑十", "办结 "+ref+" 两家谈好了 陈二赔张三300元 下周一前给"),
				msg("pleased", 2*time.Hour, "张三", "满意 "+ref)}
			m = msg("m", 3*24*time.Hour, "张三", "说好下周一给的300块 到现在一分没给")
			after = []bot.Message{msg("end2", 4*24*time.Hour, "郑十", "办结 "+ref+" 钱已经当面给了"), msg("pleased2", 4*24*time.Hour+time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
}

// med97Round is round i's item number and its messages' maker: each
// round on a day of its own, sixty days apart, in 三组's group.
func med97Round(i int) (ref string, msg func(id string, d time.Duration, from, text string) bot.Message) {
	day := at.Add(time.Duration(i) * 60 * 24 * time.Hour)
	return fmt.Sprintf("#R%d", i+1), func(id string, d time.Duration, from, text string) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(d), Chat: grid3, From: from, Text: text}
	}
}
