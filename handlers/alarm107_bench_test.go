package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm107: people on the ice told at the ice alarm (its count,
// was silent) and the fall's question answered by the asker's kin (the
// fall's alarm, was news of another or silent). Each alarm is ended after by 孙七 (alarmRound).
func BenchmarkAlarm107(b *testing.B) {
	ice := []string{"张三:快来人 村口河边冰面裂了 有个小孩掉冰窟窿里了"}
	fell := []string{"陈小龙:俺奶奶在院里冰上滑了一跤"}
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
	}{
		{"on_the_ice", "陈二", "冰上还有两个人", ice, 1},
		{"fall_answer_kin", "胡秀芝", "不能动", fell, 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
