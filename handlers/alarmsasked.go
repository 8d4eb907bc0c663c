package handlers

import (
	"context"
	"slices"
	"time"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// alarmsAsked answers an officer's (or the admin's) 「今天有没有突发」
// 「昨晚有突发事件吗」「这两天出了几起突发」 in the township's chats or
// privately (town103: silent, and with an @ only the menu): the
// emergencies reported in the stretch asked about, each as the 早报's
// 近一天突发 says it (status, who answered first, how it ended), those
// nobody confirmed first with whom to call, and older ones still open
// after them. @ or not: a short question of nothing else is the bot's.
// One read of each village's reports, then the reply's commit.
func (r *Router) alarmsAsked(ctx context.Context, t *turn) (done bool, err error) {
	if !officerAsksUnquoted(t) {
		return false, nil
	}
	span, ok := words.ReadAlarmsAsk(t.text)
	trouble := false
	if !ok {
		// 「今天出啥事没」「各村没出啥事吧」 (town106): the alarms, and
		// what waits on the township besides
		span, trouble = words.ReadTroubleAsk(t.text)
		if !trouble {
			return false, nil
		}
	}
	from, to := r.alarmSpan(span, t.at)
	a := alarmsAnswer{from: from, to: to, now: t.at, limit: r.cfg.SLA.Emergency.Accept.Std(), people: r.people, trouble: trouble, dangers: dangers{people: r.people}}
	return true, r.onTownReports(ctx, t, a.reset, a.add, func() error {
		return r.reply(ctx, t, "alarms.asked", a.data(span, r.cfg.Township.EmergencyChat))
	})
}

// onTownReports reads every village's recent reports into add, then
// answers: one village's as onReports reads them (reset before each try),
// several villages' in one round trip (recentEach).
func (r *Router) onTownReports(ctx context.Context, t *turn, reset func(), add func([]village.Report), answer func() error) error {
	if len(r.cfg.Villages) == 1 {
		return r.onReports(ctx, t, r.cfg.Villages[0].Name, "", words.StatusRecent, func(reports []village.Report) error {
			reset()
			add(reports)
			return answer()
		})
	}
	each, err := r.recentEach(ctx, r.villageNames(), words.StatusRecent)
	if err != nil {
		return err
	}
	for _, reports := range each {
		add(reports)
	}
	return answer()
}

// recentEach is the recent reports (RecentReports, every grid's) of each
// of villages, in their order, in one round trip for them all (town111:
// a township of several villages read one village a trip).
func (r *Router) recentEach(ctx context.Context, villages []string, n int) ([][]village.Report, error) {
	scs := make([]storage.Scope, len(villages))
	for i, v := range villages {
		scs[i] = storage.VillageScope(v)
	}
	return r.store.RecentReportsEach(ctx, scs, n)
}

// alarmSpan is the stretch span names as of now, in the township's time.
func (r *Router) alarmSpan(span words.AlarmSpan, now time.Time) (from, to time.Time) {
	loc := r.cfg.Location()
	n := now.In(loc)
	today := village.StartOfDay(n)
	switch span {
	case words.SpanToday:
		return today, now
	case words.SpanYesterday:
		return today.AddDate(0, 0, -1), today
	case words.SpanNight:
		return today.AddDate(0, 0, -1).Add(18 * time.Hour), now
	case words.SpanTwoDays:
		return today.AddDate(0, 0, -1), now
	case words.SpanDays:
		return today.AddDate(0, 0, -2), now
	case words.SpanWeek:
		back := (int(n.Weekday()) + 6) % 7 // Monday is the week's first day
		return today.AddDate(0, 0, -back), now
	}
	return now.Add(-24 * time.Hour), now
}

// alarmsAnswer is the answer to alarmsAsked, made village by village:
// the emergencies nobody confirmed (any age: they are the office's to
// call about now), those confirmed and reported from from to to, and
// older ones still open; asked whether anything went wrong (trouble),
// how many other items wait for the township to take them and how many
// are overdue.
type alarmsAnswer struct {
	from, to, now time.Time
	limit         time.Duration
	people        village.Roster
	trouble       bool
	toTake, late  int

	unconfirmed       []village.UnconfirmedEmergency
	inSpan, earlier   []village.EmergencyResponse
	unconfirmedInSpan int
	dangers           dangers
}

func (a *alarmsAnswer) reset() {
	a.unconfirmed, a.inSpan, a.earlier, a.unconfirmedInSpan, a.toTake, a.late = nil, nil, nil, 0, 0, 0
	a.dangers.reset()
}

// add takes in one village's reports.
func (a *alarmsAnswer) add(reports []village.Report) {
	if a.trouble {
		// what may still go wrong (town107): a cracked wall under snow
		a.dangers.add(reports)
	}
	for _, rep := range reports {
		if a.trouble && rep.Type != village.Emergency && rep.Status.Open() && rep.Status != village.StatusResolved && !rep.ProcedureAnswered() {
			// as the 早报 counts them: the office's to take, past the deadline
			if rep.TownToTake(a.people.Lookup) {
				a.toTake++
			}
			if rep.LateAt(a.now) {
				a.late++
			}
		}
		if rep.Type != village.Emergency || rep.Status == village.StatusDuplicate || rep.CreatedAt.After(a.now) {
			continue
		}
		in := !rep.CreatedAt.Before(a.from) && rep.CreatedAt.Before(a.to)
		if rep.Status == village.StatusNew {
			a.unconfirmed = append(a.unconfirmed, village.Unconfirmed(rep, a.people, a.now))
			if in {
				a.unconfirmedInSpan++
			}
			continue
		}
		e := village.Responded(rep, a.limit)
		e.Now = a.now
		switch {
		case in:
			a.inSpan = append(a.inSpan, e)
		case rep.Status.Open() && rep.Status != village.StatusResolved && rep.CreatedAt.Before(a.from):
			a.earlier = append(a.earlier, e)
		}
	}
}

// data is the reply's template data; the newest first in each list.
func (a *alarmsAnswer) data(span words.AlarmSpan, duty string) map[string]any {
	newest := func(x, y village.EmergencyResponse) int { return y.CreatedAt.Compare(x.CreatedAt) }
	slices.SortStableFunc(a.inSpan, newest)
	slices.SortStableFunc(a.earlier, newest)
	slices.SortStableFunc(a.unconfirmed, func(x, y village.UnconfirmedEmergency) int { return y.R.CreatedAt.Compare(x.R.CreatedAt) })
	// the 查 offered is of the first item listed
	var first village.Report
	switch {
	case len(a.unconfirmed) > 0:
		first = a.unconfirmed[0].R
	case len(a.inSpan) > 0:
		first = a.inSpan[0].Report
	case len(a.earlier) > 0:
		first = a.earlier[0].Report
	}
	return map[string]any{"Span": int(span), "First": first, "From": a.from, "To": a.to, "Now": a.now, "Duty": duty,
		"Unconfirmed": a.unconfirmed, "Emergencies": a.inSpan, "Earlier": a.earlier, "Count": len(a.inSpan) + a.unconfirmedInSpan,
		"Trouble": a.trouble, "ToTake": a.toTake, "Late": a.late, "Dangers": a.dangers.data(a.now)}
}
