package handlers

// A grid cadre's or the reporter's word, right after his 未解决 took an
// item's 办结 back, that it was a slip ("刚才点错了", "是我看错了", a bare
// 「撤回」): the item is resolved again, waiting on its reporter as before,
// and the 满意 question the 未解决 withdrew from the morning is asked again
// (quiet85).

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// reopenTakenBack handles a grid cadre's or a reporter's 「撤回」 of no claim, or his short words
// of a slip ("刚才点错了", "#R1 点错了", either quoting the bot's message
// or not), within takeBackWithin of his 未解决 that took back a 办结 of
// his grid's (village.Report.UndoReopen): the newest such item (the one
// his words name, if any) is resolved again, and the group hears that
// its handlers need do nothing and its reporter's answer is still
// awaited: his own slip is answered with that question, and one said at
// night, whose 满意 question was held for the morning and withdrawn by
// the 未解决 (heldAbout, leftResolved), holds it again. One read
// (latestOpen) and one commit; done is false, before any read, for other
// words, and after it when no such step is his.
func (r *Router) reopenTakenBack(ctx context.Context, t *turn, cmd command, isCmd bool) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil && t.quote.Name != r.cfg.BotName {
		return false, nil
	}
	refs := words.ReportRefs(village.FindRefs(t.text))
	switch {
	case isCmd && cmd.verb == words.VWithdraw && len(words.ReportRefs(cmd.refs)) == len(cmd.refs) && len(refs) <= 1 && utf8.RuneCountInString(cmd.args) <= 10:
		// 「撤回」, 「撤回 #R1」, 「撤回刚才的未解决」: no claim's
	case isCmd || strings.ContainsAny(t.text, "?？吗") || utf8.RuneCountInString(t.text) > 16 ||
		!words.ContainsAnyOf(t.text, words.SlipWords...) || len(refs) > 1:
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	var found *village.Report
	var slip village.Entry
	for _, rep := range open {
		if rep.Type != village.General || len(refs) == 1 && rep.ID != refs[0].String() {
			continue
		}
		e, ok := rep.UndoReopen(t.who.Name)
		if ok && t.at.Sub(e.At) <= words.TakeBackWithin && (found == nil || e.At.After(slip.At)) {
			found, slip = &rep, e
		}
	}
	if found == nil {
		return false, nil
	}
	rep := *found
	res, _ := rep.Last(village.ActResolve)
	own := rep.ReportedBy(t.who) || rep.RecordedBy(t.who)
	data := map[string]any{"R": &rep, "By": r.shown(t.who), "Resolved": res.Note, "Mention": r.othersInGroup(t.at, &rep, t.who), "Own": own}
	out := []bot.Outbound{r.back(t, r.textsFor(t).Render("reopen.undone", data))}
	if !own && r.wake(t) != "" && !r.cfg.QuietHours.Until(res.At.In(r.cfg.Location())).IsZero() {
		// the 办结 was said this night and its question held for the
		// morning; the 未解决 withdrew it, and is taken back
		out = append(out, r.askInTheMorning(rep))
	}
	_, err = r.commit(ctx, t, storage.Change{Scope: storage.VillageScope(rep.Village), MsgID: t.m.ID, Report: &rep, Read: t.latestRead,
		Out:   out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "unreopen", Note: rep.ID + " " + words.ShortText(slip.Note)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.reopenTakenBack(ctx, t, cmd, isCmd) // it changed meanwhile: read it again, once
	}
	return true, err
}
