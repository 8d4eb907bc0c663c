package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed86: the other party's offer of a sum within the hour of his
// side (told at once), and the payer's word of the payment after an unpaid
// settlement reopened the quarrel (his side, told).
func BenchmarkMed86(b *testing.B) {
	b.Run("offer_within_hour", func(b *testing.B) {
		benchDitchSaid(b, said85{from: "陈二", text: "排水沟的事我最多赔一百"}, said85{from: "陈二", text: ditchHisSide})
	})
	b.Run("payer_after_unkept_reopen", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			day := at.Add(time.Duration(i) * 10 * 24 * time.Hour)
			ref := fmt.Sprintf("#R%d", i+1)
			msg := func(id string, d time.Duration, from, text string) bot.Message {
				return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: day.Add(d), Chat: grid3, From: from, Text: text}
			}
			before = []bot.Message{msg("file", 0, "陈二", ditch), msg("accept", time.Minute, "李四", "确认 "+ref),
				msg("resolve", time.Hour, "李四", "办结 "+ref+" 双方达成协议 张三赔陈二300元 三天内付清"),
				msg("unkept", 4*24*time.Hour, "陈二", "说好三天给钱 到现在300块一分没给 这调解有啥用")}
			m = msg("m", 4*24*time.Hour+10*time.Minute, "张三", "我又没说不给 最近手头紧 过几天再说")
			after = []bot.Message{msg("end", 5*24*time.Hour, "李四", "办结 "+ref+" 钱已付清"), msg("pleased", 5*24*time.Hour+time.Hour, "陈二", "满意 "+ref)}
			return before, m, after
		})
	})
}
