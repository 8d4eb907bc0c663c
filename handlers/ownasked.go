package handlers

// A villager who asks in plain words how his own matter stands (ask71):
// "桥的事咋样了", "我反映的事情有进展吗", or one still waiting for his
// 「1」 ("水渠的事咋样了" right after 「我理解为…回复「1」登记」).

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// ownSubject is what a question about one's own matter asks of: the words
// left once its asking words are cut (ChaseSubject), whether they name a
// matter, and whether he says it is his (我反映的, 我报的: ToldByMe).
func ownSubject(t *turn) (subject string, named, told bool) {
	subject = words.ChaseSubject(t.text)
	return subject, len(words.ContentRuns(subject)) > 0, words.ToldByMe(t.text)
}

// askedOwnStatus answers the reporter (or a follower) of an open item who
// asks in his grid's group, not addressing the bot, how it stands, in
// plain words and without its number: "桥的事咋样了" (the words name it),
// "我反映的事咋样了" (his items). He hears its status, who handles it and
// its latest step, and 「查 #R」 for more; nobody else is told (a question
// is no chase: chased takes words that press, "有人管", "什么时候修").
// Several fitting: listed (ownListed). His mediation item, or one told
// privately: he hears privately, the group nothing (ask72). Asked again
// within the hour, the item unchanged: 「刚才回复过」 once, then silence
// (ownAskedBefore). Left alone: another's item (the group asks after its
// neighbours' matters among themselves), an emergency (its way is its
// own), one resolved and waiting for his answer (awaitedUnnamed), a
// question that names none of his. done is false then; the store is read
// only for a question that names a matter or says it is his.
func (r *Router) askedOwnStatus(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.addr || t.quote != nil || !words.PlainStatusQuestion(t.text) || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	subject, named, told := ownSubject(t)
	if !named && !told {
		// "怎么样了": nothing names a matter
		return false, nil
	}
	open, err := r.openAll(ctx, t)
	if err != nil {
		return true, err
	}
	// his items told privately count as his (he may mean one), yet are
	// never answered here
	mine := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		return !rep.Status.Open() || !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who)
	})
	fits := mine
	if named {
		fits = slices.DeleteFunc(slices.Clone(mine), func(rep village.Report) bool { return !words.SharesContent(subject, rep.Text) })
	}
	if len(fits) == 0 && told {
		// "我反映的那个事情有进展吗": his items, whatever else he said
		fits = mine
	}
	if len(fits) > 1 {
		return r.ownListed(ctx, t, fits)
	}
	if len(fits) == 0 {
		return false, nil
	}
	rep := fits[0]
	if rep.Type == village.Emergency || rep.Status == village.StatusResolved {
		return false, nil
	}
	return r.ownAnswered(ctx, t, rep)
}

// ownAnswered tells the sender of t how rep, his open item, stands: its
// status, who handles it and its latest step (asked.own), in the group or,
// for one told privately or a quarrel, privately; told a moment ago and
// unchanged, 「刚才回复过」 once, then silence. done is false when the bot
// cannot write to him privately where it must.
func (r *Router) ownAnswered(ctx context.Context, t *turn, rep village.Report) (done bool, err error) {
	aside := rep.Chat != t.m.Chat || rep.Type == village.Mediation || t.where.Kind == words.InPrivate
	if _, passed := r.guard.PassesOn(r.shown(t.who)); aside && passed {
		// told privately, yet the bot cannot write to him: as before
		return false, nil
	}
	quiet, said, keep := r.ownAskedBefore(t, []village.Report{rep})
	if quiet && said {
		return true, nil // told again a moment ago: silence
	}
	t.keep = append(t.keep, keep)
	block := "asked.own"
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Now": t.at, "Private": aside}
	if quiet {
		block, data = "asked.own.quiet", map[string]any{"Who": r.shown(t.who), "Private": aside, "Refs": []string{rep.ID}}
	}
	if hold := rep.HoldOf(r.people.Lookup); len(hold.Town) > 0 {
		data["Held"] = hold.Town
	}
	if n := len(rep.History); n > 1 {
		last := rep.History[n-1]
		if last.Aside {
			last.Note = "" // what someone said privately stays out of the group
		}
		data["Last"] = last
	}
	if aside {
		// a mediation item or one told privately is never shown in the
		// group: he hears privately, the group nothing
		t.out = append(t.out, r.toSender(t, r.texts.Render(block, data)))
		return true, r.commitReplies(ctx, t)
	}
	return true, r.reply(ctx, t, block, data)
}

// ownListed answers his question that fits several of his open items:
// those told in this group, neither mediation nor emergency, listed
// (number, short text, status) with 「查 #R」 for more; the others are
// never named here. None such: done is false (silence, as before).
func (r *Router) ownListed(ctx context.Context, t *turn, fits []village.Report) (done bool, err error) {
	shown := slices.DeleteFunc(slices.Clone(fits), func(rep village.Report) bool {
		return rep.Chat != t.m.Chat || rep.Type == village.Mediation || rep.Type == village.Emergency
	})
	if len(shown) == 0 {
		return false, nil
	}
	quiet, said, keep := r.ownAskedBefore(t, shown)
	if quiet && said {
		return true, nil
	}
	t.keep = append(t.keep, keep)
	if quiet {
		refs := make([]string, len(shown))
		for i, rep := range shown {
			refs[i] = rep.ID
		}
		return true, r.reply(ctx, t, "asked.own.quiet", map[string]any{"Who": r.shown(t.who), "Refs": refs})
	}
	return true, r.reply(ctx, t, "asked.own.list", map[string]any{"Who": r.shown(t.who), "Items": shown})
}

// ownAskedQuiet is how long the status of an item told to one person is
// not told him again while it stays as it was.
const ownAskedQuiet = time.Hour

// ownAskedKey keys the items whose status a person was told in grid
// (askedOwnStatus), each a line "<id> <state> <unix seconds> <0|1>"
// (ownAskedLine), kept an hour after the last.
func ownAskedKey(grid, who string) string { return "ownasked:" + grid + ":" + who }

// ownAskedBefore says whether each of items was told to him within the
// hour and has not changed since (quiet), and whether he heard 「刚才回复
// 过」 of them already (said: silence then); keep is what the answer's
// commit keeps: these items as told now (or, quiet, as told then, now
// said), beside the others still in their hour. Read from this process's
// copy only (AskedCopy: no round trip): one without it answers again.
func (r *Router) ownAskedBefore(t *turn, items []village.Report) (quiet, said bool, keep storage.Kept) {
	key := ownAskedKey(t.where.Grid, t.who.Key())
	b, _ := r.store.AskedCopy(r.scope(t), key)
	lines := map[string]ownAskedLine{}
	for l := range strings.Lines(string(b)) {
		if a, ok := readOwnAsked(l); ok && t.at.Sub(a.at) < ownAskedQuiet {
			lines[a.id] = a
		}
	}
	quiet, said = true, true
	for _, rep := range items {
		a, ok := lines[rep.ID]
		quiet = quiet && ok && a.state == ownAskedState(rep)
		said = said && ok && a.said
	}
	for _, rep := range items {
		if quiet {
			a := lines[rep.ID]
			a.said = true
			lines[rep.ID] = a
		} else {
			lines[rep.ID] = ownAskedLine{id: rep.ID, state: ownAskedState(rep), at: t.at}
		}
	}
	var out strings.Builder
	for _, id := range slices.Sorted(maps.Keys(lines)) {
		out.WriteString(lines[id].String())
	}
	return quiet, quiet && said, storage.Ask(key, []byte(out.String()), ownAskedQuiet)
}

// ownAskedLine is one item whose status a person was told: its state
// then (ownAskedState), when, and whether 「刚才回复过」 was said since.
type ownAskedLine struct {
	id, state string
	at        time.Time
	said      bool
}

func (a ownAskedLine) String() string {
	said := 0
	if a.said {
		said = 1
	}
	return fmt.Sprintf("%s %s %d %d\n", a.id, a.state, a.at.Unix(), said)
}

func readOwnAsked(l string) (ownAskedLine, bool) {
	f := strings.Fields(l)
	if len(f) != 4 {
		return ownAskedLine{}, false
	}
	sec, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil {
		return ownAskedLine{}, false
	}
	return ownAskedLine{id: f[0], state: f[1], at: time.Unix(sec, 0), said: f[3] == "1"}, true
}

// ownAskedState is what the answer shows changing: its status and its
// count of steps (a new step, handler, or note is one).
func ownAskedState(rep village.Report) string {
	return fmt.Sprintf("%s/%d", rep.Status, len(rep.History))
}

// askedPending answers a villager who asks how a matter stands that is
// not registered yet: his words wait for his 「1」 (confirmBack) and he
// asks after them ("水渠的事咋样了", "@网格小助手 我说的那个事有人管吗"),
// in his grid's group or privately. He hears that it is not registered
// and that 「1」 registers it; the question waits on. His matter is the
// one waiting whose words his share, or the only one waiting when he
// says it is his ("我反映的事咋样了"). The questions are this process's
// copy (Store.AskedCopy: no round trip); one it holds no copy of is not
// looked for.
func (r *Router) askedPending(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || t.quote != nil || len(village.FindRefs(t.text)) > 0 ||
		!words.ContainsAnyOf(t.text, words.StatusQuestions...) && !words.ContainsAnyOf(t.text, words.ChaseWords...) {
		return false, nil
	}
	subject, named, told := ownSubject(t)
	if !named && !told {
		return false, nil
	}
	b, ok := r.store.AskedCopy(r.scope(t), askKey(t))
	if !ok {
		// none asked here as far as this process knows: no read for a
		// question asked so often of the matters already filed
		return false, nil
	}
	qs, _ := readQuestions(b)
	qs = slices.DeleteFunc(qs, func(q question) bool { return q.Kind != words.AskConfirm || q.Claim })
	fits := qs
	if named {
		fits = slices.DeleteFunc(slices.Clone(qs), func(q question) bool { return !words.SharesContent(subject, q.Text) })
	}
	if len(fits) == 0 && told && len(qs) == 1 {
		fits = qs
	}
	if len(fits) != 1 {
		return false, nil
	}
	return true, r.reply(ctx, t, "asked.pending", map[string]any{"Who": r.shown(t.who), "Group": t.where.Kind == words.InGrid,
		"Text": words.ShortText(fits[0].Text)})
}

// officerAckByRef takes an officer's 收到 that names an item first, in
// the township's chats or his private chat ("收到 #R3 明天派挖机"), as
// 「确认 #R3 明天派挖机」: the township takes the item sent up on, his
// words its note; a number no village has is answered as 确认 answers
// it. An emergency is left to 收到's reminder that only 确认 tells the
// duty chat someone is on it (a 收到 may say it was seen). done is false
// when cmd is no such 收到.
func (r *Router) officerAckByRef(ctx context.Context, t *turn, cmd command) (done bool, err error) {
	if !townshipView(t) || t.quote != nil || !t.who.Has(village.RoleOfficer) || len(cmd.refs) == 0 ||
		words.LeadMatch(cmd.args, words.LeadingRefs, words.RefLeads) == nil {
		return false, nil
	}
	if rep, _, err := r.find(ctx, t, cmd.refs[0].String()); err == nil {
		if rep.Type == village.Emergency {
			return false, nil
		}
		t.known = []village.Report{rep} // read once: 确认 takes it as read
	}
	cmd.verb, cmd.word = words.VAccept, "确认"
	return true, r.flows[words.VAccept](ctx, t, cmd)
}
