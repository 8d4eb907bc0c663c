package handlers

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"gridbot/coverage"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// gridRank is one grid's line of the comparison: its items of the month
// and its calls to the elders without WeChat.
type gridRank struct {
	M             village.GridMonth
	Taken         int  // percentage taken on in time
	TakenOK       bool // there were items to take on
	Cover         coverage.Row
	CoverOK       bool // there were calls due
	Village, Grid string
	// Rank is its place, shared by grids alike on every measure
	Rank           int
	needs, covered int
}

// counted reports whether the grid had anything the comparison counts:
// an item of the month, one the township took over, a call due.
func (g gridRank) counted() bool { return g.M.Any() || g.CoverOK }

// gridsAsked answers 网格排名 (网格对比, 上月网格排名): the township's
// grids side by side for this month so far or the last, the grid that
// most needs help first. Township officers (and the admin) only, in the
// township's chats or privately: a grid's cadres are told who can see it.
// One read of each village's reports, one of every village's calls, then
// the reply's commit.
func (r *Router) gridsAsked(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil {
		return false, nil
	}
	lastMonth, ok := words.ReadGridsAsk(t.text)
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	number := 0
	if !ok && officer && townshipView(t) {
		// 「这个月的情况」: the month so far is the grids compared; 「12月的
		// 情况」 the month of that number (town103)
		if lastMonth, ok = words.ReadMonthAsk(t.text); !ok {
			number, ok = words.ReadMonthNumberAsk(t.text)
		}
	}
	if !ok {
		return false, nil
	}
	switch {
	case !officer:
		return true, r.reply(ctx, t, "grids.refuse", map[string]any{"Office": r.cfg.Township.OfficeChat, "Cadre": t.who.IsCadre()})
	case !townshipView(t):
		return true, r.reply(ctx, t, "grids.elsewhere", map[string]any{"Office": r.cfg.Township.OfficeChat})
	}
	loc := r.cfg.Location()
	now := t.at.In(loc)
	start, end := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, loc), t.at
	name := "这个月"
	switch {
	case number > 0:
		start, end, name = monthNumbered(start, number)
		lastMonth = name != "这个月"
	case lastMonth:
		start, end, name = start.AddDate(0, -1, 0), start, "上个月"
	}
	if name == "这个月" {
		end = t.at
	}
	reads := make([]storage.ScopeRead, len(r.cfg.Villages))
	for i, v := range r.cfg.Villages {
		reads[i] = storage.ScopeRead{Scope: storage.VillageScope(v.Name), Docs: []storage.DocsRead{{Kind: storage.CallKind, Index: storage.CallsAll}}}
	}
	got, err := r.store.ScopesRead(ctx, reads...)
	if err != nil {
		return true, err
	}
	var rows []gridRank
	for i, v := range r.cfg.Villages {
		// served from this process's copy when it follows the lists (town101:
		// a read of each village per question)
		reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(v.Name), "", words.GridsRecent)
		if err != nil {
			return true, err
		}
		calls, err := storage.CallsIn(got[i].Docs[0])
		if err != nil {
			return true, err
		}
		var covers []coverage.Row
		if tl, ok := coverage.Calls(calls, coverage.Month{Start: start, End: end, Loc: loc}); ok {
			covers = coverage.Rows(r.people, r.cfg.Outreach, v, tl, "")
		}
		for _, g := range v.Grids {
			row := gridRank{M: village.GridMonth{Village: v.Name, Grid: g.Name}, Village: v.Name, Grid: g.Name, needs: 100, covered: 100}
			for _, rep := range reports {
				if rep.Grid == g.Name {
					row.M.Count(rep, start, end, r.cfg.SLA.Emergency.Accept.Std(), r.people.Lookup)
				}
			}
			if row.Taken, row.TakenOK = row.M.TakenRate(); row.TakenOK {
				row.needs = row.Taken
			}
			if j := slices.IndexFunc(covers, func(c coverage.Row) bool { return c.Grid == g.Name }); j >= 0 {
				row.Cover, row.CoverOK, row.covered = covers[j], true, covers[j].Percent
			}
			rows = append(rows, row)
		}
	}
	// a grid with nothing to count (no item, no call due) is no better
	// than the others, nor worse: it is named after the ranked ones
	var empty []string
	rows = slices.DeleteFunc(rows, func(g gridRank) bool {
		if g.counted() {
			return false
		}
		empty = append(empty, g.Village+g.Grid)
		return true
	})
	if len(rows) == 0 {
		return true, r.reply(ctx, t, "grids.none", map[string]any{"Last": lastMonth, "Name": name})
	}
	// the grid that needs help first: the most overdue, then the fewest
	// taken on in time, the fewest elders reached, the most reopened;
	// grids alike on all of these share a place (1, 1, 3)
	needier := func(a, b gridRank) int {
		return cmp.Or(cmp.Compare(b.M.Overdue, a.M.Overdue), cmp.Compare(a.needs, b.needs),
			cmp.Compare(a.covered, b.covered), cmp.Compare(b.M.Reopened, a.M.Reopened))
	}
	slices.SortStableFunc(rows, needier)
	for i := range rows {
		rows[i].Rank = i + 1
		if i > 0 && needier(rows[i-1], rows[i]) == 0 {
			rows[i].Rank = rows[i-1].Rank
		}
	}
	month := "本月（" + village.Dated(start, now, village.DateLayout) + "至今）"
	switch name {
	case "这个月":
	case "上个月":
		month = fmt.Sprintf("上月（%d年%d月）", start.Year(), start.Month())
	default:
		month = fmt.Sprintf("%d年%d月", start.Year(), start.Month())
	}
	return true, r.reply(ctx, t, "grids.rank", map[string]any{"Rows": rows, "Empty": empty, "Last": lastMonth, "Month": month, "Name": name})
}

// monthNumbered is the month numbered n (1–12) asked about in the month
// of thisMonth (its first day): the latest such month not after it, that
// year's or the year before's; start and end are its first day and the
// next month's, name how the reply calls it: 这个月, 上个月 or 「10月」.
func monthNumbered(thisMonth time.Time, n int) (start, end time.Time, name string) {
	start = time.Date(thisMonth.Year(), time.Month(n), 1, 0, 0, 0, 0, thisMonth.Location())
	if start.After(thisMonth) {
		start = start.AddDate(-1, 0, 0)
	}
	end = start.AddDate(0, 1, 0)
	switch {
	case start.Equal(thisMonth):
		name = "这个月"
	case end.Equal(thisMonth):
		name = "上个月"
	default:
		name = fmt.Sprintf("%d月", n)
	}
	return start, end, name
}
