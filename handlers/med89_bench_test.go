package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed89: the reporter's 「1」 to his offered account of a quarrel
// the other side's retort filed meanwhile, the account telling a second
// matter: of no quarrel (the lamp, filed apart as its own item) or of the
// same two households (a 补充 kept on the quarrel's item); one commit each.
func BenchmarkMed89(b *testing.B) {
	b.Run("account_joins_lamp_filed_apart", func(b *testing.B) { benchAccountMore(b, " 另外村口路灯也坏了", 2) })
	b.Run("account_joins_with_quarrel_more", func(b *testing.B) { benchAccountMore(b, " 另外他家牛踩了俺玉米 还把俺家墙推倒了", 1) })
}

// benchAccountMore runs benchAccountJoins' account with more told after
// it, filing items items in all per round (the retort's and any apart).
func benchAccountMore(b *testing.B, more string, items int) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 60 * 24 * time.Hour)
		ref := func(k int) string { return fmt.Sprintf("#R%d", i*items+k) }
		msg := func(id string, d time.Duration, from, text string) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(d), Chat: grid3, From: from, Text: text}
		}
		before = []bot.Message{msg("account", 0, "张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了"+more),
			msg("retort", 3*time.Minute, "陈二", "张三你自己去看看界桩在哪 别血口喷人")}
		m = msg("m", 6*time.Minute, "张三", "1")
		for k := 1; k <= items; k++ {
			d := time.Duration(k) * time.Hour
			after = append(after, msg(fmt.Sprint("accept", k), d, "李四", "确认 "+ref(k)),
				msg(fmt.Sprint("end", k), d+time.Minute, "李四", "办结 "+ref(k)+" 处理好了"),
				msg(fmt.Sprint("pleased", k), d+2*time.Minute, "张三", "满意 "+ref(k)))
		}
		return before, m, after
	})
}
