package scheduler

import (
	"slices"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// untakenPrivate is the evening's word to the handlers of a grid's
// private items that nobody took on yet (status new): the group's digest
// leaves private items out, and the overdue reminder comes only after
// sla.<type>.accept (a day), while a private 「炉子漏烟」 told through a
// worker's call must not wait that long unseen. One message to each
// handler (a handler away: who has his items, covers), listing his; none
// when there are none. Emergencies and answered procedure questions are
// not listed: the duty chat and the villager have those.
func (j *jobs) untakenPrivate(reports []village.Report, grid string, covers *itemCovers, now time.Time) []bot.Outbound {
	mine := map[string][]village.Report{}
	var order []string
	for _, r := range reports {
		if r.Grid != grid || !r.Private() || r.Type == village.Emergency || r.Status != village.StatusNew ||
			r.ProcedureAnswered() || r.CreatedAt.After(now) {
			continue
		}
		shown, _ := covers.of(r)
		for _, h := range shown.Handlers {
			if !slices.Contains(order, h) {
				order = append(order, h)
			}
			mine[h] = append(mine[h], r)
		}
	}
	var out []bot.Outbound
	for _, h := range order {
		items := mine[h]
		village.OverdueFirst(items, now)
		out = append(out, j.privately(items[0].Village, h, "digest.private", map[string]any{"Items": items, "Now": now}))
	}
	return out
}
