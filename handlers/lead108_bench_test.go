package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkLead108: a villager's 「@网格小助手 提醒大家…」 thanked (was: a
// confirm-back of a report of 其他), and one telling of chickens stolen,
// filed as 治安 (was: a confirm-back of 其他). A problem told before a deed,
// now filed without the deed, is BenchmarkLead107/problem_then_deed.
func BenchmarkLead108(b *testing.B) {
	b.Run("villager_reminds", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			_, msg := med97Round(i)
			return nil, msg("remind", 0, "张三", "@网格小助手 提醒大家晚上锁好门"), nil
		})
	})
	b.Run("villager_reminds_of_theft", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			m = msg("theft", 0, "张三", "@网格小助手 最近村里丢了两只鸡 提醒大家晚上锁好门")
			return nil, m, []bot.Message{msg("take", time.Minute, "李四", "确认 "+ref)}
		})
	})
}
