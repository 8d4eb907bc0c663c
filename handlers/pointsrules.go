package handlers

import (
	"context"
	"time"

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
	// "能帮村里扫雪挣积分不": a deed still to do, claimed once done (pts112)
	data := map[string]any{"Kin": kin, "Member": member, "Planned": understand.PlannedDeed(t.said().Canon)}
	ind, found := p.cat.Match(deed, village.Indicator.Claimable)
	if !found && understand.HasContent(deed) {
		ind, found = p.readIndicator(ctx, deed, village.Indicator.Claimable)
	}
	if found {
		data["Item"] = ind
	}
	data["Excluded"] = p.averageExcluded()
	back := p.deedYearBack(t.text, t.at)
	if past := p.pastYearData(t, t.who, t.text, back); past != nil {
		// 「去年腊月二十三帮王奶奶扫房子 能加分不」: a settled year's deed,
		// told as its claim would be (pts112: the how-to invited a claim
		// sure to be refused); a 腊月 or winter may be this year's first
		// weeks, whose claiming time is over once its latest day's is
		if past["Lunar"] == true {
			now := t.at.In(p.r.cfg.Location())
			// 腊月 ends by 20 February at the latest (the Spring Festival
			// falls between 21 January and 20 February)
			due, _, _ := p.cfg.ClaimDue(time.Date(now.Year(), time.February, 20, 0, 0, 0, 0, now.Location()), now.Location())
			past["LunarPast"] = !due.IsZero() && !now.Before(due)
		}
		data["PastYear"] = past
	}
	if back == 0 {
		// 「腊月二十三那天帮王奶奶扫房子 能加分不」 in December: that day's
		// claiming time is over, as a claim of it would hear (pts111: the
		// how-to invited a claim sure to be refused); a 腊月 still to come
		// is named as the day to claim after
		if stale := p.staleData(t, t.who, t.text); stale != nil {
			now := t.at.In(p.r.cfg.Location())
			stale["DayWord"], stale["AheadWord"] = "", ""
			if ahead, ok := village.FestivalComing(t.text, now); ok {
				// both days said with their year's word when the date alone
				// would not tell them apart (元旦: 1月1日 either way)
				stale["Ahead"] = ahead
				if ahead.Year() > now.Year() && !village.ShowsYear(ahead, now) {
					stale["AheadWord"] = "明年"
				}
				if day := stale["Day"].(time.Time); day.Year() == now.Year() {
					stale["DayWord"] = "今年"
				}
			}
			data["Stale"] = stale
		}
	}
	return true, p.r.reply(ctx, t, "points.rules", data)
}
