package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// relayNotices76 is a chat with two notices posted to 三组 at 16:30 on
// 12-05: #N1 the check-up, #N2 the power cut.
func relayNotices76(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 5, 16, 30, 0, 0, at.Location())
	c.office("通知 三组 12月9日上午9点在村卫生室免费体检，65岁以上老人请带身份证")
	c.office("通知 三组 12月10日下午停电检修")
	return c
}

// TestRelayNamesNotice: a relay that names what was passed on
// (「体检的事我跟赵六说过了」) is read as the relay it is when a notice of
// late to the household's group is about it, and counts that notice
// only: the grid's own word in the group or privately (the household's
// 收到), a villager's of his kin (his household's, before the matter
// reading: 「停电」 read as a report). Naming no such notice: in the group
// it is talk of something else (silence, as before); privately he is
// told, nothing written (call76: none of these was a relay; privately
// 「停电的事我跟陈二说过了」 became a report).
func TestRelayNamesNotice(t *testing.T) {
	c := relayNotices76(t)
	expect(t, "group", c.say("王五", "体检的事我跟赵六说过了"), "青山村三组网格群: @王五\u2005已记下您转告了赵六，赵六户算收到通知 #N1，不用再催。")
	expect(t, "kin", c.say("张三", "停电的事我跟我妈说了"))
	expect(t, "no notice's, group", c.say("王五", "修路的事我跟赵六说过了"))
	expect(t, "no notice's, private", c.private("王五", "开会的事我跟陈二说过了"),
		"王五: 最近两天发到陈二家所在网格的通知里没有说到「开会」的，没有记录。转告的是这两天的通知，请发「我跟陈二说过了」；要记电话回访请发「回访 陈二 已通」。")
	expect(t, "private", c.private("王五", "停电的事我跟陈二说过了"), "王五: 已记下您转告了陈二，陈二户算收到通知 #N2，不用再催。")
	got := c.private("王五", "体检的事我跟石德贵说了")
	has(t, "elder", got, "王五: 已记录：石德贵 已通", "已记为收到通知 #N1")
	lacks(t, "elder", got, "#N2")
	n1, n2 := c.office("查 #N1"), c.office("查 #N2")
	has(t, "查 #N1", n1, "已收到 2/9 户", "张三户", "陈二户")
	lacks(t, "查 #N1", n1, "赵六户", "石德贵户")
	has(t, "查 #N2", n2, "已收到 2/9 户", "赵六户", "石德贵户")
	lacks(t, "查 #N2", n2, "张三户", "陈二户")
}

// TestAwayLabelByWhoSaid: the month's coverage and the call export say who
// said an elder not got through is away: her family (「没打通 她儿子说她住院
// 了」: 家里说住院了) or the worker himself, nobody of hers spoken to
// (「王奶奶住院了」: 王五说不在家). call76: both said 家里说住院了.
func TestAwayLabelByWhoSaid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "own word", c.private("王五", "回访 王奶奶 住院了"), "王五: 已记录：王奶奶 未接通（王五")
	has(t, "family's word", c.private("王五", "回访 石德贵 没打通 他儿子说他住院了"), "王五: 已记录：石德贵 未接通（王五")
	got := c.private("李四", "回访覆盖率多少")
	has(t, "coverage", got, "王奶奶 13900000001（王五负责，没打通，王五说不在家，回访暂停）", "石德贵 13900000031（王五负责，没打通，家里说住院了，回访暂停）")
}
