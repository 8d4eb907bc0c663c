package scheduler

import (
	"testing"
	"time"

	"gridbot/config"
	"gridbot/village"
)

// TestWatchdogNamesAnotherVillage: 张三's 「石桥村着火了 火很大」 in
// 青山村三组's group, nobody confirming it, was re-posted without the
// first duty post's 「说的是石桥村（本镇另一个村）…网格长：石队长」 line:
// the officer phoning round at the re-post had lost whom to call there
// (alarm101).
func TestWatchdogNamesAnotherVillage(t *testing.T) {
	f := newPointsFixture(t)
	cfg, people := exampleTownship(t, village.Person{Name: "石队长", Village: "石桥村", Grid: "一组", Household: "SQ-100", Relation: village.RelHead,
		UsesWeChat: true, Phone: "13800009999", Roles: []village.Role{village.RoleVillager, village.RoleLeader}})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	f.use(cfg, people, f.st)
	at := f.at("2026-03-02 09:00")
	f.addReport(village.Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: village.Emergency, Hazard: village.HazardFire,
		Text: "石桥村着火了 火很大", Reporter: "张三", CreatedAt: at, DueAt: at.Add(15 * time.Minute)})
	out := f.watchdogReposts("青山村三组网格群")
	holdsEach(t, "the duty chat", out[0], "说的是石桥村（本镇另一个村）：请同时联系那边，网格长：石队长 13800009999")
}
