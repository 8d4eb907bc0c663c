package handlers

import (
	"cmp"
	"context"
	"slices"
	"time"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// dangersAsked answers an officer's (or the admin's) 「安全隐患有哪些」
// 「还有哪些隐患没处理」「隐患排查情况怎么样」 in the township's chats or
// privately (town107: silent, and with an @ only the menu): every open
// safety danger of the township (village.Report.OpenDanger), those past
// their deadline first. @ or not: a short question of nothing else is
// the bot's. One read of each village's reports, then the reply's commit.
func (r *Router) dangersAsked(ctx context.Context, t *turn) (done bool, err error) {
	if !officerAsksUnquoted(t) {
		return false, nil
	}
	ok, houses := words.ReadDangerAsk(t.text)
	road := words.RoadNone
	if !ok {
		// 「各村路上结冰的有几处」「哪些路还没通」 (town110)
		if road = words.ReadRoadAsk(t.text); road == words.RoadNone {
			return false, nil
		}
	}
	d := dangers{people: r.people, houses: houses, road: road}
	return true, r.onTownReports(ctx, t, d.reset, d.add, func() error {
		return r.reply(ctx, t, "dangers.asked", d.data(t.at))
	})
}

// dangersListed is how many open dangers one answer lists; the rest are
// counted (the bot's lists show at most nine).
const dangersListed = 9

// dangers gathers the township's open safety dangers, village by village;
// with houses (「危房有哪些」) those of houses (HouseDanger), the others
// counted (others); with road (「哪些路还没通」, town110) the open road
// items of that kind, dangers or not.
type dangers struct {
	people village.Roster
	houses bool
	road   words.RoadAsk
	open   []danger
	others int
}

// danger is one open safety danger and the officers who took it over
// (Town; none: the grid's).
type danger struct {
	village.Report
	Town []string
	// Alarms are the alarms raised at its place since (Report.Danger,
	// town108), oldest first: every one of them, not only the newest
	// (town110).
	Alarms []village.Report
	// Work is a road's latest step written down with words (LastWork,
	// town112: 「铲车来了 已经铲了一半」), when the roads are asked.
	Work *village.Entry
}

func (d *dangers) reset() { d.open, d.others = nil, 0 }

func (d *dangers) add(reports []village.Report) {
	for _, rep := range reports {
		switch {
		case d.road != words.RoadNone:
			if !rep.OpenRoad() || !words.RoadIs(d.road, rep.Text) {
				continue
			}
			d.open = append(d.open, danger{Report: rep, Town: rep.TownHolders(d.people.Lookup), Work: rep.LastWork()})
		case d.houses && (rep.HouseDanger() || rep.HouseFallen() && !understand.Endangers(rep.Text, rep.Hazard)) || !d.houses && rep.OpenDanger():
			one := danger{Report: rep, Town: rep.TownHolders(d.people.Lookup), Alarms: rep.DangerAlarms(reports)}
			d.open = append(d.open, one)
		case rep.OpenDanger():
			d.others++
		}
	}
}

// data is the template data of the dangers gathered as of now: those
// past their deadline first, then those nobody took on, then the oldest.
func (d *dangers) data(now time.Time) map[string]any {
	rank := func(r danger) int {
		switch {
		case r.LateAt(now):
			return 0
		case r.Status == village.StatusNew:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(d.open, func(x, y danger) int {
		return cmp.Or(cmp.Compare(rank(x), rank(y)), x.CreatedAt.Compare(y.CreatedAt))
	})
	listed := d.open[:min(len(d.open), dangersListed)]
	// the 督办 offered is of the first the grid holds: the township's own
	// are not the grid's to hurry
	var urge *danger
	for i := range listed {
		if len(listed[i].Town) == 0 {
			urge = &listed[i]
			break
		}
	}
	return map[string]any{"Count": len(d.open), "Items": listed, "More": len(d.open) - len(listed), "Now": now, "Urge": urge,
		"Houses": d.houses, "Road": int(d.road), "Others": d.others}
}
