package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm108: a roof bent under snow told with a 危房改造 question
// (the danger's lines, was the guide alone) and told alone (registered,
// was offered), ice that felled someone (registered as a danger, was
// offered), beasts under a fallen pen (the penned offer, was a 120
// alarm), each ended after by 李四; another household's fall (its own
// alarm, was joined to the first) and who was hurt asked at a crash
// alarm (passed on, was silent), each alarm ended by 孙七 (alarmRound).
func BenchmarkAlarm108(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
		closeChat, by    string
	}{
		{"roof_with_question", "张三", "俺家房子老了 下雪屋顶都压弯了 危房改造今年还能报不", nil, 1, grid3, "李四"},
		{"roof_alone", "金大海", "雪太厚了 房梁都压弯了 屋里还住着俺娘", nil, 1, grid3, "李四"},
		{"ice_felled", "陈二", "后坡那段路结冰了 今早有人骑车摔了", nil, 1, grid3, "李四"},
		{"pen_fell", "陈二", "羊圈塌了 羊压在下面了", nil, 0, grid3, "李四"},
		{"fall_apart", "金大海", "俺爹在后院摔了 起不来了", []string{"雷志明:老人摔了 起不来了"}, 2, dutyChat, "孙七"},
		{"who_hurt_asked", "陈二", "是不是老刘家那个在外打工刚回来的儿子", []string{"张三:村口大货车把骑电动车的撞了 人躺地上不动"}, 1, dutyChat, "孙七"},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, c.closeChat, c.by)
			})
		})
	}
}
