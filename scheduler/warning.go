package scheduler

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"

	"gridbot/config"
	"gridbot/storage"
	"gridbot/village"
)

// warnItem is one elder a severe-weather warning's calls phone, and how
// her call stood before it (warnCalls).
type warnItem struct {
	P    village.Person
	Care string
	// Listed: a call of hers still to be made carries the warning too (one
	// call); Retry: that call was tried and missed; Visit: missed too often,
	// the grid leader asked to visit (he is told too); Again: she was
	// reached earlier today, before the warning: phoned again.
	Listed, Retry, Visit, Again bool
}

// warnPart is what one who phones is told of a warning's calls in a run:
// its notice and his elders (notice.warning.calls).
type warnPart struct {
	N     village.Notice
	Items []warnItem
}

// warnCalls makes the calls of the severe-weather warnings ns (village.Notice.Warning,
// call89), once: every elder without WeChat of its groups' grids, whatever
// her household answered (a son's 收到 in the group is not her warned), all
// care tiers, gets it on her call: the one still to be made (one call, not
// two), else a new one. Due as warnDue says: at once, each worker (or
// whoever phones for him while he is away) told in one message per
// village, one header and one call per elder for all of ns (two warnings
// posted within the hour, call91); or on a call list still to come today
// or tomorrow morning, which names them (nothing said now). An elder
// reached since it went out is left alone (her worker, told in the group,
// spoke with her after it). Each village is one commit, its id the
// notices' (a re-run after a crash makes nothing twice), then they are
// stored with WarnedAt in one commit: the follow-up then asks no call of
// the elders for them (unanswered). Nothing is made when the calls changed
// meanwhile twice, or the lists are off in quiet hours: the next run tries
// again. A run that also chases a warning's households makes its calls in
// that chase instead (followup.warn), the worker told both in one message
// (call90).
func (j *jobs) warnCalls(ctx context.Context, now time.Time, ns []*village.Notice) error {
	var ws []warning
	for _, n := range ns {
		if due, tell, ok := j.warnDue(now, *n); ok { // not ok: the lists off, met at night: the morning's run tells them
			ws = append(ws, warning{n: n, due: due, tell: tell})
		}
	}
	return j.makeWarnCalls(ctx, now, ws)
}

// warning is a warning whose calls a run makes, due by due; tell: who
// phones is told now (else a call list names them).
type warning struct {
	n    *village.Notice
	due  time.Time
	tell bool
}

// listWarnings are the warnings among relay whose calls are still to be
// made, due by the call list of at and named by it (nothing said on its
// own): a warning held over the night and posted at 07:15, or one posted
// just before the list, is on the 08:00 list, not in a message of its own
// after it (one morning, one list; call91). The list run puts them on the
// calls it reads (foldWarnings) and its per-worker commits store them
// (call93).
func listWarnings(at, now time.Time, relay map[string]relayNotice) []warning {
	var ws []warning
	for _, id := range slices.Sorted(maps.Keys(relay)) {
		if r := relay[id]; !r.gone && toWarn(r.Notice, now) {
			n := r.Notice
			ws = append(ws, warning{n: &n, due: at})
		}
	}
	return ws
}

// foldWarnings puts the warnings ws on the calls of village v's elders
// they phone, in h.open (the calls this run read), as followup.warn does
// but stored by no commit of its own: the call list's per-worker commits
// carry them (call93). It returns the keys of the people whose calls it
// changed. A call already carrying a warning (a run stopped between two
// workers' commits) is left as it is, so a re-run puts on only what is
// missing.
func (j *jobs) foldWarnings(at time.Time, v config.Village, h *callHistory, people []village.Person, ws []warning) map[string]bool {
	f := j.newFollowupOf(at, v.Name, *h, people)
	for _, w := range ws {
		if grids := warnGrids(v, *w.n); len(grids) > 0 {
			f.warn(*w.n, grids, w.due, false)
		}
	}
	h.open = f.calls
	warned := map[string]bool{}
	for _, k := range f.changed {
		warned[k] = true
	}
	return warned
}

// makeWarnCalls is warnCalls with when each warning's calls are due and
// whether who phones is told now decided.
func (j *jobs) makeWarnCalls(ctx context.Context, now time.Time, ws []warning) error {
	if len(ws) == 0 {
		return nil
	}
	ids := warningIDs(ws)
	for _, v := range j.Config.Villages {
		if !slices.ContainsFunc(ws, func(w warning) bool { return len(warnGrids(v, *w.n)) > 0 }) {
			continue
		}
		for attempt := 0; ; attempt++ {
			err := j.warnVillage(ctx, now, v, ws)
			if !errors.Is(err, storage.ErrConflict) {
				if err != nil {
					return err
				}
				break
			}
			if attempt == 1 {
				j.Logger.WarnContext(ctx, "warning calls not made: the calls kept changing; the next run makes them", "notices", strings.Join(ids, ","), "village", v.Name)
				return nil
			}
		}
	}
	return j.markWarned(ctx, now, ws)
}

// markWarned stores the warnings ws with WarnedAt now, in one commit,
// once their calls are stored: the follow-up then makes none of them
// again. A commit that meets a change is left to the next run.
func (j *jobs) markWarned(ctx context.Context, now time.Time, ws []warning) error {
	if len(ws) == 0 {
		return nil
	}
	ids := warningIDs(ws)
	var docs []storage.Doc
	marked := make([]village.Notice, len(ws))
	for i, w := range ws {
		marked[i] = *w.n
		marked[i].WarnedAt = now
		d, err := storage.NoticeDoc(marked[i])
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	_, err := j.Store.Commit(ctx, storage.Change{Scope: storage.TownshipScope(j.Config.Township.Name),
		MsgID: runID("notice_warned", ws[0].n.Posted(), strings.Join(ids, ",")), Docs: docs})
	if errors.Is(err, storage.ErrConflict) {
		return nil // changed meanwhile: the next run marks them (the villages' commits are not made twice)
	}
	if err != nil {
		return err
	}
	for i, w := range ws {
		marked[i].Version++
		*w.n = marked[i]
	}
	return nil
}

// warningIDs are the IDs of ws' notices, in order.
func warningIDs(ws []warning) []string {
	var ids []string
	for _, w := range ws {
		ids = append(ids, w.n.ID)
	}
	return ids
}

// toWarn reports whether warning n's calls are still to be made at now.
func toWarn(n village.Notice, now time.Time) bool {
	return n.Warning != "" && n.WarnedAt.IsZero() && !n.Held && len(n.Cadres) == 0 && n.Relayed(now)
}

// warnDue is when warning n's calls are due, made at now
// (config.WarningCalls): on a call list still to come (tell false: the list
// names them), else at once, who phones told now. ok is false when the
// lists are off and now is in quiet hours: nothing is made.
func (j *jobs) warnDue(now time.Time, n village.Notice) (due time.Time, tell, ok bool) {
	due, listed := j.Config.WarningCalls(n.Posted())
	if listed && !due.After(now) {
		due, listed = j.Config.WarningCalls(now) // the list it was meant for ran before the calls were made
	}
	if !listed && j.quiet(now) {
		return due, false, false
	}
	if !listed {
		due = now
	}
	return due, !listed, true
}

// warnGrids are the grids of v whose groups warning n went to.
func warnGrids(v config.Village, n village.Notice) []string {
	var grids []string
	for _, g := range v.Grids {
		if slices.Contains(n.Groups, g.Group) {
			grids = append(grids, g.Name)
		}
	}
	return grids
}

// warnVillage is warnCalls for one village's grids: its call tasks and,
// for the warnings told now, the message to each who phones, in one
// commit.
func (j *jobs) warnVillage(ctx context.Context, now time.Time, v config.Village, ws []warning) error {
	all, err := j.Store.Calls(ctx, storage.VillageScope(v.Name), storage.CallsAll)
	if err != nil {
		return err
	}
	people, aways, err := j.phonesFixed(ctx, v.Name, j.People.All())
	if err != nil {
		return err
	}
	f := j.newFollowup(now, v.Name, all, people)
	f.aways = aways
	var ids []string
	for _, w := range ws {
		if grids := warnGrids(v, *w.n); len(grids) > 0 {
			f.warn(*w.n, grids, w.due, w.tell)
			ids = append(ids, w.n.ID)
		}
	}
	return f.send(ctx, runID("notice_warning", ws[0].n.Posted(), strings.Join(ids, ","), v.Name), "notice_warning", strings.Join(ids, ","))
}

// warn puts warning n on the call of every elder of the village's grids
// that warnCalls phones, due by due; tell: who phones hears of them in the
// run's message (warnPart), and the leader asked to visit one of them
// passes it on at the door (visits).
func (f *followup) warn(n village.Notice, grids []string, due time.Time, tell bool) {
	j := f.j
	for _, p := range f.people {
		if p.Village != f.village || !slices.Contains(grids, p.Grid) || p.UsesWeChat || p.Phone == "" {
			continue
		}
		if _, chased := village.NoticeAnswer(f.informed, p, j.worker); !chased || n.ToldBy(f.h.lastReached[p.Key()]) {
			// reached since it went out, late enough to have told
			// her (village.CallTakes: a call logged minutes after
			// it was 「不算这次电话转告」, and she was never phoned for
			// it, call109)
			continue
		}
		if f.h.awayAt(p.Key(), f.at) {
			continue // at her daughter's, in hospital: her calls wait (call103)
		}
		it := warnItem{P: p, Care: village.CareLabel(p.Care)}
		c, open := f.calls[p.Key()]
		switch {
		case open && c.Status == village.CallEscalated:
			it.Visit = true
		case open && c.Misses > 0:
			it.Retry = true
		case open:
			it.Listed = true
		default:
			c = j.newCall(due, p, "")
			it.Again = !f.h.lastReached[p.Key()].Before(j.startOfDay(f.at))
		}
		if c.Due.After(due) {
			c.Due = due
		}
		if slices.Contains(c.NoticeIDs(), n.ID) {
			continue // put on by an earlier run that was not marked
		}
		c.Notices = append(c.Notices, n.ID)
		f.calls[p.Key()] = c
		if !slices.Contains(f.changed, p.Key()) {
			f.changed = append(f.changed, p.Key())
		}
		if !tell {
			continue
		}
		if it.Visit {
			if !slices.Contains(f.visitOrder, p.Key()) {
				f.visitOrder = append(f.visitOrder, p.Key())
			}
			f.visits[p.Key()] = append(f.visits[p.Key()], n)
		}
		w := j.worker(p)
		to := j.address(w)
		if cover := j.coverOf(f.aways, f.at, f.village, w.Key()); cover != nil {
			to = cover.to // he is away: his stand-in phones (call78)
			if !slices.Contains(f.standsFor[to], cover.away.Worker) {
				f.standsFor[to] = append(f.standsFor[to], cover.away.Worker)
			}
		}
		if _, ok := f.items[to]; !ok && f.warns[to] == nil {
			f.workers = append(f.workers, to)
		}
		parts := f.warns[to]
		if k := len(parts) - 1; k < 0 || parts[k].N.ID != n.ID {
			parts = append(parts, warnPart{N: n})
		}
		parts[len(parts)-1].Items = append(parts[len(parts)-1].Items, it)
		f.warns[to] = parts
	}
}

// warnText is what worker w is told of the warnings' calls of the run:
// one header and one call per elder however many warnings the run makes
// calls of (two posted within the hour: 「寒潮、大风预警」, each elder's call
// passing both on, call91); "" when none. An elder's line says how her
// call stood before the run's first warning (a second finds the call the
// first made).
func (f *followup) warnText(w string) string {
	parts := f.warns[w]
	if len(parts) == 0 {
		return ""
	}
	type warnNote struct {
		N    village.Notice
		Text string
	}
	var ns []warnNote
	var kinds []string
	var items []warnItem
	for _, p := range parts {
		ns = append(ns, warnNote{N: p.N, Text: p.N.TextOn(f.at)})
		for k := range strings.SplitSeq(p.N.Warning, "、") {
			if !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
		for _, it := range p.Items {
			if !slices.ContainsFunc(items, func(x warnItem) bool { return x.P.Key() == it.P.Key() }) {
				items = append(items, it)
			}
		}
	}
	return f.j.texts.Render("notice.warning.calls", map[string]any{"Ns": ns, "Kind": strings.Join(kinds, "、"),
		"Items": items, "For": f.standsFor[w], "Now": f.at, "Joined": len(f.items[w]) > 0})
}
