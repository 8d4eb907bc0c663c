package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm94: beside 陈二's open 「我妈不见了」, his second person
// missing (a new alarm naming the first), his own clarification (joined)
// and a description (news); beside a collapse with people trapped and a
// missing person, a grid cadre's dig words (the collapse taken on).
// What comes before is filed unmeasured (alarmRound) and all is ended
// after by 孙七 in the duty chat.
func BenchmarkAlarm94(b *testing.B) {
	mother := []string{"陈二:我妈不见了 中午出去到现在没回来"}
	both := []string{"张三:村口老房子塌了 下面压着人 快来人", "陈二:我妈不见了 中午出去到现在没回来"}
	for _, c := range []struct {
		name, chat, from, text string
		open                   []string
		n                      int
	}{
		{"second_missing", grid3, "陈二", "我家小孩也找不到了", mother, 2},
		{"same_missing", grid3, "陈二", "我家老娘还没找到", mother, 1},
		{"described", grid3, "陈二", "是我妈 穿蓝棉袄", mother, 1},
		{"grid_dig", grid3, "李四", "大家在挖了", both, 2},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, c.chat, c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
