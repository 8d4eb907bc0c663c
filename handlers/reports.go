package handlers

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/understand"
	"gridbot/village"
)

// reportFlows are the verbs of the report lifecycle.
func (r *Router) reportFlows() map[words.Verb]flow {
	lifecycle := func(ctx context.Context, t *turn, cmd command) error { return r.lifecycle(ctx, t, cmd) }
	return map[words.Verb]flow{
		words.VReport: func(ctx context.Context, t *turn, cmd command) error { return r.report(ctx, t, cmd.args, "") },
		words.VHelp:   func(ctx context.Context, t *turn, _ command) error { return r.help(ctx, t) },
		words.VTodo:   r.todo,
		words.VMine:   r.mine,
		words.VProxy:  r.proxy,
		words.VAccept: lifecycle, words.VAssign: lifecycle, words.VProgress: lifecycle, words.VResolve: lifecycle, words.VConfirm: lifecycle,
		words.VReopen: lifecycle, words.VEscalate: lifecycle, words.VReject: lifecycle, words.VDuplicate: lifecycle, words.VQuery: lifecycle,
		words.VAnswer: lifecycle, words.VUnanswer: lifecycle, words.VRetype: lifecycle,
		words.VAsk: func(ctx context.Context, t *turn, cmd command) error {
			cmd.open = true // 问网格 #R 问题: asked in the grid's group
			return r.lifecycle(ctx, t, cmd)
		},
	}
}

// report registers a new report. typ is forced when not empty (free-text
// emergencies); otherwise an explicit word after the verb or the reader
// decides. Emergencies found by the reader win, but over a type the
// sender named (上报 调解 …, 上报 一般 …) only when a person is in the
// danger (understand.Endangers): "上报 调解 他家的树刮倒了 把我家院墙砸倒
// 了" is the dispute he says it is, "上报 调解 他拿刀要砍我" an emergency.
func (r *Router) report(ctx context.Context, t *turn, args string, typ village.Type) error {
	if t.where.Kind == words.InOffice && typ != village.Emergency {
		// an emergency told in a township chat is filed (townshipAlarm)
		return r.reportInOffice(ctx, t)
	}
	if t.where.Village == "" {
		return r.reply(ctx, t, "err.nogrid", nil)
	}
	given, said := typ, t.out
	var f filing
	if !r.readFiling(ctx, t, &f, args, typ) {
		return r.reply(ctx, t, "report.usage", nil)
	}
	if stop, err := r.guardFiling(ctx, t, &f); stop {
		return err
	}
	r.draftReport(t, &f)
	if err := r.linkMediation(ctx, t, &f); err != nil {
		return err
	}
	keep := t.keep
	if acc, ok := r.accountWaiting(t, &f); ok {
		// the other side's account waits for its 「1」: the quarrel is
		// filed as he told it, the retort kept as the other side's
		r.headWithAccount(t, &f, acc)
	}
	if along := r.retortFiled(t, &f); along != nil {
		// one quarrel, one item: his account is his side of the other's
		kept, more, apart, dups := r.accountParts(ctx, t, &f, along)
		res, err := r.commit(ctx, t, r.accountJoined(t, &f, along, joinedAccount{kept: kept, more: more, apart: apart, dups: dups}))
		if err == nil {
			t.then = nil
			r.filedUnplaced(t, &f, apart, res.Refs)
		}
		if errors.Is(err, storage.ErrConflict) && t.readAgain() {
			t.out = said
			return r.report(ctx, t, args, given)
		}
		return err
	}
	r.linkEarlier(t, &f)
	if f.typ == village.Emergency {
		if err := r.emergencyFiling(ctx, t, &f); err != nil {
			return err
		}
	}
	if !f.aboutCadre {
		f.second = r.quarrelSecond(ctx, t, &f)
	}
	var err error
	// the second matter, filed with rep, is its grid leaders' (f.leaders
	// are the mediators when a leader stepped aside from rep)
	f.also, err = r.fileSecond(ctx, t, f.rep, f.typ, f.second, f.open, f.reporter, r.people.InGrid(f.v, f.g, village.RoleLeader))
	if err != nil {
		return err
	}
	if err := r.takeOwn(t, &f); err != nil { // after fileSecond: each item taken on by its own kind
		return err
	}
	if err := r.takenOnAnswer(t, &f); err != nil { // a villager's confirm-back a cadre accepted
		return err
	}
	// two items filed: each told as ever; but a danger filed first beside
	// a procedure question ("俺家屋顶压得咯吱咯吱响 危房改造怎么申请")
	// still wakes its leaders (alarm108)
	f.threat = f.threat && f.also == nil
	f.danger = f.danger && f.also == nil || f.also != nil && f.typ == village.Approval && f.rep.Type == village.General && understand.Perilous(t.hear(f.rep.Text))
	f.data["Danger"] = f.danger
	f.data["Threat"], f.data["Beaten"], f.data["Abused"] = f.threat, f.threat && f.beaten, f.threat && f.abused && !f.beaten
	if f.data["Abused"] == true {
		r.namesFulian(f.data)
	}
	out, err := r.filingOut(t, &f)
	if err != nil {
		return err
	}
	t.out = out
	change := r.filingChange(t, &f, out)
	change.Then = t.then
	if t.batch != nil && t.batch.filings {
		// one of several matters one answer files (fileTogether): made
		// with the others, told once at night as if made
		t.batch.items = append(t.batch.items, batchItem{c: change, danger: f.danger})
		t.nightSaid = t.nightSaid || r.saidNight(&f, out)
		return nil
	}
	res, err := r.commit(ctx, t, change)
	if err == nil {
		if t.cadreTook != nil {
			t.cadreTook.Ref = res.Ref // her 「1」 after it is told so (filedAlready)
		}
		t.then = nil // made (or made before: a message delivered again)
		switch {
		case f.also == nil:
			r.filed(t, f.rep, res.Ref) // his next words may add to it
		case f.second != nil && f.second.unplaced && len(res.Refs) > 1:
			r.filed(t, f.also, res.Refs[1]) // his 「就在……」 places it
		}
		t.nightSaid = t.nightSaid || r.saidNight(&f, out)
	}
	if r.photosWaited(ctx, t, err) {
		t.out = said
		return r.report(ctx, t, args, given) // again, with the photos
	}
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		// The grid's open reports changed since they were read (another
		// process filed or closed one): check against them again.
		t.out = said
		return r.report(ctx, t, args, given)
	}
	if errors.Is(err, storage.ErrAskChanged) && f.data["Headed"] != nil {
		// the account's question was answered or gone meanwhile (its
		// copy is forgotten): the retort files on its own
		r.quarrelOffers.Delete(t.m.Chat)
		t.out, t.keep = said, keep
		return r.report(ctx, t, args, given)
	}
	return err
}

// saidNight reports whether out, filing f's messages, tell the night
// paragraph of either item it files.
func (r *Router) saidNight(f *filing, out []bot.Outbound) bool {
	return slices.ContainsFunc(out, func(o bot.Outbound) bool {
		return r.saysNight(f.data, o.Text) || f.alsoData != nil && r.saysNight(f.alsoData, o.Text)
	})
}

// saysNight reports whether text tells the night paragraph of a report
// filed with data (night.leaders, in full).
func (r *Router) saysNight(data map[string]any, text string) bool {
	if night, _ := data["Night"].(bool); !night {
		return false
	}
	full := maps.Clone(data)
	full["NightSaid"] = false
	return strings.Contains(text, r.texts.Render("night.leaders", full))
}

// namesFulian puts the township 妇联's phone in data (as Fulian) when
// the township lists it: a beating of another, 家暴, is told of it.
func (r *Router) namesFulian(data map[string]any) {
	if d, ok := r.cfg.Township.Department(words.WomensFederation); ok {
		data["Fulian"] = d.Phone
	}
}

// filing is the state of one report while report files it: each step
// reads what the steps before it set.
type filing struct {
	text    string // the matter, as filed and echoed
	typ     village.Type
	reading village.Reading
	hazard  village.Hazard
	byModel bool
	open    []village.Report // the grid's recent open items of typ
	v, g    string           // where it is filed: the reporter's grid
	// reporter is who the report is of: the sender, or whom a grid
	// worker files for (t.forWhom)
	reporter         village.Person
	leaders, workers []village.Person
	visitors         []village.Person // asked to come to the asker's home (visitAsked)
	mediators        []village.Person
	rep              *village.Report
	aboutCadre       bool            // a complaint of a cadre's conduct
	data             map[string]any  // the texts' data
	alongOut         []bot.Outbound  // further private notes of the filing (a 代报 taken on: those it was assigned elsewhere)
	along            *village.Report // the open quarrel of the same households rep goes along (linkMediation)
	unchecked        time.Time       // how far back the search for rep's past reached when it did not reach the window
	second           *secondPart     // the message's other matter, nil when none
	also             *village.Report // the second matter, filed with rep; nil when offered or none
	alsoTaken        bool            // also was taken on by the leader who filed it (takeOwn)
	alsoData         map[string]any  // also's reply data (filingOut), nil when none was filed
	threat           bool            // a threat of violence told ("陈二说要打断我的腿"): its handlers hear of it at once
	beaten           bool            // the threat is a beating told by the one beaten ("我被人打了")
	abused           bool            // the threat is a beating of another told ("他老公天天打她", "老王家暴")
	danger           bool            // about to come down on people now ("墙快倒了 下面有人走"), or inCare: its leaders hear of it at once
	inCare           bool            // a medical alarm already in hospital ("俺爹突然脑溢血 送医院了", understand.InCare): the family to reach
	away             bool            // inCare of kin hurt far away ("俺儿子在高速上追尾了 人在医院", understand.HurtAway)
	// partyStays is the office's data when a grid leader who is a party
	// handles the dispute for want of a mediator who is none (Kin,
	// Leader): the township is asked once to send a neutral one
	partyStays map[string]string
}

// readFiling sets f's text, type and reading from args, with typ forced
// when not empty; false when args hold no matter to file.
func (r *Router) readFiling(ctx context.Context, t *turn, f *filing, args string, typ village.Type) bool {
	text := args
	saidEmergency := false // the sender named it an emergency (上报 紧急 …)
	if typ == "" {
		if explicit, rest, ok := words.ReportType(args); ok {
			typ, text, saidEmergency = explicit, rest, explicit == village.Emergency
		}
	}
	if !understand.HasContent(text) {
		return false
	}
	// "网格员 …", "@李四 …", "李四 你看下 …": the matter without who it
	// was said to, as filed and echoed
	f.text = understand.TrimLead(text, r.nameIn(t.where.Village))
	f.reading = r.read(ctx, t, f.text)
	f.typ, f.hazard, f.byModel = words.ReportKind(t.hear(f.text), typ, f.reading, saidEmergency)
	// "… 气死我了": read with the feeling (a harm that goes on), filed
	// and echoed without it
	f.text = understand.TrimVent(f.text)
	if f.reading.Also == village.IntentClaim {
		// "路灯又不亮了 另外我帮王奶奶扫了雪 能加分不": filed and
		// echoed as the lamp, the deed left to his claim (lead108)
		f.text = understand.TrimAside(f.text)
	}
	if f.typ == village.Emergency && t.where.Kind == words.InGrid {
		t.raised = &alarm{hazard: f.reading.Hazard, place: f.reading.Place, text: f.text, at: t.at, byModel: f.byModel,
			roster: r.rosterNames(t.where.Village, f.reading.Hazard)}
	}
	return true
}

// guardFiling reads the grid's open items and sets where f is filed and
// of whom; stop says the report files nothing, err being what report
// returns: it replied (flooding, a duplicate, his own item's news, no
// grid) or the read failed.
func (r *Router) guardFiling(ctx context.Context, t *turn, f *filing) (stop bool, err error) {
	if f.open, err = r.recentOpen(ctx, t, f.typ); err != nil {
		return true, err
	}
	if r.flooding(t, f.open) {
		return true, r.reply(ctx, t, "report.flood", map[string]int{"Max": words.MaxReportsPerHour})
	}
	f.v, f.g = t.where.Village, t.where.Grid
	if p, ok := r.askedFor(t, f); ok {
		t.forWhom = &p // "帮王奶奶问一下…": hers, as 代报 王奶奶 … files it
	}
	f.reporter = reporterOf(t)
	if t.forWhom != nil {
		f.v, f.g = t.forWhom.Village, t.forWhom.Grid
	}
	if r.besideBatched(t, f) {
		return true, errApart
	}
	if orig, ok := r.duplicate(f.open, f.reading.Category, f.text, t.at, f.reporter); ok {
		return true, r.askDuplicate(ctx, t, orig, f.text, f.typ)
	}
	if own, ok := r.newsOfOwn(t, f.open, f.text); ok && t.command.verb != words.VReport {
		// his plain news (not a 上报, which says it is another item)
		return true, r.askProgress(ctx, t, own, f.text, f.typ)
	}
	if f.g == "" && f.typ != village.Emergency {
		// Said privately by someone of no grid (an officer, the admin):
		// no grid leader would ever hear of it. An emergency still goes
		// to the duty chat.
		return true, r.reply(ctx, t, "report.nogrid", nil)
	}
	return false, nil
}

// askedFor is the villager of his grid a grid cadre asks a procedure
// question for: 「帮王奶奶问一下高龄补贴能领多少」, 「替白凤兰打听下低保」
// (words.AskedFor). Her item, he its recorder, as 代报 王奶奶 … files it:
// the leader reads whose question it is and whom to do it for, not 「替王五
// 去办」 (appr99).
func (r *Router) askedFor(t *turn, f *filing) (village.Person, bool) {
	if t.forWhom != nil || t.kinFor != nil || f.typ != village.Approval || !t.who.IsCadre() {
		return village.Person{}, false
	}
	v := cmp.Or(t.where.Village, t.who.Village)
	name, ok := words.AskedFor(f.text, r.nameIn(v))
	if !ok || name == t.who.Name {
		return village.Person{}, false
	}
	p, err := r.people.Lookup(v, name)
	if err != nil || !t.who.Tends(p.Village, p.Grid) || t.where.Kind == words.InGrid && (t.where.Village != p.Village || t.where.Grid != p.Grid) {
		return village.Person{}, false
	}
	return p, true
}

// draftReport builds f's report, who handles it, and the texts' data.
func (r *Router) draftReport(t *turn, f *filing) {
	images := r.madeWith(t, storage.VillageScope(f.v))
	f.leaders = r.people.InGrid(f.v, f.g, village.RoleLeader)
	f.workers = r.people.InGrid(f.v, f.g, village.RoleWorker)
	// A complaint of a cadre's conduct goes to the township, privately:
	// the grid leader may be the one complained of, or work beside him.
	f.aboutCadre = f.typ != village.Emergency && r.accusesCadre(t.hear(f.text), f.v)
	if f.aboutCadre && f.typ == village.Mediation {
		// "我要反映王五，他态度很差骂人": his conduct, no quarrel between
		// neighbours to mediate, nor 矛盾纠纷 its category: a cadre's
		// conduct has no category of its own, so 其他
		f.typ = village.General
		if f.reading.Category == "矛盾纠纷" {
			f.reading.Category = "其他"
		}
	}
	rep := r.newReport(t, f.v, f.g, f.typ, f.reading, f.text, f.hazard, f.byModel, images)
	f.rep = rep
	if f.aboutCadre {
		rep.Chat, rep.AboutCadre = "", true
		rep.Status = village.StatusEscalated
		// filed by the rules, not by anyone: the actor the scheduler's
		// escalations have too (counted alike by the exports and reports)
		rep.History = append(rep.History, village.Entry{At: t.at, By: village.SystemActor, Action: village.ActEscalate,
			To: village.StatusEscalated, Note: "涉及村干部，直接报镇里"})
	}
	r.attribute(t, rep, f.reporter)
	side := rep.ReporterSide
	if f.reporter.Covers(village.RoleLeader, f.v, f.g) {
		side = nil // a leader's own quarrel he takes on himself, told to send it up (takeOwn): as ever
	}
	handlers, mediators, aside := r.reportHandlers(f.v, f.typ, f.text, side, f.leaders)
	if f.aboutCadre {
		handlers, mediators, aside = nil, nil, nil // the grid's cadres hear nothing of it
	}
	var why map[string]string
	if side != nil && len(aside) == 0 && !f.aboutCadre && r.cfg.Township.OfficeChat != "" {
		if f.partyStays = r.partyStays(f.typ, f.text, side, f.leaders); f.partyStays != nil {
			// the reply says the township is asked for a neutral one
			why = map[string]string{"Kin": cmp.Or(f.partyStays["Kin"], rep.Reporter), "Leader": f.partyStays["Leader"], "Stays": "1"}
		}
	}
	if len(aside) > 0 {
		// a leader who is a party steps aside: the other leaders, else
		// the mediators, are asked to 确认 and told as he would be; the
		// reply says why in a clause
		l := aside[0]
		why = map[string]string{"Kin": cmp.Or(r.namedKin(l, f.text), rep.Reporter), "Leader": l.Name}
		if f.leaders = words.PeopleBut(f.leaders, aside); len(f.leaders) == 0 {
			f.leaders, mediators = mediators, nil
		}
	}
	f.mediators = mediators
	rep.SetHandlers(handlers, r.shown)
	var covering []map[string]any
	if f.typ != village.Emergency && !f.aboutCadre {
		// a leader away: who has his items is asked and told in his
		// place, of any item the grid's leaders take on (a quarrel, a
		// procedure asked, one told privately: rep106); he stays its
		// handler (rep105)
		f.leaders, covering = r.askedNow(t, f.leaders)
	}
	// "陈二说要打断我的腿", "我被人打了": its handlers hear of it at once
	if said := t.hear(f.text); f.typ == village.Mediation && !f.aboutCadre {
		f.beaten, f.abused = understand.Beaten(said), understand.Abused(said)
		f.threat = f.beaten || f.abused || understand.ToldThreat(said)
	}
	asked := ""
	if f.typ == village.General && !f.aboutCadre {
		// "村口那面墙快倒了 下面有人走", "树倒了 压着电线了": life
		// safety cannot wait
		said := t.hear(f.text)
		// "俺爹突然脑溢血 送医院了": in hospital, no alarm, but its
		// leaders hear of it at once to reach the family (alarm78)
		f.inCare = understand.InCare(said)
		// "俺儿子在高速上追尾了 人在医院": far away, the family's needs
		// only, no scene (alarm112)
		f.away = f.inCare && understand.HurtAway(said)
		f.danger = understand.Perilous(said) || f.inCare
		// "村里一直没水 啥时候来水啊": the question is the leader's to answer
		asked = understand.TroubleQuestion(said)
	}
	if f.typ == village.Approval && !f.aboutCadre {
		// "下雪屋顶都压弯了 危房改造今年还能报不": the question is filed,
		// the danger told first and its leaders asked to look now
		// (alarm108)
		f.danger = understand.Perilous(t.hear(f.text))
	}
	f.data = map[string]any{"Ref": storage.RefPlaceholder, "R": rep, "Leaders": words.Names(f.leaders), "Mediators": words.Names(mediators),
		"Night": r.cfg.QuietHours.Contains(t.at.In(r.cfg.Location())), "Wake": r.wake(t), "NightSaid": t.nightSaid, "Asked": asked, "Aside": why, "InCare": f.inCare, "Away": f.away, "Covering": covering}
	if t.kinFor != nil {
		f.data["ForPhone"] = r.phoneFixed(*t.kinFor).Phone // for the duty chat, which phones
	}
	if others := words.OthersThan(f.leaders, f.reporter); len(others) < len(f.leaders) {
		// a leader's own private report: he is not told of it as
		// another's, nor told it went to himself (report.private)
		f.data["SelfLeader"], f.data["OtherLeaders"] = true, words.Names(others)
	}
	// "村口垃圾堆了好几天了 我去清理了能加分不": the matter is filed and
	// the sender hears how to claim the work he did on it
	// "包工头跑了 工钱要不回来": mediated by the township's 劳动保障所,
	// and the worker hears where 欠薪 is complained of
	f.data["WageHint"] = r.wageHint(t, f)
	// 「陈二去年借我五千块 说好年底还」: accounts to settle, no fight to calm
	f.data["DebtHint"] = f.typ == village.Mediation && understand.MoneyOwed(t.hear(f.rep.Text))
	r.visitAsked(t, f)
	f.data["ClaimHint"] = (f.reading.Also == village.IntentClaim || understand.OwnWork(t.hear(f.text))) && f.typ == village.General &&
		t.forWhom == nil && t.kinFor == nil && !t.who.IsCadre() && !f.aboutCadre && r.claims()
}

// owedByOutsider reports whether said tells of wages owed (understand.
// OwesWages) by an employer who is no villager of v on the roster, side
// (the worker's household) apart: "包工头跑了 工钱要不回来", not "陈二的砖
// 厂欠我工钱" (the other party named, mediated like any quarrel between
// households). The grid cannot bring such a boss to a table: the
// township's 劳动保障所 and 司法所 mediate, and 12333 takes 欠薪; nor is
// there a quarrel in the group for others to join.
func (r *Router) owedByOutsider(v string, said understand.Said, side func(village.Person) bool) bool {
	if !understand.OwesWages(said) {
		return false
	}
	return !slices.ContainsFunc(r.people.All(), func(p village.Person) bool {
		return p.Village == v && !side(p) && utf8.RuneCountInString(p.Name) > 1 && strings.Contains(said.Raw, p.Name)
	})
}

// creditorsTold are, for a money settlement's 办结 (act), the other
// creditors of its debtor among rep's followers (words.OtherCreditors) by
// index, each with the day his own part of it names, else the reporter's
// (zero for none): the day the 回访 asks him after (scheduler's
// creditorsDue).
func (r *Router) creditorsTold(rep *village.Report, act village.Action) map[int]time.Time {
	if act != village.ActResolve || words.PaymentOwed(*rep) == "" {
		return nil
	}
	names := village.NamesOf(r.people.All(), rep.Village)
	out := map[int]time.Time{}
	for _, i := range words.OtherCreditors(*rep) {
		out[i] = cmp.Or(words.CreditorDue(*rep, rep.Followers[i], r.cfg.Location(), names), words.PaymentDue(*rep, r.cfg.Location(), names))
	}
	return out
}

// wageHint reports whether filing f, a mediation, is wages owed by an
// employer who is no villager (owedByOutsider), told where 欠薪 is
// complained of (wage.hint). Decided on the item's text: headed by an
// account (headWithAccount), the retort (「又不是不还 今年工钱还没结」 on a
// shop's credit) is not the matter (med102).
func (r *Router) wageHint(t *turn, f *filing) bool {
	return f.typ == village.Mediation && !f.aboutCadre && r.owedByOutsider(f.v, t.hear(f.rep.Text), f.rep.ReporterSide)
}

// attribute names rep's reporter, and who recorded it for him: a grid
// worker filing for him, or his kin.
func (r *Router) attribute(t *turn, rep *village.Report, reporter village.Person) {
	rep.SetReporter(reporter, r.shown(reporter))
	// a group name the roster does not know: the duty chat is told so
	rep.Unlisted = t.stranger && t.forWhom == nil && reporter.Key() == t.who.Key()
	rep.ToldIn = toldIn(t, rep, reporter)
	if t.forWhom != nil {
		rep.Recorder = t.who.Name
		rep.History[0].Note = "网格员代报"
	}
	if t.kinFor != nil {
		rep.For, rep.ForKey = r.shown(*t.kinFor), t.kinFor.Key()
		rep.History[0].Note = "家属替" + rep.For + "反映（亲属关系未核实）"
		if t.kinRel != "" {
			rep.History[0].Note = t.kinRel + "替" + rep.For + "反映（关系未核实）"
		}
	}
}

// linkMediation links a dispute filed in a grid to the same households'
// earlier one, come back or still mediated.
func (r *Router) linkMediation(ctx context.Context, t *turn, f *filing) error {
	if f.typ != village.Mediation || f.aboutCadre || f.g == "" {
		return nil
	}
	rep, data := f.rep, f.data
	// "陈二家的牛又进来了 又吵起来了" after #R1 between them was
	// settled and closed: a new item, told as that dispute come back
	// "上报 调解 陈二家的水沟往我家灌" while #R1 between the same two
	// households is still mediated: a new item, told as going along
	// with that one, and its mediators hear of it
	recurs, along, unchecked, err := r.relapseOf(ctx, t, f.v, f.g, f.reporter, f.text)
	if err != nil {
		return err
	}
	f.unchecked = unchecked
	if along.ID == "" && recurs.ID == "" {
		// 「他也欠我八百」 hours after 陈二's loan to 张三 was settled:
		// another debt of the same debtor, linked, his 他 named (med107)
		other, debtor, err := r.creditorAlong(ctx, t, f)
		if err != nil {
			return err
		}
		if debtor != "" {
			along = other
			f.text = namingDebtor(f.text, debtor)
			rep.Text = namingDebtor(rep.Text, debtor)
		}
	}
	if along.ID != "" && r.counterClaim(f.reporter, along, f.text) {
		// 「他还欠我八百块呢」 of the debtor on the loan he is asked to pay
		// back: its 他 is the loan's reporter (med112)
		f.text, rep.Text = namingDebtor(f.text, along.Reporter), namingDebtor(rep.Text, along.Reporter)
	}
	// each said where the earlier one was told, or to its reporter
	if along.ID != "" {
		rep.Along = along.ID
		data["Along"], data["AlongR"], data["AlongTold"] = along.ID, &along, along.Chat == rep.Chat || along.ReportedBy(f.reporter)
		data["AlongThird"] = r.alongThird(along, f.reporter, f.text)
		f.along = &along
	}
	if recurs.ID != "" {
		rep.Recurs = recurs.ID
		data["Recurs"], data["RecursAt"], data["RecursTold"] = recurs.ID, words.ClosedAt(recurs), recurs.Chat == rep.Chat || recurs.ReportedBy(f.reporter)
		data["Now"] = t.at // RecursAt may be last year's (dateIn)
	}
	return nil
}

// retortFiled is the open mediation f goes along (linkMediation) when f
// is the reporter's own account of a quarrel answering its confirm-back
// (his 「1」, turn.offeredAt) and the other side filed that item while
// the account waited: 「陈二家盖猪圈把墙往我家宅基地这边挪了半米…」 read
// under the filing threshold and offered, 陈二's retort 「张三你自己去看看
// 界桩在哪 别血口喷人」 filed as #R1 meanwhile. nil otherwise: an item of
// his own side, one filed before he was asked, one of another group, or
// one of several matters one answer files (their replies are joined).
func (r *Router) retortFiled(t *turn, f *filing) *village.Report {
	along, _ := f.data["AlongR"].(*village.Report)
	if along == nil || t.offeredAt.IsZero() || t.batch != nil || f.rep.Chat == "" || along.Chat != f.rep.Chat ||
		along.CreatedAt.Before(t.offeredAt) || along.ReporterSide(f.reporter) || along.RecordedBy(f.reporter) {
		return nil
	}
	return along
}

// joinedAccount is the reporter's account as it joins the other side's
// item (accountParts): kept on it, of it the 补充 (more), the other
// matters filed apart, and those the grid has open already (dups).
type joinedAccount struct {
	kept  string
	more  []string
	apart []secondPart
	dups  []village.Report
}

// accountJoined is the commit that keeps f's account on along, the other
// side's item of the same quarrel (retortFiled), instead of filing it: his
// side, said on it (Tell: 查 shows it, the mediators read both), the
// mediators told privately (dispute.joined .Account, with the 补充 of a
// second quarrel matter), the group told it is on along, not filed again;
// the photos sent with his account are added to along (withPhotos). A
// matter of its own in his account (j.apart) is filed as its own item in
// the same commit and told in the same reply; one open already is named.
// The question his 「1」 answered is taken by this commit (answering), and
// a retry of the 「1」 is deduplicated by its message id.
func (r *Router) accountJoined(t *turn, f *filing, along *village.Report, j joinedAccount) storage.Change {
	rep := *along
	who, text := r.shown(f.reporter), words.ShortText(j.kept)
	// He told the quarrel first (the retort came after he was asked):
	// the item is headed by his account, whole as his filing would keep
	// it, and he answers its 满意 and 回访, not the side he accuses; the
	// retort stays on it as its teller's side, when it was said (med97).
	retorter, retort := rep.Reporter, rep.Text
	if len(rep.History) > 0 {
		first := rep.History[0]
		rep.History = slices.Insert(slices.Clone(rep.History), 1, village.Entry{At: rep.CreatedAt, By: retorter,
			Action: village.ActSaid, Note: retort, From: first.To, To: first.To})
	}
	rep.Text = j.kept
	rep.HandOver(f.reporter, f.rep.Reporter)
	rep.Unlisted, rep.Recorder, rep.For, rep.ForKey, rep.ToldIn = f.rep.Unlisted, f.rep.Recorder, f.rep.For, f.rep.ForKey, f.rep.ToldIn
	docs, filed, wake := r.filedApart(t, f, j.apart)
	var mores, dups []string
	for _, m := range j.more {
		mores = append(mores, words.ShortText(m))
	}
	for _, d := range j.dups {
		dups = append(dups, "#"+d.ID)
	}
	if len(j.more) > 0 {
		head := j.kept
		for _, m := range j.more {
			head = strings.Replace(head, m, "", 1)
		}
		text = words.ShortText(strings.TrimRight(strings.TrimSpace(head), words.ClauseCuts)) // the 补充 told apart
	}
	data := map[string]any{"R": &rep, "Who": who, "Text": text, "Handlers": rep.Handlers, "Wake": r.wake(t), "Apart": len(filed), "Dups": dups, "Retorter": retorter}
	told := map[string]any{"Account": true, "Who": who, "Text": text, "More": mores, "Retorter": retorter, "Retort": words.ShortText(retort)}
	if withPhotos(t, &rep, data) { // the photos sent with his account (photosOf) are his side's evidence
		told["Photos"] = data["Photos"]
	}
	out := append(t.out, r.replyOut(t, "dispute.account", data)...)
	if len(filed) > 0 && len(out) > 0 {
		out[len(out)-1].Text += "\n" + strings.Join(filed, "\n")
	}
	out = append(out, r.mediatorsTold(t, &rep, "dispute.joined", told)...)
	out = append(out, wake...)
	c := storage.Change{Scope: storage.VillageScope(f.v), MsgID: t.m.ID, Report: &rep, Out: out, Read: t.latestRead, Docs: docs,
		Then: t.then, Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: text}}
	for _, d := range j.apart {
		c.More = append(c.More, storage.Audit{At: t.at, By: t.who.Name, Action: string(village.ActCreate), Note: string(d.reading.Type)})
	}
	return c
}

// linkEarlier links f's report to the item it follows: the emergency of
// no grid it places, or the closed item whose matter is back.
func (r *Router) linkEarlier(t *turn, f *filing) {
	rep, data := f.rep, f.data
	if t.unplaced != nil {
		// the same emergency, told when it was first told: the duty
		// chat, the group and 查 show its age, not the minute its grid
		// was named; the alarm the group hears now is its latest post
		// (the watchdog counts from it, as DueAt does)
		data["Unplaced"], data["Now"] = t.unplaced.ID, t.at
		rep.CreatedAt, rep.AlertedAt = t.unplaced.CreatedAt, t.at
	}
	if t.recurs != nil && rep.Recurs == "" {
		// "垃圾还在呢 没拉走" of a closed item: a new one, linked
		rep.Recurs = t.recurs.ID
		if rep.Category == "" || rep.Category == "其他" {
			rep.Category = t.recurs.Category
		}
		data["Recurs"], data["RecursAt"], data["RecursBack"], data["Now"] = t.recurs.ID, words.ClosedAt(*t.recurs), true, t.at
		if rep.Type == village.Mediation {
			// a quarrel's filing says it as relapseOf's link does
			data["RecursBack"], data["RecursTold"] = false, t.recurs.Chat == rep.Chat || t.recurs.ReportedBy(f.reporter)
		}
	}
	if old := t.unkept; old != nil && rep.Recurs == old.ID && rep.Type == village.Mediation {
		// 「说好的300块一分没给」 names nobody: the settlement not
		// kept is the same two households', whose parties follow it
		// (told its steps, their words theirs: partyTo)
		rep.Absorb(old)
		for _, p := range r.partiesNamed(old) {
			if !rep.ReporterSide(p) && !rep.FollowedBy(p) {
				rep.AddFollower(p, r.shown(p))
			}
		}
	}
}

// takeOwn takes on a report its grid's leader files himself, in the
// filing's commit, as his 确认 would: "上报 村口的路灯不亮了" from 李四 is
// grid work he has seen and will see to, and he is not asked to 确认 his
// own item (nor reminded to, nor is it 待受理 in the digests). The
// history keeps both steps: filed by him, taken on by him (Implied,
// noted 本人上报). The second matter filed with it (f.also) is taken on
// alike. Only 一般事项 and quarrels: a quarrel he is a party to
// (leaderParty: "俺和隔壁老赵为地界吵起来了") is taken on all the same —
// nobody else in his grid could 确认 it, and asking him his own 确认 only
// made the overdue job chase him — but noted 当事人, and the reply asks
// the village's mediators to lead the talk or the township to mediate.
// An emergency is taken on when he says he is on the scene
// (emergencyFiling), a procedure question is answered, and a grid
// worker's report is still the leader's to 确认 (he brings the matter
// to his leader).
func (r *Router) takeOwn(t *turn, f *filing) error {
	if f.aboutCadre || !t.who.Covers(village.RoleLeader, f.v, f.g) {
		return nil
	}
	for _, rep := range []*village.Report{f.rep, f.also} {
		if rep == nil || rep.Type != village.General && rep.Type != village.Mediation {
			continue
		}
		took, err := r.takeOnFirst(t, rep)
		if err != nil || !took {
			return err
		}
		note := "本人上报"
		if rep == f.rep && rep.Type == village.Mediation && words.LeaderParty(rep.Text) {
			note = "本人上报（当事人）"
			f.data["OwnParty"] = true
		}
		rep.History[len(rep.History)-1].Note = note
		if rep == f.rep {
			f.data["OwnTaken"] = true
		} else {
			f.alsoTaken = true
		}
	}
	return nil
}

// emergencyFiling prepares an emergency's specifics: taken on by its
// reporter on the scene, the model's alarms like it.
func (r *Router) emergencyFiling(ctx context.Context, t *turn, f *filing) error {
	if r.reportsOnScene(t, f.rep) {
		// "村口李家着火了 我在现场，已经打了119" from a cadre of the
		// grid: he has taken it on as his 确认 would, in the same
		// commit; nobody is asked to 确认 and the watchdog has
		// nothing to re-post
		if _, err := r.takeOnFirst(t, f.rep); err != nil {
			return err
		}
		f.rep.History[len(f.rep.History)-1].Note = "本人在现场上报"
		f.data["OnScene"] = true
	}
	// Unread (the store is down): the alarm goes out on its own, as
	// the commit's failure path sends it.
	f.data["Alike"], _ = r.modelAlarmsLike(ctx, t)
	// "后山又着火了" two days after #R1 there: a new alarm all the same,
	// which names it (unread, it goes out without)
	if old, same, ok := r.earlierAlarm(ctx, t, f); ok {
		f.rep.Recurs = old.ID
		f.data["Earlier"], f.data["EarlierWhen"], f.data["EarlierSame"] = &old, words.DaysAgo(old.CreatedAt, t.at, r.cfg.Location()), same
	}
	// 「老刘家的房子塌了」 two days after its cracked wall was reported:
	// the danger come true, which the alarm names (town108)
	if danger, ok := r.earlierDanger(ctx, f); ok {
		f.rep.Danger = danger.ID
		f.data["Warned"] = &danger
	}
	return nil
}

// filingOut composes the messages filing f sends.
func (r *Router) filingOut(t *turn, f *filing) ([]bot.Outbound, error) {
	rep, data, also := f.rep, f.data, f.also
	// 「代报 王奶奶 屋顶漏雨，还有院子里的电线老化了」: two items of the
	// same kind asked of the same leaders; the request to 确认 and the
	// 查 line are said once, after the second, for both
	together := also != nil && rep.Type == village.General && also.Type == village.General && rep.Chat != "" &&
		data["OwnTaken"] != true && !f.alsoTaken
	data["AsksAfter"] = together
	if a := t.along; a != nil && also == nil && rep.Type == village.General && rep.Chat != "" && data["OwnTaken"] != true {
		// one of several filed by one 「1」 (fileTogether): asked once,
		// after the last, for all
		data["AsksAfter"] = !a.last
		if a.last {
			data["AsksWith"], data["DangerAlong"] = a.before, a.danger
			data["Urgent"], data["Held"] = toldAtOnce(a, f.danger)
		}
	}
	out := r.filedOut(t, f)
	alsoData := data
	if also != nil {
		// "水管冻裂了，低保年审需要什么材料": both filed, in one reply and
		// one commit; the second's reference is the commit's second
		alsoData = maps.Clone(data)
		alsoData["Ref"], alsoData["R"], alsoData["OwnTaken"] = storage.RefN(2), also, f.alsoTaken
		alsoData["AsksAfter"] = false
		if together {
			alsoData["AsksWith"] = []string{"#" + storage.RefPlaceholder}
		}
		f.alsoData = alsoData
		alsoData["NightSaid"] = r.saysNight(data, out[len(out)-1].Text)
		out[len(out)-1].Text += "\n" + r.filedText(t, also, alsoData)
		if f.second != nil && f.second.unplaced {
			out[len(out)-1].Text += "\n" + r.texts.Render("report.where", map[string]any{"Text": words.ShortText(echo(t, also.Text))})
		}
	} else if f.second == nil && t.along == nil && t.batch == nil && len(out) > 0 && rep.Type == village.General && !f.aboutCadre && data["OwnTaken"] != true && f.typ != village.Emergency && faultUnplaced(t, rep.Text) {
		// 「路灯也坏了」 told alone: filed, and where asked, as beside a
		// quarrel; his 「就在村口」 is added to it (filed, addedToFiled).
		// Not of several filed at once: filed remembers none of them
		out[0].Text += "\n" + r.texts.Render("report.where", nil)
	} else if f.second != nil && len(out) > 0 {
		// "水管冻裂了 还有村东头的路灯也不亮": one item filed, the
		// other offered, as a message read as a report is; an
		// emergency's in the grid's alarm ("老石摔了一跤下不了床 …
		// 还有低保年审咋弄"), where its reporter reads it
		if err := r.offerOthers(t, f.second, &out[len(out)-1]); err != nil {
			return nil, err
		}
	}
	if t.kinFor != nil && !f.aboutCadre {
		out = append(out, r.toldCaretaker(t, rep, out, data)...)
	}
	switch night, _ := data["Night"].(bool); {
	case data["OwnTaken"] == true && rep.Chat == "":
		// taken on by the leader who filed it: only a quarrel's
		// mediators are told, to mediate it with him
		out = append(out, r.toldPrivately(also, nil, f.mediators, data, alsoData)...)
	case data["OwnTaken"] == true && !f.threat:
		// nobody to wake for his own item
	case f.threat:
		// told at once, night or not, in the group or privately: the
		// notice says what the held ones would
		for _, o := range r.tellHandlers(t, rep, "report.threat", data) {
			o.Priority = bot.Urgent // a threat of violence wakes them, quiet hours or not
			out = append(out, o)
		}
	case f.danger && night:
		// about to come down on people, said in the group or privately:
		// its leaders hear of it at once, urgent (never held), not at wake
		// (by day the group's @ and the private note are at once)
		for _, l := range words.OthersThan(f.leaders, f.reporter) {
			out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Urgent,
				Text: r.texts.Render("report.danger.leader", data)})
		}
		if rep.Chat == "" {
			out = append(out, r.toldPrivately(nil, nil, f.mediators, data, nil)...)
		}
	case t.unanswered && also == nil:
		// a question nothing answered, in the group or privately: its
		// leaders hear it privately (held through quiet hours)
		for _, l := range words.OthersThan(f.leaders, f.reporter) {
			out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal,
				Text: r.texts.Render("report.question.leader", data)})
		}
	case night && rep.Chat != "" && f.typ != village.Emergency && !f.aboutCadre:
		out = append(out, r.toldAtWake(rep, also, f.leaders, data, alsoData)...)
	case rep.Chat == "" && !f.aboutCadre:
		leaders, mediators := words.OthersThan(f.leaders, f.reporter), f.mediators
		if old := t.unkept; old != nil && rep.Recurs == old.ID {
			// 「说好的300块一分没给」 told privately weeks after the
			// close: its handlers hear it once, as the settlement not
			// kept (alongTold's relapse.unkept, which says it is
			// private), not also as a 【私信反映】 (med99)
			told := func(p village.Person) bool {
				return slices.Contains(rep.Handlers, r.shown(p)) || slices.Contains(old.Handlers, r.shown(p))
			}
			leaders, mediators = slices.DeleteFunc(slices.Clone(leaders), told), slices.DeleteFunc(slices.Clone(mediators), told)
		}
		if len(f.visitors) > 0 {
			data["AskerPhone"] = t.who.Phone // a leader asked to come calls him (toldPrivately)
		}
		out = append(out, r.toldPrivately(also, leaders, mediators, data, alsoData)...)
		out = append(out, r.visitorsTold(t, f)...)
	}
	return append(append(out, r.alongTold(t, f)...), f.alongOut...), nil
}

// alongThird is, when reporter, who filed text beside along (an open
// quarrel he goes along: relapseOf), is of neither of its two households
// (another creditor of along's debtor, 「上报 陈二欠我八百块钱」 beside
// 张三's wages from 陈二: a follower of it, not a side), the names of
// along's sides text names, which both quarrels are with: his item is no
// 「同两家」 one (med101). nil for one of its two households.
func (r *Router) alongThird(along village.Report, reporter village.Person, text string) []string {
	if along.ReporterSide(reporter) || r.namedIn(reporter, along) {
		return nil
	}
	var shared []string
	for _, p := range append([]village.Person{{Name: along.Reporter}}, r.partiesNamed(&along)...) {
		if utf8.RuneCountInString(p.Name) > 1 && p.Name != reporter.Name && strings.Contains(text, p.Name) && !slices.Contains(shared, p.Name) {
			shared = append(shared, p.Name)
		}
	}
	if len(shared) == 0 {
		// none named by name (「他家也欠我的」): still no 「同两家」
		shared = []string{"同一户"}
	}
	return shared
}

// alongTold tells the mediators what linkMediation found of f's quarrel:
// its handlers that the search for its past did not reach back the whole
// window (they look themselves), the open item of the same households'
// (f.along) that this one goes along it. Rendered once f's item keeps its
// own words only (fileSecond: 「…不听 对了 路灯也坏了」 tells them the
// quarrel, not the lamp).
func (r *Router) alongTold(t *turn, f *filing) []bot.Outbound {
	var out []bot.Outbound
	rep := f.rep
	if !f.unchecked.IsZero() {
		out = r.tellHandlers(t, rep, "relapse.unchecked", map[string]any{"R": rep, "Ref": storage.RefPlaceholder,
			"Since": f.unchecked, "Recent": words.StatusRecent, "Now": t.at})
	}
	if f.along != nil {
		out = append(out, r.tellHandlers(t, f.along, "along.handler", map[string]any{"R": f.along, "Ref": storage.RefPlaceholder,
			"New": rep, "Who": r.shown(f.reporter), "Private": rep.Chat == "", "Wake": r.wake(t), "Third": f.data["AlongThird"]})...)
	}
	if old := t.unkept; old != nil && rep.Recurs == old.ID {
		// the settlement of a quarrel closed weeks ago not kept: its
		// mediators and the new item's hear it is the same dispute
		// again, with what was agreed, privately (the money is not the
		// group's)
		e, _ := old.LastResolve()
		both := &village.Report{Village: rep.Village, Handlers: slices.Clone(rep.Handlers)}
		for _, h := range old.Handlers {
			if !slices.Contains(both.Handlers, h) {
				both.Handlers = append(both.Handlers, h)
			}
		}
		out = append(out, r.tellHandlers(t, both, "relapse.unkept", map[string]any{"R": rep, "Ref": storage.RefPlaceholder, "Old": old,
			"Settled": e.Note, "SettledAt": e.At, "ClosedAt": words.ClosedAt(*old), "Who": r.shown(f.reporter), "Private": rep.Chat == "", "Now": t.at})...)
	}
	return out
}

// cadreComplaintBack answers the villager whose complaint of a cadre
// went to the township. Said in a grid group, where the cadres read
// along, the group hears only that he was answered privately (nothing of
// the complaint, its number or the township) and he hears the rest
// privately; when the bot cannot write to him, the group hears that
// someone will contact him: never passed on through his grid worker, a
// cadre (reach.Guard), the township calls him.
func (r *Router) cadreComplaintBack(t *turn, data map[string]any) []bot.Outbound {
	if t.where.Kind != words.InGrid {
		return []bot.Outbound{r.back(t, r.textsFor(t).Render("report.cadre", data))}
	}
	name := map[string]string{"Name": t.who.Name}
	if _, ok := r.guard.PassesOn(r.shown(t.who)); ok {
		return []bot.Outbound{r.back(t, r.groupTexts.Render("report.cadre.group", name))}
	}
	data["InGroup"] = true
	return []bot.Outbound{r.toSender(t, r.texts.Render("report.cadre", data)), r.back(t, r.groupTexts.Render("private.moved", name))}
}

// toldAtOnce splits the items one 「1」 files at night, a's earlier ones
// and the last (danger: its own), into those told their leaders at once
// (urgent: about to come down on people) and those held for the morning:
// the joined reply's danger line names each (danger.filed). Both nil when
// none is held: 「已马上私信告诉网格长」 is then true of all.
func toldAtOnce(a *filingAlong, danger bool) (urgent, held []string) {
	own := "#" + storage.RefPlaceholder
	urgent = slices.Clone(a.urgent)
	held = slices.DeleteFunc(slices.Clone(a.before), func(ref string) bool { return slices.Contains(a.urgent, ref) })
	if danger {
		urgent = append(urgent, own)
	} else {
		held = append(held, own)
	}
	if len(held) == 0 || len(urgent) == 0 {
		return nil, nil
	}
	return urgent, held
}

// filedOut is the first of filingOut's messages: the township's of a
// cadre complained of, an emergency's alarms, else the filed reply.
func (r *Router) filedOut(t *turn, f *filing) []bot.Outbound {
	rep, reporter, leaders, workers, data := f.rep, f.reporter, f.leaders, f.workers, f.data
	switch {
	case f.aboutCadre:
		data["ReporterPhone"], data["Now"] = reporter.Phone, r.readAt(t)
		// the office reads where he said it (the group's cadres read it
		// there) and whether he was answered privately, else to call him
		_, passed := r.guard.PassesOn(r.shown(t.who))
		data["SaidIn"], data["Unanswered"] = "", t.where.Kind == words.InGrid && passed
		if t.where.Kind == words.InGrid {
			data["SaidIn"] = t.m.Chat
		}
		office := bot.Outbound{To: r.cfg.Township.OfficeChat, Kind: bot.Group, Priority: bot.Normal, Text: r.texts.Render("report.cadre.office", data)}
		return append([]bot.Outbound{office}, r.cadreComplaintBack(t, data)...)
	case f.typ == village.Emergency:
		out := r.emergencyPosts(t, rep, reporter, leaders, workers, data)
		if aid := r.aidAsked(t, f.text); aid != nil && f.second == nil && t.where.Kind != words.InOffice {
			// "家里房子着火烧了 有没有啥救助": the alarm first (urgent),
			// then, once, where to apply for the aid, short; never in
			// the alarm itself, nor in its re-posts
			out = append(out, r.back(t, r.textsFor(t).Render("report.emergency.aid",
				map[string]any{"Proc": aid, "Who": r.shown(reporter), "Leaders": words.Names(leaders)})))
			rep.AidTold = append(rep.AidTold, reporter.Key()) // once: aidAfterAlarm
		}
		t.unnumbered = func() []bot.Outbound {
			down := maps.Clone(data)
			down["Down"] = true
			return r.emergencyPosts(t, rep, reporter, leaders, workers, down)
		}
		return out
	default:
		out := []bot.Outbound{r.back(t, r.filedText(t, rep, data))}
		if f.partyStays != nil {
			// no mediator but the party's leader: the township sends one
			office := map[string]any{"R": rep, "Ref": data["Ref"], "Kin": f.partyStays["Kin"], "Leader": f.partyStays["Leader"],
				"Phone": f.reporter.Phone, "Now": r.readAt(t)}
			out = append(out, bot.Outbound{To: r.cfg.Township.OfficeChat, Kind: bot.Group, Priority: bot.Normal, Text: r.texts.Render("report.party.office", office)})
		}
		return out
	}
}

// filingChange is the one commit that files f, sending out.
func (r *Router) filingChange(t *turn, f *filing, out []bot.Outbound) storage.Change {
	change := storage.Change{
		Scope: storage.VillageScope(f.v), MsgID: t.m.ID, Create: true, Report: f.rep,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: string(village.ActCreate), Note: string(f.typ)},
		Out:   out, Read: t.latestRead, Keep: append(t.keep, t.evKeep...), Unchanged: t.unchanged,
	}
	if t.unplaced != nil {
		// the officer's emergency of no grid, now placed: closed as
		// merged into this one, which the grid and the duty chat hear
		u := *t.unplaced
		if err := u.Apply(village.ActDuplicate, t.who.Name, t.at, "已确定在"+f.v+f.g+"，在那里重新登记"); err == nil {
			u.DuplicateOf = storage.RefPlaceholder // its 查 names the new one
			change.Also = append(change.Also, &u)
		}
	}
	if danger, ok := f.data["Warned"].(*village.Report); ok && f.rep.Danger == danger.ID {
		// the danger come true (town109): it names the alarm from now
		// on, written in the alarm's commit (a stale copy: ErrConflict,
		// and the filing is read again)
		came := *danger
		came.CameTrue, came.CameTrueAt = storage.RefPlaceholder, t.at
		change.Also = append(change.Also, &came)
	}
	if f.also != nil {
		change.Docs = append(change.Docs, storage.NewReportDoc(*f.also))
		change.More = append(change.More, storage.Audit{At: t.at, By: t.who.Name, Action: string(village.ActCreate), Note: string(f.also.Type)})
	}
	return change
}

// fileSecond decides the second matter of the message that files rep
// (none when second is nil): filed with it, returned, when filesBoth says
// so and it repeats none of the grid's open items (open, read again for a
// report beside a procedure question), else offered by the caller. rep
// keeps its own words only, the other matter told by another item or the
// offer; a report filed beside a procedure question goes first.
func (r *Router) fileSecond(ctx context.Context, t *turn, rep *village.Report, typ village.Type, second *secondPart, open []village.Report, reporter village.Person, leaders []village.Person) (also *village.Report, err error) {
	if second == nil {
		return nil, nil
	}
	if r.filesBoth(t, typ, second) {
		// a report filed beside a procedure question is checked against
		// the grid's open items as one told alone is (the question's
		// filing read none); like one, it is offered instead
		if typ == village.Approval && !t.noDup && rep.Grid != "" {
			if open, err = r.latestOpen(ctx, t); err != nil {
				return nil, err
			}
		}
		if _, dup := r.duplicate(open, second.reading.Category, second.other, t.at, reporter); !dup {
			also = r.alsoFiled(t, rep, second, leaders)
		}
	}
	// the alarm tells the emergency alone, an item its own matter: the
	// other matter is offered or filed on its own ("水管冻裂了 还有村东头的
	// 路灯也不亮" filed as the lamp's keeps the lamp's words, the pipe
	// offered), never held twice. A procedure question's item keeps the
	// question only ("低保怎么申请 还有村口路灯坏了": 「低保怎么申请」), its
	// answer read from it; the report beside it is on its own item or
	// the offer.
	rep.Text = second.kept
	if t.raised != nil {
		t.raised.text = second.kept
	}
	switch {
	case also != nil && typ == village.Approval:
		// the report first, the procedure's answer after it: the report
		// is the item the leader is asked to take on, and the photos sent
		// with the message are of it
		*rep, *also = *also, *rep
		rep.Images, also.Images = also.Images, nil
		rep.Hazard, also.Hazard = understand.Caution(t.hear(rep.Text)), village.HazardNone
	case also != nil && typ == village.General && also.Type == village.General &&
		strings.Index(t.text, second.other) < strings.Index(t.text, second.kept):
		// "水管冻裂了 还有村东头的路灯也不亮" read as the lamp's: both
		// numbered in the order told (two of one kind: their handlers alike)
		*rep, *also = *also, *rep
		rep.Images, also.Images = also.Images, nil
		rep.Hazard, also.Hazard = understand.Caution(t.hear(rep.Text)), understand.Caution(t.hear(also.Text))
	}
	return also, nil
}

// reportInOffice answers 上报 in a township chat, which files no
// reports: glued to other words unaddressed it is talk among officers;
// an officer asking for the items sent up gets his list; else he is told
// where reports are filed.
func (r *Router) reportInOffice(ctx context.Context, t *turn) error {
	// "上报县里的材料…" glued there is talk among officers.
	asks := t.addr || officerAsksList(t) // 「上报到镇里的有哪些」 unaddressed too (town102)
	if t.command.glued && !asks {
		return nil
	}
	if done, err := r.askedForMyList(ctx, t, asks); done {
		// "@网格小助手 上报到镇里的有哪些": the list, not a report
		return err
	}
	return r.reply(ctx, t, "report.office", nil)
}

// newReport is the report t files in grid g of village v, new and due to
// be accepted by the type's deadline. A procedure asked after is filed
// under 政策咨询, a quarrel read as none alone under 矛盾纠纷, a matter of
// no category under 其他; one told privately
// stays out of the group, unless it is an emergency, which the whole grid
// must hear.
func (r *Router) newReport(t *turn, v, g string, typ village.Type, reading village.Reading, text string, hazard village.Hazard, byModel bool, images []string) *village.Report {
	rep := &village.Report{
		Village: v, Grid: g, Chat: t.m.Chat, Type: typ, Category: reading.Category, Hazard: hazard,
		ByModel: byModel, Status: village.StatusNew, Text: text, Reporter: t.who.Name, CreatedAt: t.at,
		DueAt:   r.cfg.AcceptBy(typ, t.at),
		Source:  t.m.ID,
		Images:  images,
		History: []village.Entry{{At: t.at, By: t.who.Name, Action: village.ActCreate, To: village.StatusNew}},
	}
	switch {
	case typ == village.Approval && (rep.Category == "" || rep.Category == "其他" || reading.Type != village.Approval):
		// the category of a procedure asked after, whatever else the
		// words read as ("下水道堵了 还有高龄补贴咋领": 环境卫生)
		rep.Category = "政策咨询"
	case typ == village.Mediation && reading.Type != village.Mediation:
		// a quarrel filed as one whatever its words read alone (「老刘
		// 家的狗天天叫」 offered beside a quarrel, then 「1」): its category
		rep.Category = "矛盾纠纷"
	case rep.Category == "":
		rep.Category = "其他"
	}
	if t.where.Kind == words.InOffice {
		// an emergency told in a township chat: its grid's group hears it
		// (none when its place was not read)
		rep.Chat = r.groupOf(v, g)
	}
	if t.where.Kind == words.InPrivate {
		// A private report stays private unless it is an emergency, which
		// the whole grid must hear.
		rep.Chat = ""
		if typ == village.Emergency {
			rep.Chat = r.groupOf(v, g)
		}
	}
	return rep
}

// toldIn is where reporter told rep, filed by t, when that is not its
// group and he is no member of it (village.Report.ToldIn): an officer's
// emergency told in a township chat, or one told privately of a grid not
// his or of no grid. A worker's 代报 is for a villager of the group.
func toldIn(t *turn, rep *village.Report, reporter village.Person) string {
	if t.forWhom != nil || rep.Grid != "" && reporter.InGroupOf(rep.Village, rep.Grid) {
		return ""
	}
	switch t.where.Kind {
	case words.InOffice:
		return t.m.Chat
	case words.InPrivate:
		return village.ToldPrivately
	}
	return ""
}

// reportHandlers are who handle a new report of type typ in village v:
// the grid's leaders, and for a dispute the village's mediators not named
// in it (text); mediators are those of them who are no leader, told on
// their own. A leader who is a party to the dispute (partyLeader; side is
// the reporter's household) steps aside when a mediator who is no party
// handles it: aside are those leaders, and handlers and mediators are
// then without them. A nil side (a leader's own 上报) keeps every leader.
func (r *Router) reportHandlers(v string, typ village.Type, text string, side func(village.Person) bool, leaders []village.Person) (handlers, mediators, aside []village.Person) {
	handlers = leaders
	if typ == village.Mediation {
		all := words.Unnamed(r.mediators(v), text)
		aside = slices.DeleteFunc(slices.Clone(leaders), func(l village.Person) bool { return side == nil || !r.partyLeader(l, text, side) })
		if rest := words.PeopleBut(all, aside); len(aside) > 0 && len(rest) > 0 {
			leaders, all = words.PeopleBut(leaders, aside), rest
		} else {
			aside = nil // no mediator but him: he handles it, as ever
		}
		handlers = append(slices.Clone(leaders), all...)
		for _, m := range all { // a leader who mediates is told once, as the leader
			if !slices.ContainsFunc(leaders, func(l village.Person) bool { return l.Key() == m.Key() }) {
				mediators = append(mediators, m)
			}
		}
	}
	return handlers, mediators, aside
}

// partyStays is, for a dispute of typ a grid leader of leaders is a
// party to (partyLeader; side is the reporter's household) who handles
// it all the same, no mediator who is no party being there
// (reportHandlers), whom of his household it names (Kin) and him
// (Leader); nil otherwise.
func (r *Router) partyStays(typ village.Type, text string, side func(village.Person) bool, leaders []village.Person) map[string]string {
	if typ != village.Mediation {
		return nil
	}
	for _, l := range leaders {
		if r.partyLeader(l, text, side) {
			return map[string]string{"Kin": r.namedKin(l, text), "Leader": l.Name}
		}
	}
	return nil
}

// partyHandlers are rep's grid leaders who handle rep, a dispute they are
// a party to (partyLeader): the township may 指派 it to a neutral one,
// who takes it from them (prepareAssign).
func (r *Router) partyHandlers(rep village.Report) []village.Person {
	if rep.Type != village.Mediation {
		return nil
	}
	return slices.DeleteFunc(r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader), func(l village.Person) bool {
		return !rep.HandledBy(l) || !r.partyLeader(l, rep.Text, rep.ReporterSide)
	})
}

// partyLeader reports whether grid leader l is a party to the dispute
// text tells: it names him or one of his roster household, or its
// reporter is of his household (side).
func (r *Router) partyLeader(l village.Person, text string, side func(village.Person) bool) bool {
	return side(l) || r.namedKin(l, text) != ""
}

// namedKin is whom of l's roster household (l too) text names, or "".
func (r *Router) namedKin(l village.Person, text string) string {
	if strings.Contains(text, l.Name) {
		return l.Name
	}
	for _, p := range r.people.All() {
		if l.Household != "" && p.Village == l.Village && p.Household == l.Household && utf8.RuneCountInString(p.Name) > 1 && strings.Contains(text, p.Name) {
			return p.Name
		}
	}
	return ""
}

// mediatedFor are who handle rep, a dispute its grid leader p is a party
// to and stepped aside from (reportHandlers): he does not take it on
// himself. None when he may.
func (r *Router) mediatedFor(p village.Person, rep village.Report) []string {
	if rep.Type != village.Mediation || rep.HandledBy(p) || len(rep.Handlers) == 0 ||
		!p.Covers(village.RoleLeader, rep.Village, rep.Grid) || !r.partyLeader(p, rep.Text, rep.ReporterSide) {
		return nil
	}
	return rep.Handlers
}

// violence marks in data (emergency.violence) an emergency of violence
// under way: a fight or a beating, no one steps in alone; 家暴 ("隔壁又在
// 打老婆 哭得厉害"): 110 first, then the township 妇联 for after, as a
// beating told later is told. Its alarm and every later reply with its
// steps (numberHint) say it.
func (r *Router) violence(t *turn, rep village.Report, data map[string]any) {
	if rep.Hazard == village.HazardCrime && understand.Violent(t.hear(rep.Text)) {
		data["Fight"] = true
		if understand.Abused(t.hear(rep.Text)) {
			data["Abuse"] = true
			r.namesFulian(data)
		}
	}
}

// emergencyPosts are what a new emergency sends, urgently: to the duty
// chat, which phones round whoever is nearest (the grid's leaders and
// workers but the reporter), and to the grid's group; one told privately
// is answered there too, and one told privately by someone of no grid is
// answered instead of a group.
func (r *Router) emergencyPosts(t *turn, rep *village.Report, reporter village.Person, leaders, workers []village.Person, data map[string]any) []bot.Outbound {
	responders := words.AppendNew(words.Names(leaders), words.Names(workers)...)
	data["Now"] = t.at // its times' year (clockIn)
	data["Responders"] = responders
	// what the scene needs beside its hazard's hint (a line down, lines
	// on fire, a crash, someone in the water, a scam under way): read as
	// the re-posts and a call note's alarm read it
	data["Scene"] = understand.SceneOf(t.hear(rep.Text), rep.Hazard)
	r.violence(t, *rep, data)
	// whoever is nearest goes: the duty chat phones round (the
	// reporter's number it has already)
	data["LeaderPeople"] = leaders
	data["WorkerPeople"] = slices.DeleteFunc(slices.Clone(workers), func(p village.Person) bool { return p.Key() == reporter.Key() })
	data["ReporterPhone"] = reporter.Phone
	switch t.where.Kind {
	case words.InOffice:
		// the group did not see it said: who told what
		data["Told"] = "镇里" + r.shown(reporter)
	case words.InPrivate:
		data["Told"] = r.shown(reporter)
		if rest, ok := words.KeepsMeOut(rep.Text); ok && rest != "" {
			// 「陈二家院墙快塌了 别说是我说的」: the group hears the
			// danger, not who told it, nor his asking (rep106); the
			// duty chat still has his name and number to call him
			data["Told"], data["Said"], data["Unnamed"] = "有村民", rest, true
		}
	}
	var missing []village.Missing
	if rep.Hazard == village.HazardMissing {
		// "王奶奶不见了": the duty chat has her number, household and who
		// looks after her; the group who looks after her, its cadres the
		// number privately (callerAsked: no villager's number in a group)
		missing = r.missingNamed(*rep, reporter)
		data["Missing"] = missing
	}
	// "王奶奶家的炭盆把被子烤着了": that household as the roster knows it
	// (who lives there, the phone of one without WeChat, its 家庭住址),
	// for whoever the duty chat phones or sends (alarm98), beside
	// the missing people's lines as words.HomeBesideMissing says
	if home, address, ok := words.AlarmHome(r.people, *rep, reporter, missing); ok {
		data["Home"], data["Address"] = home, address
	}
	// another village of the township named: whom to call there (alarm100)
	if e, ok := words.AlarmElsewhere(r.places, r.people, *rep); ok {
		data["Elsewhere"] = e
	}
	// 网格长刘建国 himself gone missing or hurt, or a worker who reported
	// it: the others are asked (village.AlarmAsk), he is not @-mentioned
	// 网格长李四 "我从梯子上摔下来了" (or 张三 of him "李四从梯子上摔下来了"): hurt, not asked to
	// organise his own rescue; the others are, he is told help comes
	ask := village.AskedOf(*rep, reporter, understand.HurtCadre(t.hear(rep.Text), reporter, leaders, workers), missing, leaders, workers)
	if ask.Set() && data["OnScene"] != true {
		data["Ask"], data["Responders"] = &ask, ask.Names()
	}
	told := bot.Outbound{To: rep.Chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.group", data)}
	if rep.Chat == "" { // said privately by someone of no grid: no group to alert, he hears back
		// and is asked where it is (locate), as in a township chat
		data["NoPlace"] = rep.Grid == ""
		told = r.back(t, r.textsFor(t).Render("report.emergency.nogrid", data))
		told.Priority = bot.Urgent
	}
	out := []bot.Outbound{
		{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.duty", data)},
		told,
	}
	if len(missing) > 0 && rep.Chat != "" {
		out = append(out, r.missingToCadres(rep, missing, ask.Without(leaders), ask.Without(workers), data)...)
	}
	if rep.Chat != "" && t.where.Kind == words.InPrivate {
		// told in private, he waits for an answer there, not in
		// the group
		back := r.back(t, r.textsFor(t).Render("report.emergency.private", data))
		back.Priority = bot.Urgent
		out = append(out, back)
	}
	if t.where.Kind == words.InOffice {
		// told in a township chat (townshipAlarm): the officer hears
		// where it was filed, or is asked which grid; in the duty chat
		// the alarm itself says so, unless he is to be asked
		data["Office"] = t.m.Chat != r.cfg.Township.EmergencyChat
		if rep.Chat == "" {
			data["NoPlace"] = true
			out = out[:1] // no group to alert: no reply to a private sender either
			out[0].Text = r.texts.Render("report.emergency.duty", data)
		}
		if rep.Chat == "" || data["Office"] == true {
			back := r.back(t, r.textsFor(t).Render("report.emergency.office", data))
			back.Priority = bot.Urgent
			out = append(out, back)
		}
	}
	return out
}

// offerOthers asks the sender, on last (the reply that filed one matter),
// about each other matter of his message: one confirm-back each, kept
// together, so that one "1" files each.
func (r *Router) offerOthers(t *turn, second *secondPart, last *bot.Outbound) error {
	var texts, where []string
	for _, o := range second.others() {
		// one question each, kept together: one "1" files each
		if err := r.ask(t, question{Kind: words.AskConfirm, Text: o.other, Type: o.reading.Type, Msg: t.m.ID}); err != nil {
			return err
		}
		texts = append(texts, words.ShortText(echo(t, o.other)))
		if o.unplaced {
			where = append(where, words.ShortText(echo(t, o.other)))
		}
	}
	last.Text += "\n" + r.texts.Render("report.second", map[string]any{"Texts": texts, "Where": where})
	return nil
}

// toldAtWake tells each leader privately of the items filed in the group
// at night (rep, and also when not nil), whose group post does not
// @-mention him (night.leaders): he hears of what waits for him when the
// quiet hours end (hold keeps it until then, and withdraws it if the item
// is settled before; the night's notes to him go as one), or
// nobody tells him before the evening digest. A
// procedure already answered waits for nobody.
func (r *Router) toldAtWake(rep, also *village.Report, leaders []village.Person, data, alsoData map[string]any) []bot.Outbound {
	var out []bot.Outbound
	for _, it := range []*village.Report{rep, also} {
		if it == nil || it.ProcedureAnswered() {
			continue
		}
		d := data
		if it == also {
			d = alsoData
		}
		for _, l := range leaders {
			out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal,
				Text: r.texts.Render("report.night.leader", d)})
		}
	}
	return out
}

// visitorsTold asks each of f's visitors (visitAsked) who is no leader
// told already, privately, to come to the home of who asked privately
// (appr106): the group's post @-ing them there is none.
func (r *Router) visitorsTold(t *turn, f *filing) []bot.Outbound {
	var out []bot.Outbound
	data := maps.Clone(f.data)
	data["Phone"] = t.who.Phone
	for _, p := range words.OthersThan(f.visitors, f.reporter) {
		if !slices.ContainsFunc(f.leaders, func(l village.Person) bool { return l.Key() == p.Key() }) {
			out = append(out, bot.Outbound{To: r.shown(p), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("report.private.visit", data)})
		}
	}
	return out
}

// toldPrivately tells the leaders privately of a report filed out of the
// group (and of also, filed with it), and the mediators of a dispute, who
// mediate it with the leader as they would one told in the group.
func (r *Router) toldPrivately(also *village.Report, leaders, mediators []village.Person, data, alsoData map[string]any) []bot.Outbound {
	var out []bot.Outbound
	for _, l := range leaders {
		mine := data
		if visitors, _ := data["Visitors"].([]string); slices.Contains(visitors, l.Name) {
			// the grid has no worker: the leader is asked to come
			// himself, not told he was asked (appr107)
			mine = maps.Clone(data)
			mine["Visitors"], mine["VisitSelf"] = slices.DeleteFunc(slices.Clone(visitors), func(n string) bool { return n == l.Name }), true
		}
		out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal,
			Text: r.texts.Render("report.private.leader", mine)})
		if also != nil {
			out = append(out, bot.Outbound{To: r.shown(l), Kind: bot.Private, Priority: bot.Normal,
				Text: r.texts.Render("report.private.leader", alsoData)})
		}
	}
	for _, m := range mediators { // they mediate it with the leader, as they would a dispute in the group
		out = append(out, bot.Outbound{To: r.shown(m), Kind: bot.Private, Priority: bot.Normal,
			Text: r.texts.Render("report.private.mediator", data)})
	}
	return out
}

// notify renders the lifecycle reply block for each audience and
// addresses it. A group report's reply goes back to the sender and to its
// group when the sender spoke elsewhere (township chat, private). A
// private report is never discussed in a group: the sender is answered
// privately, and its reporter (or the recorder who answers for him) and
// handlers are told privately. An emergency's changes also reach the duty
// chat, and a report that went up to the township reaches the office
// chat, so that those who were alerted hear how it ends.
func (r *Router) notify(t *turn, rep *village.Report, block string, data map[string]any) []bot.Outbound {
	s := &stepNews{r: r, t: t, rep: rep, block: block, data: data, last: rep.History[len(rep.History)-1]}
	senderTo := r.senderTo(t, rep)
	// a quarrel reopened not for the first time, whichever party said
	// so: 上报镇 is what its leader is offered
	data["FailedAgain"] = words.FailedAgain(rep, s.last)
	if s.last.Action == village.ActResolve && rep.Type == village.Mediation {
		// 「赔300元 三天内给」: every copy asks his 满意 as the 回访
		// will, once the day is over (med98, med99)
		names := village.NamesOf(r.people.All(), rep.Village)
		if due := words.PaymentDue(*rep, r.cfg.Location(), names); !due.IsZero() {
			data["Due"], data["DueLunar"] = due, words.DueLunar(*rep, due.In(r.cfg.Location()))
			// the 办结 named no day: the debtor's promised one (med109)
			data["DuePromised"] = words.PromisedDay(*rep, due, r.cfg.Location(), names)
		}
	}
	ask := r.askLater(t, rep, block, data, senderTo)
	var out []bot.Outbound
	switch {
	case rep.Private():
		out = r.notifyPrivately(t, s, senderTo)
	case words.Hushed(rep, s.last):
		out = r.hush(t, rep, s.render, s.update, data)
	case s.last.Aside:
		data["Aside"] = true
		out = r.aside(t, rep, ownCopy(t, rep, data, t.where.Kind == words.InPrivate, s.render, senderTo), data)
	default:
		out = append(out, r.back(t, ownCopy(t, rep, data, t.where.Kind == words.InPrivate, s.render, senderTo)))
		if t.m.Chat != rep.Chat && data["AskAside"] != true {
			// the group did not see who wrote it: say so (镇里孙七); the
			// answer to a question asked privately is not the group's
			data["Away"], data["Officer"] = true, t.who.Has(village.RoleOfficer)
			out = append(out, bot.Outbound{To: rep.Chat, Kind: bot.Group, Priority: bot.Normal, Text: s.render(words.ToGroup)})
			delete(data, "Away")
		}
	}
	out = r.notifyElsewhere(t, s, out)
	if p := newsPriority(rep); p != bot.Normal {
		for i := range out {
			out[i].Priority = p
		}
	}
	if ask {
		// the settling change's own posts are about none; this one is
		// about its report
		out = append(out, r.askInTheMorning(*rep))
	}
	return out
}

// askInTheMorning is the 满意 question of rep, resolved in quiet hours, to
// its reporter in its group, held until the night is over (hold: not
// urgent, an emergency's 办结 too), about rep so that his 满意 or 未解决 at
// night withdraws it (heldAbout).
func (r *Router) askInTheMorning(rep village.Report) bot.Outbound {
	return bot.Outbound{To: rep.Chat, Kind: bot.Group, Priority: bot.Normal, ForOthers: true, About: rep.ID,
		Text: r.groupTexts.Render("resolve.ask.later", &rep)}
}

// askLater reports whether the 满意 question of a 办结 said in quiet
// hours in rep's group goes to its reporter (or recorder) in the morning,
// a message of its own held until then (hold, bot.Outbound.ForOthers),
// rather than in the reply at night; it sets data's AskLater to when
// (「早上7点」) for the reply to say so. Not when he said it himself, nor
// when he said it was fixed already, nor when he told it elsewhere.
func (r *Router) askLater(t *turn, rep *village.Report, block string, data map[string]any, senderTo string) bool {
	if block != "resolve" || senderTo != words.ToGroup || rep.Private() || rep.ToldElsewhere() || data["Fixed"] != nil ||
		rep.ReportedBy(t.who) || rep.RecordedBy(t.who) || words.Hushed(rep, rep.History[len(rep.History)-1]) {
		return false
	}
	wake := r.wake(t)
	if wake == "" {
		return false
	}
	data["AskLater"] = wake
	return true
}

// stepNews is the news of one lifecycle step on rep (its last entry),
// as notify renders it: the reply block for each audience, and the
// update for those not addressed by it.
type stepNews struct {
	r          *Router
	t          *turn
	rep        *village.Report
	block      string
	data       map[string]any
	last       village.Entry
	updateText string // update's, once rendered
}

// render renders the reply block for the audience to.
func (s *stepNews) render(to string) string {
	r, t, rep, data := s.r, s.t, s.rep, s.data
	data["To"] = to
	texts := r.texts
	if townshipView(t) {
		// the township's chats span villages, each with its #R1: the
		// reply names the item's (ref)
		texts = r.townTexts
	}
	if to == words.ToGroup {
		texts = r.groupTexts
		data["Mention"] = r.handlersInGroup(t.at, rep)
		if s.block == "reopen" {
			// a handler taking his own 办结 back (a villager told him
			// it is not done) is not @-asked to go on
			data["Mention"] = r.othersInGroup(t.at, rep, t.who)
			// the township's own item goes back to its holder, the
			// grid helping
			data["Town"] = rep.TownHolders(r.people.Lookup)
		}
		if rep.Type == village.Mediation {
			// whatever the step (an officer's 确认 taking it over with
			// a word on who agreed to what), a mediation's note is not
			// the group's: the notes that make the step are hushed
			// (hushed), the others are for 查
			note := data["Note"]
			defer func() { data["Note"] = note }()
			data["Note"] = ""
		}
	}
	return texts.Render(s.block, data)
}

// othersInGroup are rep's handlers in its group but who: the one who
// reopened it himself is not @-asked to go on.
func (r *Router) othersInGroup(at time.Time, rep *village.Report, who village.Person) []string {
	return slices.DeleteFunc(r.handlersInGroup(at, rep), func(n string) bool { return n == r.shown(who) || n == who.Name })
}

// update is what happened, for those not addressed by the reply block:
// rendered when needed, once.
func (s *stepNews) update() string {
	if s.updateText == "" {
		// .Answers: the officer whose question (镇里问) the step answers;
		// .ByHandler: a handler reopened it himself, no party said so
		data := map[string]any{"R": s.rep, "E": s.last, "FailedAgain": s.data["FailedAgain"], "Stuck": s.data["Stuck"], "Answers": s.data["Answers"], "Urged": s.data["Urged"],
			"ByHandler": s.last.Action == village.ActReopen && slices.Contains(s.rep.Handlers, s.last.By) && !s.rep.ReporterSide(s.t.who)}
		if s.last.Action == village.ActReject && s.rep.SentBack() {
			// the grid ends what the township sent back: whom the
			// township calls if it disagrees
			data["LeaderPeople"] = s.r.people.InGrid(s.rep.Village, s.rep.Grid, village.RoleLeader)
		}
		s.updateText = s.r.texts.Render("township.update", data)
	}
	return s.updateText
}

// senderTo is whom the sender's own chat is, of a step on rep: the group
// he spoke in, his private chat as the reporter, or others.
func (r *Router) senderTo(t *turn, rep *village.Report) string {
	switch {
	case t.where.Kind == words.InPrivate && (rep.ReportedBy(t.who) || rep.RecordedBy(t.who)):
		return words.ToReporter
	case t.where.Kind == words.InGrid && t.m.Chat == rep.Chat && !rep.Private():
		return words.ToGroup
	}
	return words.ToOthers
}

// notifyPrivately tells a step on a private report to the sender, and
// privately to its reporter (or recorder) and to its handlers who do not
// read it in the township's chat.
func (r *Router) notifyPrivately(t *turn, s *stepNews, senderTo string) []bot.Outbound {
	rep, data := s.rep, s.data
	if rep.ReportedBy(t.who) || rep.RecordedBy(t.who) {
		senderTo = words.ToReporter // answered privately even when he spoke in a group
	}
	out := r.privately(t, ownCopy(t, rep, data, true, s.render, senderTo)) // to him alone
	told := map[string]bool{r.shown(t.who): true}
	tell := func(to, text string) {
		if to != "" && !told[to] {
			told[to] = true
			out = append(out, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: text})
		}
	}
	if senderTo != words.ToReporter {
		// Filed for someone (代报): its recorder follows it for him.
		tell(cmp.Or(rep.Recorder, r.people.Address(rep.ReporterKey, rep.Reporter)), s.render(words.ToReporter))
	}
	inChat := r.readInChat(rep)
	assigned, _ := data["Assigned"].(map[string]string) // those 指派 named: what, where, whom to call, what next
	for _, h := range r.handlersReached(t.at, *rep) {
		// one away: who has his items meanwhile (rep107)
		if !slices.Contains(inChat, h) {
			tell(h, cmp.Or(assigned[h], s.update())) // not the sender: he has his answer
		}
	}
	return out
}

// notifyElsewhere adds to out the step's news for those who follow rep
// outside the chats out addresses: its reporter where he told it, and the
// township's chat it reached (the duty chat, the office).
func (r *Router) notifyElsewhere(t *turn, s *stepNews, out []bot.Outbound) []bot.Outbound {
	rep, last := s.rep, s.last
	// told in a township chat or privately, outside a group he is not
	// in, its reporter hears of it where he told it
	away, ask := "", ""
	if rep.ToldElsewhere() && !rep.Private() && !rep.ReportedBy(t.who) {
		ask = r.texts.Render("reporter.elsewhere", map[string]any{"R": rep, "E": last})
		switch {
		case rep.ToldIn == village.ToldPrivately:
			out = append(out, bot.Outbound{To: r.people.Address(rep.ReporterKey, rep.Reporter), Kind: bot.Private, Priority: bot.Normal, Text: s.render(words.ToReporter)})
		case rep.ToldIn != t.m.Chat:
			away = rep.ToldIn
		case len(out) > 0 && out[0].To == t.m.Chat:
			// the step was taken where he told it: he is asked there
			out[0].Text = words.JoinLines(out[0].Text, ask)
		}
	}
	// 上报镇 has its own message to the office
	chat := r.cfg.TownshipChat(rep)
	if chat == r.cfg.Township.OfficeChat && rep.Type != village.Emergency && s.data["Answers"] == nil && !words.OfficeHears(rep) {
		// 「好的 我盯着」 on an item that went up: kept on the item, not
		// posted to the office (officeHears)
		chat = ""
	}
	if chat != "" && t.m.Chat != chat && !(last.Action == village.ActEscalate && chat == r.cfg.Township.OfficeChat) {
		text := s.update()
		if chat == away {
			text, away = words.JoinLines(text, ask), ""
		}
		out = append(out, bot.Outbound{To: chat, Kind: bot.Group, Priority: bot.Normal, Text: text})
	}
	if back, ok := s.data["AskBack"].(string); ok && back != chat && back != t.m.Chat {
		// the answer to the township's question, where it was asked: also
		// when another township chat follows the item (town106: the
		// office's question about an emergency)
		text := s.update()
		if back == away {
			text, away = words.JoinLines(text, ask), ""
		}
		out = append(out, bot.Outbound{To: back, Kind: bot.Group, Priority: bot.Normal, Text: text})
	}
	if away != "" {
		out = append(out, bot.Outbound{To: away, Kind: bot.Group, Priority: bot.Normal, Text: words.JoinLines(s.update(), ask)})
	}
	return out
}

// newsPriority is the priority of the messages of a step on rep: an
// emergency's go at once, quiet hours or not (the duty chat and its
// group follow it at night), all of them, so that they keep their order;
// any other's to others wait for the morning then (hold).
func newsPriority(rep *village.Report) bot.Priority {
	if rep.Type == village.Emergency {
		return bot.Urgent
	}
	return bot.Normal
}

// secondPart is the other matter a message tells beside the one filed:
// the part kept for the item filed, the other part, and its reading.
type secondPart struct {
	kept, other string
	reading     village.Reading
	// unplaced is a public fault told beside a quarrel with no place
	// ("路灯也坏了", quarrelParts): its reporter is asked where.
	unplaced bool
	// more are the further matters of a message that lists three or more
	// (listedMatters), offered together with other, never filed unasked.
	more []secondPart
}

// others is s and the further matters it carries, in the message's order.
func (s *secondPart) others() []secondPart {
	return append([]secondPart{{kept: s.kept, other: s.other, reading: s.reading, unplaced: s.unplaced}}, s.more...)
}

// secondMatter is the part of text, split at its first alsoWords or at a
// procedure question glued on before or after (gluedQuestion), that tells
// another matter than the one filed (of type typ and category cat), with
// the part kept: each part read as a report, one of the filed kind and
// the other not, and no emergency (an emergency is filed as one, never
// offered); nil when there is none. Only a message with such a word or
// question is read again, each part once (Router.read).
func (r *Router) secondMatter(ctx context.Context, t *turn, text string, typ village.Type, cat string) *secondPart {
	if listed := r.listedMatters(ctx, t, text, typ, cat); listed != nil {
		return listed
	}
	head, tail, found := words.SplitAlso(text)
	if !found {
		if head, tail, found = r.gluedQuestion(t, text); !found {
			return nil
		}
	}
	if utf8.RuneCountInString(head) < 4 || utf8.RuneCountInString(tail) < 4 {
		return nil
	}
	hr, tr := r.procedureAsked(t, head, r.read(ctx, t, head)), r.procedureAsked(t, tail, r.read(ctx, t, tail))
	if hr.Intent != village.IntentReport || tr.Intent != village.IntentReport {
		return nil
	}
	filed := func(x village.Reading) bool {
		return x.Type == typ && (x.Category == cat || x.Category == "" || x.Category == "其他")
	}
	// read alike, the parts are two matters when each names things, none
	// of the other's nor its kin, and the second names where ("村口灯不亮
	// 了 还有三组桥头的护栏断了"; "…垃圾堆了好几天了 还有一股臭味" is one)
	switch {
	case filed(hr) && !filed(tr) && tr.Type != village.Emergency, filed(hr) && filed(tr) && len(words.SpotsIn(tail)) > 0 && words.OtherThings(t.hear(head), t.hear(tail)):
		return &secondPart{kept: head, other: tail, reading: tr}
	case filed(tr) && !filed(hr) && hr.Type != village.Emergency:
		// "水管冻裂了，低保年审需要什么材料" filed as the procedure: the
		// report before it is a matter of its own ("俺家房子裂了 危房改造
		// 咋报", naming the procedure, is not split: gluedQuestion)
		return &secondPart{kept: tail, other: head, reading: hr}
	}
	return nil
}

// listed reads a message that lists three matters or more ("路灯坏了，垃
// 圾没人收，还有水管漏水"): split at each alsoWords, and before the first
// of them at each pause too (listPieces), each piece read once; a piece
// that reads as a report of another type or category than the matter
// before it begins a new matter, any other piece (a detail, "晚上黑乎乎
// 的") belongs to the matter before it. The matters in the order told; nil
// when the message lists fewer than three, or one of them is an emergency
// (which goes alone).
func (r *Router) listed(ctx context.Context, t *turn, text string) []words.ListedMatter {
	pieces := words.ListPieces(text)
	if len(pieces) < 3 {
		return nil
	}
	type matter struct {
		from, to int // the matter's span of text
		reading  village.Reading
		told     bool // a piece of it reads as a report
	}
	var ms []matter
	for _, p := range pieces {
		part := text[p[0]:p[1]]
		x := r.procedureAsked(t, part, r.read(ctx, t, part))
		report := x.Intent == village.IntentReport && utf8.RuneCountInString(part) >= 4
		if report && x.Type == village.Emergency {
			return nil
		}
		if n := len(ms); n > 0 && (!report || !ms[n-1].told || x.Type == ms[n-1].reading.Type && x.Category == ms[n-1].reading.Category || words.WorryAfter(part)) {
			ms[n-1].to = p[1]
			if report && !ms[n-1].told {
				ms[n-1].reading, ms[n-1].told = x, true
			}
			continue
		}
		ms = append(ms, matter{from: p[0], to: p[1], reading: x, told: report})
	}
	if len(ms) < 3 {
		return nil
	}
	out := make([]words.ListedMatter, len(ms))
	for i, m := range ms {
		out[i] = words.ListedMatter{Text: text[m.from:m.to], Reading: m.reading}
	}
	return out
}

// listedMatters is the secondPart of a message that lists three matters
// or more (see listed): the first of the filed kind (typ, cat) kept, the
// others offered together, in order; nil when there is no such list or
// none of it is of the filed kind.
func (r *Router) listedMatters(ctx context.Context, t *turn, text string, typ village.Type, cat string) *secondPart {
	ms := r.listed(ctx, t, text)
	filed := slices.IndexFunc(ms, func(m words.ListedMatter) bool {
		return m.Reading.Type == typ && (m.Reading.Category == cat || m.Reading.Category == "" || m.Reading.Category == "其他")
	})
	if filed < 0 {
		return nil
	}
	var others []secondPart
	for i, m := range ms {
		if i != filed {
			others = append(others, secondPart{kept: ms[filed].Text, other: m.Text, reading: m.Reading})
		}
	}
	first := others[0]
	first.more = others[1:]
	return &first
}

// procedureAsked is x, the reading of part, or an approval matter when
// part asks after a procedure the knowledge base holds, whatever the
// reader made of it ("老年证在哪办" read as a mere question).
func (r *Router) procedureAsked(t *turn, part string, x village.Reading) village.Reading {
	if x.Type != village.Emergency && words.ContainsAnyOf(part, words.ProcedureAsks...) && r.procedure(t.hear(part)) != nil {
		x.Intent, x.Type, x.Category = village.IntentReport, village.Approval, "政策咨询"
	}
	return x
}

// filesBoth reports whether the second matter s of a message whose first
// is of type typ is filed with it rather than offered: a procedure
// question the knowledge base answers, told beside a report ("路灯坏了
// 另外问下办残疾证要带啥"), and a report told beside a procedure question
// that the rules would register on its own. Two reports, a dispute, or a
// report the rules are unsure of are offered, as a message read alone
// would be asked about.
func (r *Router) filesBoth(t *turn, typ village.Type, s *secondPart) bool {
	switch {
	case typ == village.Emergency || len(s.more) > 0:
		return false // the alarm goes alone; a list is offered together
	case s.reading.Type == village.Approval:
		return r.procedure(t.hear(s.other)) != nil
	case s.reading.Type != village.General:
		return false
	case t.kinFor == nil && t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid),
		t.forWhom != nil:
		// "村口灯不亮了 还有三组桥头的护栏断了" from the grid's leader,
		// or a 代报 of two for someone by him or a worker (proxy let
		// only the grid's cadres through): they file grid work as told;
		// asked 「1」 back, the 1 was read as news of the item just
		// filed (the leader takes both on: takeOwn)
		return true
	case typ == village.Approval, typ == village.Mediation:
		// a public matter beside a procedure question or a quarrel
		// (quarrelParts: never part of it) is filed as it would be told
		// alone
		return s.reading.Handling(t.addr || t.where.Kind == words.InPrivate, r.thresholds()) == village.HandleRegister
	}
	return false
}

// alsoFiled is the item filed for the second matter s beside rep, which
// it shares its reporter, chat and grid with; leaders handle it.
func (r *Router) alsoFiled(t *turn, rep *village.Report, s *secondPart, leaders []village.Person) *village.Report {
	also := *rep
	also.Text, also.Type, also.Category = s.other, s.reading.Type, cmp.Or(s.reading.Category, "其他")
	if also.Type == village.Approval && also.Category == "其他" {
		also.Category = "政策咨询"
	}
	also.Hazard, also.ByModel, also.Images = understand.Caution(t.hear(s.other)), false, nil
	if also.Type == village.Approval {
		also.Hazard = village.HazardNone
	}
	also.DueAt = r.cfg.AcceptBy(also.Type, t.at)
	also.History = slices.Clone(rep.History[:1])
	also.SetHandlers(leaders, r.shown)
	return &also
}

// filedText is the reply to filing rep, an item that is no emergency
// and no complaint of a cadre: an approval item tells the procedure the
// knowledge base holds for it (and waits for no 确认 then).
func (r *Router) filedText(t *turn, rep *village.Report, data map[string]any) string {
	block := "report." + string(rep.Type)
	// alsoData is a copy of the first item's
	delete(data, "Chase")
	delete(data, "ToldParts")
	delete(data, "Lacks")
	switch {
	case rep.Type == village.Approval && (t.unanswered || words.AsksOwnDone(t.hear(rep.Text)) && r.chaseProcedure(t.hear(rep.Text)) == nil):
		// a question nothing answered, or "我家该交的医保交了没": his
		// household's record, which no guide tells; its leaders are to
		// answer it (unanswered); how to look it up oneself, when the
		// knowledge base says
		if !t.unanswered && !words.ContainsAnyOf(rep.Text, words.DecidedAsks...) {
			if proc := r.procedure(t.hear(rep.Text)); proc != nil {
				data["Check"] = proc.Check
			}
		}
		t.unanswered = true
		r.deskData(t, rep, data)
		if on := r.farmLossWhere(t); on != nil {
			// "保险公司电话多少" just after the 报案 steps: where the
			// guide says to report, before the leader answers (appr94)
			data["AskedOn"] = on
		}
		return r.textsFor(t).Render("report.question", data)
	case rep.Type == village.Approval:
		if proc := r.chaseProcedure(t.hear(rep.Text)); proc != nil {
			// "都交材料一个月了 什么时候能批下来": he applied; the
			// leader chases the office, the item waits as any (answersAlone);
			// told privately, the leader's 【私信反映】 says so too
			data["Proc"], data["Chase"] = proc, true
			return r.textsFor(t).Render("report.approval.chase", data)
		}
		proc := r.procedure(t.hear(rep.Text))
		// "办低保要花钱不", "补身份证要多少钱": no fee amount, the note
		// that tells of fees (全程免费, 工本费20元), as a further question
		// hears it; was 「多少钱指南里没有写」 with the leader asked (appr112)
		feeNote := proc != nil && words.AmountAsked(rep.Text) && len(proc.AllAmounts()) == 0 && feeNoted(rep.Text, proc)
		if proc != nil && words.AmountAsked(rep.Text) && !feeNote {
			// "医保今年交多少钱": the amount first, as of its year; one
			// the guide lacks (or holds only paid the other way: see
			// amountsAsked) is the leader's to say, the guide's said for
			// what they are
			fit := amountsAsked(rep.Text, proc)
			data["Amount"], data["NoAmount"] = fit, len(fit) == 0
			if len(fit) == 0 {
				data["OtherWay"] = proc.AllAmounts()
				if len(proc.AllAmounts()) == 0 {
					// "住院花了三万多 医保报销能报多少": the line that says
					// how it is set (报销比例…以县医保局公布的为准), as a
					// further question hears it (partTold; appr96); not a
					// note beside an amount paid the other way
					data["AmountTold"] = amountLines(proc)
				}
				// "残疾证去哪办 一个月能领多少钱": the money is another
				// entry's, which names this one as its step (appr99)
				data["PaidBy"] = r.paidBy(rep.Text, proc)
			}
		}
		// "猪冻死了 保险公司电话多少": the guide, and that the number is
		// not in it, the leader asked (appr94)
		data["NoPhone"] = proc != nil && r.phoneUntold(rep.Text, proc)
		// "结婚登记民政局过年放假不": the office's days, which no guide
		// writes; the leader asked, the guide told meanwhile (appr103)
		data["NoHours"] = proc != nil && hoursUntold(rep.Text, proc)
		// "取暖补贴俺家能领不": who gets it, and his household's case
		// asked of the leader (appr103)
		mayGet := proc != nil && mayGetUntold(rep.Text, proc)
		data["MayGet"] = mayGet
		statusOnly := proc != nil && r.statusOnly(t.hear(rep.Text))
		if mayGet || statusOnly {
			// "俺家是低保户 能领取暖补贴不": whether his household is on
			// the list, and how to check it; "边缘户能领不": whether that
			// group gets it (appr111)
			if onList := onListUntold(rep.Text, proc); onList != "" || statusOnly {
				data["MayGet"], data["OnList"], data["OnListCheck"] = true, true, proc.Check
				data["OnListWho"] = words.WhoseCase(rep.Text) + "家"
			}
			data["GroupUnnamed"] = groupUnnamed(rep.Text, proc)
		}
		// "取暖补贴今年还发不发": whether it is paid this year, the
		// leader asked; when and to whom the guide says (appr105)
		news := proc != nil && newsUntold(rep.Text, proc)
		stopped := r.stoppedSteps(t.hear(rep.Text), proc)
		if len(stopped) > 0 {
			// "俺爹上个月走了 高龄补贴还发不": the guide says it stops
			// (appr111)
			news = false
		}
		data["NoNews"] = news
		if proc != nil {
			// "羊冻死了 协保员是谁": whose name the guide does not
			// write, the leader asked as for a phone (appr96)
			data["NoName"] = nameUntold(rep.Text, proc)
			if data["Amount"] == nil && data["NoAmount"] == nil {
				// no sum asked or told: the lines the question asks (below)
				if feeNote {
					data["Steps"], data["Parts"] = []string(nil), []string{"note"}
				} else if day, steps, parts := dayUntold(rep.Text, proc); day != "" {
					// "低保名单几号公示": the step that names it, the day the
					// leader's (appr110)
					data["Steps"], data["Parts"], data["NoDay"] = steps, parts, day
				} else if len(stopped) > 0 {
					data["Steps"], data["Parts"] = stopped, []string{"note"}
				} else if asked, lines := seasonUntold(rep.Text, proc); asked != "" {
					// "宅基地批下来了 冬天能开工不": the lines on 开工, whether
					// in winter the leader's to say (appr111)
					data["Steps"], data["Parts"], data["NoSeason"] = lines, []string(nil), asked
				} else if news {
					data["Steps"], data["Parts"] = newsLines(proc)
				} else if statusOnly {
					// "俺家是低保户 能领不": how his group's money is paid, and
					// what else the guide pays his group (appr111)
					data["Steps"], data["Parts"] = stepsSaying(proc, words.PaySays), []string(nil)
					data["GroupGets"] = r.groupGets(words.OwnGroupTold(rep.Text), proc)
				} else if mayGet || groupTold(rep.Text, proc) {
					// "低保户能领取暖补贴不": the lines of who gets it; his
					// own case asked, the leader too (appr110)
					data["Steps"], data["Parts"] = eligibleLines(proc)
					data["GroupTold"] = !mayGet
				} else if paid := doublePaidSteps(rep.Text, proc); len(paid) > 0 {
					// "医保交重复了 咋办": the step on a premium paid twice
					// (退费), not the whole way to pay (appr104)
					data["Steps"], data["Parts"], data["DoublePaid"] = paid, []string(nil), true
				} else {
					// "低保要带什么材料": the line asked, and how to hear the
					// rest, not the whole guide (appr97)
					parts := r.partsAskedFirst(rep.Text, proc)
					var steps []string
					if away, awayParts, remote := awayFirst(rep.Text, proc, parts); len(away)+len(awayParts) > 0 && data["Visitors"] == nil {
						// "俺在外地 高龄补贴认证能在手机上弄不": the steps that
						// say it is done from afar; none, who does it for
						// one away (appr108)
						steps, parts, data["PayWhere"] = away, awayParts, remote
					} else if len(parts) == 0 {
						// "低保要本人去吗": the lines that say who may go
						// for him (appr101)
						steps, parts = r.doingFirst(rep.Text, proc)
						if data["Visitors"] != nil {
							// "残疾证到期了 要换 能上门办不": 代办 lines say
							// another goes, nobody comes; the grid's worker,
							// asked to (appr105), handles it (visitAsked)
							steps, parts = linesSaying(proc, words.ForHimWords)
						}
					} else if slices.Contains(parts, "where") {
						// "医保在哪交都行吗": the steps that say where one
						// pays, beside the 去哪办 line (appr103)
						steps = payWhereSteps(rep.Text, proc)
						data["PayWhere"] = len(steps) > 0
					} else if slices.Contains(parts, "time") && words.PayoutWhenAsked(rep.Text) {
						// "危房改造的钱啥时候能到": the 时限, and the steps that
						// say when the money is paid (竣工验收合格后…; appr110)
						steps = stepsSaying(proc, words.PaySays)
					} else if slices.Contains(parts, "time") && words.HomeVisitAsked(rep.Text) {
						// "低保年审 上门的啥时候来": the 时限, and the steps that
						// say the office comes (appr110)
						steps = stepsSaying(proc, words.ComeOverSays)
					} else if slices.Contains(parts, "time") && words.AwayTold(rep.Text) {
						// "医保啥时候截止 我在外地打工腊月二十五才回来": the
						// deadline, and the steps that say it is done from
						// anywhere (微信, 支付宝, 手机; appr107)
						steps = stepsSaying(proc, words.PayChannelSays)
						data["PayWhere"] = len(steps) > 0
						if !data["PayWhere"].(bool) {
							// "低保年审啥时候截止 俺在外地打工": nothing done
							// from afar; who does it for him, and what the
							// guide says of one away (appr108)
							steps, parts = awayLines(proc, parts)
						}
					}
					data["Parts"], data["Steps"] = parts, steps
				}
			}
		}
		if proc != nil {
			// what the leader's note says he was told, and what of his
			// question waits for the leader's 答复 (appr98)
			data["ToldParts"], data["Lacks"] = toldForLeader(proc, data)
		}
		if err := r.farmLossFiled(t, rep); err != nil {
			r.log.Warn("farm loss memo", "err", err)
		}
		r.toldAlone(t, rep)
		// a few of the procedures the bot knows, as examples: all of them
		// bury the answer
		known := r.procedureNames()
		data["Proc"], data["Known"], data["More"] = proc, known[:min(len(known), 5)], len(known) > 5
		r.deskData(t, rep, data)
	case rep.Chat == "":
		block = "report.private"
	}
	return r.textsFor(t).Render(block, data)
}

// toldForLeader is what a leader's note on procedure question p, filed
// with data (filedText), says of it (appr98): the lines the villager was
// told (told: "材料", "去哪办", "时限" for the parts asked first, "去哪办"
// beside an amount the guide lacks, none for the whole guide), and what
// he asked that the guide does not write (lacks: "钱数", "电话", "协保员
// 的名字"), which waits for the leader's 答复. Both empty when the whole
// guide answered him.
func toldForLeader(p *config.Procedure, data map[string]any) (told []string, lacks string) {
	label := map[string]string{"materials": "材料", "where": "去哪办", "time": "时限", "check": "怎么自己查", "note": "提示"}
	parts, _ := data["Parts"].([]string)
	if steps, _ := data["Steps"].([]string); len(steps) > 0 && data["DoublePaid"] == true {
		told = append(told, "重复交了怎么退") // doublePaidSteps (appr104)
	} else if data["GroupTold"] == true {
		told = append(told, "发给谁、谁能申请") // a group asked in general (appr110)
	} else if len(steps) > 0 && data["PayWhere"] != true && data["MayGet"] != true && data["NoNews"] != true {
		told = append(told, "能不能代办") // doingFirst (appr101); pay steps are of 去哪办 (appr103)
	}
	for _, part := range parts {
		told = append(told, label[part])
	}
	name, _ := data["NoName"].(string)
	phone, _ := data["NoPhone"].(bool)
	day, _ := data["NoDay"].(string)
	switch {
	case day != "" && !phone && name == "":
		told, lacks = []string{"流程里的" + day}, "哪天"+day
	case data["NoSeason"] != nil && !phone && name == "":
		told, lacks = []string{"流程里写的"}, data["NoSeason"].(string) // appr111
	case data["NoHours"] == true && !phone && name == "":
		lacks = "上班时间"
	case data["NoNews"] == true && !phone && name == "":
		told, lacks = []string{"发给谁", "时限"}, "今年发不发"
	case data["MayGet"] == true && !phone && name == "":
		told, lacks = []string{"发给谁、谁能申请"}, "够不够条件"
		if data["OnList"] == true {
			lacks = "在不在名单里" // appr111
		} else if g, _ := data["GroupUnnamed"].(string); g != "" {
			lacks = g + "能不能领"
		}
	case data["NoAmount"] == true:
		told, lacks = nil, "钱数"
		if p.Where != "" {
			told = []string{label["where"]}
		}
	case name != "" && phone:
		lacks = name + "的名字和电话"
	case name != "":
		lacks = name + "的名字"
	case phone:
		lacks = "电话"
	}
	return told, lacks
}

// partsAskedFirst are the parts of p's guide (materials, where, time) a
// first question asks for alone ("低保要带什么材料", "残疾证去哪办", "宅基
// 地审批要多久"), in the guide's order: he hears those lines and how to
// ask for the rest. None when it asks how it is done (words.HowAsks: "低
// 保怎么申请 要带啥"), a phone or a name the guide lacks (the leader is
// asked, the whole guide told meanwhile), or no part p has a line for:
// that question hears the whole guide.
func (r *Router) partsAskedFirst(text string, p *config.Procedure) []string {
	if words.HowAsked(text) || r.phoneUntold(text, p) || nameUntold(text, p) != "" || hoursUntold(text, p) || words.ContainsAnyOf(text, words.ImpactAsks...) {
		// "补交还来得及不 看病报销受不受影响": what it bears on asked
		// beside, the whole guide (ask65)
		return nil
	}
	parts := slices.DeleteFunc(guideParts(text, p), func(part string) bool {
		if part == "note" && words.BackPayAsked(text) {
			return p.Note == "" // "断交了两年 还能补交不": the note that tells it (appr102)
		}
		return part != "materials" && part != "where" && part != "time" && part != "check" || !guideHolds(p, part)
	})
	if slices.Contains(parts, "time") && !slices.Contains(parts, "note") && words.ContainsAnyOf(p.Note, words.FasterSays...) {
		// "身份证丢了 腊月二十回来能办下来不": the 时限, and the note's
		// faster way (「急用可同时办临时身份证」; appr108)
		parts = append(parts, "note")
		slices.SortStableFunc(parts, func(a, b string) int { return words.GuidePartOrder(a) - words.GuidePartOrder(b) })
	}
	if len(parts) == 0 && (bringsListed(text, p) || unneededAsked(text, p, nil)) {
		// "结婚登记要带户口本不", "领结婚证要户口本吗 户口本在俺爸那":
		// the materials line that names it (appr108)
		parts = []string{"materials"}
	}
	return parts
}

// doingFirst are the steps and parts of p's guide that answer a first
// question whether he must go himself ("低保要本人去吗", "能代办不"): the
// lines that say who may go for him or come to him (guideDoing), as a
// further question hears them (appr98). None when it asks more than that
// (how it is done, a phone, a name) or no line of p says it: that
// question hears the whole guide.
func (r *Router) doingFirst(text string, p *config.Procedure) (steps, parts []string) {
	if !words.ForHimAsked(text) || !words.AsksYesNo(text) || words.ContainsAnyOf(text, words.HowAsks...) || r.phoneUntold(text, p) || nameUntold(text, p) != "" {
		return nil, nil
	}
	if steps, parts = guideDoing(text, p, nil); !forHimTold(p, steps, parts) {
		return nil, nil
	}
	return steps, parts
}

// awayFirst are the lines of p's guide that answer text, a first
// question of p asking no part of it (parts), when it asks whether it is
// done from afar (words.RemoteAsked: "俺在外地 高龄补贴认证能在手机上弄不"),
// or tells he is away and asks yes or no ("俺在外地打工 俺爸的低保年审能让
// 俺妈去办不"): the steps that say it is done on a phone or online
// (remote), else those for one away and who may do it for him
// (awayLines). None else (appr108).
func awayFirst(text string, p *config.Procedure, parts []string) (steps, awayParts []string, remote bool) {
	away := words.AwayTold(text) && words.AsksYesNo(text) && !words.HowAsked(text)
	// "在外地怎么交医保": how one away pays, the pay steps (appr110)
	if len(parts) > 0 || !words.RemoteAsked(text) && !away && !words.AwayPayAsked(text) {
		return nil, nil, false
	}
	if steps = stepsSaying(p, words.PayChannelSays); len(steps) > 0 {
		return steps, nil, true
	}
	if !away {
		return nil, nil, false
	}
	steps, awayParts = awayLines(p, nil)
	return steps, awayParts, false
}

// toldFirst are the parts of p's guide that the reply to text, a first
// question of it, told when it told less than the whole guide: an amount
// asked (its amount and where: report.approval), or the parts asked alone
// (partsAskedFirst). nil when it told the whole guide. A further question
// asking only for the rest is answered by the guide alone (restAsked).
func (r *Router) toldFirst(text string, p *config.Procedure) []string {
	if words.AmountAsked(text) {
		return []string{"amount", "where"}
	}
	if len(doublePaidSteps(text, p)) > 0 {
		return []string{"steps"} // its step on paying twice (appr104)
	}
	parts := r.partsAskedFirst(text, p)
	if steps, away, _ := awayFirst(text, p, parts); len(steps)+len(away) > 0 {
		return append(away, "steps") // what one away was told (appr108)
	}
	if parts != nil {
		return parts
	}
	if steps, parts := r.doingFirst(text, p); len(steps)+len(parts) > 0 {
		// what the first reply told: its parts, and that it told steps
		return append(slices.Clone(parts), "steps")
	}
	return nil
}

// toldAlone marks approval item rep as answered with its procedure
// (village.Report.ProcedureAnswered) when the knowledge base answers it
// alone: told the procedure, the villager prepares his materials, and
// the grid is not chased to accept it until he asks for help again
// (askedAgain), or the leader takes it on (确认). Whoever filed it, he
// or a worker from a call.
func (r *Router) toldAlone(t *turn, rep *village.Report) {
	if rep.Type == village.Approval && r.answersAlone(t.hear(rep.Text)) {
		rep.DueAt = time.Time{}
	}
}

// deskData puts in data where a procedure the guide does not hold is
// usually asked (config.ProcedureDesk: "退役军人优待证怎么办" → 镇退役军人
// 服务站; Desk, DeskPhone), and nothing when the guide holds it or no desk
// names it: whom to ask, never a rule or amount the guide lacks.
func (r *Router) deskData(t *turn, rep *village.Report, data map[string]any) {
	said := t.hear(rep.Text)
	if r.procedure(said) != nil {
		return
	}
	if d, ok := r.cfg.Desk(said.Canon); ok {
		data["Desk"], data["DeskPhone"] = d.Where, deskPhone(r.cfg.Township, &config.Procedure{Department: d.Department}, false)
		data["DeskAmount"] = deskAmount(rep.Text)
	}
}

// deskAmount is which way the amount a question of a desk's matter asks
// goes ("房子拆迁的话 能补多少钱": out; "健康证办一个要交多少钱": in; any),
// or "" when it asks none: he asked how much, not what it takes, and
// hears that the desk says that (texts.tmpl desk.amount; und89).
func deskAmount(text string) string {
	if !words.AmountAsked(text) {
		return ""
	}
	// "征地补偿标准是多少": compensation is paid out
	switch in, out := words.ContainsAnyOf(text, words.PayInWords...), words.ContainsAnyOf(text, words.PayOutWords...) || words.ContainsAnyOf(text, "补偿", "赔偿"); {
	case out && !in:
		return "out"
	case in && !out:
		return "in"
	}
	return "any"
}

// chaseProcedure is the procedure said asks after as one who applied already
// (understand.Chases), or nil: the leader is to chase the office.
func (r *Router) chaseProcedure(said understand.Said) *config.Procedure {
	if !understand.Chases(said) {
		return nil
	}
	return r.procedure(said)
}

// answersAlone reports whether the knowledge base answers the procedure
// question text by itself: it holds the procedure, and its amount when
// the question asks one. Otherwise a grid cadre is to answer it, as he is
// to chase the office for one who applied already (understand.Chases).
func (r *Router) answersAlone(said understand.Said) bool {
	proc := r.procedure(said)
	return proc != nil && r.chaseProcedure(said) == nil && (!words.AmountAsked(said.Raw) || len(amountsAsked(said.Raw, proc)) > 0) &&
		!r.phoneUntold(said.Raw, proc) && nameUntold(said.Raw, proc) == "" && !hoursUntold(said.Raw, proc) && !mayGetUntold(said.Raw, proc) && (!newsUntold(said.Raw, proc) || len(r.stoppedSteps(said, proc)) > 0) &&
		!visitUntold(said.Raw, proc) && !dayUntoldOf(said.Raw, proc) && !r.statusOnly(said) && !seasonUntoldOf(said.Raw, proc)
}

// seasonUntoldOf reports whether text asks whether a step of proc may be
// done at a time of the year, which its guide does not say (seasonUntold).
func seasonUntoldOf(text string, proc *config.Procedure) bool {
	asked, _ := seasonUntold(text, proc)
	return asked != ""
}

// dayUntoldOf reports whether text asks a day of proc's steps that its
// guide does not give (dayUntold).
func dayUntoldOf(text string, proc *config.Procedure) bool {
	day, _, _ := dayUntold(text, proc)
	return day != ""
}

// visitAsked makes the grid's visitors (visitorsOf) handlers of f's
// procedure question when it asks whether someone comes to his home and
// the guide says nobody does (visitUntold: "低保年审能上门办不 我腿脚不好"):
// they are to come, in the group or privately, and 「查」 names them; the
// item waits for them as any the guide does not answer (answersAlone).
// Its data's Visitors are their names (appr106).
func (r *Router) visitAsked(t *turn, f *filing) {
	said := t.hear(f.rep.Text)
	if f.typ != village.Approval || f.aboutCadre || r.chaseProcedure(said) != nil {
		return
	}
	if proc := r.procedure(said); proc == nil || !visitUntold(f.rep.Text, proc) {
		return
	}
	f.visitors = r.visitorsOf(f.v, f.g, t.who)
	for _, p := range f.visitors {
		f.rep.AddHandler(p, r.shown(p))
	}
	f.data["Visitors"] = words.Names(f.visitors)
}

// nameUntold is the role whose person text asks the name of ("协保员是
// 谁": understand.NameAsked) when proc's guide does not name him: no
// line that says the role gives a number with it, as a guide that names
// its contact does ("协保员王五 13912345678"). "" when text asks no name
// or the guide gives it. The leader is to say it, as a phone the guide
// lacks (appr96).
func nameUntold(text string, proc *config.Procedure) string {
	whom, ok := understand.NameAsked(text)
	if !ok {
		return ""
	}
	if slices.ContainsFunc(slices.Concat(proc.Steps, proc.Materials, []string{proc.Where, proc.TimeLimit, proc.Note}), func(l string) bool {
		return strings.Contains(l, whom) && words.HoldsPhone(l)
	}) {
		return ""
	}
	return whom
}

// phoneUntold reports whether text asks a phone number ("保险公司电话多
// 少", "打哪个电话") of proc, whose guide tells none: no phone of its
// department (deskPhone) and no number written in its lines. The
// leader is to say it, as an amount the guide lacks (appr94).
func (r *Router) phoneUntold(text string, proc *config.Procedure) bool {
	if !words.ContainsAnyOf(text, words.PhoneAsks...) || deskPhone(r.cfg.Township, proc, false) != "" {
		return false
	}
	return !slices.ContainsFunc(slices.Concat(proc.Steps, proc.Materials, []string{proc.Where, proc.TimeLimit, proc.Note}), words.HoldsPhone)
}

// gluedQuestion splits text before a last clause, set off by a space or
// punctuation, that asks after a procedure the bot knows which the part
// before does not name: "老石摔了下不了床你们能不能来看看 怎么申请残疾证";
// or after a first such clause, the rest naming none ("低保年审需要什么
// 材料 俺家水管冻裂了"); or, said in one breath, before the procedure's
// name (runOnQuestion).
// A question about the problem told ("路灯坏了 怎么办", "啥时候来修")
// names no procedure and is not split off.
func (r *Router) gluedQuestion(t *turn, text string) (head, tail string, ok bool) {
	if !words.ContainsAnyOf(text, words.ProcedureAsks...) {
		return "", "", false
	}
	// from the last cut back: the shortest question naming a procedure
	for i := strings.LastIndexAny(text, words.ClauseCuts); i > 0; i = strings.LastIndexAny(text[:i], words.ClauseCuts) {
		head = strings.TrimRight(text[:i], words.ClauseCuts)
		tail = strings.TrimLeft(text[i:], words.ClauseCuts)
		if tail == "" || !words.ContainsAnyOf(tail, words.ProcedureAsks...) || r.procedure(t.hear(tail)) == nil {
			continue
		}
		if head == "" || r.procedure(t.hear(head)) != nil {
			return "", "", false
		}
		return head, tail, true
	}
	// the question first, then the report: "低保年审需要什么材料 俺家水管
	// 冻裂了"; from the first cut on, the shortest question naming a
	// procedure that the rest does not name
	for i, c := range text {
		if i == 0 || !strings.ContainsRune(words.ClauseCuts, c) {
			continue
		}
		head = strings.TrimRight(text[:i], words.ClauseCuts)
		if !words.ContainsAnyOf(head, words.ProcedureAsks...) || r.procedure(t.hear(head)) == nil {
			continue
		}
		tail = strings.TrimLeft(text[i:], words.ClauseCuts)
		if tail == "" || r.procedure(t.hear(tail)) != nil {
			return "", "", false
		}
		return head, tail, true
	}
	return r.runOnQuestion(t, text)
}

// runOnQuestion splits text said in one breath, as voice input writes it:
// before the name of the procedure its end asks after, when the part
// before names none ("俺家自来水管子冻裂了水哗哗的流低保年审要啥材料", a
// typo of the name too: "低包"); or, the question first, where the
// report after it starts (reportStarts: "低保年审要啥材料俺家水管冻裂了").
func (r *Router) runOnQuestion(t *turn, text string) (head, tail string, ok bool) {
	p := r.procedure(t.hear(text))
	if p == nil {
		return "", "", false
	}
	at := procedureAt(t.hear(text), p)
	if at > 0 {
		head, tail = strings.TrimRight(text[:at], words.ClauseCuts), text[at:]
		if head != "" && words.ContainsAnyOf(tail, words.ProcedureAsks...) && r.procedure(t.hear(head)) == nil {
			return head, tail, true
		}
	}
	// the question first: after its ask word, where a report starts
	ask := len(text)
	for _, w := range words.ProcedureAsks {
		if i := strings.Index(text, w); i >= 0 && i+len(w) < ask {
			ask = i + len(w)
		}
	}
	for _, w := range words.ReportStarts {
		if i := strings.Index(text[min(ask, len(text)):], w); i >= 0 {
			head, tail = text[:ask+i], text[ask+i:]
			if r.procedure(t.hear(head)) == p && r.procedure(t.hear(tail)) == nil {
				return head, tail, true
			}
		}
	}
	return "", "", false
}

// procedureAt is the byte index in said's text of the first name or
// keyword of p, found as typed or through its typos and dialect folded
// (understand.Canon); -1 when none is found.
func procedureAt(said understand.Said, p *config.Procedure) int {
	text, canon := said.Raw, said.Canon
	for _, t := range []string{text, canon} {
		at := -1
		for _, k := range append([]string{p.Name}, p.Keywords...) {
			if i := strings.Index(t, k); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
		if at < 0 {
			continue
		}
		if t == text {
			return at
		}
		// where the words before it, folded, are what comes before it
		for k := range text {
			if c := understand.Canon(text[:k]); k > 0 && c == canon[:at] {
				return k
			} else if len(c) > at+16 {
				break // past it: folding a word never shortens it that much
			}
		}
	}
	return -1
}

// aside tells a 未解决 that the reporter said privately of an item filed
// in a group, with words of his (Entry.Aside): he has his answer (mine),
// its handlers get his words privately, and the group, which follows the
// item, hears the step without them and without an @: a villager who
// would not say in front of his neighbours that the leader's work did
// not hold, nor what he thinks of it, is not quoted there.
func (r *Router) aside(t *turn, rep *village.Report, mine string, data map[string]any) []bot.Outbound {
	out := []bot.Outbound{r.back(t, mine),
		{To: rep.Chat, Kind: bot.Group, Priority: bot.Normal, Text: r.groupTexts.Render("aside.group", data)}}
	for _, h := range r.handlersReached(t.at, *rep) {
		if h != r.shown(t.who) {
			out = append(out, bot.Outbound{To: h, Kind: bot.Private, Priority: bot.Normal, Text: r.textsTo(rep.Village, h).Render("aside.handler", data)})
		}
	}
	return out
}

// readInChat are rep's handlers who read its updates in the township's
// chat (notify sends them there, or the step was taken there): the
// officers among them, when it has one; not to be told a second copy in
// private.
func (r *Router) readInChat(rep *village.Report) []string {
	if r.cfg.TownshipChat(rep) == "" {
		return nil
	}
	return rep.Officers(r.people.Lookup)
}

// ownCopy renders (render) the sender of t's own copy of a lifecycle step
// on rep for audience to, with data; self when it is told to him alone,
// privately, where a step read from his words is "按您说的", not "按张三的
// 话", and where, when he handles rep (Handles) or leads its grid
// (Leads), the 负责人 or 网格长 the reply points to is 您.
func ownCopy(t *turn, rep *village.Report, data map[string]any, self bool, render func(to string) string, to string) string {
	data["Self"] = self
	data["Handles"] = self && rep.HandledBy(t.who)
	data["Leads"] = self && t.who.Covers(village.RoleLeader, rep.Village, rep.Grid)
	defer func() { delete(data, "Self"); delete(data, "Handles"); delete(data, "Leads") }()
	return render(to)
}

// hush tells a mediation's note to those who may read it, each privately:
// the sender, its parties (the reporter, or the recorder who answers for
// him; its followers; the villagers its text names), its handlers. The
// group hears one line without the note, with the @mentions the step
// needs. A party without WeChat hears it through his grid worker
// (reach.Guard); the sender is told whom the bot wrote to, so that he can
// tell in person one who is not the bot's WeChat friend.
func (r *Router) hush(t *turn, rep *village.Report, render func(to string) string, update func() string, data map[string]any) []bot.Outbound {
	senderTo := words.ToOthers
	act := rep.History[len(rep.History)-1].Action
	switch {
	case rep.ReportedBy(t.who) || rep.RecordedBy(t.who):
		senderTo = words.ToReporter
	case act == village.ActReopen && r.partyTo(t.who, *rep):
		// the other side said it is not settled: he hears what comes
		// next, the reporter hears it from him (below)
		senderTo = words.ToParty
	}
	data["Act"] = string(act)
	// rendered before Away: he knows who wrote it; told him privately
	// (toSender), or where he said it, privately or in a township chat
	mine := ownCopy(t, rep, data, t.where.Kind != words.InOffice, render, senderTo)
	// the others did not see who wrote it: say so (镇里孙七)
	data["Away"], data["Officer"] = true, t.who.Has(village.RoleOfficer)
	defer delete(data, "Away")
	var told []bot.Outbound
	sent := map[string]bool{r.shown(t.who): true}
	var parties []string
	tell := func(to, text string, party bool) {
		if to != "" && !sent[to] {
			sent[to] = true
			told = append(told, bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: text})
			if party {
				parties = append(parties, to)
			}
		}
	}
	party := r.texts.Render("mediation.party", data)
	if senderTo == words.ToParty {
		tell(cmp.Or(rep.Recorder, r.people.Address(rep.ReporterKey, rep.Reporter)), party, true)
	} else if rep.Recorder != "" {
		// the worker who recorded it asks the villager: the step as
		// for its reporter's side, worded for him to pass on
		tell(rep.Recorder, render(words.ToReporter), true)
	} else {
		// the reporter reads the step as the other side does (one
		// wording for both parties), with what he alone is asked
		data["To"], data["ForReporter"] = words.ToReporter, true
		tell(r.people.Address(rep.ReporterKey, rep.Reporter), r.texts.Render("mediation.party", data), true)
		delete(data, "ForReporter")
	}
	creditors := r.creditorsTold(rep, act)
	for i, f := range rep.Followers {
		if due, ok := creditors[i]; ok {
			// another creditor of the debtor: his own sum's day, and
			// that the 回访 asks him too (med102)
			data["Creditor"], data["CreditorDue"] = true, due
			data["CreditorDueLunar"] = words.DueLunar(*rep, due.In(r.cfg.Location()))
			tell(f, r.texts.Render("mediation.party", data), true)
			delete(data, "Creditor")
			continue
		}
		tell(f, party, true)
	}
	for _, p := range r.partiesNamed(rep) {
		if p.UsesWeChat {
			tell(r.shown(p), party, true)
			continue
		}
		// read out to him by his grid worker (reach.Guard): no 私信, no 查
		data["Offline"] = true
		tell(r.shown(p), r.texts.Render("mediation.party", data), true)
		delete(data, "Offline")
	}
	inChat := r.readInChat(rep)
	for _, h := range r.handlersReached(t.at, *rep) {
		if !slices.Contains(inChat, h) {
			tell(h, update(), false)
		}
	}
	data["Told"], data["Party"], data["Wake"] = parties, senderTo != words.ToOthers, r.wake(t)
	// written in the group, the particulars were read there already: he
	// is told privately, where it helps (a note of what was agreed or
	// said, not a plan to go: planned), that a private message keeps them
	// out of the group; the group itself hears no lesson
	note, _ := data["Note"].(string)
	data["Hint"] = t.m.Chat == rep.Chat && note != "" && !understand.Planned(note, t.at) && !(act == village.ActPause && words.OnlyWaits(note, t.at))
	mine += "\n" + r.texts.Render("mediation.told", data)
	var out []bot.Outbound
	if t.where.Kind == words.InGrid {
		out = append(out, r.toSender(t, mine))
	} else {
		out = append(out, r.back(t, mine))
	}
	if data["Here"] = t.m.Chat == rep.Chat; data["Here"] == true {
		delete(data, "Away") // the group saw him write it
	}
	data["Mention"] = r.handlersInGroup(t.at, rep)
	if act == village.ActReopen {
		// a handler reopening it himself is not @-asked to go on
		data["Mention"] = r.othersInGroup(t.at, rep, t.who)
	}
	data["GroupLine"] = true
	out = append(out, bot.Outbound{To: rep.Chat, Kind: bot.Group, Priority: bot.Normal, Text: r.groupTexts.Render("mediation.group", data)})
	delete(data, "GroupLine")
	return append(out, told...)
}

// partiesNamed are the villagers of rep's village its text names (the
// other party of a quarrel filed in the group: "陈二家的牛把我家玉米踩
// 了"), as Router.namedIn lets them follow it. A report told in private
// names no party to be told, nor does a name several villagers share
// (which of them is meant is not known), nor a one-character name.
func (r *Router) partiesNamed(rep *village.Report) []village.Person {
	if rep.Private() {
		return nil
	}
	count := map[string]int{}
	var named []village.Person
	for _, p := range r.people.All() {
		if p.Village != rep.Village || utf8.RuneCountInString(p.Name) < 2 || !strings.Contains(rep.Text, p.Name) {
			continue
		}
		if count[p.Name]++; count[p.Name] == 1 {
			named = append(named, p)
		}
	}
	return slices.DeleteFunc(named, func(p village.Person) bool { return count[p.Name] > 1 })
}

// handlersInGroup are rep's handlers who are in its grid's group, to be
// @mentioned there; a township officer who took it over is not (he hears
// in the office chat). A handler not on the roster is kept.
func (r *Router) handlersInGroup(at time.Time, rep *village.Report) []string {
	in, _ := rep.HandlersByGroup(r.people.Lookup)
	return r.reached(at, *rep, in) // one away: who has his items (rep107)
}

// privately answers the sender in private; asked in a grid group, the
// group only hears that the answer went to him privately; asked in a
// township chat, whose officers read every item, there.
func (r *Router) privately(t *turn, text string) []bot.Outbound {
	if t.where.Kind == words.InPrivate || t.where.Kind == words.InOffice {
		// the township's officers read every item, in their own chats
		return []bot.Outbound{r.back(t, text)}
	}
	moved := r.texts.Render("private.moved", map[string]string{"Name": t.who.Name})
	if w, ok := r.guard.PassesOn(r.shown(t.who)); ok {
		// the bot cannot write to him: his grid worker gets it
		moved = r.texts.Render("private.passed", map[string]string{"Name": t.who.Name, "Worker": w.Titled()})
	}
	return []bot.Outbound{r.toSender(t, text), r.back(t, moved)}
}

func (r *Router) groupOf(v, g string) string {
	for _, vc := range r.cfg.Villages {
		for _, gc := range vc.Grids {
			if vc.Name == v && gc.Name == g {
				return gc.Group
			}
		}
	}
	return ""
}

// mediators are the people of village v's config mediators, who join
// every mediation item there.
func (r *Router) mediators(v string) []village.Person {
	var out []village.Person
	for _, vc := range r.cfg.Villages {
		if vc.Name != v {
			continue
		}
		for _, name := range vc.Mediators {
			p, err := r.people.Lookup(v, name)
			if err != nil {
				// app.Open refuses such a config; a Router built another way may not.
				r.log.Warn("mediator not in the roster", "village", v, "name", name, "err", err)
				continue
			}
			out = append(out, p)
		}
	}
	return out
}

// procedure finds the knowledge-base entry whose keyword appears in said,
// preferring the longest keyword. A text about renewing or replacing a
// certificate (残疾证过期了, 身份证丢了) prefers the entry for that — one
// whose name says 补办/换领/换证 — to the first application, and finds it
// by its subject alone (残疾证快到期了 → 残疾证换领).
func (r *Router) procedure(said understand.Said) *config.Procedure {
	return r.procedureBy(said, true)
}

// procedureBy is procedure, with a question of money paid out moved to
// the narrower entry that pays it (paidOutNarrower) when paidOut holds;
// without, the entry its scheme's words name ("医保能报多少": 城乡居民医保).
func (r *Router) procedureBy(said understand.Said, paidOut bool) *config.Procedure {
	best, bestKey := r.procedureSaid(said)
	if blanked, ok := statusBlanked(said, bestKey); ok {
		// "俺家是低保户 能领烤火费不": his household's group names no
		// procedure he asks of (appr111)
		if other, key := r.procedureSaid(blanked); other != nil {
			best, bestKey = other, key
		}
	}
	if best != nil && perkOutside(said, best) {
		// "俺家是低保户 过年有慰问金吗": a festival's gift, the village's
		// to decide, which 低保户 only says whose; no guide (appr112)
		return nil
	}
	if best != nil && !r.deskNarrower(said, bestKey) {
		if best = r.narrower(said, best, bestKey); paidOut {
			best = r.paidOutNarrower(said, best)
		}
		return r.afterDeath(said, best)
	}
	if best == nil && understand.FarmLossAsked(said.Raw) {
		// "羊圈里冻死了三只羊 这种有没有补助": the guide's farm insurance
		// entry, found by its name as aidAsked finds 救助's (appr90)
		return r.procedureNamed(farmInsurance)
	}
	if best == nil && understand.PaperAsked(said.Raw) {
		// "在外面打工的要开个啥证明不": the guide's entry for papers the
		// village issues, found by its keyword (appr103)
		return r.procedureNamed(issuedPaper)
	}
	return nil
}

// procedureSaid is the knowledge-base entry whose keyword said holds,
// the longest, a renewal's first when said asks a renewal (procedure),
// and the keyword found. A paper said as what he uses or brings ("用医保
// 卡看病能报多少", "要带医保卡吗": words.PaperUsed) is not what he asks
// about while another keyword names an entry: "医保卡在哪领" asks the
// card's entry, "用医保卡看病能报多少" the 医保 it pays by (appr98), and
// "用残疾证能免费坐车吗", a paper used being all it names, the paper's.
// One scan finds both (most messages name no entry, and this runs on
// every free-text message). A paper's number or a paper brought
// ("身份证号填错了", "要带身份证不": words.PaperAside) names no entry.
func (r *Router) procedureSaid(said understand.Said) (*config.Procedure, string) {
	var asked, named procedurePick
	// as typed, and with typos and dialect folded ("低包怎么办理")
	for _, t := range []string{said.Raw, said.Canon} {
		renewing := words.ContainsAnyOf(t, words.RenewalCues...)
		for i := range r.cfg.Procedures {
			p := &r.cfg.Procedures[i]
			subject, isRenewal := words.RenewalSubject(p.Name)
			preferred := renewing && isRenewal
			consider := func(k string) {
				if !strings.Contains(t, k) || words.PaperAside(t, k) {
					return
				}
				named.offer(p, k, preferred)
				if !words.PaperUsed(t, k) {
					asked.offer(p, k, preferred)
				}
			}
			consider(p.Name)
			for _, k := range p.Keywords {
				consider(k)
			}
			if preferred {
				consider(subject)
			}
		}
	}
	if asked.p != nil {
		return asked.p, asked.key
	}
	return named.p, named.key
}

// procedurePick is the best entry procedureSaid has seen so far: a
// renewal's when asked for, else the longest keyword's.
type procedurePick struct {
	p         *config.Procedure
	key       string
	preferred bool
}

func (b *procedurePick) offer(p *config.Procedure, k string, preferred bool) {
	if preferred && !b.preferred || preferred == b.preferred && len(k) > len(b.key) {
		*b = procedurePick{p: p, key: k, preferred: preferred}
	}
}

// afterDeath is the guide's entry for what is done after a death (named
// by deathEntry) when said tells a relative died (words.DeathTold) and
// asks of best, a scheme that entry's lines name (「有养老保险的到镇社保窗口停
// 保」, 「停发高龄补贴、低保等」): 「俺家老头子上个月走了 养老金咋停 还有丧葬费
// 咋领」 is no question how to join 养老保险 (appr109). best otherwise: a
// death told beside another matter (宅基地 inherited) keeps its own entry.
func (r *Router) afterDeath(said understand.Said, best *config.Procedure) *config.Procedure {
	if !words.DeathTold(said.Raw) && !words.DeathTold(said.Canon) {
		return best
	}
	after := r.procedureNamed(deathEntry)
	if after == nil || after == best {
		return best
	}
	lines := strings.Join(append(slices.Clone(after.Steps), after.Note), "\n")
	if slices.ContainsFunc(append([]string{best.Name}, best.Keywords...), func(k string) bool { return strings.Contains(lines, k) }) {
		return after
	}
	return best
}

// perkOutside reports whether said names a gift handed out (慰问金, 米面油,
// 年货: words.GiftsSaid) that p's guide does not: the village or township
// hands those out and its leaders answer, so that a household's scheme
// said beside one ("俺家是低保户 过年有慰问金吗", "五保户的慰问金咋还没到")
// asks no procedure — he heard how to apply for the 低保 he has (appr112).
func perkOutside(said understand.Said, p *config.Procedure) bool {
	gifts := words.GiftsSaid(said.Raw)
	if len(gifts) == 0 {
		return false
	}
	guide := toldWith(strings.Join(p.Keywords, "\n"), p)
	return !slices.ContainsFunc(gifts, func(w string) bool { return strings.Contains(guide, w) })
}

// deathEntry is the word that names the guide's entry for what is done
// after a death (老人去世后的手续).
const deathEntry = "去世"

// farmInsurance is the word that names the guide's farm insurance entry.
const farmInsurance = "农业保险"

// issuedPaper is the word that names the guide's entry for papers the
// village issues (村里开证明).
const issuedPaper = "开证明"

// procedureNamed is the guide's first entry whose name or a keyword holds
// w; nil when none does.
func (r *Router) procedureNamed(w string) *config.Procedure {
	for i, p := range r.cfg.Procedures {
		if slices.ContainsFunc(append([]string{p.Name}, p.Keywords...), func(k string) bool { return strings.Contains(k, w) }) {
			return &r.cfg.Procedures[i]
		}
	}
	return nil
}

// deskNarrower reports whether a procedure_desks keyword said names holds
// key, the guide's keyword found, and more ("宅基地补偿" over 宅基地建房's
// "宅基地"): the question is of the desk's matter (land taken), which the
// guide does not hold (und87).
func (r *Router) deskNarrower(said understand.Said, key string) bool {
	for _, d := range r.cfg.ProcedureDesks {
		for _, k := range d.Keywords {
			if len(k) > len(key) && strings.Contains(k, key) && (strings.Contains(said.Raw, k) || strings.Contains(said.Canon, k)) {
				return true
			}
		}
	}
	return false
}

// narrower is the procedure of a narrower matter of best, found by its
// scheme's name alone (key), that said asks after: one whose keyword is a
// keyword of best's followed by a word said names ("医保" + "报销": 「新农
// 合报销要哪些单子」 asks 医保报销, not how to pay 城乡居民医保; "养老金" +
// "认证" likewise). best when none, or when key already names a matter of
// best's own ("医保断交 … 看病报销受不受影响" asks 补交).
func (r *Router) narrower(said understand.Said, best *config.Procedure, key string) *config.Procedure {
	heads := append([]string{best.Name}, best.Keywords...)
	if slices.ContainsFunc(heads, func(h string) bool {
		return strings.Contains(key, h) && utf8.RuneCountInString(key)-utf8.RuneCountInString(h) >= 2
	}) {
		return best
	}
	for i := range r.cfg.Procedures {
		p := &r.cfg.Procedures[i]
		if p == best {
			continue
		}
		for _, k := range append([]string{p.Name}, p.Keywords...) {
			for _, h := range heads {
				rest, ok := strings.CutPrefix(k, h)
				if ok && utf8.RuneCountInString(rest) >= 2 && (strings.Contains(said.Raw, rest) || strings.Contains(said.Canon, rest)) {
					return p
				}
			}
		}
	}
	return best
}

// paidOutNarrower is the narrower entry of p's scheme that pays out
// what said asks to be paid, when p pays nothing out (paysOut): "医保能
// 报多少" finds 城乡居民医保 by 医保, whose only amount is the premium,
// and asks 医保报销 (医保 + 报销), whose verb 报 it says (a pay-out word
// sharing a letter, not a filler, with the rest of that entry's keyword).
// p when said asks nothing paid out, asks a fee too, or no such entry
// exists: "医保一年交多少" stays the premium's (appr97).
func (r *Router) paidOutNarrower(said understand.Said, p *config.Procedure) *config.Procedure {
	var verbs []string
	for _, w := range words.PayOutWords {
		if strings.Contains(said.Raw, w) || strings.Contains(said.Canon, w) {
			verbs = append(verbs, strings.Map(func(c rune) rune {
				if strings.ContainsRune(words.PlainChars, c) {
					return -1
				}
				return c
			}, w))
		}
	}
	if len(verbs) == 0 || words.ContainsAnyOf(said.Raw, words.PayInWords...) || paysOut(p) {
		return p
	}
	heads := append([]string{p.Name}, p.Keywords...)
	for i := range r.cfg.Procedures {
		q := &r.cfg.Procedures[i]
		if q == p || !paysOut(q) {
			continue
		}
		for _, k := range append([]string{q.Name}, q.Keywords...) {
			for _, h := range heads {
				rest, ok := strings.CutPrefix(k, h)
				if ok && utf8.RuneCountInString(rest) >= 2 && slices.ContainsFunc(verbs, func(v string) bool { return v != "" && strings.ContainsAny(rest, v) }) {
					return q
				}
			}
		}
	}
	return p
}

// paidBy is the entry that pays out the money question asks of p, an
// entry that pays nothing out: one that pays out and whose steps send the
// villager to p first, in the guide's way of pointing to another entry
// (「先办好第二代残疾人证（问“残疾证怎么办”）」 of 残疾人两项补贴). nil
// when question asks no pay-out, p pays out, or none points to p.
func (r *Router) paidBy(question string, p *config.Procedure) *config.Procedure {
	if !words.ContainsAnyOf(question, words.PayOutWords...) || words.ContainsAnyOf(question, words.PayInWords...) || paysOut(p) {
		return nil
	}
	for i := range r.cfg.Procedures {
		q := &r.cfg.Procedures[i]
		if q == p || !paysOut(q) {
			continue
		}
		if slices.ContainsFunc(q.Steps, func(step string) bool {
			return slices.ContainsFunc(append([]string{p.Name}, p.Keywords...), func(k string) bool { return strings.Contains(step, "问“"+k) })
		}) {
			return q
		}
	}
	return nil
}

// aidAsked is the knowledge base's entry for the aid an emergency's
// words ask after ("家里房子着火烧了 有没有啥救助", "房子烧没了 能申请补助
// 不"): the procedure they name, else the one named for 救助 (临时救助).
// Words asking to apply for an entry they name ("西屋塌了半边 人没事 能申
// 请危房改造不": words.ApplyAsks) ask after that entry, no aid word said.
// nil when they ask no aid, call for rescue ("快来人救助"), or ask after a
// festival's perk ("过年的慰问品啥时候发", alarm109).
func (r *Router) aidAsked(t *turn, text string) *config.Procedure {
	said := t.hear(text)
	if !words.ContainsAnyOf(said.Canon, words.AidAsks...) || words.ContainsAnyOf(said.Canon, words.RescueCalls...) ||
		words.AsksFestivalPerk(said.Canon) {
		return nil
	}
	aid := words.ContainsAnyOf(said.Canon, words.AidWords...)
	if !aid && !words.ContainsAnyOf(said.Canon, words.ApplyAsks...) {
		return nil
	}
	if p := r.procedure(said); p != nil || !aid {
		return p
	}
	return r.procedureNamed("救助")
}

// aidAfterAlarm answers one who asks for aid in the group of an emergency
// raised there within emergencyOverLive ("我家也被烧了 能申请救助不" while
// 张三's fire is open): he is told, once, how to apply for the aid the
// guide holds (aidAsked), as the emergency's own reporter would have
// been, naming the alarm; the emergency notes that he asked (查 shows
// it), and nothing is filed for him, so that only the emergency waits on
// the grid. Asked again, he is pointed to that answer. Words that also
// tell of more harm (harmNews: his house burnt too, the fire spreading,
// someone hurt) are news for the duty chat as well, a 【突发补充】 of the
// emergency, once for the same words of the same person, in the commit
// of his answer. done is false when his words ask no aid or no such
// emergency is open: his words go on as they read.
func (r *Router) aidAfterAlarm(ctx context.Context, t *turn) (done bool, err error) {
	aid := r.aidAsked(t, t.text)
	if aid == nil || t.where.Kind != words.InGrid {
		return false, nil
	}
	rep, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		return rep.Type == village.Emergency && t.at.Sub(rep.CreatedAt) <= words.EmergencyOverLive && aidFits(aid, rep)
	})
	if err != nil || !ok {
		return false, err
	}
	own := rep.ReportedBy(t.who)
	data := map[string]any{"Proc": aid, "Who": r.shown(t.who), "Leaders": r.leaderNames(rep.Village, rep.Grid), "R": &rep, "Own": own}
	told := slices.Contains(rep.AidTold, t.who.Key())
	note := "问救助：" + words.ShortText(t.text)
	news := words.HarmNews(t.text, !own) && !slices.ContainsFunc(rep.History, func(e village.Entry) bool {
		return e.By == t.who.Name && e.Note == note
	})
	data["Duty"] = news
	var out []bot.Outbound
	switch {
	case told && !news:
		return true, r.reply(ctx, t, "report.emergency.aid.again", data)
	case told:
		rep.Tell(t.who.Name, t.at, note)
		out = append(out, r.back(t, r.textsFor(t).Render("report.emergency.aid.again", data)))
	default:
		rep.AidTold = append(rep.AidTold, t.who.Key())
		rep.Tell(t.who.Name, t.at, note)
		out = append(out, r.back(t, r.textsFor(t).Render("report.emergency.aid", data)))
	}
	if news {
		// the duty chat first: it is news of a life-safety matter
		out = append(r.tellDutyChat(t, "")(&rep, own || rep.FollowedBy(t.who)), out...)
	}
	_, err = r.commit(ctx, t, storage.Change{Scope: storage.VillageScope(rep.Village), MsgID: t.m.ID, Report: &rep, Read: t.latestRead,
		Out: append(slices.Clone(t.out), out...), Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "aid", Note: words.ShortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.aidAfterAlarm(ctx, t) // it changed meanwhile: read it again, once
	}
	return true, err
}

// aidFits reports whether aid, the guide a question asks after, may be
// the aid of emergency rep: a guide for relief (its name says 救助), or
// one whose name or keyword rep's alarm names ("房子烧了"). A guide for a
// matter of its own ("野猪糟蹋庄稼有没有补贴啊" while a scam alarm is open:
// 野生动物毁庄稼补偿; "今年的取暖补贴啥时候发 俺家还没收到" while a fire is
// open: 冬季取暖补贴, whose keyword 取暖救助 is no relief of the fire,
// und103) is the asker's own question, read as it reads.
func aidFits(aid *config.Procedure, rep village.Report) bool {
	if strings.Contains(aid.Name, "救助") {
		return true
	}
	said := understand.Canon(rep.Text)
	for _, k := range append([]string{aid.Name}, aid.Keywords...) {
		if strings.Contains(rep.Text, k) || strings.Contains(said, k) {
			return true
		}
	}
	return false
}

func (r *Router) procedureNames() []string {
	out := make([]string, 0, len(r.cfg.Procedures))
	for _, p := range r.cfg.Procedures {
		out = append(out, p.Name)
	}
	return out
}

// lifecycle handles the commands that act on one existing report.
func (r *Router) lifecycle(ctx context.Context, t *turn, cmd command) error {
	quoted, err := r.quotedReports(ctx, t, cmd)
	if err != nil {
		return err
	}
	if len(quoted) > 1 && len(cmd.refs) == 0 && cmd.verb != words.VDuplicate {
		var ok bool
		if cmd, ok = pickQuoted(t, cmd, quoted); !ok {
			all, err := r.alarmsQuoted(ctx, t, cmd, quoted)
			if err != nil {
				return err
			}
			if !all {
				return r.reply(ctx, t, "err.quotedmany", map[string]any{"Verb": cmd.word, "Refs": quoted})
			}
			cmd.refs = quoted // as "都确认"
		}
	}
	cmd = cmd.withNumbers('R', t.who.IsCadre()) // "进展 #3", "确认 3号", a cadre's "确认 1 6 8": reports are meant
	refs := words.ReportRefs(cmd.refs)
	if len(refs) == 0 || (cmd.verb == words.VDuplicate && len(refs) == 1) {
		if len(quoted) > 0 {
			refs = append([]village.Ref{quoted[0]}, refs...)
		}
	}
	if cmd.verb != words.VDuplicate && (len(refs) > 1 || len(r.refSteps(t, refs)) > 1) {
		// 「确认 青山村 #R1 石桥村 #R1」: one number, two items
		return r.eachRef(ctx, t, cmd, refs)
	}
	if len(refs) == 0 {
		return r.lifecycleUnnamed(ctx, t, cmd)
	}
	return r.lifecycleOf(ctx, t, cmd, refs)
}

// quotedReports are the reports a command's quote names: the numbers in
// its text or, in a grid's group, the report of the quoted message when
// neither names one.
func (r *Router) quotedReports(ctx context.Context, t *turn, cmd command) ([]village.Ref, error) {
	if t.quote == nil {
		return nil, nil
	}
	quoted := words.ReportRefs(village.FindRefs(t.quote.Text))
	if len(quoted) == 0 && len(cmd.refs) == 0 && t.where.Kind == words.InGrid && t.quote.Name != r.cfg.BotName {
		ref, err := r.quotedMessageReport(ctx, t)
		if err != nil {
			return nil, err
		}
		if ref.N > 0 {
			quoted = []village.Ref{ref}
		}
	}
	return quoted, nil
}

// alarmsQuoted reports whether a bare 确认 quoting the bot's message
// about several open emergencies (the watchdog's 「2 件紧急情况还没人确
// 认」 in a grid's group, its 【紧急·无人确认】 list in the duty chat)
// confirms each: that message asks for nothing else, and an emergency is
// not left waiting on a question of which; whoever does not go to one
// hands it on (指派). Any other plural quote is asked which. In a grid's
// group its open reports are read once for the turn (groupOpen) and the
// confirms take them from there (readAhead); in the duty chat each is
// read where it is (find) and the confirms act on them as read (t.known).
func (r *Router) alarmsQuoted(ctx context.Context, t *turn, cmd command, quoted []village.Ref) (bool, error) {
	if cmd.verb != words.VAccept || t.quote.Name != r.cfg.BotName {
		return false, nil
	}
	live := func(rep village.Report) bool {
		return rep.Type == village.Emergency && rep.Status != village.StatusResolved
	}
	switch {
	case t.where.Kind == words.InGrid:
		open, _, err := r.groupOpen(ctx, t)
		if err != nil {
			return false, err
		}
		return !slices.ContainsFunc(quoted, func(ref village.Ref) bool {
			return !slices.ContainsFunc(open, func(rep village.Report) bool { return rep.ID == ref.String() && live(rep) })
		}), nil
	case t.m.Chat == r.cfg.Township.EmergencyChat:
		var read []village.Report
		for _, ref := range quoted {
			rep, _, err := r.find(ctx, t, ref.String())
			if errors.Is(err, storage.ErrNotFound) || errors.As(err, new(ambiguousRef)) || err == nil && !live(rep) {
				// gone, of two villages, or no open emergency: asked which
				return false, nil
			}
			if err != nil {
				return false, err
			}
			read = append(read, rep)
		}
		t.known = read // read once: the confirms act on them as read here
		return true, nil
	}
	return false, nil
}

// pickQuoted is cmd with the reports it means of a quoted list (待办, a
// digest): a number of one of its items names it; 「确认 第二件」 counts
// down the list; "都确认" means each. ok is false when it names none:
// anything else would be a guess.
func pickQuoted(t *turn, cmd command, quoted []village.Ref) (_ command, ok bool) {
	if i, rest, ok := words.Ordinal(cmd.args); ok {
		switch n := (village.Ref{Kind: 'R', N: i}); {
		case slices.Contains(quoted, n):
			cmd.refs, cmd.args = []village.Ref{n}, rest
		case i <= len(quoted):
			cmd.refs, cmd.args = quoted[i-1:i], rest
		}
	}
	if cmd.all && len(cmd.refs) == 0 {
		cmd.refs = quoted // "都确认" to an overdue reminder: each it lists
	}
	cmd = cmd.withNumbers('R', t.who.IsCadre())
	return cmd, len(cmd.refs) > 0
}

// lifecycleUnnamed handles a command that names no report: the one open
// here it can only mean, or else a reply that says which may be meant.
func (r *Router) lifecycleUnnamed(ctx context.Context, t *turn, cmd command) error {
	if ref, ok := misdirected(cmd, 'R'); ok {
		return r.wrongKind(ctx, t, cmd, ref)
	}
	if cmd.verb == words.VProgress && cmd.args == "" && !t.who.IsCadre() {
		cmd.verb = words.VQuery // a villager's bare "进度": how do my reports stand?
	}
	u, err := r.unnamedOpen(ctx, t)
	if err != nil {
		return err
	}
	open := u.open
	cmd, cands, fresh := r.meantOf(t, cmd, open)
	if words.WrongRef.MatchString(t.text) || words.NoNumber.MatchString(t.text) {
		// 「查 #Rabc」, 「查 #」: a number written wrong or left out is
		// no bare command; he hears how to write it, not of an item it
		// may not mean (a # is written to the bot, however long the
		// message)
		return r.noneMeant(ctx, t, cmd, cands, open)
	}
	if len(cands) == 0 && !t.addr && t.quote == nil && len([]rune(t.text)) > 12 && !typedBy(t, cmd) {
		// A sentence that merely starts like a command ("确认一下，明天…")
		// from someone with nothing it could apply to.
		return nil
	}
	if rep, ok := handlerMeant(t, cmd, cands, r.handles); ok {
		// 「办结 换了新井盖」 from the one who handles the one item of
		// those it may be whose thing it names: that one, as "R4 换好
		// 了" would be (ownDone); the reporter still confirms
		return r.unnamedOf(ctx, t, cmd, u, rep)
	}
	if rep, ok := r.saidFixedMeant(t, cmd, cands); ok {
		// a bare 「办结」 just after 「陈二说已经好了，回复「办结 #R1」就
		// 结案」: the one item he handles whose reporter said so (rep109),
		// or after 「王五说#R1「…垫好了」」 (rep112)
		return r.unnamedOf(ctx, t, cmd, u, rep)
	}
	if len(cands) == 0 || t.quote != nil {
		if done, err := r.bareConfirms(ctx, t, cmd); done {
			// 「确认」 while 陈二's 「我家水管冻住了」 waits for her 「1」;
			// quoting her words (or the bot's question to her), as the
			// which-list asks, whatever else waits (rep111)
			return err
		}
	}
	if len(cands) != 1 || (cmd.verb != words.VConfirm && cmd.verb != words.VReopen && cmd.verb != words.VQuery && cmd.verb != words.VUnanswer && len(fresh) != 1) {
		return r.noneMeant(ctx, t, cmd, cands, open)
	}
	// The reporter answering 办结 with a bare 满意 or 未解决, or asking
	// 查 with one report open, or a cadre's bare 不是答复 with one answer
	// standing that he may take back: that report is meant.
	return r.unnamedOf(ctx, t, cmd, u, cands[0])
}

// unnamedRead is what lifecycleUnnamed read: the open reports the chat
// sees, and, read in a grid group as this process follows them, all of
// the grid's and the read that saw them.
type unnamedRead struct {
	open, every []village.Report
	read        storage.IndexRead
}

// unnamedOpen is openHere for a command that names no report. In a grid
// group it is the grid's open reports as this process follows them
// (openOnce), with no round trip when it does (rep110: a bare 「办结」 cost
// a read and its commit): a reply decided on them commits only while they
// are as read (turn.copies), and so does the command acted on the one
// they mean (unnamedOf); when another process changed them the message is
// handled again on them as stored (Router.Handle).
func (r *Router) unnamedOpen(ctx context.Context, t *turn) (unnamedRead, error) {
	if t.where.Kind != words.InGrid || t.reread {
		open, err := r.openHere(ctx, t)
		return unnamedRead{open: open}, err
	}
	got, err := r.openOnce(ctx, t)
	if err != nil {
		return unnamedRead{}, err
	}
	every := slices.Clone(got.open)
	t.copies.addChecked(storage.VillageScope(t.where.Village), got.read, checkedBut(every, ""))
	public, _ := words.SplitPrivate(slices.Clone(got.open))
	return unnamedRead{open: public, every: every, read: got.read}, nil
}

// unnamedOf runs cmd on rep, the one report of u it means: as u read it
// when it was read of this process's copy, its commit checking that the
// grid's other open reports are still as read.
func (r *Router) unnamedOf(ctx context.Context, t *turn, cmd command, u unnamedRead, rep village.Report) error {
	if !u.read.Copied() {
		return r.lifecycleOf(ctx, t, cmd, words.RefOf(rep))
	}
	t.known, t.decidedOn, t.checked = []village.Report{rep}, u.read, checkedBut(u.every, rep.ID)
	err := r.lifecycleOf(ctx, t, cmd, words.RefOf(rep))
	t.known, t.decidedOn, t.checked = nil, storage.IndexRead{}, nil
	return err
}

// saidFixedMeant is the one item of cands a bare 办结 from who handles
// it may mean because its reporter said it is fixed (village.Report.
// ClosesOnWord: the bot asked its handlers for just 「办结 #R」) or a
// cadre of its grid said it is done (doneTold: the bot offered him
// 「办结 #R 他的话」): ok is false when he handles none or several such.
func (r *Router) saidFixedMeant(t *turn, cmd command, cands []village.Report) (village.Report, bool) {
	if cmd.verb != words.VResolve || understand.HasContent(cmd.args) || t.quote != nil {
		return village.Report{}, false
	}
	said := slices.DeleteFunc(slices.Clone(cands), func(rep village.Report) bool {
		_, told := r.doneTold(rep)
		return !rep.ClosesOnWord() && !told || !r.handles(t, rep)
	})
	if len(said) != 1 {
		return village.Report{}, false
	}
	return said[0], true
}

// doneTold is words.DoneRelayed of rep, its tenders looked up on the roster:
// a worker's 「…垫好了」 relayed to its handler, standing (rep112).
func (r *Router) doneTold(rep village.Report) (village.Entry, bool) {
	return words.DoneRelayed(rep, func(by string) bool {
		p, err := r.people.Lookup(rep.Village, by)
		return err == nil && p.Tends(rep.Village, rep.Grid)
	})
}

// typedBy reports whether t's text is cmd typed by a cadre as a command:
// its word, then a space or a colon ("办结 排水沟疏通了 路上的冰也铲了"),
// which is answered however long, not taken for a sentence (rep109: a
// leader's 办结 while the item still waited for its reporter's 「1」 had
// no reply at all).
func typedBy(t *turn, cmd command) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(t.text), cmd.word)
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && t.who.IsCadre() && (unicode.IsSpace(r) || strings.ContainsRune(":：", r))
}

// handlerMeant is the one item of cands a 办结 or 进展 with words and
// no number (「办结 换了新井盖」) from a cadre is of: he handles it (or acts
// for its handler away: handles, rep105), and
// it is the only one he handles of them, or the only one whose things his
// words name (understand.ThingsOf). ok is false otherwise: he is asked which.
func handlerMeant(t *turn, cmd command, cands []village.Report, handles func(*turn, village.Report) bool) (village.Report, bool) {
	if cmd.verb != words.VResolve && cmd.verb != words.VProgress || !t.who.IsCadre() || !understand.HasContent(cmd.args) || t.quote != nil {
		return village.Report{}, false
	}
	his := slices.DeleteFunc(slices.Clone(cands), func(rep village.Report) bool { return !handles(t, rep) })
	if len(his) > 1 {
		his = slices.DeleteFunc(his, func(rep village.Report) bool {
			_, shared := understand.ThingsOf(t.hear(cmd.args), t.hear(rep.Text))
			return !shared
		})
	}
	if len(his) != 1 {
		return village.Report{}, false
	}
	return his[0], true
}

// meantOf are the open reports a command that names none may mean
// (cands), and of them those fresh to accept; cmd is the command as
// meant (a reporter's bare 确认 of his report resolved is 满意).
func (r *Router) meantOf(t *turn, cmd command, open []village.Report) (_ command, cands, fresh []village.Report) {
	// all that fit, newest first: the list that asks which (noRef) is cut
	// by cutList's rule, after the narrowing (handlerMeant)
	cands = words.Newest(open, len(open), r.fits(t, cmd.verb))
	fresh = r.freshToAccept(t, cmd, open)
	if len(fresh) == 1 {
		// the leader's bare 确认 just after the one report the group
		// has waiting: that one, as his "收到 马上去" would
		cands = fresh
	}
	if w := words.AwaitingAnswer(cands); cmd.verb == words.VAnswer && len(w) > 0 {
		// a bare 「答复 要带原件」: the questions still waiting for
		// an answer, not those the guide or he answered already; the
		// one such is meant
		cands, fresh = w, w
	}
	if mine := words.Newest(open, len(open), r.fits(t, words.VConfirm)); cmd.verb == words.VAccept && len(cands) == 0 && len(mine) > 0 {
		// 办结 asked the reporter "请确认": his bare 确认 is 满意
		cmd.verb, cmd.word, cands = words.VConfirm, "满意", mine
	}
	return cmd, cands, fresh
}

// noneMeant answers a command that names no report and cannot be taken
// for one: nothing to confirm, not his to do, nothing open, or which of
// cands he may mean.
func (r *Router) noneMeant(ctx context.Context, t *turn, cmd command, cands, open []village.Report) error {
	may, who, ask := true, "", []string(nil)
	if len(cands) == 0 {
		may, who, ask = r.mayHere(t, cmd.verb, open)
	}
	v, g := t.where.Village, t.where.Grid
	switch {
	case len(cands) == 0 && words.LeaderOnly[cmd.verb] && t.where.Kind == words.InGrid &&
		t.who.Covers(village.RoleWorker, v, g) && !t.who.Covers(village.RoleLeader, v, g):
		// the grid's worker's bare 驳回, 确认: what he can do, and how
		// the leader hands an item to him, as with a number
		ask := r.leaderNames(v, g)
		if len(open) == 0 {
			return r.reply(ctx, t, "refuse.worker.bare", map[string]any{"Verb": cmd.word, "Ask": ask, "Me": r.shown(t.who)})
		}
		// the example: an item of his, else the grid's latest open one
		i := cmp.Or(slices.IndexFunc(open, func(rep village.Report) bool { return rep.HandledBy(t.who) })+1, len(open)) - 1
		return r.reply(ctx, t, "refuse.worker", map[string]any{"R": &open[i], "Verb": cmd.word, "Who": "本网格的网格长", "Ask": ask,
			"Me": r.shown(t.who), "Handler": open[i].HandledBy(t.who), "Handed": words.HandedVerbs[cmd.verb]})
	case len(cands) == 0 && (cmd.verb == words.VConfirm || cmd.verb == words.VReopen):
		return r.reply(ctx, t, "err.noconfirm", nil)
	case !may:
		// a villager's bare 驳回: not how to write it, but whose it is
		return r.reply(ctx, t, "refuse", map[string]any{"Verb": cmd.word, "Who": who, "Ask": ask})
	case len(cands) == 0 && t.who.IsCadre() && cmd.verb != words.VQuery:
		example, _ := r.refHere(t, "", "R12") // 「村名 #R12」 in the township's view of several villages
		return r.reply(ctx, t, "err.nocands", map[string]any{"Verb": cmd.word, "Example": example})
	}
	return r.noRef(ctx, t, cmd.word, cands)
}

// offered are cands as offered in t's chat.
func (r *Router) offered(t *turn, cands []village.Report) []words.Candidate {
	list := make([]words.Candidate, len(cands))
	for i, c := range cands {
		list[i].Ref, _ = r.refHere(t, c.Village, c.ID)
		list[i].Report, list[i].Now = c, t.at
	}
	return list
}

// unknownRef answers a command naming a report that does not exist (a
// number mistyped: 「答复 #R5」 for #R4): a cadre in his grid's group is
// offered the items there he may give it to, as a bare command is.
func (r *Router) unknownRef(ctx context.Context, t *turn, cmd command, id string) error {
	data := map[string]any{"Ref": id, "Township": townshipView(t), "Verb": cmd.word}
	if w := r.waitingNamed(t); w != nil {
		data["Waiting"] = w
	}
	if t.where.Kind == words.InGrid && t.who.IsCadre() {
		// as this process follows them (freshOpen), the reply guarded
		open, err := r.freshOpen(ctx, t)
		if err != nil {
			return err
		}
		data["Cands"] = r.offered(t, r.fitting(t, cmd.verb, open))
	}
	if t.batch != nil {
		// one of several numbers: said once with the others
		// (joinReplies), the items it may be only when none was found
		t.out = append(t.out, r.back(t, r.textsFor(t).Render("err.unknownref", data)))
		// guarded as the whole batch is, when joined (allRefs)
		return r.commitTurn(ctx, t, storage.Change{Scope: r.scope(t), MsgID: t.m.ID, Out: t.out, Keep: t.keep},
			&batchItem{block: "err.unknownref", data: data})
	}
	return r.reply(ctx, t, "err.unknownref", data)
}

// noRef asks for the number of the report a command (verb) is for, with
// its candidates (listed by cutList's rule): each, and the example,
// written as the chat writes items (refHere).
func (r *Router) noRef(ctx context.Context, t *turn, verb string, cands []village.Report) error {
	list, rest := cutList(r.offered(t, cands), len(cands), func(i int) string {
		ref, _ := r.refHere(t, cands[i].Village, cands[i].ID)
		return verb + " " + ref
	})
	example, unsure := r.refHere(t, "", "R12")
	if len(list) > 0 {
		example, unsure = list[0].Ref, false
	}
	all := "" // "都确认": the one command that takes on each listed
	if t.command.all && len(list) > 1 {
		refs := make([]string, len(list))
		for i, c := range list {
			refs[i] = c.Ref
		}
		all = verb + " " + strings.Join(refs, " ")
		// 「全部」 to the list sends it
		if err := r.ask(t, question{Kind: words.AskCommand, Text: all, Every: true, Msg: t.m.ID}); err != nil {
			return err
		}
	}
	if words.NoNumber.MatchString(t.text) && !words.WrongRef.MatchString(t.text) {
		// 「查 #」: he meant to write a number; no item is guessed, he
		// is shown where his numbers are
		example, unsure = r.refHere(t, "", "R3")
		return r.reply(ctx, t, "err.bareref", map[string]any{"Verb": verb, "Example": example, "Villages": r.villageNames(),
			"Unsure": unsure, "Cadre": t.who.IsCadre(), "Township": townshipView(t)})
	}
	return r.reply(ctx, t, "err.noref", map[string]any{"Verb": verb, "Cands": list, "Rest": rest, "Example": example,
		"Villages": r.villageNames(), "Unsure": unsure, "All": all, "Wrong": words.WrongRef.FindString(t.text)})
}

// wrongKind answers a command naming an item of the other kind than its
// verb takes (「确认 #C1」, 「异议 #R1」): what that item is, and the command
// that fits it.
//
// A report given to 同意 (「同意 #R5」: a villager's agreement, a claims
// word) is read, on this error path only, to tell him what to send for
// it instead: 满意 when he reported it, 确认 when he leads its grid.
func (r *Router) wrongKind(ctx context.Context, t *turn, cmd command, ref village.Ref) error {
	data := map[string]any{"Ref": ref.String(), "Claim": ref.Kind == 'C', "Verb": cmd.word, "V": string(cmd.verb)}
	if cmd.verb == words.VApprove && ref.Kind == 'R' {
		rep, _, err := r.find(ctx, t, ref.String())
		switch {
		case errors.Is(err, storage.ErrNotFound):
		case err != nil:
			return err
		default:
			data["Reporter"] = rep.ReportedBy(t.who)
			// a settled item (closed, rejected, merged) has nothing to
			// answer: only 查 is offered
			data["Leader"] = t.who.Covers(village.RoleLeader, rep.Village, rep.Grid) && rep.Status == village.StatusNew
			data["Resolved"] = rep.Status == village.StatusResolved
			data["Open"] = rep.Status.Open()
		}
	}
	return r.reply(ctx, t, "err.wrongkind", data)
}

// quotedMessageReport is the open report of this grid group that the
// quoted message of a villager filed: a leader quotes 「张三：上报 村口路
// 灯不亮了」 and types 确认. The quoted text must hold the report's whole
// text, and only one report's; N is 0 otherwise.
func (r *Router) quotedMessageReport(ctx context.Context, t *turn) (village.Ref, error) {
	quote := strings.TrimSpace(t.quote.Text)
	if utf8.RuneCountInString(quote) < words.MinQuotedRunes {
		return village.Ref{}, nil
	}
	// as this process follows the grid (freshOpen): the reply, or the
	// command acted on the report found, commits only while they are as
	// read (rep112: a quoted 确认 filing a villager's waiting words read
	// them from Redis first, 2 RT)
	open, err := r.freshOpen(ctx, t)
	if err != nil {
		return village.Ref{}, err
	}
	var found []village.Report
	for _, rep := range open {
		if utf8.RuneCountInString(rep.Text) >= words.MinQuotedRunes && strings.Contains(quote, rep.Text) {
			found = append(found, rep)
		}
	}
	if len(found) != 1 {
		return village.Ref{}, nil
	}
	ref, _ := village.ParseRef(found[0].ID)
	return ref, nil
}

// lifecycleOf applies cmd to the report refs[0] (refs[1] is the original
// of a 重复), re-reading it once when someone changed it meanwhile.
func (r *Router) lifecycleOf(ctx context.Context, t *turn, cmd command, refs []village.Ref) error {
	id := refs[0].String()
	for attempt := 0; ; attempt++ {
		t.out = nil // a retry after a conflict starts its replies afresh
		rep, sc, err := r.findKnown(ctx, t, id)
		if err == nil && rep.Private() && r.hides(t.who, rep) {
			// A report told in private is, to anyone it does not concern,
			// no report at all: "只有报告人能看" would tell the group
			// that someone complained privately, and of what number.
			t.scope, err = sc, storage.ErrNotFound
		}
		if errors.Is(err, storage.ErrNotFound) {
			return r.unknownRef(ctx, t, cmd, id)
		}
		if errors.Is(err, errAmbiguous) {
			return r.ambiguous(ctx, t, cmd.word, id, err)
		}
		if err != nil {
			return err
		}
		t.scope = sc
		// what it says of a private report, refusals included, is said
		// to the sender alone (its reporter's name, its status)
		t.aside = rep.Private()
		if cmd.verb == words.VQuery {
			return r.status(ctx, t, sc, rep)
		}
		err = r.act(ctx, t, cmd, sc, rep, refs)
		if !errors.Is(err, storage.ErrConflict) || t.decidedOn != (storage.IndexRead{}) {
			return err
		}
		if attempt == 1 {
			return r.busy(ctx, t, id, "")
		}
	}
}

// proxy answers 代报 名字 内容: a grid worker or leader files a report for
// a villager of his grid (most often one who uses no WeChat); the
// villager is its reporter and the sender its recorder.
func (r *Router) proxy(ctx context.Context, t *turn, cmd command) error {
	v := cmp.Or(t.where.Village, t.who.Village)
	name, text, _ := strings.Cut(strings.TrimSpace(cmd.args), " ")
	if n, rest, ok := words.SpacedName(cmd.args, r.nameIn(v)); ok && !r.nameIn(v)(name) {
		name, text = n, rest // "代报 王 奶奶 屋顶漏雨了"
	}
	text = strings.TrimSpace(text)
	if name == "" || !understand.HasContent(text) {
		return r.reply(ctx, t, "proxy.usage", nil)
	}
	p, err := r.people.Lookup(v, name)
	if err != nil {
		return r.reply(ctx, t, "call.unknown", map[string]any{"Name": name})
	}
	if !t.who.Tends(p.Village, p.Grid) {
		return r.reply(ctx, t, "refuse", map[string]any{"Verb": "代报", "Who": p.Grid + "的网格员或网格长",
			"Ask": r.leaderNames(p.Village, p.Grid)})
	}
	if t.where.Kind == words.InGrid && (t.where.Village != p.Village || t.where.Grid != p.Grid) {
		return r.reply(ctx, t, "proxy.elsewhere", map[string]string{"Name": p.Name, "Group": r.groupOf(p.Village, p.Grid)})
	}
	// In private, it is a private report: the grid's leaders are told
	// privately, as for any report made to the bot in private.
	t.forWhom, t.noDup = &p, true
	return r.report(ctx, t, text, "")
}

// mine answers 我的事项: the sender's open reports here, and those he
// follows, newest first, listed by cutList's rule (mineData).
func (r *Router) mine(ctx context.Context, t *turn, _ command) error {
	if t.where.Kind != words.InGrid {
		open, err := r.openHere(ctx, t)
		if err != nil {
			return err
		}
		return r.reply(ctx, t, "mine", r.mineData(t, open, false))
	}
	// In a group, what he told the bot privately is neither listed nor
	// counted there (the group would learn that he complained privately):
	// he hears of it in private. One read of the grid's open reports
	// serves both.
	open, err := r.store.OpenReports(ctx, storage.VillageScope(t.where.Village), t.where.Grid)
	if err != nil {
		return err
	}
	public, private := words.SplitPrivate(open)
	t.out = append(t.out, r.back(t, r.textsFor(t).Render("mine", r.mineData(t, public, false))))
	if data := r.mineData(t, private, true); data["Count"].(int) > 0 {
		t.out = append(t.out, r.toSender(t, r.texts.Render("mine", data)))
	}
	return r.commitReplies(ctx, t)
}

// mineData is what 「我的事项」 says of open (oldest first): those of the
// sender's, all counted, newest first, listed by cutList's rule.
func (r *Router) mineData(t *turn, open []village.Report, private bool) map[string]any {
	data := map[string]any{"Private": private, "Now": t.at}
	listed(data, words.Newest(open, len(open), r.fits(t, words.VQuery)), func(_ int, rep village.Report) string {
		return string(words.VQuery) + " #" + rep.ID
	})
	return data
}

// candidates are the reports of the chat (see openHere) that a lifecycle
// command without a reference could mean, newest first: those the sender
// may apply it to now (for 查, those the sender reported or follows).
func (r *Router) candidates(ctx context.Context, t *turn, v words.Verb) ([]village.Report, error) {
	open, err := r.openHere(ctx, t)
	if err != nil {
		return nil, err
	}
	return r.fitting(t, v, open), nil
}

// fitting picks candidates (see candidates) from the open reports open:
// the newest words.MaxCandidates that fit (fits).
func (r *Router) fitting(t *turn, v words.Verb, open []village.Report) []village.Report {
	return words.Newest(open, words.MaxCandidates, r.fits(t, v))
}

// fits says which reports a lifecycle command v without a reference could
// mean from t's sender (for 查, those he reported or follows).
func (r *Router) fits(t *turn, v words.Verb) func(village.Report) bool {
	return func(rep village.Report) bool {
		a, ok := words.VerbActions[v]
		if !ok {
			return rep.ReportedBy(t.who) || rep.FollowedBy(t.who)
		}
		v := v
		if _, asked := rep.OpenAsk(); v == words.VAnswer && rep.Type != village.Approval && asked {
			// 答复 to the township's question: the item's 进展 (act)
			v, a = words.VProgress, village.ActProgress
		}
		switch _, answered := village.StandingAnswer(rep.History); {
		case v == words.VAnswer && rep.Type != village.Approval, v == words.VUnanswer && (!answered || !rep.ProcedureAnswered()):
			return false // what is no procedure question, or has no answer to take back
		case v == words.VAccept && rep.Status == village.StatusEscalated && rep.HandledBy(t.who):
			return false // an item sent up that he took over already (accept.already)
		}
		_, err := rep.Next(a)
		may, _, _ := r.mayNow(t, v, rep)
		return err == nil && may
	}
}

// openHere lists, oldest first, the open reports the turn's chat sees: a
// grid group its grid's (but not the private ones), a private chat the
// sender's grid's, the township chats (and an officer's private chat) the
// emergencies and the items that went up to the township, of every
// village (one round trip per village there).
func (r *Router) openHere(ctx context.Context, t *turn) ([]village.Report, error) {
	return r.openSeen(ctx, t, false)
}

// openFollowed is openHere for words common in other talk ("还在放" of a
// quarrel, "还在上班"): in a grid group and in private the grid's open
// reports as this process follows them, with no read when it does (see
// openAll, storage.Store.LatestOpenReports), the ones the chat sees; none
// in the township's view.
func (r *Router) openFollowed(ctx context.Context, t *turn) ([]village.Report, error) {
	return r.openSeen(ctx, t, true)
}

// openSeen is openHere, or openFollowed when followed.
func (r *Router) openSeen(ctx context.Context, t *turn, followed bool) ([]village.Report, error) {
	switch {
	case townshipView(t):
		if followed {
			return nil, nil
		}
		items, err := r.allOpen(ctx, func(rep village.Report) bool { return rep.WithTownship() || rep.Type == village.Emergency })
		slices.SortStableFunc(items, func(a, b village.Report) int { return a.CreatedAt.Compare(b.CreatedAt) })
		return items, err
	case t.where.Kind == words.InGrid:
		read := r.gridOpen
		if followed {
			read = r.openAll
		}
		open, err := read(ctx, t)
		public, _ := words.SplitPrivate(open)
		return public, err
	case t.where.Kind == words.InPrivate && t.who.Village != "" && t.who.Grid != "":
		sc, grid := storage.VillageScope(t.who.Village), t.who.Grid
		var open []village.Report
		var err error
		if followed {
			// the grid's open reports with the village's newest, as
			// relapseOf reads them: a cold process reads them once for
			// the filing after (med110: private_quarrel_no_one_away)
			var all []village.Report
			all, _, err = r.store.FollowedReports(ctx, sc, grid, words.StatusRecent)
			for _, rep := range all {
				if rep.Grid == grid && rep.Status.Open() {
					open = append(open, rep)
				}
			}
		} else {
			open, err = r.turnOpen(ctx, t, sc, grid)
		}
		return r.readable(t.who, open), err
	}
	return nil, nil
}

// gridOpen lists the open reports of the turn's grid, oldest first, read
// once for the message while no commit is made (by it or another
// message): 收到 looks at them for a fresh report to take on, then again,
// then for an emergency waiting for 确认 (emergencyAckHint).
func (r *Router) gridOpen(ctx context.Context, t *turn) ([]village.Report, error) {
	if got, ok := held(r, &t.open, t.gridKey()); ok && t.openFresh && t.where.Kind == words.InGrid {
		// freshOpen's read of this message (its guard in turn.copies)
		return slices.Clone(got.open), nil
	}
	return r.turnOpen(ctx, t, storage.VillageScope(t.where.Village), t.where.Grid)
}

// turnOpen is gridOpen of grid of scope sc: in private, the sender's grid,
// whose open reports his "知道了 明天去" is looked at for, for a fresh
// report to take on and then for one he handles (progressInWords).
func (r *Router) turnOpen(ctx context.Context, t *turn, sc storage.Scope, grid string) ([]village.Report, error) {
	open, err := remember(r, &t.gridOpen, string(sc)+"/"+grid, func() ([]village.Report, error) {
		if t.where.Kind == words.InPrivate {
			// as this process follows them: what is said in private is
			// mostly answered in words (the reply guarded by the read)
			open, read, err := r.store.FollowedReports(ctx, sc, grid, 0)
			t.copies.addReports(sc, read)
			return open, err
		}
		return r.store.OpenReports(ctx, sc, grid)
	})
	return slices.Clone(open), err
}

// allOpen lists the open reports of every village that keep takes, in
// one round trip however many villages (town111: one a village before).
func (r *Router) allOpen(ctx context.Context, keep func(village.Report) bool) ([]village.Report, error) {
	var items []village.Report
	each, err := r.recentEach(ctx, r.villageNames(), 0) // every village's open reports, one round trip (town111)
	if err != nil {
		return nil, err
	}
	for _, open := range each {
		for _, rep := range open {
			if keep(rep) {
				items = append(items, rep)
			}
		}
	}
	return items, nil
}

// townshipView reports whether the turn sees the township's items: in the
// township chats, or a township officer (or admin) of no grid in a private
// chat with the bot.
func townshipView(t *turn) bool {
	return t.where.Kind == words.InOffice ||
		t.where.Kind == words.InPrivate && t.who.SeesTownship()
}

// officerAsksUnquoted reports whether the turn is a township officer's (or
// the admin's) own words, quoting nothing, where the township's items are
// seen (townshipView): the questions of the office about them.
func officerAsksUnquoted(t *turn) bool {
	return t.quote == nil && townshipView(t) && (t.who.Has(village.RoleOfficer) || t.who.Has(village.RoleAdmin))
}

var errAmbiguous = errors.New("reference exists in several villages")

// ambiguousRef is errAmbiguous with the villages that have the item, for
// the reply that asks which (ambiguous).
type ambiguousRef struct{ villages []string }

func (e ambiguousRef) Error() string {
	return errAmbiguous.Error() + ": " + strings.Join(e.villages, ", ")
}

func (e ambiguousRef) Is(target error) bool { return target == errAmbiguous }

// ambiguous asks which village's item id a command (verb: the word the
// sender used) meant, err being findIn's: the villages that have it, and
// the command again with the first of them, as the township's posts write
// it (「确认 石桥村 #R1」).
func (r *Router) ambiguous(ctx context.Context, t *turn, verb, id string, err error) error {
	var amb ambiguousRef
	errors.As(err, &amb)
	example := verb + " " + village.TownshipRef(cmp.Or(append(amb.villages, r.cfg.Villages[0].Name)...), id, true)
	return r.reply(ctx, t, "err.ambiguous", map[string]any{"Ref": id, "Villages": amb.villages, "Example": example})
}

// refHere writes item id of village v ("" when not known) as a reply in
// t's chat tells the sender to write it: in the township's view of a
// township of several villages, each numbering its items apart, with its
// village (「石桥村 #R1」, village.TownshipRef), the village being v, or
// else the one a quote or the text names; "村名 #R1" when none does, and
// then unsure, so that the reply lists the villages' names. Elsewhere, and
// with one village, "#R1".
func (r *Router) refHere(t *turn, v, id string) (ref string, unsure bool) {
	if !townshipView(t) || len(r.cfg.Villages) < 2 {
		return "#" + id, false
	}
	if v == "" {
		v = r.quotedVillage(t, id)
	}
	if v == "" {
		v, _ = r.villageMeant(t)
	}
	if v == "" {
		return "村名 #" + id, true
	}
	return village.TownshipRef(v, id, true), false
}

// villageNames are the names of the township's villages.
func (r *Router) villageNames() []string {
	names := make([]string, len(r.cfg.Villages))
	for i, v := range r.cfg.Villages {
		names[i] = v.Name
	}
	return names
}

// find loads a report: from the turn's village, or in the township chats
// from whichever village has it (a village name in the text decides ties).
func (r *Router) find(ctx context.Context, t *turn, id string) (village.Report, storage.Scope, error) {
	if rep, ok := t.ahead[id]; ok && t.where.Village != "" {
		delete(t.ahead, id) // taken once: a retry reads it afresh
		if rep == nil {
			return village.Report{}, storage.VillageScope(t.where.Village), fmt.Errorf("handlers: report %s: %w", id, storage.ErrNotFound)
		}
		return *rep, storage.VillageScope(t.where.Village), nil
	}
	if rep, ok := r.heldOpen(t, id); ok {
		return rep, storage.VillageScope(t.where.Village), nil
	}
	return findIn(r, t, id, func(v string) (village.Report, error) { return r.storedReport(ctx, t, storage.VillageScope(v), id) })
}

// storedReport is report id of scope sc as the store has it, read once
// for the turn until a commit is made (t.report): the readers of a
// message that each look at the item it names ("#R1 不是什么大事 …":
// awaitedRead, judgedOrdinary, then the 改为一般 itself) cost one read,
// not three. Any commit, a refused one too, drops it: a retry reads
// afresh, and the commit still checks the report's version. Each reader
// gets a copy of its own (cloneReport).
func (r *Router) storedReport(ctx context.Context, t *turn, sc storage.Scope, id string) (village.Report, error) {
	of := string(sc) + "/" + id
	if rep, ok := held(r, &t.report, of); ok {
		return words.CloneReport(rep), nil
	}
	if read, ok := r.store.ReportAbsent(sc, id); ok && sc == r.scope(t) {
		// a number above the newest this process follows: none such,
		// no read; the reply is guarded by the copy (rep98)
		t.copies.add(sc, read)
		return village.Report{}, fmt.Errorf("handlers: report %s: %w", id, storage.ErrNotFound)
	}
	at := r.commits.Load()
	rep, err := r.store.Report(ctx, sc, id)
	if err != nil {
		return rep, err
	}
	keep(r, &t.report, of, at, words.CloneReport(rep))
	return rep, nil
}

// heldOpen is report id as the turn read it with its grid group's open
// reports (groupOpen's memo, t.open) since the last commit: a quoted 「让王五去看
// 看」 looked at them (procedureAnswer) before its report is found, and
// the same document, read a moment ago, needs no read of its own. Any
// commit, a refused one too, drops the memo: a retry reads afresh, and
// the commit still checks the report's version.
func (r *Router) heldOpen(t *turn, id string) (village.Report, bool) {
	if t.where.Village == "" {
		return village.Report{}, false
	}
	got, ok := held(r, &t.open, t.gridKey())
	if !ok {
		return village.Report{}, false
	}
	i := slices.IndexFunc(got.open, func(rep village.Report) bool { return rep.ID == id })
	if i < 0 {
		return village.Report{}, false
	}
	return got.open[i], true
}

// readAhead reads together the reports refs name in the turn's village
// that it has not read already (t.known), for find to take each once as
// read instead of reading it on its own: a message naming five reports
// costs one read, not five; one that names none is known so too. In the
// township's chats, where an item may be
// of any village (findIn), each is read on its own as before. done drops
// what find did not take (what the turn read ahead before comes back).
func (r *Router) readAhead(ctx context.Context, t *turn, refs []village.Ref) (done func(), err error) {
	prev := t.ahead
	done = func() { t.ahead = prev }
	if t.where.Village == "" {
		return done, nil
	}
	var ids []string
	for _, ref := range refs {
		id := ref.String()
		if ref.Kind == 'R' && !slices.Contains(ids, id) && !slices.ContainsFunc(t.known, func(rep village.Report) bool { return rep.ID == id }) {
			ids = append(ids, id)
		}
	}
	if len(ids) < 2 {
		return done, nil
	}
	// those the turn read already with the group's open reports
	// (groupOpen: 「1号2号 我下午去看」 chose among them) cost no read
	sc := storage.VillageScope(t.where.Village)
	seen := map[string]*village.Report{}
	for _, id := range ids {
		if rep, ok := r.heldOpen(t, id); ok {
			seen[id] = &rep
		}
	}
	var reps []village.Report
	if unread := slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return seen[id] != nil }); len(unread) > 0 {
		var err error
		if reps, err = r.store.ReportsOf(ctx, sc, unread); err != nil {
			return done, err
		}
	}
	t.ahead = make(map[string]*village.Report, len(ids))
	for _, id := range ids {
		t.ahead[id] = seen[id] // none such, unless read
	}
	for i := range reps {
		t.ahead[reps[i].ID] = &reps[i]
	}
	return done, nil
}

// findKnown is find, but a report the turn has read already (t.known)
// is taken as it is, once: a retry after a conflict reads it afresh. In
// the township's chats, where two villages each have a #R1, one read is
// the item only if it is of the village the number was written with
// (refVillage), when it was written with one.
func (r *Router) findKnown(ctx context.Context, t *turn, id string) (village.Report, storage.Scope, error) {
	known := t.known
	t.known = nil
	v := ""
	if t.where.Village == "" && len(known) > 0 {
		v = r.refVillage(t, id)
	}
	if i := slices.IndexFunc(known, func(rep village.Report) bool { return rep.ID == id && (v == "" || rep.Village == v) }); i >= 0 {
		return known[i], storage.VillageScope(known[i].Village), nil
	}
	return r.find(ctx, t, id)
}

// findIn loads item id (a report, a claim) with load: from the turn's
// village, or in the township chats from whichever village has it (a
// village name in the text, or the one the quoted message names with id,
// decides ties; errAmbiguous when nothing does).
func findIn[T any](r *Router, t *turn, id string, load func(v string) (T, error)) (T, storage.Scope, error) {
	var zero T
	if t.where.Village != "" {
		it, err := load(t.where.Village)
		return it, storage.VillageScope(t.where.Village), err
	}
	var found []T
	var in []string // the village of each found
	t.unsure = nil  // said afresh by each lookup (case 0 below)
	if v := r.refVillage(t, id); v != "" {
		// the village written before the number is its (「确认 青山村
		// #R1 石桥村 #R2」, as the township's texts write items: ref)
		it, err := load(v)
		if err == nil || !errors.Is(err, storage.ErrNotFound) {
			return it, storage.VillageScope(v), err
		}
		t.scope = storage.VillageScope(v)
		return zero, "", err
	}
	quoted := r.quotedVillage(t, id)
	for _, v := range r.cfg.Villages {
		it, err := load(v.Name)
		if errors.Is(err, storage.ErrNotFound) {
			continue
		}
		if err != nil {
			return zero, "", err
		}
		if v.Name == t.named || strings.Contains(t.text, v.Name) || v.Name == quoted {
			return it, storage.VillageScope(v.Name), nil
		}
		found, in = append(found, it), append(in, v.Name)
	}
	switch len(found) {
	case 0:
		// "No such item" is remembered where the item would be: the same
		// message delivered again once it exists is then seen as the
		// same, not acted on as new. Where that is not sure, in every
		// village (see commitReplies).
		if v, ok := r.villageMeant(t); ok {
			t.scope = storage.VillageScope(v)
		} else if t.scope == "" {
			for _, v := range r.cfg.Villages {
				t.unsure = append(t.unsure, storage.VillageScope(v.Name))
			}
		}
		return zero, "", storage.ErrNotFound
	case 1:
		return found[0], storage.VillageScope(in[0]), nil
	}
	return zero, "", ambiguousRef{villages: in}
}

// quotedVillage is the village the quoted message names with item id:
// the one village named on the lines that hold id, as the township's
// posts write it (「【网格上报】石桥村一组 #R1」, 「确认 石桥村 #R1」), so
// that an officer who quotes one and answers 「确认」 gets that village's
// item; "" with no quote, or none or several named there (a list).
func (r *Router) quotedVillage(t *turn, id string) string {
	if t.quote == nil || len(r.cfg.Villages) < 2 {
		return ""
	}
	ref, ok := village.ParseRef(id)
	if !ok {
		return ""
	}
	named := ""
	for line := range strings.Lines(t.quote.Text) {
		if !slices.Contains(village.FindRefs(line), ref) {
			continue
		}
		for _, v := range r.cfg.Villages {
			if strings.Contains(line, v.Name) {
				if named != "" && named != v.Name {
					return ""
				}
				named = v.Name
			}
		}
	}
	return named
}

// refVillage is the village t's text names right before item id
// (village.VillageOf), in a township of several villages; "" when none.
func (r *Router) refVillage(t *turn, id string) string {
	if t.refIn != "" {
		return t.refIn
	}
	ref, ok := village.ParseRef(id)
	if !ok || len(r.cfg.Villages) < 2 {
		return ""
	}
	return village.VillageOf(t.text, ref, r.villageNames())
}

// villageMeant is the village a message said outside any village's
// groups means: the township's only village, or the one village it names.
func (r *Router) villageMeant(t *turn) (string, bool) {
	if len(r.cfg.Villages) == 1 {
		return r.cfg.Villages[0].Name, true
	}
	if t.named != "" {
		return t.named, true
	}
	name := ""
	for _, v := range r.cfg.Villages {
		if strings.Contains(t.text, v.Name) {
			if name != "" {
				return "", false
			}
			name = v.Name
		}
	}
	return name, name != ""
}

// act applies one lifecycle command to rep and commits it with its replies.
func (r *Router) act(ctx context.Context, t *turn, cmd command, sc storage.Scope, rep village.Report, refs []village.Ref) error {
	if cmd.verb == words.VAccept && rep.Status == village.StatusResolved && rep.ReporterSide(t.who) {
		if ok, _, _ := r.mayNow(t, words.VAccept, rep); !ok {
			// 办结 asked him "请确认": the reporter's 确认 is 满意
			cmd.verb, cmd.word = words.VConfirm, "满意"
		}
	}
	if cmd.verb == words.VAnswer && words.AnswersAsProgress(t.who, rep) {
		cmd.verb, cmd.word = words.VProgress, string(words.VProgress)
	}
	cmd = r.acceptSends(t, cmd, rep) // "确认 #R5 让王五去看看": 指派
	tookOn := false
	if t.takeOn && words.Unattended(rep) {
		var err error
		if tookOn, err = r.takeOnFirst(t, &rep); err != nil {
			return err
		}
	}
	if cmd.verb == words.VRetype && rep.Type != village.Emergency {
		// no emergency (any more): nothing to lower, whoever asks
		return r.reply(ctx, t, "retype.already", map[string]any{"R": &rep})
	}
	if by := r.mediatedFor(t.who, rep); cmd.verb == words.VAccept && len(by) > 0 {
		// a party's grid leader: the mediators take it on
		return r.reply(ctx, t, "accept.aside", map[string]any{"R": &rep, "By": by})
	}
	if ok, who, ask := r.mayNow(t, cmd.verb, rep); !ok {
		return r.refuseAct(ctx, t, cmd, sc, rep, who, ask)
	}
	note := words.StripRefs(words.RefVillagesDropped(cmd.args, r.villageNames()), 'R')
	a := &lifecycle{cmd: cmd, sc: sc, refs: refs, rep: rep, note: note, action: words.VerbActions[cmd.verb], block: words.LifecycleBlocks[cmd.verb]}
	fixed, fixedSaid := village.Entry{}, false
	if cmd.verb == words.VResolve && rep.Type == village.General {
		// its reporter said it is fixed already (saysFixed): a bare
		// 「办结 #R3」 is enough, and it closes at once (closedAsSaid)
		if fixed, fixedSaid = rep.FixedSaid(); fixedSaid && note == "" {
			a.note = village.FixedSaidNote
		}
		if said, ok := r.doneTold(rep); ok && !fixedSaid && note == "" {
			// 「王五说#R1「陈二家门口的路垫好了」…请回复「办结 #R1
			// 陈二家门口的路垫好了」」: his bare 办结 is that (rep112)
			note, a.note = said.Note, said.Note
		}
	}
	a.data = map[string]any{"R": &a.rep, "Note": note, "By": t.who.Name, "Now": t.at, "TookOn": tookOn, "Own": rep.ReportedBy(t.who)}
	if cmd.verb == words.VProgress && rep.Type == village.Mediation && rep.EscalatedAt().IsZero() && words.ContainsAnyOf(note, words.StuckWords...) {
		// "两家都不让步": the next step is 上报镇, the leader's to send
		a.data["Stuck"] = "请网格长" + strings.Join(r.leaderNames(rep.Village, rep.Grid), "、") + "发"
		if t.who.Covers(village.RoleLeader, rep.Village, rep.Grid) {
			a.data["Stuck"] = "可发"
		}
	}
	if t.implied && cmd.verb == words.VProgress && rep.Type == village.Emergency {
		// "火还没灭 该打什么电话" from a cadre (sceneNews): his 进展, and
		// the number he asks for in its reply, in its commit
		a.data["Number"] = r.numberHint(t, village.Reading{}, rep)
	}
	if t.offerResolve && cmd.verb == words.VProgress {
		a.data["OfferResolve"] = r.leaderNames(rep.Village, rep.Grid)
	}
	a.data["OfferEnd"] = t.offerEnd && cmd.verb == words.VProgress
	if t.offerDone && cmd.verb == words.VProgress {
		a.data["OfferDone"] = r.leaderNames(rep.Village, rep.Grid) // 办结 of what nobody took on: the leader's
	}
	if (t.offerEnd || t.offerResolve) && cmd.verb == words.VProgress && a.rep.OverSaid.IsZero() {
		// a cadre's "阀门关了 没事了", kept as 进展 till the 办结: said
		// over, so its alarm sent again is it come back (comesBack)
		a.rep.OverSaid = t.at
	}
	if t.offerUp && cmd.verb == words.VProgress {
		a.data["OfferUp"] = r.leaderNames(rep.Village, rep.Grid) // 上报镇 is the leader's
	}
	if t.offerAssign != "" && cmd.verb == words.VProgress {
		a.data["OfferAssign"], a.data["AssignBy"] = t.offerAssign, r.leaderNames(rep.Village, rep.Grid) // 指派 is the leader's
	}
	if t.offerRetype && cmd.verb == words.VProgress {
		a.data["OfferRetype"] = r.leaderNames(rep.Village, rep.Grid) // 改为一般 is the leader's
	}
	if t.offerReject && cmd.verb == words.VProgress {
		a.data["OfferReject"] = true
		a.data["Burning"] = understand.BurnsOff(note) // "是王大爷在烧稻草": a matter of its own to file
		if !t.who.Covers(village.RoleLeader, rep.Village, rep.Grid) {
			a.data["Rejecters"] = r.leaderNames(rep.Village, rep.Grid) // 驳回 is the leader's
		}
	}
	if cmd.verb == words.VAccept && rep.Type == village.Mediation {
		// both sides hear what comes next, not only the one who told it
		var sides []string
		for _, p := range r.partiesNamed(&a.rep) {
			if !rep.ReporterSide(p) {
				sides = append(sides, r.shown(p))
			}
		}
		for _, f := range rep.Followers {
			// who joined the quarrel in the group ("谁说是我家狗咬的")
			// is a side, his household's or not
			if f != rep.Reporter && !slices.Contains(rep.Handlers, f) && !slices.Contains(sides, f) {
				sides = append(sides, f)
			}
		}
		a.data["Sides"] = sides
	}
	if (cmd.verb == words.VAccept || cmd.verb == words.VResolve) && rep.Type != village.Mediation {
		// who joined it (「是」 to 「是同一件事吗」, dup84) hears it taken
		// on with its reporter, not only when it is done (rep103), and
		// hears it done: told 「办好后会告诉各位」, and his 「还没好」 is
		// news for its handlers (rep109); its 满意 stays the reporter's
		a.data["Also"] = slices.DeleteFunc(slices.Clone(rep.Followers), func(f string) bool {
			return f == rep.Reporter || slices.Contains(rep.Handlers, f) || f == t.who.Name
		})
	}
	if cmd.verb == words.VAccept && rep.Type != village.Emergency && (understand.Planned(note, t.at) || workTold(t, rep, note)) {
		// "我下午过去看看": both sides of a quarrel hear when, and so does
		// the reporter of any other matter (「收到，今天上午去看看路灯」:
		// walk96), not only 查; so does the reporter of what was done
		// with the plan (「垃圾的事我联系环卫站了，下午来拉」: rep100)
		a.data["Plan"] = note
	}
	if cmd.verb == words.VAccept && rep.Type == village.Emergency && note != "" {
		// 「收到 我马上过去」 on a CO alarm: its reporter hears who is
		// coming, not 「办好后会告诉您」 (town108)
		a.data["Coming"] = note
	}
	if cmd.verb == words.VResolve && rep.Type == village.Emergency && rep.Danger != "" {
		// the alarm at a danger's place closed (town109): the danger is
		// still the leader's to close, and he is told so here
		if err := r.dangerLeft(ctx, a); err != nil {
			return err
		}
	}
	if ask, ok := words.NotesNeeded[cmd.verb]; ok && a.note == "" {
		if _, err := a.rep.Next(a.action); err == nil {
			// the status allows it (else err.state below says why not)
			return r.reply(ctx, t, "err.nonote", map[string]any{"Verb": cmd.word, "R": rep, "Ref": rep.ID, "What": ask.What, "Example": ask.Example})
		}
	}
	if done, err := r.prepareAct(ctx, t, a); done {
		return err
	}
	if err := r.dangerRelinked(ctx, a); err != nil {
		return err
	}
	apply := a.rep.ApplyOn
	if a.action == village.ActRetype {
		apply = func(cal village.Calendar, _ village.Action, by string, at time.Time, note string) error {
			return a.rep.RetypeOn(cal, by, at, note, r.cfg.ResolveBy(village.General, at))
		}
	}
	if t.reopenClosed && a.action == village.ActReopen && a.rep.Status == village.StatusClosed {
		apply = func(cal village.Calendar, _ village.Action, by string, at time.Time, note string) error {
			return a.rep.ReopenClosedOn(cal, by, at, note)
		}
	}
	if err := apply(r.cfg.Calendar(), a.action, t.who.Name, t.at, a.note); err != nil {
		// a leader is not sent to himself
		return r.reply(ctx, t, "err.state", map[string]any{"R": &a.rep, "Verb": cmd.word, "V": string(cmd.verb), "Next": r.nextSteps(t.who, a.rep),
			"Leaders": words.Names(r.otherLeaders(a.rep, t.who)), "Note": a.note})
	}
	r.marked(t, a)
	if fixedSaid && a.action == village.ActResolve {
		r.closedAsSaid(t, a, fixed)
	}
	return r.commitAct(ctx, t, a)
}

// fixedSaidOf is the reporter of reps, one item, when he said it is
// fixed already (village.Report.FixedSaid): an offered 办结 closes it at
// once (resolve.next); "" otherwise.
func fixedSaidOf(reps ...village.Report) string {
	if len(reps) != 1 || reps[0].Type != village.General {
		return ""
	}
	if _, ok := reps[0].FixedSaid(); !ok {
		return ""
	}
	return reps[0].Reporter
}

// closedAsSaid closes a's report, just resolved, as its reporter's 满意:
// he said it was fixed before its 办结 (said, village.FixedSaidNote), the
// best word there is, so nobody waits for his answer nor calls him back.
// The 满意 is his, read from his words (Implied): he may take it back with
// 未解决, as any 满意 read from them. The reply says so (resolve's .Fixed).
func (r *Router) closedAsSaid(t *turn, a *lifecycle, said village.Entry) {
	if err := a.rep.ApplyOn(r.cfg.Calendar(), village.ActConfirm, a.rep.Reporter, t.at, village.FixedSaidNote); err != nil {
		return // not resolved after all: asked to confirm as usual
	}
	a.rep.History[len(a.rep.History)-1].Implied = true
	a.data["Fixed"] = true
	if !said.Aside {
		a.data["FixedWords"] = village.FixedWords(said) // said privately: not quoted
	}
}

// otherLeaders are the leaders of rep's grid but who.
func (r *Router) otherLeaders(rep village.Report, who village.Person) []village.Person {
	return slices.DeleteFunc(r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader), func(p village.Person) bool { return p.Key() == who.Key() })
}

// lifecycle is one lifecycle command applied to a report (act): what it
// changes, the entry it writes and the replies' block and data.
type lifecycle struct {
	cmd    command
	sc     storage.Scope
	refs   []village.Ref
	rep    village.Report
	action village.Action
	note   string // the entry's note
	block  string // the replies' template block
	data   map[string]any
	also   []*village.Report // further reports the commit writes (the one a duplicate joins)
	// elsewhere are whom 指派 named outside the item's group
	elsewhere []village.Person
}

// prepareAct does what a's verb asks before its entry is applied: each
// verb's deadlines, handlers and reply data; done when it answered the
// command instead (err is then that answer's).
func (r *Router) prepareAct(ctx context.Context, t *turn, a *lifecycle) (done bool, err error) {
	if a.cmd.verb == words.VProgress || a.cmd.verb == words.VResolve {
		// photos of the work sent with its words ("去看了 沟里全是淤泥" and
		// the ditch) are the item's, as photos sent after it are (evidence)
		withPhotos(t, &a.rep, a.data)
	}
	switch a.cmd.verb {
	case words.VAccept:
		return r.prepareAccept(ctx, t, a)
	case words.VProgress:
		r.prepareProgress(t, a)
	case words.VAnswer:
		if a.rep.Type != village.Approval {
			// only a procedure question is answered and done with: other
			// work goes on as 进展
			return true, r.reply(ctx, t, "answer.notprocedure", a.data)
		}
		// told what he asked, the villager prepares his materials: the
		// item waits for him as one the bot told its procedure does
		// (village.Report.ProcedureAnswered), closing as told if he
		// never asks again
		a.rep.DueAt, a.rep.SLADue, a.rep.Overdue, a.rep.RemindedAt = time.Time{}, time.Time{}, 0, time.Time{}
	case words.VUnanswer:
		return r.prepareUnanswer(ctx, t, a)
	case words.VAsk:
		if _, err := a.rep.Next(a.action); err != nil {
			return true, r.askEnded(ctx, t, a.rep, a.note)
		}
		if held := a.rep.TownHolders(r.people.Lookup); len(held) > 0 && words.UrgesGrid(a.note) {
			// the township took it over: pressing the grid, which only
			// helps (配合), presses the wrong side; he is told whose it is
			return true, r.askTownsOwn(ctx, t, a.rep, held)
		}
	case words.VPause:
		r.answersAsk(t, a)
		a.data["Still"] = a.rep.Status == village.StatusWaiting // paused since a.rep.PausedAt, which stays
	case words.VEscalate, words.VReopen:
		r.prepareAgain(t, a)
	case words.VAssign:
		return r.prepareAssign(ctx, t, a)
	case words.VReject:
		return r.prepareReject(ctx, t, a)
	case words.VRetype:
		r.prepareRetype(t, a)
	case words.VDuplicate:
		orig, done, err := r.mergeInto(ctx, t, a.sc, &a.rep, a.refs, a.data)
		if done {
			return true, err
		}
		a.note = "同 #" + orig.ID
		a.also = append(a.also, orig)
	}
	return false, nil
}

// prepareAccept is 确认: a township officer who takes over an item that
// went up, or takes charge of an emergency from the duty chat, joins its
// handlers beside the grid leader; the item gets its time to resolve, as
// a 进展 does (「确认 #R1 3月6日前修好」 promises a day).
func (r *Router) prepareAccept(ctx context.Context, t *turn, a *lifecycle) (done bool, err error) {
	rep := &a.rep
	if rep.Status == village.StatusEscalated && rep.HandledBy(t.who) {
		return true, r.reply(ctx, t, "accept.already", a.data) // taken over once is enough
	}
	takesCharge := t.who.Has(village.RoleOfficer) && !rep.HandledBy(t.who) &&
		(rep.Status == village.StatusEscalated || rep.Type == village.Emergency)
	if takesCharge && rep.Type != village.Emergency {
		// officers who took it over before him are told privately that
		// he joined (commitAct): the office's reply names him its lead
		a.data["Holders"] = rep.TownHolders(r.people.Lookup)
	}
	if words.JoinsOnAccept(t.who, *rep) || takesCharge || rep.Status == village.StatusNew && !rep.HandledBy(t.who) && r.actsFor(t, *rep) {
		// who covers for its away leader and takes it on handles it
		// (rep105): the reply names him, not only the one away
		rep.AddHandler(t.who, r.shown(t.who))
	}
	if takesCharge {
		// worded as the township taking it, the grid beside it
		me := r.shown(t.who)
		a.data["Takeover"], a.data["With"] = me, slices.DeleteFunc(slices.Clone(rep.Handlers), func(h string) bool { return h == me })
	}
	if _, err := village.Next(rep.Status, a.action); err != nil && takesCharge && rep.Status.Open() {
		// the grid leader accepted it already: the officer joins it as
		// it stands, on its deadline
		a.action, a.note = village.ActAssign, cmp.Or(a.note, "镇干部接手")
		return false, nil
	}
	if unit := r.passedTo(rep.Village, a.note); unit != "" && !takesCharge && rep.Type == village.General {
		// "#R1 转供电所处理" from the leader: taken on, and the reply
		// says who does it now and what he is to send next
		a.data["Unit"] = unit
	}
	rep.SetDue(r.cfg.ResolveBy(rep.Type, t.at))
	r.prepareProgress(t, a)
	return false, nil
}

// prepareProgress is 进展 (and what 确认 shares of it): work begun on an
// item nobody accepted takes it on; a day promised, a pause ended and a
// 办结 taken back are said.
func (r *Router) prepareProgress(t *turn, a *lifecycle) {
	rep := &a.rep
	if rep.Status == village.StatusNew {
		// work begun on an item nobody accepted takes it on, as 指派
		// does: it gets the time to resolve it, not the day to accept
		// it, or it is "overdue" the morning after and sent up
		rep.SetDue(r.cfg.ResolveBy(rep.Type, t.at))
	}
	if a.cmd.verb == words.VProgress && rep.Status == village.StatusEscalated && t.who.Has(village.RoleOfficer) && len(rep.Officers(r.people.Lookup)) == 0 {
		// the officer who works an item sent up that nobody in the
		// township took over has taken it: the office's lists, the
		// morning digest and 查 stop asking for someone to
		rep.AddHandler(t.who, r.shown(t.who))
		a.data["TookOver"] = r.shown(t.who)
	}
	note := a.note
	if strings.Contains(note, "前") {
		// 「陈二十号前给」: the name's 二 is no day (PromiseIn reads
		// only notes with 前)
		note = village.WithoutNames(note, village.NamesOf(r.people.All(), rep.Village))
	}
	if p, ok := village.PromiseIn(note, t.at); ok {
		a.data["Promise"] = p // 「预计3月6日前办结」: the deadline becomes the end of that day (marked)
	} else if day, ok := village.PromiseMiswritten(a.note, t.at); ok {
		a.data["NoDay"] = day // 「预计2月30日前办结」: he is told the deadline stays
	}
	if a.cmd.verb == words.VProgress {
		// not a 确认, which leaves the question open
		r.answersAsk(t, a)
		a.data["DoneNext"] = r.doneNext(t, a)
		if r.settleNext(t, a) {
			// "他俩谈好了 张三赔200": 「1」 is its 办结, offered in his own
			// copy, which a mediation's step sends him privately (hush)
			a.data["SettleNext"] = r.askPrivately(t, question{Kind: words.AskCommand, Text: string(words.VResolve) + " #" + a.rep.ID + " " + a.note, Msg: t.m.ID}) == nil
		}
		if t.offerFixed && t.implied && t.batch == nil && len(a.refs) == 1 {
			// "已经换好了" of his one item: 「1」 is its 办结, asked where he said it
			a.data["FixedNext"] = r.ask(t, question{Kind: words.AskCommand, Text: string(words.VResolve) + " #" + a.rep.ID + " " + a.note, Msg: t.m.ID}) == nil
			a.data["Said"] = fixedSaidOf(a.rep)
			if a.data["FixedNext"] == true {
				a.data["DoneNext"] = false // the offer says it: not two 办结 lines (rep100)
			}
		}
	}
	// after 等待: the clock runs again, the deadline moved by the pause
	a.data["Resumed"] = rep.Status == village.StatusWaiting && !rep.DueAt.IsZero()
	// after a 办结 read from his words (ownDone): taken back
	a.data["Undone"] = rep.Status == village.StatusResolved
}

// doneNext reports whether the reply to a 进展 read from a cadre's plain
// words ("下水道我下午去看") shows him the 办结 to send when it is done:
// an ordinary item he may 办结, his words not saying it is done, and the
// reply offering no other next step (上报镇, 办结 by the leader, 驳回, the
// township's question). Several items at once ("R1 R2 下午一起去看") show
// none: one line would name one of them.
func (r *Router) doneNext(t *turn, a *lifecycle) bool {
	rep := a.rep
	if !t.implied || t.batch != nil || rep.Type != village.General || rep.Status == village.StatusResolved || words.DoneBy(a.note, t.at) ||
		t.offerResolve || t.offerEnd || t.offerReject || t.offerUp || t.offerAssign != "" || t.offerRetype || a.data["Answers"] != nil {
		return false
	}
	may, _, _ := r.mayNow(t, words.VResolve, rep)
	return may
}

// settleNext reports whether the reply to a 进展 read from a mediator's
// plain words that the parties came to terms ("他俩谈好了 张三赔200":
// settles) offers its 办结 for a 「1」: a quarrel open and not sent up,
// one item, his to 办结, no other next step offered.
func (r *Router) settleNext(t *turn, a *lifecycle) bool {
	rep := a.rep
	if !t.implied || t.batch != nil || len(a.refs) != 1 || rep.Type != village.Mediation || rep.Status == village.StatusResolved ||
		rep.Status == village.StatusEscalated || !words.Settles(a.note, t.at) || t.offerUp || t.offerAssign != "" || a.data["Answers"] != nil {
		return false
	}
	may, _, _ := r.mayNow(t, words.VResolve, rep)
	return may
}

// answersAsk marks a step that answers the township's question (镇里问)
// on the item, a 进展 or a 等待 (village.Report.OpenAsk): he is told it
// went to the township, and the township's chat hears whose question it
// answers, not a bare step.
func (r *Router) answersAsk(t *turn, a *lifecycle) {
	if ask, ok := a.rep.OpenAsk(); ok && ask.By != t.who.Name && r.askBack(&a.rep, ask) != "" {
		a.data["Answers"], a.data["Urged"], a.data["AskBack"] = ask.By, ask.Urge, r.askBack(&a.rep, ask)
		// a question asked privately (Entry.Aside): its answer goes to the
		// township's chat and the one who answered, not to the group
		a.data["AskAside"] = ask.Aside
		if may, _, _ := r.mayNow(t, words.VResolve, a.rep); t.implied && a.cmd.verb == words.VProgress && may && words.DoneBy(a.note, t.at) {
			// 「修好了」: his words say it is done, no other matter: he is
			// shown the 办结 to send, not how to take his answer back
			a.data["DoneOffer"] = true
		}
	}
}

// askBack is the township chat that hears the answer to ask, the
// township's question (镇里问) on rep: the one he asked in (town106: a
// question in the office about an emergency was answered in the duty
// chat alone), else the one that follows rep; "" for none. The chat
// that follows rep hears the answer too, as it hears every step
// (notifyElsewhere).
func (r *Router) askBack(rep *village.Report, ask village.Entry) string {
	return cmp.Or(ask.Chat, r.cfg.TownshipChat(rep))
}

// prepareUnanswer is 撤回答复: the procedure question waits for its
// answer again, on the deadline it had.
func (r *Router) prepareUnanswer(ctx context.Context, t *turn, a *lifecycle) (done bool, err error) {
	rep := &a.rep
	answer, ok := village.StandingAnswer(rep.History)
	if !ok || !rep.ProcedureAnswered() {
		// nothing to take back: no answer, one taken back already, or
		// the villager asked again since (it waits for one now)
		return true, r.reply(ctx, t, "unanswer.none", a.data)
	}
	if asked := rep.AskedAgainAt; !asked.IsZero() || !r.answersAlone(t.hear(rep.Text)) {
		rep.DueAt = r.cfg.AcceptBy(rep.Type, cmp.Or(asked, rep.CreatedAt))
	}
	a.data["Awaits"] = !rep.DueAt.IsZero()
	a.data["Answer"] = answer
	return false, nil
}

// prepareAgain is 上报镇 and 未解决: the township, or the grid again, gets
// the whole time to resolve it.
func (r *Router) prepareAgain(t *turn, a *lifecycle) {
	rep := &a.rep
	if a.cmd.verb == words.VReopen && rep.Type == village.General && rep.Status == village.StatusResolved && t.where.Kind == words.InGrid &&
		t.who.Tends(rep.Village, rep.Grid) && !rep.ReporterSide(t.who) {
		// a cadre's 未解决 of a 办结: a slip is taken back (reopenTakenBack)
		a.data["Undo"] = true
	}
	rep.SetDue(r.cfg.ResolveBy(rep.Type, t.at))
	if a.cmd.verb == words.VReopen && rep.Type != village.Emergency && rep.Type != village.Mediation {
		// reopened at night, its reporter hears when the leaders read it
		if others := r.otherLeaders(*rep, t.who); len(others) > 0 {
			a.data["Leaders"], a.data["Wake"] = words.Names(others), r.wake(t)
		}
	}
}

// prepareAssign is 指派 to a department or to people.
func (r *Router) prepareAssign(ctx context.Context, t *turn, a *lifecycle) (done bool, err error) {
	rep := &a.rep
	// the township taking on what went up, by referring it or giving it to
	// someone, takes it on as its 确认 would: with the time to resolve it
	// from now, not the grid's deadline it went up past (镇里待接手)
	townTakes := t.who.Has(village.RoleOfficer) && rep.TownToTake(r.people.Lookup)
	if d, rest, ok := r.department(a.note); ok {
		// A department is reached by its office phone, not in the
		// chats: the officer who refers it stays its handler, is
		// chased when it runs late, and tells the grid its outcome.
		if !t.who.Has(village.RoleOfficer) {
			return true, r.reply(ctx, t, "assign.dept.grid", map[string]any{"R": rep, "D": d})
		}
		rep.Department = d.Name
		if !rep.HandledBy(t.who) {
			rep.AddHandler(t.who, r.shown(t.who))
		}
		a.note, a.block = strings.TrimSpace("转交"+d.Name+" "+rest), "assign.dept"
		a.data["D"], a.data["Note"] = d, rest
	} else if a.elsewhere, done, err = r.assignPeople(ctx, t, rep, a.note, a.data); done {
		return true, err
	}
	if t.who.Has(village.RoleOfficer) {
		// the township sent a neutral one: the leader who is a party
		// steps aside (mediatedFor answers his 确认)
		for _, l := range r.partyHandlers(*rep) {
			if len(rep.Handlers) > 1 {
				rep.RemoveHandler(l)
			}
		}
	}
	if rep.Status == village.StatusNew || rep.Status == village.StatusReopened || townTakes {
		rep.SetDue(r.cfg.ResolveBy(rep.Type, t.at))
	}
	// "路灯的事让何志强去弄": taken on and given in one, which the reply says
	a.data["Took"] = t.implied && rep.Status == village.StatusNew
	if rep.Status == village.StatusNew && rep.Type == village.General && !rep.Private() && !rep.ReportedBy(t.who) &&
		!slices.Contains(rep.Handlers, rep.Reporter) {
		// its reporter hears it was taken on, as 确认 tells him (rep100;
		// was: only the one sent was @-named)
		a.data["Tell"] = true
	}
	// the one sent hears by when, as 确认 says it (预计…前办结)
	a.data["Due"] = rep.Timed() && rep.Status != village.StatusEscalated
	// past its deadline, which a 指派 does not move: the one sent hears so
	a.data["Late"] = rep.Overdue > 0 || !rep.DueAt.IsZero() && rep.DueAt.Before(t.at)
	return false, nil
}

// prepareReject is 驳回, or an officer's 退回 of an item sent up.
func (r *Router) prepareReject(ctx context.Context, t *turn, a *lifecycle) (done bool, err error) {
	rep := &a.rep
	if a.note == "" {
		// an officer's 退回 of an item sent up is no 驳回: shown the
		// command he meant
		a.data["Return"] = rep.Status == village.StatusEscalated && t.who.Has(village.RoleOfficer)
		a.data["Word"] = t.command.word
		return true, r.reply(ctx, t, "reject.usage", a.data)
	}
	giveBack := rep.Status == village.StatusEscalated && t.who.Has(village.RoleOfficer)
	if giveBack && !strings.HasPrefix(t.command.word, "退") && words.HandledAlready(a.note, t.at) {
		// "驳回 #R5 已经清运过了": he says it is done, which a 退回 to the
		// grid is not; asked which he means, nothing changes
		a.data["Note"] = a.note
		return true, r.reply(ctx, t, "reject.done", a.data)
	}
	if !giveBack && t.command.word != words.RejectAnyway && words.HandledAlready(a.note, t.at) && !words.ContainsAnyOf(a.note, words.RejectReasons...) {
		// a leader's "驳回 #R3 已经修好了": done is 办结, which asks the
		// reporter to confirm and counts as resolved; asked which he
		// means, nothing changes. 不予受理 is no question: no loop.
		a.data["Note"], a.data["Anyway"] = a.note, words.RejectAnyway
		return true, r.reply(ctx, t, "reject.done", a.data)
	}
	a.data["Leaders"] = r.leaderNames(rep.Village, rep.Grid)
	// a leader who rejects it is the one to ask, not "网格长李四" as if
	// he were someone else
	a.data["ByLeader"] = slices.Contains(a.data["Leaders"].([]string), t.who.Name)
	a.data["Township"] = townshipView(t) // the officer is told the grid heard, not to ask its leader
	if giveBack {
		a.action, a.block = village.ActReturn, "return"
		r.giveBack(rep, t.at)
	} else {
		// those it was given to (指派) stop work on it: @-told in its group
		workers := words.Names(r.people.InGrid(rep.Village, rep.Grid, village.RoleWorker))
		a.data["Stop"] = slices.DeleteFunc(slices.Clone(rep.Handlers), func(n string) bool {
			return n == r.shown(t.who) || !slices.Contains(workers, n)
		})
	}
	return false, nil
}

// marked marks the entry just applied: read from the sender's words
// (implied), his private words of what is still wrong kept out of the
// group, and a day promised made the deadline.
func (r *Router) marked(t *turn, a *lifecycle) {
	rep := &a.rep
	if t.implied {
		rep.History[len(rep.History)-1].Implied = true
		a.data["Implied"] = true
	}
	if a.cmd.verb == words.VReopen && a.note != "" && t.where.Kind == words.InPrivate && !rep.Private() && (rep.ReportedBy(t.who) || rep.RecordedBy(t.who)) {
		// he chose to say privately what is still wrong: his words stay
		// out of the group
		rep.History[len(rep.History)-1].Aside = true
	}
	if p, ok := a.data["Promise"].(village.Promise); ok && !p.Past {
		r.promise(rep, p, a.data)
	}
}

// commitAct commits a's report with its replies: the office's 【网格上报】
// for 上报镇, everyone the item tells, the people 指派 named elsewhere; an
// officer's question (镇里问) goes to the grid's cadres alone (askGrid).
func (r *Router) commitAct(ctx context.Context, t *turn, a *lifecycle) error {
	rep, data := &a.rep, a.data
	var out []bot.Outbound
	switch a.cmd.verb {
	case words.VAsk:
		// what it is and where he asked, kept on the step in the same
		// commit: its answer's words and chat (askBack)
		asked := &rep.History[len(rep.History)-1]
		// asked privately, the township chat that follows the item (the
		// duty chat for an emergency), else the office
		asked.Urge, asked.Chat = words.UrgesGrid(a.note), cmp.Or(r.cfg.TownshipChat(rep), r.cfg.Township.OfficeChat)
		if t.where.Kind == words.InOffice {
			asked.Chat = t.m.Chat // answered where he asked (town106)
		}
		data["Urge"] = asked.Urge
		if !asked.Urge && words.EndsAskingAfter(a.note) {
			// "王奶奶人怎么样了": what the record says meanwhile
			if e, ok := rep.LastDone(); ok && e.Action != village.ActCreate {
				data["Known"] = e
			} else {
				data["Known"] = village.Entry{}
			}
			data["Now"] = t.at
		}
		out = r.askGrid(t, rep, data, a.cmd.open) // the grid's cadres, privately, or its group
		if data["Group"] == nil {
			// asked privately: its answer goes back privately (answersAsk)
			rep.History[len(rep.History)-1].Aside = true
		}
	case words.VEscalate:
		leaders := r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader)
		data["LeaderPeople"], data["ReporterPhone"] = leaders, rep.NoGridPhone(r.people.Lookup, r.people.Address)
		// a leader sending up says who he is with his phone once, the
		// other leaders after him (town97: 上报人 and 网格长 said him twice)
		if i := slices.IndexFunc(leaders, func(p village.Person) bool { return p.Key() == t.who.Key() }); i >= 0 {
			data["ByLeader"], data["LeaderPeople"] = leaders[i], slices.Delete(slices.Clone(leaders), i, i+1)
		}
		// what the grid did, and apart from it how often it came back
		data["Reopens"], data["Reopen"] = rep.Reopened()
		data["AskInGroup"] = words.AsksInGroup(rep) // how the office may ask the grid: 问网格 too
		data["Work"], data["Plan"] = rep.WorkAndPlan(understand.Planned)
		if back := words.LastOf(rep.History, village.ActReturn); !back.At.IsZero() {
			data["Returned"] = back // sent up again: the office sees it sent it back before, and why
		}
		// the office reads it when the quiet hours end: its 今天 is theirs
		data["Now"] = r.readAt(t)
		out = append(out, bot.Outbound{To: r.cfg.Township.OfficeChat, Kind: bot.Group, Priority: newsPriority(rep),
			Text: r.texts.Render("escalate.office", data)})
		data["Now"], data["Wake"] = t.at, r.wake(t)
	}
	if a.cmd.verb == words.VRetype {
		out = append(out, r.retypeDuty(t, rep, data)...)
	}
	var elsewhere string
	if len(a.elsewhere) > 0 {
		elsewhere = r.assignedElsewhere(t.who, rep, data["Note"], t.at)
	}
	if len(a.elsewhere) > 0 && rep.Private() {
		// a private item's handlers are all told privately (notify): those
		// it named hear what it is rather than the bare step
		assigned := map[string]string{}
		for _, p := range a.elsewhere {
			assigned[r.shown(p)] = elsewhere
		}
		data["Assigned"] = assigned
	}
	if a.cmd.verb != words.VAsk {
		out = append(out, r.notify(t, rep, a.block, data)...)
	}
	if data["AskAside"] == true && t.where.Kind == words.InPrivate {
		// the answer, given privately, to a question the township asked
		// privately: 查 in the group does not read it out (status)
		rep.History[len(rep.History)-1].Aside = true
	}
	if held, _ := data["Holders"].([]string); len(held) > 0 {
		for _, h := range held {
			text := r.texts.Render("accept.joined.holder", map[string]any{"Who": h, "R": rep, "By": r.shown(t.who), "Data": data})
			out = append(out, bot.Outbound{To: h, Kind: bot.Private, Priority: newsPriority(rep), Text: text})
		}
	}
	if len(a.elsewhere) > 0 && !rep.Private() {
		for _, p := range a.elsewhere {
			out = append(out, bot.Outbound{To: r.shown(p), Kind: bot.Private, Priority: newsPriority(rep), Text: elsewhere})
		}
	}
	t.out = out
	return r.commitTurn(ctx, t, storage.Change{
		Scope: a.sc, MsgID: t.m.ID, Report: rep, Also: a.also,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: string(a.action), Note: a.note},
		Out:   out, Read: t.decidedOn, Keep: t.keep, Docs: t.checked,
	}, &batchItem{block: a.block, rep: *rep, data: data})
}

// assignedElsewhere is the private notice to one by gave rep to who is
// not in its group (assign.elsewhere), note what he is to do.
func (r *Router) assignedElsewhere(by village.Person, rep *village.Report, note any, at time.Time) string {
	return r.texts.Render("assign.elsewhere", map[string]any{"R": rep, "By": by.Name, "Note": note, "Now": at,
		"Phone": rep.NoGridPhone(r.people.Lookup, r.people.Address)})
}

// askGrid is the messages of an officer's question to the grid about rep
// (镇里问): the grid's leaders and its other cadres who handle the item
// hear it, each privately (the group and the reporter do not: the grid
// asks them if it must); the officer is told whom it went to and that the
// answer, their 进展, comes to the township's chat that follows the item.
// Asked openly (问网格 #R 问题), it is posted in the item's group, @-naming
// those of them in it, and told privately only to the others; a quarrel's
// question stays private, as its notes do.
func (r *Router) askGrid(t *turn, rep *village.Report, data map[string]any, open bool) []bot.Outbound {
	officers := rep.Officers(r.people.Lookup)
	open = open && words.AsksInGroup(rep)
	text := r.texts.Render("ask.grid", data)
	var asked, mention []string
	var out []bot.Outbound
	sent := map[string]bool{}
	tell := func(to, label string, inGroup bool) {
		if to == "" || sent[to] || slices.Contains(officers, to) {
			return
		}
		sent[to] = true
		asked = append(asked, label+to)
		if open && inGroup {
			mention = append(mention, to)
			return
		}
		out = append(out, bot.Outbound{To: to, Kind: bot.Private, Priority: newsPriority(rep), Text: text})
	}
	// a leader away: who has his items is asked in his place (rep107)
	leaders, _ := r.askedNow(t, r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader))
	for _, p := range leaders {
		label := ""
		if p.Covers(village.RoleLeader, rep.Village, rep.Grid) {
			label = "网格长"
		}
		tell(r.shown(p), label, p.InGroupOf(rep.Village, rep.Grid))
	}
	in := r.handlersInGroup(t.at, rep)
	for _, h := range r.handlersReached(t.at, *rep) {
		tell(h, "", slices.Contains(in, h))
	}
	if len(mention) > 0 {
		data["Mention"] = mention
		out = append([]bot.Outbound{{To: rep.Chat, Kind: bot.Group, Priority: newsPriority(rep), Text: r.groupTexts.Render("ask.grid", data)}}, out...)
		data["Group"] = rep.Chat
	}
	data["Asked"], data["Back"] = asked, r.askBack(rep, rep.History[len(rep.History)-1])
	if data["Back"] == t.m.Chat {
		data["Back"] = "本群"
	}
	return append([]bot.Outbound{r.back(t, r.textsFor(t).Render("ask.office", data))}, out...)
}

// askTownsOwn answers an officer's order (督办) on rep, an item the
// township took over (held: its officers among the handlers): nothing goes
// to the grid, which only helps; he hears who holds it in the township
// (himself, or whom to call) and how to ask the grid instead.
func (r *Router) askTownsOwn(ctx context.Context, t *turn, rep village.Report, held []string) error {
	var phones []village.Person
	for _, h := range held {
		if p, err := r.people.Lookup(rep.Village, h); err == nil && h != r.shown(t.who) {
			phones = append(phones, p)
		}
	}
	return r.reply(ctx, t, "ask.townsown", map[string]any{"R": &rep, "Held": held, "Mine": rep.HandledBy(t.who), "Phones": phones,
		"With": slices.DeleteFunc(slices.Clone(rep.Handlers), func(h string) bool { return slices.Contains(held, h) })})
}

// askEnded answers an officer's question to the grid (镇里问, note) about
// rep, resolved, closed, rejected or merged: nobody of the grid is to
// answer it; he hears how it ended and whom to call, not err.state's
// 请重新「上报」, a villager's step, nor refuse's 镇干部 he is.
func (r *Router) askEnded(ctx context.Context, t *turn, rep village.Report, note string) error {
	last, _ := rep.LastStep()
	return r.reply(ctx, t, "ask.ended", map[string]any{"R": &rep, "Note": note, "Now": t.at, "Last": last,
		"LeaderPeople": r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader)})
}

// refuseAct answers a lifecycle command the sender may not give on rep
// (who and ask say who may, as Router.may does): a villager's 进度 is
// his question how it stands; an officer, a cadre of the item's grid or
// of another grid is told what he can do instead; anyone else whom to
// ask.
func (r *Router) refuseAct(ctx context.Context, t *turn, cmd command, sc storage.Scope, rep village.Report, who string, ask []string) error {
	// the grid leader's own 满意 on a report of another: "请联系马文" to 马文
	ask = slices.DeleteFunc(slices.Clone(ask), func(n string) bool { return n == t.who.Name || n == r.shown(t.who) })
	if cmd.verb == words.VProgress && words.StripRefs(cmd.args, 'R') == "" {
		return r.status(ctx, t, sc, rep) // a villager's "进度 #R1" asks how it stands
	}
	if cmd.verb == words.VReject && t.who.Has(village.RoleOfficer) && rep.WentUp() && !rep.WithTownship() && rep.Status.Open() {
		// 退回 once more (a second officer, or twice): it is the
		// grid's already, which "需要网格长来操作" would hide
		return r.reply(ctx, t, "return.already", map[string]any{"R": &rep, "Back": words.LastOf(rep.History, village.ActReturn), "Now": t.at,
			"Leaders": r.leaderNames(rep.Village, rep.Grid)})
	}
	if cmd.verb == words.VAccept && rep.Status == village.StatusEscalated && r.gridSide(t.who, rep) {
		// the grid still works on an item that went up: say how
		return r.reply(ctx, t, "accept.escalated", map[string]any{"R": &rep, "Next": r.nextSteps(t.who, rep)})
	}
	if cmd.verb == words.VAsk && officerHere(t) && rep.Grid != "" && !r.hides(t.who, rep) && (!rep.Status.Open() || rep.Status == village.StatusResolved) {
		// the grid's own item, ended: as one sent up (askEnded)
		return r.askEnded(ctx, t, rep, words.StripRefs(cmd.args, 'R'))
	}
	if officerHere(t) && rep.Grid != "" && rep.Type != village.Emergency && !rep.WithTownship() && rep.Status.Open() {
		// the grid's item, never sent up: whom the officer calls to
		// press it, and how it would come to him
		return r.reply(ctx, t, "refuse.gridsown", map[string]any{"R": &rep, "Verb": cmd.word, "Untaken": cmd.verb == words.VProgress && rep.Status == village.StatusNew,
			"LeaderPeople": r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader)})
	}
	if v, g := t.where.Village, t.where.Grid; t.where.Kind != words.InOffice && rep.Grid != "" && !t.who.Tends(rep.Village, rep.Grid) && t.who.Tends(v, g) {
		// his own grid's cadre naming another grid's item: mostly a
		// number typed wrong, which "需要网格长来操作" would not show him
		return r.reply(ctx, t, "refuse.othergrid", map[string]any{"R": &rep, "Verb": cmd.word, "Here": g,
			"OtherVillage": rep.Village != v, "Hidden": r.hides(t.who, rep),
			"Leaders": r.leaderNames(rep.Village, rep.Grid)})
	}
	if words.LeaderOnly[cmd.verb] && len(ask) > 0 && rep.Status.Open() && t.who.Covers(village.RoleWorker, rep.Village, rep.Grid) {
		// the grid's worker: what he can do himself, and how the
		// leader hands it to him, not only whom to call
		return r.reply(ctx, t, "refuse.worker", map[string]any{"R": &rep, "Verb": cmd.word, "Who": who, "Ask": ask,
			"Me": r.shown(t.who), "Handler": rep.HandledBy(t.who), "Handed": words.HandedVerbs[cmd.verb]})
	}
	if cmd.verb == words.VResolve && rep.ReporterSide(t.who) && rep.Status.Open() {
		// his own item: he confirms it, he does not resolve it
		return r.reply(ctx, t, "refuse.ownresolve", map[string]any{"R": &rep, "Ask": ask,
			"Own": rep.ReportedBy(t.who), "Resolved": rep.Status == village.StatusResolved})
	}
	if (cmd.verb == words.VConfirm || cmd.verb == words.VReopen) && words.FollowsSettled(rep, t.who) {
		// 「满意 #R1」「未解决 #R1 还是不亮」 from who was told 「这件也是您反映
		// 过的」 at its 办结: his word, not refused; the 满意 and the
		// 未解决 stay the reporter's (rep109)
		return r.followerSettled(ctx, t, rep, cmd.verb == words.VConfirm, nil)
	}
	data := map[string]any{"Verb": cmd.word, "Who": who, "Ask": ask}
	if cmd.verb == words.VConfirm && rep.Status.Open() && rep.Status != village.StatusResolved && rep.Reporter != "" &&
		(t.who.Covers(village.RoleLeader, rep.Village, rep.Grid) || rep.HandledBy(t.who)) {
		// "满意 #R1" from who handles it: its reporter confirms once
		// it is done, so he hears how to say it is
		data["Ref"], data["Reporter"] = rep.ID, rep.Reporter
	}
	return r.reply(ctx, t, "refuse", data)
}

// assignPeople is 指派 naming people (note): each joins rep's handlers,
// in place of the grid's worker named before unless the item went up to
// the township; those the item's group does not hold are returned, to be
// told privately. Naming nobody known, or the item's own reporter, is
// answered with what to write instead (done).
func (r *Router) assignPeople(ctx context.Context, t *turn, rep *village.Report, note string, data map[string]any) (elsewhere []village.Person, done bool, err error) {
	who, unknown, task := r.assignees(rep.Village, note)
	if len(who) == 0 {
		// the example fits the sender: a grid's cadre is shown a
		// worker of the item's grid, whom he may well mean (none, no
		// example); an officer the departments he refers items to
		depts, example := r.departments(t.who), []string(nil)
		if len(depts) == 0 {
			example = words.Names(r.people.InGrid(rep.Village, rep.Grid, village.RoleWorker))
		}
		return nil, true, r.reply(ctx, t, "err.assign", map[string]any{"R": rep, "Unknown": unknown, "Depts": depts,
			"Example": append(example, "")[0]})
	}
	if i := slices.IndexFunc(who, rep.ReporterSide); i >= 0 {
		// the one who resolves is never the one who confirms
		// the example names a worker not of the reporter's side (not
		// 王五 himself, of 王五's report)
		workers := slices.DeleteFunc(r.people.InGrid(rep.Village, rep.Grid, village.RoleWorker), rep.ReporterSide)
		return nil, true, r.reply(ctx, t, "err.assign.reporter", map[string]any{"R": rep, "Name": r.shown(who[i]), "Workers": words.Names(workers)})
	}
	if task == "" && !slices.ContainsFunc(who, func(p village.Person) bool { return !rep.HandledBy(p) }) {
		// 指派 again of whom it is already given to: nothing changes,
		// and he is not @-called again
		return nil, true, r.reply(ctx, t, "assign.already", map[string]any{"R": rep, "Names": words.Names(who)})
	}
	return r.giveTo(t.who, rep, who, task, data), false, nil
}

// giveTo makes who, sent by by, rep's handlers, in place of the grid's
// worker named before unless the item went up to the township, and sets
// the assign block's Replaced, Names, InGroup, Note (task) and Told in
// data; those the item's group does not hold are returned, to be told
// privately (assign.elsewhere). 指派's and a leader's sending in words
// as he files a villager's confirm-back (sendsOnAnswer) share it.
func (r *Router) giveTo(by village.Person, rep *village.Report, who []village.Person, task string, data map[string]any) (elsewhere []village.Person) {
	if rep.Status != village.StatusEscalated {
		// the township brings in whom it needs; the grid replaces the
		// worker it named before
		data["Replaced"] = r.replaceWorkers(rep, who)
	}
	for _, p := range who {
		rep.AddHandler(p, r.shown(p))
	}
	var assigned, inGroup []string // whom this 指派 named, not those already on it
	for _, p := range who {
		assigned = append(assigned, r.shown(p))
		if p.InGroupOf(rep.Village, rep.Grid) {
			inGroup = append(inGroup, r.shown(p))
		} else if p.Key() != by.Key() {
			// not in the item's group, where he would be
			// @mentioned in vain: he is told privately
			elsewhere = append(elsewhere, p)
		}
	}
	data["Names"], data["InGroup"], data["Note"], data["Told"] = assigned, inGroup, task, len(elsewhere) > 0
	return elsewhere
}

// mergeInto is 重复 #R #R9: rep becomes a duplicate of the earlier item
// refs[1] names, returned, whose followers its reporter joins. A merge
// the sender may not make (into an item he may not read), or that would
// end or show an item silently, is answered instead (done).
func (r *Router) mergeInto(ctx context.Context, t *turn, sc storage.Scope, rep *village.Report, refs []village.Ref, data map[string]any) (orig *village.Report, done bool, err error) {
	if len(refs) < 2 || refs[1].String() == rep.ID {
		return nil, true, r.reply(ctx, t, "err.dupref", data)
	}
	o, err := r.store.Report(ctx, sc, refs[1].String())
	if errors.Is(err, storage.ErrNotFound) {
		return nil, true, r.reply(ctx, t, "err.unknownref", map[string]any{"Ref": refs[1].String(), "Township": townshipView(t)})
	}
	if err != nil {
		return nil, true, err
	}
	if r.hides(t.who, o) {
		// what he may not read he may not merge into: the refusal, and
		// the merge's reply, would show it (a private item of another
		// grid, a mediation of another grid)
		return nil, true, r.replyHidden(ctx, t, o)
	}
	data["Orig"] = &o
	if !o.Status.Open() || (rep.Type == village.Emergency && o.Type != village.Emergency) || rep.Private() != o.Private() ||
		rep.Private() && !words.SameReporter(*rep, o) && !words.SameTeller(*rep, o) {
		// merging into a closed item, or an emergency into an ordinary
		// one, would silently end it; a private item and a group one
		// would show one to the other's audience, two private items
		// of two villagers each villager to the other
		t.aside = t.aside || o.Private()
		return nil, true, r.reply(ctx, t, "err.dupinto", data)
	}
	rep.DuplicateOf = o.ID
	o.Absorb(rep) // its reporter follows the original now
	return &o, false, nil
}

// reportsOnScene reports whether the emergency rep, about to be filed
// from t, is told by a cadre of its grid (its leader or a worker) who
// says he is there or has called for help (atScene): his report is his
// 确认. Said for someone else (代报) it still is: he is the one there.
func (r *Router) reportsOnScene(t *turn, rep *village.Report) bool {
	return rep.Grid != "" && words.AtScene(rep.Text) && r.cadreOf(t.who, *rep)
}

// takeOnFirst takes rep nobody took on yet on for the sender, as his
// 确认 would (see act): an emergency before the 进展 or 办结 his words
// make of it (see sceneNews), a leader's own report as he files it (takeOwn): one change, so that the duty chat hears
// once, and the watchdog stops. took is false when he may not take it on.
func (r *Router) takeOnFirst(t *turn, rep *village.Report) (took bool, err error) {
	return r.takeOnFor(t, t.who, "", rep)
}

// takeOnFor is takeOnFirst for p, note the 确认's note. p acting for its
// away leader (actsAt, rep105: 「收到 我一会过去看看」 from the worker who
// has the leader's items) takes it on and handles it, as his 确认 would
// (prepareAccept).
func (r *Router) takeOnFor(t *turn, p village.Person, note string, rep *village.Report) (took bool, err error) {
	at := t.at
	ok, _, _ := r.may(p, words.VAccept, *rep)
	covers := !ok && rep.Status == village.StatusNew && r.actsAt(p, at, *rep)
	if !ok && !covers {
		return false, nil
	}
	if words.JoinsOnAccept(p, *rep) || covers {
		rep.AddHandler(p, r.shown(p))
	}
	rep.SetDue(r.cfg.ResolveBy(rep.Type, at))
	if err := rep.ApplyOn(r.cfg.Calendar(), village.ActAccept, p.Name, at, note); err != nil {
		return false, fmt.Errorf("take %s on: %w", rep.ID, err)
	}
	rep.History[len(rep.History)-1].Implied = true
	return true, nil
}

// promise makes the day a handler promised in a 进展 note the deadline:
// the overdue job reminds him after that day ends, and chases it from
// there. No further than sla.promise_limit past the SLA's deadline, so
// that promise after promise cannot keep an item from the township; the
// on-time statistics keep the SLA's deadline (Report.SLADueAt). data
// gets what the reply says: TooFar and Latest for a day too far, Before
// for a promised day put off (改期), SLA.
func (r *Router) promise(rep *village.Report, p village.Promise, data map[string]any) {
	data["SLA"] = rep.SLADueAt()
	if latest := r.cfg.PromiseLatest(rep.Type, rep.SLADueAt()); p.Day.After(latest) {
		data["TooFar"], data["Latest"], data["Limit"] = true, latest, r.cfg.SLA.PromiseLimit.Std()
		return
	}
	if rep.Promised() && !p.By.Equal(rep.DueAt) {
		data["Before"] = rep.DueAt
	}
	rep.Promise(p.By)
}

// replaceWorkers takes off rep the grid workers an earlier 指派 named who
// are not among who, and returns their names. The grid's leaders stay
// its handlers: they answer for their grid's items whoever does the work
// (one an older 指派 replaced is put back); so do a mediation's mediators
// and a township officer who took it over.
func (r *Router) replaceWorkers(rep *village.Report, who []village.Person) (replaced []string) {
	keep := append(slices.Clone(who), r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader)...)
	if rep.Type == village.Mediation {
		keep = append(keep, r.mediators(rep.Village)...)
	}
	kept := func(w village.Person) bool {
		return slices.ContainsFunc(keep, func(p village.Person) bool { return p.Key() == w.Key() })
	}
	for _, w := range r.people.InGrid(rep.Village, rep.Grid, village.RoleWorker) {
		if rep.HandledBy(w) && !kept(w) {
			rep.RemoveHandler(w)
			replaced = append(replaced, r.shown(w))
		}
	}
	for _, l := range r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader) {
		rep.AddHandler(l, r.shown(l))
	}
	return replaced
}

// giveBack makes rep, sent back by the township, its grid's again: the
// officers who took it and the department they referred it to leave it,
// its grid leaders answer for it with a fresh deadline (to accept it,
// when it went up before anyone took it on: village.Report.UpUntaken),
// and the overdue chase starts over (a reminder, then the township
// again).
func (r *Router) giveBack(rep *village.Report, at time.Time) {
	for _, name := range rep.Officers(r.people.Lookup) {
		if p, err := r.people.Lookup(rep.Village, name); err == nil {
			rep.RemoveHandler(p)
		}
	}
	for _, l := range r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader) {
		rep.AddHandler(l, r.shown(l))
	}
	rep.Department, rep.Overdue = "", 0
	if rep.UpUntaken() {
		rep.SetDue(r.cfg.AcceptBy(rep.Type, at))
		return
	}
	rep.SetDue(r.cfg.ResolveBy(rep.Type, at))
}

// officerNames are the names of the roster's township officers.
func (r *Router) officerNames() []string {
	var out []string
	for _, p := range r.people.All() {
		if p.Has(village.RoleOfficer) {
			out = append(out, r.shown(p))
		}
	}
	return out
}

// department finds the township department an assignment names first
// ("司法所 请尽快联系双方", "给应急办"), and the words after it.
func (r *Router) department(note string) (d config.Department, rest string, ok bool) {
	note = strings.TrimLeft(note, " @\u2005")
	first, rest := note, ""
	if i := strings.IndexAny(note, " ，,、。；;："); i >= 0 {
		first, rest = note[:i], strings.TrimLeft(note[i:], " ，,、。；;：")
	}
	for _, to := range slices.Concat([]string{""}, words.TransferWords, []string{"给", "由"}) {
		name, cut := strings.CutPrefix(first, to)
		if !cut {
			continue
		}
		for _, how := range []string{"", "处理", "办理", "来办", "跟进", "负责", "协调"} {
			if bare, cut := strings.CutSuffix(name, how); cut && bare != "" {
				if d, ok = r.cfg.Township.Department(bare); ok {
					return d, strings.TrimSpace(rest), true
				}
			}
		}
	}
	return d, "", false
}

// transfers reports whether an officer's note on an item opens with a
// transfer word and a department of the township ("#R1 转司法所"): his
// 指派 to it. A department named alone ("#R2 派出所已经到了") is news.
func (r *Router) transfers(note string) bool {
	if !words.StartsWithAny(strings.TrimSpace(note), words.TransferWords...) {
		return false
	}
	_, _, ok := r.department(note)
	return ok
}

// departments names the departments officer p may refer items to; none
// for others.
func (r *Router) departments(p village.Person) []string {
	if !p.Has(village.RoleOfficer) {
		return nil
	}
	var out []string
	for _, d := range r.cfg.Township.Departments {
		out = append(out, d.Name)
	}
	return out
}

// assignees resolves "@王五 @赵六", "王五、赵六" or "给王五" to roster
// people; words after the names are a note ("@王五 今天去看看"), task.
func (r *Router) assignees(v, note string) (who []village.Person, unknown, task string) {
	fields := strings.FieldsFunc(note, func(c rune) bool {
		return c == ' ' || c == '@' || c == '、' || c == ',' || c == '，' || c == '\u2005'
	})
	cursor := 0 // where in note the field looked at is searched from
	for _, f := range fields {
		at := cursor + strings.Index(note[cursor:], f)
		cursor = at + len(f)
		p, err := r.people.Lookup(v, f)
		bare := f
		for _, to := range []string{"交给", "给", "由"} {
			if name, ok := strings.CutPrefix(f, to); err != nil && ok {
				p, err = r.people.Lookup(v, name)
				bare = name
			}
		}
		if err != nil && len(who) == 0 {
			// "R1派给王五去看下": the name glued to what he is to do
			// (a later field is the task: "王五 张三家门口的灯")
			if name, width := words.LeadingName(bare, r.nameIn(v)); width > 0 && width < len(bare) {
				if p, err = r.people.Lookup(v, name); err == nil {
					rest := at + len(f) - len(bare) + width
					return append(who, p), "", strings.TrimSpace(note[rest:])
				}
			}
		}
		switch {
		case err == nil:
			who = append(who, p)
		case len(who) > 0:
			return who, "", strings.TrimSpace(note[at:]) // the rest is a note
		default:
			return nil, f, ""
		}
	}
	return who, "", ""
}

// may decides whether person p may apply verb to rep; when not, it says who
// may and whom to ask.
func (r *Router) may(p village.Person, v words.Verb, rep village.Report) (ok bool, who string, ask []string) {
	leader := p.Covers(village.RoleLeader, rep.Village, rep.Grid)
	worker := p.Covers(village.RoleWorker, rep.Village, rep.Grid)
	officer := p.Has(village.RoleOfficer) && (rep.Type == village.Emergency || rep.WentUp())
	handler := rep.HandledBy(p)
	leaders := r.leaderNames(rep.Village, rep.Grid)
	if v == words.VAccept && rep.Status == village.StatusEscalated {
		return officer, "镇干部（已上报镇的事项由镇里确认接手）", nil
	}
	// who names only those who may act on this item: a villager refused
	// on a lamp hears of the grid leader, not of the township's cadres
	// and emergencies
	township := ""
	switch {
	case rep.Type == village.Emergency:
		township = "（突发事件也可由镇干部）"
	case rep.WentUp():
		township = "（已上报镇的也可由镇干部）"
	}
	switch v {
	case words.VAssign:
		// a dispute its leader is a party to and handles: the township
		// sends a neutral one (report.party.office)
		neutral := p.Has(village.RoleOfficer) && len(r.partyHandlers(rep)) > 0
		return leader || officer || neutral, "本网格的网格长" + township, leaders
	case words.VResolve:
		if rep.ReporterSide(p) && !leader && !officer {
			// a mediator's own quarrel: the one who resolves is never the one who confirms
			return false, "本网格的网格长或这件事的负责人（自己或家里人反映的事项不能自己办结）", leaders
		}
		return leader || officer || handler, "本网格的网格长或这件事的负责人" + township, leaders
	case words.VAccept:
		// whom the leader assigned it to, or the mediators, see it through;
		// the grid worker first on the scene of an emergency takes it on,
		// which the duty chat waits to hear, whoever it is
		who := "本网格的网格长或这件事的负责人" + township
		if rep.Type == village.Emergency {
			who = "本网格的网格长、网格员或这件事的负责人（突发事件也可由镇干部）"
		}
		if by := r.mediatedFor(p, rep); len(by) > 0 {
			return false, "这件事的调解员（涉及您家，您回避）", by
		}
		return leader || officer || handler || worker && rep.Type == village.Emergency, who, leaders
	case words.VReject:
		if rep.Status == village.StatusEscalated && officer {
			return true, "", nil // the township sends back what the grid sent up (退回村里)
		}
		// the duty officer who finds an emergency a false alarm (误报) says
		// so from the duty chat, or the watchdog repeats it until someone acts
		alarm := officer && rep.Type == village.Emergency && !rep.WentUp()
		if rep.Type == village.Emergency {
			return leader || alarm, "本网格的网格长或镇干部", leaders
		}
		return leader, "本网格的网格长", leaders
	case words.VDuplicate:
		// the duty officer who sees two alarms of one emergency merges
		// them from the duty chat, as he calls one a false alarm
		alarm := officer && rep.Type == village.Emergency && !rep.WentUp()
		who := "本网格的网格长"
		if rep.Type == village.Emergency && !rep.WentUp() {
			who += township
		}
		return leader || alarm, who, leaders
	case words.VEscalate:
		return leader, "本网格的网格长", leaders
	case words.VRetype:
		// urgency is lowered by a cadre's judgement alone: the grid's
		// leader, or the township's officer who follows its emergencies
		return leader || officer, "本网格的网格长或镇干部", leaders
	case words.VAsk:
		// the township asks (or presses) the grid of any item of a grid,
		// sent up or not (its answer comes back where he asked: askBack);
		// one kept from its cadres is not the township's to ask of them
		return p.Has(village.RoleOfficer) && rep.Grid != "" && !rep.Private(), "镇干部", leaders
	case words.VProgress:
		// an officer notes progress on any item of the township the grid
		// took on (he went to see it, he called its department), sent up
		// or not: it stays the grid's; one waiting to be taken on is the
		// grid's to 确认 first (refuse.gridsown)
		noted := p.Has(village.RoleOfficer) && words.OfficerNotes(rep)
		return leader || worker || officer || noted || handler, "网格长、网格员或负责人", leaders
	case words.VPause:
		return leader || worker || officer || handler, "网格长、网格员或负责人", leaders
	case words.VAnswer, words.VUnanswer:
		return leader || worker || handler, "本网格的网格长、网格员或负责人", leaders
	case words.VConfirm, words.VReopen:
		// The grid worker who filed it for someone (代报, a call) answers
		// for him after asking him.
		recorder := rep.Recorder != "" && rep.Recorder == p.Name
		if v == words.VReopen && r.partyTo(p, rep) {
			// a quarrel is settled for both sides or for neither: the
			// other party may say it is not (满意 stays the reporter's)
			return true, "", nil
		}
		if v == words.VReopen && words.TakesBack(leader || handler, p, rep) {
			// a villager told him it is not done after all (settledNews):
			// he takes his 办结 back by saying so, as its reporter would
			return true, "", nil
		}
		if (leader || worker) && words.OwnWordsTaken(p, v, rep) {
			// her 满意 or 未解决 read from his own call note (callSettles):
			// a grid leader who phoned her takes his words back himself
			return true, "", nil
		}
		// someone else who finds it not fixed tells the grid leader
		return rep.ReportedBy(p) || recorder, "报告人" + r.people.Address(rep.ReporterKey, rep.Reporter) + "本人", leaders
	}
	return true, "", nil
}

// mayHere reports whether p may apply v to anything in the turn's grid:
// to one of its open reports (whatever their status), or to a report yet
// to come of either type, sent up to the township or not. When not, it
// says who may and whom to ask, as may does. Outside a grid it assumes so;
// a scorer may 驳回 (claims).
func (r *Router) mayHere(t *turn, v words.Verb, open []village.Report) (ok bool, who string, ask []string) {
	if t.where.Village == "" || t.where.Grid == "" {
		return true, "", nil
	}
	if v == words.VReject && (t.who.Covers(village.RoleScorer, t.where.Village, t.where.Grid) || t.who.Has(village.RoleOfficer)) {
		return true, "", nil // he 驳回 claims (驳回 #C)
	}
	for _, rep := range open {
		if ok, _, _ := r.mayNow(t, v, rep); ok {
			return true, "", nil
		}
	}
	for _, typ := range []village.Type{village.General, village.Emergency} {
		for _, up := range []bool{false, true} {
			rep := village.Report{Village: t.where.Village, Grid: t.where.Grid, Type: typ, Status: village.StatusNew}
			if up {
				rep.Status, rep.History = village.StatusEscalated, []village.Entry{{Action: village.ActEscalate, To: village.StatusEscalated}}
			}
			ok, w, a := r.mayNow(t, v, rep)
			if ok {
				return true, "", nil
			}
			if who == "" {
				who, ask = w, a
			}
		}
	}
	return false, who, ask
}

// gridSide reports whether p works on rep for its grid: its grid leader
// or one of its handlers who is no township officer.
func (r *Router) gridSide(p village.Person, rep village.Report) bool {
	return p.Covers(village.RoleLeader, rep.Village, rep.Grid) || rep.HandledBy(p) && !p.Has(village.RoleOfficer)
}

// nextSteps lists the command words p may use on rep now: 「指派」「进展」….
func (r *Router) nextSteps(p village.Person, rep village.Report) string {
	var out []string
	sentUp := rep.Status == village.StatusEscalated && p.Has(village.RoleOfficer)
	for _, a := range rep.Allowed() {
		if v := words.VerbOf(a); v != "" {
			if v == words.VAccept && sentUp && slices.Contains(rep.Officers(r.people.Lookup), p.Name) {
				continue // he took it over already
			}
			if v == words.VReopen && !rep.ReportedBy(p) && !r.partyTo(p, rep) && (rep.Recorder == "" || rep.Recorder != p.Name) {
				continue // the reporter's answer (takesBack is not offered)
			}
			if ok, _, _ := r.may(p, v, rep); ok {
				out = append(out, "「"+string(v)+"」")
			}
		}
	}
	if sentUp {
		out = append(out, "「退回」") // his 驳回 of an item sent up (ActReturn)
	}
	return strings.Join(out, "")
}

// statusNext is what p, asking 查 about rep, does next when rep is his to
// see through (status.next): "accept" it, new; "work" on it, taken on;
// "waiting", paused; "" when it is not his (he is not among its handlers,
// or the township holds what his grid sent up) or nothing is left to do.
func (r *Router) statusNext(p village.Person, rep village.Report) string {
	if !rep.HandledBy(p) {
		return ""
	}
	if rep.Status == village.StatusEscalated && !slices.Contains(rep.Officers(r.people.Lookup), p.Name) {
		return "" // sent up: the township's to see through
	}
	switch rep.Status {
	case village.StatusNew:
		if ok, _, _ := r.may(p, words.VAccept, rep); ok {
			return "accept"
		}
	case village.StatusWaiting:
		if ok, _, _ := r.may(p, words.VResolve, rep); ok {
			return "waiting"
		}
	case village.StatusAccepted, village.StatusInProgress, village.StatusReopened, village.StatusEscalated:
		if ok, _, _ := r.may(p, words.VResolve, rep); ok {
			return "work"
		}
	}
	return ""
}

// status answers 查 #R.
func (r *Router) status(ctx context.Context, t *turn, sc storage.Scope, rep village.Report) error {
	if t.who.Village != rep.Village && !t.who.Has(village.RoleOfficer) && !t.who.Has(village.RoleAdmin) && t.where.Kind != words.InGrid {
		if t.stranger { // a WeChat name on no roster, privately: say how to be known
			return r.reply(ctx, t, "status.stranger", map[string]any{"R": &rep})
		}
		return r.reply(ctx, t, "refuse", map[string]any{"Verb": "查", "Who": rep.Village + "的村民或镇干部"})
	}
	data := map[string]any{"R": &rep, "Now": t.at}
	hold := rep.HoldOf(r.people.Lookup) // the township's holder, if it took the item over
	if townshipView(t) {
		// the office serves every grid: say whose item it is and whom to call
		data["Office"], data["LeaderPeople"] = true, r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader)
		data["ReporterPhone"] = rep.NoGridPhone(r.people.Lookup, r.people.Address)
		// of no grid: worded for him who asks, its reporter or another
		data["Own"] = rep.ReportedBy(t.who)
		if d, ok := r.cfg.Township.Department(rep.Department); ok && rep.Department != "" {
			data["DeptPhone"] = d.Phone // the officer chases the department it went to
		}
		// sent up and nobody in the township took it: the officer who
		// asks is told how to, as the 【网格上报】 told
		data["Unclaimed"] = rep.Status == village.StatusEscalated && t.who.Has(village.RoleOfficer) && len(rep.Officers(r.people.Lookup)) == 0
		// an alarm nobody confirmed: the officer who asks is told what
		// the duty chat's 【突发事件】 told
		data["Alarm"] = rep.Type == village.Emergency && rep.Status == village.StatusNew && t.who.Has(village.RoleOfficer)
		// held by its grid: the officer who asks (「这个谁在管」) is told
		// how to press it (镇里督办), as refuse.gridsown tells
		mayAsk, _, _ := r.mayNow(t, words.VAsk, rep)
		// one the township took over is its own (reopened too): no grid
		// to press
		data["Press"] = mayAsk && rep.Status.Open() && rep.Status != village.StatusResolved && rep.Status != village.StatusEscalated && rep.Type != village.Emergency &&
			len(hold.Town) == 0
	}
	// taken over by the township: 负责人 says who is the township's
	// and who helps (as accept's 镇里已接手 does)
	if len(hold.Town) > 0 {
		data["Held"], data["With"] = hold.Town, hold.With
	}
	// an alarm nobody confirmed has nobody in charge: 负责人 says so
	// and whom it was alerted to
	data["Alerted"] = r.alerted(rep)
	if data["Unclaimed"] != true && data["Alarm"] != true {
		data["Next"] = r.statusNext(t.who, rep)
	}
	n := len(rep.History)
	if k, latest := words.InsultsSince(rep, time.Time{}); k > 0 {
		// a heated exchange keeps a dozen; they are counted, the latest
		// shown, and 最新 is the latest step of anything else
		insult := *latest // a copy: the history may be the cache's
		insult.Note = strings.TrimPrefix(insult.Note, words.InsultNote)
		data["Insults"], data["Insult"] = k, insult
		for n > 1 && words.IsInsult(rep.History[n-1]) {
			n--
		}
	}
	if n > 1 {
		data["Last"] = rep.History[n-1]
		if why := rep.PausedFor(); why != "" {
			// the header says in full what it waits for (暂停（等挖机来了再
			// 挖）); the latest step, that pause, says it no second time
			data["Label"], data["PauseSaid"] = "暂停（"+why+"）", rep.History[n-1].Action == village.ActPause
		}
		if rep.History[n-1].Action == village.ActSaid {
			// a neighbour's words last: what was done is said too
			if w := rep.LastWork(); w != nil {
				data["Work"] = w
			}
		}
		if data["Office"] != nil { // the roster is walked for the office's view only
			// the officer acts on what the grid did, whatever came after,
			// and on what it means to do, told apart
			w, p := rep.WorkAndPlan(understand.Planned, r.officerNames()...)
			if w != nil && w != &rep.History[n-1] {
				data["Work"] = w
			}
			if p != nil && p != &rep.History[n-1] {
				data["Plan"] = p
			}
		}
	}
	if r.hides(t.who, rep) {
		return r.replyHidden(ctx, t, rep)
	}
	if rep.Type == village.Mediation && rep.Grid != "" {
		// the quarrels filed after it between the same households: come
		// back after it closed (Recurs), or beside it (Along); from the
		// grid's reports as this process follows them
		reports, _, err := r.store.FollowedReports(ctx, sc, rep.Grid, words.StatusRecent)
		if err != nil {
			return err
		}
		relapsed, along := words.LaterOf(rep, reports)
		// only what he may read is named (a party's private item is his)
		hidden := func(o village.Report) bool { return r.hides(t.who, o) }
		data["Relapsed"], data["Along"] = slices.DeleteFunc(relapsed, hidden), slices.DeleteFunc(along, hidden)
	}
	if last, ok := data["Last"].(village.Entry); ok && last.Aside && t.where.Kind == words.InGrid {
		// what the reporter said privately is not read out in the group
		last.Note = ""
		data["Last"] = last
	}
	text := r.texts.Render("status", data)
	if rep.Private() || rep.Type == village.Mediation && t.where.Kind == words.InGrid {
		// lifecycleOf answered those who may not read a private one; a
		// mediation's progress is not for the group, even asked there
		t.out = append(t.out, r.privately(t, text)...)
	} else {
		t.out = append(t.out, r.back(t, text))
	}
	return r.commitTurn(ctx, t, storage.Change{Scope: sc, MsgID: t.m.ID, Out: t.out, Keep: t.keep}, nil)
}

// accusesCadre reports whether said, in village v, complains of a
// cadre's conduct: by his title ("网格员收了红包才给办") or by his name
// ("王五收了我200块钱才给办"), a cadre of v or of the township.
func (r *Router) accusesCadre(said understand.Said, v string) bool {
	return understand.AccusesCadre(said) || understand.AccusesNamed(said, func() []string {
		var names []string
		for _, p := range r.people.All() {
			if p.IsCadre() && (p.Village == v || p.Village == "") {
				names = append(names, p.Name)
			}
		}
		return names
	})
}

// hides reports whether rep is not for p to read: the one rule of what a
// reply may show of an item. A report told in private is, to anyone it
// does not concern (mayRead), no report at all. A quarrel between
// neighbours or in a family filed in the group is known there, but how
// the mediation goes is for its parties (the households of its reporter
// and of the neighbour its text names: namedIn) and those who mediate,
// not for every onlooker; nor is it another grid's to read or to join.
func (r *Router) hides(p village.Person, rep village.Report) bool {
	switch {
	case rep.Private():
		return !r.mayRead(p, rep)
	case rep.Type == village.Mediation:
		return !r.mayRead(p, rep) && !r.namedIn(p, rep) && !rep.ReporterSide(p)
	}
	return false
}

// replyHidden answers the sender about rep, which hides from him: a
// private item is "没有找到", as a number nobody has; a mediation is said
// to be one, with whom to ask.
func (r *Router) replyHidden(ctx context.Context, t *turn, rep village.Report) error {
	if rep.Private() {
		return r.reply(ctx, t, "err.unknownref", map[string]any{"Ref": rep.ID, "Township": townshipView(t)})
	}
	return r.reply(ctx, t, "mediation.hidden", map[string]any{"R": &rep,
		"Leaders": r.leaderNames(rep.Village, rep.Grid)})
}

// mayRead reports whether p may read a private report, or how a mediation
// goes: those involved in it (its reporter, the other parties who joined
// it, its handlers and mediators), its grid's leader and workers, township
// officers and admins.
// A complaint of a cadre's conduct is not the grid's cadres' to read.
func (r *Router) mayRead(p village.Person, rep village.Report) bool {
	return rep.Involves(p) || !rep.AboutCadre && p.Tends(rep.Village, rep.Grid) || p.Has(village.RoleOfficer) || p.Has(village.RoleAdmin)
}

// readable are the reports of reps that p may read (see hides).
func (r *Router) readable(p village.Person, reps []village.Report) []village.Report {
	return slices.DeleteFunc(reps, func(rep village.Report) bool { return r.hides(p, rep) })
}

// namedIn reports whether p's household is named in rep's text: the other
// party of a quarrel filed in the group ("张三家的牛把我家玉米踩了") follows
// its mediation as its reporter does. A report told in private is not
// his to read: the neighbour it complains of is the last to be shown it.
func (r *Router) namedIn(p village.Person, rep village.Report) bool {
	if rep.Private() || p.Village != rep.Village || p.Household == "" {
		return false
	}
	return slices.ContainsFunc(r.people.Household(p.Village, p.Household), func(m village.Person) bool {
		return utf8.RuneCountInString(m.Name) > 1 && strings.Contains(rep.Text, m.Name)
	})
}

// quarrelSides is rep's text with its reporter's household said as
// villagers say it ("张三家", each member's name + 家), for
// words.OtherHousehold: the other party's "张三家的墙又把我家排水沟堵了"
// names the reporter's side of "陈二家把排水沟堵了", no other household.
func (r *Router) quarrelSides(rep village.Report) string {
	sides := []string{rep.Text, rep.Reporter + "家"}
	if p, err := r.people.Lookup(rep.Village, rep.Reporter); err == nil && rep.ReportedBy(p) && p.Household != "" {
		for _, m := range r.people.Household(p.Village, p.Household) {
			sides = append(sides, m.Name+"家")
		}
	}
	return strings.Join(sides, "\n")
}

// partyTo reports whether p is a party to rep, a mediation item: of the
// reporter's household, a follower (the other side, who joined the
// quarrel), or of a household its text names.
func (r *Router) partyTo(p village.Person, rep village.Report) bool {
	return rep.Type == village.Mediation && (rep.ReporterSide(p) || rep.FollowedBy(p) || r.namedIn(p, rep))
}

// todo answers 待办: a grid's open items for its leader and workers; in the
// township chats, the open escalated and emergency items of every village.
func (r *Router) todo(ctx context.Context, t *turn, cmd command) error {
	where := t.where.Grid
	switch {
	case townshipView(t):
		if !t.who.Has(village.RoleOfficer) && !t.who.Has(village.RoleAdmin) {
			return r.reply(ctx, t, "refuse", map[string]any{"Verb": "待办", "Who": "镇干部"})
		}
		where = "全镇已上报和突发事项"
		if word, page := words.CutPage(cmd.args); word != "" {
			// "待办 三组", "待办 青山村 三组 2": an officer looks into one
			// grid or village; "待办 全镇" is the township's own list
			places := r.places
			switch p := places.Named(word, ""); p.Kind {
			case village.NoPlace:
				return r.reply(ctx, t, "todo.noplace", map[string]any{"Word": word, "Places": places.Choices()})
			case village.PlaceTownship:
				cmd.args = page
			default:
				cmd.args = page
				return r.todoOf(ctx, t, cmd, p)
			}
		}
	default:
		v, g := t.where.Village, t.where.Grid
		if t.where.Kind == words.InPrivate {
			v, g = t.who.Village, t.who.Grid
			where = g
		}
		officerHere := t.where.Kind == words.InGrid && t.who.Has(village.RoleOfficer)
		if !t.who.Tends(v, g) && !officerHere && r.mediator(t.who, t.who.Village) {
			// a village mediator's to-do is the quarrels he mediates
			return r.mediationTodo(ctx, t, cmd)
		}
		if !t.who.Tends(v, g) && !officerHere && t.who.Has(village.RoleScorer) {
			// a scorer's to-do is the claims and objections he reviews
			return r.flows[words.VReviewTodo](ctx, t, cmd)
		}
		// A township officer in a grid group is shown its list, as his
		// 情况 and 超期 there show its picture ("待办 三组" in the office).
		if !t.who.Tends(v, g) && !officerHere {
			if slices.Contains(words.OwnTodoWords, cmd.word) {
				return r.mine(ctx, t, cmd) // "我的待办": his own matters
			}
			// A villager's 待办 means his own matters: the grid's list is
			// the cadres', so show him the command that lists his.
			return r.reply(ctx, t, "refuse", map[string]any{"Verb": "待办", "Who": "本网格的网格长或网格员",
				"For": "看您自己反映的事项", "Instead": "我的事项"})
		}
	}
	if !townshipView(t) && !slices.Contains(words.OwnTodoWords, cmd.word) && t.who.Covers(village.RoleLeader, t.who.Village, t.who.Grid) {
		// the 我是 waiting for him to answer
		v, g := t.gridSpoken()
		ids, err := r.pendingIDs(ctx, t, v, g)
		if err != nil {
			return err
		}
		t.idsWaiting = ids
		t.awayLines = r.awayNow(t, v, g)
	}
	handed, err := r.handedNoGrid(ctx, t)
	if err != nil {
		return err
	}
	list := func(items []village.Report) error {
		items = append(items, handed...)
		if slices.Contains(words.OwnTodoWords, cmd.word) && !townshipView(t) {
			// "我的待办": what waits on him, not the whole grid's; what waits
			// on its reporter (已办结待确认) is only counted
			items = slices.DeleteFunc(items, func(rep village.Report) bool { return !r.handles(t, rep) })
			return r.todoList(ctx, t, cmd, t.who.Name+"负责的", items, false, "")
		}
		return r.todoList(ctx, t, cmd, where, items, townshipView(t), "")
	}
	if t.where.Kind == words.InGrid {
		return r.onReports(ctx, t, t.where.Village, t.where.Grid, 0, func(items []village.Report) error {
			return list(r.privateAside(t, where, items))
		})
	}
	items, err := r.openHere(ctx, t)
	if err != nil {
		return err
	}
	return list(items)
}

// handedNoGrid lists, for a grid cadre's 待办 (not the township's), the
// open items of his village filed in no grid (an emergency told privately
// by someone of no grid) that the township handed him (指派): they are in
// no grid's list, and would be in no one's. As this process follows the
// no-grid index, no round trip once followed.
func (r *Router) handedNoGrid(ctx context.Context, t *turn) ([]village.Report, error) {
	if townshipView(t) || !t.who.IsCadre() || t.who.Village == "" {
		return nil, nil
	}
	open, _, err := r.store.LatestOpenReports(ctx, storage.VillageScope(t.who.Village), "", 0)
	return slices.DeleteFunc(open, func(rep village.Report) bool { return rep.Grid != "" || !rep.HandledBy(t.who) }), err
}

// mediationTodo answers a village mediator's 待办 (who tends no grid):
// the open mediation items of his village he handles, of every grid,
// on the village's open reports as this process follows them; in a
// group, what was told privately is sent to him privately (privateAside).
func (r *Router) mediationTodo(ctx context.Context, t *turn, cmd command) error {
	where := t.who.Name + "调解的"
	return r.onReports(ctx, t, t.who.Village, "", 0, func(open []village.Report) error {
		items := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
			return rep.Type != village.Mediation || !rep.HandledBy(t.who)
		})
		return r.todoList(ctx, t, cmd, where, r.privateAside(t, where, items), false, "")
	})
}

// privateAside keeps what was told privately out of a list asked for in
// a group, but the cadre who asks there still hears of it, privately: a
// group list of "nothing to do" must not hide a private complaint. It
// returns the items the group may see.
func (r *Router) privateAside(t *turn, where string, items []village.Report) []village.Report {
	if t.where.Kind == words.InPrivate {
		return r.readable(t.who, items)
	}
	items, private := words.SplitPrivate(items)
	if private = r.readable(t.who, private); len(private) > 0 {
		t.out = append(t.out, r.toSender(t, r.texts.Render("todo.private", map[string]any{"Where": where, "Items": private, "Township": townshipView(t)})))
	}
	return items
}

// todoOf answers an officer's "待办 三组": every open item of the grids
// of one grid or village, as its own cadres' 待办 lists them (not only
// what was sent up to the township); what was told in private is sent to
// him privately, as in a grid group. A grid name several villages have
// lists the grid of each, and names them.
func (r *Router) todoOf(ctx context.Context, t *turn, cmd command, p village.Place) error {
	where := p.Label()
	list := func(items []village.Report) error {
		return r.todoList(ctx, t, cmd, where, r.privateAside(t, where, items), false, p.Name)
	}
	if vs := p.Grids.Villages(); len(vs) == 1 {
		// of one village: answered where its reports are (onReports)
		grid := ""
		if len(p.Grids) == 1 {
			grid = p.Grids[0].Name
		}
		return r.onReports(ctx, t, vs[0], grid, 0, func(open []village.Report) error {
			return list(words.OfGrids(p.Grids, vs[0], open))
		})
	}
	items, err := r.openOf(ctx, p.Grids)
	if err != nil {
		return err
	}
	return list(items)
}

// openOf lists the open reports of grids, grid after grid, each grid's
// oldest first: in one read per village, of its whole "open" index, for
// the grids of a village named together ("待办 青山村"), rather than one
// read per grid.
func (r *Router) openOf(ctx context.Context, grids village.Places) ([]village.Report, error) {
	of := map[string]int{} // how many of grids each village has
	for _, g := range grids {
		of[g.Village]++
	}
	all := map[string][]village.Report{} // the open reports of those read whole
	var items []village.Report
	for _, g := range grids {
		if of[g.Village] == 1 {
			open, err := r.store.OpenReports(ctx, storage.VillageScope(g.Village), g.Name)
			if err != nil {
				return nil, err
			}
			items = append(items, open...)
			continue
		}
		open, ok := all[g.Village]
		if !ok {
			var err error
			if open, err = r.store.AllOpenReports(ctx, storage.VillageScope(g.Village)); err != nil {
				return nil, err
			}
			all[g.Village] = open
		}
		items = append(items, words.OfGrids(village.Places{g}, g.Village, open)...)
	}
	return items, nil
}

// todoList replies with one page of items, the list of a grid's cadres or
// (office) the township's; ask is the place an officer's 待办 named, which
// the next page's 待办 names again ("" for none).
func (r *Router) todoList(ctx context.Context, t *turn, cmd command, where string, items []village.Report, office bool, ask string) error {
	awaiting := 0
	own := slices.Contains(words.OwnTodoWords, cmd.word)
	if office || own {
		// resolved, it waits on its reporter, not on the township (as in
		// the morning digest)
		n := len(items)
		items = slices.DeleteFunc(items, func(rep village.Report) bool { return rep.Status == village.StatusResolved })
		awaiting = n - len(items)
	}
	if len(items) == 0 {
		return r.reply(ctx, t, "todo.none", map[string]any{"Where": where, "Awaiting": awaiting, "Own": own, "IDs": t.idsWaiting, "Away": t.awayLines})
	}
	// Overdue first, then oldest first; one page at a time. In the
	// township's list an emergency nobody has taken on comes above all.
	village.OverdueFirst(items, t.at)
	if office {
		slices.SortStableFunc(items, func(a, b village.Report) int {
			return words.CompareBool(words.Unattended(b), words.Unattended(a))
		})
	}
	pages := (len(items) + words.TodoPage - 1) / words.TodoPage
	page := min(max(words.PageNumber(cmd.args), 1), pages)
	shown := items[(page-1)*words.TodoPage : min(page*words.TodoPage, len(items))]
	// A deadline is shown when it has passed or falls today or tomorrow:
	// overdue by the end of tomorrow, its clock running.
	y, m, d := t.at.Date()
	tomorrow := time.Date(y, m, d+2, 0, 0, 0, 0, t.at.Location())
	var overdue, soon []bool
	var who, place []string // whom each item waits on, where it is when the list says
	var hold []village.Hold // who has each the township took over, in a grid's list
	// A cadre's list holds the village's items of no grid the township
	// handed him (handedNoGrid): they are said to be such, not the grid's.
	handed := 0
	if !townshipView(t) {
		handed = len(items) - len(slices.DeleteFunc(slices.Clone(items), func(rep village.Report) bool { return rep.Grid == "" }))
	}
	places := office || words.SpansGrids(slices.DeleteFunc(slices.Clone(items), func(rep village.Report) bool { return handed > 0 && rep.Grid == "" }))
	// where each is, after its number: the grid alone where the number
	// says the village (tmpl.Place), as the township's other lists write it
	placeOf := tmpl.Place(townshipView(t) && len(r.cfg.Villages) > 1)
	for _, rep := range shown {
		overdue = append(overdue, rep.OverdueAt(t.at))
		soon = append(soon, rep.OverdueAt(tomorrow))
		switch {
		case handed > 0 && rep.Grid == "":
			place = append(place, placeOf(rep)+"（未定网格）")
		case places:
			place = append(place, placeOf(rep))
		default:
			place = append(place, "")
		}
		var h village.Hold // the office's list says 接手 its own way
		if !office {
			h = rep.HoldOf(r.people.Lookup)
		}
		hold = append(hold, h)
		switch officers := rep.Officers(r.people.Lookup); {
		case len(h.Town) > 0:
			who = append(who, "") // the township's holder, the grid helping (hold)
		case office && rep.Status == village.StatusEscalated && len(officers) > 0:
			who = append(who, strings.Join(officers, "、")+"接手")
		case office && rep.Status == village.StatusEscalated:
			who = append(who, "镇里还没人接手")
		case handed > 0 && rep.Grid == "":
			who = append(who, "镇里指派给"+strings.Join(rep.Handlers, "、"))
		case own:
			// his own list: whom he shares it with, not himself each line
			mine := rep
			mine.Handlers = slices.DeleteFunc(slices.Clone(rep.Handlers), func(n string) bool { return n == t.who.Name || n == r.shown(t.who) })
			who = append(who, r.handlersLine(t, mine))
		default:
			// all of them: the worker it was assigned to too, one away
			// said so with who has his items meanwhile (rep104)
			who = append(who, r.handlersLine(t, rep))
		}
		if office && rep.Department != "" {
			who[len(who)-1] += "，已转交" + rep.Department
		}
		if why := words.WaitsOn(rep); why != "" {
			who[len(who)-1] = strings.TrimPrefix(who[len(who)-1]+"，"+why, "，")
		}
	}
	data := map[string]any{"Where": where, "Total": len(items), "Items": shown, "Overdue": overdue, "Soon": soon,
		"Now": t.at, "Page": page, "Pages": pages, "Office": office, "Who": who, "Hold": hold, "Awaiting": awaiting,
		"Township": townshipView(t), "Place": place, "Handed": handed, "Ask": ask, "Own": own, "IDs": t.idsWaiting, "Away": t.awayLines}
	if page < pages {
		data["Next"], data["Rest"] = page+1, len(items)-page*words.TodoPage
	}
	if !townshipView(t) {
		// those its reporter said are fixed wait only for a 办结: one
		// line asks it of them all, as the evening digest does (digest97)
		var fixed []string
		for i := range items {
			if items[i].ClosesOnWord() {
				fixed = append(fixed, items[i].ID)
			}
		}
		data["Fixed"] = fixed
	}
	return r.reply(ctx, t, "todo", data)
}

// toldCaretaker tells the 责任网格员 of the villager a relative reported
// for (turn.kinFor) privately, with her phone to check it with her, and
// says so to the relative after the reply out ends with (not after an
// emergency's alarm, which tells the grid's cadres itself): he is the one
// who knows her, and whose relative the sender is nobody confirmed.
func (r *Router) toldCaretaker(t *turn, rep *village.Report, out []bot.Outbound, data map[string]any) []bot.Outbound {
	p := *t.kinFor
	w, ok := village.CaretakerOf(r.people.All(), p)
	d := map[string]any{"R": rep, "Ref": data["Ref"], "From": bare(t.m.From), "Name": p.Name, "Phone": p.Phone,
		"Stranger": t.stranger, "Group": r.groupOf(rep.Village, rep.Grid), "Rel": t.kinRel,
		"Household": !t.stranger && p.Household != "" && t.who.Village == p.Village && t.who.Household == p.Household}
	if ok {
		d["Caretaker"] = w.Titled()
	}
	if rep.Type != village.Emergency && len(out) > 0 {
		out[len(out)-1].Text += "\n" + r.textsFor(t).Render("kin.filed", d)
	}
	if !ok || w.Key() == t.who.Key() {
		return nil
	}
	return []bot.Outbound{{To: r.shown(w), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("kin.caretaker", d)}}
}

// workTold reports whether note, a 确认's words on general item rep in
// its group, tells work done on it or on its way ("联系电工了，下午来修"),
// which its reporter hears (accept's Plan) as he hears a bare plan; a
// call made for it too (「我马上给自来水公司打电话」, rep102).
func workTold(t *turn, rep village.Report, note string) bool {
	return rep.Type == village.General && !rep.Private() && t.where.Kind == words.InGrid &&
		(understand.TellsGoing(note) || words.ContainsAnyOf(note, understand.ProgressWords()...) || words.CallsNow(note))
}
