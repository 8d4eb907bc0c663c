package handlers

import (
	"context"
	"errors"
	"slices"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// A villager often tells one matter in two or three messages: 「桥头那根电线杆
// 歪了」, then 「就是去镇上那座桥 快倒了 下面有人走」. His next message within
// continueWindow that goes on with the same matter (see continues) is kept
// with it: merged into the confirm-back still waiting for his 「1」
// (continuedAsk), or, once the matter is filed, added to the item as his
// 补充, which its handlers hear (addedToFiled). A 补充 that it now
// endangers people (「快倒了 下面有人走」) raises the item: its leaders
// and handlers hear it at once, at night too (dangerAdded).

// continues reports whether t, gap after it, goes on with the matter its
// sender just told in the words before, of category cat ("" when
// unknown): it begins with a continuing word (after a filler 那个), tells
// it worsened to endanger people naming no other thing (worsens), tells
// how big it is or what it takes and no complaint of its own, or, short
// and within shortWindow, opens with where or which (opensOn); not a
// question, thanks or a 收到, a command or a number, a matter said to be
// another, nor a complaint of another category.
func (r *Router) continues(t *turn, reading village.Reading, cat, before string, gap time.Duration) bool {
	text := t.text
	if t.where.Kind == words.InOffice || t.who.IsCadre() || t.quote != nil || t.long > 0 || t.kinFor != nil ||
		!understand.HasContent(text) || words.IsAck(text) || words.IsAssent(text) || words.ContainsAnyOf(text, words.ThanksWords...) ||
		words.ContainsAnyOf(text, "?", "？", "吗") || len(village.FindRefs(text)) > 0 || words.StartsWithAny(text, words.OtherMatterWords...) {
		return false
	}
	if _, _, ok := words.AnswerWord(text); ok {
		return false
	}
	if _, ok := parseCommand(text); ok {
		return false
	}
	report := reading.Intent == village.IntentReport
	if report && reading.Type != village.General && reading.Type != village.Emergency {
		return false // a quarrel, a procedure, a claim: its own matter
	}
	if (!report || reading.Type == village.General) && understand.Caution(t.said()) == village.HazardPenned {
		return true // 「牛还在里面压着呢」 after 「雪把俺家牛棚压塌了」: what the fallen shed holds (alarm100)
	}
	if report && words.Worsens(t.said(), before) {
		return true // 「快倒了 下面有人走」: the thing told, whatever category its words alone read as
	}
	if report && cat != "" && cat != "其他" && reading.Category != "" && reading.Category != "其他" && reading.Category != cat {
		return false
	}
	if words.StartsWithAny(text, words.ContinueWords...) || words.StartsWithAny(words.AfterThat(text), words.ContinueWords...) {
		return true
	}
	if gap <= words.ShortWindow && words.OpensOn(text) && !words.ContainsAnyOf(text, words.AnotherWords...) &&
		!words.ContainsAnyOf(text, words.ChaseWords...) && !words.ContainsAnyOf(text, words.StatusQuestions...) {
		// not 「那个狗的事有人管没有啊」: a chase
		return reading.Intent == village.IntentNoise || report
	}
	return !report && reading.Intent != village.IntentClaim && words.ContainsAnyOf(text, words.DetailWords...)
}

// filed remembers that t's sender filed rep here just now (addedToFiled).
func (r *Router) filed(t *turn, rep *village.Report, ref string) {
	if ref == "" || rep == nil || rep.Type != village.General || !rep.ReportedBy(t.who) {
		return
	}
	r.filedNow.Put(t.m.Chat+"|"+t.who.Key(), words.JustFiled{Ref: ref, Village: rep.Village, Category: rep.Category, Text: rep.Text, At: t.at})
}

// addedToFiled keeps t, going on with the matter its sender filed here
// within continueWindow, as his 补充 of the item (ActSaid, 「补充：…」):
// he hears it was added, its handlers (its grid's leaders while nobody
// took it on) hear 【村民补充】 privately, a private item's words stay
// private. One commit; the item is read from the report cache. done is
// false when t is no such message.
func (r *Router) addedToFiled(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	f, ok := r.filedNow.Get(t.m.Chat + "|" + t.who.Key())
	if !ok || t.at.Before(f.At) || t.at.Sub(f.At) > words.ContinueWindow || !r.continues(t, reading, f.Category, f.Text, t.at.Sub(f.At)) {
		return false, nil
	}
	rep, err := r.store.Report(ctx, storage.VillageScope(f.Village), f.Ref)
	if errors.Is(err, storage.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return true, err
	}
	if rep.Type != village.General || !rep.Status.Open() || rep.Status == village.StatusResolved || rep.Status == village.StatusWaiting || !rep.ReportedBy(t.who) {
		// a quarrel's and a procedure's words have their own ways
		return false, nil
	}
	private := t.where.Kind == words.InPrivate
	rep.Tell(r.shown(t.who), t.at, words.AddedNote+words.ShortText(t.text))
	danger := understand.Perilous(t.said())
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Text": words.ShortText(t.text), "Private": private, "Adds": true, "Wake": r.wake(t), "Danger": danger}
	who, prio := rep.Handlers, bot.Normal
	if len(who) == 0 {
		who = r.leaderNames(rep.Village, rep.Grid)
	}
	if danger {
		// life safety cannot wait: its leaders hear it too, at once, at
		// night as well (an urgent message is never held)
		who, prio = slices.Clone(who), bot.Urgent
		for _, l := range r.leaderNames(rep.Village, rep.Grid) {
			if !slices.Contains(who, l) {
				who = append(who, l)
			}
		}
		data["Wake"] = ""
	}
	var told []bot.Outbound
	var to []string
	for _, h := range who {
		if h != r.shown(t.who) {
			told = append(told, bot.Outbound{To: h, Kind: bot.Private, Priority: prio, Text: r.textsTo(rep.Village, h).Render("report.repeat.handler", data)})
			to = append(to, h)
		}
	}
	data["Told"] = to
	t.out = append([]bot.Outbound{r.back(t, r.textsFor(t).Render("report.added", data))}, told...)
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.commit(ctx, t, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: t.out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "add", Note: rep.ID + " " + words.ShortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		t.out = nil
		return r.addedToFiled(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}

// continuedAsk merges t into the one report confirm-back waiting for its
// sender's 「1」 (this process's copy, no round trip) when t goes on with
// that matter within continueWindow: t's text becomes both messages, read
// again (the type may rise with what he added), and the question asked on
// it replaces the one waiting, in the same commit, decided on the copy.
// ok is false (t and reading as they were) otherwise.
func (r *Router) continuedAsk(ctx context.Context, t *turn, reading village.Reading) (village.Reading, bool) {
	b, ok := r.store.AskedCopy(r.scope(t), askKey(t))
	if !ok {
		return reading, false
	}
	qs, _ := readQuestions(b)
	if len(qs) != 1 {
		return reading, false
	}
	q := qs[0]
	if q.Kind != words.AskConfirm || q.Claim || q.Type != "" || q.For != "" || q.Ref != "" || q.Kin != "" || q.Msg == t.m.ID ||
		t.at.Before(q.At) || t.at.Sub(q.At) > words.ContinueWindow {
		return reading, false
	}
	if !r.continues(t, reading, q.Category, q.Text, t.at.Sub(q.At)) {
		return reading, false
	}
	t.keep = append(t.keep, storage.AskTaken(askKey(t)).DecidedOn(b))
	t.continued = &q
	t.text = q.Text + " " + t.text
	return r.read(ctx, t, t.text), true
}
