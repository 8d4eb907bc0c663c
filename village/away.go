package village

import (
	"regexp"
	"time"
)

// Away is a grid worker who cannot phone for a while (ill, in hospital,
// on leave): until Back, his daily call lists go to another of his grid,
// who covers for him. Kept in the village's scope under AwayKey.
type Away struct {
	Worker    string    `json:"worker"`
	WorkerKey string    `json:"worker_key"`
	Grid      string    `json:"grid"`
	Back      time.Time `json:"back"` // midnight of the first day he phones again
	Said      string    `json:"said"` // what was said ("我这几天生病了…", "王五请假到15号")
	By        string    `json:"by"`   // who said it: he, or his grid leader
	At        time.Time `json:"at"`
}

// AwayKey is the kept key of the worker with key workerKey's absence.
func AwayKey(workerKey string) string { return "away:" + workerKey }

// On reports whether a is in force at t.
func (a Away) On(t time.Time) bool { return !a.Back.IsZero() && t.Before(a.Back) }

// LastDay is the last day he is away (the day before Back).
func (a Away) LastDay() time.Time { return a.Back.AddDate(0, 0, -1) }

// DefaultAwayDays is how long an absence lasts that names no end
// ("我生病了 电话打不了", "这几天").
const DefaultAwayDays = 3

// awayDateRe is the last day of an absence named as a date: "到15号",
// "到12月15日", "15号回来", "十五号".
var awayDateRe = regexp.MustCompile(`(?:(` + promiseNum + `)\s*月\s*)?(` + promiseNum + `)\s*[号日]`)

// awayDaysRe is an absence counted in days: "两天", "3天", "一个星期".
var awayDaysRe = regexp.MustCompile(`([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*天|(一个?|两个?)\s*(?:星期|礼拜|周)`)

// AwayBack reads, from what a worker (or his leader) said at now, the
// first day he phones again, at midnight in now's zone: the day after
// the date named ("到15号": the 16th; a day of the month gone by this
// month is next month's), after this week ("这周", "这个星期": next
// Monday) or next week, after the days counted ("两天", "一个星期",
// "明天": the day after tomorrow), else DefaultAwayDays from today
// ("这几天": three days, today counting). named is false for the default.
func AwayBack(text string, now time.Time) (back time.Time, named bool) {
	loc := now.Location()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	if m := awayDateRe.FindStringSubmatch(text); m != nil {
		day, ok := promiseNumber(m[2])
		if ok && day >= 1 && day <= 31 {
			month := today.Month()
			if m[1] != "" {
				mo, okm := promiseNumber(m[1])
				if okm && mo >= 1 && mo <= 12 {
					month = time.Month(mo)
				}
			}
			d := time.Date(today.Year(), month, day, 0, 0, 0, 0, loc)
			if d.Day() == day && d.Before(today) {
				if m[1] == "" {
					d = time.Date(today.Year(), month+1, day, 0, 0, 0, 0, loc)
				} else {
					d = d.AddDate(1, 0, 0)
				}
			}
			if d.Day() == day && d.Sub(today) < 92*24*time.Hour {
				return d.AddDate(0, 0, 1), true
			}
		}
	}
	monday := today.AddDate(0, 0, -((int(today.Weekday()) + 6) % 7))
	switch {
	case containsAny(text, []string{"下周", "下个星期", "下星期", "下个礼拜", "下礼拜"}):
		return monday.AddDate(0, 0, 14), true
	case containsAny(text, []string{"这周", "本周", "这个星期", "这星期", "这个礼拜", "这礼拜", "周末"}):
		return monday.AddDate(0, 0, 7), true
	}
	if m := awayDaysRe.FindStringSubmatch(text); m != nil {
		if m[1] != "" {
			n, ok := promiseNumber(m[1])
			if m[1] == "两" {
				n, ok = 2, true
			}
			if ok && n >= 1 && n <= 60 {
				return today.AddDate(0, 0, n), true
			}
		} else {
			weeks := 1
			if m[2] == "两" || m[2] == "两个" {
				weeks = 2
			}
			return today.AddDate(0, 0, 7*weeks), true
		}
	}
	switch {
	case containsAny(text, []string{"今天"}):
		return today.AddDate(0, 0, 1), true
	case containsAny(text, []string{"明天"}):
		return today.AddDate(0, 0, 2), true
	case containsAny(text, []string{"后天"}):
		return today.AddDate(0, 0, 3), true
	}
	return today.AddDate(0, 0, DefaultAwayDays), false
}

// Cover is who covers, in grid, for the worker with key workerKey while
// he is away: its first leader, else its first other worker; ok is false
// when the grid has no one else.
func Cover(people []Person, villageName, grid, workerKey string) (p Person, ok bool) {
	for _, role := range []Role{RoleLeader, RoleWorker} {
		for _, q := range people {
			if q.Key() != workerKey && q.Covers(role, villageName, grid) {
				return q, true
			}
		}
	}
	return Person{}, false
}
