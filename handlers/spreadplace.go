package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// spreadPlace takes word in a grid group that the group's open fire or
// flood (raised within emergencyRekindle) reached a place of the village
// its alarm did not name ("大火烧到后山了" after "老王家着火了") as that
// emergency spread, not a new alarm of another place: the duty chat hears
// 【突发补充·蔓延】 on the same #R, the group's cadres are @'d with where
// to go, and the item notes it (Report.Spread) for the watchdog's
// re-post. A place it reached already is more news of it (a witness's
// line). Words of it feared or asked ("会不会烧到后山") are none; of
// several open it goes by spreadFrom and, unsure, is none (a new alarm
// is cheap to merge). done is false when it is no such word.
func (r *Router) spreadPlace(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	said := t.said().Canon
	if t.where.Kind != words.InGrid || t.placed || reading.Type == village.Emergency && reading.Hazard != village.HazardNone && !words.SpreadsHome(reading.Hazard) ||
		strings.ContainsAny(said, "?？吗") || words.ContainsAnyOf(said, words.FearWords...) || words.ContainsAnyOf(said, words.OwnHome...) {
		return false, nil
	}
	place := words.ReachedPlace(said)
	if place == "" || words.NamesOtherHome(words.BlankSourceHomes(said)) {
		return false, nil
	}
	fits := func(rep village.Report) bool {
		return rep.Type == village.Emergency && words.SpreadsHome(rep.Hazard) && t.at.Sub(rep.CreatedAt) <= words.EmergencyRekindle &&
			(reading.Type != village.Emergency || reading.Hazard == rep.Hazard || reading.Hazard == village.HazardNone) &&
			words.ContainsAnyOf(said, words.HazardMarks[rep.Hazard]...) && !strings.Contains(t.hear(rep.Text).Canon, place)
	}
	open, err := r.openFittingAll(ctx, t, fits)
	if err != nil || len(open) == 0 {
		return false, err
	}
	about := spreadFrom(t, open)
	if len(about) != 1 {
		// "大火烧到后山了" with two fires open: the duty chat hears it at
		// once with every fire's ref, the sender is asked which
		return r.spreadUnsure(ctx, t, reading, about, &words.Home{Key: place, Name: place, Place: true})
	}
	rep := about[0]
	if slices.Contains(rep.Spread(), place) {
		// reached there already: a witness's more news of it
		again, tell := r.joinTell(t, reading)
		return r.join(ctx, t, false, again, func(x village.Report) bool { return x.ID == rep.ID && fits(x) }, tell)
	}
	done, err = r.emergencyBack(ctx, t, rep, reading, &words.Home{Key: place, Name: place, Place: true})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.spreadPlace(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return done, err
}
