package words

import (
	"testing"
)

// TestCallsOffAway: words that call off an absence said before (call99),
// and what does not: asking, or being away.
func TestCallsOffAway(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"我明天不走了", true},
		{"不请假了", true},
		{"假不请了，明天照常打电话", true},
		{"会不开了 电话我自己打", true},
		{"不用李四代打了", true},
		{"明天不请假了吗", false},
		{"我明天请假", false},
		{"我这几天生病了 电话打不了", false},
		{"", false},
	} {
		if got := CallsOffAway(c.text); got != c.want {
			t.Errorf("CallsOffAway(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSaysAwayLeave: 请假 alone keeps him from phoning (call99); its
// negation, or asking how to take it, does not.
func TestSaysAwayLeave(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"我明天请假", true},
		{"明天起请假两天", true},
		{"我不请假了 电话我自己打", false},
		{"请假条怎么写", false},
		{"我明天请假吗", false},
	} {
		if got := SaysAway(c.text); got != c.want {
			t.Errorf("SaysAway(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzCallsOffAway: never panics; a question is never an absence called
// off, and an absence called off is never one said.
func FuzzCallsOffAway(f *testing.F) {
	for _, s := range []string{"我明天不走了", "不请假了", "我明天请假", "电话我自己打", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if CallsOffAway(s + "吗") {
			t.Errorf("CallsOffAway(%q + 吗) = true", s)
		}
		if CallsOffAway(s) && (SaysAway(s) || StandInAway(s)) {
			t.Errorf("%q is both called off and said", s)
		}
	})
}
