package config

import (
	"strings"
	"testing"
)

// TestProcedureDesks: a desk needs its words and where, and a department
// township.departments has; Desk finds the first whose words are said.
func TestProcedureDesks(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"procedure_desks:\n  - keywords: [优待证]\n", "procedure_desks[0] 缺少 keywords 或 where"},
		{"procedure_desks:\n  - keywords: [优待证]\n    where: 退役军人服务站\n    department: 武装部\n", "township.departments 里没有这个部门"},
	} {
		if _, err := Parse([]byte(minimal + tc.yaml)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: err = %v; want %q", tc.yaml, err, tc.want)
		}
	}
	c, err := Parse([]byte(minimal + "procedure_desks:\n  - keywords: [优待证, 退伍]\n    where: 镇退役军人服务站\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := c.Desk("退伍证丢了怎么补"); !ok || d.Where != "镇退役军人服务站" {
		t.Errorf("Desk = %+v, %v", d, ok)
	}
	if _, ok := c.Desk("狗证怎么办"); ok {
		t.Error("Desk of words no desk names")
	}
}
