package handlers

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// status answers 查 #C.
//
// What it shows depends on who asks (QA round 4, N4): a claim sent
// privately is shown, until its 公示, only to its household, the scorers
// and the cadres of its grid; objection reasons (which often name the
// objector) only to the scorers and cadres, and to each objector his own,
// those sent before the 公示 too.
// Details that are not for the whole group are answered privately when
// asked in a group, as the reports flow does.
func (p *pointsFlow) status(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		staff := p.mayReview(t.who, c)
		own := t.who.Village == c.Village && t.who.Household == c.Household && c.Household != ""
		private := p.privateClaim(c) && c.PublishedAt.IsZero()
		if private && !staff && !own && t.who.Name != c.Claimant {
			return p.r.reply(ctx, t, "points.status.hidden", map[string]any{"C": &c})
		}
		var notes []village.Objection
		if c.Objection != "" {
			for _, o := range append([]village.Objection{{At: c.DecidedAt, By: c.ObjectedBy, Note: c.Objection}}, c.More...) {
				if staff || o.By == t.who.Name {
					notes = append(notes, o)
				}
			}
		}
		// Objections sent before the 公示 (Claim.Early) froze nothing and
		// were passed to the reviewers privately: their authors are no
		// more the group's business than a frozen item's objectors are.
		var early []village.Objection
		for _, o := range c.Early {
			if staff || o.By == t.who.Name {
				early = append(early, o)
			}
		}
		here := t.where.Kind == words.InPrivate || !private && len(notes) == 0 && len(early) == 0
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household),
			"Objections": notes, "Early": early, "Staff": staff, "Me": t.who.Name, "Next": words.EarlyNext(c, t.who.Name, t.at),
			"Window": p.window(), "Listed": p.listedOf(c, t.at), "Withheld": here && p.withheld(t, c), "Now": t.at,
			"Year": p.countsIn(c, t.at)}
		// Who vouched for a claim is for its household, its witnesses
		// and its reviewers, and said to them privately only: in a group,
		// or to anyone else, the witnesses are counted (pts99: a villager
		// disputing a claim read from 查 whom to lean on).
		data["Written"] = c.WrittenUnnamed()
		if t.where.Kind == words.InPrivate && (staff || own || t.who.Name == c.Claimant || t.who.Village == c.Village && c.Vouches(t.who.Name)) {
			data["Written"] = c.Written()
		}
		if c.Status == village.ClaimPending && c.LacksEvidence() {
			// what it still lacks, and to its household how to give it
			// while that still helps (pts98: 查 said nothing of it)
			data["Lacks"] = true
			_, waits := words.PhotoAwaited(c, t.at)
			data["Missing"] = (own || t.who.Name == c.Claimant) && (c.Needs != village.EvidencePhoto || waits)
			data["Witness"] = p.r.exampleWitness(t.who)
		}
		if c.Status == village.ClaimRejected {
			// the claimant's next step, or the scorer's 加分 to redo it
			data["Own"] = own || t.who.Name == c.Claimant
			data["Scorer"] = t.who.Covers(village.RoleScorer, c.Village, c.Grid)
			p.redoData(data, c, t.at)
			cap, err := p.rejectedCap(ctx, t, sc, c, data["Own"] == true || data["Scorer"] == true)
			if err != nil {
				return err
			}
			if cap != nil {
				data["Cap"] = *cap
			}
		}
		text := p.r.texts.Render("points.status", data)
		if here {
			t.out = append(t.out, p.r.back(t, text))
		} else {
			t.out = append(t.out, p.r.toSender(t, text),
				p.r.back(t, p.r.texts.Render("points.status.moved", map[string]any{"C": &c, "Name": t.who.Name})))
		}
		_, err := p.r.commit(ctx, t, storage.Change{Scope: p.r.scope(t), MsgID: t.m.ID, Out: t.out, Keep: t.keep})
		return err
	})
}

// rejectedCap is the full cap rejected claim c's next step names in 查
// (points.rejected.next, points.cap.restarts): the one kept on the claim
// (Claim.CapFull, pts96), read from nothing. A claim rejected with none
// kept, before pts96 or for another reason, whose item has a cap, is
// checked against the household's account when told asks the next step
// (its household or a scorer): a cap full then, or filled since, makes
// 「补齐材料后可以重新申请」 (or the scorer's 「加分」) advice the cap would
// refuse. One read (none on a followed copy), only then.
func (p *pointsFlow) rejectedCap(ctx context.Context, t *turn, sc storage.Scope, c village.Claim, told bool) (*capSpan, error) {
	ind, ok := p.cat.ByCode(c.Indicator)
	if !ok {
		return nil, nil
	}
	period := p.cfg.EarnedPeriod(c.CreatedAt, c.DecidedAt)
	if c.CapFull != "" {
		cs := p.capSpanIn(ind, c.CapFull == "year", period, t.at)
		return &cs, nil
	}
	if !told || ind.YearlyCap <= 0 && ind.MonthlyCap <= 0 {
		return nil, nil
	}
	acct, _, err := p.accountOf(ctx, sc, c.Village, c.Household)
	if err != nil || !words.CapFull(acct, ind, c.Person, period) {
		return nil, err
	}
	cs := p.capSpanOf(acct, ind, c.Person, period, t.at)
	return &cs, nil
}

// mayReview reports whether who may read everything about claim c: a
// scorer or officer or admin of its village, or a cadre of its grid.
func (p *pointsFlow) mayReview(who village.Person, c village.Claim) bool {
	return who.Covers(village.RoleScorer, c.Village, c.Grid) || who.Tends(c.Village, c.Grid) ||
		who.Has(village.RoleOfficer) || who.Has(village.RoleAdmin)
}

// privateClaim reports whether c was sent to the bot privately, not in a
// group of the township.
func (p *pointsFlow) privateClaim(c village.Claim) bool {
	if c.Chat == "" {
		return true
	}
	if c.Chat == p.r.cfg.Township.OfficeChat {
		return false
	}
	for _, vc := range p.r.cfg.Villages {
		for _, g := range vc.Grids {
			if g.Group == c.Chat {
				return false
			}
		}
	}
	return true
}

// mine answers 我的积分.
func (p *pointsFlow) mine(ctx context.Context, t *turn, _ command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	if t.who.Household == "" {
		if t.who.IsCadre() {
			// a cadre from outside the village: no points of his own, but
			// the queries he can make
			officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
			return p.r.reply(ctx, t, "points.nohousehold.cadre", map[string]any{"Officer": officer})
		}
		return p.noHousehold(ctx, t, false)
	}
	return p.answer(ctx, t, t.who)
}

// query answers 积分 名字: one's own household, any household for cadres.
func (p *pointsFlow) query(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	name := strings.TrimSpace(strings.TrimPrefix(cmd.args, "@"))
	if name == "" {
		return p.mine(ctx, t, cmd)
	}
	if strings.ContainsAny(name, "?？吗") || strings.Contains(name, "怎么") || strings.Contains(name, "什么") {
		if !t.addr {
			return nil // "积分 是怎么算的？" in a discussion
		}
		return p.help(ctx, t, command{verb: words.VPointsHelp})
	}
	if m := words.KinQuery.FindStringSubmatch(name); m != nil && t.who.Household != "" {
		return p.queryKin(ctx, t, m[1])
	}
	// "积分 张三", "积分 青山村 张三", "积分 三组 张三", "积分 张三 QS-301"
	villages, grid, args := p.r.narrow(p.r.villagesMeant(t), name)
	who, rest, _ := strings.Cut(args, " ")
	if n, after, ok := words.SpacedName(args, p.r.nameInAny(villages)); ok && !p.r.nameInAny(villages)(who) {
		who, rest = n, after // "积分 张 明"
	}
	fits, rest := p.r.whoIs(villages, grid, who, strings.TrimSpace(rest))
	fits = slices.DeleteFunc(fits, func(f village.Person) bool { return f.Household == "" })
	if len(fits) == 0 || rest != "" {
		if !t.addr && len([]rune(name)) > 5 {
			return nil // "积分，大家加油": speech, not a query
		}
		if len(fits) == 0 && rest == "" {
			// a villager is offered his own household's only
			near := p.r.nearPeople(villages, grid, who, func(q village.Person) bool {
				return q.Household != "" && (t.who.IsCadre() || q.Village == t.who.Village && q.Household == t.who.Household)
			})
			// 「是」 asks after the one near
			q := &question{Kind: words.AskCommand, Msg: t.m.ID}
			return p.r.unknownPerson(ctx, t, cmd.word, who, "", "", near, q, "查")
		}
		return p.r.reply(ctx, t, "points.unknownperson", map[string]string{"Name": name})
	}
	if !t.who.IsCadre() {
		// a villager may ask after his own household only: his namesake
		// elsewhere is not his to ask after, nor to be listed to him
		fits = slices.DeleteFunc(fits, func(f village.Person) bool { return f.Village != t.who.Village || f.Household != t.who.Household })
		if len(fits) == 0 {
			return p.r.reply(ctx, t, "points.query.other", nil)
		}
	}
	if len(fits) > 1 {
		return p.r.whichPerson(ctx, t, cmd.word, who, "", fits)
	}
	return p.answer(ctx, t, fits[0])
}

// queryKin answers 积分 我儿子: the member the roster's 与户主关系 names
// (kinOf), or, when it names several or none, which one, by name.
func (p *pointsFlow) queryKin(ctx context.Context, t *turn, word string) error {
	v := t.who.Village
	fits := p.kinOf(v, t.who, word)
	if len(fits) == 1 {
		for _, m := range p.r.people.All() {
			if m.Village == v && m.Household == t.who.Household && m.Name == fits[0] {
				return p.answer(ctx, t, m)
			}
		}
	}
	return p.r.reply(ctx, t, "points.query.kin", map[string]any{"Kin": word, "Fits": fits, "Members": p.members(v, t.who)})
}

// answer tells a household's points: the person's own, the household
// total, average and rank, the redeemable balance and what is pending.
func (p *pointsFlow) answer(ctx context.Context, t *turn, person village.Person) error {
	if t.scope == "" && t.where.Village == "" {
		t.scope = storage.VillageScope(person.Village)
	}
	cur := p.cfg.Year(t.at)
	h, err := p.readHousehold(ctx, person, cur)
	if err != nil {
		return err
	}
	data, err := p.mineData(t, person, h)
	if err != nil {
		return err
	}
	if t.where.Kind == words.InPrivate {
		return p.r.reply(ctx, t, "points.mine", data)
	}
	return p.answerInGroup(ctx, t, person, h, data)
}

// householdPoints is what 我的积分 is answered from, read in one round
// trip.
type householdPoints struct {
	cur    int // the points year asked in
	acct   village.Account
	me     village.Standing // the household's standing this year
	ranked int
	// its members' claims waiting: to be reviewed, objected to
	pending, objected []village.Claim
	approved          []village.Claim  // its approved claims
	lastRanking       []storage.RawDoc // last year's archived ranking
}

// readHousehold reads the account, the claims waiting, last year's
// archived ranking and this year's tallies, in one round trip.
func (p *pointsFlow) readHousehold(ctx context.Context, person village.Person, cur int) (householdPoints, error) {
	h := householdPoints{cur: cur}
	v, year := person.Village, strconv.Itoa(cur)
	raws, counters, err := p.r.store.DocsAndCounters(ctx, storage.VillageScope(v), []storage.DocsRead{
		{Kind: storage.AccountKind, Index: storage.AccountIndex(person.Household)},
		{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimPending)},
		{Kind: storage.ClaimKind, Index: storage.ClaimIndex(village.ClaimObjected)},
		{Kind: storage.RankKind, Index: storage.RankIndex(strconv.Itoa(cur - 1))},
		{Kind: storage.ClaimKind, Index: storage.ApprovedOf(person.Household)},
	}, storage.PointsHash(year), storage.VetoHash(year))
	if err != nil {
		return h, err
	}
	if h.acct, err = storage.AccountOrNew(raws[0], v, person.Household); err != nil {
		return h, err
	}
	hs, _, err := p.households(v)
	if err != nil {
		return h, err
	}
	_, h.me, h.ranked = village.Leaders(hs, counters[0], storage.VetoedIn(counters[1]), 0, person.Household)
	for i, into := range []*[]village.Claim{&h.pending, &h.objected} {
		cs, err := storage.ClaimsIn(raws[1+i])
		if err != nil {
			return h, err
		}
		for _, c := range cs {
			if c.Household == person.Household {
				*into = append(*into, c)
			}
		}
	}
	h.approved, err = storage.ClaimsIn(raws[4])
	h.lastRanking = raws[3]
	return h, err
}

// year is the household's tally of the year asked in.
func (h *householdPoints) year() village.YearTally { return h.acct.Year(strconv.Itoa(h.cur)) }

// lastYear is the household's tally of the year before.
func (h *householdPoints) lastYear() village.YearTally {
	return h.acct.Year(strconv.Itoa(h.cur - 1))
}

// coming are the points approved and not redeemable yet: December's
// points are published in January and redeemable after, so last year's
// approved ones are still coming.
func (h *householdPoints) coming() int { return h.year().Approved + h.lastYear().Approved }

// mineData is what points.mine says of a household's points.
func (p *pointsFlow) mineData(t *turn, person village.Person, h householdPoints) (map[string]any, error) {
	y, me, acct := h.year(), h.me, &h.acct
	approved := h.coming()
	data := map[string]any{"Approved": approved, "Unfinal": y.Approved,
		"Any":  me.Total != 0 || len(y.Personal) > 0 || y.Household != 0,
		"Year": strconv.Itoa(h.cur), "S": me, "Avg": me.AverageText(), "Ranked": h.ranked, "Person": person.Name,
		"Own": y.Personal[person.Name], "HouseholdPts": y.Household, "T": y, "A": acct, "Redeemable": max(acct.Redeemable(), 0),
		"Owed": max(-acct.Redeemable(), 0), "Pending": h.pending, "Objected": h.objected, "Self": person.Name == t.who.Name, "Now": t.at,
	}
	years := words.NamesOf(h.cur, t.at.In(p.r.cfg.Location()))
	data["ThisYear"] = years.This
	data["Earned"] = p.earnedEarlier(h.pending, t.at)
	if len(h.approved) > 0 {
		// when they become redeemable: in 公示 until a day, or not yet
		// published; a deduction among them too, even when they net to 0
		p.comingData(data, h.approved, t.at)
	}
	if carried := min(acct.Redeemable()-y.Final, h.lastYear().Final); carried > 0 && !p.cfg.LastClearing(t.at.In(p.r.cfg.Location())).IsZero() {
		// the last clearing took all that was final then: what is
		// redeemable beyond this year's final points is last year's,
		// final after it (December's, listed in January), spent first
		data["Carried"], data["CarriedYear"] = carried, strconv.Itoa(h.cur-1)
	}
	if cl := p.cfg.ClearsThisMonth(t.at.In(p.r.cfg.Location())); !cl.IsZero() && y.Approved > 0 {
		if kept := p.keptPastClearing(h); kept > 0 {
			data["KeptPast"], data["Kept"] = cl, kept
		}
	}
	if data["Any"] == false {
		// Early in a year, "我的积分" shows zeros: where last year's went
		// (ranked, honoured, cleared) is what the household is asking.
		last, err := lastYear(h.lastRanking, h.acct, person.Household)
		if err != nil {
			return nil, err
		}
		if last != nil {
			last["ThisYear"], last["LastYear"] = years.This, years.Last
			data["Last"] = last
		}
	}
	if t.who.Village == person.Village && t.who.Household == person.Household &&
		slices.ContainsFunc(p.shop, func(it village.ShopItem) bool { return it.Points <= acct.Redeemable() }) {
		// where to spend it, when it buys something: the household's next step
		data["Shop"] = words.Names(p.r.people.InGrid(person.Village, person.Grid, village.RoleShopkeeper))
		if cl := p.cfg.ClearsSoon(t.at); !cl.IsZero() {
			// the late-December rush: what it buys now is lost after this
			data["ClearsAt"] = cl
		}
	}
	return data, nil
}

// keptPastClearing is what the year-end clearing leaves of a household's
// approved points: December's approved points are published in January,
// after the clearing, which leaves them; said of those not published yet
// (November's, published now, become redeemable before it and are cleared
// if unspent).
func (p *pointsFlow) keptPastClearing(h householdPoints) int {
	kept := 0
	for _, c := range h.approved {
		if c.Status == village.ClaimApproved && c.PublishedAt.IsZero() && p.cfg.Year(c.DecidedAt) == h.cur {
			kept += c.Points
		}
	}
	return kept
}

// onlyPublic reports whether a household's points hold nothing but what
// its group may hear: no balance, spending, clearing, veto or claim
// waiting.
func (h *householdPoints) onlyPublic() bool {
	y := h.year()
	return h.acct.Redeemable() == 0 && y.Redeemed == 0 && h.coming() <= 0 && len(h.pending) == 0 && len(h.objected) == 0 &&
		!h.me.Vetoed && h.lastYear().Cleared == 0 && y.Cleared == 0
}

// answerInGroup answers 我的积分 asked in a group.
//
// A household's balance and spending, its members' pending claims,
// objections to them and a veto's reason are its own business (the
// shop's replies keep them out of the group too), so they are told
// privately. A villager who asks after his own household in a group
// chose to be answered there: he hears in one line what 积分排行 shows
// of it anyway (average, total over members, place), and the rest
// privately, his own points included (beside the total they would tell
// the group of a member's deduction before its 公示); the group hears no
// more than the ranking posts, and no longer the household's whole
// account (pts75). A cadre asking after another household hears it all
// privately.
func (p *pointsFlow) answerInGroup(ctx context.Context, t *turn, person village.Person, h householdPoints, data map[string]any) error {
	full := p.r.texts.Render("points.mine", data)
	group := "points.mine.moved"
	if t.who.Village == person.Village && t.who.Household == person.Household {
		data["Name"], group = t.who.Name, "points.mine.group"
		if h.onlyPublic() {
			// nothing in it but what the group may hear: the balance,
			// even 0, stays private like any other
			data["Group"] = true
			return p.r.reply(ctx, t, "points.mine", data)
		}
	} else {
		data = map[string]any{"Name": t.who.Name, "Label": h.me.Label()}
	}
	return p.r.commitOut(ctx, t, []bot.Outbound{
		p.r.toSender(t, full),
		p.r.back(t, p.r.texts.Render(group, data))})
}

// lastYear is what the archived ranking of a year (read as raws) says of
// household (暂定 while the archive is Pending), and what its year end
// cleared: nil when the year was not archived or the household had
// nothing in it.
func lastYear(raws []storage.RawDoc, acct village.Account, household string) (map[string]any, error) {
	y, ok, err := storage.RankingIn(raws)
	if err != nil || !ok {
		return nil, err
	}
	i := slices.IndexFunc(y.Standings, func(s village.Standing) bool { return s.Household == household })
	cleared := acct.Year(y.Year).Cleared
	if i < 0 || y.Standings[i].Total == 0 && !y.Standings[i].Vetoed && cleared == 0 && y.Objected[household] == 0 {
		return nil, nil
	}
	s := y.Standings[i]
	return map[string]any{"Year": y.Year, "Total": s.Total, "Rank": s.Rank, "Ranked": s.Rank > 0 && s.Total > 0,
		"Vetoed": s.Vetoed, "Honour": slices.Contains(y.Honours, household), "Cleared": cleared,
		// frozen by an objection: apart, as 积分排行 <year> shows them
		"Objected": y.Objected[household],
		// provisional as 积分排行 <year> says it is
		"Pending": y.Pending(), "Told": y.SettlementTold()}, nil
}

// tally is what a village's ranking of a year is made of: its households,
// their scores and their vetoes.
type tally struct {
	village string
	hs      []village.HouseholdInfo
	storage.Tally
}

// unfinalOf are the points not final yet of the households of ts (see
// storage.Tally), by village.HouseholdKey.
func unfinalOf(ts []tally) map[string]int {
	out := map[string]int{}
	for _, tl := range ts {
		for hh, n := range tl.Unfinal {
			out[village.HouseholdKey(tl.village, hh)] = n
		}
	}
	return out
}

// tallies read the live tallies of a year of villages, in one round trip.
func (p *pointsFlow) tallies(ctx context.Context, year string, villages ...string) ([]tally, error) {
	scopes := make([]storage.Scope, len(villages))
	for i, v := range villages {
		scopes[i] = storage.VillageScope(v)
	}
	ts, err := storage.YearTalliesOf(ctx, p.r.store, year, scopes...)
	if err != nil {
		return nil, err
	}
	out := make([]tally, len(villages))
	for i, v := range villages {
		hs, _, err := p.households(v)
		if err != nil {
			return nil, err
		}
		out[i] = tally{village: v, hs: hs, Tally: ts[i]}
	}
	return out, nil
}

// villageTally is tallies of one village v: when t's reply commits in
// v's scope (copiable), from this process's copies of its approved claims
// and counter hashes (storage.Store.FollowedTally), with no round trip,
// the reads kept in turn.copies: the reply's commit carries them, so
// another process's points change since refuses it and the message is
// handled again on the tallies as stored (Router.Handle, rt75).
func (p *pointsFlow) villageTally(ctx context.Context, t *turn, year, v string) ([]tally, error) {
	sc := storage.VillageScope(v)
	if !p.copiable(t, sc) {
		return p.tallies(ctx, year, v)
	}
	tl, reads, err := p.r.store.FollowedTally(ctx, sc, year)
	if err != nil {
		return nil, err
	}
	for _, rd := range reads {
		t.copies.add(sc, rd)
	}
	hs, _, err := p.households(v)
	if err != nil {
		return nil, err
	}
	return []tally{{village: v, hs: hs, Tally: tl}}, nil
}

// standings are the standings of a year of villages: an archived year's
// as archived, ranked (and what the archives say), the current year's
// (or a year none archived) from the tallies, with their points not
// final yet (unfinal, by village.HouseholdKey), all of them read in one
// round trip, not ranked (the caller ranks them together, or only sums
// them).
func (p *pointsFlow) standings(ctx context.Context, year string, current bool, villages []string) (all [][]village.Standing, as words.ArchiveState, unfinal map[string]int, err error) {
	all = make([][]village.Standing, len(villages))
	var live []string
	for i, v := range villages {
		if !current {
			y, ok, err := storage.Ranking(ctx, p.r.store, storage.VillageScope(v), year)
			if err != nil {
				return nil, words.ArchiveState{}, nil, err
			}
			if ok {
				all[i], as.Open, as.Archived = y.Standings, append(as.Open, y.Open...), true
				as.Pending = as.Pending || y.Pending()
				as.Told = as.Told || y.Pending() && y.SettlementTold()
				if len(y.Objected) > 0 {
					if as.Objected == nil {
						as.Objected = map[string]int{}
					}
					for hh, n := range y.Objected {
						as.Objected[village.HouseholdKey(v, hh)] = n
					}
				}
				continue
			}
		}
		live = append(live, v)
	}
	if len(live) == 0 || !current && !as.Archived {
		// a closed year none of whose villages was archived: its callers
		// say none is kept, the live tallies unread (pts111: 「俺家去年排
		// 第几」 read them for nothing)
		return all, as, nil, nil
	}
	ts, err := p.tallies(ctx, year, live...)
	if err != nil {
		return nil, words.ArchiveState{}, nil, err
	}
	for _, tl := range ts {
		i := slices.Index(villages, tl.village)
		all[i] = village.Standings(tl.hs, tl.Totals, tl.Vetoed)
	}
	return all, as, unfinalOf(ts), nil
}

// ranking answers 积分排行 [年份] [全镇] [村] [网格]: the village's top
// households by average and the asker's own place; township officers (or
// anyone in the township chats) get the township-wide list. A place the
// question names ("积分排行 青山村", "三组哪家积分最高", "青山村三组")
// scopes it: a village's ranking, or a grid's households ranked among
// themselves (with the asker's place in his village beside his place in
// the grid); a word that reads as a place the township has not is
// answered with the places it has. Another village's ranking is the
// township's view: for officers and admins.
func (p *pointsFlow) ranking(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	if strings.Contains(cmd.args, "各村") {
		return p.villages(ctx, t, cmd)
	}
	ps := p.r.store
	year, current := words.RankingYear(cmd.args, p.cfg.Year(t.at))
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	place, unknown := p.rankingPlace(t, cmd)
	if place.Kind == village.NoPlace && unknown == "" {
		place = p.ownGridAsked(t, cmd) // "网格积分排名": 积分排行 一组
	}
	if unknown != "" {
		return p.r.reply(ctx, t, "points.ranking.noplace", map[string]any{"Word": unknown,
			"Villages": p.r.places.Villages(), "Grids": p.r.places.Choices()})
	}
	// A township officer of no household asking privately means the
	// township's ranking: no village is his own (QA round 5).
	township := place.Kind == village.NoPlace && (t.where.Kind == words.InOffice || strings.Contains(cmd.args, "全镇") ||
		t.where.Kind == words.InPrivate && t.who.Has(village.RoleOfficer) && t.who.Household == "")
	if township && !officer {
		return p.r.reply(ctx, t, "refuse", map[string]any{"Verb": "全镇积分排行", "Who": "镇干部",
			"For": "看本村的排行", "Instead": "积分排行"})
	}
	home := cmp.Or(t.where.Village, t.who.Village)
	villages := []string{home}
	var grids village.Places // a grid named: only its households
	switch {
	case township:
		villages = nil
		for _, v := range p.r.cfg.Villages {
			villages = append(villages, v.Name)
		}
	case place.Kind != village.NoPlace:
		villages = place.Grids.Villages()
		if place.Kind == village.PlaceGrid {
			grids = place.Grids
		}
		if !officer && slices.ContainsFunc(villages, func(v string) bool { return v != home }) {
			return p.r.reply(ctx, t, "refuse", map[string]any{"Verb": "别村的积分排行", "Who": "镇干部",
				"For": "看本村的排行", "Instead": "积分排行"})
		}
	}
	if villages[0] == "" {
		return p.r.reply(ctx, t, "err.nogrid", nil)
	}
	several := len(villages) > 1
	l, err := p.rankList(ctx, t, year, current, villages, grids)
	if err != nil {
		return err
	}
	if !current && !l.Archived {
		return p.r.reply(ctx, t, "points.ranking.none", map[string]any{"Year": year})
	}
	top, mine := l.Top, l.Mine
	where := villages[0]
	if place.Kind != village.NoPlace {
		where = place.Label()
	}
	ps2 := map[string]any{"Year": year, "Top": top, "Mine": mine, "Short": cmd.own && mine != nil, "Township": township, "Several": township || several, "Where": where,
		"Grids":    p.r.cfg.SeveralGrids(),
		"Archived": l.Archived, "Current": current, "N": len(l.All), "Open": l.Open, "Pending": l.Pending, "Told": l.Told, "Scores": t.who.Household != "",
		"Objected": l.Objected,
		"Unfinal":  l.Unfinal, "AnyUnfinal": slices.ContainsFunc(top, func(s village.Standing) bool { return l.Unfinal[s.Key()] != 0 }) ||
			mine != nil && l.Unfinal[mine.Key()] != 0}
	if current {
		years := words.NamesOf(p.cfg.Year(t.at), t.at.In(p.r.cfg.Location()))
		ps2["ThisYear"], ps2["Closed"] = years.This, years.Closed
	}
	if mine != nil && grids != nil && l.VillageRank > 0 {
		ps2["VillageRank"], ps2["Village"] = l.VillageRank, mine.Village
	}
	if current && len(top) == 0 {
		// early in a year, the list is empty: last year's, if archived,
		// is what the asker may be after
		prev := strconv.Itoa(p.cfg.Year(t.at) - 1)
		if _, ok, err := storage.Ranking(ctx, ps, storage.VillageScope(villages[0]), prev); err != nil {
			return err
		} else if ok {
			ps2["Prev"] = prev
		}
	}
	if mine != nil && mine.Vetoed && t.where.Kind == words.InPrivate {
		// the veto's reason is the household's own business: in a
		// group, as for 我的积分, only that it is not ranked
		acct, err := p.peek(ctx, storage.VillageScope(mine.Village), mine.Village, mine.Household)
		if err != nil {
			return err
		}
		ps2["Vetoes"] = acct.Year(year).Vetoes
	}
	return p.r.reply(ctx, t, "points.ranking", ps2)
}

// rankList reads the ranking of year in villages (of grids only, when
// given) for t's asker: the archive for a closed year, the live tallies
// for the current one.
func (p *pointsFlow) rankList(ctx context.Context, t *turn, year string, current bool, villages []string, grids village.Places) (words.RankList, error) {
	var l words.RankList
	several := len(villages) > 1
	if several || !current {
		per, as, unfinal, err := p.standings(ctx, year, current, villages)
		if err != nil {
			return words.RankList{}, err
		}
		for i, s := range per {
			if grids != nil && villages[i] == t.who.Village && t.who.Household != "" {
				l.VillageRank = words.RankOf(village.Rerank(slices.Clone(s)), t.who.Household)
			}
			l.All = append(l.All, words.InGrids(s, grids)...)
		}
		l.ArchiveState, l.Unfinal = as, unfinal
	} else {
		// One village, live: the top and the asker's place in one pass.
		ts, err := p.villageTally(ctx, t, year, villages[0])
		if err != nil {
			return words.RankList{}, err
		}
		l.Unfinal = unfinalOf(ts)
		hs := ts[0].hs
		if grids != nil {
			hs = slices.DeleteFunc(slices.Clone(hs), func(h village.HouseholdInfo) bool { return !grids.Has(h.Village, h.Grid) })
		}
		var me village.Standing
		l.Top, me, _ = village.Leaders(hs, ts[0].Totals, ts[0].Vetoed, p.cfg.Ranking.Top, t.who.Household)
		if me.Household != "" && t.who.Village == villages[0] {
			l.Mine = &me
			if grids != nil {
				_, inVillage, _ := village.Leaders(ts[0].hs, ts[0].Totals, ts[0].Vetoed, 0, t.who.Household)
				l.VillageRank = inVillage.Rank
			}
		}
	}
	if several || grids != nil {
		l.All = village.Rerank(l.All)
	}
	for i := range l.All {
		s := &l.All[i]
		if len(l.Top) < p.cfg.Ranking.Top && s.Rank > 0 && s.Total > 0 {
			l.Top = append(l.Top, *s)
		}
		if s.Village == t.who.Village && s.Household == t.who.Household && t.who.Household != "" {
			l.Mine = s
		}
	}
	return l, nil
}

// rankingPlace is the place a ranking question names: in its arguments,
// or, asked in words ("三组哪家积分最高"), in the message. A grid name
// that several villages have names the asker's village's grid when his
// village has one (a township officer's or an admin's, outside a grid's
// group, names each). NoPlace when the question names none; unknown is a
// word in it that reads as a place the township has not ("四组").
func (p *pointsFlow) rankingPlace(t *turn, cmd command) (place village.Place, unknown string) {
	text := cmd.args
	if text == "" {
		text = t.text
	}
	places := p.r.places
	place = places.In(text)
	if place.Kind == village.NoPlace {
		unknown = places.Unknown(text)
		if cmd.args == "" && !strings.HasPrefix(strings.TrimSpace(text), unknown) {
			// in words, only a place the question starts with: "四组哪家积
			// 分最高", not "我家在村里排第几" (家在村)
			unknown = ""
		}
		return place, unknown
	}
	home := t.where.Village
	if home == "" && !t.who.Has(village.RoleOfficer) && !t.who.Has(village.RoleAdmin) {
		home = t.who.Village
	}
	if place.Ambiguous() && home != "" {
		if own := slices.DeleteFunc(slices.Clone(place.Grids), func(g village.Grid) bool { return g.Village != home }); len(own) == 1 {
			place = village.Place{Kind: village.PlaceGrid, Name: own[0].Village + own[0].Name, Grids: own}
		}
	}
	return place, ""
}

// villages answers 各村积分 [年份] (积分排行 各村, "哪个村积分最高", "我们
// 村排第几"): the township's villages compared by the average the
// household ranking uses, over each village's households that take part
// (a veto leaves a household out, as it does of the ranking). It is
// aggregate, so anyone may ask; township officers (and admins) also see
// each village's total and how many households a veto left out. The
// current year costs one round trip for every village's tallies.
func (p *pointsFlow) villages(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	year, current := words.RankingYear(cmd.args, p.cfg.Year(t.at))
	var names []string
	for _, v := range p.r.cfg.Villages {
		names = append(names, v.Name)
	}
	per, as, _, err := p.standings(ctx, year, current, names)
	if err != nil {
		return err
	}
	if !current && !as.Archived {
		return p.r.reply(ctx, t, "points.ranking.none", map[string]any{"Year": year})
	}
	vs := village.CompareVillages(names, per)
	own := t.where.Village
	if own == "" && t.who.Household != "" {
		own = t.who.Village // privately, a villager's; an officer has none
	}
	var mine *village.VillageStanding
	for i := range vs {
		if vs[i].Village == own {
			mine = &vs[i]
		}
	}
	return p.r.reply(ctx, t, "points.villages", map[string]any{"Year": year, "Villages": vs, "Mine": mine,
		"Full": t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin), "Archived": as.Archived, "Current": current,
		"Open": len(as.Open) > 0, "Pending": as.Pending, "One": len(vs) == 1})
}

// help answers 积分帮助 [类别]: the commands, or one category's items.
func (p *pointsFlow) help(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	arg := strings.TrimSpace(cmd.args)
	for _, cat := range append(slices.Clone(village.PointCategories), "加分项", "否决项") {
		if arg != "" && strings.Contains(cat, arg) || arg != "" && strings.Contains(arg, cat) {
			var items []village.Indicator
			for _, i := range p.cat {
				if i.Category == cat {
					items = append(items, i)
				}
			}
			return p.r.reply(ctx, t, "points.help.category", map[string]any{"Category": cat, "Items": items})
		}
	}
	if arg == "超市" || arg == "积分超市" || arg == "兑换" {
		return p.shopList(ctx, t, false)
	}
	if arg == "申请" || arg == "查询" || arg == "查" {
		// "我怎么申请积分", "积分在哪里查": the one answer, not the menu
		return p.r.reply(ctx, t, "points.help."+map[string]string{"申请": "claim", "查询": "query", "查": "query"}[arg],
			map[string]any{"Window": p.window(), "Quarterly": p.cfg.Publicity.Cadence == "quarterly", "Witness": p.r.exampleWitness(t.who)})
	}
	return p.r.reply(ctx, t, "points.help", map[string]any{
		"Categories": village.PointCategories, "Scorer": t.who.Has(village.RoleScorer) || t.who.Has(village.RoleOfficer),
		"Shopkeeper": t.who.Has(village.RoleShopkeeper), "Window": p.window(), "Quarterly": p.cfg.Publicity.Cadence == "quarterly",
	})
}

// shopList answers 积分帮助 超市: what the shop has, and what each
// costs. A villager is told whom to see, not the shopkeeper's command,
// which would only get him a refusal; asked about his own points ("我的分
// 能换什么东西", own), he hears his household's redeemable balance too,
// privately when asked in a group.
func (p *pointsFlow) shopList(ctx context.Context, t *turn, own bool) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	v := cmp.Or(t.where.Village, t.who.Village)
	keeper := v != "" && t.who.Covers(village.RoleShopkeeper, v, t.where.Grid)
	data := map[string]any{"Shop": p.shop, "Keeper": keeper,
		"Keepers": words.Names(p.r.people.InGrid(v, cmp.Or(t.where.Grid, t.who.Grid), village.RoleShopkeeper))}
	if own && !keeper {
		if done, err := p.withOwnBalance(ctx, t, v, "points.help.shop", "points.help.shop.balance", data); done || err != nil {
			return err
		}
	}
	return p.r.reply(ctx, t, "points.help.shop", data)
}

// comingData adds to data what comingPoints tells of cs at at, for the
// template "points.coming".
func (p *pointsFlow) comingData(data map[string]any, cs []village.Claim, at time.Time) {
	loc := p.r.cfg.Location()
	window, upcoming := words.ComingPoints(cs, strconv.Itoa(p.cfg.Year(at)), func(decided time.Time) time.Time { return p.cfg.PublicityOf(decided, loc) })
	data["InWindow"], data["Upcoming"] = window, upcoming
	data["Window"], data["Now"] = p.window(), at
	// whether any of them adds points (a deduction alone brings nothing
	// to spend), and when the first 公示 window adding points closes
	for _, w := range window {
		if w.Plus > 0 {
			data["Adds"], data["AddsEnds"] = true, w.Ends
			break
		}
	}
	for _, w := range upcoming {
		if w.Plus > 0 {
			data["Adds"] = true
		}
	}
}

// earnedEarlier are the years (claim id → "2026") of those pending
// claims made before the year-end run of a year now closed: approved
// now, they count in that year (countsIn).
func (p *pointsFlow) earnedEarlier(pending []village.Claim, at time.Time) map[string]string {
	out := map[string]string{}
	for _, c := range pending {
		if y := p.countsIn(c, at); y != "" {
			out[c.ID] = y
		}
	}
	return out
}

// countsIn is the points year claim c counts in (a pending one: once
// approved, config.Points.EarnedPeriod) when that is not at's points
// year, as a late 加分 or a claim approved after the clearing is; "" when
// it is, or when c counts nowhere (rejected, revoked). 我的积分 and 查 #C
// say it, as the 公示 does.
func (p *pointsFlow) countsIn(c village.Claim, at time.Time) string {
	switch {
	case c.Status == village.ClaimPending:
		return p.earnedIn(c, at)
	case !c.Status.Active() || c.Year() == strconv.Itoa(p.cfg.Year(at)):
		return ""
	}
	return c.Year()
}

// earnedIn is the points year claim c would count in, approved at at
// (config.Points.EarnedPeriod), when that is not at's points year: a claim
// made before the last year-end run; "" when it is.
func (p *pointsFlow) earnedIn(c village.Claim, at time.Time) string {
	if y := p.cfg.EarnedPeriod(c.CreatedAt, at)[:4]; y != strconv.Itoa(p.cfg.Year(at)) {
		return y
	}
	return ""
}
