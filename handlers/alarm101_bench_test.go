package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm101: a fire put out with smoke in the house (was silent:
// an offer with the smoulder advice), a van in a ditch with its driver in
// it (the 120/119 lines), a child through the ice (the ice line), a
// firecracker's injury after it (was joined to the ice: its own alarm), a
// fallen elder named (her household's line) and a child asleep in a
// burning house (someone inside). Each alarm is ended after by 孙七 in the
// duty chat (alarmRound).
func BenchmarkAlarm101(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
	}{
		{"smoulder_offer", "张三", "电暖器把沙发烤着了 火扑灭了 屋里都是烟", nil, 0},
		{"car_in_ditch", "陈二", "路上结冰了 一辆面包车滑到沟里去了 司机还在车里", nil, 1},
		{"through_ice", "周八", "孩子在河上滑冰 冰裂了 掉下去了 快来人", nil, 1},
		{"firecracker", "张三", "放鞭炮把孩子手炸伤了 流了好多血", []string{"周八:孩子在河上滑冰 冰裂了 掉下去了 快来人"}, 2},
		{"fallen_elder", "陈二", "冰雪路滑 王奶奶在门口摔了一跤 起不来了", nil, 1},
		{"asleep_inside", "周八", "俺家烤火的炭盆把被子引着了 孩子在里屋睡觉", nil, 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
