package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestReporterSaysFixedBeforeResolve: the reporter of a lamp accepted,
// assigned and worked on (a 进展 "换了个灯泡 好了", no 办结 yet) writes
// 「亮了亮了 谢谢」 in the group: nothing happened. His words are kept on
// the item (ActSaid), its handlers are asked in the group to send 「办结
// #R1 …」, he is told it closes once they do; the item stays open, in
// one round trip.
func TestReporterSaysFixedBeforeResolve(t *testing.T) {
	const g = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g, "谢明", "村口路灯不亮了"), "已登记 #R1")
	has(t, "accepted", c.in(g, "刘建国", "确认 #R1"), "#R1 已受理")
	has(t, "assigned", c.in(g, "刘建国", "指派 #R1 何志强"), "已指派给何志强")
	has(t, "progress", c.in(g, "何志强", "#R1 换了个灯泡 好了"), "#R1 进展已记录", "「办结 #R1 处理情况」")
	got := c.costs(t, 1, "says fixed", bot.Message{Chat: g, From: "谢明", Text: "亮了亮了 谢谢"})
	// done70: a bare 办结 closes it as his 满意
	has(t, "handlers asked in the group", got, "@刘建国", "@何志强", "谢明说已经好了，回复「办结 #R1」就结案")
	has(t, "reporter told", got, "谢明", "办结后就按满意结案")
	var r1 village.Report
	for _, rep := range c.reports() {
		if rep.ID == "R1" {
			r1 = rep
		}
	}
	if r1.Status != village.StatusInProgress {
		t.Fatalf("R1 %s; want still in progress", r1.Status)
	}
	last := r1.History[len(r1.History)-1]
	if last.Action != village.ActSaid || last.By != "谢明" || last.Note != village.FixedSaidNote+"：亮了亮了 谢谢" {
		t.Fatalf("last history %+v; want his words kept", last)
	}
}

// TestReporterSaysFixedWhich: with two lamps of his being worked on,
// 「亮了 谢谢」 names no one of them: he is asked which, nothing kept.
func TestReporterSaysFixedWhich(t *testing.T) {
	const g = "青山村一组网格群"
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.in(g, "谢明", "村口路灯不亮了"), "已登记 #R1")
	has(t, "filed 2", c.in(g, "谢明", "上报 桥头的路灯也不亮了"), "已登记 #R2")
	c.in(g, "刘建国", "确认 #R1")
	c.in(g, "刘建国", "确认 #R2")
	got := c.in(g, "谢明", "亮了 谢谢")
	has(t, "asked which", got, "说的是哪一件", "#R1", "#R2")
	lacks(t, "no one asked to 办结", got, "办结 #R")
}
