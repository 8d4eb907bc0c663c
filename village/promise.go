package village

import (
	"regexp"
	"strconv"
	"time"
)

// Promise is a date a handler named in a note as when the item will be
// done: 「预计3月6日前办结」, 「5月1号之前修好」.
type Promise struct {
	// Day is the promised day, at midnight in the zone of now.
	Day time.Time
	// By is the end of that day: "3月6日前" leaves the whole of 6 March.
	// The last second, so that the deadline reads as that day.
	By time.Time
	// Past: the day has gone by (a slip of the pen, or a date of what was
	// done): it promises nothing.
	Past bool
}

// promiseRe finds "M月D日前", "M月D号之前", "M月D日以前"; the month and day in
// ASCII digits (the handlers fold full-width ones).
var promiseRe = regexp.MustCompile(`([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]\s*(?:之|以)?前`)

// promiseSlack is how far back a named day is read as this year's day gone
// by rather than next year's: on 10 March "3月6日前" is four days late,
// not next March; on 30 November "3月6日前" is next March.
const promiseSlack = 60 * 24 * time.Hour

// PromiseIn reads the first promised day of note, as read at now, in now's
// zone. The year is the one that puts the day nearest to now; a nearest
// day more than promiseSlack back is next year's. ok is false when the
// note names no valid day (2月30日 is none).
func PromiseIn(note string, now time.Time) (p Promise, ok bool) {
	m := promiseRe.FindStringSubmatch(note)
	if m == nil {
		return Promise{}, false
	}
	month, _ := strconv.Atoi(m[1])
	day, _ := strconv.Atoi(m[2])
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return Promise{}, false
	}
	loc := now.Location()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	var best time.Time
	for _, y := range []int{now.Year() - 1, now.Year(), now.Year() + 1} {
		d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, loc)
		if d.Day() != day {
			return Promise{}, false // no such day: time.Date normalised it
		}
		if best.IsZero() || absDur(d.Sub(today)) < absDur(best.Sub(today)) {
			best = d
		}
	}
	if today.Sub(best) > promiseSlack {
		best = best.AddDate(1, 0, 0)
	}
	return Promise{Day: best, By: EndOfDay(best), Past: best.Before(today)}, true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
