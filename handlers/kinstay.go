package handlers

import (
	"context"
	"errors"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// A villager's own word that an elder of his household who is phoned
// (no WeChat) is away (call103): 「我妈去我姐家住了 过完年再回来 这段时间
// 电话不用打了」 in the group or privately. Before, only a worker's call
// log paused her calls: the son's word was silent in the group and asked
// to be filed privately, and the worker phoned an empty house till the
// new year.

// kinStay pauses the routine calls of the elder of the sender's household
// his kin word names ("我妈") when he says she stays away (read as a
// worker's note is: words.InHospital, 她 for his kin word) — a stay from
// home, or a hospital stay said with her calls to stop — and nothing else
// of hers is told (a need is a matter, read as any). Her calls read and
// one commit: her open call closed as away (else a new one so closed,
// the worker's), as a worker's 「白凤兰 不在家 过完年回来」 does, the
// notices it passes on marked away; he hears when her calls resume, her
// worker (his stand-in while away) that they wait. done is false for
// anything else, before any read.
func (r *Router) kinStay(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || t.quote != nil || t.who.Household == "" {
		return false, nil
	}
	p, note, ok := r.ownElder(t)
	if !ok {
		return false, nil
	}
	if words.BackHome(note) {
		err = readAgain(func(fresh bool) error { return r.resumeForKin(ctx, t, p, fresh) })
		return !errors.Is(err, errNoPause), ignore(err, errNoPause)
	}
	stay, ok := words.InHospital(note, t.at)
	if !ok || stay.Heard || !stay.Out && !words.CallsOff(note) || words.StayNeed(stay.Rest) || strings.ContainsAny(t.text, "?？") {
		return false, nil
	}
	w := village.Phoner(r.people.All(), p)
	if w.Name == "" {
		return false, nil
	}
	return true, readAgain(func(fresh bool) error { return r.pauseForKin(ctx, t, p, w, stay, fresh) })
}

// ownElder is the one person of the sender's household without WeChat
// and with a phone his own kin word names ("我妈", "俺家老头子"), and his
// text with 她/他 for that word, as a worker's note speaks of her. ok is
// false when no word, or several, name such a one.
func (r *Router) ownElder(t *turn) (p village.Person, note string, ok bool) {
	all := r.people.All()
	for _, m := range words.OwnKinRe.FindAllStringIndex(t.text, -1) {
		word := strings.TrimLeft(t.text[m[0]:m[1]], "我俺咱们家的")
		fits := village.HouseholdKin(all, t.who.Village, t.who, word, true)
		if len(fits) != 1 {
			continue
		}
		e, err := r.people.Lookup(t.who.Village, fits[0])
		if err != nil || e.UsesWeChat || e.Phone == "" || e.Key() == t.who.Key() {
			continue
		}
		if ok && e.Key() != p.Key() {
			return village.Person{}, "", false // "我爸我妈": two of them
		}
		pron := "她"
		if village.HouseholdSexOf(e, r.people.Household(e.Village, e.Household)) == village.Male {
			pron = "他"
		}
		p, note, ok = e, t.text[:m[0]]+pron+t.text[m[1]:], true
	}
	return p, note, ok
}

// pauseForKin commits p's calls paused until stay ends, as the sender of
// her household said (away from home, or in hospital): her call still
// to make closed as away, else a new one of her phoner w's so closed.
// The commit holds only while her calls are as read (errReadAgain when
// they were not, fresh false).
func (r *Router) pauseForKin(ctx context.Context, t *turn, p, w village.Person, stay words.HospitalStay, fresh bool) error {
	sc := storage.VillageScope(p.Village)
	t.scope = sc
	calls, err := r.callsOf(ctx, sc, p, village.OutcomeReached, fresh)
	if err != nil {
		return err
	}
	c, isOpen := calls.task(t, p)
	if !isOpen {
		c.Worker, c.WorkerKey = w.Name, w.Key()
	}
	c.Outcome, c.Note, c.LoggedAt, c.LoggedBy = village.OutcomeMissed, t.text, t.at, t.who.Name
	c.Status, c.RetryAt, c.AwayUntil, c.AwayOwn = village.CallAway, time.Time{}, stay.Until, true
	d, err := storage.CallDoc(c)
	if err != nil {
		return err
	}
	phoner := r.phonerNow(t, w)
	data := map[string]any{"P": r.shown(p), "Who": r.shown(t.who), "Said": t.text, "Back": stay.Until, "Lunar": stay.Lunar,
		"Out": stay.Out, "Phoner": r.shown(phoner), "Open": isOpen, "Notices": c.NoticeIDs(), "Now": t.at}
	o := []bot.Outbound{r.back(t, r.textsFor(t).Render("call.kinstay", data))}
	if phoner.Key() != t.who.Key() {
		o = append(o, bot.Outbound{To: r.shown(phoner), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.kinstay.worker", data)})
	}
	change := storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided, Docs: []storage.Doc{d}, Out: o,
		Then:  r.awayOnCall(t, p, c), // 查 #N: 「白凤兰户（不在家，金大海说）」
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: p.Name + " 家里说不在家"}}
	t.out = o
	return r.commitCalls(ctx, t, p.Name, change, fresh)
}

// commitCalls commits change, made on the calls of the person named as
// read: errReadAgain when they changed since (fresh false: read them from
// Redis and decide again), else, refused again, the sender is asked to
// send it again.
func (r *Router) commitCalls(ctx context.Context, t *turn, name string, change storage.Change, fresh bool) error {
	_, err := r.commit(ctx, t, change)
	if (errors.Is(err, storage.ErrConflict) || errors.Is(err, storage.ErrAskChanged)) && !fresh {
		return errReadAgain
	}
	if errors.Is(err, storage.ErrConflict) || errors.Is(err, storage.ErrAskChanged) {
		return r.busy(ctx, t, "", name+"的回访记录")
	}
	return err
}

// elderAsked passes the question p (or one of hers) asked on the call
// note logs ("她问今年过年有没有慰问品", call103) to her grid's leaders
// other than the sender, who can answer it; data gets Asked and AskTo for
// the sender's reply (call.question). None when the note asks nothing, or
// nobody else leads her grid.
func (r *Router) elderAsked(t *turn, p village.Person, note string, data map[string]any) []bot.Outbound {
	q, ok := words.ElderAsks(note)
	leaders := r.leadersBut(t, p)
	if !ok || len(leaders) == 0 {
		return nil
	}
	data["Asked"], data["AskTo"] = q, leaders
	d := map[string]any{"P": r.shown(p), "Who": r.shown(t.who), "Asked": q, "Phone": p.Phone}
	var out []bot.Outbound
	for _, l := range leaders {
		out = append(out, bot.Outbound{To: l, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.question.leader", d)})
	}
	return out
}

// readAgain runs decide on the calls as this process follows them, and
// once more on them read from Redis when they changed (errReadAgain).
func readAgain(decide func(fresh bool) error) error {
	err := decide(false)
	if errors.Is(err, errReadAgain) {
		err = decide(true)
	}
	return err
}

// errNoPause says resumeForKin found no pause of her calls to end.
var errNoPause = errors.New("no pause")

// ignore is err, nil when it is target.
func ignore(err, target error) error {
	if errors.Is(err, target) {
		return nil
	}
	return err
}

// resumeForKin ends the pause of p's calls a stay of hers made, as the
// sender of her household says she is back ("我妈回来了"): the call that
// paused them is kept with its end today, so the next call list has her
// (call103: call.kinstay asked him to say so). errNoPause when none is on.
// Her calls read and one commit; the commit holds only while they are as
// read (errReadAgain when they were not, fresh false).
func (r *Router) resumeForKin(ctx context.Context, t *turn, p village.Person, fresh bool) error {
	sc := storage.VillageScope(p.Village)
	t.scope = sc
	calls, err := r.callsOf(ctx, sc, p, village.OutcomeReached, fresh)
	if err != nil {
		return err
	}
	i := -1
	for k, c := range calls.all {
		if (c.Status == village.CallAway || c.Status == village.CallReached) && (i < 0 || c.LoggedAt.After(calls.all[i].LoggedAt)) {
			i = k
		}
	}
	now := t.at.In(r.cfg.Location())
	today := village.StartOfDay(now)
	if i < 0 || !calls.all[i].AwayUntil.After(today) {
		return errNoPause
	}
	c := calls.all[i]
	c.AwayUntil = today
	c.Note += "；" + t.who.Name + "说回来了：" + t.text
	d, err := storage.CallDoc(c)
	if err != nil {
		return err
	}
	w := r.phonerNow(t, village.Phoner(r.people.All(), p))
	data := map[string]any{"P": r.shown(p), "Who": r.shown(t.who), "Said": t.text, "Phoner": r.shown(w), "Now": t.at}
	if next, ok := r.cfg.NextCallList(t.at); ok {
		data["Next"] = next
	}
	o := []bot.Outbound{r.back(t, r.textsFor(t).Render("call.kinback", data))}
	if w.Name != "" && w.Key() != t.who.Key() {
		o = append(o, bot.Outbound{To: r.shown(w), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.kinback.worker", data)})
	}
	t.out = o
	return r.commitCalls(ctx, t, p.Name, storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided, Docs: []storage.Doc{d}, Out: o,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: p.Name + " 家里说回来了"}}, fresh)
}
