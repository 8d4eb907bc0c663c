package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed87: the reporter's 「1」 to his offered account of a quarrel
// that the other side's retort filed meanwhile: kept on that item as his
// side, in one commit.
func BenchmarkMed87(b *testing.B) {
	b.Run("account_joins_retort", func(b *testing.B) { benchAccountJoins(b, 0) })
}

// benchAccountJoins runs the account joining the retort (BenchmarkMed87),
// the account sent with the given number of photos.
func benchAccountJoins(b *testing.B, photos int) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 60 * 24 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		msg := func(id string, d time.Duration, from, text string) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(d), Chat: grid3, From: from, Text: text}
		}
		account := msg("account", 0, "张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了")
		for k := range photos {
			account.Images = append(account.Images, fmt.Sprintf("img%d-%d", i, k))
		}
		before = []bot.Message{account, msg("retort", 3*time.Minute, "陈二", "张三你自己去看看界桩在哪 别血口喷人")}
		m = msg("m", 6*time.Minute, "张三", "1")
		after = []bot.Message{msg("accept", time.Hour, "李四", "确认 "+ref), msg("end", 2*time.Hour, "李四", "办结 "+ref+" 双方到现场看了界桩 墙没越界"),
			msg("pleased", 3*time.Hour, "张三", "满意 "+ref)}
		return before, m, after
	})
}
