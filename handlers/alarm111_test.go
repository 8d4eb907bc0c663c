package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestDoorwayIceOffered: ice at one's door said with how much of it is a
// way's trouble offered to register (alarm111: no answer at all).
func TestDoorwayIceOffered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offer", c.say("张三", "我家门口结了一大片冰 滑得很"), "一般事项·道路交通", "回复「1」登记")
}

// TestHomeFallAddress: a fall at home tells 120 the house number, one on
// the road the junction, one unplaced either (alarm111: 「说清村名和路口」
// for a fall in the kitchen).
func TestHomeFallAddress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "我妈刚在家里摔了一跤 起不来了 腿可能断了")
	has(t, "home", got, "说清村名、组和门牌号，能的话让人到路口接一下救护车")
	lacks(t, "no junction", got, "说清村名和路口")
	c = newChat(t, understand.Rules{})
	has(t, "road", c.say("张三", "有人被车撞了 躺地上不动"), "说清村名和路口。交通事故请拨打122")
	c = newChat(t, understand.Rules{})
	has(t, "unplaced", c.say("张三", "我妈晕倒了 叫不醒"), "说清村名和具体在哪（在家的说门牌号，在外面的说路口）")
}

// TestOneChildSaid: the duty post says one child is in the water when
// one of several is singled out (alarm111).
func TestOneChildSaid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "河面上几个娃在滑冰 冰裂了 有个娃掉下去了")
	has(t, "one", got, "【突发事件】青山村三组 #R1", "遇险的是一个孩子", "打120时请说清是一个孩子")
	lacks(t, "not many", got, "现场多人遇险")
}

// TestMetByChanceApart: a fall a driver came upon minutes after a crash
// is its own alarm, not the crash's witness (alarm111).
func TestMetByChanceApart(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("刘洋", "有人被车撞了 躺地上不动")
	c.now = c.now.Add(3 * time.Minute)
	got := c.say("陈桂兰", "开车撞见一个老太太摔倒了 起不来了")
	has(t, "own", got, "#R2")
	lacks(t, "no witness", got, "也报告：开车撞见")
}

// TestSnowLyingWarmed: one down in the snow is told to be warmed, in the
// group and the duty post (alarm111).
func TestSnowLyingWarmed(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "村口小卖部门口有人喝多了躺在雪地里 叫不醒")
	has(t, "warm", got, "【突发事件】青山村三组 #R1", "急救要点", "先抬到避风暖和的屋里", "别用火烤、别用雪搓、别灌酒")
}

// TestCarriedInIsNews: a villager's word that the one down in the snow
// was carried indoors, still dazed, is the alarm's news for the duty
// chat (alarm111: silence).
func TestCarriedInIsNews(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "村口小卖部门口有人喝多了躺在雪地里 叫不醒")
	c.now = c.now.Add(5 * time.Minute)
	has(t, "news", c.say("张三", "人抬到小卖部屋里了 还是迷迷糊糊的"), "【突发补充·进展】青山村三组 #R1", "人抬到小卖部屋里了")
}

// TestMissingChildSaid: the duty post says a child is missing, for 110
// at once and winter's places first (alarm111).
func TestMissingChildSaid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "俺家小孙子出去玩到现在还没回来 找遍了也没找着")
	has(t, "child", got, "【突发事件】青山村三组 #R1", "走失的是孩子：请确认已报110")
}
