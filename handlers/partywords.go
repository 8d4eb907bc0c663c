package handlers

// A party's further words about his quarrel while its mediation is open:
// "50块不够 那是下蛋的母鸡" after the handlers' 进展 proposed 50 yuan. They
// are what the mediators need to hear, as they hear the other party's first
// word of it (joinDispute, disputeSide): one path, tellParty, rationed by
// partyHeard so that a heated exchange is not sent word by word.

import (
	"context"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// tellParty keeps on rep what a party of its quarrel said in the group,
// or privately to the bot (ActSaid: 查 shows it, partyHeard counts it),
// and tells the handlers privately (dispute.joined): his joining, or,
// again, his further words, after which he hears privately that they
// were passed on (mediation talk belongs in private; the group hears
// nothing). Words that partyHeard rations are kept on the item all the
// same, quietly (Entry.Quiet: nothing he says of his open item is lost,
// and the mediators read it in 查), in the commit that would have told
// them: said privately he hears so (he wrote to the bot, and is
// answered); said in the group nobody is told (keep84).
func (r *Router) tellParty(t *turn) func(*village.Report, bool) []bot.Outbound {
	private := t.where.Kind == words.InPrivate
	return func(rep *village.Report, again bool) []bot.Outbound {
		me := r.shown(t.who)
		yielding := words.Yields(t.text)
		// the other side gave way already since their last step: both
		// now say they will settle
		both := yielding && words.YieldedBy(*rep, func(by string) bool { return by != me && !slices.Contains(rep.Handlers, by) })
		offer := words.OfferSum(t.text)
		adds := r.newlyAdds(t, *rep) || r.addsToOther(t, *rep) && !r.toldSinceStep(t, *rep)
		if r.partyHeard(t, *rep) && !r.newlyYields(t, *rep) && !newlyOffers(me, offer, *rep) && !adds {
			rep.TellQuietly(me, t.at, words.ShortText(t.text))
			if !private {
				return nil
			}
			return r.partyPassed(t, rep, again, true)
		}
		if adds && rep.ReporterSide(t.who) {
			// 「还有 他家的鸡天天跑俺家菜地里刨」 in the hour after he filed
			// the wall: his 补充, told as any reporter's (addedToFiled)
			rep.Tell(me, t.at, words.AddedNote+words.ShortText(t.text))
			out := r.mediatorsTold(t, rep, "report.repeat.handler", map[string]any{"Adds": true, "Private": private, "Wake": r.wake(t)})
			return append(out, r.partyPassed(t, rep, again, false)...)
		}
		rep.Tell(me, t.at, words.ShortText(t.text))
		debtor := r.secondCreditor(t, *rep, again)
		out := r.mediatorsTold(t, rep, "dispute.joined", map[string]any{"Again": again, "Private": private,
			"Yields": yielding, "Pays": yielding && strings.Contains(t.text, "赔"), "Both": both, "Offers": offer != "",
			"Unkept": words.AnswersUnkept(*rep, t.text), "Side": r.joinerSide(t, *rep, again), "Creditor": debtor})
		if debtor != "" {
			// 「他也欠我的」: another creditor of the same debtor is told
			// what was done with his debt, as the mediators are
			text := r.texts.Render("dispute.creditor", map[string]any{"R": rep, "Who": me, "Debtor": debtor,
				"Handlers": rep.Handlers, "Private": private})
			return append(out, r.toSender(t, text))
		}
		return append(out, r.partyPassed(t, rep, again, false)...)
	}
}

// joinerSide is which side of quarrel rep a newcomer's first word takes,
// for its mediators (dispute.joined .Side): of the reporter's household
// (「和金大海是一家」), of the household its text names (「是雷志明家的」),
// or of neither and naming one side only: against the one named in it
// with the reporter (「和金大海一样，说的是雷志明」: 赵鹏's own unpaid
// wages from the same contractor) or against the reporter (「说的是金大海，
// 帮雷志明那边说话」). "" for the reporter, the named party himself, a word
// said again, or one that names both sides or neither.
func (r *Router) joinerSide(t *turn, rep village.Report, again bool) string {
	if again || rep.ReportedBy(t.who) {
		return ""
	}
	if debtor := r.secondCreditor(t, rep, again); debtor != "" {
		return "说" + debtor + "也欠他的钱，是另一笔账；办结时请把每一笔写清楚：给谁、多少、哪天前"
	}
	named := r.partiesNamed(&rep)
	if rep.ReporterSide(t.who) {
		return "和" + rep.Reporter + "是一家"
	}
	for _, p := range named {
		if p.Key() == t.who.Key() {
			return ""
		}
		if words.OwnSide(p)(t.who) {
			return "是" + p.Name + "家的"
		}
	}
	said := r.partiesNamed(&village.Report{Village: rep.Village, Chat: "-", Text: t.text})
	reporter := slices.ContainsFunc(said, rep.ReporterSide)
	var accused []string
	for _, p := range named {
		if !rep.ReporterSide(p) && slices.ContainsFunc(said, words.OwnSide(p)) {
			accused = append(accused, p.Name)
		}
	}
	switch {
	case len(accused) > 0 && !reporter:
		return "和" + rep.Reporter + "一样，说的是" + strings.Join(accused, "、")
	case reporter && len(accused) == 0 && len(named) > 0:
		return "说的是" + rep.Reporter + "，帮" + named[0].Name + "那边说话"
	}
	return ""
}

// secondCreditor is the debtor of quarrel rep, a debt (words.IsDebt: 「陈二
// 欠我工钱3000」), when a newcomer's first word tells money the same
// debtor owes him (words.OwedToSpeaker: 「他也欠我的，在我店里赊了两千多」):
// another creditor of one debtor. **Decided (med100):** he follows the
// first creditor's item, as before: one debtor's debts are mediated at one
// table (what he can pay, and to whom first, is one talk), and the 办结
// names each sum and day; but he and the mediators are told so, where
// before the mediators read only 「周八也说了」 and he heard nothing. ""
// for anyone else: the reporter's household, the debtor's, a party
// already, a word said again.
func (r *Router) secondCreditor(t *turn, rep village.Report, again bool) string {
	if again || rep.ReportedBy(t.who) || rep.ReporterSide(t.who) ||
		!words.IsDebt(rep.Text) || !words.OwedToSpeaker(t.text) {
		return ""
	}
	var debtors []string
	for _, p := range r.partiesNamed(&rep) {
		if p.Key() == t.who.Key() || words.OwnSide(p)(t.who) {
			return "" // the debtor's household answering
		}
		if !rep.ReporterSide(p) {
			debtors = append(debtors, p.Name)
		}
	}
	if len(debtors) != 1 {
		return ""
	}
	return debtors[0]
}

// newlyAdds reports whether t, a party's words on rep, names a thing of
// the quarrel that neither rep's text nor any word kept on it names
// (understand.AddsSubject): 「还有 他家的鸡天天跑俺家菜地里刨」 after the
// wall he filed is news its mediators hear at once, however lately he
// spoke (partyHeard); the wall said again is not.
func (r *Router) newlyAdds(t *turn, rep village.Report) bool {
	if !understand.NamesSubject(t.said()) {
		return false
	}
	before := []understand.Said{t.hear(rep.Text)}
	for _, e := range rep.History {
		if e.Note != "" {
			before = append(before, t.hear(e.Note))
		}
	}
	return understand.AddsSubject(t.said(), before...)
}

// addsToOther reports whether t is the reporter's word, while his quarrel
// rep is live (words.DisputeLive since its filing or its handlers' last
// step), joined on to what he told of the other side's household
// (words.JoinedOnHousehold): 「还有 他家的狗也老冲俺家孩子叫」 names no
// thing of the item and reads as chatter, but is his 补充 of it (med96).
// The other household is the quarrel's: partyFits refused a third one.
func (r *Router) addsToOther(t *turn, rep village.Report) bool {
	return rep.ReporterSide(t.who) && t.at.Sub(words.LastTouched(rep)) <= words.DisputeLive && words.JoinedOnHousehold(t.text)
}

// toldSinceStep reports whether the handlers of rep were told words of
// the sender of t since they last took a step on it, within
// words.DisputeLive (partyHeard without his filing): his first 补充 of a
// live quarrel is told, the next ones within the hour kept quietly, as
// the other party's further words are.
func (r *Router) toldSinceStep(t *turn, rep village.Report) bool {
	name := r.shown(t.who)
	for i := len(rep.History) - 1; i >= 0; i-- {
		e := rep.History[i]
		if e.Action != village.ActSaid {
			return false
		}
		if e.By == name && !e.Quiet {
			return t.at.Sub(e.At) < words.DisputeLive
		}
	}
	return false
}

// partyPassed is what the party who spoke in t hears of his words on rep
// (dispute.passed): that they were passed on to its handlers, or, kept,
// that they were kept for them. A bystander's first word, an item nobody
// handles, or one the bot cannot write to get nothing.
func (r *Router) partyPassed(t *turn, rep *village.Report, again, kept bool) []bot.Outbound {
	if _, unreached := r.guard.PassesOn(r.shown(t.who)); !again && !r.namedIn(t.who, *rep) || len(rep.Handlers) == 0 || unreached {
		// a bystander's first word joins the quarrel, nothing he waits
		// on; the side its text names telling his account waits on the
		// mediators as the reporter does (quarrel83); one the bot cannot
		// write to is not told through his worker
		return nil
	}
	text := r.texts.Render("dispute.passed", map[string]any{"R": rep, "Who": r.shown(t.who), "Handlers": rep.Handlers,
		"Private": t.where.Kind == words.InPrivate, "Kept": kept, "First": !again, "Wake": r.wake(t)})
	return []bot.Outbound{r.toSender(t, text)}
}

// newlyYields reports whether t is a party's conciliatory word (yields)
// after none of his since the handlers' last step: news they hear at
// once, however lately he spoke (partyHeard).
func (r *Router) newlyYields(t *turn, rep village.Report) bool {
	me := r.shown(t.who)
	return words.Yields(t.text) && !words.YieldedBy(rep, func(by string) bool { return by == me })
}

// newlyOffers reports whether offer, a sum the party me offers
// (words.OfferSum), is one he did not offer since the handlers' last step
// on rep: news they hear at once, however lately he spoke (partyHeard).
func newlyOffers(me, offer string, rep village.Report) bool {
	return offer != "" && !words.SaidSinceStep(rep, func(by string) bool { return by == me },
		func(said string) bool { return words.OfferSum(said) == offer })
}

// yieldsOn reports whether t is a party's conciliatory word (Yields)
// about rep: words that give way plainly ("不计较了", "我赔"), or loose
// ones ("算了", words.YieldsLoosely) with the quarrel's context: words
// naming it (这事, 吵, a person its text names), or right after its
// handlers' 进展 (words.AfterStep) and saying nothing else
// (words.YieldsBare). His 「算了 明天再去镇上买吧」 about something else
// does not reach the mediators, even right after their step.
func (r *Router) yieldsOn(t *turn, rep village.Report) bool {
	if !words.Yields(t.text) {
		return false
	}
	if !words.YieldsLoosely(t.text) || words.AfterStep(rep, t.at) && words.YieldsBare(t.text) {
		// a loose word right after the step answers it only when it says
		// nothing else: 「算了 明天再去镇上买吧」 is of his shopping (rep74)
		return true
	}
	return words.QuarrelNamed(t.text, r.othersNamed(t, rep))
}

// othersNamed are the people of rep's quarrel other than the sender of t:
// its reporter and those of its village its text names.
func (r *Router) othersNamed(t *turn, rep village.Report) []string {
	names := []string{rep.Reporter}
	for _, p := range r.people.All() {
		if p.Village == rep.Village && utf8.RuneCountInString(p.Name) > 1 && strings.Contains(rep.Text, p.Name) {
			names = append(names, p.Name)
		}
	}
	return slices.DeleteFunc(names, func(n string) bool { return n == r.shown(t.who) || n == t.who.Name })
}

// insultOn reports whether t is a party's word that he is insulted
// (words.Insulted) in rep's quarrel: it names the quarrel or another of
// its people ("陈二骂得太难听了 大家都看见了"), however the reader took it
// (noise, a question): a grievance of his quarrel, not lost (quiet85).
func (r *Router) insultOn(t *turn, rep village.Report) bool {
	return words.Insulted(t.text) && words.QuarrelNamed(t.text, r.othersNamed(t, rep))
}

// partyHeard reports whether the handlers of rep heard from the sender of
// t, a party to it, since they last took a step on it and within
// disputeLive: his report (its filing), or words of his told them since
// (tellParty, tellInsult; not those kept quietly, Entry.Quiet: the limit
// is on what they are told, once an hour). A quarrel going on in the group is told to them
// once per party; his answer to their next step (a settlement proposed in
// a 进展, "50块不够") is told again.
func (r *Router) partyHeard(t *turn, rep village.Report) bool {
	name := r.shown(t.who)
	for i := len(rep.History) - 1; i >= 0; i-- {
		e := rep.History[i]
		if e.Action == village.ActSaid {
			if e.By == name && !e.Quiet {
				return t.at.Sub(e.At) < words.DisputeLive
			}
			continue // another's words, or his kept unsent (tellParty)
		}
		return e.Action == village.ActCreate && rep.ReportedBy(t.who) && t.at.Sub(e.At) < words.DisputeLive
	}
	return false
}

// partyWords takes a party's words that nothing else took, said in a
// grid group and not to the bot, or privately to the bot (where he was
// asked to talk of it), about his mediation item still open (not 办结:
// his words then are his answer to it), at any time while it is: "50块
// 不够 那是下蛋的母鸡" the morning after the 进展 that proposed 50 yuan.
// Words are of it by the test the other party's side is held to
// (disputeSide: a thing the item names, understand.SharesSubject), or
// name a thing or an amount of its latest 进展, the proposal he answers.
// They go to its handlers through tellParty (kept quietly when
// partyHeard), or, in the group, his word that he is insulted naming the
// quarrel's other people however it was read (insultOn), through
// tellInsult as joinDispute's; unrelated words of his ("大家早上好", a new trouble told
// privately) are left to what takes them otherwise. done is false when
// no item fits.
func (r *Router) partyWords(ctx context.Context, t *turn) (done bool, err error) {
	fits := func(rep village.Report) bool { return r.partyFits(t, rep) }
	switch {
	case t.quote != nil:
		return false, nil
	case t.where.Kind == words.InPrivate:
		return r.partyWrote(ctx, t, fits)
	case t.addr || t.where.Kind != words.InGrid:
		return false, nil
	}
	tell := r.tellParty(t)
	if words.Insulted(t.text) {
		// told as joinDispute tells one: once an hour per item
		tell = r.tellInsult(t)
	}
	return r.join(ctx, t, true, everyWord, fits, tell)
}

// partyFits reports whether t's words are a party's about rep, his
// mediation item still open (partyWords).
func (r *Router) partyFits(t *turn, rep village.Report) bool {
	last, _ := rep.Last(village.ActProgress)
	proposal := last.Note // the latest 进展's proposal ("鸡的事赔50块"), "" for none
	return rep.Type == village.Mediation && rep.Status != village.StatusResolved && !rep.HandledBy(t.who) && r.partyTo(t.who, rep) &&
		!words.OtherHousehold(t.text, r.quarrelSides(rep)) && !r.owedByOutsider(rep.Village, t.hear(rep.Text), rep.ReporterSide) && !r.debtApart(t, rep) &&
		(understand.SharesSubject(t.hear(rep.Text), t.said()) || r.yieldsOn(t, rep) || r.insultOn(t, rep) || talksBackOn(t, rep) || words.AnswersUnkept(rep, t.text) || r.addsToOther(t, rep) || proposal != "" &&
			(understand.SharesSubject(t.hear(proposal), t.said()) || words.SharesAmount(proposal, t.text)))
}

// talksBackOn reports whether t talks back (words.TalksBack: 「过年就停几
// 天 至于吗」) in the group of quarrel rep while it is live
// (words.DisputeLive): his side of it, whatever thing it names (med103).
func talksBackOn(t *turn, rep village.Report) bool {
	return t.where.Kind == words.InGrid && rep.Chat == t.m.Chat && words.TalksBack(t.text) && t.at.Sub(words.LastTouched(rep)) <= words.DisputeLive
}

// partyYieldTold reports whether, on open, t's words are a party's
// conciliatory word partyWords takes in a commit: the newest item of this
// group they fit (told its mediators, or kept quietly when they heard from
// him within the hour: tellParty).
func (r *Router) partyYieldTold(t *turn, open []village.Report) bool {
	if t.quote != nil || t.addr || t.where.Kind != words.InGrid || !words.Yields(t.text) {
		return false
	}
	return len(words.Newest(open, 1, func(rep village.Report) bool { return rep.Chat == t.m.Chat && r.partyFits(t, rep) })) == 1
}

// everyWord is join's again for a party's words (tellParty): every word
// of his commits, kept on the item; tellParty decides whether its
// handlers hear it.
func everyWord(village.Report) bool { return true }

// partyWrote is partyWords for words sent privately: the newest open
// item of his grid that fits takes them (tellParty, as further words:
// he is told they were passed on), in one commit; his grid's open items
// are read as this process follows them (openFollowed), most often with
// no round trip, and only for words that name a thing or an amount.
// done is false when none fits.
func (r *Router) partyWrote(ctx context.Context, t *turn, fits func(village.Report) bool) (done bool, err error) {
	if !understand.NamesSubject(t.said()) && len(words.AmountsIn(t.text)) == 0 && !words.Yields(t.text) && !words.Insulted(t.text) {
		// fits needs a thing named, an amount, a yield or an insult:
		// "你好" reads no items
		return false, nil
	}
	open, err := r.openFollowed(ctx, t)
	if err != nil {
		return false, err
	}
	found := words.Newest(open, 1, fits)
	if len(found) == 0 {
		return false, nil
	}
	rep := found[0]
	sc := storage.VillageScope(rep.Village)
	t.scope = sc
	_, err = r.commit(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Out: r.tellParty(t)(&rep, true), Report: &rep,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: words.ShortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		// the item changed since it was read: read the grid again, once
		return r.partyWrote(ctx, t, fits)
	}
	return true, err
}
