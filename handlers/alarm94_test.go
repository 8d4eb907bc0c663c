package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// trappedHere is a chat where a collapse with a person trapped is open in
// 三组 (#R1), and, lost, an old mother gone too (#R2).
func trappedHere(t *testing.T, lost bool) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "collapse", c.say("张三", "村口老房子塌了 下面压着人 快来人"), "【突发事件】青山村三组 #R1")
	if lost {
		has(t, "lost", c.say("陈二", "我妈不见了 中午出去到现在没回来"), "【突发事件】青山村三组 #R2")
	}
	return c
}

// TestGridDigTakesCollapse: a grid cadre's dig words beside an open
// collapse with people trapped take that collapse on, a missing person's
// alarm open or not; 找 still goes to the missing one; a collapse nobody
// is under is no dig's (alarm94; before, only missing alarms were a grid
// search's).
func TestGridDigTakesCollapse(t *testing.T) {
	for _, note := range []string{"大家在挖了", "人救出来一个", "正在挖 下面还有一个"} {
		for _, lost := range []bool{false, true} {
			got := trappedHere(t, lost).say("李四", note)
			has(t, note, got, "#R1 已受理", "李四 受理："+note)
			lacks(t, note, got, "#R2", "哪一起")
		}
	}
	got := trappedHere(t, true).say("李四", "我去水库那边找")
	has(t, "lost", got, "#R2 已受理")
	lacks(t, "lost", got, "#R1")

	c := newChat(t, understand.Rules{})
	has(t, "no one under", c.say("张三", "村口老房子塌了 快来人"), "#R1")
	lacks(t, "no one under", c.say("李四", "大家在挖了"), "已受理")
}
