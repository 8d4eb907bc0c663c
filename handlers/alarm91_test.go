package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// twoMissing is a chat where two missing-person alarms of 三组 wait: an
// old mother gone towards the reservoir (#R1), a child towards the back
// hill (#R2).
func twoMissing(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "lost", c.say("陈二", "我家老娘有点老年痴呆 晚饭后往水库那边走了 到现在没回来"), "【突发事件】青山村三组 #R1")
	has(t, "child", c.say("张三", "我家孩子放学到现在还没回家 同学说往后山去了"), "#R2")
	return c
}

// backHill is a chat where two children of 三组 went towards the back
// hill: 陈二's, as first tells it (#R1), and 张三's grandson (#R2).
func backHill(t *testing.T, first string) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("陈二", first), "#R1")
	has(t, "second", c.say("张三", "我家小孙子下午跟着去后山玩 到现在还没回来"), "#R2")
	return c
}

// TestDutySearchPicksByPlace: the duty officer's search words with two
// missing alarms open are the 进展 of the one whose place they name, as
// a grid cadre's are (alarm91); naming none, he is asked which,
// numbered, and his number records it.
func TestDutySearchPicksByPlace(t *testing.T) {
	c := twoMissing(t)
	got := c.in(dutyChat, "孙七", "派人去后山找了")
	has(t, "back hill named", got, "#R2 已受理", "进展已记录：派人去后山找了")
	lacks(t, "back hill named", got, "#R1", "是哪一件")

	c = twoMissing(t)
	got = c.in(dutyChat, "孙七", "水库那边已经派人在找了")
	has(t, "reservoir named", got, "#R1 已受理")
	lacks(t, "reservoir named", got, "#R2", "是哪一件")

	c = twoMissing(t)
	got = c.in(dutyChat, "孙七", "石桥那边已经在找了")
	has(t, "a place of neither", got, "是找哪一起", "「1」#R1", "「2」#R2")
	lacks(t, "a place of neither", got, "已受理")
	has(t, "picked", c.in(dutyChat, "孙七", "2"), "#R2 已受理", "石桥那边已经在找了")

	c = newChat(t, understand.Rules{})
	c.say("陈二", "我家老娘有点老年痴呆 晚饭后出去到现在没回来")
	c.say("张三", "村口柴火垛着火了 快来人")
	got = c.in(dutyChat, "孙七", "已经派人去找了")
	has(t, "beside a fire", got, "#R1 已受理")
	lacks(t, "beside a fire", got, "#R2", "是哪一件")
}

// TestSearchOfTwoAlikeAsks: two missing alarms of the same place — two
// children of one grid, two grids' people — make the search words that
// name it ambiguous: asked which, numbered, neither taken on.
func TestSearchOfTwoAlikeAsks(t *testing.T) {
	children := func(t *testing.T) *chat {
		return backHill(t, "我家孩子放学到现在还没回家 同学说往后山去了")
	}
	c := children(t)
	got := c.say("王五", "我去后山找找")
	has(t, "grid, same place", got, "是找哪一起", "「1」#R1", "「2」#R2")
	lacks(t, "grid, same place", got, "已受理")

	c = children(t)
	got = c.in(dutyChat, "孙七", "派人去后山找了")
	has(t, "duty, same place", got, "是找哪一起", "「1」#R1", "「2」#R2")
	lacks(t, "duty, same place", got, "已受理")

	c = newChat(t, understand.Rules{})
	has(t, "grid one", c.in(grid1, "谢明", "我家孩子放学还没回来 有人看见往后山去了"), "【突发事件】青山村一组")
	has(t, "grid three", c.say("张三", "我家孩子放学到现在还没回家 同学说往后山去了"), "【突发事件】青山村三组")
	got = c.in(dutyChat, "孙七", "后山那边已经在搜了")
	has(t, "two grids", got, "是找哪一起", "「1」", "「2」", "一组", "三组")
	lacks(t, "two grids", got, "已受理")
	has(t, "picked", c.in(dutyChat, "孙七", "2"), "已受理")
}

// TestClothesOnFireBurnLine: clothes someone may wear on fire are a burn
// case: the group reply and the duty post give the burn first aid (lie
// down and roll, cool water 15–20 minutes, 120); clothes laid by a stove
// are a fire only.
func TestClothesOnFireBurnLine(t *testing.T) {
	for _, text := range []string{"孩子衣服着了", "衣服着火了 快来人"} {
		c := newChat(t, understand.Rules{})
		got := c.say("张三", text)
		has(t, text, got, "【突发事件】青山村三组 #R1", "119", "躺下打滚", "凉水冲15到20分钟", "120", "有人烧伤烫伤：请确认已打120")
	}
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "炉子边上的衣服烤着火了")
	has(t, "clothes by a stove", got, "#R1", "119")
	lacks(t, "clothes by a stove", got, "躺下打滚", "有人烧伤烫伤")
}
