package handlers

// When the whole group talks about one matter: a quarrel is one mediation
// item, a fire one emergency. Further messages of it within a while make
// their senders followers and tell those who act, not the group again.

import (
	"cmp"
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// joinDispute keeps a quarrel in the group one mediation item: a message
// read as a dispute, in a group where a mediation item was raised or
// touched within disputeLive, is taken as more of the same quarrel, unless
// someone new to it names only other things than the item does (a
// dispute of his own, filed as one). The
// sender, when new to it, becomes a follower (the other party, most
// often) and the handlers are told privately; the group hears nothing
// more, both sides having been asked to calm down already. A party's
// further words are told too unless the handlers heard from him since
// their last step (tellParty, partyHeard), and kept on the item either way. A threat is told each time. A peacemaker ("别吵了，都是邻居，有话好好说", which reads as
// a dispute too) is no party: his message is taken as the quarrel's and
// nobody is told. done is false when there is no such item.
func (r *Router) joinDispute(ctx context.Context, t *turn) (done bool, err error) {
	threat := understand.Threatens(t.said())
	if !threat && understand.Calms(t.said()) {
		_, ok, err := r.openFitting(ctx, t, r.liveDispute(t, false))
		return ok, err
	}
	// an insult told ("陈二天天在群里骂我家 骂得很难听") is a grievance of
	// its own for the mediators, even from a party whose further words
	// they need not hear; a threat is more urgent still
	insult := !threat && words.Insulted(t.text)
	block := "dispute.joined"
	switch {
	case threat && understand.ToldThreat(t.said()):
		// "陈二说要打断我的腿": the sender is the one threatened
		block = "dispute.threat.told"
	case threat:
		block = "dispute.threat"
	case insult:
		block = "dispute.insult"
	}
	live := r.liveDispute(t, false)
	fits := func(rep village.Report) bool {
		// Someone new to it who names only other things ("我家的地被他家多
		// 种了两垄" while a fallen wall is mediated) raises a dispute of
		// his own.
		// A quarrel 办结 over one thing, told of another ("陈二家的鸡又
		// 天天跑我家菜地里刨" after the cow's), is a new one (med102).
		return live(rep) && !settledOther(t.said(), rep) && (rep.ReportedBy(t.who) || rep.FollowedBy(t.who) || r.namedIn(t.who, rep) || understand.SharesSubject(t.hear(rep.Text), t.said()) || !understand.NamesSubject(t.said()))
	}
	tell := r.tellMediators(t, block)
	switch {
	case insult:
		tell = r.tellInsult(t)
	case !threat:
		tell = r.tellParty(t)
	}
	// every word commits: a threat told, an insult kept (tellInsult), a
	// party's further words kept, told unless rationed (tellParty)
	return r.join(ctx, t, true, everyWord, fits, tell)
}

// joinCreditor takes another creditor's word on the group's live debt
// quarrel as joinDispute would, when it does not read as a dispute of its
// own: 「陈二也欠我店里八百块 赊了半年了」, naming the debtor, on 张三's
// wages from 陈二 (secondCreditor), was dropped silently where 「他也欠我
// 八百块钱」 joined (med101). Past the quarrel's live hour it joins a debt
// quarrel of the group still being mediated (not resolved) that names his
// debtor, or, said with 也 (「他也欠我八百块钱」), the group's only one: on
// main it was filed on its own, its 他 nobody's (med105). done is false
// when t tells no money owed to its sender, or no such quarrel.
func (r *Router) joinCreditor(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || !words.OwedToSpeaker(t.text) {
		return false, nil
	}
	live := r.liveDispute(t, false)
	mediated, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return rep.Type == village.Mediation && rep.Status != village.StatusResolved && !rep.HandledBy(t.who)
	})
	if err != nil {
		return true, err
	}
	var late []string // the debt quarrels he may mean past their hour
	for _, rep := range mediated {
		if debtor := r.secondCreditor(t, rep, false); debtor != "" && (strings.Contains(t.text, debtor) || strings.Contains(t.text, "也")) {
			late = append(late, rep.ID)
		}
	}
	fits := func(rep village.Report) bool {
		debtor := r.secondCreditor(t, rep, false)
		return debtor != "" && (live(rep) || slices.Contains(late, rep.ID) && (strings.Contains(t.text, debtor) || len(late) == 1))
	}
	return r.join(ctx, t, true, everyWord, fits, r.tellParty(t))
}

// tellInsult keeps on rep a party's word that he is insulted (ActSaid: 查
// shows each) and tells the mediators of it: a party new to the quarrel at
// once, one already in it when they heard of no insult for insultEvery;
// the next notice counts those kept meanwhile. One kept unsent is marked
// quiet as tellParty's are (Entry.Quiet): it is no word the mediators
// heard from him (partyHeard), and 查 says it was not told (quiet85).
func (r *Router) tellInsult(t *turn) func(*village.Report, bool) []bot.Outbound {
	return func(rep *village.Report, again bool) []bot.Outbound {
		since, _ := words.InsultsSince(*rep, rep.InsultToldAt)
		note := words.InsultNote + words.ShortText(t.text)
		if again && !rep.InsultToldAt.IsZero() && t.at.Sub(rep.InsultToldAt) < words.InsultEvery {
			rep.TellQuietly(r.shown(t.who), t.at, note)
			return nil
		}
		rep.Tell(r.shown(t.who), t.at, note)
		rep.InsultToldAt = t.at
		return r.mediatorsTold(t, rep, "dispute.insult", map[string]any{"Since": since})
	}
}

// onlooker reports whether t, said in a grid group and not to the bot, is
// a bystander's opinion (understand.Onlooks: "我看是老王不对", "两家都有
// 错") on a quarrel of the group being mediated (live: disputeLive) that
// he neither raised, follows nor is named in, and that the opinion is
// about: it names one of the item's words ("老王"), the thing it is
// about, or the parties as such ("两家", "双方"). Such talk is left alone:
// it is no new matter to ask about, and does not make him a party whose
// words the mediators are sent. Only text that reads as an opinion reads
// the grid's open items.
func (r *Router) onlooker(ctx context.Context, t *turn, addressed bool) (bool, error) {
	if addressed || t.where.Kind != words.InGrid || !understand.Onlooks(t.said()) && !understand.Witnesses(t.said()) {
		// a verdict ("我看是老王不对") or a witness ("陈二家那墙是歪了 俺
		// 前天路过看见的", med93): neither is asked about in the group
		return false, nil
	}
	live := r.liveDispute(t, false)
	_, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		return live(rep) && !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) && !r.namedIn(t.who, rep) &&
			(words.SharesBigram(t.text, rep.Text) || understand.SharesSubject(t.hear(rep.Text), t.said()) || words.ContainsAnyOf(t.text, words.BothParties...))
	})
	return ok, err
}

// disputeSide takes a party's side of a quarrel as more of it when the
// reader did not see a dispute in it ("那块地本来就是我家的，凭什么说我占
// 了" reads as a question): a message in a grid group, not to the bot,
// that takes a side (a claim of right, a denial, a counter-accusation:
// understand.TakesSide) and names a thing the mediation item's report
// names (understand.SharesSubject: 地, 墙, 树, 水沟, 鸡…), while that item
// is live (disputeLive). From someone other than the reporter, new to it,
// it makes him a follower and tells the handlers privately, as
// joinDispute does; the reporter's, or a party's said again, is told
// only when the handlers did not hear from him since their last step
// (partyHeard), else kept on the item quietly. The other party named in the report answering of the same
// thing in words of no side ("我家牛是绳子断了跑出去的 又不是故意的" to "陈二
// 家的牛又跑到我家玉米地里") gives his side all the same. done is false
// when it is no such message.
func (r *Router) disputeSide(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.addr || t.where.Kind != words.InGrid || reading.Type == village.Mediation && reading.Intent == village.IntentReport ||
		understand.RefusesMediation(t.said()) || understand.RefusesMeeting(t.said()) {
		// "我不去 凭什么 墙是俺自己家地上砌的" takes a side, but refuses
		// the mediation first: quarrelFlared's (then partyWords')
		return false, nil
	}
	fits := r.liveDispute(t, true)
	if !understand.TakesSide(t.said()) {
		if !understand.NamesSubject(t.said()) {
			return false, nil
		}
		live := fits
		fits = func(rep village.Report) bool { return live(rep) && !rep.ReportedBy(t.who) && r.namedIn(t.who, rep) }
	}
	return r.join(ctx, t, true, everyWord, fits, r.tellParty(t))
}

// quarrelFlared takes word, said in a grid group, that a quarrel the grid
// mediates broke out again or goes on ("又吵起来了", "这次又动手了", "网格
// 员去调解了 他们还在吵", "调解了好几次都没用 又打起来了": understand.
// QuarrelFlares), past the hour the quarrel is live in the group (blows
// at any time; within it, words are more of the quarrel: joinDispute): it
// is news for that item, not a new matter to file or ask about, nor a deed
// of mediation. The item is the sender's own (he reported, follows or is
// named in it), else the group's only open one; a thing named (墙, 牛)
// must be the item's, as must a household named ("东头老赵家两口子又吵起来了"
// is no more of the quarrel over 老刘家's dog). Its handlers hear what he said (at once when it
// came to blows) and he hears that they know; a handler saying it is
// asked whether it is the item's 进展. Told to the bot, it is news for the
// one quarrel of his, answered privately. done is false when no one item
// fits, or the text tells no such news (the store is not read then).
//
// Word that mediating it came to nothing ("调解了好几次都没用":
// understand.MediationFails), with no new quarrel told, is news for the
// sender's own item only, or, from a cadre of the grid, for the group's
// only one, at any time: it is a party's judgement of the mediation, not
// something a neighbour saw happen. Anyone else is told plainly that he
// is party to no mediation item and what to do (mediation.futile.none),
// unless his words read as a quarrel of his own, to be filed.
func (r *Router) quarrelFlared(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	flares, fight := understand.QuarrelFlares(t.said())
	refused := !flares && understand.RefusesMediation(t.said())
	futile := !flares && !refused && understand.MediationFails(t.said())
	// "我不去 凭什么" of the meeting just arranged for his quarrel (declines)
	declines := !flares && !refused && !futile && understand.RefusesMeeting(t.said())
	private := t.where.Kind == words.InPrivate
	if !flares && !futile && !refused && !declines || t.where.Kind != words.InGrid && !private || reading.Type == village.Emergency {
		return false, nil
	}
	open, err := r.openWhere(ctx, t)
	if err != nil {
		return true, err
	}
	named := understand.NamesSubject(t.said())
	var mediated, his []village.Report
	for _, rep := range open {
		if !private && rep.Chat != t.m.Chat || rep.Type != village.Mediation || !rep.Status.Open() || named && !understand.SharesSubject(t.hear(rep.Text), t.said()) ||
			words.OtherHousehold(t.text, r.quarrelSides(rep)) {
			// a resolved one's reporter saying it is his 未解决
			// (awaitedUnnamed); anyone else's word is news for it
			continue
		}
		mediated = append(mediated, rep)
		if rep.ReportedBy(t.who) || rep.FollowedBy(t.who) || r.namedIn(t.who, rep) {
			his = append(his, rep)
		}
	}
	if declines {
		if len(his) != 1 || !meetingArranged(his[0], t.at) {
			return false, nil
		}
		refused = true
	}
	var rep village.Report
	switch {
	case refused && (len(his) != 1 || his[0].HandledBy(t.who)):
		// only a party may refuse his own mediation
		return false, nil
	case len(his) == 1:
		rep = his[0]
	case len(his) == 0 && len(mediated) == 1 && !private && (!futile || r.mediatesHere(t)):
		rep = mediated[0]
	case len(his) == 0 && futile && reading.Type != village.Mediation && !words.MediatesAny(t.who) && !r.mediator(t.who, t.who.Village):
		// "调解了好几次都没用" from one party to no mediation (a cadre's
		// or mediator's is of the quarrels he mediates)
		return true, r.reply(ctx, t, "mediation.futile.none", map[string]any{"Who": t.who.Name, "Private": private})
	default:
		return false, nil
	}
	if rep.HandledBy(t.who) {
		// its mediator's own news: his to record
		return true, r.askProgress(ctx, t, rep, t.text, village.Mediation)
	}
	if !fight && !futile && !refused && !private && t.at.Sub(words.LastTouched(rep)) <= words.DisputeLive {
		// the quarrel is going on in the group as the mediators know:
		// more of it (joinDispute)
		return false, nil
	}
	done, err = r.retold(ctx, t, rep, words.Retelling{Flare: true, Fight: fight, Futile: futile, Refused: refused, Again: words.FailedBefore(rep, t.text)})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		// the item changed since it was read (its 办结 meanwhile makes his
		// words his 未解决): read the grid again, and decide again, once
		t.out = nil
		if done, err := r.awaitedUnnamed(ctx, t, reading); done || err != nil {
			return true, err
		}
		return r.quarrelFlared(ctx, t, reading)
	}
	return done, err
}

// meetingWindow is how long after its mediators arranged a meeting a
// party's "我不去" is of it.
const meetingWindow = 48 * time.Hour

// meetingArranged reports whether rep's latest step is its handlers'
// meeting arranged (understand.Arranges: "两家我都约好了 明天上午9点在村委会
// 调解"), within meetingWindow before at.
func meetingArranged(rep village.Report, at time.Time) bool {
	for i := len(rep.History) - 1; i >= 0; i-- {
		e := rep.History[i]
		if e.Action == village.ActSaid {
			continue // the parties' words since
		}
		return e.Action == village.ActProgress && at.Sub(e.At) <= meetingWindow && understand.Arranges(e.Note, e.At)
	}
	return false
}

// liveDispute fits a mediation item raised or touched within disputeLive
// before t, that the sender of t does not handle, and when sameThing,
// whose report names a thing t names; not when t tells a debt of the
// sender's own on a quarrel over anything else (words.DebtApart, med111).
func (r *Router) liveDispute(t *turn, sameThing bool) func(village.Report) bool {
	return func(rep village.Report) bool {
		last := words.LastTouched(rep)
		// its handler speaking of it mediates it: he is no party joining
		// the quarrel, and telling him what he said helps nobody; wages
		// an outside boss owes are no quarrel in the group (his second
		// word of them: see ownRepeat)
		return rep.Type == village.Mediation && t.at.Sub(last) <= words.DisputeLive && !rep.HandledBy(t.who) &&
			(!sameThing || understand.SharesSubject(t.hear(rep.Text), t.said())) && !words.OtherHousehold(t.text, r.quarrelSides(rep)) &&
			!r.owedByOutsider(rep.Village, t.hear(rep.Text), rep.ReporterSide) && !r.debtApart(t, rep)
	}
}

// debtApart reports whether t tells a debt of the sender's own that is no
// side of mediation item rep but a matter to file on its own, linked to
// it: on a quarrel over anything else (words.DebtApart, med111), or on a
// debt quarrel, the debtor's counter-claim on its reporter (「他还欠我八百
// 块呢」, med112): money owed the other way is settled and followed up as
// its own debt, not folded into the first one's 办结 and 回访.
func (r *Router) debtApart(t *turn, rep village.Report) bool {
	return words.DebtApart(rep, t.text) || r.counterClaim(t.who, rep, t.text)
}

// counterClaim reports whether text, said by p, is the debtor's own debt
// on the reporter of debt quarrel rep: p's household named in it, not the
// reporter's, money owed to him (words.OwnDebt) by no third villager
// (「王五还欠我一千呢 我哪有钱还」 is his excuse, kept as his side).
func (r *Router) counterClaim(p village.Person, rep village.Report, text string) bool {
	if rep.Type != village.Mediation || !words.IsDebt(rep.Text) || rep.ReporterSide(p) || !r.namedIn(p, rep) || !words.OwnDebt(text) {
		return false
	}
	return !slices.ContainsFunc(r.people.All(), func(o village.Person) bool {
		return o.Village == rep.Village && !rep.ReporterSide(o) && o.Household != p.Household &&
			utf8.RuneCountInString(o.Name) > 1 && strings.Contains(text, o.Name)
	})
}

// mediatesHere reports whether the sender of t mediates the quarrels of
// the grid group t was said in: its leader or a worker, a township
// officer, or one of the village's mediators.
func (r *Router) mediatesHere(t *turn) bool {
	if t.where.Kind != words.InGrid {
		return false
	}
	return t.who.Tends(t.where.Village, t.where.Grid) || t.who.Has(village.RoleOfficer) || r.mediator(t.who, t.where.Village)
}

// mediator reports whether p is one of village v's mediators.
func (r *Router) mediator(p village.Person, v string) bool {
	return slices.ContainsFunc(r.mediators(v), func(m village.Person) bool { return m.Key() == p.Key() })
}

// tellMediators tells an item's handlers privately, with block, what the
// sender of t said in its quarrel.
func (r *Router) tellMediators(t *turn, block string) func(*village.Report, bool) []bot.Outbound {
	return func(rep *village.Report, _ bool) []bot.Outbound { return r.mediatorsTold(t, rep, block, nil) }
}

// mediatorsTold is block told to rep's handlers of what t says; more
// adds to what block reads (Since: the insults kept on rep since they
// last heard of one, tellInsult; Again: a party's further words,
// tellParty).
func (r *Router) mediatorsTold(t *turn, rep *village.Report, block string, more map[string]any) []bot.Outbound {
	// a meeting they arranged is how they take it up: not 「尽快联系」 again
	data := map[string]any{"R": rep, "Who": r.shown(t.who), "Text": words.ShortText(t.text), "Met": meetingArranged(*rep, t.at)}
	maps.Copy(data, more)
	text := r.texts.Render(block, data)
	prio := bot.Normal
	if strings.HasPrefix(block, "dispute.threat") {
		prio = bot.Urgent // a threat of violence wakes them, quiet hours or not
	}
	var out []bot.Outbound
	for _, h := range r.handlersReached(t.at, *rep) {
		out = append(out, bot.Outbound{To: h, Kind: bot.Private, Priority: prio, Text: text})
	}
	return out
}

// alarm is an emergency as one message raised it.
type alarm struct {
	hazard village.Hazard
	place  string // the place it names, when the rules tell
	text   string
	at     time.Time
	// byModel: only the model saw an emergency in it (village.Report.ByModel).
	byModel bool
	// home is the household (home.Key) the alarm is at: the sender's own
	// (saysOwnHome: "家里煤气味好大"), or one it names by a person of the
	// roster (familyHome: "张三家里煤气味好大", "老张家着火了"); of first,
	// that same household when first was raised at, spread to or named
	// it, or, medical, tells one of it hurt; "" when unknown.
	home string
	// hurt is whom a medical alarm tells hurt, when its words and the
	// roster tell (hurtIn); zero for any other alarm.
	hurt hurtOne
	// roster are the names of its village's people when it is a missing
	// person's alarm (Router.rosterNames): who it and another look for
	// (words.MissingApart).
	roster []string
}

// hurtOne is whom a medical alarm tells hurt: a person of the roster (his
// Person.Key) with his household's home (homeOf's key), or only a home,
// of its sender's kin ("我爸心绞痛犯了") or of a household it names
// ("老张家的 他爸倒了": familyHome). Zero when the words name no one
// ("有人晕倒了", "老王家的 他爸倒了" with two 王 households).
type hurtOne struct{ person, home string }

// apart reports whether a and b are two people to help: two persons of
// the roster, or two homes' ("我爸心绞痛犯了" by 张三, "李四的腿摔断了").
// Who is not told is no one apart: 「有人晕倒了」 joins.
func (a hurtOne) apart(b hurtOne) bool {
	if a.person != "" && b.person != "" {
		return a.person != b.person
	}
	return a.home != "" && b.home != "" && a.home != b.home
}

// hurtIn is whom s, a medical alarm sender (key, of household home)
// sent in village v, tells hurt: himself (understand.SelfHurt), a
// villager by name (understand.HurtNamed), else his own kin
// (words.OwnKinRe: his home), else one of a household it names
// (familyHome: its home), else, naming no one nor any place
// (words.NamesNoOne), his home.
func (r *Router) hurtIn(v, sender, home string, s understand.Said) hurtOne {
	if understand.SelfHurt(s) {
		return hurtOne{person: sender, home: home}
	}
	var people []village.Person
	for _, p := range r.people.All() {
		if p.Village == v && utf8.RuneCountInString(p.Name) >= 2 {
			people = append(people, p)
		}
	}
	if p := understand.HurtNamed(s, people); p != nil {
		return hurtOne{person: p.Key(), home: r.homeOf(*p).Key}
	}
	if words.OwnKinRe.MatchString(s.Raw) {
		return hurtOne{home: home}
	}
	if h := r.familyHome(v, s.Raw); h != "" {
		// "老张家的 他爸晕倒了": 张's household, when the roster has one
		return hurtOne{home: h}
	}
	if words.NamesNoOne(s.Raw) {
		// "低血糖晕倒了 快来人": most likely of his own household, not
		// another family's that raises its own alarm after (alarm79)
		return hurtOne{home: home}
	}
	return hurtOne{}
}

// familyHome is the household text names by the person before its 家
// (words.FamilyHome: "张三家的", "老张家").
func (r *Router) familyHome(v, text string) string { return words.FamilyHome(r.people, v, text) }

// repeats reports whether a is more news of first, raised within window
// before it: the same hazard, naming no place first does not (nor
// another place wholly apart from first's, placesApart; a home both are
// at is one place however named: "张三家", "老张家"), and not at
// the sender's own home ("我家厨房着火了", "家里煤气味好大" are his own
// emergency) nor at a household it names ("张三家里煤气味好大") unless
// first is at that same home (home), and not when only the model saw
// first and the rules see a: a real alarm is never folded into one a
// model may have made up.
func (a alarm) repeats(first alarm, window time.Duration) bool {
	home := a.home != "" && a.home == first.home
	return a.hazard == first.hazard && a.at.Sub(first.at) <= window && (a.byModel || !first.byModel) &&
		(home || (a.place == "" || strings.Contains(first.text, a.place)) && a.home == "" && !words.SaysOwnHome(a.text) && !words.PlacesApart(a.text, first.text)) && (a.hazard != village.HazardMedical ||
		!words.HarmsApart(a.text, first.text) && !words.PeopleApart(a.text, first.text) && !a.hurt.apart(first.hurt)) &&
		(a.hazard != village.HazardCrime || !words.CrimesApart(a.text, first.text)) &&
		(a.hazard != village.HazardMissing || !words.MissingApart(a.text, first.text, a.roster...))
}

// rekindles reports whether a, told in text, says the emergency rep
// broke out again after emergencyJoin: someone said rep was over (its
// 办结, or Report.OverSaid: what never went out cannot come back), and a
// is of the same hazard within emergencyRekindle, no other place (nor
// the sender's home), told as come back (backWords) or naming rep's place.
func (a alarm) rekindles(rep village.Report, text string) bool {
	first := alarm{hazard: rep.Hazard, text: rep.Text, at: rep.CreatedAt, byModel: rep.ByModel}
	return a.repeats(first, words.EmergencyRekindle) && words.SaidOut(rep) &&
		(words.ContainsAnyOf(text, words.BackWords...) || a.place != "")
}

// joinEmergency keeps one emergency one item while the whole group shouts
// about it: an alarm of the same hazard in the group of an emergency
// raised within emergencyJoin, naming no other place (nor the sender's own
// home), is news of that emergency. A witness new to it becomes a follower, his words kept
// in its history when they add to the alarm (saidOf: 查 shows them), and is passed to the
// emergency duty chat with his phone, once; the group hears nothing more
// (it was told what to do). The reporter or a witness who writes again is
// passed on again when he says something the alarm did not ("我爸晕倒了叫
// 不醒" after "有人落水了"): in an emergency a repeated line in the duty
// chat costs less than news lost. The item's watchdog runs as before. done
// is false when there is no such item: the alarm is a new emergency.
func (r *Router) joinEmergency(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if done, err := firstTaking(ctx, t, reading,
		// "不是车撞的 是从房顶摔下来的 流了好多血": the same person, his
		// alarm corrected
		r.emergencyCorrects,
		// "是张三家的老人 在村口" after "有人晕倒了 快来人": who and where
		r.alarmNamed,
		// "火烧到我家柴房了" while the group's fire burns: it spread
		r.spreadHome,
		// "大火烧到后山了" while 老王家 burns: it spread there
		r.spreadPlace,
		// "大火基本灭了 还在冒烟": how it goes, no witness's alarm
		r.emergencyProgress,
	); done || err != nil {
		return done, err
	}
	a, fits := r.alarmFits(t, reading)
	again, told := r.joinTell(t, reading)
	tell := func(rep *village.Report, again bool) []bot.Outbound {
		// his words are kept on the item (查 shows them), in the same
		// commit as his following it: not in the audit only; after what
		// they tell is judged news or not against what was said before
		out := told(rep, again)
		r.saidOf(t, rep, t.text)
		return out
	}
	rep, ok, err := r.openFitting(ctx, t, fits)
	if err == nil && !ok {
		// "后山又着起来了" an hour after the fire there: it came back
		// (rekindles), the same item
		rekindles := func(rep village.Report) bool {
			return rep.Type == village.Emergency && a.rekindles(rep, t.text)
		}
		if rep, ok, err = r.openFitting(ctx, t, rekindles); ok {
			fits = rekindles
		}
	}
	if err != nil {
		return false, err
	} else if ok && comesBack(t, rep) {
		done, err := r.emergencyBack(ctx, t, rep, reading, nil)
		if errors.Is(err, storage.ErrConflict) && t.readAgain() {
			return r.joinEmergency(ctx, t, reading) // it changed meanwhile: read it again, once
		}
		return done, err
	}
	return r.join(ctx, t, false, again, fits, tell) // on a conflict, better a second alarm than none
}

// alarmFits is the decision joinEmergency makes of t's alarm (read as
// reading, a its alarm) and an open item: whether the alarm is that
// emergency told again. The call-log path (callAlarmJoins) asks the same
// of an elder's words on a call, with a turn of hers (elderTurn).
func (r *Router) alarmFits(t *turn, reading village.Reading) (alarm, func(village.Report) bool) {
	a := alarm{hazard: reading.Hazard, place: reading.Place, text: t.text, at: t.at, byModel: reading.Source == understand.SourceLLM,
		roster: r.rosterNames(t.where.Village, reading.Hazard)}
	if words.SaysOwnHome(t.text) {
		// "家里煤气味好大" joins only an alarm of his own household's home
		a.home = r.homeOf(t.who).Key
	} else {
		// "张三家里煤气味好大", "老张家着火了" only one at 张三's home
		a.home = r.familyHome(t.where.Village, t.text)
	}
	if a.hazard == village.HazardMedical {
		a.hurt = r.hurtIn(cmp.Or(t.where.Village, t.who.Village), t.who.Key(), r.homeOf(t.who).Key, t.said())
	}
	if p := r.places.In(a.place); t.placed && p.Kind != village.NoPlace && p.Grids.Has(t.where.Village, t.where.Grid) {
		// "青山村三组后山着火了" told outside the group names the grid
		// itself, no other place in it
		a.place = ""
	}
	fits := func(rep village.Report) bool {
		first := alarm{hazard: rep.Hazard, text: rep.Text, at: rep.CreatedAt, byModel: rep.ByModel}
		if a.home != "" && (words.HomeAlarmed(rep, a.home) || r.familyHome(rep.Village, rep.Text) == a.home || words.PresumedHome(rep) == a.home) {
			first.home = a.home
		}
		if a.hazard == village.HazardMedical && rep.Hazard == village.HazardMedical {
			// "李四的腿摔断了" after "我爸心绞痛犯了": two people hurt
			first.hurt = r.hurtIn(rep.Village, rep.ReporterKey, words.ReporterHome(rep), t.hear(rep.Text))
			if a.home != "" && first.hurt.home == a.home {
				// "张三家的 老爷子晕倒了" after 张三's "我爸晕倒了": the
				// household named is of whom is hurt, not a place (alarm79)
				first.home = a.home
			}
		}
		if a.hazard == village.HazardMissing && rep.Hazard == village.HazardMissing && a.home != "" && words.ReporterHome(rep) == a.home {
			// "我家老娘还没找到" after his own "我妈不见了": 我家 is whose
			// one is missing, not where (alarm94)
			first.home = a.home
		}
		if a.hazard == village.HazardMedical && r.standsApart(t, rep) {
			// "王五家的老人晕倒了" after another's "有人晕倒了": maybe
			// one person, kept apart (alarm82)
			return false
		}
		return rep.Type == village.Emergency && (a.repeats(first, words.EmergencyJoin) &&
			!r.otherScam(t, rep) || r.joinsOpen(t, a, rep))
	}
	return a, fits
}

// joinTell is what joining t's alarm to an open emergency tells
// (joinEmergency; a spread to a home or place it reached already): the
// duty chat his words (tellDutyChat), again when he raised or follows it
// only if they say something new (again); in the group, him the number
// he asks for (numberBack) each time he asks; outside it, him that it is
// known (with the number, asked).
func (r *Router) joinTell(t *turn, reading village.Reading) (again func(village.Report) bool, tell func(rep *village.Report, again bool) []bot.Outbound) {
	tell = r.tellDutyChat(t, reading.Summary)
	if reading.Hazard != village.HazardNone {
		// "有人被烧伤了" joined to the group's fire: the duty chat hears
		// the hurt needs 120 besides
		tell = func(rep *village.Report, again bool) []bot.Outbound {
			hurt := reading.Hazard == village.HazardMedical && rep.Hazard != village.HazardMedical
			if hurt {
				// kept on the item: the watchdog's re-posts ask for 120 too
				rep.Tell(t.who.Name, t.at, village.HurtNote+words.ShortText(t.text))
			}
			return r.dutyChatTold(t, reading.Summary, rep, again, hurt)
		}
	}
	news := func(rep village.Report) bool { return !words.SaysNothingNew(t.text, words.SaidSoFar(rep)) }
	again = news
	if t.where.Kind == words.InGrid {
		// "着火了该打什么电话": he hears the number at once, in the
		// same commit as the duty chat's line — its own reporter too,
		// whose words the duty chat does not hear again when they say
		// nothing new; "有人被烧伤了" at a fire, unasked, the 120 the
		// group was not told yet (numberHint)
		again = func(rep village.Report) bool {
			return news(rep) || r.numberHint(t, reading, rep) != "" || againDue(t, rep)
		}
		duty := tell
		tell = func(rep *village.Report, repeat bool) []bot.Outbound {
			back := r.numberBack(t, reading, rep)
			if repeat && !news(*rep) {
				if len(back) == 0 && againDue(t, *rep) {
					// "快来人 着火了" again: he hears it is known and how
					// it stands, not silence
					rep.RepeatWaitAt = t.at
					back = []bot.Outbound{r.back(t, r.groupTexts.Render("emergency.again", r.stateOf(rep,
						map[string]any{"Who": r.shown(t.who), "Number": r.steps(t, *rep)})))}
					back[0].Priority = bot.Urgent
				}
				return back
			}
			return append(duty(rep, repeat), back...)
		}
	}
	if t.where.Kind != words.InGrid {
		// told outside the group (townalarm.go): he hears it is known
		duty := tell
		tell = func(rep *village.Report, again bool) []bot.Outbound {
			number := r.numberHint(t, reading, *rep)
			if scene := sceneOf(t, *rep); number == "" && scene.Scam {
				// "我妈还在给骗子转账": how to stop the money, asked or not
				number = r.texts.Render("emergency.hint", map[string]any{"R": rep, "Scene": scene})
			}
			back := r.back(t, r.texts.Render("report.emergency.known", map[string]any{"R": rep,
				"Leaders": r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader), "Number": number}))
			back.Priority = bot.Urgent
			return append(duty(rep, again), back)
		}
	}
	return again, tell
}

// againDue reports whether t, the same alarm of rep said again with
// nothing new by its reporter or a witness in the group, is to be answered
// that it is known: rep is a live emergency not answered so within
// againQuiet (Report.RepeatWaitAt).
func againDue(t *turn, rep village.Report) bool {
	return liveEmergency(t, rep) && t.at.Sub(rep.RepeatWaitAt) >= words.AgainQuiet
}

// stateOf adds to data what emergency.state reads of rep: rep, its grid's
// leaders, those asked in their place with their titles (askees: 「网格员
// 王五」 when 网格长李四 is the one hurt) and its latest step's words.
func (r *Router) stateOf(rep *village.Report, data map[string]any) map[string]any {
	data["R"] = rep
	data["Leaders"] = r.leaderNames(rep.Village, rep.Grid)
	var told []string
	_, instead := r.askees(*rep)
	for _, p := range instead {
		told = append(told, village.Title(p, *rep)+p.Name)
	}
	data["Told"] = told
	if e, ok := rep.LastStep(); ok && e.Action != village.ActCreate {
		data["Latest"] = words.ShortText(e.Note)
	}
	return data
}

// numberHint is, when t's words ask which number to call (asksNumber),
// the hint of the hazard they tell, else of rep's, the emergency they are
// of (119 a fire, 120 the hurt, 110 a crime, the gas company's line or
// 119 a gas leak), with what its scene needs (sceneOf, emergency.hint:
// 96110 for a scam, 110 and a rope for a drowning, 95598 for a line
// down), for a reply to him that holds it; "" when he asks none.
//
// Words of a harm of another hazard than rep's ("有人被烧伤了" joined to a
// fire: joinsOpen) get, asked or not, their hazard's hint (120) and then
// rep's (119): the group was told only the fire's.
func (r *Router) numberHint(t *turn, reading village.Reading, rep village.Report) string {
	other := reading.Hazard != village.HazardNone && reading.Hazard != rep.Hazard
	if !words.AsksNumber(t.said().Canon) && !other {
		return ""
	}
	first := rep
	first.Hazard = cmp.Or(reading.Hazard, rep.Hazard)
	if !other {
		return r.steps(t, rep)
	}
	told := sceneOf(t, first)
	return r.texts.Render("emergency.hint", map[string]any{"R": &first, "Scene": told}) + r.stepsBesides(t, rep, told)
}

// steps are rep's hint with what its scene needs (sceneOf) and, at a
// fight, that no one steps in alone (violence), as its alarm said them.
func (r *Router) steps(t *turn, rep village.Report) string {
	return r.stepsBesides(t, rep, understand.Scene{})
}

// stepsBesides is steps after another hazard's hint whose scene told
// said already: a line both give (a burn's first aid) is said once.
func (r *Router) stepsBesides(t *turn, rep village.Report, told understand.Scene) string {
	data := map[string]any{"R": &rep, "Scene": sceneOf(t, rep).Besides(told)}
	r.violence(t, rep, data)
	return r.texts.Render("emergency.hint", data) + r.texts.Render("emergency.violence", data)
}

// sceneOf is what rep's scene needs beside its hazard's hint
// (understand.SceneOf), as its alarm's words or t's tell it: a flare-up
// or a question of the number of a scam, a drowning or a line down gets
// the steps its first alarm gave (emergency.hint), not the bare hint.
func sceneOf(t *turn, rep village.Report) understand.Scene {
	return words.AlarmScene(t.hear(rep.Text), rep).Or(understand.SceneOf(t.said(), rep.Hazard))
}

// numberBack is the reply in the grid group to one whose alarm or news
// of rep asks which number to call (numberHint), with that the duty chat
// has it: sent in the commit of what his words did, so no trip of its
// own. None when he asks none, or wrote outside the group.
func (r *Router) numberBack(t *turn, reading village.Reading, rep *village.Report) []bot.Outbound {
	hint := r.numberHint(t, reading, *rep)
	if t.where.Kind != words.InGrid || hint == "" {
		return nil
	}
	back := r.back(t, r.groupTexts.Render("report.emergency.number", r.stateOf(rep, map[string]any{"Who": r.shown(t.who), "Number": hint})))
	back.Priority = bot.Urgent
	return []bot.Outbound{back}
}

// comesBack reports whether the alarm of t, joined to rep, says rep's
// emergency broke out again: in so many words ("复燃了", "又着起来了"),
// or after someone said it was over (its 办结, or Report.OverSaid) —
// unless the group heard it came back within backQuiet.
func comesBack(t *turn, rep village.Report) bool {
	if !words.ContainsAnyOf(t.text, words.BackWords...) && !words.SaidOut(rep) {
		return false
	}
	for i := len(rep.History) - 1; i >= 0; i-- {
		if e := rep.History[i]; strings.HasPrefix(e.Note, words.BackNote) {
			return t.at.Sub(e.At) > words.BackQuiet
		}
	}
	return true
}

// emergencyBack tells an open emergency of the grid broke out again
// ("后山又着起来了 复燃了" after "火已经灭了", or after its 办结) as
// life-safety news: the duty chat hears it, and the grid's group @s its
// leader, workers and handlers with what to do, as at the first alarm
// (a witness's further word reaches the duty chat only); its reporter,
// or one who told it before, is told by name what to do now: he is at
// its scene, the leak may be in his kitchen. Its 办结 is
// undone (reopened: nobody is asked to confirm a fire that burns), a
// "it is over" that stopped the watchdog is forgotten (it re-posts again
// until someone acts), and the history notes it (查 shows it). The
// sender, new to it, follows it. One commit. With to, it is the
// emergency spread to another home (spreadHome): the duty chat hears
// whose, as the roster knows the household, the group's cadres where to
// go, and the sender, @'d, what to do now.
func (r *Router) emergencyBack(ctx context.Context, t *turn, rep village.Report, reading village.Reading, to *words.Home) (done bool, err error) {
	own := rep.ReportedBy(t.who) || rep.FollowedBy(t.who)
	if !own {
		rep.AddFollower(t.who, r.shown(t.who))
	}
	note := words.BackNote + words.ShortText(t.text)
	if to != nil {
		note = words.SpreadNote + to.Name + "：" + words.ShortText(t.text)
		rep.SpreadTo = append(rep.SpreadTo, to.Key)
	}
	reopened := false
	if rep.Status == village.StatusResolved {
		reopened = rep.Apply(village.ActReopen, t.who.Name, t.at, note) == nil
	}
	if !reopened {
		rep.Tell(t.who.Name, t.at, note)
	}
	rep.OverSaid = time.Time{}
	leaders := r.people.InGrid(rep.Village, rep.Grid, village.RoleLeader)
	workers := r.people.InGrid(rep.Village, rep.Grid, village.RoleWorker)
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": words.DutySummary(t.text, reading.Summary),
		"Echo": words.ShortText(echo(t, t.text)), "Back": to == nil, "Spread": to, "Reopened": reopened, "Own": own,
		"Responders": words.AppendNew(words.AppendNew(words.Names(leaders), words.Names(workers)...), rep.Handlers...),
		// "后山又着起来了 该打什么电话": the hazard's hint, in the group's
		// post, is his answer too
		"Number": r.numberHint(t, reading, rep), "Scene": sceneOf(t, rep)}
	block, action := "report.emergency.back", "back"
	if to != nil {
		block, action = "report.emergency.spread", "spread"
		if !to.Place {
			data["Flee"] = words.FleeHome(rep.Hazard)
		}
	}
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.witness", data)}}
	if rep.Chat != "" {
		out = append(out, bot.Outbound{To: rep.Chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.groupTexts.Render(block, data)})
	}
	if t.where.Kind != words.InGrid || t.m.Chat != rep.Chat {
		back := r.back(t, r.textsFor(t).Render("report.emergency.back.sender", data))
		back.Priority = bot.Urgent
		out = append(out, back)
	}
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.commit(ctx, t, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: action, Note: words.ShortText(t.text)}})
	return true, err
}

// homeOf is p's household as the roster knows it (words.HomeOf).
func (r *Router) homeOf(p village.Person) words.Home { return words.HomeOf(r.people, p) }

// spreadHome takes word in a grid group that an open emergency of the
// group that spreads (a fire, a flood, raised within emergencyRekindle)
// reached the sender's own home ("我家也着了", "火烧到我家柴房了":
// reachedHome) as that emergency spread, not a new alarm with no link
// nor chat: the duty chat hears it as the same emergency's, naming the
// home from the roster, the group's cadres are @'d, and the sender is told
// to get out (emergencyBack). A home the emergency was raised at or had
// reached already ("火烧到我家柴房了" from the house that alarmed) is more
// news of it (joinEmergency's witness). reading, an alarm of another
// hazard, is none. done is false when no such emergency is open.
func (r *Router) spreadHome(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.placed || !words.ContainsAnyOf(t.said().Canon, words.OwnHome...) || reading.Type == village.Emergency && reading.Hazard != village.HazardNone && !words.SpreadsHome(reading.Hazard) ||
		r.aidAsked(t, t.text) != nil {
		// "我家也被烧了 能申请救助不": the harm done, aid asked
		// (aidAfterAlarm tells the duty chat)
		return false, nil
	}
	to := r.homeOf(t.who)
	fits := func(rep village.Report) bool {
		return rep.Type == village.Emergency && words.SpreadsHome(rep.Hazard) && t.at.Sub(rep.CreatedAt) <= words.EmergencyRekindle &&
			(reading.Type != village.Emergency || reading.Hazard == rep.Hazard || reading.Hazard == village.HazardNone) && words.ReachedHome(t.said().Canon, rep.Hazard)
	}
	open, err := r.openFittingAll(ctx, t, fits)
	if err != nil || len(open) == 0 {
		return false, err
	}
	about := spreadFrom(t, open)
	if len(about) != 1 {
		// two fires burn and his word names neither: not guessed
		return r.spreadUnsure(ctx, t, reading, about, &to)
	}
	rep := about[0]
	if words.HomeAlarmed(rep, to.Key) {
		// the home it was raised at, or reached: more news of it
		again, tell := r.joinTell(t, reading)
		return r.join(ctx, t, false, again, func(x village.Report) bool { return x.ID == rep.ID && fits(x) }, tell)
	}
	done, err = r.emergencyBack(ctx, t, rep, reading, &to)
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.spreadHome(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return done, err
}

// spreadFrom narrows open, the grid's emergencies (newest first) a home
// t tells was reached may be of, to those it is about: the one of a #R it
// quotes or writes ("#R2 烧到我家了"), else those whose alarm shares a
// place or household word with it or the alarm it quotes ("老王家的火烧到我
// 家了", "仓库那边烧过来了"), all read in canonical words ("垃级站" is the
// 垃圾站's). One open, it is that one; none named among several, all of
// them (spreadHome asks which). Of several, one said out (resolved and
// awaiting its reporter's word, or said over: saidOut) is left out while
// another still burns: it is no fire a home caught from.
func spreadFrom(t *turn, open []village.Report) []village.Report {
	if len(open) == 1 {
		return open
	}
	refs := village.FindRefs(t.text)
	said := t.said().Canon
	if t.quote != nil {
		refs = append(refs, village.FindRefs(t.quote.Text)...)
		said += " " + t.hear(t.quote.Text).Canon
	}
	for _, x := range words.ReportRefs(refs) {
		if i := slices.IndexFunc(open, func(rep village.Report) bool { return rep.ID == x.String() }); i >= 0 {
			return open[i : i+1]
		}
	}
	phrase := words.PlaceWords(words.BlankWords(said, words.OwnHome))
	var about []village.Report
	for _, rep := range open {
		alarm := t.hear(rep.Text).Canon
		if slices.ContainsFunc(phrase, func(w string) bool { return strings.Contains(alarm, w) }) {
			about = append(about, rep)
		}
	}
	if len(about) == 0 {
		about = open
	}
	if burning := slices.DeleteFunc(slices.Clone(about), words.SaidOut); len(burning) > 0 {
		return burning
	}
	return about
}

// spreadUnsure tells of a home reached by one of several emergencies of
// the grid that t does not say which: the sender, @'d, is told to get
// out and asked which (all listed, his answer naming one goes to it:
// spreadFrom), the duty chat hears the home and every ref, the group's
// cadres where to go. Nothing is written on any item. One commit.
func (r *Router) spreadUnsure(ctx context.Context, t *turn, reading village.Reading, open []village.Report, to *words.Home) (done bool, err error) {
	responders := words.AppendNew(words.Names(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleLeader)),
		words.Names(r.people.InGrid(t.where.Village, t.where.Grid, village.RoleWorker))...)
	for _, rep := range open {
		responders = words.AppendNew(responders, rep.Handlers...)
	}
	open = words.AsRaised(open) // listed as raised: #R1, #R2
	data := map[string]any{"Open": open, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": words.DutySummary(t.text, reading.Summary),
		"Spread": to, "Flee": words.FleeHome(open[0].Hazard), "Reach": words.ReachWord(open[0].Hazard), "Responders": responders, "Village": t.where.Village, "Grid": t.where.Grid,
		"Number": r.numberHint(t, reading, open[0])}
	out := []bot.Outbound{
		{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.spread.unsure.duty", data)},
		{To: t.m.Chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.groupTexts.Render("report.emergency.spread.unsure", data)},
	}
	t.scope = storage.VillageScope(t.where.Village)
	_, err = r.commit(ctx, t, storage.Change{Scope: t.scope, MsgID: t.m.ID, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "spread.unsure", Note: words.ShortText(t.text)}})
	return true, err
}

// namedHome is the household of the one person whose roster name stands
// right before a 家 of text (words.NamedHome).
func (r *Router) namedHome(v, text string) string { return words.NamedHome(r.people, v, text) }

// earlierAlarm is the emergency of f's grid a new alarm f files is the
// same emergency come back of, though not joined to it (closed, or
// raised more than emergencyRekindle before): of the same hazard, raised
// within emergencyHistory, not rejected nor merged, at the same place
// (a place of the village, spotWords, a numbered house, "1号院子", or a
// home, "老王家", both name, "老李家" the home "村口李家" unless each
// names another place; or
// the sender's home, "我家", where it was raised or spread to), or, told
// as come back ("又着火了", backWords), at no other place (samePlace is
// false: it may be another). The newest such; ok is false when there is none, or the grid's reports cannot be read
// (the alarm goes out all the same). The alarm stays a new item (safety
// first): the link is history for the duty officer, so the filing's
// commit does not check it; the reports are read as this process
// follows them.
func (r *Router) earlierAlarm(ctx context.Context, t *turn, f *filing) (old village.Report, samePlace, ok bool) {
	p := r.alarmPlaceOf(f)
	back := words.ContainsAnyOf(f.text, words.BackWords...)
	// a numbered house alone reads nothing ("2号院子着火了"): one told as
	// come back ("1号院子又着火了") is linked by its number
	if f.g == "" || f.rep.Hazard == village.HazardNone || !back && !p.own && len(p.spots) == 0 && len(p.homes) == 0 {
		return village.Report{}, false, false
	}
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(f.v), f.g, words.StatusRecent)
	if err != nil {
		r.log.WarnContext(ctx, "earlier alarms unread", "err", err)
		return village.Report{}, false, false
	}
	for _, rep := range reports {
		if rep.Type != village.Emergency || rep.Grid != f.g || rep.Hazard != f.rep.Hazard || t.at.Sub(rep.CreatedAt) > words.EmergencyHistory ||
			rep.Status == village.StatusRejected || rep.Status == village.StatusDuplicate || r.otherScam(t, rep) {
			continue
		}
		if rep.Hazard == village.HazardMedical && (words.HarmsApart(rep.Text, f.text) || words.PeopleApart(rep.Text, f.text)) {
			// 「打工回来的大巴在村口翻了」 an hour after 「村口有个老人冻得
			// 直哆嗦」: two harms at one spot, no danger come back (alarm112)
			continue
		}
		same := p.at(rep)
		if (same || back && !p.named()) && (!ok || rep.CreatedAt.After(old.CreatedAt)) {
			old, samePlace, ok = rep, same, true
		}
	}
	return old, samePlace, ok
}

// earlierDanger is the safety danger still open at the place of the
// emergency f files (village.Report.OpenDanger; the newest of several):
// 「老刘家的房子塌了」 after 「老刘家的土坯房墙裂了…怕是要塌」 (town108),
// which the alarm names. The place is read as earlierAlarm reads it
// (alarmPlace); the grid's reports are those it read.
func (r *Router) earlierDanger(ctx context.Context, f *filing) (danger village.Report, ok bool) {
	p := r.alarmPlaceOf(f)
	if f.g == "" || !p.named() {
		return village.Report{}, false
	}
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(f.v), f.g, words.StatusRecent)
	if err != nil {
		r.log.WarnContext(ctx, "earlier dangers unread", "err", err)
		return village.Report{}, false
	}
	for _, rep := range reports {
		if rep.Grid == f.g && rep.OpenDanger() && p.at(rep) && (!ok || rep.CreatedAt.After(danger.CreatedAt)) {
			danger, ok = rep, true
		}
	}
	return danger, ok
}

// alarmPlace is the place an alarm's words name, to find an earlier
// item at the same one: a spot (村口), a home (老刘家), a numbered house,
// or the reporter's own home (own, his household mine).
type alarmPlace struct {
	text                 string
	spots, homes, houses []string
	own                  bool
	mine                 string
}

func (r *Router) alarmPlaceOf(f *filing) alarmPlace {
	text := f.text
	return alarmPlace{text: text, spots: words.SpotsIn(text), homes: words.HomesIn(text), houses: words.HousesIn(text),
		own: words.SaysOwnHome(text), mine: r.homeOf(f.reporter).Key}
}

// named reports whether the alarm names a place at all.
func (p alarmPlace) named() bool {
	return len(p.spots) > 0 || len(p.homes) > 0 || len(p.houses) > 0 || p.own
}

// at reports whether rep's words name the alarm's place.
func (p alarmPlace) at(rep village.Report) bool {
	return slices.ContainsFunc(p.spots, func(s string) bool { return strings.Contains(rep.Text, s) }) ||
		!words.OtherPlaces(p.text, rep.Text) && slices.ContainsFunc(p.homes, func(h string) bool {
			return slices.ContainsFunc(words.HomesIn(rep.Text), func(x string) bool { return words.SameHome(h, x) })
		}) ||
		p.own && words.HomeAlarmed(rep, p.mine) ||
		slices.ContainsFunc(p.houses, func(h string) bool { return slices.Contains(words.HousesIn(rep.Text), h) })
}

// liveEmergency reports whether rep is an open emergency of the last
// emergencyOverLive at t.
func liveEmergency(t *turn, rep village.Report) bool {
	return rep.Type == village.Emergency && rep.Status != village.StatusResolved && t.at.Sub(rep.CreatedAt) <= words.EmergencyOverLive
}

// emergencyOver passes chit-chat that tells an open emergency of the group
// is over ("找到了，在他妹妹家，谢谢大家", "火已经灭了") from anyone in its
// group (its reporter, a witness, a neighbour) to the emergency duty chat,
// as more news of it: someone there may still be on his way. While nobody
// has taken it on, the item notes when (Report.OverSaid): the watchdog
// raises it no more, and the group's leaders are asked, once, to check
// and close it (办结) or take it on. Taken on, those who handle it are
// told, with the 办结 to send once they checked; nothing is closed. done
// is false when the group has no such item.
func (r *Router) emergencyOver(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	// "搞错了 没着火": its reporter, or one who joined it, takes it back
	retracts := understand.Retracts(t.said())
	// quoting the card of one item ("人救出来了", "灭了"), his words are
	// news of that one
	quoted := r.quotedItem(t)
	found := r.foundSaid(t) // "王奶奶回来了": her name read as 人
	if reading.Intent != village.IntentNoise || !understand.Resolves(found) && !retracts && !r.quotedEnd(t) {
		return false, nil
	}
	if !retracts && words.ContainsAnyOf(t.text, words.PartWords...) {
		// "我家门口水也退了一些": an end in part is news
		// (emergencyProgress), never its end: the watchdog goes on
		return false, nil
	}
	fitting, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		if retracts && !understand.Resolves(t.said()) {
			return rep.Type == village.Emergency && t.at.Sub(rep.CreatedAt) <= words.EmergencyOverLive && (rep.ReportedBy(t.who) || rep.FollowedBy(t.who))
		}
		// its reporter, a witness, or, once it is taken on, a villager of
		// its group whose words end it ("火灭了" of a fire, "孩子接回家了"
		// of a search): he tells those who handle it, and closes nothing.
		// A stranger's "找到了" of one nobody took on may be of anything:
		// it does not stop the watchdog (OverSaid)
		// Its reporter's "火已经灭了" is of a fire only: of his flood he
		// is asked (below).
		// Nobody took it on yet, a bystander's end that names its hazard
		// ("人找到了" of a search; his bare "找到了" names nobody) is news
		// of it (bystanderOver).
		if quoted != "" && rep.ID != quoted {
			return false
		}
		if rep.Status == village.StatusResolved {
			// closed (办结), it waits for its reporter's answer: his
			// all-clear is that answer (below); anyone else's is no news
			return rep.Type == village.Emergency && rep.ReportedBy(t.who) && !retracts && t.at.Sub(rep.CreatedAt) <= words.EmergencyOverLive
		}
		// the card quoted names the item: his words need not name its
		// hazard ("人救出来了" of a fire)
		text := quotedWords(t, rep, quoted)
		if text == t.text {
			text = found.Raw
		}
		return rep.Type == village.Emergency && t.at.Sub(rep.CreatedAt) <= words.EmergencyOverLive &&
			((rep.ReportedBy(t.who) || rep.FollowedBy(t.who)) && !words.EndsOther(text, rep.Hazard) ||
				rep.Status != village.StatusNew && !r.cadreOf(t.who, rep) && words.EndsIt(text, rep.Hazard) ||
				rep.Status == village.StatusNew && rep.OverSaid.IsZero() && !r.cadreOf(t.who, rep) && words.EndsIt(text, rep.Hazard) && (quoted != "" || words.EndOf(text) == rep.Hazard) &&
					(rep.Hazard != village.HazardMissing || quoted != "" || understand.NamesPerson(found)))
	})
	if fitting = overOfWhich(t, fitting); len(fitting) > 1 {
		// "刚才是演练" while he has a fire and a crash open: neither is
		// said over on a guess (the watchdog would stop on the wrong one)
		return true, r.reply(ctx, t, "emergency.over.which", map[string]any{"Who": r.shown(t.who), "Items": fitting,
			"Text": words.ShortText(echo(t, t.text))})
	}
	var rep village.Report
	ok := len(fitting) == 1
	if ok {
		rep = fitting[0]
	}
	if err == nil && !ok && !retracts {
		// the end of another hazard than his open emergency's ("火已经灭
		// 了" of his flood): nothing ends, the watchdog goes on, and he
		// is asked which he means
		rep, ok, err = r.openFitting(ctx, t, func(rep village.Report) bool {
			return liveEmergency(t, rep) && (rep.ReportedBy(t.who) || rep.FollowedBy(t.who))
		})
		if err != nil || !ok {
			return false, err
		}
		return true, r.reply(ctx, t, "emergency.over.other", map[string]any{"Who": r.shown(t.who), "R": &rep, "Text": words.ShortText(echo(t, t.text))})
	}
	if err != nil || !ok {
		return false, err
	}
	if rep.Status == village.StatusResolved {
		// "没事了 人送到卫生院了" after 办结: his 满意, as "好了 谢谢" of any
		// item (awaitedRead), told how to take it back; the duty chat
		// heard the 办结, and nobody is asked to close it again
		t.implied = true
		return true, r.lifecycleOf(ctx, t, command{verb: words.VConfirm, word: "满意", args: t.text}, words.RefOf(rep))
	}
	out := r.tellDutyChat(t, reading.Summary)(&rep, true)
	change := storage.Change{Scope: storage.VillageScope(t.where.Village), MsgID: t.m.ID, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: words.ShortText(t.text)}}
	// he is thanked and told what comes next: those who close it check
	// it is safe first, then its reporter confirms (emergency.over.thanks)
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Text": words.ShortText(echo(t, t.text)), "Own": rep.ReportedBy(t.who),
		"Closers": rep.Handlers, "Leaders": r.leaderNames(rep.Village, rep.Grid), "Handlers": rep.Handlers, "Smoulder": smoulderHint(t, rep), "Pit": sceneOf(t, rep).Pit}
	switch {
	case rep.Status == village.StatusNew && !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who):
		change.Report, change.Out = r.bystanderOver(t, &rep, change.Out)
	case rep.Status == village.StatusNew && rep.OverSaid.IsZero():
		rep.OverSaid = t.at
		change.Report, change.Audit.Action = &rep, "over"
		data["Retracts"], data["Closers"] = retracts && !understand.Resolves(t.said()), data["Leaders"]
		change.Out = append(change.Out, r.back(t, r.textsFor(t).Render("report.emergency.over", data)))
	case rep.Status != village.StatusNew && len(rep.Handlers) > 0:
		// taken on: those who handle it hear it, to check and close it
		// themselves (办结); the item notes only when it was first said
		// over (OverSaid), so his alarm sent again is it come back
		// (comesBack), not a repeat
		change.Out = append(change.Out, r.back(t, r.textsFor(t).Render("report.emergency.over.handler", data)))
		if rep.OverSaid.IsZero() {
			rep.OverSaid = t.at
			change.Report = &rep
		}
	}
	t.scope = change.Scope
	_, err = r.commit(ctx, t, change)
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.emergencyOver(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}

// foundSaid is t's words as an all-clear of a search reads them: a name
// of the roster of his village before 回来了 or 找到了 read as 人 ("王奶奶
// 回来了", "袁桂珍找到了" as "人回来了"), since the rules know names only as
// people are called (understand.CameBack, NamesPerson). Words with no such
// end are t's own; the roster is in memory.
func (r *Router) foundSaid(t *turn) understand.Said {
	said := t.said()
	if !understand.SaysFound(said) {
		return said
	}
	text := t.text
	for _, p := range r.people.All() {
		if p.Village == t.where.Village && utf8.RuneCountInString(p.Name) > 1 && strings.Contains(text, p.Name) {
			text = strings.ReplaceAll(text, p.Name, "人")
		}
	}
	if text == t.text {
		return said
	}
	return understand.Hear(text)
}

// bystanderOver records a bystander's news that rep, an emergency nobody
// took on, is over ("人找到了 在河边玩" of a search he did not report): a
// note of it (查 shows it), the duty chat told (out), and, the first time,
// its reporter asked in the group to confirm it, the leaders to check. It
// does not stop the watchdog: his words may be of something else, and
// the reporter's own "找到了" does (emergencyOver).
func (r *Router) bystanderOver(t *turn, rep *village.Report, out []bot.Outbound) (*village.Report, []bot.Outbound) {
	first := !slices.ContainsFunc(rep.History, func(e village.Entry) bool { return strings.HasPrefix(e.Note, words.OverHeard) })
	rep.Tell(r.shown(t.who), t.at, words.OverHeard+words.ShortText(t.text))
	if !first {
		return rep, out
	}
	return rep, append(out, r.back(t, r.textsFor(t).Render("report.emergency.over.bystander", map[string]any{"R": rep,
		"Who": r.shown(t.who), "Text": words.ShortText(echo(t, t.text)), "Leaders": r.leaderNames(rep.Village, rep.Grid), "Smoulder": smoulderHint(t, *rep), "Pit": sceneOf(t, *rep).Pit})))
}

// smoulderHint is the smoulder caution (village.HazardSmoulder, or
// HazardSmoulderPlug for an appliance's fire) when t's words put out rep,
// a fire, whose words and t's together name what caught or the smoke
// left (understand.Caution): 「被子的火浇灭了」 at 「炭盆把被子烤着了 屋里全是
// 烟」 (alarm103: the quilt may burn on inside, the room is full of fumes).
// "" for any other end, or hazard.
func smoulderHint(t *turn, rep village.Report) string {
	if rep.Hazard != village.HazardFire {
		return ""
	}
	if h := understand.Caution(t.hear(rep.Text + " " + t.text)); h == village.HazardSmoulder || h == village.HazardSmoulderPlug {
		return h.Hint()
	}
	return ""
}

// cadreOf reports whether p is a cadre (leader or worker) of rep's grid,
// whose news of it sceneNews records.
func (r *Router) cadreOf(p village.Person, rep village.Report) bool {
	return p.Covers(village.RoleLeader, rep.Village, rep.Grid) || p.Covers(village.RoleWorker, rep.Village, rep.Grid)
}

// tellDutyChat tells the emergency duty chat, as more news of an item,
// what the sender of t said: the reader's summary of it (summary), or his
// words, cut short and with the numbers in them masked (dutySummary).
func (r *Router) tellDutyChat(t *turn, summary string) func(rep *village.Report, again bool) []bot.Outbound {
	return func(rep *village.Report, again bool) []bot.Outbound {
		return r.dutyChatTold(t, summary, rep, again, false)
	}
}

// dutyChatTold is tellDutyChat's post; hurt: his words tell someone hurt
// at rep's scene ("有人被烧伤了" at a fire), for 120 besides.
func (r *Router) dutyChatTold(t *turn, summary string, rep *village.Report, again, hurt bool) []bot.Outbound {
	hurtAs := ""
	if hurt {
		hurtAs = village.HurtAs(t.text, rep.Hazard) // "我妈晕过去了" at the stove's fumes: 有人晕倒
	}
	text := r.texts.Render("report.emergency.witness", map[string]any{"R": rep, "Who": r.shown(t.who), "Phone": t.who.Phone,
		"Text": words.DutySummary(t.text, summary), "Again": again, "Hurt": hurtAs, "NoBreath": breathless(t), "Inside": inside(t, *rep),
		// "人回来了" of a search: the duty chat sees at a glance it may stand down
		"Found": rep.Hazard == village.HazardMissing && words.EndOf(r.foundSaid(t).Raw) == village.HazardMissing})
	return []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: text}}
}

// inside reports whether t's words tell someone still in the house rep, a
// fire, burns ("屋里还有人 老太太没出来", understand.PeopleInside): the
// duty chat hears the 119-and-120 line with them, as with the first alarm
// (lost97).
func inside(t *turn, rep village.Report) bool {
	return rep.Hazard == village.HazardFire && understand.PeopleInside(t.said())
}

// breathless reports whether t's words tell someone at an alarm's scene
// does not breathe ("孩子拉上来了 没气了" after a drowning, or a fire's
// victim carried out): whatever the alarm's hazard, the duty chat hears
// the chest-compression line, as it does for a first alarm (alarm87).
func breathless(t *turn) bool {
	return understand.SceneOf(t.said(), village.HazardMedical).NoBreath
}

// modelAlarmsLike lists the open emergencies of t's grid group that only
// the model saw, that nobody has acted on yet, and that the alarm t
// raised (one the rules see) would repeat if the rules had seen them too
// (alarm.repeats): perhaps the same thing; and those of its hazard whose
// place is told the other way, by number or by household (sameOrNot),
// or, medical, that named no one beside t's naming someone (standsApart:
// perhaps the same person, alarm82). They are not merged: a
// machine's guess must not end a real alarm, nor a real one vanish into
// a guess; the duty chat is told, and a person merges them (重复).
func (r *Router) modelAlarmsLike(ctx context.Context, t *turn) ([]village.Report, error) {
	if t.raised == nil || t.raised.byModel {
		return nil, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return nil, err
	}
	var out []village.Report
	for _, m := range open {
		if m.Chat == t.m.Chat && m.Type == village.Emergency && m.ByModel && m.Status == village.StatusNew &&
			t.raised.repeats(alarm{hazard: m.Hazard, text: m.Text, at: m.CreatedAt}, words.EmergencyJoin) ||
			sameOrNot(*t.raised, m) || m.Chat == t.m.Chat && t.raised.hazard == village.HazardMedical &&
			t.at.Sub(m.CreatedAt) <= words.EmergencyJoin && r.standsApart(t, m) || missingBeside(*t.raised, m) {
			out = append(out, m)
		}
	}
	return out, nil
}

// missingBeside reports whether m, an open missing-person alarm of the
// group raised within the join window, names another person than a, a
// missing-person alarm (words.MissingApart: 「我家小孩也找不到了」 after
// 「我妈不见了」): two searches, maybe of one family's one outing, which the
// second's duty post names (alarm94).
func missingBeside(a alarm, m village.Report) bool {
	return a.hazard == village.HazardMissing && m.Type == village.Emergency && m.Hazard == village.HazardMissing &&
		m.Status != village.StatusResolved && a.at.Sub(m.CreatedAt) <= words.EmergencyJoin && words.MissingApart(a.text, m.Text, a.roster...)
}

// sameOrNot reports whether the alarm a and m, an open emergency of its
// group raised within the join window, are of one hazard and tell their
// place one by a house's number, the other by a household ("3号院着火了",
// "张三家着火了": houseAndHome): filed apart, they may be one place, for
// the duty chat to merge (重复) once someone knows.
func sameOrNot(a alarm, m village.Report) bool {
	return m.Type == village.Emergency && m.Status != village.StatusResolved && m.Hazard == a.hazard && a.at.Sub(m.CreatedAt) <= words.EmergencyJoin &&
		(words.HouseAndHome(a.text, m.Text) || words.HouseAndHome(m.Text, a.text))
}

// join takes a message in a grid group as more of the newest open item of
// that group that fits: nothing when the sender raised or follows it
// already (unless again says so of the item: then what tell says is sent
// once more, told it is again; when tell keeps words on the item, a
// history entry, the item is written with them);
// otherwise the sender becomes a follower, committed with what tell says
// to whom. When the item changed meanwhile, done is doneOnConflict. done
// is false when no item fits.
func (r *Router) join(ctx context.Context, t *turn, doneOnConflict bool, again, fits func(village.Report) bool,
	tell func(rep *village.Report, again bool) []bot.Outbound) (done bool, err error) {
	rep, ok, err := r.openFitting(ctx, t, fits)
	if err != nil || !ok {
		return false, err
	}
	sc := storage.VillageScope(t.where.Village)
	t.scope = sc
	if rep.ReportedBy(t.who) || rep.FollowedBy(t.who) {
		if !again(rep) {
			return true, nil
		}
		kept, waited := len(rep.History), rep.RepeatWaitAt
		c := storage.Change{Scope: sc, MsgID: t.m.ID, Out: tell(&rep, true),
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: words.ShortText(t.text)}}
		if len(rep.History) > kept || !rep.RepeatWaitAt.Equal(waited) {
			c.Report = &rep // tell kept his words on it (tellInsult), or when he heard it is known
		}
		_, err = r.commit(ctx, t, t.copies.guard(c))
	} else {
		rep.AddFollower(t.who, r.shown(t.who))
		_, err = r.commit(ctx, t, t.copies.guard(storage.Change{Scope: sc, MsgID: t.m.ID, Report: &rep,
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "follow", Note: words.ShortText(t.text)}, Out: tell(&rep, false)}))
	}
	switch {
	case errors.Is(err, storage.ErrConflict) && t.copies.any():
		// decided on copies the turn's commits carry (turn.copies): the
		// message is handled again on the items as stored (Router.Handle)
		return true, err
	case errors.Is(err, storage.ErrConflict) && t.readAgain():
		// The item changed since it was read (by another process, whose
		// change this one's copy lacked): read the grid again, once.
		return r.join(ctx, t, doneOnConflict, again, fits, tell)
	case errors.Is(err, storage.ErrConflict):
		return doneOnConflict, nil
	}
	return true, err
}

// openFitting finds the newest open item of the grid group t was said in
// that fits; ok is false when there is none (or t is said elsewhere).
func (r *Router) openFitting(ctx context.Context, t *turn, fits func(village.Report) bool) (rep village.Report, ok bool, err error) {
	found, err := r.openFittingN(ctx, t, fits, 1)
	if err != nil || len(found) == 0 {
		return village.Report{}, false, err
	}
	return found[0], true, nil
}

// openFittingAll finds every open item of the grid group t was said in
// that fits, newest first.
func (r *Router) openFittingAll(ctx context.Context, t *turn, fits func(village.Report) bool) ([]village.Report, error) {
	return r.openFittingN(ctx, t, fits, -1)
}

// openFittingN finds the n newest open items (all for n < 0) of the grid
// group t was said in that fit, newest first.
func (r *Router) openFittingN(ctx context.Context, t *turn, fits func(village.Report) bool, n int) ([]village.Report, error) {
	chat := t.m.Chat
	if t.placed {
		// an emergency told outside the group names its grid (townalarm.go)
		chat = r.groupOf(t.where.Village, t.where.Grid)
	}
	if t.where.Kind != words.InGrid && !t.placed || chat == "" {
		return nil, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return nil, err
	}
	return words.Newest(open, n, func(rep village.Report) bool { return rep.Chat == chat && fits(rep) }), nil
}

// meTooFits reports whether a bare "me too" that names what happens
// ("我家也停了", "我家也堵了") names rep's trouble: the words after its 也
// are in rep's, or share two characters in a row or a thing with them. "我家也冷" is the
// group's talk, not a share of the blocked drain.
func meTooFits(t *turn, rep village.Report) bool {
	if words.MeTooPlain(t.text) {
		return true
	}
	s := words.MeTooSaid(t.text)
	_, rest, _ := strings.Cut(s, "也")
	if word := strings.TrimRight(rest, "了啦呢的"); word != "" && strings.Contains(rep.Text, word) {
		return true // "我家也停了" of "自来水又停了"
	}
	_, shared := understand.ThingsOf(t.hear(rest), t.hear(rep.Text))
	return shared || words.SharesBigram(rest, rep.Text)
}

// meToo takes a villager's "我家也没水了" after a general report of the
// group as his household's share of it, not a new report: he follows the
// report (told when it is resolved), and the group hears it counts, up to
// meTooTold households. A message read as a report must be of the
// report's category; a bare "我也是" must follow it closely. done is false
// when no open report fits.
func (r *Router) meToo(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	bare := reading.Intent != village.IntentReport
	if t.where.Kind != words.InGrid || t.quote != nil || t.who.IsCadre() || !words.SaysMeToo(t.text, bare) {
		return false, nil
	}
	var last village.Report
	if bare {
		// a bare word answers what the group was told last: the
		// group's newest item, not one of several before it
		open, err := r.latestOpen(ctx, t)
		if err != nil {
			return true, err
		}
		for _, rep := range open {
			if rep.Chat == t.m.Chat && !rep.Private() && rep.Status.Open() && rep.Status != village.StatusResolved && rep.CreatedAt.After(last.CreatedAt) {
				last = rep
			}
		}
	}
	fits := func(rep village.Report) bool {
		age := t.at.Sub(rep.CreatedAt)
		return rep.Type == village.General && !rep.Private() && rep.Status.Open() && rep.Status != village.StatusResolved &&
			(bare && age <= words.MeTooBareWindow && rep.ID == last.ID && meTooFits(t, rep) || !bare && age <= words.MeTooWindow && rep.Category == reading.Category)
	}
	tell := func(rep *village.Report, again bool) []bot.Outbound {
		households := 1 + len(rep.Followers)
		if again || households > words.MeTooTold && !words.MeTooAsksWhen(t.text) {
			return nil
		}
		// "我家也没气了 啥时候来啊": how it stands, as he asked
		return []bot.Outbound{r.back(t, r.textsFor(t).Render("report.metoo", map[string]any{"Who": r.shown(t.who), "R": rep, "N": households,
			"Asks": words.MeTooAsksWhen(t.text)}))}
	}
	return r.join(ctx, t, true, func(village.Report) bool { return false }, fits, tell)
}
