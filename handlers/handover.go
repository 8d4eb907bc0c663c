package handlers

// A grid cadre's plain words handing his open item to another cadre of
// the grid ("我去不了 让何志强去吧", "这个我明天没空，何志强你去一下").

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// handsOver reads t, a grid cadre's words naming another cadre of the
// grid to take an open item he handles (the one, or the one his words
// name): a leader's words are its 指派; a worker's (who may not 指派)
// are its 进展, and the leader is @-named with the 指派 to send. Several
// items and none named: he is asked which. done is false for other words.
func (r *Router) handsOver(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || !t.who.Tends(t.where.Village, t.where.Grid) ||
		utf8.RuneCountInString(t.text) > 40 || strings.ContainsAny(t.text, "?？吗") || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	name, ok := r.handoverTo(t, t.text)
	if !ok {
		return false, nil
	}
	leads := t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid)
	return r.chooseAndRun(ctx, t, r.progressOpen, func(open []village.Report) (*village.Report, string, bool, error) {
		mine := words.Newest(open, -1, func(rep village.Report) bool { // all: a list of them says how many (cutList)
			return rep.Status.Open() && rep.Status != village.StatusResolved && rep.Type != village.Emergency &&
				words.NotTold(rep) && r.handles(t, rep) && !slices.Contains(rep.Handlers, name)
		})
		if clause, _, ok := handoverClause(t, t.text, name); ok {
			// 「水沟的事我下午去看，路灯让王五去」: the lamp's, only
			mine = slices.DeleteFunc(mine, func(rep village.Report) bool {
				_, shared := understand.ThingsOf(t.hear(clause), t.hear(rep.Text))
				return !shared
			})
		} else if named := slices.DeleteFunc(slices.Clone(mine), func(rep village.Report) bool { return !words.SharesBigram(t.text, rep.Text) }); len(named) > 0 {
			mine = named // "路灯的事我去不了 让何志强去吧"
		}
		mine = r.meantBy(withoutNames(t.text, []string{name}), mine) // "张三家的事我去不了 让何志强去吧"
		switch {
		case len(mine) == 0:
			return nil, "", false, nil
		case len(mine) > 1 && leads:
			// one tap: his number is 「指派 #R 何志强 …」 as typed
			return nil, "", true, r.pickReply(ctx, t, mine, func(_ int, rep village.Report) string {
				return "指派 #" + rep.ID + " " + name + " " + r.seenNote(t, name)
			}, words.ShortText(t.text), "assign.which", map[string]any{"Who": t.who.Name, "Items": mine, "Name": name, "Open": true})
		case len(mine) > 1:
			// a worker's: the 进展 that offers the 指派 (offerAssign) is
			// no typed line, so the command is shown
			data := map[string]any{"Who": t.who.Name, "Name": name, "Open": true, "Worker": !leads, "Note": t.text, "Leaders": r.leaderNames(t.where.Village, t.where.Grid)}
			listed(data, mine, func(_ int, rep village.Report) string { return "进展 #" + rep.ID + " " + t.text })
			return nil, "", true, r.reply(ctx, t, "assign.which", data)
		case leads:
			return &mine[0], strings.TrimSpace("指派 #" + mine[0].ID + " " + name + " " + r.seenNote(t, name)), false, nil
		}
		t.offerAssign = name
		return &mine[0], "进展 #" + mine[0].ID + " " + t.text, false, nil
	})
}

// handsOverNoted is handsOver of the item a cadre's note names by its
// number or quotes (「#R2 我去不了 让何志强去吧」, n): a leader's 指派, a
// worker's 进展 with the 指派 offered; done is false for other notes.
// A leader's note naming several (「R1 R2都收到了 明天让王五去看」) is
// their one 指派 (rep97); a worker's several are left to ownNote.
func (r *Router) handsOverNoted(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	leads := t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid)
	if len(n.refs) == 0 || len(n.refs) > 1 && !leads || n.unsure || t.where.Kind != words.InGrid || !t.who.Tends(t.where.Village, t.where.Grid) ||
		utf8.RuneCountInString(n.note) > 40 || strings.ContainsAny(n.note, "?？吗") {
		return false, nil
	}
	name, ok := r.handoverTo(t, n.note)
	if !ok {
		return false, nil
	}
	if len(n.refs) > 1 {
		// those there are none of said after the 指派 (as someMissing's)
		found, named, missing, err := r.foundOf(ctx, t, n)
		if err != nil || len(found) == 0 {
			return err != nil, err
		}
		if len(missing) > 0 {
			t.besides = r.textsFor(t).Render("err.unknownref", map[string]any{"Refs": words.RefTags(missing), "Waiting": r.waitingNamed(t)})
		}
		if clause, rest, ok := handoverClause(t, n.note, name); ok {
			// 「R1 R2都收到了，路灯让王五去看，水沟我下午去」: the lamp to
			// 王五, the ditch his own
			if done, err := r.handsSomeOver(ctx, t, found, name, clause, rest); done {
				return true, err
			}
		}
		_, err = r.run(ctx, t, "指派 "+strings.Join(named, " ")+" "+name)
		return true, err
	}
	if clause, rest, ok := handoverClause(t, n.note, name); ok {
		// 「R3那个我搞错了，水沟的事我下午去看，路灯让王五去」: the lamp goes
		// to 王五, not the ditch the number names
		if done, err := r.handsOverOther(ctx, t, n, name, clause, rest); done {
			return true, err
		}
	}
	if leads {
		_, err = r.run(ctx, t, "指派 "+n.named[0]+" "+name)
		return true, err
	}
	t.offerAssign = name
	_, err = r.run(ctx, t, "进展 "+n.named[0]+" "+n.note)
	return true, err
}

// handsSomeOver is a leader's note naming several items (found) whose
// clause hands the items of its thing to name while he keeps the others
// (「R1 R2都收到了，路灯让王五去看，水沟我下午去」): those the clause's
// thing fits are his 指派 to name, the others his 确认 with the other
// clauses (rest) the note, decided as allRefs decides its steps and made
// as one change with one reply (rep98). done is false when the clause
// fits all of them or none (the 指派 of all), or the steps cannot be one
// change: nothing was committed then.
func (r *Router) handsSomeOver(ctx context.Context, t *turn, found []village.Ref, name, clause, rest string) (done bool, err error) {
	c, ok, err := r.someOver(ctx, t, found, name, clause, rest, true)
	if err != nil || !ok {
		return err != nil, err
	}
	c.Out = r.withBesides(t, c.Out)
	if _, err = r.commit(ctx, t, t.copies.guard(c)); err == nil {
		t.besides = ""
	}
	return true, err
}

// someOver decides, committing nothing, the steps of handsSomeOver: the
// items of found the clause's thing fits are 指派 to name, the others his
// 确认 with rest the note, as one change (c, not yet guarded by the
// turn's copies). ok is false when an item cannot be read, when both
// kinds are wanted (both) and the clause fits all of them or none, or
// when the steps cannot be one change.
func (r *Router) someOver(ctx context.Context, t *turn, found []village.Ref, name, clause, rest string, both bool) (c storage.Change, ok bool, err error) {
	sent := map[village.Ref]bool{}
	for _, ref := range found {
		rep, _, err := r.find(ctx, t, ref.String())
		if err != nil {
			return c, false, nil // read again by the 指派 of all, which says so
		}
		_, sent[ref] = understand.ThingsOf(t.hear(clause), t.hear(rep.Text))
	}
	if n := len(slices.DeleteFunc(slices.Clone(found), func(ref village.Ref) bool { return !sent[ref] })); both && (n == 0 || n == len(found)) {
		return c, false, nil
	}
	if note, ok := understand.TakesOn(rest); ok {
		rest = note // 「都收到了，水沟我下午去」: what he will do
	}
	accept, _ := parseCommand(string(words.VAccept) + " " + rest)
	assign, _ := parseCommand(string(words.VAssign) + " " + name)
	b := &batch{}
	for _, ref := range found { // in the order he wrote them
		cmd := accept
		if sent[ref] {
			cmd = assign
		}
		one := stepOf(t, refStep{ref: ref})
		// the 指派 of a new item from his words says it was taken on too
		one.batch, one.implied = b, cmd.verb == words.VAssign
		from := len(b.items)
		if err := r.lifecycleOf(ctx, one, cmd, []village.Ref{ref}); err != nil {
			return c, false, err // a read failed: nothing committed
		}
		t.copies = one.copies
		for i := from; i < len(b.items); i++ {
			b.items[i].ref = "#" + ref.String()
		}
	}
	c, ok = r.joined(t, b.items)
	return c, ok, nil
}

// handoverClause is the clause of text, a message of several, that hands
// a matter to name (「路灯让王五去」 of 「水沟的事我下午去看，路灯让王五去」)
// when it names a thing of a report (understand.Things), and the other
// clauses joined (rest). ok is false for one clause, or one naming no
// thing: the message is the hand-over, of the item it is said of.
func handoverClause(t *turn, text, name string) (clause, rest string, ok bool) {
	parts := strings.FieldsFunc(text, func(c rune) bool { return strings.ContainsRune("，,。；;！! \u3000", c) })
	var others []string
	for _, p := range parts {
		if clause == "" && strings.Contains(p, name) {
			clause = p
		} else if understand.HasContent(p) {
			others = append(others, p)
		}
	}
	if clause == "" || len(others) == 0 || len(understand.Things(t.hear(clause))) == 0 {
		return "", "", false
	}
	rest = words.TrimRefFillers(strings.Join(others, "，"))
	if r, ok := words.CutAnyPrefix(rest, "那个", "这个"); ok && understand.HasContent(r) {
		rest = r // 「R3那个我搞错了」: the number's filler
	}
	return clause, rest, true
}

// handsOverOther answers a grid leader's words on item n whose hand-over
// clause names another thing than the item's (handoverClause): the one
// open item of the group that clause's thing names is given to name
// (指派, his words on the numbered item said back as the 进展 to send);
// several such are asked which; none: nothing is given, he is told the
// 指派 to write. done is false when the clause is of the numbered item
// (or names a thing it shares): the hand-over is its.
func (r *Router) handsOverOther(ctx context.Context, t *turn, n refNote, name, clause, rest string) (done bool, err error) {
	if !t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil || !ok {
		return err != nil, err
	}
	if named, shared := understand.ThingsOf(t.hear(clause), t.hear(rep.Text)); !named || shared {
		return false, nil
	}
	open, _, err := r.groupOpen(ctx, t)
	if err != nil {
		return true, err
	}
	fits := slices.DeleteFunc(slices.Clone(open), func(o village.Report) bool {
		_, shared := understand.ThingsOf(t.hear(clause), t.hear(o.Text))
		return !shared || o.ID == rep.ID || o.Chat != t.m.Chat || !o.Status.Open() || o.Status == village.StatusResolved ||
			o.Type == village.Emergency || slices.Contains(o.Handlers, name)
	})
	data := map[string]any{"Who": t.who.Name, "Name": name, "Clause": clause, "R": &rep, "Rest": rest}
	switch len(fits) {
	case 0:
		return true, r.reply(ctx, t, "handover.other", data)
	case 1:
	default:
		return true, r.pickReply(ctx, t, fits, func(_ int, o village.Report) string { return "指派 #" + o.ID + " " + name },
			words.ShortText(clause), "assign.which", map[string]any{"Who": t.who.Name, "Name": name, "Open": true})
	}
	t.besides = r.textsFor(t).Render("handover.rest", data)
	t.implied, t.known = true, fits[:1] // read once: 指派 acts on it as read here
	_, err = r.run(ctx, t, "指派 #"+fits[0].ID+" "+name)
	t.known = nil
	return true, err
}

// handoverTo is the cadre of t's grid (not the sender) text sends to
// take an item: named, then told to go or take it within a few runes
// ("让何志强去吧", "何志强你去一下", "交给何志强"); a refusal or another
// errand (sendsTo's) is none.
func (r *Router) handoverTo(t *turn, text string) (string, bool) {
	cadres := slices.Concat(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker), r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader))
	for _, p := range cadres {
		at := strings.Index(text, p.Name)
		if p.Key() == t.who.Key() || at < 0 {
			continue
		}
		after := []rune(strings.TrimLeft(text[at+len(p.Name):], " \u2005,，"))
		after = after[:min(len(after), 6)]
		rest := string(after)
		fetches := words.EndsWithAny(text[:at], words.SendWords...) && words.ContainsAnyOf(rest, words.FetchErrands...) // "我让王五找人来填"
		if strings.HasSuffix(text[:at], "交给") || (fetches || words.ContainsAnyOf(rest, words.HandoverGoes...)) &&
			!words.ContainsAnyOf(rest, "不去", "不用", "别去", "不要", "去不了", "开会", "镇里", "镇上") {
			return p.Name, true
		}
	}
	return "", false
}

// passedTo is the body a grid cadre's note on an item passes it to,
// opened with a transfer word ("转供电所处理", "交给水务站"): "" when it
// names none, or names a person of village v ("交给何志强", a hand-over).
func (r *Router) passedTo(v, note string) string {
	rest, ok := words.CutAnyPrefix(strings.TrimSpace(note), words.TransferWords...)
	if !ok {
		return ""
	}
	name := strings.TrimLeft(rest, " ")
	if i := strings.IndexAny(name, " ，,、。；;："); i >= 0 {
		name = name[:i]
	}
	for _, how := range words.UnitHows {
		if bare, cut := strings.CutSuffix(name, how); cut {
			name = bare
			break
		}
	}
	if n := utf8.RuneCountInString(name); n < 2 || n > 8 || !words.ContainsAnyOf(name, words.UnitNames...) &&
		!slices.ContainsFunc(words.UnitEnds, func(end string) bool { return strings.HasSuffix(name, end) }) {
		return ""
	}
	if _, err := r.people.Lookup(v, name); err == nil {
		return ""
	}
	return name
}

// seenNote is what a leader who sends name to an item he handles says he
// saw first ("看了，坑挺大的，我让王五找人来填"): the 指派's note, with
// the errand ("看了，坑挺大的，找人来填"); "" for bare sending words
// ("让王五去吧"), whose 指派 needs none.
func (r *Router) seenNote(t *turn, name string) string {
	if seen, _ := words.CutSeen(t.text); seen == "" {
		return ""
	}
	if sent, note, ok := r.sendsCadre(t); ok && sent[0] == name {
		return note
	}
	return ""
}
