package village

import (
	"slices"
	"strings"
)

// DangerCategory is the category of a report of a danger left in the
// open (安全隐患): a cracked wall under snow, a dangling line.
const DangerCategory = "安全隐患"

// OpenDanger reports whether r is a safety danger still being handled
// (town107): not an emergency (those are alarms, asked and listed apart),
// open and not yet resolved, and either filed as 安全隐患 or carrying a
// caution the bot told the group to keep away by (a line down, a road
// caved in, a flue leaking smoke, a dog that bites). A pipe frozen but
// whole (HazardFrozen) harms nobody while it waits, nor does a fee asked in
// an office's name (HazardSwindle) or old phones collected (HazardPhones):
// no spot to keep away from. In the cold months
// these are what an officer asking 「各村没出啥事吧」 still has to worry
// about, though nothing went wrong yet.
func (r *Report) OpenDanger() bool {
	return r.openMatter() && (r.Category == DangerCategory || r.Hazard != HazardNone && r.Hazard != HazardFrozen && r.Hazard != HazardSwindle && r.Hazard != HazardPhones)
}

// openMatter reports whether r is an item still being handled that is no
// emergency (those are alarms, asked and listed apart): open, not resolved,
// not a procedure answered.
func (r *Report) openMatter() bool {
	return r.Type != Emergency && r.Status.Open() && r.Status != StatusResolved && !r.ProcedureAnswered()
}

// RoadCategory is the category of the items of the ways: roads, bridges,
// street lamps.
const RoadCategory = "道路交通"

// OpenRoad reports whether r is a road item still being handled (town110:
// 「各村路上结冰的有几处」「哪些路还没通」): no emergency, open and not
// resolved, filed as 道路交通 or as an open danger (an icy bridge kept away
// from). Which state its way is in is the caller's to read.
func (r *Report) OpenRoad() bool {
	return r.openMatter() && r.Category == RoadCategory || r.OpenDanger()
}

// houseWords name a house or the parts of one that fall on its people: a
// danger naming one is a house's (HouseDanger).
var houseWords = []string{"危房", "房", "屋", "墙", "梁", "土坯", "瓦"}

// HouseDanger reports whether r is an open danger of a house (危房,
// town108): OpenDanger, its text naming a house or a part of one, and no
// caution of another kind (a wire, a flue, a frozen pipe in a house is the
// wire's, not the house's).
func (r *Report) HouseDanger() bool {
	return r.OpenDanger() && (r.Hazard == HazardNone || r.Hazard == HazardCollapse) && r.namesHouse()
}

// HouseFallen reports whether r is an emergency of a house come (partly)
// down that is still being handled (town109): 「村里小学后面那间老房子屋顶
// 被雪压塌了一半 孩子们老在边上玩」 is raised as an alarm, yet what stands of
// the house is the 危房 an officer asks after. Not one raised at a danger's
// place (Danger): that danger is the house's line already. Whether someone
// is in it is the caller's to read (understand.Endangers): a rescue is no
// 危房 to list.
func (r *Report) HouseFallen() bool {
	return r.Type == Emergency && r.Status.Open() && r.Status != StatusResolved && r.Hazard == HazardCollapse &&
		r.Danger == "" && r.namesHouse()
}

// namesHouse reports whether r's text names a house or a part of one.
func (r *Report) namesHouse() bool {
	for _, w := range houseWords {
		if strings.Contains(r.Text, w) {
			return true
		}
	}
	return false
}

// DangerAlarms are the emergencies of reports raised at the place of the
// safety danger r (Report.Danger, town108), oldest first, not those merged
// as another's duplicate; and, when the alarm r's own link names (CameTrue,
// town109) is no longer among reports (closed long ago), that one too,
// from the link. What the dangers asked and the 早报 name (town110,
// town111: the 早报 named only the newest).
func (r Report) DangerAlarms(reports []Report) []Report {
	var came []Report
	for _, o := range reports {
		if o.Type == Emergency && o.Danger == r.ID && o.Village == r.Village && o.Status != StatusDuplicate {
			came = append(came, o)
		}
	}
	slices.SortStableFunc(came, func(a, b Report) int { return a.CreatedAt.Compare(b.CreatedAt) })
	if r.CameTrue != "" && !slices.ContainsFunc(came, func(a Report) bool { return a.ID == r.CameTrue }) {
		came = append(came, Report{ID: r.CameTrue, Village: r.Village, Grid: r.Grid, CreatedAt: r.CameTrueAt})
	}
	return came
}
