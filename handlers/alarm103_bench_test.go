package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm103: a bystander going down at an open cellar alarm (was
// silent: warned at once, the duty chat told), people carried out of a
// stove's fumes (was silent: news and the doctor line), a rider fallen on
// ice (was silent: an alarm with 122), a person held with a pinned cow
// (was an offer: an alarm), a household answering no knock after a day
// (was silent: an alarm) and a quilt's fire put out (the smoulder
// advice). Each alarm is ended after by 孙七 in the duty chat
// (alarmRound).
func BenchmarkAlarm103(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
	}{
		{"going_down", "张三", "我下去把他拉上来", []string{"陈二:俺爹下菜窖拿白菜 半天没上来 喊也不应"}, 1},
		{"fumes_out", "陈二", "人都抬到院子里了 窗户也打开了", []string{"陈二:俺家老两口烤炭火 屋里闷得很 俺娘头晕想吐"}, 1},
		{"rider_on_ice", "陈二", "俺爹骑摩托车在冰上摔了 躺着不动", nil, 1},
		{"cow_and_father", "陈二", "牛还压着呢 俺爹也在里面", nil, 1},
		{"no_knock", "陈二", "石德贵家一天没开门了 烟囱也没冒烟 敲门没人应", nil, 1},
		{"quilt_out", "周八", "被子的火浇灭了", []string{"周八:俺家炭盆把被子烤着了 屋里全是烟 快来人"}, 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
