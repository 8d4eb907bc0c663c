package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestStandInLogsOnAnotherProcess (call79): 王五's absence naming 马红梅 is
// kept by one process; her 回访 of his elder, handled by another which
// holds no copy of it, is logged under her (read from Redis once), not
// refused as another's elder.
func TestStandInLogsOnAnotherProcess(t *testing.T) {
	a, b := twoProcesses(t)
	has(t, "away", a.private("王五", "我这两天不在 王五的电话请马红梅打"), "马红梅")
	b.now = a.now
	b.n++
	trips, got := b.counted(bot.Message{Private: true, From: "马红梅", Text: "回访 王奶奶 已通 身体挺好"})
	has(t, "her log elsewhere", got, "已记录：王奶奶 已通")
	t.Logf("her log on the process without the absence's copy: %d round trips", trips)
	lacks(t, "her log elsewhere", got, "不是您负责")
	// one not standing in is still told whose she is
	lacks(t, "another worker", b.private("周八", "回访 王奶奶 已通 身体挺好"), "已记录")
}

// TestStandInOwnWordsAndNews (call79): the stand-in's free-form logs of
// the away worker's elders are his, as the worker's are; the worker's
// leader saying 「电话我来打」 stands in himself; a call of the away
// worker's list another reached is news for the stand-in, not for him.
func TestStandInOwnWordsAndNews(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "away", c.private("王五", "我这两天不在 王五的电话请马红梅打"), "马红梅")
	has(t, "a name before the outcome", c.private("马红梅", "石德贵打了没人接"), "已记录：石德贵 未接通")
	has(t, "two at once", c.private("马红梅", "王奶奶挺好 白凤兰没接"), "已记录：王奶奶 已通", "已记录：白凤兰 未接通")
	got := c.private("李四", "回访 白凤兰 已通 挺好")
	has(t, "the stand-in hears", got, "马红梅: 白凤兰已经联系上了")
	lacks(t, "the stand-in hears", got, "王五: 白凤兰已经联系上了")
	got = c.say("李四", "王五请假到下周五 电话我来打")
	has(t, "the leader stands in", got, "电话清单改发给您")
	lacks(t, "the leader stands in", got, "马红梅")
}
