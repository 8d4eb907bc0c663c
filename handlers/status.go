package handlers

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// statusAsk is a question for the picture of the items, in plain words:
// the overview ("情况怎么样", "今天怎么样", "汇总一下", "这周情况") or
// the overdue items ("超期的有哪些", "哪些超期了", "超时没办的").
type statusAsk struct {
	villages   bool // how the villages compare on points ("哪个村积分最高"): 各村积分
	households bool // which households lead on points ("哪家积分最高"): 积分排行
	overdue    bool
	week       bool   // since the week's start, not the day's
	place      string // a place of the township named ("三组", "青山村"); "" none
	unknown    string // a word that reads as a place the township has not ("四组")
}

// statusMaxRunes is the longest message read as a statusAsk: a question
// of a few words, never a report that tells of something overdue.
const statusMaxRunes = 20

var (
	overdueWords  = []string{"超期", "超时", "逾期", "过期", "过了期限"}
	overviewWords = []string{"情况", "汇总", "小结", "概况", "总结", "统计"}
	weekWords     = []string{"这周", "本周", "这星期", "这个星期", "这礼拜", "这一周", "一周"}
	dayWords      = slices.Concat([]string{"今天", "今日"}, weekWords) // the day's or the week's
	howWords      = []string{"怎么样", "咋样", "怎样", "如何"}
	// statusFillers are the other words a statusAsk may hold; a message
	// with any word besides them and a place asks something else ("证
	// 件过期了怎么办", "今天天气怎么样").
	statusFillers = byLength(slices.Concat(overdueWords, overviewWords, dayWords, howWords, []string{
		"最近", "近期", "现在", "目前", "当前", "各村", "全镇", "各网格", "各组", "各个村", "各个网格", "我们村", "我们组",
		"咱们村", "咱们组", "我们", "咱们", "村里", "组里", "镇里", "网格", "本组", "本网格", "全村", "本村", "整体", "总体",
		"大概", "整个", "的", "有", "哪些", "哪几件", "哪几个", "哪几", "几件", "多少", "了", "吗", "呢", "啊", "呀", "吧",
		"没办完", "没办的", "没办", "没处理", "未办结", "未办", "还", "都", "事项", "件", "一下", "帮我", "给我", "说说",
		"看看", "讲讲", "发一下", "请", "麻烦", "好不好", "有没有"}))
)

// villagesAskedHow make words on how the villages compare a question.
var villagesAskedHow = []string{"哪", "第几", "最高", "最多", "最低", "怎么样", "如何", "多少", "?", "？", "吗"}

// byLength is words, longest first: a longer word is taken out before a
// shorter one it holds.
func byLength(words []string) []string {
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return words
}

// readStatusAsk reads t's text as a statusAsk. Cheap for ordinary chat:
// a long message, or one without the words of either question, is passed
// over before anything else is looked at.
func readStatusAsk(t *turn, places village.Places) (statusAsk, bool) {
	text := t.text
	if utf8.RuneCountInString(text) > statusMaxRunes {
		return statusAsk{}, false
	}
	if strings.Contains(text, "村") {
		// "哪个村积分最高", not "各村积分排行发一下", an officer's word to
		// another
		if c := t.said().Canon; villagesAsked(c) && containsAnyOf(c, villagesAskedHow...) {
			return statusAsk{villages: true}, true
		}
	}
	if strings.ContainsAny(text, "家户") {
		if c := t.said().Canon; householdsAsked(c) {
			return statusAsk{households: true}, true
		}
	}
	overdue := containsAnyOf(text, overdueWords...)
	if !overdue && !containsAnyOf(text, overviewWords...) && !(containsAnyOf(text, dayWords...) && containsAnyOf(text, howWords...)) {
		return statusAsk{}, false
	}
	if containsAnyOf(text, "什么情况", "啥情况") {
		return statusAsk{}, false // "什么情况？" answers someone's message; "R1什么情况" an item's
	}
	ask := statusAsk{overdue: overdue, week: containsAnyOf(text, weekWords...)}
	var rest string
	ask.place, ask.unknown, rest = placeTaken(text, places)
	for _, w := range statusFillers {
		rest = strings.ReplaceAll(rest, w, "")
	}
	return ask, !understand.HasContent(rest)
}

// placeTaken finds the place text names (place, of the township) or
// seems to name (unknown: "四组", "红旗村"), and returns text without it
// and without spaces, grids written in digits folded ("3组": "三组").
func placeTaken(text string, places village.Places) (place, unknown, rest string) {
	rest = village.GridNumerals(strings.Join(strings.FieldsFunc(text, unicode.IsSpace), ""))
	if p := places.In(rest); p.Kind != village.NoPlace {
		for _, name := range byLength(slices.Concat(places.Villages(), places.Choices(), gridNames(places))) {
			rest = strings.ReplaceAll(rest, name, "")
		}
		return p.Name, "", rest
	}
	if w := places.Unknown(rest); w != "" {
		return "", w, strings.ReplaceAll(rest, w, "")
	}
	return "", "", rest
}

var (
	// openWords make a question one about the items still open.
	openWords = []string{"没办完", "没办好", "没办的", "没处理完", "没处理", "未办结", "没办结", "没结", "待办", "没完成", "没解决"}
	// openAsking make such words a question: how many, which.
	openAsking = []string{"几件", "多少", "哪些", "哪几", "什么", "啥", "吗", "?", "？", "有没有"}
	// openFillers are the other words such a question may hold.
	openFillers = byLength(slices.Concat(openWords, openAsking, []string{"全镇", "现在", "目前", "一共", "总共", "还", "有", "都",
		"事项", "事情", "事", "件", "个", "的", "了", "呢", "啊", "呀", "请问", "问一下", "一下"}))
)

// openItemsAsked answers an officer's (or the admin's) plain question in
// the township's chat about the open items of a place ("青山村有几件没办
// 完", "三组还有哪些没办完的", "全镇还有多少没处理"), @ or not, as 待办 of
// that place: a question of a few words, naming the place, asking how
// many or which, and holding nothing else. Words to a colleague ("你们青
// 山村还有几件没办完"), about doing something ("青山村没办完的我明天去催
// 一下") or naming no place stay his talk.
func (r *Router) openItemsAsked(ctx context.Context, t *turn) (done bool, err error) {
	if t.quote != nil || !townshipView(t) || !(t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)) {
		return false, nil
	}
	place, ok := readOpenAsk(t.text, r.places)
	if !ok {
		return false, nil
	}
	if place == "全镇" {
		// the township's 待办 is what went up and the alarms: asked how
		// many are not done, he gets every village's count, as 情况
		return true, r.statusOf(ctx, t, statusAsk{}, r.places.Named(place, ""))
	}
	return r.run(ctx, t, "待办 "+place)
}

// readOpenAsk reads text as a question about the open items of a place
// (openItemsAsked): the place as written for 待办 ("青山村", "三组", "全
// 镇", or one the township has not, which 待办 answers with those it has).
func readOpenAsk(text string, places village.Places) (place string, ok bool) {
	if utf8.RuneCountInString(text) > statusMaxRunes || !containsAnyOf(text, openWords...) || !containsAnyOf(text, openAsking...) {
		return "", false
	}
	place, unknown, rest := placeTaken(text, places)
	if place == "" && unknown == "" && strings.Contains(rest, "全镇") {
		place = "全镇"
	}
	for _, w := range openFillers {
		rest = strings.ReplaceAll(rest, w, "")
	}
	place = cmp.Or(place, unknown)
	return place, place != "" && !understand.HasContent(rest)
}

// gridNames are the names of the township's grids ("三组").
func gridNames(places village.Places) []string {
	var out []string
	for _, v := range places.Villages() {
		out = append(out, places.GridNames(v)...)
	}
	return out
}

// statusRecent is how many of a village's newest reports a statusAsk
// reads besides the open ones: what came in and was closed in a week.
const statusRecent = 200

// statusItems is how many items a statusAsk's answer lists (as the
// evening digest); the office's overdue list twice as many, as its 早报.
const statusItems = 10

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
	addressed := t.addr || t.where.kind == inPrivate
	if ask.unknown != "" && (townshipView(t) || t.who.IsCadre()) {
		return true, r.reply(ctx, t, "status.noplace", map[string]any{"Word": ask.unknown, "Places": r.places.Choices(), "Overdue": ask.overdue})
	}
	places := r.places
	officer := townshipView(t) && (t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin))
	switch {
	case ask.villages && officer:
		// "哪个村积分最高": the township's picture, answered unaddressed
		// as its overview and its overdue are
		return r.run(ctx, t, "各村积分")
	case ask.households && officer:
		// "哪家积分最高": the township's households ranked, as the
		// villages are
		return r.run(ctx, t, "积分排行")
	case ask.villages || ask.households:
		return false, nil // a villager's "我们村排第几" is a question about points
	case officer:
		p := places.Named(ask.place, "")
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
	v, g := t.where.village, t.where.grid
	switch {
	case t.who.Has(village.RoleOfficer) && t.where.kind == inGrid:
		// an officer in a grid's group: that grid
	case (t.who.Has(village.RoleLeader) || t.who.Has(village.RoleWorker)) && t.who.Grid == "" && t.who.Village == v && v != "":
		g = "" // a village's cadre of no grid: his village
	case t.who.Tends(v, g) && g != "":
	default:
		if !addressed && !ask.overdue {
			return false, nil // "今天怎么样" between neighbours; "超期的有哪些" asks the bot
		}
		return true, r.reply(ctx, t, "status.villager", nil)
	}
	p := places.Named(v+g, "")
	if ask.place != "" {
		// a place of his: his village's grid for a village's cadre
		named := places.Named(ask.place, "")
		if !slices.ContainsFunc(named.Grids, func(x village.Grid) bool { return x.Village == v && (g == "" || x.Name == g) }) {
			return true, r.reply(ctx, t, "status.notyours", map[string]any{"Place": named.Label(), "Mine": p.Name})
		}
		if g == "" && named.Kind == village.PlaceGrid {
			p = village.Place{Kind: village.PlaceGrid, Name: named.Name, Grids: slices.DeleteFunc(slices.Clone(named.Grids), func(x village.Grid) bool { return x.Village != v })}
		}
	}
	return true, r.statusOf(ctx, t, ask, p)
}

// statusGrid is one grid's digest, with its village.
type statusGrid struct {
	Village string
	G       village.GridDigest
}

// statusOf answers ask about place p: the reports of each village read,
// then the reply's commit; of one village, one round trip (onReports). A
// grid's picture is its evening digest's; a village's or the township's
// the morning digest's, with a line for each grid. In a grid's group only
// what was said in groups is shown.
func (r *Router) statusOf(ctx context.Context, t *turn, ask statusAsk, p village.Place) error {
	one := p.Kind == village.PlaceGrid && len(p.Grids) == 1
	grid := ""
	if one {
		grid = p.Grids[0].Name
	}
	s := statusReply{r: r, t: t, ask: ask, p: p, one: one, office: village.OfficeDigest{AckLimit: r.cfg.SLA.Emergency.Accept.Std()}}
	if vs := p.Grids.Villages(); len(vs) == 1 {
		return r.onReports(ctx, t, vs[0], grid, statusRecent, func(reports []village.Report) error {
			s.grids, s.office = nil, village.OfficeDigest{AckLimit: r.cfg.SLA.Emergency.Accept.Std()}
			s.add(vs[0], reports)
			return s.send(ctx)
		})
	}
	for _, v := range p.Grids.Villages() {
		reports, err := r.store.RecentReports(ctx, storage.VillageScope(v), grid, statusRecent)
		if err != nil {
			return err
		}
		s.add(v, reports)
	}
	return s.send(ctx)
}

// statusReply is a statusAsk's answer about place p, made village by
// village.
type statusReply struct {
	r      *Router
	t      *turn
	ask    statusAsk
	p      village.Place
	one    bool // p is one grid
	grids  []statusGrid
	office village.OfficeDigest
}

// add takes in village v's reports.
func (s *statusReply) add(v string, reports []village.Report) {
	t, p := s.t, s.p
	from := village.DigestFrom(t.at, s.ask.week)
	if t.where.kind == inGrid {
		reports = slices.DeleteFunc(reports, func(rep village.Report) bool { return rep.Chat == "" || rep.Grid == "" })
	}
	for _, g := range p.Grids {
		if g.Village != v {
			continue
		}
		d := village.DigestGrid(reports, g.Name, from, t.at, statusItems)
		d.Hold(s.r.people.Lookup)
		if s.one || d.New > 0 || d.Resolved > 0 || len(d.Open) > 0 || d.Awaiting > 0 {
			s.grids = append(s.grids, statusGrid{Village: v, G: d})
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
	s.office.Done(2*statusItems, statusItems)
	where := p.Name
	if one && !townshipView(t) {
		where = p.Grids[0].Name // in his own grid's group: "三组"
	}
	data := map[string]any{"Where": where, "Now": t.at, "From": village.DigestFrom(t.at, ask.week), "Week": ask.week, "Grids": s.grids,
		"D": &s.office, "One": one, "Several": len(r.cfg.Villages) > 1, "Township": townshipView(t)}
	switch {
	case one && ask.overdue:
		return r.reply(ctx, t, "status.overdue.grid", data)
	case one:
		return r.reply(ctx, t, "status.grid", data)
	case ask.overdue:
		return r.reply(ctx, t, "status.overdue", data)
	}
	return r.reply(ctx, t, "status.place", data)
}
