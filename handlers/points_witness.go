package handlers

// A witness named after the claim: the claim's reply asks the claimant
// to "请把证明人告诉评分小组，如：证明人 王五", and he does, in the next
// message ("证明人 王五", "王五可以作证", or quoting the claim). The
// witness is written on his claim, still waiting for review, and its
// reviewers told, instead of the message getting the menu (in private)
// or nothing (in the group), and the witness being lost.

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// maxWitnessRunes is how long a message naming a witness may be to be
// taken for just that: longer ones say more than who saw it.
const maxWitnessRunes = 16

// witnessNamed is the roster name a short message gives as witness
// ("证明人 王五", "证人：王五", "王五可以作证", "王五看见了"), or "".
func (p *pointsFlow) witnessNamed(t *turn) string {
	text := strings.TrimSpace(t.text)
	if utf8.RuneCountInString(text) > maxWitnessRunes {
		return ""
	}
	isName := p.r.nameIn(t.where.village)
	if strings.Contains(text, "证") { // what witnessRe and vouchRe need
		if m := witnessRe.FindStringSubmatch(text); m != nil && isName(m[1]) {
			return m[1]
		}
		if m := vouchRe.FindStringSubmatch(" " + text); m != nil && isName(m[1]) {
			return m[1]
		}
	}
	return seenBy(" "+text, isName)
}

// witnessGiven writes the witness a claimant names after his claim on
// that claim: the one the message quotes or names, else his newest claim
// of this chat waiting for review without a witness, else his newest
// one with a witness: one named again is told it is recorded, another is
// added. done is false when the message names no witness or he has no
// claim waiting for review here.
func (p *pointsFlow) witnessGiven(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.where.kind == inOffice || t.where.village == "" || t.who.Village != t.where.village {
		return false, nil
	}
	name := p.witnessNamed(t)
	if name == "" {
		return false, nil
	}
	sc := storage.VillageScope(t.where.village)
	pending, err := storage.Claims(ctx, p.r.store, sc, storage.ClaimIndex(village.ClaimPending))
	if err != nil {
		return true, err
	}
	ref, _, _ := p.r.claimNamed(t)
	mine := func(c village.Claim) bool {
		if c.Claimant != t.who.Name || c.Village != t.who.Village {
			return false
		}
		return ref != "" && c.ID == ref || ref == "" && c.Chat == t.m.Chat
	}
	found := newest(pending, 1, func(c village.Claim) bool { return mine(c) && !strings.Contains(c.Evidence, "证明人") })
	if len(found) == 0 {
		// "王五可以作证" again: his newest claim has a witness already
		found = newest(pending, 1, mine)
	}
	if len(found) == 0 {
		return false, nil
	}
	c := found[0]
	t.scope = sc
	if strings.Contains(c.Evidence, name) {
		return true, p.r.reply(ctx, t, "points.witness.known", map[string]any{"Ref": c.ID, "Name": name})
	}
	person, err := p.r.people.Lookup(c.Village, c.Person)
	if err != nil {
		person = village.Person{Name: c.Person, Village: c.Village, Household: c.Household}
	}
	ct := claimText{Evidence: "证明人 " + name}
	if kin := p.kinWitness(c.Village, person, &ct); kin != "" {
		return true, p.r.reply(ctx, t, "points.witness.kin", map[string]any{"Ref": c.ID, "Name": kin})
	}
	return true, p.retry(ctx, t, c.ID, "", func() error { return p.addWitness(ctx, t, sc, c.ID, name) })
}

// addWitness writes witness name on claim id (read afresh) and tells its
// reviewers: those in this group in the reply, the others privately.
func (p *pointsFlow) addWitness(ctx context.Context, t *turn, sc storage.Scope, id, name string) error {
	c, _, err := p.findClaim(ctx, t, id)
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	c.Evidence = strings.TrimPrefix(c.Evidence+"、证明人 "+name, "、")
	doc, err := storage.ClaimDoc(c, c.Status)
	if err != nil {
		return err
	}
	here, away := p.reviewersFrom(t, &c)
	data := map[string]any{"C": &c, "Ref": c.ID, "Name": name, "Label": p.label(c.Village, c.Household), "Scorers": here}
	out := append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.witness.added", data))}, p.tellReviewers(away, "points.witness.scorer", data)...)
	t.out = out
	_, err = p.r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: t.m.ID, Docs: []storage.Doc{doc}, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "evidence", Note: "#" + c.ID + " 证明人 " + name}})
	return err
}
