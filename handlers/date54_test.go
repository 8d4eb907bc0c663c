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

// TestNoticeSentSaysItsRelativeDays: the sender of a notice that names a
// day by a weekday or 后天 is told the date each is read as, so that he
// can catch a misreading: 「#N1（下周六即12月12日）」, the second end of a
// range as of the first's week (下周一至周五), across the year's end too;
// a notice with none, or only 明天 or a date, reads as before. To the
// groups, to the cadres, and held over the night alike.
func TestNoticeSentSaysItsRelativeDays(t *testing.T) {
	wed := time.Date(2026, 12, 2, 10, 0, 0, 0, at.Location())
	for _, tc := range []struct {
		now        time.Time
		from, text string
		private    bool
		want       string
	}{
		{wed, "孙七", "通知 三组 下周六上午打疫苗", false, "通知 #N1（下周六即12月12日）已发到 1 个群：青山村三组网格群。"},
		{wed, "孙七", "通知 全镇 下周一至周五开展冬季防火检查", false, "通知 #N1（下周一即12月7日，周五即12月11日）已发到 "},
		{wed, "孙七", "通知 三组 后天停水一天", false, "通知 #N1（后天即12月4日）已发到 "},
		{wed, "孙七", "通知 全镇网格员 周五下午到镇里开会", false, "通知 #N1（周五即12月4日）已私信发给 "},
		{time.Date(2026, 12, 31, 10, 0, 0, 0, at.Location()), "孙七", "通知 三组 下周一上午9点开会", false, "通知 #N1（下周一即1月4日）已发到 "},
		{time.Date(2026, 12, 31, 10, 0, 0, 0, at.Location()), "李四", "通知 全村 后天上午打疫苗", true, "通知 #N1（后天即1月2日）已发到 "},
		{time.Date(2026, 12, 2, 23, 30, 0, 0, at.Location()), "孙七", "通知 三组 下周六上午打疫苗", false, "通知 #N1（下周六即12月12日）先存着"},
		{wed, "孙七", "通知 三组 明天上午停水", false, "通知 #N1 已发到 1 个群"},
		{wed, "孙七", "通知 三组 12月7日停水", false, "通知 #N1 已发到 1 个群"},
	} {
		c := newChat(t, understand.Rules{})
		c.now = tc.now
		var got []string
		if tc.private {
			got = c.private(tc.from, tc.text)
		} else {
			got = c.in(officeChat, tc.from, tc.text)
		}
		has(t, tc.text, got, tc.want)
	}
}
