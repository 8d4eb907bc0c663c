package handlers

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/understand"
	"gridbot/village"
)

// claim handles 申请积分: the text is matched to a catalogue indicator and
// a pending claim is registered for the scoring group.
// readIndicator is the indicator the reader finds in a claim's text when
// no indicator's keywords appear in it ("帮王奶奶挑水" is 照料孤寡老人),
// as a claim said in free words is read: the same words are one claim
// whether 申请积分 starts them or not.
func (p *pointsFlow) readIndicator(ctx context.Context, text string, keep func(village.Indicator) bool) (village.Indicator, bool) {
	// the witness is no part of the deed ("证明人 王五" reads as a name)
	deed := words.VouchRe.ReplaceAllString(words.WitnessRe.ReplaceAllString(text, " "), " ")
	reading := p.r.reader.Read(ctx, string(words.VClaim)+" "+strings.TrimSpace(deed))
	if !reading.Claims() {
		return village.Indicator{}, false
	}
	code := reading.Indicator
	if code == "" {
		// a reader with no catalogue of its own (or none of its items
		// told): the rules' match against this one, so a deed files alike
		// whatever the reader (pts98)
		code, _ = understand.ClaimIndicator(slices.DeleteFunc(slices.Clone(p.cat), func(i village.Indicator) bool { return !keep(i) }), deed)
	}
	ind, ok := p.cat.ByCode(code)
	return ind, ok && keep(ind)
}

// refined is ind, the catalogue's keyword match of a claim's deed, as the
// rules read the same words (understand.ClaimRefined): 「申请积分 帮王奶奶
// 扫雪」 is care for an elder, not 义务劳动 (pts107). An item named by its
// code stays: that is the sender's choice.
func (p *pointsFlow) refined(ind village.Indicator, text string, keep func(village.Indicator) bool) village.Indicator {
	if village.ContainsCode(strings.ToUpper(text), strings.ToUpper(ind.Code), village.HyphenJoins) {
		return ind
	}
	if r, ok := p.cat.ByCode(understand.ClaimRefined(p.cat, text, ind.Code)); ok && keep(r) {
		return r
	}
	return ind
}

func (p *pointsFlow) claim(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	if t.where.Kind == words.InOffice {
		return p.r.reply(ctx, t, "points.claim.office", nil)
	}
	v := t.where.Village
	if v == "" || t.who.Household == "" || t.who.Village != v {
		return p.noHousehold(ctx, t, true)
	}
	ct := words.ParseClaimText(cmd.args)
	if !understand.HasContent(ct.Text) {
		return p.r.reply(ctx, t, "points.claim.usage", map[string]any{"Witness": p.r.exampleWitness(t.who)})
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
	// every witness named on the roster: "证明人 王五 李四也看见了",
	// "李四和王五都看见了"
	ct.Evidence = words.WithWitnesses(ct.Evidence, words.WitnessesIn(ct.Text, p.r.nameIn(v)))
	kinWitness := p.kinWitness(v, person, &ct)
	ind, ok := p.cat.Match(ct.Text, keep)
	if ok {
		ind = p.refined(ind, ct.Text, keep)
	} else {
		ind, ok = p.readIndicator(ctx, ct.Text, keep)
	}
	if !ok && ct.Helped != "" {
		// "帮王奶奶打扫院子": a chore done for someone of another
		// household is help to him, whatever the chore (QA points3).
		ind, ok = p.helpIndicator(v, ct.Helped, ct.Text, keep)
	}
	if !ok {
		if near, written, keyword, ok := p.cat.Near(ct.Text, keep); ok {
			// "参加义物劳动": asked, not guessed. The resend names the item
			// by its code, which wins in Match, and keeps his words as
			// written: mending them in place can garble the sentence. A
			// "是" to the question files that resend (a confirm-back of a
			// claim for the item).
			q := question{Kind: words.AskConfirm, Text: strings.TrimSpace(cmd.args), Claim: true, Indicator: near.Code, Msg: t.m.ID}
			if err := p.r.ask(t, q); err != nil {
				return err
			}
			return p.r.reply(ctx, t, "points.claim.near", map[string]any{"Written": written, "Keyword": keyword, "I": near,
				"Meant": cmd.word + " " + near.Code + " " + strings.TrimSpace(cmd.args)})
		}
	}
	switch {
	case !ok && ct.Helped != "":
		// a deed at a neighbour's is most likely help to the needy: said so
		return p.r.reply(ctx, t, "points.claim.helped", map[string]any{"Name": ct.Helped, "Categories": village.PointCategories})
	case !ok:
		data := map[string]any{"Categories": village.PointCategories}
		if cands := p.cat.Candidates(ct.Text, keep, 3); len(cands) > 0 {
			// "打扫了文化广场": the items it might be, to resend with a code
			data["Items"] = cands
			data["Example"] = cmd.word + " " + cands[0].Code + " " + strings.TrimSpace(cmd.args)
		}
		return p.r.reply(ctx, t, "points.claim.nomatch", data)
	}
	if done, err := p.laterDeed(ctx, t, person, ct.Text); done {
		return err
	}
	if back := p.deedYearBack(ct.Text, t.at); back > 0 {
		if done, err := p.pastYearDeed(ctx, t, person, ind, ct.Text, back); done {
			return err
		}
	} else if done, err := p.staleDeed(ctx, t, person, ct.Text); done {
		return err
	}
	sc := storage.VillageScope(v)
	t.scope = sc
	// Decided on the household's claims as read, and filed only while they
	// are as read (another process filing the month's item meanwhile
	// refuses the commit): read and decided again.
	err = p.retry(ctx, t, "", p.label(v, person.Household)+"的积分申请", func() error {
		return p.file(ctx, t, cmd, sc, person, ind, ct, kinWitness)
	})
	if p.r.photosWaited(ctx, t, err) {
		return p.claim(ctx, t, cmd) // again, with the photos
	}
	return err
}

// file registers a claim of person for ind, unless the household's claims
// as read refuse it (the same today, the month's item taken, too many
// waiting, the cap full), in one commit guarded by that read.
func (p *pointsFlow) file(ctx context.Context, t *turn, cmd command, sc storage.Scope, person village.Person, ind village.Indicator,
	ct words.ClaimText, kinWitness string) error {
	v := t.where.Village
	read, err := p.peekPending(ctx, sc, v, person.Household, pendingNew)
	if err != nil {
		return err
	}
	name, refusal := p.refusedClaim(t, person, ind, ct.Text, read)
	if name != "" && slices.ContainsFunc(read.reads, storage.IndexRead.Copied) {
		if t.batch == nil && p.copiable(t, sc) {
			// the refusal's reply commits in sc with the copies' reads
			// (turn.copies): another process's claim or review of the
			// household since refuses it, and the message is handled
			// again on the claims as stored (Router.Handle) (rt79)
			for _, rd := range read.reads {
				t.copies.add(sc, rd)
			}
		} else {
			// a reply that could not carry the reads: decided on Redis,
			// not on a copy that may miss another process's review since
			if read, err = p.peekPending(ctx, sc, v, person.Household, pendingFresh); err != nil {
				return err
			}
			name, refusal = p.refusedClaim(t, person, ind, ct.Text, read)
		}
	}
	if name == "points.claim.resent" {
		// the words of a claim of the days before: asked, a 「1」 files
		// it as another time
		line := words.OnceMoreLine(cmd.word, cmd.args, words.OnceMoreAgain)
		if err := p.r.ask(t, question{Kind: words.AskCommand, Text: line, Repeat: true, Msg: t.m.ID}); err != nil {
			return err
		}
		refusal["Line"] = line
		return p.r.reply(ctx, t, name, refusal)
	}
	if c, ok := refusal["C"].(*village.Claim); ok && name == "points.claim.again" && c.Status == village.ClaimPending {
		// "…证明人王五" sent again: the witness the first lacks is
		// said how to add, not lost with the repeat
		refusal["Witnesses"] = words.NewWitnesses(c.Evidence, words.WitnessesIn(ct.Text, p.r.nameIn(v)))
	}
	if c, ok := refusal["C"].(*village.Claim); ok {
		// photos sent with a repeat (the same deed today, the month's
		// item taken), or just before it, are of the claim it repeats
		return p.photosToFirst(ctx, t, sc, name, *c, refusal)
	}
	if name != "" {
		// a refusal that files nothing keeps none of the photos sent
		// with it: said, for them to be sent again with the claim
		refusal["Photos"] = len(t.m.Images) > 0
		return p.r.reply(ctx, t, name, refusal)
	}
	// The score is the scorers': a fixed item's amount, else none until
	// they type one. What the villager wrote is only shown to them.
	pts := 0
	if ind.Fixed() {
		pts = ind.Min
	}
	images := p.r.madeWith(t, sc)
	c := village.Claim{
		Village: v, Grid: person.Grid, Household: person.Household, Person: person.Name, Chat: t.m.Chat,
		Indicator: ind.Code, Name: ind.Name, Category: ind.Category, Level: ind.Level, Kind: ind.Kind,
		Points: pts, Asked: ct.Points, Text: ct.Text, Evidence: ct.Evidence, Needs: ind.Evidence, Claimant: t.who.Name, Source: t.m.ID,
		Images: images,
	}
	if c.Evidence == "" && len(c.Images) > 0 {
		c.Evidence = "照片"
	}
	if _, err := c.Apply(village.ClaimSubmit, t.who.Name, t.at, ""); err != nil {
		return err
	}
	here, away := p.reviewersFrom(t, &c)
	data := map[string]any{"Ref": storage.RefPlaceholder, "C": &c, "I": ind, "Label": p.label(v, c.Household), "Scorers": here,
		"Lacks": c.LacksEvidence(), "Private": len(here) == 0, "Told": c.Chat == "", "KinWitness": kinWitness, "Township": words.Township(away), "Wake": p.r.wake(t),
		"Witness": p.r.exampleWitness(t.who)}
	if w := p.coWorker(c); w != "" {
		data["Witness"], data["CoWorker"] = w, true // 「我和王五把…」: he saw it
	}
	// The reviewers told privately see the deed cut short: the evidence
	// it names ("…，李四可以作证") on a line of its own unless shown.
	data["Deed"], data["Written"] = deedShown(&c)
	if _, _, ok := evidenceKey(t); ok && len(c.Images) == 0 && strings.Contains(c.Evidence, "照片") {
		// "…，有照片" with none sent: a photo sent next is attached
		data["PhotoToCome"] = true
	}
	if _, key, ok := evidenceKey(t); ok && len(t.evKeep) > 0 && len(c.Images) == 0 &&
		(data["PhotoToCome"] == true || c.Needs == village.EvidencePhoto) {
		// photos asked for may come later than the window: he goes
		// home to take them
		k, err := p.r.madeKept(t, key, t.at.Add(words.PhotoWait))
		if err != nil {
			return err
		}
		t.evKeep[0] = k // the texts say 24小时内
	}
	out := append([]bot.Outbound{p.r.back(t, p.r.texts.Render("points.claimed", data))}, p.tellReviewers(away, "points.claimed.scorer", data)...)
	if o, ok := p.photoDue(t, c, data); ok {
		out = append(out, o)
	}
	if o, ok := p.witnessDue(t, c, data); ok {
		out = append(out, o)
	}
	return p.commitClaimOn(ctx, t, sc, c, "", nil, storage.IndexRead{}, read.reads, out)
}

// photosToFirst answers a claim refused (name, refusal) as a repeat of
// claim c (the same deed today, the month's item taken). Photos sent with
// it, or sent just before and waiting for the sender's next item, are of
// c: they are attached to c, pending or already scored, in the commit of
// the reply refusing the repeat (c's version guards it: a review meanwhile
// has the claim filed again), and the sender's next photos here go to c
// as well. A pending c's reviewers hear of photos that complete what it
// lacked. The reply's commit assumes no photo waits, as an item's does
// (madeWith): when one does, the claim is handled again with it.
func (p *pointsFlow) photosToFirst(ctx context.Context, t *turn, sc storage.Scope, name string, c village.Claim, refusal map[string]any) error {
	change := storage.Change{Scope: sc, MsgID: t.m.ID, Keep: t.keep}
	esc, key, keyed := evidenceKey(t)
	keyed = keyed && esc == sc
	win := p.r.evidenceWindow()
	switch {
	case keyed && t.waiting == nil:
		change.Unchanged = storage.WaitingAre(key, nil)
	case keyed:
		change.Keep = append(change.Keep, storage.WaitingTaken(key))
		change.Unchanged = storage.WaitingAre(key, t.waiting.Raw)
	}
	photos := t.photosFor(win)
	if len(photos) == 0 {
		if change.Unchanged == nil || t.batch != nil || len(t.unsure) > 0 {
			return p.r.reply(ctx, t, name, refusal)
		}
		// the reply as commitReplies commits it, and the guard
		t.out = append(t.out, p.r.replyOut(t, name, refusal)...)
		change.Out = t.out
		return p.r.commitTurn(ctx, t, t.copies.guard(t.seen.Guard(change)), nil)
	}
	if t.batch != nil && t.batch.filings {
		return errApart // photos to attach: on its own, as that path knows
	}
	data := map[string]any{"Ref": c.ID}
	told := p.r.photosOnClaim(t, photos, &c, data)
	doc, err := storage.ClaimDoc(c, c.Status)
	if err != nil {
		return err
	}
	refusal["Attached"] = true
	text := p.r.textsFor(t).Render(name, refusal) + "\n" + p.r.textsFor(t).Render("evidence.attached", data)
	t.out = append([]bot.Outbound{p.r.back(t, text)}, told...)
	change.Docs, change.Out = []storage.Doc{doc}, t.out
	change.Audit = storage.Audit{At: t.at, By: t.who.Name, Action: "evidence", Note: fmt.Sprintf("#%s +%d", c.ID, len(photos))}
	if keyed {
		k, err := marshalKept(key, evidence{Ref: c.ID, At: t.at, Told: true}, storage.Evidence, win)
		if err != nil {
			return err
		}
		change.Keep = append(change.Keep, k)
	}
	_, err = p.r.commit(ctx, t, t.copies.guard(change))
	return err
}

// refusedClaim is the reply (its template and data) that refuses a claim
// of person for ind in words text on the household's claims as read: the
// same today, the same words the days before (asked), the month's item
// taken, too many waiting, the cap full; "" when none does.
func (p *pointsFlow) refusedClaim(t *turn, person village.Person, ind village.Indicator, text string, read householdClaims) (string, map[string]any) {
	v := t.where.Village
	// Sent again because no reply was seen, or because the approval was
	// missed: approving both would count one deed twice. The approved
	// claims are those already read for the month's item, so this costs
	// no round trip; one taken back (rejected, revoked) no longer counts.
	today := slices.Concat(read.pending, slices.DeleteFunc(slices.Clone(read.approved), func(c village.Claim) bool { return !c.Status.Active() }))
	if i := words.SameDeedDay(today, person, ind, text, t.at); i >= 0 {
		// the scorers by name: a villager cannot 「加分」 another time
		// himself, and 「评分小组」 names no one to tell
		data := map[string]any{"C": &today[i], "Label": p.label(v, person.Household), "Sent": "今天",
			"Scorers": p.scorers(v, person.Grid, person.Household)}
		if sent := today[i].CreatedAt.In(t.at.Location()); !p.r.sameDay(sent, t.at) {
			data["Sent"] = village.Dated(sent, t.at, village.DateLayout) // the same deed day, claimed then
		}
		if words.CapFull(read.acct, ind, person.Name, p.cfg.Period(t.at)) {
			// the cap full: no 加分 could record another one either
			data["Full"], data["I"] = true, ind
			data["Yearly"], data["Again"] = p.capAgain(read.acct, ind, person.Name, p.cfg.Period(t.at), t.at)
		}
		return "points.claim.again", data
	}
	if i := words.ResentClaim(read.all, person, ind.Code, text, t.at); i >= 0 && !t.meant {
		// "申请积分 义务劳动 打扫村口" again the next day: most often
		// resent because no reply was seen; another time is one 「1」 away
		return "points.claim.resent", map[string]any{"First": &read.all[i], "Label": p.label(v, person.Household), "Now": t.at}
	}
	if c, ok := village.MonthTaken(slices.Concat(read.pending, read.approved), ind, person.Household, person.Name, p.cfg.Period(t.at), p.cfg.Period); ok {
		// 庭院整洁 claimed by his wife this month: the cap would refuse the
		// second at review, after the scorers had looked at both.
		return "points.claim.month", map[string]any{"C": &c, "Label": p.label(v, c.Household), "Self": c.Claimant == t.who.Name, "Now": t.at}
	}
	if !t.who.IsCadre() && len(read.pending) >= words.MaxPendingClaims {
		return "points.flood", map[string]any{"Max": words.MaxPendingClaims, "Label": p.label(v, person.Household)}
	}
	if left, capped := read.acct.CapLeft(ind, person.Name, p.cfg.Period(t.at)); capped && left < max(ind.Min, 1) {
		yearly, again := p.capAgain(read.acct, ind, person.Name, p.cfg.Period(t.at), t.at)
		return "points.cap.full", map[string]any{"I": ind, "Who": words.CapName(ind, person.Name, p.label(v, person.Household)),
			"Yearly": yearly, "Again": again}
	}
	return "", nil
}

// capAgain says when ind, its cap full for person in period (CapLeft), may
// be claimed again: the next year's first day when the yearly cap is the
// one full (yearly), else the next month's; written with its year when
// that is not the year of now ("2027年1月1日").
func (p *pointsFlow) capAgain(acct village.Account, ind village.Indicator, person, period string, now time.Time) (yearly bool, again string) {
	loc := p.r.cfg.Location()
	start, err := time.ParseInLocation("2006-01", period, loc)
	if err != nil {
		return false, ""
	}
	byYear := ind
	byYear.MonthlyCap = 0
	left, capped := acct.CapLeft(byYear, person, period)
	yearly = capped && left < max(ind.Min, 1)
	next := start.AddDate(0, 1, 0)
	if yearly {
		next = time.Date(start.Year()+1, time.January, 1, 0, 0, 0, 0, loc)
	}
	return yearly, village.Dated(next, now.In(loc), village.DateLayout)
}

// capSpan is a full cap as a reply says it: whether the yearly cap is the
// one (capAgain), the span it is of (In: 今年 or 本月 when it is now's,
// else with its year, "2026年", "2026年12月": a closed year's claim decided
// in January), and either when it restarts (Again) or, when that span is
// over already (Past), the span now counting (Now: "2027年", "本月").
type capSpan struct {
	Yearly, Past   bool
	Cap            int
	In, Again, Now string
}

// capSpanOf is the capSpan of ind for person in period (CapLeft), read at now.
func (p *pointsFlow) capSpanOf(acct village.Account, ind village.Indicator, person, period string, now time.Time) capSpan {
	yearly, _ := p.capAgain(acct, ind, person, period, now)
	return p.capSpanIn(ind, yearly, period, now)
}

// capSpanIn is the capSpan of ind's yearly (or monthly) cap full in
// period, read at now: of a claim rejected for it (Claim.CapFull), with
// no account.
func (p *pointsFlow) capSpanIn(ind village.Indicator, yearly bool, period string, now time.Time) capSpan {
	s := capSpan{Cap: ind.MonthlyCap, Yearly: yearly}
	loc := p.r.cfg.Location()
	if start, err := time.ParseInLocation("2006-01", period, loc); err == nil {
		next := start.AddDate(0, 1, 0)
		if yearly {
			next = time.Date(start.Year()+1, time.January, 1, 0, 0, 0, 0, loc)
		}
		s.Again = village.Dated(next, now.In(loc), village.DateLayout)
	}
	if s.Yearly || ind.MonthlyCap <= 0 {
		s.Yearly, s.Cap = true, ind.YearlyCap
	}
	current := p.cfg.Period(now)
	calendar := village.MonthOf(now.In(p.r.cfg.Location()))
	span := func(period string) string { // a year's or a month's words
		switch {
		case s.Yearly && period[:4] == calendar[:4]:
			return "今年"
		case s.Yearly:
			return period[:4] + "年"
		case period == calendar:
			return "本月"
		}
		return village.PeriodLabel(period)
	}
	if len(period) < 7 || len(current) < 7 {
		return s
	}
	s.In = span(period)
	if s.Yearly {
		s.Past = period[:4] < current[:4]
		s.Now = current[:4] + "年" // said against the closed year's
	} else {
		s.Past = period < current
		s.Now = span(current)
	}
	return s
}

// helpIndicator is the indicator a chore done for helped counts as, by
// whether he is in need: the roster's care tier or no WeChat, an elder's
// title (王奶奶) or the deed's words.
func (p *pointsFlow) helpIndicator(v, helped, text string, keep func(village.Indicator) bool) (village.Indicator, bool) {
	who, err := p.r.people.Lookup(v, helped)
	rs := []rune(helped)
	needy := err == nil && (who.Care != village.CareNone || !who.UsesWeChat) ||
		len(rs) > 2 && strings.ContainsAny(string(rs[len(rs)-2:]), "爷奶婆公娘") ||
		slices.ContainsFunc(words.NeedWords, func(w string) bool { return strings.Contains(text, w) })
	words := words.HelpWords
	if !needy {
		words[0], words[1] = words[1], words[0]
	}
	for _, w := range words {
		if ind, ok := p.cat.Match(w, keep); ok {
			return ind, true
		}
	}
	return village.Indicator{}, false
}

// kinWitness is the witness a claim names from the household it is for
// ("证明人 张明" for 张三户): a family member is no witness (QA round 4,
// N9). The evidence then reads "家人作证 张明", which offers no witness,
// so the approval is flagged and the integrity export lists it.
func (p *pointsFlow) kinWitness(v string, person village.Person, ct *words.ClaimText) string {
	kin := ""
	for _, m := range words.WitnessRe.FindAllStringSubmatch(ct.Evidence, -1) {
		w, err := p.r.people.Lookup(v, m[1])
		if err != nil || w.Household != person.Household || person.Household == "" {
			continue
		}
		ct.Evidence = strings.Replace(ct.Evidence, m[0], words.KinWitnessLabel+" "+w.Name, 1)
		kin = cmp.Or(kin, w.Name)
	}
	return kin
}

// refusedReview answers a 同意 or 驳回 that may not go on: the sender
// may not score the claim's household, or it is no longer pending.
func (p *pointsFlow) refusedReview(ctx context.Context, t *turn, cmd command, c village.Claim) (bool, error) {
	if ok, data := p.mayScore(t.who, c.Village, c.Grid, c.Household, cmd.word); !ok {
		return true, p.r.reply(ctx, t, "points.refuse", data)
	}
	if c.Status != village.ClaimPending {
		return true, p.state(ctx, t, c, cmd)
	}
	return false, nil
}

// approve handles 同意 #C [分].
func (p *pointsFlow) approve(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if done, err := p.refusedReview(ctx, t, cmd, c); done {
			return err
		}
		ind, ok := p.cat.ByCode(c.Indicator)
		if !ok { // removed from the catalogue since: keep what was asked
			ind = village.Indicator{Code: c.Indicator, Name: c.Name, Min: c.Points, Max: c.Points, Level: c.Level}
		}
		pts, has, note := words.LeadingPoints(words.ClaimNote(cmd.args))
		switch {
		case !has && ind.Fixed():
			pts = ind.Min
		case !has:
			return p.r.reply(ctx, t, "points.needpoints", map[string]any{"C": &c, "I": ind, "Verb": cmd.word})
		}
		if !ind.InRange(pts) {
			return p.outOfRange(ctx, t, ind, pts, "还没有通过。", cmd.word+" #"+c.ID, note)
		}
		acct, read, err := p.accountFor(ctx, t, sc, c.Village, c.Household)
		if err != nil {
			return err
		}
		period := p.cfg.EarnedPeriod(c.CreatedAt, t.at)
		if left, capped := acct.CapLeft(ind, c.Person, period); capped && pts > left {
			return p.r.reply(ctx, t, "points.cap", map[string]any{"C": &c, "I": ind, "Left": left, "Cap": p.capSpanOf(acct, ind, c.Person, period, t.at),
				"Who": words.CapName(ind, c.Person, p.label(c.Village, c.Household))})
		}
		c.Points = pts
		if what, saw := words.ScorerSaw(note, c.Needs); saw && c.LacksEvidence() {
			// 「同意 #C6 县综治办认定书已看」: the paper the claim lacked is
			// the one he saw, recorded as its evidence
			c.Evidence = strings.TrimPrefix(c.Evidence+"、"+village.SeenLabel(what, t.who.Name), "、")
		}
		from, err := c.Apply(village.ClaimApprove, t.who.Name, t.at, note)
		if err != nil {
			return err
		}
		c.Period = period
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Window": p.window(),
			"NoEvidence": c.LacksEvidence(), "Now": t.at, "Late": c.Year() < strconv.Itoa(p.cfg.Year(t.at)),
			"Witness": p.claimWitness(&c)}
		// The same item for the same person claimed again within days,
		// both approved: often one deed sent twice, the reply unseen.
		approved, read, err := p.approvedFor(ctx, t, sc, acct, read)
		if err != nil {
			return err
		}
		if i := slices.IndexFunc(approved, func(o village.Claim) bool {
			return o.ID != c.ID && o.Status == village.ClaimApproved && o.Household == c.Household && o.Person == c.Person && o.Indicator == c.Indicator &&
				c.CreatedAt.Sub(o.CreatedAt).Abs() <= words.TwinWindow
		}); i >= 0 {
			data["Twin"] = &approved[i]
		}
		data["Quarterly"] = p.cfg.Publicity.Cadence == "quarterly"
		data["Listed"] = p.cfg.PublicityOf(t.at, p.r.cfg.Location())
		text := p.r.texts.Render("points.approved", data)
		data["Claimant"] = true // the notes for the scorers left out
		out := append(p.outForClaimant(t, &c, text, p.r.texts.Render("points.approved", data)), p.toldEarly(t, &c, data)...)
		// a claim of a closed year counts in its archived ranking
		fix, archived, err := p.lateArchive(ctx, t, sc, &c, acct)
		if err != nil {
			return err
		}
		extra, fixed := p.archiveFixed(t, c.Village, fix)
		return p.commitClaimOn(ctx, t, sc, c, from, &acct, read, archived, append(out, fixed...), extra...)
	})
}

// window is the objection window in days, for replies.
func (p *pointsFlow) window() int { return int(p.cfg.Publicity.Window.Std() / (24 * time.Hour)) }

// listedOf is when the 公示 that lists c (approved, not yet published)
// goes out, from its decision and the configured schedule; zero when 公示
// is off or that run is already due (it lists c at its next run).
func (p *pointsFlow) listedOf(c village.Claim, now time.Time) time.Time {
	l := p.cfg.PublicityOf(c.DecidedAt, p.r.cfg.Location())
	if !l.After(now) {
		return time.Time{}
	}
	return l
}

// redoData adds to data what the 加分 that records rejected claim c after
// all needs (points.redo): its item (.I), and when c counts in a closed
// points year (.Earned, .ThisYear: now's), the claim's day (.Day), which
// makes the 加分 count there too.
func (p *pointsFlow) redoData(data map[string]any, c village.Claim, at time.Time) {
	ind, ok := p.cat.ByCode(c.Indicator)
	if !ok { // removed from the catalogue since: as claimed
		ind = village.Indicator{Code: c.Indicator, Name: c.Name, Min: c.Points, Max: c.Points, Level: c.Level}
	}
	data["I"] = ind
	if earned := p.earnedIn(c, at); earned != "" {
		data["Earned"], data["ThisYear"] = earned, p.cfg.Year(at)
		data["Day"] = c.CreatedAt.In(p.r.cfg.Location()).Format("1月2日")
	}
}

// photoPrefix begins the item (bot.Outbound.About) of the reminder a
// scorer asked whether to wait for a claim's photo gets when the wait is
// over (photoOverdue): photo:<claim>. A claim no longer waiting for its
// photo (it came, or the claim was decided) withdraws it (heldAbout), and
// the same question asked again replaces it.
const photoPrefix = "photo:"

// photoDuePrefix begins the item (bot.Outbound.About) of the reminder a
// claimant told 「24小时内都行」 for his photo gets before that wait ends
// (photoDue): photodue:<the claim's message id, item and person>, known
// before the claim's number is. Its photo coming, or the claim decided or taken back,
// withdraws it (heldAbout).
const photoDuePrefix = "photodue:"

// photoDueLead is how long before the photo's wait ends its claimant is
// reminded (photoDue).
const photoDueLead = 3 * time.Hour

// photoDue is the reminder to claim c's claimant, where he claimed, that
// the photo its item needs, which he was told he may send within 24
// hours, has not come, held
// until photoDueLead before that wait ends (in quiet hours: their end if
// an hour is left then, else the evening before; none when no waking hour
// is left before it).
// Sent only if nothing withdrew it by then (pts98: before, the wait ended
// unsaid and the scorers were left to reject the claim).
func (p *pointsFlow) photoDue(t *turn, c village.Claim, data map[string]any) (bot.Outbound, bool) {
	until, ok := words.PhotoAwaited(c, t.at)
	if !ok || len(t.evKeep) == 0 || c.Source == "" || c.Needs != village.EvidencePhoto {
		// only a photo the item needs: one said to come for an item that
		// needs a witness is no more than a help (and a reminder of it
		// would hide the witness it lacks)
		return bot.Outbound{}, false
	}
	o, ok := p.dueReminder(t, "points.photo.due", photoDueItem(c), until, data)
	// its 「请在今天14:01前发」 is wrong once the wait is over, and of no use
	// in its last half hour: released then (the bot was down when it was
	// due), it is not sent (pts100: it went out days late naming a past
	// deadline)
	o.Expires = until.Add(-photoDueUseless)
	return o, ok
}

// photoDueUseless is how long before the photo's wait ends its reminder
// (photoDue) is no longer worth sending.
const photoDueUseless = 30 * time.Minute

// witnessDue is the reminder to claim c's claimant, where he claimed, that
// the witness its item needs is still not named: held witnessDueAfter
// (in quiet hours, until they end), and withdrawn when a witness is named
// or the claim is decided or taken back (heldAbout). No time limit is
// said: none was promised, and a witness named later still counts; the
// reminder only keeps the claim from waiting unseen until a scorer
// rejects it (pts99: before, only a photo's claimant was reminded).
// pts101: it was held as a photo's, 21 hours on, by when the scorers
// had mostly decided the claim without a witness; a day after the claim
// it expires (the bot down then, it would come out of the blue among the
// backlog, and the scorers' 待审 lists the claim anyway).
func (p *pointsFlow) witnessDue(t *turn, c village.Claim, data map[string]any) (bot.Outbound, bool) {
	if c.Source == "" || c.Needs != village.EvidenceWitness || !c.LacksEvidence() || c.CreatedAt.IsZero() {
		return bot.Outbound{}, false
	}
	at := p.r.awake(t.at.Add(witnessDueAfter))
	expires := c.CreatedAt.Add(words.PhotoWait)
	if !at.Before(expires) {
		return bot.Outbound{}, false
	}
	o := p.r.back(t, p.r.texts.Render("points.witness.due", data))
	o.NotBefore, o.About, o.Expires = at, witnessDueItem(c), expires
	return o, true
}

// witnessDueAfter is how long after a claim that lacks its witness its
// claimant is reminded (witnessDue): time to have asked the neighbour,
// early enough for the scorers' review.
const witnessDueAfter = 2 * time.Hour

// dueReminder is the message name (rendered on data) to the claimant
// where he claimed, about item, held until photoDueLead before until (in
// quiet hours: their end if an hour is left then, else the last waking
// half hour before; none when no waking hour is left before it).
func (p *pointsFlow) dueReminder(t *turn, name, item string, until time.Time, data map[string]any) (bot.Outbound, bool) {
	at := until.Add(-photoDueLead)
	if woke := p.r.awake(at); woke.Before(until.Add(-time.Hour)) {
		at = woke // the morning, still an hour before it ends
	}
	for step := 0; step < 48 && p.r.cfg.QuietHours.Contains(at.In(p.r.cfg.Location())); step++ {
		at = at.Add(-30 * time.Minute) // else the last waking half hour before
	}
	if p.r.cfg.QuietHours.Contains(at.In(p.r.cfg.Location())) || !at.After(t.at.Add(time.Hour)) {
		return bot.Outbound{}, false // no waking hour left for it
	}
	due := maps.Clone(data)
	due["Until"], due["Now"] = until, at
	o := p.r.back(t, p.r.texts.Render(name, due))
	o.NotBefore, o.About = at, item
	return o, true
}

// photoDueItem is the item of claim c's photo reminder (photoDue): its
// message, item and person, so that two claims of one message differ.
func photoDueItem(c village.Claim) string {
	return photoDuePrefix + c.Source + ":" + c.Indicator + ":" + c.Person
}

// witnessDuePrefix begins the item of a claimant's reminder that his
// claim still lacks its witness (witnessDue), made as photoDuePrefix's.
const witnessDuePrefix = "witnessdue:"

// witnessDueItem is the item of claim c's witness reminder (witnessDue).
func witnessDueItem(c village.Claim) string {
	return witnessDuePrefix + c.Source + ":" + c.Indicator + ":" + c.Person
}

// photoOverdue is the reminder to the scorer t's 驳回 for a missing photo
// was asked about (points.reject.photowait, data): held until the photo's
// wait is over (until, or the morning after quiet hours), it says the
// photo did not come and the line that rejects the claim. Sent only if
// nothing withdrew it by then.
func (p *pointsFlow) photoOverdue(t *turn, data map[string]any, until time.Time) bot.Outbound {
	c, _ := data["C"].(*village.Claim)
	o := p.tellReviewers([]village.Person{t.who}, "points.photo.overdue", data)[0]
	o.NotBefore, o.About = p.r.awake(until), photoPrefix+c.ID
	return o
}

// reject handles 驳回 #C 理由.
func (p *pointsFlow) reject(ctx context.Context, t *turn, cmd command) error {
	return p.withClaim(ctx, t, cmd, func(c village.Claim, sc storage.Scope) error {
		if done, err := p.refusedReview(ctx, t, cmd, c); done {
			return err
		}
		note := words.ClaimNote(cmd.args)
		if !understand.HasContent(note) {
			return p.r.reply(ctx, t, "points.reason", map[string]any{"C": &c, "Verb": cmd.word, "Example": "没有照片，请补充后重新申请"})
		}
		if t.meant && words.PhotoReason(note) && len(c.Images) > 0 {
			// the 「1」 to points.reject.photowait, the photo come since:
			// not rejected for a photo it has
			return p.r.reply(ctx, t, "points.reject.photocame", map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "N": len(c.Images)})
		}
		if until, ok := words.PhotoAwaited(c, t.at); ok && words.PhotoReason(note) && !t.meant {
			// the claimant was told his photo may come within 24 hours:
			// rejecting it for the photo now is asked, a 「1」 rejects
			line := cmd.word + " #" + c.ID + " " + note
			if err := p.r.ask(t, question{Kind: words.AskCommand, Text: line, Msg: t.m.ID}); err != nil {
				return err
			}
			data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household), "Until": until, "Now": t.at, "Line": line}
			t.out = append(t.out, p.photoOverdue(t, data, until))
			return p.r.reply(ctx, t, "points.reject.photowait", data)
		}
		// whether applying again helps only next month: decided on the
		// household's account, which the commit checks is as read
		acct, read, err := p.accountFor(ctx, t, sc, c.Village, c.Household)
		if err != nil {
			return err
		}
		// the cap of the period the claim would have counted in, as 同意
		// checks it: a closed year's claim in January is full for that
		// year, and the cap has restarted since
		ind, known := p.cat.ByCode(c.Indicator)
		period := p.cfg.EarnedPeriod(c.CreatedAt, t.at)
		capped := known && words.CapFull(acct, ind, c.Person, period)
		from, err := c.Apply(village.ClaimReject, t.who.Name, t.at, note)
		if err != nil {
			return err
		}
		data := map[string]any{"C": &c, "Label": p.label(c.Village, c.Household)}
		if capped {
			cs := p.capSpanOf(acct, ind, c.Person, period, t.at)
			data["Cap"] = cs
			// kept on the claim: its 查 says the cap, not 补齐材料
			c.CapFull = map[bool]string{true: "year", false: "month"}[cs.Yearly]
		}
		// a claim of a closed points year (pts92): its grid was told at
		// the year end that it still waits; say that year's ranking
		// stands, that applying again now counts in this year, and give
		// the scorer the 加分 with the claim's day, which counts there
		p.redoData(data, c, t.at)
		told := p.r.texts.Render("points.rejected", data)
		text := told
		if t.where.Kind == words.InPrivate && t.who.Name != c.Claimant {
			// the scorer, privately: what was done and who was told, not
			// the claimant's 「有疑问可以找评分人（他自己）当面说明」
			data["InGroup"] = !p.privateClaim(c)
			text = p.r.texts.Render("points.rejected.done", data)
		}
		out := append(p.outForClaimant(t, &c, text, told), p.toldEarly(t, &c, data)...)
		var checked []storage.Doc
		if acct.Doc != 0 {
			checked = append(checked, storage.Checked(storage.AccountKind, acct.Doc, acct.Version))
		}
		return p.commitClaim(ctx, t, sc, c, from, nil, read, out, checked...)
	})
}

// record handles 加分 名字 指标 [分] [说明] and 扣分 …: a scoring event
// from another source (a commendation, court papers, an inspection),
// approved at once and published at the next 公示 like any other.
func (p *pointsFlow) record(ctx context.Context, t *turn, cmd command) error {
	if done, err := p.off(ctx, t); done {
		return err
	}
	s := scoring{cmd: cmd, deduct: cmd.verb == words.VDeduct}
	if m := words.OnceMore.FindStringSubmatch(cmd.args); m != nil {
		// "扣分 陈二 焚烧秸秆 5 再记一次", "加分 张明 巡防 第2次": a repeat
		// today said to be meant
		s.cmd.args = words.WithoutOnceMore(cmd.args)
		s.more, s.nth = true, words.NthTime(m[1])
		if !t.meant {
			// kept on the claim: the same line resent is asked (a 「1」
			// to that question is the scorer's word, and not asked again)
			s.said = cmd.args
		}
	}
	if done, err := p.scoredPerson(ctx, t, &s); done {
		return err
	}
	t.scope = storage.VillageScope(s.person.Village)
	if ok, data := p.mayScore(t.who, s.person.Village, s.person.Grid, s.person.Household, cmd.word); !ok {
		if data["Own"] == true {
			// his own household's record is for another to make: the
			// command to pass on, nothing recorded
			data["Record"] = cmd.word + " " + strings.TrimSpace(cmd.args)
		}
		return p.r.reply(ctx, t, "points.refuse", data)
	}
	if done, err := p.scoredIndicator(ctx, t, &s); done {
		return err
	}
	if done, err := p.scoredPoints(ctx, t, &s); done {
		return err
	}
	return p.retry(ctx, t, "", s.person.Name+"家的积分", func() error { return p.recordOnce(ctx, t, s) })
}

// scoring is one 加分 or 扣分 as record reads it.
type scoring struct {
	cmd    command
	deduct bool           // 扣分
	person village.Person // whom it is for
	rest   string         // the words after his name: the item, the points, a note
	ind    village.Indicator
	pts    int    // the points, negative for a deduction
	note   string // the words besides the item and the points
	more   bool   // said 再记一次, 又一次, 第N次: an item repeated today is meant
	nth    int    // said 第N次: the Nth of today (0: not said)
	said   string // the words after the verb, as typed with 第N次, 又一次, 再记一次
}

// deedShown is claim c's deed as its scorers see it, cut short and
// without the words saying it is one more time (「再记一次」 a resent
// claim's 「1」 runs it with, a villager's 又一次 or 第2次: the scorers
// judge the deed, and nothing is counted twice anyway), and the evidence
// it has written when the deed does not show it ("" when it does).
func deedShown(c *village.Claim) (deed, written string) {
	deed = tmpl.Shorten(words.WithoutOnceMore(c.Deed()), 40)
	if w := c.Written(); !strings.Contains(deed, w) {
		written = w
	}
	return deed, written
}

// scoredPerson finds whom s is for, of the villages the sender may mean;
// done when none or several fit, and he is told so.
func (p *pointsFlow) scoredPerson(ctx context.Context, t *turn, s *scoring) (done bool, err error) {
	villages, grid, args := p.r.narrow(p.r.villagesMeant(t), s.cmd.args)
	if len(villages) == 0 {
		return true, p.r.reply(ctx, t, "err.nogrid", nil)
	}
	name, rest := p.splitNameBy(p.r.nameInAny(villages), args, p.startsItem)
	if name == "" {
		return true, p.r.reply(ctx, t, "points.record.usage", map[string]any{"Verb": s.cmd.word, "Deduct": s.deduct})
	}
	fits, rest := p.r.whoIs(villages, grid, name, rest)
	fits = slices.DeleteFunc(fits, func(f village.Person) bool { return f.Household == "" })
	switch len(fits) {
	case 0:
		near := p.r.nearPeople(villages, grid, name, func(q village.Person) bool { return q.Household != "" })
		// 「是」 records it for the one near, as written for him
		q := &question{Kind: words.AskCommand, Msg: t.m.ID}
		return true, p.r.unknownPerson(ctx, t, s.cmd.word, name, rest, "这条没有记录。", near, q, "")
	case 1:
	default:
		// an award to the wrong 张三 is published in the wrong group
		return true, p.r.whichPerson(ctx, t, s.cmd.word, name, rest, fits)
	}
	s.person, s.rest = fits[0], rest
	return false, nil
}

// scoredIndicator finds the catalogue's item s's words name, of the
// list its verb records from (a veto item when marked as one); done when
// none fits, and the sender is told what might.
func (p *pointsFlow) scoredIndicator(ctx context.Context, t *turn, s *scoring) (done bool, err error) {
	keep := func(i village.Indicator) bool { return i.Kind != village.KindVeto && !i.Deduction() }
	vetoSaid := s.deduct && words.VetoMarker.MatchString(s.rest)
	switch {
	case vetoSaid:
		// "扣分 陈二 违法占地建房 否决项": the marker says which list, and
		// is no note of the record
		s.rest = strings.Join(strings.Fields(words.VetoMarker.ReplaceAllString(s.rest, " ")), " ")
		keep = func(i village.Indicator) bool { return i.Kind == village.KindVeto }
	case s.deduct:
		keep = func(i village.Indicator) bool { return i.Kind == village.KindVeto || i.Deduction() }
	}
	ind, ok := p.cat.Match(s.rest, keep)
	if !ok && !s.deduct {
		// "加分 张三 帮王奶奶挑水 5分": read as the same words claimed are
		ind, ok = p.readIndicator(ctx, s.rest, keep)
	}
	if ok {
		s.ind = ind
		return false, nil
	}
	if vetoSaid {
		// "扣分 张三 焚烧秸秆 否决项": no veto item is named; a deduction
		// recorded as one would be published as a veto that is none
		return true, p.notVeto(ctx, t, s.person, s.cmd, s.rest)
	}
	// "加分 金大海 乱倒垃圾 3": an item of the other verb is named.
	other, named := p.cat.Match(s.rest, func(i village.Indicator) bool { return !keep(i) })
	data := map[string]any{"Verb": s.cmd.word, "Deduct": s.deduct,
		"Other": other, "Named": named, "Name": p.written(s.person), "Rest": strings.TrimSpace(s.rest)}
	if cands := p.cat.Candidates(s.rest, keep, 3); !named && len(cands) > 0 {
		// "加分 张三 打扫了文化广场": the items it might be, as a claim's are
		data["Items"] = cands
		data["Example"] = strings.Join(strings.Fields(s.cmd.word+" "+p.written(s.person)+" "+cands[0].Code+" "+s.rest), " ")
	}
	return true, p.r.reply(ctx, t, "points.record.nomatch", data)
}

// scoredPoints reads s's points (its item's own, when fixed) and note;
// done when it says none its item needs, or points out of its range.
func (p *pointsFlow) scoredPoints(ctx context.Context, t *turn, s *scoring) (done bool, err error) {
	pts, has, note := words.PointsIn(s.rest, s.ind)
	if s.deduct && pts > 0 {
		pts = -pts
	}
	switch {
	case !has && s.ind.Fixed():
		pts = s.ind.Min
	case !has:
		return true, p.r.reply(ctx, t, "points.record.needpoints", map[string]any{"I": s.ind, "Verb": s.cmd.word, "Name": p.written(s.person)})
	}
	if !s.ind.InRange(pts) {
		return true, p.outOfRange(ctx, t, s.ind, pts, "这条没有记录。", s.cmd.word+" "+p.written(s.person)+" "+s.ind.Code, note)
	}
	s.pts, s.note = pts, note
	return false, nil
}

// outOfRange answers points pts out of ind's range: the range, what was
// not done (undone), and the line to send instead: line (the command up
// to its points), the allowed points nearest pts, then note.
func (p *pointsFlow) outOfRange(ctx context.Context, t *turn, ind village.Indicator, pts int, undone, line, note string) error {
	near := min(max(pts, ind.Min), ind.Max)
	if ind.Deduction() {
		near, pts = -near, -pts // "扣分 陈二 HJ06 5"
	}
	again := strings.Join(strings.Fields(line+" "+strconv.Itoa(near)+" "+note), " ")
	return p.r.reply(ctx, t, "points.range", map[string]any{"I": ind, "Points": pts, "Undone": undone, "Again": again})
}

// recordOnce records s on its household's account as read now: its cap
// checked, the claim approved at once, the sender, the group and (for a
// deduction or a veto) the household told.
func (p *pointsFlow) recordOnce(ctx context.Context, t *turn, s scoring) error {
	person, ind, pts, note, v := s.person, s.ind, s.pts, s.note, s.person.Village
	sc := storage.VillageScope(v)
	acct, read, err := p.accountOf(ctx, sc, v, person.Household)
	if err != nil {
		return err
	}
	period, deed := p.recordPeriod(t, ind, cmp.Or(s.said, s.cmd.args))
	if left, capped := acct.CapLeft(ind, person.Name, period); capped && pts > left {
		return p.r.reply(ctx, t, "points.cap", map[string]any{"I": ind, "Left": left, "Verb": s.cmd.word, "Name": p.written(person),
			"Who": words.CapName(ind, person.Name, p.label(v, person.Household)), "Cap": p.capSpanOf(acct, ind, person.Name, period, t.at)})
	}
	c := village.Claim{
		Village: v, Grid: person.Grid, Household: person.Household, Person: person.Name, Chat: p.r.groupOf(v, person.Grid),
		Indicator: ind.Code, Name: ind.Name, Category: ind.Category, Level: ind.Level, Kind: ind.Kind,
		Points: pts, Text: cmp.Or(s.said, s.cmd.args), Needs: ind.Evidence, Claimant: t.who.Name, Source: t.m.ID,
	}
	if note != "" && !words.RepeatsName(note, ind.Name) {
		c.Evidence = note
	}
	from, err := c.Apply(village.ClaimRecord, t.who.Name, t.at, note)
	if err != nil {
		return err
	}
	c.Period = period
	data := map[string]any{"Ref": storage.RefPlaceholder, "C": &c, "Label": p.label(v, c.Household), "Window": p.window(),
		"Listed": p.cfg.PublicityOf(t.at, p.r.cfg.Location()), "Now": t.at, "Deed": deed}
	// The same item for the same person today: a second record is
	// often the first one typed again (QA round 5); it is asked first
	// (recordTwice), and once said to be meant the reminder counts the
	// earlier ones.
	approved, read, err := p.approvedOf(ctx, sc, acct, read)
	if err != nil {
		return err
	}
	if ind.Kind == village.KindVeto {
		// a veto is a state of the year, not an amount: a second one of
		// the same item changes nothing and would be told and listed twice
		if first, ok := words.VetoedAlready(acct, approved, c); ok {
			return p.r.reply(ctx, t, "points.veto.twice", map[string]any{"C": &first, "Label": p.label(v, c.Household),
				"Withheld": p.withheld(t, first), "Now": t.at})
		}
	}
	var again []string // each one of today, not only the first
	var firsts []village.Claim
	for _, c := range approved {
		if words.SameDay(c, person, ind.Code, t.at) {
			again, firsts = append(again, c.ID), append(firsts, c)
		}
	}
	resent := s.nth > 0 && len(firsts) >= s.nth ||
		s.said != "" && slices.ContainsFunc(firsts, func(f village.Claim) bool { return f.Text == s.said })
	if len(firsts) > 0 && (!s.more || resent) {
		// the same item again today, 加分 or 扣分: most often the first
		// resent; it is recorded only when the scorer says it is one more
		// (a retried command never double-counts points). 「第2次」 with
		// two recorded already, or a 「第2次」「又一次」「再记一次」 recorded
		// with those very words today, is that line sent again.
		return p.recordTwice(ctx, t, s, firsts)
	}
	// said to be one more: how many today, unless he said that very 第N次
	data["Again"], data["Nth"], data["Said"] = again, len(again)+1, s.nth
	// after the year-end run: the next year's (config.Points.Period)
	data["NextYear"] = c.Period > village.MonthOf(t.at)
	out := p.recordedOut(t, s, &c, data)
	if deed.IsZero() {
		return p.commitClaim(ctx, t, sc, c, from, &acct, read, out)
	}
	// a deed of the closed year counts in its archived ranking (pts90)
	fix, archived, err := p.lateArchive(ctx, t, sc, &c, acct)
	if err != nil {
		return err
	}
	if fix != nil && fix.data != nil {
		fix.data["Deed"], fix.data["Ref"], fix.data["Now"] = deed, storage.RefPlaceholder, t.at
	}
	extra, fixed := p.archiveFixed(t, c.Village, fix)
	return p.commitClaimOn(ctx, t, sc, c, from, &acct, read, archived, append(out, fixed...), extra...)
}

// recordPeriod is the period a scorer's 加分 or 扣分 recorded at t counts
// in, and the deed's day when it is not that of t: after the year-end run
// (the evening of 31 December, January) a record whose words name a day
// of the closed year (「加分 张三 扫雪 12月28日」) counts in that year, as a
// claim made then does (config.Points.EarnedPeriod, pts89): the points
// were earned then. Only the year just closed, with no cut-off, as for a
// claim; the cap is that year's. Not a veto, which would take back
// honours already announced: it stays the new year's.
func (p *pointsFlow) recordPeriod(t *turn, ind village.Indicator, text string) (period string, deed time.Time) {
	period = p.cfg.Period(t.at)
	if ind.Kind == village.KindVeto {
		return period, time.Time{}
	}
	day, named := village.DeedDay(text, t.at.In(p.r.cfg.Location()))
	if !named || p.cfg.Year(day)+1 != p.cfg.Year(t.at) {
		return period, time.Time{}
	}
	return p.cfg.EarnedPeriod(day, t.at), day
}

// recordTwice asks before recording s, an item recorded for the same
// person today already (firsts), 加分 or 扣分 alike: nothing is recorded
// until the scorer answers 1 (which runs the command with 再记一次).
func (p *pointsFlow) recordTwice(ctx context.Context, t *turn, s scoring, firsts []village.Claim) error {
	line := words.OnceMoreLine(s.cmd.word, s.cmd.args, words.OnceMoreWord)
	if err := p.r.ask(t, question{Kind: words.AskCommand, Text: line, Repeat: true, Msg: t.m.ID}); err != nil {
		return err
	}
	return p.r.reply(ctx, t, "points.record.twice", map[string]any{"Firsts": firsts, "Line": line, "Name": s.person.Name})
}

// recordedOut are the messages of claim c recorded: to the sender, to
// its group (unless a veto), and privately to the household of a
// deduction or a veto, with the reason.
func (p *pointsFlow) recordedOut(t *turn, s scoring, c *village.Claim, data map[string]any) []bot.Outbound {
	block := "points.recorded"
	if s.ind.Kind == village.KindVeto {
		block = "points.vetoed"
		data["Private"] = t.where.Kind == words.InPrivate
		data["Withheld"] = p.withheld(t, *c)
	}
	text := p.r.texts.Render(block, data)
	out := []bot.Outbound{p.r.back(t, text)}
	if c.Chat != "" && c.Chat != t.m.Chat && s.ind.Kind != village.KindVeto {
		out = append(out, bot.Outbound{To: c.Chat, Kind: bot.Group, Priority: bot.Normal, Text: text})
	}
	if s.pts < 0 || s.ind.Kind == village.KindVeto {
		// Deductions and vetoes are told to the household directly, with the reason.
		for _, to := range p.tellHousehold(s.person.Village, s.person, t.who) {
			out = append(out, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal,
				Text: p.r.texts.Render("points.told", data)})
		}
	}
	return out
}

// written is how a command names who, for a line the sender is asked to
// send: his name, with his village, grid or household number when others
// of the township share it (personChoices), so the line resent is not
// asked about again.
func (p *pointsFlow) written(who village.Person) string {
	var namesakes []village.Person
	for _, q := range p.r.people.All() {
		if q.Name == who.Name && q.Household != "" {
			namesakes = append(namesakes, q)
		}
	}
	for _, c := range p.r.personChoices(namesakes) {
		if c.Household == who.Household {
			return c.Form
		}
	}
	return who.Name
}

// notVeto answers a 扣分 marked as a veto item whose words name none:
// the deduction item they name, with the command to record it as one,
// and the veto items there are. Nothing is recorded.
func (p *pointsFlow) notVeto(ctx context.Context, t *turn, person village.Person, cmd command, rest string) error {
	other, named := p.cat.Match(rest, village.Indicator.Deduction)
	data := map[string]any{"Name": person.Name, "Other": other, "Named": named, "Now": t.at}
	if named {
		example := strings.TrimSpace(cmd.word + " " + p.written(person) + " " + rest)
		if _, has, _ := words.PointsIn(rest, other); !has && !other.Fixed() {
			example += " 分数"
		}
		data["Example"] = example
		// "扣分 陈二 焚烧秸秆 否决项" after "扣分 陈二 焚烧秸秆 5": the
		// deduction is made; told to send it again, he would make it twice
		if done, err := p.deductedLately(ctx, person, other.Code, t.at); err != nil {
			return err
		} else if done.ID != "" {
			data["Done"] = &done
		}
	}
	var vetoes []village.Indicator
	for _, i := range p.cat {
		if i.Kind == village.KindVeto {
			vetoes = append(vetoes, i)
		}
	}
	data["Vetoes"] = vetoes
	return p.r.reply(ctx, t, "points.record.notveto", data)
}

// deductedLately is person's approved claim of item code made within
// twinWindow before at, the newest; none (ID "") when there is none.
func (p *pointsFlow) deductedLately(ctx context.Context, person village.Person, code string, at time.Time) (village.Claim, error) {
	sc := storage.VillageScope(person.Village)
	acct, read, err := p.accountOf(ctx, sc, person.Village, person.Household)
	if err != nil {
		return village.Claim{}, err
	}
	approved, _, err := p.approvedOf(ctx, sc, acct, read)
	if err != nil {
		return village.Claim{}, err
	}
	for _, c := range slices.Backward(approved) {
		if c.Person == person.Name && c.Indicator == code && at.Sub(c.CreatedAt) < words.TwinWindow {
			return c, nil
		}
	}
	return village.Claim{}, nil
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

// splitName takes the person's name off the front of a 兑换's args: the
// first word, else the longest roster name the text starts with, an item
// glued to it ("陈二香皂1"), but not a longer name ("陈二二", nameGlued).
func (p *pointsFlow) splitName(v, args string) (name, rest string) {
	return p.splitNameBy(p.r.nameIn(v), args, p.startsGoods)
}

// startsGoods reports whether s starts with an item the shop sells
// ("香皂1") or a count of one ("两块香皂"): what may be glued to a name.
func (p *pointsFlow) startsGoods(s string) bool {
	rs := []rune(s)
	return slices.ContainsFunc(p.shop, func(it village.ShopItem) bool {
		unit, _ := utf8.DecodeRuneInString(cmp.Or(it.Unit, "个"))
		return strings.HasPrefix(s, it.Name) || len(rs) > 1 && strings.ContainsRune("一二两三四五六七八九十", rs[0]) && rs[1] == unit
	})
}

// startsItem reports whether s starts with an item of the catalogue, by
// code, keyword or a part of its name ("志愿服务10", "家庭和睦"): what may
// be glued to a name in 加分/扣分, so "陈二二志愿服务10" is 陈二二 (asked
// about), not 陈二.
func (p *pointsFlow) startsItem(s string) bool {
	upper := strings.ToUpper(s)
	starts := func(k string) bool { return k != "" && strings.HasPrefix(upper, strings.ToUpper(k)) }
	return slices.ContainsFunc(p.cat, func(i village.Indicator) bool {
		return starts(i.Code) || slices.ContainsFunc(i.Keywords, starts) ||
			slices.ContainsFunc(strings.FieldsFunc(i.Name, func(r rune) bool { return strings.ContainsRune("、，,（(）)", r) }), starts)
	})
}

// splitNameBy is splitName with isName telling roster names and follows
// (nil for none) what may be glued to a name.
func (p *pointsFlow) splitNameBy(isName func(string) bool, args string, follows func(string) bool) (name, rest string) {
	args = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(args), "@"))
	for _, vn := range p.r.cfg.Villages {
		args = strings.TrimSpace(strings.TrimPrefix(args, vn.Name))
	}
	if args == "" {
		return "", ""
	}
	first, after, _ := strings.Cut(args, " ")
	first = strings.Trim(first, "，,、:：")
	if isName(first) {
		return first, strings.TrimSpace(after)
	}
	for _, home := range words.HomeWords {
		// "加分 张三家 美丽庭院": the household, named by its member
		if n, cut := strings.CutSuffix(first, home); cut && isName(n) {
			return n, strings.TrimSpace(after)
		}
	}
	if name, rest, ok := words.SpacedName(args, isName); ok {
		return name, rest // "张 三 洗衣液 1"
	}
	rs := []rune(args)
	for n := min(len(rs), 5); n >= 2; n-- {
		if isName(string(rs[:n])) {
			if word := words.NameGlued(args, string(rs[:n]), follows); word != "" {
				// "陈二二 香皂 1" is not 陈二's: asked, never charged to him
				return word, strings.TrimLeft(args[len(word):], " ，,、:：")
			}
			return string(rs[:n]), strings.TrimLeft(string(rs[n:]), " ，,、:：")
		}
	}
	return first, strings.TrimSpace(after)
}

// deedYearBack is how many calendar years before now's the deed told in
// text was done: 去年, 前年 (words.DeedYearBack), else the year of the day
// it names (village.DeedDay: 「12月28号扫雪」 or 「上个月28号」 sent in
// January is last year's, pts106); 0 for this year's.
func (p *pointsFlow) deedYearBack(text string, at time.Time) int {
	if back := words.DeedYearBack(text); back > 0 {
		return back
	}
	now := at.In(p.r.cfg.Location())
	if day, named := village.DeedDay(text, now); named && day.Year() < now.Year() {
		return now.Year() - day.Year()
	}
	return 0
}

// laterDeed answers a claim whose words place the deed on a day still to
// come (「申请积分 明天帮王奶奶扫雪」, 「12月28号…」 said on the 8th): points
// are claimed once the deed is done, so nothing is filed and he hears
// when to send it (pts107: it was filed, and the scorers asked to score
// what nobody had done yet). A day done named too (village.DeedDay:
// 「昨天扫了 明天还去」) files as before. done is false otherwise.
func (p *pointsFlow) laterDeed(ctx context.Context, t *turn, person village.Person, text string) (done bool, err error) {
	now := t.at.In(p.r.cfg.Location())
	day, ok := village.DayNamed(text, now)
	if !ok {
		day, ok = village.FestivalAhead(text, now) // 「明年元旦」 (pts108)
	}
	if _, named := village.DeedDay(text, now); !ok || named || !day.After(now) {
		return false, nil
	}
	return true, p.r.reply(ctx, t, "points.claim.later", map[string]any{"Name": person.Name, "Day": day, "Now": now})
}

// staleDeed answers a claim of this year whose words name a day (village.
// DeedDay: 「元旦那天帮王奶奶扫雪」 in December) whose claiming time is over:
// a deed is claimed before the 公示 after the one listing its own month or
// quarter (config.Points.PublicityOf twice: January's by 1 March 09:00,
// monthly), so at most two periods late (pts109: a deed eleven months
// back filed like any claim, counted in December's caps, witnesses long
// gone). Nothing is filed; he hears the day it was due and that a
// scorer, named, may still record it (加分) if it checks out. done is
// false when the day is within its time, none is named, or no 公示 is
// scheduled.
func (p *pointsFlow) staleDeed(ctx context.Context, t *turn, person village.Person, text string) (done bool, err error) {
	data := p.staleData(t, person, text)
	if data == nil {
		return false, nil
	}
	return true, p.r.reply(ctx, t, "points.claim.stale", data)
}

// staleData is what points.claim.stale says of a deed whose words name a
// day (village.DeedDay) past its claiming time (config.Points.ClaimDue),
// for person; nil when none is named or it is within its time. A claim
// (staleDeed) and a question (「腊月二十三那天帮王奶奶扫房子 能加分不」,
// pointsRules) are told alike.
func (p *pointsFlow) staleData(t *turn, person village.Person, text string) map[string]any {
	loc := p.r.cfg.Location()
	now := t.at.In(loc)
	day, named := village.DeedDay(text, now)
	if !named {
		return nil
	}
	due, listed, days := p.cfg.ClaimDue(day, loc)
	if due.IsZero() || now.Before(due) {
		return nil
	}
	return map[string]any{"Name": person.Name, "Day": day, "Listed": listed, "Due": due,
		"Days": days, "Now": now, "Quarterly": p.cfg.Publicity.Cadence == "quarterly", "Scorers": p.scorers(person.Village, person.Grid, person.Household)}
}

// pastYearDeed answers a claim whose words place the deed back years
// before the calendar year it is told in (words.DeedYearBack: 「去年腊月帮
// 五保户扫雪」), a points year already settled (pts105): nothing is filed,
// it would count in the year of its filing. The year closed at the last
// year-end run (January's 「去年12月28日…」) is the scorers': they are told
// privately, with the 加分 dated then that counts it in that year
// (recordPeriod), and he hears so. An older one is refused, saying how to
// claim a deed of this year (a winter's or 腊月's may be this January's).
// done is false when no year-end run is configured.
func (p *pointsFlow) pastYearDeed(ctx context.Context, t *turn, person village.Person, ind village.Indicator, text string, back int) (done bool, err error) {
	data := p.pastYearData(t, person, text, back)
	if data == nil {
		return false, nil
	}
	data["I"] = ind
	if data["Told"] == true {
		t.out = append(t.out, p.tellReviewers(p.reviewers(person.Village, person.Grid, person.Household), "points.claim.pastyear.scorer", data)...)
	}
	return true, p.r.reply(ctx, t, "points.claim.pastyear", data)
}

// pastYearData is what points.claim.pastyear says of a deed back years
// (pastYearDeed), for person; nil when no year-end run closed its year. A
// claim and a question (「去年腊月二十三帮王奶奶扫房子 能加分不」, pointsRules)
// are told alike. Told: the year just closed, whose scorers a claim tells.
func (p *pointsFlow) pastYearData(t *turn, person village.Person, text string, back int) map[string]any {
	if back <= 0 {
		return nil
	}
	loc := p.r.cfg.Location()
	now := t.at.In(loc)
	year := now.Year() - back
	closed, _ := p.cfg.YearEnds(time.Date(year+1, time.June, 30, 0, 0, 0, 0, loc))
	if closed.IsZero() || closed.After(now) {
		return nil
	}
	data := map[string]any{"Name": person.Name, "Year": year, "Closed": closed, "Now": now, "Said": text,
		"Back": back, "Where": t.m.Chat, "Private": t.where.Kind == words.InPrivate, "Lunar": words.DeedYearLunar(text),
		"Scorers": p.scorers(person.Village, person.Grid, person.Household)}
	if words.DeedYearBack(text) == 0 {
		// the year read from a day named (「12月28号」), not from 去年
		data["Dated"], _ = village.DeedDay(text, now)
	}
	if year+1 == p.cfg.Year(now) && now.Sub(closed) < clearedLately {
		// the year just closed: a scorer's dated 加分 counts it there
		data["Told"] = true
		if day, named := village.DeedDay(text, now); named && day.Year() == year {
			data["Day"] = day // 「去年12月28日」: the 加分 dated so
		}
	}
	return data
}
