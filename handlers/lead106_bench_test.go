package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkLead106: a leader's 「收到 下午拉车盐过去撒」 beside two fresh
// items takes on the iced road his words fit (was: asked which, one
// commit; now: taken on, one commit).
func BenchmarkLead106(b *testing.B) {
	b.Run("take_on_what_he_names", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			_, msg := med97Round(i)
			ice, pipe := fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)
			before = []bot.Message{msg("ice", 0, "张三", "村口那段路结冰了 好几个人摔了 能不能撒点盐"), msg("pipe", time.Minute, "陈二", "俺家水管冻住了 没水用两天了")}
			m = msg("take", 2*time.Minute, "李四", "收到 下午拉车盐过去撒")
			after = []bot.Message{msg("pipe-take", 3*time.Minute, "李四", "确认 "+pipe),
				msg("ice-done", time.Hour, "李四", "办结 "+ice+" 撒了盐"), msg("pipe-done", time.Hour+time.Minute, "李四", "办结 "+pipe+" 化开了"),
				msg("ice-ok", 2*time.Hour, "张三", "满意 "+ice), msg("pipe-ok", 2*time.Hour+time.Minute, "陈二", "满意 "+pipe)}
			return before, m, after
		})
	})
}
