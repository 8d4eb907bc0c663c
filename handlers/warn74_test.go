package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestRuleStatedNotAsked: a rule stated to the group (「严禁往河里倒垃圾」,
// 「不准往河里倒垃圾 发现一次扣5分」) announces: the group reads it and
// the bot says nothing, whether the grid leader or a villager states it;
// two rules do not pile up into 「回复「1」登记这两件」, and a 「1」 after
// them files nothing. A report of the rule broken is still a report:
// filed at once when it says who breaks it now, asked back otherwise.
func TestRuleStatedNotAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	silent(t, "the leader's rule", c.say("李四", "严禁往河里倒垃圾"))
	silent(t, "the leader's rule with its sanction", c.say("李四", "不准往河里倒垃圾 发现一次扣5分"))
	silent(t, "nothing waits for his 1", c.say("李四", "1"))
	silent(t, "a villager passes it on", c.say("陈二", "禁止在河边焚烧秸秆 违者罚款"))
	silent(t, "a worker's rule", c.say("王五", "垃圾一律倒进垃圾池 请勿往水渠里扔"))
	c.wantReports(0, "(rules stated)")

	// told at once with what goes on: filed as any such report
	expect(t, "the rule broken", c.say("陈二", "禁止焚烧秸秆 可是张家又在烧"),
		"已登记 #R1（一般事项·环境卫生）：禁止焚烧秸秆 可是张家又在烧\n@李四\u2005请网格长受理：回复「确认 #R1」。")
	c.wantReports(1, "(the rule broken)")
	if r := c.reports()[0]; r.Category != "环境卫生" || r.Reporter != "陈二" || r.Text != "禁止焚烧秸秆 可是张家又在烧" {
		t.Errorf("R1 is %s by %s: %q, want 环境卫生 by 陈二 in his words", r.Category, r.Reporter, r.Text)
	}
	expect(t, "asked who broke it", c.say("张三", "有人往河里倒垃圾 不是说严禁吗"),
		"@张三\u2005我理解为：一般事项·环境卫生——有人往河里倒垃圾 不是说严禁吗。回复「1」登记，「2」不用。")
}
