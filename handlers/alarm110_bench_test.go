package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm110: a snow-load collapse with nobody hurt (an alarm, was
// silent), one child of several through the ice (no crowd), one's own
// fall (his home named), someone lying by the road seen while driving
// (no crash) and a car over in a ditch (a crash alarm, was silent); each
// item ended after (alarmRound).
func BenchmarkAlarm110(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
	}{
		{"collapse_unhurt", "张三", "下了一夜雪 俺家老房子灶屋塌了一角 人都没事"},
		{"one_child_ice", "陈二", "河面上几个娃在滑冰 冰裂了 有个娃掉下去了"},
		{"own_fall_home", "张三", "俺刚在院里摔了一跤 不能动了"},
		{"seen_driving", "张三", "开车撞见有人倒在路边 一动不动"},
		{"car_in_ditch", "陈二", "有辆车翻沟里了"},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, nil, 1, &next, dutyChat, "孙七")
			})
		})
	}
}
