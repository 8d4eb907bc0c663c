package handlers

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// relapseOf finds the mediation items of grid g of village v whose
// dispute a new mediation item, told by reporter in text, takes up again:
// reporter is a party to it (Router.partyTo) and text says so: it names
// the same thing (墙, 牛: understand.SharesSubject), or the other side by
// name, or that the quarrel broke out again or mediating it failed ("又吵
// 起来了", "调解了好几次都没用"). recurs is such an item closed within
// relapseWindow before t (village.Report.Recurs) whose thing text does
// not name another of (understand.ThingsDiffer: a cow in the corn is no
// homestead quarrel come back), along one still open
// (not closed: village.Report.Along), each the newest of its kind, zero
// when none: "张三家的牛又把我家玉米地踩了" may be the cow quarrel come back
// while the one over the ditch between the same households is still
// mediated. A new quarrel with another household is none.
// The grid's reports are those this process follows (no round trip once
// followed): the link is a note for the mediators, not a decision a
// stale copy could make wrong, so the filing's commit does not check it.
//
// Only the village's statusRecent newest reports and the grid's open ones
// are looked at: a closed item older than the village's 200 newest
// reports is not found (see docs/design-notes.md, "Quarrels after the
// first day"). unchecked is, when text says the quarrel came back and
// no closed item was found while those newest reports reach back less
// than relapseWindow, since when the search looked (the oldest of them
// was filed): the item's handlers are told that older ones were not
// checked (relapse.unchecked); zero otherwise.
func (r *Router) relapseOf(ctx context.Context, t *turn, v, g string, reporter village.Person, text string) (recurs, along village.Report, unchecked time.Time, err error) {
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(v), g, words.StatusRecent)
	if err != nil {
		return village.Report{}, village.Report{}, time.Time{}, err
	}
	said := t.hear(text)
	flares, _ := understand.QuarrelFlares(said)
	again := flares || understand.MediationFails(said)
	defer func() {
		if recurs.ID == "" && (again || words.ContainsAnyOf(said.Raw, words.RelapseWords...)) {
			unchecked = words.SearchedSince(reports, t.at)
		}
	}()
	named := r.sidesNamed(v, reporter, text)
	for _, old := range reports {
		if old.Type != village.Mediation || old.Grid != g || !r.partyTo(reporter, old) || r.otherQuarrel(reporter, named, old, text) {
			continue
		}
		if !again && !understand.SharesSubject(t.hear(old.Text), said) && !r.namesOtherSide(reporter, old, text) && !r.counterClaim(reporter, old, text) {
			continue
		}
		switch {
		case old.Status.Open():
			// any quarrel of the same households goes along an open one
			if along.ID == "" || old.CreatedAt.After(along.CreatedAt) {
				along = old
			}
		case old.Status == village.StatusClosed && t.at.Sub(words.ClosedAt(old)) <= words.RelapseWindow &&
			!understand.ThingsDiffer(t.hear(old.Text), said):
			// the same dispute come back: not one over another thing
			// ("张三家的牛又跑到我家地里" after the homestead one, 又 and
			// his name notwithstanding)
			if recurs.ID == "" || old.CreatedAt.After(recurs.CreatedAt) {
				recurs = old
			}
		}
	}
	return recurs, along, time.Time{}, nil
}

// sidesNamed are the villagers on the roll of village v that text names
// other than p, who said it, and the mediators (a grid's leader or worker,
// a township officer: 「李四到底管不管」 names no side): the sides text
// may name, for otherQuarrel.
func (r *Router) sidesNamed(v string, p village.Person, text string) []village.Person {
	named := r.partiesNamed(&village.Report{Village: v, Chat: "-", Text: text})
	return slices.DeleteFunc(named, func(n village.Person) bool { return n.Name == p.Name || words.MediatesAny(n) })
}

// otherQuarrel reports whether text, said beside rep (a mediation item),
// is of a household none of rep's sides: the villagers it names (named,
// othersNamed) are none of them a party to rep, or, with none named, it
// names a household as villagers call one that rep's sides do not
// (words.OtherHousehold of quarrelSides). 「王五家的鸡又进我家菜地」 beside
// 陈二's quarrel with 张三 over a cow, 「老刘家的狗也天天半夜叫」 beside
// 张三's quarrel with 陈二's dog: another quarrel, neither its relapse
// (relapseOf) nor more of it (ownRepeat, duplicate), however alike the
// thing. Another creditor of rep's debtor (words.IsOtherCreditor, sender
// p) is at odds with the debtor only: 周八's 「陈二前年借我两千块…」 beside
// 陈二's wages from 张三, which 周八 follows for 张三's 800, is another
// debt though 陈二 is rep's party (med106).
func (r *Router) otherQuarrel(p village.Person, named []village.Person, rep village.Report, text string) bool {
	if len(named) > 0 {
		creditor := words.IsOtherCreditor(rep, p.Name)
		return !slices.ContainsFunc(named, func(n village.Person) bool { return r.partyTo(n, rep) && !(creditor && rep.ReporterSide(n)) })
	}
	return words.OtherHousehold(text, r.quarrelSides(rep))
}

// namesOtherSide reports whether text names a party to rep, a mediation
// item, of the other side than p: its reporter or a follower when p is
// named in it, a villager its text names when p reported it.
func (r *Router) namesOtherSide(p village.Person, rep village.Report, text string) bool {
	var others []string
	if rep.ReporterSide(p) {
		for _, n := range r.partiesNamed(&rep) {
			others = append(others, n.Name)
		}
	} else {
		others = append([]string{rep.Reporter}, rep.Followers...)
	}
	for _, n := range others {
		if utf8.RuneCountInString(n) > 1 && n != p.Name && strings.Contains(text, n) {
			return true
		}
	}
	return false
}

// settledNews answers a villager's words in his grid's group that a
// matter resolved or closed lately is not done, or back ("垃圾还在呢 没拉
// 走"): the grid's newest item of the same thing (understand.SharesSubject)
// that is resolved or closed within settledWindow, not a quarrel's
// (quarrelFlared) nor an emergency's. Of one resolved, waiting on its
// reporter (who answers with his own 未解决: awaitedAnswer), the word of
// anyone else changes nothing: its handlers are told and asked to look,
// their 进展 takes the 办结 back. Of one closed, which stays closed, his
// words are a new report linked to it (Report.Recurs), filed in his name.
// A question ("垃圾还在吗") is none, however it reads ("还在呢" reads as
// one). done is false for anything else; the grid's reports are read as
// this process follows them.
func (r *Router) settledNews(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || t.where.Grid == "" ||
		reading.Type == village.Emergency || reading.Type == village.Mediation || strings.ContainsAny(t.text, "?？吗") ||
		len(village.FindRefs(t.text)) > 0 || t.who.Tends(t.where.Village, t.where.Grid) || !words.UndoneTalk(t.text) {
		return false, nil
	}
	at := r.commits.Load()
	reports, read, err := r.store.FollowedReports(ctx, storage.VillageScope(t.where.Village), t.where.Grid, words.StatusRecent)
	if err != nil {
		return true, err
	}
	if open, rd, ok := read.Open(); ok {
		// read with them: the grid's open reports, for what looks at
		// them next in this message (「我还在上班 晚点回」: ownRepeat)
		keep(r, &t.open, t.gridKey(), at, openRead{open, rd})
	}
	said := t.said()
	var found village.Report
	for _, old := range reports {
		if old.Grid != t.where.Grid || old.Type == village.Mediation || old.Type == village.Emergency || old.Private() ||
			!understand.SharesSubject(t.hear(old.Text), said) {
			continue
		}
		switch {
		case old.Status == village.StatusResolved && !old.ReportedBy(t.who):
		case old.Status == village.StatusClosed && t.at.Sub(words.ClosedAt(old)) <= words.SettledWindow:
		default:
			continue
		}
		if found.ID == "" || old.CreatedAt.After(found.CreatedAt) {
			found = old
		}
	}
	switch found.Status {
	case village.StatusResolved:
		return true, r.reply(ctx, t, "settled.news", map[string]any{"Now": t.at, "Who": t.who.Name, "R": &found, "Resolved": words.ClosedAt(found)})
	case village.StatusClosed:
		t.recurs, t.noDup = &found, true
		err := r.report(ctx, t, t.text, found.Type)
		t.recurs = nil
		return true, err
	}
	return false, nil
}

// otherMeant reports whether a villager's words that something is not
// done name the thing of another item of his grid settled lately, not
// that of rep, his own (see settledNews): read on the grid's reports as
// this process follows them.
func (r *Router) otherMeant(ctx context.Context, t *turn, rep village.Report) bool {
	said := t.said()
	if t.where.Kind != words.InGrid || understand.SharesSubject(t.hear(rep.Text), said) {
		return false
	}
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(t.where.Village), t.where.Grid, words.StatusRecent)
	if err != nil {
		return false // his own, as before
	}
	for _, old := range reports {
		if old.ID != rep.ID && old.Grid == t.where.Grid && words.SettledNote(old) && old.Status != village.StatusDuplicate &&
			!old.Private() && understand.SharesSubject(t.hear(old.Text), said) {
			return true
		}
	}
	return false
}
