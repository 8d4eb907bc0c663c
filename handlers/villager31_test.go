package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestSchemePaymentAskedPrivately: "俺家厕所改造的钱啥时候给" told the bot
// privately asks after the 厕所改造 subsidy as "高龄补贴啥时候发" asks after
// its own: a procedure question filed for the grid leader, not the help
// menu.
func TestSchemePaymentAskedPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "allowance", c.private("陈二", "高龄补贴啥时候发"), "已登记 #R1（办事咨询）")
	got := c.private("张三", "俺家厕所改造的钱啥时候给")
	has(t, "toilet money", got, "已登记 #R2（办事咨询）")
	lacks(t, "toilet money", got, "可以这样用")
	c.wantReports(2, "both asked")
	if r2 := c.reports()[1]; r2.Category != "政策咨询" {
		t.Errorf("R2 category %q, want 政策咨询", r2.Category)
	}
}
