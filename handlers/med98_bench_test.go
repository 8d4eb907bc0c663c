package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed98: a party's 「说好下周一给的500块 到现在一分没给」 eight
// days after his quarrel closed (past followup.reopen_within), filed as
// the same dispute again, linked, its mediators told (one commit; was: a
// confirm-back of a general item, unlinked); the other side's retort while
// the account of the quarrel waits for its 「1」, filed headed by that
// account (one commit, as the retort filed alone was).
func BenchmarkMed98(b *testing.B) {
	b.Run("unkept_long_after_close", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			_, msg := med97Round(i)
			ref, again := fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2) // each round files two
			before = []bot.Message{msg("file", 0, "张三", "陈二家砌墙把墙往我家这边挪了半米 占了我家的地 说了好几次也不听"),
				msg("accept", time.Minute, "郑十", "确认 "+ref), msg("end", time.Hour, "郑十", "办结 "+ref+" 两家谈妥了 陈二把墙拆回原界 赔张三500元 下周一前给"),
				msg("pleased", 2*time.Hour, "张三", "满意 "+ref)}
			m = msg("m", 8*24*time.Hour, "张三", "说好下周一给的500块 到现在一分没给 墙也没拆")
			after = []bot.Message{msg("accept2", 8*24*time.Hour+time.Hour, "郑十", "确认 "+again),
				msg("end2", 9*24*time.Hour, "郑十", "办结 "+again+" 钱已经当面给了 墙也拆了"), msg("pleased2", 9*24*time.Hour+time.Hour, "张三", "满意 "+again)}
			return before, m, after
		})
	})
	b.Run("retort_headed_by_account", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("account", 0, "张三", "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了")}
			m = msg("retort", 3*time.Minute, "陈二", "是他先把界桩拔了的 张三你自己去看看界桩在哪 别血口喷人")
			after = []bot.Message{msg("accept", 2*time.Hour, "李四", "确认 "+ref), msg("end", 3*time.Hour, "李四", "办结 "+ref+" 双方到现场看了界桩 墙没越界"),
				msg("pleased", 4*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
}
