package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestCreditorUnpaidAfterReporterSatisfied: 张三's loan and 周八's shop
// credit settled at one table, 张三's 「满意 钱给了」 closes the item; weeks
// later 周八 answers the 回访 that asked him 「说好的钱没给」. On main the
// reporter's 钱给了 made the settlement paid for everyone: 周八's words
// were filed as a new 一般事项 to 李四 alone, no mediation, no link, 郑十
// not told. Now it is the same dispute again: a mediation linked to #R1.
func TestCreditorUnpaidAfterReporterSatisfied(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 8, 9, 0, 0, 0, c.now.Location())
	c.say("张三", "上报 陈二去年借我五千块 说好年底还 到现在没还")
	c.say("周八", "陈二也欠我店里八百块 赊了半年了")
	c.say("郑十", "确认 #R1")
	got := c.say("郑十", "办结 #R1 两家谈妥 腊月二十前还清张三5000 欠他的800正月十五前还")
	has(t, "周八's own day", got, "周八: 【调解事项】#R1", "说好2027年2月20日（正月十五）前给您的")
	c.now = time.Date(2027, 1, 20, 18, 0, 0, 0, c.now.Location())
	c.private("张三", "满意 #R1 钱给了")
	c.now = time.Date(2027, 2, 21, 10, 30, 0, 0, c.now.Location())
	got = c.private("周八", "说好的钱没给 陈二一分都没给我")
	var rep village.Report
	for _, r := range c.reports() {
		if r.ID == "R2" {
			rep = r
		}
	}
	if rep.Type != village.Mediation || rep.Recurs != "R1" {
		t.Fatalf("周八's unpaid 800 is not a mediation linked to #R1: %+v\n%s", rep, strings.Join(got, "\n"))
	}
	has(t, "the mediators told", got, "郑十: ")
}

// TestPartyTalksBackInLiveHour: 陈二's 「路又不是你家的 过年就停几天 至于吗」
// a minute after 张三's quarrel over his son's car was filed shares no
// thing with it (路, not 车/门口) and names nobody: on main it was dropped
// (nothing kept, the mediators not told, 陈二 not answered). Talking back
// in the group while the quarrel is live is his side of it.
func TestPartyTalksBackInLiveHour(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家儿子开车回来过年 车天天堵在我家门口 说了两回也不挪 我家三轮车都出不去")
	got := c.say("陈二", "路又不是你家的 过年就停几天 至于吗")
	has(t, "陈二's side passed on", got, "陈二: ")
	if !strings.Contains(c.said("R1"), "至于吗") {
		t.Errorf("陈二's words not kept on #R1: %q\n%s", c.said("R1"), strings.Join(got, "\n"))
	}
	c.now = c.now.Add(3 * time.Hour)
	if got := c.say("陈二", "至于吗"); len(got) > 0 {
		t.Errorf("a bare 至于吗 hours later taken:\n%s", strings.Join(got, "\n"))
	}
}
