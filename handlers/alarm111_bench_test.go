package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm111: ice at one's door (was silent: an offer), a fall at
// home (the 门牌号 line), one child of several through the ice (said as
// one), a fall met while driving minutes after a crash (its own alarm, was
// the crash's witness), one down in the snow (the warming steps) and his
// being carried in (news, was silent), a missing child (said as one);
// each item ended after (alarmRound).
func BenchmarkAlarm111(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		refs             int
	}{
		{"doorway_ice_offer", "张三", "我家门口结了一大片冰 滑得很", nil, 0},
		{"home_fall", "陈二", "我妈刚在家里摔了一跤 起不来了 腿可能断了", nil, 1},
		{"one_child_said", "陈二", "河面上几个娃在滑冰 冰裂了 有个娃掉下去了", nil, 1},
		{"met_driving_apart", "陈二", "开车撞见一个老太太摔倒了 起不来了", []string{"张三:有人被车撞了 躺地上不动"}, 2},
		{"snow_lying", "陈二", "村口小卖部门口有人喝多了躺在雪地里 叫不醒", nil, 1},
		{"missing_child", "张三", "俺家小孙子出去玩到现在还没回来 找遍了也没找着", nil, 1},
		{"carried_in_news", "张三", "人抬到小卖部屋里了 还是迷迷糊糊的", []string{"陈二:村口小卖部门口有人喝多了躺在雪地里 叫不醒"}, 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.refs, &next, dutyChat, "孙七")
			})
		})
	}
}
