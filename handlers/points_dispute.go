package handlers

// A villager disputing his household's deduction in his own words ("凭什么
// 扣我分 我根本没烧秸秆") is told how to object to it, never read as a
// new report; so is one doubting another household's published points
// ("张三那天根本没去 凭什么给他加分"), and 异议 with no number is asked
// back with the item it likely means. Chit-chat costs nothing: the store
// is read only for a message that passes a plain text check first.

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// disputed answers a villager disputing his household's deduction or
// veto item (open, or final this year or last): how to object
// to it now, by the item's number, or why it can no longer be changed.
// done is false when the message disputes nothing or the sender has no
// household here; a household with no deduction is told so.
func (p *pointsFlow) disputed(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.where.Kind == words.InOffice || t.who.Household == "" {
		return false, nil
	}
	// "我没烧 冤枉" quoting the bot's 【积分通知】 of the deduction: that one
	quoted := p.quotedDeductions(t)
	named := len(quoted) == 0 && strings.ContainsAny(t.text, "Cc")
	if named {
		// "C4那个俺不认 垃圾不是俺倒的": the number he read in the 公示
		quoted = words.ClaimRefs(village.FindRefs(t.text))
		named = len(quoted) > 0
	}
	if !words.DisputesDeduction(t.text) && (len(quoted) == 0 || !words.ContainsAnyOf(t.text, words.DisputeWords...)) {
		return false, nil
	}
	v := t.who.Village
	if t.where.Village != "" && t.where.Village != v {
		return false, nil
	}
	if !words.ContainsAnyOf(t.text, words.OwnDeduction...) && p.namesOther(v, t.who, t.text) {
		// "凭什么扣张三的分": not the sender's own; "王五凭什么扣我分"
		// names who did it
		return false, nil
	}
	sc := storage.VillageScope(v)
	cur := p.cfg.Year(t.at)
	year, prev := strconv.Itoa(cur), strconv.Itoa(cur-1)
	// Open items first, from their status indexes; final ones have no
	// index of their own, and only a household with no open deduction
	// has the village's claims read for them (this year's and last's:
	// last year's is closed at its end, and said so).
	mine := func(c village.Claim) bool {
		return c.Household == t.who.Household && (c.Points < 0 || c.IsVeto()) &&
			(c.Status.Active() || c.Status == village.ClaimFinal && (c.Year() == year || c.Year() == prev))
	}
	var found []village.Claim
	for _, index := range []string{storage.ClaimIndex(village.ClaimApproved), storage.ClaimIndex(village.ClaimObjected), storage.ClaimIndex("")} {
		if index == storage.ClaimIndex("") && len(found) > 0 {
			break
		}
		cs, err := storage.Claims(ctx, p.r.store, sc, index)
		if err != nil {
			return true, err
		}
		for _, c := range cs {
			if mine(c) && (index != storage.ClaimIndex("") || c.Status == village.ClaimFinal) && (len(quoted) == 0 || slices.Contains(quoted, c.ID)) {
				found = append(found, c)
			}
		}
	}
	if len(found) == 0 && named {
		return false, nil // not a deduction of his: another's, or no such item
	}
	t.scope = sc
	if len(found) == 0 {
		return true, p.r.reply(ctx, t, "points.disputed.none", map[string]any{"Name": t.who.Name, "Year": year, "Prev": prev})
	}
	slices.SortFunc(found, func(a, b village.Claim) int { return b.DecidedAt.Compare(a.DecidedAt) })
	found = p.spokenOf(t.text, found)
	found = found[:min(len(found), words.MaxDisputed)]
	if len(found) > 1 {
		closed := true // every one final in a year its year end closed
		for _, c := range found {
			open, err := p.yearOpen(ctx, sc, c.Year(), t)
			if err != nil {
				return true, err
			}
			closed = closed && c.Status == village.ClaimFinal && !open
		}
		return true, p.r.reply(ctx, t, "points.disputed.many", map[string]any{"Name": t.who.Name, "Cs": found,
			"Private": t.where.Kind == words.InPrivate, "Closed": closed})
	}
	c := found[0]
	data := map[string]any{"Name": t.who.Name, "C": &c, "Private": t.where.Kind == words.InPrivate, "Window": p.window(),
		"Listed": p.listedOf(c, t.at), "Now": t.at, "By": cmp.Or(c.DecidedBy, "评分小组"),
		"Mine": slices.Contains(c.Objectors(), t.who.Name)}
	switch {
	case c.Status == village.ClaimApproved && c.PublishedAt.IsZero():
		data["State"] = "early"
	case c.Status == village.ClaimObjected || c.InWindow(t.at):
		data["State"] = "open"
	default: // its window closed: the reason goes to its reviewers while the year is open
		open, err := p.yearOpen(ctx, sc, c.Year(), t)
		if err != nil {
			return true, err
		}
		data["State"], data["Closed"] = "late", !open
	}
	return true, p.r.reply(ctx, t, "points.disputed", data)
}

// spokenOf narrows a household's disputed items to those the message
// speaks of: its veto items when it speaks of what a veto does ("凭什么
// 不让我家参加评优"), else the items whose indicator's words it uses ("我
// 根本没烧秸秆": 焚烧秸秆); all of them when that leaves none.
func (p *pointsFlow) spokenOf(text string, cs []village.Claim) []village.Claim {
	veto := words.VetoSaid.MatchString(text)
	var out []village.Claim
	for _, c := range cs {
		ind, ok := p.cat.ByCode(c.Indicator)
		if veto && c.IsVeto() || !veto && ok && words.ContainsAnyOf(text, ind.Keywords...) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return cs
	}
	return out
}

// namesOther reports whether text names someone of village v outside
// who's household: a deduction disputed for another is not his to object
// to as his own.
func (p *pointsFlow) namesOther(v string, who village.Person, text string) bool {
	_, ok := p.otherNamed(v, who, text)
	return ok
}

// quotedDeductions are the claims ("C1") a quoted bot message about a
// deduction or veto item names, if it is one.
func (p *pointsFlow) quotedDeductions(t *turn) []string {
	if t.quote == nil || t.quote.Name != p.r.cfg.BotName || !words.QuotedPoints.MatchString(t.quote.Text) {
		return nil
	}
	return words.ClaimRefs(village.FindRefs(t.quote.Text))
}

// doubted answers a villager doubting another household's points in his
// own words: the published item to object to, by number, and how; an
// item not yet published is not shown (it may have been sent privately),
// only when it will be. done is false when the message names no one of
// another household with an open item.
func (p *pointsFlow) doubted(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.where.Kind == words.InOffice || !words.DoubtsAward(t.text) {
		return false, nil
	}
	v := cmp.Or(t.where.Village, t.who.Village)
	other, ok := p.otherNamed(v, t.who, t.text)
	if !ok {
		return false, nil
	}
	sc := storage.VillageScope(v)
	var found []village.Claim
	for _, s := range []village.ClaimStatus{village.ClaimApproved, village.ClaimObjected} {
		cs, err := storage.Claims(ctx, p.r.store, sc, storage.ClaimIndex(s))
		if err != nil {
			return true, err
		}
		for _, c := range cs {
			if c.Household == other.Household && c.Person == other.Name && c.Points > 0 {
				found = append(found, c)
			}
		}
	}
	if len(found) == 0 {
		return false, nil
	}
	t.scope = sc
	// Only what the 公示 showed is named: an unpublished item may have
	// been sent privately, and is not confirmed to exist.
	var open []village.Claim
	var before []string // open items he objected to already
	for _, c := range found {
		switch {
		case c.Status == village.ClaimObjected && slices.Contains(c.Objectors(), t.who.Name):
			before = append(before, c.ID)
		case c.Status == village.ClaimObjected || c.InWindow(t.at):
			open = append(open, c)
		}
	}
	data := map[string]any{"Name": t.who.Name, "Person": other.Name, "Label": p.label(v, other.Household),
		"Private": t.where.Kind == words.InPrivate, "HideVeto": t.where.Kind != words.InPrivate && !p.cfg.Publicity.NamesVeto(), "Window": p.window(), "Quarterly": p.cfg.Publicity.Cadence == "quarterly",
		"Scorers": p.scorers(v, other.Grid, other.Household), "Before": before}
	if len(open) > 0 {
		slices.SortFunc(open, func(a, b village.Claim) int { return b.DecidedAt.Compare(a.DecidedAt) })
		data["Cs"] = open[:min(len(open), words.MaxDisputed)]
	}
	return true, p.r.reply(ctx, t, "points.doubted", data)
}

// otherNamed is the first person of village v that text names outside
// who's household.
func (p *pointsFlow) otherNamed(v string, who village.Person, text string) (village.Person, bool) {
	rs := []rune(text)
	for i := range rs {
		for n := 3; n >= 2; n-- {
			if i+n > len(rs) {
				continue
			}
			if other, err := p.r.people.Lookup(v, string(rs[i:i+n])); err == nil && other.Household != who.Household {
				return other, true
			}
		}
	}
	return village.Person{}, false
}

// objectUnnamed answers 异议 with no item named ("异议 我没烧"): a villager
// whose household has a deduction or veto item in its 公示 is asked
// whether he means it, with the command to send, his reason in it;
// anyone else hears where the numbers are. Nothing is frozen on a guess.
func (p *pointsFlow) objectUnnamed(ctx context.Context, t *turn, cmd command) error {
	// whose: the person the reason names ("异议 张三没去"), else his own
	// household's deductions and veto items
	v := cmp.Or(t.where.Village, t.who.Village)
	other, named := p.otherNamed(v, t.who, cmd.args)
	// none of those: in a grid's group, the items of the grid in their
	// 公示 now, rather than a made-up number to copy
	var open, grids []string
	if v != "" && (named || t.who.Household != "" && t.who.Village == v || t.where.Kind == words.InGrid) {
		sc := storage.VillageScope(v)
		for _, s := range []village.ClaimStatus{village.ClaimApproved, village.ClaimObjected} {
			cs, err := storage.Claims(ctx, p.r.store, sc, storage.ClaimIndex(s))
			if err != nil {
				return err
			}
			for _, c := range cs {
				whose := named && c.Household == other.Household && c.Person == other.Name ||
					!named && c.Household == t.who.Household && (c.Points < 0 || c.IsVeto())
				if slices.Contains(c.Objectors(), t.who.Name) || c.Status != village.ClaimObjected && !c.InWindow(t.at) {
					continue
				}
				switch {
				case whose:
					open = append(open, c.ID)
				case !named && t.where.Kind == words.InGrid && c.Grid == t.where.Grid && c.Status == village.ClaimApproved:
					grids = append(grids, c.ID)
				}
			}
		}
		t.scope = sc
	}
	if len(open) > 0 || named {
		grids = nil
	}
	return p.r.reply(ctx, t, "points.object.which", map[string]any{"Name": t.who.Name, "Refs": open, "Other": other.Name,
		"Label": p.label(v, other.Household), "Reason": cmp.Or(strings.TrimSpace(cmd.args), "理由"), "Grid": grids})
}

// rejectionAsked answers a villager asking why his claim was rejected in
// his own words: the claim, the scorer's reason, and what he can do next
// (apply again with evidence, or ask the scorer). Nothing is reopened.
// done is false when the text asks nothing of the kind or the sender has
// no rejected claim here; the store is read only after the text check.
func (p *pointsFlow) rejectionAsked(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.where.Kind == words.InOffice || t.who.Village == "" ||
		!words.ContainsAnyOf(t.text, words.RejectionWhy...) || !words.RejectionSaid.MatchString(t.text) {
		return false, nil
	}
	v := t.who.Village
	if t.where.Village != "" && t.where.Village != v {
		return false, nil
	}
	sc := storage.VillageScope(v)
	cs, err := storage.Claims(ctx, p.r.store, sc, storage.ClaimIndex(""))
	if err != nil {
		return true, err
	}
	var last *village.Claim
	for i, c := range cs {
		if c.Status == village.ClaimRejected && (c.Claimant == t.who.Name || c.Person == t.who.Name && c.Household == t.who.Household) &&
			(last == nil || c.DecidedAt.After(last.DecidedAt)) {
			last = &cs[i]
		}
	}
	if last == nil {
		return false, nil
	}
	t.scope = sc
	// a claim sent privately was rejected privately: its reason is not
	// repeated in a group
	shown := t.where.Kind == words.InPrivate || last.Chat == t.m.Chat
	return true, p.r.reply(ctx, t, "points.rejected.asked", map[string]any{"Name": t.who.Name, "C": last,
		"Shown": shown, "By": cmp.Or(last.DecidedBy, "评分小组")})
}
