package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestGeneralReportSafetyHint: a general report of a danger left in the
// open (a washed-out road, a missing manhole cover, a broken railing, a
// branch on a power line) carries its safety hint, asked back or filed;
// any other general report none.
func TestGeneralReportSafetyHint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	const fence, power = "请先在旁边放个警示，提醒过往的人绕行。", "别靠近，打95598（供电）"
	expect(t, "a missing manhole cover, filed", c.say("张三", "上报 路边的井盖不见了 晚上容易掉进去"), "已登记 #R1（一般事项·道路交通）：路边的井盖不见了 晚上容易掉进去\n"+fence+"\n@李四")
	expect(t, "a washed-out road", c.say("陈二", "上报 后山那条路被雨冲坏了一大段"), "已登记 #R2（一般事项·道路交通）：后山那条路被雨冲坏了一大段\n"+fence)
	expect(t, "a branch on a line, asked back", c.say("陈二", "大树枝断了挂在电线上"), "我理解为：一般事项·安全隐患——大树枝断了挂在电线上。回复「1」登记，「2」不用。\n"+power)
	expect(t, "filed on 1", c.say("陈二", "1"), "已登记 #R3（一般事项·安全隐患）：大树枝断了挂在电线上\n"+power)
	got := c.say("张三", "上报 村口那个路灯坏了三天了")
	expect(t, "a street light", got, "已登记 #R4（一般事项·道路交通）：村口那个路灯坏了三天了\n@李四")
}
