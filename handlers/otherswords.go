package handlers

// Unnumbered words in a grid's group about an open item that is not the
// sender's: a worker saying the leader's item is done, a neighbour
// saying it is not done at his house. Each is matched to the one open
// item of the group its words or things fit, and told to whoever can act.

import (
	"context"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// notHisInWords answers a grid cadre's plain words that an item is done
// ("下水道通好了") or is for the township, when the item is another's to
// 办结 or 上报镇 (a worker's word on the leader's item): of the grid's open
// items, those its words fit best (shared bigrams, a shared thing:
// understand.ThingsOf), all taken on and none his to send; one goes to
// notHisToSend as "#R1 下水道通好了" would, several are asked which. None
// fitting, one nobody took on (maybe his own deed, as a points claim the
// reading makes of it), or one he may send himself (progressInWords
// reads those): done is false. No change is made: the reply is the one
// commit.
func (r *Router) notHisInWords(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || !t.who.Tends(t.where.Village, t.where.Grid) ||
		utf8.RuneCountInString(t.text) > 60 || strings.ContainsAny(t.text, "?？吗") || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	if refs, _ := words.NumbersDone(t.text); refs != nil {
		return false, nil
	}
	v, ok := words.DoneOrUp(t.text, t.at)
	if !ok {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	fit := r.doneFits(t, open)
	// the one ordinary item nobody took on that his words say is done
	// ("路灯换好了" of 谢明's lamp): the work was done all the same
	fresh := len(fit) == 1 && fit[0].Status == village.StatusNew && fit[0].Type == village.General && v == words.VResolve
	if len(fit) == 0 || slices.ContainsFunc(fit, func(rep village.Report) bool {
		// one he may send himself is progressInWords'; one nobody took
		// on may be his own deed (「今天把门口的垃圾清理干净了」)
		may, _, _ := r.mayNow(t, v, rep)
		return may || rep.Status == village.StatusNew && !fresh
	}) {
		return false, nil
	}
	if r.read(ctx, t, t.text).Intent == village.IntentClaim {
		return false, nil // a deed told for points, whatever it shares
	}
	if len(fit) == 1 {
		return r.notHisToSend(ctx, t, refNote{refs: words.RefOf(fit[0]), named: []string{"#" + fit[0].ID}, note: t.text})
	}
	return true, r.donePick(ctx, t, fit, false)
}

// plansOnOthers answers a grid cadre's plain words in his group that he
// will go to an item someone else took on ("今天下午我去看看陈二家水沟"
// from the worker, of the ditch the leader handles): with no number, the
// one open item of the group they fit best (doneFits: a shared thing or
// words, the reporter named; a thing of it, or wordsFit >= 2) is the one
// he means, and it
// goes as his numbered "R1 今天下午我去看看" does (planOn): its 进展, a
// plan the group (the reporter too) reads, its handlers @-told how it
// becomes his. One commit. Several fitting, or one nobody took on
// (takesOnInWords'), or one he handles (progressInWords'): done is false.
func (r *Router) plansOnOthers(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || !t.who.Tends(t.where.Village, t.where.Grid) ||
		utf8.RuneCountInString(t.text) > 60 || strings.ContainsAny(t.text, "?？吗") || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	if _, goes := understand.PlansToGo(t.text); !goes {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	fit := r.doneFits(t, open)
	if len(fit) == 1 && helps(t, fit[0]) {
		// a thing of the item named ("桥那边"), or more than a shared pair of
		// characters ("陈二家水沟")
		if _, thing := understand.ThingsOf(t.said(), t.hear(fit[0].Text)); thing || r.wordsFit(t, fit[0].Text, fit[0].Reporter) >= 2 {
			return true, r.planOn(ctx, t, fit[0], "#"+fit[0].ID, t.text)
		}
	}
	if !understand.BarePlan(t.text) {
		return false, nil
	}
	// 「明天上午去修」, naming nothing, with others' items open: he is
	// asked which (those his words fit, else every one he may go to),
	// his number running 「R1 明天上午去修」 (rep99; was silence)
	if len(fit) == 0 {
		fit = hereOpen(t, open)
	}
	fit = slices.DeleteFunc(slices.Clone(fit), func(rep village.Report) bool { return !helps(t, rep) || rep.Type != village.General })
	if len(fit) == 0 {
		return false, nil
	}
	return true, r.pickReply(ctx, t, fit, func(_ int, rep village.Report) string { return "#" + rep.ID + " " + t.text },
		t.text, "plan.which", map[string]any{"Who": t.who.Name, "Note": words.ShortText(t.text)})
}

// freshNamedTakenOn takes on, for a grid cadre who may, the one item
// nobody took on yet that his plain words of work on it name a thing of
// ("垃圾的事我联系环卫站了，下午来拉" with 张三's rubbish new): his words
// are the 确认's note, as 「确认 #R2 …」 typed (rep99; was offered to him as
// a new item of his own). Several such, none, a question, a refusal, a
// number or a quote: done is false. beforeHis (cadreInWords, before
// progressInWords) takes it only when he handles items, none of whose
// things his words name: 「路灯我已经报修了」 from 李四 holding 张三's frozen
// pipe, 陈二's lamp new, was the pipe's 进展 (rep102).
func (r *Router) freshNamedTakenOn(ctx context.Context, t *turn, beforeHis bool) (done bool, err error) {
	if t.where.Kind != words.InGrid || !t.who.Tends(t.where.Village, t.where.Grid) || utf8.RuneCountInString(t.text) > 40 || !workNamed(t) {
		return false, nil
	}
	if beforeHis {
		got, err := r.openOnce(ctx, t) // progressInWords's read, after it
		if err != nil {
			return true, err
		}
		his := slices.DeleteFunc(hereOpen(t, got.open), func(rep village.Report) bool {
			return rep.Status == village.StatusNew || !r.handles(t, rep)
		})
		if len(his) == 0 || slices.ContainsFunc(his, func(rep village.Report) bool {
			_, thing := understand.ThingsOf(t.said(), t.hear(rep.Text))
			return thing
		}) {
			return false, nil
		}
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	fit := slices.DeleteFunc(r.doneFits(t, open), func(rep village.Report) bool {
		_, thing := understand.ThingsOf(t.said(), t.hear(rep.Text))
		may, _, _ := r.mayNow(t, words.VAccept, rep)
		return rep.Status != village.StatusNew || rep.Type != village.General || !thing || !may
	})
	if len(fit) != 1 {
		return false, nil
	}
	return true, r.takeOn(ctx, t, fit, t.text)
}

// doneTakesOn answers a grid worker's plain words that rep, an item nobody
// took on yet, is done ("路灯换好了"): the fix happened whatever its status,
// so his words are its 进展 (read from them), which takes it on as any 进展
// of a new item does (处理中, its deadline the one to resolve), and its
// leaders are @-asked to 办结 it (offerDone): one commit. A 确认 first
// would only say what his words already did.
func (r *Router) doneTakesOn(ctx context.Context, t *turn, rep village.Report) (bool, error) {
	t.implied, t.offerDone = true, true
	defer func() { t.offerDone = false }()
	return true, r.lifecycleOf(ctx, t, command{verb: words.VProgress, word: string(words.VProgress), args: t.text}, words.RefOf(rep))
}

// doneFits are the open items of the group (general or quarrels, not
// resolved, no emergency) a cadre's words that one is done fit best:
// shared bigrams, +1 a shared thing (understand.ThingsOf), +1 its
// reporter named ("张三家门口修好了" of 张三's pipe): 「西头下水道通好了」
// is of the west drain, not the east one too. None when no item shares
// anything.
func (r *Router) doneFits(t *turn, open []village.Report) []village.Report {
	return fitBest(hereOpen(t, open), func(rep village.Report) int { return r.wordsFit(t, rep.Text, rep.Reporter) })
}

// hereOpen are the items of open a cadre's plain words in the group may be
// of: its own (told there, not privately), open and not resolved, no
// emergency.
func hereOpen(t *turn, open []village.Report) []village.Report {
	return slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		return rep.Chat != t.m.Chat || rep.Private() || !rep.Status.Open() || rep.Status == village.StatusResolved || rep.Type == village.Emergency
	})
}

// wordsFit is how well t's words fit a matter told in text by reporter:
// the bigrams they share, +1 a shared thing (understand.ThingsOf), +1 the
// reporter named ("张三家门口修好了" of 张三's pipe).
func (r *Router) wordsFit(t *turn, text, reporter string) int {
	n := words.BigramsIn(words.Bigrams(t.text), words.Bigrams(text))
	if _, shared := understand.ThingsOf(t.said(), t.hear(text)); shared || understand.Tends(t.text, text) {
		// its thing, or what is done for its trouble ("拉车盐过去撒" of
		// the road that iced over)
		n++
	}
	if reporter != "" && reporter != t.who.Name && strings.Contains(t.text, reporter) {
		n++
	}
	return n
}

// fitBest are the items of all that score (a fit, wordsFit) best, in
// their order; none when none scores above 0.
func fitBest[T any](all []T, score func(T) int) []T {
	best := 1
	var fit []T
	for _, x := range all {
		switch n := score(x); {
		case n > best:
			best, fit = n, []T{x}
		case n == best:
			fit = append(fit, x)
		}
	}
	return fit
}

// doneOfOthers narrows mine, the items a grid cadre handles that his
// plain words that a matter is done (or for the township: v) may be of
// (progressInWords), by the group's open items those words fit best
// (doneFits): fitting only items he may not send v of, taken on by
// another, they are none of his (notHisInWords answers them: mine
// emptied); fitting his and another's alike, he is asked which
// (donePick, done true). Otherwise mine is kept.
func (r *Router) doneOfOthers(ctx context.Context, t *turn, open []village.Report, mine *[]village.Report, v words.Verb) (done bool, err error) {
	if t.where.Kind != words.InGrid || len(*mine) == 0 {
		return false, nil
	}
	fit := r.doneFits(t, open)
	if len(fit) == 0 || slices.ContainsFunc(fit, func(rep village.Report) bool { return rep.Status == village.StatusNew }) {
		return false, nil // one nobody took on may be his own deed
	}
	his := 0
	for _, rep := range fit {
		if may, _, _ := r.mayNow(t, v, rep); may {
			his++
		}
	}
	switch {
	case his == 0:
		*mine = nil
	case his < len(fit):
		return true, r.donePick(ctx, t, fit, true)
	}
	return false, nil
}

// donePick asks a cadre which of fit his words that a matter is done are
// of, numbered: his number does what the words numbered would
// ("#R2 张三家门口修好了": pickedNote), telling him how to 办结 his own
// and the handlers of another's. mine says some are his.
func (r *Router) donePick(ctx context.Context, t *turn, fit []village.Report, mine bool) error {
	return r.pickReply(ctx, t, fit, func(_ int, rep village.Report) string { return "#" + rep.ID + " " + t.text },
		t.text, "refnote.nothis.which", map[string]any{"Who": t.who.Name, "Items": fit, "Note": words.ShortText(t.text), "Mine": mine})
}

// pickedNote answers a number to donePick's question: the numbered
// words opt.Line ("#R2 张三家门口修好了") go to the item's handlers when it
// is not his to 办结 (notHisToSend); of his own he is shown the 办结 (or
// 上报镇) to send, as for words of his one item (progress.which). An item
// closed meanwhile drops the question.
func (r *Router) pickedNote(ctx context.Context, t *turn, q question, opt words.PickOption) error {
	refs := village.FindRefs(opt.Line)
	if len(refs) == 0 {
		return r.dropped(ctx, t, q)
	}
	note := strings.TrimSpace(strings.TrimPrefix(opt.Line, "#"+opt.Ref))
	if understand.BarePlan(note) {
		// plansOnOthers' list: his plan on the item he picked (planOn),
		// as 「#R1 明天上午去修」 typed
		rep, ok, err := r.oneReport(ctx, t, refs[:1])
		if err != nil {
			return err
		}
		if !ok || !helps(t, rep) {
			return r.dropped(ctx, t, q)
		}
		return r.planOn(ctx, t, rep, "#"+rep.ID, note)
	}
	if done, err := r.notHisToSend(ctx, t, refNote{refs: refs[:1], named: []string{"#" + opt.Ref}, note: note}); done {
		return err
	}
	rep, ok, err := r.oneReport(ctx, t, refs[:1])
	if err != nil {
		return err
	}
	v, _ := words.DoneOrUp(note, t.at)
	if !ok || !rep.Status.Open() || rep.Status == village.StatusResolved {
		return r.dropped(ctx, t, q)
	}
	data := map[string]any{"Who": t.who.Name, "Items": []village.Report{rep}, "Said": fixedSaidOf(rep),
		"Fixed": v != words.VEscalate, "Up": v == words.VEscalate, "Note": words.ResultOf(note, v != words.VEscalate)}
	if t.doneOffer != "" && v != words.VEscalate {
		// its 办结 already waits for his 「1」: that offer, said once
		data["Offer"] = t.doneOffer
	}
	return r.reply(ctx, t, "progress.which", data)
}

// pickedOffer is, when an answer word picks (of picked, the questions it
// answers) an item of a pick list as a plain note ("#R1 村口修好了") while
// unpicked, the questions left waiting, hold the 办结 of that same item
// offered for a 「1」 ("办结 #R1 路灯修好了", fixedOffered), that offer's
// command and unpicked without it: the pick's reply says the offer once
// (pickedNote) rather than the 办结 to type with the offer reminded after
// it (rep99). ok is false otherwise.
func pickedOffer(picked, unpicked []question, word string) (offer string, rest []question, ok bool) {
	if len(picked) == 0 {
		return "", unpicked, false
	}
	opt, ok := picked[len(picked)-1].picked(word)
	if !ok || !strings.HasPrefix(opt.Line, "#") || opt.Ref == "" {
		return "", unpicked, false
	}
	prefix := string(words.VResolve) + " #" + opt.Ref + " "
	i := slices.IndexFunc(unpicked, func(q question) bool { return q.Kind == words.AskCommand && strings.HasPrefix(q.Text, prefix) })
	if i < 0 {
		return "", unpicked, false
	}
	return unpicked[i].Text, slices.Delete(slices.Clone(unpicked), i, i+1), true
}

// neighbourUndone takes a villager's plain words in his grid's group that
// an open item he did not report is not done at his place ("我家门口的还
// 没通呢" after the worker said the drain is clear): the one item of the
// group he follows or whose words or things they share, naming no other
// thing; words his own item of the household fits too are his (ownRepeat).
// Open, its handlers are @-named with his words, which are kept
// on it, and he follows it (told when it is done), one commit. Resolved,
// its 办结 waiting on its reporter, its handlers are asked to look
// (settled.news), as settledNews does: a follower's word too (sharer).
// done is false when no item, or several, fit.
func (r *Router) neighbourUndone(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || t.who.Tends(t.where.Village, t.where.Grid) || t.who.IsCadre() ||
		reading.Type == village.Emergency || reading.Type == village.Mediation || len(village.FindRefs(t.text)) > 0 ||
		utf8.RuneCountInString(t.text) > 40 || !words.SaysUndone(t.text) || words.MyMatter(t.text) {
		// "我那件怎么还没人管" is his own matter (chased), no neighbour's
		return false, nil
	}
	// as this process follows them: "还没" is common talk; the commit
	// checks the item (storage.ErrConflict: read again)
	open, err := r.openFollowed(ctx, t)
	if err != nil {
		return true, err
	}
	said, bare := t.said(), t.hear(words.BlankWords(t.text, words.MeTooHomes))
	var fit, followed []village.Report
	for _, rep := range open {
		if rep.Chat != t.m.Chat || rep.Private() || !rep.Status.Open() || rep.Type != village.General {
			continue
		}
		named, shared := understand.ThingsOf(said, t.hear(rep.Text))
		if named && !shared {
			continue // "我家门口的路灯还没修" is not of the drain
		}
		switch {
		case rep.ReporterSide(t.who) && (shared || words.SharesBigram(bare.Raw, rep.Text)):
			return false, nil // his own matter told again (ownRepeat asks)
		case rep.FollowedBy(t.who):
			followed = append(followed, rep)
			fit = append(fit, rep)
		case shared || words.SharesBigram(bare.Raw, rep.Text):
			fit = append(fit, rep)
		}
	}
	if len(followed) == 1 {
		fit = followed
	}
	if len(fit) != 1 {
		return false, nil
	}
	rep := fit[0]
	if rep.Status == village.StatusResolved {
		// its 办结 waits on its reporter: its handlers are asked to
		// look (their 未解决 takes it back), a follower's too (sharer)
		return true, r.reply(ctx, t, "settled.news", map[string]any{"Now": t.at, "Who": t.who.Name, "R": &rep, "Resolved": words.ClosedAt(rep)})
	}
	if !r.saidOf(t, &rep, t.text) {
		return true, nil // said before: they heard it
	}
	joined := !rep.FollowedBy(t.who)
	if joined {
		rep.AddFollower(t.who, r.shown(t.who))
	}
	ask := rep.Handlers
	if len(ask) == 0 {
		ask = r.leaderNames(rep.Village, rep.Grid)
	}
	out := r.replyOut(t, "undone.told", map[string]any{"Who": r.shown(t.who), "R": &rep, "Text": words.ShortText(t.text), "Ask": ask, "Joined": joined})
	sc := storage.VillageScope(t.where.Village)
	t.scope = sc
	_, err = r.commit(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "said", Note: words.ShortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.neighbourUndone(ctx, t, reading)
	}
	return true, err
}
