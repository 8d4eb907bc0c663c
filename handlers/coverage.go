package handlers

import (
	"context"
	"slices"
	"time"

	"gridbot/config"
	"gridbot/coverage"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// coverageAsked answers a question about this month's calls to the
// villagers without WeChat ("回访覆盖率多少", "这个月回访得怎么样", "王奶奶
// 这个月打过电话没"), in a grid group, privately or in the township's
// office chat, addressed or not: a cadre hears this month so far (an
// officer per grid of the township, a grid's cadre his grid with whom
// is left and their phones; of one elder, how her calls went); a
// villager, whom to ask. One read of the calls, of every village asked
// about, then the reply's commit.
func (r *Router) coverageAsked(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil {
		return false, nil
	}
	ask, ok := words.ReadCoverageAsk(t.text)
	if !ok {
		return false, nil
	}
	return r.coverageAnswer(ctx, t, ask)
}

// coverageAnswer answers ask, a question about this month's calls, as
// coverageAsked tells; it is not done for one it does not answer (of
// someone phoned by no one, a villager's in the office chat).
func (r *Router) coverageAnswer(ctx context.Context, t *turn, ask words.CoverageAsk) (done bool, err error) {
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	cadre := officer || t.who.Has(village.RoleLeader) || t.who.Has(village.RoleWorker)
	vs, grid := r.coverageScope(t, officer)
	if ask.Name != "" {
		// of an elder phoned (no WeChat) in the places asked about;
		// else not this question ("张三打过没" of anyone)
		if _, ok := r.calledElder(vs, ask.Name); !ok {
			return false, nil
		}
	}
	switch {
	case !cadre && t.where.Kind == words.InOffice:
		return false, nil
	case !cadre:
		v, g := t.where.Village, t.where.Grid
		if v == "" {
			v, g = t.who.Village, t.who.Grid
		}
		return true, r.reply(ctx, t, "coverage.villager", map[string]any{
			"Workers": words.Names(r.people.InGrid(v, g, village.RoleWorker)), "Leaders": r.leaderNames(v, g)})
	case len(vs) == 0:
		return false, nil
	}
	reads := make([]storage.ScopeRead, len(vs))
	for i, v := range vs {
		reads[i] = storage.ScopeRead{Scope: storage.VillageScope(v.Name), Docs: []storage.DocsRead{{Kind: storage.CallKind, Index: storage.CallsAll}}}
	}
	got, err := r.store.ScopesRead(ctx, reads...)
	if err != nil {
		return true, err
	}
	loc := r.cfg.Location()
	now := t.at.In(loc)
	m := coverage.Month{Start: time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, loc), End: t.at, Loc: loc}
	// the township's or a village's picture lists who is left per grid
	// and worker; a grid's lists them with their phones
	data := map[string]any{"Since": m.Start, "Now": t.at, "Wide": grid == "",
		"Here": t.where.Kind == words.InOffice && t.where.Chat == r.cfg.Township.OfficeChat}
	if grid != "" {
		// who phones the grid's elders, named in the next step: the
		// worker asking is told to log his calls, others who logs them
		workers := r.people.InGrid(vs[0].Name, grid, village.RoleWorker)
		data["Workers"] = words.Names(workers)
		data["Self"] = slices.ContainsFunc(workers, func(p village.Person) bool { return p.Key() == t.who.Key() })
	}
	var rows []coverage.Row
	var pending []village.Call // the calls still to make to those left: how they are logged (call.logas, call94)
	ran := false
	for i, v := range vs {
		calls, err := storage.CallsIn(got[i].Docs[0])
		if err != nil {
			return true, err
		}
		tl, ok := coverage.Calls(calls, m)
		if !ok {
			continue // no call task yet this month: the bot did not run its calls
		}
		ran = true
		if ask.Name != "" {
			if p, found := r.calledElder([]config.Village{v}, ask.Name); found {
				return true, r.reply(ctx, t, "coverage.person", r.elderCalls(t, p, calls, tl, m))
			}
			continue
		}
		vrows := coverage.Rows(r.people, r.cfg.Outreach, v, tl, grid)
		coverage.NoteAway(vrows, r.people, r.keptAways(v.Name), m)
		rows = append(rows, vrows...)
		pending = append(pending, coverage.Pending(calls, vrows)...)
	}
	if !ran {
		// no call listed yet: who phones, and when the list comes
		return true, r.reply(ctx, t, "coverage.none", data)
	}
	total, _, _ := coverage.Total(rows)
	data["Rows"], data["Total"], data["Now"] = rows, total, t.at
	data["Relays"], data["Each"] = village.Relaying(pending)
	return true, r.reply(ctx, t, "coverage.now", data)
}

// coverageScope is where a question about the calls asks: the township's
// villages for an officer in the township's chats or privately (an
// officer in a grid's group: that grid), a grid's cadre's grid (his
// village for a village's cadre of no grid).
func (r *Router) coverageScope(t *turn, officer bool) (vs []config.Village, grid string) {
	name, grid := r.callVillage(t), t.who.Grid
	switch {
	case officer && t.where.Kind == words.InGrid:
		name, grid = t.where.Village, t.where.Grid
	case officer && (townshipView(t) || t.who.Village == ""):
		return r.cfg.Villages, ""
	case t.where.Kind == words.InGrid && t.who.Tends(t.where.Village, t.where.Grid):
		name, grid = t.where.Village, t.where.Grid
	}
	i := slices.IndexFunc(r.cfg.Villages, func(v config.Village) bool { return v.Name == name })
	if i < 0 {
		return nil, ""
	}
	return r.cfg.Villages[i : i+1], grid
}

// calledElder is the person named name without WeChat in one of vs.
func (r *Router) calledElder(vs []config.Village, name string) (village.Person, bool) {
	for _, v := range vs {
		if p, err := r.people.Lookup(v.Name, name); err == nil && !p.UsesWeChat {
			return p, true
		}
	}
	return village.Person{}, false
}

// elderCalls is the data of coverage.person: how the calls to p went in
// month m, her last log in it, her phone, who phones her and how her call
// still to make is logged (call.logas, call94).
func (r *Router) elderCalls(t *turn, p village.Person, calls []village.Call, tl coverage.Tally, m coverage.Month) map[string]any {
	var last village.Call
	var pending []village.Call
	for _, c := range calls {
		if c.PersonKey == p.Key() && !c.LoggedAt.Before(m.Start) && c.LoggedAt.Before(m.End) && c.LoggedAt.After(last.LoggedAt) {
			last = c
		}
		if c.PersonKey == p.Key() && c.Pending() {
			pending = append(pending, c)
		}
	}
	w := village.Phoner(r.people.All(), p)
	// a visit asked for after too many misses is the next step, not
	// another call
	visit := time.Time{}
	if last.Status == village.CallEscalated {
		visit = last.VisitAskedAt
	}
	relays, each := village.Relaying(pending)
	return map[string]any{"Name": r.shown(p), "Callee": r.shown(p), "Phone": p.Phone, "Worker": r.shown(w), "WorkerPhone": w.Phone,
		"Self": w.Key() == t.who.Key(), "Visit": visit, "Relays": relays, "Each": each,
		"Reached": tl.Reached(p), "Times": tl.Days(p), "Tried": tl.Tried(p), "Unreached": tl.Unreached(p),
		"Due": tl.Due(p, r.cfg.Outreach), "Care": village.CareLabel(p.Care), "Last": last, "Since": m.Start, "Now": t.at}
}
