package handlers

// Answers to the questions the bot asked one person: which waiting
// question an answer is for, asking back when that is unclear, and the
// taking of the questions answered, which rides on whatever commit acts
// on the answer.

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// meant picks which of the questions waiting (qs, oldest first) an answer
// is for: a name said (said), the question whom a claim is for; a word, of
// the questions about the item it names, if any ("是 #R1"), those of the
// kind that names the word, or, when one kind waits, that kind's. All
// confirm-backs are answered at once (one "1" files each); of another
// kind, one item's question. unsure is set when the answer may be for
// questions of several kinds or items: it is asked back, not guessed.
// which is empty, and unsure false, for a name with no such question.
// The items of the bot's message the answer quotes (quoted) pick as its
// words' do when the words name none ("是" quoting 「已有人反映 #R1…」
// answers the question about #R1), unless the word is of another kind
// than the quoted question's ("1" quoting it answers a confirm-back).
// A name also answers a confirm-back of a claim for a family member named
// by no name ("给我儿子申请积分"): it says yes and whom at once; two such
// confirm-backs waiting, it is asked back.
func meant(qs []question, word string, said bool, refs, quoted []village.Ref, text string) (which []int, unsure bool) {
	for i, q := range qs {
		if q.Every && word != words.AllPick {
			continue // 都确认's list takes 「全部」 alone
		}
		if !said || q.Kind == words.AskWhom || forUnnamed(q) {
			which = append(which, i)
		}
	}
	if _, only := words.PickNumber(word); only {
		// "3": only a pick question numbering that many takes it; of
		// none, a pick question of fewer (he is asked again: pickSeveral)
		numbering := slices.DeleteFunc(slices.Clone(which), func(i int) bool { _, ok := qs[i].picked(word); return !ok })
		if len(numbering) == 0 {
			// 「全部」 also to a list 「是」 approves (都同意's, 都确认's)
			numbering = slices.DeleteFunc(which, func(i int) bool {
				return qs[i].Kind != words.AskPick && (word != words.AllPick || len(qs[i].All) == 0 && !qs[i].Every)
			})
		}
		if which = numbering; len(which) == 0 {
			return nil, false
		}
	}
	if said && len(which) > 1 && !slices.ContainsFunc(which, func(i int) bool { return qs[i].Kind == words.AskWhom }) {
		return nil, true
	}
	named := slices.DeleteFunc(slices.Clone(which), func(i int) bool { return !namedBy(qs[i], refs, text) })
	if byItem := slices.DeleteFunc(slices.Clone(named), func(i int) bool {
		return qs[i].Item == "" || !strings.Contains(text, qs[i].Item)
	}); len(byItem) > 0 {
		named = byItem // "是 张三 香皂" while two of 张三's wait
	}
	if len(named) == 0 && len(quoted) > 0 {
		q := slices.DeleteFunc(slices.Clone(which), func(i int) bool { return !namedBy(qs[i], quoted, text) })
		names := func(i int) bool { return words.KindNames(qs[i].Kind, word) }
		if slices.ContainsFunc(q, names) || !slices.ContainsFunc(which, names) {
			named = q
		}
	}
	if len(named) > 0 {
		which = named
	}
	var kinds []string
	for _, i := range which {
		if !slices.Contains(kinds, qs[i].Kind) {
			kinds = append(kinds, qs[i].Kind)
		}
	}
	if len(kinds) > 1 {
		claimed := slices.DeleteFunc(kinds, func(k string) bool { return !words.KindNames(k, word) })
		if len(claimed) > 1 && slices.Contains(claimed, words.AskPick) && words.IsNumber(word) {
			// a number while a pick question and a confirm-back (or
			// another offer) wait: the newest question asked takes it
			claimed = []string{newestNaming(qs, which, word).Kind}
		}
		if len(claimed) != 1 {
			return nil, true
		}
		which = slices.DeleteFunc(which, func(i int) bool { return qs[i].Kind != claimed[0] })
	}
	if len(which) == 0 || qs[which[0]].Kind == words.AskConfirm {
		return which, false
	}
	last := matterOf(qs[which[len(which)-1]])
	if slices.ContainsFunc(which, func(i int) bool { return matterOf(qs[i]) != last }) {
		// "是" while two duplicate questions wait, or two redemptions
		// (for two households, likely): asked back, never guessed
		return nil, true
	}
	return which, false
}

// matterOf is what a question (not a confirm-back) asks about: the item it
// offers, or the redemption it would make. Questions about one matter
// take one answer together.
func matterOf(q question) string {
	switch q.Kind {
	case words.AskRedeem:
		return q.Text
	case words.AskCommand, words.AskPick:
		// a typo retyped is offered again, words asked about again: the
		// newest offer is the one
		return q.Kind
	}
	return q.Ref
}

// newestNaming is the newest question of qs at which whose kind names
// word (one does).
func newestNaming(qs []question, which []int, word string) question {
	var q question
	for _, i := range which {
		if words.KindNames(qs[i].Kind, word) && (q.Kind == "" || !qs[i].At.Before(q.At)) {
			q = qs[i]
		}
	}
	return q
}

// about are the items q asks about: its Ref, or a pick question's.
func (q question) about() []string {
	if q.Kind != words.AskPick {
		return []string{q.Ref}
	}
	refs := make([]string, len(q.Picks))
	for i, o := range q.Picks {
		refs[i] = o.Ref
	}
	return refs
}

// namedBy reports whether an answer's text names q's matter: its item
// ("是 #R1", refs), or the person a redemption is for ("是 陈二"; the text
// holds the quoted question too).
func namedBy(q question, refs []village.Ref, text string) bool {
	switch {
	case q.Ref != "" || q.Kind == words.AskPick:
		return slices.ContainsFunc(refs, func(x village.Ref) bool { return slices.Contains(q.about(), x.String()) })
	case q.Kind == words.AskRedeem && q.For != "":
		return strings.Contains(text, q.For)
	}
	return false
}

// forUnnamed reports whether q confirms a claim for a family member
// named by kin or 他 alone, whom a name said answers (see meant).
func forUnnamed(q question) bool {
	if q.Kind != words.AskConfirm || !q.Claim {
		return false
	}
	_, m := words.KinClaim(q.Text)
	return m != nil || words.ForHim.MatchString(q.Text)
}

// waitingItem is one thing a person is asked while others wait too, as
// askWhich tells it: the words he may answer it with, which no other
// waiting question takes.
type waitingItem struct {
	Kind  string
	Texts []string
	Ref   string
	// R is the report Ref is (question.item), for the texts to name.
	R     *village.Report
	Claim bool
	// Picks are a pick question's items, numbered (pickItems)
	Picks []map[string]any
	Yes   string
	No    string
	// matter and q are what the item was made of (matterOf, the first
	// question about it).
	matter string
	q      question
}

// askWhich asks back an answer meant cannot place: each waiting matter,
// with the words that answer it alone. Nothing is taken: all still wait.
func (r *Router) askWhich(ctx context.Context, t *turn, qs []question) error {
	return r.reply(ctx, t, "understand.which", map[string]any{"Who": t.who.Name, "Group": t.where.Kind != words.InPrivate, "Items": waitingItems(qs)})
}

// stillWaiting is what tells the sender, beside the reply to his answer,
// of the questions that answer left waiting (qs), each with the words that
// answer it; none when none is left.
func (r *Router) stillWaiting(t *turn, qs []question) []bot.Outbound {
	if len(qs) == 0 {
		return nil
	}
	return []bot.Outbound{r.back(t, r.textsFor(t).Render("understand.waiting",
		map[string]any{"Who": t.who.Name, "Group": t.where.Kind != words.InPrivate, "Items": waitingItems(qs)}))}
}

// waitingItems are the matters questions qs (oldest first) ask about: the
// confirm-backs together, one item's questions of another kind together,
// each with the words that answer it alone.
func waitingItems(qs []question) []waitingItem {
	var kinds []string
	for _, q := range qs {
		if !slices.Contains(kinds, q.Kind) {
			kinds = append(kinds, q.Kind)
		}
	}
	// free is the first of words no other kind waiting names
	free := func(kind string, spoken []string) string {
		for _, w := range spoken {
			if !slices.ContainsFunc(kinds, func(k string) bool { return k != kind && words.KindNames(k, w) }) {
				return w
			}
		}
		return spoken[len(spoken)-1]
	}
	var items []waitingItem
	for _, q := range qs {
		if k := slices.IndexFunc(items, func(x waitingItem) bool {
			return x.Kind == q.Kind && (q.Kind == words.AskConfirm || x.matter == matterOf(q))
		}); k >= 0 {
			for _, text := range saidTexts(q) {
				if !slices.Contains(items[k].Texts, text) {
					items[k].Texts = append(items[k].Texts, text)
				}
			}
			items[k].Claim = items[k].Claim || q.Claim
			continue
		}
		w := words.KindWords[q.Kind]
		it := waitingItem{Kind: q.Kind, Texts: saidTexts(q), Ref: q.Ref, R: q.item(), Claim: q.Claim, Picks: words.PickItems(q.Picks), matter: matterOf(q), q: q}
		if len(w.Yes) > 0 {
			it.Yes, it.No = free(q.Kind, w.Yes), free(q.Kind, w.No)
		}
		items = append(items, it)
	}
	for i, it := range items {
		switch {
		case it.Kind == words.AskConfirm || it.Kind == words.AskWhom || words.CountFunc(items, func(x waitingItem) bool { return x.Kind == it.Kind }) < 2:
		case it.Kind == words.AskRedeem:
			// two redemptions: the answer names the person, and the item
			// when he has two waiting
			name := it.q.For
			if words.CountFunc(items, func(x waitingItem) bool { return x.Kind == words.AskRedeem && x.q.For == it.q.For }) > 1 {
				name = strings.TrimSpace(name + " " + it.q.Item)
			}
			items[i].Yes, items[i].No = strings.TrimSpace(it.Yes+" "+name), strings.TrimSpace(it.No+" "+name)
		default:
			// two duplicate questions: the answer names the item
			items[i].Yes, items[i].No = it.Yes+" #"+it.Ref, it.No+" #"+it.Ref
		}
	}
	return items
}

// taking is the taking of the questions an answer is for: the first commit
// in the question's scope made while acting on the answer carries it
// (see reaching.Commit), whatever path the answer takes, so that none can
// leave the question waiting, nor take it when its change fails.
type taking struct {
	scope storage.Scope
	// kept takes the questions answered; when the answer was decided on
	// this process's copy of them, it checks the copy (storage.Kept.Was)
	kept storage.Kept
	// out goes with it: what still waits for the sender (stillWaiting)
	out  []bot.Outbound
	done bool
	// refused is set when the copy proved stale, or a commit came before
	// the one that checks it: nothing of the answer is committed
	refused bool
	// aside says the answer's one commit is in another scope than the
	// questions' (a number to the township's list of two villages'
	// items, kept in the township: the item's village): the taking rides
	// on it as its Then (storage.Change.Then), in its round trip (see
	// reaching.Commit); msgID deduplicates it
	aside bool
	msgID string
}

// takeAside makes the taking of ctx, if any, ride on the answer's first
// commit in whatever scope it is made (taking.aside): the answer's line
// commits in its item's village, not where the question was kept.
func takeAside(ctx context.Context) {
	if tk, _ := ctx.Value(takingKey{}).(*taking); tk != nil {
		tk.aside = true
	}
}

// answerAside is ctx's taking still to commit that rides on c, a commit
// in another scope than the questions' (taking.aside), as its Then: nil
// when none, or c carries a Then of its own.
func answerAside(ctx context.Context, c storage.Change) *taking {
	tk, _ := ctx.Value(takingKey{}).(*taking)
	if tk == nil || !tk.aside || tk.done || tk.refused || tk.scope == c.Scope || c.Then != nil {
		return nil
	}
	return tk
}

// then is tk's taking as the Then of a commit in another scope. It does
// not check the copy the answer was decided on (a Then is made whether or
// not the change it rides on is; see reaching.Commit): it drops the
// questions answered, which changes nothing once they are gone.
func (tk *taking) then() *storage.Change {
	return &storage.Change{Scope: tk.scope, MsgID: tk.msgID, Keep: []storage.Kept{tk.kept.DecidedOn(nil)}, Out: tk.out}
}

// errAskCopy says an answer decided on this process's copy of the
// questions waiting must be made again on them as stored (Store.Asked):
// the copy proved stale (storage.ErrAskChanged), or what the answer does
// is not checked by a commit that takes them. Nothing was committed.
var errAskCopy = errors.New("handlers: answer again on the questions as stored")

type takingKey struct{}

// answerTaking is ctx's taking still to commit in scope sc; nil when none.
func answerTaking(ctx context.Context, sc storage.Scope) *taking {
	tk, _ := ctx.Value(takingKey{}).(*taking)
	if tk == nil || tk.done || tk.scope != sc {
		return nil
	}
	return tk
}

// answerChecking is ctx's taking still to commit that checks a copy of
// the questions; nil when none.
func answerChecking(ctx context.Context) *taking {
	tk, _ := ctx.Value(takingKey{}).(*taking)
	if tk == nil || tk.done || tk.kept.Was == nil {
		return nil
	}
	return tk
}

// answering runs act, which acts on the answer to the questions answered
// (kept lines of the sender's question key), with their taking, and out,
// riding on the first commit act makes in the question's scope; a commit
// that fails leaves them waiting. When act commits nothing there (or is
// nil), they are taken by a commit of their own. When the answer was
// decided on this process's copy of the questions (turn.askCopy), that
// commit checks it, and commits nothing when it is stale (errAskCopy):
// the answer is made again on the questions as stored (see answer).
func (r *Router) answering(ctx context.Context, t *turn, answered [][]byte, out []bot.Outbound, act func(context.Context) error) error {
	tk := &taking{scope: r.scope(t), kept: storage.AskAnswered(askKey(t), answered...).DecidedOn(t.askCopy), out: out, msgID: t.m.ID + ":asked"}
	t.askCopy = nil // checked once, by the first commit that takes questions
	if act != nil {
		err := act(context.WithValue(ctx, takingKey{}, tk))
		if tk.refused {
			// whatever act made of the refusal, nothing was committed
			return fmt.Errorf("answer of %s: %w", t.who.Name, errAskCopy)
		}
		if err != nil || tk.done {
			return err
		}
	}
	tk.done = true
	_, err := r.commit(ctx, t, storage.Change{Scope: tk.scope, MsgID: outID(t, out), Keep: []storage.Kept{tk.kept}, Out: out})
	return err
}

// outID is the message id a commit of out alone is deduplicated by: the
// turn's, when there is anything to send; none for a bare taking.
func outID(t *turn, out []bot.Outbound) string {
	if len(out) == 0 {
		return ""
	}
	return t.m.ID
}

// quotedConfirms picks, for an answer (word; "" for plain assent)
// quoting the bot's message quote, the confirm-backs waiting among qs
// when that message is a confirm-back question: those whose words it
// echoes most, or all when it echoes none more than another (one "1"
// files each, as unquoted). ok is false when it quotes no confirm-back,
// none waits, or the word is one only another kind waiting takes ("合并"
// to a duplicate question): meant decides then.
func quotedConfirms(qs []question, word, quote string) (which []int, ok bool) {
	if !words.ContainsAnyOf(quote, words.ConfirmAsked...) {
		return nil, false
	}
	if word != "" && !words.KindNames(words.AskConfirm, word) && !slices.Contains(words.PlainAnswers, word) {
		return nil, false
	}
	best := 0
	in := words.Bigrams(quote)
	for i, q := range qs {
		if q.Kind != words.AskConfirm {
			continue
		}
		n := words.BigramsIn(words.Bigrams(words.Defuse(q.Text)), in)
		switch {
		case n > best:
			best, which = n, append(which[:0], i)
		case n == best:
			which = append(which, i)
		}
	}
	return which, len(which) > 0
}

// quotesOtherItem reports whether t quotes the bot's message about items
// (quoted) none of the questions waiting (qs) is about, and which is no
// confirm-back: the answer is to that message ("是" quoting 「#R1 已办结…
// 请确认」 is the reporter's word on #R1), not to the questions waiting,
// which wait on. A quote names the question it answers.
func quotesOtherItem(qs []question, quoted []village.Ref, quote string) bool {
	if len(quoted) == 0 || words.ContainsAnyOf(quote, words.ConfirmAsked...) {
		return false
	}
	return !slices.ContainsFunc(qs, func(q question) bool {
		return slices.ContainsFunc(quoted, func(x village.Ref) bool { return slices.Contains(q.about(), x.String()) })
	})
}

// noneAsked is a turn's decision that no question waits for its sender
// (answer), made on this process's knowledge (Store.AskedKnown) with no
// read: the turn's first commit checks it (storage.AskAbsent), in the
// question's scope; a commit elsewhere before it is refused. A turn that
// commits nothing there reads the questions after it (again).
type noneAsked struct {
	scope storage.Scope
	// keys are those decided on, all of scope: the sender's, and one
	// a reader of the same commit decided on too (the grid's 我是 claims
	// a leader's 待办 lists, rep111)
	keys []string
	// set once decided; checked once a commit carried the check;
	// refused when the check (or a commit before it) failed
	set, checked, refused bool
}

type noneAskedKey struct{}

// checks reports whether the next commit is to carry the check.
func (n *noneAsked) checks() bool { return n != nil && n.set && !n.checked && !n.refused }

// noneKnown records, when ctx allows it, that none waits under key of sc
// as far as this process knows; false when it must read them.
func (r *Router) noneKnown(ctx context.Context, sc storage.Scope, key string) bool {
	b, known := r.store.AskedKnown(sc, key)
	return known && b == nil && decideNone(ctx, sc, key)
}

// noneSeen is noneKnown, also when the start copied no question but this
// process last saw none waiting under key (Store.AskedNoneSeen: it read
// them with the sender's last message). Only for a reader whose outcome
// commits (the check goes with it): a silence would read them after all
// (noneAsked.again), one round trip more than reading them with the
// reader's own read (rt85).
func (r *Router) noneSeen(ctx context.Context, sc storage.Scope, key string) bool {
	return r.noneKnown(ctx, sc, key) || r.store.AskedNoneSeen(sc, key) && decideNone(ctx, sc, key)
}

// noneRefused reports whether a commit refused ctx's decision that no
// question waits (or the commit carrying its check was refused): the
// turn is to be handled again on the questions as stored (Handle), not
// retried by the reader whose commit it was (keptSaid).
func noneRefused(ctx context.Context) bool {
	n, _ := ctx.Value(noneAskedKey{}).(*noneAsked)
	return n != nil && n.refused
}

// decideNone records in ctx's noneAsked that none waits under key of sc;
// false when ctx allows no such decision (none, or one of another key).
func decideNone(ctx context.Context, sc storage.Scope, key string) bool {
	n, _ := ctx.Value(noneAskedKey{}).(*noneAsked)
	if n == nil || n.set && n.scope != sc || n.checked || n.refused {
		return false
	}
	if !slices.Contains(n.keys, key) {
		n.keys = append(n.keys, key)
	}
	n.scope, n.set = sc, true
	return true
}

// again reports whether the turn must be handled again on the questions
// as stored: its check was refused, or it committed nothing that checked
// it and a question waits after all (one read, as the turn would have
// made first).
func (n *noneAsked) again(ctx context.Context, r *Router, err error) bool {
	switch {
	case !n.set || n.checked:
		return false
	case n.refused:
		return true
	case err != nil:
		return false
	}
	for _, key := range n.keys {
		if _, err := r.store.Asked(ctx, n.scope, key); err == nil {
			return true
		}
	}
	return false
}
