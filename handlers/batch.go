package handlers

// A command that names several reports (「确认 1 2 3 4 5」, 「办结 #R3 #R4
// 都修好了」) is one message: it is answered with one reply, and its
// changes are one commit, one round trip, as any other message's.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// batch collects what a command naming several reports would commit for
// each (see turn.batch), to commit it as one change.
type batch struct {
	items []batchItem
	// filings: the matters one answer files (fileTogether), each
	// report's filing collected, not made
	filings bool
}

// batchItem is one report's change, and, when it is a lifecycle step's,
// what it was rendered from (for a reply that says several at once).
type batchItem struct {
	c     storage.Change
	block string
	rep   village.Report
	data  map[string]any
	// ref is the reference the step was said of (allRefs), which a reply
	// that does not name it (a refusal) is said of when several share it;
	// in is the village it was read in (refStep.in), "" when none.
	ref, in string
	// kept are the values a filing keeps of its own (turn.evKeep: its
	// photos to come), among the change's Keep (fileTogether)
	kept []storage.Kept
	// danger: a filing about to come down on people (filing.danger),
	// whose warning a joined reply says once, after the last (rep75)
	danger bool
}

// commitTurn commits c, or, while the turn's commits are batched,
// remembers it (with the step's block, report and data, when it is one)
// for eachRef to commit with the others.
func (r *Router) commitTurn(ctx context.Context, t *turn, c storage.Change, step *batchItem) error {
	if t.batch != nil {
		c.Out = slices.Clip(c.Out)
		item := batchItem{c: c}
		if step != nil {
			item.block, item.rep, item.data = step.block, step.rep, step.data
		}
		t.batch.items = append(t.batch.items, item)
		return nil
	}
	c.Out = r.withBesides(t, c.Out)
	then := c.Then == nil && t.then != nil
	if then {
		c.Then = t.then // what the message made besides, in the same round trip
	}
	_, err := r.commit(ctx, t, c)
	if err == nil {
		t.besides = ""
		if then {
			t.then = nil
		}
	}
	return err
}

// eachRef applies a command naming several reports (「确认 #R1、#R2」) to
// each, in one commit with one reply to the sender (joined), deciding
// again once when another process changed one of them meanwhile. Where
// that cannot be one change (the township's chats, whose items may be of
// several villages), and after a second conflict, each is done on its
// own, as one message of its own would be (eachOnItsOwn).
func (r *Router) eachRef(ctx context.Context, t *turn, cmd command, refs []village.Ref) error {
	steps := r.refSteps(t, refs)
	if t.where.Village != "" || t.where.Kind == words.InOffice {
		// the township's chats too: 「确认 #R1 #R2」 of one village is one
		// change (joined refuses items of several villages)
		for range 2 {
			done, err := r.allRefs(ctx, t, cmd, steps)
			if done && !errors.Is(err, storage.ErrConflict) {
				return err
			}
			if !done {
				break
			}
		}
	}
	return r.eachOnItsOwn(ctx, t, cmd, steps)
}

// refStep is one item a command names: its number, and in the township's
// chats the village written before it when the message writes the number
// of several villages (「确认 青山村 #R1 石桥村 #R1」: two items); "" else,
// the item is looked up as usual (findIn).
type refStep struct {
	ref village.Ref
	in  string
}

// refSteps are the items refs name, each once: a number written after
// two villages' names is an item of each (village.VillagesOf).
func (r *Router) refSteps(t *turn, refs []village.Ref) []refStep {
	var steps []refStep
	for _, ref := range refs {
		var in []string
		if t.where.Village == "" && len(r.cfg.Villages) > 1 {
			// the whole text as written: villageFirst cut the first
			// village from 「青山村 #R1 石桥村 #R1 …」
			in = village.VillagesOf(strings.TrimSpace(t.named+" "+t.text), ref, r.villageNames())
		}
		if len(in) < 2 {
			in = []string{""}
		}
		for _, v := range in {
			if step := (refStep{ref, v}); !slices.Contains(steps, step) {
				steps = append(steps, step)
			}
		}
	}
	return steps
}

// stepOf is t for step: its village looked up first (refVillage).
func stepOf(t *turn, step refStep) *turn {
	one := *t
	one.out, one.scope, one.refIn = nil, "", step.in
	return &one
}

// allRefs decides cmd for each of refs as lifecycleOf does, committing
// nothing, then commits what it decided as one change (joined). done is
// false when the steps cannot be one change; nothing was committed then.
func (r *Router) allRefs(ctx context.Context, t *turn, cmd command, steps []refStep) (done bool, err error) {
	refs := make([]village.Ref, len(steps))
	for i, step := range steps {
		refs[i] = step.ref
	}
	ahead, err := r.readAhead(ctx, t, refs)
	if err != nil {
		return true, err // nothing committed
	}
	defer ahead()
	b := &batch{}
	for _, step := range steps {
		one := stepOf(t, step)
		one.batch = b
		from := len(b.items)
		if err := r.lifecycleOf(ctx, one, cmd, []village.Ref{step.ref}); err != nil {
			return true, err // a read failed: nothing committed
		}
		t.copies = one.copies // a number none has, as this process's copy says (rep98)
		for i := from; i < len(b.items); i++ {
			b.items[i].ref, b.items[i].in = "#"+step.ref.String(), step.in
		}
	}
	t.known = nil // read by the steps; a retry reads them afresh
	c, ok := r.joined(t, b.items)
	if !ok {
		if c, ok = r.joinedAcross(t, b.items); !ok {
			return false, nil
		}
	}
	c.Out = r.withBesides(t, c.Out)
	_, err = r.commit(ctx, t, t.copies.guard(c))
	if err == nil {
		t.besides = ""
	}
	return true, err
}

// eachOnItsOwn applies cmd to each of steps in turn: one change and one
// reply per report, each deduplicated on its own so that a retried message
// changes none of them twice.
func (r *Router) eachOnItsOwn(ctx context.Context, t *turn, cmd command, steps []refStep) error {
	var errs []error
	for i, step := range steps {
		one := stepOf(t, step)
		if i > 0 {
			one.besides = "" // said with the first
		}
		if t.m.ID != "" {
			one.m.ID = t.m.ID + "#" + strconv.Itoa(i+1)
		}
		errs = append(errs, r.lifecycleOf(ctx, one, cmd, []village.Ref{step.ref}))
	}
	return errors.Join(errs...)
}

// joined is the one change of items, the steps of one message on several
// reports of one scope: their reports, audit entries (each under its
// report's reference) and messages, the replies to the sender joined into
// one (joinReplies). ok is false when they cannot be one change: of
// several scopes, or with what only a change of its own may carry (a new
// document, counters, a 收到, a kept value it was decided on, guards
// that differ).
func (r *Router) joined(t *turn, items []batchItem) (c storage.Change, ok bool) {
	if len(items) == 0 {
		return c, false
	}
	c = storage.Change{Scope: items[0].c.Scope, MsgID: t.m.ID, Keep: items[0].c.Keep, Read: items[0].c.Read, Docs: items[0].c.Docs}
	seen := map[string]bool{}
	for _, it := range items {
		x := it.c
		if x.Scope != c.Scope || x.Create || x.Ack != nil || x.Unchanged != nil || len(x.Incr) > 0 || len(x.Reads) > 0 ||
			x.Read != c.Read || len(x.Keep) != len(c.Keep) || len(x.Docs) != len(c.Docs) {
			return storage.Change{}, false
		}
		for _, rep := range append([]*village.Report{x.Report}, x.Also...) {
			if rep == nil {
				continue
			}
			if seen[rep.ID] {
				return storage.Change{}, false // two steps on one report: each reads what the other wrote
			}
			seen[rep.ID] = true
			if c.Report == nil {
				c.Report = rep
			} else {
				c.Also = append(c.Also, rep)
			}
		}
		ref := ""
		if x.Report != nil {
			ref = x.Report.ID
		}
		joinAudits(&c, x, ref)
	}
	c.Out = r.joinReplies(t, items)
	return c, true
}

// joinedAcross is the change of items of several scopes (the township's
// 「进展 青山村 #R1 石桥村 #R1 …」): each scope's items joined as one
// change, in the order the message names them, the first carrying the
// one reply to the sender of them all (joinReplies) and the others its
// chain of Thens (storage.Change.Then): one round trip, one reply, in
// the order he wrote. Each scope's change is deduplicated by the
// message's id in its own scope, so a retry after one was refused makes
// the other only once. ok is false when one scope's items cannot be
// one change (joined).
func (r *Router) joinedAcross(t *turn, items []batchItem) (c storage.Change, ok bool) {
	var scopes []storage.Scope
	byScope := map[storage.Scope][]batchItem{}
	for _, it := range items {
		if _, seen := byScope[it.c.Scope]; !seen {
			scopes = append(scopes, it.c.Scope)
		}
		byScope[it.c.Scope] = append(byScope[it.c.Scope], it)
	}
	if len(scopes) < 2 {
		return storage.Change{}, false
	}
	to := r.back(t, "")
	mine := func(o bot.Outbound) bool { return o.To == to.To && o.Kind == to.Kind && !o.ForOthers }
	var reply []bot.Outbound
	for _, o := range r.joinReplies(t, items) {
		if mine(o) {
			reply = append(reply, o)
		}
	}
	chain := make([]storage.Change, len(scopes))
	for i, sc := range scopes {
		x, ok := r.joined(t, byScope[sc])
		if !ok {
			return storage.Change{}, false
		}
		x.Out = slices.DeleteFunc(x.Out, mine)
		if i == 0 {
			x.Out = append(reply, x.Out...)
		}
		chain[i] = x
	}
	for i := len(chain) - 2; i >= 0; i-- {
		chain[i].Then = &chain[i+1]
	}
	return chain[0], true
}

// joinAudits adds x's audit entries to c, one joining several steps: each
// without its item's reference under ref.
func joinAudits(c *storage.Change, x storage.Change, ref string) {
	for _, a := range append([]storage.Audit{x.Audit}, x.More...) {
		if a.Action == "" {
			continue
		}
		a.Ref = cmp.Or(a.Ref, ref)
		if c.Audit.Action == "" {
			c.Audit = a
		} else {
			c.More = append(c.More, a)
		}
	}
}

// joinReplies is the messages of items, in order, each held one about its
// own item's report (bot.Outbound.About: the change's About is the first
// report's), with the replies to
// the sender (where back addresses them) made one, where the first of
// them was: reports taken on alike (确认 by the same handlers, to the
// same deadline) or resolved by the same words of his (resolve.many) said
// together, the rest one after another.
func (r *Router) joinReplies(t *turn, items []batchItem) []bot.Outbound {
	to := r.back(t, "")
	// a question to someone else in his chat (ForOthers) stays apart: held
	// at night, it goes in the morning; so does a reminder held until
	// later (a claim's witness or photo reminder, pts99)
	mine := func(o bot.Outbound) bool {
		return o.To == to.To && o.Kind == to.Kind && !o.ForOthers && o.NotBefore.IsZero()
	}
	var out []bot.Outbound
	at, prio := -1, to.Priority
	j := newJoinedReply()
	notices := map[string]*words.Notice{}
	presses := map[string]*words.Press{}
	for _, it := range items {
		for _, o := range it.c.Out {
			if !mine(o) {
				if rep := it.c.Report; rep != nil && !words.Settled(rep) {
					o.About = rep.ID // held, it is about its own report (heldAbout)
				}
				if k, ok := pressKey(it, o); ok {
					p := presses[k]
					if p == nil {
						p = &words.Press{}
						presses[k] = p
					}
					p.At, p.Items = append(p.At, len(out)), append(p.Items, it.data)
				}
				if k, ok := noticeKey(t, it, o); ok {
					n := notices[k]
					if n == nil {
						n = &words.Notice{}
						notices[k] = n
					}
					n.At = append(n.At, len(out))
					n.Reps, n.Texts = append(n.Reps, it.rep), append(n.Texts, o.Text)
				}
				out = append(out, o)
				continue
			}
			if at < 0 {
				at = len(out)
			}
			prio = min(prio, o.Priority) // the most urgent: lower goes first
			j.add(r, t, it, o.Text)
		}
	}
	out = joinNotices(out, notices)
	out = r.joinPresses(out, presses)
	if at < 0 {
		return out
	}
	to.Text, to.Priority = j.text(r, t, items), prio
	return slices.Insert(out, at, to)
}

// noticeKey is, for a message o of the township's step it to a chat other
// than the sender's, what the same step's messages on other items share
// when they may be said there as one; ok is false for any other.
func noticeKey(t *turn, it batchItem, o bot.Outbound) (key string, ok bool) {
	if t.where.Kind != words.InOffice || it.rep.ID == "" || o.Kind != bot.Group ||
		it.block != "accept" && it.block != "progress" && it.block != "resolve" {
		return "", false
	}
	return fmt.Sprint(it.block, "|", o.To, "|", o.Priority, "|", o.Merge, "|", o.NotBefore.UnixNano()), true
}

// pressKey is, for a message o of step it, the cadre and kind a press
// to him shares with the others of the message's: ok only for an
// officer's question or order (ask.office) sent to him privately.
func pressKey(it batchItem, o bot.Outbound) (key string, ok bool) {
	if it.block != "ask.office" || o.Kind != bot.Private || it.data == nil ||
		!strings.HasPrefix(o.Text, "【镇里督办】") && !strings.HasPrefix(o.Text, "【镇里问】") {
		return "", false
	}
	return fmt.Sprint(o.To, "|", it.data["Urge"], "|", o.Priority), true
}

// joinPresses makes the presses to one cadre one message listing the
// items (ask.grid.many), where the first was; the others go.
func (r *Router) joinPresses(out []bot.Outbound, presses map[string]*words.Press) []bot.Outbound {
	gone := map[int]bool{}
	for _, p := range presses {
		if len(p.At) < 2 {
			continue
		}
		out[p.At[0]].Text = r.texts.Render("ask.grid.many", map[string]any{"Items": p.Items, "Same": words.SameNote(p.Items)})
		for _, i := range p.At[1:] {
			gone[i] = true
		}
	}
	return without(out, gone)
}

// without is out but the messages at gone.
func without(out []bot.Outbound, gone map[int]bool) []bot.Outbound {
	if len(gone) == 0 {
		return out
	}
	kept := out[:0]
	for i, o := range out {
		if !gone[i] {
			kept = append(kept, o)
		}
	}
	return kept
}

// joinNotices makes each notice of several items one message, where the
// first was, when their words allow (noticeText); the others go.
func joinNotices(out []bot.Outbound, notices map[string]*words.Notice) []bot.Outbound {
	gone := map[int]bool{}
	for _, n := range notices {
		text, ok := words.NoticeText(n)
		if !ok {
			continue
		}
		out[n.At[0]].Text = text
		for _, i := range n.At[1:] {
			gone[i] = true
		}
	}
	return without(out, gone)
}

// joinedReply is the replies to the sender of a batch's items as
// joinReplies makes them one: a line each, where the first of its kind
// was.
type joinedReply struct {
	texts []string
	// alike are the groups of reports taken on, resolved or escalated
	// alike, said in one line
	alike []*alikeGroup
	byKey map[string]*alikeGroup
	// unknown are the numbers no report has ("确认 #R1 #R9"), said in one
	// line where the first of them was
	unknown   []string
	unknownAt int
	waiting   any  // the group's confirm-backs not filed (waitingNamed), said with them
	found     bool // some step named a report there is
	// same are the references of the steps whose reply to the sender is
	// the same words ("抱歉，「确认」需要…" for each of four): said once,
	// of all of them.
	same   map[string][]string
	sameAt map[string]int
}

// alikeGroup is the items of a batch whose replies are said together.
type alikeGroup struct {
	it   batchItem // the first of them
	reps []village.Report
	at   int // where in texts the group's text goes
	// masked is the words the group's replies share, each report's
	// number masked (sameSaveRef); empty for a group of alike steps
	masked string
	// refused is a group of refusals' words (joinedReply.addRefusal),
	// which may say a name apart for each item (words.NamedApart)
	refused *words.Alike
}

func newJoinedReply() *joinedReply {
	return &joinedReply{byKey: map[string]*alikeGroup{}, unknownAt: -1, same: map[string][]string{}, sameAt: map[string]int{}}
}

// add takes the reply text of item it to the sender.
func (j *joinedReply) add(r *Router, t *turn, it batchItem, text string) {
	if it.block == "err.unknownref" {
		if j.unknownAt < 0 {
			j.unknownAt = len(j.texts)
			j.texts = append(j.texts, text)
			j.waiting = it.data["Waiting"]
		}
		j.unknown = append(j.unknown, "#"+fmt.Sprint(it.data["Ref"]))
		return
	}
	j.found = true
	key, ok := r.acceptedAlike(t, it)
	if !ok {
		key, ok = resolvedAlike(t, it)
	}
	if !ok {
		key, ok = escalatedAlike(t, it)
	}
	if ok {
		g := j.byKey[key]
		if g == nil {
			g = &alikeGroup{it: it, at: len(j.texts)}
			j.byKey[key] = g
			j.alike = append(j.alike, g)
			j.texts = append(j.texts, text)
		}
		g.reps = append(g.reps, it.rep)
		return
	}
	if masked, rep, ok := sameSaveRef(t, it, text); ok {
		if refusal(it) {
			j.addRefusal(r, it, text, masked, rep)
			return
		}
		key := fmt.Sprint(false, "|", masked)
		g := j.byKey[key]
		if g != nil && slices.ContainsFunc(g.reps, func(o village.Report) bool { return o.ID == rep.ID }) {
			// one number of two villages' items (「青山村 #R1 石桥村 #R1」):
			// said apart, or the one line would name it twice
			g, key = nil, key+"|"+strconv.Itoa(len(j.texts))
		}
		if g == nil {
			g = &alikeGroup{it: it, at: len(j.texts), masked: masked}
			j.byKey[key] = g
			j.alike = append(j.alike, g)
			j.texts = append(j.texts, text)
		}
		g.reps = append(g.reps, rep)
		return
	}
	if _, ok := j.sameAt[text]; ok {
		j.same[text] = append(j.same[text], it.ref)
		return
	}
	j.sameAt[text], j.same[text] = len(j.texts), []string{it.ref}
	j.texts = append(j.texts, text)
}

// addRefusal takes the reply of a refusal (its words masked by its
// number, as written: refusalRef): into the first group of refusals said
// in the same words but for the number, or for a person's name besides
// (town96: 「在等张三确认」, 「李四配合」, words.NamedApart), which the joined
// line then says for each; else its own. Two villages' refusals join
// when their words name each number with its village (town97: 「青山村
// #R1 石桥村 #R2 …」); a group holding the same number written alike is
// passed over (words.Alike.Take), or the one line would name it twice.
func (j *joinedReply) addRefusal(r *Router, it batchItem, text, masked string, rep village.Report) {
	ref := refusalRef(it, text)
	for _, g := range j.alike {
		if g.refused != nil && g.refused.Take(masked, rep, ref, r.onRoster) {
			g.reps = g.refused.Reps
			return
		}
	}
	j.alike = append(j.alike, &alikeGroup{it: it, at: len(j.texts), masked: masked, reps: []village.Report{rep},
		refused: &words.Alike{Masked: masked, Reps: []village.Report{rep}, Written: []string{ref}}})
	j.texts = append(j.texts, text)
}

// onRoster reports whether name is someone's on the roster.
func (r *Router) onRoster(name string) bool {
	return slices.ContainsFunc(r.people.All(), func(p village.Person) bool { return p.Name == name })
}

// text is the one reply: each group of two or more said together, the
// unknown numbers in one line, the same words once.
func (j *joinedReply) text(r *Router, t *turn, items []batchItem) string {
	for _, g := range j.alike {
		if len(g.reps) >= 2 {
			j.texts[g.at] = r.alikeText(t, g)
		}
	}
	if j.unknownAt >= 0 {
		data := map[string]any{"Refs": j.unknown, "Waiting": j.waiting}
		if !j.found {
			data = maps.Clone(items[0].data) // none found: the items they may be, once
			data["Refs"] = j.unknown
		}
		j.texts[j.unknownAt] = r.textsFor(t).Render("err.unknownref", data)
	}
	for text, refs := range j.same {
		if len(refs) > 1 && !slices.Contains(refs, "") {
			j.texts[j.sameAt[text]] = strings.Join(refs, " ") + "：" + text
		}
	}
	return strings.Join(j.texts, "\n")
}

// alikeText is the one line of a group's reports: resolved by the same
// words, escalated together, or taken on alike.
func (r *Router) alikeText(t *turn, g *alikeGroup) string {
	if g.masked != "" {
		// "#R1 #R2 镇里已接手：…办好后请回复「办结 #R1 结果」"
		if g.refused != nil {
			return g.refused.Text()
		}
		return words.Unmasked(g.masked, g.reps)
	}
	switch g.it.block {
	case "resolve":
		return r.textsFor(t).Render("resolve.many", map[string]any{"Items": g.reps, "By": g.it.data["By"], "Note": g.it.data["Note"], "Later": g.it.data["AskLater"]})
	case "escalate.group":
		return r.textsFor(t).Render("escalate.many", map[string]any{"Items": g.reps, "Wake": g.it.data["Wake"]})
	}
	rep := g.reps[0]
	return r.textsFor(t).Render("accept.many", map[string]any{"Items": g.reps, "Handlers": rep.Handlers,
		"Due": rep.DueAt, "Type": rep.Type, "Now": t.at, "Implied": g.it.data["Implied"], "By": g.it.data["By"]})
}

// acceptedAlike is, for a 确认 said of a report of the group it was said
// in (not the township taking it over), the
// key of the reports that may be said taken on together with it: by the
// same handlers, to the same deadline, typed or read from his words
// alike ("10号11号 我下午去看"). ok is false for any other step.
func (r *Router) acceptedAlike(t *turn, it batchItem) (key string, ok bool) {
	rep := it.rep
	if it.block != "accept" || it.data["Takeover"] != nil || it.data["Unit"] != nil || rep.Private() || rep.Chat != t.m.Chat ||
		rep.Type == village.Emergency || rep.Type == village.Mediation || rep.DueAt.IsZero() {
		return "", false
	}
	return fmt.Sprint(it.data["Implied"] == true) + "|" + strings.Join(rep.Handlers, "、") + "|" + string(rep.Type) + "|" + rep.DueAt.Format(time.RFC3339), true
}

// escalatedAlike is, for a 上报镇 of a report of the group it was said in,
// the key of the reports that may be said sent up together with it: where
// the group hears of them alike (a mediation's parties privately), and
// at night when the office reads them ("早上7点再发过去" once, not once
// an item). ok is false for any other step.
func escalatedAlike(t *turn, it batchItem) (key string, ok bool) {
	rep := it.rep
	if it.block != "escalate.group" || rep.Private() || rep.Chat != t.m.Chat {
		return "", false
	}
	return fmt.Sprint("escalate|", rep.Type == village.Mediation, "|", it.data["Wake"]), true
}

// resolvedAlike is, for a 办结 read from the sender's own words of a
// report of the group he said them in ("R12 R13 都弄好了": ownDone), the
// key of the reports that may be said resolved together with it: by the
// same words. Not a mediation (its note is not the group's) nor an
// emergency (the duty chat hears of each). ok is false for any other step.
func resolvedAlike(t *turn, it batchItem) (key string, ok bool) {
	rep := it.rep
	if it.block != "resolve" || it.data["Implied"] != true || it.data["Away"] == true || it.data["Fixed"] != nil || rep.Private() || rep.Chat != t.m.Chat ||
		rep.Type == village.Emergency || rep.Type == village.Mediation {
		return "", false
	}
	note, _ := it.data["Note"].(string)
	return "resolve|" + note, true
}

// sameSaveRef is, for a township officer's 确认 (taking it over), 办结 or
// 督办/问 of several (「都抓紧」 to the 早报: 「#R1 #R2 已私信督促网格长李四：…」),
// a 进展 (the officer's 答复) or a 指派 of several items at once, the reply to him with its report's
// number (and reporter, "我会告诉报告人张三") masked: two of them whose
// words are the same but for those are said once, of both (「#R1 #R2 镇里
// 已接手：…我会告诉报告人张三、陈二」), as a leader's 「确认 1 2 3」 is
// (accept.many); so are anyone's 「指派 #R1 #R3 @王五」 and 「进展 #R1 #R2 …」,
// and anyone's refusals (town94: a step that changed no item, 「#R1 #R2
// 是镇里接手的…」, 「名单里没有「水利站」…例如：指派 #R1 #R2 政法委」), masked
// by the number it was said of. rep is the report the masked words are
// said of (the number alone for a refusal). ok is false for any other
// step, or words that do not name the number.
func sameSaveRef(t *turn, it batchItem, text string) (masked string, rep village.Report, ok bool) {
	if refusal(it) {
		rep = village.Report{ID: strings.TrimPrefix(it.ref, "#")}
		if ref := refusalRef(it, text); ref != "" {
			masked, ok = words.MaskAs(text, ref, rep)
			return masked, rep, ok
		}
		masked, ok = words.MaskRef(text, rep)
		return masked, rep, ok
	}
	// a grid's 确认 of several is accept.many; its 办结 asks each reporter
	// his 「满意 #R」, which one line would lose
	office := t.where.Kind == words.InOffice && (it.block == "accept" || it.block == "resolve" || it.block == "ask.office")
	if !office && it.block != "assign" && it.block != "progress" || it.rep.ID == "" {
		return "", rep, false
	}
	masked, ok = words.MaskRef(text, it.rep)
	return masked, it.rep, ok
}

// refusalRef is how a refusal's words (text) write its number when a
// township's texts name it with its village (「石桥村 #R1」, the village
// it was read in or whose scope its reply commits in): masked so
// (words.MaskAs), two villages' alike refusals are one line (town97);
// "" when they write 「#R1」 alone.
func refusalRef(it batchItem, text string) string {
	v := it.in
	if v == "" {
		v, _ = it.c.Scope.Village()
	}
	if ref := v + " " + it.ref; v != "" && strings.Contains(text, ref) {
		return ref
	}
	return ""
}

// refusal reports whether it is a step said of its number that changed
// no item: the reply tells why not (「#R1 现在是「已办结待确认」…」).
func refusal(it batchItem) bool {
	return it.block == "" && it.ref != "" && it.c.Report == nil && len(it.c.Also) == 0
}
