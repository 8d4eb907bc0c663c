package village

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// noticeClockRe finds a time of day a notice names ("上午9点", "9:30",
// "下午两点半", "晚上7点到9点"). Its groups:
//
//	1: the part of the day said before it ("下午"), if any
//	2: what comes before the number, to tell "以下3点要求" from a time
//	3: the hour in digits, 4: in Chinese numerals
//	5: the minutes after a colon ("9:30")
//	6: what follows 点/时 ("半", "30分", "一刻", "钟")
var noticeClockRe = regexp.MustCompile(
	`(早上|早晨|清早|一早|上午|明早|今早|中午|下午|傍晚|晚上|今晚|明晚|夜里)?\s*` +
		`(以下|下面|如下|下列|以上|第|这|几)?` +
		`(?:([0-9]{1,2})|([零一二两三四五六七八九十]{1,3}))\s*` +
		`(?:[:：]\s*([0-5][0-9])|[点时]\s*(半|[0-5]?[0-9]\s*分?|一刻|三刻|钟)?)`)

// eveningParts are the parts of the day whose hours are after noon: "下午3点"
// is 15:00.
var eveningParts = []string{"下午", "傍晚", "晚上", "今晚", "明晚", "夜里"}

// clockEnd is the latest time of day n names, as an offset from the start
// of its day: "明天上午9点开会" 9:00, "下午2点到4点" 16:00 (a part of the
// day said once counts for the times after it), "9:30" 9:30; rest is n's
// text without the times found ("明天上午9点开会，下午领表" leaves "明天开会，
// 下午领表"). ok is false when it names none. A bare hour from 1 to 6 is
// the afternoon's ("3点开会" is no meeting at three in the night); a
// number that counts points ("以下3点", "两点要求：") or says "a little"
// ("早一点") is no time: a Chinese numeral counts only after a part of the
// day or before 半, 钟 or minutes.
func (n Notice) clockEnd() (last time.Duration, rest string, ok bool) {
	last, _, rest, ok = n.clockSaid()
	return last, rest, ok
}

// clockSaid is clockEnd, with the words that named the latest time
// ("上午9点").
func (n Notice) clockSaid() (last time.Duration, said, rest string, ok bool) {
	part := ""
	var kept strings.Builder
	from := 0
	for _, sm := range noticeClockRe.FindAllStringSubmatchIndex(n.Text, -1) {
		g := func(i int) string { return group(n.Text, sm, i) }
		if g(1) != "" {
			part = g(1)
		}
		at, valid := clockOf(part, g, n.Text[sm[1]:])
		if !valid {
			continue
		}
		kept.WriteString(n.Text[from:sm[0]])
		from = sm[1]
		if !ok || at > last {
			last, said, ok = at, strings.TrimSpace(g(0)), true
			if g(1) == "" && part != "" {
				said = part + said // "下午2点到4点": 下午4点
			}
		}
	}
	kept.WriteString(n.Text[from:])
	return last, said, kept.String(), ok
}

// pastTimeGrace is how long after the time a notice names it is still
// no mistake: "今晚7点半开会" sent at 20:00 tells of a meeting going on.
const pastTimeGrace = time.Hour

// PastTime is the time of day n names on the day it goes out (on: now;
// a notice held over the night is not checked) that is over by then:
// "今天上午9点在村委会开会" sent at 14:00, a mistake every household would
// read, as PastDay's days are; within pastTimeGrace it is still going on. Only a time of day counts, the latest n
// names on the last day it names ("上午9点到下午5点" at 14:00 is still on;
// "今天上午9点开会，下午领表" names the afternoon after it), not a part of
// the day alone. Said is the words that named it. ok is false when n
// names no such time.
func (n Notice) PastTime(on time.Time) (at time.Time, said string, ok bool) {
	end, clocked, named := n.timeEnd()
	if !named || !clocked || n.Held || end.Add(pastTimeGrace).After(on) || !StartOfDay(end).Equal(StartOfDay(on.In(end.Location()))) {
		return time.Time{}, "", false
	}
	_, said, _, _ = n.clockSaid()
	return end, said, true
}

// clockOf reads one time noticeClockRe found (its groups through g), in
// the part of the day said last; after is the text after it. valid is
// false when it counts something rather than naming a time.
func clockOf(part string, g func(int) string, after string) (at time.Duration, valid bool) {
	after = strings.TrimLeft(after, " ")
	if g(2) != "" || startsWithAnyOf(after, "：", ":", "要求", "注意", "意见", "建议") {
		return 0, false
	}
	var hour int
	if g(3) != "" {
		hour, _ = promiseNumber(g(3))
	} else {
		if g(1) == "" && g(6) == "" {
			return 0, false // "一点", "两点": a little, or a count
		}
		h, ok := promiseNumber(strings.ReplaceAll(g(4), "两", "二"))
		if !ok && g(4) != "零" {
			return 0, false
		}
		hour = h
	}
	minute := 0
	switch m := g(5) + g(6); {
	case m == "半":
		minute = 30
	case m == "一刻":
		minute = 15
	case m == "三刻":
		minute = 45
	case m == "钟" || m == "":
	default:
		minute, _ = promiseNumber(strings.TrimSpace(strings.TrimSuffix(m, "分")))
	}
	switch {
	case part == "中午" && hour <= 2:
		hour += 12
	case hour < 12 && slices.Contains(eveningParts, part):
		hour += 12
	case part == "" && hour >= 1 && hour <= 6:
		hour += 12
	}
	if hour > 24 || minute > 59 || hour == 24 && minute > 0 {
		return 0, false
	}
	return time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute, true
}

func startsWithAnyOf(s string, words ...string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(s, w) })
}

// passOnLead is how long before the time a notice names (its meeting at
// 9:00) phoning about it stops: told later, an elder cannot get there.
const passOnLead = 30 * time.Minute

// PassOnBy is when n stops being passed on by phone because of the time
// it names (see PassedOn): passOnLead before the time of day it names on
// its last day ("明天上午9点开会": 8:30 the next day), else the end of the
// part of that day it names, else that day's end. ok is false when it
// names no day.
func (n Notice) PassOnBy() (time.Time, bool) {
	end, clocked, ok := n.timeEnd()
	if clocked {
		end = end.Add(-passOnLead)
	}
	return end, ok
}

// Imminent is the time of day n names when, at t, it is still to come
// but too close to pass n on (within passOnLead: at 9:10 for the meeting
// at 9:30); ok is false at any other t, and for a notice that names no
// time of day.
func (n Notice) Imminent(t time.Time) (at time.Time, ok bool) {
	end, clocked, named := n.timeEnd()
	if !named || !clocked || !t.Before(end) || t.Before(end.Add(-passOnLead)) {
		return time.Time{}, false
	}
	return end, true
}

// PhoneBy is when the calls that pass n on must be made by, as the
// follow-up and the call lists tell the workers: CallBy, or, when sooner
// than the time or the day n names, when n stops being passed on
// (RelayedUntil): one posted on 1 December about 12月20日上午9点 is phoned
// about until 9 December (RelayMax), not till the 20th, and a worker told
// "by the 20th" would find it gone from his list on the 10th; one posted
// before WithRelay existed, about 下周一 on a Thursday, until Saturday.
// ok is false when neither sets one before the day n names ends (or n
// names none). An urgent notice is phoned about at once, whatever the end
// of its passing on: only CallBy.
func (n Notice) PhoneBy() (time.Time, bool) {
	by, ok := n.CallBy()
	end, named := n.PassOnBy()
	if until := n.RelayedUntil(); named && !n.Held && !n.Urgent && until.Before(end) && (!ok || until.Before(by)) {
		// a round time a worker can keep in mind: 15:00, not 15:27
		return until.Truncate(30 * time.Minute), true
	}
	return by, ok
}

// CallBy is when a call passing n on must be made by, when the time of
// day or the part of the day n names sets that before its day ends
// ("明天上午9点开会": 8:30 the next day); ok is false when it sets none
// (PassOnBy is then the end of a day, or there is none).
func (n Notice) CallBy() (time.Time, bool) {
	by, ok := n.PassOnBy()
	if !ok {
		return by, false
	}
	end, _ := n.dayEnd()
	return by, by.Before(end)
}

// TellDayBefore is the day by which the calls that pass n on, as a list
// sent at at asks them, must be made when n's event is on a later day
// than at's: the day before it (by its end), since an elder told the
// morning of it cannot prepare (an ID card to bring, someone to go with).
// ok is false for an urgent notice (phoned at once), for one whose
// passing on ends before its event (RelayMax: PhoneBy is then that end),
// and when the event is on at's day or earlier: PhoneBy (8:30 for the
// meeting at 9) then stands.
func (n Notice) TellDayBefore(at time.Time) (day time.Time, ok bool) {
	by, named := n.PassOnBy()
	if phone, set := n.PhoneBy(); n.Urgent || !named || set && !phone.Equal(by) {
		return time.Time{}, false
	}
	// the event's day: by is 8:30 on it, or the midnight that ends it
	before := StartOfDay(by.Add(-time.Nanosecond)).AddDate(0, 0, -1)
	if StartOfDay(at.In(by.Location())).After(before) {
		return time.Time{}, false
	}
	return before, true
}

// callListMargin is how long after a call list goes out its calls are
// still being made: a call on the 8:00 list is made by about 10:00.
const callListMargin = 2 * time.Hour

// CallWaits reports whether a call on the list sent at list still passes n
// on in time, as a follow-up at at tells the workers to: n is still passed
// on then (PassedOn), and the list, with callListMargin to make the call,
// comes before the follow-up's deadline for n: the end of the day before
// its event when that is later than at's day (TellDayBefore: the elder
// prepares), else PassOnBy (8:30 for the meeting at 9). A notice naming no
// day waits for any list. "明天上午9点开会" chased at 18:15 cannot wait for
// tomorrow's 8:00 list; "后天上午9点开会" can.
func (n Notice) CallWaits(list, at time.Time) bool {
	if !n.PassedOn(list) {
		return false
	}
	by, ok := n.PassOnBy()
	if day, before := n.TellDayBefore(at); before {
		by, ok = day.AddDate(0, 0, 1), true
	}
	return !ok || !list.Add(callListMargin).After(by)
}

// EventAt is the time n names, as a worker is told it: the time of day it
// names on its last day (clocked: "明天上午9点" is 9:00 the next day), else
// the start of the last day it names. ok is false when it names no day.
func (n Notice) EventAt() (at time.Time, clocked, ok bool) {
	at, clocked, ok = n.timeEnd()
	if ok && !clocked {
		at = StartOfDay(at.Add(-time.Nanosecond))
	}
	return at, clocked, ok
}
