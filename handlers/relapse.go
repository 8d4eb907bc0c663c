package handlers

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// relapseWindow is how long after a mediation item was closed a new
// quarrel between its parties is taken for the same dispute come back
// (village.Report.Recurs) rather than a matter of its own.
const relapseWindow = 180 * 24 * time.Hour

// relapseOf finds the closed mediation item of grid g of village v whose
// dispute a new mediation item, told by reporter in text, takes up again:
// reporter is a party to it (Router.partyTo), it closed within
// relapseWindow before t, and text says so: it names the same thing
// (墙, 牛: understand.SharesSubject), or the other side by name, or that
// the quarrel broke out again or mediating it failed ("又吵起来了",
// "调解了好几次都没用"). Of several, the newest. A new quarrel with
// another household, over another thing, is none. The grid's reports are
// those this process follows (no round trip once followed): the link is
// a note for the mediators, not a decision a stale copy could make wrong,
// so the filing's commit does not check it.
func (r *Router) relapseOf(ctx context.Context, t *turn, v, g string, reporter village.Person, text string) (village.Report, bool, error) {
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(v), g, statusRecent)
	if err != nil {
		return village.Report{}, false, err
	}
	said := t.hear(text)
	flares, _ := understand.QuarrelFlares(said)
	again := flares || understand.MediationFails(said)
	var found village.Report
	for _, old := range reports {
		if old.Type != village.Mediation || old.Status != village.StatusClosed || old.Grid != g ||
			t.at.Sub(closedAt(old)) > relapseWindow || !r.partyTo(reporter, old) {
			continue
		}
		if !again && !understand.SharesSubject(t.hear(old.Text), said) && !r.namesOtherSide(reporter, old, text) {
			continue
		}
		if found.ID == "" || old.CreatedAt.After(found.CreatedAt) {
			found = old
		}
	}
	return found, found.ID != "", nil
}

// namesOtherSide reports whether text names a party to rep, a mediation
// item, of the other side than p: its reporter or a follower when p is
// named in it, a villager its text names when p reported it.
func (r *Router) namesOtherSide(p village.Person, rep village.Report, text string) bool {
	var others []string
	if rep.ReporterSide(p) {
		for _, n := range r.partiesNamed(&rep) {
			others = append(others, n.Name)
		}
	} else {
		others = append([]string{rep.Reporter}, rep.Followers...)
	}
	for _, n := range others {
		if utf8.RuneCountInString(n) > 1 && n != p.Name && strings.Contains(text, n) {
			return true
		}
	}
	return false
}

// closedAt is when rep, closed, was closed: its last step.
func closedAt(rep village.Report) time.Time {
	if len(rep.History) == 0 {
		return rep.CreatedAt
	}
	return rep.History[len(rep.History)-1].At
}
