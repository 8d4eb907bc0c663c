package handlers_test

import (
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm109: the ice a fall of yesterday was on (registered, was
// asked after), one's own lone fall (asked after, was silent), its
// 「不能动」 beside another household's fall alarm (its own alarm, was news
// of the other), a truck's crash (122 named), a festival's gift asked
// after one's own fire (the leader asked, was 临时救助), one come down off
// a ladder, a headache with sickness by a stove and a husband not back
// after dark (alarms, were silent); each item ended after (alarmRound).
func BenchmarkAlarm109(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
		closeChat, by    string
	}{
		{"ice_days_ago", "张三", "门口那块冰 我妈昨天在那滑倒了", nil, 1, grid3, "李四"},
		{"own_fall_asked", "熊秀英", "摔了一跤", []string{"雷志明:老人摔了 起不来了"}, 1, dutyChat, "孙七"},
		{"own_fall_answered", "熊秀英", "不能动", []string{"雷志明:老人摔了 起不来了", "熊秀英:摔了一跤"}, 2, dutyChat, "孙七"},
		{"crash_122", "陈二", "村口大货车把骑电动车的撞了 人躺地上不动", nil, 1, dutyChat, "孙七"},
		{"perk_after_alarm", "张三", "@网格小助手 过年的慰问品啥时候发", []string{"张三:我家烟囱着火了 快来人"}, 2, dutyChat, "孙七"},
		{"ladder_fall", "陈二", "俺爹上房扫雪 从梯子上掉下来了 腿动不了", nil, 1, dutyChat, "孙七"},
		{"stove_sickness", "金大海", "我妈说头疼恶心 屋里烧着炉子", nil, 1, dutyChat, "孙七"},
		{"husband_not_back", "熊秀英", "俺家老石下午去后山砍柴 天黑了还没回来 电话也打不通", nil, 1, dutyChat, "孙七"},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, grid3, c.from, c.text, c.open, c.n, &next, c.closeChat, c.by)
			})
		})
	}
}
