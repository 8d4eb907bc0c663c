package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestFirecrackerInTheEye: 「孩子玩摔炮 把眼睛崩到了 一直哭」 got no answer
// at all; a firecracker's blast in a child's eye is a 120 alarm with the
// eye's first aid (no rubbing, no rinsing, covered, to the eye clinic), not
// the burn's cool water nor a fall's lines (摔炮 is no fall) (alarm102).
func TestFirecrackerInTheEye(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "孩子玩摔炮 把眼睛崩到了 一直哭")
	has(t, "an alarm", got, "【突发事件】青山村三组 #R1", "伤到眼睛的别揉、别用水冲", "伤到眼睛：请确认已打120")
	lacks(t, "no fall, no cool water", got, "摔伤的先别急着扶起来", "凉水冲15到20分钟")
}

// TestLonePinnedCow: a lone 「牛还在里面压着呢」 (no shed told before it)
// was silent; it is offered as a 安全隐患 item with the penned caution,
// no alarm (alarm102).
func TestLonePinnedCow(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "牛还在里面压着呢")
	has(t, "the offer", got, "安全隐患", "回复「1」", "人先别钻进去救")
	lacks(t, "no alarm", got, "【突发事件】")
}

// TestBrazierFireOutOffered: 「炭盆把被子引着了 赶紧用水浇灭了 人没事」 was
// a fire alarm (浇灭 was no fire's end); a fire put out with what caught
// named is the smoulder offer, and only an appliance's carries the plug
// line (alarm102).
func TestBrazierFireOutOffered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("周八", "炭盆把被子引着了 赶紧用水浇灭了 人没事")
	has(t, "the offer", got, "阴燃", "回复「1」")
	lacks(t, "no alarm, no plug", got, "【突发事件】", "拔掉插头")
	got = c.say("陈二", "炭盆把被子引着了 火扑灭了 屋里都是烟")
	has(t, "its smoke is the fire's", got, "阴燃")
	lacks(t, "no CO alarm", got, "【突发事件】")
	got = c.say("张三", "电暖器把沙发烤着了 火扑灭了 屋里都是烟")
	has(t, "a heater's", got, "阴燃", "拔掉插头")
}

// TestFamilyNameNoHousehold: 「老李家烧炭盆 屋里全是烟 人叫不醒了」 gave the
// duty chat 网格长 李四's household and address, the roster's only 李 head;
// a family name alone picks no roster household (alarm102).
func TestFamilyNameNoHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "老李家烧炭盆 屋里全是烟 人叫不醒了")
	has(t, "an alarm", got, "【突发事件】青山村三组 #R1")
	lacks(t, "no household guessed", got, "这一户（花名册）：李四家")
	c = newChat(t, understand.Rules{})
	got = c.say("陈二", "李四家烧炭盆 屋里全是烟 人叫不醒了")
	has(t, "a roster name still does", got, "这一户（花名册）：李四家")
}

// TestFamilyNameNamedLater: 「有人晕倒了 快来人」, then 「是老李家的老人」:
// the duty chat hears the family name is no roster household, to phone
// and ask, not 李四's household line (alarm102).
func TestFamilyNameNamedLater(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "有人晕倒了 快来人")
	got := c.say("张三", "是老李家的老人 在村口")
	has(t, "asked which", got, "【突发补充·伤者】", "只说了姓", "请打电话问清是哪一家")
	lacks(t, "no roster line", got, "QS-303")
}

// TestCellarAlarm: 「俺爹下菜窖拿白菜 半天没上来 喊也不应」 was silent;
// someone down a vegetable cellar who does not come up is a 120 alarm,
// the group told not to go down after him (alarm102).
func TestCellarAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "俺爹下菜窖拿白菜 半天没上来 喊也不应")
	has(t, "an alarm", got, "【突发事件】青山村三组 #R1", "千万别直接下去救", "菜窖、沼气池里缺氧：请同时报119")
	c = newChat(t, understand.Rules{})
	got = c.say("张三", "下地窖之前先开盖通通风 别憋晕在里面")
	lacks(t, "a warning", got, "【突发事件】")
}
