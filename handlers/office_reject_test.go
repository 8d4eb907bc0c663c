package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderRejectsWhatTheTownshipSentBack: an item the township sent
// back (退回) is the grid's again, and its leader may judge it is no
// grid's matter either: his 驳回 with a reason ends it, and the office,
// which followed it, is told; without a reason he is asked for one. Any
// other item in hand stays unrejectable, as before.
func TestLeaderRejectsWhatTheTownshipSentBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	c.in(officeChat, "孙七", "退回 #R1 路灯归村里管")
	expect(t, "no reason", c.say("李四", "驳回 #R1"), grid3+": 驳回要写理由")
	got := c.say("李四", "驳回 #R1 路灯是供电所的资产，已请张三打95598报修")
	expect(t, "rejected", got, grid3+": #R1 不予受理：路灯是供电所的资产，已请张三打95598报修。\n如有疑问请在群里问李四。",
		officeChat+": 【青山村三组】#R1（一般事项）李四 驳回：路灯是供电所的资产，已请张三打95598报修，现在「已驳回」。\n镇里退回后，网格也不予受理，这件事已结束。镇里如不同意，请联系网格长：李四 13900000004。")
	if r := c.reports()[0]; r.Status != village.StatusRejected {
		t.Errorf("after the leader's 驳回: %s, want rejected", r.Status)
	}

	c.say("陈二", "上报 垃圾桶满了没人清")
	c.say("李四", "确认 #R2")
	c.say("李四", "进展 #R2 联系了保洁员")
	has(t, "in hand, never sent up", c.say("李四", "驳回 #R2 不归网格"), "不能「驳回」")
}
