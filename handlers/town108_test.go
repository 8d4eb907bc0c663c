package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestDangerComeTrueNamesIt (town108): 老刘家's cracked wall reported,
// then the house come down as an alarm two days later: the alarm was
// filed as new with no word of the danger. Now the group's and the duty
// chat's alarm name it, 查 of the alarm says it, and the dangers asked
// name the alarm.
func TestDangerComeTrueNamesIt(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌")
	c.say("李四", "确认 #R1 我下午去看看")
	c.now = c.now.Add(34 * time.Hour)
	got := c.say("王五", "老刘家的房子塌了！老刘还在里面，快来人")
	has(t, "alarm", got, "同一处", "报过安全隐患 #R1（老刘家的土坯房墙裂了", "李四负责）", "处置完请一并办结 #R1。",
		"前情：同一处", "发「查 #R1」看之前怎么处理的")
	has(t, "查", c.say("李四", "查 #R2"), "前情：同一处之前报过安全隐患 #R1，这次出了险情")
	has(t, "dangers asked", c.in(officeChat, "孙七", "危房有哪些"), "#R1 青山村三组 老刘家的土坯房墙裂了", "；今天19:03已出险情 #R2）")
	// another home's alarm names no danger
	lacks(t, "elsewhere", c.say("陈二", "快来人 赵六家房子塌了 人压在里面了"), "报过安全隐患")
}

// TestOfficerAsksDangerousHouses (town108): 「危房有哪些」 was silent, and
// with an @ got the 危房改造 guide. It lists the open dangers of houses
// (the cracked wall, not the hanging line), the others counted; none says
// so. A villager's 「危房改造怎么办」 still gets the guide.
func TestOfficerAsksDangerousHouses(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "none", c.in(officeChat, "孙七", "危房有哪些"), "全镇目前没有没办完的危房隐患")
	c.say("张三", "老刘家的土坯房墙裂了好大一条缝，雪再下怕是要塌")
	c.say("张三", "村口那根电线杆让雪压歪了 电线垂得很低 小孩上学从底下过 太危险了")
	for _, q := range []string{"危房有哪些", "@网格小助手 全镇危房有几户", "下雪了 各村还有哪些危房没处理"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "危房隐患（房屋裂缝、要塌的）还没办完的 1 件：", "#R1 青山村三组 老刘家的土坯房墙裂了", "另有其他安全隐患 1 件，发「安全隐患有哪些」看逐件。")
		lacks(t, q, got, "电线杆", "【危房改造】")
	}
	has(t, "the scheme", c.in(officeChat, "孙七", "@网格小助手 危房改造怎么办"), "【危房改造】")
	silent(t, "villager", c.say("张三", "危房有哪些"))
}

// TestEmergencyTakenOnTellsWhoComes (town108): after 李四's 「收到 我马
// 上过去」 on a coal-stove CO alarm, its reporter read 「办好后会告诉您」,
// the words of a street lamp. Now he hears who is coming and to do what
// the alarm told meanwhile; a recorder hears it without a 转告.
func TestEmergencyTakenOnTellsWhoComes(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "快来人！我家老头子烧煤炉子晕倒了，可能是煤气中毒")
	got := c.say("李四", "收到 我马上过去")
	has(t, "收到", got, "陈二，李四说「我马上过去」。现场请照上面的提醒做，有新情况马上在群里说。")
	lacks(t, "收到", got, "办好后会告诉")
	c.say("王五", "代报 王奶奶 家里炉子漏烟 王奶奶头晕得厉害 叫不醒了")
	got = c.say("李四", "确认 #R2")
	has(t, "确认", got, "王五，李四已接手。现场请照上面的提醒做")
	lacks(t, "确认", got, "办好后会告诉", "转告")
}
