package words

import (
	"slices"

	"gridbot/village"
)

// Grids is the roster as naming a grid's cadres needs it.
type Grids interface {
	InGrid(villageName, grid string, role village.Role) []village.Person
}

// Elsewhere is another village of the township an alarm's words name:
// its name and its grid leaders with their phones (alarm100).
type Elsewhere struct {
	Name    string
	Leaders []village.Person
}

// AlarmElsewhere is the other village of the township rep's words name
// ("石桥村着火了 火很大" in 青山村三组's group), for the duty chat to call
// beside the grid that heard it: its first post and the watchdog's
// re-posts alike (alarm101). A name places does not know ("王家庄") may be
// a hamlet of the village's own: ok is false.
func AlarmElsewhere(places village.Places, ppl Grids, rep village.Report) (Elsewhere, bool) {
	p := places.In(rep.Text)
	if p.Kind != village.PlaceVillage && p.Kind != village.PlaceGrid || len(p.Grids) == 0 || slices.ContainsFunc(p.Grids, func(g village.Grid) bool { return g.Village == rep.Village }) {
		return Elsewhere{}, false
	}
	e := Elsewhere{Name: p.Name}
	for _, g := range p.Grids {
		e.Leaders = append(e.Leaders, ppl.InGrid(g.Village, g.Name, village.RoleLeader)...)
	}
	return e, true
}
