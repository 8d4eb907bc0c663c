package handlers

// When the whole group talks about one matter: a quarrel is one mediation
// item, a fire one emergency. Further messages of it within a while make
// their senders followers and tell those who act, not the group again.

import (
	"cmp"
	"context"
	"errors"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// disputeLive is how long after its last message or change a mediation
// item takes the quarrel's further messages in the group as its own.
const disputeLive = time.Hour

// joinDispute keeps a quarrel in the group one mediation item: a message
// read as a dispute, in a group where a mediation item was raised or
// touched within disputeLive, is taken as more of the same quarrel, unless
// someone new to it names only other things than the item does (a
// dispute of his own, filed as one). The
// sender, when new to it, becomes a follower (the other party, most
// often) and the handlers are told privately; the group hears nothing
// more, both sides having been asked to calm down already. A party's
// further words are told too unless the handlers heard from him since
// their last step (tellParty, partyHeard). A threat is told each time. A peacemaker ("别吵了，都是邻居，有话好好说", which reads as
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
	insult := !threat && insulted(t.text)
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
		return live(rep) && (rep.ReportedBy(t.who) || rep.FollowedBy(t.who) || r.namedIn(t.who, rep) || understand.SharesSubject(t.hear(rep.Text), t.said()) || !understand.NamesSubject(t.said()))
	}
	tell := r.tellMediators(t, block)
	switch {
	case insult:
		tell = r.tellInsult(t)
	case !threat:
		tell = r.tellParty(t)
	}
	return r.join(ctx, t, true, func(rep village.Report) bool {
		return threat || insult || !r.partyHeard(t, rep) || r.newlyYields(t, rep)
	}, fits, tell)
}

// insultEvery is how often at most the mediators of one item hear that a
// party is insulted. A quarrel in the group trades insults by the dozen
// within the hour it is live (disputeLive); the first tells the mediators
// it has come to that, and they take up the whole quarrel with both sides,
// not each word: ten notices in an hour wear out their attention (as
// repeatQuiet spares them a repeated report). Per item, not per party: both
// sides saying they are insulted is one heated exchange. A threat is told
// each time, urgently.
const insultEvery = time.Hour

// insultNote begins the history note of a party's word that he is
// insulted.
const insultNote = "（被骂）"

// tellInsult keeps on rep a party's word that he is insulted (ActSaid: 查
// shows each) and tells the mediators of it: a party new to the quarrel at
// once, one already in it when they heard of no insult for insultEvery;
// the next notice counts those kept meanwhile.
func (r *Router) tellInsult(t *turn) func(*village.Report, bool) []bot.Outbound {
	return func(rep *village.Report, again bool) []bot.Outbound {
		since, _ := insultsSince(*rep, rep.InsultToldAt)
		rep.Tell(r.shown(t.who), t.at, insultNote+shortText(t.text))
		if again && !rep.InsultToldAt.IsZero() && t.at.Sub(rep.InsultToldAt) < insultEvery {
			return nil
		}
		rep.InsultToldAt = t.at
		return r.mediatorsTold(t, rep, "dispute.insult", map[string]any{"Since": since})
	}
}

// isInsult reports whether e keeps a party's word that he is insulted.
func isInsult(e village.Entry) bool {
	return e.Action == village.ActSaid && strings.HasPrefix(e.Note, insultNote)
}

// insultsSince counts the words of a party that he is insulted kept on
// rep after since, and gives the latest (nil for none).
func insultsSince(rep village.Report, since time.Time) (n int, last *village.Entry) {
	for i, e := range rep.History {
		if isInsult(e) && e.At.After(since) {
			n, last = n+1, &rep.History[i]
		}
	}
	return n, last
}

// insultWords tell that someone was insulted: "骂得很难听", "满嘴脏话".
var insultWords = []string{"辱骂", "侮辱", "脏话", "难听", "骂街", "骂娘", "骂祖宗"}

// insulted reports whether text tells that its sender or his family is
// insulted ("陈二天天在群里骂我家", "骂得很难听"), not only that two sides
// quarrel ("两家又吵起来了") or someone calls for calm ("别骂了").
func insulted(text string) bool {
	if containsAnyOf(text, "别骂", "不要骂", "不骂") {
		return false
	}
	return containsAnyOf(text, insultWords...) || strings.Contains(text, "骂") && containsAnyOf(text, "骂我", "骂俺", "骂咱", "骂了我", "骂了俺")
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
	if addressed || t.where.kind != inGrid || !understand.Onlooks(t.said()) {
		return false, nil
	}
	live := r.liveDispute(t, false)
	_, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		return live(rep) && !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) && !r.namedIn(t.who, rep) &&
			(sharesBigram(t.text, rep.Text) || understand.SharesSubject(t.hear(rep.Text), t.said()) || containsAnyOf(t.text, bothParties...))
	})
	return ok, err
}

// bothParties name the sides of a quarrel as such: "两家都有错".
var bothParties = []string{"两家", "两个人", "两人", "双方", "两边", "他俩", "他们俩", "他们两", "这事", "这件事", "谁对谁错"}

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
// (partyHeard), else taken quietly. The other party named in the report answering of the same
// thing in words of no side ("我家牛是绳子断了跑出去的 又不是故意的" to "陈二
// 家的牛又跑到我家玉米地里") gives his side all the same. done is false
// when it is no such message.
func (r *Router) disputeSide(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.addr || t.where.kind != inGrid || reading.Type == village.Mediation && reading.Intent == village.IntentReport {
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
	return r.join(ctx, t, true, func(rep village.Report) bool { return !r.partyHeard(t, rep) }, fits, r.tellParty(t))
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
	private := t.where.kind == inPrivate
	if !flares && !futile && !refused || t.where.kind != inGrid && !private || reading.Type == village.Emergency {
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
			otherHousehold(t.text, rep.Text) {
			// a resolved one's reporter saying it is his 未解决
			// (awaitedUnnamed); anyone else's word is news for it
			continue
		}
		mediated = append(mediated, rep)
		if rep.ReportedBy(t.who) || rep.FollowedBy(t.who) || r.namedIn(t.who, rep) {
			his = append(his, rep)
		}
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
	case len(his) == 0 && futile && reading.Type != village.Mediation && !mediatesAny(t.who) && !r.mediator(t.who, t.who.Village):
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
	if !fight && !futile && !refused && !private && t.at.Sub(lastTouched(rep)) <= disputeLive {
		// the quarrel is going on in the group as the mediators know:
		// more of it (joinDispute)
		return false, nil
	}
	done, err = r.retold(ctx, t, rep, retelling{flare: true, fight: fight, futile: futile, refused: refused, again: failedBefore(rep, t.text)})
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

// manyTimes say a thing was tried or happened more than once: "好几次",
// "三番五次".
var manyTimes = []string{"几次", "多次", "几回", "两回", "三回", "两次", "三次", "三番五次", "一次又一次", "每次", "次次", "回回"}

// failedBefore reports whether news that rep's quarrel is not settled
// (text) tells it failed more than once: text says so, or the item was
// reopened or told such news before. 上报镇 is then what its leader is
// offered first.
func failedBefore(rep village.Report, text string) bool {
	reopened, _ := rep.Reopened()
	return containsAnyOf(text, manyTimes...) || !rep.RepeatedAt.IsZero() || reopened > 0
}

// failedAgain reports whether e, just taken on rep, is the reopen of a
// quarrel the grid has not yet sent up that failed more than once: it
// was reopened before, or its note says so ("调解了好几次都没用"),
// whichever party said it. 上报镇 is then what its leader is offered.
func failedAgain(rep *village.Report, e village.Entry) bool {
	if rep.Type != village.Mediation || e.Action != village.ActReopen || !rep.EscalatedAt().IsZero() {
		return false
	}
	n, _ := rep.Reopened()
	return n > 1 || containsAnyOf(e.Note, manyTimes...)
}

// liveDispute fits a mediation item raised or touched within disputeLive
// before t, that the sender of t does not handle, and when sameThing,
// whose report names a thing t names.
func (r *Router) liveDispute(t *turn, sameThing bool) func(village.Report) bool {
	return func(rep village.Report) bool {
		last := lastTouched(rep)
		// its handler speaking of it mediates it: he is no party joining
		// the quarrel, and telling him what he said helps nobody; wages
		// an outside boss owes are no quarrel in the group (his second
		// word of them: see ownRepeat)
		return rep.Type == village.Mediation && t.at.Sub(last) <= disputeLive && !rep.HandledBy(t.who) &&
			(!sameThing || understand.SharesSubject(t.hear(rep.Text), t.said())) && !otherHousehold(t.text, rep.Text) &&
			!r.owedByOutsider(rep.Village, t.hear(rep.Text), rep.ReporterSide)
	}
}

// otherHousehold reports whether text names households (householdsIn) and
// none of them is named in item, an item's text: "东头老赵家两口子又吵起来了"
// is no more of the quarrel over "隔壁老刘家的狗".
func otherHousehold(text, item string) bool {
	// "你家玉米本来就不行", "两家为院墙闹矛盾": the side spoken to, or
	// the sides counted, are the quarrel's own
	homes := slices.DeleteFunc(householdsIn(text), func(h string) bool { return strings.ContainsAny(h, "你您两俩几每双") })
	return len(homes) > 0 && !slices.ContainsFunc(homes, func(h string) bool { return strings.Contains(item, h) })
}

// mediatingWords tell of a mediator's work: "明天上午去调解", "约好了两家".
var mediatingWords = []string{"调解", "协调", "调处", "说和", "劝和", "约好", "约了"}

// mediatesHere reports whether the sender of t mediates the quarrels of
// the grid group t was said in: its leader or a worker, a township
// officer, or one of the village's mediators.
func (r *Router) mediatesHere(t *turn) bool {
	if t.where.kind != inGrid {
		return false
	}
	return t.who.Tends(t.where.village, t.where.grid) || t.who.Has(village.RoleOfficer) || r.mediator(t.who, t.where.village)
}

// mediatesAny reports whether p holds a role that mediates quarrels: a
// grid's leader or worker, a township officer.
func mediatesAny(p village.Person) bool {
	return p.Has(village.RoleLeader) || p.Has(village.RoleWorker) || p.Has(village.RoleOfficer)
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
	data := map[string]any{"R": rep, "Who": r.shown(t.who), "Text": shortText(t.text)}
	maps.Copy(data, more)
	text := r.texts.Render(block, data)
	prio := bot.Normal
	if strings.HasPrefix(block, "dispute.threat") {
		prio = bot.Urgent // a threat of violence wakes them, quiet hours or not
	}
	var out []bot.Outbound
	for _, h := range rep.Handlers {
		out = append(out, bot.Outbound{To: h, Kind: bot.Private, Priority: prio, Text: text})
	}
	return out
}

// emergencyJoin is how long an emergency takes the group's further
// alarms of the same hazard as news of itself.
const emergencyJoin = 30 * time.Minute

// ownHome are the ways of saying "at my home": an alarm there is its own.
var ownHome = []string{"我家", "我们家", "俺家", "咱家", "我屋"}

// saysOwnHome reports whether text tells of the sender's own home:
// ownHome's words, or 家里 said bare ("家里煤气味好大", "快来人 家里着火
// 了"), not someone else's ("老王家里", "他家里").
func saysOwnHome(text string) bool {
	if containsAnyOf(text, ownHome...) {
		return true
	}
	for i := 0; ; {
		j := strings.Index(text[i:], "家里")
		if j < 0 {
			return false
		}
		if before, _ := utf8.DecodeLastRuneInString(text[:i+j]); !unicode.Is(unicode.Han, before) {
			return true
		}
		i += j + len("家里")
	}
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
	// roster (namedHome: "张三家里煤气味好大"); of first, that same
	// household when first was raised at, spread to or named it; ""
	// when unknown.
	home string
}

// repeats reports whether a is more news of first, raised within window
// before it: the same hazard, naming no place first does not (nor
// another place wholly apart from first's, placesApart), and not at
// the sender's own home ("我家厨房着火了", "家里煤气味好大" are his own
// emergency) nor at a household it names ("张三家里煤气味好大") unless
// first is at that same home (home), and not when only the model saw
// first and the rules see a: a real alarm is never folded into one a
// model may have made up.
func (a alarm) repeats(first alarm, window time.Duration) bool {
	return a.hazard == first.hazard && a.at.Sub(first.at) <= window && (a.byModel || !first.byModel) &&
		(a.place == "" || strings.Contains(first.text, a.place)) && (a.home == "" && !saysOwnHome(a.text) || a.home != "" && a.home == first.home) &&
		!placesApart(a.text, first.text) && (a.hazard != village.HazardMedical || !harmsApart(a.text, first.text) && !peopleApart(a.text, first.text)) &&
		(a.hazard != village.HazardCrime || !crimesApart(a.text, first.text))
}

// crimesApart reports whether crime alarms a and b are two crimes: a
// scam under way and a fight or a beating (understand.Scam, Violent):
// 「我妈正在给骗子转账」 is no witness's word of 「隔壁家打得好凶 快来人啊」.
func crimesApart(a, b string) bool {
	sa, sb := understand.Hear(a), understand.Hear(b)
	return understand.Scam(sa) && understand.Violent(sb) || understand.Violent(sa) && understand.Scam(sb)
}

// notPetName are characters after 小 that make no one's pet name: "小心",
// "小孩", "小路", "小卖部".
const notPetName = "心孩伙子姑娘朋路卖部学区组车狗猫时事点些儿媳叔姨舅妹弟哥姐孙女"

// peopleIn lists the people text names in the ways a village calls them:
// 老 and a family name (surnames: "老王", not "老王家", a home), 小 and
// a given name ("小龙"), a family name and a title (elderTitles: "刘奶奶",
// "王大爷").
func peopleIn(text string) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i+1 < len(rs); i++ {
		next := rs[i+1]
		if i+2 < len(rs) && rs[i+2] == '家' {
			continue
		}
		switch {
		case rs[i] == '老' && strings.ContainsRune(surnames, next):
			out = appendNew(out, string(rs[i:i+2]))
		case rs[i] == '小' && unicode.Is(unicode.Han, next) && !strings.ContainsRune(notPetName, next):
			out = appendNew(out, string(rs[i:i+2]))
		case strings.ContainsRune(surnames, rs[i]) && (strings.ContainsRune(elderTitles, next) ||
			next == '大' && i+2 < len(rs) && strings.ContainsRune(elderTitles, rs[i+2])):
			out = appendNew(out, string(rs[i:i+2]))
		}
	}
	return out
}

// peopleApart reports whether medical alarms a and b each name a person
// (peopleIn) and share none: "老王摔倒了 起不来" and "刘奶奶也摔了 头破了"
// are two people to help, the same way of harm or not.
func peopleApart(a, b string) bool {
	pa, pb := peopleIn(a), peopleIn(b)
	return len(pa) > 0 && len(pb) > 0 && !slices.ContainsFunc(pa, func(p string) bool { return slices.Contains(pb, p) })
}

// harmKinds are the ways a person comes to harm that tell two medical
// alarms apart: a crash on the road is not an elder's fall in her yard.
// Signs that any of them may leave (昏迷, 流血, 起不来) are none: a
// witness of the crash says "人昏过去了".
var harmKinds = [][]string{
	understand.CrashWords,
	{"摔倒", "摔了", "摔下", "摔伤", "滑倒", "从房顶", "从梯子", "从树上"},
	{"落水", "溺水", "掉河", "掉进河", "掉水里", "掉进水", "掉到河", "掉池塘", "掉进池塘", "掉到池塘", "掉井", "掉进井", "淹"},
	{"触电", "被电", "电到人", "电着人"},
	{"中毒", "农药", "喝药"},
	{"烧伤", "烫伤"},
	{"咬伤", "被狗咬", "蛇咬", "被蛇"},
	{"打伤", "砍伤", "刺伤", "捅伤", "打破", "打架"},
}

// harmsApart reports whether medical alarms a and b, in canonical words,
// each tell how someone came to harm and share no way: "村口车撞人了"
// and "王奶奶在院子里摔倒了" are two people to help, not a witness's word.
func harmsApart(a, b string) bool {
	a, b = understand.Canon(a), understand.Canon(b)
	told := false
	for _, kind := range harmKinds {
		inA, inB := containsAnyOf(a, kind...), containsAnyOf(b, kind...)
		if inA && inB {
			return false
		}
		told = told || inA
	}
	return told && slices.ContainsFunc(harmKinds, func(kind []string) bool { return containsAnyOf(b, kind...) })
}

// emergencyRekindle is how long after an emergency was raised, while it
// is not closed, an alarm of the same hazard told as it come back ("后山
// 又着起来了", "复燃了"), or naming its place again after it was said
// over, is that emergency broke out again (emergencyBack), not a new one:
// embers in straw, wood or a hillside rekindle hours after the flames
// are out, and a fire brigade watches a fire ground for a day.
const emergencyRekindle = 24 * time.Hour

// rekindles reports whether a, told in text, says the emergency rep
// broke out again after emergencyJoin: someone said rep was over (its
// 办结, or Report.OverSaid: what never went out cannot come back), and a
// is of the same hazard within emergencyRekindle, no other place (nor
// the sender's home), told as come back (backWords) or naming rep's place.
func (a alarm) rekindles(rep village.Report, text string) bool {
	first := alarm{hazard: rep.Hazard, text: rep.Text, at: rep.CreatedAt, byModel: rep.ByModel}
	return a.repeats(first, emergencyRekindle) && saidOut(rep) &&
		(containsAnyOf(text, backWords...) || a.place != "")
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
	a := alarm{hazard: reading.Hazard, place: reading.Place, text: t.text, at: t.at, byModel: reading.Source == understand.SourceLLM}
	if saysOwnHome(t.text) {
		// "家里煤气味好大" joins only an alarm of his own household's home
		a.home = r.homeOf(t.who).Key
	} else {
		// "张三家里煤气味好大" only one at 张三's home
		a.home = r.namedHome(t.where.village, t.text)
	}
	if p := r.places.In(a.place); t.placed && p.Kind != village.NoPlace && p.Grids.Has(t.where.village, t.where.grid) {
		// "青山村三组后山着火了" told outside the group names the grid
		// itself, no other place in it
		a.place = ""
	}
	fits := func(rep village.Report) bool {
		first := alarm{hazard: rep.Hazard, text: rep.Text, at: rep.CreatedAt, byModel: rep.ByModel}
		if a.home != "" && (homeAlarmed(rep, a.home) || r.namedHome(rep.Village, rep.Text) == a.home || presumedHome(rep) == a.home) {
			first.home = a.home
		}
		return rep.Type == village.Emergency && (a.repeats(first, emergencyJoin) &&
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
				rep.Tell(t.who.Name, t.at, village.HurtNote+shortText(t.text))
			}
			return r.dutyChatTold(t, reading.Summary, rep, again, hurt)
		}
	}
	news := func(rep village.Report) bool { return !saysNothingNew(t.text, saidSoFar(rep)) }
	again = news
	if t.where.kind == inGrid {
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
	if t.where.kind != inGrid {
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

// againQuiet is how long after one answer to an emergency's alarm said
// again (emergency.again) the same item's next repeat gets none.
const againQuiet = time.Minute

// againDue reports whether t, the same alarm of rep said again with
// nothing new by its reporter or a witness in the group, is to be answered
// that it is known: rep is a live emergency not answered so within
// againQuiet (Report.RepeatWaitAt).
func againDue(t *turn, rep village.Report) bool {
	return liveEmergency(t, rep) && t.at.Sub(rep.RepeatWaitAt) >= againQuiet
}

// saidSoFar is all that was said of rep: its alarm and the words kept on
// it since (ActSaid notes), against which a repeat is news or not.
func saidSoFar(rep village.Report) string {
	var b strings.Builder
	b.WriteString(rep.Text)
	for _, e := range rep.History {
		if e.Action == village.ActSaid {
			b.WriteString("\n" + e.Note)
		}
	}
	return b.String()
}

// stateOf adds to data what emergency.state reads of rep: rep, its grid's
// leaders and its latest step's words.
func (r *Router) stateOf(rep *village.Report, data map[string]any) map[string]any {
	data["R"] = rep
	data["Leaders"] = r.leaderNames(rep.Village, rep.Grid)
	if e, ok := rep.LastStep(); ok && e.Action != village.ActCreate {
		data["Latest"] = shortText(e.Note)
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
	if !asksNumber(t.said().Canon) && !other {
		return ""
	}
	first := rep
	first.Hazard = cmp.Or(reading.Hazard, rep.Hazard)
	if !other {
		return r.steps(t, rep)
	}
	return r.texts.Render("emergency.hint", map[string]any{"R": &first, "Scene": sceneOf(t, first)}) + r.steps(t, rep)
}

// steps are rep's hint with what its scene needs (sceneOf) and, at a
// fight, that no one steps in alone (violence), as its alarm said them.
func (r *Router) steps(t *turn, rep village.Report) string {
	data := map[string]any{"R": &rep, "Scene": sceneOf(t, rep)}
	r.violence(t, rep, data)
	return r.texts.Render("emergency.hint", data) + r.texts.Render("emergency.violence", data)
}

// sceneOf is what rep's scene needs beside its hazard's hint
// (understand.SceneOf), as its alarm's words or t's tell it: a flare-up
// or a question of the number of a scam, a drowning or a line down gets
// the steps its first alarm gave (emergency.hint), not the bare hint.
func sceneOf(t *turn, rep village.Report) understand.Scene {
	a, b := understand.SceneOf(t.hear(rep.Text), rep.Hazard), understand.SceneOf(t.said(), rep.Hazard)
	return understand.Scene{Power: a.Power || b.Power, WireFire: a.WireFire || b.WireFire, HomeWire: a.HomeWire || b.HomeWire, Crash: a.Crash || b.Crash,
		Drown: a.Drown || b.Drown, Scam: a.Scam || b.Scam, NoBreath: a.NoBreath || b.NoBreath, Fall: a.Fall || b.Fall,
		Coal: a.Coal || b.Coal}
}

// numberBack is the reply in the grid group to one whose alarm or news
// of rep asks which number to call (numberHint), with that the duty chat
// has it: sent in the commit of what his words did, so no trip of its
// own. None when he asks none, or wrote outside the group.
func (r *Router) numberBack(t *turn, reading village.Reading, rep *village.Report) []bot.Outbound {
	hint := r.numberHint(t, reading, *rep)
	if t.where.kind != inGrid || hint == "" {
		return nil
	}
	back := r.back(t, r.groupTexts.Render("report.emergency.number", r.stateOf(rep, map[string]any{"Who": r.shown(t.who), "Number": hint})))
	back.Priority = bot.Urgent
	return []bot.Outbound{back}
}

// numberAsks ask which number to call ("着火了该打什么电话", "有人晕倒了
// 打哪个电话", "报警电话是多少"): in an alarm, the asker needs the number
// now, whatever item his alarm joins.
var numberAsks = []string{"什么电话", "哪个电话", "啥电话", "电话多少", "电话是多少", "什么号", "哪个号", "啥号", "几号电话",
	"号码多少", "号码是多少", "打多少", "拨多少", "该打哪", "该打啥", "该打什么", "要打哪", "要打啥", "要打什么",
	// what to do now ("捞上来了 没气了 怎么办"): the same steps answer it
	"怎么办", "咋办", "怎么救", "咋救", "怎么弄", "咋弄", "咋整", "该怎么做", "要怎么做"}

// asksNumber reports whether canon, an alarm's canonical words, asks which
// number to call or what to do now (numberAsks).
func asksNumber(canon string) bool { return containsAnyOf(canon, numberAsks...) }

// backWords say an emergency broke out again: "复燃了", "又着起来了",
// "水又涨了", "人又不见了", "又闻到煤气味了".
var backWords = []string{"复燃", "又着", "又烧", "又起火", "又起来", "又冒", "又燃", "又涨", "又上来", "又漫", "又塌", "又滑",
	// a scam under way again: "张三他妈又在给骗子转账了"
	"又在给", "又在转", "又在汇", "又在往", "又在烧", "又在涨", "又在冒",
	"又不见", "又丢", "又跑", "又晕", "又倒", "又犯", "又开始", "又来了", "又打起来", "又动手", "再次", "重新着",
	// a gas leak back: "又闻到煤气味了", "家里又有味了", "煤气又漏了"
	"又闻到", "又闻见", "又有味", "又有气味", "又有煤气味", "又有燃气味", "又漏", "又泄"}

// backNote begins the history note of an emergency come back
// (emergencyBack): one such note within backQuiet makes further alarms of
// it news for the duty chat only, as any witness's are.
const (
	backNote  = "险情又起："
	backQuiet = 10 * time.Minute
)

// comesBack reports whether the alarm of t, joined to rep, says rep's
// emergency broke out again: in so many words ("复燃了", "又着起来了"),
// or after someone said it was over (its 办结, or Report.OverSaid) —
// unless the group heard it came back within backQuiet.
func comesBack(t *turn, rep village.Report) bool {
	if !containsAnyOf(t.text, backWords...) && !saidOut(rep) {
		return false
	}
	for i := len(rep.History) - 1; i >= 0; i-- {
		if e := rep.History[i]; strings.HasPrefix(e.Note, backNote) {
			return t.at.Sub(e.At) > backQuiet
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
func (r *Router) emergencyBack(ctx context.Context, t *turn, rep village.Report, reading village.Reading, to *home) (done bool, err error) {
	own := rep.ReportedBy(t.who) || rep.FollowedBy(t.who)
	if !own {
		rep.AddFollower(t.who, r.shown(t.who))
	}
	note := backNote + shortText(t.text)
	if to != nil {
		note = spreadNote + to.Name + "：" + shortText(t.text)
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
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": dutySummary(t.text, reading.Summary),
		"Echo": shortText(echo(t, t.text)), "Back": to == nil, "Spread": to, "Reopened": reopened, "Own": own,
		"Responders": appendNew(appendNew(names(leaders), names(workers)...), rep.Handlers...),
		// "后山又着起来了 该打什么电话": the hazard's hint, in the group's
		// post, is his answer too
		"Number": r.numberHint(t, reading, rep), "Scene": sceneOf(t, rep)}
	block, action := "report.emergency.back", "back"
	if to != nil {
		block, action = "report.emergency.spread", "spread"
		if !to.Place {
			data["Flee"] = fleeHome(rep.Hazard)
		}
	}
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.witness", data)}}
	if rep.Chat != "" {
		out = append(out, bot.Outbound{To: rep.Chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.groupTexts.Render(block, data)})
	}
	if t.where.kind != inGrid || t.m.Chat != rep.Chat {
		back := r.back(t, r.textsFor(t).Render("report.emergency.back.sender", data))
		back.Priority = bot.Urgent
		out = append(out, back)
	}
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: action, Note: shortText(t.text)}})
	return true, err
}

// spreadNote begins the history note of an emergency spread to another
// home (spreadHome) or place (spreadPlace).
const spreadNote = village.SpreadNote

// home is a household an emergency spread to (Report.SpreadTo), as the
// roster knows it.
type home struct {
	Key    string // its 户号; the person's key for one of no household
	Name   string // "陈二家", as the group hears it
	Roster string // for the duty chat: 户号, its people, the phones of those without WeChat
	// Place: no home but a place of the village ("后山", spreadPlace):
	// nobody there to tell to get out.
	Place bool
}

// homeOf is p's household as the roster knows it.
func (r *Router) homeOf(p village.Person) home {
	if p.Household == "" {
		return home{Key: p.Key(), Name: r.shown(p) + "家", Roster: "名单上没有这户"}
	}
	members := r.people.Household(p.Village, p.Household)
	slices.SortStableFunc(members, func(a, b village.Person) int {
		return compareBool(a.Relation != village.RelHead, b.Relation != village.RelHead)
	})
	h := home{Key: p.Household, Name: r.shown(p) + "家", Roster: "户号" + p.Household}
	var people []string
	for i, m := range members {
		s := m.Name
		if i == 0 && m.Relation == village.RelHead {
			h.Name, s = m.Name+"家", m.Name+"（户主）"
		}
		if !m.UsesWeChat && m.Phone != "" {
			s += "（不用微信，" + m.Phone + "）"
		}
		people = append(people, s)
	}
	if len(people) > 0 {
		h.Roster += "：" + strings.Join(people, "、")
	}
	return h
}

// spreadsHome reports whether an emergency of hazard h goes from one home
// to the next: a fire, a flood.
func spreadsHome(h village.Hazard) bool { return h == village.HazardFire || h == village.HazardFlood }

// fleeHome is what one whose home an emergency of hazard h reached is told
// to do now.
func fleeHome(h village.Hazard) string {
	if h == village.HazardFlood {
		return "请马上带家人往高处撤，别回去拿东西，有人被困拨打119。"
	}
	return "请马上带家人离开屋子，别回去拿东西，立即拨打119。"
}

// reachWord is how one says an emergency of hazard h reached a home, as
// reachedHome reads it: "烧到", "淹到".
func reachWord(h village.Hazard) string {
	if h == village.HazardFlood {
		return "淹到"
	}
	return "烧到"
}

// hazardMarks are, per hazard that spreads, the characters words of it
// reaching a home hold: "我家也进水了" is no fire's.
var hazardMarks = map[village.Hazard][]string{
	village.HazardFire:  {"火", "烧", "着"},
	village.HazardFlood: {"水", "淹", "冲", "泡"},
}

// fearWords say a harm is feared or asked about, not come: "会不会烧到我家".
var fearWords = []string{"会不会", "会烧", "怕", "万一", "要是", "如果", "担心", "别烧到", "不要烧到", "别淹到", "没有啊"}

// reachedHome reports whether text, in canonical words (the fire typed by
// its sound, "火少到我家了", read as fire), tells that an emergency of hazard h
// reached the sender's own home now ("我家也着了", "火烧到我家柴房了", "我家
// 也进水了"), not feared, asked ("烧到你家没有？") or denied ("还好没烧到我
// 家"), and names no other home ("火烧到老李家了 我家老头去帮忙了").
func reachedHome(text string, h village.Hazard) bool {
	if !containsAnyOf(text, ownHome...) || !containsAnyOf(text, hazardMarks[h]...) || strings.ContainsAny(text, "?？吗") || containsAnyOf(text, fearWords...) {
		return false
	}
	if namesOtherHome(blankWords(blankSourceHomes(text), ownHome)) {
		return false
	}
	// a home hit with no word that it came from elsewhere ("我家厨房着火
	// 了") is an alarm of its own
	spread, _, hit := understand.HarmWords()
	return unnegated(text, spread) || containsAnyOf(text, "也", "都") && (unnegated(text, hit) || unnegated(text, homeFire))
}

// sourceAfter follow a home the harm came from, not one it reached:
// "老王家的火", "老王家那边烧过来的".
var sourceAfter = []string{"的火", "的水", "那边", "那里", "那儿", "烧过", "过来", "起的火", "着的火"}

// blankSourceHomes blanks the homes text names as where the harm came
// from ("老王家的火烧到我家了", "从老王家烧过来的"), which are no other home
// it reached.
func blankSourceHomes(text string) string {
	rs := []rune(text)
	for i, c := range rs {
		if c != '家' {
			continue
		}
		from := slices.Index(rs[max(i-4, 0):i], '从')
		if from < 0 && !startsWithAny(string(rs[i+1:]), sourceAfter...) {
			continue
		}
		start := max(i-2, 0)
		if from >= 0 {
			start = max(i-4, 0) + from
		}
		for j := start; j <= i; j++ {
			rs[j] = ' '
		}
	}
	return string(rs)
}

// homeFire say a home burns: "我家房子也烧起来了".
var homeFire = []string{"着火", "起火", "烧着", "烧起来", "着起来"}

// notHomes end in 家 and name no home: "大家", "回家", "在家".
var notHomes = []string{"大家", "回家", "在家", "全家", "一家", "两家", "人家", "自家", "老家", "到家", "娘家", "婆家", "国家", "专家", "农家", "管家", "东家", "住家"}

// namesOtherHome reports whether text names a home ("老李家", "隔壁家").
func namesOtherHome(text string) bool {
	text = blankWords(text, notHomes)
	for i, c := range text {
		if c != '家' || i == 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

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
	if t.where.kind != inGrid || t.placed || !containsAnyOf(t.said().Canon, ownHome...) || reading.Type == village.Emergency && reading.Hazard != village.HazardNone && !spreadsHome(reading.Hazard) ||
		r.aidAsked(t, t.text) != nil {
		// "我家也被烧了 能申请救助不": the harm done, aid asked
		// (aidAfterAlarm tells the duty chat)
		return false, nil
	}
	to := r.homeOf(t.who)
	fits := func(rep village.Report) bool {
		return rep.Type == village.Emergency && spreadsHome(rep.Hazard) && t.at.Sub(rep.CreatedAt) <= emergencyRekindle &&
			(reading.Type != village.Emergency || reading.Hazard == rep.Hazard || reading.Hazard == village.HazardNone) && reachedHome(t.said().Canon, rep.Hazard)
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
	if homeAlarmed(rep, to.Key) {
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
	for _, x := range reportRefs(refs) {
		if i := slices.IndexFunc(open, func(rep village.Report) bool { return rep.ID == x.String() }); i >= 0 {
			return open[i : i+1]
		}
	}
	words := placeWords(blankWords(said, ownHome))
	var about []village.Report
	for _, rep := range open {
		alarm := t.hear(rep.Text).Canon
		if slices.ContainsFunc(words, func(w string) bool { return strings.Contains(alarm, w) }) {
			about = append(about, rep)
		}
	}
	if len(about) == 0 {
		about = open
	}
	if burning := slices.DeleteFunc(slices.Clone(about), saidOut); len(burning) > 0 {
		return burning
	}
	return about
}

// saidOut reports whether rep, an emergency, was said over: resolved
// (办结) and awaiting its reporter's word, or said over before its 办结
// (Report.OverSaid): by its reporter or a witness, or, once taken on, by
// a cadre's words recorded as its 进展.
func saidOut(rep village.Report) bool {
	return rep.Status == village.StatusResolved || !rep.OverSaid.IsZero()
}

// notPlaceRunes are characters no place or household word of an alarm
// holds: the hazard, the home, the cry for help.
const notPlaceRunes = "火烧着燃起冒烟水淹漫冲泡进家屋人来快到过边里儿救命喊叫赶紧那这"

// placeWords are the pairs of Chinese characters of text that may name
// a place or a household ("老王", "仓库", "村口"): bigrams of its words with
// no particle nor notPlaceRunes.
func placeWords(text string) []string {
	var out []string
	for g := range bigrams(text) {
		rs := []rune(g)
		if unicode.Is(unicode.Han, rs[0]) && unicode.Is(unicode.Han, rs[1]) && !strings.ContainsAny(g, notPlaceRunes) {
			out = append(out, g)
		}
	}
	slices.Sort(out)
	return out
}

// spreadUnsure tells of a home reached by one of several emergencies of
// the grid that t does not say which: the sender, @'d, is told to get
// out and asked which (all listed, his answer naming one goes to it:
// spreadFrom), the duty chat hears the home and every ref, the group's
// cadres where to go. Nothing is written on any item. One commit.
func (r *Router) spreadUnsure(ctx context.Context, t *turn, reading village.Reading, open []village.Report, to *home) (done bool, err error) {
	responders := appendNew(names(r.people.InGrid(t.where.village, t.where.grid, village.RoleLeader)),
		names(r.people.InGrid(t.where.village, t.where.grid, village.RoleWorker))...)
	for _, rep := range open {
		responders = appendNew(responders, rep.Handlers...)
	}
	open = asRaised(open) // listed as raised: #R1, #R2
	data := map[string]any{"Open": open, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": dutySummary(t.text, reading.Summary),
		"Spread": to, "Flee": fleeHome(open[0].Hazard), "Reach": reachWord(open[0].Hazard), "Responders": responders, "Village": t.where.village, "Grid": t.where.grid,
		"Number": r.numberHint(t, reading, open[0])}
	out := []bot.Outbound{
		{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.spread.unsure.duty", data)},
		{To: t.m.Chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.groupTexts.Render("report.emergency.spread.unsure", data)},
	}
	t.scope = storage.VillageScope(t.where.village)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "spread.unsure", Note: shortText(t.text)}})
	return true, err
}

// namedHome is the household (homeOf's key) of the one person of village
// v whose roster name stands right before a 家 of text ("张三家里煤气味好
// 大", "陈小龙家着火了": the longest name there); "" when text names no
// such home, or homes of several households, or a name several people
// of v bear. Nicknames ("老王家") are not guessed at.
func (r *Router) namedHome(v, text string) string {
	if v == "" || !strings.Contains(text, "家") {
		return ""
	}
	var people []village.Person
	for _, p := range r.people.All() {
		if p.Village == v && utf8.RuneCountInString(p.Name) >= 2 {
			people = append(people, p)
		}
	}
	key := ""
	for i := 0; ; {
		j := strings.Index(text[i:], "家")
		if j < 0 {
			return key
		}
		before := text[:i+j]
		i += j + len("家")
		var named []village.Person
		for _, p := range people {
			switch {
			case !strings.HasSuffix(before, p.Name):
			case len(named) == 0 || len(p.Name) > len(named[0].Name):
				named = []village.Person{p}
			case len(p.Name) == len(named[0].Name):
				named = append(named, p)
			}
		}
		for _, p := range named {
			switch k := r.homeOf(p).Key; {
			case key == "":
				key = k
			case key != k:
				return ""
			}
		}
	}
}

// homeAlarmed reports whether rep, an emergency, was raised at household
// key ("我家着火了" from one of it) or had spread there.
func homeAlarmed(rep village.Report, key string) bool {
	if slices.Contains(rep.SpreadTo, key) {
		return true
	}
	text := rep.Text
	if rep.Recorder != "" {
		text = herHome.Replace(text) // "她家柴房着火了" a worker recorded on a call: her own home
	}
	if !saysOwnHome(text) {
		return false
	}
	return key != "" && reporterHome(rep) == key
}

// reporterHome is the household (homeOf's key) of rep's reporter: a
// Person.Key is village/household/name, and homeOf's key of one of no
// household is the whole of it.
func reporterHome(rep village.Report) string {
	parts := strings.SplitN(rep.ReporterKey, "/", 3)
	if len(parts) == 3 && parts[1] != "" {
		return parts[1]
	}
	return rep.ReporterKey
}

// presumedHome is the household a gas alarm that names no place at all
// (placeless: "快来人 煤气泄漏了") is most likely at: its reporter's. Gas
// is smelt where one is, indoors, and mostly in one's own kitchen; a
// fire is seen and shouted of from afar, a fall or a drowning happen
// anywhere, so no other hazard is placed so. "" for any other alarm.
func presumedHome(rep village.Report) string {
	if rep.Hazard != village.HazardGas || !placeless(rep.Text) {
		return ""
	}
	return reporterHome(rep)
}

// placeless reports whether an alarm's text names no place at all: no
// home (no 家 of any kind), no place of the village (spotsIn), no
// numbered house, and no word of elsewhere (elsewhereWords: "隔壁",
// "路上", "店里", "这边").
func placeless(text string) bool {
	return !strings.Contains(text, "家") && len(spotsIn(text)) == 0 && len(housesIn(text)) == 0 && !containsAnyOf(text, elsewhereWords...)
}

// elsewhereWords tell, naming no place spotWords knows, that an alarm may
// be away from its sender's home: a neighbour's, the road, a shop, a
// yard or shed, the fields, a grid or village, or "here" said of where
// he stands.
var elsewhereWords = []string{"隔壁", "邻居", "对门", "对面", "楼上", "楼下", "外面", "外头", "路上", "路边", "街上", "车上", "店", "厂", "馆", "食堂",
	"学校", "单位", "镇上", "镇里", "地里", "田里", "山", "河", "沟", "塘", "村", "组", "院", "仓库", "棚", "场", "站", "铺", "这边", "那边",
	"这里", "那里", "这儿", "那儿", "门口", "楼", "管道", "管子", "罐车", "气站"}

// emergencyHistory is how long after an emergency was raised a new alarm
// of the same hazard at the same place names it (earlierAlarm).
const emergencyHistory = 7 * 24 * time.Hour

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
	text := f.text
	back, own := containsAnyOf(text, backWords...), saysOwnHome(text)
	spots, homes, houses := spotsIn(text), homesIn(text), housesIn(text)
	// a numbered house alone reads nothing ("2号院子着火了"): one told as
	// come back ("1号院子又着火了") is linked by its number
	if f.g == "" || f.rep.Hazard == village.HazardNone || !back && !own && len(spots) == 0 && len(homes) == 0 {
		return village.Report{}, false, false
	}
	reports, _, err := r.store.FollowedReports(ctx, storage.VillageScope(f.v), f.g, statusRecent)
	if err != nil {
		r.log.WarnContext(ctx, "earlier alarms unread", "err", err)
		return village.Report{}, false, false
	}
	mine := r.homeOf(f.reporter).Key
	for _, rep := range reports {
		if rep.Type != village.Emergency || rep.Grid != f.g || rep.Hazard != f.rep.Hazard || t.at.Sub(rep.CreatedAt) > emergencyHistory ||
			rep.Status == village.StatusRejected || rep.Status == village.StatusDuplicate || r.otherScam(t, rep) {
			continue
		}
		same := slices.ContainsFunc(spots, func(s string) bool { return strings.Contains(rep.Text, s) }) ||
			!otherPlaces(text, rep.Text) && slices.ContainsFunc(homes, func(h string) bool {
				return slices.ContainsFunc(homesIn(rep.Text), func(x string) bool { return sameHome(h, x) })
			}) ||
			own && homeAlarmed(rep, mine) ||
			slices.ContainsFunc(houses, func(h string) bool { return slices.Contains(housesIn(rep.Text), h) })
		elsewhere := len(spots) > 0 || len(homes) > 0 || len(houses) > 0 || own
		if (same || back && !elsewhere) && (!ok || rep.CreatedAt.After(old.CreatedAt)) {
			old, samePlace, ok = rep, same, true
		}
	}
	return old, samePlace, ok
}

// homesIn are the homes text names by whose they are: "老王家着火了" names
// 老王 (the two characters before 家), "村口李家" 李 (a place word before
// it, homePlaces, is no part of the name), "我家", "大家", "王家沟" none.
func homesIn(text string) []string {
	text = hamletNamed.ReplaceAllString(text, " ") // "王家沟": a place, no home
	text = blankWords(text, notHomes)
	text = blankWords(text, ownHome)
	var out []string
	for i, c := range text {
		if c != '家' {
			continue
		}
		rs := []rune(text[:i])
		if len(rs) == 0 || !unicode.Is(unicode.Han, rs[len(rs)-1]) || endsWithPlace(string(rs)) {
			continue
		}
		name := rs[len(rs)-1:]
		if len(rs) >= 2 && unicode.Is(unicode.Han, rs[len(rs)-2]) && !endsWithPlace(string(rs[:len(rs)-1])) {
			name = rs[len(rs)-2:]
		}
		if strings.ContainsAny(string(name), notHomeNames) {
			continue // "那家", "对门那家": which home is not said
		}
		out = append(out, string(name))
	}
	return out
}

// homePlaces are the words of where a home is that stand before its
// name: "村口李家", "隔壁王家", "东头张家".
var homePlaces = append(slices.Clip(spotWords), "隔壁", "对面", "对门", "旁边", "前面", "后面", "上面", "下面", "那边", "这边", "村里", "组里",
	"屋后", "屋前", "坡下", "路边", "河对面", "上头", "下头", "里头", "外头")

// notHomeNames are characters that make no household's name before 家:
// "那家", "哪家", "每家".
const notHomeNames = "这那哪谁每各别本"

// endsWithPlace reports whether s ends with a place word (homePlaces).
func endsWithPlace(s string) bool {
	return slices.ContainsFunc(homePlaces, func(w string) bool { return strings.HasSuffix(s, w) })
}

// sameHome reports whether a and b, households homesIn read, are one:
// the same, or one the other with 老, 小 or 阿 before it ("李", "老李").
func sameHome(a, b string) bool {
	if a == b {
		return true
	}
	short, long := a, b
	if utf8.RuneCountInString(a) > utf8.RuneCountInString(b) {
		short, long = b, a
	}
	return utf8.RuneCountInString(short) == 1 && utf8.RuneCountInString(long) == 2 &&
		startsWithAny(long, "老", "阿") && strings.HasSuffix(long, short)
}

// daysAgo says the day of then as seen on now's: 今天, 昨天, 前天, or
// "3天前".
func daysAgo(then, now time.Time, loc *time.Location) string {
	day := func(x time.Time) time.Time {
		x = x.In(loc)
		return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC)
	}
	switch n := int(day(now).Sub(day(then)).Hours() / 24); n {
	case 0:
		return "今天"
	case 1:
		return "昨天"
	case 2:
		return "前天"
	default:
		return strconv.Itoa(n) + "天前"
	}
}

// emergencyOverLive is how long after an emergency was raised news from
// its group that it is over is passed to the duty chat.
const emergencyOverLive = 24 * time.Hour

// liveEmergency reports whether rep is an open emergency of the last
// emergencyOverLive at t.
func liveEmergency(t *turn, rep village.Report) bool {
	return rep.Type == village.Emergency && rep.Status != village.StatusResolved && t.at.Sub(rep.CreatedAt) <= emergencyOverLive
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
	if reading.Intent != village.IntentNoise || !understand.Resolves(t.said()) && !retracts && !r.quotedEnd(t) {
		return false, nil
	}
	if !retracts && containsAnyOf(t.text, partWords...) {
		// "我家门口水也退了一些": an end in part is news
		// (emergencyProgress), never its end: the watchdog goes on
		return false, nil
	}
	fitting, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		if retracts && !understand.Resolves(t.said()) {
			return rep.Type == village.Emergency && t.at.Sub(rep.CreatedAt) <= emergencyOverLive && (rep.ReportedBy(t.who) || rep.FollowedBy(t.who))
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
			return rep.Type == village.Emergency && rep.ReportedBy(t.who) && !retracts && t.at.Sub(rep.CreatedAt) <= emergencyOverLive
		}
		// the card quoted names the item: his words need not name its
		// hazard ("人救出来了" of a fire)
		text := quotedWords(t, rep, quoted)
		return rep.Type == village.Emergency && t.at.Sub(rep.CreatedAt) <= emergencyOverLive &&
			((rep.ReportedBy(t.who) || rep.FollowedBy(t.who)) && !endsOther(text, rep.Hazard) ||
				rep.Status != village.StatusNew && !r.cadreOf(t.who, rep) && endsIt(text, rep.Hazard) ||
				rep.Status == village.StatusNew && rep.OverSaid.IsZero() && !r.cadreOf(t.who, rep) && endsIt(text, rep.Hazard) && (quoted != "" || endOf(text) == rep.Hazard) &&
					(rep.Hazard != village.HazardMissing || quoted != "" || understand.NamesPerson(t.said())))
	})
	if fitting = overOfWhich(t, fitting); len(fitting) > 1 {
		// "刚才是演练" while he has a fire and a crash open: neither is
		// said over on a guess (the watchdog would stop on the wrong one)
		return true, r.reply(ctx, t, "emergency.over.which", map[string]any{"Who": r.shown(t.who), "Items": fitting,
			"Text": shortText(echo(t, t.text))})
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
		return true, r.reply(ctx, t, "emergency.over.other", map[string]any{"Who": r.shown(t.who), "R": &rep, "Text": shortText(echo(t, t.text))})
	}
	if err != nil || !ok {
		return false, err
	}
	if rep.Status == village.StatusResolved {
		// "没事了 人送到卫生院了" after 办结: his 满意, as "好了 谢谢" of any
		// item (awaitedRead), told how to take it back; the duty chat
		// heard the 办结, and nobody is asked to close it again
		t.implied = true
		return true, r.lifecycleOf(ctx, t, command{verb: vConfirm, word: "满意", args: t.text}, refOf(rep))
	}
	out := r.tellDutyChat(t, reading.Summary)(&rep, true)
	change := storage.Change{Scope: storage.VillageScope(t.where.village), MsgID: t.m.ID, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: shortText(t.text)}}
	// he is thanked and told what comes next: those who close it check
	// it is safe first, then its reporter confirms (emergency.over.thanks)
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Text": shortText(echo(t, t.text)), "Own": rep.ReportedBy(t.who),
		"Closers": rep.Handlers, "Leaders": r.leaderNames(rep.Village, rep.Grid), "Handlers": rep.Handlers}
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
	_, err = r.store.Commit(ctx, change)
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.emergencyOver(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}

// overHeard begins the history note of a bystander's news that an
// emergency nobody took on is over (bystanderOver).
const overHeard = "有人说已解除："

// bystanderOver records a bystander's news that rep, an emergency nobody
// took on, is over ("人找到了 在河边玩" of a search he did not report): a
// note of it (查 shows it), the duty chat told (out), and, the first time,
// its reporter asked in the group to confirm it, the leaders to check. It
// does not stop the watchdog: his words may be of something else, and
// the reporter's own "找到了" does (emergencyOver).
func (r *Router) bystanderOver(t *turn, rep *village.Report, out []bot.Outbound) (*village.Report, []bot.Outbound) {
	first := !slices.ContainsFunc(rep.History, func(e village.Entry) bool { return strings.HasPrefix(e.Note, overHeard) })
	rep.Tell(r.shown(t.who), t.at, overHeard+shortText(t.text))
	if !first {
		return rep, out
	}
	return rep, append(out, r.back(t, r.textsFor(t).Render("report.emergency.over.bystander", map[string]any{"R": rep,
		"Who": r.shown(t.who), "Text": shortText(echo(t, t.text)), "Leaders": r.leaderNames(rep.Village, rep.Grid)})))
}

// cadreOf reports whether p is a cadre (leader or worker) of rep's grid,
// whose news of it sceneNews records.
func (r *Router) cadreOf(p village.Person, rep village.Report) bool {
	return p.Covers(village.RoleLeader, rep.Village, rep.Grid) || p.Covers(village.RoleWorker, rep.Village, rep.Grid)
}

// endsIt reports whether text says an emergency of hazard h is over: a
// fire out is of a fire only, someone found of a search only.
func endsIt(text string, h village.Hazard) bool {
	over, _ := emergencyNews(text, h)
	return over && !endsOther(text, h)
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
	text := r.texts.Render("report.emergency.witness", map[string]any{"R": rep, "Who": r.shown(t.who), "Phone": t.who.Phone,
		"Text": dutySummary(t.text, summary), "Again": again, "Hurt": hurt})
	return []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: text}}
}

// modelAlarmsLike lists the open emergencies of t's grid group that only
// the model saw, that nobody has acted on yet, and that the alarm t
// raised (one the rules see) would repeat if the rules had seen them too
// (alarm.repeats): perhaps the same thing; and those of its hazard whose
// place is told the other way, by number or by household (sameOrNot). They are not merged: a
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
			t.raised.repeats(alarm{hazard: m.Hazard, text: m.Text, at: m.CreatedAt}, emergencyJoin) ||
			sameOrNot(*t.raised, m) {
			out = append(out, m)
		}
	}
	return out, nil
}

// sameOrNot reports whether the alarm a and m, an open emergency of its
// group raised within the join window, are of one hazard and tell their
// place one by a house's number, the other by a household ("3号院着火了",
// "张三家着火了": houseAndHome): filed apart, they may be one place, for
// the duty chat to merge (重复) once someone knows.
func sameOrNot(a alarm, m village.Report) bool {
	return m.Type == village.Emergency && m.Status != village.StatusResolved && m.Hazard == a.hazard && a.at.Sub(m.CreatedAt) <= emergencyJoin &&
		(houseAndHome(a.text, m.Text) || houseAndHome(m.Text, a.text))
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
	sc := storage.VillageScope(t.where.village)
	t.scope = sc
	if rep.ReportedBy(t.who) || rep.FollowedBy(t.who) {
		if !again(rep) {
			return true, nil
		}
		kept, waited := len(rep.History), rep.RepeatWaitAt
		c := storage.Change{Scope: sc, MsgID: t.m.ID, Out: tell(&rep, true),
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: shortText(t.text)}}
		if len(rep.History) > kept || !rep.RepeatWaitAt.Equal(waited) {
			c.Report = &rep // tell kept his words on it (tellInsult), or when he heard it is known
		}
		_, err = r.store.Commit(ctx, c)
	} else {
		rep.AddFollower(t.who, r.shown(t.who))
		_, err = r.store.Commit(ctx, storage.Change{Scope: sc, MsgID: t.m.ID, Report: &rep,
			Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "follow", Note: shortText(t.text)}, Out: tell(&rep, false)})
	}
	switch {
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
		chat = r.groupOf(t.where.village, t.where.grid)
	}
	if t.where.kind != inGrid && !t.placed || chat == "" {
		return nil, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return nil, err
	}
	return newest(open, n, func(rep village.Report) bool { return rep.Chat == chat && fits(rep) }), nil
}

// meTooWhole are whole messages that say "the same here".
var meTooWhole = []string{"+1", "同", "同上", "一样", "一样的", "我也是", "我家也是", "俺家也是", "我们家也是", "我这也是", "我们这也是"}

// meTooHomes say where the same happens: "我家也停了", "我们那边也没水".
var meTooHomes = []string{"我家", "俺家", "我们家", "咱家", "我屋", "我这", "我们这", "我们那", "我那", "这边", "那边"}

// meTooEnds end a "the same here" that names no trouble: "我家也一样".
var meTooEnds = []string{"也是", "也一样", "也这样", "也是这样", "也是的", "一样", "同样", "也同样"}

// saysMeToo reports whether text, short and no question, says the
// sender has the same trouble as a report just made: bare ("我家也是",
// "+1", "俺家也一样", "我家也停了", "是啊 我家那边也是": an assent first is
// his agreeing), or naming it ("我家也停了", "我们那边也没水") when
// bare is false.
func saysMeToo(text string, bare bool) bool {
	s := meTooSaid(text)
	if utf8.RuneCountInString(s) > 20 || strings.ContainsAny(s, "?？吗") {
		return false
	}
	if meTooPlain(text) {
		return true
	}
	home := startsWithAny(s, meTooHomes...)
	if bare {
		// short enough to name nothing else: "我家也停了" (meTooFits)
		return home && strings.Contains(s, "也") && utf8.RuneCountInString(s) <= 6
	}
	return home && (strings.Contains(s, "也") || strings.Contains(s, "同样"))
}

// meTooSaid is text as saysMeToo reads it: no assent first ("是啊 "), no
// closing marks.
func meTooSaid(text string) string {
	return strings.TrimRight(strings.TrimSpace(assentLead.ReplaceAllString(strings.TrimSpace(text), "")), "。！!~～ ")
}

// meTooPlain reports whether text says "the same here" and nothing else:
// "+1", "我家也是", "是啊 我家那边也一样".
func meTooPlain(text string) bool {
	s := meTooSaid(text)
	return slices.Contains(meTooWhole, s) ||
		startsWithAny(s, meTooHomes...) && slices.ContainsFunc(meTooEnds, func(e string) bool { return strings.HasSuffix(s, e) })
}

// assentLead is an agreeing word a villager's "me too" may open with: "是
// 啊 我家那边也是", "对 我家也一样".
var assentLead = regexp.MustCompile(`^(?:是啊|是呀|是的|是滴|对啊|对呀|对对|对的|对|嗯嗯|嗯|确实|真的|可不是嘛|可不是|没错)[\s,，、。!！~～]*`)

// meTooFits reports whether a bare "me too" that names what happens
// ("我家也停了", "我家也堵了") names rep's trouble: the words after its 也
// are in rep's, or share two characters in a row or a thing with them. "我家也冷" is the
// group's talk, not a share of the blocked drain.
func meTooFits(t *turn, rep village.Report) bool {
	if meTooPlain(t.text) {
		return true
	}
	s := meTooSaid(t.text)
	_, rest, _ := strings.Cut(s, "也")
	if word := strings.TrimRight(rest, "了啦呢的"); word != "" && strings.Contains(rep.Text, word) {
		return true // "我家也停了" of "自来水又停了"
	}
	_, shared := understand.ThingsOf(t.hear(rest), t.hear(rep.Text))
	return shared || sharesBigram(rest, rep.Text)
}

// meTooWindow is how long after it was filed a report takes a villager's
// "我家也停了" as the same trouble; a bare "我也是" only within
// meTooBareWindow, as the group's talk moves on.
const (
	meTooWindow     = 24 * time.Hour
	meTooBareWindow = 2 * time.Hour
	// meTooTold is how many people, the reporter included, a report
	// gathers before further ones are added without a word in the
	// group: twenty "我家也是" answered twenty times bury it.
	meTooTold = 5
)

// meToo takes a villager's "我家也没水了" after a general report of the
// group as his household's share of it, not a new report: he follows the
// report (told when it is resolved), and the group hears it counts, up to
// meTooTold households. A message read as a report must be of the
// report's category; a bare "我也是" must follow it closely. done is false
// when no open report fits.
func (r *Router) meToo(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	bare := reading.Intent != village.IntentReport
	if t.where.kind != inGrid || t.quote != nil || t.who.IsCadre() || !saysMeToo(t.text, bare) {
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
			(bare && age <= meTooBareWindow && rep.ID == last.ID && meTooFits(t, rep) || !bare && age <= meTooWindow && rep.Category == reading.Category)
	}
	tell := func(rep *village.Report, again bool) []bot.Outbound {
		households := 1 + len(rep.Followers)
		if again || households > meTooTold {
			return nil
		}
		return []bot.Outbound{r.back(t, r.textsFor(t).Render("report.metoo", map[string]any{"Who": r.shown(t.who), "R": rep, "N": households}))}
	}
	return r.join(ctx, t, true, func(village.Report) bool { return false }, fits, tell)
}
