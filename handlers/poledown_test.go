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

// TestAlarmNamesTheRightNumber: beside the hazard's own number, the alarm
// names the one its scene needs: a fire in power lines the power company
// (95598) that must cut them off, and no water on them; a road crash the
// traffic police (122, 110 for a driver who fled) beside 120; a collapse
// 120 for whoever is hurt, beside 119 for whoever is trapped. The duty
// chat hears the number to call as well.
func TestAlarmNamesTheRightNumber(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "村口老槐树下的电线着火了 冒火花")
	expectLike(t, "wires on fire", got,
		like{start: dutyChat + ": 【突发事件】青山村三组 #R1", has: "供电抢修：95598"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况 #R1 已登记", has: "拨打119"})
	has(t, "wires on fire: no water, the power cut", got, "别用水泼", "打95598（供电）")
	got = c.say("赵六", "村口公路上车撞人了 骑电动车的躺地上起不来")
	expectLike(t, "a road crash", got,
		like{start: dutyChat + ": 【突发事件】青山村三组 #R2", has: "交警：122"},
		like{start: grid3 + ": @李四\u2005@王五\u2005紧急情况 #R2 已登记", has: "拨打120"})
	has(t, "a road crash: the police", got, "拨打122", "110")
	got = c.say("陈二", "东头老刘家的土房子塌了 下面好像压着人 快来人")
	has(t, "a collapse", got, "紧急情况 #R3 已登记", "119", "120")
	lacks(t, "a collapse", got, "95598", "122")
	got = c.say("周八", "王奶奶在院子里摔倒了 叫她不答应")
	has(t, "a fall at home", got, "紧急情况 #R4 已登记", "120")
	lacks(t, "a fall at home", got, "95598", "122")
}

// TestTwoPeopleHurtTwoWays: a fall in a yard told minutes after a road
// crash is a second person to help, with its own item and alarm, not a
// witness line of the crash; words of the crash ("被撞的人昏过去了") or of
// no way of harm ("人还躺在路上") still join it.
func TestTwoPeopleHurtTwoWays(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "a crash", c.say("赵六", "村口公路上车撞人了 流了好多血"), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "its witness", c.say("张三", "被撞的人昏过去了"), dutyChat+": 【突发补充】青山村三组 #R1")
	has(t, "its witness, no way told", c.say("郑十", "人还躺在路上 一动不动"), dutyChat+": 【突发补充】青山村三组 #R1")
	has(t, "a fall elsewhere", c.say("周八", "王奶奶在院子里摔倒了 叫她不答应"), dutyChat+": 【突发事件】青山村三组 #R2", "紧急情况 #R2 已登记")
	c.wantReports(2, "(two people hurt)")
}
