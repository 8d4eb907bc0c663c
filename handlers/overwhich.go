package handlers

import (
	"slices"

	"gridbot/handlers/words"
	"gridbot/village"
)

// overOfWhich narrows the emergencies (newest first) words that one is
// over or was a false alarm ("火灭了", "刚才是演练", "#R3 是误报 没漏气")
// may be of, when there are several, to those the words name: by #R,
// place or home (spreadFrom: "演练" names the alarm "演练着火了"), then by
// hazard ("没漏气" the gas leak), then to his own (hisOwn). What narrows to none leaves them all, to
// be asked which: a guess would stop the watchdog of another.
func overOfWhich(t *turn, open []village.Report) []village.Report {
	if len(open) < 2 {
		return open
	}
	open = spreadFrom(t, open)
	said := t.said().Canon
	if named := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		return !words.ContainsAnyOf(said, words.HazardNames[rep.Hazard]...)
	}); len(named) > 0 {
		open = named
	}
	return hisOwn(t, open)
}

// hisOwn narrows emergencies the sender's words fit alike to the one he
// raised or told of too, when there is one such: 张三's 「水退了」 with
// his yard's flood and the village entrance's open is of his yard. None
// or several of his: all are left, to be asked which.
func hisOwn(t *turn, open []village.Report) []village.Report {
	if len(open) < 2 {
		return open
	}
	own := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool { return !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) })
	if len(own) == 1 {
		return own
	}
	return open
}
