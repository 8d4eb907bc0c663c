package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOfficerAsksWhetherAlarmsToday (town103): an officer's 「今天有没有
// 突发」 in the office chat was silent unaddressed, and with an @ got the
// menu. It lists the day's emergencies as the 早报's 近一天突发 does, @ or
// not, privately too; those nobody confirmed first, with the leader's
// phone; a day with none says so and where alarms go.
func TestOfficerAsksWhetherAlarmsToday(t *testing.T) {
	c := newChat(t, understand.Rules{})
	none := c.in(officeChat, "孙七", "今天有没有突发")
	expect(t, "none yet", none, officeChat+": 今天（3月2日）全镇没有突发事件。有突发会第一时间发到"+dutyChat+"。")

	c.say("张三", "快来人 后山着火了 火很大")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 火灭了 没人受伤")
	got := c.in(officeChat, "孙七", "今天有没有突发")
	expect(t, "one handled", got, officeChat+": 今天（3月2日）全镇有突发 1 件：\n"+
		"#R1 青山村三组 快来人 后山着火了 火很大（已办结待确认；李四 1分钟后响应；办结（09:04 李四）：火灭了 没人受伤）\n"+
		"发「查 #R1」看详情。")
	for _, ask := range []string{"@网格小助手 今天有突发吗", "今天有没有突发事件？", "今天出了几起突发", "今天突发有几起", "全镇今天有没有什么突发情况"} {
		has(t, ask, c.in(officeChat, "孙七", ask), "今天（3月2日）全镇有突发 1 件：")
	}
	has(t, "in the duty chat", c.in(dutyChat, "孙七", "今天有没有突发"), dutyChat+": 今天（3月2日）全镇有突发 1 件：")
	has(t, "privately", c.private("孙七", "今天有没有突发"), "孙七: 今天（3月2日）全镇有突发 1 件：")
	has(t, "now, the last day", c.in(dutyChat, "孙七", "现在有没有突发"), dutyChat+": 近一天（昨天09:")

	// one nobody confirmed leads, with whom to call
	c.say("陈二", "我家老人晕倒了 叫不醒 快来人")
	got = c.in(officeChat, "孙七", "今天有没有突发")
	has(t, "unconfirmed first", got, "今天（3月2日）全镇有突发 2 件。\n还没人确认的，请立即电话调度，接手后回复「确认 #R2」：\n#R2 青山村三组",
		"\n已有人接手的：\n#R1 青山村三组", "发「查 #R2」看详情。")

	// the next morning: yesterday's, and today's none, the open one older
	c.now = c.now.Add(24 * time.Hour)
	has(t, "yesterday", c.in(officeChat, "孙七", "昨天有没有突发事件"), "昨天（3月2日）全镇有突发 2 件。")
	has(t, "last night", c.in(officeChat, "孙七", "昨晚有突发吗"), "昨晚（3月2日18:00以来）全镇没有新的突发事件。\n还没人确认的")
	c.say("李四", "确认 #R2")
	has(t, "today, one still open from before", c.in(officeChat, "孙七", "今天有突发吗"),
		"今天（3月3日）全镇没有新的突发事件。\n之前的突发还没办完 1 件：\n#R2 青山村三组", "发「查 #R2」看详情。")
	has(t, "these days", c.in(officeChat, "孙七", "这两天有没有突发"), "这两天（3月2日以来）全镇有突发 2 件：")
}

// TestAlarmsAskedOnlyOfTheTownship (town103): the question is the
// township's: a villager's or a leader's words in a grid group, an
// officer's there, his words to colleagues or telling there was none stay
// their talk.
func TestAlarmsAskedOnlyOfTheTownship(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, m := range []struct{ chat, from, text string }{
		{grid3, "陈二", "今天有没有突发"},
		{grid3, "李四", "今天有没有突发"},
		{grid3, "孙七", "今天有没有突发"},
		{officeChat, "孙七", "有突发的话及时上报"},
		{officeChat, "孙七", "今天没有突发"},
		{officeChat, "孙七", "今天有没有突发 我下午去县里开会"},
		{officeChat, "孙七", "突发事件要怎么上报"},
	} {
		lacks(t, m.from+"「"+m.text+"」", c.in(m.chat, m.from, m.text), "全镇有突发", "全镇没有突发事件", "全镇没有新的突发事件")
	}
}

// TestOfficerAsksAMonthByNumber (town103): 「12月的情况」 was silent where
// 「这个月的情况」 answered: a month named by its number is the grids
// compared for that month (this month so far, the last, or an earlier
// one whole).
func TestOfficerAsksAMonthByNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	for _, ask := range []string{"3月的情况", "三月份情况怎么样", "全镇3月一共多少件事"} {
		has(t, ask, c.in(officeChat, "孙七", ask), "【各网格情况】本月（3月1日至今）", "青山村三组：收到 1 件")
	}
	expect(t, "last month", c.in(officeChat, "孙七", "2月的情况"), officeChat+": 各网格上个月都还没有事项，也没有安排回访电话，没有可比较的。")
	expect(t, "an earlier month", c.in(officeChat, "孙七", "十二月的情况"), officeChat+": 各网格12月都还没有事项，也没有安排回访电话，没有可比较的。")
	// a month whole, after it: its items counted as at its end
	c.now = time.Date(2026, 5, 6, 9, 0, 0, 0, c.now.Location())
	has(t, "two months on", c.in(officeChat, "孙七", "3月的情况"), "【各网格情况】2026年3月，", "青山村三组：收到 1 件", "月底超期")
	for _, m := range []struct{ chat, from, text string }{
		{officeChat, "孙七", "3月的情况报一下县里"},
		{officeChat, "孙七", "3月8日的情况"},
		{grid3, "陈二", "3月的情况"},
	} {
		lacks(t, m.text, c.in(m.chat, m.from, m.text), "【各网格情况】", "都还没有事项")
	}
}

// TestAlarmsAskedCost (town103): the answer reads the village's reports,
// then commits the reply: two round trips, as the year asked.
func TestAlarmsAskedCost(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "快来人 后山着火了 火很大")
	got := c.costs(t, 2, "今天有没有突发", bot.Message{Chat: officeChat, From: "孙七", Text: "今天有没有突发"})
	if !strings.Contains(strings.Join(got, "\n"), "今天（3月2日）全镇有突发 1 件。") {
		t.Errorf("got %q", got)
	}
}
