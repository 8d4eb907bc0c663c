package handlers

// A villager's plain questions about the points shop and his own
// household's points (shop70): when and where the shop opens (from the
// config's points.shop, else whom to ask), why his household has so few
// points (its items this year, privately), and the standing rules
// (clearing, one purse per household, whose points count) from the
// config and the roster. Words in handlers/words/shopasked.go.

import (
	"cmp"
	"context"
	"encoding/json"
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

// plainAsked answers a plain points question that needs no reading: the
// shop's hours and place (words.ShopVisitAsked), one's household's total
// doubted (words.TotalDoubted), a standing rule (words.PointsRuleAsked). done is false
// when the message asks none of them, or speaks to someone in the group.
func (p *pointsFlow) plainAsked(ctx context.Context, t *turn) (done bool, err error) {
	if len(p.cat) == 0 || t.where.Kind == words.InOffice || t.quote != nil {
		return false, nil
	}
	if done, err := p.shopClosedNotice(ctx, t, t.text); done {
		// 周八's 「超市明后天不开门」: the village told (pts104); his
		// 「超市13日照常开门」, read as a visit asked, ends it (pts105)
		return true, err
	}
	c := t.said().Canon
	if words.ReviewsAsked(c) && (t.addr || t.where.Kind == words.InPrivate || !p.r.toSomeoneElse(t)) {
		// 「年底了 还有多少积分申请没审」: a scorer's 待审, else who
		// reviews (pts108: it was offered as a claim)
		return true, p.reviewsAsked(ctx, t)
	}
	if understand.PointsGoneAsked(c) && (t.addr || t.where.Kind == words.InPrivate || !p.r.toSomeoneElse(t)) {
		// 「俺家积分咋没了」: the balance, what was spent, cleared or
		// revoked, as 我的积分 tells it (pts111: it was offered as a claim)
		return p.r.run(ctx, t, "我的积分")
	}
	visit, doubted := words.ShopVisitAsked(c), words.TotalDoubted(c)
	rule, still := words.RuleNone, false
	if !visit && !doubted {
		rule = words.PointsRuleAsked(c)
	}
	sold, stock := false, false
	if rule == words.RuleNone && !visit && !doubted {
		if v := cmp.Or(t.where.Village, t.who.Village); t.who.Covers(village.RoleShopkeeper, v, t.where.Grid) &&
			t.where.Kind != words.InOffice && words.RestockTold(c) && p.shopNamed(c) {
			// 周八's 「大米进了10袋」: his 补货, offered (pts103)
			return true, p.restockOffered(ctx, t, c)
		}
		if v := cmp.Or(t.where.Village, t.who.Village); t.who.Covers(village.RoleShopkeeper, v, t.where.Grid) &&
			t.where.Kind != words.InOffice && (words.StockListAsked(c) || words.StockAsked(c) && p.shopNamed(c)) {
			// 周八's 「大米还剩多少」, 「库存」: his stock, not a villager's
			// way to the shop (pts102)
			return true, p.stockTold(ctx, t, v)
		}
		stock = words.StockAsked(c)
		if stock || words.StillSpendAsked(c) {
			near := p.clearingNear(t.at)
			switch named := p.shopNamed(c); {
			case !named && near && !stock:
				// 「还能兑换吗」 in December or January asks the clearing
				rule, still = words.RuleClearing, true
			case named && (near || t.addr || t.where.Kind == words.InPrivate):
				// 「洗衣液还能兑换吗」: the item, its price, whether any is
				// left, and the clearing when near (pts101); 「大米还有吗」
				// how many are left, as far as the shop counts them (pts102)
				sold = true
			}
		}
	}
	// the words first (most messages ask none), then whom they are said to
	if !visit && !doubted && !sold && rule == words.RuleNone ||
		!t.addr && t.where.Kind != words.InPrivate && p.r.toSomeoneElse(t) {
		return false, nil // "张三，超市在哪": villagers among themselves
	}
	switch {
	case visit:
		return true, p.shopVisit(ctx, t)
	case doubted:
		return p.totalExplained(ctx, t)
	case sold:
		return true, p.howToRedeem(ctx, t, true, stock)
	}
	return true, p.ruleAnswered(ctx, t, rule, still)
}

// reviewsAsked answers how many claims still wait for review: a scorer's
// or officer's own list (待审), else whom the claims wait for and how one
// follows one's own. No read for the latter, the reply's commit.
func (p *pointsFlow) reviewsAsked(ctx context.Context, t *turn) error {
	if t.who.Has(village.RoleScorer) || t.who.Has(village.RoleOfficer) {
		return p.reviewTodo(ctx, t, command{verb: words.VReviewTodo, word: string(words.VReviewTodo)})
	}
	v, g := cmp.Or(t.where.Village, t.who.Village), cmp.Or(t.where.Grid, t.who.Grid)
	var scorers []string
	if v != "" {
		scorers = words.Names(p.r.people.InGrid(v, g, village.RoleScorer))
	}
	return p.r.reply(ctx, t, "points.reviews.asked", map[string]any{"Scorers": scorers})
}

// clearingNear reports whether a year-end clearing is less than
// clearedLately ahead of at or behind it: December's and January's
// 「还能兑换吗」 ask about it (words.StillSpendAsked).
func (p *pointsFlow) clearingNear(at time.Time) bool {
	if p.cfg.YearEnd.Unspent != "clear" {
		return false
	}
	next, last := p.cfg.NextClearing(at), p.cfg.LastClearing(at)
	return !next.IsZero() && next.Sub(at) < clearedLately || !last.IsZero() && at.Sub(last) < clearedLately
}

// clearsSoon is the next year-end clearing when it is less than
// clearedLately ahead of at (December), before the Spring Festival that
// brings the household's members home; zero otherwise.
func (p *pointsFlow) clearsSoon(at time.Time) time.Time {
	if next := p.cfg.NextClearing(at); p.clearingNear(at) && !next.IsZero() && next.Sub(at) < clearedLately {
		return next
	}
	return time.Time{}
}

// shopNamed reports whether canonical text c names an item of the shop
// ("洗衣液还能兑换吗" asks its stock or price, not the clearing).
func (p *pointsFlow) shopNamed(c string) bool {
	return slices.ContainsFunc(p.shop, func(i village.ShopItem) bool { return strings.Contains(c, i.Name) })
}

// shopVisit answers 「积分超市几点开门」, 「超市在哪」: the configured hours
// and place (today's date beside the hours), and whom to ask for what the
// config does not say; never a guess. No read, the reply's commit.
func (p *pointsFlow) shopVisit(ctx context.Context, t *turn) error {
	v, g := cmp.Or(t.where.Village, t.who.Village), cmp.Or(t.where.Grid, t.who.Grid)
	keepers := words.Names(p.r.people.InGrid(v, g, village.RoleShopkeeper))
	data := map[string]any{"Hours": p.cfg.Visit.Hours, "Place": p.cfg.Visit.Place, "Now": t.at, "Keepers": keepers}
	if next := p.clearsSoon(t.at); !next.IsZero() {
		// 「积分超市过年放几天假」 in December: the points clear before the
		// festival, whatever the shop's days off (pts103)
		data["Clears"] = next
	}
	if len(keepers) == 0 {
		data["Workers"] = words.Names(p.r.people.InGrid(v, g, village.RoleWorker))
	}
	if v != "" {
		// a short stop its shopkeeper told (pts104): one read
		closed, ok, err := p.shopClosed(ctx, v, t.at)
		if err != nil {
			return err
		}
		if ok {
			data["Closed"] = closed
		}
	}
	return p.r.reply(ctx, t, "points.shop.visit", data)
}

// shopClosedNotice is shopClosedTold of text when the sender is a
// shopkeeper of the village where he says it and text tells a short stop
// of its shop (words.ShopClosedTold); done is false otherwise.
func (p *pointsFlow) shopClosedNotice(ctx context.Context, t *turn, text string) (done bool, err error) {
	v := cmp.Or(t.where.Village, t.who.Village)
	if t.where.Kind == words.InOffice || !t.who.Covers(village.RoleShopkeeper, v, t.where.Grid) {
		return false, nil
	}
	if open, ok := words.ShopOpenTold(text, t.at); ok {
		// 「超市明天照常开门」: a stop he told before, ended (pts105)
		return p.shopReopened(ctx, t, v, open)
	}
	from, back, ok := words.ShopClosedTold(text, t.at)
	if !ok {
		return false, nil
	}
	return true, p.shopClosedTold(ctx, t, v, from, back)
}

// shopReopened ends the short stop of village v's points shop kept from
// its shopkeeper's word (shopClosedTold) at open, the day he now says it
// opens as usual (words.ShopOpenTold): cut short or called off, kept,
// thanked, and told the village's other grid groups, which heard of the
// stop, in one commit. done is false when no stop is kept that open
// changes (his word is then chat: nothing was announced). One read.
func (p *pointsFlow) shopReopened(ctx context.Context, t *turn, v string, open time.Time) (done bool, err error) {
	closed, ok, err := p.shopClosed(ctx, v, t.at)
	if err != nil || !ok {
		return false, err
	}
	loc := t.at.Location()
	now, changed := closed.Reopened(open, time.Date(t.at.Year(), t.at.Month(), t.at.Day(), 0, 0, 0, 0, loc))
	if !changed {
		return false, nil
	}
	now.By, now.Said, now.At = t.who.Name, t.text, t.at
	closed.By = t.who.Name
	// called off: the days said before; cut short: the days still closed
	data := map[string]any{"Closed": now, "Open": open, "Now": t.at, "Off": !now.On(t.at)}
	if !now.On(t.at) {
		data["Closed"] = closed
	}
	return true, p.shopStopSaid(ctx, t, v, now, data, "points.shop.reopened")
}

// shopClosed is the short stop of village v's shop kept from its
// shopkeeper's word, when it is on at at or still ahead (one read).
func (p *pointsFlow) shopClosed(ctx context.Context, v string, at time.Time) (words.ShopClosed, bool, error) {
	b, err := p.r.store.AskedCopied(ctx, storage.VillageScope(v), words.ShopClosedKey)
	if err != nil {
		return words.ShopClosed{}, false, err
	}
	var closed words.ShopClosed
	ok := json.Unmarshal(b, &closed) == nil && closed.On(at)
	return closed, ok, nil
}

// shopClosedTold keeps a short stop of village v's points shop its
// shopkeeper told (words.ShopClosedTold: from, back), thanks him and
// tells the village's other grid groups, in one commit. Asked 「超市几点开门」
// till it is over, the bot says it (shopVisit).
func (p *pointsFlow) shopClosedTold(ctx context.Context, t *turn, v string, from, back time.Time) error {
	closed := words.ShopClosed{From: from, Back: back, By: t.who.Name, Said: t.text, At: t.at}
	return p.shopStopSaid(ctx, t, v, closed, map[string]any{"Closed": closed, "Now": t.at}, "points.shop.closed")
}

// shopStopSaid keeps closed as village v's shop stop, replies to the
// shopkeeper with block and tells the village's other grid groups with
// block+".group" (data, with Clears in the month before the clearing
// and Groups added), in the reply's commit.
func (p *pointsFlow) shopStopSaid(ctx context.Context, t *turn, v string, closed words.ShopClosed, data map[string]any, block string) error {
	body, err := json.Marshal(closed)
	if err != nil {
		return err
	}
	if next := p.cfg.NextClearing(t.at); !next.IsZero() && next.Sub(t.at) < clearedLately {
		data["Clears"] = next
	}
	var groups []string
	for _, vc := range p.r.cfg.Villages {
		if vc.Name != v {
			continue
		}
		for _, g := range vc.Grids {
			if g.Group != "" && g.Group != t.m.Chat {
				groups = append(groups, g.Group)
			}
		}
	}
	data["Groups"] = len(groups)
	for _, g := range groups {
		t.out = append(t.out, bot.Outbound{To: g, Kind: bot.Group, Priority: bot.Normal, Text: p.r.texts.Render(block+".group", data)})
	}
	t.scope = storage.VillageScope(v)
	t.keep = append(t.keep, storage.Ask(words.ShopClosedKey, body, max(closed.Back.Sub(t.at), 0)+24*time.Hour))
	return p.r.reply(ctx, t, block, data)
}

// explainedMax is how many of a household's counted items the answer to
// its total doubted lists, newest first.
const explainedMax = 10

// totalExplained answers 「我家怎么才这么点」 from the sender's household:
// its items of the points year (counted, waiting for review, frozen by an
// objection), how points and the household average are counted, and
// the next step (申请积分, 查 #编号, the scorers). The items are the
// household's own business: in a group they go privately and the group
// hears a pointer, as 我的积分's balance does. done is false for one of no
// household (我的积分 tells him why). The household's claims are read
// once (peekPending, from this process's copies when it follows them).
func (p *pointsFlow) totalExplained(ctx context.Context, t *turn) (done bool, err error) {
	v := t.who.Village
	if t.who.Household == "" || t.where.Village != "" && t.where.Village != v {
		return false, nil
	}
	t.scope = storage.VillageScope(v)
	read, err := p.peekPending(ctx, t.scope, v, t.who.Household, pendingCopies)
	if err != nil {
		return true, err
	}
	// the points year asked: this one, or the closed one when 「去年」 is
	// said or this one has nothing yet (pts93: 「我家积分怎么这么少」 in
	// January is about the year-end ranking just posted, not about a
	// year a week old)
	this := p.cfg.Year(t.at)
	year := strconv.Itoa(this)
	counted, objected, total := yearItems(read.all, year)
	if last := strconv.Itoa(this - 1); words.LastYearNamed(t.said().Canon) || len(counted)+len(objected) == 0 {
		if c, o, n := yearItems(read.all, last); len(c)+len(o) > 0 {
			year, counted, objected, total = last, c, o, n
		}
	}
	pending := slices.DeleteFunc(slices.Clone(read.all), func(c village.Claim) bool { return c.Status != village.ClaimPending })
	final, coming := p.splitComing(counted, t.at)
	finalTotal := sumPoints(final)
	// at most explainedMax listed, those waiting first (most asked about)
	coming = coming[:min(len(coming), explainedMax)]
	final = final[:min(len(final), explainedMax-len(coming))]
	more := len(counted) - len(coming) - len(final)
	data := map[string]any{"Name": t.who.Name, "Label": p.label(v, t.who.Household), "Year": year, "Total": total,
		"Closed": year != strconv.Itoa(this), "ThisYear": this, "Counted": len(counted) > 0,
		"Final": final, "FinalTotal": finalTotal, "Coming": coming, "ComingTotal": total - finalTotal,
		"More": more, "Pending": pending, "Objected": objected, "Now": t.at,
		"Window": p.window(), "Quarterly": p.cfg.Publicity.Cadence == "quarterly", "Excluded": p.averageExcluded(),
		"Scorers": p.scorers(v, t.who.Grid, t.who.Household)}
	h, _ := p.household(v, t.who.Household)
	data["Participants"] = max(h.Participants, 1) // the average's divisor, as the ranking's
	if t.where.Kind == words.InPrivate || len(read.all) == 0 {
		return true, p.r.reply(ctx, t, "points.total", data)
	}
	return true, p.r.commitOut(ctx, t, []bot.Outbound{
		p.r.toSender(t, p.r.texts.Render("points.total", data)),
		p.r.back(t, p.r.texts.Render("points.total.moved", data))})
}

// yearItems is what of a household's claims counts in the points year y:
// counted (approved or final; newest decided first) and their total, and
// those frozen by an objection.
func yearItems(all []village.Claim, y string) (counted, objected []village.Claim, total int) {
	for _, c := range all {
		switch {
		case c.Year() != y:
		case c.Status == village.ClaimObjected:
			objected = append(objected, c)
		case c.Status.Counted():
			counted, total = append(counted, c), total+c.Points
		}
	}
	slices.SortFunc(counted, func(a, b village.Claim) int { return b.DecidedAt.Compare(a.DecidedAt) })
	return counted, objected, total
}

// comingItem is an approved item not yet in effect, as 「我家积分怎么才这么
// 点」 lists it: Listed is when the 公示 that lists it goes out (zero: at
// the next one, or already listed: its WindowEnds says when it is final).
type comingItem struct {
	village.Claim
	Listed time.Time
}

// splitComing parts counted items (newest first) into those in effect
// (final; still newest first) and those approved and waiting for their
// 公示 or its window (pts98: listed as 已计入 they read as usable).
func (p *pointsFlow) splitComing(counted []village.Claim, now time.Time) (final []village.Claim, coming []comingItem) {
	for _, c := range counted {
		if c.Status == village.ClaimFinal {
			final = append(final, c)
			continue
		}
		it := comingItem{Claim: c}
		if c.PublishedAt.IsZero() {
			it.Listed = p.listedOf(c, now)
		}
		coming = append(coming, it)
	}
	return final, coming
}

// sumPoints is the points of cs together.
func sumPoints(cs []village.Claim) int {
	n := 0
	for _, c := range cs {
		n += c.Points
	}
	return n
}

// ruleAnswered answers a standing rule asked (words.PointsRuleAsked) from the
// config and the roster: whether unspent points are cleared and when,
// that a household's points are its members' one purse, whether a family
// member's points count for the household. No read, the reply's commit.
func (p *pointsFlow) ruleAnswered(ctx context.Context, t *turn, rule words.PointsRule, still bool) error {
	v := cmp.Or(t.where.Village, t.who.Village)
	data := map[string]any{"Rule": string(rule), "Now": t.at}
	switch rule {
	case words.RuleClearing:
		p.clearingData(data, t)
		if still { // 「还能兑换吗」: yes or no first, and whom to see
			data["Still"] = true
			data["Keepers"] = words.Names(p.r.people.InGrid(v, cmp.Or(t.where.Grid, t.who.Grid), village.RoleShopkeeper))
		}
	case words.RuleEarnedYear, words.RuleCutoff:
		p.earnedData(data, t)
	case words.RuleCash:
		// 「年底了 积分能换钱不」: no money, the shop, until the clearing
		p.clearingData(data, t)
		data["Keepers"] = words.Names(p.r.people.InGrid(v, cmp.Or(t.where.Grid, t.who.Grid), village.RoleShopkeeper))
	case words.RuleHonours:
		p.earnedData(data, t) // the year-end run that posts the ranking
		if _, ok := data["Run"]; !ok {
			data["Run"] = time.Time{} // none configured
		}
		delete(data, "Clears")
		if cl := p.clearsSoon(t.at); !cl.IsZero() {
			data["Clears"] = cl
		}
		g := cmp.Or(t.where.Grid, t.who.Grid)
		data["Honour"] = p.cfg.Ranking.HonourRule()
		data["Keepers"] = words.Names(p.r.people.InGrid(v, g, village.RoleShopkeeper))
		data["Leaders"] = words.Names(p.r.people.InGrid(v, g, village.RoleLeader))
	case words.RuleShared, words.RuleHousehold:
		if t.who.Household != "" && t.who.Village == v {
			data["Members"] = p.members(v, t.who)
			data["Scorers"] = p.scorers(v, t.who.Grid, t.who.Household)
		}
		data["Keepers"] = words.Names(p.r.people.InGrid(v, cmp.Or(t.where.Grid, t.who.Grid), village.RoleShopkeeper))
		data["Excluded"] = p.averageExcluded()
		if kin := words.KinIn(t.text); kin != "" && data["Members"] != nil {
			data["Kin"], data["Fits"] = kin, p.kinOf(v, t.who, kin)
		}
		if rule == words.RuleShared && words.HomeComerNamed(t.said().Canon) {
			// 「过年回来的人能去超市换东西不」: yes, and in December that
			// this year's points clear before they are home (pts107)
			data["Home"], data["Clears"], data["Year"] = true, p.clearsSoon(t.at), p.cfg.Year(t.at)
		}
	}
	return p.r.reply(ctx, t, "points.rule", data)
}

// clearedLately is how long after a year-end clearing (January, while
// the points it left are published and become final) a question about
// clearing is taken to ask about that one ("积分清零了吗", "去年的分还
// 能换吗" in January), not the next.
const clearedLately = 31 * 24 * time.Hour

// clearingData is what points.rule says of the clearing asked about: the
// last one, lately or when last year is named, with the 公示 of the points
// it left (approved before it, listed after it, redeemable when final);
// else the next one, and when points approved now are listed after it
// (December's, published in January), that it leaves them. No read: the
// config's schedules decide.
func (p *pointsFlow) clearingData(data map[string]any, t *turn) {
	loc := p.r.cfg.Location()
	next := p.cfg.NextClearing(t.at)
	data["Keep"], data["Clears"] = p.cfg.YearEnd.Unspent == "keep", next
	// 「清零前一个月会在群里提醒」 only while that reminder is still to come
	// (pts99: December's askers were promised one sent on the 1st)
	data["Reminded"] = p.cfg.Schedules.Reminder != "off" && p.cfg.ClearsSoon(t.at).IsZero()
	data["Year"] = p.cfg.Year(t.at)
	if last := p.cfg.LastClearing(t.at); !last.IsZero() && (t.at.Sub(last) < clearedLately || words.LastYearNamed(t.said().Canon)) {
		data["Cleared"], data["Closed"] = last, village.ClosedYear(last)
		if l := p.cfg.PublicityOf(last, loc); !l.IsZero() {
			data["Listed"] = l
		}
		return
	}
	if l := p.cfg.PublicityOf(t.at, loc); !next.IsZero() && l.After(next) {
		data["Listed"] = l
	}
}

// earnedData is what points.rule says of the year December's points
// count in (pts90): the December asked about is the last year-end run's
// lately (January) or when last year is named, else the next run's. Its
// approved points count in that year, a claim made before the run counts
// there when approved later (config.Points.EarnedPeriod), as does a
// scorer's later 加分 naming a day of it; the clearing leaves what is
// listed after it (Listed). The same data answers the cut-off asked
// (words.RuleCutoff, pts91), with the run after the last one (NextRun)
// when the last is told. No read: the config's schedules decide.
func (p *pointsFlow) earnedData(data map[string]any, t *turn) {
	last, next := p.cfg.YearEnds(t.at)
	run := next
	if !last.IsZero() && (t.at.Sub(last) < clearedLately || words.LastYearNamed(t.said().Canon)) {
		run, data["Past"] = last, true
	}
	if run.IsZero() { // no year-end run: December is its year's like any month
		data["Year"] = p.cfg.Year(t.at)
		return
	}
	year := village.ClosedYear(run)
	data["Year"], data["Next"], data["Run"] = year, year+1, run
	if data["Past"] == true {
		data["NextRun"] = next // the cut-off asked after it is also this year's (pts91)
	}
	if p.cfg.YearEnd.Unspent == "clear" {
		// December's approvals are listed after the clearing: it leaves them
		listed := p.cfg.PublicityOf(run.Add(-time.Minute), p.r.cfg.Location())
		data["Kept"], data["Listed"] = listed.After(run), listed
		data["Clears"] = true
	}
}

// averageExcluded are who the household average does not count, as told
// to villagers: the config's points.average relations, then care levels.
func (p *pointsFlow) averageExcluded() []string {
	excluded := slices.Clone(p.cfg.Average.ExcludeRelations)
	for _, c := range p.cfg.Average.ExcludeCare {
		excluded = append(excluded, "关爱等级为「"+c+"」的")
	}
	return excluded
}

// ownGridAsked is the asker's grid as the place of 积分排行 when cmd's
// word asks his own grid's ranking (words.GridRankingVocab: "网格积分排名"): the
// group's grid, else his own; NoPlace otherwise, or for one of no grid.
func (p *pointsFlow) ownGridAsked(t *turn, cmd command) village.Place {
	if _, ok := words.GridRankingVocab[cmd.word]; !ok {
		return village.Place{}
	}
	v, g := t.where.Village, t.where.Grid
	if t.where.Kind != words.InGrid {
		v, g = t.who.Village, t.who.Grid
	}
	if g == "" {
		return village.Place{}
	}
	return p.r.places.Named(v+g, v)
}

// stockTold answers the shopkeeper's 「大米还剩多少」 or 「库存」 from the
// village's stock as this process follows it (one read when it does
// not): the item's count, or every counted item's, those at or below
// their low mark said to be nearly gone, and how to restock.
func (p *pointsFlow) stockTold(ctx context.Context, t *turn, v string) error {
	sc := storage.VillageScope(v)
	if t.scope == "" {
		t.scope = sc
	}
	raws, reads, err := p.r.store.FollowedOf(ctx, sc, storage.DocsRead{Kind: storage.StockKind, Index: storage.StockIndex})
	if err != nil {
		return err
	}
	stock, err := storage.StockIn(raws[0], v)
	if err != nil {
		return err
	}
	if p.r.scope(t) == sc {
		for _, rd := range reads {
			t.copies.add(sc, rd) // the reply is decided on it
		}
	}
	type row struct {
		village.ShopItem
		Left int
		Low  bool
	}
	var rows []row
	var uncounted []string
	for _, it := range p.shop {
		if left, counted := stock.Left(it); counted {
			rows = append(rows, row{it, left, left <= it.Low})
		} else {
			uncounted = append(uncounted, it.Name)
		}
	}
	data := map[string]any{"Rows": rows, "Uncounted": uncounted, "Example": "大米"}
	if len(rows) > 0 {
		data["Example"] = rows[0].Name
	}
	if item, _, why, _ := words.ParseItem(t.text, p.shop); why != words.ItemNone {
		data["Item"] = item
		if i := slices.IndexFunc(rows, func(r row) bool { return r.Name == item.Name }); i >= 0 {
			data["Row"], data["Example"] = rows[i], item.Name
		}
	}
	return p.r.reply(ctx, t, "points.stock", data)
}

// restockOffered answers the shopkeeper's 补货 told in his own words
// (words.RestockTold: 「大米进了10袋」): 「1」 runs 补货 大米 10, the count as
// read, for an item the shop counts; else 补货's own answer (an item not
// counted, two items, a count unread). Nothing is counted before his yes:
// 「进了」 may be of his own shop's goods, not the points shop's.
func (p *pointsFlow) restockOffered(ctx context.Context, t *turn, c string) error {
	item, qty, why, _ := words.ParseItem(c, p.shop)
	if why != "" || item.Stock <= 0 {
		return p.restock(ctx, t, command{verb: words.VRestock, word: string(words.VRestock), args: c})
	}
	line := strings.Join([]string{string(words.VRestock), item.Name, strconv.Itoa(qty)}, " ")
	if err := p.r.ask(t, question{Kind: words.AskCommand, Text: line, Msg: t.m.ID}); err != nil {
		return err
	}
	return p.r.reply(ctx, t, "points.restock.offer", map[string]any{"Item": item, "Qty": qty, "Line": line})
}
