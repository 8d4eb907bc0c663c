package handlers_test

import (
	"testing"

	"gridbot/config"
	"gridbot/understand"
)

// TestOfficerAssignDepartment: an officer's 「指派 #R1 镇环卫所」 refers an
// item sent up to that department when the township lists it; one it does
// not list is refused with a department as the example, not a grid's
// worker (@王五), whom the officer did not mean. The grid's leader is
// still shown the worker.
func TestOfficerAssignDepartment(t *testing.T) {
	cfg, dir := exampleVillage(t)
	cfg.Township.Departments = append(cfg.Township.Departments, config.Department{Name: "镇环卫所", Duty: "垃圾清运", Phone: "0123-5550120"})
	c := chatOf(t, cfg, dir)
	c.sentUp("陈二", "上报 三组垃圾站满了一周没人拉", "#R1", "垃圾车归镇环卫管")
	has(t, "listed", c.in(officeChat, "孙七", "指派 #R1 镇环卫所"),
		officeChat+": #R1 已转交镇环卫所（垃圾清运）。\n镇环卫所电话 0123-5550120")

	c = newChat(t, understand.Rules{})
	c.sentUp("陈二", "上报 三组垃圾站满了一周没人拉", "#R1", "垃圾车归镇环卫管")
	got := c.in(officeChat, "孙七", "指派 #R1 镇环卫所")
	has(t, "not listed", got, officeChat+": 名单里没有「镇环卫所」，镇里也没有这个部门，请核对名字。\n转交镇里部门写部门名，例如：指派 #R1 政法委。")
	lacks(t, "not listed", got, "@王五")
	got = c.in(officeChat, "孙七", "指派 #R1")
	has(t, "nobody named", got, officeChat+": 请写上要转交的部门或指派的人。\n转交镇里部门写部门名，例如：指派 #R1 政法委。")
	lacks(t, "nobody named", got, "@王五")

	c.say("张三", "上报 路灯坏了")
	expect(t, "the leader", c.say("李四", "指派 #R2 王小五"), grid3+": 名单里没有「王小五」，请核对名字，例如：指派 #R2 @王五。")
}

// TestTownshipRankingNamesGrid: the township's ranking names a household
// of a village of several grids with its grid (青山村三组张三户), one of a
// village of one grid without (石桥村石大山户).
func TestTownshipRankingNamesGrid(t *testing.T) {
	c := villagesChat(t)
	c.say("赵六", "加分 张三 拾金不昧 10 捡到钱包交还失主")
	c.private("孙七", "加分 石桥村 石大山 拾金不昧 10 捡到钱包")
	got := c.in(officeChat, "孙七", "积分排行")
	has(t, "township", got, "1. 石桥村石大山户 户均", "2. 青山村三组张三户 户均")
}
