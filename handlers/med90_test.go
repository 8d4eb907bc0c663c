package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// dogs is a quarrel told at once with a second matter of the same two
// households (the hens) and one of no quarrel with a place (the bridge).
const dogs = "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管 另外他家鸡还天天进俺家菜地 还有村口的桥栏杆断了"

// TestQuarrelFiledAtOnceOffersItsOtherMatter: a quarrel filed at once
// sorts its other matters by the rule a joined account does (med89): the
// hens, of the same households, stay on #R1 as his words; the bridge is
// offered and filed as #R2 on 「1」. Before, the bridge was kept inside
// the quarrel's text and never offered.
func TestQuarrelFiledAtOnceOffersItsOtherMatter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", dogs)
	has(t, "the quarrel filed, the bridge offered", got, "已登记 #R1（调解事项）", "您还说了「村口的桥栏杆断了」，是另一件事的话回复「1」另外登记")
	q := c.reports()[0]
	if !strings.Contains(q.Text, "他家鸡还天天进俺家菜地") || strings.Contains(q.Text, "桥") {
		t.Errorf("#R1 = %q, want the dog and the hens, not the bridge", q.Text)
	}
	has(t, "the bridge filed on 1", c.say("张三", "1"), "已登记 #R2（一般事项", "村口的桥栏杆断了")
	c.wantReports(2, "(the quarrel and the bridge)")
	if b := c.reports()[1]; b.Type != "general" || b.Text != "村口的桥栏杆断了" {
		t.Errorf("#R2 = %s %q, want the bridge, general", b.Type, b.Text)
	}
}

// TestQuarrelSecondMatterStaysOnItem: a second quarrel matter of the same
// two households, which secondMatter read apart with the bridge (「另外他家
// 鸡… 还有村口的桥…」), is no longer offered nor filed as a second
// mediation item of the same households: it stays on #R1, and only the
// bridge is offered. An account telling the hens alone is kept whole, as
// before.
func TestQuarrelSecondMatterStaysOnItem(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", account+" 另外他家鸡还天天进俺家菜地 还有村口的桥栏杆断了")
	has(t, "only the bridge offered", got, "已登记 #R1（调解事项）", "您还说了「村口的桥栏杆断了」")
	lacks(t, "the hens not offered", got, "您还说了「他家鸡")
	got = c.say("张三", "1")
	has(t, "the bridge filed", got, "已登记 #R2（一般事项")
	lacks(t, "no second mediation item", got, "调解事项")
	c.wantReports(2, "(the quarrel and the bridge)")
	if q := c.reports()[0]; !strings.Contains(q.Text, "挪了半米") || !strings.Contains(q.Text, "他家鸡还天天进俺家菜地") {
		t.Errorf("#R1 = %q, want his side and the hens", q.Text)
	}

	c = newChat(t, understand.Rules{})
	one := account + " 另外他家鸡还天天进俺家菜地"
	lacks(t, "the hens alone: nothing offered", c.say("张三", one), "您还说了")
	if q := c.reports()[0]; q.Text != one {
		t.Errorf("#R1 = %q, want his words whole %q", q.Text, one)
	}
}

// TestBeastDamageIsQuarrel: damage a named household's beast did to the
// sender's crops and wall (「陈二家牛踩了俺玉米 还把俺家墙推倒了」) is a
// neighbours' quarrel to mediate, not a general 安全隐患.
func TestBeastDamageIsQuarrel(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "陈二家牛踩了俺玉米 还把俺家墙推倒了 说了好几次也不管")
	has(t, "a quarrel", got, "调解")
	lacks(t, "not a hazard", got, "安全隐患")
}
