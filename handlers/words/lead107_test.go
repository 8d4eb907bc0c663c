package words

import "testing"

func TestRemindAsked(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"这几天零下十度 提醒大家烧炭取暖注意通风", "这几天零下十度 请大家烧炭取暖注意通风", true},
		{"帮我提醒一下大家 晚上睡觉前把炉子封好", "请大家晚上睡觉前把炉子封好", true},
		{"跟大家说一下，明天上午停电", "明天上午停电", true},
		{"大家注意安全", "", false},
		{"提醒大家", "请大家", true},
	} {
		got, ok := RemindAsked(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("RemindAsked(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func FuzzRemindAsked(f *testing.F) {
	f.Add("这几天零下十度 提醒大家烧炭取暖注意通风")
	f.Add("提醒大家")
	f.Fuzz(func(t *testing.T, s string) {
		body, ok := RemindAsked(s)
		if !ok && body != "" {
			t.Fatalf("no ask but body %q", body)
		}
		if len(body) > len(s)+len("请大家") {
			t.Fatalf("body %q longer than %q", body, s)
		}
	})
}
