package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestSnowCollapseNobodyHurt: a kitchen fallen in under snow with
// everyone safe is an alarm that tells the family to keep out, with the
// household's line (alarm110: it was silent).
func TestSnowCollapseNobodyHurt(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "下了一夜雪 俺家老房子灶屋塌了一角 人都没事")
	has(t, "alarm", got, "【突发事件】青山村三组 #R1", "这一户（花名册）：张三家", "请立即远离危险区域，防止再塌")
}

// TestOneChildThroughIce: one of several children through the ice is no
// crowd in danger for the duty chat (alarm110: 现场多人遇险).
func TestOneChildThroughIce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "河面上几个娃在滑冰 冰裂了 有个娃掉下去了")
	has(t, "alarm", got, "【突发事件】青山村三组 #R1", "冰上落水：请同时报110")
	lacks(t, "not many", got, "现场多人遇险")
}

// TestOwnFallNamesHome: the sender's own fall names his household and
// its address in the duty post, as a kin's fall does (alarm110).
func TestOwnFallNamesHome(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "俺刚在院里摔了一跤 不能动了")
	has(t, "home", got, "【突发事件】青山村三组 #R1", "这一户（花名册）：张三家", "住址：青山村三组12号")
	c = newChat(t, understand.Rules{})
	c.say("陈二", "摔了一跤")
	has(t, "answered", c.say("陈二", "不能动"), "情况：摔了一跤 不能动", "这一户（花名册）：陈二家")
}

// TestDoorwayIceNoJunction: the ice caution at a door says nothing of a
// road junction (alarm110).
func TestDoorwayIceNoJunction(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "门口那块冰 我妈昨天在那滑倒了")
	has(t, "ice", got, "已登记 #R1", "结冰的地方已经摔了人", "旁边放个显眼的警示")
	lacks(t, "no junction", got, "路口放个警示", "这段路")
}

// TestSeenWhileDriving: 开车撞见 someone lying by the road is no crash
// (no 122); a car over in a ditch is, 到 unsaid (alarm110).
func TestSeenWhileDriving(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "开车撞见有人倒在路边 一动不动")
	has(t, "alarm", got, "【突发事件】青山村三组 #R1")
	lacks(t, "no 122", got, "122")
	c = newChat(t, understand.Rules{})
	has(t, "crash", c.say("张三", "有辆车翻沟里了"), "【突发事件】青山村三组 #R1", "122")
}
