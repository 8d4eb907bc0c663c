package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkScamAndAd: a scam's message in the grid group, warned of
// ("scam": a new text each round, the group's warning and the leader's
// note in one pipeline; "again": the same text, deduplicated), and a
// stranger's ad ("ad": a new stranger each round, whose greeting before
// it, which reads the group's names, is not measured).
func BenchmarkScamAndAd(b *testing.B) {
	b.Run("scam", func(b *testing.B) {
		benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
			return nil, benchMsg(fmt.Sprintf("%d-s", i), grid3, "张三", fmt.Sprintf("恭喜中奖 点击链接领取 http://x.cn/%d", i), ""), nil
		})
	})
	b.Run("again", func(b *testing.B) {
		benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
			return nil, benchMsg(fmt.Sprintf("%d-s", i), grid3, "张三", "恭喜中奖 点击链接领取 http://x.cn/a", ""), nil
		})
	})
	b.Run("ad", func(b *testing.B) {
		benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
			from := fmt.Sprintf("路人%d", i)
			return []bot.Message{benchMsg(fmt.Sprintf("%d-h", i), grid3, from, "大家好", "")},
				benchMsg(fmt.Sprintf("%d-a", i), grid3, from, "卖保险的 有需要的加我微信", ""), nil
		})
	})
}
