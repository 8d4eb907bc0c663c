package handlers_test

import "testing"

// TestRelayNamesNoticeHouseholdForm: the 家 form of a relay with a topic
// reads as 「体检的事我跟赵六说过了」 does (call76), how he told it (当面,
// 上门) naming nothing: only the named notice counts. ask77: 「…当面说过了」
// was told no notice says 「体检 当面」, and of an elder 「…上门说过了」 was
// offered as a report.
func TestRelayNamesNoticeHouseholdForm(t *testing.T) {
	c := relayNotices76(t)
	expect(t, "group", c.say("王五", "体检的事赵六家我当面说过了"), "青山村三组网格群: @王五\u2005已记下您转告了赵六，赵六户算收到通知 #N1，不用再催。")
	expect(t, "private", c.private("王五", "停电的事陈二家我当面说过了"), "王五: 已记下您转告了陈二，陈二户算收到通知 #N2，不用再催。")
	got := c.private("王五", "体检的事石德贵家我上门说过了")
	has(t, "elder", got, "王五: 已记录：石德贵 上门", "已记为收到通知 #N1")
	lacks(t, "elder", got, "#N2", "登记")
	expect(t, "no notice's, group", c.say("王五", "修路的事赵六家我当面说过了"))
	n1, n2 := c.office("查 #N1"), c.office("查 #N2")
	has(t, "查 #N1", n1, "陈二户")
	lacks(t, "查 #N1", n1, "赵六户", "石德贵户")
	has(t, "查 #N2", n2, "赵六户", "石德贵户")
	lacks(t, "查 #N2", n2, "陈二户")
}
