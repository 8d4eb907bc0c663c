package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// deniedNote begins the history note of a bystander's word that an open
// emergency he did not report is no emergency (bystanderDenies).
const deniedNote = "有人说没有险情："

// askedNote begins the history note of a villager's question about an
// open emergency (emergencyAsked).
const askedNote = "群里问："

// hazardDenials say, per hazard, that there is none ("没着火 是在烧稻草"):
// of another's alarm, news to check (bystanderDenies).
var hazardDenials = map[village.Hazard][]string{
	village.HazardFire:    {"没着火", "没有着火", "没起火", "没失火", "不是着火", "不是失火", "不是火灾", "没有火灾"},
	village.HazardGas:     {"没漏气", "没有漏气", "不是漏气", "没泄漏"},
	village.HazardFlood:   {"没淹", "没有淹", "没进水", "不是发水", "没发水"},
	village.HazardMissing: {"没走丢", "没走失", "没失踪", "不是走丢", "不是失踪"},
}

// deniesAny reports whether canon says of some hazard that there is none
// (hazardDenials).
func deniesAny(canon string) bool {
	for _, ws := range hazardDenials {
		if containsAnyOf(canon, ws...) {
			return true
		}
	}
	return false
}

// cadreDenies reports whether said, a grid cadre's words, say an emergency
// of hazard h (any, HazardNone) is none ("没着火 是王大爷在烧稻草", "是误报"):
// his word as one who went to see, narrower than a villager's retraction
// (understand.Retracts: "搞错了" may be of his own last message).
func cadreDenies(said understand.Said, h village.Hazard) bool {
	if containsAnyOf(said.Canon, "是误报", "属于误报") && !containsAnyOf(said.Canon, "不是误报") {
		return true
	}
	if h != village.HazardNone {
		return containsAnyOf(said.Canon, hazardDenials[h]...)
	}
	return deniesAny(said.Canon)
}

// sentHelp name those sent to an emergency: a villager's question of
// their coming (helpComing) during one is about it ("派出所来人了吗"); of
// anything else it is not ("派出所几点上班", "120是打哪个电话").
var sentHelp = []string{"派出所", "警察", "民警", "消防", "救护车", "医生", "110", "119", "120", "救援"}

// helpComing ask whether help came or was called ("到了没", "打了120吗").
var helpComing = []string{"来人", "来了", "来没", "到了", "到没", "到哪", "出动", "出警", "赶到", "过来", "去了", "打了", "报了", "叫了", "通知"}

// eventAsks ask how any emergency goes, whatever its hazard: help coming
// with no name ("有人来了吗"), harm done ("有人受伤吗"), a call made.
// Someone brought out ("人救出来没有", "救上来了吗") is asked of a fire, a
// flood, a fall into water or a collapse alike.
var eventAsks = []string{"来人了", "人来了", "有人来", "有人去", "人到了", "有人受伤", "人受伤", "伤到人", "伤着人", "伤亡", "人没事",
	"报警了", "报警没", "报了警", "救出", "救上来", "救下来", "人出来", "抬出来", "背出来"}

// hazardAsks ask, per hazard, how an emergency of it stands ("火灭了吗",
// "小龙找到了吗"): unlike its mere name (hazardNames), which ordinary
// questions share ("火车几点到", "这个病要住院吗").
var hazardAsks = map[village.Hazard][]string{
	village.HazardFire: {"灭了", "灭没", "灭掉", "扑灭", "火灭", "灭火", "火势", "火还", "火大", "火小", "还在烧", "烧到", "烧着",
		"明火", "烧得", "烧了多少", "烧没", "烟还"},
	village.HazardGas:      {"还漏", "漏气", "不漏", "漏没", "气味", "味道", "阀门", "关阀", "散了", "散没"},
	village.HazardFlood:    {"水退", "退了", "退没", "还淹", "淹到", "淹了", "进水", "水位", "涨水", "水漫", "排水", "抽水"},
	village.HazardMissing:  {"找到", "找着", "找回", "回来了", "回来没", "回家了", "有消息", "下落"},
	village.HazardMedical:  {"送医", "医院了", "抢救", "救过来", "醒了", "醒没", "伤得", "伤重", "伤势", "要紧", "人怎么样", "人咋样"},
	village.HazardCrime:    {"抓到", "抓住", "抓着", "逮到", "逮住", "跑了", "破案"},
	village.HazardCollapse: {"救出", "压着", "压到", "挖出", "被压", "还塌"},
}

// asksOfIt reports whether a question (said, canonical) is about rep, an
// open emergency: it asks how its hazard stands (hazardAsks), whether
// help came (sentHelp with helpComing, or eventAsks), or names its place
// or person (a word shared with its alarm) and asks how it goes. A word
// it merely shares with them asks nothing of it ("消防栓坏了找谁").
func asksOfIt(t *turn, said string, rep village.Report) bool {
	return containsAnyOf(said, hazardAsks[rep.Hazard]...) || containsAnyOf(said, eventAsks...) || asksBareStatus(said) ||
		containsAnyOf(said, sentHelp...) && containsAnyOf(said, helpComing...) ||
		sharesBigram(said, t.hear(rep.Text).Canon) && containsAnyOf(t.text, statusQuestions...)
}

// emergencyAskingWords make words a question about an open emergency;
// so does a verb asked with 没有 after it ("人救出来没有": asksVerbNot).
var emergencyAskingWords = []string{"?", "？", "吗", "了没", "怎么样", "咋样", "什么情况", "啥情况", "到哪", "几时", "什么时候", "啥时候",
	"咋整", "怎么整", "咋回事", "怎么回事", "咋弄", "怎么弄", "咋搞", "怎么搞"}

// asksEmergency reports whether text asks something, as a
// question about an open emergency would (emergencyAskingWords, or a verb
// asked with 没有).
func asksEmergency(text string) bool {
	return containsAnyOf(text, emergencyAskingWords...) || asksVerbNot(text)
}

// asksVerbNot reports whether text ends asking a verb with 没有 or 没 after
// it ("人救出来没有", "消防车到了没"), not saying none ("还没有", "一个都没有").
func asksVerbNot(text string) bool {
	text = strings.TrimRight(text, " ?？。.!！呢啊呀")
	before, ok := strings.CutSuffix(text, "没有")
	if !ok {
		before, ok = strings.CutSuffix(text, "没")
	}
	if !ok || before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return !strings.ContainsRune("还都也并从可就又再没", r)
}

// bareStatusWords ask how things stand and name nothing ("啥情况", "咋整
// 的"); bareFillers are what such a question says around them: when, where
// it is looked at from afar ("现在", "那边"), particles.
var (
	bareStatusWords = []string{"啥情况", "什么情况", "情况如何", "咋样", "怎么样", "怎样", "咋整", "怎么整", "咋回事", "怎么回事", "咋弄", "怎么弄",
		"咋搞", "怎么搞", "处理得"}
	bareFillers = []string{"现在", "目前", "眼下", "这会儿", "那边", "那头", "那里", "那儿", "那块", "现场", "到底", "究竟", "大家", "请问", "问一下",
		"了", "的", "呢", "啊", "呀", "哦", "啦", "嘛", "吗", "没有", "没", "还", "都", "?", "？", "，", ",", "。", "!", "！", " "}
)

// asksBareStatus reports whether said (canonical) asks how things stand
// and names nothing else ("现在啥情况了", "那边咋整的", "怎么样了"): while an
// emergency is open in the grid, of it. A word left that names something
// ("那边咋走", "饭做好了没", "你家孩子考得怎么样了") makes it another
// question.
func asksBareStatus(said string) bool {
	if !containsAnyOf(said, bareStatusWords...) {
		return false
	}
	return strings.TrimSpace(blankWords(blankWords(said, bareStatusWords), bareFillers)) == ""
}

// noteAll notes note by who on every report of reps (newest first),
// marked unsure when they are several (unsureMark), and returns them as a
// Change's Report and Also: one commit notes them all.
func noteAll(reps []village.Report, who string, t *turn, note string) (*village.Report, []*village.Report) {
	if len(reps) > 1 {
		note += unsureMark(asRaised(reps))
	}
	noted := make([]*village.Report, len(reps))
	for i := range reps {
		rep := reps[i]
		rep.Tell(who, t.at, note)
		noted[i] = &rep
	}
	return noted[0], noted[1:]
}

// asRaised lists reps (newest first) as they were raised: #R1, #R2.
func asRaised(reps []village.Report) []village.Report {
	out := slices.Clone(reps)
	slices.Reverse(out)
	return out
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
	if t.where.kind != inGrid || strings.ContainsAny(t.text, "?？吗吧") || understand.Resolves(said) {
		return false, nil
	}
	cadre := t.who.Tends(t.where.village, t.where.grid)
	denies := reading.Type != village.Emergency && cadreDenies(said, village.HazardNone)
	retracts := !cadre && understand.Retracts(said)
	if !retracts && !denies {
		return false, nil
	}
	live, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && !rep.ReportedBy(t.who) && !rep.FollowedBy(t.who) &&
			(!denies || retracts || cadreDenies(said, rep.Hazard))
	})
	if err != nil || len(live) == 0 {
		return false, err
	}
	live = overOfWhich(t, live)
	who := r.shown(t.who)
	rep, also := noteAll(live, who, t, deniedNote+shortText(t.text))
	checkers := rep.Handlers
	if len(checkers) == 0 || len(live) > 1 || cadre {
		checkers = r.leaderNames(t.where.village, t.where.grid)
	}
	if t.who.Covers(village.RoleLeader, t.where.village, t.where.grid) {
		checkers = nil // a leader's own word: the 驳回 is his to send
	}
	data := map[string]any{"Open": asRaised(live), "R": rep, "Who": who, "Cadre": cadre, "Phone": t.who.Phone, "Text": dutySummary(t.text, reading.Summary),
		"Echo": shortText(echo(t, t.text)), "Checkers": checkers, "Burning": understand.BurnsOff(said.Canon),
		"Village": t.where.village, "Grid": t.where.grid}
	t.scope = storage.VillageScope(t.where.village)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: rep, Also: also,
		Out: []bot.Outbound{
			{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.denied.duty", data)},
			r.back(t, r.groupTexts.Render("report.emergency.denied", data)),
		},
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told.denied", Note: shortText(t.text)}})
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
	if t.where.kind != inGrid || reading.Type == village.Emergency || !asksEmergency(t.text) ||
		t.who.Tends(t.where.village, t.where.grid) || t.who.Has(village.RoleOfficer) {
		return false, nil
	}
	said := t.said().Canon
	live, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && asksOfIt(t, said, rep)
	})
	if err != nil {
		return false, err
	}
	bare := asksBareStatus(said)
	if len(live) == 0 {
		return r.askedOfClosed(ctx, t, said, bare)
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
		items := make([]askedItem, len(live))
		for i, x := range asRaised(live) {
			items[i] = askedItem{R: &x, Work: x.LastWork(), Handlers: x.Handlers, Alerted: r.alerted(x)}
		}
		return true, r.reply(ctx, t, "report.emergency.asked", map[string]any{"Items": items, "Who": who, "Mine": asRaised(mine), "Now": t.at})
	}
	// the duty chat hears the first question since the last news
	tellDuty := slices.ContainsFunc(live, func(rep village.Report) bool {
		n := len(rep.History)
		return n == 0 || !strings.HasPrefix(rep.History[n-1].Note, askedNote)
	})
	rep, also := noteAll(live, who, t, askedNote+shortText(t.text))
	var items []askedItem
	var askees []string
	for _, x := range append([]*village.Report{rep}, also...) {
		items = append(items, askedItem{R: x, Work: x.LastWork(), Handlers: x.Handlers, Alerted: r.alerted(*x)})
		askees = appendNew(askees, cmpOrNames(x.Handlers, r.leaderNames(x.Village, x.Grid))...)
	}
	slices.Reverse(items)
	data := map[string]any{"Items": items, "Open": asRaised(live), "Who": who, "Phone": t.who.Phone, "Text": dutySummary(t.text, reading.Summary),
		"Echo": shortText(echo(t, t.text)), "Askees": askees, "Village": t.where.village, "Grid": t.where.grid, "Now": t.at}
	out := []bot.Outbound{r.back(t, r.groupTexts.Render("report.emergency.asked", data))}
	if tellDuty {
		out = append(out, bot.Outbound{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.asked.duty", data)})
	}
	t.scope = storage.VillageScope(t.where.village)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: rep, Also: also, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "asked", Note: shortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.emergencyAsked(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}

// askedItem is what a villager asking of an emergency hears of it: its
// status, its last 进展, who has it.
type askedItem struct {
	R        *village.Report
	Work     *village.Entry
	Handlers []string
	// Alerted, for an emergency nobody confirmed, are whom it was
	// alerted to (Router.alerted): nobody is named as in charge of it.
	Alerted []string
}

// alerted is whom rep, an emergency nobody confirmed yet
// (village.Report.Unconfirmed), was alerted to: its handlers (else its
// grid's leaders), and the township's duty chat; nil for any other, and
// for one of no grid, nobody's but the duty chat's.
func (r *Router) alerted(rep village.Report) []string {
	out := slices.Clone(cmpOrNames(rep.Handlers, r.leaderNames(rep.Village, rep.Grid)))
	if !rep.Unconfirmed() || len(out) == 0 {
		return nil // of no grid: status.nogrid says the duty chat has it
	}
	if r.cfg.Township.EmergencyChat != "" {
		out = append(out, "镇应急值班")
	}
	return out
}

// closedAsked is how long after an emergency's 办结 a question that
// names nothing ("怎么样了") is still of it.
const closedAsked = 2 * time.Hour

// askedOfClosed answers a villager's question in the group of an
// emergency already 办结 ("火灭了没", "人找到没", within closedAsked
// "怎么样了"): it is over, and how, from its 办结; nobody is asked and
// the duty chat hears nothing (it closed it). One commit, the reply's.
// done is false when no such emergency of the last emergencyOverLive
// fits.
func (r *Router) askedOfClosed(ctx context.Context, t *turn, said string, bare bool) (done bool, err error) {
	closed, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return rep.Type == village.Emergency && rep.Status == village.StatusResolved && t.at.Sub(rep.CreatedAt) <= emergencyOverLive &&
			asksOfIt(t, said, rep) && (!bare || t.at.Sub(lastTouched(rep)) <= closedAsked)
	})
	if err != nil || len(closed) == 0 {
		return false, err
	}
	closed = overOfWhich(t, closed)
	items := make([]askedItem, len(closed))
	for i, x := range asRaised(closed) {
		e, _ := x.LastStep()
		items[i] = askedItem{R: &x, Work: &e}
	}
	return true, r.reply(ctx, t, "report.emergency.asked.closed", map[string]any{"Items": items, "Who": r.shown(t.who), "Now": t.at})
}

// cmpOrNames is names, or else when names is empty.
func cmpOrNames(names, orElse []string) []string {
	if len(names) > 0 {
		return names
	}
	return orElse
}
