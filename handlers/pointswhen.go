package handlers

import (
	"context"
	"regexp"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// pointsWhenRe finds in canonical text a question of when points come
// ("积分啥时候给", "分什么时候能发下来", "积分咋还没批", "多会儿能用"):
// the asker's own claims are what he waits for.
var pointsWhenRe = regexp.MustCompile(`(?:什么时候|几时|哪天|多久|多长时间|么时候|多会儿?|多咱)(?:才|能|可以|会|就|再)?(?:能|可以|会)?(?:给|发|到|下来|批|审|加|生效|用|换|兑|公示|记)|怎么还(?:没|不)(?:给|发|批|审|加|记|公示)`)

// pointsWhenAsked reports whether canonical text c asks when points
// come ("积分多会儿能用"): a question, though the reader knows no
// question word in it.
func pointsWhenAsked(c string) bool {
	return strings.Contains(c, "积分") && pointsWhenRe.MatchString(c)
}

// whenRow is one of a household's claims not final yet, as points.when
// tells it: State is "pending" (to be reviewed by Scorers; Lacks its
// evidence), "listed" (approved, to be published at Listed; zero: at the
// next 公示), "window" (in its 公示) or "objected" (frozen).
type whenRow struct {
	C       village.Claim
	State   string
	Scorers []string
	Lacks   bool
	Listed  time.Time
}

// pointsWhen answers a villager's "积分啥时候给" from his household's
// claims not final yet: each one's step (with whom, until when) and what
// comes next. Asked in a group, it is answered there when every claim it
// tells is the asker's own (his, or claimed by him), was put to the group
// and is not frozen; else privately, with a line in the group, as 我的积
// 分 tells a family member's pending claims. done is false when the points are
// off or the asker has no household (the general answer follows). The
// claims are read from this process's copy when it follows them
// (unfinalOf): then the reply's commit is the one round trip.
func (p *pointsFlow) pointsWhen(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.who.Household == "" {
		return false, nil
	}
	h, err := p.unfinalOf(ctx, t, t.who)
	if err != nil {
		return true, err
	}
	loc := p.r.cfg.Location()
	var rows []whenRow
	public := true
	for _, c := range h.pending {
		rows = append(rows, whenRow{C: c, State: "pending", Scorers: p.scorers(c.Village, c.Grid, c.Household),
			Lacks: c.LacksEvidence(), Listed: p.cfg.PublicityOf(t.at, loc)})
	}
	for _, c := range h.approved {
		switch {
		case c.Status != village.ClaimApproved:
			continue
		case c.PublishedAt.IsZero():
			rows = append(rows, whenRow{C: c, State: "listed", Listed: p.listedOf(c, t.at)})
		default:
			rows = append(rows, whenRow{C: c, State: "window"})
		}
	}
	for _, c := range h.objected {
		rows = append(rows, whenRow{C: c, State: "objected"})
		public = false
	}
	for _, w := range rows {
		if p.privateClaim(w.C) && w.C.PublishedAt.IsZero() || w.C.Person != t.who.Name && w.C.Claimant != t.who.Name {
			public = false // not the group's yet, or a family member's own business
		}
	}
	label := p.label(t.who.Village, t.who.Household)
	data := map[string]any{"Name": t.who.Name, "Label": label, "Rows": rows, "Window": p.window(),
		"Quarterly": p.cfg.Publicity.Cadence == "quarterly", "Now": t.at}
	if len(rows) == 0 {
		return true, p.r.reply(ctx, t, "points.when.none", data)
	}
	if public || t.where.kind == inPrivate {
		return true, p.r.reply(ctx, t, "points.when", data)
	}
	return true, p.r.commitOut(ctx, t, []bot.Outbound{
		p.r.toSender(t, p.r.texts.Render("points.when", data)),
		p.r.back(t, p.r.texts.Render("points.when.moved", data))})
}
