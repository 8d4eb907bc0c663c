package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkLead107: a grid worker's 「@网格小助手 …提醒大家…」 answered with
// the leader's notice (was: a confirm-back); a problem set apart before a
// deed asking points, registered (was: a claim's confirm-back); a
// leader's 「今天有啥要处理的」 beside a waiting confirm-back, his list (was:
// asked which to take on).
func BenchmarkLead107(b *testing.B) {
	b.Run("remind_asked", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			_, msg := med97Round(i)
			return nil, msg("remind", 0, "王五", "@网格小助手 这几天零下十度 提醒大家烧炭取暖注意通风"), nil
		})
	})
	b.Run("problem_then_deed", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			m = msg("lamp", 0, "陈二", "村口路灯又不亮了 晚上黑乎乎的 另外我昨天帮王奶奶把院子的雪扫了 能加分不")
			after = []bot.Message{msg("take", time.Minute, "李四", "确认 "+ref), msg("done", time.Hour, "李四", "办结 "+ref+" 换了灯泡"),
				msg("ok", 2*time.Hour, "陈二", "满意 "+ref)}
			return nil, m, after
		})
	})
	b.Run("list_asked_beside_waiting", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			_, msg := med97Round(i)
			before = []bot.Message{msg("ask", 0, "张三", "东头那条路有个坑")}
			return before, msg("list", time.Minute, "李四", "@网格小助手 今天有啥要处理的"), []bot.Message{msg("no", 2*time.Minute, "张三", "2")}
		})
	})
}
