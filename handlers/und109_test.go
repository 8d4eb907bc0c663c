package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestSnowedInOfferedAsOne: a second villager's 「大雪封路了」, or the
// plough asked after, while the grid's shut road is open is offered as
// that item; a road named apart from a named one is not (und109).
func TestSnowedInOfferedAsOne(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "进村的路封了 有没有人来铲一下"), "已登记 #R1（一般事项·道路交通）")
	got := c.say("陈二", "大雪封路了")
	has(t, "offered", got, "已有人反映 #R1", "是同一件事吗")
	has(t, "merged", c.say("陈二", "是"), "已合并")
	has(t, "the plough offered", c.say("金大海", "铲雪车啥时候能到我们组"), "已有人反映 #R1")

	c = newChat(t, understand.Rules{})
	// a way pointed at (「后山那条路」) is placed: filed at once (town111; was offered)
	has(t, "filed", c.say("张三", "后山那条路被雪封死了 出不去"), "已登记 #R1（一般事项·道路交通）")
	got = c.say("陈二", "村口的路让雪封死了")
	lacks(t, "two roads", got, "已有人反映 #R1")
}

// TestSwindleWarned: a fee asked in an office's name is asked back with the
// warning to pay nothing and to check with 96110, and filed with it
// (und109).
func TestSwindleWarned(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "有个人说是电力局的 要上门查电表 收一百块")
	has(t, "asked, warned", got, "一般事项·治安", "回复「1」登记", "先别给钱", "96110")
	has(t, "filed, warned", c.say("张三", "1"), "已登记 #R1（一般事项·治安）", "先别给钱", "96110")
}

// TestColdHomeAsked: an elder cold with the blanket not warming and a
// radiator cold with the room at eight degrees are asked back with the
// cold's line: look in today, no charcoal in a shut room (und109).
func TestColdHomeAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "elder", c.say("张三", "家里老人冻得睡不着 电热毯也不热"), "一般事项·水电设施", "请网格员今天上门看看", "防煤气中毒")
	has(t, "radiator", c.say("陈二", "俺家暖气片不热 屋里才八度"), "一般事项·水电设施", "请网格员今天上门看看")
}
