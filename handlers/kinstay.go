package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
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
	if t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || t.quote != nil || t.who.Household == "" || r.procedureAskedBeside(t) {
		return false, nil
	}
	ps, note, ok := r.ownElders(t)
	if !ok {
		return r.noElderStay(ctx, t)
	}
	if words.BackHome(note) {
		err = readAgain(func(fresh bool) error { return r.resumeForKin(ctx, t, ps, fresh) })
		return !errors.Is(err, errNoPause), ignore(err, errNoPause)
	}
	stay, ok := kinStayTold(t, note)
	if !ok {
		return false, nil
	}
	var ws []village.Person
	for _, p := range ps {
		w := village.Phoner(r.people.All(), p)
		if w.Name == "" {
			return false, nil
		}
		ws = append(ws, w)
	}
	return true, readAgain(func(fresh bool) error { return r.pauseForKin(ctx, t, ps, ws, stay, fresh) })
}

// procedureAskedBeside reports whether t asks a procedure of the guide
// and asks no calls to stop ("俺娘今年80了 高龄补贴咋申请 俺在外地"): the
// stay it tells is the asker's, or beside the question; the question is
// answered, not taken for an elder's stay (appr108: privately, 张三 was
// told he had no elder's calls to stop).
func (r *Router) procedureAskedBeside(t *turn) bool {
	return words.AsksSomething(t.text) && !words.CallsOff(t.text) && r.procedure(t.said()) != nil
}

// noElderStay answers a villager whose kin word names nobody phoned in
// his household ("我妈去我姐家住了 电话不用打了" from 张三, whose mother is
// not on the roster, or uses WeChat) when he asks her calls to stop, or
// tells her stay to the bot privately: there is no call to stop, and who
// to tell if she is phoned from a household of her own (call104: before,
// silence, and he took it as done). done is false for anything else.
func (r *Router) noElderStay(ctx context.Context, t *turn) (done bool, err error) {
	m := words.OwnKinPairRe.FindStringIndex(t.text)
	if m == nil {
		m = words.OwnKinRe.FindStringIndex(t.text)
	}
	if m == nil || t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate {
		return false, nil
	}
	note := t.text[:m[0]] + "她" + t.text[m[1]:]
	if _, ok := kinStayTold(t, note); !ok || !words.CallsOff(note) && t.where.Kind != words.InPrivate {
		return false, nil
	}
	cadres := r.people.InGrid(t.who.Village, t.who.Grid, village.RoleWorker)
	if len(cadres) == 0 {
		cadres = r.people.InGrid(t.who.Village, t.who.Grid, village.RoleLeader)
	}
	var phoners []string
	for _, w := range cadres {
		phoners = append(phoners, r.shown(w))
	}
	return true, r.reply(ctx, t, "call.kinstay.none", map[string]any{"Who": r.shown(t.who), "Kin": strings.TrimLeft(t.text[m[0]:m[1]], "我俺咱们家的"),
		"Phoners": phoners})
}

// kinStayTold is the stay a villager's note (his kin word put as 她/他)
// tells of, when it is one to pause calls for: told, not heard, away or
// the calls asked off, not a need of hers, not a question, no alarm
// ("我在外地打工 俺妈一个人在家生着炉子 电话打了一上午都没人接": before,
// privately, told she had no calls to stop, and no alarm raised).
func kinStayTold(t *turn, note string) (words.HospitalStay, bool) {
	stay, ok := words.InHospital(note, t.at)
	if !ok || stay.Heard || !stay.Out && !words.CallsOff(note) || words.StayNeed(stay.Rest) || strings.ContainsAny(t.text, "?？") ||
		understand.Alarms(t.text) {
		return words.HospitalStay{}, false
	}
	return stay, true
}

// ownElders are the persons of the sender's household without WeChat
// and with a phone his own kin words name ("我妈", "俺家老头子"; both of
// "我爸我妈", "我爸妈", call104), and his text with 她/他 (他们 for a
// pair's word) for those words, as a worker's note speaks of her. ok is
// false when no word names such a one.
func (r *Router) ownElders(t *turn) (ps []village.Person, note string, ok bool) {
	all := r.people.All()
	type named struct {
		at   []int
		pron string
	}
	var said []named
	add := func(word string) (village.Person, bool) {
		fits := village.HouseholdKin(all, t.who.Village, t.who, word, true)
		if len(fits) != 1 {
			return village.Person{}, false
		}
		e, err := r.people.Lookup(t.who.Village, fits[0])
		if err != nil || e.UsesWeChat || e.Phone == "" || e.Key() == t.who.Key() {
			return village.Person{}, false
		}
		if !slices.ContainsFunc(ps, func(p village.Person) bool { return p.Key() == e.Key() }) {
			ps = append(ps, e)
		}
		return e, true
	}
	for _, m := range words.OwnKinPairRe.FindAllStringSubmatchIndex(t.text, -1) {
		found := false
		for _, word := range words.KinPair[t.text[m[2]:m[3]]] {
			_, ok := add(word)
			found = found || ok
		}
		if found {
			said = append(said, named{at: m[:2], pron: "他们"})
		}
	}
	for _, m := range words.OwnKinRe.FindAllStringIndex(t.text, -1) {
		if slices.ContainsFunc(said, func(n named) bool { return m[0] < n.at[1] && n.at[0] < m[1] }) {
			continue // "我爸妈": the pair's word read already
		}
		e, ok := add(strings.TrimLeft(t.text[m[0]:m[1]], "我俺咱们家的"))
		if !ok {
			continue
		}
		pron := "她"
		if village.HouseholdSexOf(e, r.people.Household(e.Village, e.Household)) == village.Male {
			pron = "他"
		}
		said = append(said, named{at: m, pron: pron})
	}
	if len(ps) == 0 {
		return nil, "", false
	}
	slices.SortFunc(said, func(a, b named) int { return a.at[0] - b.at[0] })
	var b strings.Builder
	from := 0
	for _, n := range said {
		b.WriteString(t.text[from:n.at[0]] + n.pron)
		from = n.at[1]
	}
	b.WriteString(t.text[from:])
	return ps, b.String(), true
}

// pauseForKin commits the calls of ps (one, or two of "我爸妈") paused
// until stay ends, as the sender of their household said (away from
// home, or in hospital): each one's call still to make closed as away,
// else a new one of her phoner's (ws, by ps) so closed. One read of
// their calls, one commit; it holds only while their calls are as read
// (errReadAgain when they were not, fresh false).
func (r *Router) pauseForKin(ctx context.Context, t *turn, ps, ws []village.Person, stay words.HospitalStay, fresh bool) error {
	sc := storage.VillageScope(ps[0].Village)
	t.scope = sc
	reads := []storage.DocsRead{{Kind: storage.CallKind, Index: storage.CallsOpen}}
	for _, p := range ps {
		reads = append(reads, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf(p.Key())})
	}
	calls, err := r.readCalls(ctx, sc, fresh, reads...)
	if err != nil {
		return err
	}
	// phoned: who phones which of them now (a stand-in while away)
	type phoned struct {
		w       village.Person
		names   []string
		open    bool
		notices []string
	}
	var (
		docs   []storage.Doc
		names  []string
		then   *storage.Change
		phones []*phoned
		made   []village.Call
		// wasOpen: a call of theirs was on today's list, made or not
		wasOpen bool
	)
	ahead := !stay.From.IsZero() // she leaves on a later day: her calls go on till then (call107)
	var from any                 // the texts' From: none when she is away now
	if ahead {
		from = stay.From
	}
	for i, p := range ps {
		c, isOpen := calls.task(t, p)
		wasOpen = wasOpen || isOpen
		if ahead && isOpen {
			// her call still to make is made while she is home: the
			// stay is kept on a call of its own, closed
			c, _ = callsRead{}.task(t, p)
			isOpen = false
		}
		if !isOpen {
			c.Worker, c.WorkerKey = ws[i].Name, ws[i].Key()
		}
		c.Outcome, c.Note, c.LoggedAt, c.LoggedBy = village.OutcomeMissed, t.text, t.at, t.who.Name
		c.Status, c.RetryAt, c.AwayUntil, c.AwayFrom, c.AwayOwn = village.CallAway, time.Time{}, stay.Until, stay.From, true
		d, err := storage.CallDoc(c)
		if err != nil {
			return err
		}
		docs, names, made = append(docs, d), append(names, r.shown(p)), append(made, c)
		// 查 #N: 「白凤兰户（不在家，金大海说）」; not for a stay ahead: she
		// is home to be told
		if th := r.awayOnCall(t, p, c); !ahead && then == nil {
			then = th
		} else if !ahead && th != nil {
			then.Incr, then.MsgID = append(then.Incr, th.Incr...), then.MsgID+"+"+c.ID
		}
		w := r.phonerNow(t, ws[i])
		k := slices.IndexFunc(phones, func(x *phoned) bool { return x.w.Key() == w.Key() })
		if k < 0 {
			phones, k = append(phones, &phoned{w: w}), len(phones)
		}
		ph := phones[k]
		ph.names, ph.open = append(ph.names, r.shown(p)), ph.open || isOpen
		for _, id := range c.NoticeIDs() {
			if !slices.Contains(ph.notices, id) {
				ph.notices = append(ph.notices, id)
			}
		}
	}
	var phoners []string
	for _, ph := range phones {
		phoners = append(phoners, r.shown(ph.w))
	}
	data := map[string]any{"P": strings.Join(names, "、"), "Who": r.shown(t.who), "Said": t.text, "Back": stay.Until, "Lunar": stay.Lunar,
		"Out": stay.Out, "Phoner": strings.Join(phoners, "、"), "From": from, "Now": t.at, "Also": staysKept(calls.all, ps, made, t.at)}
	reply := "call.kinstay"
	if len(phones) == 1 && phones[0].w.Key() == t.who.Key() {
		// her own worker told it (call110): his calls, his next step
		reply, data["Open"], data["YearEnd"] = "call.kinstay.self", wasOpen, ahead && village.YearEndLeave(t.text, t.at)
	}
	o := []bot.Outbound{r.back(t, r.textsFor(t).Render(reply, data))}
	for _, ph := range phones {
		if ph.w.Key() == t.who.Key() {
			continue
		}
		d := map[string]any{"P": strings.Join(ph.names, "、"), "Who": r.shown(t.who), "Said": t.text, "Back": stay.Until, "Lunar": stay.Lunar,
			"Open": ph.open, "Many": len(ph.names) > 1, "Notices": ph.notices, "From": from, "Now": t.at, "Also": data["Also"]}
		o = append(o, bot.Outbound{To: r.shown(ph.w), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.kinstay.worker", d)})
	}
	change := storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided, Docs: docs, Out: o, Then: then,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: strings.Join(names, "、") + " 家里说不在家"}}
	t.out = o
	return r.commitCalls(ctx, t, strings.Join(names, "、"), change, fresh)
}

// staysKept are the stays of one elder of ps (one alone) told before,
// not over at at, that the stay made now keeps leaves on (village.Stays,
// call108): said beside the new one, so that 「2月4日前回访照常」 is not
// read as her calls going on during her stay at her daughter's.
func staysKept(all []village.Call, ps []village.Person, made []village.Call, at time.Time) []village.Stay {
	if len(ps) != 1 || len(made) != 1 {
		return nil
	}
	var hers []village.Call
	for _, c := range all {
		if c.PersonKey == ps[0].Key() {
			hers = append(hers, c)
		}
	}
	before := village.Stays(hers)
	hers = append(hers, made[0])
	last := village.LastContact(hers)
	var kept []village.Stay
	for _, s := range village.Stays(hers) {
		if slices.Contains(before, s) && s.Until.After(at) && !s.Since.Before(last) {
			kept = append(kept, s)
		}
	}
	return kept
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
// the sender's reply (call.question), and c the question and to whom it
// went, to be answered by quoting it (elderAnswered) and chased till then
// (call105). None when the note asks nothing, or nobody else leads her
// grid.
func (r *Router) elderAsked(t *turn, p village.Person, c *village.Call, note string, data map[string]any) []bot.Outbound {
	q, ok := words.ElderAsks(note)
	leaders := r.leadersBut(t, p)
	if !ok || len(leaders) == 0 {
		return nil
	}
	data["Asked"], data["AskTo"] = q, leaders
	c.Asked, c.AskedTo, c.AnsweredAt, c.AnsweredBy, c.AskChases, c.AskChasedAt = q, leaders, time.Time{}, "", 0, time.Time{}
	d := map[string]any{"P": r.shown(p), "Who": r.shown(t.who), "Asked": q, "Phone": p.Phone}
	var out []bot.Outbound
	for _, l := range leaders {
		out = append(out, bot.Outbound{To: l, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.question.leader", d)})
	}
	return out
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

// resumeForKin ends the pauses of the calls of ps (one, or both of "我爸
// 妈") a stay made, as the sender of their household says they are back
// ("我妈回来了"): each call that paused them is kept with its end today, so
// the next call list has them (call103: call.kinstay asked him to say
// so). errNoPause when none is on. Their calls read and one commit (one
// message, one commit: a second would be taken for it sent again); the
// commit holds only while they are as read (errReadAgain when they were
// not, fresh false).
func (r *Router) resumeForKin(ctx context.Context, t *turn, ps []village.Person, fresh bool) error {
	sc := storage.VillageScope(ps[0].Village)
	t.scope = sc
	reads := []storage.DocsRead{{Kind: storage.CallKind, Index: storage.CallsOpen}}
	for _, p := range ps {
		reads = append(reads, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf(p.Key())})
	}
	calls, err := r.readCalls(ctx, sc, fresh, reads...)
	if err != nil {
		return err
	}
	today := village.StartOfDay(t.at.In(r.cfg.Location()))
	data := map[string]any{"Who": r.shown(t.who), "Said": t.text, "Now": t.at}
	if next, ok := r.cfg.NextCallList(t.at); ok {
		data["Next"] = next
	}
	var (
		docs   []storage.Doc
		names  []string
		phones []*phonedBack
	)
	for _, p := range ps {
		var hers []village.Call
		for _, c := range calls.all {
			if c.PersonKey == p.Key() {
				hers = append(hers, c)
			}
		}
		// the stay she is on now, not one told for later (call108)
		i, ok := village.StayCall(hers, t.at)
		if !ok || !hers[i].AwayUntil.After(today) {
			continue
		}
		c := hers[i]
		c.AwayUntil = today
		c.Note += "；" + t.who.Name + "说回来了：" + t.text
		d, err := storage.CallDoc(c)
		if err != nil {
			return err
		}
		docs, names = append(docs, d), append(names, p.Name)
		w := r.phonerNow(t, village.Phoner(r.people.All(), p))
		k := slices.IndexFunc(phones, func(x *phonedBack) bool { return x.w.Key() == w.Key() })
		if k < 0 {
			phones, k = append(phones, &phonedBack{w: w}), len(phones)
		}
		phones[k].names = append(phones[k].names, r.shown(p))
	}
	if len(docs) == 0 {
		return errNoPause
	}
	// one line to the group however many are back (call105: 「我爸妈回来了」
	// gave one each), one to each phoner naming his
	var shown, phoners []string
	for _, ph := range phones {
		shown = append(shown, ph.names...)
		if ph.w.Name != "" {
			phoners = append(phoners, r.shown(ph.w))
		}
	}
	data["P"], data["Phoner"] = strings.Join(shown, "、"), strings.Join(phoners, "、")
	o := []bot.Outbound{r.back(t, r.textsFor(t).Render("call.kinback", data))}
	for _, ph := range phones {
		if ph.w.Name != "" && ph.w.Key() != t.who.Key() {
			data["P"] = strings.Join(ph.names, "、")
			o = append(o, bot.Outbound{To: r.shown(ph.w), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.kinback.worker", data)})
		}
	}
	t.out = o
	return r.commitCalls(ctx, t, strings.Join(names, "、"), storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided, Docs: docs, Out: o,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: strings.Join(names, "、") + " 家里说回来了"}}, fresh)
}

// phonedBack is a phoner of elders back home (resumeForKin) and the
// names of those he phones.
type phonedBack struct {
	w     village.Person
	names []string
}

// elderAnswered takes a grid leader's private reply quoting a 【老人问】
// (call105: before, the question could not be marked answered, so it
// could not be chased): the answer goes to the worker who took it, to
// pass on to her, and the question is answered (no more reminders); 「已
// 答复」 (he told her himself) tells the worker so; 「我问问镇里」 leaves
// it open. Her calls read and one commit. done is false for any other
// message, before any read.
func (r *Router) elderAnswered(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote == nil && t.where.Kind == words.InPrivate && t.who.Has(village.RoleLeader) {
		return r.elderAnsweredNamed(ctx, t)
	}
	if t.quote == nil || t.quote.Name != r.cfg.BotName || t.where.Kind != words.InPrivate || !t.who.Has(village.RoleLeader) {
		return false, nil
	}
	m := words.AskedQuoteRe.FindStringSubmatch(t.quote.Text)
	if m == nil {
		return false, nil
	}
	i := slices.IndexFunc(r.people.All(), func(p village.Person) bool {
		return p.Village == t.who.Village && p.Phone != "" && !p.UsesWeChat && (r.shown(p) == m[1] || p.Name == m[1])
	})
	if i < 0 {
		return false, nil
	}
	p := r.people.All()[i]
	return true, readAgain(func(fresh bool) error { return r.answerElder(ctx, t, p, m[2], false, fresh, storage.IndexRead{}) })
}

// elderAnsweredNamed takes a grid leader's unquoted private answer to a
// 【老人问】 that opens with the elder's name and speaks of her question
// (words.AnswersAsked: 「白凤兰问的慰问品 有的，过年前送」, call106: it was
// offered as a report to register): as if he had quoted it. Her calls
// read; done is false, before any read, when no elder's name opens it or
// it is a command, and after it when no question of hers waits for him
// or the words are of something else (「白凤兰家屋顶漏雨」).
func (r *Router) elderAnsweredNamed(ctx context.Context, t *turn) (done bool, err error) {
	if _, isCmd := r.commandIn(t); isCmd && !words.ContainsAnyOf(t.text, "问") {
		return false, nil
	}
	v := r.callVillage(t)
	name, width := words.LeadingName(t.text, func(n string) bool {
		p, err := r.people.Lookup(v, n)
		return err == nil && !p.UsesWeChat && p.Phone != ""
	})
	if name == "" {
		return false, nil
	}
	p, err := r.people.Lookup(v, name)
	if err != nil {
		return false, nil
	}
	sc := storage.VillageScope(v)
	calls, err := r.readCallsOf(ctx, sc, false, p)
	if err != nil {
		return true, err
	}
	question := ""
	for _, c := range calls.all {
		if c.AskOpen() && slices.Contains(c.AskedTo, r.shown(t.who)) && words.AnswersAsked(t.text[width:], c.Asked) {
			question = c.Asked
		}
	}
	if question == "" {
		return false, nil
	}
	return true, readAgain(func(fresh bool) error { return r.answerElder(ctx, t, p, question, false, fresh, storage.IndexRead{}) })
}

// askFresh is how long after an elder's question was passed to a grid
// leader (【老人问】, or its morning reminder) his unquoted private words
// that name nobody may be its answer (call107).
const askFresh = 12 * time.Hour

// elderAnsweredUnnamed takes a grid leader's private words that quote
// nothing and name no elder as his answer to the one question of hers
// passed to him and open (storage.CallsAsked), told him within askFresh,
// when they read as an answer (words.AnswerOpens: 「有的 腊月二十前送到
// 家」, call107: it was offered as a report to register). The reply says
// which question it was taken for. Words of no answer's shape whatever
// the question are not read for. The open questions are read as this
// process follows them (call109: no round trip): none fitting, the turn's
// commit carries that copy (turn.copies; refused, the message is handled
// again on Redis's); one fitting, the answer's commit carries it, and a
// refusal decides again on them read from Redis. done is false when none
// fits.
func (r *Router) elderAnsweredUnnamed(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil || t.where.Kind != words.InPrivate || !t.who.Has(village.RoleLeader) || utf8.RuneCountInString(t.text) > 60 {
		return false, nil
	}
	if !words.AnswerOpens(t.text, "") {
		return false, nil // no answer's shape whatever was asked: no read (「王家门口的路有点滑」 stays one round trip)
	}
	v := r.callVillage(t)
	sc := storage.VillageScope(v)
	err = readAgain(func(fresh bool) error {
		// a copy decides only when the turn's commit can check it
		fresh = fresh || t.copies.scope != "" && t.copies.scope != sc
		c, p, read, err := r.askedOfHim(ctx, t, v, fresh)
		switch {
		case err != nil:
			return err
		case c == nil:
			t.copies.add(sc, read)
			return errNotAnswer
		}
		return r.answerElder(ctx, t, p, c.Asked, true, fresh, read)
	})
	if errors.Is(err, errNotAnswer) {
		return false, nil
	}
	return true, err
}

// errNotAnswer says elderAnsweredUnnamed found no question t answers.
var errNotAnswer = errors.New("no question answered")

// askedOfHim is the one open question (its call, and she) passed to t's
// sender in village v within askFresh that t's words answer, read as this
// process follows the open questions unless fresh, and the read; c is nil
// when none or several fit.
func (r *Router) askedOfHim(ctx context.Context, t *turn, v string, fresh bool) (c *village.Call, p village.Person, read storage.IndexRead, err error) {
	sc, rd := storage.VillageScope(v), storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsAsked}
	var raws [][]storage.RawDoc
	if fresh {
		raws, err = r.store.DocsOf(ctx, sc, rd)
	} else {
		var reads []storage.IndexRead
		raws, reads, err = r.store.FollowedOf(ctx, sc, rd)
		if err == nil {
			read = reads[0]
		}
	}
	if err != nil {
		return nil, p, read, err
	}
	asked, err := storage.CallsIn(raws[0])
	if err != nil {
		return nil, p, read, err
	}
	var fits []village.Call
	for _, c := range asked {
		told := c.LoggedAt
		if c.AskChasedAt.After(told) {
			told = c.AskChasedAt
		}
		if c.AskOpen() && c.AnswerUndone.IsZero() && slices.Contains(c.AskedTo, r.shown(t.who)) && !told.After(t.at) && t.at.Sub(told) < askFresh {
			fits = append(fits, c)
		}
	}
	if len(fits) != 1 || !words.AnswerOpens(t.text, fits[0].Asked) {
		return nil, p, read, nil
	}
	p, err = r.people.Lookup(v, fits[0].Person)
	if err != nil || p.Key() != fits[0].PersonKey {
		return nil, p, read, nil
	}
	return &fits[0], p, read, nil
}

// answerElder records t's answer to question, which p asked on a call,
// as elderAnswered reads it (errReadAgain when her calls changed since
// read, fresh false). unnamed: his words named neither her nor the
// question (elderAnsweredUnnamed), so the reply says which it took; asked
// is the read of the open questions it was chosen on, which the commit
// carries when it was served from this process's copy.
func (r *Router) answerElder(ctx context.Context, t *turn, p village.Person, question string, unnamed, fresh bool, asked storage.IndexRead) error {
	sc := storage.VillageScope(p.Village)
	t.scope = sc
	calls, err := r.readCallsOf(ctx, sc, fresh, p)
	if err != nil {
		return err
	}
	i := -1
	for k, c := range calls.all {
		if c.Asked == question && (i < 0 || c.LoggedAt.After(calls.all[i].LoggedAt)) {
			i = k
		}
	}
	data := map[string]any{"P": r.shown(p), "Asked": question, "Who": r.shown(t.who), "Said": t.text, "Now": t.at, "Unnamed": unnamed}
	reply := words.AskReply(t.text)
	switch {
	case i < 0:
		return r.reply(ctx, t, "call.answer.none", data)
	case !calls.all[i].AskOpen():
		data["C"] = calls.all[i]
		return r.reply(ctx, t, "call.answer.done", data)
	case reply == words.AnswerLater:
		return r.reply(ctx, t, "call.answer.later", data)
	}
	c := calls.all[i]
	c.AnsweredAt, c.AnsweredBy = t.at, t.who.Name
	c.Note += "；" + t.who.Name + "答复：" + t.text
	d, err := storage.CallDoc(c)
	if err != nil {
		return err
	}
	w, err := r.people.Lookup(p.Village, c.LoggedBy)
	if err != nil {
		w = village.Person{Name: c.LoggedBy}
	}
	data["Worker"], data["Self"] = r.shown(w), reply == words.AnsweredSelf
	o := []bot.Outbound{r.back(t, r.textsFor(t).Render("call.answer", data))}
	if w.Key() != t.who.Key() {
		o = append(o, bot.Outbound{To: r.shown(w), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.answer.worker", data)})
	}
	t.out = o
	reads := calls.decided
	if asked.Copied() {
		reads = append(slices.Clip(reads), asked)
	}
	change := storage.Change{Scope: sc, MsgID: t.m.ID, Reads: reads, Docs: []storage.Doc{d}, Out: o,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: p.Name + " 老人问已答复"}}
	if unnamed {
		// his 「不是」 takes it back (elderAnswerUndone, call108)
		if kept, err := answerTakenKept(t, c, w); err == nil {
			change.Keep = []storage.Kept{kept}
		}
	}
	return r.commitCalls(ctx, t, p.Name, change, fresh)
}
