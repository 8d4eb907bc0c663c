package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestIceThatFelledKinYesterday: the ice at a door that felled the
// sender's mother yesterday is registered as the ice's danger, not met by
// a question whether she is hurt (alarm109: it was read as noise).
func TestIceThatFelledKinYesterday(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "门口那块冰 我妈昨天在那滑倒了")
	has(t, "registered", got, "已登记 #R1（一般事项·道路交通）", "先撒些炉灰、沙土或草木灰", "这关系到人身安全")
	lacks(t, "no alarm", got, "【突发事件】", "回复「1」登记")
	// one's own slip today is asked after, not registered as ice
	got = c.say("金大海", "俺刚在院门口滑倒了")
	has(t, "asked", got, "金大海，人摔得怎么样")
	lacks(t, "no ice item", got, "已登记", "哪段路结冰了")
}

// TestOwnFallNotAnotherHouseholds: a lone 「摔了一跤」 is asked after, and
// its sender's 「不能动」 is an alarm of his own, not news of another
// household's fall alarm, an hour old or minutes old (alarm109).
func TestOwnFallNotAnotherHouseholds(t *testing.T) {
	for _, gap := range []time.Duration{time.Hour, 0} {
		c := newChat(t, understand.Rules{})
		c.say("雷志明", "老人摔了 起不来了")
		c.now = c.now.Add(gap)
		has(t, "asked", c.say("熊秀英", "摔了一跤"), "熊秀英，人摔得怎么样，伤着没有")
		got := c.say("熊秀英", "不能动")
		has(t, "her own alarm", got, "【突发事件】青山村三组 #R2", "情况：摔了一跤 不能动")
		lacks(t, "not news of R1", got, "【突发补充·进展】")
	}
	// a bare 「不能动」 with no fall of the sender's own before stays news
	c := newChat(t, understand.Rules{})
	c.say("雷志明", "老人摔了 起不来了")
	has(t, "news", c.say("熊秀英", "不能动"), "【突发补充·进展】青山村三组 #R1")
}

// TestCrashNames122: a truck that ran into a rider is a crash, and the
// group hears 122 as well as 120 (alarm109).
func TestCrashNames122(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "村口大货车把骑电动车的撞了 人躺地上不动")
	has(t, "122", got, "交通事故请拨打122报警", "交警：122，请通知交警到场")
}

// TestFestivalPerkAfterOwnAlarm: a question after the festival's gifts
// right after one's own alarm is the leader's question, no relief of the
// alarm (alarm109: it was answered as 临时救助).
func TestFestivalPerkAfterOwnAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "我家烟囱着火了 快来人")
	got := c.send(bot.Message{Chat: grid3, From: "张三", Text: "@网格小助手 过年的慰问品啥时候发"})
	lacks(t, "no relief", got, "临时救助", "您问的救助")
	has(t, "asked on", got, "已转问网格长李四")
	// relief asked after the fire stays the relief's answer
	has(t, "relief", c.say("张三", "房子烧成这样了 能申请救助不"), "临时救助")
}

// TestRoofQuestionOneMention: the roof's danger asks the leader to come
// today with the one @; the guide's line names him without a second
// (alarm109).
func TestRoofQuestionOneMention(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "俺家房子老了 下雪屋顶都压弯了 危房改造今年还能报不")
	has(t, "named", got, "这关系到人身安全，@李四", "请今天就上门看看", "网格长李四上门时一并答复您")
	lacks(t, "once", got, "已请@李四")
}

// TestFellOffLadderAndStoveSickness: one come down off a ladder sweeping
// snow, and a headache with sickness by a stove lit, are alarms (alarm109:
// both got silence).
func TestFellOffLadderAndStoveSickness(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "fall", c.say("陈二", "俺爹上房扫雪 从梯子上掉下来了 腿动不了"), "【突发事件】青山村三组 #R1", "摔伤的先别急着扶起来")
	has(t, "fumes", c.say("金大海", "我妈说头疼恶心 屋里烧着炉子"), "【突发事件】青山村三组 #R2", "一氧化碳中毒")
	lacks(t, "a thing came down", c.say("张三", "俺家柿子从树上掉下来了 俺爹捡了一筐"), "【突发事件】")
}

// TestHusbandNotBackInSnow: 「俺家老石」 (her husband, 石德贵 on the roster)
// not back after dark with his phone unanswered is a missing person's
// alarm (alarm109: it got silence).
func TestHusbandNotBackInSnow(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("熊秀英", "俺家老石下午去后山砍柴 天黑了还没回来 电话也打不通 雪下这么大")
	has(t, "missing", got, "【突发事件】青山村三组 #R1")
	lacks(t, "late for dinner", c.say("张三", "俺家老王还没回来 等他吃饭呢"), "【突发事件】青山村三组 #R2")
}
