package village

import "strings"

// DangerCategory is the category of a report of a danger left in the
// open (安全隐患): a cracked wall under snow, a dangling line.
const DangerCategory = "安全隐患"

// OpenDanger reports whether r is a safety danger still being handled
// (town107): not an emergency (those are alarms, asked and listed apart),
// open and not yet resolved, and either filed as 安全隐患 or carrying a
// caution the bot told the group to keep away by (a line down, a road
// caved in, a flue leaking smoke, a dog that bites). A pipe frozen but
// whole (HazardFrozen) harms nobody while it waits, nor does a fee asked in
// an office's name (HazardSwindle): no spot to keep away from. In the cold months
// these are what an officer asking 「各村没出啥事吧」 still has to worry
// about, though nothing went wrong yet.
func (r *Report) OpenDanger() bool {
	if r.Type == Emergency || !r.Status.Open() || r.Status == StatusResolved || r.ProcedureAnswered() {
		return false
	}
	return r.Category == DangerCategory || r.Hazard != HazardNone && r.Hazard != HazardFrozen && r.Hazard != HazardSwindle
}

// houseWords name a house or the parts of one that fall on its people: a
// danger naming one is a house's (HouseDanger).
var houseWords = []string{"危房", "房", "屋", "墙", "梁", "土坯", "瓦"}

// HouseDanger reports whether r is an open danger of a house (危房,
// town108): OpenDanger, its text naming a house or a part of one, and no
// caution of another kind (a wire, a flue, a frozen pipe in a house is the
// wire's, not the house's).
func (r *Report) HouseDanger() bool {
	if !r.OpenDanger() || r.Hazard != HazardNone && r.Hazard != HazardCollapse {
		return false
	}
	for _, w := range houseWords {
		if strings.Contains(r.Text, w) {
			return true
		}
	}
	return false
}
