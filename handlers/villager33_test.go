package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestAllowanceMoneyLate (villager33): an allowance's money told by the
// scheme's name ("低保的款") that has not come is the overdue-payment
// complaint, asked about as 补偿款咋还没到 is, not answered as how to apply.
func TestAllowanceMoneyLate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "低保的款咋还没到")
	has(t, "asked", got, "一般事项·政策咨询——低保的款咋还没到")
	lacks(t, "asked", got, "办事咨询", "怎么办")
}

// TestDialectCallBeforeReport (villager33): "有人在没得", "有人不" and a bare
// "在不在" are greetings, never answered unaddressed nor kept as the text
// of the report told after them.
func TestDialectCallBeforeReport(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, call := range []string{"有人在没得", "有人不", "在不在"} {
		if got := c.say("陈二", call); len(got) != 0 {
			t.Errorf("call %q got replies %q, want none", call, got)
		}
	}
	c.say("陈二", "有人不 村口路灯不亮了")
	c.say("陈二", "1")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Text != "村口路灯不亮了" {
		t.Fatalf("reports %+v, want one with the call cut from its text", reps)
	}
}
