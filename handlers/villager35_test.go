package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestWagesOwedFiledAndPassedOn (villager35): wages owed are a general
// matter, filed with the grid (no mediation: the boss is gone, labour
// inspection makes him pay), and the worker hears that the grid passes
// it on and where 欠薪 is complained of.
func TestWagesOwedFiledAndPassedOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "包工头跑了 工钱要不回来")
	has(t, "filed", got, "一般事项·矛盾纠纷", "会上报镇里", "12333", "请网格长受理")
	lacks(t, "filed", got, "调解", "不要在群里争吵")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Type != village.General || reps[0].Category != "矛盾纠纷" {
		t.Fatalf("reports %+v, want one general item of 矛盾纠纷", reps)
	}
}

// TestWagesOwedAskedWithHint (villager35): pay told owed with no employer
// named is asked about, and the question already says where 欠薪 is
// complained of, so that a "2" still leaves him knowing.
func TestWagesOwedAskedWithHint(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "工资咋还不发")
	has(t, "asked", got, "一般事项·矛盾纠纷——工资咋还不发", "登记后网格会上报镇里", "12333")
	lacks(t, "asked", got, "办事咨询")
	c.wantReports(0, "(asked first)")
	has(t, "yes", c.say("张三", "1"), "已登记 #R1（一般事项·矛盾纠纷）", "网格受理后会上报镇里")
}

// TestPayTalkLeftAlone (villager35): a question of how much pay is, and
// an allowance's money late, are read as before: no word of 欠薪.
func TestPayTalkLeftAlone(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, q := range []string{"工资多少", "工资啥时候发"} {
		if got := c.say("陈二", q); len(got) != 0 {
			t.Errorf("%q got replies %q, want none (neighbours' question)", q, got)
		}
	}
	got := c.say("陈二", "低保的钱咋还没到")
	has(t, "allowance", got, "一般事项·政策咨询——低保的钱咋还没到")
	lacks(t, "allowance", got, "12333", "欠薪")
}

// TestWagesToldAgainAsked (villager35): his second word of wages owed, in
// other words, is asked whether it is the item he filed, not filed again.
func TestWagesToldAgainAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "工资咋还不发")
	c.say("张三", "1")
	got := c.say("张三", "干了半年活老板不给钱")
	has(t, "again", got, "#R1", "是同一件事吗")
	c.wantReports(1, "(asked whether the same)")
}
