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

// A villager often tells one matter in two or three messages: 「桥头那根电线杆
// 歪了」, then 「就是去镇上那座桥 快倒了 下面有人走」. His next message within
// continueWindow that goes on with the same matter (see continues) is kept
// with it: merged into the confirm-back still waiting for his 「1」
// (continuedAsk), or, once the matter is filed, added to the item as his
// 补充, which its handlers hear (addedToFiled). A 补充 that it now
// endangers people (「快倒了 下面有人走」) raises the item: its leaders
// and handlers hear it at once, at night too (dangerAdded).

// continueWindow is how long after a matter was asked about or filed the
// sender's next message may go on with it.
const continueWindow = 15 * time.Minute

// shortWindow and shortRunes bound the weaker continuations: a short
// message (at most shortRunes) opening with where (「在村东头…」) or which
// (「那个…」) goes on with its sender's matter only this soon after it.
const (
	shortWindow = 5 * time.Minute
	shortRunes  = 30
)

// addedNote begins the history note of a reporter's 补充 of his item.
const addedNote = "补充："

// justFiled is the item a sender filed last in a chat (Router.filedNow):
// a process's own memory, no round trip; another process's filing is not
// known to it, and his next message there is read as ever.
type justFiled struct {
	ref, village, category string
	text                   string // the report's words, for what a 补充 names (worsens)
	at                     time.Time
}

// continueWords begin a message that goes on with what its sender just
// said: where it is (就在…), which one (就是…), how big or when.
var continueWords = []string{"就是", "就在", "是在", "位置在", "地点在", "地方在", "具体在", "具体是", "大概在", "大约在"}

// otherMatterWords begin a matter of its own: 「还有村口的路灯坏了」.
var otherMatterWords = []string{"还有", "另外", "另一", "顺便", "再一个", "再就是"}

// detailWords tell, in words that are no complaint of their own, how big a
// matter told just before is or what it takes to deal with: 「树挺粗的 要拿
// 电锯来」. Places and times are not among them: 「大家早上好」「谁家的车停在路口
// 了」 is talk.
var detailWords = []string{"粗", "米长", "米宽", "米深", "公分", "厘米", "很大", "挺大", "好大", "很深", "挺深", "很宽",
	"要拿", "得用", "得拿", "电锯", "吊车", "挖机", "铲车", "几个人才", "一个人弄不"}

// thatWords open a message on the thing just told, or a pause before
// more of it: 「那个 就是学校门口那个」「那面墙是老张家的」.
// Not 那边/那里 (「那边好像有点什么事」 points anywhere).
var thatWords = []string{"那个", "那棵", "那根", "那面", "那堵", "那座", "那条", "那口", "那块", "那处", "就那"}

// placeMarks, after an opening 在, say where: 「在村东头 老李家后面」. Not
// 「在忙」「在家呢」.
var placeMarks = []string{"东头", "西头", "南头", "北头", "村口", "路口", "桥头", "桥边", "门口", "旁边", "边上", "后面", "后头", "前面",
	"前头", "对面", "附近", "那边", "这边", "路边", "河边", "塘边", "山上", "坡上", "拐角", "尽头", "组", "村", "号"}

// anotherWords say a short message tells of another thing like it: 「那边
// 也坏了」.
var anotherWords = []string{"也", "又一", "另一", "还有"}

// continues reports whether t, gap after it, goes on with the matter its
// sender just told in the words before, of category cat ("" when
// unknown): it begins with a continuing word (after a filler 那个), tells
// it worsened to endanger people naming no other thing (worsens), tells
// how big it is or what it takes and no complaint of its own, or, short
// and within shortWindow, opens with where or which (opensOn); not a
// question, thanks or a 收到, a command or a number, a matter said to be
// another, nor a complaint of another category.
func (r *Router) continues(t *turn, reading village.Reading, cat, before string, gap time.Duration) bool {
	text := t.text
	if t.where.kind == inOffice || t.who.IsCadre() || t.quote != nil || t.long > 0 || t.kinFor != nil ||
		!understand.HasContent(text) || isAck(text) || isAssent(text) || containsAnyOf(text, thanksWords...) ||
		containsAnyOf(text, "?", "？", "吗") || len(village.FindRefs(text)) > 0 || startsWithAny(text, otherMatterWords...) {
		return false
	}
	if _, _, ok := answerWord(text); ok {
		return false
	}
	if _, ok := parseCommand(text); ok {
		return false
	}
	report := reading.Intent == village.IntentReport
	if report && reading.Type != village.General && reading.Type != village.Emergency {
		return false // a quarrel, a procedure, a claim: its own matter
	}
	if report && worsens(t.said(), before) {
		return true // 「快倒了 下面有人走」: the thing told, whatever category its words alone read as
	}
	if report && cat != "" && cat != "其他" && reading.Category != "" && reading.Category != "其他" && reading.Category != cat {
		return false
	}
	if startsWithAny(text, continueWords...) || startsWithAny(afterThat(text), continueWords...) {
		return true
	}
	if gap <= shortWindow && opensOn(text) && !containsAnyOf(text, anotherWords...) &&
		!containsAnyOf(text, chaseWords...) && !containsAnyOf(text, statusQuestions...) {
		// not 「那个狗的事有人管没有啊」: a chase
		return reading.Intent == village.IntentNoise || report
	}
	return !report && reading.Intent != village.IntentClaim && containsAnyOf(text, detailWords...)
}

// afterThat is text without a filler 那个 (and the pause after it) before
// the rest: 「那个 就是学校门口那个」.
func afterThat(text string) string {
	rest, ok := strings.CutPrefix(text, "那个")
	if !ok {
		return text
	}
	return strings.TrimLeft(rest, " ,，、.。…~")
}

// opensOn reports whether short text opens on where (在 and a place: 「在
// 村东头 老李家后面」) or which (thatWords: 「那个墙是老张家的」) the matter
// its sender just told is.
func opensOn(text string) bool {
	if utf8.RuneCountInString(text) > shortRunes {
		return false
	}
	if startsWithAny(text, thatWords...) {
		return true
	}
	rest, ok := strings.CutPrefix(text, "在")
	return ok && containsAnyOf(rest, placeMarks...)
}

// worsens reports whether s tells that the thing told in before is about
// to come down on people now (understand.Imperils): 「快倒了 下面有人走」
// after 「村口那面墙裂了」. What it names before the falling word, if
// anything, is the thing told: each of its characters (but 那/这, a
// measure word or 的) is in before (「那面墙快倒了」), not another thing
// (「村西的桥快塌了」).
func worsens(s understand.Said, before string) bool {
	subject, ok := understand.Imperils(s)
	if !ok || before == "" {
		return false
	}
	told := understand.Canon(before)
	for _, c := range subject {
		if !strings.ContainsRune(told, c) && !strings.ContainsRune(subjectFillers, c) {
			return false
		}
	}
	return true
}

// subjectFillers are the characters of a thing's name that name no
// thing: 「那面墙」 is 墙.
const subjectFillers = "那这个面堵座棵根条口块处的它又都也还已经现在 ,，、"

// filed remembers that t's sender filed rep here just now (addedToFiled).
func (r *Router) filed(t *turn, rep *village.Report, ref string) {
	if ref == "" || rep == nil || rep.Type != village.General || !rep.ReportedBy(t.who) {
		return
	}
	r.filedNow.Put(t.m.Chat+"|"+t.who.Key(), justFiled{ref: ref, village: rep.Village, category: rep.Category, text: rep.Text, at: t.at})
}

// addedToFiled keeps t, going on with the matter its sender filed here
// within continueWindow, as his 补充 of the item (ActSaid, 「补充：…」):
// he hears it was added, its handlers (its grid's leaders while nobody
// took it on) hear 【村民补充】 privately, a private item's words stay
// private. One commit; the item is read from the report cache. done is
// false when t is no such message.
func (r *Router) addedToFiled(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	f, ok := r.filedNow.Get(t.m.Chat + "|" + t.who.Key())
	if !ok || t.at.Before(f.at) || t.at.Sub(f.at) > continueWindow || !r.continues(t, reading, f.category, f.text, t.at.Sub(f.at)) {
		return false, nil
	}
	rep, err := r.store.Report(ctx, storage.VillageScope(f.village), f.ref)
	if errors.Is(err, storage.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return true, err
	}
	if rep.Type != village.General || !rep.Status.Open() || rep.Status == village.StatusResolved || rep.Status == village.StatusWaiting || !rep.ReportedBy(t.who) {
		// a quarrel's and a procedure's words have their own ways
		return false, nil
	}
	private := t.where.kind == inPrivate
	rep.Tell(r.shown(t.who), t.at, addedNote+shortText(t.text))
	_, danger := understand.Imperils(t.said())
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Text": shortText(t.text), "Private": private, "Adds": true, "Wake": r.wake(t), "Danger": danger}
	who, prio := rep.Handlers, bot.Normal
	if len(who) == 0 {
		who = r.leaderNames(rep.Village, rep.Grid)
	}
	if danger {
		// life safety cannot wait: its leaders hear it too, at once, at
		// night as well (an urgent message is never held)
		who, prio = slices.Clone(who), bot.Urgent
		for _, l := range r.leaderNames(rep.Village, rep.Grid) {
			if !slices.Contains(who, l) {
				who = append(who, l)
			}
		}
		data["Wake"] = ""
	}
	var told []bot.Outbound
	var to []string
	for _, h := range who {
		if h != r.shown(t.who) {
			told = append(told, bot.Outbound{To: h, Kind: bot.Private, Priority: prio, Text: r.texts.Render("report.repeat.handler", data)})
			to = append(to, h)
		}
	}
	data["Told"] = to
	t.out = append([]bot.Outbound{r.back(t, r.textsFor(t).Render("report.added", data))}, told...)
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: t.out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "add", Note: rep.ID + " " + shortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		t.out = nil
		return r.addedToFiled(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}

// continuedAsk merges t into the one report confirm-back waiting for its
// sender's 「1」 (this process's copy, no round trip) when t goes on with
// that matter within continueWindow: t's text becomes both messages, read
// again (the type may rise with what he added), and the question asked on
// it replaces the one waiting, in the same commit, decided on the copy.
// ok is false (t and reading as they were) otherwise.
func (r *Router) continuedAsk(ctx context.Context, t *turn, reading village.Reading) (village.Reading, bool) {
	b, ok := r.store.AskedCopy(r.scope(t), askKey(t))
	if !ok {
		return reading, false
	}
	qs, _ := readQuestions(b)
	if len(qs) != 1 {
		return reading, false
	}
	q := qs[0]
	if q.Kind != askConfirm || q.Claim || q.Type != "" || q.For != "" || q.Ref != "" || q.Kin != "" || q.Msg == t.m.ID ||
		t.at.Before(q.At) || t.at.Sub(q.At) > continueWindow {
		return reading, false
	}
	if !r.continues(t, reading, q.Category, q.Text, t.at.Sub(q.At)) {
		return reading, false
	}
	t.keep = append(t.keep, storage.AskTaken(askKey(t)).DecidedOn(b))
	t.continued = &q
	t.text = q.Text + " " + t.text
	return r.read(ctx, t, t.text), true
}
