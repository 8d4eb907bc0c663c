package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestCall107KinStayAhead (call107): a relative's word of a stay that
// begins in two days says so (not 「不在家」 now), keeps today's call on
// the worker's list and the stay from its first day; a stay weeks ahead
// (腊月二十八) is kept too, where it paused nothing.
func TestCall107KinStayAhead(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	got := c.say("金大海", "我妈后天去我姐家住 过完年再回来 这段时间电话不用打了")
	has(t, "soon", got, "已记下白凤兰12月10日起不在家", "12月10日前回访照常，12月10日起例行回访电话先停，2027年2月13日（正月初八）起再打",
		"王五: 【回访暂停】金大海说", "白凤兰的例行回访12月10日前照常，12月10日起先停")
	lacks(t, "soon", got, "今天清单上的这个电话不用打了")
	if call := c.lastCall("白凤兰"); call.AwayFrom.Format("01-02") != "12-10" || call.AwayUntil.Format("01-02") != "02-13" {
		t.Errorf("the stay is not kept from its day: %+v", call)
	}
	c.now = c.now.Add(time.Hour)
	got = c.say("金大海", "腊月二十八我儿子接我妈去城里过年 正月初六回来")
	has(t, "weeks ahead", got, "已记下白凤兰2月4日（腊月二十八）起不在家", "2月11日（正月初六）起再打")
	if call := c.lastCall("白凤兰"); call.AwayFrom.Format("01-02") != "02-04" {
		t.Errorf("the stay weeks ahead is not kept: %+v", call)
	}
	// the worker's own note of a stay ahead says when it begins
	c.now = c.now.Add(time.Hour)
	has(t, "worker", c.private("王五", "回访 石德贵 已通 身体挺好 腊月二十他闺女接他去城里过年"),
		"石德贵1月27日（腊月二十）起不在家的事已记在这次回访里", "1月27日前照常，1月27日起先停")
}

// TestCall107AskAnsweredUnnamed (call107): a leader's private words that
// name nobody, within hours of an elder's question passed to him, are its
// answer when they read as one (「有的 腊月二十前送到家」); a report in
// his words stays a report; later than askFresh they are not taken.
func TestCall107AskAnsweredUnnamed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	askQuoted(t, c.private("王五", "回访 石德贵 已通 身体还行 他问今年过年村里有没有慰问品"))
	c.now = c.now.Add(time.Hour)
	lacks(t, "a report", c.private("李四", "有人在河边烧垃圾"), "老人问·答复")
	c.private("李四", "2")
	c.now = c.now.Add(time.Hour)
	got := c.private("李四", "有的 腊月二十前送到家")
	lacks(t, "answer", got, "我理解为")
	has(t, "answer", got, "李四: 好的，这条当作石德贵问的「今年过年村里有没有慰问品」的答复（不是的话回复「不是」）。已转给王五，由王五转告石德贵。",
		"王五: 【老人问·答复】李四答复石德贵问的「今年过年村里有没有慰问品」：「有的 腊月二十前送到家」")
	if call := c.lastCall("石德贵"); call.AnsweredBy != "李四" {
		t.Errorf("not answered: %+v", call)
	}

	// late: not taken
	askQuoted(t, c.private("王五", "回访 白凤兰 已通 她问今年过年还发不发米面油"))
	c.now = c.now.Add(13 * time.Hour)
	got = c.private("李四", "有的 腊月二十前一起送")
	if strings.Contains(strings.Join(got, "\n"), "老人问·答复") {
		t.Errorf("a late answer was taken: %q", got)
	}
}
