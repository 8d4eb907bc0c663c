package roster

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRoleSlipSuggestsTheRole: a 角色 a slip away from a role (网格圆,
// 超市管理, 评分组) is refused with 「是不是 网格员？」, naming row and
// column as before; a cut-short one that fits two names both; a village
// post (村干部) or a word near none (队长) gets no guess.
func TestRoleSlipSuggestsTheRole(t *testing.T) {
	const csv = "姓名,户号,手机号,使用微信,角色\n" +
		"马文,1,13909310001,,网格圆\n" +
		"杨春生,2,13909310011,,村民;超市管理\n" +
		"杨秀英,3,13909310012,,评分组\n" +
		"马兰,4,13909310013,,网格\n" +
		"马强,5,13909310014,,村干部\n" +
		"马刚,6,13909310015,,队长\n"
	_, err := Parse(strings.NewReader(csv), "roster.csv", "河西村")
	const rest = "，请写其中一个或几个（用 ; 或 、 分开）：村民、网格员、网格长、评分小组、超市管理员、镇干部、管理员；村里的其他职务（村长、组长、书记…）不用写，按他在网格里做的事写网格长或网格员"
	want := []string{
		`roster.csv 第 2 行「角色」："网格圆" 不是能用的角色（是不是 网格员？）` + rest,
		`roster.csv 第 3 行「角色」："超市管理" 不是能用的角色（是不是 超市管理员？）` + rest,
		`roster.csv 第 4 行「角色」："评分组" 不是能用的角色（是不是 评分小组？）` + rest,
		`roster.csv 第 5 行「角色」："网格" 不是能用的角色（是不是 网格员 或 网格长？）` + rest,
		`roster.csv 第 6 行「角色」："村干部" 不是能用的角色` + rest,
		`roster.csv 第 7 行「角色」："队长" 不是能用的角色` + rest,
	}
	if diff := cmp.Diff(errorLines(err), want); diff != "" {
		t.Errorf("Parse() error mismatch (-got +want):\n%s", diff)
	}
}
