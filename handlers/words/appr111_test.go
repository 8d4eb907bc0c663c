package words

import (
	"strings"
	"testing"
)

func TestAppr111Words(t *testing.T) {
	for q, want := range map[string][2]string{
		"宅基地批下来了 冬天能开工不": {"冬天", "开工不"},
		"腊月能不能动工":        {"腊月", "动工"},
		"冬天能盖房不":         {"冬天", "盖房不"},
		"宅基地批下来了 能开工不":   {"", ""},
		"冬天冷不冷":          {"", ""},
	} {
		if s, r := SeasonDoAsked(q); s != want[0] || r != want[1] {
			t.Errorf("SeasonDoAsked(%q) = %q, %q, want %q", q, s, r, want)
		}
	}
	for q, want := range map[string]string{
		"俺家是低保户 能领取暖补贴不": "低保户", "我是五保户 能领不": "五保户", "俺家不是低保户 能领取暖补贴不": "",
		"低保户能领取暖补贴不": "", "俺家能领不": "", "俺家是低保户": "",
	} {
		if got := OwnGroupTold(q); got != want {
			t.Errorf("OwnGroupTold(%q) = %q, want %q", q, got, want)
		}
	}
	if !StatusEnded("俺家低保被取消了 还能领取暖补贴不") || StatusEnded("取暖补贴今年取消了") || OwnGroupTold("俺家能申请低保不") != "" {
		t.Error("StatusEnded / OwnGroupTold of 低保 alone")
	}
	if OwnGroupTold("俺家吃低保 过年能领啥") != "吃低保" {
		t.Error("OwnGroupTold: what asked")
	}
	for q, want := range map[string]string{"边缘户能领取暖补贴不": "边缘户", "一级残疾人能领护理补贴不": "一级残疾", "五保户能领不": "五保户"} {
		if got := GroupAsked(q); got != want {
			t.Errorf("GroupAsked(%q) = %q, want %q", q, got, want)
		}
	}
	for _, c := range []struct {
		said, line string
		want       bool
	}{
		{"五保户", "低保户、特困人员等困难家庭冬季发取暖补贴", true},
		{"一级残疾", "一、二级重度残疾人可领重度残疾人护理补贴", true},
		{"边缘户", "重点帮扶低保户、特困人员、低保边缘户", true},
		{"边缘户", "低保户、特困人员等困难家庭冬季发取暖补贴", false},
		{"低保户", "低保家庭里的残疾人可领困难残疾人生活补贴", true},
		{"", "低保户", false},
	} {
		if got := GroupNamedIn(c.said, c.line); got != c.want {
			t.Errorf("GroupNamedIn(%q, %q) = %v", c.said, c.line, got)
		}
	}
}

func FuzzAppr111Words(f *testing.F) {
	for _, s := range []string{"宅基地批下来了 冬天能开工不", "俺家是低保户 能领不", "边缘户能领取暖补贴不", "能不能", "冬天能", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if season, rest := SeasonDoAsked(s); season != "" && (!strings.Contains(s, season) || !strings.Contains(s, rest) || rest == "") {
			t.Errorf("SeasonDoAsked(%q) = %q, %q", s, season, rest)
		}
		for _, g := range []string{OwnGroupTold(s), GroupAsked(s)} {
			if g != "" && !strings.Contains(s, g) {
				t.Errorf("group %q not in %q", g, s)
			}
		}
		if w := WhoseCase(s); w != "" && w != "您" && !strings.Contains(s, w) {
			t.Errorf("WhoseCase(%q) = %q", s, w)
		}
		_, _ = GroupNamedIn(s, s), StatusEnded(s)
	})
}
