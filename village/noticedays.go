package village

import (
	"regexp"
	"time"
)

// noticeDateRe finds a day a notice names by its date, weekday or as
// 后天 / 大后天. Its groups:
//
//	1, 2: "12月5日", "12月5号", "十二月五日" (month, day)
//	3, 4: "下周五", "本周五", "星期五", "礼拜天" (上/本/这/下, weekday)
//	5:    "后天", "大后天"
//	6:    a word after it that makes it a beginning ("12月5日起停水"):
//	      the notice's time does not end on that day
var noticeDateRe = regexp.MustCompile(`(?:` +
	`(` + promiseNum + `)\s*月\s*(` + promiseNum + `)\s*[日号]` +
	`|(上个?|本|这个?|下个?)?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])` +
	`|(大后天|后天)` +
	`)(\s*(?:起|开始|以后|之后|以来))?`)

// dates are the first and the last day (at their start, in the zone n
// was written in) that n names: 今天 / 明天 (Day), and dates, weekdays,
// 后天 on or after the day it was written, read from that day. A day
// that begins something ("12月5日起") ends nothing and is not counted; a
// day before the notice was written ("根据12月1日的会议") neither. ok is
// false when it names none.
func (n Notice) dates() (first, last time.Time, ok bool) {
	loc := n.At.Location()
	y, m, d := n.At.Date()
	written := time.Date(y, m, d, 0, 0, 0, 0, loc)
	add := func(day time.Time) {
		if !ok || day.Before(first) {
			first = day
		}
		if !ok || day.After(last) {
			last = day
		}
		ok = true
	}
	if day, _, named := n.Day(); named {
		add(day)
	}
	for _, sm := range noticeDateRe.FindAllStringSubmatch(n.Text, -1) {
		if sm[6] != "" {
			continue
		}
		var day time.Time
		switch {
		case sm[1] != "":
			var valid bool
			if day, valid = nearestDate(written, sm[1], sm[2]); !valid {
				continue
			}
		case sm[4] != "":
			day = weekday(written, sm[3], sm[4])
		case sm[5] == "大后天":
			day = written.AddDate(0, 0, 3)
		default:
			day = written.AddDate(0, 0, 2)
		}
		if !day.Before(written) {
			add(day)
		}
	}
	return first, last, ok
}
