package handlers

import (
	"context"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// creditorAlong is, for f, another creditor's own debt filed in a grid
// (words.OwedToSpeaker: 「他也欠我八百」) that linkMediation's relapseOf
// found nothing for, the grid's debt quarrel whose debtor it is of: one
// settled (resolved, or closed within words.RelapseWindow) whose debtor
// (secondCreditor) the text names, or, said with 也 and naming nobody,
// the grid's only such quarrel. Still-mediated ones join it as more of
// their quarrel (joinCreditor) before a filing; a settled one is not
// joined (its settlement was made without him, med105) but linked, its
// debtor named in the new item's 他 (med107). debtor is "" when none.
func (r *Router) creditorAlong(ctx context.Context, t *turn, f *filing) (along village.Report, debtor string, err error) {
	if f.typ != village.Mediation || t.where.Kind != words.InGrid || !words.OwedToSpeaker(f.text) {
		return village.Report{}, "", nil
	}
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(f.v), f.g, words.StatusRecent)
	if err != nil {
		return village.Report{}, "", err
	}
	var named, also []village.Report
	var namedDebtor, alsoDebtor string
	for _, old := range reports {
		settled := old.Status == village.StatusResolved ||
			old.Status == village.StatusClosed && t.at.Sub(words.ClosedAt(old)) <= words.RelapseWindow
		if old.Type != village.Mediation || old.Grid != f.g || !settled || old.HandledBy(f.reporter) {
			continue
		}
		d := r.secondCreditor(t, old, false)
		switch {
		case d == "":
		case strings.Contains(f.text, d):
			if len(named) == 0 || old.CreatedAt.After(named[0].CreatedAt) {
				named, namedDebtor = []village.Report{old}, d
			}
		case strings.Contains(f.text, "也") && len(r.sidesNamed(f.v, f.reporter, f.text)) == 0:
			also, alsoDebtor = append(also, old), d
		}
	}
	switch {
	case len(named) == 1:
		return named[0], namedDebtor, nil
	case len(also) == 1:
		return also[0], alsoDebtor, nil
	}
	return village.Report{}, "", nil
}

// debtorPronouns are the words a creditor writes the debtor he shares with
// another's debt with (「他也欠我八百」), replaced by the debtor's name at
// the start of his filing.
var debtorPronouns = []string{"他家", "她家", "他", "她", "那人", "这人"}

// namingDebtor is text with the pronoun it starts with, of the debtor
// creditorAlong found, replaced by his name: 「他也欠我八百」 is filed as
// 「陈二也欠我八百」, so the item names its other party (partyTo) and its
// mediators and 查 can tell whose debt it is.
func namingDebtor(text, debtor string) string {
	for _, p := range debtorPronouns {
		if rest, ok := strings.CutPrefix(text, p); ok {
			if strings.HasSuffix(p, "家") {
				return debtor + "家" + rest
			}
			return debtor + rest
		}
	}
	return text
}
