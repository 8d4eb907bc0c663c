package words

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRemindSaid(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"最近村里丢了两只鸡 提醒大家晚上锁好门", "最近村里丢了两只鸡 晚上锁好门", true},
		{"提醒大家 村口那段路结冰了 出门小心", "村口那段路结冰了 出门小心", true},
		{"跟大家说一下：后山着火了", "后山着火了", true},
		{"提醒大家晚上锁好门", "晚上锁好门", true},
		{"村口那段路结冰了", "", false},
	} {
		if got, ok := RemindSaid(c.in); got != c.want || ok != c.ok {
			t.Errorf("RemindSaid(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// FuzzRemindSaid: any text, the ask cut out leaves valid text no longer
// than it was, and an ask is only read where 大家 is.
func FuzzRemindSaid(f *testing.F) {
	for _, s := range []string{"最近村里丢了两只鸡 提醒大家晚上锁好门", "提醒大家", "告诉大家：", "\xff提醒下大家\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		said, ok := RemindSaid(s)
		if !ok {
			if said != "" {
				t.Fatalf("RemindSaid(%q) = %q without an ask", s, said)
			}
			return
		}
		if len(said) >= len(s) {
			t.Fatalf("RemindSaid(%q) = %q, no shorter", s, said)
		}
		if utf8.ValidString(s) && !utf8.ValidString(said) {
			t.Fatalf("RemindSaid(%q) = %q, invalid UTF-8", s, said)
		}
		if !strings.Contains(s, "大家") {
			t.Fatalf("RemindSaid(%q) = %q, an ask read where no 大家 is", s, said)
		}
	})
}
