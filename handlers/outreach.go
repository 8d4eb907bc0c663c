package handlers

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

func (r *Router) outreachFlows() map[words.Verb]flow {
	return map[words.Verb]flow{
		words.VNotice: r.notice,
		words.VAck:    r.ack,
		words.VCall:   r.callLog,
		words.VPause:  func(ctx context.Context, t *turn, cmd command) error { return r.lifecycle(ctx, t, cmd) },
	}
}

// notice broadcasts 通知 to the groups of its scope: township officers and
// admins anywhere, grid leaders within their village.
func (r *Router) notice(ctx context.Context, t *turn, cmd command) error {
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	if !officer && !t.who.Has(village.RoleLeader) {
		if done, err := r.points.shopClosedNotice(ctx, t, cmd.args); done {
			return err // 周八's 「通知：积分超市明后天不开门」 (pts104)
		}
		return r.noticeNotHis(ctx, t, cmd)
	}
	a := r.noticeAudience(t, cmd.args, officer)
	// "通知 … 照发": sent as written though a day it names is past
	asIs := false
	if body, ok := strings.CutSuffix(a.Text, "照发"); ok {
		a.Text, asIs = strings.TrimRight(body, " ，,。"), true
	}
	if done, err := r.noticeUnsent(ctx, t, cmd, a); done {
		return err
	}
	n := village.Notice{Text: a.Text, By: t.who.Name, ByKey: t.who.Key(), At: t.at, Groups: a.Groups, Urgent: cmd.word == "紧急通知"}
	if !officer {
		n.Village = t.who.Village
	}
	var inWords map[string]any
	if w := words.CadresInWords(a.Text); !a.Named && !a.Cadres && w != "" {
		// "通知 明天上午全镇网格员到镇政府开会": its words say whom it is
		// for; posted to every group, every household (and each elder, by
		// phone) would hear of a meeting that is not theirs, and a post
		// cannot be taken back. It goes to the cadres privately; the
		// sender is told how to post it to the groups if he meant that.
		all := "全镇"
		if !officer {
			all = "全村"
		}
		a.Cadres, inWords = true, map[string]any{"Word": cmd.word, "Who": w, "All": all}
	}
	if a.Cadres {
		n.Cadres, n.Groups = r.noticeCadres(a.Groups, t.who), nil
		if len(n.Cadres) == 0 {
			return r.reply(ctx, t, "notice.no_cadres", map[string]any{"Groups": a.Groups})
		}
	}
	// An ordinary notice written at night waits for the morning (the
	// notice follow-up job posts it, or notice_release when that one is
	// off); an urgent one goes out at once.
	n.Held = !n.Urgent && r.cfg.QuietHours.Contains(t.at.In(r.cfg.Location()))
	if len(n.Groups) > 0 {
		n.Warning = words.WeatherWarning(n.Text) // every elder of its grids is phoned (scheduler: warnCalls)
	}
	n = n.WithRelay()
	if !asIs {
		if data, past := r.noticePast(t, cmd, n); past {
			return r.reply(ctx, t, "notice.past", data)
		}
	}
	d, err := storage.NoticeDoc(n)
	if err != nil {
		return err
	}
	away, err := r.eldersAway(ctx, n)
	if err != nil {
		return err
	}
	t.out = r.noticeOut(t, n, a.Groups, inWords, away)
	t.scope = storage.TownshipScope(r.cfg.Township.Name)
	_, err = r.commit(ctx, t, storage.Change{Scope: t.scope, MsgID: t.m.ID, Docs: []storage.Doc{d}, Out: t.out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "notice", Note: words.ShortenNote(n.Text)}})
	return err
}

// noticePast is the question to the sender of notice n when a day it
// names is over by the time it goes out (the morning's release for one
// held over the night): 本周六 written on Sunday is a mistake every
// household would read, and a post cannot be taken back. past is false
// when it names no such day.
func (r *Router) noticePast(t *turn, cmd command, n village.Notice) (data map[string]any, past bool) {
	on := t.at
	if release, ok := r.cfg.NoticeRelease(t.at); ok && n.Held {
		on = release
	}
	asIs := strings.TrimSuffix(cmd.word+" "+strings.TrimSpace(cmd.args), " 照发") + " 照发"
	day, word, next, past := n.PastDay(on)
	if !past {
		if at, said, late := n.PastTime(on); late {
			// "今天上午9点开会" sent at 14:00
			return map[string]any{"Word": said, "At": at, "Now": on, "Cmd": asIs}, true
		}
		return nil, false
	}
	data = map[string]any{"Word": word, "Day": day, "Cmd": asIs, "Now": on}
	if !next.IsZero() {
		week := "下"
		if village.SameWeek(next, on) {
			week = "本"
		}
		data["Next"], data["NextWord"] = next, week+village.WeekdayName(next.Weekday())
	}
	return data, true
}

// noticeNotHis answers a 通知 of one who may not send one: a worker's
// question which households have not answered ("通知 未回复"), or else
// whom to ask.
func (r *Router) noticeNotHis(ctx context.Context, t *turn, cmd command) error {
	if id, ok := words.NoticeQuery(cmd.args); ok && words.MayAskNotice(t.who) {
		return r.noticeQueryStatus(ctx, t, id) // a worker's "通知 未回复"
	}
	// a worker (or villager) with news for the grid asks its leader
	return r.reply(ctx, t, "refuse", map[string]any{"Verb": "通知", "Who": "镇干部或网格长",
		"Ask": r.leaderNames(t.who.Village, t.who.Grid)})
}

// noticeAudience reads whom a 通知 with the words args is for.
func (r *Router) noticeAudience(t *turn, args string, officer bool) words.NoticeAudience {
	a := words.NoticeAudience{Officer: officer, Text: args}
	scope, rest, _ := strings.Cut(args, " ")
	// "通知 网格员 …", "通知 全镇网格员 …", "通知 三组 网格员：…": for the
	// cadres of the scope, privately, not for the households
	scope, cadres := words.CutAudience(scope)
	if next, after, _ := strings.Cut(strings.TrimSpace(rest), " "); !cadres && r.places.Named(scope, "").Kind == village.PlaceVillage {
		// "通知 青山村 三组 …": that village's grid, not the whole village
		next, nextCadres := words.CutAudience(next)
		if p := r.places.Named(scope+" "+next, ""); p.Kind == village.PlaceGrid {
			scope, rest, cadres = p.Name, after, nextCadres
		}
	}
	if cadres && scope == "" { // "通知 网格员 …": the default scope
		a.Text = strings.TrimSpace(rest)
	}
	a.Scope = scope
	a.Groups, a.Named, a.Choices = r.noticeGroups(scope, t.who, officer)
	if a.Named {
		a.Text = strings.TrimSpace(rest)
		if body, head := words.CutAudienceHead(a.Text); head && !cadres {
			a.Text, cadres = body, true
		}
	} else {
		a.Groups, _, _ = r.noticeGroups("", t.who, officer)
		cadres = cadres && scope == "" // "党员干部": no scope, an ordinary notice
	}
	a.Cadres = cadres
	return a
}

// noticeUnsent answers a 通知 that cannot be sent as written (no words,
// a place of several villages, no group of its scope, cadres named only in
// its words) or that asks about an earlier one; done is false when it is
// to be sent.
func (r *Router) noticeUnsent(ctx context.Context, t *turn, cmd command, a words.NoticeAudience) (done bool, err error) {
	if !understand.HasContent(a.Text) {
		def := "全镇"
		if !a.Officer {
			def = t.who.Village + "全村"
		}
		return true, r.reply(ctx, t, "notice.usage", map[string]any{"Default": def, "Officer": a.Officer, "Word": cmd.word})
	}
	if id, ok := words.NoticeQuery(a.Text); ok {
		return true, r.noticeQueryStatus(ctx, t, id)
	}
	if len(a.Choices) > 1 {
		// 一组 of which village? Several have one: guessing sends the
		// notice to the wrong village, and a notice cannot be taken back.
		return true, r.reply(ctx, t, "notice.which", map[string]any{"Scope": a.Scope, "Choices": a.Choices, "Text": a.Text})
	}
	if len(a.Groups) == 0 && a.Named && !a.Officer {
		// A leader's notice goes to his village only: say what he may write.
		return true, r.reply(ctx, t, "notice.leader_scope", map[string]any{"Scope": a.Scope, "Village": t.who.Village, "Grids": r.places.GridNames(t.who.Village)})
	}
	if len(a.Groups) == 0 {
		return true, r.reply(ctx, t, "notice.scope", map[string]any{"Scope": a.Scope, "Villages": r.places.Villages(), "Text": a.Text})
	}
	return false, nil
}

// noticeData is the template data of notice n's post and its sender's
// reply: when it is followed up, and when what waits for the morning goes
// out.
func (r *Router) noticeData(t *turn, n village.Notice, away map[string]bool) map[string]any {
	// An urgent notice is followed up within the hour, at night too; the
	// summary of answers then waits for the morning (scheduler).
	// A notice about its own day is followed up that day, sooner; one
	// whose follow-up falls in the night is not (a notice of a day gone
	// by is not chased).
	followAt, early := n.FollowupAt(r.cfg.Notices.FollowupAfter.Std())
	noFollow := false
	if early && !n.Urgent && r.cfg.QuietHours.Contains(followAt.In(r.cfg.Location())) {
		// the quiet hours hold it till the morning's first run: chased
		// then, unless what it says is over by then (今晚7点半开会)
		if morning, ok := r.cfg.NoticeRelease(followAt); ok && n.PassedOn(morning) {
			followAt = morning
		} else {
			noFollow = true
		}
	}
	// What waits for the morning goes out at the notice follow-up's
	// first run after the quiet hours (07:15 by default), not as they end.
	release, ok := r.cfg.NoticeRelease(t.at)
	if !ok { // a schedule Load rejects
		release = r.cfg.QuietHours.Until(t.at.In(r.cfg.Location()))
	}
	data := map[string]any{"N": n, "Ref": storage.RefPlaceholder, "After": r.cfg.Notices.FollowupAfter.Std(),
		"FollowAt": followAt, "Now": t.at, "Early": early, "Days": n.RelativeDays(), "NoFollow": noFollow, "Quiet": r.cfg.QuietHours, "Release": release,
		"Night": n.Urgent && r.cfg.QuietHours.Contains(t.at.Add(time.Hour).In(r.cfg.Location()))}
	if _, word, ok := n.Day(); ok && n.Held && n.DayOver(release) {
		data["Gone"] = word // "今晚11点前…" held till the morning is held past its day
	}
	if w := r.warningData(n, release, away); w != nil {
		data["Warn"] = w
	}
	return data
}

// warningData says, of a severe-weather warning n (village.Notice.Warning),
// how many elders without WeChat of its groups' grids will be phoned and
// when (config.WarningCalls: today, or the morning's list): what the
// scheduler's warnCalls does at its next run, which phones none away
// (away, by person key: eldersAway). nil for any other notice.
func (r *Router) warningData(n village.Notice, release time.Time, away map[string]bool) map[string]any {
	if n.Warning == "" {
		return nil
	}
	elders := 0
	for _, p := range r.warnedElders(n) {
		if !away[p.Key()] {
			elders++
		}
	}
	if elders == 0 {
		return nil
	}
	from := n.Posted()
	if n.Held {
		from = release
	}
	due, listed := r.cfg.WarningCalls(from)
	return map[string]any{"Kind": n.Warning, "Elders": elders, "Due": due, "Listed": listed}
}

// warnedElders are the elders without WeChat of the grids of warning n's
// groups who are phoned about it (village.NoticeAnswer: chased).
func (r *Router) warnedElders(n village.Notice) []village.Person {
	informed := village.Informed(r.people.All())
	phoner := func(p village.Person) village.Person { return village.Phoner(r.people.All(), p) }
	var out []village.Person
	for _, p := range r.people.All() {
		if p.UsesWeChat || p.Phone == "" || !slices.ContainsFunc(n.Groups, func(g string) bool {
			v, grid, ok := r.cfg.GridOfGroup(g)
			return ok && v == p.Village && grid == p.Grid
		}) {
			continue
		}
		if _, chased := village.NoticeAnswer(informed, p, phoner); chased {
			out = append(out, p)
		}
	}
	return out
}

// eldersAway are, by person key, the elders warning n phones (warnedElders)
// who are away from home now (village.AwayAt): the scheduler phones them
// not, and the reply to its poster counts them not (call104: 「N 位老人」
// counted 白凤兰 at her daughter's). Their calls read in one round trip,
// for a warning only; nil for any other notice.
func (r *Router) eldersAway(ctx context.Context, n village.Notice) (map[string]bool, error) {
	if n.Warning == "" {
		return nil, nil
	}
	var reads []storage.ScopeRead
	var whose [][]string
	for _, p := range r.warnedElders(n) {
		i := slices.IndexFunc(reads, func(s storage.ScopeRead) bool { return s.Scope == storage.VillageScope(p.Village) })
		if i < 0 {
			reads, whose, i = append(reads, storage.ScopeRead{Scope: storage.VillageScope(p.Village)}), append(whose, nil), len(reads)
		}
		reads[i].Docs = append(reads[i].Docs, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf(p.Key())})
		whose[i] = append(whose[i], p.Key())
	}
	if len(reads) == 0 {
		return nil, nil
	}
	got, err := r.store.ScopesRead(ctx, reads...)
	if err != nil {
		return nil, err
	}
	away := map[string]bool{}
	for i, g := range got {
		for j, raws := range g.Docs {
			calls, err := storage.CallsIn(raws)
			if err != nil {
				return nil, err
			}
			if village.AwayAt(calls, n.Posted()) {
				away[whose[i][j]] = true
			}
		}
	}
	return away, nil
}

// noticeOut are notice n's posts to its groups and cadres, unless it is
// held, and the reply to its sender, who sent it for groups.
//
// inWords, when the notice went to the cadres because its words address
// them, are the words and the command that would post it to the groups.
func (r *Router) noticeOut(t *turn, n village.Notice, groups []string, inWords map[string]any, away map[string]bool) []bot.Outbound {
	data := r.noticeData(t, n, away)
	data["InWords"] = inWords
	var out []bot.Outbound
	prio := bot.Normal
	if n.Urgent {
		prio = bot.Urgent
	}
	if !n.Held {
		post := r.texts.Render("notice.post", data)
		for _, g := range n.Groups {
			out = append(out, bot.Outbound{To: g, Kind: bot.Group, Priority: prio, Text: post})
		}
		for _, c := range n.Cadres {
			out = append(out, bot.Outbound{To: c, Kind: bot.Private, Priority: prio, Text: post})
		}
	}
	switch {
	case n.Held:
		out = append(out, r.back(t, r.textsFor(t).Render("notice.held", data)))
	case len(n.Cadres) > 0 || !slices.Contains(groups, t.m.Chat) || t.where.Kind == words.InPrivate || len(groups) > 1:
		// said in one of several groups, the sender is told it reached
		// the others too
		out = append(out, r.back(t, r.textsFor(t).Render("notice.sent", data)))
	default:
		// Said in the one group it went to (a leader's 「通知 三组 …」 in
		// his own group), the post is there for all to see, but not its
		// days as read nor when he hears who has not answered: he is told
		// privately, as the households need not read what is his to do.
		out = append(out, r.toSender(t, r.texts.Render("notice.sent", data)))
	}
	return out
}

// noticeCadres are the private addresses of the grid workers and leaders
// of groups' grids (the sender not among them), in roster order.
func (r *Router) noticeCadres(groups []string, sender village.Person) []string {
	var out []string
	for _, p := range r.people.All() {
		if !p.Has(village.RoleWorker) && !p.Has(village.RoleLeader) || p.Key() == sender.Key() {
			continue
		}
		for _, g := range groups {
			if v, grid, ok := r.cfg.GridOfGroup(g); ok && p.Tends(v, grid) {
				if a := r.shown(p); !slices.Contains(out, a) {
					out = append(out, a)
				}
				break
			}
		}
	}
	return out
}

// noticeGroups resolves a notice scope word to group names: 全镇/全部,
// 全村, a village name or a grid name (of the sender's village), or
// several of them ("一组、二组"). An empty word means the sender's
// default. ok is false when the word is no scope. A grid name that
// several villages the sender may notify have (一组) is no group yet:
// choices are the village-qualified names to pick from.
func (r *Router) noticeGroups(word string, who village.Person, officer bool) (groups []string, ok bool, choices []string) {
	may := func(v string) bool { return officer || v == who.Village }
	places := r.places
	if words.OwnGridWords[word] && who.Grid != "" {
		word = who.Grid // "通知 本组 …": his own grid's group
	}
	p := places.Named(word, who.Village)
	switch {
	case word == "":
		return places.Groups(may), false, nil
	case p.Kind == village.PlaceTownship && !officer:
		return nil, true, nil
	case p.Kind == village.PlaceTownship:
		return p.Grids.Groups(nil), true, nil
	case p.Kind == village.NoPlace && strings.ContainsAny(word, words.NoticeSeparators):
		return r.noticeGroupsOf(strings.FieldsFunc(word, func(c rune) bool { return strings.ContainsRune(words.NoticeSeparators, c) }), who, officer)
	}
	mine := slices.DeleteFunc(slices.Clone(p.Grids), func(g village.Grid) bool { return !may(g.Village) })
	switch {
	case p.Kind == village.PlaceVillage && len(mine) < len(p.Grids):
		// another village, for a leader
		return nil, true, nil
	case len(mine) > 1 && p.Kind == village.PlaceGrid:
		return nil, true, mine.Choices()
	case len(mine) > 0:
		return mine.Groups(nil), true, nil
	case p.Kind != village.NoPlace || words.ScopeLike.MatchString(word) || r.shortPlaceName(word):
		// "四组", "青山": meant as a scope, of none the sender may notify
		// or of several (青山村, 青山镇); sent to everyone with the word at
		// its head it would go too far
		return nil, true, nil
	}
	return places.Groups(may), false, nil
}

// shortPlaceName reports whether word is the name of a village or of the
// township without its 村, 社区 or 镇 ("青山" for 青山村): a scope
// written short, which the sender is asked to write in full.
func (r *Router) shortPlaceName(word string) bool {
	if utf8.RuneCountInString(word) < 2 {
		return false
	}
	for _, full := range append(r.places.Villages(), r.cfg.Township.Name) {
		for _, suffix := range []string{"村", "社区", "镇", "乡"} {
			if full == word+suffix {
				return true
			}
		}
	}
	return false
}

// noticeGroupsOf resolves several scope words ("一组、二组"): the groups of
// them all. It is no scope when one is none, and the whole is a scope
// the sender may not notify (no groups) when one of them is such.
func (r *Router) noticeGroupsOf(words []string, who village.Person, officer bool) (groups []string, ok bool, choices []string) {
	if len(words) < 2 {
		return nil, false, nil
	}
	for _, w := range words {
		gs, ok, cs := r.noticeGroups(w, who, officer)
		switch {
		case !ok:
			return nil, false, nil
		case len(cs) > 0:
			return nil, true, cs
		case len(gs) == 0:
			return nil, true, nil
		}
		for _, g := range gs {
			if !slices.Contains(groups, g) {
				groups = append(groups, g)
			}
		}
	}
	return groups, true, nil
}

// chainAck reads a 接龙 of acknowledgements in a grid group
// ("#接龙\n1. 张三 收到\n2. 陈二 收到"): each who joins copies every line
// before his, so each numbered line names someone who read the notice.
// also are the households of the grid the lines name, besides the
// sender's (which counts as his 收到 does); a name that fits several, or
// none, counts nothing. ok is false unless t is a 接龙 whose lines, or
// its heading, say 收到 (a 接龙 to sign up for something answers no
// notice).
func (r *Router) chainAck(t *turn) (also []string, ok bool) {
	if t.where.Kind != words.InGrid || !strings.Contains(t.text, "接龙") || !strings.Contains(t.text, "\n") {
		return nil, false
	}
	also = []string{} // a 接龙, even of no name known: never the bare 收到 a cadre may take a report with
	saysRead := func(s string) bool {
		return slices.ContainsFunc(words.ReadWords, func(w string) bool { return strings.Contains(s, w) })
	}
	var heading strings.Builder
	var lines []string
	for _, l := range strings.Split(t.text, "\n") {
		if m := words.ChainLine.FindStringSubmatch(l); m != nil && !strings.Contains(l, "接龙") {
			lines = append(lines, strings.TrimSpace(m[1]))
		} else {
			heading.WriteString(l)
		}
	}
	all := saysRead(heading.String())
	isName := r.nameIn(t.where.Village)
	for _, l := range lines {
		if !all && !saysRead(l) {
			continue
		}
		ok = true
		name, _ := words.LeadingName(strings.TrimLeft(l, "@ "), isName)
		if name == "" {
			continue
		}
		if fits, _ := r.whoIs([]string{t.where.Village}, t.where.Grid, name, ""); len(fits) == 1 && fits[0].Household != "" {
			if k := fits[0].HouseholdKey(); !slices.Contains(also, k) {
				also = append(also, k)
			}
		}
	}
	return also, ok
}

// ackWithAside reports whether t, which quotes a notice, is the household's
// 收到 with an aside ("收到，我会转告我爸", "好的知道了 我带奶奶去"). What
// follows the acknowledgement must read as no matter of its own: a report
// ("知道了 但我家三天没水了") is the 收到 and a report (see ackThenReport);
// a question ("收到 几点开始") is left to be read and handled as usual,
// and the notice waits for another 收到.
func (r *Router) ackWithAside(ctx context.Context, t *turn) bool {
	rest, ok := words.AckLead(t.text)
	if !ok {
		rest, ok = words.AckTail(t.text) // "我家老人不在家 收到"
	}
	if !ok || !understand.HasContent(rest) || strings.ContainsAny(rest, "?？吗") || utf8.RuneCountInString(t.text) > r.max {
		return false
	}
	if d := debtWordOf(rest, nil); d == debtPart || d == debtSum {
		// 「收到了 他还了1000」: a creditor's money came, no aside
		// (med108: partlyPaid keeps it on his quarrel)
		return false
	}
	return r.read(ctx, t, rest).Intent == village.IntentNoise
}

// ackThenReport splits a household's 收到 followed by a matter of its own
// ("知道了 但我家三天没水了", quoting the notice or not) into the two: rest
// is the report without the acknowledgement and the turn after it ("但",
// "不过"), the text to read and file. ok is false unless rest reads as a
// report; a question after it ("知道了吗", "收到 几点开始") acknowledges
// nothing.
func (r *Router) ackThenReport(ctx context.Context, t *turn) (rest string, ok bool) {
	rest, ok = r.afterAck(t)
	if !ok {
		return "", false
	}
	if _, plan := understand.TakesOn(t.text); plan && t.who.Tends(t.where.Village, t.where.Grid) {
		// "收到 我来处理" from the grid's cadre: what he will do, never a
		// report of its own (an item to note it on was looked for:
		// progressInWords)
		return "", false
	}
	return rest, r.read(ctx, t, rest).Intent == village.IntentReport
}

// afterAck is what follows the acknowledgement that opens t (ackLead),
// without the turn after it ("但", "不过"); ok is false when t opens with
// none, is too long, or says nothing after it but a question of the 收到
// itself ("知道了吗").
func (r *Router) afterAck(t *turn) (rest string, ok bool) {
	rest, ok = words.AckLead(t.text)
	if !ok || utf8.RuneCountInString(t.text) > r.max {
		return "", false
	}
	for cut := true; cut; {
		cut = false
		for _, w := range words.AckTurns {
			if after, found := strings.CutPrefix(rest, w); found {
				rest, cut = strings.TrimLeft(after, " ，,、"), true
			}
		}
	}
	if !understand.HasContent(rest) || words.StartsWithAny(rest, "吗", "么", "没", "呢", "?", "？") {
		return "", false
	}
	return rest, true
}

// ackAndAsk handles a villager's 收到 with a question after it, in his
// grid's group ("收到 周六几点啊", "收到，要带户口本不"): the household's
// 收到, and the question passed to the grid's workers (its leaders when it
// has none) to answer in the group, in the same commit. It was the
// notice's 收到 alone, the question unheard, or a question filed as an
// item of its own. The replies name the notices answered and are dropped
// with them when none is (AckedPlaceholder): a 收到 that answers no
// notice asks nothing of them. A question the notice's own text answers
// (its time, place, what to bring: noticeAnswer; the notice quoted, else
// the latest one followed up there) is answered with its words instead,
// no one bothered: one read of the group's notices first, only when the
// question asks what a notice may tell (askedKinds); 2 round trips then,
// else 1 as before.
func (r *Router) ackAndAsk(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.who.IsCadre() || t.quote != nil && !words.NoticeRe.MatchString(t.quote.Text) {
		return false, nil
	}
	chat, _ := r.ackChat(t)
	asked, ok := r.afterAck(t)
	if chat == "" || !ok {
		return false, nil
	}
	reading := r.read(ctx, t, asked)
	if reading.Intent != village.IntentQuery && !understand.IsQuestion(asked) ||
		reading.Intent == village.IntentReport && (reading.Type != village.Approval || reading.Category != words.GeneralAsk) {
		// no question; a matter of his own ("收到，但我家水管坏了谁来修啊"),
		// or a procedure the bot tells ("身份证丢了咋办"): ackAndReport's
		return false, nil
	}
	who := r.noticeAnswerers(t)
	if len(who) == 0 {
		return false, nil
	}
	n, fixes, quote, told, err := r.noticeAnswering(ctx, t, asked, noticeAck(t, chat).Quoted, true)
	if err != nil {
		return true, err
	}
	if told {
		// "收到 几点去领" after 明天上午9点在村委会领取…: answered from
		// the notice's words, in the 收到's commit; no one bothered
		return true, r.answerFromNotice(ctx, t, n, fixes, asked, quote, chat)
	}
	data := map[string]any{"Who": who, "Asker": r.shown(t.who), "AskerTo": []string{t.m.From}, "Asked": asked, "Group": chat, "Refs": []string{storage.AckedPlaceholder}}
	out := r.noticeAskedOut(t, data)
	ack := noticeAck(t, chat)
	_, err = r.commit(ctx, t, t.copies.guard(storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID, Ack: &ack, Out: out}))
	return true, err
}

// ackAlso is the 收到 that opened a report (see ackThenReport), nil when
// it answers no notice. Notices live in the township's scope: it is a
// change of its own, deduplicated by the message id + ":acks", which
// rides on the report's filing (turn.then, storage.Change.Then): in the
// same round trip, after the report's own commit, so that an alarm or a
// report is never held back by it.
func (r *Router) ackAlso(t *turn) *storage.Change {
	chat, _ := r.ackChat(t)
	if chat == "" || t.quote != nil && !words.NoticeRe.MatchString(t.quote.Text) {
		return nil // quoting something else: answers no notice
	}
	return r.ackChange(t, chat, "")
}

// ackChange is the change of its own that records t's 收到 (noticeAck) of
// the notices posted to chat, of notice quoted ("N3") alone when set,
// deduplicated by the message id + ":acks": a Then of the message's own
// commit.
func (r *Router) ackChange(t *turn, chat, quoted string) *storage.Change {
	ack := noticeAck(t, chat)
	if quoted != "" {
		ack.Quoted = quoted
	}
	return &storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID + ":acks", Ack: &ack}
}

// ack records 收到 from a household. Quoting a notice answers that one;
// a bare 收到 answers the latest notice posted to this group and every
// other one posted here that is still followed up (village.Notice.Relayed):
// a household that read two notices says 收到 once, and the
// follow-up must not phone its elders about either (storage.NoticeAck
// chooses them, in the commit). It answers nothing.
func (r *Router) ack(ctx context.Context, t *turn, cmd command) error {
	mayAccept := t.who.Has(village.RoleLeader) || t.who.Has(village.RoleOfficer)
	if t.quote != nil && !strings.Contains(t.quote.Text, "#N") {
		if refs := words.ReportRefs(village.FindRefs(t.quote.Text)); len(refs) > 0 {
			// 收到 to a message about a report (in a group, or the
			// leader's 【私信反映】 in private) acknowledges no notice;
			// who may accept it takes it on (takeQuoted); the reporter's
			// "看到了 谢谢" to his item's 办结 is asked which answer he
			// means (awaited).
			if mayAccept {
				return r.takeQuotedOf(ctx, t, refs, t.text)
			}
			_, err := r.awaitedAnswer(ctx, t, village.Reading{}, refs)
			return err
		}
	}
	if done, err := r.officerAckByRef(ctx, t, cmd); done {
		return err
	}
	if t.where.Kind == words.InOffice && t.quote == nil && t.who.Has(village.RoleOfficer) {
		// 「收到，已打119，我马上过去」: what he did about an alarm, as
		// without the 收到 (town96: he was asked to 确认 and the alarm
		// was re-posted three times while he was on his way)
		if done, err := r.dutyNote(ctx, t); done {
			return err
		}
		out, err := r.emergencyAckHint(ctx, t, "")
		if err != nil || len(out) == 0 {
			return err
		}
		return r.commitOut(ctx, t, out)
	}
	if t.where.Kind == words.InPrivate && t.who.IsCadre() {
		if done, err := r.cadreAck(ctx, t); done || err != nil {
			return err
		}
	}
	if done, err := r.alarmAcked(ctx, t); done {
		// "收到 我去看了" from the grid's cadre while its one alarm
		// waits: its 确认 (a bare 收到 goes on, to the notices)
		return err
	}
	if done, err := r.ackWhileAsked(ctx, t); done {
		// "收到" while 「回复「1」登记」 waits for him: told once what
		// answers it; the notices' 收到 rides along
		return err
	}
	chat, private := r.ackChat(t)
	if chat == "" {
		return nil
	}
	ack := noticeAck(t, chat)
	if !t.who.PassesNotices() && words.PaidForNotice(t.text) {
		// "收到 已经交了": who paid, kept on every notice it answers; 查 #N
		// and 「交了吗」 read it of payment notices only (call101)
		ack.Told = append(ack.Told, storage.PaidField(t.who.HouseholdKey(), r.shown(t.who)))
	}
	var fresh []village.Report
	if t.quote == nil && !private && t.chain == nil {
		// a cadre's bare 收到 answers what was posted last: a fresh report
		// filed after the group's latest notice is his to take on; a notice
		// posted after it is acknowledged as before (确认 takes the report)
		var err error
		if fresh, _, err = r.freshReports(ctx, t, ""); err != nil {
			return err
		}
		if len(fresh) > 0 {
			ack.Since = words.AskedAt(fresh[0])
		}
	}
	if t.assent && ack.Since.Before(t.at.Add(-words.AssentFor)) {
		// "好的" answers the notice only while it is the group's news
		ack.Since = t.at.Add(-words.AssentFor)
	}
	var out []bot.Outbound
	if t.quote == nil {
		var err error
		if out, err = r.emergencyAckHint(ctx, t, ""); err != nil {
			return err
		}
	}
	if private {
		// in the group 收到 is answered by silence; in private he learns
		// it counted (with no notice waiting, it answered something else,
		// and the commit drops this reply)
		out = append(out, r.back(t, r.textsFor(t).Render("notice.acked", map[string]any{"Refs": []string{storage.AckedPlaceholder}})))
	}
	_, err := r.commit(ctx, t, storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID, Ack: &ack, Out: out})
	if errors.Is(err, storage.ErrNoticeOlder) {
		if t.assent {
			return nil // "好的" to someone else, no notice of late
		}
		return r.acceptOneOf(ctx, t, fresh, "")
	}
	return err
}

// cadreAck records a cadre's private 收到 of the notices addressed to him
// (Notice.Cadres) he still answers (Notice.Answerable), or the one he quotes; done is false
// when none waits for his answer.
func (r *Router) cadreAck(ctx context.Context, t *turn) (done bool, err error) {
	me := r.shown(t.who)
	// those sent to him still followed up and those he quotes, however
	// old the rest
	var quoted []string
	if t.quote != nil {
		for _, m := range words.QuotedNoticeRe.FindAllStringSubmatch(t.quote.Text, -1) {
			quoted = append(quoted, m[1])
		}
	}
	notices, err := r.store.RecentNotices(ctx, storage.TownshipScope(r.cfg.Township.Name), storage.NoticesSentTo(me), words.AnsweredSince(t.at), quoted...)
	if err != nil {
		return false, err
	}
	var incr []storage.Incr
	var ids []string
	for _, n := range notices {
		quoted := t.quote != nil && strings.Contains(t.quote.Text, "#"+n.ID+"）")
		if n.Held || !slices.Contains(n.Cadres, me) || !quoted && !n.Answerable(t.at) {
			continue
		}
		incr = append(incr, storage.Incr{Hash: storage.AckHash(n.ID), Field: me, By: 1})
		ids = append(ids, "#"+n.ID)
	}
	if len(incr) == 0 {
		return false, nil
	}
	out := []bot.Outbound{r.back(t, r.textsFor(t).Render("notice.acked.cadre", map[string]any{"Refs": ids}))}
	_, err = r.commit(ctx, t, storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: t.m.ID, Incr: incr, Out: out})
	return true, err
}

// ackChat is the group whose notices t's 收到 answers, and whether a
// villager answers them in private; chat is empty when t answers no
// notice: said elsewhere, or by no household.
func (r *Router) ackChat(t *turn) (chat string, private bool) {
	chat = t.m.Chat
	private = t.where.Kind == words.InPrivate && !t.who.IsCadre() && (t.quote == nil || strings.Contains(t.quote.Text, "#N"))
	if private {
		// a villager who answers the notice to the bot: his grid's
		// (a cadre's 收到 in private answers the bot's other messages)
		chat = r.groupOf(t.who.Village, t.who.Grid)
	}
	if t.where.Kind != words.InGrid && !private || t.who.Household == "" {
		return "", private
	}
	return chat, private
}

// noticeAck is t's 收到 of the notices posted to chat, for the sender's
// household: of the one it quotes, when it quotes one (see
// storage.NoticeAck).
func noticeAck(t *turn, chat string) storage.NoticeAck {
	a := storage.NoticeAck{Group: chat, Field: t.who.HouseholdKey(), At: t.at, Also: t.chain}
	if t.quote != nil {
		if i := strings.Index(t.quote.Text, "#N"); i >= 0 {
			a.Quoted = strings.TrimRight(t.quote.Text[i+1:], "）)。 \n")
		}
	}
	return a
}

// emergencyAckHint answers a grid leader's (or worker's) bare 收到 ("收到 马上去") while
// an emergency of his grid waits for acceptance, and a township officer's
// in the township chats while one of any village does: 收到 is what one
// says to the alarm, but only 确认 tells the grid and the duty chat that
// someone is on it and stops the watchdog calling again. It names the
// emergencies and the command (with note, what the officer said he did,
// when there is one emergency: see dutyNote); nil when there are none.
func (r *Router) emergencyAckHint(ctx context.Context, t *turn, note string) ([]bot.Outbound, error) {
	var open []village.Report
	block := "accept.hint.emergency"
	switch {
	case t.where.Kind == words.InGrid && (t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) ||
		t.who.Covers(village.RoleWorker, t.where.Village, t.where.Grid)):
		var err error
		if open, err = r.gridOpen(ctx, t); err != nil {
			return nil, err
		}
	case t.where.Kind == words.InOffice && t.who.Has(village.RoleOfficer):
		block = "accept.hint.duty"
		for _, v := range r.cfg.Villages {
			reps, err := r.store.AllOpenReports(ctx, storage.VillageScope(v.Name))
			if err != nil {
				return nil, err
			}
			open = append(open, reps...)
		}
	default:
		return nil, nil
	}
	return r.alarmHint(t, open, block, note), nil
}

// alarmHint is emergencyAckHint's answer (block) of the emergencies of
// open that wait for 确认; nil when none does.
func (r *Router) alarmHint(t *turn, open []village.Report, block, note string) []bot.Outbound {
	var refs []string
	var items []map[string]string
	for _, rep := range open {
		// one its reporter said over or took back waits for the leader to
		// check, not for a 确认 (the watchdog left it too)
		if words.AwaitsAccept(rep) {
			// the township's chats write the village with several (town96:
			// 「确认 #R2」 there named 青山村's #R2 as well as 石桥村's)
			ref := village.TownshipRef(rep.Village, rep.ID, block == "accept.hint.duty" && len(r.cfg.Villages) > 1)
			refs = append(refs, ref)
			items = append(items, map[string]string{"Ref": ref, "Text": rep.Text})
		}
	}
	if len(refs) == 0 {
		return nil
	}
	slices.Sort(refs)
	slices.SortFunc(items, func(a, b map[string]string) int { return strings.Compare(a["Ref"], b["Ref"]) })
	if len(refs) > 1 {
		note = "" // which one he means is his to say: each named, with its words
	} else {
		items = nil
	}
	return []bot.Outbound{r.back(t, r.textsFor(t).Render(block,
		map[string]any{"Who": t.who.Name, "Refs": strings.Join(refs, "、"), "Note": note, "Items": items}))}
}

// dutyNote answers an officer who tells the duty chat in plain words
// what he did about an alarm ("已经通知供电所抢修了", "消防车已经出发了")
// while emergencies are open: of the one his words fit (dutyFit: 消防 a
// fire, "派人去后山找了" the missing alarm of 后山), they are its 进展, confirming it when nobody had (the township
// acts on it: the watchdog stops), as "#R2 消防车已经出发了" is
// (dutyProgress). Fitting none or several alike, he is shown the 确认s of
// those that wait, with his words, as before. done is false when he says
// no such thing (the store is read only then) or no emergency waits.
func (r *Router) dutyNote(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Chat != r.cfg.Township.EmergencyChat || t.quote != nil || !t.who.Has(village.RoleOfficer) ||
		!words.ContainsAnyOf(t.text, append(words.ProgressWords, words.DutyWords...)...) && !words.OnTheWay(t.text) && words.SearchOf(t.text) == words.SearchNone {
		return false, nil
	}
	note := strings.TrimSpace(t.text)
	var open []village.Report
	for _, v := range r.cfg.Villages {
		reps, err := r.store.AllOpenReports(ctx, storage.VillageScope(v.Name))
		if err != nil {
			return true, err
		}
		open = append(open, reps...)
	}
	if rep, ok := r.dutyFit(t, open, note); ok {
		if may, _, _ := r.mayNow(t, words.VProgress, rep); may {
			t.takeOn = true
			t.implied, t.known = true, []village.Report{rep} // read once: 进展 acts on it as read here
			_, err = r.run(ctx, t, "进展 "+village.TownshipRef(rep.Village, rep.ID, len(r.cfg.Villages) > 1)+" "+note)
			t.known = nil
			return true, err
		}
	}
	if done, err := r.dutyPick(ctx, t, open, note); done {
		// "我马上过去" with a fire and a flood open: 「1」 or 「2」
		return true, err
	}
	out := r.alarmHint(t, open, "accept.hint.duty", note)
	if len(out) == 0 {
		return false, nil
	}
	return true, r.commitOut(ctx, t, out)
}

// implicitCall logs a call a grid worker or leader tells the bot without
// 回访, privately or quoting the bot: a person he phones and how it went
// ("高秀英 已通 身体挺好", "徐玉珍打通了，说腿疼"), or just how it went,
// quoting the bot's message that names one person he phones
// ("打通了，身体挺好" to 【电话回访】请今天给高秀英打个电话). Else it is
// not done.
func (r *Router) implicitCall(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind == words.InOffice || !t.who.Has(village.RoleWorker) && !t.who.Has(village.RoleLeader) {
		return false, nil // only they phone: the roster is not searched for a villager's message
	}
	if t.where.Kind == words.InPrivate || t.where.Kind == words.InGrid && !t.addr && t.quote == nil && t.who.Tends(t.where.Village, t.where.Grid) {
		// in the group the grid's own word of an elder of it (「体检的事石德贵家
		// 我告诉他了」, call78) is her call log as privately; of a household that
		// uses WeChat it is its 收到, read later (noticePassedOn)
		told, ok := words.ToldInPersonAll(t.text, r.relayable(t))
		var about string
		if !ok {
			var done bool // "体检的事我跟陈二说过了" of no notice: he is told
			if told, about, ok, done, err = r.relayTold(ctx, t); done {
				return true, err // "赵六那边我告诉他了", as the group says it
			}
		}
		if ok {
			if done, err := r.passedOnPrivately(ctx, t, told, about); done {
				return true, err // "赵六家我告诉他了": households that use WeChat, their 收到
			}
			// "雷志明家我当面说过了", after the notice follow-up: the
			// elder heard it from him; several in one message
			// ("雷志明屋头我去说了 石德贵自己晓得") are one log each
			return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: strings.Join(told, "，")})
		}
	}
	mine := r.callable(t)
	if len(mine) == 0 {
		return false, nil
	}
	if done, err := r.callAway(ctx, t); done {
		return true, err // "我这几天生病了 电话打不了": for his leader
	}
	if done, err := r.phoneChanged(ctx, t); done {
		return true, err // "白凤兰电话换了 新号139…"
	}
	args := words.RelayAsReached(t.text)
	if named, ok := words.NameLast(args, func(n string) bool { return slices.Contains(mine, n) }); ok {
		args = named // "打了三次都没人接 王奶奶"
	}
	if m := words.AnsweredByKinRe.FindStringSubmatch(args); m != nil && t.where.Kind == words.InPrivate && r.callsName(t.who, mine, m[1]) {
		// "白凤兰孙子接的 挺好的": her call, her grandson answered
		return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: m[1] + "的" + m[2] + " " + village.OutcomeReached + " " + m[3]})
	}
	if m := words.KinAnsweredRe.FindStringSubmatch(args); m != nil && t.where.Kind == words.InPrivate && t.quote == nil {
		// "她孙子接的 挺好的": the call of the one elder he was just
		// asked to phone or just logged a try on; else whose, asked
		if done, err := r.kinAnsweredUnnamed(ctx, t, m[1], m[2], m[3]); done {
			return true, err
		}
	}
	if named, ok := byListNumber(t, args, mine); ok {
		// "1打通了 挺好 2没接" quoting his call list: the numbers are
		// the people it lists
		return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: named})
	}
	if t.where.Kind != words.InPrivate && !t.addr {
		// said in the group to no one: only a call log that names one
		// he phones first ("王奶奶打通了 身体还行 就是屋顶漏雨", "白凤兰
		// 打过了 她说…", "去白凤兰家看了 …"), no question, is his
		if strings.ContainsAny(t.text, "?？吗") {
			return false, nil
		}
		isMine := func(n string) bool { return slices.Contains(mine, n) }
		if well, ok := words.WellLogs(args, isMine); ok {
			args = well // "王奶奶挺好 石德贵没接"
		}
		// "白风兰打通了 挺好": a name of his mistyped is his log all the
		// same, answered with the name he meant (call.unknown)
		if several, ok := words.DialledNames(args, isMine); ok {
			args = several // "给王奶奶和白凤兰都打了 都挺好"
		}
		if names, _ := words.CallNames(args, isMine); names != nil {
			// "王奶奶和石德贵都打通了": one log each
			return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: args})
		}
		if heard, ok, err := r.heardLogs(ctx, t, args, mine); ok || err != nil {
			// "白凤兰挺好的" in the group, of one on his list
			return true, r.callLogged(ctx, t, heard, err)
		}
		isMine = func(n string) bool { return slices.Contains(mine, n) || words.MistypedName(mine, n) != "" }
		if n, rest, ok := words.NameBeforeOutcome(args, isMine); ok {
			args = n + " " + rest
		} else if n, _ = words.LeadingName(args, isMine); n == "" || !words.IsCallLog(args, n) {
			return r.listedUnread(ctx, t, mine) // 「王奶奶儿子腊月二十回来」 alone (call111)
		} else {
			// "白凤兰她闺女接的 …": the name apart, as 「回访 白凤兰 她闺女接的」
			args = n + " " + strings.TrimLeft(strings.TrimPrefix(args, n), words.CallSeps)
		}
		return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: args})
	}
	if well, ok := words.WellLogs(args, func(n string) bool { return slices.Contains(mine, n) }); ok {
		args = well // "王奶奶挺好 石德贵没接"
	}
	if several, ok := words.DialledNames(args, func(n string) bool { return slices.Contains(mine, n) }); ok {
		args = several // "给王奶奶和白凤兰都打了 都挺好"
	}
	if n, rest, ok := words.NameBeforeOutcome(args, func(n string) bool { return r.callsName(t.who, mine, n) }); ok {
		args = n + " " + rest // "石德贵打了没人接"
	}
	if names, _ := words.CallNames(args, func(n string) bool { return slices.Contains(mine, n) }); names != nil {
		return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: args})
	}
	if n, rest, ok := words.NameBeforeOutcome(args, r.othersElder(t)); ok && t.where.Kind == words.InPrivate {
		// "高秀英 打了没人接" of an elder another worker phones: a call
		// log all the same, which callLog answers with whose she is
		// (call.notmine), not a report of "打了没人接"
		return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: n + " " + rest})
	}
	if name, _, _, ok := words.ParseCallLog(args); !ok || !r.callsName(t.who, mine, name) && words.MistypedName(mine, name) == "" || !words.IsCallLog(args, name) {
		if heard, ok, err := r.heardLogs(ctx, t, args, mine); ok || err != nil {
			// "白凤兰挺好的", "王奶奶好 石德贵没接 白凤兰挺好": of ones on his list
			return true, r.callLogged(ctx, t, heard, err)
		}
		if done, err := r.heardOfOthers(ctx, t, args); done {
			// 马红梅's "徐玉珍挺好的", 徐玉珍 on 何志强's list
			return true, err
		}
		n := r.quotedCallee(t)
		if args = n + " " + args; n == "" || !words.IsCallLog(args, n) {
			if done, err := r.callNote(ctx, t); done || err != nil {
				return done, err
			}
			return r.listedUnread(ctx, t, mine)
		}
	}
	return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: args})
}

// othersElder reports whether n names, in the sender's village, a person
// without WeChat whose calls he may not log (mayCallCopied): one another worker
// phones.
func (r *Router) othersElder(t *turn) func(n string) bool {
	v := r.callVillage(t)
	return func(n string) bool {
		p, err := r.people.Lookup(v, n)
		return err == nil && !p.UsesWeChat && !r.mayCallCopied(t, p)
	}
}

// callNote handles what a worker or leader with open call tasks tells the
// bot privately about them without a name, which would otherwise read as
// a report: how a call went ("人挺好，手机没电了") is logged to his one
// open call, or the one he was just reminded of, as if he had named her;
// with several he is asked whom it was about. Putting a call off ("今天
// 没空 明天打") gets how to log one, the tasks staying open. What the
// reader registers unasked (an emergency) is not held back by either.
func (r *Router) callNote(ctx context.Context, t *turn) (done bool, err error) {
	quoted := r.quotesCalls(t)
	if t.where.Kind != words.InPrivate || t.quote != nil && !quoted || utf8.RuneCountInString(t.text) > words.MaxCallNote {
		return false, nil
	}
	at, _, outcome := words.OutcomeAt(t.text)
	named := "" // "奶奶今天打了 没接": the one he calls by the end of her name
	if at >= 0 {
		if lead := words.WithoutCallLeads(t.text[:at]); lead != "" {
			if named = words.EndOfName(r.callable(t), lead); named == "" {
				at, outcome = -1, "" // "水管接通了": not how a call went
			}
		}
	}
	well := words.ContainsAnyOf(t.text, words.CallWell...)
	said := at >= 0 || well
	_, plans := understand.TakesOn(t.text) // "知道了 明天去": his answer to the reminder
	// "还没呢 等天晴了再打", "等她儿子回来再说", a bare "还没" to the reminder
	bare := slices.Contains(words.NotYet, strings.Trim(t.text, words.CallSeps+"。！!~"))
	if !said && !plans && !bare && !words.ContainsAnyOf(t.text, words.CallLater...) {
		return false, nil
	}
	v := r.callVillage(t)
	putOff := "" // "王奶奶 今天没空 明天打": one he phones, named first
	if !said {
		putOff, _ = words.LeadingName(t.text, func(n string) bool { return slices.Contains(r.callable(t), n) })
	}
	if putOff == "" && r.namesSomeone(v, t.text) {
		return false, nil // "王奶奶 已通" from one who does not phone her
	}
	open, err := r.openCalls(ctx, t, v)
	if err != nil {
		return false, err
	}
	switch {
	case named != "":
		// "奶奶那边打通了 …": hers, logged as if he had named her, a
		// call waiting or not (as 「回访 王奶奶 已通」 is)
	case len(open) == 0 && at >= 0 && quoted && !r.ownMatter(ctx, t):
		// "打了没人接" with no call to make: whom he phoned
		return true, r.reply(ctx, t, "call.usage", map[string]any{"Mine": r.callable(t)})
	case len(open) == 0 && at >= 0 && words.ContainsAnyOf(t.text, words.PhoneWords...) && !r.ownMatter(ctx, t):
		// "打了没人接" out of the blue: no call waits for him now; a call
		// he made unasked is logged with a name. Words of no phoning
		// ("联系上了 明天上午来") may answer the township's question
		// (askedPrivatelyAnswered), read later
		return true, r.reply(ctx, t, "call.none", map[string]any{"Mine": r.callable(t), "Outcome": outcome})
	case len(open) == 0 && !said && (quoted || !bare && r.putsOffCall(ctx, t)):
		return true, r.myCalls(ctx, t, v) // nothing waits: he hears so, and when lists come
	case len(open) == 0, bare && !quoted && !slices.ContainsFunc(open, func(c village.Call) bool {
		return !c.RemindedAt.After(t.at) && t.at.Sub(c.RemindedAt) < words.CallJustReminded
	}):
		return false, nil // a bare "还没" long after any reminder: not his answer to one
	}
	all := open // his next list names them all
	if quoted && putOff == "" {
		// the reminder he answers: the calls it names
		if named := slices.DeleteFunc(slices.Clone(open), func(c village.Call) bool {
			return !strings.Contains(t.quote.Text, r.people.Address(c.PersonKey, c.Person))
		}); len(named) > 0 {
			open = named
		}
	}
	if putOff != "" {
		i := slices.IndexFunc(open, func(c village.Call) bool { return r.people.Address(c.PersonKey, c.Person) == putOff })
		if i < 0 {
			return true, r.myCalls(ctx, t, v) // no call to her waits: he hears which do
		}
		open = open[i : i+1]
	}
	log := t.text
	if named != "" {
		log = t.text[at:] // "奶奶那边" said who: no kin of hers in the note
	}
	switch {
	case well && (outcome == village.OutcomeMissed || words.ContainsAnyOf(t.text, words.PhoneTrouble...)):
		// "人挺好，手机没电了": the phone did not do, he saw her
		log = village.OutcomeVisited + " " + log
	case at < 0:
		log = village.OutcomeReached + " " + log // she is well: he reached her
	}
	if named != "" {
		return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: named + " " + log})
	}
	if said && putOff == "" {
		if c, ok := words.JustCalled(open, t.at, t.who.Name); ok {
			return true, r.callLog(ctx, t, command{verb: words.VCall, word: "回访", args: r.people.Address(c.PersonKey, c.Person) + " " + log})
		}
	}
	if r.ownMatter(ctx, t) {
		return false, nil
	}
	names := make([]string, len(open))
	for i, c := range open {
		names[i] = r.people.Address(c.PersonKey, c.Person)
	}
	block := "call.later"
	if said {
		block = "call.whom"
		// the example in the form a log takes: "打了 没人接" shows as
		// 回访 王奶奶 未接通, not in his words again
		log = words.CallExample(log)
	}
	// "明天去", "下午过去看看": he will go and see her, not phone
	// as the request to visit he answers ("还没去 等她儿子回来再说")
	visit := plans && !words.ContainsAnyOf(t.text, "打", "电话") || quoted && strings.Contains(t.quote.Text, "【请上门看看")
	data := map[string]any{"Names": names, "Log": log, "Visit": visit, "Now": t.at}
	data["Relays"], data["Each"] = village.Relaying(open)
	if next, ok := r.listedAgain(all, t.at); ok && !said {
		data["Next"] = next
	}
	return true, r.reply(ctx, t, block, data)
}

// ownMatter reports whether t, a worker's note that might be about his
// calls, is a matter of its own, as the reader tells: an emergency, or
// one to register.
func (r *Router) ownMatter(ctx context.Context, t *turn) bool {
	reading := r.read(ctx, t, t.text)
	return reading.Type == village.Emergency || reading.Handling(true, r.thresholds()) == village.HandleRegister
}

// putsOffCall reports whether t, from one who phones elders but has no
// call open, puts a call off in words about phoning ("还没呢 等天晴了再打"),
// and is no matter of its own.
func (r *Router) putsOffCall(ctx context.Context, t *turn) bool {
	return len(r.callable(t)) > 0 && words.ContainsAnyOf(t.text, "打", "电话") && !r.ownMatter(ctx, t)
}

// quotesCalls reports whether t quotes the bot's message about calls to
// make: a call list, a retry, a request to visit.
func (r *Router) quotesCalls(t *turn) bool {
	return t.quote != nil && t.quote.Name == r.cfg.BotName && words.ContainsAnyOf(t.quote.Text, "【电话回访", "【请上门看看")
}

// listedAgain is when the worker who puts calls off next gets them
// listed (config.CallListedAgain): the soonest of them.
func (r *Router) listedAgain(calls []village.Call, now time.Time) (next time.Time, ok bool) {
	for _, c := range calls {
		if at, listed := r.cfg.CallListedAgain(c, now); listed && (!ok || at.Before(next)) {
			next, ok = at, true
		}
	}
	return next, ok
}

// namesSomeone reports whether text names someone of v (by a name of two
// characters or more).
func (r *Router) namesSomeone(v, text string) bool {
	return slices.ContainsFunc(r.people.All(), func(p village.Person) bool {
		return p.Village == v && utf8.RuneCountInString(p.Name) >= 2 && words.NameEnd(text, p.Name) >= 0
	})
}

// callsName reports whether name is one of mine, the people w may call
// as shown, or fits some of them (two elders of one name).
func (r *Router) callsName(w village.Person, mine []string, name string) bool {
	return slices.Contains(mine, name) || len(r.calleesNamed(w, w.Village, name)) > 0
}

// quotedCallee is the one person whom the turn's sender phones named in
// the bot's message it quotes (his call reminder, a request to visit);
// empty when it quotes none or names several.
func (r *Router) quotedCallee(t *turn) string {
	if t.quote == nil || !strings.Contains(t.quote.Text, "【") {
		return ""
	}
	found := ""
	for _, n := range r.callable(t) {
		if strings.Contains(t.quote.Text, n) {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// myCalls answers 回访 alone from a worker or leader: the call tasks still
// open that are his (a leader's: also the visits he was asked for).
//
// While a worker of his grid is away and he covers (awayNow), the away
// worker's open calls are listed too, marked as his (.For), and a line
// says who is away till when (away.note).
func (r *Router) myCalls(ctx context.Context, t *turn, v string) error {
	away := r.awayNow(t, t.who.Village, t.who.Grid)
	covered := map[string]bool{}
	for _, a := range away {
		if a["CoverSelf"] == true {
			covered[a["Key"].(string)] = true
		}
	}
	mine, err := r.openCallsOf(ctx, t, v, covered)
	if err != nil {
		return err
	}
	var names []string
	for _, c := range mine {
		name := ""
		if covered[c.WorkerKey] {
			name = c.Worker
		}
		names = append(names, name)
	}
	passes, _, err := r.callsPass(ctx, t, mine)
	if err != nil {
		return err
	}
	data := map[string]any{"Now": t.at, "Calls": mine, "Escalated": village.CallEscalated, "For": names, "Passes": passes, "Away": away}
	data["Relays"], data["Each"] = passing(passes)
	if t.where.Kind == words.InGrid && len(mine) > 0 {
		// the elders' phone numbers and care levels are not the group's
		// to read: asked there, the list goes to him privately (call100)
		t.aside = true
	}
	return r.reply(ctx, t, "call.mine", data)
}

// passing reports whether some, and whether every one, of the calls
// callsPass said passes pass something on: village.Relaying of what is
// still to pass on, a notice whose time is over left out (call98).
func passing(passes []string) (some, each bool) {
	some = slices.ContainsFunc(passes, func(p string) bool { return p != "" })
	return some, len(passes) > 0 && !slices.Contains(passes, "")
}

// callsPass says, per call of calls, what it passes on: 「寒潮预警 #N1」
// for a severe-weather warning (village.Notice.Warning, call92), 「通知
// #N2、#N3」 for others; "" for a call that passes nothing on. The notices
// are read from this process's copy of each elder's group's (no round trip
// while it follows them), else from Redis, one read per group; a notice
// not among them is said as 「通知」. quoted are those read that the calls
// pass on, each once, in the calls' order, for a text whose reader may
// not have seen them in the group (the stand-in's, call97).
func (r *Router) callsPass(ctx context.Context, t *turn, calls []village.Call) (passes []string, quoted []village.Notice, err error) {
	known := map[string]village.Notice{}
	read := map[string]bool{}
	for _, c := range calls {
		grp := r.groupOf(c.Village, c.Grid)
		if len(c.NoticeIDs()) == 0 || read[grp] {
			continue
		}
		read[grp] = true
		ns, _, err := r.store.FollowedNotices(ctx, storage.TownshipScope(r.cfg.Township.Name), storage.NoticesPostedTo(grp), words.RelayedSince(t.at))
		if err != nil {
			return nil, nil, err
		}
		for _, n := range ns {
			known[n.ID] = n
		}
	}
	out := make([]string, len(calls))
	for i, c := range calls {
		var parts []string
		last := ""
		for _, id := range c.NoticeIDs() {
			label := "通知"
			n, ok := known[id]
			if ok && !n.PassedOn(t.at) {
				continue // its time is over: nothing left to pass on (call98)
			}
			if ok && !slices.ContainsFunc(quoted, func(q village.Notice) bool { return q.ID == id }) {
				quoted = append(quoted, n)
			}
			if n.Warning != "" {
				label = n.Warning + "预警"
			}
			if label == last {
				parts = append(parts, "#"+id)
			} else {
				parts = append(parts, label+" #"+id)
			}
			last = label
		}
		out[i] = strings.Join(parts, "、")
	}
	return out, quoted, nil
}

// openCalls are the call tasks of v still open that are the sender's (a
// leader's: also the visits he was asked for), the earliest due first.
//
// They are read as this process follows them (no round trip when it
// does): the reply decided on them is guarded by the read (turn.copies).
func (r *Router) openCalls(ctx context.Context, t *turn, v string) ([]village.Call, error) {
	return r.openCallsOf(ctx, t, v, nil)
}

// openCallsOf is openCalls with the open calls of the workers with keys
// in covered too (those away he covers for).
func (r *Router) openCallsOf(ctx context.Context, t *turn, v string, covered map[string]bool) ([]village.Call, error) {
	sc := storage.VillageScope(v)
	raws, reads, err := r.store.FollowedOf(ctx, sc, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOpen})
	if err != nil {
		return nil, err
	}
	t.copies.add(sc, reads[0])
	open, err := storage.CallsIn(raws[0])
	if err != nil {
		return nil, err
	}
	var mine []village.Call
	for _, c := range open {
		his := c.WorkerKey == t.who.Key() || c.WorkerKey == "" && c.Worker == t.who.Name || covered[c.WorkerKey]
		visit := c.Status == village.CallEscalated && t.who.Covers(village.RoleLeader, c.Village, c.Grid)
		if his || visit {
			mine = append(mine, c)
		}
	}
	slices.SortStableFunc(mine, func(a, b village.Call) int { return a.Due.Compare(b.Due) })
	return mine, nil
}

// callToldAt is when the sender was last sent one of his calls still to
// make (its reminder, a request to visit her); zero when never.
func (r *Router) callToldAt(ctx context.Context, t *turn) (time.Time, error) {
	if !t.who.Has(village.RoleWorker) && !t.who.Has(village.RoleLeader) {
		return time.Time{}, nil
	}
	open, err := r.openCalls(ctx, t, r.callVillage(t))
	var last time.Time
	for _, c := range open {
		for _, at := range []time.Time{c.RemindedAt, c.VisitAskedAt} {
			if at.After(last) && !at.After(t.at) {
				last = at
			}
		}
	}
	return last, err
}

// callVillage is the village whose calls the sender logs: his, or the
// only one configured.
func (r *Router) callVillage(t *turn) string {
	if t.who.Village == "" && len(r.cfg.Villages) == 1 {
		return r.cfg.Villages[0].Name
	}
	return t.who.Village
}

// onlyCallee is the one person named name without WeChat whose calls w
// may log, when the roster has several of that name in v (a namesake who
// uses WeChat, or in another grid); err, unchanged, when he has not one.
func (r *Router) onlyCallee(w village.Person, v, name string, err error) (village.Person, error) {
	found := r.calleesNamed(w, v, name)
	if len(found) != 1 {
		return village.Person{}, err
	}
	return found[0], nil
}

// calleesNamed are the people without WeChat in v whose calls w may log
// whom name fits: by their whole name or their nickname. A 「·」 is no
// cut here: a name made unique by its household ("王奶奶·QS-305") is
// nobody's whole name and fits none, and a name with its own 「·」
// ("阿依古丽·买买提") fits her and her namesakes.
func (r *Router) calleesNamed(w village.Person, v, name string) []village.Person {
	if name == "" {
		return nil
	}
	var found []village.Person
	for _, p := range r.people.All() {
		if p.Village == v && (p.Name == name || p.Nickname != "" && strings.EqualFold(p.Nickname, name)) &&
			!p.UsesWeChat && words.MayCall(w, p) {
			found = append(found, p)
		}
	}
	return found
}

// whichCallee asks w which of the people name fits he phoned, and how to
// write her: by name and household when it is her name, by the name that
// reaches her alone when it is her nickname. Nothing is logged.
func (r *Router) whichCallee(ctx context.Context, t *turn, name, outcome, note string, fits []village.Person) error {
	choices := make([]words.CalleeChoice, len(fits))
	for i, p := range fits {
		key := r.shown(p)
		if p.Name == name && p.Household != "" {
			key = p.Name + roster.HouseholdSep + p.Household
		}
		tail := []rune(p.Phone)
		choices[i] = words.CalleeChoice{Key: key, PhoneTail: string(tail[max(0, len(tail)-4):])}
	}
	return r.reply(ctx, t, "call.which", map[string]any{"Name": name, "Choices": choices,
		"Outcome": outcome, "Note": note})
}

// justLogged is the call to p, of all, the sender logged less than
// missRepeat ago with this outcome and a note it may take (or nil): the
// same message sent again (the same note, its spacing and punctuation
// aside, or none now), or one that only says again she is well in other
// words ("身体挺好", then "打通了 挺好的"), which adds its words to that
// call (more). A note with more to say ("已通" then "已通 她说屋顶漏雨") is
// a log of its own.
func justLogged(all []village.Call, p village.Person, t *turn, outcome, note string) (last *village.Call, more bool) {
	for i := range all {
		c := &all[i]
		if c.PersonKey != p.Key() || c.LoggedBy != t.who.Name || c.Outcome != outcome ||
			c.LoggedAt.After(t.at) || t.at.Sub(c.LoggedAt) >= words.MissRepeat {
			continue
		}
		if note == "" || words.PlainNote(note) == words.PlainNote(c.Note) || strings.Contains(words.PlainNote(c.Note), words.PlainNote(note)) {
			return c, false
		}
		if words.AllWell(note) && (c.Note == "" || words.AllWell(c.Note)) {
			return c, true
		}
	}
	return nil, false
}

// reachedToday is the last call of p logged today, by t's time, that
// reached her (已通 or 上门), or nil.
func (r *Router) reachedToday(all []village.Call, p village.Person, t *turn) *village.Call {
	var last *village.Call
	for i := range all {
		c := &all[i]
		if c.PersonKey == p.Key() && c.Outcome != village.OutcomeMissed && c.Outcome != "" && !c.LoggedAt.After(t.at) &&
			r.sameDay(c.LoggedAt, t.at) && (last == nil || c.LoggedAt.After(last.LoggedAt)) {
			last = c
		}
	}
	return last
}

// startsWithCallee reports whether args start with the name of one whose
// calls t's sender may log (callable).
func (r *Router) startsWithCallee(t *turn, args string) bool {
	args = strings.TrimLeft(args, words.CallSeps)
	return slices.ContainsFunc(r.callable(t), func(n string) bool { return strings.HasPrefix(args, n) })
}

// callLog records 回访 名字 已通/未接通/上门 情况. A note that reads as a
// problem becomes a report on the person's behalf.
func (r *Router) callLog(ctx context.Context, t *turn, cmd command) error {
	// "回访工作要做细" glued to ordinary speech is no call log: only an
	// addressed or private message is told how to write one.
	// "回放" (the input method's first pick for huifang) is 回访 only
	// when a call log of a roster name follows: "回放一下视频" is no call.
	// Privately, a mistyped 回访 before the name of one he phones is
	// his call log all the same ("回方 王奶奶 已同"): told how to write
	// it when it does not read, never silence.
	v := r.callVillage(t)
	quiet := cmd.glued && !t.addr && t.where.Kind != words.InPrivate ||
		slices.Contains(words.CallTypos, cmd.word) && !(t.where.Kind == words.InPrivate && r.startsWithCallee(t, cmd.args))
	args := words.RelayAsReached(cmd.args)
	if n, rest, ok := words.SpacedName(args, r.nameIn(v)); ok {
		args = n + " " + rest // "回访 王 奶奶 已通"
	} else if n, rest, ok := words.NameBeforeOutcome(args, r.nameIn(v)); ok {
		args = n + " " + rest // "回访 石德贵打了两次没人接"
	} else if n := r.quotedCallee(t); n != "" && !strings.HasPrefix(args, n) {
		args = n + " " + args // quoting his reminder about her: "回访 已通 挺好"
	}
	if strings.TrimSpace(args) == "" && !quiet && len(r.callable(t)) > 0 {
		return r.myCalls(ctx, t, v) // "回访" alone: whom do I still phone?
	}
	if well, ok := words.WellLogs(args, r.nameIn(v)); ok {
		args = well // "王奶奶挺好 石德贵没接"
	}
	logs := words.SplitCallLogs(args, r.nameIn(v))
	if names, rest := words.CallNames(logs[0], r.nameIn(v)); names != nil {
		logs = logs[1:]
		for _, n := range slices.Backward(names) {
			logs = slices.Insert(logs, 0, n+" "+words.RestFor(rest, n, names))
		}
	}
	if len(logs) > 1 {
		if r.callLogsTogether(ctx, t, cmd, logs) {
			return nil
		}
		// one log each, as if each had his own message
		for i, l := range logs {
			one := *t
			one.m.ID, one.out = t.m.ID+"/"+strconv.Itoa(i), nil
			err := r.callLog(ctx, &one, command{verb: words.VCall, word: cmd.word, args: l})
			t.out = append(t.out, one.out...)
			if err != nil {
				return err
			}
		}
		return nil
	}
	name, outcome, note, ok := words.ParseCallLog(args)
	if !ok {
		name, note, ok = words.RelayedCall(args)
		outcome = village.OutcomeReached
	}
	if n, width := words.LeadingName(args, r.nameIn(v)); !ok && n != "" {
		// "回访 王奶奶 在医院", "回访 白凤兰 挺好的": no outcome word, read
		// as the same note without 回访 is (call75)
		note = strings.TrimLeft(args[width:], words.CallSeps)
		outcome, ok = words.HeardOutcome(note, t.at)
		name = n
	}
	if w := deadNumberOf(outcome, args); w != "" && !strings.Contains(note, w) {
		note = strings.TrimSpace(w + " " + note) // "白凤兰的电话是空号": the reason kept
	}
	if !ok {
		if quiet {
			return nil
		}
		if words.ContainsAnyOf(args, "覆盖", "完成率") {
			// "@网格小助手 回访覆盖率这个月到底怎么样了…", longer or worded
			// past coverageAsked: a question, answered as it
			if done, err := r.coverageAnswer(ctx, t, words.CoverageAsk{}); done || err != nil {
				return err
			}
		}
		// the example names someone he phones, and he is reminded whom
		return r.reply(ctx, t, "call.usage", map[string]any{"Mine": r.callees(t.who)})
	}
	if _, err := r.people.Lookup(v, name); err != nil {
		if elder, member, ok := r.callKin(t, v, name); ok {
			// "回访 她孙子 已通 …": her call, her grandson answered;
			// "回访 我妈 已通": his own mother's
			if word := words.CallKinRe.FindStringSubmatch(name)[2]; elder.Key() != t.who.Key() && !strings.HasPrefix(name, "我") {
				note = words.KinAnswered(word, member, note, outcome == village.OutcomeMissed)
			}
			name = r.shown(elder)
		}
	}
	if fits := r.calleesNamed(t.who, v, name); len(fits) > 1 {
		if quiet {
			return nil
		}
		return r.whichCallee(ctx, t, name, outcome, note, fits)
	}
	p, err := r.people.Lookup(v, name)
	if err != nil {
		p, err = r.onlyCallee(t.who, v, name, err)
	} else if elder, ok := r.householdCallee(t.who, p); ok && outcome != village.OutcomeVisited {
		// "回访 金小海 已通": her grandson, whom nobody phones, answered
		// her phone; the call is hers (a visit, "金大海户我当面说过了",
		// stays the household's as written)
		note, p = words.KinAnswered("", r.shown(p), note, outcome == village.OutcomeMissed), elder
	}
	if err != nil {
		if quiet {
			return nil
		}
		data := map[string]any{"Name": name, "Mine": r.callees(t.who)}
		if meant := words.MistypedName(r.callable(t), name); meant != "" {
			// "回访 石德桂 未接通": one of his mistyped, the log to send
			data["Meant"], data["Example"] = meant, strings.TrimSpace("回访 "+meant+" "+outcome+" "+note)
		}
		if m := words.CallKinRe.FindStringSubmatch(name); m != nil && m[1] != "我" {
			data["Kin"] = m[2] // "她老伴": none of his callees' households lists one
		}
		return r.reply(ctx, t, "call.unknown", data)
	}
	if may, err := r.mayCall(ctx, t, p); err != nil {
		return err
	} else if !may {
		// not refused for want of a right he lacks: told whose she is
		// and whom to tell what she said
		data := map[string]any{"P": r.shown(p), "Grid": p.Grid, "Said": words.ElderSaid(note),
			"Missed": outcome == village.OutcomeMissed, "Ask": r.leaderNames(p.Village, p.Grid)}
		if w := village.Phoner(r.people.All(), p); w.Name != "" {
			data["Phoner"], data["Phone"] = r.shown(w), w.Phone
		}
		return r.reply(ctx, t, "call.notmine", data)
	}
	note, _ = r.kinNote(p, note) // "她孙子说…" names him: 她孙子金小海说…
	err = readAgain(func(fresh bool) error { return r.logCall(ctx, t, p, outcome, note, fresh) })
	if errors.Is(err, storage.ErrUnavailable) && outcome != village.OutcomeMissed {
		r.callAlarmDown(ctx, t, p, note)
	}
	return err
}

// callAlarmDown, with the store down, makes the emergency a call note
// tells of ("回访 王奶奶 已通 她说屋后柴堆着火了") go out as a group's
// alarm does then (Router.storeDown sends what t.unnumbered renders): to
// the duty chat and the elder's grid group, unnumbered, and to the worker
// in place of the apology, saying the call was not logged and is to be
// logged again. Any other note gets the apology alone.
func (r *Router) callAlarmDown(ctx context.Context, t *turn, p village.Person, note string) {
	said := words.WithoutPhoneTrouble(note)
	if relayed, rest := words.RelayNote(note); relayed {
		said = rest // "已转告停水 但是她说…": the elder's own words
	}
	if said == "" {
		return
	}
	reading := words.NeedReading(said, r.read(ctx, t, said))
	if reading.Intent != village.IntentReport || reading.Type != village.Emergency {
		return
	}
	rep, _, _ := r.reportFor(t, p, words.HerMatter(note), reading)
	t.unnumbered = func() []bot.Outbound {
		out := r.callAlarm(rep, p, true, t.at)
		back := r.toSender(t, r.texts.Render("call.down.emergency", map[string]any{"R": rep, "P": p,
			"LeaderPeople": r.people.InGrid(p.Village, p.Grid, village.RoleLeader)}))
		back.Priority = bot.Urgent
		return append(out, back)
	}
}

// errReadAgain says a decision on the calls as this process follows them
// is to be made again on the calls read from Redis (logCall).
var errReadAgain = errors.New("read the calls again")

// logCall logs the sender's call to p. The calls still to make and,
// when she was reached or missed with no task of hers open (her history
// matters only then), every call to her are read as this process follows them (no round trip when it
// does), and the commit holds only while both lists are as read; it is
// made again on them read from Redis (fresh) when they were not. A reply
// that commits no call (a repeat) is made only on them read from Redis:
// errReadAgain asks for that.
func (r *Router) logCall(ctx context.Context, t *turn, p village.Person, outcome, note string, fresh bool) error {
	sc := storage.VillageScope(p.Village)
	t.scope = sc
	calls, err := r.callsOf(ctx, sc, p, outcome, fresh)
	if err != nil {
		return err
	}
	c, isOpen := calls.task(t, r.phoneFixed(p)) // a new call dials the number a worker gave
	if last, more := justLogged(calls.all, p, t, outcome, note); !isOpen && last != nil {
		if more {
			// "打通了 挺好的" after "身体挺好": the same call, its words kept
			return r.noteMore(ctx, t, sc, calls, *last, note, fresh)
		}
		if calls.copied {
			return errReadAgain
		}
		return r.reply(ctx, t, "call.logged.repeat", map[string]any{"C": last})
	}
	if reached := r.reachedToday(calls.all, p, t); outcome == village.OutcomeMissed && !isOpen && reached != nil {
		// she was reached (or seen) today: a call that got no answer
		// after it is no miss that asks for a call tomorrow and a visit
		if calls.copied {
			return errReadAgain
		}
		return r.reply(ctx, t, "call.missed.reached", map[string]any{"C": reached, "Now": t.at})
	}
	stay, inHosp := words.InHospital(note, t.at)
	pause := inHosp && (outcome != village.OutcomeMissed || !stay.Heard)
	dead := deadNumberOf(outcome, note)
	if outcome == village.OutcomeMissed && c.Pending() && c.Outcome == village.OutcomeMissed && r.sameDay(c.LoggedAt, t.at) && !pause && dead == "" {
		// a miss is per day: another try today (or the same one sent
		// again) is no second miss that asks the grid leader to visit
		if calls.copied {
			return errReadAgain
		}
		data := r.nextTry(t, c)
		if c.Status == village.CallEscalated {
			// the leader was asked to visit: no call tomorrow to announce
			data["AskedAt"], data["Self"] = c.VisitAsked(), r.leads(t, p)
		}
		return r.reply(ctx, t, "call.missed.repeat", data)
	}
	visitAsked := c.Status == village.CallEscalated
	missedToday := c.Outcome == village.OutcomeMissed && r.sameDay(c.LoggedAt, t.at)
	c.Log(outcome, note, t.who.Name, t.at, r.cfg.Outreach.MaxMisses)
	kinHome, kinHomeTold := words.KinComesHome(note, t.at)
	if kinHomeTold {
		// 「已通 身体挺好 她儿子腊月二十回来」: on her next lists (call111)
		c.KinHome, c.KinHomeAt = kinHome, t.at
	}
	r.retryToday(&c)
	matter := note
	if pause {
		// in hospital: recorded on the call, her routine calls wait, and
		// only what else the note tells may be her matter
		c.AwayUntil, c.AwayFrom, matter = stay.Until, stay.From, stay.Rest
	}
	awayMissed := pause && outcome == village.OutcomeMissed
	if dead != "" {
		escalateDead(&c, t.at, missedToday)
	}
	if awayMissed {
		// "没打通 她儿子说她住院了": not reached, but no miss to try again
		// tomorrow nor a visit to ask for: closed, her calls wait
		c.Status, c.RetryAt = village.CallAway, time.Time{}
		c.AwayOwn = words.AwayUnreached(note, t.at) // his word, nobody of hers spoken to: the labels say so
		if missedToday && c.Misses > 1 {
			c.Misses-- // today's miss was logged already
		}
	}
	change := storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: p.Name + " " + outcome}}
	out := r.reachedNews(t, p, c, outcome, visitAsked, isOpen, calls.all)
	data := map[string]any{"C": c, "Self": r.leads(t, p), "KinUnlisted": r.kinUnlisted(p, note), "Now": t.at, "Out": stay.Out, "Lunar": stay.Lunar, "Dead": dead,
		"Leaders": r.leadersBut(t, p), "Given": c.Phone != p.Phone} // Given: a number a worker gave, not the roster's
	if kinHomeTold {
		data["KinHome"] = kinHome
	}
	var acked []string
	kinAway := false // reached her family only, she away
	notices := r.callNoticesOf(ctx, t, p, c)
	if awayMissed && matter != "" {
		// "没打通 她儿子说她住院了 家里的鸡没人喂": a need of hers told
		out = append(out, r.elderMatter(ctx, t, p, &c, &change, matter, data, notices)...)
	}
	if outcome != village.OutcomeMissed {
		if rest, paid := words.CutPaid(matter); paid {
			// "腿疼 医保她女儿给交了": her household's 已交 of the payment
			// notice, no part of her matter (call101)
			matter = rest
			notices.paidOf()
		}
		relayed, _ := words.RelayNote(note)
		var fresh, untold []village.Notice
		if acked, fresh, untold, err = r.relayedNotices(notices, note, relayed); err != nil {
			return err
		}
		data["Fresh"] = fresh // posted just before the log: not counted
		data["Untold"] = untoldSaid(t, untold)
		out = append(out, r.elderMatter(ctx, t, p, &c, &change, matter, data, notices)...)
		if change.Report == nil {
			// "她问今年过年有没有慰问品": no matter filed, nobody else
			// would hear it (a 办事咨询 filed is answered already)
			out = append(out, r.elderAsked(t, p, &c, note, data)...)
		}
		for _, id := range []string{notices.about, notices.paid} {
			if id != "" && !slices.Contains(acked, id) {
				acked = append(acked, id) // "周六去不了", "医保交了": she heard of it
			}
		}
		if words.UnsureHeard(note) {
			// "耳朵背 也不知道听懂没有": the call is logged, what it was
			// to pass on is not passed on till a visit or her family does
			data["Unsure"], acked = acked, nil
		}
		if kinAway = pause && !relayed && notices.about == "" && words.KinReachedOnly(note); kinAway {
			// "她住院了 儿子接的电话 说下周出院": her family reached, she
			// is not home: nothing says they were told, and 查 #N says
			// she is away, as when nobody was reached (call74)
			acked = nil
		}
		data["Acked"] = acked
		if len(acked) > 0 {
			data["Home"], data["Member"] = r.answeredFor(p)
		}
	}
	block := "call.logged"
	switch {
	case awayMissed:
	case visitAsked && outcome == village.OutcomeMissed:
		// the leader was asked to visit already: the miss is recorded,
		// the ask (and its deadline) is not sent again
		block, data["AskedAt"], data["Now"] = "call.missed.asked", c.VisitAskedAt, t.at
	case c.Status == village.CallEscalated:
		block = "call.escalated"
		data["TownshipAfter"] = r.cfg.Outreach.VisitReminders + 1 // mornings; see the scheduler's calls
		data["Notices"] = c.NoticeIDs()                           // to pass on at the door: the calls could not
		data["Quoted"] = notices.carriedOf()                      // what they say, so no 查 #N first (call96)
		for _, l := range r.people.InGrid(p.Village, p.Grid, village.RoleLeader) {
			out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.visit", data)})
		}
	case outcome == village.OutcomeMissed:
		block, data = "call.missed", r.nextTry(t, c)
		data["GoesToSee"] = words.VisitsHer(note) // 「下午我去他家看看」: how to log the visit (call109)
		if inHosp {
			data["Heard"] = words.WithoutPhoneTrouble(note) // "听说住院了": a guess pauses nothing
			data["HeardOut"] = stay.Out                     // 「可能去她闺女家了」: a stay, no hospital (call108)
		}
	}
	data["C"] = c
	if !c.AwayUntil.IsZero() {
		data["Away"] = c.AwayUntil
		if !c.AwayFrom.IsZero() {
			data["AwayFrom"] = c.AwayFrom // a stay told ahead (call107)
		}
	}
	// away from home, or in hospital with nobody spoken to ("王奶奶住院了",
	// hosp73): the notices are not passed on, and 查 #N says why
	awayUnpassed := awayMissed && (stay.Out || words.AwayUnreached(note, t.at)) || kinAway
	if awayUnpassed {
		data["AwayNotices"] = c.NoticeIDs()
	}
	reply := r.textsFor(t).Render(block, data)
	if data["Asked"] != nil {
		reply += "\n" + r.textsFor(t).Render("call.question", data) // "她问今年过年有没有慰问品": passed on (call103)
	}
	out = append([]bot.Outbound{r.back(t, reply)}, out...)
	d, err := storage.CallDoc(c)
	if err != nil {
		return err
	}
	d.RefsFirst = change.Report != nil
	change.Docs, change.Out, change.Then = []storage.Doc{d}, out, r.heardOnCall(t, p, c, isOpen, acked)
	if awayUnpassed {
		// "王奶奶去她女儿家住了": not passed on, and 查 #N says why
		change.Then = r.awayOnCall(t, p, c)
	}
	if notices.paid != "" {
		// who said her household paid, for its 「交了吗」 and 查 #N
		paid := storage.Incr{Hash: storage.AckHash(notices.paid), Field: storage.PaidField(p.HouseholdKey(), r.shown(t.who)), By: 1}
		if change.Then == nil {
			change.Then = &storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: "paid:" + p.Village + "/" + p.Key() + ":" + t.m.ID}
		}
		change.Then.Incr = append(change.Then.Incr, paid)
	}
	notices.keep(&change)
	t.out = out
	if t.batch != nil {
		t.batch.items = append(t.batch.items, batchItem{c: change}) // callLogsTogether commits it
		return nil
	}
	// the calls changed since they were read (another process), or a
	// notice was written since the copy the call was decided on: read
	// again (commitCalls)
	return r.commitCalls(ctx, t, p.Name, change, fresh)
}

// noteMore adds note to call c the sender logged just now (justLogged):
// one call, counted once, saying both. The commit holds only while the
// calls are as read (errReadAgain when they were not).
func (r *Router) noteMore(ctx context.Context, t *turn, sc storage.Scope, calls callsRead, c village.Call, note string, fresh bool) error {
	if c.Note == "" {
		c.Note = note
	} else {
		c.Note += "；" + note
	}
	d, err := storage.CallDoc(c)
	if err != nil {
		return err
	}
	out := []bot.Outbound{r.back(t, r.textsFor(t).Render("call.logged.more", map[string]any{"C": c, "Note": note}))}
	t.out = out
	more := storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided, Docs: []storage.Doc{d}, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: c.Person + " " + c.Outcome + " 补记"}}
	if t.batch != nil {
		t.batch.items = append(t.batch.items, batchItem{c: more}) // callLogsTogether commits it
		return nil
	}
	return r.commitCalls(ctx, t, c.Person, more, fresh)
}

// callsRead are the calls a call log is decided on (logCall).
type callsRead struct {
	open []village.Call // the calls still to make
	all  []village.Call // every call to the person: when she was reached, or missed with no task open
	// decided are the reads the commit carries; copied, whether any of
	// them is this process's copy.
	decided []storage.IndexRead
	copied  bool
}

// callsOf reads the calls logging outcome for p is decided on: as this
// process follows them, or from Redis (fresh). A miss needs her calls
// only when no task of hers is open (reachedToday): they are read then,
// or along with the calls still to make when those cost a round trip
// anyway, so that a miss on a task the reminders listed reads nothing
// more than before.
func (r *Router) callsOf(ctx context.Context, sc storage.Scope, p village.Person, outcome string, fresh bool) (callsRead, error) {
	open := storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOpen}
	hers := storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf(p.Key())}
	if outcome != village.OutcomeMissed || fresh || !r.store.Follows(sc, open.Kind, open.Index) {
		return r.readCalls(ctx, sc, fresh, open, hers)
	}
	cr, err := r.readCalls(ctx, sc, fresh, open)
	if err != nil || cr.openOf(p) >= 0 {
		return cr, err
	}
	more, err := r.readCalls(ctx, sc, fresh, hers)
	if err != nil {
		return callsRead{}, err
	}
	cr.all, cr.decided, cr.copied = more.open, append(cr.decided, more.decided...), cr.copied || more.copied
	return cr, nil
}

// readCallsOf reads the calls still to make and p's calls, in her
// village's scope sc, in one round trip at most.
func (r *Router) readCallsOf(ctx context.Context, sc storage.Scope, fresh bool, p village.Person) (callsRead, error) {
	return r.readCalls(ctx, sc, fresh, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOpen},
		storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOf(p.Key())})
}

// readCalls reads the calls of reads (the calls still to make, then her
// calls, or those of each of several) into a callsRead, in one round trip
// at most.
func (r *Router) readCalls(ctx context.Context, sc storage.Scope, fresh bool, reads ...storage.DocsRead) (callsRead, error) {
	var raws [][]storage.RawDoc
	var cr callsRead
	var err error
	if fresh {
		raws, err = r.store.DocsOf(ctx, sc, reads...)
	} else {
		raws, cr.decided, err = r.store.FollowedOf(ctx, sc, reads...)
	}
	if err != nil {
		return callsRead{}, err
	}
	cr.copied = slices.ContainsFunc(cr.decided, storage.IndexRead.Copied)
	if cr.open, err = storage.CallsIn(raws[0]); err != nil {
		return callsRead{}, err
	}
	for _, raw := range raws[1:] { // her calls; theirs, for two of one household (call104)
		calls, err := storage.CallsIn(raw)
		if err != nil {
			return callsRead{}, err
		}
		cr.all = append(cr.all, calls...)
	}
	return cr, nil
}

// openOf is the index in cr.open of p's call still to make, or -1.
func (cr callsRead) openOf(p village.Person) int {
	return slices.IndexFunc(cr.open, func(x village.Call) bool { return x.PersonKey == p.Key() })
}

// task is p's call still to make (isOpen), else a new one the sender
// made of his own accord.
func (cr callsRead) task(t *turn, p village.Person) (c village.Call, isOpen bool) {
	if i := cr.openOf(p); i >= 0 {
		return cr.open[i], true
	}
	return village.Call{Village: p.Village, Grid: p.Grid, Person: p.Name, PersonKey: p.Key(), Phone: p.Phone,
		Care: p.Care, Worker: t.who.Name, WorkerKey: t.who.Key(), Topic: village.TopicOwn, Due: t.at, Status: village.CallOpen}, false
}

// reachedNews tells those waiting for word of p that call c got through:
// the grid's leaders asked to visit her (visitAsked), and the township
// office asked to check on her (【联系不上】). all are her calls. The
// worker whose list held c (isOpen: a task, not a call made unasked)
// hears it once when another reached her, so he does not phone again;
// while he is away, who stands in for him (phonerNow).
func (r *Router) reachedNews(t *turn, p village.Person, c village.Call, outcome string, visitAsked, isOpen bool, all []village.Call) []bot.Outbound {
	var out []bot.Outbound
	if outcome == village.OutcomeMissed {
		return nil
	}
	news := map[string]any{"Person": p.Name, "By": t.who.Name, "Outcome": outcome}
	leaders := r.people.InGrid(p.Village, p.Grid, village.RoleLeader)
	// the worker who phoned her, last told the leader would visit, hears
	// he need not phone: her visit asked for (which keeps his call on the
	// list), reported to the township as unreachable, or her call on his
	// list today made by another (cadre68: 马红梅 logs 何志强's elder)
	told := map[string]bool{}
	toWorker := func(key string) {
		w, ok := r.personOf(key)
		if !ok {
			return
		}
		// he is away: who stands in hears it, a leader too when he was
		// not told of a visit (call79)
		c := r.phonerNow(t, w)
		leader := slices.ContainsFunc(leaders, func(l village.Person) bool { return l.Key() == c.Key() })
		if c.Key() != t.who.Key() && !told[c.Key()] && (!leader || c.Key() != w.Key() && !visitAsked) {
			told[c.Key()] = true
			out = append(out, bot.Outbound{To: r.shown(c), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.reached.worker", news)})
		}
	}
	if visitAsked {
		for _, l := range leaders {
			if l.Key() != t.who.Key() {
				out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.reached", news)})
			}
		}
	}
	if visitAsked || isOpen {
		toWorker(c.WorkerKey)
	}
	if lost, ok := words.UnreachedTold(all, p); ok && r.cfg.Township.OfficeChat != "" {
		out = append(out, bot.Outbound{To: r.cfg.Township.OfficeChat, Kind: bot.Group, Priority: bot.Normal,
			Text: r.texts.Render("call.reached.office", map[string]any{"Lost": lost, "C": c, "Now": t.at})})
		if !visitAsked {
			toWorker(lost.WorkerKey)
		}
	}
	return out
}

// personOf is the roster's person of key (village.Person.Key).
func (r *Router) personOf(key string) (village.Person, bool) {
	i := slices.IndexFunc(r.people.All(), func(p village.Person) bool { return p.Key() == key })
	if i < 0 || key == "" {
		return village.Person{}, false
	}
	return r.people.All()[i], true
}

// elderMatter reads what a reached call's note says the elder p said: a
// matter of hers is filed with the call (in change, c naming it) and its
// posts returned; data gets what the reply says of it.
//
// Her matter that answers a notice the call may pass on (notices:
// "周六去不了 没人陪" after Saturday's 体检) says so in its text, and the
// notice counts as passed on (notices.about) unless the note says she
// was not told.
func (r *Router) elderMatter(ctx context.Context, t *turn, p village.Person, c *village.Call, change *storage.Change, note string, data map[string]any, notices *callNotices) []bot.Outbound {
	said := words.WithoutPhoneTrouble(note)
	if said == "" {
		return nil
	}
	_, said = r.kinNote(p, said) // "她孙子说她腿摔了": what he said is her matter
	if said != note && words.KinSelfRe.MatchString(said) {
		return nil // "她儿子说他自己腰疼": the son's, not hers; kept in the note
	}
	relayed, rest := words.RelayNote(note)
	rest = words.WithoutPhoneTrouble(rest) // "手机没电了 通知也跟她说了": why no call got through, no matter of hers
	reading := r.read(ctx, t, said)
	if relayed && !(reading.Intent == village.IntentReport && reading.Type == village.Emergency) {
		// "已转告停水" confirms a relay, it reports no outage; only
		// what follows a "但是" is read as the elder's own words.
		note, said, reading = rest, rest, village.Reading{}
		if rest != "" {
			reading = r.read(ctx, t, rest)
		}
	}
	// what the rules leave alone as a villager's own aside ("头晕")
	// is, on a call, the need of an elder the grid looks after
	reading = words.NeedReading(said, reading)
	if out, ok := r.callEmergencyNews(ctx, t, p, c, change, said, data); ok {
		// "她说火灭了" of her open emergency: its 进展, nothing closed
		return out
	}
	if out, ok := r.callSettles(ctx, t, p, c, change, said, data); ok {
		// "水管修好了 她说没事了" of her item resolved: her 满意;
		// "她说水管还是漏": her 未解决
		return out
	}
	if reading.Intent != village.IntentReport {
		// "她说要办高龄补贴": a procedure the knowledge base holds, asked
		// after on her behalf, is her approval item
		reading = r.procedureAsked(t, said, reading)
		// "她说高龄补贴交了材料两个月了还没批下来": her application not
		// come through, for the leader to chase
		reading = r.chaseTold(t, said, reading)
	}
	if reading.Intent != village.IntentReport {
		if n, ok := notices.heardOf(note, said, reading); ok {
			notices.about = n.ID // "她说周六去": she heard of it, nothing to file
		}
		return nil
	}
	if out, ok := r.callAlarmJoins(ctx, t, p, c, change, said, reading, data); ok {
		// "她说后山着火了" while the group's fire is open: her news of
		// it, as the same words in the group are, no second alarm
		return out
	}
	if open, read, ok := r.openMatter(ctx, t, p, said, reading); ok {
		// her matter is registered and not done: told again, it is news
		// for its handlers, not a second item chased on its own
		*change = read.Guard(*change)
		data["Open"], data["Again"], data["Wake"] = open, words.HerMatter(note), r.wake(t)
		var out []bot.Outbound
		for _, h := range open.Handlers {
			if h != r.shown(t.who) {
				out = append(out, bot.Outbound{To: h, Kind: bot.Private, Priority: bot.Normal, Text: r.textsTo(open.Village, h).Render("call.report.open.handler", data)})
			}
		}
		return out
	}
	text := words.HerMatter(note)
	if n, ok := notices.noticeOfCall(said, reading); ok {
		text = r.answeringNotice(t, n, text)
		if !words.ContainsAnyOf(note, words.Untold...) {
			notices.about = n.ID
		}
	}
	if old, ok := r.recurredOnCall(ctx, t, p, said); ok {
		// "她说屋顶还是漏" weeks after #R1 was closed: a new item, linked
		t.recurs = &old
		defer func() { t.recurs = nil }()
		data["Recurs"], data["RecursAt"] = old.ID, words.ClosedAt(old)
	}
	rep, msgs, ask := r.reportFor(t, p, text, reading)
	if ask != nil && t.where.Kind == words.InGrid && t.m.Chat == rep.Chat {
		// logged in her grid's group: the reply that the call is logged
		// asks the leaders to accept too, one message where two went back
		// to back (call96); a leader who logged it is not called out
		ask["Leaders"] = words.Names(r.otherLeaders(village.Report{Village: p.Village, Grid: p.Grid}, t.who))
		data["Ask"], msgs = ask, nil
	}
	change.Create, change.Report = true, rep
	c.Report = storage.RefPlaceholder
	data["Ref"], data["Emergency"], data["Said"], data["Cadre"] = storage.RefPlaceholder, rep.Type == village.Emergency, rep.Text, rep.AboutCadre
	data["Status"] = rep.StatusLabel() // where the worker's item stands, with its number
	if rep.Type != village.Emergency {
		// she lives with the danger: the worker reminds her, goes today;
		// a stove's smoke gets the coal-fumes line alone (call111)
		if rep.Hazard != village.HazardNone {
			data["Caution"] = words.ReportHint(*rep)
		}
		if words.FumesSettled(rep.Text) {
			// "屋里有点烟 开窗了 没事": aired already; tonight is the risk
			data["Caution"] = r.texts.Render("call.fumes.settled", nil)
		}
	} else if rep.Hazard == village.HazardGas {
		// "她说屋里有烟味": she is at home on the phone, not the worker;
		// he calls her back with what to do now (call110)
		data["Hint"] = words.ReportHint(*rep)
	}
	if rep.Private() {
		data["Wake"] = r.wake(t) // the leader's 【私信反映】 waits for the morning
	}
	if proc := r.chaseProcedure(t.hear(rep.Text)); rep.Type == village.Approval && proc != nil {
		data["Chase"] = proc // she applied: when and where to ask, not the how-to
	} else if rep.Type == village.Approval {
		data["Proc"] = r.procedure(t.hear(note)) // for the worker to pass on
	}
	return msgs
}

// chaseTold reads said, a call note read as no report, as the elder's
// approval item when she tells of an application made that has not come
// through, of a procedure the knowledge base holds ("她说高龄补贴交了材料
// 两个月了还没批下来", understand.Chases): the leader is to chase it, as
// her own question after it in the group would have him.
func (r *Router) chaseTold(t *turn, said string, x village.Reading) village.Reading {
	if x.Intent != village.IntentReport && x.Type != village.Emergency && r.chaseProcedure(t.hear(said)) != nil {
		x.Intent, x.Type, x.Category, x.Chases = village.IntentReport, village.Approval, "政策咨询", true
	}
	return x
}

// openMatter finds p's open item (not resolved, no emergency) that what
// she said on a call (said, read as reading) tells again: its words in
// common with the item's (or the same need: "腿还是疼" of "腿有点疼") and
// that it is still not done ("屋顶还在漏" of "屋顶漏雨了"), or a repeat of
// them. Read on her grid's reports as this
// process follows them; read guards the commit decided on them.
func (r *Router) openMatter(ctx context.Context, t *turn, p village.Person, said string, reading village.Reading) (village.Report, storage.ReportsRead, bool) {
	if reading.Type == village.Emergency {
		return village.Report{}, storage.ReportsRead{}, false
	}
	reports, read, err := r.store.FollowedReports(ctx, storage.VillageScope(p.Village), p.Grid, words.StatusRecent)
	if err != nil {
		return village.Report{}, storage.ReportsRead{}, false // registered anew, as before
	}
	again := words.UndoneTalk(said)
	for _, rep := range words.Newest(reports, len(reports), func(rep village.Report) bool {
		return rep.ReportedBy(p) && rep.Status.Open() && rep.Status != village.StatusResolved && rep.Type != village.Emergency
	}) {
		sim := words.Similarity(rep.Text, said)
		// told again the same day (a second call, or the worker's second
		// log of one) needs no "还" to be the same matter
		told := again || r.sameDay(rep.CreatedAt, t.at)
		if sim >= r.cfg.LLM.DuplicateSimilarity || told && (sim > 0 || words.SameNeed(rep.Text, said) || understand.SharesSubject(t.hear(rep.Text), t.hear(said))) {
			return rep, read, true
		}
	}
	return village.Report{}, storage.ReportsRead{}, false
}

// heardOnCall is the change that records that p's household heard the
// notices acked on the phone, on call c (the task, when isOpen): that is
// its 收到 (and, in a cadre's household, his own: village.NoticeAnswer);
// nil for none. Notices live in the township's scope: it rides on the
// call's commit as its Then, in the same round trip, and is made even
// when the call's commit is refused. It is deduplicated by the call, not
// by the message (callHeardID): a log the worker sends again after being
// asked to (err.busy) is the same call, whose 收到 is counted already.
func (r *Router) heardOnCall(t *turn, p village.Person, c village.Call, isOpen bool, acked []string) *storage.Change {
	var incr []storage.Incr
	heard := village.NoticeHeard(village.Informed(r.people.All()), p)
	for _, id := range acked {
		for _, f := range heard {
			incr = append(incr, storage.Incr{Hash: storage.AckHash(id), Field: f, By: 1})
		}
	}
	if len(incr) == 0 {
		return nil
	}
	return &storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: r.callHeardID(t, p, c, isOpen, acked), Incr: incr}
}

// awayOnCall is the change that keeps, on each notice call c passes on,
// that the sender said p is away (storage.AwayField): her household's
// 收到 is not counted, and 查 #N shows why (「王奶奶户（不在家，王五
// 说）」). Nil when c passes none on. It rides on the call's commit as
// heardOnCall's change does, deduplicated by the task.
func (r *Router) awayOnCall(t *turn, p village.Person, c village.Call) *storage.Change {
	var incr []storage.Incr
	for _, id := range c.NoticeIDs() {
		incr = append(incr, storage.Incr{Hash: storage.AckHash(id), Field: storage.AwayField(p.HouseholdKey(), r.shown(t.who)), By: 1})
	}
	if len(incr) == 0 {
		return nil
	}
	return &storage.Change{Scope: storage.TownshipScope(r.cfg.Township.Name), MsgID: "away:" + p.Village + "/" + c.ID + ":" + t.m.ID, Incr: incr}
}

// callHeardID is what deduplicates the 收到 of the notices acked on a
// call (heardOnCall): the task's number when the call is a task still
// to make (a task is logged reached once: any later log is a repeat or
// another call), else, for a call the worker made of his own accord (its
// number is given by the commit), the person, the worker, the day and
// the notices. A message sent again, or retyped, counts nothing twice;
// another task that passes the notice on again counts again.
func (r *Router) callHeardID(t *turn, p village.Person, c village.Call, isOpen bool, acked []string) string {
	if isOpen && c.ID != "" {
		return "heard:" + p.Village + "/" + c.ID
	}
	return "heard:" + p.Key() + ":" + t.who.Key() + ":" + t.at.In(r.cfg.Location()).Format(time.DateOnly) + ":" + strings.Join(acked, ",")
}

// nextTry is what a reply to a miss logged on c says of the next try:
// when the worker is reminded of it (the next call list on a later day:
// a miss is per day), and whether missing it too asks the grid leader to
// visit. A call that passes notices on, missed early in the day
// (c.RetryAt, see retryToday), is tried again that day: another miss
// today asks no visit.
func (r *Router) nextTry(t *turn, c village.Call) map[string]any {
	data := map[string]any{"C": c, "Now": t.at,
		"VisitNext": c.Status == village.CallOpen && c.Misses+1 >= r.cfg.Outreach.MaxMisses}
	switch {
	case c.Status != village.CallOpen || c.RelayBy.IsZero() || !c.RetryAt.IsZero():
	case !t.at.Before(c.RelayBy):
		data["TooLate"] = c.RelayBy // its notices could be told by then only
	default:
		data["Until"] = c.RelayBy // no reminder comes before then
	}
	if !c.RetryAt.IsZero() {
		data["Next"], data["Today"], data["VisitNext"] = c.RetryAt, true, false
	} else if next, ok := r.cfg.NextCallList(t.at); ok {
		data["Next"] = next
		// notices still to pass on at that list: said, and the log that
		// tells them passed on (call76: 「已通 情况」 left them out)
		data["Relay"] = c.Status == village.CallOpen && len(c.NoticeIDs()) > 0 && (c.RelayBy.IsZero() || next.Before(c.RelayBy))
	}
	return data
}

// retryToday sets when the worker who just logged the first miss of the
// day on c (still a call to make) is reminded to try again today: only a
// call that passes notices on, whose day may not wait for tomorrow's
// list (config.SameDayRetry); a routine check-in waits, as a second miss
// the same day does.
func (r *Router) retryToday(c *village.Call) {
	if c.Outcome != village.OutcomeMissed || c.Status != village.CallOpen || len(c.NoticeIDs()) == 0 {
		return
	}
	if at, ok := r.cfg.SameDayRetry(c.LoggedAt); ok && (c.RelayBy.IsZero() || at.Before(c.RelayBy)) {
		c.RetryAt = at // not past the time its list said to tell them by
	}
}

// leads reports whether the sender leads p's grid: he is not told that
// the grid leader follows up, or was asked to visit.
func (r *Router) leads(t *turn, p village.Person) bool {
	return t.who.Covers(village.RoleLeader, p.Village, p.Grid)
}

// sameDay reports whether a and b fall on one day in the configured time
// zone.
func (r *Router) sameDay(a, b time.Time) bool {
	a, b = a.In(r.cfg.Location()), b.In(r.cfg.Location())
	return a.YearDay() == b.YearDay() && a.Year() == b.Year()
}

// answeredFor names whom a call that passed notices on to p answered them
// for, as the follow-up and 查 #N count them: his household ("唐国平户",
// with member set when p is not its head, "徐玉珍所在的唐国平户"), or
// none (home empty) when it is a cadre's, which no notice counts: the
// call answered for p alone (village.NoticeHeard).
func (r *Router) answeredFor(p village.Person) (home string, member bool) {
	people := r.people.All()
	if village.Informed(people)[p.HouseholdKey()] {
		return "", false
	}
	home = village.HouseholdNames(people)[p.HouseholdKey()]
	return home, !strings.HasPrefix(home, p.Name+"户")
}

// relayedNotices are the notices a reached call passed on to p's
// household: those the task carried, and, when the note says it relayed
// something ("已转告"), the notices of p's grid still passed on by phone
// (village.Notice.PassedOn): those the note names ("已转告暴雨" names the
// storm warning, not the vaccination; "已转告 #N2" by number), or all of
// them when it names none of them and the task carried none — but those
// posted too short a while before the log to have been told on the call
// (village.Notice.ToldBy: fresh, for the reply to say, call98). A bare
// 已转告 on a task that carried notices (the list said what to pass on)
// is of those: the others are untold, for the reply to say how to count
// them (call99: counting a notice she never heard loses her its call).
func (r *Router) relayedNotices(notices *callNotices, note string, relayed bool) (ids []string, fresh, untold []village.Notice, err error) {
	out := slices.Clone(notices.carried)
	if !relayed {
		return out, nil, nil, nil
	}
	here, err := notices.open()
	if err != nil {
		return nil, nil, nil, err
	}
	var named []village.Notice
	for _, n := range here {
		if words.SharesWords(note, n.Text) || strings.Contains(note, "#"+n.ID) {
			named = append(named, n)
		}
	}
	if len(named) > 0 {
		here = named
	} else {
		here = slices.DeleteFunc(here, func(n village.Notice) bool {
			switch {
			case slices.Contains(out, n.ID):
				return false
			case !n.ToldBy(notices.t.at):
				fresh = append(fresh, n)
			case len(out) > 0:
				untold = append(untold, n)
			default:
				return false
			}
			return true
		})
	}
	for _, n := range here {
		if !slices.Contains(out, n.ID) {
			out = append(out, n.ID)
		}
	}
	return out, fresh, untold, nil
}

// untoldSaid is each of notices, a call's list did not carry, as
// call.logged names them (ID, Topic: noticeTopic).
func untoldSaid(t *turn, notices []village.Notice) []map[string]string {
	var out []map[string]string
	for _, n := range notices {
		out = append(out, map[string]string{"ID": n.ID, "Topic": noticeTopic(t, n)})
	}
	return out
}

// reportFor builds a report on behalf of p, recorded by the turn's sender,
// and the messages that tell of it; ask is the data of the one that asks
// p's grid group to accept it (call.report), nil when it goes elsewhere.
func (r *Router) reportFor(t *turn, p village.Person, text string, reading village.Reading) (rep *village.Report, out []bot.Outbound, ask map[string]any) {
	typ := reading.Type
	if !typ.Valid() {
		typ = village.General
	}
	leaders := r.people.InGrid(p.Village, p.Grid, village.RoleLeader)
	rep = &village.Report{
		Village: p.Village, Grid: p.Grid, Chat: r.groupOf(p.Village, p.Grid), Type: typ, Category: reading.Category,
		Hazard: reading.Hazard, Status: village.StatusNew, Text: text, Reporter: p.Name, Recorder: t.who.Name,
		CreatedAt: t.at, DueAt: r.cfg.AcceptBy(typ, t.at), Source: t.m.ID,
		History: []village.Entry{{At: t.at, By: t.who.Name, Action: village.ActCreate, To: village.StatusNew, Note: "电话回访代报"}},
	}
	if t.recurs != nil {
		rep.Recurs = t.recurs.ID // her item closed weeks ago broke again (recurredOnCall)
	}
	if typ != village.Emergency {
		// "烟囱有点漏烟" on a call carries the safety hint the same words
		// in the group would (reportKind)
		if h := understand.Caution(t.hear(text)); h != village.HazardNone || reading.Hazard != village.HazardGas {
			rep.Hazard = h // a settled smoke in her room keeps its gas hazard (words.FumesSettled, call111)
		}
	}
	rep.SetReporter(p, r.shown(p))
	rep.SetHandlers(leaders, r.shown)
	r.toldAlone(t, rep) // the worker passes the procedure on: no 确认 asked
	if rep.Category == "" {
		rep.Category = "其他"
	}
	data := map[string]any{"R": rep, "Ref": storage.RefPlaceholder, "Leaders": words.Names(leaders),
		"Chase": typ == village.Approval && r.chaseProcedure(t.hear(text)) != nil}
	if typ == village.Emergency {
		return rep, r.callAlarm(rep, p, false, t.at), nil
	}
	if r.accusesCadre(t.hear(text), p.Village) {
		// "她说网格长李四收了红包": as her own complaint of a cadre would,
		// it goes to the township only, never to the grid's leaders (the
		// one complained of may be among them)
		rep.Chat, rep.AboutCadre, rep.Status = "", true, village.StatusEscalated
		rep.History = append(rep.History, village.Entry{At: t.at, By: village.SystemActor, Action: village.ActEscalate,
			To: village.StatusEscalated, Note: "涉及村干部，直接报镇里"})
		rep.SetHandlers(nil, r.shown)
		data["ReporterPhone"], data["Now"] = r.phoneFixed(p).Phone, r.readAt(t)
		if t.where.Kind == words.InGrid {
			data["SaidIn"] = t.m.Chat
		}
		return rep, []bot.Outbound{{To: r.cfg.Township.OfficeChat, Kind: bot.Group, Priority: bot.Normal, Text: r.texts.Render("report.cadre.office", data)}}, nil
	}
	if t.where.Kind == words.InPrivate {
		// A call logged privately stays private, as 代报 told the bot in
		// private does: what an elder says on the phone (money, family
		// quarrels, illness) is not the group's to read.
		rep.Chat = ""
		for _, l := range leaders {
			if l.Key() != t.who.Key() { // a leader who logged it knows
				out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal,
					Text: r.texts.Render("report.private.leader", data)})
			}
		}
		return rep, out, nil
	}
	return rep, []bot.Outbound{{To: rep.Chat, Kind: bot.Group, Priority: bot.Normal, Text: r.groupTexts.Render("call.report", data)}}, data
}

// callAlarm is what an emergency a call note tells of (rep, of p) sends,
// as urgent as any emergency: the duty chat with the person's phone, the
// grid's leaders and workers called out; down: unnumbered, the store
// being down.
func (r *Router) callAlarm(rep *village.Report, p village.Person, down bool, now time.Time) []bot.Outbound {
	leaders := r.people.InGrid(p.Village, p.Grid, village.RoleLeader)
	workers := r.people.InGrid(p.Village, p.Grid, village.RoleWorker)
	data := map[string]any{"R": rep, "Ref": storage.RefPlaceholder, "Leaders": words.Names(leaders), "Down": down, "Now": now,
		"Responders": words.AppendNew(words.Names(leaders), words.Names(workers)...), "LeaderPeople": leaders, "ReporterPhone": r.phoneFixed(p).Phone, "WorkerPeople": workers,
		// the steps its scene needs, as a first alarm and the re-posts give them
		"Scene": understand.SceneOf(understand.Hear(rep.Text), rep.Hazard)}
	return []bot.Outbound{
		{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.duty", data)},
		{To: rep.Chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.groupTexts.Render("call.report.emergency", data)},
	}
}

// noticeRef is the notice a 查 names: "查 #N3", "查 N3" (as 查 R3 is
// written), or 查 quoting the notice.
func noticeRef(t *turn, cmd command) (string, bool) {
	if m := words.NoticeRe.FindStringSubmatch(cmd.args); m != nil {
		return "N" + m[1], true
	}
	if m := words.BareNoticeRe.FindStringSubmatch(cmd.args); m != nil {
		return "N" + m[1], true
	}
	if t.quote != nil && len(cmd.refs) == 0 {
		if m := words.NoticeRe.FindStringSubmatch(t.quote.Text); m != nil {
			return "N" + m[1], true
		}
	}
	return "", false
}

// noticeInWords answers a cadre who may send notices and asks the bot in
// a sentence to send one: a notice cannot be taken back, so it is not sent
// from a reading of his words; he is shown the command that sends it, with
// the groups it reaches, to send as it is or corrected.
func (r *Router) noticeInWords(ctx context.Context, t *turn, addressed bool) (done bool, err error) {
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	if !addressed {
		return false, nil
	}
	if done, err := r.remindInWords(ctx, t, officer); done {
		return true, err
	}
	if !officer && !t.who.Has(village.RoleLeader) {
		return false, nil
	}
	rest, ok := "", false
	for _, w := range words.NoticeAsks {
		if rest, ok = strings.CutPrefix(strings.TrimSpace(t.text), w); ok {
			break
		}
	}
	if !ok {
		return false, nil
	}
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, " ：:，,"), "给"), " ：:，,")
	scope, body := "", rest
	if i := strings.IndexAny(rest, " ：:，,。"); i > 0 {
		word := rest[:i]
		if slices.Contains(words.Everywhere, word) {
			word = "全村"
			if officer {
				word = "全镇"
			}
		}
		if groups, ok, _ := r.noticeGroups(word, t.who, officer); ok && len(groups) > 0 {
			scope, body = word, rest[i:]
		}
	}
	body = strings.Trim(body, " ：:，,")
	if !understand.HasContent(body) {
		def := "全镇"
		if !officer {
			def = t.who.Village + "全村"
		}
		return true, r.reply(ctx, t, "notice.usage", map[string]any{"Default": def, "Officer": officer, "Word": "通知"})
	}
	groups, _, _ := r.noticeGroups(scope, t.who, officer)
	cmd := strings.Join(slices.DeleteFunc([]string{"通知", scope, body}, func(s string) bool { return s == "" }), " ")
	return true, r.reply(ctx, t, "notice.suggest", map[string]any{"Cmd": cmd, "Groups": groups})
}

// remindInWords answers a grid's cadre who asks the bot in its group to
// remind everyone of something ("@网格小助手 这几天零下十度 提醒大家烧炭取暖
// 注意通风"): his words are already before the group; a notice, which
// each household answers 收到 to, is shown as the command that sends it
// to this group. A grid worker, who sends no notices, is told it is the
// leader's to send, and the leaders are named with the command. done is
// false, before any read, for anyone else and for words asking no such
// thing.
func (r *Router) remindInWords(ctx context.Context, t *turn, officer bool) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.where.Grid == "" || !officer && !t.who.Tends(t.where.Village, t.where.Grid) {
		return false, nil
	}
	body, ok := words.RemindAsked(strings.TrimSpace(t.text))
	if !ok || !understand.HasContent(body) {
		return false, nil
	}
	data := map[string]any{"Cmd": "通知 " + t.where.Grid + " " + body, "Groups": []string{t.m.Chat}}
	if officer || t.who.Has(village.RoleLeader) {
		return true, r.reply(ctx, t, "notice.remind", data)
	}
	leaders := r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader)
	if len(leaders) == 0 {
		return false, nil
	}
	data["Leaders"] = words.Names(leaders)
	return true, r.reply(ctx, t, "notice.remind", data)
}

// villagerReminds answers a villager who asks the bot in the group to
// remind everyone of something that is no matter to handle
// (「@网格小助手 提醒大家晚上锁好门」): the group has read his words
// already, and a villager sends no notices; he is thanked and told what
// to say when something did happen, so that it is filed for the grid's
// leaders. A reminder that tells of a matter (「村里丢了两只鸡 提醒大家
// 锁好门」: security) or an emergency goes on to be filed as any report;
// so do cadres' reminders, which remindInWords answers.
func (r *Router) villagerReminds(ctx context.Context, t *turn, reading village.Reading, addressed bool) (done bool, err error) {
	if !addressed || reading.Type == village.Emergency || tellsOfMatter(reading) || !r.villagerInGrid(t) {
		return false, nil
	}
	body, ok := words.RemindAsked(strings.TrimSpace(t.text))
	if !ok || !understand.HasContent(body) {
		return false, nil
	}
	leaders := r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader)
	return true, r.reply(ctx, t, "notice.remind.villager", map[string]any{"Leaders": words.Names(leaders)})
}

// remindRead is x, the reading of a villager's message to the bot, or,
// when it asks the bot to remind everyone (「@网格小助手 最近村里丢了两只鸡
// 提醒大家晚上锁好门」) and x tells of no matter, the reading of what he
// tells without that ask: 提醒大家 marks the safety tips people forward,
// which the reader leaves alone, but a villager who tells the bot of
// chickens stolen tells of a matter for the grid. Cadres' reminders are
// remindInWords'; unaddressed ones stay the tips they look like.
func (r *Router) remindRead(ctx context.Context, t *turn, x village.Reading) village.Reading {
	if !t.addr || x.Type == village.Emergency || tellsOfMatter(x) || !r.villagerInGrid(t) {
		return x
	}
	said, ok := words.RemindSaid(strings.TrimSpace(t.text))
	if !ok {
		return x
	}
	if y := r.read(ctx, t, said); y.Type == village.Emergency || tellsOfMatter(y) {
		// the message's reading from now on: what files it
		// (r.report) reads t.text again
		t.readings[t.text] = y
		return y
	}
	return x
}

// tellsOfMatter reports whether x is a report of a matter the grid handles: of a
// category other than 其他.
func tellsOfMatter(x village.Reading) bool {
	return x.Intent == village.IntentReport && x.Category != "其他"
}

// villagerInGrid reports whether t comes from a villager in a grid's
// group: no cadre of the grid, nor an officer or admin.
func (r *Router) villagerInGrid(t *turn) bool {
	return t.where.Kind == words.InGrid && t.where.Grid != "" && !t.who.Tends(t.where.Village, t.where.Grid) &&
		!t.who.Has(village.RoleOfficer) && !t.who.Has(village.RoleAdmin)
}

// noticeQueryStatus answers a 通知 that asks who answered: the notice it
// names, or the latest one.
func (r *Router) noticeQueryStatus(ctx context.Context, t *turn, id string) error {
	if id == "" {
		notices, err := r.store.Notices(ctx, storage.TownshipScope(r.cfg.Township.Name), storage.NoticesAll)
		if err != nil {
			return err
		}
		officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
		var latest time.Time
		for _, n := range notices {
			if (officer || n.Village == "" || n.Village == t.who.Village) && !n.At.Before(latest) {
				id, latest = n.ID, n.At
			}
		}
		if id == "" {
			return r.reply(ctx, t, "notice.none", nil)
		}
	}
	return r.noticeStatus(ctx, t, id)
}

// householdTold is a household's name as 查 #N lists one that has not
// answered, with who said they passed the notice on to it (notice70).
func (r *Router) householdTold(name string, acks map[string]int64, k string) string {
	return r.texts.Render("notice.told", map[string]any{"Name": name, "By": storage.ToldBy(acks, k), "Away": storage.AwayBy(acks, k)})
}

// noticeStatus answers 查 #N: per grid the notice went to, how many
// households answered 收到 and which have not. Township officers and
// admins see every grid; grid leaders and workers their village's.
func (r *Router) noticeStatus(ctx context.Context, t *turn, id string) error {
	officer := t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin)
	if !words.MayAskNotice(t.who) {
		return r.reply(ctx, t, "refuse", map[string]any{"Verb": "查通知", "Who": "镇干部、网格长或网格员"})
	}
	ts := storage.TownshipScope(r.cfg.Township.Name)
	notices, err := r.store.Notices(ctx, ts, storage.NoticesAll)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(notices, func(n village.Notice) bool { return n.ID == id })
	if i < 0 {
		return r.reply(ctx, t, "notice.unknown", map[string]string{"Ref": id})
	}
	n := notices[i]
	acks, err := r.store.Counters(ctx, ts, storage.AckHash(n.ID))
	if err != nil {
		return err
	}
	if len(n.Cadres) > 0 { // sent to the cadres: answered per person
		var pending []string
		for _, c := range n.Cadres {
			if acks[c] == 0 {
				pending = append(pending, c)
			}
		}
		data := r.noticeData(t, n, nil)
		data["Answered"], data["Pending"] = len(n.Cadres)-len(pending), pending
		t.scope = ts
		return r.reply(ctx, t, "notice.status.cadres", data)
	}
	people := r.people.All()
	names := village.HouseholdNames(people)
	var rows []words.NoticeRow
	total := words.NoticeRow{Grid: "合计"}
	for _, one := range n.ByGrid(people, r.cfg.GridOfGroup, acks) {
		if !officer && one.Village != t.who.Village {
			continue
		}
		row := words.NoticeRow{Grid: one.Village + one.Grid, Answered: len(one.Acknowledged), Of: one.Households()}
		for _, k := range one.Acknowledged {
			if len(storage.PaidBy(acks, k)) > 0 {
				row.Paid++ // "已交": how many said they paid (call101)
			}
		}
		for j, k := range one.Pending {
			if j == words.NoticeLines {
				row.MorePending = len(one.Pending) - j
				break
			}
			row.Pending = append(row.Pending, r.householdTold(names[k], acks, k))
		}
		total.Answered, total.Of, total.Paid = total.Answered+row.Answered, total.Of+row.Of, total.Paid+row.Paid
		rows = append(rows, row)
	}
	data := r.noticeData(t, n, nil)
	data["Payment"] = words.AsksPayment(n.Text)
	data["Rows"], data["Total"], data["Many"] = rows, total, len(rows) > 1
	phones, elders, err := r.noticePhones(ctx, n, rows, acks)
	if err != nil {
		return err
	}
	if n.FollowedUp && !n.PassedOn(t.at) {
		phones = nil // its time passed: no call passes it on now
	}
	if !n.WarnedAt.IsZero() {
		data["Elders"] = elders
	}
	for i := range phones {
		if phones[i].Worker == t.who.Name {
			phones[i].Worker = "您" // the worker asking: "王五 2 人" reads as another's
		}
	}
	data["Phones"] = phones
	t.scope = ts
	return r.reply(ctx, t, "notice.status", data)
}

// noticePhones are the calls that pass notice n on, per worker, for 查 #N
// to say what comes next: before its follow-up, the elders without WeChat
// of rows' grids (those the asker sees) whose households have not
// answered; after it, or once a warning's calls were made (WarnedAt), the
// tasks still open (to make or visits asked for) that carry it. elders
// counts, for a warning whose calls were made, the elders of those grids
// it phones and those reached (their calls no longer carry it: call92).
func (r *Router) noticePhones(ctx context.Context, n village.Notice, rows []words.NoticeRow, acks map[string]int64) (_ []words.NoticePhones, elders words.NoticeElders, _ error) {
	seen := map[string]bool{}
	for _, row := range rows {
		seen[row.Grid] = true
	}
	people := r.people.All()
	informed := village.Informed(people)
	phoner := func(p village.Person) village.Person { return village.Phoner(people, p) }
	var out []words.NoticePhones
	add := func(worker string) {
		if i := slices.IndexFunc(out, func(c words.NoticePhones) bool { return c.Worker == worker }); i >= 0 {
			out[i].N++
			return
		}
		out = append(out, words.NoticePhones{Worker: worker, N: 1})
	}
	warned := !n.WarnedAt.IsZero()
	if !n.FollowedUp && !warned {
		for _, p := range people {
			if p.UsesWeChat || p.Phone == "" || !seen[p.Village+p.Grid] {
				continue
			}
			if field, chased := village.NoticeAnswer(informed, p, phoner); chased && acks[field] == 0 {
				add(phoner(p).Name)
			}
		}
		return out, elders, nil
	}
	if warned { // every elder of its grids is phoned, whatever her household answered (scheduler: followup.warn)
		for _, p := range people {
			if _, chased := village.NoticeAnswer(informed, p, phoner); chased && !p.UsesWeChat && p.Phone != "" && seen[p.Village+p.Grid] {
				elders.Of++
			}
		}
		elders.Reached = elders.Of
	}
	villages := map[string]bool{}
	for _, p := range people {
		if seen[p.Village+p.Grid] {
			villages[p.Village] = true
		}
	}
	for _, v := range r.places.Villages() {
		if !villages[v] {
			continue
		}
		open, err := r.store.Calls(ctx, storage.VillageScope(v), storage.CallsOpen)
		if err != nil {
			return nil, elders, err
		}
		for _, c := range open {
			if slices.Contains(c.NoticeIDs(), n.ID) && seen[c.Village+c.Grid] {
				add(c.Worker)
				if warned && elders.Reached > 0 {
					elders.Reached--
				}
			}
		}
	}
	return out, elders, nil
}

// callees are the people without WeChat whom worker w phones: those the
// roster gives him (责任网格员), and the others of the grids he works in.
func (r *Router) callees(w village.Person) []string {
	var out []string
	for _, p := range r.calleePeople(w) {
		out = append(out, r.shown(p))
	}
	return out
}

// calleePeople are callees, the people themselves.
func (r *Router) calleePeople(w village.Person) []village.Person {
	var out []village.Person
	for _, p := range r.people.All() {
		if p.UsesWeChat || p.Phone == "" || p.Village != w.Village {
			continue
		}
		if p.CaredBy(w) || p.Caretaker == "" && w.Tends(p.Village, p.Grid) {
			out = append(out, p)
		}
	}
	return out
}

// callable are the people without WeChat whose calls t's sender may log
// (mayCall), as shown: the grid leader asked to visit an elder his worker
// phones is one who may, and so is who stands in for a worker away (as
// this process's copies hold it, no round trip: call79).
func (r *Router) callable(t *turn) []string {
	var out []string
	for _, p := range r.people.All() {
		if !p.UsesWeChat && p.Phone != "" && words.MayCall(t.who, p) {
			out = append(out, r.shown(p))
		}
	}
	if !t.who.Has(village.RoleLeader) && !t.who.Has(village.RoleWorker) {
		return out
	}
	for _, a := range r.keptAways(t.who.Village) {
		w, ok := r.personOf(a.WorkerKey)
		if !ok || !r.standingIn(t, a) {
			continue
		}
		for _, p := range r.calleePeople(w) {
			if !slices.Contains(out, r.shown(p)) {
				out = append(out, r.shown(p))
			}
		}
	}
	return out
}

// byListNumber reads text quoting the bot's numbered call list as call
// logs that name the people by their numbers on it ("1打通了 挺好 2没
// 接"): the text with each number replaced by the name the list gives it
// (one of mine). ok is false when it quotes no such list or a number
// names no one listed.
func byListNumber(t *turn, text string, mine []string) (string, bool) {
	if t.quote == nil || !strings.Contains(t.quote.Text, "【电话回访】") || !strings.ContainsAny(text, "0123456789") {
		return "", false
	}
	listed := map[string]string{}
	for _, m := range words.ListedRe.FindAllStringSubmatch(t.quote.Text, -1) {
		listed[m[1]] = m[2]
	}
	var b strings.Builder
	last := 0
	for _, m := range words.NumberRe.FindAllStringSubmatchIndex(text, -1) {
		name, ok := listed[text[m[2]:m[3]]]
		if !ok || !slices.Contains(mine, strings.Split(name, "·")[0]) {
			return "", false
		}
		b.WriteString(text[last:m[2]])
		if strings.HasSuffix(b.String(), "第") {
			s := b.String()
			b.Reset()
			b.WriteString(strings.TrimSuffix(s, "第"))
		}
		b.WriteString(name + " ")
		last = m[1]
	}
	if last == 0 {
		return "", false
	}
	b.WriteString(text[last:])
	return strings.TrimSpace(b.String()), true
}
