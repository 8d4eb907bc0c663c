package roster

import (
	"testing"

	"gridbot/village"
)

// TestLookupNameWithDot (town98): a name written with its own 「·」
// (阿依古丽·买买提, 买买提·艾力) is found by name; it was cut as a name and a
// household (王芳·QS-205's form) and found nobody, so such a grid leader
// could not 上报镇 or 确认. A namesake of such a name is still told
// apart by its household after the last 「·」.
func TestLookupNameWithDot(t *testing.T) {
	d := NewDirectory([]village.Person{
		{Name: "阿依古丽·买买提", Village: "石桥村", Household: "SQ-101", Roles: []village.Role{village.RoleLeader}},
		{Name: "买买提·艾力", Village: "石桥村", Household: "SQ-102", Roles: []village.Role{village.RoleVillager}},
		{Name: "买买提·艾力", Village: "石桥村", Household: "SQ-103", Roles: []village.Role{village.RoleVillager}},
	})
	if p, err := d.Lookup("石桥村", "阿依古丽·买买提"); err != nil || p.Household != "SQ-101" {
		t.Errorf("阿依古丽·买买提 = %+v, %v; want her", p, err)
	}
	if p, err := d.Lookup("石桥村", "买买提·艾力·SQ-103"); err != nil || p.Household != "SQ-103" {
		t.Errorf("买买提·艾力·SQ-103 = %+v, %v; want the SQ-103 one", p, err)
	}
}
