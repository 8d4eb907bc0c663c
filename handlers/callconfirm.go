package handlers

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/bot"
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
	words := clausesSaid(said)
	v, subject := vReopen, notFixedSubject(words)
	switch {
	case saysNotFixed(words):
	case r.elderPleased(t, words):
		v, subject = vConfirm, fixedSubject(words)
	default:
		return nil, false
	}
	reports, read, err := r.store.FollowedReports(ctx, storage.VillageScope(p.Village), p.Grid, statusRecent)
	if err != nil {
		return nil, false
	}
	found := newest(reports, len(reports), func(rep village.Report) bool {
		if rep.Status != village.StatusResolved || !rep.ReportedBy(p) {
			return false
		}
		if v == vReopen && subject == "" {
			return notFixedOf(words, rep)
		}
		return subject == "" || strings.ContainsAny(rep.Text, subject)
	})
	var closed village.Report // her item closed lately that she says broke again
	if v == vReopen && len(found) == 0 {
		if old, ok := r.closedOnCall(t, p, reports, words, subject); ok && t.at.Sub(closedAt(old)) <= r.cfg.Followup.ReopenWithin.Std() {
			found, closed = []village.Report{old}, old
		}
	}
	if len(found) > 1 {
		data["Waiting"], data["WaitingFixed"] = found, v == vConfirm // which of them she means, he asks her
		// he is told to answer for her only if he may, of each
		data["Recorder"] = !slices.ContainsFunc(found, func(rep village.Report) bool { return !r.answersFor(rep, t.who, v) })
	}
	if len(found) != 1 {
		return nil, false
	}
	rep := found[0]
	note := "电话回访" + r.shown(p) + "：" + words
	// .Relayed: how to take it back is the worker's, in his reply
	news := map[string]any{"R": &rep, "Note": note, "By": r.shown(p) + "（" + r.shown(t.who) + "电话回访）", "Now": t.at, "Implied": true, "Relayed": true}
	if v == vReopen {
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
		data["WasClosed"] = closedAt(closed)
	}
	if err := apply(r.cfg.Calendar(), verbActions[v], t.who.Name, t.at, note); err != nil {
		return nil, false
	}
	rep.History[len(rep.History)-1].Implied = true
	*change = read.Guard(*change)
	change.Report, c.Report = &rep, rep.ID
	// whoever follows it hears it as her own answer tells them; the
	// worker's own copy is the call's reply, which says it
	self := r.back(t, "")
	out := slices.DeleteFunc(r.notify(t, &rep, lifecycleBlocks[v], news), func(o bot.Outbound) bool {
		return o.To == self.To && o.Kind == self.Kind
	})
	if v == vReopen {
		// who goes on with it: he himself, or the handlers his reply
		// asks in her group (elsewhere, notify told them)
		data["Reopened"], data["Handles"] = &rep, slices.Contains(rep.Handlers, r.shown(t.who))
		if t.m.Chat == rep.Chat {
			data["Mention"] = r.othersInGroup(&rep, t.who)
		}
	} else {
		data["Confirmed"] = &rep
	}
	take := vReopen // 满意 recorded: 未解决 takes it back, and the other way
	if v == vReopen {
		take = vConfirm
	}
	data["Said"], data["Recorder"] = words, r.answersFor(rep, t.who, take)
	return out, true
}

// notFixedOf reports whether words, an elder's that something is not
// fixed naming no thing (「还是没修好」, 「还是老样子」), are of rep: they
// speak of a fix, or in rep's words; not 「还是不想去医院」.
func notFixedOf(words string, rep village.Report) bool {
	return containsAnyOf(words, fixWords...) || strings.Contains(words, "样") || sharesBigram(words, rep.Text)
}

// closedOnCall is p's newest item, closed by her 满意 or unanswered
// (village.Report.Reopenable) within settledWindow, that her words on a
// call say is not fixed or broke again (words, naming subject when they
// name a thing: 「屋顶还是漏」 of 「屋顶漏雨」). reports are her grid's as
// callSettles read them. ok is false when none is.
func (r *Router) closedOnCall(t *turn, p village.Person, reports []village.Report, words, subject string) (village.Report, bool) {
	found := newest(reports, 1, func(rep village.Report) bool {
		if !rep.Reopenable() || !rep.ReportedBy(p) || t.at.Sub(closedAt(rep)) > settledWindow {
			return false
		}
		if subject == "" {
			return notFixedOf(words, rep)
		}
		return strings.Contains(rep.Text, subject) || understand.SharesSubject(t.hear(rep.Text), t.hear(words))
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
	words := clausesSaid(said)
	if !saysNotFixed(words) {
		return village.Report{}, false
	}
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(p.Village), p.Grid, statusRecent)
	if err != nil {
		return village.Report{}, false
	}
	return r.closedOnCall(t, p, reports, words, notFixedSubject(words))
}

// elderPleased reports whether words, an elder's on a call, say with no
// doubt that her matter is fixed or over ("水管修好了 没事了": a clause
// fixedPlainly reads so) or that she is pleased ("她很满意"); not a bare
// 好了, nor words that ask, deny or go on to something else.
func (r *Router) elderPleased(t *turn, words string) bool {
	if saysSatisfied(words) {
		return true
	}
	if utf8.RuneCountInString(words) > 2*maxPlainFixedRunes || containsAnyOf(allClear.Replace(words), doubtWords...) {
		return false
	}
	return slices.ContainsFunc(strings.FieldsFunc(words, func(x rune) bool { return strings.ContainsRune(callSeps, x) }), func(clause string) bool {
		return fixedPlainly(t.hear(clause))
	})
}

// clausesSaid is said with each clause in the elder's words (elderSaid):
// 「水管修好了 她说没事了」 is 水管修好了 没事了.
func clausesSaid(said string) string {
	var b strings.Builder
	for said != "" {
		end := strings.IndexAny(said, callSeps)
		if end < 0 {
			end = len(said)
		} else {
			_, size := utf8.DecodeRuneInString(said[end:])
			end += size
		}
		clause := said[:end]
		b.WriteString(elderSaid(clause))
		said = said[end:]
	}
	return b.String()
}

// answersFor reports whether the worker who logs her call may send v
// (满意 or 未解决) on her item himself, as the reply to his note then
// tells him to: the check the command itself makes (may). Another is told
// to tell the grid leader.
func (r *Router) answersFor(rep village.Report, worker village.Person, v verb) bool {
	ok, _, _ := r.may(worker, v, rep)
	return ok
}
