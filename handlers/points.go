package handlers

// The points system (积分制): claims (申请积分), review by the scoring group
// (同意, 驳回, 加分, 扣分), objections during 公示 (异议, 维持, 撤销), queries
// (我的积分, 积分 名字, 积分排行) and redemption at the points supermarket
// (兑换, 补货). Every point-changing command is one commit: the claim, a new
// ledger entry, the household account at the version read and the ranking
// counters, deduplicated by the message id, so a retried message never
// counts twice.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/storage"
	"gridbot/village"
)

const (
	vClaim      verb = "申请积分"
	vApprove    verb = "同意"
	vAward      verb = "加分"
	vDeduct     verb = "扣分"
	vObject     verb = "异议"
	vUphold     verb = "维持"
	vRevoke     verb = "撤销"
	vMyPoints   verb = "我的积分"
	vPoints     verb = "积分"
	vRanking    verb = "积分排行"
	vRedeem     verb = "兑换"
	vUnredeem   verb = "撤销兑换"
	vRestock    verb = "补货"
	vPointsHelp verb = "积分帮助"
	vWithdraw   verb = "撤回"
)

// pointsVocab are the words of the points flows. 驳回 and 查 are the
// report verbs; a #C reference sends them here (see pointsFlows).
var pointsVocab = map[string]verb{
	"申请积分": vClaim, "积分申请": vClaim, "申报积分": vClaim, "申请 积分": vClaim, "申请加分": vClaim,
	"撤回": vWithdraw, "取消": vWithdraw, "撤回申请": vWithdraw, "取消申请": vWithdraw,
	"同意": vApprove, "批准": vApprove, "同意积分": vApprove,
	"加分": vAward, "奖励积分": vAward,
	"扣分": vDeduct, "减分": vDeduct,
	"异议": vObject, "有异议": vObject, "提异议": vObject,
	"维持": vUphold, "维持原分": vUphold,
	"撤销": vRevoke, "撤销积分": vRevoke,
	"我的积分": vMyPoints, "我家积分": vMyPoints,
	"积分": vPoints, "查积分": vPoints,
	"积分排行": vRanking, "积分排名": vRanking, "积分榜": vRanking, "排行榜": vRanking, "积分排行榜": vRanking, "积分排名榜": vRanking,
	"兑换": vRedeem, "积分兑换": vRedeem,
	"撤销兑换": vUnredeem, "取消兑换": vUnredeem, "兑换撤销": vUnredeem,
	"补货": vRestock, "进货": vRestock,
	"积分帮助": vPointsHelp, "积分规则": vPointsHelp, "积分说明": vPointsHelp,
}

// pointsFlow holds what the points flows share: the catalogue and price
// list (fixed for the process, like the config) and the households of each
// village (the roster is reloaded only by a restart).
type pointsFlow struct {
	r    *Router
	cfg  config.Points
	cat  village.Catalogue
	shop []village.ShopItem
	rule village.AverageRule

	once sync.Once
	hh   map[string][]village.HouseholdInfo // village → households in roster order
	byID map[string]map[string]int          // village → 户号 → index in hh
	err  error
}

// pointsFlows are the verbs of the points system. 驳回 and 查 stay with
// the reports unless the reference is a claim's (#C…) or, for 查, a
// notice's (#N…).
func (r *Router) pointsFlows() map[verb]flow {
	p := &pointsFlow{r: r, cfg: r.cfg.Points, cat: r.cfg.Points.Indicators(), shop: r.cfg.Points.Shop(),
		rule: r.cfg.Points.AverageRule()}
	// Verbs only claims take read "#3" as C3.
	bare := func(f flow) flow {
		return func(ctx context.Context, t *turn, cmd command) error { return f(ctx, t, cmd.withBareRef('C')) }
	}
	return map[verb]flow{
		vClaim: p.claim, vApprove: bare(p.approve), vAward: p.record, vDeduct: p.record,
		vObject: bare(p.object), vWithdraw: bare(p.withdraw), vUphold: bare(p.settle),
		vRevoke: func(ctx context.Context, t *turn, cmd command) error {
			// "撤销 #L6", or 撤销 quoting a 兑换 reply: the shopkeeper's 撤销兑换.
			if redemptionRef(t, cmd) {
				cmd.word = string(vUnredeem)
				return p.unredeem(ctx, t, cmd)
			}
			return bare(p.settle)(ctx, t, cmd)
		},
		vMyPoints: p.mine, vPoints: p.query, vRanking: p.ranking,
		vRedeem: p.redeem, vUnredeem: p.unredeem, vRestock: p.restock, vPointsHelp: p.help,
		vReject: func(ctx context.Context, t *turn, cmd command) error {
			if p.claimRef(t, cmd).N > 0 {
				return p.reject(ctx, t, cmd)
			}
			return r.lifecycle(ctx, t, cmd)
		},
		vQuery: func(ctx context.Context, t *turn, cmd command) error {
			if id, ok := noticeRef(t, cmd); ok {
				return r.noticeStatus(ctx, t, id)
			}
			if p.claimRef(t, cmd).N > 0 {
				return p.status(ctx, t, cmd)
			}
			return r.lifecycle(ctx, t, cmd)
		},
	}
}

// households returns a village's households and the index by 户号.
func (p *pointsFlow) households(v string) ([]village.HouseholdInfo, map[string]int, error) {
	p.once.Do(func() {
		people := p.r.people.All()
		p.hh, p.byID = map[string][]village.HouseholdInfo{}, map[string]map[string]int{}
		for _, vc := range p.r.cfg.Villages {
			hs := village.Households(people, vc.Name, p.rule)
			idx := make(map[string]int, len(hs))
			for i, h := range hs {
				idx[h.Household] = i
			}
			p.hh[vc.Name], p.byID[vc.Name] = hs, idx
		}
	})
	return p.hh[v], p.byID[v], p.err
}

// household returns one household of a village; ok is false when the
// roster has no such household.
func (p *pointsFlow) household(v, id string) (village.HouseholdInfo, bool) {
	hs, idx, err := p.households(v)
	if err != nil {
		return village.HouseholdInfo{}, false
	}
	i, ok := idx[id]
	if !ok {
		return village.HouseholdInfo{Village: v, Household: id, Head: id}, false
	}
	return hs[i], true
}

// label names a claim's household for replies: "张三户".
func (p *pointsFlow) label(v, id string) string {
	h, _ := p.household(v, id)
	return h.Label()
}

// off answers when the deployment has no catalogue.
func (p *pointsFlow) off(ctx context.Context, t *turn) (bool, error) {
	if len(p.cat) > 0 {
		return false, nil
	}
	return true, p.r.reply(ctx, t, "points.off", nil)
}

// retry runs a read–change–commit step again when the commit found a
// document changed since it was read.
func (p *pointsFlow) retry(ctx context.Context, t *turn, ref string, step func() error) error {
	for attempt := 0; ; attempt++ {
		t.out = nil // a conflicted attempt's replies were not sent
		err := step()
		if !errors.Is(err, storage.ErrConflict) {
			return err
		}
		if attempt == 2 {
			return p.r.reply(ctx, t, "err.busy", map[string]string{"Ref": ref})
		}
	}
}

// account reads a household's account, creating it (once, whatever races
// it) on its first point-changing event.
func (p *pointsFlow) account(ctx context.Context, sc storage.Scope, v, household string) (village.Account, error) {
	ps := p.r.store
	a, ok, err := storage.Account(ctx, ps, sc, household)
	if ok || err != nil {
		return a, err
	}
	if _, err := p.r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: storage.AccountMsgID(v, household),
		Docs: []storage.Doc{storage.AccountDoc(village.NewAccount(v, household))}}); err != nil {
		return village.Account{}, err
	}
	a, ok, err = storage.Account(ctx, ps, sc, household)
	if err == nil && !ok {
		err = fmt.Errorf("handlers: points: account of %s/%s was not created", v, household)
	}
	return a, err
}

// peek reads a household's account without creating it.
func (p *pointsFlow) peek(ctx context.Context, sc storage.Scope, v, household string) (village.Account, error) {
	ps := p.r.store
	a, ok, err := storage.Account(ctx, ps, sc, household)
	if !ok && err == nil {
		a = village.NewAccount(v, household)
	}
	return a, err
}

// claimRef is the claim reference of a command: in its text, else in the
// quoted bot message. N is 0 when there is none (or the text names a report).
func (p *pointsFlow) claimRef(t *turn, cmd command) village.Ref {
	if len(cmd.refs) > 0 {
		if cmd.refs[0].Kind == 'C' {
			return cmd.refs[0]
		}
		return village.Ref{}
	}
	if t.quote != nil {
		if refs := village.FindRefs(t.quote.Text); len(refs) > 0 && refs[0].Kind == 'C' {
			return refs[0]
		}
	}
	return village.Ref{}
}

// redemptionRef reports whether a 撤销 is about a redemption: it names a
// ledger entry (#L6) and no claim, or quotes a 兑换 reply.
func redemptionRef(t *turn, cmd command) bool {
	if slices.ContainsFunc(cmd.refs, func(r village.Ref) bool { return r.Kind == 'C' }) {
		return false
	}
	if ledgerRefRe.MatchString(cmd.args) {
		return true
	}
	q := quoteText(t)
	return len(cmd.refs) == 0 && strings.Contains(q, "已兑换 #L") && !strings.Contains(q, "#C")
}

// findClaim loads a claim: from the turn's village, or in the township
// chats from whichever village has it (a village name in the text decides).
func (p *pointsFlow) findClaim(ctx context.Context, t *turn, id string) (village.Claim, storage.Scope, error) {
	ps := p.r.store
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "C"))
	load := func(v string) (village.Claim, error) {
		d, err := ps.Doc(ctx, storage.VillageScope(v), storage.ClaimKind, n)
		if err != nil {
			return village.Claim{}, err
		}
		return storage.DecodeClaim(d)
	}
	if t.where.village != "" {
		c, err := load(t.where.village)
		return c, storage.VillageScope(t.where.village), err
	}
	var found []village.Claim
	for _, v := range p.r.cfg.Villages {
		c, err := load(v.Name)
		if errors.Is(err, storage.ErrNotFound) {
			continue
		}
		if err != nil {
			return village.Claim{}, "", err
		}
		if strings.Contains(t.text, v.Name) {
			return c, storage.VillageScope(v.Name), nil
		}
		found = append(found, c)
	}
	switch len(found) {
	case 0:
		return village.Claim{}, "", storage.ErrNotFound
	case 1:
		return found[0], storage.VillageScope(found[0].Village), nil
	}
	return village.Claim{}, "", errAmbiguous
}

// withClaim resolves the command's claim and runs act on it, re-reading
// and retrying when someone changed it meanwhile.
func (p *pointsFlow) withClaim(ctx context.Context, t *turn, cmd command, act func(c village.Claim, sc storage.Scope) error) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	ref := p.claimRef(t, cmd)
	if wrong, ok := misdirected(cmd, 'C'); ok {
		return p.r.wrongKind(ctx, t, cmd, wrong)
	}
	if ref.N == 0 {
		// "同意！" in a group discussion is not for the bot: only someone
		// addressing it, quoting it or holding a scoring role is told how
		// to write the command.
		if !t.addr && t.quote == nil && !t.who.Has(village.RoleScorer) && !t.who.Has(village.RoleOfficer) {
			return nil
		}
		cands, err := p.candidates(ctx, t, cmd)
		if err != nil {
			return err
		}
		return p.r.reply(ctx, t, "points.noref", map[string]any{"Verb": cmd.word, "Cands": cands})
	}
	if refs := claimRefs(cmd.refs); len(refs) > 1 && oneByOne[cmd.verb] {
		return p.r.reply(ctx, t, "points.onebyone", map[string]any{"Verb": cmd.word, "Refs": refs})
	}
	id := ref.String()
	return p.retry(ctx, t, id, func() error {
		c, sc, err := p.findClaim(ctx, t, id)
		switch {
		case errors.Is(err, storage.ErrNotFound):
			return p.r.reply(ctx, t, "points.unknownref", map[string]any{"Ref": id, "Object": cmd.verb == vObject})
		case errors.Is(err, errAmbiguous):
			return p.r.reply(ctx, t, "err.ambiguous", map[string]string{"Ref": id})
		case err != nil:
			return err
		}
		t.scope = sc
		return act(c, sc)
	})
}

// oneByOne are the claim verbs whose text has no reason that could name
// another claim: several claims in one of them is an error, said rather
// than acted on in part ("同意 #C6 2 和 #C7 2").
var oneByOne = map[verb]bool{vApprove: true, vUphold: true, vWithdraw: true}

// claimRefs are the distinct claim references among refs, in order.
func claimRefs(refs []village.Ref) []string {
	var out []string
	for _, r := range refs {
		if r.Kind == 'C' && !slices.Contains(out, r.String()) {
			out = append(out, r.String())
		}
	}
	return out
}

// claimCandidate is a claim a command without a reference may mean.
type claimCandidate struct {
	ID, Label, Person, Name string
}

// candidateStatus is the status of the claims each decision without a
// reference may mean; decisions on points are never guessed, only listed.
var candidateStatus = map[verb]village.ClaimStatus{
	vApprove: village.ClaimPending,
	vUphold:  village.ClaimObjected, vRevoke: village.ClaimObjected,
}

// candidates lists, newest first, the claims of the sender's village that
// cmd could mean and the sender may decide on (one round trip).
func (p *pointsFlow) candidates(ctx context.Context, t *turn, cmd command) ([]claimCandidate, error) {
	status, ok := candidateStatus[cmd.verb]
	v := cmp.Or(t.where.village, t.who.Village)
	if !ok || v == "" {
		return nil, nil
	}
	cs, err := storage.Claims(ctx, p.r.store, storage.VillageScope(v), storage.ClaimIndex(status))
	if err != nil {
		return nil, err
	}
	var out []claimCandidate
	for _, c := range newest(cs, maxCandidates, func(c village.Claim) bool {
		may, _ := p.mayScore(t.who, c.Village, c.Grid, c.Household, cmd.word)
		return may
	}) {
		out = append(out, claimCandidate{ID: c.ID, Label: p.label(c.Village, c.Household), Person: c.Person, Name: c.Name})
	}
	return out, nil
}

// scorers are who may review a claim of household hh in grid g: the
// village's scoring group minus that household's members; township
// officers when nobody else is left.
func (p *pointsFlow) scorers(v, g, hh string) []string { return names(p.reviewers(v, g, hh)) }

// reviewers are the people scorers names.
func (p *pointsFlow) reviewers(v, g, hh string) []village.Person {
	var out []village.Person
	for _, s := range p.r.people.InGrid(v, g, village.RoleScorer) {
		if s.Village != v || s.Household != hh {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		out = p.r.people.InGrid(v, g, village.RoleOfficer)
	}
	return out
}

// reviewersFrom splits the reviewers of claim c into those in the group
// the turn was said in, who may be @mentioned there, and those told
// privately: all of them when it was said in private, or in another
// group than the claim's; else a scorer of another grid, and a township
// officer reviewing for want of a scorer (who is rarely in a grid's
// group, whatever the roster says).
func (p *pointsFlow) reviewersFrom(t *turn, c *village.Claim) (here []string, away []village.Person) {
	elsewhere := t.where.kind != inGrid || (c.Chat != "" && c.Chat != t.m.Chat)
	for _, s := range p.reviewers(c.Village, c.Grid, c.Household) {
		if !elsewhere && s.InGroupOf(t.where.village, t.where.grid) && s.Covers(village.RoleScorer, c.Village, c.Grid) {
			here = append(here, s.Name)
		} else {
			away = append(away, s)
		}
	}
	return here, away
}

// township names the reviewers told privately when they are township
// officers reviewing for want of a scorer who may; nil otherwise.
func township(away []village.Person) []string {
	if len(away) == 0 || slices.ContainsFunc(away, func(o village.Person) bool { return !o.Has(village.RoleOfficer) }) {
		return nil
	}
	return names(away)
}

// tellReviewers renders block for each of the reviewers named, privately.
func (p *pointsFlow) tellReviewers(reviewers []village.Person, block string, data map[string]any) []bot.Outbound {
	var out []bot.Outbound
	for _, s := range reviewers {
		out = append(out, bot.Outbound{To: s.Name, Kind: bot.Private, Priority: bot.Normal, Text: p.r.texts.Render(block, data)})
	}
	return out
}

// mayScore reports whether who may decide on the claims of household hh:
// the village's scoring group and township officers, never for their own
// household. reason is the refusal block's data when not.
func (p *pointsFlow) mayScore(who village.Person, v, g, hh, word string) (bool, map[string]any) {
	if !who.Covers(village.RoleScorer, v, g) && !who.Has(village.RoleOfficer) {
		return false, map[string]any{"Verb": word, "Who": "评分小组成员（或镇干部）", "Ask": p.scorers(v, g, hh)}
	}
	if who.Village == v && who.Household != "" && who.Household == hh {
		return false, map[string]any{"Verb": word, "Own": true, "Ask": p.scorers(v, g, hh)}
	}
	return true, nil
}

// outFor addresses a claim's reply: back to the sender, and to the claim's
// group when the sender spoke elsewhere.
func (p *pointsFlow) outFor(t *turn, c *village.Claim, text string) []bot.Outbound {
	out := []bot.Outbound{p.r.back(t, text)}
	if c.Chat != "" && t.m.Chat != c.Chat {
		out = append(out, bot.Outbound{To: c.Chat, Kind: bot.Group, Priority: bot.Normal, Text: text})
	}
	return out
}

// commitClaim stores a claim's change with its ledger entry, (when
// points move) the household account and any extra documents, all at the
// versions read.
func (p *pointsFlow) commitClaim(ctx context.Context, t *turn, sc storage.Scope, c village.Claim, from village.ClaimStatus,
	acct *village.Account, out []bot.Outbound, extra ...storage.Doc) error {
	e := c.Entry(from, t.m.ID)
	if c.ID == "" {
		e.Claim = storage.RefPlaceholder
	}
	cd, err := storage.ClaimDoc(c, from)
	if err != nil {
		return err
	}
	docs := []storage.Doc{cd, storage.LedgerDoc(e)}
	var incr []storage.Incr
	if acct != nil {
		if err := acct.Post(e); err != nil {
			return err
		}
		ad := storage.AccountDoc(*acct)
		ad.RefsFirst = c.ID == "" // a veto entry names the new claim
		docs = append(docs, ad)
		incr = storage.PointsIncr(e)
	}
	docs = append(docs, extra...)
	t.out = out
	_, err = p.r.store.Commit(ctx, storage.Change{
		Scope: sc, MsgID: t.m.ID, Docs: docs, Incr: incr,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points." + string(c.History[len(c.History)-1].Action),
			Note: fmt.Sprintf("%s %s %s %+d %s", c.Household, c.Person, c.Indicator, c.Points, e.Note)},
		Out: out,
	})
	return err
}

// claim handles 申请积分: the text is matched to a catalogue indicator and
// a pending claim is registered for the scoring group.
func (p *pointsFlow) claim(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	if t.where.kind == inOffice {
		return p.r.reply(ctx, t, "points.claim.office", nil)
	}
	v := t.where.village
	if v == "" || t.who.Household == "" || t.who.Village != v {
		return p.r.reply(ctx, t, "points.nohousehold", nil)
	}
	ct := parseClaimText(cmd.args)
	if !hasContent(ct.Text) {
		return p.r.reply(ctx, t, "points.claim.usage", nil)
	}
	person, ok, err := p.claimant(ctx, t, v, cmd.args, &ct)
	if !ok || err != nil {
		return err
	}
	keep := village.Indicator.Claimable
	if ct.Helped != "" {
		// A deed at a neighbour's is no item of the sender's own household
		// ("帮王奶奶打扫院子" is not 张三户's 庭院整洁).
		keep = func(i village.Indicator) bool { return i.Claimable() && i.Level != village.LevelHousehold }
	}
	kinWitness := p.kinWitness(v, person, &ct)
	ind, ok := p.cat.Match(ct.Text, keep)
	switch {
	case !ok && ct.Helped != "":
		return p.r.reply(ctx, t, "points.claim.helped", map[string]any{"Name": ct.Helped, "Categories": village.PointCategories})
	case !ok:
		return p.r.reply(ctx, t, "points.claim.nomatch", map[string]any{"Categories": village.PointCategories})
	}
	sc := storage.VillageScope(v)
	t.scope = sc
	acct, err := p.peek(ctx, sc, v, person.Household)
	if err != nil {
		return err
	}
	pending, err := storage.Claims(ctx, p.r.store, sc, storage.ClaimIndex(village.ClaimPending))
	if err != nil {
		return err
	}
	if i := sameToday(pending, person, ind.Code, t.at); i >= 0 {
		// Sent again because no reply was seen: approving both would count
		// one deed twice.
		return p.r.reply(ctx, t, "points.claim.again", map[string]any{"C": &pending[i], "Label": p.label(v, person.Household)})
	}
	if !t.who.IsCadre() && countFunc(pending, func(c village.Claim) bool { return c.Household == person.Household }) >= maxPendingClaims {
		return p.r.reply(ctx, t, "points.flood", map[string]any{"Max": maxPendingClaims, "Label": p.label(v, person.Household)})
	}
	if left, capped := acct.CapLeft(ind, person.Name, village.MonthOf(t.at)); capped && left < max(ind.Min, 1) {
		return p.r.reply(ctx, t, "points.cap.full", map[string]any{"I": ind, "Who": capName(ind, person.Name, p.label(v, person.Household))})
	}
	// The score is the scorers': a fixed item's amount, else none until
	// they type one. What the villager wrote is only shown to them.
	pts := 0
	if ind.Fixed() {
		pts = ind.Min
	}
	c := village.Claim{
		Village: v, Grid: person.Grid, Household: person.Household, Person: person.Name, Chat: t.m.Chat,
		Indicator: ind.Code, Name: ind.Name, Category: ind.Category, Level: ind.Level, Kind: ind.Kind,
		Points: pts, Asked: ct.Points, Text: ct.Text, Evidence: ct.Evidence, Needs: ind.Evidence, Claimant: t.who.Name, Source: t.m.ID,
		Images: t.m.Images,
	}
	if c.Evidence == "" && len(c.Images) > 0 {
		c.Evidence = "照片"
	}
	if _, err := c.Apply(village.ClaimSubmit, t.who.Name, t.at, ""); err != nil {
		return err
	}
	here, away := p.reviewersFrom(t, &c)
	data := map[string]any{"Ref": storage.RefPlaceholder, "C": &c, "I": ind, "Label": p.label(v, c.Household), "Scorers": here,
		"Lacks": c.LacksEvidence(), "Private": len(here) == 0, "KinWitness": kinWitness, "Township": township(away)}
	out := append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.claimed", data))}, p.tellReviewers(away, "points.claimed.scorer", data)...)
	return p.commitClaim(ctx, t, sc, c, "", nil, out)
}

// kinWitness is the witness a claim names from the household it is for
// ("证明人 张明" for 张三户): a family member is no witness (QA round 4,
// N9). The evidence then reads "家人作证 张明", which offers no witness,
// so the approval is flagged and the integrity export lists it.
func (p *pointsFlow) kinWitness(v string, person village.Person, ct *claimText) string {
	m := witnessRe.FindStringSubmatch(ct.Evidence)
	if m == nil {
		return ""
	}
	w, err := p.r.people.Lookup(v, m[1])
	if err != nil || w.Household != person.Household || person.Household == "" {
		return ""
	}
	ct.Evidence = strings.Replace(ct.Evidence, m[0], kinWitnessLabel+" "+w.Name, 1)
	return w.Name
}

// kinWitnessLabel marks a family member named as witness in a claim's evidence.
const kinWitnessLabel = "家人作证"

// maxPendingClaims is how many claims of a household may wait for review
// at once, unless a cadre files them: more is a flood the scoring group
// cannot get through.
const maxPendingClaims = 10

// capName is whose cap an indicator uses, for replies.
func capName(ind village.Indicator, person, household string) string {
	if ind.Level == village.LevelHousehold {
		return household
	}
	return person
}

// approve handles 同意 #C [分].
func (p *pointsFlow) approve(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if ok, data := p.mayScore(t.who, c.Village, c.Grid, c.Household, cmd.word); !ok {
			return p.r.reply(ctx, t, "points.refuse", data)
		}
		if c.Status != village.ClaimPending {
			return p.r.reply(ctx, t, "points.state", map[string]any{"C": &c, "Verb": cmd.word, "V": string(cmd.verb)})
		}
		ind, ok := p.cat.ByCode(c.Indicator)
		if !ok { // removed from the catalogue since: keep what was asked
			ind = village.Indicator{Code: c.Indicator, Name: c.Name, Min: c.Points, Max: c.Points, Level: c.Level}
		}
		pts, has, note := leadingPoints(stripRefs(cmd.args, 'C'))
		switch {
		case !has && ind.Fixed():
			pts = ind.Min
		case !has:
			return p.r.reply(ctx, t, "points.needpoints", map[string]any{"C": &c, "I": ind, "Verb": cmd.word})
		}
		if !ind.InRange(pts) {
			return p.r.reply(ctx, t, "points.range", map[string]any{"C": &c, "I": ind, "Points": pts, "Verb": cmd.word})
		}
		acct, err := p.account(ctx, sc, c.Village, c.Household)
		if err != nil {
			return err
		}
		if left, capped := acct.CapLeft(ind, c.Person, village.MonthOf(t.at)); capped && pts > left {
			return p.r.reply(ctx, t, "points.cap", map[string]any{"C": &c, "I": ind, "Left": left,
				"Who": capName(ind, c.Person, p.label(c.Village, c.Household))})
		}
		c.Points = pts
		from, err := c.Apply(village.ClaimApprove, t.who.Name, t.at, note)
		if err != nil {
			return err
		}
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Window": p.window(),
			"NoEvidence": c.LacksEvidence()}
		return p.commitClaim(ctx, t, sc, c, from, &acct, p.outFor(t, &c, p.r.texts.Render("points.approved", data)))
	})
}

// window is the objection window in days, for replies.
func (p *pointsFlow) window() int { return int(p.cfg.Publicity.Window.Std() / (24 * time.Hour)) }

// reject handles 驳回 #C 理由.
func (p *pointsFlow) reject(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if ok, data := p.mayScore(t.who, c.Village, c.Grid, c.Household, cmd.word); !ok {
			return p.r.reply(ctx, t, "points.refuse", data)
		}
		if c.Status != village.ClaimPending {
			return p.r.reply(ctx, t, "points.state", map[string]any{"C": &c, "Verb": cmd.word, "V": string(cmd.verb)})
		}
		note := stripRefs(cmd.args, 'C')
		if !hasContent(note) {
			return p.r.reply(ctx, t, "points.reason", map[string]any{"C": &c, "Verb": cmd.word, "Example": "没有照片，请补充后重新申请"})
		}
		capped, ind, err := p.capFull(ctx, sc, c, t.at)
		if err != nil {
			return err
		}
		from, err := c.Apply(village.ClaimReject, t.who.Name, t.at, note)
		if err != nil {
			return err
		}
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Capped": capped, "I": ind}
		return p.commitClaim(ctx, t, sc, c, from, nil, p.outFor(t, &c, p.r.texts.Render("points.rejected", data)))
	})
}

// capFull reports whether the claim's indicator has no room left under its
// cap for the claim's person (or household) at time at: then applying
// again only helps in the next month or year.
func (p *pointsFlow) capFull(ctx context.Context, sc storage.Scope, c village.Claim, at time.Time) (bool, village.Indicator, error) {
	ind, ok := p.cat.ByCode(c.Indicator)
	if !ok {
		return false, ind, nil
	}
	acct, err := p.peek(ctx, sc, c.Village, c.Household)
	if err != nil {
		return false, ind, err
	}
	left, capped := acct.CapLeft(ind, c.Person, village.MonthOf(at))
	return capped && left < max(ind.Min, 1), ind, nil
}

// record handles 加分 名字 指标 [分] [说明] and 扣分 …: a scoring event
// from another source (a commendation, court papers, an inspection),
// approved at once and published at the next 公示 like any other.
func (p *pointsFlow) record(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	v := t.where.village
	if v == "" {
		v = p.villageNamed(t.text, t.who)
	}
	if v == "" {
		return p.r.reply(ctx, t, "err.nogrid", nil)
	}
	deduct := cmd.verb == vDeduct
	name, rest := p.splitName(v, cmd.args)
	if name == "" {
		return p.r.reply(ctx, t, "points.record.usage", map[string]any{"Verb": cmd.word, "Deduct": deduct})
	}
	person, err := p.r.people.Lookup(v, name)
	if err != nil || person.Household == "" {
		return p.r.reply(ctx, t, "points.unknownperson", map[string]string{"Name": name})
	}
	sc := storage.VillageScope(v)
	t.scope = sc
	if ok, data := p.mayScore(t.who, v, person.Grid, person.Household, cmd.word); !ok {
		return p.r.reply(ctx, t, "points.refuse", data)
	}
	keep := func(i village.Indicator) bool { return i.Kind != village.KindVeto && !i.Deduction() }
	if deduct {
		keep = func(i village.Indicator) bool { return i.Kind == village.KindVeto || i.Deduction() }
	}
	ind, ok := p.cat.Match(rest, keep)
	if !ok {
		// "加分 金大海 乱倒垃圾 3": an item of the other verb is named.
		other, named := p.cat.Match(rest, func(i village.Indicator) bool { return !keep(i) })
		return p.r.reply(ctx, t, "points.record.nomatch", map[string]any{"Verb": cmd.word, "Deduct": deduct,
			"Other": other, "Named": named, "Name": person.Name, "Rest": strings.TrimSpace(rest)})
	}
	pts, has, note := pointsIn(rest, ind)
	if deduct && pts > 0 {
		pts = -pts
	}
	switch {
	case !has && ind.Fixed():
		pts = ind.Min
	case !has:
		return p.r.reply(ctx, t, "points.record.needpoints", map[string]any{"I": ind, "Verb": cmd.word, "Name": person.Name})
	}
	if !ind.InRange(pts) {
		return p.r.reply(ctx, t, "points.range", map[string]any{"I": ind, "Points": pts, "Verb": cmd.word})
	}
	return p.retry(ctx, t, person.Name, func() error {
		acct, err := p.account(ctx, sc, v, person.Household)
		if err != nil {
			return err
		}
		if left, capped := acct.CapLeft(ind, person.Name, village.MonthOf(t.at)); capped && pts > left {
			return p.r.reply(ctx, t, "points.cap", map[string]any{"I": ind, "Left": left,
				"Who": capName(ind, person.Name, p.label(v, person.Household))})
		}
		c := village.Claim{
			Village: v, Grid: person.Grid, Household: person.Household, Person: person.Name, Chat: p.r.groupOf(v, person.Grid),
			Indicator: ind.Code, Name: ind.Name, Category: ind.Category, Level: ind.Level, Kind: ind.Kind,
			Points: pts, Text: cmd.args, Needs: ind.Evidence, Claimant: t.who.Name, Source: t.m.ID,
		}
		if note != "" && !repeatsName(note, ind.Name) {
			c.Evidence = note
		}
		from, err := c.Apply(village.ClaimRecord, t.who.Name, t.at, note)
		if err != nil {
			return err
		}
		label := p.label(v, c.Household)
		data := map[string]any{"Ref": storage.RefPlaceholder, "C": &c, "Label": label, "Window": p.window()}
		// The same item for the same person today: a second record is
		// often the first one typed again (QA round 5); it is kept, and
		// the scorer is shown how to take it back.
		approved, err := storage.Claims(ctx, p.r.store, sc, storage.ClaimIndex(village.ClaimApproved))
		if err != nil {
			return err
		}
		if i := sameToday(approved, person, ind.Code, t.at); i >= 0 {
			data["Again"] = approved[i].ID
		}
		block := "points.recorded"
		if ind.Kind == village.KindVeto {
			block = "points.vetoed"
		}
		text := p.r.texts.Render(block, data)
		out := []bot.Outbound{p.r.back(t, text)}
		if c.Chat != "" && c.Chat != t.m.Chat && ind.Kind != village.KindVeto {
			out = append(out, bot.Outbound{To: c.Chat, Kind: bot.Group, Priority: bot.Normal, Text: text})
		}
		if pts < 0 || ind.Kind == village.KindVeto {
			// Deductions and vetoes are told to the household directly, with the reason.
			for _, to := range p.tellHousehold(v, person, t.who) {
				out = append(out, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal,
					Text: p.r.texts.Render("points.told", data)})
			}
		}
		return p.commitClaim(ctx, t, sc, c, from, &acct, out)
	})
}

// sameToday is the index in cs of a claim for person's indicator code
// made on at's day, or -1.
func sameToday(cs []village.Claim, person village.Person, code string, at time.Time) int {
	day := at.Format(time.DateOnly)
	return slices.IndexFunc(cs, func(c village.Claim) bool {
		return c.Household == person.Household && c.Person == person.Name && c.Indicator == code &&
			c.CreatedAt.In(at.Location()).Format(time.DateOnly) == day
	})
}

// repeatsName reports whether a scorer's note only repeats words of the
// item's name ("扣分 陈二 违法占地建房 拒不拆除"): no note worth showing.
func repeatsName(note, name string) bool {
	for _, f := range strings.Fields(note) {
		if !strings.Contains(name, strings.Trim(f, "，,、。.")) {
			return false
		}
	}
	return true
}

// tellPerson tells a person of the roster, and the head of his household,
// privately (not the sender).
func (p *pointsFlow) tellPerson(v, name string, sender village.Person, text string) []bot.Outbound {
	person, err := p.r.people.Lookup(v, name)
	if err != nil {
		return nil
	}
	var out []bot.Outbound
	for _, to := range p.tellHousehold(v, person, sender) {
		out = append(out, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: text})
	}
	return out
}

// tellHousehold is whom to tell privately about their household: the
// person and the head, when they use WeChat, and not the sender.
func (p *pointsFlow) tellHousehold(v string, person, sender village.Person) []string {
	var to []string
	tell := func(q village.Person) {
		addr := p.r.shown(q)
		if q.UsesWeChat && q.Key() != sender.Key() && !slices.Contains(to, addr) {
			to = append(to, addr)
		}
	}
	tell(person)
	if h, _ := p.household(v, person.Household); h.Head != "" && h.Head != person.Name {
		for _, q := range p.r.people.All() {
			if q.Village == v && q.Household == person.Household && q.Name == h.Head {
				tell(q)
			}
		}
	}
	return to
}

// villageNamed is the village a township chat's command names, or the
// sender's.
func (p *pointsFlow) villageNamed(text string, who village.Person) string {
	for _, v := range p.r.cfg.Villages {
		if strings.Contains(text, v.Name) {
			return v.Name
		}
	}
	if len(p.r.cfg.Villages) == 1 {
		return p.r.cfg.Villages[0].Name
	}
	return who.Village
}

// splitName takes the person's name off the front of args: the first word,
// else the longest roster name the text starts with ("张三拾金不昧").
func (p *pointsFlow) splitName(v, args string) (name, rest string) {
	args = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(args), "@"))
	for _, vn := range p.r.cfg.Villages {
		args = strings.TrimSpace(strings.TrimPrefix(args, vn.Name))
	}
	if args == "" {
		return "", ""
	}
	first, after, _ := strings.Cut(args, " ")
	first = strings.Trim(first, "，,、:：")
	isName := p.r.nameIn(v)
	if isName(first) {
		return first, strings.TrimSpace(after)
	}
	if name, rest, ok := spacedName(args, isName); ok {
		return name, rest // "张 三 洗衣液 1"
	}
	rs := []rune(args)
	for n := min(len(rs), 5); n >= 2; n-- {
		if isName(string(rs[:n])) {
			return string(rs[:n]), strings.TrimLeft(string(rs[n:]), " ，,、:：")
		}
	}
	return first, strings.TrimSpace(after)
}

// object handles 异议 #C 理由: anyone of the village, while the item is
// approved and its 公示 window (if published) is open. The item is frozen.
func (p *pointsFlow) object(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if t.who.Village != c.Village && t.where.village != c.Village {
			return p.r.reply(ctx, t, "refuse", map[string]any{"Verb": cmd.word, "Who": c.Village + "的村民"})
		}
		if c.Status == village.ClaimFinal || c.Status == village.ClaimApproved && !c.PublishedAt.IsZero() && !c.InWindow(t.at) {
			return p.r.reply(ctx, t, "points.object.late", map[string]any{"C": &c})
		}
		// One's own application is withdrawn or talked over, not objected
		// to; before its 公示 nobody objects yet: nothing is frozen, the
		// sender is told whom to ask (QA round 5).
		own := t.who.Name == c.Claimant && c.DecidedBy != c.Claimant
		early := c.Status == village.ClaimPending || c.Status == village.ClaimApproved && c.PublishedAt.IsZero()
		if early || own && (c.Status == village.ClaimApproved || c.Status == village.ClaimObjected) {
			return p.r.reply(ctx, t, "points.object.early", map[string]any{"C": &c, "Own": own,
				"Scorers": p.scorers(c.Village, c.Grid, c.Household), "Window": p.window(),
				"Quarterly": p.cfg.Publicity.Cadence == "quarterly"})
		}
		if c.Status != village.ClaimApproved && c.Status != village.ClaimObjected {
			return p.r.reply(ctx, t, "points.state", map[string]any{"C": &c, "Verb": cmd.word, "V": string(cmd.verb)})
		}
		note := stripRefs(cmd.args, 'C')
		if !hasContent(note) {
			return p.r.reply(ctx, t, "points.reason", map[string]any{"C": &c, "Verb": cmd.word, "Example": "那天他没有参加"})
		}
		if c.Status == village.ClaimObjected {
			return p.objectAgain(ctx, t, sc, c, note)
		}
		acct, err := p.account(ctx, sc, c.Village, c.Household)
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
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Scorers": here, "Private": len(here) == 0}
		out := append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.objected", data))}, p.tellReviewers(away, "points.objected.scorer", data)...)
		return p.commitClaim(ctx, t, sc, c, from, &acct, out)
	})
}

// withdraw handles 撤回 #C / 取消 #C: the claimant (or the member it is
// for) takes back a claim nobody has reviewed yet.
func (p *pointsFlow) withdraw(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if t.who.Name != c.Claimant && (t.who.Name != c.Person || t.who.Household != c.Household) {
			return p.r.reply(ctx, t, "points.withdraw.other", map[string]any{"C": &c})
		}
		if c.Status != village.ClaimPending {
			return p.r.reply(ctx, t, "points.withdraw.late", map[string]any{"C": &c})
		}
		from, err := c.Apply(village.ClaimWithdraw, t.who.Name, t.at, stripRefs(cmd.args, 'C'))
		if err != nil {
			return err
		}
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household)}
		return p.commitClaim(ctx, t, sc, c, from, nil, p.outFor(t, &c, p.r.texts.Render("points.withdrawn", data)))
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
	d, err := storage.ClaimDoc(c, c.Status)
	if err != nil {
		return err
	}
	data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Note": note, "By": t.who.Name}
	out := []bot.Outbound{p.r.back(t, p.r.texts.Render("points.objected.more", data))}
	for _, s := range p.scorers(c.Village, c.Grid, c.Household) {
		out = append(out, bot.Outbound{To: s, Kind: bot.Private, Priority: bot.Normal, Text: p.r.texts.Render("points.objected.more.scorer", data)})
	}
	t.out = out
	_, err = p.r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: t.m.ID, Docs: []storage.Doc{d},
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points.object", Note: c.ID + " " + note},
		Out:   out})
	return err
}

// settle handles 维持 #C and 撤销 #C 理由 by a scorer.
func (p *pointsFlow) settle(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if ok, data := p.mayScore(t.who, c.Village, c.Grid, c.Household, cmd.word); !ok {
			return p.r.reply(ctx, t, "points.refuse", data)
		}
		action := village.ClaimUphold
		if cmd.verb == vRevoke {
			action = village.ClaimRevoke
		}
		if (action == village.ClaimUphold && c.Status != village.ClaimObjected) ||
			(action == village.ClaimRevoke && c.Status != village.ClaimObjected && c.Status != village.ClaimApproved) {
			return p.r.reply(ctx, t, "points.state", map[string]any{"C": &c, "Verb": cmd.word, "V": string(cmd.verb)})
		}
		note := stripRefs(cmd.args, 'C')
		if action == village.ClaimRevoke && !hasContent(note) {
			return p.r.reply(ctx, t, "points.reason", map[string]any{"C": &c, "Verb": cmd.word, "Example": "经核实当天未参加"})
		}
		acct, err := p.account(ctx, sc, c.Village, c.Household)
		if err != nil {
			return err
		}
		objectors := c.Objectors()
		from, err := c.Apply(action, t.who.Name, t.at, note)
		if err != nil {
			return err
		}
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Note": note, "From": from}
		block := "points.upheld"
		if action == village.ClaimRevoke {
			block = "points.revoked"
		}
		final := action == village.ClaimUphold && c.Status == village.ClaimFinal
		if cl := p.cfg.ClearsSoon(t.at.In(p.r.cfg.Location())); final && c.Points > 0 && !cl.IsZero() {
			data["Clears"] = cl // set only when due: a zero time.Time is true in a template
		}
		text := p.r.texts.Render(block, data)
		out := p.outFor(t, &c, text)
		if final && c.Points > 0 {
			// Frozen points usable at once: the household hears it (QA round 4, N12).
			out = append(out, p.tellPerson(c.Village, c.Person, t.who, p.r.texts.Render("points.upheld.told", data))...)
		}
		for _, o := range objectors {
			if from == village.ClaimObjected && o != t.who.Name {
				// The household objecting to its own deduction is no
				// watchdog to be thanked: it hears where to turn next.
				who, err := p.r.people.Lookup(c.Village, o)
				data["Own"] = err == nil && who.Household != "" && who.Household == c.Household
				out = append(out, bot.Outbound{To: o, Kind: bot.Private, Priority: bot.Normal,
					Text: p.r.texts.Render("points.settled.objector", data)})
			}
		}
		if (c.IsVeto() || c.Points < 0) && action == village.ClaimRevoke {
			// The household was told of it privately: so of its end.
			out = append(out, p.tellPerson(c.Village, c.Person, t.who, p.r.texts.Render("points.revoked.told", data))...)
		}
		fix, err := p.fixArchive(ctx, sc, &c, from, acct)
		if err != nil {
			return err
		}
		var extra []storage.Doc
		if fix != nil {
			extra = append(extra, fix.doc)
			if fix.text != "" {
				out = append(out, p.archiveNotice(c.Village, fix.text)...)
			}
		}
		return p.commitClaim(ctx, t, sc, c, from, &acct, out, extra...)
	})
}

// status answers 查 #C.
//
// What it shows depends on who asks (QA round 4, N4): a claim sent
// privately is shown, until its 公示, only to its household, the scorers
// and the cadres of its grid; objection reasons (which often name the
// objector) only to the scorers and cadres, and to each objector his own.
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
		text := p.r.texts.Render("points.status", map[string]any{"C": &c, "Label": p.label(c.Village, c.Household),
			"Objections": notes, "Staff": staff, "Me": t.who.Name})
		if t.where.kind == inPrivate || !private && len(notes) == 0 {
			t.out = append(t.out, p.r.back(t, text))
		} else {
			t.out = append(t.out, bot.Outbound{To: p.r.shown(t.who), Kind: bot.Private, Priority: bot.Normal, Text: text},
				p.r.back(t, p.r.texts.Render("points.status.moved", map[string]any{"C": &c, "Name": t.who.Name})))
		}
		_, err := p.r.store.Commit(ctx, storage.Change{Scope: p.r.scope(t), MsgID: t.m.ID, Out: t.out, Keep: t.keep})
		return err
	})
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
		return p.r.reply(ctx, t, "points.nohousehold", nil)
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
		return p.help(ctx, t, command{verb: vPointsHelp})
	}
	v := cmp.Or(t.where.village, t.who.Village, p.villageNamed(t.text, t.who))
	if n, rest, ok := spacedName(name, p.r.nameIn(v)); ok && rest == "" {
		name = n // "积分 张 明"
	}
	target, err := p.r.people.Lookup(v, name)
	if err != nil || target.Household == "" {
		if !t.addr && len([]rune(name)) > 5 {
			return nil // "积分，大家加油": speech, not a query
		}
		return p.r.reply(ctx, t, "points.unknownperson", map[string]string{"Name": name})
	}
	if (target.Village != t.who.Village || target.Household != t.who.Household) && !t.who.IsCadre() {
		return p.r.reply(ctx, t, "points.query.other", nil)
	}
	return p.answer(ctx, t, target)
}

// answer tells a household's points: the person's own, the household
// total, average and rank, the redeemable balance and what is pending.
func (p *pointsFlow) answer(ctx context.Context, t *turn, person village.Person) error {
	ps := p.r.store
	v := person.Village
	sc := storage.VillageScope(v)
	if t.scope == "" && t.where.village == "" {
		t.scope = sc
	}
	year := strconv.Itoa(t.at.Year())
	acct, err := p.peek(ctx, sc, v, person.Household)
	if err != nil {
		return err
	}
	hs, totals, vetoed, err := p.tallies(ctx, ps, v, year)
	if err != nil {
		return err
	}
	_, me, ranked := village.Leaders(hs, totals, vetoed, 0, person.Household)
	var pending, objected []village.Claim
	for _, x := range []struct {
		status village.ClaimStatus
		into   *[]village.Claim
	}{{village.ClaimPending, &pending}, {village.ClaimObjected, &objected}} {
		cs, err := storage.Claims(ctx, ps, sc, storage.ClaimIndex(x.status))
		if err != nil {
			return err
		}
		for _, c := range cs {
			if c.Household == person.Household {
				*x.into = append(*x.into, c)
			}
		}
	}
	y := acct.Year(year)
	return p.r.reply(ctx, t, "points.mine", map[string]any{
		"Any":  me.Total != 0 || len(y.Personal) > 0 || y.Household != 0,
		"Year": year, "S": me, "Avg": me.AverageText(), "Ranked": ranked, "Person": person.Name,
		"Own": y.Personal[person.Name], "HouseholdPts": y.Household, "T": y, "A": &acct, "Redeemable": max(acct.Redeemable(), 0),
		"Pending": pending, "Objected": objected, "Self": person.Name == t.who.Name,
	})
}

// tallies are what a village's ranking of a year is made of: its
// households, their scores and their vetoes (two HGETALLs).
func (p *pointsFlow) tallies(ctx context.Context, ps Store, v, year string) ([]village.HouseholdInfo, map[string]int64, map[string]bool, error) {
	hs, _, err := p.households(v)
	if err != nil {
		return nil, nil, nil, err
	}
	sc := storage.VillageScope(v)
	totals, err := ps.Counters(ctx, sc, storage.PointsHash(year))
	if err != nil {
		return nil, nil, nil, err
	}
	vetoes, err := ps.Counters(ctx, sc, storage.VetoHash(year))
	if err != nil {
		return nil, nil, nil, err
	}
	vetoed := map[string]bool{}
	for hh, n := range vetoes {
		vetoed[hh] = n > 0
	}
	return hs, totals, vetoed, nil
}

// ranking answers 积分排行 [年份] [全镇]: the village's top households by
// average and the asker's own place; township officers (or anyone in the
// township chats) get the township-wide list.
func (p *pointsFlow) ranking(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	ps := p.r.store
	year, current := strconv.Itoa(t.at.Year()), true
	for _, f := range strings.Fields(cmd.args) {
		f = strings.TrimSuffix(f, "年")
		if n, err := strconv.Atoi(f); err == nil && n >= 2000 && n <= t.at.Year() {
			year, current = f, n == t.at.Year()
		}
	}
	// A township officer of no household asking privately means the
	// township's ranking: no village is his own (QA round 5).
	township := t.where.kind == inOffice || strings.Contains(cmd.args, "全镇") ||
		t.where.kind == inPrivate && t.who.Has(village.RoleOfficer) && t.who.Household == ""
	if township && !t.who.Has(village.RoleOfficer) && !t.who.Has(village.RoleAdmin) {
		return p.r.reply(ctx, t, "refuse", map[string]any{"Verb": "全镇积分排行", "Who": "镇干部"})
	}
	villages := []string{cmp.Or(t.where.village, t.who.Village)}
	if township {
		villages = nil
		for _, v := range p.r.cfg.Villages {
			villages = append(villages, v.Name)
		}
	}
	if villages[0] == "" {
		return p.r.reply(ctx, t, "err.nogrid", nil)
	}
	var all, top []village.Standing
	var mine *village.Standing
	var open []string
	archived := false
	for _, v := range villages {
		if !current {
			y, ok, err := storage.Ranking(ctx, ps, storage.VillageScope(v), year)
			if err != nil {
				return err
			}
			if ok {
				all = append(all, y.Standings...)
				open = append(open, y.Open...)
				archived = true
				continue
			}
		}
		hs, totals, vetoed, err := p.tallies(ctx, ps, v, year)
		if err != nil {
			return err
		}
		if township {
			all = append(all, village.Rank(hs, totals, vetoed)...)
			continue
		}
		// One village, live: the top and the asker's place in one pass.
		var me village.Standing
		top, me, _ = village.Leaders(hs, totals, vetoed, p.cfg.Ranking.Top, t.who.Household)
		if me.Household != "" && t.who.Village == v {
			mine = &me
		}
	}
	if !current && !archived {
		return p.r.reply(ctx, t, "points.ranking.none", map[string]any{"Year": year})
	}
	if township {
		all = village.Rerank(all)
	}
	for i := range all {
		s := &all[i]
		if len(top) < p.cfg.Ranking.Top && s.Rank > 0 && s.Total > 0 {
			top = append(top, *s)
		}
		if s.Village == t.who.Village && s.Household == t.who.Household && t.who.Household != "" {
			mine = s
		}
	}
	ps2 := map[string]any{"Year": year, "Top": top, "Mine": mine, "Township": township, "Where": villages[0],
		"Archived": archived, "Current": current, "N": len(all), "Open": open}
	if mine != nil && mine.Vetoed {
		acct, err := p.peek(ctx, storage.VillageScope(mine.Village), mine.Village, mine.Household)
		if err != nil {
			return err
		}
		ps2["Vetoes"] = acct.Year(year).Vetoes
	}
	return p.r.reply(ctx, t, "points.ranking", ps2)
}

// redeem handles 兑换 名字 物品 [数量] by the village's shopkeeper,
// against the household's redeemable (final, unspent) points, read and
// written at one version so two redemptions cannot overspend.
func (p *pointsFlow) redeem(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	// "兑换张三洗洁精1" glued to its text is a command only from the
	// shopkeeper naming someone on the roster; "兑换券在哪里领" is speech.
	quiet := cmd.glued && !t.addr && t.where.kind != inPrivate
	v := cmp.Or(t.where.village, t.who.Village)
	shopkeeper := v != "" && t.who.Covers(village.RoleShopkeeper, v, t.where.grid)
	if quiet && !shopkeeper {
		return p.r.freeText(ctx, t, utf8.RuneCountInString(t.text))
	}
	if _, done, err := p.shopAt(ctx, t, cmd.word); done {
		return err
	}
	name, rest := p.splitName(v, cmd.args)
	person, err := p.r.people.Lookup(v, name)
	if quiet && (name == "" || err != nil) {
		return p.r.freeText(ctx, t, utf8.RuneCountInString(t.text))
	}
	switch {
	case name == "":
		return p.r.reply(ctx, t, "points.redeem.usage", map[string]any{"Shop": p.shop})
	case err != nil:
		return p.r.reply(ctx, t, "points.unknownperson", map[string]string{"Name": name})
	case person.Household == "":
		return p.r.reply(ctx, t, "points.redeem.nohousehold", map[string]string{"Name": person.Name})
	}
	item, qty, why, other := parseItem(rest, p.shop)
	switch why {
	case "":
	case itemNone:
		if what := unsoldItem(rest); what != "" {
			// "兑换 张三 茅台 1": the shop does not sell it
			return p.r.reply(ctx, t, "points.redeem.notsold", map[string]any{"What": what, "Name": person.Name, "Shop": p.shop})
		}
		return p.r.reply(ctx, t, "points.redeem.usage", map[string]any{"Shop": p.shop})
	default: // ask rather than guess: nothing is redeemed
		unit, _, _ := strings.Cut(cmp.Or(item.Unit, "件"), "（") // "袋（5公斤）" is counted in 袋
		return p.r.reply(ctx, t, "points.redeem."+why, map[string]any{"Item": item, "Other": other, "Name": person.Name, "Unit": unit,
			"Text": strings.TrimSpace(strings.Replace(foldDigits(rest), item.Name, "", 1))})
	}
	ps := p.r.store
	sc := storage.VillageScope(v)
	t.scope = sc
	cost := item.Points * qty
	return p.retry(ctx, t, person.Name, func() error {
		acct, err := p.peek(ctx, sc, v, person.Household)
		if err != nil {
			return err
		}
		data := map[string]any{"Label": p.label(v, person.Household), "Item": item, "Qty": qty, "Cost": cost,
			"Balance": max(acct.Redeemable(), 0), "Person": person.Name}
		if acct.Redeemable() < cost {
			return p.r.commitOut(ctx, t, p.balancePrivately(t, "points.redeem.short", data))
		}
		stock, err := storage.StockOf(ctx, ps, sc, v)
		if err != nil {
			return err
		}
		left, counted := stock.Left(item)
		if counted && left < qty {
			data["Left"] = left
			return p.r.reply(ctx, t, "points.redeem.nostock", data)
		}
		e := village.LedgerEntry{At: t.at, Village: v, Grid: person.Grid, Household: person.Household, Person: person.Name,
			Points: cost, Event: village.EventRedeem, Item: item.Name, Qty: qty, By: t.who.Name, Source: t.m.ID,
			Period: village.MonthOf(t.at)}
		data["Ref"] = storage.RefPlaceholder // the ledger entry's, to undo it
		if err := acct.Post(e); err != nil {
			return err
		}
		docs := []storage.Doc{storage.LedgerDoc(e), storage.AccountDoc(acct)}
		if counted {
			stock.Sold[item.Name] += qty
			docs = append(docs, storage.StockDoc(stock))
			if left-qty <= item.Low {
				data["Low"] = left - qty
			}
		}
		data["Balance"] = max(acct.Redeemable(), 0)
		data["Group"] = t.where.kind != inPrivate // no household's balance in a group
		out := []bot.Outbound{p.r.back(t, p.r.texts.Render("points.redeemed", data))}
		out = append(out, p.tellRedeemer(v, person, t.who, p.r.texts.Render("points.redeemed.told", data))...)
		t.out = out
		_, err = p.r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: t.m.ID, Docs: docs,
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points.redeem",
				Note: fmt.Sprintf("%s %s %s×%d −%d", person.Household, person.Name, item.Name, qty, cost)},
			Out: out})
		return err
	})
}

// balancePrivately renders block, which tells a household's balance: in a
// group, the group hears it without the balance (data "Group") and the
// sender gets the whole text privately.
func (p *pointsFlow) balancePrivately(t *turn, block string, data map[string]any) []bot.Outbound {
	if t.where.kind == inPrivate {
		return []bot.Outbound{p.r.back(t, p.r.texts.Render(block, data))}
	}
	full := p.r.texts.Render(block, data)
	data["Group"] = true
	return []bot.Outbound{p.r.back(t, p.r.texts.Render(block, data)),
		{To: p.r.shown(t.who), Kind: bot.Private, Priority: bot.Normal, Text: full}}
}

// restock handles 补货 物品 数量 by the shopkeeper, for counted items.
func (p *pointsFlow) restock(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	v, done, err := p.shopAt(ctx, t, cmd.word)
	if done {
		return err
	}
	item, qty, why, _ := parseItem(cmd.args, p.shop)
	if why != "" || item.Stock <= 0 {
		return p.r.reply(ctx, t, "points.restock.usage", map[string]any{"Shop": p.shop})
	}
	ps := p.r.store
	sc := storage.VillageScope(v)
	t.scope = sc
	return p.retry(ctx, t, item.Name, func() error {
		stock, err := storage.StockOf(ctx, ps, sc, v)
		if err != nil {
			return err
		}
		if stock.Restocked == nil {
			stock.Restocked = map[string]int{}
		}
		stock.Restocked[item.Name] += qty
		left, _ := stock.Left(item)
		t.out = []bot.Outbound{p.r.back(t, p.r.texts.Render("points.restocked", map[string]any{"Item": item, "Qty": qty, "Left": left}))}
		_, err = p.r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: t.m.ID, Docs: []storage.Doc{storage.StockDoc(stock)},
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points.restock", Note: fmt.Sprintf("%s +%d", item.Name, qty)},
			Out:   t.out})
		return err
	})
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
		return p.r.reply(ctx, t, "points.help.shop", map[string]any{"Shop": p.shop})
	}
	return p.r.reply(ctx, t, "points.help", map[string]any{
		"Categories": village.PointCategories, "Scorer": t.who.Has(village.RoleScorer) || t.who.Has(village.RoleOfficer),
		"Shopkeeper": t.who.Has(village.RoleShopkeeper), "Window": p.window(), "Quarterly": p.cfg.Publicity.Cadence == "quarterly",
	})
}

// claimText is what parseClaimText reads from a claim.
type claimText struct {
	For      string // the household member it is for, when not the sender
	Helped   string // the neighbour the sender's own deed was for ("帮王奶奶…")
	Points   int    // points asked for ("10分"), 0 if none
	Evidence string // what evidence the text offers
	Text     string // the claim without the "给 X" prefix
}

var (
	codePrefix = regexp.MustCompile(`^([A-Za-z]{1,4}-?[0-9]{1,3})\s+(.*)$`)
	forPrefix  = regexp.MustCompile(`^(?:给|为|替)\s*@?([\p{Han}A-Za-z·]{2,5})(?:\s+|[，,:：])(.*)$`)
	mentionFor = regexp.MustCompile(`^@([^\s@]{1,20})\s+(.*)$`)
	askPoints  = regexp.MustCompile(`(?:^|[^0-9A-Za-z])([0-9]{1,4})\s*分`)
	witnessRe  = regexp.MustCompile(`(?:证明人|证人)\s*[:：是]?\s*@?([\p{Han}A-Za-z·]{2,5})`)
	vouchRe    = regexp.MustCompile(`(?:^|[\s，,。、:：])@?([\p{Han}·]{2,4}?)\s*(?:可以|能|会)?(?:作证|做证|证明)(?:$|[\s，,。])`)
	photoWords = []string{"照片", "图片", "附图", "拍照", "拍了", "见图", "截图"}
	docWords   = []string{"证书", "奖状", "通知书", "证明材料", "文件", "判决书", "献血证", "收据", "发票", "有证明", "开了证明", "证明"}
)

// parseClaimText reads a claim's free text: "给 张小宝 …" or "@张小宝 …"
// names the member (the caller checks the roster), "10分" asks for an
// amount, 证明人/照片/证书 say what evidence there is.
func parseClaimText(s string) claimText {
	s = foldDigits(strings.TrimSpace(s))
	code := ""
	if m := codePrefix.FindStringSubmatch(s); m != nil {
		// "HJ01 给 张明 …": a catalogue code first (typed, or put there by
		// the free-text confirmation), then the claim.
		code, s = m[1]+" ", m[2]
	}
	ct := claimText{Text: s}
	if m := forPrefix.FindStringSubmatch(s); m != nil {
		ct.For, ct.Text = m[1], strings.TrimSpace(m[2])
	} else if m := mentionFor.FindStringSubmatch(s); m != nil {
		ct.For, ct.Text = m[1], strings.TrimSpace(m[2])
	}
	ct.Text = code + ct.Text
	if m := askPoints.FindStringSubmatch(ct.Text); m != nil {
		ct.Points, _ = strconv.Atoi(m[1])
	}
	var ev []string
	if m := witnessRe.FindStringSubmatch(ct.Text); m != nil {
		ev = append(ev, "证明人 "+m[1])
	} else if m := vouchRe.FindStringSubmatch(ct.Text); m != nil {
		ev = append(ev, "证明人 "+m[1]) // "王五可以作证"
	}
	for _, w := range photoWords {
		if strings.Contains(ct.Text, w) {
			ev = append(ev, "照片")
			break
		}
	}
	// "证明人 王五" is a witness, not a paper.
	papers := strings.NewReplacer("证明人", "", "证人", "").Replace(ct.Text)
	for _, w := range docWords {
		if strings.Contains(papers, w) {
			if strings.Contains(w, "证明") && w != "证明材料" {
				w = "证明材料" // "有证明": the paper
			}
			ev = append(ev, w)
			break
		}
	}
	ct.Evidence = strings.Join(ev, "、")
	return ct
}

var (
	leadHan = regexp.MustCompile(`^(?:给|加|扣|减)?\s*([零一二两三四五六七八九十百]{1,5})\s*分?(?:\s+|[，,:：。]|$)`)
	// In a sentence a Chinese numeral is an amount only with 分 and after
	// a boundary or 给/加/扣/减: "扣五分", "给十分", not "表现十分积极".
	tokenHan = regexp.MustCompile(`(?:^|[\s，,:：]|给|加|扣|减)([零一二两三四五六七八九十百]{1,5})\s*分(?:[\s，,:：。]|$)`)
	// A scorer may say what he does with the points: "给5分", "扣3分".
	leadNum  = regexp.MustCompile(`^(?:给|加|扣|减)?\s*([+-]?[0-9]{1,4})\s*分?(?:\s+|[，,:：]|$)`)
	tokenNum = regexp.MustCompile(`(?:^|[\s，,:：])(?:给|加|扣|减)?([+-]?[0-9]{1,4})\s*分?(?:[\s，,:：。]|$)|(?:给|加|扣|减)?([+-]?[0-9]{1,4})\s*分`)
)

// leadingPoints reads "8", "8分" or "-5 分" at the start of s (after the
// reference): the amount a scorer gives, and the note after it.
func leadingPoints(s string) (pts int, ok bool, note string) {
	s = foldDigits(strings.TrimSpace(s))
	m := leadNum.FindStringSubmatch(s)
	if m == nil {
		// "同意 #C1 十": a score in Chinese numerals.
		if m := leadHan.FindStringSubmatch(s); m != nil {
			if n, ok := chineseNumber(m[1]); ok {
				return n, true, strings.TrimSpace(s[len(m[0]):])
			}
		}
		return 0, false, s
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, false, s
	}
	return n, true, strings.TrimSpace(s[len(m[0]):])
}

// pointsIn finds the amount in a 加分/扣分 text: a standalone number or one
// followed by 分 ("3月5日" is a date, "SG03" a code). The note is the text
// after the indicator words and the number.
func pointsIn(s string, ind village.Indicator) (pts int, ok bool, note string) {
	s = foldDigits(strings.TrimSpace(s))
	note = s
	if m := tokenNum.FindStringSubmatchIndex(s); m != nil {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		n, err := strconv.Atoi(s[m[g]:m[g+1]])
		if err == nil {
			pts, ok = n, true
			note = strings.TrimSpace(s[:m[0]] + " " + s[m[1]:])
		}
	} else if m := tokenHan.FindStringSubmatchIndex(s); m != nil {
		if n, isNum := chineseNumber(s[m[2]:m[3]]); isNum {
			pts, ok = n, true
			note = strings.TrimSpace(s[:m[0]] + " " + s[m[1]:])
		}
	}
	// The indicator's words usually come first ("焚烧秸秆 村口田里"): take
	// the longest that starts the text off it; words inside the sentence
	// stay ("因赌博被行政拘留").
	cut := 0
	for _, k := range append([]string{ind.Code, ind.Name}, ind.Keywords...) {
		if k != "" && len(k) > cut && strings.HasPrefix(strings.ToUpper(note), strings.ToUpper(k)) {
			cut = len(k)
		}
	}
	note = strings.TrimSpace(strings.Join(strings.Fields(strings.Trim(note[cut:], " ，,:：。")), " "))
	return pts, ok, note
}

// foldDigits turns full-width digits into ASCII ones.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}
