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
// it, which reads the group's names, is not measured); a villager's ad
// and his loan ad (officer68).
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
	// alarm81: a stranger's ad with a number is first looked at as an
	// unlisted reporter's answer to his alarm (unlistedAnswers): no trip more
	b.Run("ad with a number", func(b *testing.B) {
		benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
			from := fmt.Sprintf("路人%d", i)
			return []bot.Message{benchMsg(fmt.Sprintf("%d-h", i), grid3, from, "大家好", "")},
				benchMsg(fmt.Sprintf("%d-a", i), grid3, from, "卖保险的 有需要的打13812345678", ""), nil
		})
	})
	// officer68: a villager's ad is read no further (no round trip); his
	// loan ad on a fraud's terms is warned of as a scam
	b.Run("villager ad", func(b *testing.B) {
		benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
			return nil, benchMsg(fmt.Sprintf("%d-v", i), grid3, "陈二", fmt.Sprintf("低价出售化肥%d袋 加微信chen2024", i+1), ""), nil
		})
	})
	b.Run("villager loan ad", func(b *testing.B) {
		benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
			return nil, benchMsg(fmt.Sprintf("%d-l", i), grid3, "陈二", fmt.Sprintf("无抵押贷款 当天到账 额度%d万 加微信dk888", i+1), ""), nil
		})
	})
}
