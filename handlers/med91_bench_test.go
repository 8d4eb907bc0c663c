package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed91: quarrelParts's parts apart from the quarrel: a public
// fault told with no place at the join (filed apart, where asked), and
// filed at once beside a quarrel after 对了 or a third household's quarrel
// after 还有 (offered, declined); one commit each.
func BenchmarkMed91(b *testing.B) {
	b.Run("account_joins_unplaced_lamp", func(b *testing.B) { benchAccountMore(b, " 另外路灯也坏了", 2) })
	b.Run("quarrel_filed_lamp_after_duile", func(b *testing.B) { benchQuarrelWith(b, " 对了 路灯也坏了") })
	b.Run("quarrel_filed_third_household", func(b *testing.B) { benchQuarrelWith(b, " 还有 "+dumps) })
}

// quarrelDog is the quarrel of dogs (med90) without its other matters.
const quarrelDog = "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管"

// benchQuarrelWith files a quarrel at once with more told after it, the
// other matter offered and declined, the quarrel taken on, settled and
// confirmed.
func benchQuarrelWith(b *testing.B, more string) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 60 * 24 * time.Hour)
		ref := fmt.Sprintf("#R%d", i+1)
		msg := func(id string, d time.Duration, from, text string) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(d), Chat: grid3, From: from, Text: text}
		}
		m = msg("m", 0, "张三", quarrelDog+more)
		after = []bot.Message{msg("no", time.Minute, "张三", "2"),
			msg("accept", time.Hour, "李四", "确认 "+ref),
			msg("end", time.Hour+time.Minute, "李四", "办结 "+ref+" 处理好了"),
			msg("pleased", time.Hour+2*time.Minute, "张三", "满意 "+ref)}
		return nil, m, after
	})
}
