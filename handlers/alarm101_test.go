package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestThroughTheIceSaysLieFlat: 「孩子在河上滑冰 冰裂了 掉下去了 快来人」
// gave the group the fall's lines (「摔伤的先别急着扶起来…」) and no word
// against walking out on the ice; it gets the ice line (lie flat, hand a
// pole or a rope from the bank, warm him after), in the duty chat too
// (alarm101).
func TestThroughTheIceSaysLieFlat(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("周八", "孩子在河上滑冰 冰裂了 掉下去了 快来人")
	has(t, "the ice line", got, "【突发事件】青山村三组 #R1", "别直接走上冰面", "趴在冰上", "冰上落水：请同时报110")
	lacks(t, "no fall", got, "摔伤的先别急着扶起来")
	c = newChat(t, understand.Rules{})
	got = c.say("陈二", "有个娃掉冰窟窿里了 快来人啊")
	has(t, "a hole in the ice", got, "别直接走上冰面")
}

// TestCarInTheDitchCalls120: 「路上结冰了 一辆面包车滑到沟里去了 司机还在车
// 里」 told the duty chat 122 only; someone stuck in a vehicle needs 120,
// and 119 to cut him out (alarm101). A vehicle gone into a river is
// someone in the water too.
func TestCarInTheDitchCalls120(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "路上结冰了 一辆面包车滑到沟里去了 司机还在车里")
	has(t, "someone in the car", got, "交警：122", "有人困在车里：请同时调度120", "119", "人困在车里的")
	c = newChat(t, understand.Rules{})
	got = c.say("张三", "村口的桥结冰了 一辆三轮车翻到河里了")
	has(t, "into the river", got, "有人困在车里：请同时调度120", "落水：请同时报110")
	c = newChat(t, understand.Rules{})
	got = c.say("周八", "一辆车滑到沟里了 人还在里面")
	has(t, "in the ditch", got, "有人困在车里：请同时调度120")
}

// TestFireOutSmokeLeftIsOffered: 张三's 「电暖器把沙发烤着了 火扑灭了 屋里都
// 是烟」 got no answer at all; he is told the sofa may still smoulder, to
// air the house and watch for dizziness, and asked whether someone should
// come (alarm101). No alarm: the fire is out.
func TestFireOutSmokeLeftIsOffered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "电暖器把沙发烤着了 火扑灭了 屋里都是烟")
	has(t, "the offer", got, "阴燃", "开门开窗通风", "回复「1」")
	lacks(t, "no alarm", got, "【突发事件】")
}

// TestFirecrackerHurtIsItsOwn: 张三's 「放鞭炮把孩子手炸伤了 流了好多血」
// minutes after 周八's child through the ice was joined to the ice as the
// same child; a firecracker's blast is another harm, another alarm, with
// the burn's first steps (alarm101).
func TestFirecrackerHurtIsItsOwn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("周八", "孩子在河上滑冰 冰裂了 掉下去了 快来人")
	got := c.say("张三", "放鞭炮把孩子手炸伤了 流了好多血")
	has(t, "its own", got, "【突发事件】青山村三组 #R2", "凉水冲15到20分钟")
}

// TestChildAsleepInTheBurningRoom: 「俺家烤火的炭盆把被子引着了 孩子在里屋
// 睡觉」 did not tell 119 someone is inside (alarm101).
func TestChildAsleepInTheBurningRoom(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("周八", "俺家烤火的炭盆把被子引着了 孩子在里屋睡觉")
	has(t, "inside", got, "【突发事件】青山村三组 #R1", "有人困在屋里：请告诉消防119屋里有人")
}

// TestFallenElderHome: 陈二's 「冰雪路滑 王奶奶在门口摔了一跤 起不来了」 gave
// the duty chat no word of where 王奶奶 lives nor a number to reach her
// household (she has no WeChat); the medical alarm naming a roster person
// gives her household's line, as a home named does (alarm101).
func TestFallenElderHome(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "冰雪路滑 王奶奶在门口摔了一跤 起不来了")
	has(t, "her home", got, "【突发事件】青山村三组 #R1", "这一户（花名册）：王奶奶家")
}
