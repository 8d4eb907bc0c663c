package handlers

import (
	"context"
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

// callSettles answers, from what p said on call c, her one item that
// waits for her answer after its 办结 (village.StatusResolved), as her own
// answer would: words that say plainly it is not fixed (saysNotFixed:
// 「她说水管还是漏」, 「灯还是不亮」, 「没修好」) reopen it (未解决, her
// words the reason, its handlers told to go on); words that say it is
// fixed or that she is pleased (elderPleased: 「水管修好了 她说没事了」,
// 「她很满意」) close it (满意). Either is told by the worker who phoned
// her and recorded as implied (the reply says how to take it back), in
// the call's commit (change, guarded by the read of her grid's reports).
// Words that name another thing (「腿疼好了」, 「灯还是不亮」 of her pipe)
// change nothing, and are read on (a new matter is filed); with several
// items of hers waiting, which one she means is not for a guess: the
// reply lists them (data's Waiting). ok is false when none is changed:
// her words are read on as before.
func (r *Router) callSettles(ctx context.Context, t *turn, p village.Person, c *village.Call, change *storage.Change,
	said string, data map[string]any) ([]bot.Outbound, bool) {
	// the whole note: "修好了" is no well-word to leave out (needOnly)
	spoken := words.ClausesSaid(said)
	v, subject := words.VReopen, words.NotFixedSubject(spoken)
	switch {
	case words.SaysNotFixed(spoken):
	case r.elderPleased(t, spoken):
		v, subject = words.VConfirm, words.FixedSubject(spoken)
	default:
		return nil, false
	}
	reports, read, err := r.store.FollowedReports(ctx, storage.VillageScope(p.Village), p.Grid, words.StatusRecent)
	if err != nil {
		return nil, false
	}
	found := words.Newest(reports, len(reports), func(rep village.Report) bool {
		if rep.Status != village.StatusResolved || !rep.ReportedBy(p) {
			return false
		}
		if v == words.VReopen && subject == "" {
			return words.NotFixedOf(spoken, rep)
		}
		return subject == "" || strings.ContainsAny(rep.Text, subject)
	})
	var closed village.Report // her item closed lately that she says broke again
	if v == words.VReopen && len(found) == 0 {
		if old, ok := r.closedOnCall(t, p, reports, spoken, subject); ok && t.at.Sub(words.ClosedAt(old)) <= r.cfg.Followup.ReopenWithin.Std() {
			found, closed = []village.Report{old}, old
		}
	}
	if len(found) > 1 {
		data["Waiting"], data["WaitingFixed"] = found, v == words.VConfirm // which of them she means, he asks her
		// he is told to answer for her only if he may, of each
		data["Recorder"] = !slices.ContainsFunc(found, func(rep village.Report) bool { return !r.answersFor(rep, t.who, v) })
	}
	if len(found) != 1 {
		return nil, false
	}
	rep := found[0]
	note := "电话回访" + r.shown(p) + "：" + spoken
	// .Relayed: how to take it back is the worker's, in his reply
	news := map[string]any{"R": &rep, "Note": note, "By": r.shown(p) + "（" + r.shown(t.who) + "电话回访）", "Now": t.at, "Implied": true, "Relayed": true}
	if v == words.VReopen {
		// the grid gets the whole time again, as her 未解决 gives it
		again := &lifecycle{cmd: command{verb: v}, rep: rep, data: news}
		r.prepareAgain(t, again)
		rep = again.rep
	}
	apply := rep.ApplyOn
	if closed.ID != "" {
		// closed by her 满意 or unanswered a few days ago: reopened on
		// her word, as her 「是」 to reopenOffer does
		apply = func(cal village.Calendar, _ village.Action, by string, at time.Time, note string) error {
			return rep.ReopenClosedOn(cal, by, at, note)
		}
		data["WasClosed"] = words.ClosedAt(closed)
	}
	if err := apply(r.cfg.Calendar(), words.VerbActions[v], t.who.Name, t.at, note); err != nil {
		return nil, false
	}
	rep.History[len(rep.History)-1].Implied = true
	*change = read.Guard(*change)
	change.Report, c.Report = &rep, rep.ID
	// whoever follows it hears it as her own answer tells them; the
	// worker's own copy is the call's reply, which says it
	self := r.back(t, "")
	out := slices.DeleteFunc(r.notify(t, &rep, words.LifecycleBlocks[v], news), func(o bot.Outbound) bool {
		return o.To == self.To && o.Kind == self.Kind
	})
	if v == words.VReopen {
		// who goes on with it: he himself, or the handlers his reply
		// asks in her group (elsewhere, notify told them)
		data["Reopened"], data["Handles"] = &rep, slices.Contains(rep.Handlers, r.shown(t.who))
		if t.m.Chat == rep.Chat {
			data["Mention"] = r.othersInGroup(t.at, &rep, t.who)
		}
	} else {
		data["Confirmed"] = &rep
	}
	take := words.VReopen // 满意 recorded: 未解决 takes it back, and the other way
	if v == words.VReopen {
		take = words.VConfirm
	}
	data["Said"], data["Recorder"] = spoken, r.answersFor(rep, t.who, take)
	return out, true
}

// closedOnCall is p's newest item, closed by her 满意 or unanswered
// (village.Report.Reopenable) within settledWindow, that her words on a
// call say is not fixed or broke again (words, naming subject when they
// name a thing: 「屋顶还是漏」 of 「屋顶漏雨」). reports are her grid's as
// callSettles read them. ok is false when none is.
func (r *Router) closedOnCall(t *turn, p village.Person, reports []village.Report, spoken, subject string) (village.Report, bool) {
	found := words.Newest(reports, 1, func(rep village.Report) bool {
		if !rep.Reopenable() || !rep.ReportedBy(p) || t.at.Sub(words.ClosedAt(rep)) > words.SettledWindow {
			return false
		}
		if subject == "" {
			return words.NotFixedOf(spoken, rep)
		}
		return strings.Contains(rep.Text, subject) || understand.SharesSubject(t.hear(rep.Text), t.hear(spoken))
	})
	if len(found) == 0 {
		return village.Report{}, false
	}
	return found[0], true
}

// recurredOnCall is p's item closed longer ago than followup.reopen_within
// but within settledWindow that what she said on a call (said) tells is not
// fixed, or broke again (closedOnCall): the item filed of her words is
// linked to it. Her grid's reports are read as this process follows them:
// the link is a note for its handlers, which the commit does not check.
func (r *Router) recurredOnCall(ctx context.Context, t *turn, p village.Person, said string) (village.Report, bool) {
	spoken := words.ClausesSaid(said)
	if !words.SaysNotFixed(spoken) {
		return village.Report{}, false
	}
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(p.Village), p.Grid, words.StatusRecent)
	if err != nil {
		return village.Report{}, false
	}
	return r.closedOnCall(t, p, reports, spoken, words.NotFixedSubject(spoken))
}

// elderPleased reports whether words, an elder's on a call, say with no
// doubt that her matter is fixed or over ("水管修好了 没事了": a clause
// fixedPlainly reads so) or that she is pleased ("她很满意"); not a bare
// 好了, nor words that ask, deny or go on to something else.
func (r *Router) elderPleased(t *turn, spoken string) bool {
	if words.SaysSatisfied(spoken) {
		return true
	}
	if utf8.RuneCountInString(spoken) > 2*words.MaxPlainFixedRunes || words.ContainsAnyOf(words.AllClear.Replace(spoken), words.DoubtWords...) {
		return false
	}
	return slices.ContainsFunc(strings.FieldsFunc(spoken, func(x rune) bool { return strings.ContainsRune(words.CallSeps, x) }), func(clause string) bool {
		return words.FixedPlainly(t.hear(clause))
	})
}

// answersFor reports whether the worker who logs her call may send v
// (满意 or 未解决) on her item himself, as the reply to his note then
// tells him to: the check the command itself makes (may). Another is told
// to tell the grid leader.
func (r *Router) answersFor(rep village.Report, worker village.Person, v words.Verb) bool {
	ok, _, _ := r.may(worker, v, rep)
	return ok
}
