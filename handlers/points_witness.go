package handlers

// A witness named after the claim: the claim's reply asks the claimant
// to "请接着发证明人的名字，如：证明人 王五", and he does, in the next
// message ("证明人 王五", "王五可以作证", or quoting the claim). The
// witness is written on his claim, still waiting for review, and its
// reviewers told, instead of the message getting the menu (in private)
// or nothing (in the group), and the witness being lost.

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// witnessesNamed are the roster names a short message gives as witnesses
// ("证明人 王五", "证人：王五、李四", "王五可以作证", "王五也看见了 李四也
// 在"), each once, the sender left out; none for a longer message.
func (p *pointsFlow) witnessesNamed(t *turn) []string {
	text := strings.TrimSpace(t.text)
	if utf8.RuneCountInString(text) > words.MaxWitnessRunes {
		return nil
	}
	return slices.DeleteFunc(words.WitnessesIn(" "+text, p.r.nameIn(t.where.Village)), func(n string) bool { return n == t.who.Name })
}

// witnessGiven writes the witnesses a claimant names after his claim on
// that claim: the one the message quotes or names, else his newest claim
// of this chat (said privately: of any chat) waiting for review without a
// witness, else his newest one with a witness: those named again are told they are recorded, the
// others added. A member of the claim's household is added too, marked
// "家人作证": the scorers see who vouched, but a family member is no
// independent witness, and the claimant is told one is still wanted.
// done is false when the message names no witness or he has no claim
// waiting for review here.
func (p *pointsFlow) witnessGiven(ctx context.Context, t *turn) (done bool, err error) {
	names := p.witnessesWhileAsked(t)
	if len(names) == 0 {
		return false, nil
	}
	sc := storage.VillageScope(t.where.Village)
	seen, done, err := p.pendingOrAsked(ctx, t, sc, names)
	if done || err != nil {
		return true, err
	}
	c, ok := p.witnessClaim(t, seen)
	if !ok {
		return false, nil
	}
	ref, _, _ := p.r.claimNamed(t)
	if own := p.frozenSide(t, ref, seen.Frozen, c); own != nil {
		// 「我去了的 王五可以作证」 answering the notice that an objection
		// froze his item, sent after the claim waiting for a witness: his
		// side of the frozen item, not that claim's witness
		return p.explainedIn(ctx, t, sc, own)
	}
	t.scope = sc
	if w := words.NewWitnesses(c.Evidence, names); len(w) == 0 {
		return true, p.r.reply(ctx, t, "points.witness.known", map[string]any{"Ref": c.ID, "Name": strings.Join(names, "、")})
	}
	add := func() error { return p.addWitnesses(ctx, t, sc, c.ID, names) }
	if t.copies.any() {
		// decided on copies (witnessCopied): refused, the message
		// is handled again on the claims as stored (Router.Handle)
		return true, add()
	}
	return true, p.retry(ctx, t, c.ID, "", add)
}

// witnessClaim is the claim a message naming witnesses is about, of
// seen (witnessGiven): the one it quotes or names, else the sender's
// newest waiting for review without a witness, else his newest approved
// without the witness its item asks for, else his newest waiting; false
// when he has none here.
func (p *pointsFlow) witnessClaim(t *turn, seen words.ClaimsSeen) (village.Claim, bool) {
	pending := seen.Pending
	ref, _, _ := p.r.claimNamed(t)
	mine := func(c village.Claim) bool {
		if c.Claimant != t.who.Name || c.Village != t.who.Village {
			return false
		}
		// privately, any chat's: 「证明人 王五」 said to the bot the next
		// day of the claim he made in the group
		return ref != "" && c.ID == ref || ref == "" && (c.Chat == t.m.Chat || t.where.Kind == words.InPrivate)
	}
	found := words.Newest(pending, 1, func(c village.Claim) bool { return mine(c) && !strings.Contains(c.Evidence, "证明人") })
	if len(found) == 0 {
		// approved without the witness its item asks for: the approval
		// asked him for one (points.approved.witness)
		found = words.Newest(seen.Approved, 1, func(c village.Claim) bool {
			return mine(c) && c.Needs == village.EvidenceWitness && !strings.Contains(c.Evidence, "证明人")
		})
	}
	if len(found) == 0 {
		// "王五可以作证" again: his newest claim has a witness already
		found = words.Newest(pending, 1, mine)
	}
	if len(found) == 0 {
		return village.Claim{}, false
	}
	return found[0], true
}

// pendingOrAsked reads the claims waiting for review, those an
// objection froze and those approved (villageClaims), or takes them from
// this process's copies (witnessCopied, no round trip); when this process holds no copy of the questions waiting for the sender (it
// was restarted, or another process asked them), it reads those too, in
// the same round trip, and a claim asked about keeps the witnesses
// (witnessAsked): done is then true, the message handled. With a copy,
// answer has decided on it already.
func (p *pointsFlow) pendingOrAsked(ctx context.Context, t *turn, sc storage.Scope, names []string) (seen words.ClaimsSeen, done bool, err error) {
	_, copied := p.r.store.AskedCopy(sc, askKey(t))
	if seen, ok, err := p.witnessCopied(ctx, t, sc, copied, func(seen words.ClaimsSeen) bool {
		// a claim of his the witness goes on, or his household's frozen
		// item his words are the side of (explained): either commits
		_, ok := p.witnessClaim(t, seen)
		return ok || len(p.ownFrozen(t, seen.Frozen)) > 0
	}); ok || err != nil {
		return seen, false, err
	}
	seen, err = p.villageClaims(ctx, t, t.where.Village, witnessNeeds, !copied)
	if err != nil {
		return words.ClaimsSeen{}, false, err
	}
	if !copied && len(seen.Asked) > 0 {
		if done, err := p.r.answerTo(ctx, t, seen.Asked, answerWords{witnesses: names}); done || err != nil {
			return words.ClaimsSeen{}, true, err
		}
	}
	return seen, false, nil
}

// witnessNeeds are the claims witnessGiven reads: waiting for review,
// frozen (his side of a frozen item), and approved, of which those
// approved without a witness (pts74; the approved ones are followed, the
// latest of any status are not, rt75).
const witnessNeeds = words.NeedPending | words.NeedFrozen | words.NeedApproved

// addWitnesses writes witnesses names on claim id (read afresh): members
// of its household marked as family, the others as witnesses. Its
// reviewers are told of a witness added (those in this group in the
// reply, the others privately); family alone does not make it reviewable.
// Whoever objected to the claim is no witness of it (「异议 #C1 他根本没去」
// then 「证明人 陈二」): he is not written, the claimant is asked for
// another; the reviewers have his objection already.
func (p *pointsFlow) addWitnesses(ctx context.Context, t *turn, sc storage.Scope, id string, names []string) error {
	c, _, err := p.findClaim(ctx, t, id)
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	doubters := append(c.Objectors(), c.EarlyObjectors()...)
	doubted := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return !slices.Contains(doubters, n) })
	names = slices.DeleteFunc(names, func(n string) bool { return slices.Contains(doubted, n) })
	added := words.NewWitnesses(c.Evidence, names)
	if len(added) == 0 && len(doubted) > 0 {
		return p.r.reply(ctx, t, "points.witness.doubter", map[string]any{"C": &c, "Ref": c.ID, "Doubted": strings.Join(doubted, "、"),
			"Who": t.who.Name, "Witness": p.claimWitness(&c)})
	}
	if len(added) == 0 {
		return p.r.reply(ctx, t, "points.witness.known", map[string]any{"Ref": c.ID, "Name": strings.Join(names, "、")})
	}
	var outside, kin []string
	for _, n := range added {
		if w, err := p.r.people.Lookup(c.Village, n); err == nil && c.Household != "" && w.Household == c.Household {
			kin = append(kin, n)
		} else {
			outside = append(outside, n)
		}
	}
	c.Evidence = words.WithWitnesses(c.Evidence, outside)
	for _, n := range kin {
		c.Evidence = strings.TrimPrefix(c.Evidence+"、"+words.KinWitnessLabel+" "+n, "、")
	}
	doc, err := storage.ClaimDoc(c, c.Status)
	if err != nil {
		return err
	}
	data := map[string]any{"C": &c, "Ref": c.ID, "Name": strings.Join(outside, "、"), "Kin": strings.Join(kin, "、"), "Doubted": strings.Join(doubted, "、"),
		"Label": p.label(c.Village, c.Household), "Lacks": c.LacksEvidence(),
		"Witness": p.claimWitness(&c)}
	var out []bot.Outbound
	var withdraw []string
	switch {
	case c.Status != village.ClaimPending && len(outside) > 0:
		// approved without its witness: recorded for the record, its
		// scorer told privately, nothing to review
		if s, err := p.r.people.Lookup(c.Village, c.DecidedBy); err == nil && s.UsesWeChat && s.Key() != t.who.Key() {
			data["Scorer"] = s.Name
			out = append(out, bot.Outbound{To: p.r.shown(s), Kind: bot.Private, Priority: bot.Normal, Text: p.r.texts.Render("points.witness.approved.scorer", data)})
		}
		out = append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.witness.approved", data))}, out...)
	case len(outside) > 0:
		var here []string
		var told []bot.Outbound
		here, told, withdraw = p.scorersTold(t, &c, "points.witness.scorer", data)
		data["Scorers"] = here
		out = append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.witness.added", data))}, told...)
	default:
		out = []bot.Outbound{p.r.back(t, p.r.texts.Render("points.witness.kin", data))}
	}
	t.out = out
	_, err = p.r.commit(ctx, t, t.copies.guard(storage.Change{Scope: sc, MsgID: t.m.ID, Docs: []storage.Doc{doc}, Out: out, Withdraw: withdraw,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "evidence", Note: "#" + c.ID + " " + c.Evidence}}))
	return err
}

// witnessesWhileAsked are the witnesses a villager's short message names
// where claims are filed (witnessesNamed), to be kept with his claim the
// bot asked about (witnessAsked); none elsewhere.
func (p *pointsFlow) witnessesWhileAsked(t *turn) []string {
	if len(p.cat) == 0 || t.where.Kind == words.InOffice || t.where.Village == "" || t.who.Village != t.where.Village {
		return nil
	}
	return p.witnessesNamed(t)
}

// witnessAsked keeps witnesses names with the newest claim of qs (the
// questions waiting for the sender, kept as raws) that waits for his
// 「1」: its text gains "证明人 …", so that the claim his 「1」 files
// records them as a witness named in the claim does, and he is told so.
// One commit takes the question and asks it again. done is false when
// no claim waits for his answer: the message is read as usual
// (witnessGiven), whatever else waits. unchecked is answerTo's: an outcome no commit checks
// is made on the questions as stored.
func (r *Router) witnessAsked(ctx context.Context, t *turn, qs []question, raws [][]byte, names []string, unchecked func() error) (done bool, err error) {
	k := -1
	for j := len(qs) - 1; j >= 0; j-- {
		if qs[j].Kind == words.AskConfirm && qs[j].Claim && t.at.Sub(qs[j].At) <= r.cfg.LLM.ConfirmTTL.Std() {
			k = j
			break
		}
	}
	if k < 0 {
		// read as if no question waited, as before: no read spent on it
		return false, nil
	}
	q := qs[k]
	data := map[string]any{"Name": strings.Join(names, "、"), "Who": t.who.Name, "Group": t.where.Kind != words.InPrivate}
	added := slices.DeleteFunc(slices.Clone(names), func(n string) bool {
		return slices.Contains(words.WitnessesIn(q.Text, r.nameIn(t.where.Village)), n)
	})
	if len(added) == 0 {
		if err := unchecked(); err != nil {
			return true, err
		}
		return true, r.reply(ctx, t, "points.witness.asked.known", data)
	}
	q.Text = strings.TrimSpace(q.Text) + " 证明人 " + strings.Join(added, "、")
	data["Name"] = strings.Join(added, "、")
	return true, r.answering(ctx, t, raws[k:k+1], nil, func(ctx context.Context) error {
		if err := r.ask(t, q); err != nil {
			return err
		}
		return r.reply(ctx, t, "points.witness.asked", data)
	})
}

// scorersTold are the messages telling the reviewers of pending claim c
// (as this turn changed it: a witness added, a witness vouching) what
// changed, by block with data, and the claims whose held messages the
// change withdraws. In quiet hours the reviewers' notices wait for the
// morning (hold), and so may the first one about c, filed at night
// (「此项要证明人，申请里还没有」): those held about c are withdrawn and
// replaced by one notice of c as it now stands (points.claimed.scorer)
// with what changed (Update), so the scorer reads in the morning one
// notice that is right, not one the next corrects. By day only the change
// is told. here are the reviewers in this group, @mentioned in the reply.
func (p *pointsFlow) scorersTold(t *turn, c *village.Claim, block string, data map[string]any) (here []string, out []bot.Outbound, withdraw []string) {
	here, away := p.reviewersFrom(t, c)
	ind, known := p.cat.ByCode(c.Indicator)
	if p.r.wake(t) == "" || !known {
		return here, p.tellReviewers(away, block, data), nil
	}
	full := maps.Clone(data)
	full["I"] = ind
	full["Deed"], full["Written"] = deedShown(c)
	full["Update"] = p.r.texts.Render("points.witness.update", map[string]any{"Kind": block, "Name": data["Name"], "At": t.at})
	return here, p.tellReviewers(away, "points.claimed.scorer", full), []string{c.ID}
}

// witnessVouched records the word of a claim's witness that it is true
// ("我给陈二作证，他确实帮了", "C3属实，我看见了") on the claim waiting for
// review that names him as witness: the one the message names by number,
// claimant or person, else the only one. The witness is thanked, the
// reviewers told (scorersTold). done is false when the message does not
// vouch, or names him witness of no claim waiting here; several fitting
// are asked about.
func (p *pointsFlow) witnessVouched(ctx context.Context, t *turn) (done bool, err error) {
	return p.witnessVouchedSince(ctx, t, time.Time{})
}

// witnessVouchedSince is witnessVouched of the pending claims made at or
// after since (when not zero): a witness's 「是的 我看见了」 while the bot
// waits on his answer to an older question (answerTo, seenAnswer).
func (p *pointsFlow) witnessVouchedSince(ctx context.Context, t *turn, since time.Time) (done bool, err error) {
	ref, ok := p.vouchRef(t)
	if !ok {
		return false, nil
	}
	sc := storage.VillageScope(t.where.Village)
	// the pending claims, and the latest ones, of which the decided: a
	// witness may vouch after the scorers decided (one round trip, shared
	// with the message's other points readers)
	need := words.NeedPending | words.NeedLatest
	side := words.TellsSide(t.text)
	if side {
		need |= words.NeedFrozen // read with the others (claimNeeds)
	}
	pendingOf := func(seen words.ClaimsSeen) []village.Claim {
		if since.IsZero() {
			return seen.Pending
		}
		return slices.DeleteFunc(slices.Clone(seen.Pending), func(c village.Claim) bool { return c.CreatedAt.Before(since) })
	}
	// on copies only when they name him witness of a claim, or his words
	// are his household's side of its frozen item (explained, next, takes
	// them): every outcome then commits (a reply, his word, his side),
	// guarded by the copies' reads
	fits := func(seen words.ClaimsSeen) bool {
		return len(p.witnessOf(t, pendingOf(seen), ref)) > 0 || len(p.offeredWitness(t, pendingOf(seen), ref)) > 0 || since.IsZero() && len(p.witnessOf(t, decidedOf(seen.Latest), ref)) > 0 ||
			since.IsZero() && side && p.explainsHere(t) && len(p.ownFrozen(t, seen.Frozen)) > 0
	}
	seen, ok, err := p.vouchCopied(ctx, t, sc, need, fits)
	if err == nil && !ok {
		seen, err = p.villageClaims(ctx, t, t.where.Village, need, false)
	}
	if err != nil {
		return true, err
	}
	pending := pendingOf(seen)
	t.scope = sc
	// 「我去了的 王五可以作证」 from a witness of others' claims whose own
	// item an objection froze since: his household's side, naming neither
	// of theirs (explained takes it), not his word as their witness
	sideOf := func(his []village.Claim) []village.Claim {
		if !side || slices.ContainsFunc(his, func(c village.Claim) bool {
			return strings.Contains(t.text, c.Person) || strings.Contains(t.text, c.Claimant)
		}) {
			return nil
		}
		return p.frozenSide(t, ref, seen.Frozen, his...)
	}
	his := p.witnessOf(t, pending, ref)
	if offered := p.offeredWitness(t, pending, ref); len(offered) > 0 && !slices.ContainsFunc(his, func(c village.Claim) bool { return namedIn(t, c, ref) }) {
		// 「陈二挑水我也看见了」 from 刘芳's witness: 陈二's, waiting for one
		his = offered
	}
	if own := sideOf(his); len(his) > 0 && own != nil {
		return p.explainedIn(ctx, t, sc, own)
	}
	if len(his) == 0 && since.IsZero() {
		if his = p.witnessOf(t, decidedOf(seen.Latest), ref); len(his) > 0 {
			if own := sideOf(his); own != nil {
				return p.explainedIn(ctx, t, sc, own)
			}
			// the latest decided first; of several decided lately he is
			// asked which, as of several pending: what each came to
			// differs (a rejected one may be applied for again)
			slices.SortFunc(his, func(a, b village.Claim) int { return b.DecidedAt.Compare(a.DecidedAt) })
			recent := slices.DeleteFunc(slices.Clone(his), func(c village.Claim) bool { return c.DecidedAt.Before(t.at.Add(-words.WitnessWhichWindow)) })
			if len(recent) > 1 {
				return true, p.r.reply(ctx, t, "points.witness.which", map[string]any{"Claims": recent[:min(len(recent), words.WitnessWhichMax)], "Name": t.who.Name})
			}
			return true, p.r.reply(ctx, t, "points.witness.vouched.late", p.lateVouchData(t, his[0]))
		}
	}
	switch {
	case len(his) == 0:
		return false, nil
	case len(his) > 1:
		return true, p.r.reply(ctx, t, "points.witness.which", map[string]any{"Claims": his, "Name": t.who.Name})
	case slices.Contains(strings.Split(his[0].Evidence, "、"), village.VouchedLabel(t.who.Name)):
		return true, p.r.reply(ctx, t, "points.witness.vouched.known", map[string]any{"C": &his[0], "Label": p.label(his[0].Village, his[0].Household)})
	}
	id := his[0].ID
	return true, p.retry(ctx, t, id, "", func() error { return p.addVouch(ctx, t, sc, id) })
}

// decidedOf are the claims of latest the scorers decided (approved,
// rejected, final): those a witness's word may come late for.
func decidedOf(latest []village.Claim) []village.Claim {
	return slices.DeleteFunc(slices.Clone(latest), func(c village.Claim) bool {
		return !slices.Contains([]village.ClaimStatus{village.ClaimApproved, village.ClaimRejected, village.ClaimFinal}, c.Status)
	})
}

// frozenSide are the sender's household's frozen items (of frozen) that
// his words, naming no claim, tell his side of rather than speak of
// claims (their witness or claimant): one frozen after the newest of
// claims was made answers the latest prompt (the frozen item's notice);
// nil when none.
func (p *pointsFlow) frozenSide(t *turn, ref string, frozen []village.Claim, claims ...village.Claim) []village.Claim {
	if ref != "" || t.who.Household == "" {
		return nil
	}
	var newest time.Time
	for _, c := range claims {
		if c.CreatedAt.After(newest) {
			newest = c.CreatedAt
		}
	}
	own := p.ownFrozen(t, frozen)
	if slices.ContainsFunc(own, func(f village.Claim) bool { return words.FrozenAt(f).After(newest) }) {
		return own
	}
	return nil
}

// vouchRef is the claim a witness's words vouching for one name (its
// number, said or quoted; "" for none), and ok when they vouch for one
// where claims are filed (witnessVouched): no read for other words.
func (p *pointsFlow) vouchRef(t *turn) (ref string, ok bool) {
	if len(p.cat) == 0 || t.where.Kind == words.InOffice || t.where.Village == "" || t.who.Village != t.where.Village {
		return "", false
	}
	ref, _, _ = p.r.claimNamed(t)
	if ref == "" {
		// "C2 是真的": a claim's number however it is followed
		if refs := words.ClaimRefs(village.FindRefs(t.text)); len(refs) == 1 {
			ref = refs[0]
		}
	}
	// "是的 我看见了" quoting nothing: said of a claim as much as a number
	return ref, words.Vouches(t.text, ref != "" || t.quote == nil && words.BareSeen.MatchString(t.text)) ||
		ref != "" && words.NamesSelfWitness(t.text, t.who.Name)
}

// addVouch writes the sender's word as witness on claim id (read afresh)
// and tells him and its reviewers, in one commit.
func (p *pointsFlow) addVouch(ctx context.Context, t *turn, sc storage.Scope, id string) error {
	c, _, err := p.findClaim(ctx, t, id)
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if c.Status != village.ClaimPending {
		// decided meanwhile: his word changes nothing
		return p.r.reply(ctx, t, "points.witness.vouched.late", p.lateVouchData(t, c))
	}
	data := map[string]any{"C": &c, "Ref": c.ID, "Name": t.who.Name, "Label": p.label(c.Village, c.Household)}
	for _, e := range []string{"证明人 " + t.who.Name, village.VouchedLabel(t.who.Name)} {
		// his entry first when he offered himself (offeredWitness)
		if !slices.Contains(strings.Split(c.Evidence, "、"), e) {
			c.Evidence = strings.TrimPrefix(c.Evidence+"、"+e, "、")
		}
	}
	doc, err := storage.ClaimDoc(c, c.Status)
	if err != nil {
		return err
	}
	var out []bot.Outbound
	var withdraw []string
	if c.LacksEvidence() {
		// a witness on a photo or paper item still short of it: the
		// claimant is asked for what it needs, the scorers wait for it
		// (the photo that completes it asks them, photoAttached)
		out = []bot.Outbound{p.r.back(t, p.r.texts.Render("points.witness.vouched.short", data))}
	} else {
		here, told, w := p.scorersTold(t, &c, "points.witness.vouched.scorer", data)
		data["Scorers"] = here
		out, withdraw = append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.witness.vouched", data))}, told...), w
	}
	t.out = out
	_, err = p.r.commit(ctx, t, t.copies.guard(storage.Change{Scope: sc, MsgID: t.m.ID, Docs: []storage.Doc{doc}, Out: out, Withdraw: withdraw,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "evidence", Note: "#" + c.ID + " " + c.Evidence}}))
	return err
}

// witnessOf are the claims of cs that name the sender as witness and his
// message may mean: the one numbered ref, else those naming the person
// or claimant, else all.
func (p *pointsFlow) witnessOf(t *turn, cs []village.Claim, ref string) []village.Claim {
	var his, named []village.Claim
	for _, c := range cs {
		if c.Village != t.who.Village || !slices.Contains(strings.Split(c.Evidence, "、"), "证明人 "+t.who.Name) {
			continue
		}
		his = append(his, c)
		if namedIn(t, c, ref) {
			named = append(named, c)
		}
	}
	if len(named) > 0 || ref != "" {
		return named
	}
	return his
}

// namedIn reports whether t's words name claim c: by ref, its number, or
// with none by its person or claimant.
func namedIn(t *turn, c village.Claim, ref string) bool {
	return c.ID == ref || ref == "" && (strings.Contains(t.text, c.Person) || strings.Contains(t.text, c.Claimant))
}

// offeredWitness are the claims of cs (waiting for review) a sender
// offers himself as witness of, named on none of them his words name: 「刘芳清水渠我看见
// 了，属实」「我给刘芳作证」 after 刘芳's claim was told it still needs one.
// He speaks for himself (我, or names himself witness). Each lacks the
// witness its item needs, is another household's (家里人
// 不算), was not objected to by him (claim72), and is the one ref names
// or whose person or claimant his words name.
func (p *pointsFlow) offeredWitness(t *turn, cs []village.Claim, ref string) []village.Claim {
	if !strings.Contains(t.text, "我") && !words.NamesSelfWitness(t.text, t.who.Name) {
		return nil // 「李四看见了」: another's word, said for him
	}
	var out []village.Claim
	for _, c := range cs {
		if c.Village != t.who.Village || c.Household == t.who.Household || !wantsWitness(c) ||
			slices.Contains(c.Objectors(), t.who.Name) || slices.Contains(c.EarlyObjectors(), t.who.Name) {
			continue
		}
		if namedIn(t, c, ref) {
			out = append(out, c)
		}
	}
	return out
}

// wantsWitness reports whether claim c names no witness yet: one its item
// needs, or (pts104) a photo or paper item whose claimant named none, on
// which a self-offered witness is written for the scorers to weigh (he
// does not stand in for the photo; addVouch says so).
func wantsWitness(c village.Claim) bool {
	if c.Needs == village.EvidenceWitness {
		return c.LacksEvidence()
	}
	return !village.EvidenceWitness.OfferedBy(c.Evidence, 0)
}

// lateVouchData is what points.witness.vouched.late tells a witness
// vouching for claim c, decided already: how and when, and (rejected)
// how its claimant may apply again naming him.
func (p *pointsFlow) lateVouchData(t *turn, c village.Claim) map[string]any {
	return map[string]any{"C": &c, "Ref": c.ID, "Name": t.who.Name, "Label": p.label(c.Village, c.Household), "Now": t.at,
		"Again": strings.Join(strings.Fields("申请积分 "+c.Name+" 证明人 "+t.who.Name), " ")}
}
