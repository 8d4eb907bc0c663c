package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestSearchOfNoneFilesNothing: a cadre's search words with no missing
// alarm open are his own work, not a report of 其他 asked back: silence
// in the group, where to put them said to the bot. With a missing alarm
// open they still take it on.
func TestSearchOfNoneFilesNothing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	lacks(t, "leader", c.say("李四", "派人去后山找了"), "我理解为", "#R", "登记")
	lacks(t, "worker", c.say("王五", "已经安排人去找了"), "我理解为", "#R", "登记")
	has(t, "addressed", c.say("李四", "@网格小助手 派人去后山找了"), "没有正在找人的突发事件", "进展 #R编号 派人去后山找了")
	has(t, "nothing filed", c.say("李四", "待办"), "没有")
	has(t, "missing then", c.say("张三", "我家孩子放学到现在还没回家 同学说往后山去了"), "#R1")
	has(t, "search takes it on", c.say("李四", "派人去后山找了"), "#R1")
}

// TestLaterJoinerDropped: a later message opening on 还有 is filed
// without it, as a part split off after it is.
func TestLaterJoinerDropped(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "还有 隔壁老刘家的狗天天晚上叫 吵得睡不着")
	has(t, "filed", got, "#R1", "：隔壁老刘家的狗天天晚上叫")
	lacks(t, "filed", got, "还有 隔壁")
}
