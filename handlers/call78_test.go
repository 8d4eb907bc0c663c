package handlers_test

import "testing"

// TestRelayGoneToSayAndGroupElder (call78): 「我去说了」 with a topic is the
// 家 form's relay (of the notice named only), privately and in the group;
// the grid's 「体检的事石德贵家我告诉他了」 in the group is the elder's call
// log, as privately, counting #N1 only; of no notice in the group, silence.
func TestRelayGoneToSayAndGroupElder(t *testing.T) {
	c := relayNotices76(t)
	expect(t, "group", c.say("王五", "体检的事赵六家我去说了"), "青山村三组网格群: @王五\u2005已记下您转告了赵六，赵六户算收到通知 #N1，不用再催。")
	expect(t, "private", c.private("王五", "停电的事陈二家我去说了"), "王五: 已记下您转告了陈二，陈二户算收到通知 #N2，不用再催。")
	got := c.say("王五", "体检的事石德贵家我告诉他了")
	has(t, "elder in the group", got, "已记录：石德贵 已通", "已记为收到通知 #N1")
	lacks(t, "elder in the group", got, "#N2", "登记")
	expect(t, "no notice's, group", c.say("王五", "修路的事石德贵家我告诉他了"))
	n1, n2 := c.office("查 #N1"), c.office("查 #N2")
	lacks(t, "查 #N1", n1, "赵六户", "石德贵户")
	has(t, "查 #N2", n2, "赵六户", "石德贵户")
	lacks(t, "查 #N2", n2, "陈二户")
}
