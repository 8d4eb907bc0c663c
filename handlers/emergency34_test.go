package handlers_test

import (
	"slices"
	"testing"
	"time"

	"gridbot/understand"
)

// TestEmergencyNumberAsked: a villager asking which number to call in an
// alarm gets the number in the group at once — with a fire open too,
// where his words, as before, also reach the duty chat as news of it and
// make him its follower; the duty chat's line is unchanged.
func TestEmergencyNumberAsked(t *testing.T) {
	for _, tc := range []struct{ q, number string }{
		{"着火了该打什么电话", "119"},
		{"有人晕倒了打哪个电话", "120"},
		{"煤气漏了打什么电话", "燃气公司"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			has(t, "no emergency open", c.say("陈二", tc.q), grid3+": @李四", tc.number)
			c = newChat(t, understand.Rules{})
			has(t, "alarm", c.say("张三", "后山着火了 快来人"), dutyChat+": 【突发事件】青山村三组 #R1")
			c.now = c.now.Add(5 * time.Minute)
			has(t, "fire open", c.say("陈二", tc.q), tc.number, "镇应急值班")
		})
	}
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "后山着火了 快来人"), dutyChat+": 【突发事件】青山村三组 #R1")
	c.now = c.now.Add(5 * time.Minute)
	expectLike(t, "joined fire", c.say("陈二", "着火了该打什么电话"),
		like{start: dutyChat + ": 【突发补充】青山村三组 #R1\n陈二（13900000002）也报告：着火了该打什么电话"},
		like{start: grid3 + ": 陈二，火情请立即拨打119", has: "#R1"})
	if rep := c.reports()[0]; !slices.Contains(rep.Followers, "陈二") {
		t.Errorf("陈二 does not follow #R1 after his alarm")
	}
	lacks(t, "no alarm, no number", c.say("周八", "120是打哪个电话"), "立即拨打")
}
