package handlers

// A scorer's one message deciding several claims (「同意 #C1 #C2 #C3」,
// 「#C1同意，#C2给8分」, 「同意 #C1 #C2 8分，驳回 #C3 没有证明人」): each
// claim is decided as a message of its own would decide it (its
// household, cap, evidence and state checked by approve or reject), the
// decisions committed together, one round trip, with one reply.

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// claimBatch is what the steps of one message on several claims share:
// the claims read ahead, and the households' accounts as the steps before
// posted them (with the read each was decided on), so that two items of
// one household are capped and posted together.
type claimBatch struct {
	byID  map[string]village.Claim
	accts map[string]village.Account
	reads map[string]storage.IndexRead
	// approved are each household's approved claims as read ahead, and
	// the read (approvedOf).
	approved map[string]approvedRead
	// now are the claims the steps before approved, by household: the
	// twin reminder sees one approved a step earlier.
	now map[string][]village.Claim
	// ranks are the archived rankings (by year) as the steps before
	// left them (lateArchive), and their reads.
	ranks     map[string]storage.YearRanking
	rankReads map[string]storage.IndexRead
}

type approvedRead struct {
	raws []storage.RawDoc
	read storage.IndexRead
}

func newClaimBatch() *claimBatch {
	return &claimBatch{byID: map[string]village.Claim{}, accts: map[string]village.Account{}, reads: map[string]storage.IndexRead{},
		approved: map[string]approvedRead{}, now: map[string][]village.Claim{},
		ranks: map[string]storage.YearRanking{}, rankReads: map[string]storage.IndexRead{}}
}

// claim is claim id as read ahead; ok is false when it was not (nil b).
func (b *claimBatch) claim(id string) (village.Claim, bool) {
	if b == nil {
		return village.Claim{}, false
	}
	c, ok := b.byID[id]
	return c, ok
}

// decided keeps acct as the step deciding c posted it, and c when
// approved, for the next step.
func (b *claimBatch) decided(acct *village.Account, c village.Claim) {
	if acct != nil {
		b.accts[acct.Household] = *acct
	}
	if c.Status == village.ClaimApproved {
		b.now[c.Household] = append(b.now[c.Household], c)
	}
}

// accountFor is accountOf, or, in a message deciding several claims, the
// household's account as the steps before left it.
func (p *pointsFlow) accountFor(ctx context.Context, t *turn, sc storage.Scope, v, household string) (village.Account, storage.IndexRead, error) {
	if t.several == nil {
		return p.accountOf(ctx, sc, v, household)
	}
	if a, ok := t.several.accts[household]; ok {
		return a, t.several.reads[household], nil
	}
	a, read, err := p.accountOf(ctx, sc, v, household)
	if err == nil {
		t.several.reads[household] = read
	}
	return a, read, err
}

// approvedFor is approvedOf, or, in a message deciding several claims,
// the household's approved claims as read ahead.
func (p *pointsFlow) approvedFor(ctx context.Context, t *turn, sc storage.Scope, acct village.Account, read storage.IndexRead) ([]village.Claim, storage.IndexRead, error) {
	if t.several == nil {
		return p.approvedOf(ctx, sc, acct, read)
	}
	ar, ok := t.several.approved[acct.Household]
	if !ok || acct.Doc == 0 {
		// none read ahead (or no account yet): the steps before's only
		approved, read, err := p.approvedOf(ctx, sc, acct, read)
		return append(approved, t.several.now[acct.Household]...), read, err
	}
	approved, err := storage.ClaimsIn(ar.raws)
	return append(approved, t.several.now[acct.Household]...), ar.read, err
}

// claimStep is one claim of a message deciding several: its verb (同意
// or 驳回, as typed) and what follows it, its score or reason.
type claimStep struct {
	ref  village.Ref
	verb words.Verb
	word string
	text string
	run  int // the decision word it falls under, counted
}

// args are the step's arguments as a message of its own would give them.
func (s claimStep) args() string { return strings.TrimSpace("#" + s.ref.String() + " " + s.text) }

// claimSteps reads text, a message deciding several claims, into one step
// per claim (each once, in order), dflt the decision of claims written
// before any. A decision is written before its numbers (「同意 #C1 #C2，驳回
// #C3 理由」), or, when the message starts with a number, right after each
// (「#C1同意，#C2给8分」); it holds for the numbers after it until the next.
// What follows a number up to the next number or decision is its score
// or reason; numbers rejected together share the reason after the last
// (「驳回 #C3 #C4 重复」). A number inside a reason (「驳回 #C3 重复，已在C1
// 记过」) is the reason's.
func claimSteps(text string, dflt words.Verb, dfltWord string) []claimStep {
	type tok struct {
		start, end int
		ref        village.Ref
		word       string // a decision; "" for a number
	}
	var toks []tok
	for _, m := range words.ClaimAt.FindAllStringSubmatchIndex(text, -1) {
		c := strings.IndexAny(text[m[0]:m[1]], "Cc") + m[0]
		if r, _ := utf8.DecodeLastRuneInString(text[:c]); c > 0 && r < utf8.RuneSelf && unicode.IsLetter(r) {
			continue // "ABC1": no claim's number
		}
		if r, _ := utf8.DecodeRuneInString(text[m[1]:]); r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		refs := village.FindRefs("#C" + text[m[2]:m[3]])
		if len(refs) != 1 {
			continue
		}
		toks = append(toks, tok{start: m[0], end: m[1], ref: refs[0]})
	}
	for _, m := range words.ReviewWord.FindAllStringIndex(text, -1) {
		toks = append(toks, tok{start: m[0], end: m[1], word: text[m[0]:m[1]]})
	}
	slices.SortFunc(toks, func(a, b tok) int { return a.start - b.start })
	firstRef := slices.IndexFunc(toks, func(x tok) bool { return x.word == "" })
	if firstRef < 0 {
		return nil
	}
	// after a number (「#C1同意」) only when the message starts with one
	after := !slices.ContainsFunc(toks[:firstRef], func(x tok) bool { return x.word != "" })
	// role: for each decision, whether it is one (before the number next,
	// or right after the number before), else words of a reason
	isBefore := func(i int) bool {
		return i+1 < len(toks) && toks[i+1].word == "" && words.Tight(text[toks[i].end:toks[i+1].start])
	}
	isAfter := func(i int) bool {
		return after && i > 0 && toks[i-1].word == "" && words.Tight(text[toks[i-1].end:toks[i].start])
	}
	var steps []claimStep
	cur, curWord, run := dflt, dfltWord, 0
	seen := map[string]bool{}
	for i := 0; i < len(toks); i++ {
		x := toks[i]
		if x.word != "" {
			if isBefore(i) || isAfter(i) {
				cur, curWord, run = words.ReviewVerb(x.word), x.word, run+1
			}
			continue
		}
		start := x.end
		if i+1 < len(toks) && toks[i+1].word != "" && isAfter(i+1) {
			i++
			cur, curWord, start, run = words.ReviewVerb(toks[i].word), toks[i].word, toks[i].end, run+1
		}
		// the step's words: up to the next number or decision, a number
		// after a reason's words being the reason's
		end := len(text)
		j := i + 1
		for ; j < len(toks); j++ {
			y := toks[j]
			if y.word != "" && (isBefore(j) || isAfter(j)) {
				break
			}
			if y.word == "" && (cur != words.VReject || words.Tight(text[start:y.start])) {
				break
			}
		}
		if j < len(toks) {
			end = toks[j].start
		}
		i = j - 1
		id := x.ref.String()
		if seen[id] {
			continue
		}
		seen[id] = true
		steps = append(steps, claimStep{ref: x.ref, verb: cur, word: curWord, text: strings.Trim(text[start:end], words.StepSeps), run: run})
	}
	// 「驳回 #C3 #C4 重复」: one reason for the numbers before it; a
	// score only when said to be each one's (「同意 #C1 #C2 都给8分」,
	// 「每项8分」, 「各8分」): a bare 「8分」 is the last number's
	for i := len(steps) - 2; i >= 0; i-- {
		s, next := &steps[i], &steps[i+1]
		if s.verb != next.verb || next.run != s.run || s.text != "" {
			continue
		}
		if s.verb == words.VReject || words.EachScore.MatchString(next.text) {
			s.text = next.text
		}
	}
	for i := range steps {
		if m := words.EachScore.FindStringSubmatchIndex(steps[i].text); m != nil && steps[i].verb == words.VApprove {
			steps[i].text = steps[i].text[m[2]:]
		}
	}
	return steps
}

// decideMany decides each claim a message names (claimSteps), in one
// commit, deciding again when another process changed one of them
// meanwhile.
func (p *pointsFlow) decideMany(ctx context.Context, t *turn, cmd command) error {
	text := cmd.word + " " + cmd.args // as run for a 「是」, not the 「是」
	if cmd.reordered {
		text = t.text // 「#C1同意，#C2给8分」: args lost where 同意 stood
	}
	steps := claimSteps(text, cmd.verb, cmd.word)
	if len(steps) < 2 {
		// the numbers were not read apart: each is asked for on its own
		return p.r.reply(ctx, t, "points.onebyone", map[string]any{"Verb": cmd.word, "Refs": claimTargets(cmd), "Reason": words.Reasoned[cmd.verb]})
	}
	return p.retry(ctx, t, "", "这几项积分申请", func() error { return p.decideSteps(ctx, t, steps) })
}

// decideSteps reads the claims of steps and their households' accounts
// ahead (the claims, then every household's account and approved claims
// together: at most two round trips, none for what this process holds), decides each as approve or reject would, committing
// nothing, and commits the decisions as one change with one reply.
func (p *pointsFlow) decideSteps(ctx context.Context, t *turn, steps []claimStep) error {
	cb := newClaimBatch()
	if v := t.where.Village; v != "" {
		sc := storage.VillageScope(v)
		ids := make([]int, len(steps))
		for i, s := range steps {
			ids[i] = s.ref.N
		}
		raws, err := p.r.store.DocsByNumber(ctx, sc, storage.ClaimKind, ids)
		if err != nil {
			return err
		}
		for _, d := range raws {
			c, err := storage.DecodeClaim(d)
			if err != nil {
				return err
			}
			cb.byID[c.ID] = c
		}
		var want []storage.DocsRead
		var hhs []string
		for _, s := range steps {
			if c, ok := cb.byID[s.ref.String()]; ok && !slices.Contains(hhs, c.Household) {
				hhs = append(hhs, c.Household)
				want = append(want, storage.DocsRead{Kind: storage.AccountKind, Index: storage.AccountIndex(c.Household)},
					storage.DocsRead{Kind: storage.ClaimKind, Index: storage.ApprovedOf(c.Household)})
			}
		}
		if len(want) > 0 {
			raws, reads, err := p.r.store.FollowedOf(ctx, sc, want...)
			if err != nil {
				return err
			}
			for k, hh := range hhs {
				a, err := storage.AccountOrNew(raws[2*k], v, hh)
				if err != nil {
					return err
				}
				cb.accts[hh], cb.reads[hh] = a, reads[2*k]
				cb.approved[hh] = approvedRead{raws: raws[2*k+1], read: reads[2*k+1]}
			}
		}
	}
	b := &batch{}
	at := make([]int, len(steps)+1) // the items of step i are b.items[at[i]:at[i+1]]
	for i, s := range steps {
		at[i] = len(b.items)
		one := *t
		one.out, one.scope, one.batch, one.several = nil, "", b, cb
		if err := p.decideStep(ctx, &one, s); err != nil {
			return err // a read failed: nothing committed
		}
	}
	at[len(steps)] = len(b.items)
	c, ok := p.joinedClaims(t, cb, steps, b.items, at)
	if !ok {
		return p.stepsOnTheirOwn(ctx, t, steps)
	}
	c.Out = p.r.withBesides(t, c.Out)
	t.out = c.Out
	_, err := p.r.commit(ctx, t, c)
	if err == nil {
		t.besides = ""
	}
	return err
}

// stepsOnTheirOwn decides each step as a message of its own, each
// deduplicated on its own (a retried message decides none twice): for
// claims of several villages (the township's chats), which no one commit
// may write.
func (p *pointsFlow) stepsOnTheirOwn(ctx context.Context, t *turn, steps []claimStep) error {
	for i, s := range steps {
		one := *t
		one.out, one.scope, one.batch, one.several = nil, "", nil, nil
		if i > 0 {
			one.besides = ""
		}
		if t.m.ID != "" {
			one.m.ID = fmt.Sprintf("%s#%d", t.m.ID, i+1)
		}
		if err := p.decideStep(ctx, &one, s); err != nil {
			return err
		}
	}
	return nil
}

// decideStep decides s as 「同意 #C1 8」 or 「驳回 #C1 理由」 said alone.
func (p *pointsFlow) decideStep(ctx context.Context, t *turn, s claimStep) error {
	cmd := command{verb: s.verb, word: s.word, args: s.args(), refs: []village.Ref{s.ref}}
	if s.verb == words.VReject {
		return p.reject(ctx, t, cmd)
	}
	return p.approve(ctx, t, cmd)
}

// stepOutcome is what a step's items did to its claim: "approved",
// "rejected", else "" (refused, nothing changed).
func stepOutcome(items []batchItem) village.ClaimStatus {
	for _, it := range items {
		for _, d := range it.c.Docs {
			if c, ok := d.Body.(village.Claim); ok && d.Kind == storage.ClaimKind {
				return c.Status
			}
		}
	}
	return ""
}

// joinedClaims is the one change of the steps' items (at: where each
// step's begin): their claims, ledger entries, counters and audit entries
// (one per decision, under its claim); a household's account written once,
// as the last step posting to it left it; every read any was decided on;
// the messages to one chat or person joined (joinClaimOut). ok is false
// when they cannot be one change (several scopes, kept values that differ).
func (p *pointsFlow) joinedClaims(t *turn, cb *claimBatch, steps []claimStep, items []batchItem, at []int) (storage.Change, bool) {
	if len(items) == 0 {
		return storage.Change{}, false
	}
	c := storage.Change{Scope: items[0].c.Scope, MsgID: t.m.ID}
	// a household's account: its last write, which holds every post
	lastAcct := map[string]int{}
	written := map[int]bool{}
	// a year's archive (lateArchive): its last write, which holds every
	// step's claim
	lastRank := map[string]int{}
	for i, it := range items {
		for _, d := range it.c.Docs {
			if a, ok := d.Body.(village.Account); ok && d.Kind == storage.AccountKind {
				lastAcct[a.Household] = i
				written[d.ID] = d.ID != 0
			}
			if y, ok := d.Body.(storage.YearRanking); ok && d.Kind == storage.RankKind {
				lastRank[y.Year] = i
			}
		}
	}
	for i, it := range items {
		x := it.c
		if x.Scope != c.Scope || x.Create || x.Ack != nil || x.Then != nil || x.Report != nil {
			return storage.Change{}, false
		}
		if x.Unchanged != nil {
			if c.Unchanged != nil && (c.Unchanged.Key != x.Unchanged.Key || !bytes.Equal(c.Unchanged.Value, x.Unchanged.Value)) {
				return storage.Change{}, false
			}
			c.Unchanged = x.Unchanged
		}
		if len(x.Keep) > len(c.Keep) {
			c.Keep = x.Keep // every step's are the message's own
		}
		ref := ""
		for _, d := range x.Docs {
			switch a, isAcct := d.Body.(village.Account); {
			case d.Kind == storage.AccountKind && isAcct && lastAcct[a.Household] != i:
				continue
			case d.Kind == storage.RankKind && lastRankOf(d, lastRank) >= 0 && lastRankOf(d, lastRank) != i:
				continue
			case d.Kind == storage.AccountKind && d.Body == nil && written[d.ID]:
				continue // checked by its write
			case d.Kind == storage.ClaimKind && ref == "":
				ref = fmt.Sprintf("C%d", d.ID)
			}
			c.Docs = append(c.Docs, d)
		}
		c.Incr = append(c.Incr, x.Incr...)
		for _, w := range x.Withdraw {
			if !slices.Contains(c.Withdraw, w) {
				c.Withdraw = append(c.Withdraw, w)
			}
		}
		for _, r := range append([]storage.IndexRead{x.Read}, x.Reads...) {
			if r != (storage.IndexRead{}) && r != c.Read && !slices.Contains(c.Reads, r) {
				if c.Read == (storage.IndexRead{}) {
					c.Read = r
				} else {
					c.Reads = append(c.Reads, r)
				}
			}
		}
		joinAudits(&c, x, ref)
	}
	c.Out = p.joinClaimOut(t, cb, steps, items, at)
	return c, true
}

// joinClaimOut is the steps' messages, those to one chat or person made
// one, where its first was: each step's part named by its claim's number,
// the lines every part says alike (「1月1日在群里公示…」) said once at
// the end. The reply to the sender opens with what was done per claim
// and what is left (points.batch).
func (p *pointsFlow) joinClaimOut(t *turn, cb *claimBatch, steps []claimStep, items []batchItem, at []int) []bot.Outbound {
	type joined struct {
		o     bot.Outbound
		parts []string
	}
	var out []*joined
	byTo := map[string]*joined{}
	// a held correction of an archived ranking names the steps' before
	// it (tellBurst): each chat hears the last step's alone
	lastBurst := map[string]int{}
	for i := range steps {
		for _, it := range items[at[i]:at[i+1]] {
			for _, o := range it.c.Out {
				if strings.HasPrefix(o.About, burstPrefix) {
					lastBurst[o.To+"|"+o.About] = i
				}
			}
		}
	}
	for i, s := range steps {
		id := "#" + s.ref.String()
		for _, it := range items[at[i]:at[i+1]] {
			for _, o := range it.c.Out {
				if last, ok := lastBurst[o.To+"|"+o.About]; ok && last != i {
					continue
				}
				text := o.Text
				if i := strings.Index(text, id); i < 0 || i > len("没有找到 ") {
					text = id + "：" + text // a refusal that names its item only further on
				}
				k := fmt.Sprint(o.To, "|", o.Kind, "|", o.NotBefore.UnixNano())
				j := byTo[k]
				if j == nil {
					j = &joined{o: o}
					byTo[k] = j
					out = append(out, j)
				}
				j.o.Priority = min(j.o.Priority, o.Priority)
				j.parts = append(j.parts, text)
			}
		}
	}
	to := p.r.back(t, "")
	res := make([]bot.Outbound, 0, len(out))
	for _, j := range out {
		text := words.JoinParts(j.parts)
		if j.o.To == to.To && j.o.Kind == to.Kind {
			text = p.r.texts.Render("points.batch", batchData(cb, steps, items, at)) + "\n" + text
		}
		j.o.Text = text
		res = append(res, j.o)
	}
	return res
}

// batchData is what points.batch says of the steps: the claims approved,
// rejected, decided before (as read ahead) and left (refused).
func batchData(cb *claimBatch, steps []claimStep, items []batchItem, at []int) map[string]any {
	var approved, rejected, before, left []string
	for i, s := range steps {
		switch stepOutcome(items[at[i]:at[i+1]]) {
		case village.ClaimApproved:
			approved = append(approved, "#"+s.ref.String())
		case village.ClaimRejected:
			rejected = append(rejected, "#"+s.ref.String())
		default:
			if c, ok := cb.claim(s.ref.String()); ok && c.Status != village.ClaimPending {
				before = append(before, "#"+s.ref.String())
			} else {
				left = append(left, "#"+s.ref.String())
			}
		}
	}
	return map[string]any{"N": len(steps), "Approved": approved, "Rejected": rejected, "Before": before, "Left": left}
}

// approveAll answers 「都同意」/「全部同意」: nothing decided blind, the
// claims waiting for the sender listed, and a 「是」 (askCommand) approves
// those whose points are fixed, as 「同意 #C1 #C3」 would (each checked
// again then). One read, and the reply's commit.
func (p *pointsFlow) approveAll(ctx context.Context, t *turn, cmd command) error {
	if !t.addr && t.quote == nil && !t.who.Has(village.RoleScorer) && !t.who.Has(village.RoleOfficer) {
		return nil // villagers agreeing among themselves
	}
	if t.where.Village != "" {
		if ok, data := p.mayScore(t.who, t.where.Village, t.where.Grid, "", cmd.word); !ok {
			return p.r.reply(ctx, t, "points.refuse", data)
		}
	}
	cands, hidden, total, err := p.candidatesUpTo(ctx, t, cmd, words.MaxPicks+1)
	if err != nil {
		return err
	}
	// the newest listed (cutList's rule), by number; the first left out
	// as its 同意 is typed
	cands, rest := claimsListed(cands, total, func(c words.ClaimCandidate) string { return string(words.VApprove) + " #" + c.ID })
	slices.SortFunc(cands, func(a, b words.ClaimCandidate) int { return words.ClaimNumber(a.ID) - words.ClaimNumber(b.ID) })
	var fixed, scored []string
	for _, c := range cands {
		if c.Amount == "" {
			fixed = append(fixed, "#"+c.ID)
		} else {
			scored = append(scored, "#"+c.ID)
		}
	}
	data := map[string]any{"Verb": cmd.word, "Cands": cands, "Hidden": hidden, "Count": total, "Rest": rest, "Fixed": fixed, "Scored": scored,
		"Unfiled": p.claimsUnfiled(t)}
	if len(cands) > 0 {
		// 「是」 approves the fixed ones; a bare 「都给8分」 gives every
		// listed one that score
		// with none fixed, 「是」 runs nothing: it asks for the score and
		// keeps the list (rangeYes) for a 「都给8分」 after it
		line := ""
		if len(fixed) > 0 {
			line = "同意 " + strings.Join(fixed, " ")
		}
		all := make([]string, len(cands))
		for i, c := range cands {
			all[i] = c.ID
		}
		if err := p.r.ask(t, question{Kind: words.AskCommand, Text: line, All: all, Msg: t.m.ID}); err != nil {
			return err
		}
	}
	return p.r.reply(ctx, t, "points.all", data)
}

// lastRankOf is the step whose write of archive d is the last (joinedClaims);
// -1 for no archive.
func lastRankOf(d storage.Doc, last map[string]int) int {
	if y, ok := d.Body.(storage.YearRanking); ok {
		if i, ok := last[y.Year]; ok {
			return i
		}
	}
	return -1
}
