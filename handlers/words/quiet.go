package words

import (
	"gridbot/village"
	"regexp"
	"strconv"
	"time"
)

// Settled reports whether r asks nothing more of anyone (resolved,
// closed, rejected, merged): what was held about it is withdrawn.
func Settled(r *village.Report) bool {
	return !r.Status.Open() || r.Status == village.StatusResolved
}

// Mention is an @ of a group member as texts write it (tmpl.Mention).
var Mention = regexp.MustCompile("@([^@\\s\u2005]+)\u2005")

// ClockWords says a time of day as a villager would: 早上7点, 早上7点半,
// 上午10点15分, read at now: a time not on now's day says its day
// (明天早上7点, 3月5日早上7点), so a message sent at 23:00 is not told
// 早上7点 as if it were today's.
func ClockWords(at, now time.Time) string {
	day := ""
	if y, m, d := at.Date(); y != now.Year() || m != now.Month() || d != now.Day() {
		day = village.Dated(at, now, village.DateLayout)
		if next := now.AddDate(0, 0, 1); y == next.Year() && m == next.Month() && d == next.Day() {
			day = "明天"
		}
	}
	return day + dayPartWords(at)
}

// dayPartWords is the time of day of at as a villager says it, with no day.
func dayPartWords(at time.Time) string {
	h, m := at.Hour(), at.Minute()
	part := "早上"
	switch {
	case h >= 12 && h < 18:
		part = "下午"
	case h >= 18:
		part = "晚上"
	case h >= 9:
		part = "上午"
	}
	if h > 12 {
		h -= 12
	}
	s := part + strconv.Itoa(h) + "点"
	switch {
	case m == 30:
		s += "半"
	case m != 0:
		s += strconv.Itoa(m) + "分"
	}
	return s
}
