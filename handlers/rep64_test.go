package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

const grid2 = "青山村二组网格群"

// TestCalmingThenPlanTakesQuarrelOn: the leader's 「你们俩别吵了 我下午过去
// 看看」 in a quarrel nobody took on yet takes it on (确认, his plan its
// note), and both sides, the one who joined in the group too, hear when.
// Calming alone takes nothing on.
func TestCalmingThenPlanTakesQuarrelOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(grid2, "田卫东", "田甜家的狗又把我家鸡咬死了两只 说了好几次都不管 今天必须给个说法")
	c.in(grid2, "田甜", "谁说是我家狗咬的 你看见了？")
	if got := c.in(grid2, "黄永红", "你们俩别吵了"); len(got) != 0 {
		t.Errorf("calming alone: %q, want nothing", got)
	}
	got := c.in(grid2, "黄永红", "你们俩别吵了 我下午过去看看")
	expect(t, "calming then a plan", got,
		"青山村二组网格群: 按黄永红的回复，#R1 已受理，由黄永红、郑十负责")
	has(t, "both sides hear when", got, "田卫东、田甜，黄永红说「我下午过去看看」")
	rep := c.reports()[0]
	if rep.Status != village.StatusAccepted {
		t.Fatalf("R1 is %s, want accepted", rep.Status)
	}
	if last, _ := rep.LastStep(); !strings.Contains(last.Note, "我下午过去看看") || strings.Contains(last.Note, "别吵") {
		t.Errorf("R1's 确认 note %q, want his plan without the calming words", last.Note)
	}
}

// TestWithoutCalming: the calming clauses and bare addresses go, the rest
// stays; words with none come back as they are.
func TestWithoutCalming(t *testing.T) {
	for text, want := range map[string]struct {
		rest   string
		calmed bool
	}{
		"你们俩别吵了 我下午过去看看":   {"我下午过去看看", true},
		"你们俩 别吵了，明天上午我去调解": {"明天上午我去调解", true},
		"都消消气 我这就过去":       {"我这就过去", true},
		"我下午过去看看":          {"我下午过去看看", false},
		"别吵了":              {"", true},
	} {
		rest, calmed := understand.WithoutCalming(text)
		if rest != want.rest || calmed != want.calmed {
			t.Errorf("WithoutCalming(%q) = %q, %v; want %q, %v", text, rest, calmed, want.rest, want.calmed)
		}
	}
}
