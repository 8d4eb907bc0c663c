package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestPrivateNightReportImperilingPeopleToldAtOnce: a villager's private
// report at night whose words imperil people reaches the leader at once
// (urgent, as the group's does since safe60), the reply says so and to
// keep away, and the morning has no 【夜里反映】 of it. One round trip. A
// plain private night report still waits for the morning.
func TestPrivateNightReportImperilingPeopleToldAtOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 30)
	got := c.private("陈二", "上报 村口垃圾桶倒了 垃圾撒了一地")
	has(t, "plain private night report", got, "现在是夜里，先不打扰")
	got = c.costs(t, 1, "danger", bot.Message{Private: true, From: "张三", Text: "村口那面墙快倒了 下面有人走"})
	expectLike(t, "private danger at night", got,
		like{start: "李四: 【村民反映·可能伤人】张三私信反映 #R2（一般事项）：村口那面墙快倒了 下面有人走\n可能伤到人：请马上到场",
			has: "受理请私信我回复「确认 #R2」"},
		like{start: "张三: 已登记 #R2", has: "这关系到人身安全，虽是夜里，已马上私信告诉网格长李四，会尽快联系您。请先提醒大家离远一点、别从旁边走，有人受伤请打120。",
			lacks: "先不打扰"})
	c.now = clock(c.now, 1, 7, 0)
	morning := strings.Join(c.flush(), "\n")
	if !strings.Contains(morning, "#R1") || strings.Contains(morning, "#R2") {
		t.Errorf("morning notes:\n%s\nwant R1's and nothing of R2 (told at once)", morning)
	}
	// by day the leader's note goes at once as ever; the reply adds keep-away
	got = c.private("陈二", "上报 后山那面墙快倒了 天天有学生路过")
	has(t, "private by day", got, "会尽快联系您。这关系到人身安全，请先提醒大家离远一点")
}
