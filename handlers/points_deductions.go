package handlers

// A question about a deduction ("李四焚烧秸秆扣了几分", "我家扣了几分") is
// answered from the household's claims, never read as a report: one's own
// household's, any household's for a cadre; a villager asking of another
// household is pointed to the 公示 and to 积分 名字's rule.

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// deductionAskedFor answers a question about a deduction (deductionAsked):
// done is false when the message asks none, or names no household the
// sender could mean. Costs the household's claims read (peekPending,
// served from this process's copies when it follows them) and the reply.
func (p *pointsFlow) deductionAskedFor(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.where.Kind == words.InOffice || !strings.Contains(t.text, "分") || !words.DeductionAsked.MatchString(t.text) {
		return false, nil
	}
	v := cmp.Or(t.where.Village, t.who.Village)
	person, other := p.otherNamed(v, t.who, t.text)
	if !other {
		// "焚烧秸秆扣几分" names no household: the rule, asked elsewhere
		if t.who.Household == "" || t.who.Village != v || !words.ContainsAnyOf(t.text, slices.Concat([]string{"我", "俺", "咱"}, p.members(v, t.who))...) {
			return false, nil
		}
		person = t.who
	}
	t.scope = storage.VillageScope(v)
	if other && !t.who.IsCadre() {
		return true, p.r.reply(ctx, t, "points.deductions.other", map[string]any{"Name": t.who.Name, "Person": person.Name,
			"Listed": p.cfg.PublicityOf(t.at, p.r.cfg.Location()), "Now": t.at, "Scorers": p.scorers(v, person.Grid, person.Household)})
	}
	read, err := p.peekPending(ctx, t.scope, v, person.Household, pendingCopies)
	if err != nil {
		return true, err
	}
	cur := p.cfg.Year(t.at)
	year, prev := strconv.Itoa(cur), strconv.Itoa(cur-1)
	var cs []village.Claim
	for _, c := range read.all {
		if (c.Points < 0 || c.IsVeto()) && c.Status.Active() && (c.Year() == year || c.Year() == prev) {
			cs = append(cs, c)
		}
	}
	slices.SortFunc(cs, func(a, b village.Claim) int { return b.DecidedAt.Compare(a.DecidedAt) })
	total := 0
	for _, c := range cs {
		total += c.Points
	}
	data := map[string]any{"Name": t.who.Name, "Label": p.label(v, person.Household), "Cs": cs, "Total": -total,
		"Year": year, "Prev": prev, "Now": t.at, "Listed": p.cfg.PublicityOf(t.at, p.r.cfg.Location()), "Window": p.window()}
	if t.where.Kind == words.InPrivate || len(cs) == 0 && !other {
		return true, p.r.reply(ctx, t, "points.deductions", data)
	}
	// a household's items are its own business (and a veto's reason): the
	// list goes privately, as 我的积分's balance does
	return true, p.r.commitOut(ctx, t, []bot.Outbound{
		p.r.toSender(t, p.r.texts.Render("points.deductions", data)),
		p.r.back(t, p.r.texts.Render("points.deductions.moved", data))})
}
