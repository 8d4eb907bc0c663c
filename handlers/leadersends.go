package handlers

// A grid leader's plain words that name the matter and the cadre he
// sends to it ("路灯的事让何志强去弄", "收到 朱大勇你去看一下"): of what
// waits in the group — fresh reports, villagers' confirm-backs — the one
// his words fit is taken on and given to that cadre, as 「确认」 and 「指派」
// would, in one commit. A name of the roster that is no cadre of the grid
// is said to be so; nothing is given to him.

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// leaderSends gives, for a grid leader whose plain words send cadres of
// his grid to a matter (delegates), the fresh report they mean to them
// (assignFresh), or says the item just given to them is theirs already
// (sentAlready); words that send someone of the roster who is no cadre of
// the grid (sendsNoCadre) are told so while a fresh report waits. done
// is false when his words send nobody, or nothing is fresh.
func (r *Router) leaderSends(ctx context.Context, t *turn) (done bool, err error) {
	if done, err := r.splitsFresh(ctx, t); done {
		// 「收到，坡路我马上叫人去撒盐，水管让王五去看看」: both new ones
		return true, err
	}
	if names, note, ok := r.delegates(t); ok {
		if done, err := r.assignFresh(ctx, t, names, note); done {
			return true, err
		}
		return r.sentAlready(ctx, t, names)
	}
	p, ok := r.sendsNoCadre(t)
	if !ok {
		return false, nil
	}
	mine, _, err := r.freshReports(ctx, t, t.text)
	if err != nil || len(mine) == 0 || toldOf(p, nil, mine) {
		// "张三你去看下" to the reporter: his words to her, taken on for
		// him as before
		return err != nil, err
	}
	return true, r.notSendable(ctx, t, p.Name, true, mine)
}

// sentAlready answers a grid leader whose words send names to a matter
// again ("收到 朱大勇你去看一下" twice) while nothing is fresh: the one
// item of the group whose last step, within words.FreshWindow, gave it to
// them all is theirs already (assign.already, as 「指派 #R 朱大勇」 again
// hears): no second 指派, nobody @-called again. done is false when no
// such item is, or several.
func (r *Router) sentAlready(ctx context.Context, t *turn, names []string) (done bool, err error) {
	var sent []village.Person
	for _, n := range names {
		p, err := r.people.Lookup(t.where.Village, n)
		if err != nil {
			return false, nil
		}
		sent = append(sent, p)
	}
	open, _, err := r.groupOpen(ctx, t)
	if err != nil {
		return true, err
	}
	given := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		last, ok := rep.LastStep()
		return !ok || rep.Chat != t.m.Chat || last.Action != village.ActAssign || t.at.Sub(last.At) > words.FreshWindow ||
			slices.ContainsFunc(sent, func(p village.Person) bool { return !rep.HandledBy(p) })
	})
	if len(given) != 1 {
		return false, nil
	}
	return true, r.reply(ctx, t, "assign.already", map[string]any{"R": &given[0], "Names": words.Names(sent)})
}

// sendsNoCadre is someone of the village's roster, not a cadre of the
// grid nor one of the village's mediators, whom the grid leader's words t
// send to a matter as they would send a worker ("让张三去看看"). ok is
// false for words that send a cadre of the grid (sendsCadre), nobody, a
// question, or anyone's words but the leader's.
func (r *Router) sendsNoCadre(t *turn) (p village.Person, ok bool) {
	if t.quote != nil || strings.ContainsAny(t.text, "?？吗") || utf8.RuneCountInString(t.text) > 30 ||
		!t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) {
		return village.Person{}, false
	}
	if _, _, ok := r.sendsCadre(t); ok {
		return village.Person{}, false
	}
	cadres := slices.Concat(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker), r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader),
		r.mediators(t.where.Village))
	known := r.nameIn(t.where.Village)
	names, _, ok := words.SendsTo(t.text, func(n string) bool {
		return n != t.who.Name && known(n) && !slices.ContainsFunc(cadres, func(p village.Person) bool { return p.Name == n })
	})
	if !ok {
		return village.Person{}, false
	}
	p, err := r.people.Lookup(t.where.Village, names[0])
	return p, err == nil
}

// toldOf reports whether p is of the side of what waits: a villager
// whose confirm-back it is, or of her household, or the reporter's side
// of a fresh report ("陈二你去看看" to the one who told it).
func toldOf(p village.Person, ws []waitingConfirm, fresh []village.Report) bool {
	return slices.ContainsFunc(ws, func(w waitingConfirm) bool {
		return w.who.Key() == p.Key() || p.Household != "" && w.who.Household == p.Household
	}) || slices.ContainsFunc(fresh, func(rep village.Report) bool { return rep.ReporterSide(p) })
}

// notSendable tells the leader that name is no worker of his grid, so
// nothing was given to him: how he gives the matter to a worker, or takes
// it on himself (the command, when only one report of fresh is meant:
// only, nothing else waiting).
func (r *Router) notSendable(ctx context.Context, t *turn, name string, only bool, fresh []village.Report) error {
	ref := ""
	if only && len(fresh) == 1 {
		ref = fresh[0].ID
	}
	return r.reply(ctx, t, "send.notcadre", map[string]any{"Who": t.who.Name, "Name": name, "Ref": ref,
		"Workers": words.Names(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker))})
}

// confirmsMeant narrows what waits in the group beside a cadre's
// unquoted acceptance — villagers' confirm-backs ws, fresh reports — to
// what his words fit best (wordsFit: shared words or things, the
// reporter named): 「路灯的事让何志强去弄」 is of the lamp filed, not of the
// gas asked about. Nothing fitting, both are returned as they are.
func (r *Router) confirmsMeant(t *turn, ws []waitingConfirm, fresh []village.Report) ([]waitingConfirm, []village.Report) {
	type waiting struct {
		w   *waitingConfirm
		rep *village.Report
	}
	var all []waiting
	for i := range ws {
		all = append(all, waiting{w: &ws[i]})
	}
	for i := range fresh {
		all = append(all, waiting{rep: &fresh[i]})
	}
	fit := fitBest(all, func(x waiting) int {
		if x.rep != nil {
			return r.wordsFit(t, x.rep.Text, x.rep.Reporter)
		}
		return r.wordsFit(t, x.w.q.Text, r.shown(x.w.who))
	})
	if len(fit) == 0 {
		return ws, fresh
	}
	var keptWs []waitingConfirm
	var keptFresh []village.Report
	for _, x := range fit {
		if x.rep != nil {
			keptFresh = append(keptFresh, *x.rep)
		} else {
			keptWs = append(keptWs, *x.w)
		}
	}
	return keptWs, keptFresh
}

// takeFreshFor runs, on rep, the one fresh report a cadre's acceptance
// means while confirm-backs wait beside it (confirmsMeant), what his
// words make of it: 「指派 #R 王五 …」 when they send a cadre of the grid
// and he may give it (take.Send), else 「确认 #R 他的话」 when he may take
// it on. done is false when he may do neither: his words go on as if
// nothing else waited (a grid worker hears whose it is to give).
func (r *Router) takeFreshFor(ctx context.Context, t *turn, rep village.Report, take words.CadreTake) (done bool, err error) {
	text := ""
	if may, _, _ := r.mayNow(t, words.VAccept, rep); may {
		text = strings.TrimSpace("确认 #" + rep.ID + " " + take.Note)
	}
	if may, _, _ := r.mayNow(t, words.VAssign, rep); may && len(take.Send) > 0 && !slices.ContainsFunc(take.Send, rep.ReporterSide) {
		text = strings.TrimSpace("指派 #" + rep.ID + " " + strings.Join(words.Names(take.Send), "、") + " " + take.Task)
	}
	if text == "" {
		return false, nil
	}
	t.implied, t.known = true, []village.Report{rep} // read once: the command acts on it as read here
	_, err = r.run(ctx, t, text)
	t.known = nil
	return true, err
}

// dutyNotClaim reads a grid cadre's words that the reader took for a
// points claim of his own ("今天我调解了陈二家和张三家的矛盾", "别吵了 我
// 刚调解完") as his work on the one open item of the group he handles
// that they are of (dutyOf; of several, meantAmong's): they are read as
// if he had numbered it ("#R1 今天我调解了…", noteHint), never offered to
// the scorers for himself. done is false when they fit none of his items,
// or several alike: the claim is asked back as before.
func (r *Router) dutyNotClaim(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || len(village.FindRefs(t.text)) > 0 || !t.who.Tends(t.where.Village, t.where.Grid) {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	mine := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		return rep.Chat != t.m.Chat || rep.Private() || !r.handles(t, rep) || !rep.Status.Open() || rep.Status == village.StatusResolved ||
			rep.Type == village.Emergency || !r.dutyOf(t, rep)
	})
	if mine = r.meantAmong(t, mine); len(mine) != 1 {
		return false, nil
	}
	said := t.text
	t.text = "#" + mine[0].ID + " " + said
	done, err = r.noteHint(ctx, t, reading)
	t.text = said
	return done, err
}

// dutyOf reports whether t's words are of rep's work: of a quarrel, words
// of mediating it or of the quarrel itself; of another item, a thing of
// its words (understand.ThingsOf).
func (r *Router) dutyOf(t *turn, rep village.Report) bool {
	if rep.Type == village.Mediation {
		return words.ContainsAnyOf(t.text, words.MediatingWords...) || words.ContainsAnyOf(t.text, words.QuarrelTalk...) || words.ContainsAnyOf(t.text, "矛盾", "纠纷", "吵")
	}
	_, shared := understand.ThingsOf(t.said(), t.hear(rep.Text))
	return shared
}

// splitsFresh answers a grid leader's one message that splits fresh
// reports by their things, with no numbers: a clause sending a cadre of
// the grid to one matter, the others his own (「收到，坡路我马上叫人去撒
// 盐，水管让王五去看看」 with the icy slope and the frozen pipe new). The
// fresh ones the hand-over clause's thing names are that cadre's 指派,
// those the other clauses' things name his 确认 with those clauses the
// note, as his numbered 「R1 R2都收到了，路灯让王五去看，水沟我下午去」
// does (handsSomeOver): one change, one reply (rep100; was: asked which
// one he took on). A fresh report both parts name, or neither, is left
// as it is. done is false unless both parts name one.
func (r *Router) splitsFresh(ctx context.Context, t *turn) (done bool, err error) {
	name, clause, rest, ok := r.splitClauses(t)
	if !ok {
		return false, nil
	}
	mine, _, err := r.freshReports(ctx, t, t.text)
	if err != nil {
		return true, err
	}
	found, sent, kept := r.splitFresh(t, clause, rest, mine)
	if !sent || !kept {
		return false, nil
	}
	return r.handsSomeOver(ctx, t, found, name, clause, rest)
}

// splitClauses reads a grid leader's unquoted words in his group that
// split matters: the cadre of the grid a clause sends (name), that clause
// and the others (rest, his own; handoverClause). ok is false for other
// words, a question, a number.
func (r *Router) splitClauses(t *turn) (name, clause, rest string, ok bool) {
	if t.where.Kind != words.InGrid || t.quote != nil || !t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) ||
		utf8.RuneCountInString(t.text) > 60 || strings.ContainsAny(t.text, "?？吗") || len(village.FindRefs(t.text)) > 0 {
		return "", "", "", false
	}
	if name, ok = r.handoverTo(t, t.text); !ok {
		return "", "", "", false
	}
	clause, rest, ok = handoverClause(t, t.text, name)
	if note, took := understand.TakesOn(rest); ok && took {
		rest = note // 「收到，坡路我马上叫人去撒盐」: what he will do
	}
	return name, clause, rest, ok
}

// splitOf reports whether the hand-over clause's thing names a matter
// told in text (toHim), and whether the other clauses' do (his).
func splitOf(t *turn, clause, rest, text string) (toHim, his bool) {
	_, toHim = understand.ThingsOf(t.hear(clause), t.hear(text))
	_, his = understand.ThingsOf(t.hear(rest), t.hear(text))
	return toHim, his
}

// splitFresh are the fresh general reports of mine one part of a split
// names and the other not (found, by number), and whether the hand-over
// clause names any (sent) and the other clauses any (kept).
func (r *Router) splitFresh(t *turn, clause, rest string, mine []village.Report) (found []village.Ref, sent, kept bool) {
	for _, rep := range mine {
		toHim, his := splitOf(t, clause, rest, rep.Text)
		if may, _, _ := r.mayNow(t, words.VAccept, rep); toHim == his || !may || rep.Type != village.General || !words.NotTold(rep) {
			continue
		}
		sent, kept = sent || toHim, kept || his
		found = append(found, words.RefOf(rep)...)
	}
	slices.SortFunc(found, func(a, b village.Ref) int { return cmp.Compare(a.N, b.N) })
	return found, sent, kept
}
