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
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gridbot/storage"
	"gridbot/village"
)

// deductionSaid is a message speaking of a deduction or a veto item:
// "扣我分", "扣了5分", "凭什么扣", "罚分", "否决项"; "扣子" and "扣我工资"
// are no points (the check also wants 分 or 否决); a veto is also told
// by what it does ("不让我家参加评优").
var deductionSaid = regexp.MustCompile(`扣[了的掉]?[我俺咱]|扣[了的掉]?[0-9一二三四五六七八九十两]*分|罚分|否决|[瞎乱]扣|扣错|(为什么|为啥|咋|怎么|凭什么|凭啥)被?扣|` +
	// a veto told by what it does: "凭什么不让我家参加评优"
	`(?:不让|不准|不许|不能|取消)\p{Han}{0,4}(?:评优|排名|排行)`)

// disputeWords make it dispute one.
var disputeWords = []string{"凭什么", "凭啥", "冤枉", "不服", "不认", "搞错", "弄错", "扣错", "记错", "瞎扣", "乱扣", "不是我", "不是俺", "怎么回事", "咋回事",
	"不对", "申诉", "有异议", "有意见", "不合理", "不公平", "我没", "俺没", "根本没", "又没", "也没", "没有烧", "没烧", "没倒", "没扔", "为什么扣", "为啥扣", "咋扣", "怎么扣",
	"为什么被扣", "为啥被扣", "咋被扣", "怎么被扣", "凭什么被扣", "不信你问", "不信问问"}

// ownDeduction are words that make a disputed deduction the sender's own
// whoever else the message names.
var ownDeduction = []string{"扣我", "扣俺", "扣了我", "扣了俺", "我家", "俺家", "我的分", "俺的分", "我没", "俺没", "不是我", "不是俺"}

// disputesDeduction is the cheap text check before any read: plain
// substring tests first, the expression only on the few that pass.
func disputesDeduction(text string) bool {
	return (strings.ContainsAny(text, "扣罚否") && (strings.Contains(text, "分") || strings.Contains(text, "否决")) ||
		containsAnyOf(text, "评优", "排名", "排行")) &&
		containsAnyOf(text, disputeWords...) && deductionSaid.MatchString(text)
}

// maxDisputed is how many of the household's deductions the answer names.
const maxDisputed = 3

// disputed answers a villager disputing his household's deduction or
// veto item (open, or final this year or last): how to object
// to it now, by the item's number, or why it can no longer be changed.
// done is false when the message disputes nothing or the sender has no
// household here; a household with no deduction is told so.
func (p *pointsFlow) disputed(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.where.kind == inOffice || t.who.Household == "" {
		return false, nil
	}
	// "我没烧 冤枉" quoting the bot's 【积分通知】 of the deduction: that one
	quoted := p.quotedDeductions(t)
	named := len(quoted) == 0 && strings.ContainsAny(t.text, "Cc")
	if named {
		// "C4那个俺不认 垃圾不是俺倒的": the number he read in the 公示
		quoted = claimRefs(village.FindRefs(t.text))
		named = len(quoted) > 0
	}
	if !disputesDeduction(t.text) && (len(quoted) == 0 || !containsAnyOf(t.text, disputeWords...)) {
		return false, nil
	}
	v := t.who.Village
	if t.where.village != "" && t.where.village != v {
		return false, nil
	}
	if !containsAnyOf(t.text, ownDeduction...) && p.namesOther(v, t.who, t.text) {
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
	found = found[:min(len(found), maxDisputed)]
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
			"Private": t.where.kind == inPrivate, "Closed": closed})
	}
	c := found[0]
	data := map[string]any{"Name": t.who.Name, "C": &c, "Private": t.where.kind == inPrivate, "Window": p.window(),
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

// vetoSaid is a dispute about what a veto item does ("不让我家参加评优").
var vetoSaid = regexp.MustCompile(`评优|排名|排行|否决`)

// spokenOf narrows a household's disputed items to those the message
// speaks of: its veto items when it speaks of what a veto does ("凭什么
// 不让我家参加评优"), else the items whose indicator's words it uses ("我
// 根本没烧秸秆": 焚烧秸秆); all of them when that leaves none.
func (p *pointsFlow) spokenOf(text string, cs []village.Claim) []village.Claim {
	veto := vetoSaid.MatchString(text)
	var out []village.Claim
	for _, c := range cs {
		ind, ok := p.cat.ByCode(c.Indicator)
		if veto && c.IsVeto() || !veto && ok && containsAnyOf(text, ind.Keywords...) {
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

// quotedPoints is a deduction or veto item as the bot's messages show it.
var quotedPoints = regexp.MustCompile(`-[0-9]+分|扣分|否决项`)

// quotedDeductions are the claims ("C1") a quoted bot message about a
// deduction or veto item names, if it is one.
func (p *pointsFlow) quotedDeductions(t *turn) []string {
	if t.quote == nil || t.quote.Name != p.r.cfg.BotName || !quotedPoints.MatchString(t.quote.Text) {
		return nil
	}
	return claimRefs(village.FindRefs(t.quote.Text))
}

// awardDoubted are words doubting someone's points ("张三那天根本没去
// 凭什么给他加分", "公示里张三的分不对").
var awardDoubted = []string{"凭什么", "凭啥", "不对", "没去", "没参加", "没干", "没做", "不属实", "假的", "造假", "瞎加", "乱加", "虚报", "冒领"}

// doubtsAward is the cheap text check before any read.
func doubtsAward(text string) bool {
	return strings.Contains(text, "分") && containsAnyOf(text, awardDoubted...)
}

// doubted answers a villager doubting another household's points in his
// own words: the published item to object to, by number, and how; an
// item not yet published is not shown (it may have been sent privately),
// only when it will be. done is false when the message names no one of
// another household with an open item.
func (p *pointsFlow) doubted(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.where.kind == inOffice || !doubtsAward(t.text) {
		return false, nil
	}
	v := cmp.Or(t.where.village, t.who.Village)
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
		"Private": t.where.kind == inPrivate, "HideVeto": t.where.kind != inPrivate && !p.cfg.Publicity.NamesVeto(), "Window": p.window(), "Quarterly": p.cfg.Publicity.Cadence == "quarterly",
		"Scorers": p.scorers(v, other.Grid, other.Household), "Before": before}
	if len(open) > 0 {
		slices.SortFunc(open, func(a, b village.Claim) int { return b.DecidedAt.Compare(a.DecidedAt) })
		data["Cs"] = open[:min(len(open), maxDisputed)]
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
	v := cmp.Or(t.where.village, t.who.Village)
	other, named := p.otherNamed(v, t.who, cmd.args)
	// none of those: in a grid's group, the items of the grid in their
	// 公示 now, rather than a made-up number to copy
	var open, grids []string
	if v != "" && (named || t.who.Household != "" && t.who.Village == v || t.where.kind == inGrid) {
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
				case !named && t.where.kind == inGrid && c.Grid == t.where.grid && c.Status == village.ClaimApproved:
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

// objectsToPublicity reports whether text objects to the 公示 without
// naming an item ("我对公示有异议", "俺对公示的分有意见"); a notice about
// the 公示 ("有异议的七天内提出") speaks for no one.
func objectsToPublicity(text string) bool {
	return strings.Contains(text, "公示") && containsAnyOf(text, "我", "俺") &&
		containsAnyOf(text, "有异议", "有意见", "不服", "不对") && len(village.FindRefs(text)) == 0
}

// rejectionWhy are words asking why; rejectionSaid are words of a claim
// not granted ("凭什么驳回我的", "为啥不给我加分").
var (
	rejectionWhy  = []string{"凭什么", "凭啥", "为什么", "为啥", "咋", "怎么", "什么理由", "啥理由", "啥原因", "什么原因"}
	rejectionSaid = regexp.MustCompile(`驳回|退回|没(?:有)?通过|不通过|没批|不批|不给[我俺]?加分|没给[我俺]?加分|没加分|不加分|不给[我俺]?积分`)
)

// rejectionAsked answers a villager asking why his claim was rejected in
// his own words: the claim, the scorer's reason, and what he can do next
// (apply again with evidence, or ask the scorer). Nothing is reopened.
// done is false when the text asks nothing of the kind or the sender has
// no rejected claim here; the store is read only after the text check.
func (p *pointsFlow) rejectionAsked(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.where.kind == inOffice || t.who.Village == "" ||
		!containsAnyOf(t.text, rejectionWhy...) || !rejectionSaid.MatchString(t.text) {
		return false, nil
	}
	v := t.who.Village
	if t.where.village != "" && t.where.village != v {
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
	shown := t.where.kind == inPrivate || last.Chat == t.m.Chat
	return true, p.r.reply(ctx, t, "points.rejected.asked", map[string]any{"Name": t.who.Name, "C": last,
		"Shown": shown, "By": cmp.Or(last.DecidedBy, "评分小组")})
}
