package scheduler

import (
	"context"
	"errors"
	"slices"
	"time"

	"gridbot/bot"
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

// warnCalls makes the calls of a severe-weather warning n (village.Notice.Warning,
// call89), once: every elder without WeChat of its groups' grids, whatever
// her household answered (a son's 收到 in the group is not her warned), all
// care tiers, gets it on her call: the one still to be made (one call, not
// two), else a new one. Due as config.WarningCalls says: at once, each
// worker (or whoever phones for him while he is away) told in one message
// per village; or on a call list still to come today or tomorrow morning,
// which names them (nothing said now). An elder reached since it went out is
// left alone (her worker, told in the group, spoke with her after it). Each
// village is one commit, its id the notice's (a re-run after a crash makes
// nothing twice), then n is stored with WarnedAt: the follow-up then asks no
// call of the elders for it (unanswered). done is false when nothing was
// made (the calls changed meanwhile twice, or the lists are off in quiet
// hours): the next run tries again.
func (j *jobs) warnCalls(ctx context.Context, now time.Time, n *village.Notice) (done bool, err error) {
	due, listed := j.Config.WarningCalls(n.Posted())
	if listed && !due.After(now) {
		due, listed = j.Config.WarningCalls(now) // the list it was meant for ran before the calls were made
	}
	if !listed && j.quiet(now) {
		return false, nil // the lists off, met at night: the morning's run tells them
	}
	if !listed {
		due = now
	}
	for _, v := range j.Config.Villages {
		var grids []string
		for _, g := range v.Grids {
			if slices.Contains(n.Groups, g.Group) {
				grids = append(grids, g.Name)
			}
		}
		if len(grids) == 0 {
			continue
		}
		for attempt := 0; ; attempt++ {
			err := j.warnVillage(ctx, now, *n, v.Name, grids, due, !listed)
			if !errors.Is(err, storage.ErrConflict) {
				if err != nil {
					return false, err
				}
				break
			}
			if attempt == 1 {
				j.Logger.WarnContext(ctx, "warning calls not made: the calls kept changing; the next run makes them", "notice", n.ID, "village", v.Name)
				return false, nil
			}
		}
	}
	w := *n
	w.WarnedAt = now
	d, err := storage.NoticeDoc(w)
	if err != nil {
		return false, err
	}
	_, err = j.Store.Commit(ctx, storage.Change{Scope: storage.TownshipScope(j.Config.Township.Name),
		MsgID: runID("notice_warned", n.Posted(), n.ID), Docs: []storage.Doc{d}})
	if errors.Is(err, storage.ErrConflict) {
		return false, nil // changed meanwhile: the next run marks it (the villages' commits are not made twice)
	}
	if err != nil {
		return false, err
	}
	w.Version++
	*n = w
	return true, nil
}

// warnVillage is warnCalls for one village's grids: its call tasks and,
// when tell, the message to each who phones, in one commit.
func (j *jobs) warnVillage(ctx context.Context, now time.Time, n village.Notice, v string, grids []string, due time.Time, tell bool) error {
	sc := storage.VillageScope(v)
	all, err := j.Store.Calls(ctx, sc, storage.CallsAll)
	if err != nil {
		return err
	}
	people, aways, err := j.phonesFixed(ctx, v, j.People.All())
	if err != nil {
		return err
	}
	h := historyOf(all)
	informed := village.Informed(people)
	var docs []storage.Doc
	var phoners []string
	items := map[string][]warnItem{}
	standsFor := map[string][]string{}
	var visits []village.Call
	for _, p := range people {
		if p.Village != v || !slices.Contains(grids, p.Grid) || p.UsesWeChat || p.Phone == "" {
			continue
		}
		if _, chased := village.NoticeAnswer(informed, p, j.worker); !chased || h.lastReached[p.Key()].After(n.Posted()) {
			continue
		}
		it := warnItem{P: p, Care: village.CareLabel(p.Care)}
		c, open := h.open[p.Key()]
		switch {
		case open && c.Status == village.CallEscalated:
			it.Visit = true
			visits = append(visits, c)
		case open && c.Misses > 0:
			it.Retry = true
		case open:
			it.Listed = true
		default:
			c = j.newCall(due, p, "")
			it.Again = !h.lastReached[p.Key()].Before(j.startOfDay(now))
		}
		if c.Due.After(due) {
			c.Due = due
		}
		if slices.Contains(c.NoticeIDs(), n.ID) {
			continue // put on by an earlier run that was not marked
		}
		c.Notices = append(c.Notices, n.ID)
		d, err := storage.CallDoc(c)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		w := j.worker(p)
		to := j.address(w)
		if cover := j.coverOf(aways, now, v, w.Key()); cover != nil {
			to = cover.to // he is away: his stand-in phones (call78)
			if !slices.Contains(standsFor[to], w.Name) {
				standsFor[to] = append(standsFor[to], w.Name)
			}
		}
		if items[to] == nil {
			phoners = append(phoners, to)
		}
		items[to] = append(items[to], it)
	}
	if len(docs) == 0 {
		return nil
	}
	var out []bot.Outbound
	if tell {
		text := n.TextOn(now)
		for _, to := range phoners {
			out = append(out, private(to, j.texts.Render("notice.warning.calls", map[string]any{"N": n, "Text": text,
				"Items": items[to], "For": standsFor[to], "Now": now})))
		}
		for _, c := range visits {
			// the leader asked to visit her passes the warning on at the door
			for _, l := range j.People.InGrid(v, c.Grid, village.RoleLeader) {
				if l.Key() != c.WorkerKey {
					out = append(out, private(j.address(l), j.texts.Render("notice.followup.visit",
						map[string]any{"C": c, "Notices": []village.Notice{n}, "Now": now})))
				}
			}
		}
	}
	_, err = j.Store.Commit(ctx, storage.Change{Scope: sc, MsgID: runID("notice_warning", n.Posted(), n.ID, v), Docs: docs, Out: out,
		Audit: storage.Audit{At: now, By: village.SystemActor, Action: "notice_warning", Note: n.ID}})
	return err
}
