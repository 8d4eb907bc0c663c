package handlers

import (
	"context"
	"strings"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// farmLossTold tells a villager who says his stock or greenhouse was lost,
// asking nothing ("昨晚冻死了三头猪", "俺家大棚叫雪压趴了"), the farm
// insurance claim's first steps as the guide words them: the claim must be
// reported to the insurer within hours of the loss and the carcasses kept,
// so by the time he thinks to ask it may be too late. Nothing is filed:
// reporting the claim is his to do, not the grid's (appr91). Silent when
// the guide holds no farm insurance entry, or no step of it says 报案.
func (r *Router) farmLossTold(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if reading.Intent != village.IntentNoise || t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || t.who.IsCadre() || !understand.FarmLossTold(t.text) {
		return false, nil
	}
	p := r.procedureNamed(farmInsurance)
	if p == nil {
		return false, nil
	}
	var steps []string
	for _, s := range p.Steps {
		if strings.Contains(s, "报案") || strings.Contains(s, "现场") {
			steps = append(steps, s)
		}
	}
	if len(steps) == 0 || !strings.Contains(steps[0], "报案") {
		return false, nil
	}
	return true, r.reply(ctx, t, "farmloss.told", map[string]any{"Who": t.who.Name, "Name": p.Name, "Steps": steps})
}
