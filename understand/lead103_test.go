package understand

import (
	"context"
	"strings"
	"testing"

	"gridbot/village"
)

// TestRisingLate: 起不来 after a morning is a late riser, chat, unless he
// lies somewhere or does not answer; one down who cannot get up is an
// alarm whenever it is said (lead103: 「昨晚隔壁喝酒喝到两点 今天起不来」 was
// posted to the duty chat as a medical emergency).
func TestRisingLate(t *testing.T) {
	for _, c := range []struct {
		text  string
		alarm bool
	}{
		{"昨晚喝多了 今天起不来 头疼得要命", false},
		{"天太冷了 早上都起不来 被窝里暖和", false},
		{"这几天起不来 老是睡过头", false},
		{"老人摔了一跤 起不来了", true},
		{"俺爹喝多了倒在院子里起不来 天这么冷", true},
		{"王大爷今天早上起不来了 喊他也不应", true},
		{"我妈今天起不来了 浑身没劲 说胸口疼", true},
	} {
		r := Rules{}.Read(context.Background(), c.text)
		if got := r.Type == village.Emergency; got != c.alarm {
			t.Errorf("%s: emergency %v, want %v (%s %s %s)", c.text, got, c.alarm, r.Intent, r.Type, r.Hazard)
		}
	}
}

// FuzzRisingLate: no text panics risingLate, and one that tells of a
// fall is never a late riser.
func FuzzRisingLate(f *testing.F) {
	for _, s := range []string{"今天起不来", "早上都起不来", "摔了 今天起不来", "起不来", "", "今天"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := strings.Index(s, "起不来"); i >= 0; {
			if risingLate(s, i) && strings.Contains(s, "摔") {
				t.Fatalf("%q: a fall read as a late riser", s)
			}
			j := strings.Index(s[i+1:], "起不来")
			if j < 0 {
				break
			}
			i += 1 + j
		}
	})
}
