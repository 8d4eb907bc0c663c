package handlers

import (
	"context"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/village"
)

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
	var rows []words.WhenRow
	public := true
	for _, c := range h.pending {
		rows = append(rows, words.WhenRow{C: c, State: "pending", Scorers: p.scorers(c.Village, c.Grid, c.Household),
			Lacks: c.LacksEvidence(), Listed: p.cfg.PublicityOf(t.at, loc)})
	}
	for _, c := range h.approved {
		switch {
		case c.Status != village.ClaimApproved:
			continue
		case c.PublishedAt.IsZero():
			rows = append(rows, words.WhenRow{C: c, State: "listed", Listed: p.listedOf(c, t.at)})
		default:
			rows = append(rows, words.WhenRow{C: c, State: "window"})
		}
	}
	for _, c := range h.objected {
		rows = append(rows, words.WhenRow{C: c, State: "objected"})
		public = false
	}
	for _, w := range rows {
		if p.privateClaim(w.C) && w.C.PublishedAt.IsZero() || w.C.Person != t.who.Name && w.C.Claimant != t.who.Name {
			public = false // not the group's yet, or a family member's own business
		}
	}
	label := p.label(t.who.Village, t.who.Household)
	data := map[string]any{"Name": t.who.Name, "Label": label, "Rows": rows, "Window": p.window(),
		"Quarterly": p.cfg.Publicity.Cadence == "quarterly", "Now": t.at, "Next": p.cfg.PublicityOf(t.at, loc)}
	if len(rows) == 0 {
		return true, p.r.reply(ctx, t, "points.when.none", data)
	}
	if public || t.where.Kind == words.InPrivate {
		return true, p.r.reply(ctx, t, "points.when", data)
	}
	return true, p.r.commitOut(ctx, t, []bot.Outbound{
		p.r.toSender(t, p.r.texts.Render("points.when", data)),
		p.r.back(t, p.r.texts.Render("points.when.moved", data))})
}
