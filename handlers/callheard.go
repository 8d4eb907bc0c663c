package handlers

import (
	"context"
	"slices"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// A worker tells the bot how an elder he phones is, in his own words,
// with no outcome word and no 回访 ("白凤兰挺好的", "白凤兰身体还行 就是有点
// 咳嗽", "跟白凤兰聊了一会 都好", "王奶奶好 石德贵没接 白凤兰挺好"). Read
// as a reached call only when each elder so named has a call of his open
// that he was already sent (on his list): news of her that is not a
// question, of her person (well, unwell, where she is), not of a thing.

// heardLogs reads args as notes of how elders he phones are (see the top
// of this file): the args a 回访 would take, each such part written as
// reached ("白凤兰 已通 挺好的"), the others as they are ("石德贵没接").
// A name of his mistyped by a character is kept as typed: callLog answers
// it with the log it means, recording nothing. ok is false unless each
// part starts with a name and one of them at least is such a note, of an
// elder with a call of his open that he was sent.
func (r *Router) heardLogs(ctx context.Context, t *turn, args string, mine []string) (string, bool, error) {
	if t.quote != nil || words.HeardAsked(t.text) {
		return args, false, nil
	}
	v := r.callVillage(t)
	meant := func(n string) string {
		if slices.Contains(mine, n) {
			return n
		}
		if _, err := r.people.Lookup(v, n); err == nil {
			return "" // someone else of that name: not a typo of his
		}
		return words.MistypedName(mine, n)
	}
	isName := func(n string) bool { return meant(n) != "" }
	var parts []string
	for _, part := range strings.FieldsFunc(args, func(r rune) bool { return strings.ContainsRune(words.CallSeps+"\n", r) }) {
		if talk, ok := words.ChattedWith(part, isName); ok {
			parts = append(parts, talk)
		} else if n, _ := words.LeadingName(part, isName); n != "" || len(parts) == 0 {
			parts = append(parts, part)
		} else {
			parts[len(parts)-1] += " " + part
		}
	}
	var heard []string
	for i, p := range parts {
		n, width := words.LeadingName(p, isName)
		if n == "" {
			return args, false, nil
		}
		if words.StartsCallLog(p, isName) {
			continue
		}
		rest := strings.TrimLeft(p[width:], words.CallSeps)
		// "王奶奶去她女儿家住了 这个月不在村里": nobody said she was
		// reached; logged as a call that got no one, her stay told
		outcome, ok := words.HeardOutcome(rest, t.at)
		if !ok {
			return args, false, nil
		}
		if t.where.Kind != words.InPrivate && outcome == village.OutcomeReached && !words.AllWell(rest) && !words.SaysContact(t.text) {
			// 「王奶奶那边炉子灭了」 in the group: news of her, not a call
			// (he may have it from a neighbour); read as the group's
			// message, its confirm-back says how to log a call (call98)
			return args, false, nil
		}
		parts[i], heard = n+" "+outcome+" "+rest, append(heard, meant(n))
	}
	if len(heard) == 0 {
		return args, false, nil
	}
	open, err := r.openCalls(ctx, t, v)
	if err != nil {
		return args, false, err
	}
	for _, n := range heard {
		if slices.ContainsFunc(open, func(c village.Call) bool {
			return r.people.Address(c.PersonKey, c.Person) == n && c.AskedBy(t.at)
		}) {
			continue
		}
		if ok, err := r.reachedTodayNamed(ctx, t, v, n); !ok || err != nil {
			return args, false, err // not on his list: news of her, not a call
		}
	}
	return strings.Join(parts, "，"), true, nil
}

// reachedTodayNamed reports whether the elder named n had a call of the
// sender's that got through today, her last: a second note of her ("她还说腿有点疼" after "白凤兰挺好的")
// is more of that call. Her calls are read (followed after), only when
// she has no call on his list.
func (r *Router) reachedTodayNamed(ctx context.Context, t *turn, v, n string) (bool, error) {
	p, err := r.people.Lookup(v, n)
	if err != nil {
		return false, nil
	}
	cr, err := r.readCalls(ctx, storage.VillageScope(p.Village), false, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf(p.Key())})
	if err != nil {
		return false, err
	}
	c := r.reachedToday(cr.open, p, t)
	return c != nil && c.LoggedBy == t.who.Name, nil
}

// callLogged logs heard as a 回访's args, unless reading them failed.
func (r *Router) callLogged(ctx context.Context, t *turn, heard string, err error) error {
	if err != nil {
		return err
	}
	return r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: heard})
}

// heardOfOthers answers a worker's note of how an elder is (「徐玉珍挺好的」,
// as heardLogs reads it) when she is not on his list: one of his grid on
// another worker's list today hears whose list she is on and the 回访
// that logs it under his name (which closes that worker's call); one of
// another grid hears whose she is, as the 回访 would (call.notmine). done
// is false for anything else (no list holds her: the help as before).
func (r *Router) heardOfOthers(ctx context.Context, t *turn, args string) (done bool, err error) {
	if t.where.Kind != words.InPrivate || t.quote != nil || words.HeardAsked(t.text) {
		return false, nil
	}
	v := r.callVillage(t)
	elder := func(n string) bool {
		p, err := r.people.Lookup(v, n)
		return err == nil && !p.UsesWeChat && p.Phone != ""
	}
	n, width := words.LeadingName(args, elder)
	if n == "" {
		return false, nil
	}
	rest := strings.TrimLeft(args[width:], words.CallSeps)
	parts := strings.FieldsFunc(rest, func(c rune) bool { return strings.ContainsRune(words.CallSeps+"\n", c) })
	if !words.TellsHowSheIs(rest) || slices.ContainsFunc(parts, func(part string) bool { m, _ := words.LeadingName(part, elder); return m != "" }) {
		return false, nil // several elders: not one note of hers
	}
	p, _ := r.people.Lookup(v, n)
	if !words.MayCall(t.who, p) {
		return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: n + " " + village.OutcomeReached + " " + rest})
	}
	sc := storage.VillageScope(v)
	raws, reads, err := r.store.FollowedOf(ctx, sc, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOpen})
	if err != nil {
		return true, err
	}
	t.copies.add(sc, reads[0])
	open, err := storage.CallsIn(raws[0])
	if err != nil {
		return true, err
	}
	i := slices.IndexFunc(open, func(c village.Call) bool {
		return c.PersonKey == p.Key() && c.WorkerKey != t.who.Key() && c.Worker != t.who.Name && c.AskedBy(t.at)
	})
	if i < 0 {
		return false, nil
	}
	return true, r.reply(ctx, t, "call.heard.others", map[string]any{"P": n, "Worker": open[i].Worker, "Said": rest})
}

// elderNamed is the elder without WeChat whom t's message, said in a
// group by one who phones her, begins with and does not say he reached
// (words.SaysContact): 「王奶奶那边炉子灭了」 is news of her, and the
// confirm-back tells him how to log the call if he made one (call98);
// "" otherwise.
func (r *Router) elderNamed(t *turn) string {
	if t.where.Kind == words.InPrivate || !t.who.Has(village.RoleLeader) && !t.who.Has(village.RoleWorker) || words.SaysContact(t.text) {
		return ""
	}
	mine := r.callable(t)
	n, _ := words.LeadingName(t.text, func(n string) bool { return slices.Contains(mine, n) })
	return n
}
