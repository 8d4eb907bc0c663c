package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkUnd112: the free-text paths round 112 changed, one message
// each measured: an elder found lost in the cold (a medical alarm, was a
// silent query), ended by 孙七 (alarmRound); a sky lantern on straw (asked
// back with its caution, was silence).
func BenchmarkUnd112(b *testing.B) {
	b.Run("lost_elder_alarm", func(b *testing.B) {
		next := 0
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			return alarmRound(i, grid3, "张三", "有个老人在村口转悠 问他家在哪也说不清 冻得直哆嗦", nil, 1, &next, dutyChat, "孙七")
		})
	})
	b.Run("lantern_asked", func(b *testing.B) {
		benchRep74(b, grid3, false, 1, 0, village.StatusRejected,
			"张三", "孩子放孔明灯落在草垛上了", "张三", "1", "李四", "驳回 %R0 测试")
	})
}
