package village_test

import (
	"testing"
	"time"

	"gridbot/roster"
	"gridbot/village"
)

// TestOfficeDigestLateAlarmOnce (town104): an emergency of the last day
// past its deadline is listed among Emergencies only, its lateness and
// holder on its line (Overdue) and the township's waiting word with it;
// asked for the overdue items alone (OverdueOnly) it stays among them.
func TestOfficeDigestLateAlarmOnce(t *testing.T) {
	people := roster.NewDirectory([]village.Person{
		{Name: "孙七", Village: "青山村", Phone: "13900000007", Roles: []village.Role{village.RoleOfficer}},
		{Name: "李四", Village: "青山村", Grid: "三组", Household: "QS-303", Phone: "13900000004", Roles: []village.Role{village.RoleLeader}},
	})
	at := time.Date(2026, 12, 9, 8, 30, 0, 0, time.UTC)
	created := at.Add(-12 * time.Hour)
	alarm := village.Report{ID: "R2", Village: "青山村", Grid: "三组", Type: village.Emergency, Text: "水管冻裂了", CreatedAt: created,
		DueAt: created.Add(2 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"},
		History: []village.Entry{{At: created, By: "张三", Action: village.ActCreate, To: village.StatusNew},
			{At: created.Add(5 * time.Minute), By: "李四", Action: village.ActAccept, From: village.StatusNew, To: village.StatusAccepted},
			{At: at.Add(-time.Hour), By: "孙七", Action: village.ActAsk, Note: "抓紧处理"}}}
	late := village.Report{ID: "R1", Village: "青山村", Grid: "三组", Type: village.General, Text: "路灯坏了", CreatedAt: at.Add(-5 * 24 * time.Hour),
		DueAt: at.Add(-2 * 24 * time.Hour), Status: village.StatusAccepted, Handlers: []string{"李四"}}
	for _, only := range []bool{false, true} {
		d := village.OfficeDigest{OverdueOnly: only}
		d.Add("青山村", []village.Report{late, alarm}, people, at, at)
		d.Done(20, 10)
		var ids []string
		for _, r := range d.Overdue {
			ids = append(ids, r.ID)
		}
		if len(d.Emergencies) != 1 {
			t.Fatalf("only %v: emergencies %d, want 1", only, len(d.Emergencies))
		}
		o := d.Emergencies[0].Overdue
		switch {
		case only && (len(ids) != 2 || o != nil):
			t.Errorf("overdue only: overdue %v, alarm's line %+v; want R1 R2 and nothing said on the alarm", ids, o)
		case !only && (len(ids) != 1 || ids[0] != "R1" || d.OverdueCount != 1):
			t.Errorf("the 早报: overdue %v (%d), want R1 alone", ids, d.OverdueCount)
		case !only && (o == nil || !o.Alarm || o.Whom.Handlers != "李四（13900000004）"):
			t.Errorf("the 早报: the alarm's line %+v, want its lateness with 李四's phone", o)
		case !only && (o.Asked == nil || len(d.Unanswered) != 0):
			t.Errorf("the 早报: 孙七's word on its line %+v, unanswered %d; want it on the line alone", o.Asked, len(d.Unanswered))
		}
	}
}
