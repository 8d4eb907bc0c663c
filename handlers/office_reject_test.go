package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderRejectsWhatTheTownshipSentBack: an item the township sent
// back (退回) is the grid's again, and its leader may judge it is no
// grid's matter either: his 驳回 with a reason ends it, and the office,
// which followed it, is told; without a reason he is asked for one.
func TestLeaderRejectsWhatTheTownshipSentBack(t *testing.T) {
	c := lampWithTownship(t)
	c.in(officeChat, "孙七", "退回 #R1 路灯归村里管")
	expect(t, "no reason", c.say("李四", "驳回 #R1"), grid3+": 驳回要写理由")
	got := c.say("李四", "驳回 #R1 路灯是供电所的资产，已请张三打95598报修")
	expect(t, "rejected", got, grid3+": #R1 不予受理：路灯是供电所的资产，已请张三打95598报修。\n不知道该找谁办的，可以在群里问李四；没说清楚的，补充详情后可以重新「上报」。",
		officeChat+": 【青山村三组】#R1（一般事项）李四 驳回：路灯是供电所的资产，已请张三打95598报修，现在「已驳回」。\n镇里退回后，网格也不予受理，这件事已结束。镇里如不同意，请联系网格长：李四 13900000004。")
	if r := c.reports()[0]; r.Status != village.StatusRejected {
		t.Errorf("after the leader's 驳回: %s, want rejected", r.Status)
	}
}

// TestLeaderRejectsFalseReportInHand: a leader who took an item on, sent
// his worker and found the report false may still 驳回 it with a reason
// (处理中 → 已驳回): the group and its reporter hear why, the worker
// that he need do no more; one without a reason is asked for it.
func TestLeaderRejectsFalseReportInHand(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "the report", c.say("陈二", "上报 村口垃圾桶满了没人清"), "#R1")
	c.say("李四", "指派 #R1 王五")
	c.say("王五", "进展 #R1 到了现场")
	if r := c.reports()[0]; r.Status != village.StatusInProgress {
		t.Fatalf("after the 进展: %s, want in_progress", r.Status)
	}
	has(t, "no reason", c.say("李四", "驳回 #R1"), "驳回要写理由")
	got := c.say("李四", "驳回 #R1 王五去看了 垃圾桶是空的 误报")
	has(t, "rejected", got, grid3+": #R1 不予受理：王五去看了 垃圾桶是空的 误报", "王五", "这件不用再办了")
	if r := c.reports()[0]; r.Status != village.StatusRejected {
		t.Errorf("after the leader's 驳回: %s, want rejected", r.Status)
	}
}
