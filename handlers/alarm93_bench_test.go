package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm93: the duty officer's search words beside a collapse
// with people trapped (二组) and a missing person (三组) — 搜 naming
// neither (asked 是搜救哪一起), 挖 (the collapse's 进展), 找 (the missing
// one's) — and a search naming a child and a place of two missing
// alarms of one place (the one holding both). What comes before is filed
// unmeasured (alarmRound) and all is ended after by 孙七 in the duty chat.
func BenchmarkAlarm93(b *testing.B) {
	both := []string{grid2 + "|田卫东:二组老王家的旧房子塌了 下面压着两个人 快来人", "陈二:我家老娘有点老年痴呆 晚饭后往水库那边走了 到现在没回来"}
	alike := []string{"陈二:我家小明放学到现在还没回家 同学说往后山去了", "张三:我家小孙子下午跟着去后山玩 到现在还没回来"}
	for _, c := range []struct {
		name, chat, from, text string
		open                   []string
	}{
		{"duty_search_either", dutyChat, "孙七", "救援队已经在搜了", both},
		{"duty_dig", dutyChat, "孙七", "救援队正在挖", both},
		{"duty_lost", dutyChat, "孙七", "已经派人在找了", both},
		{"duty_name_and_place", dutyChat, "孙七", "派人去后山找小明了", alike},
		{"grid_name_and_place", grid3, "王五", "我去后山找小明", alike},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, c.chat, c.from, c.text, c.open, 2, &next, dutyChat, "孙七")
			})
		})
	}
}
