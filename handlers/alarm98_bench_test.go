package handlers_test

import (
	"cmp"
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm98: 陈二's 「是小凤 穿红衣服」 naming one of two children
// his missing alarm listed (news, the duty chat told which), a fire's
// reporter's 「人救出来了」 (was silent) and the same with a search open
// beside it (the fire's, not the search's), a debt told with 找不到 (a
// mediation item, no alarm), a stove's smoke in the room (a gas alarm),
// an alarm at a roster home (its household read from the roster in
// memory), and the duty officer's 「三组现在什么情况」 (reads only). Each alarm is ended after by 孙七 in the duty chat (alarmRound).
func BenchmarkAlarm98(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
		chat             string // grid3 when empty
	}{
		{"picked_child", "陈二", "是小凤 穿红衣服", []string{"陈二:小孩不见了 到处找了"}, 1, ""},
		{"rescued_fire", "张三", "人救出来了", []string{"张三:石德贵家着火了"}, 1, ""},
		{"rescued_fire_and_search", "张三", "人救出来了", []string{"陈二:王奶奶不见了 一下午没见人", "张三:石德贵家着火了 屋里还有人"}, 2, ""},
		{"stove_smoke", "张三", "炉子冒烟 屋里全是烟", nil, 1, ""},
		{"named_home", "陈二", "石德贵家着火了 快来人", nil, 1, ""},
		{"duty_asks_grid", "孙七", "三组现在什么情况", []string{"张三:王奶奶家的炭盆把被子烤着了 快来人"}, 1, dutyChat},
		{"duty_asks_all", "孙七", "现在什么情况", []string{"张三:王奶奶家的炭盆把被子烤着了 快来人"}, 1, dutyChat},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, cmp.Or(c.chat, grid3), c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
