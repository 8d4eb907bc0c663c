package handlers

// A villager who asks in plain words how his own matter stands (ask71):
// "桥的事咋样了", "我反映的事情有进展吗", or one still waiting for his
// 「1」 ("水渠的事咋样了" right after 「我理解为…回复「1」登记」).

import (
	"context"
	"slices"

	"gridbot/handlers/words"
	"gridbot/village"
)

// askedOwnStatus answers the reporter (or a follower) of an open item who
// asks in his grid's group, not addressing the bot, how it stands, in
// plain words and without its number: "桥的事咋样了" (the words name it),
// "我反映的事咋样了" (he has that one item open here). He hears its
// status, who handles it and its latest step, and 「查 #R」 for more;
// nobody else is told (a question is no chase: chased takes words that
// press, "有人管", "什么时候修"). Left alone: another's item (the group
// asks after its neighbours' matters among themselves), a mediation or
// emergency item (their ways are their own), one resolved and waiting for
// his answer (awaitedUnnamed), a question that names none of his, or
// several. done is false then; the store is read only for a question that
// names a matter or says it is his.
func (r *Router) askedOwnStatus(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.addr || t.quote != nil || !words.PlainStatusQuestion(t.text) || len(village.FindRefs(t.text)) > 0 {
		return false, nil
	}
	subject := words.ChaseSubject(t.text)
	named, told := len(words.ContentRuns(subject)) > 0, words.ToldByMe(t.text)
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
	if len(fits) == 0 && told && len(mine) == 1 {
		// "我反映的那个事情有进展吗": his one item, whatever else he said
		fits = mine
	}
	if len(fits) != 1 {
		return false, nil
	}
	rep := fits[0]
	if rep.Chat != t.m.Chat || rep.Type == village.Emergency || rep.Type == village.Mediation || rep.Status == village.StatusResolved {
		return false, nil
	}
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Now": t.at}
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
	return true, r.reply(ctx, t, "asked.own", data)
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
	subject := words.ChaseSubject(t.text)
	named, told := len(words.ContentRuns(subject)) > 0, words.ToldByMe(t.text)
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
