package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm91: the duty officer's search words with two missing
// alarms open — naming one's place (its 进展), naming neither (asked
// which), naming a place both hold (asked which), of two grids' alarms
// alike — a grid cadre's search of two alarms alike, and a child's
// clothes on fire (a fire alarm with the burn line). What comes before
// is filed unmeasured (alarmRound) and all is ended after by 孙七 in the
// duty chat.
func BenchmarkAlarm91(b *testing.B) {
	lost := []string{"陈二:我家老娘有点老年痴呆 晚饭后往水库那边走了 到现在没回来", "张三:我家孩子放学到现在还没回家 同学说往后山去了"}
	alike := []string{"陈二:我家孩子放学到现在还没回家 同学说往后山去了", "张三:我家小孙子下午跟着去后山玩 到现在还没回来"}
	for _, c := range []struct {
		name, chat, from, text string
		refs                   int // items open after m, to end
		open                   []string
	}{
		{"duty_search_named", dutyChat, "孙七", "派人去后山找了", 2, lost},
		{"duty_search_asked", dutyChat, "孙七", "石桥那边已经在找了", 2, lost},
		{"duty_search_alike", dutyChat, "孙七", "派人去后山找了", 2, alike},
		{"duty_search_two_grids", dutyChat, "孙七", "后山那边已经在搜了", 2, []string{grid1 + "|谢明:我家孩子放学还没回来 有人看见往后山去了", alike[1]}},
		{"grid_search_alike", grid3, "王五", "我去后山找找", 2, alike},
		{"clothes_burn", grid3, "张三", "孩子衣服着了", 1, nil},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, c.chat, c.from, c.text, c.open, c.refs, &next, dutyChat, "孙七")
			})
		})
	}
}
