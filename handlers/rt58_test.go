package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/village"
)

// TestPlanInWordsFromMemory: the grid leader's unnumbered 「收到 今天联系电工」
// on the one item he took on is one round trip, its commit, once the
// process follows the grid: acceptFresh's look for a fresh report is
// served from memory (gridOpen), as the plan's choice is. A report filed
// through another process since is not missed: the plan decided on the
// stale copy is refused, and the message handled again on Redis's, where
// it takes that fresh report on.
func TestPlanInWordsFromMemory(t *testing.T) {
	a, b := twoProcesses(t)
	a.say("张三", "上报 村口的路灯坏了")
	a.say("李四", "确认 #R1")
	plan := bot.Message{Chat: grid3, From: "李四", Text: "收到 今天联系电工"}
	has(t, "plan", a.costs(t, 1, "plan on a followed grid", plan), "#R1 进展已记录")
	if last := a.lastStep(); last.Action != village.ActProgress || last.Note != "今天联系电工" {
		t.Errorf("R1's last step %+v, want the plan's 进展", last)
	}
	b.say("王五", "上报 后山的水管漏水了")
	a.say("李四", "收到 马上联系水务站")
	var r2 village.Report
	for _, rep := range a.reports() {
		if rep.Text == "后山的水管漏水了" {
			r2 = rep
		}
	}
	if r2.Status != village.StatusAccepted {
		t.Errorf("the report filed through the other process: %q %s, want taken on by his 收到", r2.Text, r2.Status)
	}
}
