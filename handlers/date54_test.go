package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestPublicityDaySaidFromToday: the day of the 公示 that lists a record,
// an approval or a disputed deduction is said as read on the day it is
// said: 明天（1月1日） on 31 December (the year's end is no exception),
// 后天 two days before, else the date
// alone; the date is always kept beside the day word.
func TestPublicityDaySaidFromToday(t *testing.T) {
	for _, tc := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 12, 31, 10, 0, 0, 0, at.Location()), "明天（1月1日）"},
		{time.Date(2026, 12, 30, 10, 0, 0, 0, at.Location()), "后天（1月1日）"},
		{time.Date(2026, 11, 30, 10, 0, 0, 0, at.Location()), "明天（12月1日）"},
		{time.Date(2026, 12, 20, 10, 0, 0, 0, at.Location()), "1月1日"},
		{time.Date(2026, 3, 2, 9, 0, 0, 0, at.Location()), "4月1日"},
	} {
		c := newChat(t, understand.Rules{})
		c.now = tc.now
		name := tc.now.Format("01-02 15:04")
		has(t, name+" recorded", c.say("赵六", "扣分 陈二 焚烧秸秆 村口田里"),
			"评分人赵六。\n"+tc.want+"公示，7天内可以提异议：回复「异议 #C1 理由」。")
		has(t, name+" disputed", c.say("陈二", "凭什么扣我分 我根本没烧秸秆"),
			"#C1 还没有公示，会在"+tc.want+"在群里公示")
		c.say("张三", "申请积分 参加义务劳动 证明人 王五")
		has(t, name+" approved", c.say("赵六", "同意 #C2 6"),
			"#C2 已通过", "\n"+tc.want+"在群里公示，7天内没有异议就生效")
		if tc.want == "1月1日" || tc.want == "4月1日" {
			lacks(t, name+" no day word far off", c.say("陈二", "查 #C1"), "明天", "后天", "今天（")
		}
	}
}
