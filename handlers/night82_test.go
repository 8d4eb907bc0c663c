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

// TestResolveAtNightAsksInTheMorning: a 办结 said at 01:00 in the group
// answers its handler at once and says when the reporter is asked; the
// 满意 question itself is a group post held until the quiet hours end
// (night82; alarm81's walk posted it at once).
func TestResolveAtNightAsksInTheMorning(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 30)
	has(t, "report", c.say("张三", "上报 村口路灯坏了"), "已登记 #R1")
	c.now = clock(c.now, 1, 1, 0)
	c.say("李四", "确认 #R1")
	got := c.say("李四", "办结 #R1 换了新灯泡")
	expect(t, "办结 at night", got, grid3+": #R1 已办结：换了新灯泡。\n早上7点再请张三确认。")
	lacks(t, "办结 at night", got, "满意")
	c.now = clock(c.now, 0, 7, 0)
	has(t, "the morning", c.flush(), grid3+": #R1 已办结，@张三\u2005请确认：解决了回复「满意 #R1」，没解决回复「未解决 #R1 原因」。\n（这是今天01:0")
}

// TestResolveManyAtNightAsksInTheMorning: two items resolved by one
// message at night (resolve.many) say once when their reporters are asked;
// the reporter who answers 满意 overnight is not asked in the morning, the
// other is.
func TestResolveManyAtNightAsksInTheMorning(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 30)
	c.say("张三", "上报 村口水管漏了")
	c.say("陈二", "上报 桥边栏杆断了")
	c.say("李四", "确认 #R1 #R2")
	got := c.say("李四", "R1 R2 都弄好了")
	expectLike(t, "resolved together", got, like{start: grid3 + ": 按李四的话，#R1、#R2 已办结：弄好了。\n明天早上7点再请张三、陈二确认。", lacks: "满意"})
	c.say("张三", "满意 #R1")
	c.now = clock(c.now, 1, 7, 0)
	morning := c.flush()
	has(t, "the morning", morning, grid3+": #R2 已办结，@陈二\u2005请确认：解决了回复「满意 #R2」")
	lacks(t, "the morning", morning, "满意 #R1")
}
