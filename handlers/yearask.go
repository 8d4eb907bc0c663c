package handlers

import (
	"context"
	"time"

	"gridbot/handlers/words"
	"gridbot/village"
)

// yearAsked answers an officer's 「今年一共多少件事」「今年的情况」 (town102:
// no answer at all) with the year so far counted as 【年度事项】 counts
// the whole year on January 1st (village.YearBook), and 「去年的情况」
// with last year's. Township officers (and the admin) in the township's
// chats or privately only, as 网格排名: elsewhere the words are chat. One
// read of each village's reports, then the reply's commit.
func (r *Router) yearAsked(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil || !(t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)) || !townshipView(t) {
		return false, nil
	}
	lastYear, ok := words.ReadYearAsk(t.text)
	if !ok {
		return false, nil
	}
	loc := r.cfg.Location()
	now := t.at.In(loc)
	start, end := time.Date(now.Year(), 1, 1, 0, 0, 0, 0, loc), t.at
	if lastYear {
		start, end = start.AddDate(-1, 0, 0), start
	}
	b := village.YearBook{Several: len(r.cfg.Villages) > 1}
	each, err := r.recentEach(ctx, r.villageNames(), words.YearRecent)
	if err != nil {
		return true, err
	}
	for i, v := range r.cfg.Villages {
		reports := each[i]
		for _, g := range v.Grids {
			var mine []village.Report
			for _, rep := range reports {
				if rep.Grid == g.Name {
					mine = append(mine, rep)
				}
			}
			b.AddGrid(v.Name, g.Name, mine, start, end, r.cfg.SLA.Emergency.Accept.Std(), r.people.Lookup)
		}
	}
	through := 12
	if !lastYear {
		through = int(now.Month())
	}
	data := b.Data(start.Year(), through)
	data["SoFar"], data["Last"], data["Now"], data["Any"] = !lastYear, lastYear, t.at, len(b.Rows) > 0
	if !lastYear && r.cfg.Schedules.YearlyReport != "off" { // where the whole year comes
		data["Office"] = r.cfg.Township.OfficeChat
	}
	return true, r.reply(ctx, t, "year.asked", data)
}
