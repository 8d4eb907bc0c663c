package village

import (
	"testing"
	"time"
)

// FuzzNoticePastDay: PastDay reads any text without panicking; a day it
// finds is before the day of posting, and the weekday it offers is the
// same weekday, on or after that day, within a week of it.
func FuzzNoticePastDay(f *testing.F) {
	for _, s := range []string{"本周六上午开会", "周五领化肥", "12月1日停水", "根据12月1日的会议", "12月1日起", "上周五", "十二月三十一日",
		"统一月底前交齐", "星期7", "下个周一", "这个礼拜天", "月日号周", "13月40日"} {
		f.Add(s, int64(0), int64(0))
	}
	loc := time.FixedZone("CST", 8*3600)
	base := time.Date(2026, 12, 6, 10, 0, 0, 0, loc)
	f.Fuzz(func(t *testing.T, text string, writtenMin, heldMin int64) {
		written := base.Add(time.Duration(writtenMin%(400*24*60)) * time.Minute)
		on := written.Add(time.Duration(max(heldMin, -heldMin)%(24*60)) * time.Minute)
		n := Notice{Text: text, At: written}
		day, word, next, ok := n.PastDay(on)
		if !ok {
			return
		}
		today := StartOfDay(on)
		if word == "" || !day.Before(today) {
			t.Fatalf("%q written %v on %v: day %v (%q) is not past", text, written, on, day, word)
		}
		if !next.IsZero() && (next.Before(today) || next.Weekday() != day.Weekday() || next.Sub(today) >= 7*24*time.Hour+time.Hour) {
			t.Fatalf("%q on %v: next %v for %v", text, on, next, day)
		}
	})
}
