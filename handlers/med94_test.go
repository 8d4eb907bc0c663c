package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// dogQuarrel is a chat where 张三's quarrel with 陈二's dog (#R1) is open.
func dogQuarrel(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "对门陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管"), "已登记 #R1（调解事项）")
	return c
}

// TestOtherHouseholdIsNoRetelling: 「老刘家的狗也天天半夜叫」 while 陈二's dog
// quarrel is open names a household #R1 does not: another quarrel, filed
// as its own, not told to #R1's mediators as 【又来反映】 nor asked 是同一件
// 事吗 (with 上报, or from someone else); 陈二家's dog again still is.
func TestOtherHouseholdIsNoRetelling(t *testing.T) {
	c := dogQuarrel(t)
	got := c.say("张三", "老刘家的狗也天天半夜叫 吵得睡不着")
	has(t, "another household's", got, "已登记 #R2（调解事项）")
	lacks(t, "another household's", got, "又来反映", "同一件事")
	if r2 := c.reports()[1]; r2.Along != "" {
		t.Errorf("#R2 along %s, want none", r2.Along)
	}
	got = c.say("张三", "陈二家的狗昨晚又叫了一宿")
	has(t, "the same household's", got, "李四: 【又来反映】#R1")

	c = dogQuarrel(t)
	got = c.say("张三", "上报 老刘家的狗也天天半夜叫 吵得睡不着")
	has(t, "上报", got, "已登记 #R2")
	lacks(t, "上报", got, "同一件事")
	c = dogQuarrel(t)
	lacks(t, "a neighbour", c.say("赵六", "老刘家的狗也天天半夜叫 吵得睡不着"), "#R1", "同一件事")
}

// TestReporterAddsInTheFirstHour: the reporter's 「还有 他家的鸡…」 in
// the hour after he filed the wall quarrel names a new thing: his 补充,
// told to the mediators (【村民补充】) and him (已转告); before, it was
// kept quietly and nobody was told. The wall said again stays quiet.
func TestReporterAddsInTheFirstHour(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "陈二家盖鸡圈把墙砌到俺家地界上来了 还往俺家这边排水 院子里全是水 说了好几次也不听 气死我了")
	got := c.say("张三", "还有 他家的鸡天天跑俺家菜地里刨")
	has(t, "his 补充", got, "李四: 【村民补充】#R1", "菜地", "张三: 张三，您刚才在群里说的（#R1）已转告李四")
	lacks(t, "the group hears nothing", got, "青山村三组网格群")
	silent(t, "the wall again", c.say("张三", "那墙就是砌到俺家地界上了 气死我了"))
	if n, quiet := saidBy(c.reports()[0], "张三", "菜地"); n != 1 || quiet != 0 {
		t.Errorf("补充 kept %d times (%d quietly), want 1 told", n, quiet)
	}
}
