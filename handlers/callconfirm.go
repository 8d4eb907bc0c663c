package handlers

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// callConfirms closes p's one item that waits for her answer after its
// 办结 (village.StatusResolved) when what she said on call c says it is
// fixed or that she is pleased (said: 「水管修好了 她说没事了」, 「修好了
// 她说好了」, 「她很满意」): her 满意, told by the worker who phoned her
// and recorded as implied (the reply says how to take it back), in the
// call's commit (change, guarded by the read of her grid's reports), as
// 满意 from her recorder would. Words that name another thing fixed
// (「腿疼好了」 of her pipe) close nothing; with several items of hers
// waiting, which one she means is not for a guess: the reply lists them
// (data's Waiting). ok is false when none is closed: her words are read
// on as before.
func (r *Router) callConfirms(ctx context.Context, t *turn, p village.Person, c *village.Call, change *storage.Change,
	said string, data map[string]any) ([]bot.Outbound, bool) {
	// the whole note: "修好了" is no well-word to leave out (needOnly)
	words := clausesSaid(said)
	if !r.elderPleased(t, words) {
		return nil, false
	}
	reports, read, err := r.store.FollowedReports(ctx, storage.VillageScope(p.Village), p.Grid, statusRecent)
	if err != nil {
		return nil, false
	}
	subject := fixedSubject(words)
	found := newest(reports, len(reports), func(rep village.Report) bool {
		return rep.Status == village.StatusResolved && rep.ReportedBy(p) && (subject == "" || strings.ContainsAny(rep.Text, subject))
	})
	if len(found) > 1 {
		data["Waiting"] = found // which of them she means, he asks her
	}
	if len(found) != 1 {
		return nil, false
	}
	rep := found[0]
	note := "电话回访" + r.shown(p) + "：" + words
	if err := rep.ApplyOn(r.cfg.Calendar(), village.ActConfirm, t.who.Name, t.at, note); err != nil {
		return nil, false
	}
	rep.History[len(rep.History)-1].Implied = true
	*change = read.Guard(*change)
	change.Report, c.Report = &rep, rep.ID
	// whoever follows it hears it closed as 满意 does; the worker's own
	// copy is the call's reply, which says it
	news := map[string]any{"R": &rep, "Note": note, "By": r.shown(p) + "（" + r.shown(t.who) + "电话回访）", "Now": t.at, "Implied": true}
	self := r.back(t, "")
	out := slices.DeleteFunc(r.notify(t, &rep, lifecycleBlocks[vConfirm], news), func(o bot.Outbound) bool {
		return o.To == self.To && o.Kind == self.Kind
	})
	data["Confirmed"], data["Said"], data["Recorder"] = &rep, words, rep.RecordedBy(t.who)
	return out, true
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
