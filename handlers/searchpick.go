package handlers

// A cadre leading a search ("我去后山找", "大家分头去河边找找") while more
// than one alarm of the grid may be his (alarm89): of the missing-person
// alarms open, the one his words name (a place or a name its alarm or
// its missing person's roster name holds) is the one he takes on; naming
// none of several, he is asked which, numbered, his number running what
// he would have typed (pickReply): 「确认 #R 他的话」 of one nobody took on,
// 「进展 #R 他的话」 of one someone leads already. An alarm of another
// hazard is no search's: beside a fire, the one missing alarm is his.

import (
	"context"
	"slices"

	"gridbot/handlers/words"
	"gridbot/village"
)

// searchChosen chooses, of open (the grid's open reports), the alarm a
// cadre's search words (spoken, of kind: words.SearchOf) are of — a
// missing person's for 找, a collapse's with people trapped for 挖 or
// 救出来 (searched, as the duty chat reads them: alarm94) — and the
// command they make of it (alarmAcked's choose: rep nil and done true
// when he was asked which; rep nil and done false when no such alarm
// waits for 确认: the words go on as before).
func (r *Router) searchChosen(ctx context.Context, t *turn, open []village.Report, spoken string, kind words.SearchKind) (*village.Report, string, bool, error) {
	var waiting, led []village.Report
	for _, rep := range open {
		switch {
		case rep.Type != village.Emergency || !r.searched(t, rep, kind):
		case words.AwaitsAccept(rep):
			waiting = append(waiting, rep)
		case rep.Status.Open() && rep.Status != village.StatusResolved && !words.SaidOut(rep) && t.at.Sub(words.LastTouched(rep)) <= words.FreshWindow:
			led = append(led, rep) // someone leads its search: his words are its 进展
		}
	}
	if !slices.ContainsFunc(waiting, func(rep village.Report) bool { return words.AlarmFresh(rep, t.at) }) {
		return nil, "", false, nil // none waits: as before (alarmJoined, the classifier)
	}
	all := append(slices.Clone(waiting), led...)
	about, named := r.searchAbout(t, all, spoken)
	if len(about) == 1 {
		rep := about[0]
		// one unnamed: sure only as alarmAcked is of its one alarm (no
		// other matter of the group since, which his words may answer)
		others := slices.DeleteFunc(slices.Clone(open), func(x village.Report) bool { return x.Type == village.Emergency })
		if !named && (r.confirmAskedSince(t, rep.CreatedAt) || filedSince(t, others, rep.CreatedAt)) {
			return nil, "", false, nil
		}
		text, ok := r.searchLine(t, rep, spoken)
		if !ok {
			return nil, "", false, nil // not his to take on: as before
		}
		return &rep, text, false, nil
	}
	var items []village.Report
	var lines []string
	for _, rep := range about {
		if text, ok := r.searchLine(t, rep, spoken); ok {
			items, lines = append(items, rep), append(lines, text)
		}
	}
	t.takeOn, t.offerEnd = false, false // set by alarmCommand's news; the number sets them again
	if len(items) < 2 {
		return nil, "", false, nil
	}
	note := words.ShortText(spoken)
	return nil, "", true, r.pickReply(ctx, t, items, func(i int, _ village.Report) string { return lines[i] }, note, "search.which",
		map[string]any{"Who": t.who.Name, "Note": note, "Led": len(led) > 0, "Search": dutySought(items, true)})
}

// searchLine is the command a cadre's search words make of rep, a
// missing alarm: its 确认 (alarmCommand) while nobody took it on, else
// its 进展. ok is false when he may not.
func (r *Router) searchLine(t *turn, rep village.Report, spoken string) (string, bool) {
	if words.Unattended(rep) {
		return r.alarmCommand(t, rep, spoken)
	}
	if may, _, _ := r.mayNow(t, words.VProgress, rep); !may {
		return "", false
	}
	return string(words.VProgress) + " #" + rep.ID + " " + spoken, true
}

// searchAbout narrows reps, missing alarms, to those a search's words
// name most: places and names (words.SearchNamed) the alarm's words, or
// its missing people's roster names, hold ("我去后山找" of 「小明放学往
// 后山去了」, "去河边找王奶奶" of 「王奶奶走丢了」); "去后山找小明" of
// 「小明往后山去了」 before 「孙子去后山玩」 (a name and a place over a
// place alone, alarm93). named is false when they name none of them
// (all reps, the waiting first, are returned).
func (r *Router) searchAbout(t *turn, reps []village.Report, spoken string) (about []village.Report, named bool) {
	said, most := t.hear(spoken).Canon, 0
	for _, rep := range reps {
		alarm := t.hear(rep.Text).Canon
		reporter, _ := r.personOf(rep.ReporterKey)
		for _, m := range r.missingNamed(rep, reporter) {
			alarm += " " + m.Name
		}
		switch n := words.SearchNamed(said, alarm); {
		case n > most:
			about, most = []village.Report{rep}, n
		case n == most && n > 0:
			about = append(about, rep)
		}
	}
	if len(about) == 0 {
		return reps, false
	}
	return about, true
}
