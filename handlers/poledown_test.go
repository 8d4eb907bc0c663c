package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestFallenPoleAndWall: a power pole down, said alone, is an emergency
// (its lines come down live): the duty chat is alarmed with the power
// company's number and the group told to keep away and dial 95598. A
// wall down with its bricks on the road and no one under it is a report,
// not an alarm; one with someone pinned under it stays an emergency.
func TestFallenPoleAndWall(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expectLike(t, "a pole down", c.say("张三", "电线杆倒了"),
		like{start: dutyChat + ": 【突发事件】青山村三组 #R1", has: "供电抢修：95598"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况 #R1 已登记", has: "马上打95598（供电）让供电所断电抢修"})
	got := c.say("陈二", "围墙倒了 砖头堆在路上")
	lacks(t, "a wall's bricks on the road", got, "【突发事件】", "紧急情况")
	has(t, "a wall's bricks on the road", got, "一般事项", "请先在旁边放个警示，提醒过往的人绕行。")
	has(t, "someone under it", c.say("赵六", "围墙倒了 压着人了"), dutyChat+": 【突发事件】青山村三组 #R2")
}
