package handlers

import (
	"context"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// countAsks ask how a member's points count ("他的积分怎么算", "算不算").
var countAsks = []string{"怎么算", "咋算", "算不算", "算吗", "算不", "参评", "户均"}

// pointsRules answers a question how the points count that tells no deed
// done (understand.RulesAsked): whether a member away from home counts
// in the household average (the config's points.average), the catalogue
// item the question names with its points and evidence, and how to claim
// it. done is false when the text asks no such thing.
func (p *pointsFlow) pointsRules(ctx context.Context, t *turn) (done bool, err error) {
	deed, ok := understand.RulesAsked(t.said())
	if !ok {
		return false, nil
	}
	kin := words.KinClaimedFor(t.text)
	// "能帮我妈申请积分吗" asks how to claim for her, not whether she
	// counts in the average: said only of one away or how his count
	// goes (appr106)
	member := words.AwayRe.MatchString(t.text) || kin && words.ContainsAnyOf(t.text, countAsks...)
	data := map[string]any{"Kin": kin, "Member": member}
	ind, found := p.cat.Match(deed, village.Indicator.Claimable)
	if !found && understand.HasContent(deed) {
		ind, found = p.readIndicator(ctx, deed, village.Indicator.Claimable)
	}
	if found {
		data["Item"] = ind
	}
	data["Excluded"] = p.averageExcluded()
	return true, p.r.reply(ctx, t, "points.rules", data)
}
