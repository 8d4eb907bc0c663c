package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestOfficerAsksSnowClearing (town112): 孙七's 「各村铲雪情况怎么样」 in
// the office chat was silent; it lists the road items still snowed up,
// shut or iced, and says where to report them when there are none.
func TestOfficerAsksSnowClearing(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "none", c.in(officeChat, "孙七", "各村铲雪情况怎么样"), "全镇目前没有登记在办的路上积雪、结冰事项。路上积雪没铲、结冰的，请网格在网格群里反映")
	c.say("王五", "三组后山那条路被雪封了 车出不去")
	c.say("张三", "村口那段坡路结冰了 早上有人骑车摔了")
	c.say("陈二", "村口的路灯坏了 晚上黑乎乎的")
	c.say("陈二", "牛棚顶上积雪太厚了 怕压塌 有安全隐患")
	for _, q := range []string{"各村铲雪情况怎么样", "路上的雪都铲了没有", "@网格小助手 除雪进度咋样了"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "路上积雪、结冰还没办完的 2 件：", "#R1 青山村三组 三组后山那条路被雪封了", "#R2 青山村三组 村口那段坡路结冰了")
		lacks(t, q, got, "#R3", "#R4")
	}
	silent(t, "told, not asked", c.in(officeChat, "孙七", "我去铲雪了"))
	// how the clearing goes: the road's latest step
	c.say("李四", "确认 #R1 已经联系铲车了")
	c.say("李四", "进展 #R1 铲车来了 已经铲了一半")
	has(t, "the latest step", c.in(officeChat, "孙七", "各村铲雪情况怎么样"), "#R1 青山村三组 三组后山那条路被雪封了 车出不去（处理中，李四负责", "李四说：铲车来了 已经铲了一半）")
}

// TestDutyAskedShowsTheConfirmNote (town112): 李四's 「确认 #R1 我已经到
// 王奶奶家了…」 is the first news of the alarm; the duty chat's 「现在什么
// 情况」 said 「还没有进展记录」.
func TestDutyAskedShowsTheConfirmNote(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("王五", "王奶奶家烧煤炉子 人晕过去了 可能是煤气中毒")
	c.say("李四", "确认 #R1 我已经到王奶奶家了 窗户都打开了 120在路上")
	got := c.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "现在什么情况"})
	has(t, "the note", got, "「已受理」，李四负责；最新（", "李四）：我已经到王奶奶家了")
	lacks(t, "the note", got, "还没有进展记录")
	c.say("李四", "进展 #R1 人醒了 已经送镇卫生院")
	has(t, "a later step", c.send(bot.Message{Chat: dutyChat, From: "孙七", Text: "现在什么情况"}), "李四）：人醒了")
}

// TestOfficerAsksAfterHisReason (town112): 「烟花爆竹安全要抓好 各村有没有
// 隐患」 and 「过年期间各村有没有安全隐患」 were silent; they list the open
// dangers as 「各村有没有隐患」 does. 「主干道都通了吗」 lists the shut roads.
func TestOfficerAsksAfterHisReason(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "村小学后墙裂了好大一道缝 雪压着怕塌 有安全隐患")
	c.say("王五", "三组后山那条路被雪封了 车出不去")
	for _, q := range []string{"烟花爆竹安全要抓好 各村有没有隐患", "过年期间各村有没有安全隐患"} {
		has(t, q, c.in(officeChat, "孙七", q), "安全隐患还没办完的 1 件：\n#R1 青山村三组")
	}
	has(t, "main roads", c.in(officeChat, "孙七", "主干道都通了吗"), "道路不通（雪封、车进不去）还没办完的 1 件：\n#R2")
	silent(t, "the reason alone", c.in(officeChat, "孙七", "烟花爆竹安全要抓好"))
}
