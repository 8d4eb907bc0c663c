package handlers

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// object handles 异议 #C 理由: anyone of the village, while the item is
// approved and its 公示 window (if published) is open. The item is frozen.
func (p *pointsFlow) object(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if t.who.Village != c.Village && t.where.Village != c.Village {
			return p.r.reply(ctx, t, "refuse", map[string]any{"Verb": cmd.word, "Who": c.Village + "的村民"})
		}
		if c.Status == village.ClaimFinal || c.Status == village.ClaimApproved && !c.PublishedAt.IsZero() && !c.InWindow(t.at) {
			return p.objectLate(ctx, t, sc, c, words.ClaimNote(cmd.args))
		}
		// One's own application is withdrawn or talked over, not objected
		// to; before its 公示 nobody objects yet: nothing is frozen, the
		// sender is told whom to ask (QA round 5).
		own := t.who.Name == c.Claimant && c.DecidedBy != c.Claimant
		// An award the scorers recorded for the sender's own household
		// ("有异议 C9 我那天去了") would only freeze his own points.
		ours := !own && c.Points > 0 && c.DecidedBy != "" && t.who.Household != "" && t.who.Household == c.Household
		early := c.Status == village.ClaimPending || c.Status == village.ClaimApproved && c.PublishedAt.IsZero()
		if early && !own && !ours && understand.HasContent(words.ClaimNote(cmd.args)) {
			return p.objectEarly(ctx, t, sc, c, words.ClaimNote(cmd.args))
		}
		if early || (own || ours) && (c.Status == village.ClaimApproved || c.Status == village.ClaimObjected) {
			// With no scorer free to review it, township officers do: they
			// are not the 评分小组 (QA round 7).
			rs := p.reviewers(c.Village, c.Grid, c.Household)
			return p.r.reply(ctx, t, "points.object.early", map[string]any{"C": &c, "Own": own, "Ours": ours,
				"Scorers": words.Names(rs), "Officers": len(rs) > 0 && !rs[0].Has(village.RoleScorer), "Window": p.window(),
				"Quarterly": p.cfg.Publicity.Cadence == "quarterly"})
		}
		if c.Status != village.ClaimApproved && c.Status != village.ClaimObjected {
			return p.state(ctx, t, c, cmd)
		}
		note := words.ClaimNote(cmd.args)
		if !understand.HasContent(note) {
			return p.r.reply(ctx, t, "points.reason", map[string]any{"C": &c, "Verb": cmd.word, "Example": "那天没去参加"})
		}
		if c.Status == village.ClaimObjected {
			return p.objectAgain(ctx, t, sc, c, note)
		}
		acct, read, err := p.accountOf(ctx, sc, c.Village, c.Household)
		if err != nil {
			return err
		}
		from, err := c.Apply(village.ClaimObject, t.who.Name, t.at, note)
		if err != nil {
			return err
		}
		// Said privately, or in a group the reviewers are not in: they
		// hear it privately, and nobody is @mentioned.
		here, away := p.reviewersFrom(t, &c)
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Scorers": here, "Private": len(here) == 0, "Wake": p.r.wake(t),
			"Withheld": p.withheld(t, c)}
		told := p.witnessObjected(t, &c, data)
		out := append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.objected", data))}, p.tellReviewers(away, "points.objected.scorer", data)...)
		out = append(out, told...)
		if t.who.Village != c.Village || t.who.Household != c.Household {
			// the household hears its item is frozen, and whom to see,
			// not who objected: an objection said privately reaches it
			// no other way until it is settled
			rs := p.reviewers(c.Village, c.Grid, c.Household)
			told := map[string]any{"C": &c, "Scorers": words.Names(rs), "Officers": len(rs) > 0 && !rs[0].Has(village.RoleScorer)}
			out = append(out, p.tellPerson(c.Village, c.Person, t.who, p.r.texts.Render("points.objected.told", told))...)
		}
		fix, archived, err := p.freezeArchive(ctx, sc, &c, acct, t.at)
		if err != nil {
			return err
		}
		extra, _ := p.archiveFixed(t, c.Village, fix)
		return p.commitClaimOn(ctx, t, sc, c, from, &acct, read, archived, out, extra...)
	})
}

// withdraw handles 撤回 #C / 取消 #C: the claimant (or the member it is
// for) takes back a claim nobody has reviewed yet.
func (p *pointsFlow) withdraw(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if !words.OwnClaim(t.who, c) {
			return p.withdrawOther(ctx, t, c)
		}
		if c.Status != village.ClaimPending {
			return p.r.reply(ctx, t, "points.withdraw.late", map[string]any{"C": &c})
		}
		from, err := c.Apply(village.ClaimWithdraw, t.who.Name, t.at, words.ClaimNote(cmd.args))
		if err != nil {
			return err
		}
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household)}
		return p.commitClaim(ctx, t, sc, c, from, nil, storage.IndexRead{}, p.outFor(t, &c, p.r.texts.Render("points.withdrawn", data)))
	})
}

// withdrawOther answers 撤回 #C from someone who did not make claim c:
// his own household's claim is withdrawn by its claimant; a reviewer
// rejects or revokes it; anyone else of the village objects (异议 #C
// 理由), which before 公示 is passed to the reviewers, during it freezes
// the item and after it is passed on as well (objectEarly, objectLate).
func (p *pointsFlow) withdrawOther(ctx context.Context, t *turn, c village.Claim) error {
	data := map[string]any{"C": &c, "Window": p.window(), "Now": t.at}
	rs := p.reviewers(c.Village, c.Grid, c.Household)
	switch {
	case t.who.Village == c.Village && t.who.Household != "" && t.who.Household == c.Household:
		data["Kin"] = true
	case slices.ContainsFunc(rs, func(r village.Person) bool { return r.Key() == t.who.Key() }):
		data["Reviewer"] = true
	case t.who.Village == c.Village || t.where.Village == c.Village:
		data["Object"] = true
		data["Showing"] = c.InWindow(t.at)
	}
	return p.r.reply(ctx, t, "points.withdraw.other", data)
}

// objectedFromOutside reports whether one of objectors is of no member
// of c's household: that objection was told to the household.
func (p *pointsFlow) objectedFromOutside(c village.Claim, objectors []string) bool {
	return slices.ContainsFunc(objectors, func(o string) bool {
		who, err := p.r.people.Lookup(c.Village, o)
		return err != nil || who.Household != c.Household
	})
}

// objectAgain records a further objection to a frozen item: the scorers
// get it, and its author hears the outcome with the first objector.
func (p *pointsFlow) objectAgain(ctx context.Context, t *turn, sc storage.Scope, c village.Claim, note string) error {
	err := c.AddObjection(t.who.Name, t.at, note)
	if errors.Is(err, village.ErrObjectedBefore) {
		return p.r.reply(ctx, t, "points.objected.before", map[string]any{"C": &c})
	}
	if err != nil {
		return err
	}
	data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Note": note, "By": t.who.Name, "Withheld": p.withheld(t, c)}
	told := p.witnessObjected(t, &c, data)
	out := append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.objected.more", data))}, told...)
	for _, s := range p.scorers(c.Village, c.Grid, c.Household) {
		out = append(out, bot.Outbound{To: s, Kind: bot.Private, Priority: bot.Normal, Text: p.r.texts.Render("points.objected.more.scorer", data)})
	}
	return p.commitNoted(ctx, t, sc, c, "points.object", note, out)
}

// commitNoted stores a claim an objection was noted on, its status
// unchanged (no ledger entry, no points moved), with the replies.
func (p *pointsFlow) commitNoted(ctx context.Context, t *turn, sc storage.Scope, c village.Claim, action, note string, out []bot.Outbound) error {
	d, err := storage.ClaimDoc(c, c.Status)
	if err != nil {
		return err
	}
	t.out = out
	// decided on copies (frozenCopied), the commit carries their reads
	_, err = p.r.commit(ctx, t, t.copies.guard(storage.Change{Scope: sc, MsgID: t.m.ID, Docs: []storage.Doc{d},
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: action, Note: c.ID + " " + note},
		Out:   out}))
	return err
}

// settle handles 维持 #C and 撤销 #C 理由 by a scorer.
func (p *pointsFlow) settle(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if ok, data := p.mayScore(t.who, c.Village, c.Grid, c.Household, cmd.word); !ok {
			return p.r.reply(ctx, t, "points.refuse", data)
		}
		action := village.ClaimUphold
		if cmd.verb == words.VRevoke {
			action = village.ClaimRevoke
		}
		ok, err := p.settleable(ctx, t, sc, c, action)
		if err != nil {
			return err
		}
		if !ok {
			return p.state(ctx, t, c, cmd)
		}
		note := words.ClaimNote(cmd.args)
		if action == village.ClaimRevoke && !understand.HasContent(note) {
			return p.r.reply(ctx, t, "points.reason", map[string]any{"C": &c, "Verb": cmd.word, "Example": "经核实当天未参加"})
		}
		acct, read, err := p.accountOf(ctx, sc, c.Village, c.Household)
		if err != nil {
			return err
		}
		objectors := c.Objectors()
		from, err := c.Apply(action, t.who.Name, t.at, note)
		if err != nil {
			return err
		}
		out := p.settledOut(t, &c, action, from, objectors, acct, note)
		fix, archived, err := p.fixArchive(ctx, sc, &c, acct, t.at)
		if err != nil {
			return err
		}
		if acct.Doc != 0 {
			// the account is checked by its version: the archive is
			// what may change unseen
			read = archived
		}
		extra, fixOut := p.archiveFixed(t, c.Village, fix)
		return p.commitClaim(ctx, t, sc, c, from, &acct, read, append(out, fixOut...), extra...)
	})
}

// settleable reports whether action (维持, 撤销) may settle c: 维持 one
// objected to; 撤销 one objected to or approved, or final while its year
// is open.
func (p *pointsFlow) settleable(ctx context.Context, t *turn, sc storage.Scope, c village.Claim, action village.ClaimAction) (bool, error) {
	if action == village.ClaimUphold {
		return c.Status == village.ClaimObjected, nil
	}
	if c.Status == village.ClaimFinal {
		return p.yearOpen(ctx, sc, c.Year(), t)
	}
	return c.Status == village.ClaimObjected || c.Status == village.ClaimApproved, nil
}

// settledOut tells of c settled by action from status from: the item's
// place, the person scored where he hears of it privately, and each
// objector.
func (p *pointsFlow) settledOut(t *turn, c *village.Claim, action village.ClaimAction, from village.ClaimStatus, objectors []string, acct village.Account, note string) []bot.Outbound {
	data := map[string]any{"C": c, "Label": p.label(c.Village, c.Household), "Note": note, "From": from, "Now": t.at,
		// revoked as recorded twice: nothing to record again
		"Duplicate": strings.Contains(c.Reason, "重复")}
	block := "points.upheld"
	if action == village.ClaimRevoke {
		block = "points.revoked"
	}
	final := action == village.ClaimUphold && c.Status == village.ClaimFinal
	if cl := p.cfg.ClearsSoon(t.at.In(p.r.cfg.Location())); final && c.Points > 0 && !cl.IsZero() {
		data["Clears"] = cl // set only when due: a zero time.Time is true in a template
	}
	if c.IsVeto() && action == village.ClaimRevoke {
		// another veto item of the year still keeps the household out
		data["Still"] = acct.Year(c.Year()).OtherVetoes(c.ID)
	}
	out := p.outForItem(t, c, block, data)
	// The person scored hears of some outcomes privately; if he is one
	// who objected, that message is his answer, not a second one.
	// The household told of an objection from outside it (object)
	// hears that it was upheld, final or not.
	toldUpheld := final && c.Points > 0 || action == village.ClaimUphold && p.objectedFromOutside(*c, objectors)
	// a deduction or veto lifted, or points taken back: final ones, or
	// ones not yet final (a claim sent privately is seen nowhere else)
	toldRevoked := (c.IsVeto() || c.Points != 0) && action == village.ClaimRevoke
	if from == village.ClaimFinal && c.Points > 0 {
		left := acct.Redeemable() - c.Points // what is left to redeem once taken back
		data["Balance"], data["Owed"] = max(left, 0), max(-left, 0)
	}
	if toldUpheld {
		// Frozen points usable at once: the household hears it (QA round 4, N12).
		out = append(out, p.tellPerson(c.Village, c.Person, t.who, p.r.texts.Render("points.upheld.told", data))...)
	}
	for _, o := range objectors {
		if o == c.Person && (toldUpheld || toldRevoked) {
			continue
		}
		if from == village.ClaimObjected && o != t.who.Name {
			// The household objecting to its own deduction is no
			// watchdog to be thanked: it hears where to turn next.
			who, err := p.r.people.Lookup(c.Village, o)
			data["Own"] = err == nil && who.Household != "" && who.Household == c.Household
			out = append(out, bot.Outbound{To: o, Kind: bot.Private, Priority: bot.Normal,
				Text: p.r.texts.Render("points.settled.objector", data)})
		}
	}
	if action == village.ClaimRevoke {
		out = append(out, p.toldEarly(t, c, data)...)
	}
	if toldRevoked {
		// The household was told of it privately: so of its end.
		out = append(out, p.tellPerson(c.Village, c.Person, t.who, p.r.texts.Render("points.revoked.told", data))...)
	}
	return out
}

// archiveFixed are the documents a correction of a year's archive (of
// village v) writes, and the messages it sends (the notice of it, the honours
// settled); none without one.
//
// The notice is held a short while
// (tellBurst): a later correction of the same archive before they go
// replaces them, naming both items.
func (p *pointsFlow) archiveFixed(t *turn, v string, fix *archiveFix) (docs []storage.Doc, out []bot.Outbound) {
	if fix == nil {
		return nil, nil
	}
	var hold time.Time
	about := ""
	if fix.data != nil {
		var undone string
		hold, about, undone = p.tellBurst(t, fix)
		if undone != "" && !slices.Contains(t.withdraw, undone) {
			t.withdraw = append(t.withdraw, undone)
		}
	}
	if fix.doc.Kind != "" {
		docs = append(docs, fix.doc)
	}
	docs = append(docs, fix.unsettled...)
	if fix.data != nil {
		out = append(out, p.archiveNotice(v, fix.data)...)
	}
	if about != "" {
		for i := range out {
			out[i].NotBefore, out[i].About = hold, about
		}
	}
	return docs, append(out, fix.settled...)
}

// objectLate answers 异议 after the 公示 window: nothing is frozen any
// more, but a reason is passed on to the item's reviewers privately, who
// may take the points back (撤销) while the year is open.
func (p *pointsFlow) objectLate(ctx context.Context, t *turn, sc storage.Scope, c village.Claim, note string) error {
	open, err := p.yearOpen(ctx, sc, c.Year(), t)
	if err != nil {
		return err
	}
	rs := p.reviewers(c.Village, c.Grid, c.Household)
	data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Note": note, "By": t.who.Name,
		"Open": open, "Scorers": words.Names(rs), "Now": t.at}
	if !understand.HasContent(note) || !open || len(rs) == 0 || slices.ContainsFunc(rs, func(r village.Person) bool { return r.Key() == t.who.Key() }) {
		return p.r.reply(ctx, t, "points.object.late", data)
	}
	data["Passed"], data["Wake"] = true, p.r.wake(t)
	return p.r.commitOut(ctx, t, append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.object.late", data))},
		p.tellReviewers(rs, "points.object.late.scorer", data)...))
}

// objectEarly answers 异议 with a reason before the item's 公示 (QA
// points3): nothing is frozen yet, but the objector is heard. The reason
// goes to the item's reviewers privately, who weigh it in their review
// (驳回) or take an approval back (撤销); the objector hears the outcome
// and may still object during the 公示.
func (p *pointsFlow) objectEarly(ctx context.Context, t *turn, sc storage.Scope, c village.Claim, note string) error {
	rs := p.reviewers(c.Village, c.Grid, c.Household)
	data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Note": note, "By": t.who.Name,
		"Scorers": words.Names(rs), "Officers": len(rs) > 0 && !rs[0].Has(village.RoleScorer), "Window": p.window(),
		"Wake": p.r.wake(t), "Listed": p.listedOf(c, t.at), "Now": t.at}
	if len(rs) == 0 || slices.ContainsFunc(rs, func(r village.Person) bool { return r.Key() == t.who.Key() }) {
		data["Reviewer"] = len(rs) > 0
		return p.r.reply(ctx, t, "points.object.early.self", data)
	}
	err := c.AddEarly(t.who.Name, t.at, note)
	if errors.Is(err, village.ErrObjectedBefore) {
		return p.r.reply(ctx, t, "points.objected.before", map[string]any{"C": &c})
	}
	if err != nil {
		return err
	}
	told := p.witnessObjected(t, &c, data)
	out := append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.object.early.passed", data))},
		p.tellReviewers(rs, "points.object.early.scorer", data)...)
	out = append(out, told...)
	return p.commitNoted(ctx, t, sc, c, "points.object.early", note, out)
}

// toldEarly tells those who objected to c before its 公示 how the
// reviewers decided on it (block renders data); not the sender.
func (p *pointsFlow) toldEarly(t *turn, c *village.Claim, data map[string]any) []bot.Outbound {
	var out []bot.Outbound
	data["Now"] = t.at // the 公示 day is said as read now (day)
	for _, o := range c.EarlyObjectors() {
		if o == t.who.Name {
			continue
		}
		out = append(out, bot.Outbound{To: o, Kind: bot.Private, Priority: bot.Normal,
			Text: p.r.texts.Render("points.object.early.outcome", data)})
	}
	return out
}

// state answers a command the claim's status leaves nothing to do for; a
// final item whose year the year-end run closed is not offered 撤销 (it
// can no longer be changed).
func (p *pointsFlow) state(ctx context.Context, t *turn, c village.Claim, cmd command) error {
	data := map[string]any{"C": &c, "Verb": cmd.word, "V": string(cmd.verb)}
	if c.Status == village.ClaimFinal {
		open, err := p.yearOpen(ctx, storage.VillageScope(c.Village), c.Year(), t)
		if err != nil {
			return err
		}
		data["Closed"] = !open
	}
	if cmd.verb == words.VUphold && (c.Status == village.ClaimFinal || c.Status == village.ClaimApproved && !c.PublishedAt.IsZero() && !c.InWindow(t.at)) {
		return p.lateUphold(ctx, t, c, data)
	}
	return p.r.reply(ctx, t, "points.state", data)
}

// lateUphold answers 维持 of an item whose objection window has closed
// with nothing frozen (final, or about to be): nothing to do, which the
// scorer hears privately (the group has no use for it) and once per
// item: sent again, it is let be. The claim remembers whom it told, in the
// reply's own commit.
func (p *pointsFlow) lateUphold(ctx context.Context, t *turn, c village.Claim, data map[string]any) error {
	if slices.Contains(c.LateUpheld, t.who.Name) {
		return p.r.commitReplies(ctx, t)
	}
	c.LateUpheld = append(c.LateUpheld, t.who.Name)
	out := []bot.Outbound{p.r.toSender(t, p.r.texts.Render("points.state", data))}
	return p.commitNoted(ctx, t, storage.VillageScope(c.Village), c, "points.uphold.late", "", out)
}

// yearOpen reports whether year is open (openYear), reading whether its
// year-end run closed it only when it is this year.
func (p *pointsFlow) yearOpen(ctx context.Context, sc storage.Scope, year string, t *turn) (bool, error) {
	if !p.openYear(year, false, t) { // another year: open or closed, not to change
		return false, nil
	}
	_, closed, err := storage.Ranking(ctx, p.r.store, sc, year)
	return p.openYear(year, closed, t), err
}

// openYear is whether year's points may still be taken back or given
// back: it is this year (of the turn's time) and its year-end run has not
// closed it (closed, as storage.Ranking and storage.RankingIn read it).
// yearOpen and peekUndo decide by it.
func (p *pointsFlow) openYear(year string, closed bool, t *turn) bool {
	return !closed && year == strconv.Itoa(p.cfg.Year(t.at))
}

// witnessObjected takes the objector off claim c's witnesses, in the
// objection's own commit: whoever objects no longer vouches for it (a
// witness recorded before he objected would otherwise stay one, pts74).
// data gains Struck (his name) and Lacks (no witness left), which the
// replies to him and the reviewers say. The claim keeps its status: the
// scorers decide on it as it now stands. Its claimant, when a witness
// may still be named on it (waiting for review, or approved and not yet
// in the 公示) and it now lacks one, is asked privately for another: the
// message says the witness no longer vouches, not that he objected. A
// frozen item's household was told how to answer the objection already.
// Nothing for an objector who was no witness.
func (p *pointsFlow) witnessObjected(t *turn, c *village.Claim, data map[string]any) []bot.Outbound {
	if !c.DropWitness(t.who.Name) {
		return nil
	}
	data["Struck"], data["Lacks"] = t.who.Name, c.LacksEvidence()
	open := c.Status == village.ClaimPending || c.Status == village.ClaimApproved && c.PublishedAt.IsZero()
	if !open || c.Needs != village.EvidenceWitness || !c.LacksEvidence() {
		return nil
	}
	claimant, err := p.r.people.Lookup(c.Village, c.Claimant)
	if err != nil || !claimant.UsesWeChat || claimant.Key() == t.who.Key() {
		return nil
	}
	data["Asked"] = true
	d := map[string]any{"C": c, "Label": data["Label"], "Struck": t.who.Name,
		"Witness": p.claimWitness(c)}
	return []bot.Outbound{{To: p.r.shown(claimant), Kind: bot.Private, Priority: bot.Normal, Text: p.r.texts.Render("points.witness.struck.claimant", d)}}
}
