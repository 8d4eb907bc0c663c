package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestGoingDownTheCellarWarned: at an open cellar alarm, a bystander's
// 「我下去把他拉上来」 was silent; he is warned by name at once with the
// cellar's steps, the duty chat hears someone is going down; a warning
// not to go down gets nothing (alarm103).
func TestGoingDownTheCellarWarned(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺爹下菜窖拿白菜 半天没上来 喊也不应")
	got := c.say("张三", "我下去把他拉上来")
	has(t, "warned", got, "@张三\u2005先别下去！#R1", "腰上系好绳子", "【突发补充·现场提醒】青山村三组 #R1", "现场有人要下去救人，已在群里提醒张三先别去")
	got = c.say("周八", "千万别下去 等消防来")
	lacks(t, "a warning is no going down", got, "先别下去！")
}

// TestGoingInMatchesTheScene: 「我冲进去把老人背出来」 at a fire with
// people inside is warned with the fire's line; 「我下去看看」 at a fire
// gets no cellar warning (alarm103).
func TestGoingInMatchesTheScene(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "王奶奶家着火了 老人还在屋里")
	got := c.say("张三", "我冲进去把老人背出来")
	has(t, "warned", got, "@张三\u2005别自己冲进火里！#R1", "等消防来")
	got = c.say("周八", "我下去看看")
	lacks(t, "no cellar here", got, "先别下去！")
	c = newChat(t, understand.Rules{})
	c.say("周八", "孩子在河上滑冰 冰裂了 掉下去了 快来人")
	got = c.say("张三", "我上冰去拉他")
	has(t, "the ice", got, "@张三\u2005先别走上冰面！#R1", "趴在冰上")
}

// TestOwnKinHousehold: a cellar or a CO alarm of the reporter's own kin
// shows his household to the duty chat (alarm103: none was shown).
func TestOwnKinHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "俺爹下菜窖拿白菜 半天没上来 喊也不应")
	has(t, "his household", got, "这一户（花名册）：陈二家，户号QS-302")
	c = newChat(t, understand.Rules{})
	got = c.say("张三", "我妈烤炭火晕倒在屋里了")
	has(t, "his household", got, "这一户（花名册）：张三家，户号QS-301")
}

// TestRiderFellOnIce: a motorbike rider fallen on ice and lying still
// was silent; it is a 120 alarm with the 122 line and the fall's
// (alarm103).
func TestRiderFellOnIce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "俺爹骑摩托车在冰上摔了 躺着不动")
	has(t, "an alarm with 122", got, "【突发事件】青山村三组 #R1", "交警：122", "交通事故请拨打122报警", "摔伤的先别急着扶起来")
	c = newChat(t, understand.Rules{})
	got = c.say("张三", "骑自行车摔了 腿磕破了 起不来了")
	lacks(t, "no 122 for a bicycle", got, "交警：122")
}

// TestQuiltPutOutSmoulders: the reporter's 「被子的火浇灭了」 at his open
// fire alarm gets the smoulder advice with the thanks (alarm103).
func TestQuiltPutOutSmoulders(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("周八", "俺家炭盆把被子烤着了 屋里全是烟 快来人")
	got := c.say("周八", "被子的火浇灭了")
	has(t, "smoulder", got, "谢谢告知", "阴燃", "开门开窗通风")
	c = newChat(t, understand.Rules{})
	c.say("张三", "后山着火了 火很大")
	got = c.say("张三", "火灭了")
	lacks(t, "nothing caught named", got, "阴燃")
}

// TestPinnedCowAndFather: 「牛还压着呢 俺爹也在里面」 alone was a 安全隐患
// offer; a person in there is a collapse alarm (alarm103).
func TestPinnedCowAndFather(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "牛还压着呢 俺爹也在里面")
	has(t, "an alarm", got, "【突发事件】青山村三组 #R1", "有人被压被困拨打119", "这一户（花名册）：陈二家")
	c = newChat(t, understand.Rules{})
	got = c.say("陈二", "牛还压着呢 俺爹在外面急得直转")
	lacks(t, "an offer", got, "【突发事件】")
	has(t, "the offer", got, "回复「1」")
}

// TestPullFromTheCarWarned: 「我去把他拽出来」 at a car in a ditch with its
// driver stuck in it is warned not to pull him out by force (alarm103).
func TestPullFromTheCarWarned(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "儿子开车回来 在村口弯道滑到沟里了 人卡在车里出不来")
	got := c.say("张三", "我去把他拽出来")
	has(t, "warned", got, "@张三\u2005先别硬往外拽！#R1", "119破拆", "把车里的人硬拽出来")
}

// TestFumesOutSeeADoctor: 「人都抬到院子里了」 at a charcoal fumes alarm
// was silent; the duty chat hears it and the group is told the poisoned
// still see a doctor (alarm103).
func TestFumesOutSeeADoctor(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "俺家老两口烤炭火 屋里闷得很 俺娘头晕想吐")
	got := c.say("陈二", "人都抬到院子里了 窗户也打开了")
	has(t, "news and a doctor", got, "【突发补充·进展】青山村三组 #R1", "也要去医院查一查")
}

// TestKnockUnansweredAfterADay: a household shut a day, its chimney cold,
// answering no knock, was silent; it is a 120 alarm with its roster line
// (alarm103).
func TestKnockUnansweredAfterADay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "石德贵家一天没开门了 烟囱也没冒烟 敲门没人应")
	has(t, "an alarm", got, "【突发事件】青山村三组 #R1", "这一户（花名册）：石德贵家")
}

// TestPulledOutOfTheIceWarmed: 「孩子拉上来了」 at an ice alarm tells the
// scene to get his wet clothes off and warm him (alarm103).
func TestPulledOutOfTheIceWarmed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "后面池塘上有个孩子掉冰窟窿里了 快来人")
	got := c.say("陈二", "孩子拉上来了 冻得直哆嗦 还有气")
	has(t, "warmed", got, "请看看救出来的人", "脱掉湿衣服")
}

// TestUpstairsOverTheFire: people upstairs over an e-bike fire in the
// stairwell are people inside (119 told), and one running up after them
// is warned (alarm103).
func TestUpstairsOverTheFire(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "楼道里电动车充电着火了 烟好大 楼上还有人")
	has(t, "inside", got, "有人困在屋里：请告诉消防119屋里有人")
	got = c.say("张三", "我冲上去把人叫下来")
	has(t, "warned", got, "@张三\u2005别自己冲进火里！#R1")
}
