package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestCall99AwayCalledOff: 王五's 「明天起请假两天 电话请马红梅打」, then
// 「我明天不走了」 the same day: the absence is off before it began (his
// reply says from when, the stand-in and his leader hear it), so tomorrow
// the stand-in may not log his calls; a second 「不请假了」 is told there is
// none. His leader's 「王五不请假了」 calls off one he said in the group,
// and 王五 hears it.
func TestCall99AwayCalledOff(t *testing.T) {
	c := noticeList70(t)
	c.private("王五", "明天起请假两天 电话请马红梅打")
	got := c.private("王五", "我明天不走了")
	has(t, "off", got,
		"王五: 好的，明天（3月3日）起的请假已取消，电话清单照常发给您，已告诉马红梅、李四。",
		"马红梅: 王五明天（3月3日）起的请假取消了（王五说「我明天不走了」），王五的电话清单照常发给王五本人，不用代打了。",
		"李四: 王五明天（3月3日）起的请假取消了")
	lacks(t, "off", got, "我理解为")
	has(t, "none kept", c.private("王五", "不请假了"), "王五: 您现在没有记着的请假，电话清单照常发给您。")
	c.now = clock(c.now, 1, 9, 0)
	has(t, "stand-in tomorrow", c.private("马红梅", "回访 王奶奶 已通 已转告"), "由王五负责打电话，这次通话没有记录")
	has(t, "his own", c.private("王五", "回访 王奶奶 已通 已转告"), "已记录：王奶奶 已通")

	// his leader's words, in the group
	has(t, "leader away", c.in(grid3, "李四", "王五明天起请假 电话我来打"), "已记下王五明天（3月4日）起到3月6日不能打电话")
	got = c.in(grid3, "李四", "王五不请假了")
	has(t, "leader off", got, "好的，王五明天（3月4日）起的请假已取消，王五的电话清单照常发给王五本人。",
		"王五: 网格长李四说您明天（3月4日）起的请假取消了：电话清单照常发给您。")
}

// TestCall99LeaveAloneIsAway: 「我明天请假」 privately from a worker with
// elders to phone says he is away tomorrow though it names no call
// (words.SaysAway took only 打不了/电话/这几天…: it was asked back as a
// matter to file); 「我不请假了 电话我自己打」 never starts one.
func TestCall99LeaveAloneIsAway(t *testing.T) {
	c := noticeList70(t)
	got := c.private("王五", "我不请假了 电话我自己打")
	has(t, "never away", got, "您现在没有记着的请假")
	lacks(t, "never away", got, "网格员打不了电话", "我理解为")
	got = c.private("王五", "我明天请假")
	has(t, "away", got, "李四: 【网格员打不了电话】", "明天（3月3日）起")
	lacks(t, "away", got, "我理解为")
}

// TestCall99OwnRelayFreshNotice: 王五's 「赵六那边我告诉他了」 in the group a
// minute after notice #N2 went out counts #N1 for 赵六户, not #N2 (he cannot
// have passed on what was just posted), and says so; with only the fresh
// notice, nothing is counted and he is told the same. The same words a
// quarter of an hour later count #N2 (call99: as a call's bare 已转告, call98).
func TestCall99OwnRelayFreshNotice(t *testing.T) {
	c := noticeList70(t)
	c.now = clock(c.now, 0, 18, 20)
	c.office("通知 三组 后天上午村卫生室免费体检 60岁以上老人带身份证")
	c.now = clock(c.now, 0, 18, 21)
	got := c.in(grid3, "王五", "赵六那边我告诉他了")
	has(t, "fresh", got, "赵六户算收到通知 #N1，不用再催。")
	has(t, "N2 not counted", c.office("查 #N2"), "青山村三组：已收到 0/")
	// once this process holds the group's notices (a question about one
	// read them), the reply names the fresh one
	c.in(grid3, "陈二", "体检要空腹吗")
	got = c.in(grid3, "王五", "周八那边我告诉他了")
	has(t, "fresh named", got, "周八户算收到通知 #N1，不用再催。", "通知 #N2（3月2日 18:21发）是刚发的，不算这次转告；周八看到了会自己回「收到」")
	has(t, "N2 not counted", c.office("查 #N2"), "青山村三组：已收到 1/") // 陈二's question
	c.now = clock(c.now, 0, 18, 40)
	has(t, "in time", c.private("王五", "赵六家我说过了"), "赵六户算收到通知 #N1、#N2")
	has(t, "N2 counted", c.office("查 #N2"), "青山村三组：已收到 2/")

	// only a fresh notice: nothing counted
	c = newChat(t, understand.Rules{})
	c.now = time.Date(2026, 12, 5, 16, 30, 0, 0, at.Location())
	c.office(notice70)
	c.now = c.now.Add(time.Minute)
	got = c.private("王五", "赵六家我告诉他了")
	expect(t, "only fresh", got, "王五: 通知 #N1（12月5日 16:31发）是刚发的，不算这次转告；赵六看到了会自己回「收到」，过后跟赵六说了这条，再发一次「赵六家我说过了」就算。")
	has(t, "only fresh", c.office("查 #N1"), "青山村三组：已收到 0/")
}

// TestCall99ElderNewsOffered: 王五's 「王奶奶炉子灭了」 in the group, which
// the reader takes for talk, is news of an elder who cannot say it herself:
// asked back with how to log the call, no call logged; her name alone, or
// a question, stays silent.
func TestCall99ElderNewsOffered(t *testing.T) {
	c := noticeList70(t)
	c.now = clock(c.now, 1, 9, 0)
	got := c.in(grid3, "王五", "王奶奶炉子灭了")
	has(t, "news", got, "我理解为：一般事项·其他——王奶奶炉子灭了。", "是给王奶奶打电话或上门问到的，另发「回访 王奶奶 已通」记下这次回访。")
	if last := c.lastCall("王奶奶"); last.Outcome != "" {
		t.Errorf("news of her logged a call: %+v", last)
	}
	expect(t, "name alone", c.in(grid3, "王五", "王奶奶"))
	expect(t, "question", c.in(grid3, "王五", "王奶奶在家吗"))
	expect(t, "a villager's", c.in(grid3, "张三", "王奶奶炉子灭了"))
}

// TestCall99BareRelayCountsTheList: a bare 「已转告」 on a call whose list
// carried notice #N1 counts #N1 only, though #N2 of her grid was out long
// enough to be told: the reply names #N2 and the log that counts it, which
// does (call99: a notice counted she never heard loses her its call).
func TestCall99BareRelayCountsTheList(t *testing.T) {
	c := noticeList70(t)
	c.now = clock(c.now, 0, 18, 20)
	c.office("通知 三组 冬季防火：后天上午村委会组织防火检查，请各户清理柴草堆")
	c.now = clock(c.now, 0, 18, 50)
	got := c.private("王五", "回访 石德贵 已通 已转告 炭够烧")
	has(t, "list only", got, "已记为收到通知 #N1。",
		"通知 #N2（冬季防火）不是这次电话要转告的，没算；也跟石德贵说了的话，回复「回访 石德贵 已通 已转告 #N2」。")
	has(t, "N2 not counted", c.office("查 #N2"), "青山村三组：已收到 0/")
	got = c.private("王五", "回访 石德贵 已通 已转告 #N2")
	has(t, "named", got, "已记为收到通知 #N2")
	has(t, "N2 counted", c.office("查 #N2"), "青山村三组：已收到 1/")
	if k := c.lastCall("石德贵"); k.Outcome != village.OutcomeReached {
		t.Errorf("石德贵's call: %+v", k)
	}
}
