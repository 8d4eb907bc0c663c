package handlers

import (
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/village"
)

// An elder in hospital, told on a call ("她儿子说她住院了", "他说住院了 下周
// 回来"), is no matter for the grid to fix: it is recorded on her call (a
// miss that her family explained counts as reached), her routine calls
// wait until the day named for her return (a week by default), and only
// a need told beside it ("家里的鸡没人喂") may become an item.

// hospitalWords say someone is in hospital now.
// Being taken there ("送医院了") is an emergency's news, not a stay.
var hospitalWords = []string{"住院", "住医院", "在医院住"}

// stayKin are those of her home whose stay a clause may tell instead of
// hers ("她老伴住院了"), unless they are only who told it ("她儿子说").
var stayKin = []string{"老伴", "儿子", "女儿", "闺女", "孙子", "孙女", "媳妇", "老头", "老婆", "女婿"}

// othersStay reports whether clause tells the stay of one of her home
// ("她老伴住院了"), not hers as told by one of them ("她儿子说她住院了").
func othersStay(clause string) bool {
	for _, k := range stayKin {
		if strings.Contains(clause, k) && !strings.Contains(clause, k+"说") {
			return true
		}
	}
	return false
}

// homeAgain tell when she comes home, a clause of her stay.
var homeAgain = []string{"回来", "回家", "出院", "下周", "下个星期", "下礼拜", "过几天", "过两天", "几天"}

// awayDays is how many days an elder's calls wait when no return day is named.
const awayDays = 7

// hospitalStay is what a call note tells of an elder in hospital: until
// when her calls wait, and the rest of the note (what else it tells).
type hospitalStay struct {
	until time.Time
	rest  string
	// heard: the stay is hearsay or a guess ("听说住院了", "可能住院了"):
	// on a call that got no answer it pauses nothing.
	heard bool
	// out: she stays away from home, not in hospital ("去她女儿家住了",
	// "这个月不在村里": outOfHome).
	out bool
}

// hearsayWords make a stay told on a miss a guess: nobody of hers said it.
var hearsayWords = []string{"听说", "据说", "好像", "可能", "估计", "也许", "大概", "不确定", "是不是", "不知道"}

// inHospital reads note, written at now, for an elder in hospital: ok is
// false when it tells none (negated: "没住院").
func inHospital(note string, now time.Time) (hospitalStay, bool) {
	var rest []string
	found, heard, hosp := false, false, false
	for _, c := range strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(" ，。,.!！?？；;、\n", r) }) {
		out := outOfHome(c, note) && !othersStay(withoutAwayPlaces(c))
		switch {
		case toldAny(c, hospitalWords) && !othersStay(c) || out:
			hosp = hosp || !out
			// "听说她住院了", or "听说 住院了" (the guess a clause before)
			guess := len(rest) > 0 && containsAnyOf(rest[len(rest)-1], hearsayWords...) && utf8.RuneCountInString(rest[len(rest)-1]) <= 3
			found, heard = true, heard || guess || containsAnyOf(c, hearsayWords...)
		case containsAnyOf(c, homeAgain...) && !containsAnyOf(c, "没人", "没有人", "不能", "没法"):
		default:
			rest = append(rest, c)
		}
	}
	if !found {
		return hospitalStay{}, false
	}
	return hospitalStay{until: returnDay(note, now), rest: strings.Join(rest, " "), heard: heard, out: !hosp}, true
}

// toldAny reports whether clause tells any of words, not negated (told).
func toldAny(clause string, words []string) bool {
	for _, w := range words {
		if told(clause, w) {
			return true
		}
	}
	return false
}

// returnDay is the day an elder in hospital is back, as note written at
// now names it (village.BackDay: 明天出院, 12月10日, 住到15号: the 16th,
// 下周回来: next Monday, 三天后), at midnight; a week on when it names none.
func returnDay(note string, now time.Time) time.Time {
	if day, ok := village.BackDay(note, now, village.FirstDayBack); ok {
		return day
	}
	if day, ok := monthStay(note, now); ok {
		return day // "这个月不在村里"
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	return today.AddDate(0, 0, awayDays)
}
