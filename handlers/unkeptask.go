package handlers

import (
	"context"
	"time"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// unkeptAsked answers a party's worry what happens if the settlement of
// his quarrel is not kept, ahead of its day (words.AsksIfUnkept: 「到时候
// 他不给咋办」, 「那俺的两千呢 到时候不给咋办」), in his grid's group or
// privately: of the newest mediation item he is a party of (partyTo)
// whose 办结 promised something (unkeptOf), waiting for its reporter's 满意
// or closed within followup.reopen_within. He hears privately what was
// agreed, what to send once the day passed unkept, and that a signed
// agreement may be confirmed by the court (人民调解法 第33条). Before, the
// group's question reopened the item as 未解决 (its words read as
// words.SettlementUnkept), or, of a closed one, was dropped. Nothing is
// stored: a worry is no step of the item. done is false for any other
// words, a bystander, or no such quarrel.
func (r *Router) unkeptAsked(ctx context.Context, t *turn) (done bool, err error) {
	if !words.AsksIfUnkept(t.text) || t.quote != nil || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	if t.where.Kind != words.InPrivate && t.where.Kind != words.InGrid {
		return false, nil
	}
	v, g := t.gridSpoken()
	if v == "" || g == "" || t.who.Tends(v, g) {
		return false, nil
	}
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(v), g, words.StatusRecent)
	if err != nil {
		return false, err
	}
	within := r.cfg.Followup.ReopenWithin.Std()
	var found village.Report
	for _, rep := range reports {
		settled := rep.Status == village.StatusResolved || rep.Reopenable() && t.at.Sub(words.ClosedAt(rep)) <= within
		if rep.Grid != g || rep.Private() && t.where.Kind != words.InPrivate || !settled || !r.partyTo(t.who, rep) || !unkeptOf(rep) {
			continue
		}
		if e, _ := rep.LastResolve(); found.ID == "" || e.At.After(lastResolveAt(found)) {
			found = rep
		}
	}
	if found.ID == "" {
		return false, nil
	}
	e, _ := found.LastResolve()
	data := map[string]any{"Who": r.shown(t.who), "R": &found, "Settled": e.Note,
		"Closed": found.Status != village.StatusResolved, "Handlers": found.Handlers, "Private": t.where.Kind == words.InPrivate}
	if due := words.PaymentDue(found, r.cfg.Location(), village.NamesOf(r.people.All(), found.Village)); !due.IsZero() && found.ReporterSide(t.who) {
		data["Due"], data["Now"], data["DueLunar"] = due, t.at, words.DueLunar(found, due.In(r.cfg.Location())) // his own day: the reporter's (PaymentDue reads the first)
	}
	t.out = append(t.out, r.toSender(t, r.texts.Render("mediation.unkept.asked", data)))
	return true, r.commitReplies(ctx, t)
}

// lastResolveAt is when rep's last 办结 was said (zero for none).
func lastResolveAt(rep village.Report) (at time.Time) {
	if e, ok := rep.LastResolve(); ok {
		at = e.At
	}
	return at
}
