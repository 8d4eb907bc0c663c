package sandbox

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestNoWeChatNamesTheCaretakersRole: an elder whose 责任网格员 is the
// grid's 网格长 is phoned by 网格长李四, not 网格员李四.
func TestNoWeChatNamesTheCaretakersRole(t *testing.T) {
	people := []village.Person{
		{Name: "李四", Village: "青山村", Grid: "三组", UsesWeChat: true, Roles: []village.Role{village.RoleLeader}},
		{Name: "王五", Village: "青山村", Grid: "三组", UsesWeChat: true, Roles: []village.Role{village.RoleWorker}},
	}
	for _, tc := range []struct{ caretaker, want string }{
		{"李四", "由网格长李四打电话时记下：请选李四发言"},
		{"王五", "由网格员王五打电话时记下：请选王五发言"},
		{"", "由网格员打电话时记下：请选本网格的网格员发言"},
	} {
		elder := village.Person{Name: "孙奶奶", Village: "青山村", Grid: "三组", Caretaker: tc.caretaker}
		if got := noWeChat(elder.Name, elder, people); !strings.Contains(got, tc.want) {
			t.Errorf("caretaker %q: %q, want %q in it", tc.caretaker, got, tc.want)
		}
	}
}
