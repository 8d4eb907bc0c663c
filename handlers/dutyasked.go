package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// dutyAsked answers a township officer who asks in the emergency duty
// chat, naming no #R, how its open emergencies stand ("人找到没", "水退了
// 没", "现在什么情况"): each one the question is of (asksOfIt, narrowed
// by place and hazard: overOfWhich; a bare "现在什么情况" is of all, alarm99),
// newest first, with its grid, status, who has it and
// its last 进展 — the record he would otherwise 查 one by one. Nothing is
// noted or passed on: the duty chat is where the grid's news already
// comes. done is false for other words, other chats, or none fitting.
func (r *Router) dutyAsked(ctx context.Context, t *turn) (done bool, err error) {
	if t.m.Chat != r.cfg.Township.EmergencyChat || !t.who.Has(village.RoleOfficer) || t.quote != nil ||
		len(village.FindRefs(t.text)) > 0 || !words.AsksEmergency(t.text) {
		return false, nil
	}
	// "三组现在什么情况": of that grid's, asked as of all (alarm98)
	said, v, grid := r.gridAsked(t.said().Canon)
	keep := func(rep village.Report) bool {
		// any open, however old: a car in a ditch the watchdog still
		// re-posts a day on was left out after 24 hours (alarm100)
		return rep.Type == village.Emergency && rep.Status != village.StatusResolved && asksOfIt(t, said, rep) && (grid == "" || rep.Grid == grid && (v == "" || rep.Village == v))
	}
	answer := func(live []village.Report) (bool, error) {
		if len(live) == 0 {
			return false, nil
		}
		if !words.AsksBareStatus(said) {
			// "人找到没": of those it may be of. A bare "现在什么情况" is of
			// every one: narrowing it by the words around (spreadFrom) left
			// a fire out of the list (alarm99)
			live = overOfWhich(t, live)
		}
		// newest first: the one he may not have heard of yet leads
		slices.SortStableFunc(live, func(a, b village.Report) int { return b.CreatedAt.Compare(a.CreatedAt) })
		items := make([]words.AskedItem, 0, len(live))
		for _, x := range live {
			items = append(items, words.AskedItem{R: &x, Work: x.LastWork(), Handlers: x.Handlers, Alerted: r.alerted(x)})
		}
		return true, r.reply(ctx, t, "report.emergency.duty.status", map[string]any{"Who": t.who.Name, "Items": items, "Now": t.at})
	}
	if done, err, ok := r.onOpenCopy(t, keep, answer); ok {
		return done, err
	}
	live, err := r.allOpen(ctx, keep)
	if err != nil {
		return false, err
	}
	return answer(live)
}

// onOpenCopy answers from this process's copy of the open reports those
// keep takes, with no round trip (storage.Store.OpenCopied), the answer's
// commit guarded by the read: in a township of one village, whose
// township chats' answers commit in that village's scope (as onReports
// has them). ok is false when there is no such copy, or another process
// changed what was read meanwhile: the caller reads them (allOpen). The
// duty chat's questions were 2 round trips: the read, then the reply
// (town110).
func (r *Router) onOpenCopy(t *turn, keep func(village.Report) bool, answer func([]village.Report) (bool, error)) (done bool, err error, ok bool) {
	if len(r.cfg.Villages) != 1 {
		return false, nil, false
	}
	sc := storage.VillageScope(r.cfg.Villages[0].Name)
	if t.scope == "" && t.where.Village == "" {
		t.scope = sc
	}
	if r.scope(t) != sc {
		return false, nil, false
	}
	open, read, copied := r.store.OpenCopied(sc)
	if !copied {
		return false, nil, false
	}
	out := len(t.out)
	t.seen = read
	done, err = answer(slices.DeleteFunc(open, func(rep village.Report) bool { return !keep(rep) }))
	t.seen = storage.ReportsRead{}
	if !errors.Is(err, storage.ErrConflict) {
		return done, err, true
	}
	t.out = t.out[:out]
	return false, nil, false
}

// gridAsked is said without the grid it names (and its village), and
// which: the duty officer's "三组那边现在什么情况" asks "现在什么情况" of
// 三组's emergencies (alarm98). A grid name several villages share is
// any village's; said is unchanged when it names no grid.
func (r *Router) gridAsked(said string) (bare, v, grid string) {
	for _, cv := range r.cfg.Villages {
		g := r.gridNamed(cv.Name, said)
		if g == "" {
			continue
		}
		if grid != "" && g != grid {
			return said, "", ""
		}
		grid = g
		if strings.Contains(said, cv.Name) {
			v = cv.Name
		}
	}
	if grid == "" {
		return said, "", ""
	}
	bare = strings.ReplaceAll(said, grid, " ")
	if v != "" {
		bare = strings.ReplaceAll(bare, v, " ")
	}
	return bare, v, grid
}
