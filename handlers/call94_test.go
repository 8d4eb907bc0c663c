package handlers_test

import (
	"testing"
)

// TestCall94CoverageAsksForwarded: asked how this month's calls go, a
// grid's picture and one elder's ask the calls still to make logged
// 「已通 已转告」 when they pass a notice on, 「已通 情况」 with the note
// when only some do, 「已通 情况」 for an elder whose call passes nothing
// on (call94; main asked 「已通 情况」 of all).
func TestCall94CoverageAsksForwarded(t *testing.T) {
	c := noticeList70(t)
	grid := c.private("李四", "回访覆盖率多少")
	has(t, "grid, every call passing the notice on", grid, "网格员王五打完请回复「回访 名字 已通 已转告」，没接通的")
	lacks(t, "grid, every call passing the notice on", grid, "已通 情况")
	has(t, "one elder", c.private("李四", "王奶奶这个月打过电话没"), "王五打完请回复「回访 王奶奶 已通 已转告」。")

	mixed := noticeCalls(t, true, "王奶奶")
	has(t, "grid, one call passing the notice on", mixed.private("王五", "回访覆盖率多少"),
		"打完请回复「回访 名字 已通 情况」（转告了通知的写「已通 已转告」），没接通的")
	has(t, "an elder's routine call", mixed.private("王五", "石德贵这个月打过电话没"), "打完请回复「回访 石德贵 已通 情况」。")
}

// TestCall94AwayAsksForwarded: a worker away whose calls left pass a
// notice on: his leader is asked to have them logged 「已通 已转告」, and
// so is the stand-in he names; with only some passing it on, 「已通 情况」
// with the note (call94).
func TestCall94AwayAsksForwarded(t *testing.T) {
	c := noticeList70(t)
	got := c.private("王五", "我这几天生病了 在县里住院 电话打不了")
	has(t, "leader", got, "李四: 【网格员打不了电话】", "请这几天安排人代打或上门，打完回复「回访 名字 已通 已转告」，您自己记也可以。")
	lacks(t, "leader", got, "已通 情况")

	named := noticeList70(t)
	got = named.private("王五", "我这几天生病了 电话打不了 王五的电话请李四打")
	// the named stand-in is the leader: told once, in 【网格员打不了电话】 (call98)
	has(t, "stand-in", got, "李四: 【网格员打不了电话】", "\n还没打的回访电话：", "\n王五请您代打，打完回复「回访 名字 已通 已转告」，记在您名下。")
	lacks(t, "stand-in", got, "【代打电话】")

	mixed := noticeCalls(t, true, "王奶奶")
	has(t, "leader, some passing it on", mixed.private("王五", "我这几天生病了 在县里住院 电话打不了"),
		"打完回复「回访 名字 已通 情况」（转告了通知的写「已通 已转告」），您自己记也可以。")
}

// TestCall94UnreadAsksForwarded: words naming an elder on his list that
// read as no call log are asked back with her call's own log: 「已通
// 已转告」 when it passes the notice on (call94).
func TestCall94UnreadAsksForwarded(t *testing.T) {
	c := noticeList70(t)
	has(t, "unread", c.private("王五", "白凤兰那个事 我回头再跟你讲"), "打通了请发「回访 白凤兰 已通 已转告」，没打通")
	mixed := noticeCalls(t, true, "王奶奶")
	has(t, "unread, a routine call", mixed.private("王五", "白凤兰那个事 我回头再跟你讲"), "打通了请发「回访 白凤兰 已通 情况」，没打通")
}
