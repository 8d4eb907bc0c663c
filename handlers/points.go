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
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

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

// plainReview wraps f so that a plain claim word without a claim goes to
// free text.
func (p *pointsFlow) plainReview(f flow) flow {
	return func(ctx context.Context, t *turn, cmd command) error {
		if slices.Contains(words.PlainClaimWords, cmd.word) && p.claimRef(t, cmd.withBareRef('C')).N == 0 {
			t.command = command{}
			return p.r.freeText(ctx, t)
		}
		return f(ctx, t, cmd)
	}
}

// pointsFlows are the verbs of the points system. 驳回 and 查 stay with
// the reports unless the reference is a claim's (#C…) or, for 查, a
// notice's (#N…).
func (r *Router) pointsFlows() map[words.Verb]flow {
	p := &pointsFlow{r: r, cfg: r.cfg.Points, cat: r.cfg.Points.Indicators(), shop: r.cfg.Points.Shop(),
		rule: r.cfg.Points.AverageRule()}
	r.points = p
	// Verbs only claims take read "#3" as C3.
	bare := func(f flow) flow {
		return func(ctx context.Context, t *turn, cmd command) error { return f(ctx, t, cmd.withBareRef('C')) }
	}
	return map[words.Verb]flow{
		words.VClaim: p.claim, words.VApprove: p.plainReview(func(ctx context.Context, t *turn, cmd command) error {
			// 「同意 #1 #3」: every number a claim's, none a score
			return p.approve(ctx, t, cmd.withClaimNumbers())
		}), words.VAward: p.record, words.VDeduct: p.record,
		words.VObject: bare(p.object), words.VWithdraw: p.plainReview(bare(p.withdraw)), words.VUphold: bare(p.settle),
		words.VRevoke: func(ctx context.Context, t *turn, cmd command) error {
			// "撤销 #L6", or 撤销 quoting a 兑换 reply: the shopkeeper's 撤销兑换.
			if redemptionRef(t, cmd) {
				cmd.word = string(words.VUnredeem)
				return p.unredeem(ctx, t, cmd)
			}
			return bare(p.settle)(ctx, t, cmd)
		},
		words.VMyPoints: p.mine, words.VPoints: p.query, words.VRanking: p.ranking, words.VVillages: p.villages,
		words.VRedeem: p.redeem, words.VUnredeem: p.unredeem, words.VRestock: p.restock, words.VPointsHelp: p.help, words.VReviewTodo: p.reviewTodo,
		words.VReject: p.plainReview(func(ctx context.Context, t *turn, cmd command) error {
			if p.claimRef(t, cmd).N == 0 && words.ScoresOnly(t.who) {
				// he rejects no reports: "驳回 #3 …" and "驳回 3 …" are claims
				cmd = cmd.withClaimNumbers().withPlainRef('C')
			}
			if p.claimRef(t, cmd).N > 0 || words.ScoresOnly(t.who) {
				// a bare 驳回 of his names the claim he likely means
				return p.reject(ctx, t, cmd)
			}
			return r.lifecycle(ctx, t, cmd)
		}),
		words.VQuery: func(ctx context.Context, t *turn, cmd command) error {
			if id, ok := noticeRef(t, cmd); ok {
				return r.noticeStatus(ctx, t, id)
			}
			if p.claimRef(t, cmd).N > 0 {
				return p.status(ctx, t, cmd)
			}
			if ref := ledgerRef(t, cmd.args); ref != "" && len(cmd.refs) == 0 {
				// 查 #D3: the redemption the 兑换 reply numbered
				return p.saleStatus(ctx, t, ref)
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

// noHousehold answers a villager whose household the roster does not
// give: one it does not know at all (a WeChat name that is not on it) is
// told how to say who he is, and who confirms it; nothing is claimed for
// any household meanwhile. claim: the message was a claim (else a query).
func (p *pointsFlow) noHousehold(ctx context.Context, t *turn, claim bool) error {
	if !t.stranger {
		return p.r.reply(ctx, t, "points.nohousehold", nil)
	}
	var leaders []string
	if t.where.Kind == words.InGrid {
		leaders = words.Names(p.r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader))
	}
	return p.r.reply(ctx, t, "points.stranger", map[string]any{"Private": t.where.Kind == words.InPrivate, "Leaders": leaders, "Claim": claim})
}

// retry runs a read–change–commit step again when the commit found a
// document changed since it was read; ref or what name it (Router.busy).
func (p *pointsFlow) retry(ctx context.Context, t *turn, ref, what string, step func() error) error {
	for attempt := 0; ; attempt++ {
		t.out = nil // a conflicted attempt's replies were not sent
		err := step()
		if !errors.Is(err, storage.ErrConflict) || t.copies.any() {
			// a turn decided on copies: its commits carry their reads,
			// refused again here; Router.Handle handles it again on
			// reads of Redis
			return err
		}
		if attempt == 2 {
			return p.r.busy(ctx, t, ref, what)
		}
	}
}

// accountOf reads a household's account for a change that posts to it,
// and the read the change's commit carries (commitClaim). A household
// without an account yet gets an empty one (Doc 0), which that commit
// creates: the read makes it fail, to be read and tried again, if another
// change created it meanwhile, so that it is created once.
func (p *pointsFlow) accountOf(ctx context.Context, sc storage.Scope, v, household string) (village.Account, storage.IndexRead, error) {
	raws, read, err := p.r.store.Followed(ctx, sc, storage.AccountKind, storage.AccountIndex(household))
	if err != nil {
		return village.Account{}, read, err
	}
	a, err := storage.AccountOrNew(raws, v, household)
	return a, read, err
}

// approvedOf reads the approved claims of acct's household, for a change
// that posts to acct read as accountOf read it (read): and the read the
// change's commit carries instead, so that the claims are as read when it
// commits. A household without an account has none (every approval posts
// to it); read, which guards the account's creation, guards that too.
func (p *pointsFlow) approvedOf(ctx context.Context, sc storage.Scope, acct village.Account, read storage.IndexRead) ([]village.Claim, storage.IndexRead, error) {
	if acct.Doc == 0 {
		return nil, read, nil
	}
	raws, read, err := p.r.store.Followed(ctx, sc, storage.ClaimKind, storage.ApprovedOf(acct.Household))
	if err != nil {
		return nil, read, err
	}
	approved, err := storage.ClaimsIn(raws)
	return approved, read, err
}

// peek reads a household's account without creating it.
func (p *pointsFlow) peek(ctx context.Context, sc storage.Scope, v, household string) (village.Account, error) {
	raws, err := p.r.store.Docs(ctx, sc, storage.AccountKind, storage.AccountIndex(household))
	if err != nil {
		return village.Account{}, err
	}
	return storage.AccountOrNew(raws, v, household)
}

// peekFor is peek for a reply of t committed in sc (a balance told): the
// account as this process follows it (accountOf: no round trip once it
// does), the reply's commit guarded by the read (turn.copies), so that an
// account another process changed meanwhile refuses it, to be answered
// again on the account as stored (Router.Handle). A reply committed in
// another scope, which no commit of sc guards, is decided on a read of
// Redis.
func (p *pointsFlow) peekFor(ctx context.Context, t *turn, sc storage.Scope, v, household string) (village.Account, error) {
	if p.r.scope(t) != sc {
		return p.peek(ctx, sc, v, household)
	}
	a, read, err := p.accountOf(ctx, sc, v, household)
	t.copies.add(sc, read)
	return a, err
}

// pendingRead is how peekPending reads a household's claims.
type pendingRead int

const (
	// pendingCopies: from this process's copies when it follows them
	// (Store.FollowedOf)
	pendingCopies pendingRead = iota
	// pendingFresh: from Redis, whatever this process follows
	pendingFresh
	// pendingNew: as pendingCopies, and a household this process assumes
	// has no claim as having none (Store.FollowedNew, rt75): for a new
	// claim, whose commit carries the reads
	pendingNew
)

// householdClaims is what a new claim of a household is decided on,
// read together by peekPending.
type householdClaims struct {
	acct village.Account // the household's account (new when it has none)
	// pending are the household's claims waiting for review; approved,
	// its approved claims.
	pending, approved []village.Claim
	// all are every claim of the household, whatever their status.
	all []village.Claim
	// reads are what a claim decided on them carries (storage.Change.Reads).
	reads []storage.IndexRead
}

// peekPending is peek, and the household's claims waiting for review and
// its approved claims: followed indexes (Store.FollowedOf), served from
// this process's copies when it follows them (a household it has seen
// claim, or been reviewed), else read together in one round trip; the
// claim's review then reads nothing more. Its reads are what a new claim
// decided on them carries (storage.Change.Reads): the household's account,
// its approved claims and its claims (storage.ClaimsOf), so that a claim
// of the household filed or decided meanwhile by another process refuses
// the commit, to be decided again on a read of Redis. how says how it
// reads (pendingCopies, pendingFresh, pendingNew).
func (p *pointsFlow) peekPending(ctx context.Context, sc storage.Scope, v, household string, how pendingRead) (householdClaims, error) {
	var want [words.PendingReads]storage.DocsRead
	want[words.ReadAccount] = storage.DocsRead{Kind: storage.AccountKind, Index: storage.AccountIndex(household)}
	want[words.ReadApproved] = storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ApprovedOf(household)}
	want[words.ReadClaimsOf] = storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ClaimsOf(household)}
	var raws [][]storage.RawDoc
	var reads []storage.IndexRead
	var err error
	switch how {
	case pendingFresh:
		raws, reads, err = p.r.store.DocsOfRead(ctx, sc, want[:]...)
	case pendingNew:
		raws, reads, err = p.r.store.FollowedNew(ctx, sc, household, want[:]...)
	default:
		raws, reads, err = p.r.store.FollowedOf(ctx, sc, want[:]...)
	}
	if err != nil {
		return householdClaims{}, err
	}
	h := householdClaims{reads: reads}
	if h.acct, err = storage.AccountOrNew(raws[words.ReadAccount], v, household); err != nil {
		return householdClaims{}, err
	}
	all, err := storage.ClaimsIn(raws[words.ReadClaimsOf])
	if err != nil {
		return householdClaims{}, err
	}
	h.all = all
	h.pending = slices.DeleteFunc(slices.Clone(all), func(c village.Claim) bool { return c.Status != village.ClaimPending })
	if h.approved, err = storage.ClaimsIn(raws[words.ReadApproved]); err != nil {
		return householdClaims{}, err
	}
	return h, nil
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
// redemption (#D3, or the ledger's #L6) and no claim, or quotes a 兑换 reply.
func redemptionRef(t *turn, cmd command) bool {
	if slices.ContainsFunc(cmd.refs, func(r village.Ref) bool { return r.Kind == 'C' }) {
		return false
	}
	if words.LedgerRefRe.MatchString(cmd.args) {
		return true
	}
	q := quoteText(t)
	return len(cmd.refs) == 0 && (strings.Contains(q, "已兑换 #D") || strings.Contains(q, "已兑换 #L")) && !strings.Contains(q, "#C")
}

// findClaim loads a claim: from the turn's village, or in the township
// chats from whichever village has it (a village name in the text decides).
func (p *pointsFlow) findClaim(ctx context.Context, t *turn, id string) (village.Claim, storage.Scope, error) {
	ps := p.r.store
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "C"))
	if c, ok := t.several.claim(id); ok {
		return c, storage.VillageScope(c.Village), nil
	}
	load := func(v string) (village.Claim, error) {
		d, err := ps.Doc(ctx, storage.VillageScope(v), storage.ClaimKind, n)
		if err != nil {
			return village.Claim{}, err
		}
		return storage.DecodeClaim(d)
	}
	return findIn(p.r, t, id, load)
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
	if ref.N == 0 && cmd.all && cmd.verb == words.VApprove {
		// 「都同意」: what waits listed, one 「是」 away
		return p.approveAll(ctx, t, cmd)
	}
	if ref.N == 0 && cmd.verb == words.VObject {
		// "异议 我没烧": which item, asked, never guessed
		return p.objectUnnamed(ctx, t, cmd)
	}
	if ref.N == 0 {
		// "同意！" in a group discussion is not for the bot: only someone
		// addressing it, quoting it or holding a scoring role is told how
		// to write the command.
		// A bare 「撤回」 in private is said to the bot: he hears what
		// there is to take back, if nothing.
		// A # with no number, or one written wrong (「撤回 #Rabc」), is
		// written to the bot too (found by FuzzWrongRef).
		bare := cmd.verb == words.VWithdraw && t.where.Kind == words.InPrivate || words.WrongRef.MatchString(t.text) || words.NoNumber.MatchString(t.text)
		if !t.addr && t.quote == nil && !bare && !t.who.Has(village.RoleScorer) && !t.who.Has(village.RoleOfficer) {
			return nil
		}
		if words.Reviewing[cmd.verb] && t.where.Village != "" {
			// a villager's "@网格小助手 同意": whose word it is, not how to write it
			if ok, data := p.mayScore(t.who, t.where.Village, t.where.Grid, "", cmd.word); !ok {
				return p.r.reply(ctx, t, "points.refuse", data)
			}
		}
		scorer := t.who.Has(village.RoleScorer) || t.who.Has(village.RoleOfficer)
		// the list (cutList's), and the first it leaves out
		cands, hidden, total, err := p.candidatesUpTo(ctx, t, cmd, words.MaxPicks+1)
		if err != nil {
			return err
		}
		var unfiled []words.UnfiledClaim
		if (cmd.verb == words.VApprove || cmd.verb == words.VReject) && scorer {
			// 「同意」 while 张三's claim waits for his 「1」: not his to
			// decide yet, and he is told so
			unfiled = p.claimsUnfiled(t)
		}
		switch {
		case len(cands) == 0 && hidden == 0 && len(unfiled) > 0:
			return p.r.reply(ctx, t, "points.noref.unfiled", map[string]any{"Verb": cmd.word, "Unfiled": unfiled})
		case cmd.verb == words.VApprove && len(cands) > 0 && scorer:
			// one tap: his number approves that one, as typed
			return p.approvePick(ctx, t, cmd, cands, total, hidden, unfiled)
		}
		if cmd.verb == words.VWithdraw && len(cands) == 0 && hidden == 0 {
			// nothing of his to take back: what 撤回 takes back
			return p.r.reply(ctx, t, "points.withdraw.nothing", map[string]any{"Verb": cmd.word, "Cadre": t.who.Has(village.RoleLeader) || t.who.Has(village.RoleWorker)})
		}
		data := norefData(cmd, cands, total)
		data["Hidden"], data["List"], data["Unfiled"] = hidden, "待审", unfiled
		if cmd.verb == words.VWithdraw {
			data["List"] = cmd.word
		}
		return p.r.reply(ctx, t, "points.noref", data)
	}
	if refs := claimTargets(cmd); len(refs) > 1 && (cmd.verb == words.VApprove || cmd.verb == words.VReject) && t.several == nil {
		// 「同意 #C1 #C2 #C3」, 「#C1同意，#C2给8分」, 「驳回 #C3 #C4
		// 重复」: each decided as one message of its own would be, in
		// one commit
		return p.decideMany(ctx, t, cmd)
	}
	if refs := claimTargets(cmd); len(refs) > 1 && (words.OneByOne[cmd.verb] || words.Reasoned[cmd.verb]) {
		return p.r.reply(ctx, t, "points.onebyone", map[string]any{"Verb": cmd.word, "Refs": refs, "Reason": words.Reasoned[cmd.verb]})
	}
	id := ref.String()
	return p.retry(ctx, t, id, "", func() error {
		c, sc, err := p.findClaim(ctx, t, id)
		switch {
		case errors.Is(err, storage.ErrNotFound):
			return p.r.noSuchRef(ctx, t, cmd, 'C', id)
		case errors.Is(err, errAmbiguous):
			return p.r.ambiguous(ctx, t, cmd.word, id, err)
		case err != nil:
			return err
		}
		t.scope = sc
		return act(c, sc)
	})
}

// claimTargets are the claims a command acts on: for a reasoned verb the
// references it names but those inside its reason, else all it names.
func claimTargets(cmd command) []string {
	refs := words.ClaimRefs(cmd.refs)
	if !words.Reasoned[cmd.verb] {
		return refs
	}
	inNote := words.ClaimRefs(village.FindRefs(words.ClaimNote(cmd.args)))
	return slices.DeleteFunc(refs, func(id string) bool { return slices.Contains(inNote, id) })
}

// candidates lists the claims of the sender's village that cmd could mean
// and the sender may decide on (one round trip, none on a copy: claimsListed): those made in the group
// it was said in first, the one he most likely means (the nearest
// earlier), then the others, each newest first. Said in a group, a claim
// sent privately and not yet published is not listed, only counted
// (hidden): the group hears of it at its 公示, not before.
func (p *pointsFlow) candidates(ctx context.Context, t *turn, cmd command) (out []words.ClaimCandidate, hidden int, err error) {
	out, hidden, _, err = p.candidatesUpTo(ctx, t, cmd, words.MaxCandidates)
	return out, hidden, err
}

// claimsListed are the claims index of scope sc lists: from this
// process's copy when it follows the index and the turn's reply commits
// in sc (claimsCopied: the reply is guarded by the read), else read.
func (p *pointsFlow) claimsListed(ctx context.Context, t *turn, sc storage.Scope, index string) ([]village.Claim, error) {
	if !p.copiable(t, sc, index) {
		return storage.Claims(ctx, p.r.store, sc, index)
	}
	lists, err := p.claimsCopied(ctx, t, sc, index)
	if err != nil {
		return nil, err
	}
	return lists[0], nil
}

// candidatesUpTo is candidates listing up to most; total is how many it
// could list (the hidden not among them).
func (p *pointsFlow) candidatesUpTo(ctx context.Context, t *turn, cmd command, most int) (out []words.ClaimCandidate, hidden, total int, err error) {
	status, ok := words.CandidateStatus[cmd.verb]
	v := cmp.Or(t.where.Village, t.who.Village)
	if !ok || v == "" {
		return nil, 0, 0, nil
	}
	cs, err := p.claimsListed(ctx, t, storage.VillageScope(v), storage.ClaimIndex(status))
	if err != nil {
		return nil, 0, 0, err
	}
	fits := func(c village.Claim) bool {
		if cmd.verb == words.VWithdraw {
			return words.OwnClaim(t.who, c) // his own, not reviewed yet
		}
		may, _ := p.mayScore(t.who, c.Village, c.Grid, c.Household, cmd.word)
		return may
	}
	unsaid := func(c village.Claim) bool {
		return t.where.Kind != words.InPrivate && c.PublishedAt.IsZero() && p.privateClaim(c)
	}
	here := func(c village.Claim) bool { return t.where.Kind == words.InGrid && c.Chat == t.m.Chat }
	for _, c := range cs {
		if fits(c) && unsaid(c) {
			hidden++
		}
		if fits(c) && (here(c) || !unsaid(c)) {
			total++
		}
	}
	picked := words.Newest(cs, most, func(c village.Claim) bool { return here(c) && fits(c) })
	picked = append(picked, words.Newest(cs, most-len(picked), func(c village.Claim) bool { return !here(c) && !unsaid(c) && fits(c) })...)
	for _, c := range picked {
		cand := words.ClaimCandidate{ID: c.ID, Label: p.label(c.Village, c.Household), Person: c.Person, Name: c.Name, Withheld: p.withheld(t, c), Here: here(c),
			Points: c.Points}
		if c.LacksEvidence() {
			cand.Lacks = c.Needs.Label()
		}
		if ind, ok := p.cat.ByCode(c.Indicator); ok && cmd.verb == words.VApprove && c.Points == 0 && !cand.Withheld {
			cand.Amount = ind.Amount()
		}
		out = append(out, cand)
	}
	return out, hidden, total, nil
}

// norefData is what points.noref says of cmd said without a claim's
// number: the candidates (of total: cutList's rule, Rest), and the line
// deciding the first, the one most likely meant, with what it lacks (the
// score the sender wrote, else 「分数」 for an item not fixed; for 驳回
// and 撤销 the reason he wrote, else 「理由」).
func norefData(cmd command, cands []words.ClaimCandidate, total int) map[string]any {
	data := map[string]any{"Verb": cmd.word, "Cands": cands}
	if len(cands) == 0 {
		return data
	}
	tail := ""
	switch {
	case cmd.verb == words.VApprove:
		if pts, ok, _ := words.LeadingPoints(words.ClaimNote(cmd.args)); ok {
			tail = " " + strconv.Itoa(pts)
		} else if cands[0].Amount != "" {
			tail = " 分数"
		}
	case cmd.verb == words.VRevoke || cmd.verb == words.VReject:
		tail = " " + cmp.Or(strings.TrimSpace(words.ClaimNote(cmd.args)), "理由")
	}
	data["Likely"], data["Tail"] = cands[0], tail
	data["Cands"], data["Rest"] = claimsListed(cands, total, func(c words.ClaimCandidate) string { return cmd.word + " #" + c.ID + tail })
	return data
}

// claimsListed is cutList of a list of claims (the unit 项): those
// listed of cands (of total), and what it leaves out, line(claim) its
// line as typed.
func claimsListed(cands []words.ClaimCandidate, total int, line func(words.ClaimCandidate) string) ([]words.ClaimCandidate, *pickRest) {
	listed, rest := cutList(cands, total, func(i int) string { return line(cands[i]) })
	if rest != nil {
		rest.Unit = "项"
	}
	return listed, rest
}

// scorers are who may review a claim of household hh in grid g: the
// village's scoring group minus that household's members; township
// officers when nobody else is left.
func (p *pointsFlow) scorers(v, g, hh string) []string { return words.Names(p.reviewers(v, g, hh)) }

// reviewers are the people scorers names.
func (p *pointsFlow) reviewers(v, g, hh string) []village.Person {
	return village.Reviewers(p.r.people.InGrid, v, g, hh)
}

// reviewersFrom splits the reviewers of claim c into those in the group
// the turn was said in, who may be @mentioned there, and those told
// privately: all of them when it was said in private, or in another
// group than the claim's, or in quiet hours (an @ would wake them; the
// private message waits for the morning); else a scorer of another grid,
// and a township officer reviewing for want of a scorer (who is rarely in
// a grid's group, whatever the roster says).
func (p *pointsFlow) reviewersFrom(t *turn, c *village.Claim) (here []string, away []village.Person) {
	elsewhere := t.where.Kind != words.InGrid || (c.Chat != "" && c.Chat != t.m.Chat) || p.r.wake(t) != ""
	for _, s := range p.reviewers(c.Village, c.Grid, c.Household) {
		if !elsewhere && s.InGroupOf(t.where.Village, t.where.Grid) && s.Covers(village.RoleScorer, c.Village, c.Grid) {
			here = append(here, s.Name)
		} else {
			away = append(away, s)
		}
	}
	return here, away
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

// withheld reports whether a reply about c said in the group withholds
// what the 公示 withholds: a veto item and its member
// (config.Publicity.NamesVeto).
func (p *pointsFlow) withheld(t *turn, c village.Claim) bool {
	return p.vetoWithheld(c) && t.where.Kind != words.InPrivate
}

// vetoWithheld reports whether c is a veto item the groups hear of only
// as the 公示 tells it: the household and 否决项.
func (p *pointsFlow) vetoWithheld(c village.Claim) bool {
	return c.Kind == village.KindVeto && !p.cfg.Publicity.NamesVeto()
}

// outForItem is outFor of block rendered with data and Withheld, which
// says whether the text withholds a veto item as the 公示 does: back to
// the sender as where he said it, to the claim's group always. data is
// left as it was.
func (p *pointsFlow) outForItem(t *turn, c *village.Claim, block string, data map[string]any) []bot.Outbound {
	render := func(withheld bool) string {
		d := maps.Clone(data)
		d["Withheld"] = withheld
		return p.r.texts.Render(block, d)
	}
	out := p.outFor(t, c, render(p.withheld(t, *c)))
	if len(out) > 1 && p.vetoWithheld(*c) && t.where.Kind == words.InPrivate {
		out[1].Text = render(true)
	}
	return out
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

// outForClaimant is outFor for a decision on a claim: one sent privately
// (no group heard it) is decided privately too, so its claimant hears the
// outcome privately, as his acknowledgement promised: told, the text
// without what only the scorers act on.
// A group hears it as told, too: what only the scorers act on (that it
// was approved without its witness, a twin) goes to the scorer who
// decided, privately.
func (p *pointsFlow) outForClaimant(t *turn, c *village.Claim, text, told string) []bot.Outbound {
	if c.Chat != "" {
		if t.where.Kind != words.InGrid {
			out := []bot.Outbound{p.r.back(t, text)}
			if t.m.Chat != c.Chat {
				out = append(out, bot.Outbound{To: c.Chat, Kind: bot.Group, Priority: bot.Normal, Text: told})
			}
			return out
		}
		out := p.outFor(t, c, told)
		if told != text {
			out = append(out, p.r.toSender(t, text))
		}
		return out
	}
	out := p.outFor(t, c, text)
	if t.where.Kind != words.InPrivate && told != text {
		// decided in a group: it hears what the claimant hears, the
		// scorer the rest privately
		out = []bot.Outbound{p.r.back(t, told), p.r.toSender(t, text)}
	}
	if who, err := p.r.people.Lookup(c.Village, c.Claimant); err == nil && who.UsesWeChat && who.Key() != t.who.Key() {
		out = append(out, bot.Outbound{To: p.r.shown(who), Kind: bot.Private, Priority: bot.Normal, Text: told})
	}
	return out
}

// commitClaim stores a claim's change with its ledger entry, (when
// points move) the household account and any extra documents, all at the
// versions read, guarded by read (accountOf, approvedOf; zero for none)
// and reads.
func (p *pointsFlow) commitClaim(ctx context.Context, t *turn, sc storage.Scope, c village.Claim, from village.ClaimStatus,
	acct *village.Account, read storage.IndexRead, out []bot.Outbound, extra ...storage.Doc) error {
	return p.commitClaimOn(ctx, t, sc, c, from, acct, read, nil, out, extra...)
}

// commitClaimOn is commitClaim guarded by further reads.
func (p *pointsFlow) commitClaimOn(ctx context.Context, t *turn, sc storage.Scope, c village.Claim, from village.ClaimStatus,
	acct *village.Account, read storage.IndexRead, reads []storage.IndexRead, out []bot.Outbound, extra ...storage.Doc) error {
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
	change := storage.Change{
		Scope: sc, MsgID: t.m.ID, Docs: docs, Incr: incr,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "points." + string(c.History[len(c.History)-1].Action),
			Note: fmt.Sprintf("%s %s %s %+d %s", c.Household, c.Person, c.Indicator, c.Points, e.Note)},
		Out: out, Keep: append(t.keep, t.evKeep...), Unchanged: t.unchanged, Read: read, Reads: reads,
		Withdraw: t.withdraw,
	}
	t.withdraw = nil // this step's: a next one of several has its own
	if t.several != nil && t.batch != nil {
		// one step of several: the next sees the account as posted
		t.several.decided(acct, c)
		return p.r.commitTurn(ctx, t, change, nil)
	}
	if t.batch != nil && t.batch.filings {
		// one of several matters one answer files (fileTogether): made
		// with the others, in one commit and one reply (rep78)
		return p.r.commitTurn(ctx, t, change, nil)
	}
	_, err = p.r.commit(ctx, t, change)
	return err
}
