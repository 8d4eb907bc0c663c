package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// asksOfIt reports whether a question (said, canonical) is about rep, an
// open emergency: it asks how its hazard stands (hazardAsks), whether
// help came (sentHelp with helpComing, or eventAsks), or names its place
// or person (a word shared with its alarm) and asks how it goes or
// whether it is so (words.Doubts: "李四腿摔断了？谁说的"). A word
// it merely shares with them asks nothing of it ("消防栓坏了找谁").
func asksOfIt(t *turn, said string, rep village.Report) bool {
	return words.ContainsAnyOf(said, words.HazardAsks[rep.Hazard]...) || rep.Hazard == village.HazardMedical && words.AsksWhoHurt(t.text) || words.ContainsAnyOf(said, words.EventAsks...) || words.AsksBareStatus(said) ||
		words.ContainsAnyOf(said, words.SentHelp...) && words.ContainsAnyOf(said, words.HelpComing...) ||
		words.SharesBigram(said, t.hear(rep.Text).Canon) && (words.ContainsAnyOf(t.text, words.StatusQuestions...) || words.ContainsAnyOf(said, words.Doubts...))
}

// noteAll notes note by who on every report of reps (newest first),
// marked unsure when they are several (unsureMark), and returns them as a
// Change's Report and Also: one commit notes them all.
func noteAll(reps []village.Report, who string, t *turn, note string) (*village.Report, []*village.Report) {
	if len(reps) > 1 {
		note += words.UnsureMark(words.AsRaised(reps))
	}
	noted := make([]*village.Report, len(reps))
	for i := range reps {
		rep := reps[i]
		rep.Tell(who, t.at, note)
		noted[i] = &rep
	}
	return noted[0], noted[1:]
}

// bystanderDenies handles a villager's word that an open emergency of his
// grid he neither reported nor joined is none ("没着火 是王大爷在烧稻草"):
// no retraction (its reporter's word is, emergencyOver), so the watchdog
// goes on; the words are noted on it (查 shows them), the duty chat hears
// them as its news to check (【突发补充·核实】), its handlers (or the grid's
// leaders) are asked in the group to check, and he is told it was passed
// on. Burning in the open is named a 人居环境 matter for them. Of several
// the words do not tell apart, all are noted and he is asked which. The
// grid's cadre's word (cadreDenies) of one nobody took on, or of several,
// is noted so too, its 驳回 offered to him or its leaders, the watchdog
// going on till one acts; of the one taken on it is his 进展 (sceneNews).
// done is false when the words take back no alarm, or none such is open.
func (r *Router) bystanderDenies(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	said := t.said()
	// "搞错了吧", "没着火吧？": a guess or a question, no word to pass on
	if t.where.Kind != words.InGrid || strings.ContainsAny(t.text, "?？吗吧") || understand.Resolves(said) {
		return false, nil
	}
	cadre := t.who.Tends(t.where.Village, t.where.Grid)
	denies := reading.Type != village.Emergency && words.CadreDenies(said, village.HazardNone)
	retracts := !cadre && understand.Retracts(said)
	if !retracts && !denies {
		return false, nil
	}
	live, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) &&
			(!denies || retracts || words.CadreDenies(said, rep.Hazard))
	})
	if err != nil || len(live) == 0 {
		return false, err
	}
	live = overOfWhich(t, live)
	who := r.shown(t.who)
	rep, also := noteAll(live, who, t, words.DeniedNote+words.ShortText(t.text))
	checkers := rep.Handlers
	if len(checkers) == 0 || len(live) > 1 || cadre {
		checkers = r.leaderNames(t.where.Village, t.where.Grid)
	}
	if t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) {
		checkers = nil // a leader's own word: the 驳回 is his to send
	}
	data := map[string]any{"Open": words.AsRaised(live), "R": rep, "Who": who, "Cadre": cadre, "Phone": t.who.Phone, "Text": words.DutySummary(t.text, reading.Summary),
		"Echo": words.ShortText(echo(t, t.text)), "Checkers": checkers, "Burning": understand.BurnsOff(said.Canon),
		"Village": t.where.Village, "Grid": t.where.Grid}
	t.scope = storage.VillageScope(t.where.Village)
	_, err = r.commit(ctx, t, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: rep, Also: also,
		Out: []bot.Outbound{
			{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.denied.duty", data)},
			r.back(t, r.groupTexts.Render("report.emergency.denied", data)),
		},
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told.denied", Note: words.ShortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.bystanderDenies(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}

// emergencyAsked answers a villager's question in the group about its open
// emergency ("小龙还没找到 派出所来人了吗") with what is known — its status,
// who has it, its last 进展 — and passes the question on: its handlers (or
// the grid's leaders) are @'d in the group, the duty chat hears it (once
// until news comes: a crowd's questions are not repeated to it), and it
// is noted on the item. A question fits an emergency when it asks of it
// (asksOfIt), not when it merely shares a word with it ("派出所几点上班").
// Of several fitting alike, each is told.
// done is false when the words ask nothing, the sender is the grid's
// cadre, or nothing fits.
func (r *Router) emergencyAsked(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || reading.Type == village.Emergency || !words.AsksEmergency(t.text) ||
		t.who.Tends(t.where.Village, t.where.Grid) || t.who.Has(village.RoleOfficer) {
		return false, nil
	}
	said := t.said().Canon
	live, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && asksOfIt(t, said, rep)
	})
	if err != nil {
		return false, err
	}
	bare := words.AsksBareStatus(said)
	if len(live) == 0 {
		return r.askedOfClosed(ctx, t, said, bare)
	}
	if live, err = r.alarmsNotOthers(ctx, t, live); err != nil || len(live) == 0 {
		return false, err
	}
	live = overOfWhich(t, live)
	who := r.shown(t.who)
	var mine []village.Report
	if bare && !slices.ContainsFunc(live, func(rep village.Report) bool { return rep.ReportedBy(t.who) || rep.FollowedBy(t.who) }) {
		// "怎么样了" from one with a matter of his own open and no part
		// in the emergency: maybe his own. Said to the bot, it is
		// (askedAboutMine); else he hears both, and nobody is asked
		// on his account
		if mine, err = r.openFittingAll(ctx, t, func(rep village.Report) bool {
			return rep.Type != village.Emergency && (rep.ReportedBy(t.who) || rep.FollowedBy(t.who))
		}); err != nil || len(mine) > 0 && t.addr {
			return false, err
		}
	}
	if len(mine) > 0 {
		items := make([]words.AskedItem, len(live))
		for i, x := range words.AsRaised(live) {
			items[i] = words.AskedItem{R: &x, Work: x.LastWork(), Handlers: x.Handlers, Alerted: r.alerted(x)}
		}
		return true, r.reply(ctx, t, "report.emergency.asked", map[string]any{"Items": items, "Who": who, "Mine": words.AsRaised(mine), "Now": t.at})
	}
	// the duty chat hears the first question since the last news
	tellDuty := slices.ContainsFunc(live, func(rep village.Report) bool {
		n := len(rep.History)
		return n == 0 || !strings.HasPrefix(rep.History[n-1].Note, words.AskedNote)
	})
	rep, also := noteAll(live, who, t, words.AskedNote+words.ShortText(t.text))
	var items []words.AskedItem
	var askees []string
	for _, x := range append([]*village.Report{rep}, also...) {
		items = append(items, words.AskedItem{R: x, Work: x.LastWork(), Handlers: x.Handlers, Alerted: r.alerted(*x)})
		asked, _ := r.askees(*x)
		askees = words.AppendNew(askees, asked...)
	}
	slices.Reverse(items)
	data := map[string]any{"Items": items, "Open": words.AsRaised(live), "Who": who, "Phone": t.who.Phone, "Text": words.DutySummary(t.text, reading.Summary),
		"Echo": words.ShortText(echo(t, t.text)), "Askees": askees, "Village": t.where.Village, "Grid": t.where.Grid, "Now": t.at,
		// "是不是老刘家那个…儿子": who was hurt, maybe his own (alarm108)
		"WhoHurt": words.AsksWhoHurt(t.text) && slices.ContainsFunc(live, r.hurtUnnamed(t))}
	out := []bot.Outbound{r.back(t, r.groupTexts.Render("report.emergency.asked", data))}
	if tellDuty {
		out = append(out, bot.Outbound{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.asked.duty", data)})
	}
	t.scope = storage.VillageScope(t.where.Village)
	_, err = r.commit(ctx, t, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: rep, Also: also, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "asked", Note: words.ShortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.emergencyAsked(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}

// alarmAsk is whom rep's alarm asked to act, as its first post and the
// watchdog's re-posts read it (village.AskedOf): set when a cadre of its
// grid is missing, hurt ("李四的腿摔断了": understand.HurtCadre) or
// reported it; the zero AlarmAsk for any other report.
func (r *Router) alarmAsk(rep village.Report) village.AlarmAsk {
	if rep.Type != village.Emergency || rep.Grid == "" {
		return village.AlarmAsk{}
	}
	leaders := r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader)
	workers := r.people.InGrid(rep.Village, rep.Grid, village.RoleWorker)
	reporter, _ := r.personOf(rep.ReporterKey)
	var missing []village.Missing
	if rep.Hazard == village.HazardMissing {
		missing = r.missingNamed(rep, reporter)
	}
	return village.AskedOf(rep, reporter, understand.HurtCadre(understand.Hear(rep.Text), reporter, leaders, workers), missing, leaders, workers)
}

// askees are those rep, open, asks to act: its handlers, else its grid's
// leaders, but a cadre its alarm says is hurt or missing (alarmAsk's
// Gone); with none of them left, instead are those its alarm asked in
// their place (「李四的腿摔断了」 asks 网格员王五, not 李四), and names
// theirs.
func (r *Router) askees(rep village.Report) (names []string, instead []village.Person) {
	names = words.CmpOrNames(rep.Handlers, r.leaderNames(rep.Village, rep.Grid))
	ask := r.alarmAsk(rep)
	if len(ask.Gone) == 0 {
		return names, nil
	}
	names = slices.DeleteFunc(slices.Clone(names), func(n string) bool {
		return slices.ContainsFunc(ask.Gone, func(g village.Person) bool { return n == g.Name || n == r.shown(g) })
	})
	if len(names) > 0 {
		return names, nil
	}
	return ask.Names(), ask.Asked
}

// alerted is whom rep, an emergency nobody confirmed yet
// (village.Report.Unconfirmed), was alerted to: its handlers (else its
// grid's leaders), and the township's duty chat; nil for any other, and
// for one of no grid, nobody's but the duty chat's.
func (r *Router) alerted(rep village.Report) []string {
	asked, _ := r.askees(rep)
	out := slices.Clone(asked) // appended to below: not the report's own
	if !rep.Unconfirmed() || len(out) == 0 {
		return nil // of no grid: status.nogrid says the duty chat has it
	}
	if r.cfg.Township.EmergencyChat != "" {
		out = append(out, "镇应急值班")
	}
	return out
}

// askedOfClosed answers a villager's question in the group of an
// emergency already 办结 ("火灭了没", "人找到没", within closedAsked
// "怎么样了"): it is over, and how, from its 办结; nobody is asked and
// the duty chat hears nothing (it closed it). One commit, the reply's.
// done is false when no such emergency of the last emergencyOverLive
// fits.
func (r *Router) askedOfClosed(ctx context.Context, t *turn, said string, bare bool) (done bool, err error) {
	closed, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return rep.Type == village.Emergency && rep.Status == village.StatusResolved && t.at.Sub(rep.CreatedAt) <= words.EmergencyOverLive &&
			asksOfIt(t, said, rep) && (!bare || t.at.Sub(words.LastTouched(rep)) <= words.ClosedAsked)
	})
	if err != nil || len(closed) == 0 {
		return false, err
	}
	closed = overOfWhich(t, closed)
	items := make([]words.AskedItem, len(closed))
	for i, x := range words.AsRaised(closed) {
		e, _ := x.LastStep()
		items[i] = words.AskedItem{R: &x, Work: &e}
	}
	return true, r.reply(ctx, t, "report.emergency.asked.closed", map[string]any{"Items": items, "Who": r.shown(t.who), "Now": t.at})
}

// alarmsNotOthers is live, the open alarms t's question may ask of, less
// those whose words it does not share when it shares the words of
// another open item of the group: 「村口的冰什么时候有人来铲」 during a
// wire alarm asks, by its 有人来, of the ice reported that morning, not
// of the wire (rep107: the duty chat was told 【突发补充·询问】 of the ice).
func (r *Router) alarmsNotOthers(ctx context.Context, t *turn, live []village.Report) ([]village.Report, error) {
	subject := words.ChaseSubject(t.text)
	if len(words.ContentRuns(subject)) == 0 {
		return live, nil
	}
	others, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return rep.Type != village.Emergency && rep.Status.Open() && words.SharesContent(subject, rep.Text)
	})
	if err != nil || len(others) == 0 {
		return live, err
	}
	return slices.DeleteFunc(live, func(rep village.Report) bool { return !words.SharesContent(subject, rep.Text) }), nil
}

// hurtUnnamed is true of a medical alarm that names nobody hurt and that
// nobody named since (「村口大货车把骑电动车的撞了 人躺地上不动」): asked
// who it is, the asker hears nobody said yet (alarm108).
func (r *Router) hurtUnnamed(t *turn) func(village.Report) bool {
	return func(rep village.Report) bool {
		return rep.Hazard == village.HazardMedical && !rep.Named() &&
			r.hurtIn(rep.Village, rep.ReporterKey, words.ReporterHome(rep), t.hear(rep.Text)) == hurtOne{}
	}
}
