package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestReportWithoutAddress: a report said to a cadre by name or role, or
// opened with a filler, is filed and echoed as the matter alone; a name
// that is part of the matter stays.
func TestReportWithoutAddress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a role", c.say("张三", "网格员 村口那个路灯坏了三天了"), "已登记 #R1（一般事项·道路交通）：村口那个路灯坏了三天了\n")
	expect(t, "a mention, asked back", c.say("张三", "@李四 后山小路的护栏倒了"), "我理解为：一般事项·道路交通——后山小路的护栏倒了。")
	expect(t, "filed", c.say("张三", "1"), "已登记 #R2（一般事项·道路交通）：后山小路的护栏倒了\n")
	expect(t, "a name and a call to look", c.say("陈二", "上报 李四 你看下 我家后院水管冻裂了"), "已登记 #R3（一般事项·水电设施）：我家后院水管冻裂了\n")
	expect(t, "a name in the matter", c.say("陈二", "上报 王五家门口的垃圾没人收"), "已登记 #R4（一般事项·环境卫生）：王五家门口的垃圾没人收\n")
	for _, r := range c.reports() {
		if r.ID == "R3" && r.Text != "我家后院水管冻裂了" {
			t.Errorf("R3 filed as %q", r.Text)
		}
	}
}

// TestAskedToRegister: a report that asks in so many words to be
// registered ("帮我登记一下", "先登记一下", "帮忙报一下") is filed without
// the ask, not asked back 「回复1登记」; "要登记吗" is still asked.
func TestAskedToRegister(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a worker's", c.say("王五", "石德贵家院墙裂了条缝 我看了下问题不大 先登记一下"),
		grid3+": 已登记 #R1（一般事项·安全隐患）：石德贵家院墙裂了条缝 我看了下问题不大\n")
	expect(t, "a villager's", c.say("张三", "我家门口的下水道堵了 帮我登记一下"), grid3+": 已登记 #R2（一般事项·环境卫生）：我家门口的下水道堵了\n")
	expect(t, "a question", c.say("陈二", "村口路灯坏了 要登记吗"), grid3+": @陈二\u2005我理解为：")
}
