package config

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"gridbot/village"
)

// DateRange is one date ("2026-10-01") or a range of dates with both ends
// included ("2026-10-01..2026-10-07").
type DateRange struct {
	First, Last time.Time
}

// Holidays is sla.holidays: days off besides weekends.
type Holidays []DateRange

// Workdays is sla.workdays: weekend days worked in exchange (调休上班).
type Workdays []DateRange

// UnmarshalYAML reads a list of dates and date ranges.
func (h *Holidays) UnmarshalYAML(n *yaml.Node) error {
	return decodeDates(n, "sla.holidays", (*[]DateRange)(h))
}

// UnmarshalYAML reads a list of dates and date ranges.
func (w *Workdays) UnmarshalYAML(n *yaml.Node) error {
	return decodeDates(n, "sla.workdays", (*[]DateRange)(w))
}

// maxRangeDays bounds a range: the longest Chinese holiday block is nine
// days, so a longer range is a typo in the year or month.
const maxRangeDays = 31

// decodeDates reads the list of dates under key, naming the line of a
// bad one.
func decodeDates(n *yaml.Node, key string, out *[]DateRange) error {
	if n.Kind != yaml.SequenceNode {
		return fmt.Errorf("第 %d 行：%s 要写成一个列表，如 [2026-10-01, 2026-10-02..2026-10-07]", n.Line, key)
	}
	var list []DateRange
	for _, item := range n.Content {
		r, err := parseDateRange(item.Value)
		if item.Kind != yaml.ScalarNode {
			err = errors.New("不是日期：请写一个日期，如 2026-10-01，或一段日期，如 2026-10-01..2026-10-07")
		}
		if err != nil {
			return fmt.Errorf("第 %d 行：%s 里的 %q %w", item.Line, key, item.Value, err)
		}
		list = append(list, r)
	}
	*out = list
	return nil
}

// parseDateRange parses "2026-10-01" or "2026-10-01..2026-10-07".
func parseDateRange(s string) (DateRange, error) {
	first, last, isRange := strings.Cut(strings.TrimSpace(s), "..")
	if !isRange {
		last = first
	}
	var r DateRange
	var err error
	if r.First, err = time.Parse(time.DateOnly, strings.TrimSpace(first)); err != nil {
		return r, errors.New("不是日期：请写成 2026-10-01 这样，或一段日期 2026-10-01..2026-10-07")
	}
	if r.Last, err = time.Parse(time.DateOnly, strings.TrimSpace(last)); err != nil {
		return r, errors.New("不是一段日期：请写成 2026-10-01..2026-10-07 这样（两头的日期都要写）")
	}
	switch days := int(r.Last.Sub(r.First).Hours()/24) + 1; {
	case days < 1:
		return r, errors.New("结束比开始还早：请把早的日期写在前面")
	case days > maxRangeDays:
		return r, fmt.Errorf("一共 %d 天，太长了：请检查年份和月份（一段最多 %d 天）", days, maxRangeDays)
	}
	return r, nil
}

// Days lists the dates of r, as UTC midnights.
func (r DateRange) Days() []time.Time {
	var out []time.Time
	for d := r.First; !d.After(r.Last); d = d.AddDate(0, 0, 1) {
		out = append(out, d)
	}
	return out
}

func allDays(rs []DateRange) []time.Time {
	var out []time.Time
	for _, r := range rs {
		out = append(out, r.Days()...)
	}
	return out
}

// validateCalendar checks sla.holidays and sla.workdays against each other.
func (s SLA) validateCalendar() []error {
	var errs []error
	holiday := map[time.Time]bool{}
	for _, d := range allDays(s.Holidays) {
		holiday[d] = true
	}
	for _, d := range allDays(s.Workdays) {
		day := d.Format(time.DateOnly)
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			errs = append(errs, fmt.Errorf("sla.workdays 里的 %s 是%s，本来就上班：这里只写因调休要上班的周六、周日（调休上班）", day, village.WeekdayName(wd)))
		}
		if holiday[d] {
			errs = append(errs, fmt.Errorf("sla.workdays 里的 %s 也写在 sla.holidays 里：一天不能既放假又上班，请从其中一个列表删掉", day))
		}
	}
	return errs
}

// calendar builds the deadline calendar sla describes in loc.
func (s SLA) calendar(loc *time.Location) village.Calendar {
	if !s.BusinessDays || loc == nil {
		return village.Calendar{}
	}
	return village.NewCalendar(loc, allDays(s.Holidays), allDays(s.Workdays))
}

// Calendar counts SLA deadlines: plain clock time, or business days when
// sla.business_days is on.
func (c *Config) Calendar() village.Calendar { return c.cal }

// AcceptBy is when a report of type typ made at made is due to be accepted
// (sla.<type>.accept on the Calendar, out of the quiet hours).
func (c *Config) AcceptBy(typ village.Type, made time.Time) time.Time {
	return c.cal.Deadline(typ, made, c.SLA.Limit(string(typ)).Accept.Std())
}

// TownshipChat is the township chat that follows rep: the duty chat for an
// emergency, the office chat for a report that went up to the township;
// "" for the others.
func (c *Config) TownshipChat(rep *village.Report) string {
	switch {
	case rep.Type == village.Emergency:
		return c.Township.EmergencyChat
	case rep.WentUp():
		return c.Township.OfficeChat
	}
	return ""
}

// ResolveBy is when a report of type typ accepted at accepted is due to be
// resolved (sla.<type>.resolve on the Calendar, out of the quiet hours).
func (c *Config) ResolveBy(typ village.Type, accepted time.Time) time.Time {
	return c.cal.Deadline(typ, accepted, c.SLA.Limit(string(typ)).Resolve.Std())
}

// PromiseLatest is the latest a handler's promised day (进展 「预计…前办结」)
// may move the deadline of a report of type typ whose SLA deadline is
// slaDue: sla.promise_limit after it, on the Calendar.
func (c *Config) PromiseLatest(typ village.Type, slaDue time.Time) time.Time {
	return c.cal.Due(typ, slaDue, c.SLA.PromiseLimit.Std())
}

// EscalateBy is when an overdue report of type typ whose handler was
// reminded at reminded goes to the township (sla.escalate_after on the
// Calendar).
func (c *Config) EscalateBy(typ village.Type, reminded time.Time) time.Time {
	return c.cal.Due(typ, reminded, c.SLA.EscalateAfter.Std())
}

// HolidaysMissing lists the years, from at's and, in December, the next,
// whose deadlines count business days although sla.holidays does not
// cover them: such a year has only weekends off until the operator adds
// the State Council's holidays. A year is covered when the list has its
// Spring Festival and its National Day (see yearCovered). Nil when
// business days are off.
func (c *Config) HolidaysMissing(at time.Time) []int {
	if !c.SLA.BusinessDays {
		return nil
	}
	at = at.In(c.Location())
	years := []int{at.Year()}
	if at.Month() == time.December {
		years = append(years, at.Year()+1)
	}
	days := allDays(c.SLA.Holidays)
	var out []int
	for _, y := range years {
		if !yearCovered(days, y) {
			out = append(out, y)
		}
	}
	return out
}

// yearCovered reports whether the holidays days cover year y: they have
// its Spring Festival (a day off between 15 January and the end of
// February: the festival falls between 21 January and 20 February) and its
// National Day (1 October). Every year's notice has both; a day of y alone
// is not enough, as the next year's notice can start its 元旦 on 31
// December (2022-12-31 in the 2023 notice), and a year half copied in
// still lacks days off.
func yearCovered(days []time.Time, y int) bool {
	springFestival, nationalDay := false, false
	for _, d := range days {
		if d.Year() != y {
			continue
		}
		springFestival = springFestival || !d.Before(time.Date(y, time.January, 15, 0, 0, 0, 0, time.UTC)) && d.Month() <= time.February
		nationalDay = nationalDay || d.Month() == time.October && d.Day() == 1
	}
	return springFestival && nationalDay
}
