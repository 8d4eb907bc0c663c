package handlers

// A household whose item an objection froze tells its side in its own
// words ("我去了的 王五可以作证"): that is recorded on the item and passed
// to the scorers who verify it, never read as a new report or left
// unanswered. Chit-chat costs nothing: the store is read only for a
// message that passes a plain text check first.

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// explained takes what a household says of its own item frozen by an
// objection of someone else ("我去了的 王五可以作证"): recorded on the item,
// passed privately to its reviewers (【异议说明】), and the sender told it
// was passed on. done is false when the message tells no side, or the
// sender's household has no such item; with several, the one it names
// (#C) or, naming none, the sender is asked which.
func (p *pointsFlow) explained(ctx context.Context, t *turn) (done bool, err error) {
	if !words.TellsSide(t.text) {
		return false, nil
	}
	return p.explainedAs(ctx, t, false)
}

// explainedReply is explained of words to the bot in private that tell
// no side as explainsSaid reads it ("那天我和王五一起去的", "王五知道"):
// the frozen item's notice (points.objected.told) asks its household to
// reply with its side, so a reply that is no question is taken as that
// side while one of its items is frozen. It is read only of private words
// the bot would otherwise answer with the menu or ask back about
// (toTheBot), more than a greeting: a read there, none elsewhere. copied
// says every commit the turn makes otherwise is its guarded reply
// (commitReplies): the frozen claims may then come from this process's
// copy (frozenCopied).
func (p *pointsFlow) explainedReply(ctx context.Context, t *turn, copied bool) (done bool, err error) {
	if t.where.Kind != words.InPrivate || t.quote != nil && !strings.Contains(t.quote.Text, "【积分通知】") || strings.ContainsAny(t.text, "?？吗") ||
		utf8.RuneCountInString(strings.TrimSpace(t.text)) < 4 || !understand.HasContent(t.text) || understand.Alarms(t.text) {
		// a question, or a greeting ("你好"): no read; an alarm is
		// never a side told
		return false, nil
	}
	return p.explainedAs(ctx, t, copied)
}

// explainsHere says whether the sender may tell his household's side
// where he speaks: claims are kept there and he is of its village.
func (p *pointsFlow) explainsHere(t *turn) bool {
	return len(p.cat) > 0 && t.where.Kind != words.InOffice && t.who.Household != "" && t.who.Village != "" &&
		(t.where.Village == "" || t.where.Village == t.who.Village)
}

// explainedAs is explained of words already taken as the household's
// side; copied as explainedReply's.
func (p *pointsFlow) explainedAs(ctx context.Context, t *turn, copied bool) (done bool, err error) {
	if !p.explainsHere(t) {
		return false, nil
	}
	v := t.who.Village
	sc := storage.VillageScope(v)
	seen, ok, err := p.frozenCopied(ctx, t, v, copied)
	if !ok {
		// read with the witness readers' claims when they read any (villageClaims)
		seen, err = p.villageClaims(ctx, t, v, words.NeedFrozen, false)
	}
	if err != nil {
		return true, err
	}
	return p.explainedIn(ctx, t, sc, p.ownFrozen(t, seen.Frozen))
}

// ownFrozen are the claims of frozen (the village's items an objection
// froze) that the sender may explain: his household's, not objected to by
// him, and the one the message names (#C) when it names any.
func (p *pointsFlow) ownFrozen(t *turn, frozen []village.Claim) []village.Claim {
	named := words.ClaimRefs(village.FindRefs(t.text))
	// a clone: frozen may be the message's shared read (villageClaims)
	return slices.DeleteFunc(slices.Clone(frozen), func(c village.Claim) bool {
		return c.Household != t.who.Household || slices.Contains(c.Objectors(), t.who.Name) ||
			len(named) > 0 && !slices.Contains(named, c.ID)
	})
}

// explainedIn records the sender's words on the one of frozen (his
// household's frozen items, read already) they are about, or asks which.
func (p *pointsFlow) explainedIn(ctx context.Context, t *turn, sc storage.Scope, frozen []village.Claim) (done bool, err error) {
	if len(frozen) == 0 {
		return false, nil
	}
	t.scope = sc
	if len(frozen) > 1 {
		return true, p.r.reply(ctx, t, "points.explain.which", map[string]any{"Name": t.who.Name, "Cs": frozen})
	}
	c := frozen[0]
	note := strings.TrimSpace(t.text)
	if err := c.AddExplanation(t.who.Name, t.at, note); err != nil {
		return true, err
	}
	rs := p.reviewers(c.Village, c.Grid, c.Household)
	data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "By": t.who.Name, "Note": note,
		"Scorers": words.Names(rs), "Officers": len(rs) > 0 && !rs[0].Has(village.RoleScorer), "Private": t.where.Kind == words.InPrivate,
		"Withheld": p.withheld(t, c)}
	out := []bot.Outbound{p.r.back(t, p.r.texts.Render("points.explained", data))}
	out = append(out, p.tellReviewers(rs, "points.explained.scorer", data)...)
	return true, p.commitNoted(ctx, t, sc, c, "points.explain", note, out)
}
