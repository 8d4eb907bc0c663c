package village

import "time"

// YearItems are a year's items of a grid (or of a village, or of the
// whole township, added up) as the office's 【年度事项】 gives them: the
// monthly report's counts over the year (GridMonth.Count: new, resolved
// and in time, sent up, late at the year's end), the new items by type,
// and those still open when the year ended (town100: the points had their
// yearly ranking, the items had no year's picture at all).
type YearItems struct {
	GridMonth
	// General, Mediation and Approval are the year's new items of those
	// types; GridMonth.Emergency the emergencies.
	General, Mediation, Approval int
	// Open are the items open at the year's end (not resolved, closed,
	// rejected or merged: OpenAtEnd), OpenIDs their numbers.
	Open    int
	OpenIDs []string
	// Months are the year's months, January first: the new items and
	// those resolved in each, as each month's report counts them (an item
	// resolved in two months is in both; once in GridMonth.Resolved).
	Months [12]MonthItems
}

// MonthItems are a month's new items and items resolved (YearItems).
type MonthItems struct{ New, Resolved int }

// Count adds r, one of the grid's reports, to y for the year [start,
// end), as GridMonth.Count does, with its type and whether it was open
// at end.
func (y *YearItems) Count(r Report, start, end time.Time, ackLimit time.Duration, lookup func(villageName, name string) (Person, error)) {
	before := y.New
	y.GridMonth.Count(r, start, end, ackLimit, lookup)
	if y.New > before { // new in the year: GridMonth.Count's rule, once
		switch r.Type {
		case Emergency: // GridMonth.Emergency
		case Mediation:
			y.Mediation++
		case Approval:
			y.Approval++
		default:
			y.General++
		}
	}
	y.countMonths(r, start, end, y.New > before)
	if r.OpenAtEnd(end) {
		y.Open++
		y.OpenIDs = append(y.OpenIDs, r.ID)
	}
}

// countMonths adds r to the months of [start, end) it was made in (when
// isNew: Count's rule) and resolved in (a 办结 by a cadre, not a
// procedure question closed as told), each month once.
func (y *YearItems) countMonths(r Report, start, end time.Time, isNew bool) {
	month := func(t time.Time) int { return int(t.In(start.Location()).Month()) - 1 }
	if isNew {
		y.Months[month(r.CreatedAt)].New++
	}
	var resolved [12]bool
	for _, h := range r.History {
		if h.Action == ActResolve && !h.Told() && !h.At.Before(start) && h.At.Before(end) {
			resolved[month(h.At)] = true
		}
	}
	for m, ok := range resolved {
		if ok {
			y.Months[m].Resolved++
		}
	}
}

// MonthsFrom are y's months from the first with a new or resolved item
// to December (MonthsTo 12).
func (y YearItems) MonthsFrom() []NumberedMonth { return y.MonthsTo(12) }

// MonthsTo are y's months from the first with a new or resolved item to
// the month through (1–12; the year so far ends in its month), for the
// year's by-month line, each with its number (1–12); quiet months in a
// row are one, Month to To; none when nothing happened.
func (y YearItems) MonthsTo(through int) []NumberedMonth {
	var out []NumberedMonth
	for m, c := range y.Months[:max(1, min(through, 12))] {
		switch n := len(out); {
		case n == 0 && c == (MonthItems{}):
		case n > 0 && c == (MonthItems{}) && out[n-1].Quiet():
			out[n-1].To = m + 1
		default:
			out = append(out, NumberedMonth{Month: m + 1, MonthItems: c})
		}
	}
	return out
}

// NumberedMonth is a month's MonthItems with its number, 1 for January;
// To is the last of quiet months in a row, 0 for one month.
type NumberedMonth struct {
	Month, To int
	MonthItems
}

// Quiet reports whether nothing was new or resolved in m.
func (m NumberedMonth) Quiet() bool { return m.MonthItems == (MonthItems{}) }

// Any reports whether y has anything to say: something done in the year,
// or items still open at its end.
func (y YearItems) Any() bool { return y.GridMonth.Any() || y.Open > 0 }

// Add adds o's counts to y's (not the numbers: a total names none).
func (y *YearItems) Add(o YearItems) {
	y.GridMonth.Add(o.GridMonth)
	y.General, y.Mediation, y.Approval = y.General+o.General, y.Mediation+o.Mediation, y.Approval+o.Approval
	y.Open += o.Open
	for m := range y.Months {
		y.Months[m].New += o.Months[m].New
		y.Months[m].Resolved += o.Months[m].Resolved
	}
}

// Kinds are y's new items by type, as the digests count open ones
// (VillageCounts: one text, digest.kinds, says both).
func (y YearItems) Kinds() VillageCounts {
	return VillageCounts{Name: y.Village, General: y.General, Mediation: y.Mediation, Emergency: y.Emergency, Approval: y.Approval}
}

// OpenAtEnd reports whether r, made before end, was still open at end as
// it stood then (the status the first step since left, as LateAtEnd
// reads it): not resolved (办结, waiting on its reporter or not), closed,
// rejected or merged, nor a procedure question the bot answered.
func (r *Report) OpenAtEnd(end time.Time) bool {
	if !r.CreatedAt.Before(end) {
		return false
	}
	st := r.Status
	if i := r.since(end); i >= 0 && r.History[i].From != "" {
		st = r.History[i].From
	} else if r.ProcedureAnswered() {
		return false
	}
	return st.Open() && st != StatusResolved
}

// YearBook is a township's YearItems of one span, the year's 【年度事项】 or
// the year so far asked for (town102: 「今年一共多少件事」 had no answer):
// a row per village, or per grid in a township of one village (Several
// false: its village line would repeat the total), and the total.
type YearBook struct {
	Rows    []YearItems
	Total   YearItems
	Several bool
}

// AddGrid counts a grid's reports into b for [start, end), as
// YearItems.Count; grids of several villages are added in the
// configuration's order, a village's one after the other. A grid with
// nothing is left out.
func (b *YearBook) AddGrid(villageName, grid string, reports []Report, start, end time.Time, ackLimit time.Duration, lookup func(villageName, name string) (Person, error)) {
	row := YearItems{GridMonth: GridMonth{Village: villageName, Grid: grid}}
	for _, r := range reports {
		row.Count(r, start, end, ackLimit, lookup)
	}
	if !row.Any() {
		return
	}
	b.Total.Add(row)
	if n := len(b.Rows); b.Several && n > 0 && b.Rows[n-1].Village == villageName { // a village's line adds up its grids
		last := &b.Rows[n-1]
		last.Add(row)
		last.OpenIDs = append(last.OpenIDs, row.OpenIDs...)
		l := &last.Late
		l.OverdueIDs, l.TownIDs, l.WaitingIDs = append(l.OverdueIDs, row.OverdueIDs...), append(l.TownIDs, row.TownIDs...), append(l.WaitingIDs, row.WaitingIDs...)
		return
	}
	if b.Several {
		row.Grid = ""
	}
	b.Rows = append(b.Rows, row)
}

// Data is b as the year's texts (block year.body) read it: Year, Rows,
// Total, Several, Months (the by-month line, to the month through, 12
// for a whole year), Rate (the share resolved in time, when something
// was) and Ask (the first open item, as the example of how to look one
// up).
func (b YearBook) Data(year, through int) map[string]any {
	data := map[string]any{"Year": year, "Rows": b.Rows, "Total": b.Total, "Several": b.Several, "Months": b.Total.MonthsTo(through)}
	if b.Total.Resolved > 0 {
		data["Rate"] = Percent(b.Total.OnTime, b.Total.Resolved)
	}
	for _, row := range b.Rows {
		if len(row.OpenIDs) > 0 {
			data["Ask"] = map[string]string{"Village": row.Village, "ID": row.OpenIDs[0]}
			break
		}
	}
	return data
}
