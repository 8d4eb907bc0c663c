package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// december is a morning of early December, the days before 腊月.
var december = time.Date(2026, 12, 8, 9, 0, 0, 0, at.Location())

// TestCall103KinSaysAway (call103): 金大海's own 「我妈去我姐家住了 过完年
// 再回来 这段时间电话不用打了」 in the group was silent and paused
// nothing (only a worker's log did). Now 白凤兰's calls wait till 正月初八,
// he hears so and 王五 is told.
func TestCall103KinSaysAway(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	got := c.say("金大海", "我妈去我姐家住了 过完年再回来 这段时间电话不用打了")
	has(t, "group", got, grid3+": 好的，已记下白凤兰不在家，已告诉王五：例行回访电话先停，2027年2月13日（正月初八）起再打。",
		"王五: 【回访暂停】金大海说：「我妈去我姐家住了 过完年再回来 这段时间电话不用打了」。白凤兰的例行回访先停")
	lacks(t, "group", got, "回复「1」登记")
	// privately, the same
	c.now = c.now.Add(time.Hour)
	has(t, "private", c.private("金大海", "我妈跟我去城里住了，过了元宵再回来"), "金大海: 好的，已记下白凤兰不在家", "2027年2月21日（正月十六）起再打")
}

// TestCall103KinSaysAwayNotMine (call103): only the household of an elder
// who is phoned pauses calls, and a need told with the stay is read as
// any message is.
func TestCall103KinSaysAwayNotMine(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	lacks(t, "no elder", c.say("张三", "我妈去我姐家住了 过完年再回来"), "已记下", "回访暂停")
	lacks(t, "a need", c.say("金大海", "我妈去我姐家住了 家里水管冻住了"), "已记下白凤兰不在家", "回访暂停")
	lacks(t, "a question", c.say("金大海", "我妈去我姐家住了 电话还要打吗？"), "回访暂停")
}

// TestCall103NewYearStay (call103): a worker's 「过完年回来」 paused her
// calls a week; now till 正月初八, said with its lunar name.
func TestCall103NewYearStay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	has(t, "log", c.private("王五", "回访 白凤兰 已通 她儿子说去她闺女家住了 过完年回来"),
		"例行回访先停，2027年2月13日（正月初八）起再提醒您打")
}

// TestCall103ElderAsks (call103): 「她问今年过年有没有慰问品」 in a call note
// was kept in the note alone; now her grid leader is asked to answer, and
// the worker hears so. A 办事咨询 filed from the note is not sent twice.
func TestCall103ElderAsks(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	got := c.private("王五", "回访 王奶奶 已通 身体挺好 她问今年过年有没有慰问品")
	has(t, "asked", got, "王五: 已记录：王奶奶 已通", "王奶奶问的「今年过年有没有慰问品」已转给网格长李四，答复后请转告王奶奶。",
		"李四: 【老人问】王五电话回访时，王奶奶问：「今年过年有没有慰问品」。")
	c.now = c.now.Add(2 * time.Hour)
	lacks(t, "no question", c.private("王五", "回访 石德贵 已通 他问我身体好不好 挺好的"), "老人问", "已转给网格长")
}

// TestCall103KinSaysBack (call103): the reply to his stay asks him to say
// when she is back early; 「我妈回来了」 then resumes her calls, and is
// read as before (nothing paused) when none wait.
func TestCall103KinSaysBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	lacks(t, "nothing paused", c.say("金大海", "我妈回来了"), "回访电话恢复")
	has(t, "away", c.say("金大海", "我妈去我姐家住了 过完年再回来"), "已记下白凤兰不在家")
	c.now = c.now.Add(5 * 24 * time.Hour)
	has(t, "back", c.say("金大海", "我妈回来了"), grid3+": 好的，欢迎白凤兰回家。已告诉王五，回访电话恢复",
		"王五: 【回访恢复】金大海说：「我妈回来了」。")
	lacks(t, "again", c.say("金大海", "我妈回来了"), "回访电话恢复")
}
