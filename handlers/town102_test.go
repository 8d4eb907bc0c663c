package handlers_test

import (
	"slices"
	"strings"
	"testing"

	"gridbot/understand"
)

// TestOfficerAsksTheYearSoFar (town102): 孙七's 「今年一共多少件事」 in the
// office chat had no answer. It is the year so far, counted as 【年度事项】
// counts the whole year on January 1st: the total by type, resolved and
// in time, sent up, open now with the late ones apart, by month; one grid
// only is said on the total line. The same privately and for 「今年的情况」.
func TestOfficerAsksTheYearSoFar(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	c.say("陈二", "上报 三组到镇上的路结冰了")
	c.say("李四", "确认 #R2")
	c.say("李四", "办结 #R2 撒了融雪剂")
	got := c.in(officeChat, "孙七", "今年一共多少件事")
	expect(t, "今年一共多少件事", got, officeChat+": 【今年事项】2026年1月1日至今（按网格，截至3月2日 09:")
	has(t, "the year so far", got,
		"全镇新反映 2 件（一般 2），办结 1 件，按期办结率 100%，报告人满意 0，重新打开 0，上报镇 1；现在还没办结 1 件（#R1）。都是青山村三组的。",
		"各月（新反映/办结）：3月 2/1\n",
		"发「查 #R1」看一件现在怎么样",
		"全年的【年度事项】明年1月1日发到"+officeChat+"。")
	lacks(t, "no month after this one", got, "4月", "至12月")
	for _, ask := range []string{"今年的情况", "全镇今年一共反映了多少件？", "今年办结了多少件"} {
		has(t, ask, c.in(officeChat, "孙七", ask), "【今年事项】")
	}
	has(t, "privately", c.private("孙七", "今年情况怎么样"), "孙七: 【今年事项】")
	for _, ask := range []string{"今年办结率多少", "今年有多少突发事件"} {
		has(t, ask, c.in(officeChat, "孙七", ask), "【今年事项】")
	}
	// the month counted: the grids compared, as 「这个月的情况」
	has(t, "这个月一共多少件事", c.in(officeChat, "孙七", "这个月一共多少件事"), "【各网格情况】", "青山村三组：收到 2 件")
	// last year: nothing then
	expect(t, "去年", c.in(officeChat, "孙七", "去年的情况"), officeChat+": 2025年全镇没有登记过事项。")
}

// TestYearAskedOnlyOfTheTownship (town102): the year's items are the
// township's to read, as 网格排名: a villager's or a leader's words in a
// grid group stay their talk, and so do an officer's there, his word to
// a colleague, a quote, and the year's points.
func TestYearAskedOnlyOfTheTownship(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	for _, m := range []struct{ chat, from, text string }{
		{grid3, "陈二", "今年一共多少件事"},
		{grid3, "李四", "今年一共多少件事"},
		{grid3, "孙七", "今年的情况"},
		{officeChat, "孙七", "今年的情况报一下县里"},
		{officeChat, "孙七", "今年的积分多少"},
		{officeChat, "孙七", "今年过年早"},
	} {
		lacks(t, m.from+"「"+m.text+"」", c.in(m.chat, m.from, m.text), "【今年事项】", "【年度事项】")
	}
}

// TestYearAskedAcrossTheNewYear (town102): in January 「去年的情况」 is last
// year whole, as at its end (the 【年度事项】 heading), and 「今年的情况」
// counts last year's items still open now.
func TestYearAskedAcrossTheNewYear(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口路灯坏了")
	c.say("陈二", "上报 三组到镇上的路结冰了")
	c.say("李四", "确认 #R2")
	c.now = c.now.AddDate(1, -2, 0) // 2027-01-02
	last := c.in(officeChat, "孙七", "去年的情况")
	expect(t, "去年", last, officeChat+": 【年度事项】2026年（按网格，截至12月31日24时）")
	has(t, "去年", last, "全镇新反映 2 件（一般 2），办结 0 件，报告人满意 0，重新打开 0，上报镇 0；年底还没办结 2 件（#R1 #R2），其中网格超期 2 件（#R1 #R2）。", "各月（新反映/办结）：3月 2/0，4月至12月 没有")
	lacks(t, "去年", last, "明年1月1日")
	now := c.in(officeChat, "孙七", "今年的情况")
	has(t, "今年", now, "【今年事项】2027年1月1日至今", "全镇新反映 0 件，办结 0 件，报告人满意 0，重新打开 0，上报镇 0；现在还没办结 2 件（#R1 #R2）")
	if j := strings.Join(now, ""); strings.Contains(j, "各月") {
		t.Errorf("a year with nothing new or resolved has no month line:\n%s", j)
	}
}

// TestYearAskedOfTwoVillages (town102): several villages have a row each,
// under 「按村」.
func TestYearAskedOfTwoVillages(t *testing.T) {
	c := twoVillages(t)
	c.say("张三", "上报 村口路灯坏了")
	c.in("石桥村一组网格群", "石大山", "上报 桥栏杆断了")
	has(t, "two villages", c.in(officeChat, "孙七", "今年一共多少件事"),
		"【今年事项】2026年1月1日至今（按村，", "全镇新反映 2 件（一般 2）", "\n青山村：新反映 1，", "\n石桥村：新反映 1，")
}

// TestOfficerSendsBackInWords (town102): 孙七's 「#R1 这个让村里自己找人修，
// 不归镇里」 on an item the grid sent up was read as his plan and the
// township took the item on. Words that the village is to do it offer its
// 退回 with his words; his 「1」 sends it back to the grid.
func TestOfficerSendsBackInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村委会门口的公告栏被风吹倒了", "#R1", "村里没钱修")
	got := c.in(officeChat, "孙七", "#R1 这个让村里自己找人修，不归镇里")
	expect(t, "his words", got, officeChat+": 孙七，#R1 要退回村里吗？回复「1」就照「退回 #R1 这个让村里自己找人修，不归镇里」退回")
	if st := c.reports()[0].Status; st != "escalated" {
		t.Errorf("#R1 after his words: %s, want still sent up", st)
	}
	one := c.in(officeChat, "孙七", "1")
	has(t, "his 1", one, "退回")
	if rep := c.reports()[0]; rep.Status == "escalated" || slices.Contains(rep.Handlers, "孙七") {
		t.Errorf("#R1 after his 1: %s, handlers %v; want sent back to the grid", rep.Status, rep.Handlers)
	}
	// his plan of his own stays his 进展 (town89's rule)
	c.upToTownship("陈二", "上报 路结冰了", "#R2", "要镇里派车撒盐")
	has(t, "his own plan", c.in(officeChat, "孙七", "#R2 我下午过去看下"), "#R2")
}

// TestOfficerAsksSentUpUnaddressed (town102): 孙七's 「上报到镇里的有哪些」
// in the office chat was silent without an @, where 「超期的有哪些」 is
// answered: it is the township's 待办. A longer message, a villager's
// words and a grid cadre's stay as they were.
func TestOfficerAsksSentUpUnaddressed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	has(t, "sent up", c.in(officeChat, "孙七", "上报到镇里的有哪些"), "全镇已上报和突发事项待办 1 件")
	has(t, "alarms", c.in(officeChat, "孙七", "突发事件有哪些？"), "全镇已上报和突发事项待办 1 件")
	lacks(t, "a grid's villager", c.in(grid3, "陈二", "上报到镇里的有哪些"), "待办")
}
