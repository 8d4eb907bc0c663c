package village_test

import (
	"testing"
	"time"

	"gridbot/roster"
	"gridbot/village"
)

// TestOfficeDigestWhomByVillage: two villages each have a #R1, both sent
// up and overdue; the officer who took over 青山村's is not shown for
// 石桥村's, which nobody took (its leader is named, with his phone), nor
// the other way round, whichever village is added first.
func TestOfficeDigestWhomByVillage(t *testing.T) {
	people := roster.NewDirectory([]village.Person{
		{Name: "孙七", Village: "青山村", Phone: "13900000007", Roles: []village.Role{village.RoleOfficer}},
		{Name: "李四", Village: "青山村", Grid: "三组", Household: "QS-303", Phone: "13900000004", Roles: []village.Role{village.RoleLeader}},
		{Name: "石队长", Village: "石桥村", Grid: "一组", Household: "SQ-100", Phone: "13800009999", Roles: []village.Role{village.RoleLeader}},
	})
	at := time.Date(2026, 3, 10, 8, 30, 0, 0, time.UTC)
	up := func(v, grid string, handlers ...string) village.Report {
		created := at.Add(-10 * 24 * time.Hour)
		return village.Report{ID: "R1", Village: v, Grid: grid, Type: village.General, Text: "路灯坏了", CreatedAt: created,
			DueAt: created.Add(24 * time.Hour), Status: village.StatusEscalated, Handlers: handlers,
			History: []village.Entry{{At: created.Add(time.Hour), By: "李四", Action: village.ActEscalate, From: village.StatusAccepted, To: village.StatusEscalated}}}
	}
	qs, sq := up("青山村", "三组", "李四", "孙七"), up("石桥村", "一组", "石队长")
	for _, order := range [][]village.Report{{qs, sq}, {sq, qs}} {
		var d village.OfficeDigest
		for _, r := range order {
			d.Add(r.Village, []village.Report{r}, people, at, at)
		}
		if got := d.Whom(qs); got.Officers != "孙七" || got.Leaders != "" {
			t.Errorf("青山村's #R1 (added %s first): %+v, want 孙七 with his phone", order[0].Village, got)
		}
		if got := d.Whom(sq); got.Officers != "" || got.Leaders != "石队长（13800009999）" {
			t.Errorf("石桥村's #R1 (added %s first): %+v, want nobody's, its leader with his phone", order[0].Village, got)
		}
	}
}
