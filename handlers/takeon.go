package handlers

// A cadre's plain-words answer to a fresh report in his grid's group,
// typed without quoting it ("收到 马上去看", "好的 我下午过去", "知道了
// 明天去修"): he takes it on, as 确认 would.

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// freshReports are the reports of the turn's grid group (said to the bot
// in private, those of his grid told to it in private, of which he was
// sent 【私信反映】) no one has taken on yet (新), filed within
// freshWindow, newest first: mine those the
// sender may take on, others those he may not (a grid worker's words on
// an item not assigned to him). None while an emergency of the group
// waits: the cadre's words are taken for an answer to the alarm, and the
// duty chat waits for a 确认 said as such (see emergencyAckHint) — unless
// note puts his going off to later ("明天上午去调解"), which answers no
// alarm.
func (r *Router) freshReports(ctx context.Context, t *turn, note string) (mine, others []village.Report, err error) {
	private := t.where.Kind == words.InPrivate
	if !private && t.where.Kind != words.InGrid || t.quote != nil || !t.who.Tends(t.where.Village, t.where.Grid) && !t.who.Has(village.RoleOfficer) {
		return nil, nil, nil
	}
	open, err := r.freshOpen(ctx, t)
	if err != nil {
		return nil, nil, err
	}
	fresh := words.Newest(open, -1, func(rep village.Report) bool { return waitsHere(t, rep) || waitsNamed(t, rep) }) // all: a list of them says how many (cutList)
	for _, rep := range fresh {
		if rep.Type == village.Emergency {
			if understand.LaterWords(note) {
				continue
			}
			return nil, nil, nil // his 收到 is to the alarm, which waits for 确认 said as such
		}
		if len(mine)+len(others) == 0 && assignedSince(open, t, words.AskedAt(rep)) {
			// "收到 我中午过去" right after 指派 #R1 王五: his answer to
			// that, not to the older report; nothing to say
			return nil, nil, nil
		}
		if may, _, _ := r.mayNow(t, words.VAccept, rep); may {
			mine = append(mine, rep)
		} else if !private && !rep.ProcedureAnswered() {
			// in private a worker's "好的 明天去看看" may be about
			// anything he was sent (his phone calls): only those he
			// may take on are meant
			// a procedure question the bot answered waits for nobody's
			// 确认: a worker's words are not about it
			others = append(others, rep)
		}
	}
	return mine, others, nil
}

// assignedSince reports whether one of open was assigned to the sender in
// the group after since, and within freshWindow (its last step).
func assignedSince(open []village.Report, t *turn, since time.Time) bool {
	return slices.ContainsFunc(open, func(rep village.Report) bool {
		last, ok := rep.LastStep()
		return ok && rep.Chat == t.m.Chat && last.Action == village.ActAssign && last.At.After(since) &&
			t.at.Sub(last.At) <= words.FreshWindow && rep.HandledBy(t.who)
	})
}

// acceptFresh takes the one fresh report of the grid on for a cadre who
// said he will see to it without naming it (note: his words, kept as the
// 确认's note), or asks him which when several are fresh. A grid worker
// whose words answer a report not assigned to him hears who may give it
// to him, rather than nothing. done is false when no report is fresh.
func (r *Router) acceptFresh(ctx context.Context, t *turn, note string) (done bool, err error) {
	mine, others, err := r.freshReports(ctx, t, note)
	switch {
	case err != nil:
		return true, err
	case len(mine) > 0 && !slices.ContainsFunc(mine, words.NotTold):
		// his 收到 or 我来处理 of a procedure question the bot answered:
		// it waits for the villager, who does it himself
		return true, r.waitsForVillager(ctx, t, mine[0])
	case len(mine) > 0:
		return true, r.acceptOneOf(ctx, t, slices.DeleteFunc(mine, func(rep village.Report) bool { return !words.NotTold(rep) }), note)
	case len(others) > 0:
		return true, r.notYours(ctx, t, others[:1])
	}
	return false, nil
}

// waitsForVillager answers a cadre whose words would take on rep, a
// procedure question the bot answered with its guide: nobody takes it
// on, it waits for the villager, who prepares the materials and goes to
// the office himself; the group hears his next step, and how the cadre
// takes it on if he is to do it for him (确认).
func (r *Router) waitsForVillager(ctx context.Context, t *turn, rep village.Report) error {
	may, _, _ := r.mayNow(t, words.VAccept, rep)
	data := map[string]any{"Who": t.who.Name, "R": &rep, "May": may}
	if p := r.procedure(t.hear(rep.Text)); p != nil {
		data["Where"] = p.Where
	}
	return r.reply(ctx, t, "procedure.waits", data)
}

// notYours tells a grid worker whose words would take items on that
// they are not assigned to him: the leader's 指派 gives them to him.
func (r *Router) notYours(ctx context.Context, t *turn, items []village.Report) error {
	return r.reply(ctx, t, "accept.notyours", map[string]any{"Who": t.who.Name, "Items": items,
		"Leaders": r.leaderNames(t.where.Village, t.where.Grid)})
}

// takeQuoted answers a grid leader who quotes the bot's
// message about report ref (or writes its number first: "R1 收到") with
// words that take it on: "收到 下午叫电工去看", "我去看" (plansToGo), a
// bare "收到" or "好的".
// The quote names the report, so a new
// one he may accept is accepted, his words (if any beyond the
// acknowledgement) the note, as 确认 would be. An emergency (the duty
// chat waits for 确认 said as such) and other words ("已经到现场了") get
// the hint how to accept; a report taken on already, nothing.
func (r *Router) takeQuoted(ctx context.Context, t *turn, ref village.Ref, spoken string) error {
	if officerHere(t) {
		// the township's 收到 may only say it was read: taking over
		// makes him its handler, which he says as 确认; of an item
		// the township is not to take over (the grid's, answering his
		// 督办; one he took over), a bare 好的 was read, no more
		if words.IsAck(spoken) || words.IsAssent(spoken) {
			rep, ok, err := r.oneReport(ctx, t, []village.Ref{ref})
			if err != nil || ok && !r.townshipToTake(rep) {
				return err
			}
		}
		return r.acceptHint(ctx, t, ref)
	}
	rep, ok, err := r.oneReport(ctx, t, []village.Ref{ref})
	switch {
	case err != nil:
		return err
	case !ok:
		return r.acceptHint(ctx, t, ref)
	case rep.Status != village.StatusNew:
		return r.goesOn(ctx, t, rep, spoken)
	}
	note, takes := understand.PlansToGo(spoken)
	if !takes && !words.IsAck(spoken) && !words.IsAssent(spoken) {
		if rep.Type == village.Emergency {
			return r.reply(ctx, t, "accept.hint.emergency", map[string]any{"Who": t.who.Name, "Refs": "#" + rep.ID})
		}
		return r.acceptHint(ctx, t, ref)
	}
	return r.takeOn(ctx, t, []village.Report{rep}, note)
}

// takeQuotedOf is takeQuoted of the reports a quoted message names: of
// one, that one; of several (an overdue reminder, a digest), which he
// takes on only he can say: words that take something on ("收到 马上去")
// are asked which, a bare "收到" is taken as read. Nothing is taken on on
// a guess.
func (r *Router) takeQuotedOf(ctx context.Context, t *turn, refs []village.Ref, words string) error {
	if len(refs) == 1 {
		return r.takeQuoted(ctx, t, refs[0], words)
	}
	if _, goes := understand.PlansToGo(words); !goes {
		return nil
	}
	return r.reply(ctx, t, "err.quotedmany", map[string]any{"Verb": "确认", "Refs": refs})
}

// townshipToTake reports whether rep waits for the township to take it
// on: sent up and no officer took it over, or an alarm nobody confirmed.
func (r *Router) townshipToTake(rep village.Report) bool {
	return rep.TownToTake(r.people.Lookup) ||
		rep.Type == village.Emergency && rep.Status == village.StatusNew
}

// goesOn answers a handler's words taking on rep, read already and taken
// on before, named by the quote or its number: what he will do now ("好
// 的 下午找人去挖" to the news that what it waited for has come, "收到 明天
// 就去修" to an overdue reminder) is its 进展, which restarts a paused
// clock; a bare acknowledgement, or words of another, need no answer.
func (r *Router) goesOn(ctx context.Context, t *turn, rep village.Report, words string) error {
	note, takes := understand.TakesOn(words)
	if plan, goes := understand.PlansToGo(words); goes && helps(t, rep) {
		// "R1 我去看看" from a cadre of the grid of one someone else took
		// on: his plan, told to who has it
		return r.planOn(ctx, t, rep, "#"+rep.ID, plan)
	}
	if !takes || note == "" || !rep.Status.Open() || !r.handles(t, rep) {
		return nil
	}
	t.implied, t.known = true, []village.Report{rep} // read once: 进展 acts on it as read here
	_, err := r.run(ctx, t, "进展 #"+rep.ID+" "+note)
	t.known = nil
	return err
}

// helps reports whether rep, taken on and not settled, is one a cadre of
// its grid who does not handle it may say he will go to: his plan is
// its 进展 (planOn).
func helps(t *turn, rep village.Report) bool {
	return !rep.HandledBy(t.who) && rep.Status != village.StatusNew && rep.Status.Open() && rep.Status != village.StatusResolved &&
		t.who.Tends(rep.Village, rep.Grid)
}

// planOn records, as rep's 进展, what a cadre of its grid who does not
// handle it says he will do about it ("R1 我下午过去看下", "R1 我去看
// 看"): the township reads it as a plan beside the work (WorkAndPlan),
// and its handlers, @-told in the reply, know he is going and how it
// becomes his (指派) if it should; it stays theirs meanwhile.
func (r *Router) planOn(ctx context.Context, t *turn, rep village.Report, ref, plan string) error {
	var mention []string
	if !rep.Private() { // a private item's handlers hear of it privately
		mention = r.handlersInGroup(t.at, &rep)
	}
	if !officerHere(t) { // an officer's 进展 of one sent up tells the grid itself
		t.besides = r.textsFor(t).Render("progress.helper", map[string]any{"Who": t.who.Name, "R": &rep, "Mention": mention,
			"Leader": t.who.Covers(village.RoleLeader, rep.Village, rep.Grid), "Leaders": r.leaderNames(rep.Village, rep.Grid)})
	}
	t.implied, t.known = true, []village.Report{rep} // read once: 进展 acts on it as read here
	_, err := r.run(ctx, t, "进展 "+ref+" "+plan)
	t.known = nil
	return err
}

// takeOn accepts reps, read already and waiting to be taken on (新),
// named by the quote or their numbers, for a cadre whose words take
// them on, note being what he said beyond an acknowledgement (several:
// one 确认 of them all, see eachRef); an emergency (the duty chat waits
// for 确认 said as such) is taken on only by words that he is on it
// (alarmTaken); other words on it, or one he may not take on, get the
// hint how to accept.
func (r *Router) takeOn(ctx context.Context, t *turn, reps []village.Report, note string) error {
	if !slices.ContainsFunc(reps, words.NotTold) {
		return r.waitsForVillager(ctx, t, reps[0])
	}
	reps = slices.DeleteFunc(slices.Clone(reps), func(rep village.Report) bool { return !words.NotTold(rep) })
	ids := make([]string, len(reps))
	for i, rep := range reps {
		if rep.Type == village.Emergency {
			if len(reps) == 1 {
				if done, err := r.alarmTaken(ctx, t, rep, note); done {
					return err // "5号 我马上到": he is on it
				}
			}
			return r.reply(ctx, t, "accept.hint.emergency", map[string]any{"Who": t.who.Name, "Refs": "#" + rep.ID})
		}
		if may, _, _ := r.mayNow(t, words.VAccept, rep); !may {
			if !t.who.Has(village.RoleLeader) && t.who.Tends(rep.Village, rep.Grid) && !officerHere(t) {
				// a grid worker's "R2 我去看看": the leader's to give him,
				// with the others he may not take on ("R2 R3 收到")
				return r.notYours(ctx, t, slices.DeleteFunc(slices.Clone(reps[i:]), func(o village.Report) bool {
					may, _, _ := r.mayNow(t, words.VAccept, o)
					return may
				}))
			}
			ref, _ := village.ParseRef(rep.ID)
			return r.acceptHint(ctx, t, ref)
		}
		ids[i] = "#" + rep.ID
	}
	t.implied, t.known = true, reps // read once: 确认 acts on them as read here
	_, err := r.run(ctx, t, strings.TrimSpace("确认 "+strings.Join(ids, " ")+" "+note))
	t.known = nil
	return err
}

// onScene takes on the grid's one waiting emergency for a cadre of the
// grid (its leader or a worker) who says in its group, quoting nothing,
// that he is there or has called for help ("我到了 已经打了120", "人到现
// 场了 消防车在路上"): it is what the duty chat waits to hear, and the
// watchdog stops. His words are the 确认's note. Several waiting: he is
// shown the 确认s to choose from. One who says he is on his way ("在路上
// 了", onTheWay) is shown the 确认 the duty chat waits for
// (emergencyAckHint). done is false when he says no such thing (the store
// is read only then), or no emergency filed (or re-posted by the
// watchdog) within freshWindow waits.
//
// The grid's open reports are served from memory where this process
// follows them (storage.Store.LatestOpenReports): the 确认 commits only
// while they and the emergency are as read, else they are read again and
// the choice made again, once. So the message costs its one round trip.
func (r *Router) onScene(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || strings.ContainsAny(t.text, "?？吗") || utf8.RuneCountInString(t.text) > 40 ||
		len(village.FindRefs(t.text)) > 0 || // "R5 马上到": that one's (numberedAlarm)
		!t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) && !t.who.Covers(village.RoleWorker, t.where.Village, t.where.Grid) {
		return false, nil
	}
	if !words.AtScene(t.text) {
		if !words.OnTheWay(t.text) {
			return false, nil
		}
		// "在路上了", "马上到" while several alarms wait (of one, it is
		// its 确认: alarmAcked): not there yet; he hears the 确认s the
		// duty chat waits for, as his "收到 马上过去" does, rather than
		// nothing
		out, err := r.emergencyAckHint(ctx, t, "")
		if err != nil || len(out) == 0 {
			return err != nil, err
		}
		return true, r.commitOut(ctx, t, out)
	}
	all := func(ctx context.Context, t *turn) ([]village.Report, storage.IndexRead, error) {
		return r.store.LatestOpenReports(ctx, storage.VillageScope(t.where.Village), t.where.Grid, 0)
	}
	return r.chooseAndRun(ctx, t, all, func(open []village.Report) (*village.Report, string, bool, error) {
		waiting := words.Newest(open, words.MaxCandidates, func(rep village.Report) bool {
			// an alarm the watchdog re-posted is as fresh as its last
			// re-post: "我到了" after a night of them answers it
			return words.Unattended(rep) && words.AlarmFresh(rep, t.at)
		})
		switch len(waiting) {
		case 0:
			return nil, "", false, nil
		case 1:
			return &waiting[0], "确认 #" + waiting[0].ID + " " + strings.TrimSpace(t.text), false, nil
		}
		out, err := r.emergencyAckHint(ctx, t, "")
		if err != nil || len(out) == 0 {
			return nil, "", err != nil, err
		}
		return nil, "", true, r.commitOut(ctx, t, out)
	})
}

// chooseAndRun reads the grid's open reports (open: groupOpen,
// progressOpen or all of them), lets choose pick of them the one rep to
// run text on, and runs it (runChosen): when they changed meanwhile
// (another process), they are read and chosen on again, once. A choose
// that picks none (rep nil) answers for the message itself: done and err
// are then what it returns.
func (r *Router) chooseAndRun(ctx context.Context, t *turn, open func(context.Context, *turn) ([]village.Report, storage.IndexRead, error),
	choose func(open []village.Report) (rep *village.Report, text string, done bool, err error)) (done bool, err error) {
	for attempt := 0; ; attempt++ {
		reps, read, err := open(ctx, t)
		if err != nil {
			return true, err
		}
		rep, text, done, err := choose(reps)
		if rep == nil {
			return done, err
		}
		if done, err := r.runChosen(ctx, t, attempt, rep, read, text); done {
			return true, err
		}
	}
}

// runChosen runs text, the command the turn's words make of rep, chosen
// from the grid's open reports as read (read, see LatestOpenReports): it
// acts on rep as read, and its commit holds only while the grid's open
// reports and rep are as read. done is false when they changed meanwhile
// (another process) at the caller's first attempt (attempt 0): nothing
// was done, and the caller reads them and chooses again, once; changed
// again at the second, the sender is told the item is busy.
func (r *Router) runChosen(ctx context.Context, t *turn, attempt int, rep *village.Report, read storage.IndexRead, text string) (done bool, err error) {
	t.implied, t.known, t.decidedOn = true, append([]village.Report{*rep}, t.together...), read
	t.together = nil
	_, err = r.run(ctx, t, text)
	t.known, t.decidedOn = nil, storage.IndexRead{}
	if !errors.Is(err, storage.ErrConflict) || attempt == 0 && t.copies.any() {
		// decided besides on copies (gridOpen: no fresh report to take on):
		// the whole message is handled again on Redis's (Router.Handle)
		return true, err
	}
	t.out, t.command, t.implied, t.aside = nil, command{}, false, false // none of the replies of what did not commit
	if attempt == 1 {
		return true, r.busy(ctx, t, rep.ID, "")
	}
	return false, nil
}

// progressOpen is groupOpen in a grid group, openHere (the sender's
// grid's, with the private ones he may read) in private, whose change is
// not chosen on a read the commit checks.
func (r *Router) progressOpen(ctx context.Context, t *turn) ([]village.Report, storage.IndexRead, error) {
	if t.where.Kind == words.InPrivate {
		open, err := r.openHere(ctx, t)
		return open, storage.IndexRead{}, err
	}
	return r.groupOpen(ctx, t)
}

// groupOpen is openHere in a grid group (the grid's open reports told
// there, not in private), served from memory while this process follows
// the grid, and the read a change chosen on them carries (runChosen).
//
// It is read once a message while no commit is made (memo): a leader's
// 「1号2号 我下午去看」 is looked at by several readers of words
// (goesToMediate, progressInWords, procedureAnswer), each on the same
// read; a commit or a retry reads them again.
func (r *Router) groupOpen(ctx context.Context, t *turn) ([]village.Report, storage.IndexRead, error) {
	got, err := r.openOnce(ctx, t)
	public, _ := words.SplitPrivate(got.open)
	return public, got.read, err
}

// openOnce is every open report of the turn's grid (its private ones too)
// and the read that saw them, read once while no commit is made (t.open,
// a memo): groupOpen, openComplete and latestOpen take them from one read.
func (r *Router) openOnce(ctx context.Context, t *turn) (openRead, error) {
	return remember(r, &t.open, t.gridKey(), func() (openRead, error) {
		open, read, err := r.store.LatestOpenReports(ctx, storage.VillageScope(t.where.Village), t.where.Grid, 0)
		return openRead{open, read}, err
	})
}

// openRead is a list of open reports and the read that saw them.
// freshOpen is openHere for a cadre's words that take on a fresh report
// or else are the 进展 of one he handles (freshReports, takesOnInWords):
// in a grid group, the read groupOpen and the plan's choice take
// (openOnce), served from memory while this process follows the grid.
// That read is kept in turn.copies: a reply decided on it commits only
// while the grid's open reports are as read (copiesRead.guard; a plan's
// commit carries it, runChosen), and the message is handled again on
// Redis's when another process changed them (Router.Handle) (rt58).
func (r *Router) freshOpen(ctx context.Context, t *turn) ([]village.Report, error) {
	if t.where.Kind != words.InGrid {
		return r.openHere(ctx, t)
	}
	got, err := r.openOnce(ctx, t)
	if err != nil {
		return nil, err
	}
	t.copies.add(storage.VillageScope(t.where.Village), got.read)
	t.openFresh = true
	public, _ := words.SplitPrivate(slices.Clone(got.open))
	return public, nil
}

type openRead struct {
	open []village.Report
	read storage.IndexRead
}

// delegates reads a grid leader's plain words sending a cadre of the grid
// to a matter ("王五你去看下", "让王五去看看", "@王五 去看看"): the cadres'
// names (several: "让马红梅和何志强去看看") and what they are to do. A question, a refusal, a name not of the
// grid's workers or leaders, or himself, is none. Only a leader's
// message is read.
func (r *Router) delegates(t *turn) (names []string, note string, ok bool) {
	if t.quote != nil || utf8.RuneCountInString(t.text) > 24 || strings.ContainsAny(t.text, "?？吗") {
		return nil, "", false
	}
	return r.sendsCadre(t)
}

// sendsCadre reads the grid leader's words t as sending other cadres of
// the grid to a matter (sendsTo): their names and what they are to do.
func (r *Router) sendsCadre(t *turn) (names []string, note string, ok bool) {
	if !t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) || !understand.TellsGoing(t.text) && !words.ContainsAnyOf(t.text, words.FetchErrands...) {
		return nil, "", false
	}
	cadres := slices.Concat(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker), r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader))
	return words.SendsTo(t.text, func(n string) bool {
		return n != t.who.Name && slices.ContainsFunc(cadres, func(p village.Person) bool { return p.Name == n })
	})
}

// acceptSends reads a grid leader's 确认 that sends someone in plain
// words ("确认 #R5，请王五下午去看看", "确认 让王五去看看" quoting the
// bot) as the 指派 it means: the item is taken on and his in one change,
// he is @-named with what to do, and the words are the entry's note. Any
// name of the village's roster but the sender's counts, so that 指派's
// own answers apply (the reporter's family is not sent).
func (r *Router) acceptSends(t *turn, cmd command, rep village.Report) command {
	if cmd.verb != words.VAccept || rep.Status == village.StatusEscalated || !t.who.Covers(village.RoleLeader, rep.Village, rep.Grid) {
		return cmd
	}
	note := words.StripRefs(cmd.args, 'R')
	if strings.ContainsAny(note, "?？吗") {
		return cmd
	}
	known := r.nameIn(rep.Village)
	isName := func(n string) bool { return n != t.who.Name && known(n) }
	names, rest, ok := words.SendsTo(note, isName)
	if !ok {
		var name string
		name, rest, ok = words.NamedAfter(note, isName)
		names = []string{name}
	}
	if !ok {
		return cmd
	}
	cmd.verb, cmd.word, cmd.args = words.VAssign, string(words.VAssign), strings.Join(names, "、")+" "+rest
	return cmd
}

// assignFresh gives the grid's one fresh report to name for a leader who
// sent him to it in plain words (delegates), note being his words, as 指派
// would; with several fresh he is asked which. done is false when none is
// fresh.
func (r *Router) assignFresh(ctx context.Context, t *turn, names []string, note string) (done bool, err error) {
	name := strings.Join(names, "、") // 指派's names
	mine, _, err := r.freshReports(ctx, t, note)
	// "陈二的事 王五你去协调一下": those 陈二 is a party to; "王五你去
	// 调解一下 两家又吵了": the quarrels
	mine = r.meantBy(withoutNames(t.text, names), mine)
	if len(mine) > 1 {
		// "看了，渠里都是垃圾，我让王五找人来清": the one of them his words
		// fit best; the cadre sent is no reporter they name ("王五你去看看"
		// beside an item 王五 reported, which is not his to be given)
		if named := fitBest(mine, func(rep village.Report) int {
			reporter := rep.Reporter
			if slices.Contains(names, reporter) {
				reporter = ""
			}
			return r.wordsFit(t, rep.Text, reporter)
		}); len(named) > 0 {
			mine = named
		}
	}
	switch {
	case err != nil:
		return true, err
	case len(mine) > 1:
		// one tap: his number is 「指派 #R 王五 他的话」 as typed
		return true, r.pickReply(ctx, t, mine, func(_ int, rep village.Report) string { return "指派 #" + rep.ID + " " + name + " " + note },
			words.ShortText(t.text), "assign.which", map[string]any{"Who": t.who.Name, "Items": mine, "Name": name})
	case len(mine) == 1:
		t.implied, t.known = true, mine[:1] // read once: 指派 acts on it as read here
		_, err = r.run(ctx, t, "指派 #"+mine[0].ID+" "+name+" "+note)
		t.known = nil
		return true, err
	}
	return false, nil
}

// acceptPick asks which of fresh a cadre takes on, numbered: his number
// is 「确认 #R 他的话」 as typed.
func (r *Router) acceptPick(ctx context.Context, t *turn, fresh []village.Report, note string) error {
	return r.pickReply(ctx, t, fresh, func(_ int, rep village.Report) string { return "确认 #" + rep.ID + " " + note },
		words.ShortText(t.text), "accept.which", map[string]any{"Who": t.who.Name, "Items": fresh})
}

// acceptOneOf accepts the one report of fresh (see acceptFresh) or asks
// which of them.
func (r *Router) acceptOneOf(ctx context.Context, t *turn, fresh []village.Report, note string) error {
	// "收到 张三家的事我下午去": the one whose party his words name
	if fresh = r.meantAmong(t, fresh); len(fresh) > 1 {
		// "收到 村口的冰下午去处理": the one his words fit best
		if fit := fitBest(fresh, func(rep village.Report) int { return r.wordsFit(t, rep.Text, rep.Reporter) }); len(fit) > 0 {
			fresh = fit
		}
	}
	if len(fresh) > 1 {
		return r.acceptPick(ctx, t, fresh, note)
	}
	t.implied = true
	_, err := r.run(ctx, t, strings.TrimSpace("确认 #"+fresh[0].ID+" "+note))
	return err
}

// progressInWords reads an unquoted message of a grid's cadre (in its
// group, or to the bot of the items told to it in private), or of a
// mediator in the group (of the quarrels he mediates there), that tells
// how a matter goes, that it is done, or that it is for the township,
// with no number: said about the one open item of the group he handles
// and took on, touched within progressWindow, it is that item's 进展 (his
// words the note, a promised day the deadline, as 进展 would); "修好了"
// gets the 办结 to send, which asks the reporter, and "村里解决不了 得报到
// 镇上" the 上报镇 to send (one waiting for 确认 too), instead. With
// several such items he is asked which; with none, or words of no kind,
// done is false.
func (r *Router) progressInWords(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || t.quote != nil || !t.who.Tends(t.where.Village, t.where.Grid) && !r.mediatesHere(t) ||
		utf8.RuneCountInString(t.text) > 60 || strings.ContainsAny(t.text, "?？吗") || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	if refs, _ := words.NumbersDone(t.text); refs != nil {
		return false, nil // "1号2号都修好了": the items he names (refNoteOf)
	}
	if t.where.Kind == words.InPrivate && words.SaysCall(t.text) {
		return false, nil // "给王奶奶打了电话 说是…": a call's news (implicitCall)
	}
	fixed := words.Unnegated(t.text, words.DoneWords)
	// "明天就弄好了", "12月6日修好了", "明天就能修好": what he will do,
	// its 进展
	soon := fixed && understand.Later(t.text, t.at) || understand.Promises(t.text, t.at)
	fixed = fixed && !soon
	// "村口路灯换了个灯泡 现在亮了": done, of an item whose thing works
	// again (BackToWork), as 修好了 is
	works := !fixed && !soon && words.WorksAgain(t.text)
	// 「张三家水管换了一截新的 包了保温棉 好了」: the repair, then 好了,
	// as 修好了 (rep107)
	fixed = fixed || works || !soon && words.EndsFixed(t.text)
	up := !fixed && words.ContainsAnyOf(t.text, words.UpWords...)
	// "两家都不让步": how a quarrel he mediates stands, of mediation items only
	stuck := !fixed && !up && words.ContainsAnyOf(t.text, words.StuckWords...)
	note := t.text
	plan, visit, groupPlan, arranged, planNote := false, false, false, false, ""
	// a visit made tells how it stands, as progressWords do: "去看了，沟里
	// 全是淤泥和树枝，下午叫人来挖"
	if !fixed && !up && !stuck && !soon && !words.ContainsAnyOf(t.text, words.ProgressWords...) && !words.ContainsAnyOf(t.text, words.SafeguardWords...) && !words.WentToSee(t.text) {
		var goes bool
		note, plan = understand.TakesOn(t.text)
		_, goes = understand.PlansToGo(t.text)
		switch {
		case plan && t.where.Kind == words.InPrivate && note != "":
			// "好的 下午找人去挖" said to the bot: his answer to what it
			// just told him privately of an item he handles
		case goes && t.where.Kind == words.InGrid:
			// "我明天上午再去一趟" from one who mediates a quarrel of the
			// group he took on: its 进展 (one nobody took on is
			// goesToMediate's); "过两天再去", going and nothing else, of
			// any item he handles. "收到 今天联系环卫", "马上联系电工"
			// (TakesOn: what he will do, an acknowledgement or 马上
			// first) is besides of the other items he handles, taken on
			// or sent up already (one nobody took on is acceptFresh's):
			// their 进展, as "R1 收到 今天联系环卫" is (groupPlan)
			groupPlan, planNote = plan && note != "", note
			plan, visit, note = false, true, t.text
		case t.where.Kind == words.InGrid && understand.Arranges(t.text, t.at):
			// "两家我都约好了 明天上午9点在村委会调解": the meeting he
			// arranged for a quarrel he took on, its 进展 (a plan: 打算),
			// which tells both parties when and where
			arranged, visit, note = true, true, t.text
		case t.where.Kind == words.InGrid && understand.Relayed(t.text):
			// "环卫说下午来", "供电所说在排队": news passed on from whoever
			// does the work, of his one item taken on or sent up, as a
			// group plan is (groupPlan), the whole message the note
			groupPlan, planNote = true, t.text
			plan, visit, note = false, true, t.text
		default:
			return false, nil
		}
	}
	bare := visit && words.GoesToSee.MatchString(strings.TrimSpace(t.text))
	mediation := stuck || visit && !bare // of quarrels only
	// a visit made or to make ("昨天去看过了", "过两天再去") is of the
	// one item he handles however long ago it was last touched
	anyAge := !plan && t.where.Kind == words.InGrid && (bare || arranged || words.WentToSee(t.text))
	var callTold time.Time
	if plan && t.where.Kind == words.InPrivate {
		// "知道了 明天去" answers what he was told last: a call reminder
		// or a request to visit sent since an item's news is answered
		// about the call (callNote), not as the item's 进展
		if callTold, err = r.callToldAt(ctx, t); err != nil {
			return true, err
		}
	}
	undone := words.ContainsAnyOf(t.text, words.NotDoneYet...) // not 「还在跟进」 (relapse's undoneWords)
	return r.chooseAndRun(ctx, t, r.progressOpen, func(open []village.Report) (*village.Report, string, bool, error) {
		seen := privatelySeen(t, open)
		his := func(window time.Duration) []village.Report {
			return words.Newest(open, -1, func(rep village.Report) bool { // all: a list of them says how many (cutList)
				// one 办结 already waits on its reporter: no 办结 or 上报镇 of it
				// a group plan is never of one whose 办结 waits on its
				// reporter: "收到 明天再去看看" then takes no 办结 back
				// one whose 办结 waits on its reporter is no longer his
				// work: 「正在联系」 is of his others, unless his words
				// say it is not done yet (「还差一个灯泡」)
				return (!works || words.BackToWork(t.text, rep.Text)) && (toldHere(t, rep) || plan || seen) && (up || rep.Status != village.StatusNew || fixed && rep.Type == village.General && r.wordsFit(t, rep.Text, rep.Reporter) > 1) && !(up && rep.Status == village.StatusEscalated) &&
					!((fixed || up || mediation || !undone) && rep.Status == village.StatusResolved) &&
					rep.Type != village.Emergency && r.handles(t, rep) &&
					(!mediation || rep.Type == village.Mediation || (groupPlan || visit) && rep.Status != village.StatusResolved) &&
					(plan && t.at.Sub(words.LastTold(rep)) <= words.FreshWindow && words.LastTold(rep).After(callTold) || !plan && t.at.Sub(words.LastTouched(rep)) <= window)
			})
		}
		mine := his(words.ProgressWindow)
		if len(mine) == 0 && anyAge {
			mine = his(math.MaxInt64)
		}
		held, heldReps := len(mine), mine // before his words narrow them
		if mediation {
			// the quarrels those his words name; beside them, of a group
			// plan, his other items
			quarrels, others := words.SplitQuarrels(mine)
			quarrels = r.quarrelMeant(t, quarrels)
			if !groupPlan {
				// "下水道我下午去看": of his other items, the one it names
				others = visitMeant(t, others, len(quarrels) > 0)
			}
			mine = append(quarrels, others...)
		} else {
			mine = r.otherQuarrels(t, mine)
		}
		if fixed || up {
			// "张三家门口的水管修好了" from the worker of the lamp: of
			// the pipe another handles (notHisInWords), or asked which
			if v, ok := words.DoneOrUp(t.text, t.at); ok {
				if done, err := r.doneOfOthers(ctx, t, open, &mine, v); done || len(mine) == 0 {
					return nil, "", done, err
				}
			}
		}
		if done, err := r.otherMatterThan(ctx, t, &mine, fixed); done || len(mine) == 0 {
			return nil, "", done, err
		}
		// "他俩谈好了 张三赔200" beside a street lamp: the quarrel it
		// names a party of, or speaks of as one, not which-one
		mine = r.meantAmong(t, mine)
		// a grid worker's "这事我管不了 得找镇里" of his one item: his
		// 进展, its 上报镇 offered to the leader, whose it is to send
		may, _, _ := r.mayNow(t, words.VEscalate, mine[0])
		t.offerUp = up && len(mine) == 1 && !may
		switch {
		case t.offerUp:
		case fixed && len(mine) == 1 && r.settlesQuarrel(t, mine[0]):
			// "调解好了 张三赔80块 两家都同意了" from its mediator: its
			// 办结, as "R1 调解好了" is (ownDone); the reporter confirms
			return &mine[0], "办结 #" + mine[0].ID + " " + note, false, nil
		case arranged && linkedQuarrels(mine):
			// "两家我都约好了 明天上午9点在村委会调解" of two linked quarrels
			// (Along: the same two households), naming both or neither:
			// one meeting for both, the 进展 of each, one commit (batch)
			slices.SortFunc(mine, func(a, b village.Report) int { return a.CreatedAt.Compare(b.CreatedAt) })
			refs := make([]string, len(mine))
			for i, rep := range mine {
				refs[i] = "#" + rep.ID
			}
			t.together = mine[1:]
			return &mine[0], "进展 " + strings.Join(refs, " ") + " " + note, false, nil
		case len(mine) > 1 && !fixed && !up:
			// "下午去看看" of several he handles: which, 「1」 its 进展
			notes := make([]string, len(mine))
			for i, rep := range mine {
				if notes[i] = note; groupPlan && rep.Type != village.Mediation {
					notes[i] = planNote // as of one item, below
				}
			}
			return nil, "", true, r.progressPick(ctx, t, mine, notes, words.ResultOf(t.text, fixed))
		case (held == 1 || onlyThingOf(t, mine, heldReps)) && len(mine) == 1 && fixed && !up && r.fixedOffered(t, mine[0]):
			// "已经换好了" in the group of the one item he handles and
			// took on (of several, which his words name is less sure,
			// unless they name a thing of it and of none of the others:
			// 「坡上盐撒好了」 beside the frozen pipe, rep100):
			// his 进展, kept, and its 办结 offered for a 「1」
			// (rep97); with photos, hintDone keeps them and shows the 办结
			// to send, as it does for words that tell no result ("办结了")
			t.offerFixed = true
			return &mine[0], "进展 #" + mine[0].ID + " " + note, false, nil
		case len(mine) == 1 && up && !fixed && r.upOffered(t, mine[0], held):
			// "这个沟得用挖机，村里没有，得报到镇上" in the group from the
			// leader of the one item he handles, or naming its thing of
			// several: 「1」 sends it up with his words, as "R2 …报镇上吧"
			// is offered (walk94); nothing changes until then (rep98)
			return nil, "", true, r.offerUpByNumber(ctx, t, "#"+mine[0].ID, t.text)
		case len(mine) > 1 || fixed || up:
			shown := words.ResultOf(t.text, fixed)
			data := map[string]any{"Who": t.who.Name, "Fixed": fixed, "Up": up, "Said": fixedSaidOf(mine...), "Note": shown}
			verb := words.VProgress // as the reply's 「…#编号」 line says
			if fixed {
				verb = words.VResolve
			} else if up {
				verb = words.VEscalate
			}
			listed(data, mine, func(_ int, rep village.Report) string { return string(verb) + " #" + rep.ID + " " + shown })
			if len(mine) == 1 && fixed && !up {
				// photos sent with his words are the item's (hintDone)
				return nil, "", true, r.hintDone(ctx, t, mine[0], data)
			}
			return nil, "", true, r.reply(ctx, t, "progress.which", data)
		}
		if groupPlan && mine[0].Type != village.Mediation {
			// "收到 今天联系环卫": his plan the note, as "R1 收到 今天联系环卫"
			note = planNote
		}
		return &mine[0], "进展 #" + mine[0].ID + " " + note, false, nil
	})
}

// onlyThingOf reports whether t's words name a thing of mine, one item,
// and of none of the others of held, and no numbered place.
func onlyThingOf(t *turn, mine, held []village.Report) bool {
	if len(mine) != 1 || strings.ContainsAny(t.text, "0123456789号") {
		// 「2号楼的灯修好了」: a place numbered, no item's (leader44)
		return false
	}
	for _, rep := range held {
		if _, shared := understand.ThingsOf(t.said(), t.hear(rep.Text)); shared != (rep.ID == mine[0].ID) {
			return false
		}
	}
	return true
}

// fixedOffered reports whether a handler's plain words that rep is done
// are kept as its 进展 with the 办结 offered for a 「1」: said in the
// group, with no photo, telling a result; of an ordinary item taken on
// and not sent up nor resolved, his to 办结.
func (r *Router) fixedOffered(t *turn, rep village.Report) bool {
	if t.where.Kind != words.InGrid || len(t.m.Images) > 0 || words.ResultOf(t.text, true) != words.ShortText(t.text) {
		return false
	}
	switch rep.Status {
	case village.StatusAccepted, village.StatusInProgress, village.StatusReopened, village.StatusWaiting:
	default:
		return false
	}
	may, _, _ := r.mayNow(t, words.VResolve, rep)
	return may && rep.Type == village.General
}

// upOffered reports whether a handler's plain words that rep is for the
// township get its 上报镇 offered for a 「1」: said in the group by a
// leader of its grid who may send it up (an ordinary item, not sent up
// already), of the one item he handles (held) or naming a thing of it.
func (r *Router) upOffered(t *turn, rep village.Report, held int) bool {
	if t.where.Kind != words.InGrid || rep.Type != village.General || rep.Status == village.StatusEscalated ||
		!t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) {
		return false
	}
	if _, thing := understand.ThingsOf(t.said(), t.hear(rep.Text)); held > 1 && !thing {
		return false
	}
	may, _, _ := r.mayNow(t, words.VEscalate, rep)
	return may
}

// offerUpByNumber offers a leader 「上报镇 ref note」 for a 「1」 (kept
// with the reply, tied to him), his words going to the office with it;
// nothing changes until he answers.
func (r *Router) offerUpByNumber(ctx context.Context, t *turn, ref, note string) error {
	if err := r.ask(t, question{Kind: words.AskCommand, Text: string(words.VEscalate) + " " + ref + " " + note, Msg: t.m.ID}); err != nil {
		return err
	}
	return r.reply(ctx, t, "err.refnote", map[string]any{"Who": t.who.Name, "Ref": ref, "Note": note, "Up": true, "OfferUp": true})
}

// linkedQuarrels reports whether mine are two quarrels linked as going
// along (village.Report.Along: a new quarrel of the same two households
// while the first was mediated), one meeting serving both.
func linkedQuarrels(mine []village.Report) bool {
	if len(mine) != 2 || mine[0].Type != village.Mediation || mine[1].Type != village.Mediation {
		return false
	}
	return mine[0].Along == mine[1].ID || mine[1].Along == mine[0].ID
}

// settlesQuarrel reports whether a handler's words that a matter is done
// surely settle rep, the one quarrel he handles they may be of: they name
// a party of it, its subject, or both sides ("两家都同意了"), and he may
// send its 办结.
func (r *Router) settlesQuarrel(t *turn, rep village.Report) bool {
	if rep.Type != village.Mediation || rep.Status == village.StatusResolved {
		return false
	}
	if may, _, _ := r.mayNow(t, words.VResolve, rep); !may {
		return false
	}
	return r.namesPartyOf(t.text, rep) || understand.SharesSubject(t.hear(rep.Text), t.said()) || words.ContainsAnyOf(t.text, words.BothSides...)
}

// meantAmong narrows mine, several items a cadre's plain words may be the
// 进展 of, to those the words point at beyond things (otherMatterThan):
// the items whose parties they name (namesPartyOf: "张三赔200" of the
// quarrel 张三 is party to, not the lamp); else, when they speak of a
// quarrel (quarrelTalk: "两家谈好了"), the quarrels. Each narrows only
// when it leaves some and not all; mine is returned as it is otherwise,
// and he is asked which. No read: the words and the items are at hand.
func (r *Router) meantAmong(t *turn, mine []village.Report) []village.Report {
	return r.meantBy(t.text, mine)
}

// meantBy is meantAmong of words text: a leader's words sending a cadre
// (assignFresh, handsOver) without the cadre's name, who may be a party
// of one of them and is not what the words point at.
func (r *Router) meantBy(text string, mine []village.Report) []village.Report {
	if len(mine) < 2 {
		return mine
	}
	for _, keep := range []func(village.Report) bool{
		func(rep village.Report) bool { return r.namesPartyOf(text, rep) },
		func(rep village.Report) bool {
			return rep.Type == village.Mediation && words.ContainsAnyOf(text, words.QuarrelTalk...)
		},
	} {
		if some := slices.DeleteFunc(slices.Clone(mine), func(rep village.Report) bool { return !keep(rep) }); len(some) > 0 && len(some) < len(mine) {
			return some
		}
	}
	return mine
}

// withoutNames is text with each of names cut out.
func withoutNames(text string, names []string) string {
	for _, n := range names {
		if n != "" {
			text = strings.ReplaceAll(text, n, "")
		}
	}
	return text
}

// visitMeant narrows others, the items other than quarrels a cadre
// handles, to those his words of going to one that say more than the
// going ("下水道我下午去看", "我安排人明天去修": progressInWords) mean:
// those whose words or things they share; when they share none, name no
// thing and say he sees to something (seeToWords: "我明天上午过去一趟"),
// all of them, unless a quarrel was meant (quarrel) — of one that is its
// 进展, of several he is asked which. Other words ("我下午去镇上开会")
// mean none.
func visitMeant(t *turn, others []village.Report, quarrel bool) []village.Report {
	if _, _, numbered := words.BareNumbers(t.text); numbered {
		return nil // "3号 马上去看下": the items he numbers (byNumber)
	}
	var named []village.Report
	thing := false
	for _, rep := range others {
		told, shared := understand.ThingsOf(t.said(), t.hear(rep.Text))
		thing = thing || told
		if shared || words.SharesBigram(t.text, rep.Text) {
			named = append(named, rep)
		}
	}
	if len(named) > 0 || quarrel || thing || understand.NamesSubject(t.said()) || !words.ContainsAnyOf(t.text, words.SeeToWords...) {
		return named
	}
	return others
}

// otherQuarrels leaves out of mine the quarrels his words are clearly
// not of: words that name a subject none of a quarrel's words name, nor
// any of its parties ("咱组东头两家为排水沟吵架 我去看了" beside his open
// quarrel over 地界), which name no things newMatter could compare. No
// read: the words and the items are at hand.
func (r *Router) otherQuarrels(t *turn, mine []village.Report) []village.Report {
	if !understand.NamesSubject(t.said()) {
		return mine
	}
	return slices.DeleteFunc(mine, func(rep village.Report) bool {
		return rep.Type == village.Mediation && !understand.SharesSubject(t.hear(rep.Text), t.said()) && !r.namesPartyOf(t.text, rep)
	})
}

// otherMatterThan narrows mine, the items a cadre handles that his plain
// words may be the 进展 of (progressInWords), to those the words are not
// clearly another matter than (newMatter: 「村口垃圾堆满了，已经联系保洁
// 了」 beside 村口's lamp; for 办结, fixed, words naming other things
// than the item's: 「村口的垃圾清好了」), and of several to those whose
// things they name, when any. When that leaves none, the words
// are read as their own matter: filed as any report (mine emptied, done
// false) when they open with it (no word of his work in their first
// part) and read as one sure enough to file; else he is asked once
// whether they are the item's 进展 (「1」) or another matter (「2」), done
// true.
func (r *Router) otherMatterThan(ctx context.Context, t *turn, mine *[]village.Report, fixed bool) (done bool, err error) {
	if len(*mine) == 0 {
		return false, nil
	}
	reading := r.read(ctx, t, t.text)
	same := slices.DeleteFunc(slices.Clone(*mine), func(rep village.Report) bool {
		return newMatter(t, reading, rep) || fixed && words.OtherThings(t.said(), t.hear(rep.Text))
	})
	if len(same) > 1 {
		// of several, those whose things his words name ("电工说是线路老
		// 化" of the lamp, not the ditch nor the quarrel), when any
		if named := slices.DeleteFunc(slices.Clone(same), func(rep village.Report) bool {
			// a quarrel's thing as quarrelMeant reads it ("沟和牛的事": the
			// cow of the quarrel over the cow in the corn)
			_, shared := understand.ThingsOf(t.said(), t.hear(rep.Text))
			return !shared && (rep.Type != village.Mediation || !understand.SharesSubject(t.hear(rep.Text), t.said()))
		}); len(named) > 0 {
			same = named
		}
	}
	if len(same) > 0 {
		*mine = same
		return false, nil
	}
	first := t.text
	if parts := strings.FieldsFunc(t.text, func(c rune) bool { return unicode.IsPunct(c) || unicode.IsSpace(c) }); len(parts) > 0 {
		first = parts[0]
	}
	addressed := t.addr || t.where.Kind == words.InPrivate
	if fixed || reading.Handling(addressed, r.thresholds()) == village.HandleRegister && !words.ContainsAnyOf(first, words.ProgressWords...) {
		*mine = nil
		return false, nil
	}
	rep := (*mine)[0]
	return true, r.askProgress(ctx, t, rep, t.text, reading.Type)
}

// quarrelMeant narrows mine, the quarrels the sender mediates, to those
// his words on a quarrel may mean (progressInWords): those whose thing or
// party they name; none when they name a thing or a villager of none ("我
// 明天去看看那几只鸡" of a quarrel over a ditch). Of several his words
// leave, the one he himself last wrote of within disputeLive, when he
// wrote of no other since ("进展 #R1 …" then "我明天上午再去一趟": that
// one). Otherwise they are left as they are: he is asked which, each
// named (a note on the wrong one would mislead the township reading its
// last work).
func (r *Router) quarrelMeant(t *turn, mine []village.Report) []village.Report {
	named := slices.DeleteFunc(slices.Clone(mine), func(rep village.Report) bool {
		return !understand.SharesSubject(t.hear(rep.Text), t.said()) && !r.namesPartyOf(t.text, rep)
	})
	switch {
	case len(named) > 0:
		mine = named
	case understand.NamesSubject(t.said()) || len(r.partiesNamed(&village.Report{Village: t.where.Village, Chat: "-", Text: t.text})) > 0:
		return nil
	}
	if len(mine) < 2 {
		return mine
	}
	var last []village.Report
	var lastAt time.Time
	me := r.shown(t.who)
	for _, rep := range mine {
		for _, h := range slices.Backward(rep.History) {
			if h.By != me {
				continue
			}
			switch {
			case h.At.After(lastAt):
				last, lastAt = []village.Report{rep}, h.At
			case h.At.Equal(lastAt):
				last = append(last, rep)
			}
			break
		}
	}
	if len(last) == 1 && t.at.Sub(lastAt) <= words.DisputeLive {
		return last
	}
	return mine
}

// freshToAccept are, for a bare 确认 quoting nothing, the reports
// waiting to be taken on that were filed within freshWindow and that the
// sender may accept, newest first, at most two: one of them is the one
// he means. Said in a grid group, those of the group, emergencies
// included (确认 is what the duty chat waits for); said to the bot, the
// private reports of his grid (he was sent 【私信反映】).
func (r *Router) freshToAccept(t *turn, cmd command, open []village.Report) []village.Report {
	if cmd.verb != words.VAccept || t.quote != nil || !t.who.IsCadre() || t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate {
		return nil
	}
	return words.Newest(open, 2, func(rep village.Report) bool {
		may, _, _ := r.mayNow(t, words.VAccept, rep)
		return waitsHere(t, rep) && may
	})
}

// waitsNamed reports whether rep waits to be taken on (新) where t was
// said, past freshWindow, and t's words name its thing: 「收到，今天上午去看看
// 路灯」 at 07:00 of the lamp told at 18:00 yesterday (walk94).
func waitsNamed(t *turn, rep village.Report) bool {
	if rep.Status != village.StatusNew || !toldHere(t, rep) {
		return false
	}
	_, shared := understand.ThingsOf(t.said(), t.hear(rep.Text))
	return shared
}

// waitsHere reports whether rep waits to be taken on (新), filed, or
// its leader reminded of it, within freshWindow where t was said
// (toldHere).
func waitsHere(t *turn, rep village.Report) bool {
	return rep.Status == village.StatusNew && toldHere(t, rep) && t.at.Sub(words.AskedAt(rep)) <= words.FreshWindow
}

// privatelySeen reports whether a cadre's plain words to the bot in
// private may be of any item of his grid he handles, told in its group
// too (progressInWords), as they would be said in the group: unless the
// township waits for his answer on one of them, whose answer they are
// (askedAnswered).
func privatelySeen(t *turn, open []village.Report) bool {
	return t.where.Kind == words.InPrivate && !slices.ContainsFunc(open, func(rep village.Report) bool {
		_, asked := rep.OpenAsk()
		return asked && rep.HandledBy(t.who)
	})
}

// toldHere reports whether rep was told where t is said: in its grid
// group, or, said to the bot, told to the bot in private.
func toldHere(t *turn, rep village.Report) bool {
	if t.where.Kind == words.InPrivate {
		return rep.Private()
	}
	return rep.Chat == t.m.Chat
}

// byNumber takes on, for a cadre of the grid, the reports he names by
// their numbers alone before saying he goes to them ("6号我去看", "5 我去",
// "#4 我来", "10号11号 我下午去看"), as "#R6 我去看" would: in a cadre's
// mouth a number alone after 号 is a reference. Only where it cannot be
// much else: the words after them are no more than going to see to it
// (goesToSee: not "2号我去县里开会", "2号楼…", "2号去赶集"), and each
// number is a report of his grid waiting to be taken on, which he may
// take on, or one he has taken on already (nothing to do for it).
// Several are one 确认 (eachRef: one commit, one reply). A grid worker
// who names reports nobody gave him hears who may give them to him
// (accept.notyours), rather than nothing. done is false otherwise, and
// the message is read as it was before; the store is read only for a
// cadre's such words.
func (r *Router) byNumber(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil || t.where.Kind == words.InOffice || !t.who.Tends(t.where.Village, t.where.Grid) {
		return false, nil
	}
	nums, note, ok := words.BareNumbers(t.text)
	if !ok || !words.GoesToSee.MatchString(note) {
		return false, nil
	}
	refs := make([]village.Ref, len(nums))
	for i, n := range nums {
		refs[i] = village.Ref{Kind: 'R', N: n}
	}
	ahead, err := r.readAhead(ctx, t, refs)
	if err != nil {
		return true, err
	}
	defer ahead()
	var take, notMine []village.Report
	for _, n := range nums {
		rep, ok, err := r.oneReport(ctx, t, []village.Ref{{Kind: 'R', N: n}})
		if err != nil {
			return true, err
		}
		if !ok || rep.Village != t.where.Village || rep.Grid != t.where.Grid {
			return false, nil
		}
		may, _, _ := r.mayNow(t, words.VAccept, rep)
		switch {
		case rep.Status != village.StatusNew && rep.Status.Open() && r.handles(t, rep):
			// his already: "6号我来" said again
		case rep.Status != village.StatusNew:
			return false, nil
		case may:
			take = append(take, rep)
		case rep.Type != village.Emergency:
			notMine = append(notMine, rep)
		default:
			return false, nil
		}
	}
	switch {
	case len(notMine) > 0:
		return true, r.notYours(ctx, t, notMine)
	case len(take) == 0:
		return false, nil
	}
	return true, r.takeOn(ctx, t, take, note)
}

// goesToMediate takes on, for the village's mediator, the grid's leader
// or one who handles it, saying in the group, quoting and numbering
// nothing, that he will go to a quarrel ("我下午去看看那条沟", "明天上午去
// 雷志明家调解一下": plansToGo), the one open mediation item of the group
// nobody took on yet that his words clearly mean: its thing (沟) or a
// party's name, or, of the group's only mediation item, words of
// mediating ("去调解一下"). It is taken on as "#R1 我去看" would be (确认,
// his words its note). Words that fit two items alike, or none, take
// nothing on; done is false then.
//
// The grid's open reports are served from memory where this process
// follows them (groupOpen): the 确认 commits only while they are as read,
// else the choice is made again on them read from Redis, once.
func (r *Router) goesToMediate(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil || len(village.FindRefs(t.text)) > 0 || !r.mediatesHere(t) {
		return false, nil
	}
	// "你们俩别吵了 我下午过去看看": his words to the parties first, then
	// his plan, which is said to their quarrel
	plan, calmed := understand.WithoutCalming(t.text)
	note, goes := understand.PlansToGo(plan)
	if !goes && words.MediationPlan(plan) {
		// "明天我和郑十上门调解": no going word, a visit all the same
		note, goes = strings.TrimSpace(plan), true
	}
	if !goes {
		return false, nil
	}
	return r.chooseAndRun(ctx, t, r.groupOpen, func(open []village.Report) (*village.Report, string, bool, error) {
		var mediated, meant []village.Report
		for _, rep := range open {
			if rep.Chat != t.m.Chat || rep.Type != village.Mediation || !rep.Status.Open() || rep.Status == village.StatusResolved {
				continue
			}
			mediated = append(mediated, rep)
			if understand.SharesSubject(t.hear(rep.Text), t.said()) || r.namesPartyOf(t.text, rep) {
				meant = append(meant, rep)
			}
		}
		if len(meant) == 0 && (calmed || words.ContainsAnyOf(note, slices.Concat(words.MediatingWords, words.BothSides)...)) {
			// "去调解一下", "我下午去两家看看", "你们俩别吵了 我下午过去":
			// the group's quarrels, which of them when several (asked,
			// below)
			meant = mediated
		}
		if len(meant) > 1 && !slices.ContainsFunc(meant, func(rep village.Report) bool {
			may, _, _ := r.mayNow(t, words.VAccept, rep)
			return rep.Status != village.StatusNew || !may
		}) {
			// he goes to one of them, nobody's yet: which, he says
			return nil, "", true, r.acceptPick(ctx, t, meant, note)
		}
		if len(meant) != 1 || meant[0].Status != village.StatusNew {
			return nil, "", false, nil
		}
		if may, _, _ := r.mayNow(t, words.VAccept, meant[0]); !may {
			return nil, "", false, nil
		}
		return &meant[0], "确认 #" + meant[0].ID + " " + note, false, nil
	})
}

// namesPartyOf reports whether text names a party of rep: its reporter,
// or a villager its text names (partiesNamed).
func (r *Router) namesPartyOf(text string, rep village.Report) bool {
	if utf8.RuneCountInString(rep.Reporter) > 1 && strings.Contains(text, rep.Reporter) {
		return true
	}
	return slices.ContainsFunc(r.partiesNamed(&rep), func(p village.Person) bool { return strings.Contains(text, p.Name) })
}

// takeEach is takeQuoted of several reports whose numbers lead a
// cadre's words ("R2 R3 收到 下午去看"): the numbers say which, so the
// ones taken on already get his words as their 进展 (goesOn, one 进展 of
// them all and one reply), and the new ones are taken on as "R2 收到"
// would be, one 确认 of them all (takeOn: a grid worker hears they are
// the leader's to give him). done is false when a number names no report
// here, or for an officer: he is shown how to accept, as before.
func (r *Router) takeEach(ctx context.Context, t *turn, refs []village.Ref, spoken string) (done bool, err error) {
	if len(refs) < 2 || officerHere(t) {
		return false, nil
	}
	var fresh, taken []village.Report
	for _, ref := range refs {
		rep, ok, err := r.oneReport(ctx, t, []village.Ref{ref})
		if err != nil || !ok {
			return err != nil, err
		}
		if rep.Status == village.StatusNew {
			fresh = append(fresh, rep)
		} else {
			taken = append(taken, rep)
		}
	}
	if len(taken) == 0 {
		note, takes := understand.PlansToGo(spoken)
		if !takes && !words.IsAck(spoken) && !words.IsAssent(spoken) {
			return false, nil
		}
		return true, r.takeOn(ctx, t, fresh, note)
	}
	block, data, before := "", map[string]any(nil), t.besides
	if len(fresh) > 0 {
		// the new ones as well: one message, one change, so they are
		// not taken on here; he hears how, after the 进展
		block, data = r.freshHint(t, fresh)
		t.besides = strings.TrimSpace(before + "\n" + r.textsFor(t).Render(block, data))
	}
	noted, err := r.goesOnEach(ctx, t, taken, spoken)
	if err != nil || noted {
		return true, err
	}
	t.besides = before
	if block == "" {
		return true, nil
	}
	return true, r.reply(ctx, t, block, data)
}

// freshHint is the reply telling a cadre how reports still new, named
// beside others taken on already, are taken on: a grid worker, that
// they are the leader's to give him (accept.notyours); the leader, the
// 确认 of them (accept.hint).
func (r *Router) freshHint(t *turn, fresh []village.Report) (string, map[string]any) {
	refs := make([]string, len(fresh))
	for i, rep := range fresh {
		refs[i] = "#" + rep.ID
	}
	if may, _, _ := r.mayNow(t, words.VAccept, fresh[0]); !may && !t.who.Has(village.RoleLeader) && t.who.Tends(fresh[0].Village, fresh[0].Grid) {
		return "accept.notyours", map[string]any{"Who": t.who.Name, "Items": fresh, "Leaders": r.leaderNames(t.where.Village, t.where.Grid)}
	}
	return "accept.hint", map[string]any{"Who": t.who.Name, "Ref": strings.Join(refs, " ")}
}

// goesOnEach is goesOn of several reports taken on already: his plan
// ("收到 下午去看") is the 进展 of each he handles, or of each of his grid
// he helps with (helps), in one 进展; a bare acknowledgement, or reports
// none of which is his to note, need no answer. noted is whether it
// recorded a 进展.
func (r *Router) goesOnEach(ctx context.Context, t *turn, reps []village.Report, words string) (noted bool, err error) {
	note, takes := understand.TakesOn(words)
	if plan, goes := understand.PlansToGo(words); goes {
		note, takes = plan, true
	}
	var his []village.Report
	var refs []string
	for _, rep := range reps {
		if rep.Status.Open() && (r.handles(t, rep) || helps(t, rep)) {
			his = append(his, rep)
			refs = append(refs, "#"+rep.ID)
		}
	}
	if !takes || note == "" || len(his) == 0 {
		return false, nil
	}
	t.implied, t.known = true, his // read once: 进展 acts on them as read here
	_, err = r.run(ctx, t, "进展 "+strings.Join(refs, " ")+" "+note)
	t.known = nil
	return err == nil, err
}
