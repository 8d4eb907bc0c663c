package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// A night report's deadlines leave the quiet hours (night82): 24h to accept
// from 23:30 ends 20:59:59 the next day, 3d to resolve from a 00:50
// acceptance ends 07:00 on the day the reply names.
func TestNightReportDeadlinesLeaveQuietHours(t *testing.T) {
	c := newChat(t, understand.Rules{})
	loc := c.now.Location()
	y, m, d := c.now.In(loc).Date()
	c.now = time.Date(y, m, d, 23, 30, 0, 0, loc)
	c.say("张三", "上报 村口桥边的栏杆断了两根")
	accept := c.reports()[0].DueAt.In(loc)
	if h, mi, s := accept.Clock(); h != 20 || mi != 59 || s != 59 || accept.Day() != c.now.AddDate(0, 0, 1).Day() {
		t.Errorf("accept deadline %s: want 20:59:59 the next day, before the night", accept)
	}
	c.now = time.Date(y, m, d+1, 0, 50, 0, 0, loc)
	got := c.say("李四", "确认 #R1")
	resolve := c.reports()[0].DueAt.In(loc)
	if h, mi, _ := resolve.Clock(); h != 7 || mi != 0 || resolve.Day() != c.now.AddDate(0, 0, 3).Day() {
		t.Errorf("resolve deadline %s: want 07:00 three days on", resolve)
	}
	if !strings.Contains(strings.Join(got, "\n"), "预计"+resolve.Format("1月2日")+"前办结") {
		t.Errorf("the reply names another day than %s:\n%s", resolve, got)
	}
}
