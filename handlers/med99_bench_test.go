package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed99: the accused's household answering back while the
// account waits for its 「1」, headed by that account (one commit, as the
// retort filed alone was); the other party's retort of a winter quarrel's
// thing (雪), his side kept and told (one commit; was dropped); a private
// 「一分没给」 weeks after the close, its mediators told once (one commit);
// another creditor's first word, told with his side; a 办结 whose
// settlement names a day, asked at that day in every copy (one commit).
func BenchmarkMed99(b *testing.B) {
	b.Run("household_retort_headed", func(b *testing.B) {
		benchQuarrelWord(b, "张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了", 2*time.Minute, "胡秀芝", "是你们先把界桩拔了的 去看看界桩在哪 别血口喷人", "双方到现场看了界桩 墙没越界")
	})
	b.Run("winter_retort_told", func(b *testing.B) {
		benchQuarrelWord(b, "周八", "赵六家扫雪全堆到俺家门口了 门都推不开 跟他说了还骂人", 3*time.Minute, "赵六", "雪又不是我家下的 路是公家的 我往哪堆", "两家说好了 雪堆到村口空地")
	})
	b.Run("private_unkept_told_once", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			_, msg := med97Round(i)
			ref, again := fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)
			before = []bot.Message{msg("file", 0, "张三", "陈二家砌墙把墙往我家这边挪了半米 占了我家的地 说了好几次也不听"),
				msg("accept", time.Minute, "郑十", "确认 "+ref), msg("end", time.Hour, "郑十", "办结 "+ref+" 两家谈妥了 陈二把墙拆回原界 赔张三500元 下周一前给"),
				msg("pleased", 2*time.Hour, "张三", "满意 "+ref)}
			m = msg("m", 8*24*time.Hour, "张三", "说好下周一给的500块 到现在一分没给 墙也没拆")
			m.Chat, m.Private = "张三", true
			after = []bot.Message{msg("accept2", 8*24*time.Hour+time.Hour, "郑十", "确认 "+again),
				msg("end2", 9*24*time.Hour, "郑十", "办结 "+again+" 钱已经当面给了 墙也拆了"), msg("pleased2", 9*24*time.Hour+time.Hour, "张三", "满意 "+again)}
			return before, m, after
		})
	})
	b.Run("creditor_side_told", func(b *testing.B) {
		benchQuarrelWord(b, "金大海", "雷志明包的工程 俺在他那干了三个月 工钱一万二到现在一分没给 快过年了 家里等着用钱", 5*time.Minute, "赵鹏", "俺也在雷志明那干的 欠俺八千块工钱 也一直拖着不给", "钱已经当面给了")
	})
	b.Run("resolve_asks_at_day", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("account", 0, "张三", "陈二家的狗把俺家三只鸡咬死了 找他说还不认账"), msg("accept", time.Minute, "郑十", "确认 "+ref)}
			m = msg("end", time.Hour, "郑十", "办结 "+ref+" 两家谈妥了 陈二赔张三150元 陈二十天内给")
			after = []bot.Message{msg("pleased", 2*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
}

// benchQuarrelWord measures word, said by from after teller's account of
// a quarrel (after d), the item then taken, settled and confirmed.
func benchQuarrelWord(b *testing.B, teller, account string, d time.Duration, from, word, settled string) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		ref, msg := med97Round(i)
		before = []bot.Message{msg("account", 0, teller, account)}
		m = msg("word", d, from, word)
		after = []bot.Message{msg("accept", 2*time.Hour, "郑十", "确认 "+ref), msg("end", 3*time.Hour, "郑十", "办结 "+ref+" "+settled),
			msg("pleased", 4*time.Hour, teller, "满意 "+ref)}
		return before, m, after
	})
}
