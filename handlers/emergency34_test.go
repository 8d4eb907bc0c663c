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
// make him its follower; the duty chat's line is unchanged. One who asks
// again, saying nothing new, hears the number again and the duty chat
// nothing.
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
	c := raised(t, [2]string{"张三", "后山着火了 快来人"})
	c.now = c.now.Add(3 * time.Minute)
	expectLike(t, "joined fire", c.say("陈二", "着火了该打什么电话"),
		like{start: dutyChat + ": 【突发补充】青山村三组 #R1\n陈二（13900000002）也报告：着火了该打什么电话"},
		like{start: grid3 + ": 陈二，火情请立即拨打119", has: "#R1"})
	if rep := c.reports()[0]; !slices.Contains(rep.Followers, "陈二") {
		t.Errorf("陈二 does not follow #R1 after his alarm")
	}
	// 陈二 said these words already: no news for the duty chat (emg49)
	has(t, "its reporter asks", c.say("张三", "着火了该打什么电话"), grid3+": 张三，火情请立即拨打119")
	c = newChat(t, understand.Rules{})
	has(t, "the question raises the alarm", c.say("陈二", "着火了该打什么电话"), dutyChat+": 【突发事件】青山村三组 #R1", "119")
	c.now = c.now.Add(time.Minute)
	got := c.say("陈二", "着火了 该打什么电话？")
	has(t, "asked again", got, grid3+": 陈二，火情请立即拨打119")
	if len(got) != 1 {
		t.Errorf("asked again, nothing new: %q, want only his answer (no duty line)", got)
	}
	lacks(t, "no alarm, no number", c.say("周八", "120是打哪个电话"), "立即拨打")
}
