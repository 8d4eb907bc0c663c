package village

// DangerCategory is the category of a report of a danger left in the
// open (安全隐患): a cracked wall under snow, a dangling line.
const DangerCategory = "安全隐患"

// OpenDanger reports whether r is a safety danger still being handled
// (town107): not an emergency (those are alarms, asked and listed apart),
// open and not yet resolved, and either filed as 安全隐患 or carrying a
// caution the bot told the group to keep away by (a line down, a road
// caved in, a flue leaking smoke, a dog that bites). A pipe frozen but
// whole (HazardFrozen) harms nobody while it waits. In the cold months
// these are what an officer asking 「各村没出啥事吧」 still has to worry
// about, though nothing went wrong yet.
func (r *Report) OpenDanger() bool {
	if r.Type == Emergency || !r.Status.Open() || r.Status == StatusResolved || r.ProcedureAnswered() {
		return false
	}
	return r.Category == DangerCategory || r.Hazard != HazardNone && r.Hazard != HazardFrozen
}
