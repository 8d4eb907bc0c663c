package handlers

// 待审: a scorer's own to-do list, the claims waiting for his review and
// the objections waiting for him to settle, so that nothing sits pending
// for months because the @mention scrolled away.

import (
	"cmp"
	"context"
	"slices"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// reviewTodo handles 待审 (and a scorer's 待办): the claims of the
// sender's village he is a reviewer of, pending or objected, oldest first.
// In a group the list goes to him privately: claims told privately are
// the household's and the scorers' business only.
func (p *pointsFlow) reviewTodo(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	v := cmp.Or(t.where.Village, t.who.Village)
	officer := t.who.Has(village.RoleOfficer)
	if v == "" && !officer || !t.who.Has(village.RoleScorer) && !officer {
		return p.r.reply(ctx, t, "refuse", map[string]any{"Verb": cmd.word, "Who": "评分小组成员（或镇干部）"})
	}
	// A township officer in the township's chat, or of no village, reviews
	// for every village that lacks a free scorer.
	where, vs := v, []string{v}
	if officer && (v == "" || t.where.Kind == words.InOffice) {
		where, vs = "全镇", nil
		for _, vc := range p.r.cfg.Villages {
			vs = append(vs, vc.Name)
		}
	} else {
		t.scope = storage.VillageScope(v)
	}
	mine := func(c village.Claim) bool {
		return slices.ContainsFunc(p.reviewers(c.Village, c.Grid, c.Household), func(s village.Person) bool { return s.Key() == t.who.Key() })
	}
	lists := map[village.ClaimStatus][]words.PendingRow{}
	for _, st := range []village.ClaimStatus{village.ClaimPending, village.ClaimObjected} {
		var cs []village.Claim
		for _, v := range vs {
			more, err := storage.Claims(ctx, p.r.store, storage.VillageScope(v), storage.ClaimIndex(st))
			if err != nil {
				return err
			}
			cs = append(cs, more...)
		}
		cs = slices.DeleteFunc(cs, func(c village.Claim) bool { return !mine(c) })
		slices.SortFunc(cs, func(a, b village.Claim) int { return a.CreatedAt.Compare(b.CreatedAt) })
		for _, c := range cs {
			label := p.label(c.Village, c.Household)
			if len(vs) > 1 {
				label = c.Village + label
			}
			lists[st] = append(lists[st], words.PendingRow{C: c, Label: label, Lacks: c.LacksEvidence()})
		}
	}
	pending, objected := lists[village.ClaimPending], lists[village.ClaimObjected]
	data := map[string]any{"Village": where, "NPending": len(pending), "NObjected": len(objected),
		"Pending": pending[:min(len(pending), words.ReviewTodoMax)], "Objected": objected[:min(len(objected), words.ReviewTodoMax)],
		"MorePending": max(len(pending)-words.ReviewTodoMax, 0), "MoreObjected": max(len(objected)-words.ReviewTodoMax, 0), "Now": t.at}
	text := p.r.texts.Render("points.todo", data)
	if t.where.Kind == words.InPrivate || len(pending)+len(objected) == 0 {
		return p.r.commitOut(ctx, t, []bot.Outbound{p.r.back(t, text)})
	}
	return p.r.commitOut(ctx, t, []bot.Outbound{
		p.r.toSender(t, text),
		p.r.back(t, p.r.texts.Render("points.todo.moved", map[string]any{"Name": t.who.Name, "N": len(pending) + len(objected)}))})
}
