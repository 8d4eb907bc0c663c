package roster

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gridbot/village"
)

// TestCaretakersWithoutRolesColumn: a register whose roles are under a
// header the import does not know (「职务」) has no 角色 column, so no
// grid worker: every row naming a 责任网格员 was told he is none, one
// error a row. One error on the header says the column is what is missing.
func TestCaretakersWithoutRolesColumn(t *testing.T) {
	const csv = "姓名,户号,手机号,使用微信,责任网格员\n" +
		"马文,1,13909310001,,\n" +
		"杨秀英,2,13909310012,否,马文\n" +
		"杨春生,2,13909310011,否,马文\n" +
		"李兰,3,13909310021,否,杨红\n"
	_, err := Parse(strings.NewReader(csv), "roster.csv", "河西村")
	want := []string{
		`roster.csv 第 1 行「责任网格员」：表头没有「角色」这一列，花名册里就没有网格员、网格长，「责任网格员」写的 马文、杨红 都对不上：请加上「角色」一列，给网格员、网格长写上角色（表里写职务的那一列，把表头改成「角色」）`,
	}
	if diff := cmp.Diff(errorLines(err), want); diff != "" {
		t.Errorf("Parse() error mismatch (-got +want):\n%s", diff)
	}
}

// TestCareAsFormsWriteIt: a 关爱等级 written with the column's words
// (重点关爱, 高关爱对象, 一般关注) or 无 reads as its level (before: "看不懂").
func TestCareAsFormsWriteIt(t *testing.T) {
	for in, want := range map[string]village.Care{
		"重点关爱": village.CareFocus, "高关爱对象": village.CareHigh, "一般关注": village.CareNormal,
		" 高 ": village.CareHigh, "无": village.CareNone, "": village.CareNone,
	} {
		if got, err := parseCare(in); err != nil || got != want {
			t.Errorf("parseCare(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := parseCare("特困"); err == nil || !strings.Contains(err.Error(), "特困、独居这类情况不写在这一列") {
		t.Errorf("parseCare(特困): %v", err)
	}
}
