package handlers

// Questions asked in free text, and replies to the bot's own messages: a
// question about points is answered as its command would be; a question
// quoting a report or claim gets its status; thanks get silence.

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// quotedReport answers free text that quotes one of the bot's messages
// about a report or a claim: a question ("什么时候能修好") gets its status,
// thanks and acknowledgements ("谢谢", "好的") get silence, and a grid
// leader's "好的" takes it on (his "收到": see ack; takeQuoted). done is
// false for anything else: a new matter told in the reply is read as
// usual.
func (r *Router) quotedReport(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.quote == nil || !t.addr {
		return false, nil
	}
	refs := village.FindRefs(t.quote.Text)
	done, read, err := r.awaitedRead(ctx, t, reading, refs)
	if done || err != nil {
		return done, err
	}
	if reading.Intent == village.IntentReport || reading.Intent == village.IntentClaim {
		return false, nil
	}
	if _, _, ok := r.claimNamed(t); ok && reading.Intent != village.IntentQuery {
		// "C1有问题…" quoting the 公示, "可以，给10分" quoting a claim; a
		// quote alone is no question to the bot: "C1没问题" to the 公示
		// agrees with it in the group
		if done, err := r.mentionedClaim(ctx, t, reading, t.called || t.where.Kind == words.InPrivate); done || err != nil {
			return true, err
		}
	}
	if len(refs) == 0 {
		// "好的", "谢谢" to a notice or any other message of the bot.
		return reading.Intent == village.IntentNoise && t.quote.Name == r.cfg.BotName, nil
	}
	switch {
	case t.quote.Name == r.cfg.BotName && words.AskedPost(t.quote.Text):
		return false, nil // the grid's answer to the township's question, whatever it reads as (noteHint)
	case t.quote.Name == r.cfg.BotName && strings.Contains(t.quote.Text, words.SettleAsked) && refs[0].Kind == 'R' && len(slices.Compact(slices.Clone(refs))) == 1:
		// "是" to "…是两家已经调解好、可以办结了吗": its 办结
		return true, r.settleAnswered(ctx, t, refs[0])
	case t.quote.Name == r.cfg.BotName && strings.Contains(t.quote.Text, words.QuestionNote) && refs[0].Kind == 'R' &&
		!strings.ContainsAny(t.text, "?？吗") && !words.IsAck(t.text) && !words.IsAssent(t.text):
		// "腊月二十上午发" from the leader quoting the question the bot
		// could not answer (unanswered): his 答复, which reaches the asker
		return r.run(ctx, t, "答复 #"+refs[0].String()+" "+t.text)
	case reading.Intent == village.IntentQuery:
		return r.run(ctx, t, "查 #"+refs[0].String())
	case refs[0].Kind == 'R' && t.who.Has(village.RoleLeader) &&
		(words.StartsWithAny(t.text, "好的", "马上", "明白", "知道了") || words.ContainsAnyOf(t.text, "到现场", "已到", "到了", "在路上")):
		return true, r.takeQuotedOf(ctx, t, words.ReportRefs(refs), t.text)
	case refs[0].Kind == 'R' && t.quote.Name == r.cfg.BotName && len(slices.Compact(slices.Clone(refs))) == 1:
		if done, err := r.quotedNews(ctx, t, refs[0], read); done || err != nil {
			// "灯泡买回来了" from its reporter quoting its overdue reminder
			return true, err
		}
		// "让王五去看看" from the leader, "好的 下午去" from the worker
		return r.quotedInWords(ctx, t, refs[0], read)
	}
	return true, nil
}

// quotedNews passes a villager's news of an open item, quoting the bot's
// message about it in the group (「灯泡买回来了」 to its overdue
// reminder), to its handlers as his words of it unquoted are (retold): he
// hears they were told and what comes next, not silence. A paused item's
// news is waitNews's; thanks, a 收到, a question, a cadre's words and a
// quarrel he is no party to are not news (done false).
func (r *Router) quotedNews(ctx context.Context, t *turn, ref village.Ref, read *village.Report) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.who.IsCadre() || !understand.HasContent(t.text) || words.IsAck(t.text) || words.IsAssent(t.text) ||
		words.ContainsAnyOf(t.text, words.ThanksWords...) || strings.ContainsAny(t.text, "?？吗") {
		return false, nil
	}
	var rep village.Report
	if read != nil && read.ID == ref.String() {
		rep = *read
	} else if rep, err = r.store.Report(ctx, storage.VillageScope(t.where.Village), ref.String()); errors.Is(err, storage.ErrNotFound) {
		return false, nil
	} else if err != nil {
		return true, err
	}
	mine := rep.ReportedBy(t.who) || rep.FollowedBy(t.who)
	if !rep.Status.Open() || rep.Status == village.StatusWaiting || rep.Status == village.StatusResolved || rep.Chat != t.m.Chat ||
		!mine && (rep.Type == village.Mediation || rep.Private()) {
		return false, nil
	}
	return r.retold(ctx, t, rep, words.Retelling{News: true, Adds: true})
}

// quotedInWords reads a grid cadre's plain words quoting the bot's
// message about one item as the command they mean: the leader's "让王五去
// 看看" is 指派 #R 王五 去看看 (taken on and assigned in one change, as
// 确认 that sends someone is), the worker's "好的 下午去" its 进展, "我去
// 不了 让何志强去吧" a hand-over (handsOverNoted), news
// of what a paused item waits for the news it is (waitNews). Other
// words quoting it are left alone (done, nothing said), as before.
func (r *Router) quotedInWords(ctx context.Context, t *turn, ref village.Ref, read *village.Report) (done bool, err error) {
	if done, err := r.waitNews(ctx, t); done || err != nil {
		// "老刘回来了" from its reporter quoting the pause: its handlers
		// hear what it waits for may have come, as unquoted
		return true, err
	}
	if t.where.Kind != words.InGrid || strings.ContainsAny(t.text, "?？吗") {
		return true, nil
	}
	if utf8.RuneCountInString(t.text) > 24 {
		return true, r.cadreQuoteNote(ctx, t)
	}
	id := "#" + ref.String()
	if read != nil && read.ID == ref.String() {
		// read once (awaitedRead): the command acts on it as read there
		t.known = []village.Report{*read}
		defer func() { t.known = nil }()
	}
	if names, note, ok := r.sendsCadre(t); ok {
		_, err = r.run(ctx, t, "指派 "+id+" "+strings.Join(names, "、")+" "+note)
		return true, err
	}
	if done, err := r.handsOverNoted(ctx, t, refNote{refs: []village.Ref{ref}, named: []string{id}, note: t.text}); done {
		// "我去不了 让何志强去吧" quoting the item's message: handed over
		// as the same words after its number are
		return true, err
	}
	if note, ok := understand.TakesOn(t.text); ok && t.who.Covers(village.RoleWorker, t.where.Village, t.where.Grid) {
		_, err = r.run(ctx, t, "进展 "+id+" "+note)
		return true, err
	}
	if _, goes := understand.PlansToGo(t.text); goes && t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) {
		// "我去看看" from the leader: taken on, or his plan on one taken
		return true, r.takeQuoted(ctx, t, ref, t.text)
	}
	return true, r.cadreQuoteNote(ctx, t)
}

// cadreQuoteNote reads a grid cadre's words of his work quoting the bot's
// message about one item as his unquoted words after its number are
// read (noteHint): "这个归水务站管 上报镇" is its 上报镇, "不是我们管的" is
// offered as its 驳回, news as its 进展. Anyone else's words, his words
// of no work ("辛苦了", "谢谢"), and words noteHint leaves, get no
// answer, as before.
func (r *Router) cadreQuoteNote(ctx context.Context, t *turn) error {
	if !t.who.Tends(t.where.Village, t.where.Grid) || !words.TellsWork(t.text, t.at) {
		return nil
	}
	_, err := r.noteHint(ctx, t, village.Reading{Intent: village.IntentNoise})
	return err
}

// mentionedReport reads news naming one earlier report by its number
// ("上次 #R1 说的路灯又坏了") as news about it, not as a new matter with
// the number dropped: the reporter of a resolved one is shown 满意 and
// 未解决; anyone else following an open one joins it; a closed one is no
// longer worked on, so the sender is asked whether to file a new item,
// which keeps the reference. A privately reported item is nobody else's
// business: for anyone but its reporter the text is read as usual.
func (r *Router) mentionedReport(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	rep, ok, err := r.oneReport(ctx, t, village.FindRefs(t.text))
	if !ok || err != nil {
		return false, err
	}
	if done, err := r.awaited(ctx, t, reading, rep); done || err != nil {
		return done, err
	}
	switch {
	case rep.Chat == "" && !rep.ReportedBy(t.who) && !rep.RecordedBy(t.who):
		return false, nil
	case rep.Status.Open():
		return true, r.follow(ctx, t, question{Kind: words.AskDup, Text: t.text, Type: reading.Type, Ref: rep.ID, Village: rep.Village, Msg: t.m.ID})
	}
	return true, r.confirmAfter(ctx, t, reading, &rep)
}

// mentionedClaim answers free text that names a points claim or award
// of the village by its number ("C11我有意见，陈二家烧秸秆我亲眼看见的，扣
// 得对") and is no objection command: talk about that item, never a new
// report. The sender is told what he can do (查, and 异议 while it is
// in 公示); one that plainly agrees, in a group and not to the bot, is
// left alone: agreeing asks nothing of anyone, and an answer to each
// "扣得对" would only crowd the group. A new claim that names an earlier
// one is read as usual, and so is a number that names no claim here or
// no claim at all (see claimTalk).
func (r *Router) mentionedClaim(ctx context.Context, t *turn, reading village.Reading, addressed bool) (done bool, err error) {
	if !r.claims() || reading.Intent == village.IntentClaim {
		return false, nil
	}
	ref, written, ok := r.claimNamed(t)
	if !ok {
		return false, nil
	}
	c, _, err := r.points.findClaim(ctx, t, ref)
	if errors.Is(err, storage.ErrNotFound) || errors.Is(err, errAmbiguous) {
		return false, nil
	}
	if err != nil {
		return true, err
	}
	if !addressed && words.Agrees(t.text) {
		return true, nil
	}
	open := c.Status == village.ClaimObjected || c.Status == village.ClaimApproved && !c.PublishedAt.IsZero() && c.InWindow(t.at)
	data := map[string]any{"Ref": c.ID, "Pending": c.Status == village.ClaimPending, "Open": open}
	said := strings.Trim(words.StripRefs(t.text, 'C'), " ，,。:：")
	switch {
	case open && c.Status == village.ClaimApproved && words.Disagrees(said):
		// "C1有问题，那天是我扶的老人" quoting the 公示: his objection, to confirm
		data["Object"] = said
	case c.Status == village.ClaimObjected:
		if may, _ := r.points.mayScore(t.who, c.Village, c.Grid, c.Household, "维持"); may {
			// "C6我又去看了 确实是他家烧的 维持吧": the two commands
			data["Settle"] = true
		}
	case c.Status == village.ClaimPending:
		if may, _ := r.points.mayScore(t.who, c.Village, c.Grid, c.Household, "同意"); may {
			// "#C4 可以，给10分吧": the two commands, never a guess
			data["Review"] = true
			if m := words.AskPoints.FindStringSubmatch(words.FoldDigits(said)); m != nil {
				data["Points"] = m[1]
			}
		}
	}
	if !written && data["Object"] == nil && data["Review"] == nil && data["Settle"] == nil {
		return false, nil // "不行，那天他没去" quoting a claim, from a villager: the scorers' to weigh
	}
	return true, r.reply(ctx, t, "points.mentioned", data)
}

// claimNamed is the claim free text names: a claim's number written with
// #, or with words about points (see claimTalk), or one the quoted bot
// message names or that is about points ("C1有问题" quoting the 公示,
// which WeChat may cut short), written; else the one claim the quoted bot
// message is about.
func (r *Router) claimNamed(t *turn) (ref string, written, ok bool) {
	var quoted []village.Ref
	if t.quote != nil && t.quote.Name == r.cfg.BotName {
		quoted = village.FindRefs(t.quote.Text)
	}
	refs := village.FindRefsAt(t.text)
	if i := slices.IndexFunc(refs, func(x village.RefAt) bool { return x.Kind == 'C' }); i >= 0 {
		aboutPoints := t.quote != nil && t.quote.Name == r.cfg.BotName && strings.Contains(t.quote.Text, "积分")
		if refs[i].Hash || words.ContainsAnyOf(t.text, words.ClaimTalk...) || slices.Contains(quoted, refs[i].Ref) || aboutPoints || words.Judged(refs[i].After) ||
			reviewsByNumber(t, refs[i]) {
			return refs[i].String(), true, true
		}
		return "", false, false
	}
	if cs := words.ClaimRefs(quoted); len(refs) == 0 && len(cs) == 1 {
		return cs[0], false, true
	}
	return "", false, false
}

// reviewsByNumber reports whether x, a claim's number written without #,
// opens the message of someone who reviews claims ("C4 给8分吧", "C6我又去
// 看了 确实是他家烧的 维持吧"): his word on that claim, whose next step is
// the command.
func reviewsByNumber(t *turn, x village.RefAt) bool {
	return (t.who.Has(village.RoleScorer) || t.who.Has(village.RoleOfficer)) &&
		strings.HasPrefix(strings.ToUpper(strings.TrimSpace(t.text)), x.String())
}

// oneReport is the report refs name when they name one report only (once
// or repeated); ok is false for none, a list, a claim, or a number that
// is no report here.
func (r *Router) oneReport(ctx context.Context, t *turn, refs []village.Ref) (rep village.Report, ok bool, err error) {
	if len(refs) == 0 || refs[0].Kind != 'R' || slices.ContainsFunc(refs, func(x village.Ref) bool { return x != refs[0] }) {
		return village.Report{}, false, nil
	}
	rep, _, err = r.find(ctx, t, refs[0].String())
	if errors.Is(err, storage.ErrNotFound) || errors.Is(err, errAmbiguous) {
		return village.Report{}, false, nil
	}
	return rep, err == nil, err
}

// awaitedAnswer answers the reporter (or the recorder who answers for
// him) who replies in his own words to the bot's message about his one
// resolved report, which waits for his 满意 or 未解决. The reporter who
// says it is fixed and thanks ("好了谢谢", "修好了，谢谢网格长") has said
// 满意: it is recorded as such, and he is told how to take it back.
// Anything else is no new matter and no idle thanks either: words that say plainly it is not fixed ("还是不亮", "又
// 坏了") are his 未解决, recorded, and he is told how to take it back;
// others ("谢谢，但是…") show him the two answers, his words as the reason,
// the report not changed on a guess. done is false for a question
// (answered with its status) or anyone else.
func (r *Router) awaitedAnswer(ctx context.Context, t *turn, reading village.Reading, quoted []village.Ref) (done bool, err error) {
	done, _, err = r.awaitedRead(ctx, t, reading, quoted)
	return done, err
}

// awaitedRead is awaitedAnswer, also giving the report it read (nil when
// it read none), for what the message is read as next to act on without
// reading it again (quotedInWords).
func (r *Router) awaitedRead(ctx context.Context, t *turn, reading village.Reading, quoted []village.Ref) (done bool, read *village.Report, err error) {
	if reading.Intent == village.IntentQuery {
		return false, nil, nil
	}
	rep, ok, err := r.oneReport(ctx, t, quoted)
	if !ok || err != nil {
		return false, nil, err // a list of items, or none: nothing is awaited
	}
	if rep.Status == village.StatusResolved && rep.ReportedBy(t.who) && plainWordsOf(t.said(), reading).fixedOf(rep) {
		// the recorder (代报) is still shown the answers: his thanks may
		// be his own, not the reporter's word
		t.implied = true
		return true, nil, r.lifecycleOf(ctx, t, command{verb: words.VConfirm, word: "满意", args: t.text}, quoted[:1])
	}
	if _, plain := words.DeniedOf(t.text, rep.Text); rep.Status == village.StatusResolved && rep.ReportedBy(t.who) &&
		(words.SaysNotFixed(t.text) || plain && reading.Intent != village.IntentReport) {
		// "还是不亮", "还是吵" to the 办结 message: his 未解决, with his words
		t.implied = true
		return true, nil, r.lifecycleOf(ctx, t, command{verb: words.VReopen, word: "未解决", args: words.Defuse(t.text)}, quoted[:1])
	}
	done, err = r.awaited(ctx, t, reading, rep)
	return done, &rep, err
}

// awaitedUnnamed answers the reporter who, neither quoting the bot nor
// naming the item, says in his own words how his matter turned out. Of his
// one resolved report, which waits for his 满意 or 未解决, words that say
// plainly it is not fixed ("还是没修好", "灯还是不亮", "又坏了") are his
// 未解决 with those words, and words that say it is fixed and thank ("修
// 好了，谢谢", "亮了 谢谢") his 满意: each is recorded, and he is told how
// to take it back. Words less plain, or of several resolved reports, or
// while another open item of his may be meant, get the two answers shown,
// nothing changed. With nothing of his resolved, words that say his one
// open item (see stillOpen) is not fixed yet are passed to its handlers
// (ownRepeated), in the group or privately (where all his items are his). done is false when the words say neither, tell of
// another matter (a report of another category), or he has no such item
// here.
func (r *Router) awaitedUnnamed(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	w := plainWordsOf(t.said(), reading)
	thanks := !w.fixed && !w.pleased && !w.accepts && !w.objects && words.ThanksAlone(t.text)
	spoken := w.fixed || w.pleased || words.ContainsAnyOf(t.text, words.NotFixedWords...) || w.flares || w.unkept || w.accepts || w.objects || words.BareDissatisfied(t.text)
	if t.quote != nil || reading.Intent == village.IntentClaim || !spoken && !thanks && !words.DeniesInWords(t.text) ||
		len(village.FindRefs(t.text)) > 0 {
		// most of a group's talk: no Redis read
		return false, nil
	}
	a := unnamedAnswer{reading: reading, w: w, pleased: w.pleased}
	if err := r.readUnnamed(ctx, t, &a, spoken); err != nil {
		return true, err
	}
	if thanks {
		// "谢谢网格长" after the 办结 says neither answer: his one item
		// waiting for it is shown both; thanks of anyone else are chat
		if a.copied {
			return r.unnamedStored(ctx, t, &a)
		}
		if len(a.waiting) == 1 && a.waiting[0].ReportedBy(t.who) && r.onlyOneMeant(t, a.waiting[0], a.open) {
			return true, r.confirmHint(ctx, t, a.waiting[0], "")
		}
		return false, nil
	}
	asked := notYetAsked(t, a.waiting)
	if len(asked) > 0 {
		// a question the bot asked him since wins: 「还没」 answers what
		// it asked last (notYetLater)
		var done bool
		if asked, done, err = r.notYetLater(ctx, t, asked); done {
			return true, err
		}
	}
	if len(asked) == 1 {
		// "还没" to the 办结's or the 回访's 「问题解决了吗」 lately: his
		// 未解决 of the item asked, whatever else he follows
		return r.unnamedSettle(ctx, t, &a, command{verb: words.VReopen, word: "未解决", args: words.Defuse(t.text)}, asked[0])
	} else if len(asked) > 1 {
		return r.notYetPick(ctx, t, &a, asked)
	}
	meant := slices.DeleteFunc(slices.Clone(a.waiting), func(rep village.Report) bool {
		// plain words without thanks are of an item only when they name
		// nothing else fixed ("天亮了", "门修好了" of a lamp are chat)
		return !w.about(rep) || w.fixed && !w.thanked && !w.fixedOf(rep)
	})
	if w.accepts && len(meant) == 1 && meant[0].Type == village.Mediation {
		// "镇里量好了 我认" from the reporter of a settled quarrel: his 满意
		a.pleased = true
	}
	if (w.accepts || w.objects) && len(meant) == 0 {
		if acc, ok := r.acceptedBy(t, w, a.open); ok {
			return r.unnamedPartyAccepts(ctx, t, &a, acc)
		}
	}
	if len(meant) > 0 {
		return r.unnamedMeant(ctx, t, &a, meant)
	}
	return r.unnamedNoneMeant(ctx, t, &a)
}

// unnamedAnswer is awaitedUnnamed's state of one answer: the sender's
// words, and the grid's open items they were decided on.
type unnamedAnswer struct {
	reading village.Reading
	w       plainWords
	pleased bool // his words are 满意 (w.pleased, or his acceptance of a settlement)
	// followed says the items are the copy this process follows (every,
	// read as chosen), copied that the copy was not read of Redis now
	followed, copied bool
	every            []village.Report
	chosen           storage.IndexRead
	open, waiting    []village.Report // his grid's open items; those waiting for his answer
}

// readUnnamed reads the open items a's words may be of.
func (r *Router) readUnnamed(ctx context.Context, t *turn, a *unnamedAnswer, spoken bool) error {
	read := r.openHere
	if !spoken {
		// "还在放", "又来了", "谢谢": words said in other talk too ("还在
		// 上班", "鸡又来了"), which cost no read for them
		read = r.openFollowed
	}
	// Plain words in a group ("还是吵" to the 办结) are first answered on
	// the grid's open reports as this process follows them, no read: only
	// his 满意 or 未解决 is made on such a copy (settle), and its commit
	// holds only while they are all as read; anything else is decided on
	// them as stored (stored), as before.
	a.followed = spoken && t.where.Kind == words.InGrid && !t.reread && !t.openStored
	if a.followed {
		read = func(ctx context.Context, t *turn) ([]village.Report, error) {
			var err error
			a.every, a.chosen, err = r.openComplete(ctx, t)
			public, _ := words.SplitPrivate(a.every)
			return public, err
		}
	}
	open, err := read(ctx, t)
	if err != nil {
		return err
	}
	a.open = open
	// a read of Redis decides all, as openHere's
	a.copied = a.followed && a.chosen.Copied()
	a.waiting = r.fitting(t, words.VConfirm, open)
	if !a.w.fixed && !a.w.pleased {
		// an item reopened on his words is taken back with 满意 words
		// only: his "还是吵" of it is news for its handlers (below)
		a.waiting = slices.DeleteFunc(a.waiting, func(rep village.Report) bool { return rep.Status != village.StatusResolved })
	}
	return nil
}

// unnamedStored answers a's words again, on the grid's open items as
// stored.
func (r *Router) unnamedStored(ctx context.Context, t *turn, a *unnamedAnswer) (bool, error) {
	t.openStored = true
	return r.awaitedUnnamed(ctx, t, a.reading)
}

// unnamedSettle makes cmd, his 满意 or 未解决, of rep.
func (r *Router) unnamedSettle(ctx context.Context, t *turn, a *unnamedAnswer, cmd command, rep village.Report) (bool, error) {
	t.implied = true
	if !a.followed {
		return true, r.lifecycleOf(ctx, t, cmd, words.RefOf(rep))
	}
	t.decidedOn, t.checked = a.chosen, checkedBut(a.every, rep.ID)
	err := r.lifecycleOf(ctx, t, cmd, words.RefOf(rep))
	t.decidedOn, t.checked = storage.IndexRead{}, nil
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		// another process changed the grid's items since: read
		// them, and answer again
		t.out, t.command, t.implied, t.aside = nil, command{}, false, false
		return r.awaitedUnnamed(ctx, t, a.reading)
	}
	return true, err
}

// acceptedBy is the one item of open whose settlement the sender's words
// w accept or object to, as a party to it.
func (r *Router) acceptedBy(t *turn, w plainWords, open []village.Report) (village.Report, bool) {
	// "镇里量好了 我认" from the other party of a settled quarrel, or
	// from either while the township works on it: his word that he
	// accepts the settlement, for those who mediate it; "凭什么退 我
	// 不服" from the other party: his word that he does not (the
	// reporter's is his 未解决)
	acc := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		return !r.partyTo(t.who, rep) || rep.Status != village.StatusResolved && rep.Status != village.StatusEscalated ||
			w.objects && rep.ReportedBy(t.who)
	})
	if len(acc) != 1 {
		return village.Report{}, false
	}
	return acc[0], true
}

// unnamedPartyAccepts records a party's word on the settlement of acc.
func (r *Router) unnamedPartyAccepts(ctx context.Context, t *turn, a *unnamedAnswer, acc village.Report) (bool, error) {
	// decided on the copy, its commit holds only while the grid's
	// open items are as read (the item too)
	var guard storage.Change
	if a.copied {
		guard = storage.Change{Read: a.chosen, Docs: checkedBut(a.every, "")}
	}
	err := r.partyAccepts(ctx, t, acc, guard, a.w.objects)
	if !a.copied {
		return true, err
	}
	return r.unnamedCommitted(ctx, t, a, err)
}

// unnamedCommitted ends a commit decided on the grid's open items as read
// for a (awaitedUnnamed): when another process changed them since (a
// conflict), they are read again and the words answered again, once.
func (r *Router) unnamedCommitted(ctx context.Context, t *turn, a *unnamedAnswer, err error) (bool, error) {
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		t.out = nil
		return r.awaitedUnnamed(ctx, t, a.reading)
	}
	return true, err
}

// unnamedMeant answers words of meant, the items waiting for his answer
// that they are about (one or more).
func (r *Router) unnamedMeant(ctx context.Context, t *turn, a *unnamedAnswer, meant []village.Report) (bool, error) {
	fixed, pleased := a.w.fixed, a.pleased
	switch {
	case len(meant) > 1 && a.copied:
		return r.unnamedStored(ctx, t, a)
	case len(meant) > 1:
		// which of them he means only he can say
		reason := words.NotFixedReason(t.text, fixed)
		data := map[string]any{"Who": t.who.Name, "Fixed": fixed, "Reason": reason, "Group": t.where.Kind != words.InPrivate}
		listed(data, meant, func(_ int, rep village.Report) string { return "未解决 #" + rep.ID + " " + cmp.Or(reason, "原因") })
		return true, r.reply(ctx, t, "confirm.hint.many", data)
	case !fixed && !pleased && !words.PressesOnly(t.text) && r.otherMeant(ctx, t, meant[0]):
		// "水管还在漏呢" from the reporter of a lamp waiting for his
		// answer, while the pipe someone else reported was resolved:
		// news of the pipe (settledNews), not his 未解决 of the lamp. A
		// press ("电线那个咋还没人来") says nothing is undone: it is
		// asked below, with no read of the settled items (rep109)
		return false, nil
	}
	rep, waiting, open := meant[0], a.waiting, a.open
	if len(waiting) == 1 && pleased && (rep.ReportedBy(t.who) || rep.RecordedBy(t.who)) && r.onlyOneMeant(t, rep, open) {
		// "问了 奶奶说不漏了 挺满意的": 满意 said in a sentence, by
		// the reporter or the recorder who was asked to check
		return r.unnamedSettle(ctx, t, a, command{verb: words.VConfirm, word: "满意", args: t.text}, rep)
	}
	if len(waiting) == 1 && rep.ReportedBy(t.who) && (fixed && words.FixedMeant(t.text, rep, open, t.who) || r.onlyOneMeant(t, rep, open)) {
		// the recorder (代报) is still shown the answers: his words
		// may be his own, not the reporter's
		switch {
		case fixed:
			return r.unnamedSettle(ctx, t, a, command{verb: words.VConfirm, word: "满意", args: t.text}, rep)
		case !fixed && words.PressesOnly(t.text):
			// "电线那个咋还没人来" hours after his wire's 办结: pressing,
			// nothing said of his wire back or not fixed. Another's open
			// item his words name is pressed (chased); else he is asked
			// (rep108: his item was reopened silently)
			if len(othersPressed(t, open, words.ChaseSubject(t.text), a.reading, r.groupOf(t.gridSpoken()))) > 0 {
				return false, nil
			}
			// both answers shown: nothing changes, so the copy will do
			return true, r.confirmHint(ctx, t, rep, "")
		case !fixed && a.w.notFixed(rep):
			return r.unnamedSettle(ctx, t, a, command{verb: words.VReopen, word: "未解决", args: words.Defuse(t.text)}, rep)
		}
	}
	if a.copied {
		return r.unnamedStored(ctx, t, a)
	}
	return true, r.confirmHint(ctx, t, rep, words.NotFixedReason(t.text, fixed))
}

// notYetPick asks the reporter whose bare "还没" fits several items asked
// lately (notYetAsked) which, numbered: his number is 「未解决 #R 还没」 as
// typed. A mediation item in a group keeps the typed list (its 未解决 is
// asked privately). Decided on the grid's open items as this process
// follows them (a.copied), the pick's commit holds only while they are as
// read (turn.copies: the index's generation and each item's version);
// another process's change since refuses it, and the message is handled
// again on the items as stored (Router.Handle).
func (r *Router) notYetPick(ctx context.Context, t *turn, a *unnamedAnswer, asked []village.Report) (bool, error) {
	if t.where.Kind != words.InPrivate && slices.ContainsFunc(asked, func(rep village.Report) bool { return rep.Type == village.Mediation }) {
		return r.unnamedMeant(ctx, t, a, asked) // which, listed
	}
	if a.copied {
		t.copies.addChecked(storage.VillageScope(t.where.Village), a.chosen, checkedBut(a.every, ""))
	}
	note := words.Defuse(t.text)
	return true, r.pickReply(ctx, t, asked, func(_ int, rep village.Report) string { return "未解决 #" + rep.ID + " " + note },
		note, "confirm.hint.many", map[string]any{"Who": t.who.Name, "Items": asked, "Group": t.where.Kind != words.InPrivate, "Note": note})
}

// unnamedNoneMeant answers words of none of the items waiting for his
// answer: a quarrel he is party to broken out again, his kin's item, or
// his one open item not fixed yet.
func (r *Router) unnamedNoneMeant(ctx context.Context, t *turn, a *unnamedAnswer) (bool, error) {
	w, pleased, open := a.w, a.pleased, a.open
	if w.fixed && !w.thanked {
		// "好了 不漏了" of his item still being worked on, that they name
		// (saysFixed); of nothing: chat, as it was before plain words
		// were read (no read of the stored items)
		if t.where.Kind == words.InGrid || t.where.Kind == words.InPrivate {
			if done, err := r.saysFixed(ctx, t, a); done || err != nil {
				return done, err
			}
		}
		return false, nil
	}
	if w.fixed || t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate {
		if w.thanked && (t.where.Kind == words.InGrid || t.where.Kind == words.InPrivate) {
			// decided on the copy, its commit holds only while the
			// grid's open items are as read; of none, as before
			if done, err := r.saysFixed(ctx, t, a); done || err != nil || !a.copied {
				return done, err
			}
		}
		if a.copied {
			return r.unnamedStored(ctx, t, a)
		}
		return false, nil
	}
	kin := w.ofKin(t.who, open, func(rep village.Report) bool { return r.partyTo(t.who, rep) })
	if len(kin) == 1 && !pleased && w.quarrelBack(kin[0]) && r.partyTo(t.who, kin[0]) && r.onlyOneMeant(t, kin[0], open) {
		// "又吵起来了" from the other side of a settled quarrel: it is not
		// settled, whoever says so; reopened on his words
		return r.unnamedSettle(ctx, t, a, command{verb: words.VReopen, word: "未解决", args: words.Defuse(t.text)}, kin[0])
	}
	switch {
	case a.copied && w.flares && !pleased:
		// news of a quarrel not waiting for his answer ("调解了好几次都没
		// 用" while it is mediated) is quarrelFlared's, whose commit
		// checks the item and, refused, decides again on Redis
		return false, nil
	case a.copied && !r.mayBeHis(t, w, open):
		// neither answer of his, and no item the rest below is of (his
		// household's settled one, his own being worked on): the words
		// go on to the readers after (neighbourUndone), whose commit
		// checks the item it changes (refused: read again); no read
		return false, nil
	case a.copied && (len(kin) != 1 || pleased) && len(stillOf(t, w, open)) != 1 && r.partyYieldTold(t, a.every):
		// neither answer of his, nothing below is of these words on the
		// copy, and they are a party's yield partyWords tells in a
		// commit ("张三家的事就算了" in a quarrel being mediated): they go
		// on to it with no read, every commit of the turn holding only
		// while the grid's open items are as read (turn.copies; refused,
		// the message is handled again on them as stored,
		// Router.Handle). Words nothing commits are decided on a read,
		// as before (rt74)
		t.copies.addChecked(storage.VillageScope(t.where.Village), a.chosen, checkedBut(a.every, ""))
		return false, nil
	case a.copied:
		// neither answer of his: the rest as before
		return r.unnamedStored(ctx, t, a)
	}
	if len(kin) == 1 && !pleased && words.Sharer(t.who, kin[0]) {
		// "我家门口的还是堵着呢" from a neighbour who joined it ("我家也
		// 是", 重复): his household's share, news its handlers are asked
		// to look at, as anyone's (settledNews)
		return true, r.reply(ctx, t, "settled.news", map[string]any{"Now": t.at, "Who": t.who.Name, "R": &kin[0], "Resolved": words.ClosedAt(kin[0])})
	}
	if len(kin) == 1 && !pleased {
		// "灯还是不亮" from the reporter's wife, "还是臭" from the one whose
		// report of it was merged into it (重复): the reporter's to
		// answer, not a new matter; she is told how
		return true, r.reply(ctx, t, "confirm.hint.kin", map[string]any{"Who": t.who.Name, "Ref": "#" + kin[0].ID,
			"Reporter": kin[0].Reporter, "Aside": kin[0].Type == village.Mediation})
	}
	return r.stillNotFixed(ctx, t, w, open)
}

// saysFixed answers the reporter who thanks and says his matter is fixed
// ("谢谢网格员 路灯修好了", "亮了亮了 谢谢") before anyone has said 办结: of
// his items still being worked on (stillOpen), the one the words name (a
// word of its text, the thing said fixed, or what works again: 亮 of a
// lamp 不亮). His words are kept on it (ActSaid: 查 shows them), its
// handlers are asked to 办结 it (in the group, @ them; privately, each
// privately), and he hears it closes once they do, in one commit; 办结
// stays theirs, 满意 his after it. Of several such items and words that
// name several of them, he is asked which. done is false when he has none:
// thanks for anything else are chat.
func (r *Router) saysFixed(ctx context.Context, t *turn, a *unnamedAnswer) (done bool, err error) {
	var named, settled []village.Report
	for _, rep := range a.open {
		switch {
		case !fixedNamed(t.text, rep):
		case words.StillOpen(rep, t.who) && rep.Type == village.General || words.FollowsOpen(rep, t.who):
			named = append(named, rep)
		case words.FollowsSettled(rep, t.who):
			settled = append(settled, rep)
		}
	}
	switch {
	case len(named) == 0 && len(settled) == 1:
		// 「亮了亮了 谢谢」 from who joined it, after its 办结 (rep109)
		return r.unnamedCommitted(ctx, t, a, r.followerSettled(ctx, t, settled[0], true, a))
	case len(named) == 0:
		return false, nil
	case len(named) > 1 && a.copied:
		return r.unnamedStored(ctx, t, a)
	case len(named) > 1:
		return true, r.reply(ctx, t, "report.saysfixed.which", map[string]any{"Who": t.who.Name, "Items": named, "Group": t.where.Kind != words.InPrivate})
	}
	rep := named[0]
	me := r.shown(t.who)
	private := t.where.Kind == words.InPrivate
	follower := !rep.ReportedBy(t.who)
	if saidFixedBefore(rep, me, follower) && len(t.m.Images) == 0 {
		// 「排水沟通了 谢谢李四」 again: he is thanked, its handlers were
		// asked already and are not @-ed again (rep110)
		return true, r.reply(ctx, t, "report.saysfixed", map[string]any{"R": &rep, "Who": me, "Private": private, "Follower": follower, "Again": true})
	}
	if follower {
		// one whose report was merged into it: his words are news for
		// its handlers, the 满意 after the 办结 stays its reporter's
		rep.Tell(me, t.at, words.ShortText(t.text))
		rep.History[len(rep.History)-1].Aside = private && !rep.Private()
	} else {
		rep.SayFixed(me, t.at, words.ShortText(t.text), private && !rep.Private())
	}
	data := map[string]any{"R": &rep, "Who": me, "Text": words.ShortText(t.text), "Private": private, "Wake": r.wake(t), "Follower": follower,
		"Handlers": slices.DeleteFunc(slices.Clone(rep.Handlers), func(h string) bool { return h == me })}
	handler := "report.saysfixed.handler"
	if !private {
		handler = "" // asked in the group, where he said it
	}
	c := storage.Change{Scope: storage.VillageScope(rep.Village), Report: &rep,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "saysfixed", Note: rep.ID + " " + words.ShortText(t.text)}}
	if withPhotos(t, &rep, data) {
		// the photo of it fixed, sent with his words, is the item's
		c.More = []storage.Audit{photosAudit(t, rep)}
	}
	if a.copied {
		c.Read, c.Docs = a.chosen, checkedBut(a.every, rep.ID)
	}
	return r.unnamedCommitted(ctx, t, a, r.tellAndAnswer(ctx, t, &rep, handler, data, "report.saysfixed", data, c))
}

// saidFixedBefore reports whether who said rep is fixed since its last
// step (its reporter's word that still stands, or a follower's words kept
// on it): his saying it again asks nobody anew.
func saidFixedBefore(rep village.Report, who string, follower bool) bool {
	if !follower {
		said, ok := rep.FixedSaid()
		return ok && said.By == who
	}
	last, ok := rep.LastStep()
	return ok && words.ToldSince(rep, who, last.At)
}

// fixedNamed reports whether text, words that something is fixed, name
// rep: a word of its text, the thing said fixed, or what works again (亮
// of a lamp 不亮).
func fixedNamed(text string, rep village.Report) bool {
	subject := words.FixedSubject(text)
	return words.SharesBigram(text, rep.Text) || subject != "" && strings.ContainsAny(rep.Text, subject) || subject == "" && words.BackToWork(text, rep.Text) ||
		words.WayPassable(text, rep.Text)
}

// followerSettled answers one whose report was merged into rep, resolved
// and waiting on its reporter (words.FollowsSettled), who says it is fixed
// (pleased) or not: thanked, the reporter asked for his 满意, or its
// handlers asked to look (settled.news). Its 满意 and 未解决 stay its
// reporter's: his word that it is fixed is kept on it (ActSaid), so that
// saying it again thanks him without @-ing the reporter again (rep110).
// a, when the words were read on the grid's items as this process follows
// them, guards the commit.
func (r *Router) followerSettled(ctx context.Context, t *turn, rep village.Report, pleased bool, a *unnamedAnswer) error {
	if !pleased {
		return r.reply(ctx, t, "settled.news", map[string]any{"Now": t.at, "Who": t.who.Name, "R": &rep, "Resolved": words.ClosedAt(rep)})
	}
	me, private := r.shown(t.who), t.where.Kind == words.InPrivate
	data := map[string]any{"Who": me, "R": &rep, "Group": !private, "Again": words.ToldSince(rep, me, words.ClosedAt(rep))}
	if data["Again"] == true {
		return r.reply(ctx, t, "settled.follower", data)
	}
	rep.Tell(me, t.at, words.ShortText(t.text))
	rep.History[len(rep.History)-1].Aside = private && !rep.Private()
	c := storage.Change{Scope: storage.VillageScope(rep.Village), Report: &rep,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "followersaid", Note: rep.ID + " " + words.ShortText(t.text)}}
	if a != nil && a.copied {
		c.Read, c.Docs = a.chosen, checkedBut(a.every, rep.ID)
	}
	return r.tellAndAnswer(ctx, t, &rep, "", nil, "settled.follower", data, c)
}

// plainWords are what a sender's plain words (text, read as reading) say
// of how his matter turned out, for awaitedUnnamed: fixed with thanks,
// pleased, or (flares) a quarrel broken out again; subject is what he says
// is not fixed ("灯" of "灯还是不亮").
type plainWords struct {
	text    string
	said    understand.Said
	reading village.Reading
	// fixed: he says it is fixed, with thanks (thanked: "好了 谢谢") or
	// plainly without ("没事了 灯亮了", see fixedPlainly)
	fixed, thanked, pleased bool
	flares                  bool
	// unkept: a settlement's promise not done ("300块一分没给"): of a
	// settled quarrel, as flares are
	unkept bool
	// accepts: a party says he accepts how a quarrel was settled ("镇里
	// 量好了 我认", "我没意见"): of a mediation item only; objects: he
	// says he does not ("凭什么退 我不服")
	accepts, objects bool
	subject          string
}

// plainWordsOf reads said, which the reader read as reading.
func plainWordsOf(said understand.Said, reading village.Reading) plainWords {
	text := said.Raw
	w := plainWords{text: text, said: said, reading: reading, thanked: words.FixedWithThanks(text), pleased: words.SaysSatisfied(text), subject: words.NotFixedSubject(text)}
	w.fixed = w.thanked || words.FixedPlainly(said)
	// "又吵起来了", "调解了好几次都没用" after a quarrel's 办结 say it is
	// not settled
	w.flares, _ = understand.QuarrelFlares(said)
	w.flares = w.flares || understand.MediationFails(said)
	w.unkept = !w.flares && words.SettlementUnkept(text)
	w.accepts = !w.flares && !w.unkept && words.AcceptsSettlement(text)
	w.objects = !w.flares && !w.unkept && !w.accepts && words.ContainsAnyOf(text, words.ObjectWords...) && !words.ContainsAnyOf(text, "不认识", "不认得", "不认为") &&
		!strings.ContainsAny(text, "?？吗")
	return w
}

// grudgingWords give in to a settlement, if grudgingly: "行吧", "算了 就
// partyAccepts answers a party's word that he accepts how his quarrel
// rep, resolved or with the township, was settled, or (objects) that the
// other party does not: its handlers hear it privately (the reporter's
// 满意 or 未解决 is still his to say), and he hears that they know and
// what comes next, where he said it. One commit, nothing of the item
// changed, carrying guard's Read and Docs: what it was decided on.
func (r *Router) partyAccepts(ctx context.Context, t *turn, rep village.Report, guard storage.Change, objects bool) error {
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Text": words.ShortText(t.text), "Private": t.where.Kind == words.InPrivate,
		"Reporter": rep.ReportedBy(t.who), "Wake": r.wake(t), "Objects": objects}
	return r.tellAndAnswer(ctx, t, &rep, "dispute.accepts.handler", data, "dispute.accepts", data, storage.Change{Scope: storage.VillageScope(rep.Village),
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "accepts", Note: rep.ID + " " + words.ShortText(t.text)},
		Read:  guard.Read, Docs: guard.Docs})
}

// tellAndAnswer tells rep's handlers privately what the sender said (the
// text block handler, with hdata; none for "") and answers him (reply, with data and
// Told: whom of them it told), in one commit: c, with the turn's message,
// replies and keeps.
func (r *Router) tellAndAnswer(ctx context.Context, t *turn, rep *village.Report, handler string, hdata any, reply string, data map[string]any, c storage.Change) error {
	var told []bot.Outbound
	if handler != "" { // "": none told privately
		told = r.tellHandlers(t, rep, handler, hdata)
	}
	var to []string
	for _, o := range told {
		to = append(to, o.To)
	}
	data["Told"] = to
	t.out = append([]bot.Outbound{r.back(t, r.textsFor(t).Render(reply, data))}, told...)
	c.MsgID, c.Out, c.Keep = t.m.ID, t.out, t.keep
	_, err := r.commit(ctx, t, c)
	return err
}

// quarrelBack reports whether the words say that rep, a quarrel resolved,
// broke out again or that its settlement was not kept.
func (w plainWords) quarrelBack(rep village.Report) bool {
	return (w.flares || w.unkept) && rep.Type == village.Mediation && rep.Status == village.StatusResolved
}

// about reports whether the words may be of rep: not a report of another
// category, and saying it is fixed or not of something rep is about.
func (w plainWords) about(rep village.Report) bool {
	if w.quarrelBack(rep) || w.accepts && rep.Type == village.Mediation {
		return true
	}
	if words.BareDissatisfied(w.text) {
		// "还是不满意", "不行" and no more: of the item waiting for his
		// answer, whatever it is about
		return true
	}
	if !w.fixed && !w.pleased && words.OtherThings(understand.Hear(rep.Text), w.said) {
		// "桥头的路灯又不亮了" of his "桥头的水渠堵了": another thing at
		// one place, its 又 said of the lamp (dup88); thanks for a fix
		// keep their own tests (fixedOf)
		return false
	}
	if w.anotherQuarrel(rep) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(w.subject); w.subject != "" && strings.ContainsRune(rep.Text, last) {
		// "灯还是不亮 … 老伴气得骂人": what he says is not fixed (路灯
		// or its 灯) is this item's, whatever the reader made of the rest
		return true
	}
	other := w.reading.Intent == village.IntentReport && w.reading.Category != "" && w.reading.Category != "其他" && w.reading.Category != rep.Category
	denied, _ := words.DeniedOf(w.text, rep.Text)
	return !other && (w.fixedOf(rep) || w.pleased || words.ContainsAnyOf(w.text, words.FixWords...) || words.SharesBigram(w.text, rep.Text) || denied)
}

// anotherQuarrel reports whether the words, read as a quarrel, tell of
// another thing than rep, a quarrel, and its 办结 name ("陈二家的鸡又天天跑
// 我家菜地里刨" after the cow's settlement): a new quarrel, filed as one
// (and linked to rep as the same two households'), not rep's 未解决
// (med102). Words saying it is not settled ("又吵起来了") are rep's.
func (w plainWords) anotherQuarrel(rep village.Report) bool {
	if w.fixed || w.pleased || w.flares || w.unkept || w.accepts ||
		w.reading.Intent != village.IntentReport || w.reading.Type != village.Mediation || words.SaysNotFixed(w.text) {
		return false
	}
	return settledOther(w.said, rep)
}

// settledOther reports whether said tells of another thing than rep, a
// quarrel 办结 and waiting for its reporter, and its 办结 name: a new
// quarrel of its own (understand.AnotherQuarrel), neither rep's 未解决 nor
// more of it.
func settledOther(said understand.Said, rep village.Report) bool {
	if rep.Type != village.Mediation || rep.Status != village.StatusResolved {
		return false
	}
	before := []understand.Said{understand.Hear(rep.Text)}
	if e, ok := rep.LastResolve(); ok {
		before = append(before, understand.Hear(e.Note))
	}
	return understand.AnotherQuarrel(said, before...)
}

// fixedOf reports whether the words say that rep is fixed: thanks that
// say a matter is fixed, of whatever they name (fixedMeant looks at his
// other items), or plain words without thanks that name no other thing
// fixed than rep is about ("灯亮了" of a lamp, not "门修好了").
func (w plainWords) fixedOf(rep village.Report) bool {
	if w.thanked || !w.fixed {
		return w.thanked
	}
	subject := words.FixedSubject(w.text)
	return subject == "" || strings.ContainsAny(rep.Text, subject)
}

// notFixed reports whether the words say plainly that rep is not fixed
// ("还是不亮", "还是吵", "没用 还在放"); the words of a report read as
// one ("隔壁又吵起来了 还摔东西") only when they say it as plainly as
// notFixedPlain does.
func (w plainWords) notFixed(rep village.Report) bool {
	_, plain := words.DeniedOf(w.text, rep.Text)
	return words.SaysNotFixed(w.text) || plain && w.reading.Intent != village.IntentReport || w.quarrelBack(rep)
}

// ofKin are the resolved items of open that the words say are not fixed,
// told by who, of the reporter's side, a follower or a party (partyTo),
// not their reporter: the reporter's to answer, or, a quarrel broken out
// again, the party's to reopen.
func (w plainWords) ofKin(who village.Person, open []village.Report, partyTo func(village.Report) bool) []village.Report {
	return slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		return rep.Status != village.StatusResolved || rep.ReportedBy(who) || !rep.ReporterSide(who) && !rep.FollowedBy(who) && !partyTo(rep) ||
			!w.about(rep) || !w.notFixed(rep)
	})
}

// stillNotFixed answers plain words when nothing of the sender waits for
// his answer: "还是没修好" of his one item still being worked on is news
// for its handlers, said in the group (its items raised there) or to the
// bot (all of his, as openHere reads them): answered where he said it,
// never posted to a group. done is false when no one item of open is
// meant.
func (r *Router) stillNotFixed(ctx context.Context, t *turn, w plainWords, open []village.Report) (done bool, err error) {
	still := stillOf(t, w, open)
	if len(still) != 1 {
		return false, nil
	}
	// words that say his matter again ("路灯还是不亮，晚上黑黢黢的") are
	// answered as ownRepeat answers them (a dispute's too: "雷志明家的鸡
	// 又来了"); "还是没修好" is news of it
	news := words.Similarity(still[0].Text, t.text) < r.cfg.LLM.DuplicateSimilarity
	if still[0].Type == village.Mediation {
		news = !understand.SharesSubject(t.hear(still[0].Text), t.said())
	}
	done, err = r.ownRepeated(ctx, t, still[0], news)
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		// the item changed since it was read: read the grid again, once
		return r.awaitedUnnamed(ctx, t, w.reading)
	}
	return done, err
}

// stillOf are the sender's items of open still being worked on that the
// words say plainly are not fixed, those sharing words with them when
// several are: stillNotFixed acts on one.
func stillOf(t *turn, w plainWords, open []village.Report) []village.Report {
	var still []village.Report
	for _, rep := range open {
		if words.StillOpen(rep, t.who) && w.about(rep) && w.notFixed(rep) {
			still = append(still, rep)
		}
	}
	if len(still) > 1 {
		still = slices.DeleteFunc(still, func(rep village.Report) bool { return !words.SharesBigram(t.text, rep.Text) })
	}
	return still
}

// mayBeHis reports whether open holds an item unnamedNoneMeant's plain
// words w may be of (w.about) besides the ones waiting for his answer: a
// settled one of his household's or he follows or is party to (ofKin), or
// his own still being worked on (stillNotFixed). Words of another thing
// ("桥头的路灯又不亮了" beside his 受理'd ditch) are of none: no read.
func (r *Router) mayBeHis(t *turn, w plainWords, open []village.Report) bool {
	return slices.ContainsFunc(open, func(rep village.Report) bool {
		return w.about(rep) && (words.StillOpen(rep, t.who) || rep.Status == village.StatusResolved &&
			(rep.ReporterSide(t.who) || rep.FollowedBy(t.who) || r.partyTo(t.who, rep)))
	})
}

// onlyOneMeant reports whether words said of rep, his one resolved
// report, can mean no other open item of his (see stillOpen): he has
// none, or they share words with rep's text and with none of theirs.
func (r *Router) onlyOneMeant(t *turn, rep village.Report, open []village.Report) bool {
	others := false
	for _, o := range open {
		if o.ID != rep.ID && words.StillOpen(o, t.who) {
			if words.SharesBigram(t.text, o.Text) {
				return false
			}
			others = true
		}
	}
	return !others || words.SharesBigram(t.text, rep.Text)
}

// checkedBut are the reports of open but the one numbered id, as
// documents a commit only checks: it holds only while each is as read.
func checkedBut(open []village.Report, id string) []storage.Doc {
	docs := make([]storage.Doc, 0, len(open))
	for _, rep := range open {
		if ref, ok := village.ParseRef(rep.ID); ok && rep.ID != id {
			docs = append(docs, storage.Checked("r", ref.N, rep.Version))
		}
	}
	return docs
}

// awaited is awaitedAnswer for the report found.
func (r *Router) awaited(ctx context.Context, t *turn, reading village.Reading, rep village.Report) (done bool, err error) {
	if rep.Status != village.StatusResolved || !rep.ReportedBy(t.who) && !rep.RecordedBy(t.who) {
		return false, nil
	}
	reason := ""
	if reading.Intent == village.IntentReport {
		reason = words.Defuse(t.text) // 「上次 #R1 说的又坏了」: the reference is in the hint already
	}
	t.aside = rep.Private() // his private item: the group does not hear it is his, nor resolved
	return true, r.confirmHint(ctx, t, rep, reason)
}

// confirmHint shows the reporter of rep, resolved, its two answers, his
// words (reason) as the reason of 未解决. Of a mediation item the group
// hears neither his words nor what it is about: he is asked to answer
// privately, as the 办结 asked him.
func (r *Router) confirmHint(ctx context.Context, t *turn, rep village.Report, reason string) error {
	aside := rep.Type == village.Mediation && t.where.Kind != words.InPrivate
	if aside {
		reason = ""
	}
	return r.reply(ctx, t, "confirm.hint", map[string]any{"Who": t.who.Name, "Ref": "#" + rep.ID, "Reason": reason, "Aside": aside})
}

// askedAbout answers free text that asks after one item by its number,
// with no command and no quote ("R1什么时候能修好", "r3修好了没有",
// "C2批了吗"; several reports: "R1和R2都怎么样了"), as 查 would, with
// 查's privacy rules; done is false when the text names no item, several
// claims or a report and a claim, or does not ask (news about an item is
// read as usual). Numbers alone said to the bot ("@网格小助手 #R1", "R1")
// ask after those items too.
func (r *Router) askedAbout(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	bare := (t.addr || t.where.Kind == words.InPrivate) && t.quote == nil && !understand.HasContent(words.Defuse(t.text))
	if !bare && reading.Intent != village.IntentQuery && (reading.Intent != village.IntentNoise || !words.ContainsAnyOf(t.text, words.AskingWords...)) {
		return false, nil
	}
	if !bare && !strings.ContainsAny(t.text, "?？吗") && words.ContainsAnyOf(t.text, words.OrdinaryWords...) {
		return false, nil // "#R1 不是什么大事": a judgement (judgedOrdinary), not a question
	}
	refs := words.AskedRefs(t.text)
	if bare {
		refs = village.FindRefs(t.text)
	}
	switch {
	case len(refs) == 0:
		return r.askedAboutMine(ctx, t)
	case refs[0].Kind == 'R' && !slices.ContainsFunc(refs, func(x village.Ref) bool { return x.Kind != 'R' }):
		query := "查"
		for _, x := range refs {
			query += " #" + x.String()
		}
		return r.run(ctx, t, query) // each report answered on its own
	case r.claims() && !slices.ContainsFunc(refs, func(x village.Ref) bool { return x != refs[0] }):
		return r.run(ctx, t, "查 #"+refs[0].String())
	}
	return false, nil
}

// askedAboutMine answers a question told to the bot (@ or privately)
// about how the sender's matter stands, without its number ("@网格小助手
// 路灯的事怎么样了"): his one open report, or the one of his whose text
// shares a word with the question, as 查 would; several: the list 我的事项
// gives. A villager with nothing open here gets what 我的事项 says then:
// that he has nothing open (or only what he told the bot in private),
// and how to report; the menu would leave his question unanswered. done
// is false when the text is not told to the bot, asks no such thing, or
// a cadre, who asks after the grid's matters too, has nothing of his own.
func (r *Router) askedAboutMine(ctx context.Context, t *turn) (done bool, err error) {
	if townshipView(t) && words.ContainsAnyOf(t.text, words.StatusQuestions...) {
		return r.askedInTownship(ctx, t)
	}
	if !t.addr && t.where.Kind != words.InPrivate || !words.ContainsAnyOf(t.text, words.StatusQuestions...) {
		return false, nil
	}
	mine, err := r.candidates(ctx, t, words.VQuery)
	if err != nil {
		return true, err
	}
	if len(mine) == 0 {
		if t.who.IsCadre() {
			return false, nil
		}
		return r.run(ctx, t, "我的事项")
	}
	if len(mine) > 1 {
		named := slices.DeleteFunc(slices.Clone(mine), func(rep village.Report) bool { return !words.SharesBigram(t.text, rep.Text) })
		if len(named) == 1 {
			mine = named
		}
	}
	if len(mine) == 1 {
		return r.run(ctx, t, "查 #"+mine[0].ID)
	}
	return r.run(ctx, t, "我的事项")
}

// askedInTownship answers an officer's (or an admin's) question in the
// township's chats (or his private chat, see townshipView) after a matter named by its grid or its words, not its
// number ("三组那个桥的事怎么样了", "@网格小助手 二组河边垃圾的事有进展吗"),
// as 查 would, when one open item of the township fits: of the grid named
// (if any) and sharing a word with the question. Said to the bot, several
// fitting items are listed with their numbers and none is told where to
// look (no fitting one: see freeText); the office's own talk is left
// alone unless one item of a grid it
// names fits. A private or mediation item not sent up to the township is
// answered as 查 by its number answers it, and never listed in the chat.
func (r *Router) askedInTownship(ctx context.Context, t *turn) (done bool, err error) {
	if !t.who.Has(village.RoleOfficer) && !t.who.Has(village.RoleAdmin) {
		return false, nil
	}
	spoken := village.GridNumerals(t.text)
	type place struct{ village, grid string }
	var named []place
	for _, v := range r.cfg.Villages {
		for _, g := range v.Grids {
			if strings.Contains(spoken, g.Name) && (len(r.cfg.Villages) == 1 || strings.Contains(spoken, v.Name)) {
				named = append(named, place{v.Name, g.Name})
			}
		}
	}
	for _, v := range r.cfg.Villages {
		spoken = strings.ReplaceAll(spoken, v.Name, " ")
		for _, g := range v.Grids {
			spoken = strings.ReplaceAll(spoken, g.Name, " ")
		}
	}
	spoken = words.BlankWords(spoken, words.StatusQuestions, words.AskedFillers)
	hasWords, addressed := len(words.ContentRuns(spoken)) > 0, t.addr || t.where.Kind == words.InPrivate
	if w := r.strayPlace(t, addressed); w != "" {
		// "红旗村的事办得怎么样了": a place the township has not; no
		// item of another place is offered for it
		return true, r.noPlace(ctx, t, w)
	}
	if len(named) == 0 && !addressed || !hasWords && (len(named) == 0 || !addressed) {
		// "今天天气怎么样了": the office's own talk names no grid;
		// "怎么样了": nothing names a matter
		return false, nil
	}
	fits, err := r.allOpen(ctx, func(rep village.Report) bool {
		return (len(named) == 0 || slices.Contains(named, place{rep.Village, rep.Grid})) && (!hasWords || words.SharesContent(spoken, rep.Text))
	})
	if err != nil {
		return true, err
	}
	switch {
	case len(fits) == 1:
		query := "查 #" + fits[0].ID
		if len(r.cfg.Villages) > 1 {
			query = "查 " + fits[0].Village + " #" + fits[0].ID
		}
		return r.run(ctx, t, query)
	case !addressed || len(fits) == 0:
		// none: what else the question may be ("全镇积分排名怎么样了")
		// comes first; in the office, asked.township then says none fits
		// (see freeText)
		return false, nil
	}
	fits = slices.DeleteFunc(fits, func(rep village.Report) bool {
		return (rep.Private() || rep.Type == village.Mediation) && !rep.WithTownship()
	})
	data := map[string]any{}
	listed(data, words.NewestFirst(fits), func(_ int, rep village.Report) string {
		return string(words.VQuery) + " " + village.TownshipRef(rep.Village, rep.ID, len(r.cfg.Villages) > 1)
	})
	return true, r.reply(ctx, t, "asked.township", data)
}

// strayPlace is the place an officer's question names that the township
// does not have ("红旗村"; "五组", or "青山村五组", in a township whose
// village has three grids), when it names none it has in its stead (a
// grid of a village it has not, "红旗村三组", is no grid of the
// township's); "" otherwise. Told to the bot (addressed), any such
// question; else only one all about that place, which it begins with
// ("红旗村的事办得怎么样了", "五组怎么样了"): a slip the officer is to
// hear of, where "四组水库情况怎么样了呢大家" is the office's own talk
// (as "三组怎么样了" is), and the "天下村" of "明天下村看看怎么样了" no
// village.
func (r *Router) strayPlace(t *turn, addressed bool) string {
	w := r.places.Unknown(t.text)
	if w == "" {
		return ""
	}
	switch known, grid := r.places.In(t.text), strings.HasSuffix(w, "组"); {
	case known.Kind == village.NoPlace:
	case grid && known.Kind == village.PlaceVillage:
	case !grid && known.Kind == village.PlaceGrid && !strings.Contains(t.text, known.Grids[0].Village):
	default:
		return ""
	}
	if addressed {
		return w
	}
	lead := strings.Join(strings.Fields(t.text), "")
	for _, l := range words.StrayLead {
		lead = strings.TrimPrefix(lead, l)
	}
	for _, v := range r.places.Villages() {
		lead = strings.TrimPrefix(lead, v)
	}
	rest, ok := strings.CutPrefix(lead, w)
	if !ok || len(words.ContentRuns(words.BlankWords(rest, words.StatusQuestions, words.AskedFillers, words.StrayFillers, words.GridNames(r.places)))) > 0 {
		return ""
	}
	return w
}

// noPlace answers an officer's question after a place the township does
// not have (word): its villages and their grids, and how to ask.
func (r *Router) noPlace(ctx context.Context, t *turn, word string) error {
	villages := r.places.Villages()
	grids := make([][]string, len(villages))
	for i, v := range villages {
		grids[i] = r.places.GridNames(v)
	}
	return r.reply(ctx, t, "asked.noplace", map[string]any{"Word": word, "Villages": villages, "Grids": grids, "Places": r.places.Choices()})
}

// officerAsksList reports whether t is an officer's (or the admin's)
// short question in the township's chats for the items sent up or the
// alarms, 「上报到镇里的有哪些」「突发事件有哪些」: the bot's to answer
// unaddressed, as 「超期的有哪些」 is (town102: silent without an @).
func officerAsksList(t *turn) bool {
	return t.quote == nil && t.where.Kind == words.InOffice && (t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)) &&
		utf8.RuneCountInString(t.text) <= 12 && words.ContainsAnyOf(t.text, "上报", "突发") && words.ContainsAnyOf(t.text, "哪些", "哪几", "几件", "多少")
}

// askedForMyList answers a cadre who asks the bot in his own words what
// he has to do: a grid worker's "这周要给谁打电话" gets his calls (回访), a
// scorer's "有啥要审的" 待审, a grid leader's or worker's (or an
// officer's, or an admin's in the township's view) "今天有啥要处理的",
// "今天有什么事", "我还有哪些没办完", "我手上还有几件" (lead110: was the
// menu), "超期的有哪些", "上报到镇里的有哪些",
// "突发事件有哪些" (not "怎么上报镇 要写什么") 待办 (which puts the
// overdue first); a cadre's "通知还有谁没回" the
// answers to the latest notice (通知 未回复); in the township's chats
// "哪个村积分最高" the township's ranking. Only a short question told to
// the bot; a longer message is read as usual, as it may tell of a matter
// ("三组路灯坏了 啥时候有人来处理").
func (r *Router) askedForMyList(ctx context.Context, t *turn, addressed bool) (done bool, err error) {
	if !addressed || utf8.RuneCountInString(t.text) > 16 || !words.ContainsAnyOf(t.text, "哪些", "哪几", "哪个", "哪家", "啥", "什么", "谁", "几件", "几户", "多少") {
		return false, nil
	}
	switch {
	case strings.Contains(t.text, "通知") && words.ContainsAnyOf(t.text, "没回", "未回", "没收到", "回复") && words.MayAskNotice(t.who):
		return r.run(ctx, t, "通知 未回复")
	case words.ContainsAnyOf(t.text, "电话", "回访") && len(r.callable(t)) > 0:
		return r.run(ctx, t, "回访")
	case townshipView(t) && words.VillagesAsked(t.said().Canon):
		// "哪个村积分最高": the villages compared
		return r.run(ctx, t, "各村积分")
	case townshipView(t) && words.ContainsAnyOf(t.text, "排名", "排行", "最高", "靠前", "第一"):
		// "哪家积分最高": the township's ranking (refused to whom it is not for)
		return r.run(ctx, t, "积分排行")
	case strings.Contains(t.text, "审") && (t.who.Has(village.RoleScorer) || t.who.Has(village.RoleOfficer)):
		return r.run(ctx, t, "待审")
	case (words.ContainsAnyOf(t.text, "处理", "办", "要做", "要干", "有什么事", "有啥事", "哪些事", "哪几件事", "超期", "过期", "逾期", "手上", "手里", "手头") ||
		words.ContainsAnyOf(t.text, "上报", "突发") && words.ContainsAnyOf(t.text, "哪些", "哪几", "几件", "多少")) &&
		(t.who.Tends(t.where.Village, t.where.Grid) || t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin) && townshipView(t)):
		// "今天有什么事": a cadre asking the bot means his to-do; an
		// officer's "三组有几件没办完" that grid's
		if townshipView(t) {
			places := r.places
			if words.ContainsAnyOf(t.text, words.OverdueWords...) && (t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)) && places.Unknown(t.text) == "" {
				// "哪个组超期最多": the township's 待办 holds only what
				// went up; its overdue are the grids' too (超期)
				p := places.In(t.text)
				if p.Kind == village.NoPlace {
					p = places.Named("全镇", "")
				}
				ask := words.StatusAsk{Overdue: true}
				words.ReadMost(t.text, &ask)
				return true, r.statusOf(ctx, t, ask, p)
			}
			if p := places.In(t.text); p.Kind != village.NoPlace {
				return r.run(ctx, t, "待办 "+p.Name)
			}
			if w := places.Unknown(t.text); w != "" {
				// "石乔村有什么没办的": 待办 tells which places there are,
				// where the township's list would read as "nothing there"
				return r.run(ctx, t, "待办 "+w)
			}
		}
		return r.run(ctx, t, "待办")
	}
	return false, nil
}

// officerHere reports whether the sender is an officer in the township's
// view, who takes an item over (接手) rather than accepts it (受理), and
// may refer it to a department or send it back.
func officerHere(t *turn) bool { return townshipView(t) && t.who.Has(village.RoleOfficer) }

// acceptHint shows a grid leader (an officer: see officerHere) who answered a report's message with "收
// 到" or "好的" how to accept it.
func (r *Router) acceptHint(ctx context.Context, t *turn, ref village.Ref) error {
	named, unsure := r.refHere(t, "", ref.String())
	return r.reply(ctx, t, "accept.hint", map[string]any{"Who": t.who.Name, "Ref": named, "Township": officerHere(t),
		"Unsure": unsure, "Villages": r.villageNames()})
}

// answerPointsQuestion answers a free-text question about points ("积分
// 超市有什么", "怎么申请积分") as the matching command would, in the
// words of any dialect the reader knows ("俺家积分有多少" is 我家积分); one
// that asks how many points a household has comes first (see
// balanceAsked). done is false when the question is about something else
// or there are no points.
func (r *Router) answerPointsQuestion(ctx context.Context, t *turn) (done bool, err error) {
	c := t.said().Canon
	at := words.BalanceAsked.FindStringIndex(c)
	if at == nil {
		at = r.namedBalance(c, cmp.Or(t.where.Village, t.who.Village))
	}
	villages, grid := words.VillagesAsked(c), words.GridAsked(c)
	// "我家排第几" said to the bot: the only ranking it keeps is the points'
	// or unaddressed of his own household ("俺家排第几", pts110), as his
	// own points are
	ownRank := words.OwnRankAsked(c)
	ranked := (t.addr || t.where.Kind == words.InPrivate) && words.RankAsked(c) || ownRank
	_, rules := understand.RulesAsked(t.said())
	shop := words.ShopAsked.MatchString(c)
	// 「还能兑换什么」: what one's points still buy, as 「我家积分能换啥」;
	// in a group unaddressed only near the clearing (pts101), as the bare
	// 「还能兑换吗」 is
	spendWhat := !shop && words.SpendWhatAsked(c) && (t.addr || t.where.Kind == words.InPrivate || r.points.clearingNear(t.at))
	shop = shop || spendWhat
	enough := words.EnoughAsked(c) && !t.who.Covers(village.RoleShopkeeper, cmp.Or(t.where.Village, t.who.Village), t.where.Grid)
	// 「公示还有几天」, 「我的申请几号公示」: the 公示 is the points' (pts109)
	published := understand.PublicityAsked(c)
	if !strings.Contains(c, "积分") && !strings.Contains(c, "加分") && at == nil && !villages && !grid && !ranked && !rules && !shop && !enough && !published || !r.claims() {
		return false, nil
	}
	if !t.addr && t.where.Kind != words.InPrivate && r.toSomeoneElse(t) {
		return true, nil // "张三，积分在哪查": villagers among themselves
	}
	if !t.addr && t.where.Kind == words.InGrid && (words.RankedOthers(c) || grid) && words.ContainsAnyOf(c, words.VillagesAskedHow...) {
		// "我们村排第几", "哪家积分最高" in a busy group, not said to the
		// bot: villagers talking of others, whose answer is a list for the
		// whole group; said to the bot, or privately, it is answered, as
		// are the ranking's plain words ("各村积分排名")
		return true, nil
	}
	if rules {
		// "我家儿子在外打工 他的积分怎么算": how it counts, no deed told
		return r.points.pointsRules(ctx, t)
	}
	if enough {
		// 「我家的积分够换一桶油不」: the item's price, the shop, and
		// privately whether the balance is enough (pts106)
		return true, r.points.howToRedeem(ctx, t, false, false)
	}
	if at != nil {
		before := c[:at[0]]
		if o, size := utf8.DecodeRuneInString(c[at[0]:]); strings.ContainsRune(words.Owners, o) {
			before = c[:at[0]+size] // "张三家多少分了": 家 is whose
		}
		return r.balance(ctx, t, before)
	}
	if villages {
		if words.LastYearNamed(c) {
			return r.run(ctx, t, "各村积分 去年") // "我们村去年排第几" (pts111)
		}
		return r.run(ctx, t, "各村积分") // "我们村排第几"
	}
	if ownRank && !grid && !t.addr && t.where.Kind == words.InGrid {
		// "俺家排第几" among villagers: his household's place, one line,
		// not the village's list the group did not ask for (pts110)
		cmd, _ := parseCommand(rankingAsked(c))
		cmd.own = true
		t.command = cmd
		return true, r.points.ranking(ctx, t, cmd)
	}
	if grid {
		// "我们组排第几": the grid's households ranked, the asker's place
		// in the grid and in the village (积分排行 网格)
		v, g := t.where.Village, t.where.Grid
		if t.where.Kind != words.InGrid {
			v, g = t.who.Village, t.who.Grid
		}
		if g == "" {
			return r.run(ctx, t, rankingAsked(c))
		}
		return r.run(ctx, t, rankingAsked(c)+" "+v+g)
	}
	if (words.WantsToRedeem(c) || words.MissingGoods(c, r.points.shop) != "") && !t.who.Covers(village.RoleShopkeeper, cmp.Or(t.where.Village, t.who.Village), t.where.Grid) {
		// 「积分能换对联吗」: the shop has none, and where it is (pts112)
		return true, r.points.howToRedeem(ctx, t, false, false)
	}
	if shop {
		// "超市里能换啥", "我的分能换什么东西": the shop's list, and one's
		// own balance when it is one's own points that are asked about
		return true, r.points.shopList(ctx, t, spendWhat || words.OwnPointsSaid.MatchString(c))
	}
	if words.PointsWhenRe.MatchString(c) || published {
		// "积分啥时候给", "加分咋还没批": when the asker's own claims come
		if done, err := r.points.pointsWhen(ctx, t); done {
			return true, err
		}
	}
	for _, q := range words.PointsQuestions {
		for _, w := range q.Words {
			if strings.Contains(c, w) {
				if q.Command == "积分排行" {
					return r.run(ctx, t, rankingAsked(c))
				}
				return r.run(ctx, t, q.Command)
			}
		}
	}
	if strings.Contains(c, "申请") && words.ContainsAnyOf(c, "怎么", "怎样", "如何", "咋") {
		return r.run(ctx, t, "积分帮助 申请") // "我想申请积分，怎么弄"
	}
	return r.run(ctx, t, "积分帮助")
}

// rankingAsked is the 积分排行 command a ranking question in words means:
// last year's when it names last year ("俺家去年排第几", pts111: it got
// this year's), the current one else.
func rankingAsked(c string) string {
	if words.LastYearNamed(c) {
		return "积分排行 去年"
	}
	return "积分排行"
}

// toSomeoneElse reports whether a message not addressed to the bot speaks
// to someone in the group: it starts with an @mention or with a name of
// the roster and a pause or 你 ("张三，积分在哪查", "张三你知道…"), or
// asks "你" or "你们" ("你的积分怎么申请的"), which villagers say to each
// other, not to a bot nobody called.
func (r *Router) toSomeoneElse(t *turn) bool {
	text := strings.TrimSpace(t.text)
	if strings.HasPrefix(text, "@") || words.ContainsAnyOf(strings.ReplaceAll(text, "你好", ""), "你", "您") {
		return true
	}
	isName := r.nameIn(cmp.Or(t.where.Village, t.who.Village))
	rs := []rune(text)
	for n := 2; n <= 4 && n < len(rs); n++ {
		if isName(string(rs[:n])) && (words.IsPause(rs[n]) || rs[n] == '你') {
			return true
		}
	}
	return false
}

// namedBalance is where a namedBalanceAsked question starts in canonical
// text c, when what it says before names whose: a villager of the
// roster of village v, or the speaker; nil otherwise ("孩子考了多少分", "今年的积分").
func (r *Router) namedBalance(c, v string) []int {
	if !strings.Contains(c, "分") { // what namedBalanceAsked needs
		return nil
	}
	at := words.NamedBalanceAsked.FindStringIndex(c)
	if at == nil {
		return nil
	}
	before := strings.TrimSuffix(strings.TrimSuffix(words.AskedAbout(c[:at[0]]), "家"), "户")
	if before == "我" || r.nameIn(v)(before) {
		return at
	}
	return nil
}

// balance answers a question about how many points a household has;
// before is what the question says before it, which may name whose: the
// sender's own, or no one ("请问积分多少"), is 我的积分; someone of the
// roster ("张三家积分多少") is asked as 积分 张三 is (the household's own
// or a cadre's question answered, a villager's about another refused);
// another household the roster does not know ("他家", "老王家") is refused
// to a villager as well.
func (r *Router) balance(ctx context.Context, t *turn, before string) (done bool, err error) {
	if k := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }); k >= 0 {
		before = before[k:]
	}
	before = words.AskedAbout(strings.TrimFunc(before, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }))
	if member, ok := words.KinAsked(before); ok {
		return r.run(ctx, t, "积分 "+member) // "我儿子的积分多少"
	}
	if words.ContainsAnyOf(before, "我", "自己", "自家", "咱", "大家", "全家") {
		return r.run(ctx, t, "我的积分")
	}
	whose := strings.TrimSuffix(before, "的") // "张三的", not "今年的"
	name := strings.TrimSuffix(strings.TrimSuffix(whose, "家"), "户")
	if p, err := r.people.Lookup(cmp.Or(t.where.Village, t.who.Village), name); name != "" && err == nil && p.Household != "" {
		return r.run(ctx, t, "积分 "+name)
	}
	if name != whose || words.ContainsAnyOf(before, words.OthersWords...) {
		if t.who.IsCadre() {
			return r.run(ctx, t, "积分 "+name)
		}
		return true, r.reply(ctx, t, "points.query.other", nil)
	}
	return r.run(ctx, t, "我的积分")
}

// notYetAsked are the items of waiting (those waiting for his 满意 or
// 未解决) the bot asked the sender about within notYetWindow — at their
// 办结 or their 回访 (FollowedUpAt) — when his words are a bare "还没"
// (bareNotYet): a no to that question, though the words name nothing and
// he follows other items too. None otherwise.
func notYetAsked(t *turn, waiting []village.Report) []village.Report {
	if whole, _ := words.AnswerClauses(t.text); !slices.Contains(words.BareNotYet, whole) {
		return nil
	}
	var asked []village.Report
	for _, rep := range waiting {
		at := notYetAskedAt(rep)
		if rep.Status == village.StatusResolved && rep.ReportedBy(t.who) && !at.After(t.at) && t.at.Sub(at) <= words.NotYetWindow {
			asked = append(asked, rep)
		}
	}
	return asked
}

// notYetAskedAt is when the bot last asked rep's reporter whether it is
// solved: at its 办结, or at its 回访 when later.
func notYetAskedAt(rep village.Report) time.Time {
	at := words.ClosedAt(rep)
	if rep.FollowedUpAt.After(at) {
		at = rep.FollowedUpAt
	}
	return at
}

// askedLater splits asked (notYetAsked) by the bot's questions waiting
// for the sender (b, one a line): kept are the items it asked him about
// after every such question, since a bare 「还没」 answers what was asked
// last. When another question came after all of them (「是同一件事吗？」
// of a duplicate, a confirm-back), none is kept, and later are the
// questions asked after the last of them.
func askedLater(asked []village.Report, b []byte) (kept []village.Report, later []question) {
	qs, _ := readQuestions(b)
	newest, last := newestAsked(qs), time.Time{}
	for _, rep := range asked {
		at := notYetAskedAt(rep)
		if !newest.After(at) {
			kept = append(kept, rep)
		}
		if at.After(last) {
			last = at
		}
	}
	if len(kept) > 0 {
		return kept, nil
	}
	for _, q := range qs {
		if q.At.After(last) {
			later = append(later, q)
		}
	}
	return nil, later
}

// notYetLater answers a bare 「还没」 of the sender's items asked lately
// (asked) when the bot asked him something else since (askedLater): he is
// shown the questions asked last with the words that answer each, and the
// 未解决 to send if he meant one of asked; nothing is changed, the questions
// wait on. done is false when no question came later: kept are then the
// items the 「还没」 is of. The questions are this process's copy
// (AskedKnown, no round trip), which the reply's commit checks; stale,
// they are read as stored (one round trip more). With no copy, the items
// stay asked, as before.
func (r *Router) notYetLater(ctx context.Context, t *turn, asked []village.Report) (kept []village.Report, done bool, err error) {
	sc, key := r.scope(t), askKey(t)
	b, copied := r.store.AskedKnown(sc, key)
	if !copied {
		// none known here: a question another process asked is not
		// seen (no read spent on every 「还没」)
		return asked, false, nil
	}
	for {
		if !copied {
			if b, err = r.store.Asked(ctx, sc, key); errors.Is(err, storage.ErrNotFound) {
				return asked, false, nil
			} else if err != nil {
				return nil, true, err
			}
		}
		kept, later := askedLater(asked, b)
		if len(later) == 0 {
			return kept, false, nil
		}
		if copied {
			t.askCopy = b
		}
		err = r.answering(ctx, t, nil, nil, func(ctx context.Context) error {
			return r.reply(ctx, t, "notyet.later", map[string]any{"Who": t.who.Name, "Group": t.where.Kind != words.InPrivate,
				"Said": words.ShortText(t.text), "Items": waitingItems(later), "Mine": asked})
		})
		if !copied || !errors.Is(err, errAskCopy) {
			return nil, true, err
		}
		t.out, copied = nil, false // another process asked or took one: as stored
	}
}
