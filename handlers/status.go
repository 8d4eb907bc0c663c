package handlers

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// readStatusAsk reads t's text as a statusAsk. Cheap for ordinary chat:
// a long message, or one without the words of either question, is passed
// over before anything else is looked at.
func readStatusAsk(t *turn, places village.Places) (words.StatusAsk, bool) {
	text := t.text
	if utf8.RuneCountInString(text) > words.StatusMaxRunes {
		return words.StatusAsk{}, false
	}
	if strings.Contains(text, "村") {
		// "哪个村积分最高", not "各村积分排行发一下", an officer's word to
		// another
		if c := t.said().Canon; words.VillagesAsked(c) && words.ContainsAnyOf(c, words.VillagesAskedHow...) {
			return words.StatusAsk{Villages: true}, true
		}
	}
	if strings.ContainsAny(text, "家户") {
		if c := t.said().Canon; words.HouseholdsAsked(c) {
			return words.StatusAsk{Households: true}, true
		}
	}
	overdue := words.ContainsAnyOf(text, words.OverdueWords...)
	if !overdue && !words.ContainsAnyOf(text, words.OverviewWords...) && !(words.ContainsAnyOf(text, words.DayWords...) && words.ContainsAnyOf(text, slices.Concat(words.HowWords, words.ComeInWords)...)) {
		return words.StatusAsk{}, false
	}
	if words.ContainsAnyOf(text, "什么情况", "啥情况") {
		return words.StatusAsk{}, false // "什么情况？" answers someone's message; "R1什么情况" an item's
	}
	ask := words.StatusAsk{Overdue: overdue, Week: words.ContainsAnyOf(text, words.WeekWords...)}
	if overdue {
		// "哪个组超期最多" (town105: silent without an @, and with one
		// the list alone, no place named as the most)
		text = words.ReadMost(text, &ask)
	}
	var rest string
	ask.Place, ask.Unknown, rest = words.PlaceTaken(text, places)
	for _, w := range words.StatusFillers {
		rest = strings.ReplaceAll(rest, w, "")
	}
	return ask, !understand.HasContent(rest)
}

// openItemsAsked answers an officer's (or the admin's) plain question in
// the township's chat about the open items of a place ("青山村有几件没办
// 完", "三组还有哪些没办完的", "全镇还有多少没处理"), @ or not, as 待办 of
// that place: a question of a few words, naming the place, asking how
// many or which, and holding nothing else. Words to a colleague ("你们青
// 山村还有几件没办完"), about doing something ("青山村没办完的我明天去催
// 一下") or naming no place stay his talk.
func (r *Router) openItemsAsked(ctx context.Context, t *turn) (done bool, err error) {
	if !officerAsksUnquoted(t) {
		return false, nil
	}
	place, ok := words.ReadOpenAsk(t.text, r.places)
	if !ok {
		return false, nil
	}
	if place == "全镇" {
		// the township's 待办 is what went up and the alarms: asked how
		// many are not done, he gets every village's count, as 情况
		return true, r.statusOf(ctx, t, words.StatusAsk{}, r.places.Named(place, ""))
	}
	return r.run(ctx, t, "待办 "+place)
}

// statusAsked answers a statusAsk with the picture of what the sender
// looks after, as the scheduled digests give it (village.GridDigest,
// village.OfficeDigest): a township officer in the township's chats the
// township's, or of the village or grid he names; a grid leader or worker
// his grid's; a village's cadre of no grid his village's. A villager who
// asks gets where to see his own items; unaddressed, his overview words
// are read as usual, but for the overdue question, which is the bot's.
// How the villages compare on points ("哪个村积分最高") is the township's
// picture too: an officer's question answered with 各村积分, anyone
// else's left to the reading of points questions. done is false when text is no such question.
func (r *Router) statusAsked(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil {
		return false, nil // "情况怎么样" quoting an item asks after that item
	}
	ask, ok := readStatusAsk(t, r.places)
	if !ok {
		return false, nil
	}
	addressed := t.addr || t.where.Kind == words.InPrivate
	if ask.Unknown != "" && (townshipView(t) || t.who.IsCadre()) {
		return true, r.reply(ctx, t, "status.noplace", map[string]any{"Word": ask.Unknown, "Places": r.places.Choices(), "Overdue": ask.Overdue})
	}
	places := r.places
	officer := townshipView(t) && (t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin))
	switch {
	case ask.Villages && officer:
		// "哪个村积分最高": the township's picture, answered unaddressed
		// as its overview and its overdue are
		return r.run(ctx, t, "各村积分")
	case ask.Households && officer:
		// "哪家积分最高": the township's households ranked, as the
		// villages are
		return r.run(ctx, t, "积分排行")
	case ask.Villages || ask.Households:
		return false, nil // a villager's "我们村排第几" is a question about points
	case officer:
		p := places.Named(ask.Place, "")
		if p.Kind == village.NoPlace {
			p = places.Named("全镇", "")
		}
		return true, r.statusOf(ctx, t, ask, p)
	case townshipView(t):
		if !addressed {
			return false, nil
		}
		return true, r.reply(ctx, t, "refuse", map[string]any{"Verb": "情况", "Who": "镇干部"})
	}
	v, g := t.where.Village, t.where.Grid
	switch {
	case t.who.Has(village.RoleOfficer) && t.where.Kind == words.InGrid:
		// an officer in a grid's group: that grid
	case (t.who.Has(village.RoleLeader) || t.who.Has(village.RoleWorker)) && t.who.Grid == "" && t.who.Village == v && v != "":
		g = "" // a village's cadre of no grid: his village
	case t.who.Tends(v, g) && g != "":
	default:
		if !addressed && !ask.Overdue {
			return false, nil // "今天怎么样" between neighbours; "超期的有哪些" asks the bot
		}
		return true, r.reply(ctx, t, "status.villager", nil)
	}
	p := places.Named(v+g, "")
	if ask.Place != "" {
		// a place of his: his village's grid for a village's cadre
		named := places.Named(ask.Place, "")
		if !slices.ContainsFunc(named.Grids, func(x village.Grid) bool { return x.Village == v && (g == "" || x.Name == g) }) {
			return true, r.reply(ctx, t, "status.notyours", map[string]any{"Place": named.Label(), "Mine": p.Name})
		}
		if g == "" && named.Kind == village.PlaceGrid {
			p = village.Place{Kind: village.PlaceGrid, Name: named.Name, Grids: slices.DeleteFunc(slices.Clone(named.Grids), func(x village.Grid) bool { return x.Village != v })}
		}
	}
	return true, r.statusOf(ctx, t, ask, p)
}

// officeDigest is an empty township picture as the 早报's (the scheduler
// fills its own so): its icy and shut roads counted (town111).
func (r *Router) officeDigest() village.OfficeDigest {
	return village.OfficeDigest{AckLimit: r.cfg.SLA.Emergency.Accept.Std(), Road: words.RoadState}
}

// statusOf answers ask about place p: the reports of each village read,
// then the reply's commit; of one village, one round trip (onReports). A
// grid's picture is its evening digest's; a village's or the township's
// the morning digest's, with a line for each grid. In a grid's group only
// what was said in groups is shown.
func (r *Router) statusOf(ctx context.Context, t *turn, ask words.StatusAsk, p village.Place) error {
	one := p.Kind == village.PlaceGrid && len(p.Grids) == 1
	grid := ""
	if one {
		grid = p.Grids[0].Name
	}
	s := statusReply{r: r, t: t, ask: ask, p: p, one: one, office: r.officeDigest()}
	if vs := p.Grids.Villages(); len(vs) == 1 {
		return r.onReports(ctx, t, vs[0], grid, words.StatusRecent, func(reports []village.Report) error {
			s.grids, s.office = nil, r.officeDigest()
			s.add(vs[0], reports)
			return s.send(ctx)
		})
	}
	vs := p.Grids.Villages() // several: no one grid asked
	each, err := r.recentEach(ctx, vs, words.StatusRecent)
	if err != nil {
		return err
	}
	for i, v := range vs {
		s.add(v, each[i])
	}
	return s.send(ctx)
}

// statusReply is a statusAsk's answer about place p, made village by
// village.
type statusReply struct {
	r      *Router
	t      *turn
	ask    words.StatusAsk
	p      village.Place
	one    bool // p is one grid
	grids  []words.StatusGrid
	office village.OfficeDigest
}

// add takes in village v's reports.
func (s *statusReply) add(v string, reports []village.Report) {
	t, p := s.t, s.p
	from := village.DigestFrom(t.at, s.ask.Week)
	if t.where.Kind == words.InGrid {
		reports = slices.DeleteFunc(reports, func(rep village.Report) bool { return rep.Chat == "" || rep.Grid == "" })
	}
	for _, g := range p.Grids {
		if g.Village != v {
			continue
		}
		d := village.DigestGrid(reports, g.Name, from, t.at, words.StatusItems)
		d.Hold(s.r.people.Lookup)
		if s.one || d.New > 0 || d.Resolved > 0 || len(d.Open) > 0 || d.Awaiting > 0 {
			s.grids = append(s.grids, words.StatusGrid{Village: v, G: d})
		}
	}
	if !s.one {
		if len(p.Grids) < len(s.r.places.GridNames(v)) {
			reports = slices.DeleteFunc(reports, func(rep village.Report) bool {
				return !p.Grids.Has(rep.Village, rep.Grid)
			})
		}
		s.office.Add(v, reports, s.r.people, t.at, t.at)
	}
}

// send replies with what add took in.
func (s *statusReply) send(ctx context.Context) error {
	r, t, ask, p, one := s.r, s.t, s.ask, s.p, s.one
	s.office.OverdueOnly = ask.Overdue // 「超期的有哪些」 lists an overdue emergency of the day among them
	s.office.Done(2*words.StatusItems, words.StatusItems)
	where := p.Name
	if one && !townshipView(t) {
		where = p.Grids[0].Name // in his own grid's group: "三组"
	}
	data := map[string]any{"Where": where, "Now": t.at, "From": village.DigestFrom(t.at, ask.Week), "Week": ask.Week, "Grids": s.grids,
		"D": &s.office, "Most": ask.Most, "ByVillage": ask.MostVillage && len(p.Grids.Villages()) > 1, "One": one, "Several": len(r.cfg.Villages) > 1, "Township": townshipView(t)}
	switch {
	case one && ask.Overdue:
		return r.reply(ctx, t, "status.overdue.grid", data)
	case one:
		return r.reply(ctx, t, "status.grid", data)
	case ask.Overdue:
		return r.reply(ctx, t, "status.overdue", data)
	}
	return r.reply(ctx, t, "status.place", data)
}
