package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestSearchAmongAlarms: a cadre's search words while more than one
// alarm of the grid waits (alarm89). Beside a fire they take on the one
// missing alarm; among two missing alarms the one whose place they name;
// naming none, he is asked which, numbered, and his number takes it on.
func TestSearchAmongAlarms(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "lost", c.say("陈二", "我家老娘有点老年痴呆 晚饭后出去到现在没回来 这么冷的天"), "【突发事件】青山村三组 #R1")
	has(t, "fire", c.say("张三", "村口柴火垛着火了 快来人"), "#R2")
	has(t, "search beside a fire", c.say("王五", "我去后山找 李四你带人去河边"), "#R1 已受理", "青山镇应急值班群")

	c = twoMissing(t)
	got := c.say("王五", "我去后山找找")
	has(t, "place named", got, "#R2 已受理")
	lacks(t, "place named", got, "#R1 已受理", "是找哪一起")

	c = twoMissing(t)
	got = c.say("王五", "大家分头去找")
	has(t, "none named", got, "是找哪一起", "「1」", "「2」", "#R1", "#R2")
	lacks(t, "none named", got, "已受理")
	got = c.say("王五", "1")
	has(t, "picked", got, "已受理")
}

// TestEBikeFireLines: an e-bike fire's group reply and duty post say to
// cut the power and keep away (the battery flares up), get out and call
// 119, and not to charge indoors; they do not forbid water, which fire
// services advise for cooling a burning battery once the power is off.
func TestEBikeFireLines(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "楼道里的电动车充电的时候着了 快来人")
	has(t, "e-bike fire", got, "【突发事件】青山村三组 #R1", "别靠近去扑", "拉下电闸断电",
		"别在屋里、楼道里给电动车充电", "电动车着火：请提醒现场先断电", "119")
	lacks(t, "e-bike fire", got, "别用水泼")
}
