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
	if t.where.kind != inGrid || t.quote != nil || !t.who.Tends(t.where.village, t.where.grid) ||
		utf8.RuneCountInString(t.text) > 60 || strings.ContainsAny(t.text, "?？吗") || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	if refs, _ := numbersDone(t.text); refs != nil {
		return false, nil
	}
	v, ok := doneOrUp(t.text, t.at)
	if !ok {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	// the items his words fit best: 「西头下水道通好了」 is of the west
	// drain, not the east one too
	said, best := t.said(), 1
	var fit []village.Report
	for _, rep := range open {
		if rep.Chat != t.m.Chat || rep.Private() || !rep.Status.Open() || rep.Status == village.StatusResolved || rep.Type == village.Emergency {
			continue
		}
		n := bigramsIn(bigrams(t.text), bigrams(rep.Text))
		if _, shared := understand.ThingsOf(said, t.hear(rep.Text)); shared {
			n++
		}
		switch {
		case n > best:
			best, fit = n, []village.Report{rep}
		case n == best:
			fit = append(fit, rep)
		}
	}
	if len(fit) == 0 || slices.ContainsFunc(fit, func(rep village.Report) bool {
		// one he may send himself is progressInWords'; one nobody took
		// on may be his own deed (「今天把门口的垃圾清理干净了」)
		may, _, _ := r.may(t.who, v, rep)
		return may || rep.Status == village.StatusNew
	}) {
		return false, nil
	}
	if r.read(ctx, t, t.text).Intent == village.IntentClaim {
		return false, nil // a deed told for points, whatever it shares
	}
	if len(fit) == 1 {
		return r.notHisToSend(ctx, t, refNote{refs: refOf(fit[0]), named: []string{"#" + fit[0].ID}, note: t.text})
	}
	return true, r.reply(ctx, t, "refnote.nothis.which", map[string]any{"Who": t.who.Name, "Items": fit, "Note": shortText(t.text)})
}

// undoneFixWords are what a villager's 还没 must be of to say an item is
// not done ("我家门口的还没通呢"): fixWords without 好, which 还没 says of
// anything ("饭还没做好"); 没修好/没弄好 are notFixedPlain's.
var undoneFixWords = []string{"修", "解决", "处理", "弄", "亮", "通", "漏", "坏", "堵", "来"}

// saysUndone reports whether a villager's words say a matter is not
// done: plainly (saysNotFixed: "还是堵", "没人来") or 还没 of a fix
// ("还没通呢").
func saysUndone(text string) bool {
	return saysNotFixed(text) || containsAnyOf(text, notDoneYet...) && containsAnyOf(text, undoneFixWords...) &&
		!strings.ContainsAny(text, "?？吗")
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
	if t.where.kind != inGrid || t.quote != nil || t.who.Tends(t.where.village, t.where.grid) || t.who.IsCadre() ||
		reading.Type == village.Emergency || reading.Type == village.Mediation || len(village.FindRefs(t.text)) > 0 ||
		utf8.RuneCountInString(t.text) > 40 || !saysUndone(t.text) {
		return false, nil
	}
	// as this process follows them: "还没" is common talk; the commit
	// checks the item (storage.ErrConflict: read again)
	open, err := r.openFollowed(ctx, t)
	if err != nil {
		return true, err
	}
	said, bare := t.said(), t.hear(blankWords(t.text, meTooHomes))
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
		case rep.ReporterSide(t.who) && (shared || sharesBigram(bare.Raw, rep.Text)):
			return false, nil // his own matter told again (ownRepeat asks)
		case rep.FollowedBy(t.who):
			followed = append(followed, rep)
			fit = append(fit, rep)
		case shared || sharesBigram(bare.Raw, rep.Text):
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
		return true, r.reply(ctx, t, "settled.news", map[string]any{"Now": t.at, "Who": t.who.Name, "R": &rep, "Resolved": closedAt(rep)})
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
	out := r.replyOut(t, "undone.told", map[string]any{"Who": r.shown(t.who), "R": &rep, "Text": shortText(t.text), "Ask": ask, "Joined": joined})
	sc := storage.VillageScope(t.where.village)
	t.scope = sc
	_, err = r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "said", Note: shortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.neighbourUndone(ctx, t, reading)
	}
	return true, err
}

// sharer reports whether p shares rep, a general item resolved, as a
// household of his own: he follows it ("我家也是", 重复) and is not of its
// reporter's household. His "还是堵" is not the reporter's 未解决 (the
// 办结 waits on the reporter, and a bare "+1" joins as easily), but news
// its handlers hear, as a neighbour's (settled.news), not "wait for the
// reporter" (confirm.hint.kin), which left them unaware.
func sharer(p village.Person, rep village.Report) bool {
	return rep.Type == village.General && rep.FollowedBy(p) && !rep.ReporterSide(p)
}
