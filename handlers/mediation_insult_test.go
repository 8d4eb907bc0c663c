package handlers_test

import "testing"

// TestInsultToldToMediators: a party's word, while his quarrel is live in
// the group, that he is insulted ("陈二天天在群里骂我家 骂得很难听") reaches
// its mediators, as more of it told by someone new to it does; a threat
// still goes to them urgently; a call for calm ("别骂了") tells nobody.
func TestInsultToldToMediators(t *testing.T) {
	c := cowQuarrel(t)
	got := c.say("张三", "陈二天天在群里骂我家 骂得很难听")
	has(t, "the insult", got, "李四: 【调解提醒】#R1 的当事人张三说被人骂了：「陈二天天在群里骂我家 骂得很难听」", "郑十: 【调解提醒】#R1")
	if len(c.reports()) != 1 {
		t.Errorf("reports %+v, want R1 alone", c.reports())
	}
	has(t, "a threat", c.say("张三", "你再放牛进来我就打断你的腿"), "郑十: 【调解提醒·注意】#R1")
	if got := c.say("张三", "别骂了 有话好好说"); len(got) != 0 {
		t.Errorf("a call for calm: %q, want nothing", got)
	}
}
