package handlers

// An officer's plain words taking on an item the grid sent up, in the
// township's chat: 「R1我来跟」, 「这个我找城建办联系一下」 after its
// 【网格上报】, 「我来处理」 quoting it. They are the township's 确认 with
// his words as the note; a department of the township named in them is
// his 指派 to it, which takes it on the same way (prepareAssign).

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// officerTakes reads note as an officer's words taking an item on: ok, and
// the unit he passes it to, if he names one (a department of the township
// or a body by its name's ending: 城建办, 供电所). A contact with no unit
// named (「我联系一下」, 「我联系一下食堂」) takes an item on only when
// anyUnit: the item is named or quoted.
func (r *Router) officerTakes(note string, anyUnit bool) (unit string, ok bool) {
	if words.ContainsAnyOf(note, words.NotTakingWords...) {
		return "", false
	}
	if m := words.ContactsUnit.FindStringSubmatch(note); m != nil {
		unit = r.unitNamed(cmp.Or(m[1], m[2]))
		if unit != "" || anyUnit {
			return unit, true
		}
	}
	if !words.ContainsAnyOf(note, words.OfficerTakeWords...) {
		return "", false
	}
	for _, w := range strings.FieldsFunc(note, func(c rune) bool {
		return strings.ContainsRune(" ，,。、；;！!找跟和与给联系对接转交", c)
	}) {
		if unit = r.unitNamed(w); unit != "" {
			break
		}
	}
	return unit, true
}

// unitNamed is w as a body an item is passed to: a department of the
// township, or a name with a unit's ending (unitEnds, unitNames); "" else.
func (r *Router) unitNamed(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "一下"), "那边")
	if d, ok := r.cfg.Township.Department(w); ok {
		return d.Name
	}
	if n := utf8.RuneCountInString(w); n < 2 || n > 8 || !words.ContainsAnyOf(w, words.UnitNames...) &&
		!slices.ContainsFunc(words.UnitEnds, func(end string) bool { return strings.HasSuffix(w, end) }) {
		return ""
	}
	return w
}

// takenUpBy runs an officer's taking words note on rep, sent up and not
// taken over: 指派 to the department named (which takes it on, prepareAssign),
// else 确认, his words the note either way; the grid hears as for the
// typed command.
func (r *Router) takenUpBy(ctx context.Context, t *turn, rep village.Report, unit, note string) error {
	t.implied = true
	_, err := r.run(ctx, t, r.takeLine(rep, unit, note))
	return err
}

// takeLine is the command an officer's taking words note on rep mean.
func (r *Router) takeLine(rep village.Report, unit, note string) string {
	ref := village.TownshipRef(rep.Village, rep.ID, len(r.cfg.Villages) > 1)
	if d, ok := r.cfg.Township.Department(unit); ok && unit != "" {
		return string(words.VAssign) + " " + ref + " " + d.Name + " " + note
	}
	return string(words.VAccept) + " " + ref + " " + note
}

// officerTakesNamed is officerTakes of an officer's note on the one item
// he numbered or quoted (「R1我来跟」): taken on when the township is yet
// to take it (townshipToTake, no alarm: the duty chat's 确认 is said as
// such). done is false otherwise.
func (r *Router) officerTakesNamed(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	if !officerTakesAt(t) || len(n.refs) != 1 || n.unsure {
		return false, nil
	}
	unit, ok := r.officerTakes(n.note, true)
	if !ok {
		return false, nil
	}
	if rep, ok, err := r.followedRef(ctx, t, n.refs[0]); err != nil {
		return true, err
	} else if ok && len(r.heldByOthers(t, rep)) > 0 {
		// another officer has it: who, and how to join or have it handed on
		return true, r.heldElsewhere(ctx, t, []village.Report{rep})
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err == nil && ok && len(r.heldByOthers(t, rep)) > 0 {
		return true, r.heldElsewhere(ctx, t, []village.Report{rep})
	}
	mine := rep.Status == village.StatusEscalated && rep.HandledBy(t.who) // 确认 says he has it already
	if err != nil || !ok || !mine && !r.townshipToTake(rep) || rep.Type == village.Emergency {
		return err != nil, err
	}
	return true, r.takenUpBy(ctx, t, rep, unit, n.note)
}

// officerTakesRecent is officerTakes of an officer's unnumbered, unquoted
// words in the township's chat (「这个我找城建办联系一下」): the one item
// sent up to this chat within upWindow that no officer took over is taken
// on; of several he is asked which, his number its 确认. A contact takes
// an item on only with a unit named (「我联系一下食堂」 is talk). done is
// false for other words, or no such item.
func (r *Router) officerTakesRecent(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil || !officerTakesAt(t) {
		return false, nil
	}
	unit, ok := r.officerTakes(t.text, false)
	if !ok {
		return false, nil
	}
	cands, others, mine, err := r.upHere(ctx, t)
	switch {
	case err != nil:
		return true, err
	case len(cands) == 0 && len(others) > 0:
		// all of them another officer took: who, not a second 确认
		return true, r.heldElsewhere(ctx, t, others)
	case len(cands) == 0 && len(mine) == 1 && t.where.Kind == words.InPrivate:
		// said to the bot again: it answers (the office's chat talks on)
		return true, r.reply(ctx, t, "accept.already", map[string]any{"R": &mine[0], "Now": t.at})
	case len(cands) == 0:
		return false, nil
	case len(cands) == 1:
		return true, r.takenUpBy(ctx, t, cands[0], unit, t.text)
	}
	opts := r.townshipPicks(t, cands, func(rep village.Report) string { return r.takeLine(rep, unit, t.text) })
	items, rest, err := r.askPickOne(t, t.text, opts, len(opts), false)
	if err != nil {
		return true, err
	}
	return true, r.reply(ctx, t, "pick.office", map[string]any{"Who": t.who.Name, "Note": t.text, "Items": items, "Rest": rest})
}

// upHere are the items sent up to the turn's chat (any township chat, told
// privately) within upWindow that no officer took over, those another
// officer took over, and those the sender took over, as this process follows each village's open reports
// (no round trip when it does); the reads guard the commit they decide.
func (r *Router) upHere(ctx context.Context, t *turn) (untaken, others, mine []village.Report, err error) {
	err = r.eachFollowed(ctx, t, func(rep village.Report) {
		if !rep.Status.Open() || rep.Type == village.Emergency || t.at.Sub(rep.EscalatedAt()) > words.UpWindow ||
			t.where.Kind != words.InPrivate && r.cfg.TownshipChat(&rep) != t.m.Chat || t.where.Kind == words.InPrivate && !rep.WentUp() {
			return
		}
		switch {
		case r.townshipToTake(rep):
			untaken = append(untaken, rep)
		case len(r.heldByOthers(t, rep)) > 0:
			others = append(others, rep)
		case rep.Status == village.StatusEscalated && rep.HandledBy(t.who):
			mine = append(mine, rep)
		}
	})
	return untaken, others, mine, err
}

// eachFollowed calls f on each village's open reports as this process
// follows them (no round trip when it does), their reads kept to guard
// the turn's commit.
func (r *Router) eachFollowed(ctx context.Context, t *turn, f func(village.Report)) error {
	for _, v := range r.cfg.Villages {
		sc := storage.VillageScope(v.Name)
		open, read, err := r.store.FollowedReports(ctx, sc, "", 0)
		if err != nil {
			return err
		}
		t.copies.addReports(sc, read)
		for _, rep := range open {
			f(rep)
		}
	}
	return nil
}

// followedRef is the open item ref names as this process follows the
// open reports (eachFollowed): ok only when one village's item has that
// number, so a closed or unknown one is read as before (oneReport).
func (r *Router) followedRef(ctx context.Context, t *turn, ref village.Ref) (rep village.Report, ok bool, err error) {
	if ref.Kind != 'R' {
		return rep, false, nil
	}
	n := 0
	err = r.eachFollowed(ctx, t, func(x village.Report) {
		if x.ID == ref.String() {
			rep, n = x, n+1
		}
	})
	return rep, err == nil && n == 1, err
}

// officerTakesAt reports whether t's taking words may be an officer's on
// an item sent up: in the township's view (officerHere), or written to
// the bot privately by an officer who lives in a grid too.
func officerTakesAt(t *turn) bool {
	return officerHere(t) || t.where.Kind == words.InPrivate && t.who.Has(village.RoleOfficer)
}

// heldByOthers are the officers other than t's sender who took rep over
// while the township has it (none for an alarm: the duty chat's own).
func (r *Router) heldByOthers(t *turn, rep village.Report) []string {
	if rep.Type == village.Emergency || !rep.Status.Open() || rep.HandledBy(t.who) {
		return nil
	}
	return rep.TownHolders(r.people.Lookup)
}

// heldElsewhere answers an officer's taking words on items another officer
// took over: nothing changes; he hears who has each and how to join it
// (「确认 #R」) or have it handed to him (the holder's 「指派 #R 他」).
func (r *Router) heldElsewhere(ctx context.Context, t *turn, reps []village.Report) error {
	several := len(r.cfg.Villages) > 1
	items := make([]map[string]any, len(reps))
	for i, rep := range reps {
		items[i] = map[string]any{"Ref": village.TownshipRef(rep.Village, rep.ID, several), "Text": words.ShortText(rep.Text),
			"Held": r.heldByOthers(t, rep)}
	}
	return r.reply(ctx, t, "take.heldelsewhere", map[string]any{"Who": t.who.Name, "Items": items})
}
