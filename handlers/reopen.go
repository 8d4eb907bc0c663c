package handlers

// A reporter's short word, days after his item closed, that it is not done
// ("还是不亮", "路灯又不亮了" after #R1 was closed unanswered or confirmed
// 满意): he means that item broke again or was never fixed, not a new
// matter. He is asked whether it is that item, and his 「是」 reopens it
// (未解决 with his words), its handlers told as any 未解决 tells them.

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// reopenOffer answers the reporter's short word in his grid's group (or
// privately to the bot: of his grid's items, his private ones too) that
// a matter is still, or again, not right (reopenWords, at most
// reopenMaxRunes) when an item of his (一般事项, told in the group) closed
// by his 满意 or unanswered (village.Report.Reopenable) within
// followup.reopen_within is of the same matter: it names its thing
// (understand.SharesSubject), or names none and reads as of its category
// (「还是不亮」 of a street lamp). He is asked whether that item is not
// done, 「是」 to reopen it (askReopen). The newest such item is offered.
// Only such words, read as a report (「明天又要降温了」, 「还是你们去吧」
// are not), look at the grid's reports, as this process follows them
// (settledNews reads the same next); done is false for anything else.
func (r *Router) reopenOffer(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if reading.Intent != village.IntentReport || reading.Type == village.Emergency || reading.Type == village.Mediation ||
		strings.ContainsAny(t.text, "?？吗") || utf8.RuneCountInString(strings.TrimSpace(t.text)) > words.ReopenMaxRunes ||
		!words.ContainsAnyOf(t.text, words.ReopenWords...) {
		return false, nil
	}
	said := t.said()
	found, private, err := r.closedLately(ctx, t, func(old village.Report) bool {
		return old.Type == village.General && old.ReportedBy(t.who) && closedMatter(t, old, said, reading)
	})
	if err != nil || found.ID == "" {
		return err != nil, err
	}
	if err := r.ask(t, question{Kind: words.AskReopen, Text: t.text, Type: found.Type, Ref: found.ID, Village: found.Village, Msg: t.m.ID}); err != nil {
		return true, err
	}
	t.scope = storage.VillageScope(found.Village)
	last := found.History[len(found.History)-1]
	return true, r.reply(ctx, t, "reopen.offer", map[string]any{"Now": t.at, "Who": t.who.Name, "R": &found, "Auto": last.By == village.SystemActor, "Group": !private,
		"Said": strings.HasPrefix(last.Note, village.FixedSaidNote)}) // closed on his own 「好了」 said before the 办结: no 满意 was asked
}

// closedLately is the newest item of the sender's grid closed by a 满意 or
// unanswered (village.Report.Reopenable) within followup.reopen_within
// that fits: in his grid's group, or privately to the bot (of his items in
// his own grid, those he told privately too, rep74), read on the grid's
// reports as this process follows them. None (zero ID) for a message
// elsewhere, quoting, naming a number, or from one who tends the grid;
// private says he wrote privately.
func (r *Router) closedLately(ctx context.Context, t *turn, fits func(village.Report) bool) (found village.Report, private bool, err error) {
	return r.closedWithin(ctx, t, r.cfg.Followup.ReopenWithin.Std(), fits)
}

// closedWithin is closedLately with the items closed within the time given.
func (r *Router) closedWithin(ctx context.Context, t *turn, within time.Duration, fits func(village.Report) bool) (found village.Report, private bool, err error) {
	v, g := t.gridSpoken()
	private = t.where.Kind == words.InPrivate
	if t.where.Kind != words.InGrid && !private || t.quote != nil || v == "" || g == "" || t.who.Tends(v, g) ||
		len(village.FindRefs(t.text)) > 0 {
		return found, private, nil
	}
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(v), g, words.StatusRecent)
	if err != nil {
		return found, private, err
	}
	for _, old := range reports {
		if old.Grid != g || old.Private() && !private || !old.Reopenable() || t.at.Sub(words.ClosedAt(old)) > within || !fits(old) {
			continue
		}
		if found.ID == "" || words.ClosedAt(old).After(words.ClosedAt(found)) {
			found = old
		}
	}
	return found, private, nil
}

// closedMatter reports whether the words said (read as reading) are of
// old's matter: they name its thing, or no thing and its category.
func closedMatter(t *turn, old village.Report, said understand.Said, reading village.Reading) bool {
	if understand.SharesSubject(t.hear(old.Text), said) {
		return true
	}
	return !understand.NamesSubject(said) && reading.Category != "" && reading.Category != "其他" && reading.Category == old.Category
}

// reopenAnswered acts on the reporter's answer to the offer to reopen
// q.Ref: yes reopens it with his words (未解决, its handlers told); no
// leaves it closed, and he hears how to tell another matter.
func (r *Router) reopenAnswered(ctx context.Context, t *turn, q question, yes bool) error {
	ref, ok := village.ParseRef(q.Ref)
	if !yes || !ok {
		return r.reply(ctx, t, "reopen.dropped", map[string]any{"Ref": q.Ref, "R": q.item()})
	}
	return r.reopenClosedWith(ctx, t, q.Text, []village.Ref{ref})
}

// reopenClosedWith reopens the closed item refs names with the words said (未解
// 决, its handlers told): the 未解决 of a closed item, which only these
// paths may run (turn.reopenClosed).
func (r *Router) reopenClosedWith(ctx context.Context, t *turn, said string, refs []village.Ref) error {
	t.reopenClosed = true
	defer func() { t.reopenClosed = false }()
	return r.lifecycleOf(ctx, t, command{verb: words.VReopen, word: "未解决", args: words.Defuse(said)}, refs)
}

// unkeptAfterClose reopens the quarrel a party says was settled on a
// promise not kept ("说好下周一给的300块 到现在一分没给",
// words.SettlementUnkept), in his grid's group or privately, when the
// quarrel closed lately (满意, or unanswered: village.Report.Reopenable,
// within followup.reopen_within) on a 办结 that promised something
// (unkeptOf): its 未解决 with his words, its handlers told, as the same
// words make it while the quarrel waits for its reporter (plainWords.
// unkept). Any party may say it (partyTo), as any may of a resolved
// quarrel: the one owed is as often the other side as the reporter. The
// newest such quarrel is meant; words naming another household
// (otherQuarrel) are another matter. Before, the group heard nothing and the
// mediators neither, the quarrel left closed on a settlement not kept
// (med96's walk: the payment's day passed after the 回访 closed it).
// done is false for any other words, or with no such quarrel.
func (r *Router) unkeptAfterClose(ctx context.Context, t *turn, _ village.Reading) (done bool, err error) {
	if !words.SettlementUnkept(t.text) {
		return false, nil
	}
	v := t.where.Village
	if t.where.Kind == words.InPrivate {
		v = t.who.Village
	}
	named := r.sidesNamed(v, t.who, t.text)
	fits := func(old village.Report) bool {
		// 「赵六借我的500块说好月底还 到现在没还」: another debt
		// another creditor's money is owed whatever the reporter's 满意
		// said of his own (「满意 钱给了」)
		if words.IsOtherCreditor(old, t.who.Name) {
			old = words.CreditorView(old)
		}
		return r.partyTo(t.who, old) && unkeptOf(old) && !r.otherQuarrel(t.who, named, old, t.text)
	}
	found, _, err := r.closedLately(ctx, t, fits)
	if err != nil {
		return true, err
	}
	if found.ID != "" {
		return true, r.reopenClosedWith(ctx, t, t.text, words.RefOf(found))
	}
	// Closed longer ago (a closed item stays closed past reopen_within):
	// the same dispute again, filed as a quarrel linked to it (Recurs) and
	// its mediators told so, as a relapse is (relapseOf, whose window it
	// shares). Before, 「说好下周一给的500块 到现在一分没给 墙也没拆」 eight
	// days after the close was offered as a general 安全隐患, unlinked.
	if found, _, err = r.closedWithin(ctx, t, words.RelapseWindow, fits); err != nil || found.ID == "" {
		return err != nil, err
	}
	t.recurs, t.unkept, t.noDup = &found, &found, true
	defer func() { t.recurs, t.unkept = nil, nil }()
	return true, r.report(ctx, t, t.text, village.Mediation)
}

// unkeptOf reports whether rep's 办结 promised what a party may say was
// not kept: money (words.PaymentOwed), or an agreement (说好, 答应, 协议…).
func unkeptOf(rep village.Report) bool {
	e, ok := rep.LastResolve()
	return ok && (words.PaymentOwed(rep) != "" || words.ContainsAnyOf(e.Note, words.PromiseWords...))
}
