package handlers_test

import (
	"slices"
	"testing"

	"gridbot/understand"
)

// TestFlareUpToWhoToldPrivatelyGivesTheScenesSteps: one who tells
// privately that a group's emergency broke out again hears the steps its
// first alarm gave (emergency.hint, the shared selection), not the bare
// hazard hint: a scam how to stop the money, a drowning 110 and the rope.
// The group's flare-up post of a scam asks the leader to reach the victim,
// as its first alarm did, not to rush to a scene.
func TestFlareUpToWhoToldPrivatelyGivesTheScenesSteps(t *testing.T) {
	for _, tc := range []struct{ alarm, back, want, duty string }{
		{"我妈正在给骗子转账 快来人", "三组张三妈又开始给骗子转账了 快报警", "96110反诈专线", "请网格长马上给被骗的人打电话或上门找到他"},
		{"村口池塘有人掉河里了 快救命", "三组村口池塘那边又开始喊救命了 有人掉河里了", "有人落水请同时拨打110；不会水的别下水", "请网格长立即赶到现场协助救护"},
	} {
		c := newChat(t, understand.Rules{})
		c.say("张三", tc.alarm)
		out := c.private("王五", tc.back)
		has(t, tc.back, out, "王五: #R1（青山村三组）险情又起", tc.want)
		has(t, tc.back+": the group", out, grid3+": @李四\u2005@王五\u2005#R1 险情又起", tc.duty)
	}
}

// TestNumberAskedOfADrowningGivesItsSteps: asked in the group which
// number to call about someone in the water, the answer
// (report.emergency.number) gives 110 and the rope beside 120, as the
// first alarm did.
func TestNumberAskedOfADrowningGivesItsSteps(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "村口池塘有人掉河里了 快救命")
	has(t, "drowning", c.say("陈二", "有人掉河里了 打什么电话"),
		grid3+": 陈二，有人受伤或病危请立即拨打120，说清村名和路口。有人落水请同时拨打110；不会水的别下水",
		"这件事已报告镇应急值班（#R1）")
}

// TestFireEmojisDuringAnOpenFire: fire emojis while the group's fire is
// open are about it: the sender hears the duty chat knows it and who is
// on it, and to say where, and follows it; no new alarm, no "where is the
// fire?".
func TestFireEmojisDuringAnOpenFire(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "后山着火了")
	out := c.say("陈二", "🔥🔥🔥")
	has(t, "fire emojis", out, grid3+": 陈二，#R1（后山着火了）镇应急值班已知道，已通知网格长李四；有新情况请说具体在哪")
	lacks(t, "fire emojis", out, "是哪里着火了", "应急值班群:", "#R2")
	if r1 := c.reports()[0]; !slices.Contains(r1.Followers, "陈二") {
		t.Errorf("陈二 does not follow #R1: %q", r1.Followers)
	}
	c.say("李四", "确认 #R1")
	has(t, "taken on", c.say("王五", "🔥🔥"), grid3+": 王五，#R1（后山着火了）镇应急值班已知道，李四正在处理")
	if n := len(c.reports()); n != 1 {
		t.Errorf("%d reports, want #R1 alone", n)
	}
}
