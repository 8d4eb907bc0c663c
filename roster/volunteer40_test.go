package roster

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCaretakerOfMisspeltRole: 杨春生's 角色 is misspelt ("网络员"), and
// the row naming him 责任网格员 was told he "不是这份花名册里…的网格员或网
// 格长", sending the volunteer to that row, which is right. It says the
// row to fix is his.
func TestCaretakerOfMisspeltRole(t *testing.T) {
	const csv = "姓名,户号,手机号,使用微信,责任网格员,角色\n" +
		"马文,1,13909310001,,,网格长\n" +
		"杨春生,2,13909310011,,,村民;网络员\n" +
		"杨秀英,2,13909310012,否,杨春生,\n"
	got, err := Parse(strings.NewReader(csv), "roster.csv", "河西村")
	if got != nil {
		t.Errorf("Parse() returned %d people along with the error", len(got))
	}
	want := []string{
		`roster.csv 第 3 行「角色」："网络员" 不是能用的角色（是不是 网格员？），请写其中一个或几个（用 ; 或 、 分开）：村民、网格员、网格长、评分小组、超市管理员、镇干部、管理员；村里的其他职务（村长、组长、书记…）不用写，按他在网格里做的事写网格长或网格员`,
		`roster.csv 第 4 行「责任网格员」："杨春生" 在第 3 行的「角色」没写对（见第 3 行那一处）：那一格改成网格员或网格长，这一格就不用改`,
	}
	if diff := cmp.Diff(errorLines(err), want); diff != "" {
		t.Errorf("Parse() error mismatch (-got +want):\n%s", diff)
	}
}
