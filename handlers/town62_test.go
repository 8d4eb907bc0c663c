package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestOfficerTransferWords: an officer's plain 「#R1 转司法所」,
// 「#R1 转交应急办」 or 「指派 #R1 交给党群服务中心处理」 on an item sent up
// refers it to that department, as 「指派 #R1 司法所」 does: he said where
// it goes, and being asked whether to record his words as 进展 makes him
// type it again. An outside unit (供电所) is no department: the words are
// not read as a transfer.
func TestOfficerTransferWords(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"转", "#R1 转司法所", "#R1 已转交司法所（"},
		{"转交", "#R1 转交应急办", "#R1 已转交应急办（"},
		{"转给 请", "R1 转给平安办 请尽快核实", "#R1 已转交平安办（"},
		{"交给…处理", "指派 #R1 交给党群服务中心处理", "#R1 已转交党群服务中心/综治中心（"},
		{"转到…办理", "#R1 转到司法所办理", "#R1 已转交司法所（"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
			got := c.in(officeChat, "孙七", tc.text)
			has(t, tc.name, got, officeChat+": "+tc.want)
			has(t, tc.name+": the grid hears", got, grid3+": #R1 镇里已转交")
		})
	}
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	lacks(t, "outside unit", c.in(officeChat, "孙七", "#R1 转供电所"), "已转交")
}
