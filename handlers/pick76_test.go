package handlers_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/village"
)

// TestPickAllAsksOneAtATime: 「全部」 (or 都) to the duty chat's list of
// two runs nothing and writes out each line, one number at a time, the
// question kept (pick76: silence); 「12」 is told the list's numbers
// (silence); his 「2」 then records the flood's.
func TestPickAllAsksOneAtATime(t *testing.T) {
	c := twoAlarms(t)
	c.in(dutyChat, "孙七", "我马上过去")
	expect(t, "全部", c.in(dutyChat, "孙七", "全部"), dutyChat+": @孙七\u2005请一次回一个数字：回「1」就是「#R1 我马上过去」，其余的请直接发：\n「#R2 我马上过去」")
	has(t, "都", c.in(dutyChat, "孙七", "都"), "回「1」就是「#R1 我马上过去」")
	expect(t, "12", c.in(dutyChat, "孙七", "12"), dutyChat+": @孙七\u2005列表只有 1 到 2，没有「12」，请回列表里的一个数字。")
	c.wantStatuses(nil, village.StatusNew)
	has(t, "2", c.in(dutyChat, "孙七", "2"), "#R2 已受理", "进展已记录：我马上过去")
}

// TestPickLateSeveralNamesEach: 「1 2」 past llm.confirm_ttl names both
// items' lines (pick76: the first only); nothing recorded.
func TestPickLateSeveralNamesEach(t *testing.T) {
	c := twoAlarms(t)
	c.in(dutyChat, "孙七", "我马上过去")
	c.now = c.now.Add(40 * time.Minute)
	got := c.in(dutyChat, "孙七", "1 2")
	has(t, "late", got, "过了回复时间，没有记到 #R1、#R2 上。还要记的话请发：\n「#R1 我马上过去」\n「#R2 我马上过去」")
	c.wantStatuses(nil, village.StatusNew)
}

// TestDutyPickSaysWhoKeepsIt: the duty chat's list no longer promises
// 「由镇里接手」 when its number keeps the alarm with the grid (the reply
// says 「由李四负责」), and the township's copy of the reply names the
// village when two have a #R1 (pick76: 「#R1 已受理」); the grid's does not.
func TestDutyPickSaysWhoKeepsIt(t *testing.T) {
	c := twoVillagesChat(t)
	const sq = "石桥村一组网格群"
	c.in(grid3, "张三", "快来人 着火了 在村口老王家")
	c.in(sq, "石大山", "河水漫上来了 淹到路上了")
	got := c.in(dutyChat, "孙七", "我马上过去")
	has(t, "asked", got, "还没人确认的算作受理，仍由网格负责。")
	lacks(t, "asked", got, "由镇里接手")
	got = c.in(dutyChat, "孙七", "2")
	has(t, "「2」", got, dutyChat+": 按孙七的话，青山村 #R1 已受理，由李四负责", grid3+": 按孙七的话，#R1 已受理")
	has(t, "查", got, "可发「查 青山村 #R1」看全部记录。")
	lacks(t, "grid", slices.DeleteFunc(got, func(o string) bool { return !strings.HasPrefix(o, grid3) }), "青山村 #R1")
	has(t, "typed", c.in(dutyChat, "孙七", "进展 石桥村 #R1 已到现场"), dutyChat+": 石桥村 #R1 进展已记录：已到现场")
}

// TestApproveAllAnsweredAll: 「全部」 to 都同意's list is its 「是」
// (pick76: silence): the fixed ones listed are approved.
func TestApproveAllAnsweredAll(t *testing.T) {
	c := elevenClaims(t)
	c.say("赵六", "都同意")
	got := c.say("赵六", "全部")
	has(t, "全部", got, "#C1", "已通过")
	lacks(t, "全部", got, "#C10 ")
}
