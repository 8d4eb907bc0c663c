package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestSecondDownCrying: 「他家老二下去救他爹 也没上来 快来人」 at an open
// cellar alarm read as an alarm of its own (快来人) and opened a second
// one with no hazard and no pit's lines; it is the cellar's news that a
// second one is down (alarm105).
func TestSecondDownCrying(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "俺家菜窖 俺爹下去拿白菜 半天没上来 喊也不应")
	got := c.say("陈二", "他家老二下去救他爹 也没上来 快来人")
	has(t, "two down", got, "@陈二\u2005千万别再有人下去了！#R1 又有人出事", "腰上系好绳子",
		"【突发补充·又有人遇险】青山村三组 #R1", "现场至少两人遇险：请告诉120和119人数")
	lacks(t, "no second alarm", got, "#R2", "需要时请拨打110、119、120")
}

// TestSecondDownFirstWord: a first word of a rescue gone wrong below
// ground with no pit named is the pit's alarm with its lines, and one
// saying two are down has the count line in the duty post (alarm105).
func TestSecondDownFirstWord(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "他家老二下去救他爹 也没上来 快来人")
	has(t, "pit alarm", got, "【突发事件】青山村三组 #R1", "菜窖、沼气池里缺氧：请同时报119", "千万别直接下去救",
		"现场至少两人遇险：打120、119时请说清人数")
	c = newChat(t, understand.Rules{})
	got = c.say("陈二", "沼气池里下去俩人了 都没上来")
	has(t, "count", got, "【突发事件】青山村三组 #R1", "现场至少两人遇险：打120、119时请说清人数，多派车和人手")
	c = newChat(t, understand.Rules{})
	got = c.say("陈二", "快来几个人帮忙 俺爹掉菜窖里了")
	has(t, "fell in", got, "【突发事件】青山村三组 #R1", "菜窖、沼气池里缺氧")
	lacks(t, "helpers are no count", got, "遇险：打120")
}

// TestFallLiftAsked: 「老人摔了能不能扶」 got silence; it is answered with
// how to tell whether to lift him, and how to raise the alarm (alarm105).
func TestFallLiftAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "老人摔了能不能扶")
	has(t, "answered", got, "陈二，先别急着扶，看看伤情：", "先别扶起来、别挪动", "马上拨打120", "再慢慢扶着先坐起来",
		"「谁在哪摔伤了 现在怎样」")
	lacks(t, "no alarm", got, "【突发事件】")
	got = c.say("张三", "俺妈在院里冰上摔了 能扶起来吗")
	has(t, "answered", got, "张三，先别急着扶", "哪段路结冰了")
}
