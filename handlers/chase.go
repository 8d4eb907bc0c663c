package handlers

// A villager who presses a matter of his that is still open, in the
// group or privately, without its number: "那个狗的事有人管没有啊，都好几天
// 了", "路灯什么时候来修啊".

import (
	"context"
	"errors"
	"slices"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// chased answers a villager who, in his grid's group or privately,
// presses one open matter he reported (or follows), naming it by its
// words and not its number ("那个狗的事有人管没有啊，都好几天了", "路灯什
// 么时候修"): read as chit-chat or as a new report, he got silence, the
// offer to register it again, or (privately) a second item filed. As when he tells it again (ownRepeated), he hears its number
// and how it stands, and its handlers hear his words. Only his own item
// sharing words with the message is meant, and only when one does; a
// resolved one waits for his answer (awaitedUnnamed), an emergency is
// pressed only by its words (「电线那个咋还没人来 都半天了」, rep106: it
// was offered as a new item; its news of the end is emergencyOver's), a
// procedure question is answered
// (understood). A plain question ("路灯的事怎么样了") is left to the group
// unless told to the bot (askedAboutMine). done is false when the text
// presses no matter (the store is read only then), or no one item of his
// fits.
func (r *Router) chased(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	private := t.where.Kind == words.InPrivate
	asked := words.AsksAfterOwn(t.text) // "我上次说的路灯呢"
	if t.where.Kind != words.InGrid && !private || t.quote != nil || t.who.IsCadre() || !asked && !words.ContainsAnyOf(t.text, words.ChaseWords...) ||
		len(village.FindRefs(t.text)) > 0 || r.procedure(t.said()) != nil {
		return false, nil
	}
	subject := words.ChaseSubject(t.text)
	addressed := private || t.addr
	// "怎么还没修", "什么时候来修" to the bot: names no matter, only its
	// fixing: his one open item, if he has one
	bare := addressed && len(words.ContentRuns(words.BlankWords(subject, words.FixingWords))) == 0
	// "我那件怎么还没人管" in the group: his own matter, naming no part of
	// it: any of his open items (rep99; was offered as a new item)
	own := len(words.ContentRuns(subject)) == 0 && words.MyMatter(t.text)
	if len(words.ContentRuns(subject)) == 0 && !bare && !own {
		// "到底有人管没有" in the group: names no matter
		return false, nil
	}
	open, err := r.openWhere(ctx, t)
	if err != nil {
		return true, err
	}
	var fits []village.Report
	for _, rep := range open {
		if !private && rep.Chat != t.m.Chat || rep.Type == village.Emergency && (bare || own) || !rep.Status.Open() || rep.Status == village.StatusResolved ||
			!rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) || bare && !own && rep.Type == village.Approval ||
			!bare && !own && (!words.SharesContent(subject, rep.Text) || !(private && rep.Type == village.Mediation) && rep.Type != village.Emergency && reading.Category != "" && reading.Category != "其他" && reading.Category != rep.Category) {
			// "村口的垃圾什么时候有人来收" beside his "村口路灯坏了": a
			// matter of another kind, however many words they share; a
			// quarrel's things read under any category ("李四到底管不管
			// 墙都砌过来了" privately reads as a 安全隐患 of his wall
			// quarrel; in the group a party's words are partyWords')
			continue
		}
		if rep.Type == village.Approval && soonAfter(t, rep) {
			// "要多久能批下来" minutes after he was told the 宅基地
			// procedure asks its 时限 (askedAgain), it presses nothing
			continue
		}
		fits = append(fits, rep)
	}
	if own && len(fits) > 1 && words.SaysNobody(t.text) {
		// "还没人管" of his two: the one nobody took on, if that tells
		if fresh := slices.DeleteFunc(slices.Clone(fits), func(rep village.Report) bool { return rep.Status != village.StatusNew }); len(fresh) > 0 {
			fits = fresh
		}
	}
	switch {
	case len(fits) > 1 && (asked && addressed || own):
		// "我上次说的路灯呢" of two lamps: which is his to say, each
		// listed with how it stands
		data := map[string]any{"Who": t.who.Name, "Now": t.at}
		listed(data, words.NewestFirst(fits), func(_ int, rep village.Report) string { return string(words.VQuery) + " #" + rep.ID })
		return true, r.reply(ctx, t, "chase.several", data)
	case len(fits) == 0 && (asked && addressed || own):
		// nothing of his fits: what he has open (or that he has nothing),
		// not the menu
		return r.run(ctx, t, "我的事项")
	case len(fits) == 0 && !bare && !own:
		// "电线那个咋还没人来" of 陈二's alarm, from 张三 next door: the
		// one open item of another the group saw that his few words
		// name (rep108: he got silence, or his own closed item offered
		// to reopen)
		if pressed := othersPressed(t, open, subject, reading, r.groupOf(t.gridSpoken())); len(pressed) == 1 {
			if rep := pressed[0]; inHand(t, rep) {
				// taken on lately and not overdue: how it stands answers
				// him; its handlers hear a neighbour only when it waits
				return r.ownAnswered(ctx, t, rep)
			}
			return r.retold(ctx, t, pressed[0], words.Retelling{News: true, Neighbour: true})
		}
		return false, nil
	case len(fits) != 1:
		return false, nil
	}
	if rep := fits[0]; askedOnly(t, rep) {
		// 「俺那个路灯啥时候能修好」 of the lamp sent up an hour ago: how
		// it stands answers him; its handlers just acted (walk96)
		return r.ownAnswered(ctx, t, rep)
	}
	done, err = r.ownRepeated(ctx, t, fits[0], true)
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		// the item changed since it was read: read the grid again, once
		return r.chased(ctx, t, reading)
	}
	return done, err
}

// askedOnly reports whether t, a villager's words after rep, his general
// item in hand, only ask when it will be done ("路灯啥时候能修好"), pressing
// nothing (words.Presses), while rep is within its deadline and had a
// step within words.ChaseFresh: how it stands answers him, nobody is
// chased. A question about an item nobody took on, overdue, or left
// alone for a day chases its handlers as before.
func askedOnly(t *turn, rep village.Report) bool {
	last, ok := rep.LastStep()
	return ok && rep.Type == village.General && rep.Status != village.StatusNew && !words.Presses(t.text) &&
		!words.AsksAfterOwn(t.text) && (rep.DueAt.IsZero() || t.at.Before(rep.DueAt)) && t.at.Sub(last.At) < words.ChaseFresh
}

// othersPressed are the open items told in group (t's grid's group, in
// it or privately to the bot) by others (general items and alarms: a
// quarrel or an application is the parties' own), not resolved, that t's
// few pressing words (words.PressesNamed) name: they share the words of
// subject, and a general item is of the category the words read as (an
// alarm's category is not its words'). None for a message that is no such
// press.
func othersPressed(t *turn, open []village.Report, subject string, reading village.Reading, group string) []village.Report {
	if t.where.Kind != words.InGrid && t.where.Kind != words.InPrivate || group == "" || t.who.IsCadre() || !words.PressesNamed(t.text) {
		return nil
	}
	var out []village.Report
	for _, rep := range open {
		if rep.Chat != group || rep.Private() || !rep.Status.Open() || rep.Status == village.StatusResolved ||
			rep.Type != village.General && rep.Type != village.Emergency || rep.ReporterSide(t.who) || rep.FollowedBy(t.who) ||
			!words.SharesContent(subject, rep.Text) {
			continue
		}
		if _, thing := understand.ThingsOf(t.said(), t.hear(rep.Text)); !thing && rep.Type == village.General &&
			reading.Category != "" && reading.Category != "其他" && reading.Category != rep.Category {
			// "村口的垃圾什么时候有人来收" is not of "村口路灯坏了"; "上坡
			// 那段雪到底有人铲没有" (安全隐患) is of the snow that closed
			// the slope (道路交通): its thing
			continue
		}
		out = append(out, rep)
	}
	return out
}

// inHand reports whether rep, a general item, is taken on, within its
// deadline, and had a step within words.ChaseFresh: a neighbour pressing
// it hears how it stands, its handlers are not told (rep108).
func inHand(t *turn, rep village.Report) bool {
	last, ok := rep.LastStep()
	return ok && rep.Type == village.General && rep.Status != village.StatusNew && !rep.OverdueAt(t.at) && t.at.Sub(last.At) < words.ChaseFresh
}
