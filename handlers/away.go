package handlers

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// A worker away (callAway, or his leader's 「王五请假到15号」) is kept in
// his village's scope (village.Away, under village.AwayKey) until he is
// back: the calls job sends his daily lists to the one who covers for
// him (village.Cover). 「我回来了」 from him, or 「王五回来了」 from his
// leader, ends it early.

// keepAway adds to t's commit that w is away, as said (by t.who) in said,
// and to data what the replies say of it: Last (his last day away),
// Cover (who gets his lists; none when his grid has no one else).
func (r *Router) keepAway(t *turn, w village.Person, said string, data map[string]any) error {
	at := t.at.In(r.cfg.Location())
	from, back, _ := village.AwayDays(said, at)
	a := village.Away{Worker: w.Name, WorkerKey: w.Key(), Grid: w.Grid, Back: back, From: from, Said: said, By: t.who.Name, At: t.at}
	named, isNamed := r.standInNamed(t, w, t.text)
	if isNamed {
		a.Cover = named.Key()
	}
	body, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("away: %w", err)
	}
	t.keep = append(t.keep, awayKept(w, body, back.Sub(at)+words.AwayKeptAfter))
	data["Last"], data["Now"] = a.LastDay(), t.at
	r.awayItemsData(t, w, a, data)
	if !from.IsZero() {
		// 「明天起…不在」: today's calls stay his; the texts say from when
		data["From"] = from
	}
	if c, ok := r.standIn(a, t.at); ok {
		data["Cover"], data["CoverSelf"], data["Named"] = r.shown(c), c.Key() == t.who.Key(), isNamed
		if isNamed && c.Key() != t.who.Key() && !slices.Contains(asStrings(data["Leaders"]), r.shown(c)) {
			// a leader named hears it in his 【网格员打不了电话】 (callAway)
			// the stand-in named hears it from the bot, not only from the lists;
			data["Who"] = r.shown(w)
			block := "away.standin"
			if len(r.calleePeople(w)) == 0 {
				// he phones no elder (a leader): what passes is his
				// items and the grid's new ones, when they are c's (rep105)
				if block = "away.standin.items"; data["ItemsTo"] != r.shown(c) && data["NewTo"] != r.shown(c) {
					block = ""
				}
			}
			if block != "" {
				t.out = append(t.out, bot.Outbound{To: r.shown(c), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render(block, data)})
			}
		}
	}
	if !isNamed && len(r.calleePeople(w)) == 0 {
		// a leader away naming no one (「我家里有事 请假三天」, said
		// privately: nobody else read it): who has his items and the
		// grid's new ones meanwhile hears so from the bot (rep106)
		to, _ := data["NewTo"].(string)
		if to == "" {
			to, _ = data["ItemsTo"].(string)
		}
		if to != "" && to != r.shown(t.who) && !slices.Contains(asStrings(data["Leaders"]), to) {
			d := maps.Clone(data)
			d["Who"], d["Private"] = r.shown(w), t.where.Kind == words.InPrivate
			t.out = append(t.out, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("away.standin.items", d)})
		}
	}
	return nil
}

// standInNamed is the one leader or worker of w's village but w that text
// names as who phones for w while he is away (words.StandInNamed: 「王五的
// 电话请李四打」, 「电话由李四打」), else t's sender said by 我 when he is
// one (words.StandInMe: his leader's 「王五请假到15号 电话我来打」, call79);
// ok is false for none or several.
func (r *Router) standInNamed(t *turn, w village.Person, text string) (p village.Person, ok bool) {
	mayStandIn := func(q village.Person) bool {
		return q.Village == w.Village && q.Key() != w.Key() && (q.Has(village.RoleLeader) || q.Has(village.RoleWorker))
	}
	for _, q := range r.people.All() {
		if !mayStandIn(q) || !words.StandInNamed(text, q.Name) {
			continue
		}
		if ok && p.Key() != q.Key() {
			return village.Person{}, false
		}
		p, ok = q, true
	}
	if !ok && mayStandIn(t.who) && words.StandInMe(text) {
		return t.who, true
	}
	return p, ok
}

// awayWords handles what ends or starts an absence in words: 「我回来了」,
// 「我好了 可以打电话了」 privately from a worker who is away; 「王五请假到15号」
// or 「王五回来了」 from his grid leader, privately or in the grid's group.
// Nothing is read unless the words fit; done is false otherwise.
func (r *Router) awayWords(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil || t.where.Kind == words.InOffice || strings.ContainsAny(t.text, "?？吗") {
		return false, nil
	}
	if t.where.Kind == words.InGrid {
		// 「我这两天发烧住院了，手上的事办不了」 in his own group (rep103)
		if done, err := r.callAway(ctx, t); done || err != nil {
			return true, err
		}
		if _, away := r.awayCopied(t.who.Village, t.who.Key(), t.at); away && words.ContainsAnyOf(t.text, words.AwayBackWords...) &&
			!r.namesSomeone(t.who.Village, strings.ReplaceAll(t.text, t.who.Name, "")) {
			// 「我回来了 病好了」 in his group, as he says it privately
			return r.awayOff(ctx, t, t.who, t.text)
		}
	}
	if t.where.Kind == words.InPrivate && len(r.calleePeople(t.who)) == 0 {
		// 「我家里有事 请假三天」 privately from a leader who phones no
		// elder (outreach's callAway hears only those who do, rep106)
		if done, err := r.callAway(ctx, t); done || err != nil {
			return true, err
		}
	}
	if _, away := r.awayCopied(t.who.Village, t.who.Key(), t.at); t.where.Kind == words.InPrivate && (len(r.calleePeople(t.who)) > 0 || away) &&
		(words.ContainsAnyOf(t.text, words.AwayBackWords...) && !r.namesSomeone(t.who.Village, t.text) ||
			words.CallsOffAway(t.text) && !r.namesCallee(t.who, t.text)) {
		// 「我明天不走了」 may name his stand-in (「不用李四代打了」), not an elder
		return r.awayOff(ctx, t, t.who, t.text)
	}
	if !t.who.Has(village.RoleLeader) {
		return false, nil
	}
	i := slices.IndexFunc(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker), func(p village.Person) bool {
		return p.Key() != t.who.Key() && strings.HasPrefix(t.text, p.Name)
	})
	if i < 0 {
		return false, nil
	}
	w := r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker)[i]
	rest := strings.TrimLeft(strings.TrimPrefix(t.text, w.Name), " ，,")
	switch {
	case words.ContainsAnyOf(rest, words.AwayBackWords...) || words.CallsOffAway(rest):
		// 「王五回来了」, 「王五不请假了」
		return r.awayOff(ctx, t, w, rest)
	case (words.ContainsAnyOf(rest, words.LeaderAwayWords...) || r.hasStandIn(t, w, rest) && words.StandInAway(rest)) && len(r.calleePeople(w)) > 0:
		// 「王五请假到12月10日 电话由李四打」, 「王五这周不在 电话请李四打」
		data := map[string]any{"Who": r.shown(w), "By": r.shown(t.who), "Said": t.text}
		if err := r.keepAway(t, w, rest, data); err != nil {
			return true, err
		}
		t.out = append(t.out, bot.Outbound{To: r.shown(w), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("away.worker", data)})
		return true, r.reply(ctx, t, "away.set", data)
	}
	return false, nil
}

// hasStandIn reports whether text names who phones for w (standInNamed).
func (r *Router) hasStandIn(t *turn, w village.Person, text string) bool {
	_, ok := r.standInNamed(t, w, text)
	return ok
}

// awayOff is awayEnds for said, words that end or call off w's absence;
// words that only call it off (words.CallsOffAway: 「不请假了」) when none
// is kept are answered so (away.none): his lists come to him anyway.
func (r *Router) awayOff(ctx context.Context, t *turn, w village.Person, said string) (done bool, err error) {
	if done, err := r.awayEnds(ctx, t, w); done || err != nil || !words.CallsOffAway(said) {
		return done, err
	}
	return true, r.reply(ctx, t, "away.none", map[string]any{"Who": r.shown(w), "Self": t.who.Key() == w.Key()})
}

// namesCallee reports whether text names one of the elders w phones.
func (r *Router) namesCallee(w village.Person, text string) bool {
	return slices.ContainsFunc(r.calleePeople(w), func(p village.Person) bool { return words.NameEnd(text, p.Name) >= 0 })
}

// awayEnds ends w's absence, said by t.who (w himself, or his leader):
// the one who covered hears, and so does w when his leader said it. An
// absence said for a later day and not begun yet is called off (call99:
// 「我明天不走了」, 「不请假了」): kept ending now, before its first day, so
// it is never on and the month's coverage skips it; the stand-in and the
// grid's leaders, told of it when it was said, hear it is off. Not away
// (nothing kept, or its day past): done is false, for the words to be
// read as anything else.
func (r *Router) awayEnds(ctx context.Context, t *turn, w village.Person) (done bool, err error) {
	sc := storage.VillageScope(w.Village)
	b, err := r.store.Asked(ctx, sc, village.AwayKey(w.Key()))
	if errors.Is(err, storage.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return true, err
	}
	a, ok := village.LastAway(b)
	ahead := ok && a.Ahead(t.at)
	if !ok || !a.On(t.at) && !ahead {
		return false, nil // a value unread or past is no absence
	}
	t.scope = sc
	// kept, ended now, for the month's coverage to say he was away
	a.Back = t.at
	body, err := json.Marshal(a)
	if err != nil {
		return true, fmt.Errorf("away: %w", err)
	}
	t.keep = append(t.keep, awayKept(w, body, words.AwayKeptAfter))
	// a leader who phones no elder has no call lists back (rep107)
	data := map[string]any{"Who": r.shown(w), "By": r.shown(t.who), "Said": t.text, "Self": t.who.Key() == w.Key(), "Phones": len(r.calleePeople(w)) > 0}
	if items := r.awayItems(w); len(items) > 0 && !ahead {
		data["Items"] = items // his again: their reminders too (rep103)
	}
	var told []string // who hear of it, besides w
	at := t.at
	if ahead {
		at = a.From // who would have covered
	}
	if c, ok := r.standIn(a, at); ok && c.Key() != t.who.Key() {
		told = append(told, r.shown(c))
	}
	if ahead {
		data["Cancel"], data["From"], data["Now"] = true, a.From, t.at
		for _, l := range r.people.InGrid(w.Village, w.Grid, village.RoleLeader) {
			// told of it by call.away.leader when it was said
			if l.Key() != t.who.Key() && l.Key() != w.Key() && !slices.Contains(told, r.shown(l)) {
				told = append(told, r.shown(l))
			}
		}
		data["Told"] = told
	}
	for _, to := range told {
		t.out = append(t.out, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("away.back.cover", data)})
	}
	if t.who.Key() != w.Key() {
		t.out = append(t.out, bot.Outbound{To: r.shown(w), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("away.back.worker", data)})
	}
	return true, r.reply(ctx, t, "away.back", data)
}

// awayNow are the workers of grid g of village v away at t, as this
// process's copies of the kept absences hold them (no round trip: a line
// a list adds for the leader, not a decision), each with who covers: for
// the leader's 待办 and 回访 lists (away.note), so he knows whose calls
// are on his list and why.
func (r *Router) awayNow(t *turn, v, g string) []map[string]any {
	var out []map[string]any
	for _, a := range r.keptAways(v) {
		if a.Grid != g || !a.On(t.at) {
			continue
		}
		line := map[string]any{"Who": a.Worker, "Key": a.WorkerKey, "Last": a.LastDay(), "Now": t.at}
		if w, ok := r.personOf(a.WorkerKey); ok {
			line["Who"] = r.shown(w)
			if c, ok := r.standIn(a, t.at); ok {
				line["Cover"], line["CoverSelf"] = r.shown(c), c.Key() == t.who.Key()
			}
		}
		out = append(out, line)
	}
	slices.SortFunc(out, func(a, b map[string]any) int { return strings.Compare(a["Who"].(string), b["Who"].(string)) })
	return out
}

// keptAways are the absences kept in village v (this process's copies:
// no round trip), past ones too, for the coverage's note of who was away.
func (r *Router) keptAways(v string) []village.Away {
	var out []village.Away
	for _, b := range r.store.AskedCopiesUnder(storage.VillageScope(v), village.AwayKey("")) {
		out = append(out, village.Aways(b)...)
	}
	return out
}

// awayKept keeps absence body (a JSON village.Away) of w after those kept
// already (village.AwayKey's lines, storage.Kept.After), the key kept ttl
// from now: two absences in a month are both kept, in the same commit,
// with nothing read (call74); an end said (awayEnds) is a line that
// village.Aways merges into the absence it ends.
func awayKept(w village.Person, body []byte, ttl time.Duration) storage.Kept {
	k := storage.Ask(village.AwayKey(w.Key()), body, ttl)
	k.After = village.AwayLine
	return k
}

// mayCall reports whether t's sender may log calls to p: words.MayCall,
// or he stands in for p's phoner, away at t (standingIn). The call is
// logged under him (Call.LoggedBy), on her task. A leader or worker of
// her village whom this process's copies do not show standing in has
// the absence read from Redis once (another process, or a start, kept
// it; the copy kept then serves the next log): one round trip, on that
// path only (call79).
func (r *Router) mayCall(ctx context.Context, t *turn, p village.Person) (bool, error) {
	if r.mayCallCopied(t, p) {
		return true, nil
	}
	if t.who.Village != p.Village || !t.who.Has(village.RoleLeader) && !t.who.Has(village.RoleWorker) {
		return false, nil
	}
	w := village.Phoner(r.people.All(), p)
	if w.Key() == "" || w.Key() == t.who.Key() {
		return false, nil
	}
	b, err := r.store.AskedCopied(ctx, storage.VillageScope(p.Village), village.AwayKey(w.Key()))
	if err != nil {
		return false, err
	}
	a, ok := village.LastAway(b)
	return ok && r.standingIn(t, a), nil
}

// mayCallCopied is mayCall as this process's copies of the absences hold
// them, no round trip: for reading a message (othersElder), where a
// refusal is read again by mayCall.
func (r *Router) mayCallCopied(t *turn, p village.Person) bool {
	if words.MayCall(t.who, p) {
		return true
	}
	a, ok := r.awayCopied(p.Village, village.Phoner(r.people.All(), p).Key(), t.at)
	return ok && r.standingIn(t, a)
}

// standingIn reports whether t's sender phones, at t, for a's worker
// (standIn).
func (r *Router) standingIn(t *turn, a village.Away) bool {
	c, ok := r.standIn(a, t.at)
	return ok && a.On(t.at) && c.Key() == t.who.Key()
}

// standIn is who phones at at for a's worker (village.StandIn): a
// stand-in named who is away himself, as this process's copies hold it,
// passes on to the grid's own cover (call79).
func (r *Router) standIn(a village.Away, at time.Time) (village.Person, bool) {
	v := ""
	if w, ok := r.personOf(a.WorkerKey); ok {
		v = w.Village
	}
	return village.StandIn(r.people.All(), v, a, r.awayAt(v, at))
}

// awayCopied is the absence of the person with key in village v in
// force at at, as this process's copies hold them (keptAways).
func (r *Router) awayCopied(v, key string, at time.Time) (village.Away, bool) {
	if key == "" {
		return village.Away{}, false
	}
	for _, a := range r.keptAways(v) {
		if a.WorkerKey == key && a.On(at) {
			return a, true
		}
	}
	return village.Away{}, false
}

// phonerNow is who phones, at t, for worker w: his stand-in while he is
// away (as this process's copies hold it), else he himself.
func (r *Router) phonerNow(t *turn, w village.Person) village.Person {
	if a, ok := r.awayCopied(w.Village, w.Key(), t.at); ok {
		if c, ok := r.standIn(a, t.at); ok {
			return c
		}
	}
	return w
}

// asStrings is v when it holds strings, else none.
func asStrings(v any) []string {
	s, _ := v.([]string)
	return s
}

// awayItems are the open report items of w's grid that w handles, oldest
// first: while he is away they are his stand-in's (village.ItemsCover).
// Only named in the texts (the reminders go to the stand-in whatever they
// say), so read from this process's copy of the grid's open items, no
// round trip: one that never read the grid since it started names none.
func (r *Router) awayItems(w village.Person) []village.Report {
	open, _ := r.store.OpenReportsCopied(storage.VillageScope(w.Village), w.Grid)
	return slices.DeleteFunc(open, func(rep village.Report) bool { return !rep.HandledBy(w) })
}

// awayItemsData adds to data the items w, away as a says, leaves open
// (Items) and who has them meanwhile (ItemsTo, ItemsToSelf when t's
// sender): the texts telling of his absence name them (away.items.*),
// and the reminders of them go to that one (the scheduler's
// village.ItemsCover, rep103). Nothing is added when he handles none, or
// no leader of his grid is there to have them.
func (r *Router) awayItemsData(t *turn, w village.Person, a village.Away, data map[string]any) {
	c, ok := village.ItemsCover(r.people.All(), w.Village, a, r.awayAt(w.Village, t.at))
	if !ok {
		return
	}
	if w.Covers(village.RoleLeader, w.Village, w.Grid) {
		// a leader away: the grid's new items are asked of c (rep105)
		data["NewTo"] = r.shown(c)
	}
	if items := r.awayItems(w); len(items) > 0 {
		data["Items"], data["ItemsTo"], data["ItemsToSelf"] = items, r.shown(c), c.Key() == t.who.Key()
	}
}

// askedNow is leaders, asked to take on a new item of their grid at t,
// each away (as this process's copies hold it) replaced by who has his
// items meanwhile (village.ItemsCover), once; covering says why, a line
// (Who, Cover, Last, Now) for each away (rep105). The item's handlers
// stay the leaders: who covers acts for them (actsFor) and is reminded in
// their place until they are back.
func (r *Router) askedNow(t *turn, leaders []village.Person) (asked []village.Person, covering []map[string]any) {
	for _, l := range leaders {
		to := l
		if a, ok := r.awayCopied(l.Village, l.Key(), t.at); ok && l.Has(village.RoleLeader) {
			// a mediator asked for a leader who steps aside is no
			// leader's items to cover
			if c, ok := village.ItemsCover(r.people.All(), l.Village, a, r.awayAt(l.Village, t.at)); ok {
				to = c
				covering = append(covering, map[string]any{"Who": r.shown(l), "Cover": r.shown(c), "Last": a.LastDay(), "Now": t.at})
			}
		}
		if !slices.ContainsFunc(asked, func(p village.Person) bool { return p.Key() == to.Key() }) {
			asked = append(asked, to)
		}
	}
	if covering == nil {
		return leaders, nil
	}
	return asked, covering
}

// actsFor reports whether t's sender acts, at t, for a handler of rep who
// is away (village.ActsFor: who has his items, or his stand-in of the
// grid), as this process's copies hold the absences: he may do on rep
// what that handler may (mayNow, rep104).
func (r *Router) actsFor(t *turn, rep village.Report) bool {
	return r.actsAt(t.who, t.at, rep)
}

// actsAt is actsFor for p at at: a cadre's words filing a villager's
// matter take it on for him, not for her (takeOnFor, rep105).
func (r *Router) actsAt(p village.Person, at time.Time, rep village.Report) bool {
	if p.Village != rep.Village || !p.Has(village.RoleLeader) && !p.Has(village.RoleWorker) {
		return false
	}
	for _, a := range r.handlersAway(at, rep) {
		if village.ActsFor(r.people.All(), rep.Village, a, r.awayAt(rep.Village, at), p) {
			return true
		}
	}
	return false
}

// handlersAway are the absences in force at at of rep's handlers, by the
// name rep gives each, as this process's copies hold them.
func (r *Router) handlersAway(at time.Time, rep village.Report) map[string]village.Away {
	var out map[string]village.Away
	for _, h := range rep.Handlers {
		p, err := r.people.Lookup(rep.Village, h)
		if err != nil {
			continue
		}
		if a, ok := r.awayCopied(rep.Village, p.Key(), at); ok {
			if out == nil {
				out = map[string]village.Away{}
			}
			out[h] = a
		}
	}
	return out
}

// handlersLine is who has rep as t's 待办 names it (village.HandlersLine):
// each handler away with who has his items meanwhile (rep104).
func (r *Router) handlersLine(t *turn, rep village.Report) string {
	return village.HandlersLine(rep.Handlers, r.handlersCovers(t.at, rep))
}

// handlersReached are whom rep's handlers are told at at, in order, each
// once: one away is replaced by who has his items meanwhile
// (handlersCovers). A step on a private item, a 未解决 said aside, a
// party's words reach who acts on it, not the leader at a county
// training (rep106, rep107).
func (r *Router) handlersReached(at time.Time, rep village.Report) []string {
	return r.reached(at, rep, rep.Handlers)
}

// reached is names, some of rep's handlers, each away replaced by who has
// his items meanwhile, each once.
func (r *Router) reached(at time.Time, rep village.Report, names []string) []string {
	covers := r.handlersCovers(at, rep)
	var out []string
	for _, h := range names {
		if to := cmp.Or(covers[h], h); !slices.Contains(out, to) {
			out = append(out, to)
		}
	}
	return out
}

// handlersCovers are, by the name rep gives each, rep's handlers away at
// at, each with who has his items meanwhile (village.ItemsCover), as
// this process's copies hold the absences.
func (r *Router) handlersCovers(at time.Time, rep village.Report) map[string]string {
	covers := map[string]string{}
	for h, a := range r.handlersAway(at, rep) {
		if c, ok := village.ItemsCover(r.people.All(), rep.Village, a, r.awayAt(rep.Village, at)); ok {
			covers[h] = r.shown(c)
		}
	}
	return covers
}

// awayAt reports whether the person with a key in village v is away at
// at, as this process's copies hold the absences.
func (r *Router) awayAt(v string, at time.Time) func(key string) bool {
	return func(key string) bool {
		_, away := r.awayCopied(v, key, at)
		return away
	}
}

// mayNow is may for t's sender at t: one acting for an away handler of
// rep (actsFor) may what a handler may (rep104: 何志强, standing in for
// 马红梅, 办结 her lamp).
func (r *Router) mayNow(t *turn, v words.Verb, rep village.Report) (ok bool, who string, ask []string) {
	if ok, who, ask = r.may(t.who, v, rep); ok || rep.HandledBy(t.who) || !r.actsFor(t, rep) {
		return ok, who, ask
	}
	keys := slices.Clone(rep.HandlerKeys)
	for len(keys) < len(rep.Handlers) {
		keys = append(keys, "")
	}
	rep.Handlers, rep.HandlerKeys = append(slices.Clone(rep.Handlers), t.who.Name), append(keys, t.who.Key())
	return r.may(t.who, v, rep)
}

// handles reports whether t's sender handles rep at t, himself or acting
// for a handler away (actsFor): his numbered words on it are read as its
// handler's (「R3 灯修好了」 from 马红梅's stand-in is its 办结, rep104).
func (r *Router) handles(t *turn, rep village.Report) bool {
	return rep.HandledBy(t.who) || r.actsFor(t, rep)
}
