package village

import (
	"slices"
	"strings"
	"time"
)

// DatedOn is n's text as quoted back to a villager who asks of it at at:
// each day counted from the day it was written (今天, 明天, 明早, 后天…,
// dayWords) is its date, with the day as read on at's day beside it when
// that is today, tomorrow or the day after: "明天上午9点" written on 7
// December reads "12月8日（明天）上午9点" on the 7th, "12月8日（今天）上午9点"
// on the 8th and "12月8日上午9点" later. Weekdays are read as TextOn reads
// them (said from at's day in a later week). Days are those of n's zone.
func (n Notice) DatedOn(at time.Time) string {
	from, today := StartOfDay(n.At), StartOfDay(at.In(n.At.Location()))
	var pairs []string
	for _, w := range slices.Concat(dayWords, pastDayWords) {
		if strings.Contains(n.Text, w.word) {
			pairs = append(pairs, w.word, datedDay(from.AddDate(0, 0, w.days), today, w.part))
		}
	}
	text := n.Text
	if pairs != nil {
		text = strings.NewReplacer(pairs...).Replace(text)
	}
	return weekdaysOn(text, n.At, at)
}

// datedDay is day's date, with part of it, and the day as read on today
// beside it when it is today, tomorrow or the day after: "12月8日（明天）早上".
func datedDay(day, today time.Time, part string) string {
	s := Dated(day, today, DateLayout)
	switch day.Sub(today).Round(time.Hour) {
	case 0:
		s += "（今天）"
	case 24 * time.Hour:
		s += "（明天）"
	case 48 * time.Hour:
		s += "（后天）"
	}
	return s + part
}
