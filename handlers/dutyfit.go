package handlers

// Which open emergency an officer's plain words in the duty chat are
// about: whom he sent names the hazard ("消防车已经出发了" a fire's), and
// of two fires the one its reporter said burns ("着火了") before one
// that only smokes.

import (
	"slices"
	"strings"

	"gridbot/village"
)

// responders are the words, in an officer's note, of whom he sent or
// what he had done, for each hazard they answer.
var responders = map[village.Hazard][]string{
	village.HazardFire:     {"消防", "119", "灭火", "火"},
	village.HazardGas:      {"燃气", "煤气", "消防", "119"},
	village.HazardMedical:  {"120", "救护车", "卫生院", "医院", "医生", "急救"},
	village.HazardCrime:    {"派出所", "110", "民警", "警察", "公安"},
	village.HazardMissing:  {"派出所", "110", "民警", "警察", "公安", "搜", "找人"},
	village.HazardFlood:    {"沙袋", "排水", "抽水", "水利", "防汛"},
	village.HazardCollapse: {"挖掘机", "吊车", "救援队", "消防"},
}

// plainly are the words of an item's own text that tell its hazard
// outright: a fire's 火 or 烧, where another only says smoke.
var plainly = map[village.Hazard][]string{
	village.HazardFire: {"火", "烧"},
}

// dutyFit is the one open emergency of open, touched within freshWindow,
// that note fits (responders); of several, the one whose text tells its
// hazard plainly, when only one does. ok is false when none or several
// fit alike.
func dutyFit(t *turn, open []village.Report, note string) (rep village.Report, ok bool) {
	var fit []village.Report
	for _, rep := range open {
		if rep.Type == village.Emergency && rep.Status.Open() && rep.Status != village.StatusResolved &&
			t.at.Sub(lastTouched(rep)) <= freshWindow && containsAnyOf(note, responders[rep.Hazard]...) {
			fit = append(fit, rep)
		}
	}
	if len(fit) > 1 {
		if plain := slices.DeleteFunc(slices.Clone(fit), func(rep village.Report) bool {
			return !containsAnyOf(rep.Text, plainly[rep.Hazard]...)
		}); len(plain) > 0 {
			fit = plain
		}
	}
	if len(fit) != 1 || strings.ContainsAny(note, "?？吗") {
		return village.Report{}, false
	}
	return fit[0], true
}
