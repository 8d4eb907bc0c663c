package handlers

import (
	"slices"

	"gridbot/handlers/words"
	"gridbot/understand"
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
	open = rescuedFrom(t, spreadFrom(t, open))
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

// rescuedFrom narrows emergencies that words of a rescue ("救出来了",
// "老人找到了 救出来了") fit alike to those a rescue is of (rescueOf): a
// fire with people inside and a search open, it is the fire's
// (alarm98); a search ends in finding. None such: those but searches;
// still none, all are left.
func rescuedFrom(t *turn, open []village.Report) []village.Report {
	if len(open) < 2 || !words.Rescued(t.said().Canon) {
		return open
	}
	if fit := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool { return !rescueOf(t, rep) }); len(fit) > 0 {
		return fit
	}
	if fit := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool { return rep.Hazard == village.HazardMissing }); len(fit) > 0 {
		return fit
	}
	return open
}

// rescueOf reports whether rep is an emergency people are got out of: a
// fire with people inside (understand.PeopleInside), a collapse with
// people trapped (understand.PeopleTrapped), a flood, a drowning.
func rescueOf(t *turn, rep village.Report) bool {
	said := t.hear(rep.Text)
	switch rep.Hazard {
	case village.HazardFire:
		return understand.PeopleInside(said)
	case village.HazardCollapse:
		return understand.PeopleTrapped(said)
	case village.HazardFlood:
		return true
	case village.HazardMedical:
		return understand.SceneOf(said, rep.Hazard).Drown
	}
	return false
}
