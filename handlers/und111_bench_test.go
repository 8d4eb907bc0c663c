package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkUnd111: the free-text paths round 111 changed, one message
// each measured: a scam that made its target faint and a drunk asleep in
// the cold (medical alarms, were the scam alarm and silence), each ended
// by 孙七 (alarmRound); old phones collected (asked back with their
// warning, was silence).
func BenchmarkUnd111(b *testing.B) {
	for _, c := range []struct{ name, from, text string }{
		{"scam_faint_alarm", "张三", "有人打电话说我孙子被抓了 让我奶奶转钱 她急得晕过去了"},
		{"drunk_cold_alarm", "陈二", "俺家老头喝了酒 大冷天躺在路边睡着了"},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, nil, 1, &next, dutyChat, "孙七")
			})
		})
	}
	b.Run("phones_asked", func(b *testing.B) {
		benchRep74(b, grid3, false, 1, 0, village.StatusRejected,
			"张三", "村里来了几个收旧手机的 说旧手机换鸡蛋 挨家挨户敲门", "张三", "1", "李四", "驳回 %R0 测试")
	})
}
