package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestHomeWiringAndColdTips: a home's bared wiring and a home with no heat,
// said in the group, are asked about with their safety tips (the home's
// switch and an electrician, not 95598; a visit today and no charcoal in a
// shut room); told on 王五's call to 石德贵, his item carries the same tip
// for 王五 and 李四, as the chimney's does.
func TestHomeWiringAndColdTips(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "家里电线露在外面")
	has(t, "wiring tip", got, "一般事项·安全隐患", "先别用手碰，把家里的电闸拉下来，请电工来修；打火花、冒烟请拨打119")
	lacks(t, "not the power company", got, "95598")
	c.say("张三", "2")

	got = c.say("陈二", "家里没暖气 冻得不行")
	has(t, "cold asked and tipped", got, "我理解为", "今天上门看看", "别在门窗紧闭的屋里烧炭火取暖")
	c.say("陈二", "2")

	got = c.private("王五", "石德贵通了 他说屋里电线露在外面")
	has(t, "call note tipped", got, "石德贵反映的「屋里电线露在外面」已登记 #R1", "把家里的电闸拉下来",
		"请先提醒石德贵照这样做，今天最好上门看看")
	has(t, "leader tipped", got, "李四: 【私信反映】石德贵 反映 #R1（一般事项）：屋里电线露在外面\n家里电线有隐患")
	if reps := c.reports(); len(reps) != 1 || reps[0].Hazard != village.HazardWiring {
		t.Fatalf("reports %+v; want #R1 with the wiring hazard", reps)
	}
	got = c.private("王五", "白凤兰通了 她说家里没暖气 冻得不行")
	has(t, "cold call note tipped", got, "白凤兰反映的「家里没暖气 冻得不行」已登记 #R2", "今天上门看看", "别在门窗紧闭的屋里烧炭火取暖")
}

// TestHomeWiringSparksAlarm: sparks from a home's socket stay an alarm,
// whose hint has the home's switch pulled, not 95598 called.
func TestHomeWiringSparksAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "屋里的电线老化了 插座冒火花")
	has(t, "alarm", got, "紧急情况 #R1", "先拉下家里的电闸断电")
	lacks(t, "no power company", got, "95598")
}
