package handlers_test

import (
	"cmp"
	"testing"

	"gridbot/bot"
)

// BenchmarkAlarm100: a collapse's 「人挖出来了」 (was silent: its news and
// its cadres @'d, one commit), a bystander's 「老王家屋里全是烟」 (was
// noise: an alarm), a child through the ice (an alarm of no hazard before:
// a drowning), a bystander's 「孩子拉上来了」 (was silent: the drowning's
// news), a gas alarm's 「我妈晕过去了」 (its hurt line now says 晕倒), and
// the duty officer's 「三组现在什么情况」 (every open alarm, however old).
// Each alarm is ended after by 孙七 in the duty chat (alarmRound).
func BenchmarkAlarm100(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		open             []string
		n                int
		chat             string // grid3 when empty
	}{
		{"dug_out", "周八", "人挖出来了", []string{"周八:快来人 雪把后院的房子压塌了 我爸埋在里面了"}, 1, ""},
		{"others_smoke", "张三", "老王家屋里全是烟", nil, 1, ""},
		{"through_ice", "张三", "孩子在河上滑冰 冰裂了 掉下去了 快来人", nil, 1, ""},
		{"pulled_out", "周八", "孩子拉上来了", []string{"张三:孩子在河上滑冰 冰裂了 掉下去了 快来人"}, 1, ""},
		{"fumes_faint", "陈二", "我妈晕过去了", []string{"陈二:俺家炉子冒烟 一直咳嗽"}, 1, ""},
		{"duty_asks_grid2", "孙七", "三组现在什么情况", []string{"陈二:一辆车滑到沟里了 人还在里面", "张三:房檐的冰溜子掉下来 把路过的老人砸倒了"}, 2, dutyChat},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, cmp.Or(c.chat, grid3), c.from, c.text, c.open, c.n, &next, dutyChat, "孙七")
			})
		})
	}
}
