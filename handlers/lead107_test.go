package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestLead107RemindEveryone: a grid cadre who asks the bot in the group to
// remind everyone is shown the notice that does it, to this group only; a
// grid worker, who sends no notices, is told it is the leader's, whose
// name is said; nothing is filed. A villager's words stay as before.
func TestLead107RemindEveryone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("王五", "@网格小助手 这几天零下十度 提醒大家烧炭取暖注意通风")
	has(t, "worker", got, "需要网格长发通知", "@李四", "通知 三组 这几天零下十度 请大家烧炭取暖注意通风", "青山村三组网格群")
	lacks(t, "worker", got, "我理解为", "已登记", "【通知】")
	got = c.say("李四", "@网格小助手 帮我提醒一下大家 晚上睡觉前把炉子封好")
	has(t, "leader", got, "请照这样发一条通知", "通知 三组 请大家晚上睡觉前把炉子封好")
	lacks(t, "leader", got, "@李四", "【通知】", "已登记")
	has(t, "sent", c.say("李四", "通知 三组 请大家晚上睡觉前把炉子封好"), "【通知】请大家晚上睡觉前把炉子封好")
	lacks(t, "villager", c.say("张三", "@网格小助手 提醒大家晚上锁好门"), "需要网格长发通知", "请照这样发一条通知")
}

// TestLead107WorkAskedIsNoTakingOn: a leader asking the bot what there is
// to do while a villager's confirm-back waits gets his list; he takes
// nothing on, and her matter still waits for her 「1」.
func TestLead107WorkAskedIsNoTakingOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("陈二", "村口路灯又不亮了 晚上黑乎乎的"), "已登记 #R1")
	has(t, "asked", c.say("张三", "东头那条路有个坑"), "回复「1」登记")
	got := c.say("李四", "@网格小助手 今天有啥要处理的")
	has(t, "list", got, "待办", "#R1")
	lacks(t, "list", got, "在等确认", "已受理")
	has(t, "hers", c.say("张三", "1"), "已登记 #R2")
}
