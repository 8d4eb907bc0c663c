package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestNightNotesOneMessagePerChat (held81): a night's notes held for the
// morning go to each chat as one message whatever their kinds: 李四's
// 【夜里反映】 and 【私信反映】 under 【夜里的消息】, each keeping its
// opening and its 确认 line; 评分小组's two 【积分申请】 under their one
// opening, each with its 请审核 line; a claim taken back overnight has no
// line in it; the office's 【网格上报】 alone, as written.
func TestNightNotesOneMessagePerChat(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 0)
	has(t, "group report", c.say("陈二", "上报 后山的路被水冲坏了一段"), "已登记 #R1")
	has(t, "private report", c.private("陈二", "我家旁边的水渠堵了，下雨就淹"), "已登记 #R2")
	has(t, "claim 1", c.say("陈二", "申请积分 HJ02 打扫卫生 文化广场 证明人 王五"), "#C1")
	has(t, "claim 2", c.say("周八", "申请积分 HJ01 庭院整洁"), "#C2")
	has(t, "claim 3", c.say("张三", "申请积分 HJ01 院子扫干净了"), "#C3")
	has(t, "claim 3 taken back", c.say("张三", "撤回 #C3"), "#C3")
	has(t, "sent up", c.say("李四", "上报镇 #R1 村里没钱修 请镇里协调"), "#R1 已上报镇里")
	c.now = clock(c.now, 1, 7, 0)
	by := map[string][]string{}
	for _, m := range c.flush() {
		to, _, _ := strings.Cut(m, ": ")
		by[to] = append(by[to], m)
	}
	for _, to := range []string{"李四", "赵六", officeChat} {
		if len(by[to]) != 1 {
			t.Errorf("%s got %d messages in the morning, want one:\n%s", to, len(by[to]), strings.Join(by[to], "\n---\n"))
		}
	}
	expectLike(t, "李四", by["李四"], like{start: "李四: 【夜里的消息】\n1. 【夜里反映】陈二在群里反映 #R1",
		has: "请回复「确认 #R1」（在群里或私信我都行）。\n\n2. 【私信反映】陈二 反映 #R2",
		// night82: notes of 23:01 and 23:02 say when once
		end: "请私信我回复「确认 #R2」受理；办理情况只会私下告诉陈二。\n\n（这些是昨天23:01–23:02的消息，为免夜里打扰，早上才发）"})
	expectLike(t, "赵六", by["赵六"], like{start: "赵六: 【积分申请】\n1. 陈二户·陈二 #C1",
		has: "请审核：回复「同意 #C1」或「驳回 #C1 理由」。", lacks: "#C3"})
	has(t, "赵六's second", by["赵六"], "\n\n2. 周八户·周八 #C2", "请审核：回复「同意 #C2 分数」或「驳回 #C2 理由」。")
	expectLike(t, "the office", by[officeChat], like{start: officeChat + ": 【网格上报】青山村三组 #R1", lacks: "夜里的消息"})
}
