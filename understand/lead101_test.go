package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestSocketSoakedNoFlood: 「插座进水了」 was a flood alarm to the duty chat
// (its 进水了); water in a socket or the home's electric box is a general
// 安全隐患 report with the soaked caution (拉电闸 first), while a house or
// a village flooding stays an alarm, a socket in it or not (lead101).
func TestSocketSoakedNoFlood(t *testing.T) {
	for _, c := range []struct {
		text  string
		alarm bool
	}{
		{"插座进水了", false},
		{"家里插座进水了 不敢用", false},
		{"电表箱里进水了", false},
		{"屋里进水了 水都漫到床边了", true},
		{"插座进水了 屋里也进水了 水到膝盖了", true},
		{"发大水了 插座都淹了", true},
	} {
		r := Rules{}.Read(context.Background(), c.text)
		if got := r.Type == village.Emergency; got != c.alarm {
			t.Errorf("%s: %+v, want alarm %v", c.text, r, c.alarm)
		}
		if c.alarm {
			continue
		}
		if r.Intent != village.IntentReport || r.Category != "安全隐患" || Caution(Hear(c.text)) != village.HazardSoaked {
			t.Errorf("%s: %+v caution %v, want a 安全隐患 report, soaked", c.text, r, Caution(Hear(c.text)))
		}
	}
}
