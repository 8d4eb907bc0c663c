package roster

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestCareGrades (appr91): a roster that grades 关爱等级 一级/二级/三级
// (some counties' forms, 一级 the most care) reads them as 高/重点/一般;
// before, every such row was refused. A grade without 级 stays unread: a
// bare 「一」 or 「1」 may be a tick, not a grade.
func TestCareGrades(t *testing.T) {
	const csv = "姓名,户号,手机号,使用微信,关爱等级,责任网格员,角色\n" +
		"王五,1,13900000001,是,,,网格员\n" +
		"王奶奶,2,13900000002,否,一级,王五\n" +
		"赵大爷,3,13900000003,否,二级关爱,王五\n" +
		"钱大娘,4,13900000004,否,三 级,王五\n" +
		"孙大爷,5,13900000005,否,1级,王五\n"
	people, err := ParseCSV(strings.NewReader(csv), home)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]village.Care{"王五": village.CareNone, "王奶奶": village.CareHigh, "赵大爷": village.CareFocus, "钱大娘": village.CareNormal, "孙大爷": village.CareHigh}
	for _, p := range people {
		if p.Care != want[p.Name] {
			t.Errorf("%s: care %q, want %q", p.Name, p.Care, want[p.Name])
		}
	}
	for _, s := range []string{"一", "1", "四级"} {
		if c, err := parseCare(s); err == nil {
			t.Errorf("parseCare(%q) = %q, want refused", s, c)
		}
	}
}
