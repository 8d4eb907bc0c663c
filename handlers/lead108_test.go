package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestLead108VillagerReminds: a villager who asks the bot to remind
// everyone of nothing that happened is thanked and told what to say when
// something does, the leader named; nothing is filed or asked back. One
// who tells of a matter while asking it (chickens stolen, ice at the
// village gate) has it filed under its category, and an alarm stays an
// alarm. Unaddressed, a reminder is the tip it looks like: silence.
func TestLead108VillagerReminds(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "@网格小助手 提醒大家晚上锁好门")
	has(t, "bare", got, "谢谢您提醒", "请说清在哪", "网格长李四")
	lacks(t, "bare", got, "回复「1」登记", "已登记", "需要网格长发通知", "@李四")
	has(t, "weather", c.say("陈二", "@网格小助手 帮我告诉大家 下雪路滑 出门小心"), "谢谢您提醒")
	has(t, "theft", c.say("张三", "@网格小助手 最近村里丢了两只鸡 提醒大家晚上锁好门"), "已登记 #R1", "治安")
	has(t, "ice", c.say("陈二", "@网格小助手 提醒大家 村口那段路结冰了 出门小心"), "已登记 #R2", "道路交通")
	has(t, "fire", c.say("张三", "@网格小助手 跟大家说一下 后山着火了"), "紧急情况 #R3", "119")
	if got := c.say("陈二", "提醒大家晚上锁好门"); len(got) != 0 {
		t.Errorf("unaddressed tip answered: %q", got)
	}
	has(t, "worker still shown the notice", c.say("王五", "@网格小助手 提醒大家晚上锁好门"), "需要网格长发通知", "通知 三组 请大家晚上锁好门")
}

// TestLead108ProblemFiledWithoutDeed: a problem told before a deed asking
// points is filed, and asked back, as the problem alone; the deed is left
// to the claim he is told to send. A slope (后坡) is a place: not asked
// where.
func TestLead108ProblemFiledWithoutDeed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "村口路灯又不亮了 晚上黑乎乎的 另外我昨天帮王奶奶把院子的雪扫了 能加分不")
	has(t, "filed", got, "已登记 #R1（一般事项·道路交通）：村口路灯又不亮了 晚上黑乎乎的\n", "申请积分")
	lacks(t, "filed", got, "扫了", "另外")
	got = c.say("张三", "后坡那块井盖不见了，对了，俺前天把村口的雪都铲了 给加点分")
	has(t, "asked", got, "——后坡那块井盖不见了。回复「1」登记")
	lacks(t, "asked", got, "铲了")
	got = c.say("张三", "1")
	has(t, "filed after 1", got, "已登记 #R2（一般事项·道路交通）：后坡那块井盖不见了\n")
	lacks(t, "filed after 1", got, "铲了", "没说在哪")
}

// TestLead108WinterCoalIsItsOwnQuestion: 「今年的取暖煤啥时候发」 right after
// his 返乡登记 question is the village's coal, asked of the leader as its
// own question, not a further one of that item answered with its 时限.
func TestLead108WinterCoalIsItsOwnQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "home", c.say("陈二", "俺儿子腊月二十从广东回来 要不要去村里登记"), "已登记 #R1", "返乡人员登记")
	got := c.say("陈二", "@网格小助手 今年的取暖煤啥时候发")
	has(t, "coal", got, "#R2", "李四")
	lacks(t, "coal", got, "#R1", "时限：随时")
}
