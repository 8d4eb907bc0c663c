package handlers

// Which open emergency an officer's plain words in the duty chat are
// about: whom he sent names the hazard ("消防车已经出发了" a fire's), and
// of two fires the one its reporter said burns ("着火了") before one
// that only smokes; a search the missing alarm whose place it names.

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// dutyFit is the one open emergency of open, touched within freshWindow,
// that note fits (dutyFits); of several, the one whose text tells its
// hazard plainly, when only one does. ok is false when none or several
// fit alike.
func (r *Router) dutyFit(t *turn, open []village.Report, note string) (rep village.Report, ok bool) {
	fit, _ := r.dutyFits(t, open, note)
	if len(fit) != 1 || strings.ContainsAny(note, "?？吗") {
		return village.Report{}, false
	}
	return fit[0], true
}

// dutyFits are the live emergencies of open (dutyLive) note fits. Search
// words fit the alarms searched for (searched: "派人去后山找了" the
// missing ones, "救援队正在挖" a collapse with people trapped,
// "救援队已经在搜了" either), those whose place or name they name most
// when any does (searchAbout, as a grid cadre's search is read: alarm91,
// alarm93); two named alike both fit, and searched is true. Other words
// fit by whom he sent (responders); of several, those whose text tells
// their hazard plainly, when any does.
func (r *Router) dutyFits(t *turn, open []village.Report, note string) (fit []village.Report, searched bool) {
	live := dutyLive(t, open)
	if kind := words.SearchOf(note); kind != words.SearchNone {
		if sought := slices.DeleteFunc(slices.Clone(live), func(rep village.Report) bool { return !r.searched(t, rep, kind) }); len(sought) > 0 {
			about, _ := r.searchAbout(t, sought, note)
			return about, true
		}
	}
	fit = slices.DeleteFunc(live, func(rep village.Report) bool { return !words.ContainsAnyOf(note, words.Responders[rep.Hazard]...) })
	if len(fit) > 1 {
		if plain := slices.DeleteFunc(slices.Clone(fit), func(rep village.Report) bool {
			return !words.ContainsAnyOf(rep.Text, words.Plainly[rep.Hazard]...)
		}); len(plain) > 0 {
			fit = plain
		}
	}
	return fit, false
}

// searched reports whether rep, a live emergency, is one a search of
// kind may be of: a missing person's of 找 or 搜, a collapse with people
// trapped (understand.PeopleTrapped) of 挖 or 搜 (alarm93), a fire with
// people inside (understand.PeopleInside) of a rescue's words; in the duty
// chat and the grid alike (alarm94).
func (r *Router) searched(t *turn, rep village.Report, kind words.SearchKind) bool {
	switch rep.Hazard {
	case village.HazardMissing:
		return kind == words.SearchLost || kind == words.SearchEither
	case village.HazardCollapse:
		return (kind == words.SearchBuried || kind == words.SearchEither) && understand.PeopleTrapped(t.hear(rep.Text))
	case village.HazardFire:
		// "消防正在找屋里的人" of a fire with people inside (lost97)
		return kind == words.SearchBuried && understand.PeopleInside(t.hear(rep.Text))
	}
	return false
}

// dutyLive are the emergencies of open an officer's words in the duty
// chat may be about: open, not resolved, touched within freshWindow.
func dutyLive(t *turn, open []village.Report) []village.Report {
	var live []village.Report
	for _, rep := range open {
		if rep.Type == village.Emergency && rep.Status.Open() && rep.Status != village.StatusResolved &&
			t.at.Sub(words.LastTouched(rep)) <= words.FreshWindow {
			live = append(live, rep)
		}
	}
	return live
}

// dutyPick asks an officer whose words in the duty chat fit several live
// emergencies alike (dutyFits), or none of several, which one: each
// numbered, 「1」 his words as its note (「#R3 我马上过去」, which takes it
// on first when nobody has: dutyProgress). The question is kept in the
// items' village, where 「1」 commits once. done is false with fewer than
// two such alarms his to note, or for a question.
func (r *Router) dutyPick(ctx context.Context, t *turn, open []village.Report, note string) (done bool, err error) {
	if strings.ContainsAny(note, "?？吗") {
		return false, nil
	}
	cands, searched := r.dutyFits(t, open, note)
	if len(cands) == 0 {
		cands, searched = dutyLive(t, open), false
	}
	cands = slices.DeleteFunc(cands, func(rep village.Report) bool { may, _, _ := r.mayNow(t, words.VProgress, rep); return !may })
	if len(cands) < 2 {
		return false, nil
	}
	opts := r.townshipPicks(t, cands, func(rep village.Report) string {
		return string(words.VProgress) + " " + village.TownshipRef(rep.Village, rep.ID, len(r.cfg.Villages) > 1) + " " + note
	})
	items, rest, err := r.askPickOne(t, note, opts, len(opts), true)
	if err != nil {
		return true, err
	}
	return true, r.reply(ctx, t, "pick.duty", map[string]any{"Who": t.who.Name, "Note": note, "Items": items, "Rest": rest,
		"Search": dutySought(cands, searched)})
}

// dutySought is what a search's pick asks of (pick.duty, alarm93): "lost"
// when its alarms are all missing people's (是找哪一起), "buried" when all
// are collapses with people trapped (是救哪一起), "both" when they are of
// both (是搜救哪一起); "" when his words were no search.
func dutySought(cands []village.Report, searched bool) string {
	if !searched {
		return ""
	}
	lost := slices.ContainsFunc(cands, func(rep village.Report) bool { return rep.Hazard == village.HazardMissing })
	buried := slices.ContainsFunc(cands, func(rep village.Report) bool { return rep.Hazard != village.HazardMissing })
	switch {
	case lost && buried:
		return "both"
	case buried:
		return "buried"
	}
	return "lost"
}

// townshipPicks are the options of a township cadre's which-list of items
// (the duty chat's alarms, the office's items sent up): by village, then
// number, each its village's when the township has several (their
// numbers may be alike), its number running line(item). The question is
// kept in the items' village when they are all of one: his 「1」 is the
// item's one commit.
func (r *Router) townshipPicks(t *turn, cands []village.Report, line func(village.Report) string) []words.PickOption {
	slices.SortFunc(cands, func(a, b village.Report) int {
		return cmp.Or(strings.Compare(a.Village, b.Village), cmp.Compare(words.RefNumber(a.ID), words.RefNumber(b.ID)))
	})
	opts := make([]words.PickOption, len(cands))
	for i, rep := range cands {
		opts[i] = words.PickOption{Ref: rep.ID, Line: line(rep), Label: strings.TrimSpace(rep.Grid + " " + words.ShortText(rep.Text))}
		if len(r.cfg.Villages) > 1 {
			opts[i].Village = rep.Village
		}
	}
	if v := cands[0].Village; cands[len(cands)-1].Village == v {
		askIn(t, storage.VillageScope(v))
	}
	return opts
}
