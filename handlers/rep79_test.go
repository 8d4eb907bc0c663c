package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestNightNotesOneMessageEach (rep79): three items filed in the group at
// night, by two villagers; 李四 settles one overnight. At 07:00 he gets one
// 【夜里反映】 listing the two left, each with its ref and its 确认, and the
// settled one's line is not in it.
func TestNightNotesOneMessageEach(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 10)
	has(t, "first", c.say("张三", "上报 村口路灯坏了"), "已登记 #R1")
	c.now = clock(c.now, 0, 22, 40)
	has(t, "second", c.say("陈二", "上报 水渠堵了 水漫到路上了"), "已登记 #R2")
	c.now = clock(c.now, 0, 23, 5)
	has(t, "third", c.say("张三", "上报 垃圾桶满了没人收"), "已登记 #R3")
	c.say("李四", "驳回 #R2 已经有人通开了")
	c.now = clock(c.now, 1, 7, 0)
	var lisi []string
	for _, m := range c.flush() {
		if strings.HasPrefix(m, "李四: ") {
			lisi = append(lisi, m)
		}
	}
	if len(lisi) != 1 {
		t.Fatalf("李四 got %d messages in the morning, want one:\n%s", len(lisi), strings.Join(lisi, "\n---\n"))
	}
	has(t, "the morning", lisi, "李四: 【夜里反映】\n1. 张三在群里反映 #R1（一般事项）：村口路灯坏了", "请回复「确认 #R1」",
		"\n\n2. 张三在群里反映 #R3（一般事项）：垃圾桶满了没人收", "请回复「确认 #R3」", "\n\n（这些是昨天22:11–23:06的消息，为免夜里打扰，早上才发）")
	lacks(t, "the morning", lisi, "#R2")
}
