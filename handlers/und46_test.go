package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestOtherWordsOfAnothersItemAsked: another villager telling an open
// item's place and thing in other words ("河边又有人倒垃圾" beside "河里
// 有垃圾") is asked whether it is the same matter; the same place with
// another thing is filed apart.
func TestOtherWordsOfAnothersItemAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "the river", c.say("张三", "上报 河里有垃圾 好几天了"), "已登记 #R1")
	expect(t, "the river again", c.say("陈二", "河边又有人倒垃圾"), "已有人反映 #R1（河里有垃圾 好几天了），是同一件事吗？")
	expect(t, "the same", c.say("陈二", "是"), "陈二反映的和 #R1 是同一件事，已合并")
	expect(t, "the rubbish pool", c.say("张三", "上报 村口垃圾池满了好几天了 臭得很"), "已登记 #R2")
	expect(t, "the drain at the same place", c.say("陈二", "上报 村口那个下水道堵死了 污水漫到路上 臭烘烘的"), "已登记 #R3")
	if n := len(c.reports()); n != 3 {
		t.Errorf("%d reports, want R1 (the river), R2 and R3", n)
	}
}

// TestFoulingForbiddenAsked: 「不要往河里倒垃圾」 in the group is asked
// about as a report (someone does it), not ignored.
func TestFoulingForbiddenAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "a plea", c.say("陈二", "不要往河里倒垃圾"), "环境卫生", "回复「1」登记")
	expect(t, "filed", c.say("陈二", "1"), "已登记 #R1")
}
