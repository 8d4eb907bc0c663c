package village

import (
	"strings"
	"testing"
	"time"
)

// FuzzNoticePastTime: PastTime reads any text without panicking; a time
// it finds is on the day of posting, over by more than pastTimeGrace, and
// it gives the words that named it, a text with a number.
func FuzzNoticePastTime(f *testing.F) {
	for _, s := range []string{"今天上午9点在村委会开会", "今天上午9点到下午5点停水", "今天9点开会，下午领表", "今晚7点半开会", "明天上午9点",
		"12月6日上午10点领化肥", "以下3点要求", "今天两点半", "今天9:30"} {
		f.Add(s, int64(0))
	}
	loc := time.FixedZone("CST", 8*3600)
	base := time.Date(2026, 12, 6, 0, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, text string, min int64) {
		on := base.Add(time.Duration(max(min, -min)%(24*60)) * time.Minute)
		at, said, ok := Notice{Text: text, At: on}.PastTime(on)
		if !ok {
			return
		}
		if !StartOfDay(at).Equal(StartOfDay(on)) || at.Add(pastTimeGrace).After(on) || said == "" || !strings.ContainsAny(text, "0123456789零一二两三四五六七八九十") {
			t.Fatalf("%q at %v: past time %v (%q)", text, on, at, said)
		}
	})
}
