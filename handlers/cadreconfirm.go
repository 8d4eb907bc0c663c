package handlers

// A grid cadre's acceptance of a villager's matter the bot asked her to
// confirm ("我理解为：…回复「1」登记"): 「收到 明天找人来掏」 from the
// grid's leader is the best confirmation there is. The confirm-back is
// filed as hers (her words, the reading proposed) and taken on for him,
// his words the 确认's note, in the filing's one commit, which also takes
// her question: her later 「1」 files nothing twice.

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// waitingConfirm is a confirm-back waiting for a villager of the group.
type waitingConfirm struct {
	who village.Person
	q   question
	raw []byte // its line as kept
	all []byte // the key's value as this process's copy holds it; nil when read from Redis
	// again are the lines of the same words asked before (she said them
	// twice, nobody answering): one matter, taken with it (rep111)
	again [][]byte
}

// lines are w's question's lines as kept, those of its words asked
// before too: what filing it takes.
func (w waitingConfirm) lines() [][]byte { return append([][]byte{w.raw}, w.again...) }

// cadreConfirms files, for a grid cadre of the group who accepts a
// villager's matter in plain words (收到, 好的, 我去看看, 明天找人来…),
// the confirm-back he answers: the one he quotes (the bot's question or
// her message), or, unquoted, the one confirm-back of the group asked
// within cadreConfirmWindow. Several waiting: he is asked which, nothing
// taken. done is false when he answers none (nor says such words).
func (r *Router) cadreConfirms(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || !t.who.Tends(t.where.Village, t.where.Grid) || utf8.RuneCountInString(t.text) > 30 {
		return false, nil
	}
	if words.AllAcked(t.text) {
		// "都收到", "全部确认": every matter waiting, filed and taken on
		return r.cadreConfirmsAll(ctx, t)
	}
	note, goes := understand.PlansToGo(t.text)
	named := false // his work words naming her matter's thing, no 收到
	if !goes && !words.IsAck(t.text) && !(words.IsAssent(t.text) && words.ContainsAnyOf(t.text, words.TakingAssents...)) {
		if named = workNamed(t); !named {
			return false, nil
		}
		note, goes = t.text, true
	}
	if !goes {
		note = ""
	}
	return r.confirmsTakenOn(ctx, t, note, named, "收到")
}

// bareConfirms answers a grid cadre's bare 「确认」 that finds no item of
// the group to take on (lifecycleUnnamed) while a villager's confirm-back
// waits for her 「1」: as his 「收到」 would (cadreConfirms), it files hers
// and takes it on for him, or asks which of several (rep110: he was told
// there was nothing he could 确认). done is false when none waits.
func (r *Router) bareConfirms(ctx context.Context, t *turn, cmd command) (done bool, err error) {
	if cmd.verb != words.VAccept || understand.HasContent(cmd.args) || len(cmd.refs) > 0 ||
		t.where.Kind != words.InGrid || !t.who.Tends(t.where.Village, t.where.Grid) {
		return false, nil
	}
	// quoted, her words or the bot's question to her name the one meant,
	// as the which-list below asks (rep111)
	return r.confirmsTakenOn(ctx, t, "", false, "确认")
}

// confirmsTakenOn is cadreConfirms once his words are read as taking a
// matter up: note what he will do ("" for a bare 收到), named when his
// words only name the matter's thing (workNamed), verb the word he is
// asked to say again quoting the one he means when several wait (收到,
// or the 确认 he typed).
func (r *Router) confirmsTakenOn(ctx context.Context, t *turn, note string, named bool, verb string) (done bool, err error) {
	ws, fresh, err := r.confirmsAnswered(ctx, t)
	leader := t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid)
	if !leader {
		// a worker's words file hers for the leader's 确认; the items
		// filed already wait on the leader, nothing his words can do to
		// them: never offered to him (his 「确认 #R2」 is refused, rep111)
		fresh = nil
	}
	if t.quote == nil {
		// 「收到，今天上午去看看路灯」 beside her 「水沟堵了」: his words
		// name another thing, an answer to none of hers (walk94)
		ws = slices.DeleteFunc(ws, func(w waitingConfirm) bool {
			if named {
				// 「垃圾的事我联系环卫站了，下午来拉」: hers only when its
				// thing is hers (rep100)
				_, shared := understand.ThingsOf(t.said(), t.hear(w.q.Text))
				return !shared
			}
			return words.OtherThings(t.said(), t.hear(w.q.Text))
		})
	}
	if err != nil || len(ws) == 0 {
		return err != nil, err
	}
	if t.quote == nil && len(ws)+len(fresh) > 1 {
		// 「收到，坡路我马上叫人去撒盐，水管让王五去看看」: each the
		// one its clause names (rep100)
		if done, err := r.splitsWaiting(ctx, t, ws, fresh); done {
			return true, err
		}
		// "路灯的事让何志强去弄": the one his words name
		ws, fresh = r.confirmsMeant(t, ws, fresh)
	}
	if p, ok := r.sendsNoCadre(t); ok && !toldOf(p, ws, fresh) {
		// "让张三去看看": no worker of the grid, nothing given to him
		return true, r.notSendable(ctx, t, p.Name, len(ws) == 0, fresh)
	}
	take := r.cadreTakes(t, note)
	if len(ws) == 0 && len(fresh) == 1 {
		return r.takeFreshFor(ctx, t, fresh[0], take)
	}
	if len(ws)+len(fresh) > 1 {
		var items []map[string]string
		for _, rep := range fresh {
			items = append(items, map[string]string{"Ref": rep.ID, "Name": rep.Reporter, "Text": rep.Text})
		}
		for _, w := range ws {
			items = append(items, map[string]string{"Name": r.shown(w.who), "Text": saidTexts(w.q)[0]})
		}
		return true, r.reply(ctx, t, "confirm.cadre.which", map[string]any{"Who": t.who.Name, "Items": items, "Verb": verb, "Leader": leader})
	}
	filed, err := r.fileForCadre(ctx, t, ws[0], take, nil)
	// answered meanwhile (her 「1」 elsewhere): his words go on as
	// if none waited (acceptFresh may take the item her 「1」 filed)
	return filed || err != nil, err
}

// workNamed reports whether t, a cadre's unquoted words, tell work on a
// matter, done or planned ("垃圾的事我联系环卫站了，下午来拉"): no
// question, no refusal, no number. Of a waiting matter whose thing they
// name, they take it up as his 「收到 …」 would (freshNamedTakenOn, and
// cadreConfirms of a confirm-back). Calling who mends it, now or done
// (「水管的事我马上给自来水公司打电话」, words.CallsNow), is such work,
// as it takes on an alarm (rep102).
func workNamed(t *turn) bool {
	return t.quote == nil && !strings.ContainsAny(t.text, "?？吗") && len(village.FindRefs(t.text)) == 0 &&
		(understand.TellsGoing(t.text) || understand.Planned(t.text, t.at) || words.CallsNow(t.text)) && !understand.WontGo(t.text)
}

// cadreTakes is t's sender's acceptance of a confirm-back, note his
// words: a grid leader's that send another cadre of the grid to it
// ("王五你去王奶奶家看看水管", "这事王五你去看看") name him, to be given
// the item as 指派 would (sendsOnAnswer).
func (r *Router) cadreTakes(t *turn, note string) words.CadreTake {
	take := words.CadreTake{Who: t.who, Note: note}
	if strings.ContainsAny(t.text, "?？吗") {
		return take
	}
	if names, task, ok := r.sendsCadre(t); ok {
		for _, name := range names {
			if p, err := r.people.Lookup(t.where.Village, name); err == nil {
				take.Send = append(take.Send, p)
			}
		}
		take.Task = task
	}
	return take
}

// confirmsAnswered are the confirm-backs t may answer (see
// cadreConfirms), and, unquoted, the group's fresh reports waiting for
// 确认 beside them (acceptFresh's), which make his words unsure too.
func (r *Router) confirmsAnswered(ctx context.Context, t *turn) (ws []waitingConfirm, fresh []village.Report, err error) {
	ws = r.confirmsInGroup(t)
	if t.quote != nil {
		ws, err = r.quotedConfirm(ctx, t, ws)
		return ws, nil, err
	}
	// Unquoted, only within llm.confirm_ttl (30 minutes by default),
	// when her own 「1」 still files it: later she is asked again
	// (lateAnswer), and a bare 收到 more likely answers a notice or other
	// talk. A quoted one names the matter: any time it waits.
	ttl := r.cfg.LLM.ConfirmTTL.Std()
	ws = slices.DeleteFunc(ws, func(w waitingConfirm) bool { return t.at.Sub(w.q.At) > ttl })
	if len(ws) == 0 {
		return nil, nil, nil
	}
	open, err := r.openFollowed(ctx, t)
	if err != nil {
		return nil, nil, err
	}
	fresh = words.Newest(open, words.MaxCandidates, func(rep village.Report) bool { return waitsHere(t, rep) })
	if slices.ContainsFunc(fresh, func(rep village.Report) bool { return rep.Type == village.Emergency }) {
		// an alarm waiting: his 收到 is to it (freshReports), and the
		// duty chat waits for 确认 said as such
		return nil, nil, nil
	}
	return ws, fresh, nil
}

// confirmsInGroup are the report confirm-backs this process's copies hold
// waiting for others than t's sender in t's group (oldest asked first).
// A copy this process does not hold (another process asked, or it
// restarted) is not seen: the villager's 「1」 still files it.
func (r *Router) confirmsInGroup(t *turn) []waitingConfirm {
	var ws []waitingConfirm
	for key, b := range r.store.AskedCopiesUnder(r.scope(t), t.m.Chat+"|") {
		ws = append(ws, r.confirmsOf(t, key, b, b)...)
	}
	slices.SortFunc(ws, func(a, b waitingConfirm) int { return a.q.At.Compare(b.q.At) })
	return ws
}

// waitingNamed are the confirm-backs waiting in t's group, as
// err.unknownref.waiting names them (Name, Text), when t's sender is a
// cadre of the group: a number he writes that is not found may be meant
// for one of them, filed only when answered (「确认 #R2」 before 陈二's
// 「1」, rep97). Read from this process's copy: no round trip.
func (r *Router) waitingNamed(t *turn) []map[string]string {
	if t.where.Kind != words.InGrid || !t.who.Tends(t.where.Village, t.where.Grid) {
		return nil
	}
	var named []map[string]string
	for _, w := range r.confirmsInGroup(t) {
		named = append(named, map[string]string{"Name": r.shown(w.who), "Text": saidTexts(w.q)[0]})
	}
	return named
}

// otherAsked is the person whose questions key (chat|person key) keeps,
// when he is someone of t's place other than its sender.
func (r *Router) otherAsked(t *turn, key string) (village.Person, bool) {
	_, pkey, _ := strings.Cut(key, "|")
	who, _ := r.identify(t.where, pkey[strings.LastIndex(pkey, "/")+1:])
	return who, who.Key() == pkey && who.Key() != t.who.Key()
}

// confirmsOf are the report confirm-backs kept as b under key (chat|person
// key), all being the copy they were read from (nil: Redis).
func (r *Router) confirmsOf(t *turn, key string, b, all []byte) []waitingConfirm {
	who, ok := r.otherAsked(t, key)
	if !ok || who.IsCadre() {
		return nil
	}
	var ws []waitingConfirm
	qs, raws := readQuestions(b)
	for i, q := range qs {
		if q.Kind != words.AskConfirm || q.Claim || q.Type == village.Emergency {
			continue
		}
		if j := slices.IndexFunc(ws, func(w waitingConfirm) bool { return w.q.Text == q.Text }); j >= 0 {
			// the same words said again: one matter, asked as the
			// newest (listed once, filed once)
			ws[j].again, ws[j].q, ws[j].raw = append(ws[j].again, ws[j].raw), q, raws[i]
			continue
		}
		ws = append(ws, waitingConfirm{who: who, q: q, raw: raws[i], all: all})
	}
	return ws
}

// quotedConfirm are the confirm-backs of ws a cadre's quote names: of the
// villager it quotes, or the bot's question to her it quotes; of hers,
// those whose words the quote echoes most. Her questions are read from
// Redis when this process holds no copy of them.
func (r *Router) quotedConfirm(ctx context.Context, t *turn, ws []waitingConfirm) ([]waitingConfirm, error) {
	name := t.quote.Name
	if name == r.cfg.BotName {
		if !words.ContainsAnyOf(t.quote.Text, words.ConfirmAsked...) {
			return nil, nil
		}
		name = ""
		for _, w := range ws {
			if strings.HasPrefix(t.quote.Text, "@"+r.shown(w.who)) {
				name = r.shown(w.who)
			}
		}
		if name == "" {
			name, _, _ = strings.Cut(strings.TrimPrefix(t.quote.Text, "@"), "\u2005")
		}
	}
	ws = slices.DeleteFunc(ws, func(w waitingConfirm) bool { return r.shown(w.who) != name })
	if len(ws) == 0 && t.quote.Name == r.cfg.BotName {
		// the bot's question to her, of which this process holds no
		// copy: read (a quote of her own words is not worth a read)
		who, _ := r.identify(t.where, name)
		if who.IsCadre() || who.Key() == t.who.Key() {
			return nil, nil
		}
		key := t.m.Chat + "|" + who.Key()
		b, err := r.store.Asked(ctx, r.scope(t), key)
		if errors.Is(err, storage.ErrNotFound) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		ws = r.confirmsOf(t, key, b, nil)
	}
	best, in := 0, words.Bigrams(t.quote.Text)
	var picked []waitingConfirm
	for _, w := range ws {
		n := words.BigramsIn(words.Bigrams(words.Defuse(w.q.Text)), in)
		switch {
		case n > best:
			best, picked = n, append(picked[:0], w)
		case n == best:
			picked = append(picked, w)
		}
	}
	if best == 0 && t.quote.Name != r.cfg.BotName {
		return nil, nil // her other words, not the matter asked about
	}
	return picked, nil
}

// fileForCadre files w as its villager's answer would (her words, the
// reading proposed, her question taken in the filing's commit), taken on
// for t's sender (takenOnAnswer). When the copy it was decided on proved
// stale, her questions are read from Redis: one answered meanwhile is
// not filed again (filed false, nothing said). then, when set, is a
// change the same words make besides (splitsWaiting's), committed in the
// filing's round trip (storage.Change.Then).
func (r *Router) fileForCadre(ctx context.Context, t *turn, w waitingConfirm, take words.CadreTake, then *storage.Change) (filed bool, err error) {
	for {
		one := r.cadreFiling(t, w, take, then)
		err := r.answering(ctx, &one, w.lines(), nil, func(ctx context.Context) error {
			return r.report(ctx, &one, w.q.Text, w.q.Type)
		})
		t.nightSaid = one.nightSaid
		if err == nil {
			r.filedBack(t, w, one.cadreTook)
		}
		if w.all == nil || !errors.Is(err, errAskCopy) {
			return true, err
		}
		key := t.m.Chat + "|" + w.who.Key()
		b, err := r.store.Asked(ctx, r.scope(t), key)
		if errors.Is(err, storage.ErrNotFound) {
			return false, nil
		}
		if err != nil {
			return true, err
		}
		i := slices.IndexFunc(r.confirmsOf(t, key, b, nil), func(x waitingConfirm) bool { return bytes.Equal(x.raw, w.raw) })
		if i < 0 {
			return false, nil // answered meanwhile
		}
		w.all = nil
	}
}

// cadreFiling is t, a cadre's words, as w's villager's answer filing her
// matter (fileForCadre): her words, her question's photos, take the
// cadre's part in it, then what the words change besides.
func (r *Router) cadreFiling(t *turn, w waitingConfirm, take words.CadreTake, then *storage.Change) turn {
	one := *t
	one.out, one.keep, one.scope, one.then = nil, nil, "", then
	one.who, one.m.From, one.text, one.quote = w.who, r.shown(w.who), w.q.Text, nil
	one.command, one.forWhom, one.noDup = command{}, nil, false
	one.askCopy = w.all
	one.cadreTook = &take
	one.photosOf(w.q)
	r.speaksFor(&one, w.q)
	return one
}

// filedBack remembers, once c's report is filed for w's villager, that
// her 「1」 after it is told so (filedAlready).
func (r *Router) filedBack(t *turn, w waitingConfirm, c *words.CadreTake) {
	if c == nil || c.Ref == "" {
		return
	}
	back := words.FiledBack{Ref: c.Ref, At: t.at}
	if c.Took {
		back.By = cmp.Or(c.By, r.shown(c.Who))
	}
	r.filedFor.Put(t.m.Chat+"|"+w.who.Key(), back)
}

// filesTogether files ws, the confirm-backs of several villagers one
// message of a cadre names (splitsWaiting), each with its take, in one
// commit: their filings collected as one answer's are (filingsOf) and
// joined (joinFilings), each villager's question taken with it (checked
// against this process's copy when it was read from there), then riding
// on it. Filed one by one, the second's commit was refused against the
// grid's open reports the first changed, and read again (rep102). done
// is false when they cannot be one change (a filing says something
// else, or keeps something of its own before the last), or the commit
// was refused as stale: nothing was committed; they are filed one by one.
func (r *Router) filesTogether(ctx context.Context, t *turn, ws []waitingConfirm, takes []words.CadreTake, then *storage.Change) (done bool, err error) {
	if len(ws) < 2 || t.batch != nil {
		return false, nil
	}
	b := &batch{filings: true}
	ones := make([]turn, len(ws))
	night := t.nightSaid
	for i, w := range ws {
		ones[i] = r.cadreFiling(t, w, takes[i], nil)
		ones[i].batch, ones[i].nightSaid, ones[i].askCopy = b, night, nil
		err := r.report(ctx, &ones[i], w.q.Text, w.q.Type)
		if errors.Is(err, errApart) || err == nil && (len(b.items) != i+1 || !filed(b.items[i].c)) {
			return false, nil // on its own: a reply instead, or decided beside the other
		}
		if err != nil {
			return true, err // a read failed
		}
		b.items[i].kept, night = ones[i].evKeep, ones[i].nightSaid
	}
	// each filing assumes none of its villager's photos waits: one
	// guard a change holds (Unchanged), the others as checks among its
	// records
	var guards []storage.Kept
	for i := range b.items {
		if u := b.items[i].c.Unchanged; u != nil {
			if len(u.Value) > 0 {
				return false, nil // photos wait: on its own, as evidence knows
			}
			guards, b.items[i].c.Unchanged = append(guards, storage.Absent(u.Key)), nil
		}
	}
	c, ok := joinFilings(b.items, false)
	if !ok {
		return false, nil
	}
	c.MsgID, c.Then, c.Keep = t.m.ID, then, append(guards, c.Keep...)
	pos := 1
	for i, w := range ws {
		x := b.items[i].c
		if i < len(ws)-1 {
			// her photos to come are her item's (joinFilings keeps the
			// last's: one villager's several matters)
			ref := storage.RefPlaceholder
			if i > 0 {
				ref = storage.RefN(pos)
			}
			c.Keep = append(c.Keep, refsKept(x.Keep, ref)...)
		}
		c.Keep = append(c.Keep, storage.AskAnswered(askKey(&ones[i]), w.lines()...).DecidedOn(w.all))
		pos += docsOf(x)
	}
	res, err := r.commit(ctx, t, c)
	if errors.Is(err, storage.ErrConflict) || errors.Is(err, storage.ErrAskChanged) || errors.Is(err, storage.ErrKeptChanged) {
		return false, nil // changed meanwhile: one by one, as those paths know
	}
	if err != nil {
		return true, err
	}
	t.nightSaid = night
	pos = 1
	for i, w := range ws {
		x := b.items[i].c
		if pos <= len(res.Refs) {
			ref := res.Refs[pos-1]
			ones[i].cadreTook.Ref = ref
			r.filedBack(t, w, ones[i].cadreTook)
			r.filed(&ones[i], x.Report, ref)
		}
		pos += docsOf(x)
	}
	return true, nil
}

// takenOnAnswer takes the report a cadre's acceptance filed (turn.
// cadreTook) on for him, in the filing's commit, his words the note, when
// he may (the grid's leader); a grid worker's is the leader's to give
// him (指派), which the reply asks. Emergencies wait for 确认 said as
// such; procedure questions are answered.
func (r *Router) takenOnAnswer(t *turn, f *filing) error {
	c := t.cadreTook
	if c == nil || f.aboutCadre || f.rep.Type != village.General && f.rep.Type != village.Mediation {
		return nil
	}
	if len(c.Send) > 0 {
		if sent, err := r.sendsOnAnswer(t, f, c); sent || err != nil {
			return err
		}
	}
	took, err := r.takeOnFor(t, c.Who, c.Note, f.rep)
	if err != nil {
		return fmt.Errorf("confirm-back of %s: %w", t.who.Name, err)
	}
	if !took {
		// 「收到」 or a bare 「确认」 of a worker says he saw it, not that
		// he goes (rep111); 「我下午去看看」 does (its note)
		f.data["SeenBy"], f.data["SeenGoes"] = r.shown(c.Who), c.Note != ""
		return nil
	}
	c.Took = true
	f.data["OwnTaken"], f.data["TakenBy"], f.data["TakenNote"], f.data["Now"] = true, r.shown(c.Who), c.Note, t.at
	return nil
}

// sendsOnAnswer gives the report a leader's words filed (takenOnAnswer)
// to the cadre they send to it (c.send), as his 指派 of a new item would,
// in the filing's one commit: taken on and the cadre's (giveTo), due as
// if accepted, the 指派 step marked as read from his words; the group
// reply says so as 指派's does (data Assigned: the assign block's), and
// one not in the group is told privately. sent is false when the leader
// may not give it, or the cadre is of the reporter's side: taken on for
// the leader as before.
func (r *Router) sendsOnAnswer(t *turn, f *filing, c *words.CadreTake) (sent bool, err error) {
	rep := f.rep
	if ok, _, _ := r.may(c.Who, words.VAssign, *rep); !ok || slices.ContainsFunc(c.Send, rep.ReporterSide) {
		return false, nil
	}
	rep.SetDue(r.cfg.ResolveBy(rep.Type, t.at))
	data := map[string]any{"Now": t.at, "To": words.ToGroup, "Took": true}
	elsewhere := r.giveTo(c.Who, rep, c.Send, c.Task, data)
	names := strings.Join(data["Names"].([]string), "、")
	if err := rep.ApplyOn(r.cfg.Calendar(), village.ActAssign, c.Who.Name, t.at, strings.TrimSpace(names+" "+c.Task)); err != nil {
		return false, fmt.Errorf("give %s to %s: %w", rep.ID, names, err)
	}
	rep.History[len(rep.History)-1].Implied = true
	shown := *rep // its reference is the commit's
	shown.ID = storage.RefPlaceholder
	data["R"], data["Due"] = &shown, rep.Timed()
	for _, w := range elsewhere {
		f.alongOut = append(f.alongOut, bot.Outbound{To: r.shown(w), Kind: bot.Private, Priority: newsPriority(rep),
			Text: r.assignedElsewhere(c.Who, &shown, c.Task, t.at)})
	}
	if rep.Type == village.Mediation {
		data["Note"] = "" // a quarrel's notes are not the group's, as any mediation's 指派
	}
	c.Took, c.By = true, names
	f.data["OwnTaken"], f.data["TakenBy"], f.data["Assigned"], f.data["Now"] = true, r.shown(c.Who), data, t.at
	return true, nil
}

// filedAlready answers a villager's 「1」 (word) to a confirm-back a
// cadre's words filed for her within llm.confirm_ttl, when this process
// holds no question of hers (copied false): 「#R2 已经登记了，李四在办」,
// once. Its reply's commit is the one trip her 「1」 costs, the read of
// her questions it spares (they were taken with the filing).
func (r *Router) filedAlready(ctx context.Context, t *turn, word string, copied bool) (done bool, err error) {
	if copied || word != "1" && word != "登记" || t.where.Kind != words.InGrid {
		return false, nil
	}
	key := t.m.Chat + "|" + t.who.Key()
	back, ok := r.filedFor.Get(key)
	if !ok {
		return false, nil
	}
	r.filedFor.Delete(key)
	if t.at.Sub(back.At) > r.cfg.LLM.ConfirmTTL.Std() {
		return false, nil
	}
	return true, r.reply(ctx, t, "confirm.cadre.filed", map[string]any{"Ref": back.Ref, "By": back.By})
}

// cadreConfirmsAll answers a grid cadre's "都收到" (allAcked) while
// villagers' confirm-backs wait in the group: each is filed as her 「1」
// would file it and taken on for him (fileForCadre: his leader's to give
// a grid worker), and the group's fresh reports waiting beside them are
// his 确认 (a leader's), as "都确认" is. Each filing is its own commit,
// under a message id of its own (the villager's and her question's), so
// that a retry files none twice. done is false when no confirm-back
// waits: his words go on as before.
func (r *Router) cadreConfirmsAll(ctx context.Context, t *turn) (done bool, err error) {
	ws, fresh, err := r.confirmsAnswered(ctx, t)
	if err != nil || len(ws) == 0 {
		return err != nil, err
	}
	for _, w := range ws {
		each := *t
		each.m.ID = t.m.ID + "|" + w.who.Key() + "|" + strconv.FormatInt(w.q.At.UnixNano(), 36)
		if _, err := r.fileForCadre(ctx, &each, w, r.cadreTakes(t, ""), nil); err != nil {
			return true, err
		}
		t.nightSaid = each.nightSaid
	}
	if len(fresh) == 0 || !t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) {
		return true, nil
	}
	refs := make([]string, len(fresh))
	for i, rep := range fresh {
		refs[i] = "#" + rep.ID
	}
	_, err = r.run(ctx, t, string(words.VAccept)+" "+strings.Join(refs, " "))
	return true, err
}

// splitsWaiting answers a grid leader's one message splitting what waits
// in the group by its things, unquoted (「收到，坡路我马上叫人去撒盐，水管
// 让王五去看看」 with 张三's slope filed and 陈二's pipe waiting for her
// 「1」): each confirm-back a clause names is filed for its villager,
// given to the cadre the hand-over clause sends (or taken on for him,
// his other clauses the note), and the fresh reports the clauses name
// are his 指派 and 确认 as splitsFresh makes them, that change made in
// the last filing's round trip under a message id of its own (rep100).
// Two confirm-backs named (「收到，垃圾我联系环卫站，水管让王五去看看」 with
// both waiting) are both filed, each its own commit under an id of its
// own, as 「都收到」 files them (cadreConfirmsAll), where he was asked
// which one he meant (rep101). done is false unless a confirm-back is
// named, by one clause, each kind of clause names something, and one
// confirm-back alone goes with a fresh report.
func (r *Router) splitsWaiting(ctx context.Context, t *turn, ws []waitingConfirm, fresh []village.Report) (done bool, err error) {
	name, clause, rest, ok := r.splitClauses(t)
	if !ok {
		return false, nil
	}
	var named []waitingConfirm
	var toHim []bool
	for i := range ws {
		sent, his := splitOf(t, clause, rest, ws[i].q.Text)
		if sent != his {
			named, toHim = append(named, ws[i]), append(toHim, sent)
		}
	}
	found, sent, kept := r.splitFresh(t, clause, rest, fresh)
	sent, kept = sent || slices.Contains(toHim, true), kept || slices.Contains(toHim, false)
	if len(named) == 0 || len(named) == 1 && len(found) == 0 || !sent || !kept {
		return false, nil
	}
	var then *storage.Change
	if len(found) > 0 {
		if _, err := r.openOnce(ctx, t); err != nil { // the steps read them there (heldOpen)
			return true, err
		}
		c, ok, err := r.someOver(ctx, t, found, name, clause, rest, false)
		if err != nil || !ok {
			return err != nil, err
		}
		// not guarded by the grid's copy, which the filing before it in
		// the chain changes: each report's version guards its step
		c.MsgID = t.m.ID + "|split" // the filing's is the message's own
		then = &c
	}
	note := rest
	if n, ok := understand.TakesOn(rest); ok {
		note = n
	}
	p, err := r.people.Lookup(t.where.Village, name)
	if err != nil {
		return false, nil
	}
	takes := make([]words.CadreTake, len(named))
	for i := range named {
		takes[i] = words.CadreTake{Who: t.who, Note: note}
		if toHim[i] {
			takes[i] = words.CadreTake{Who: t.who, Send: []village.Person{p}}
		}
	}
	if done, err := r.filesTogether(ctx, t, named, takes, then); done {
		return true, err
	}
	filed := false
	for i, w := range named {
		take := takes[i]
		each, last := *t, i == len(named)-1
		if !last { // the message's own id is the last filing's
			each.m.ID = t.m.ID + "|" + w.who.Key() + "|" + strconv.FormatInt(w.q.At.UnixNano(), 36)
		}
		var chain *storage.Change
		if last {
			chain = then
		}
		one, err := r.fileForCadre(ctx, &each, w, take, chain)
		t.nightSaid = each.nightSaid
		if filed = filed || one; err != nil {
			return true, err
		}
	}
	return filed, nil
}
