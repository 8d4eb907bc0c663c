package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed93: a party's private side of his open quarrel and the
// reporter's private chase of it (each kept on the item, no new one), a
// meeting refused with a reason, a bystander's witness of the live
// quarrel (an onlooker's, nothing committed), and a lone public fault
// filed with its place asked.
func BenchmarkMed93(b *testing.B) {
	b.Run("private_side", func(b *testing.B) {
		benchWallQuarrel(b, false, "陈二", "俺那墙是按老界桩砌的 不信叫人来量")
	})
	b.Run("private_chase", func(b *testing.B) { benchWallQuarrel(b, false, "张三", "李四到底管不管 墙都砌过来了") })
	b.Run("refusal_with_reason", func(b *testing.B) {
		benchWallQuarrel(b, true, "陈二", "我不去 凭什么 墙是俺自己家地上砌的")
	})
	b.Run("witness_onlooker", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			msg, ref := med93Round(i)
			return []bot.Message{msg("file", 0, "张三", wallQuarrelText)}, msg("m", 2*time.Minute, "赵六", "陈二家那墙是歪了 俺前天路过看见的"),
				med93Settled(msg, ref, time.Hour)
		})
	})
	b.Run("lone_fault_asked_where", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			msg, ref := med93Round(i)
			return nil, msg("m", 0, "张三", "上报 路灯也坏了"), append([]bot.Message{msg("place", time.Minute, "张三", "就在村口小卖部旁边")}, med93Settled(msg, ref, time.Hour)...)
		})
	})
}

// wallQuarrelText is 张三's wall quarrel with 陈二 (med93's walk).
const wallQuarrelText = "陈二家盖鸡圈把墙砌到俺家地界上来了 还往俺家这边排水 院子里全是水 说了好几次也不听"

// med93Round is round i's day, 60 days after the last: its messages in
// the group (msg) and the #R its item is filed as.
func med93Round(i int) (msg func(id string, d time.Duration, from, text string) bot.Message, ref string) {
	day := at.Add(time.Duration(i) * 60 * 24 * time.Hour)
	return func(id string, d time.Duration, from, text string) bot.Message {
		return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(d), Chat: grid3, From: from, Text: text}
	}, fmt.Sprintf("#R%d", i+1)
}

// med93Settled takes ref on, settles and confirms it from d on.
func med93Settled(msg func(id string, d time.Duration, from, text string) bot.Message, ref string, d time.Duration) []bot.Message {
	return []bot.Message{msg("accept", d, "李四", "确认 "+ref), msg("end", d+time.Minute, "李四", "办结 "+ref+" 两家谈妥了"),
		msg("pleased", d+2*time.Minute, "张三", "满意 "+ref)}
}

// benchWallQuarrel files 张三's wall quarrel, 陈二's retort and 李四's
// 确认 (and, when meeting, the meeting he arranged), then measures text
// from who a day later (in the group after a meeting, else privately),
// and settles the quarrel after.
func benchWallQuarrel(b *testing.B, meeting bool, who, text string) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		msg, ref := med93Round(i)
		before = []bot.Message{msg("file", 0, "张三", wallQuarrelText),
			msg("retort", time.Minute, "陈二", "张三你别血口喷人 那墙是照老界桩砌的 你家的水才往俺家流呢"),
			msg("accept0", 2*time.Minute, "李四", "确认 "+ref)}
		if meeting {
			before = append(before, msg("meet", 25*time.Hour, "李四", "两家我都约好了 后天上午9点在村委会调解 张三 陈二都来"))
		}
		m = msg("m", 26*time.Hour, who, text)
		if !meeting {
			m.Chat, m.Private = "", true
		}
		// 确认 again is answered as taken already: nothing changes
		return before, m, med93Settled(msg, ref, 27*time.Hour)
	})
}
