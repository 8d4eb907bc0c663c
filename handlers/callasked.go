package handlers

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// A cadre's words on an alarm often end with a question to its reporter
// ("我马上过去 打120了吗"). The question is read apart (splitAsked): the
// rest takes the alarm on or is its 进展 as before, the note keeping all
// his words. When it asked whether help was called (callAsked), the
// reporter's or her household's answer in the group is heard
// (callAnswered): "还没有" gets told at once to call; "打了" is noted.

// callAnswerWindow is how long after a cadre's call question its
// reporter's bare answer is read as the answer to it.
const callAnswerWindow = 30 * time.Minute

// askedAnswerNote begins the history note of the reporter's answer to a
// cadre's call question (callAnswered).
const askedAnswerNote = "答「"

// callAskedNote begins the history note of a grid cadre's bare call question
// on an emergency ("打120了吗" alone, callQuestioned): 问「打120了吗」.
const callAskedNote = "问「"

// askSep splits a message into its clauses.
var askSep = regexp.MustCompile(`[\s，,。！!；;、]+`)

// asksClause reports whether clause is a question: a question mark or
// 吗, or a yes-no tail ("打120没有", "能说话不", "叫了没").
func asksClause(clause string) bool {
	c := strings.TrimRightFunc(clause, func(r rune) bool { return unicode.IsPunct(r) && r != '?' && r != '？' })
	if strings.ContainsAny(c, "?？吗") {
		return true
	}
	if utf8.RuneCountInString(c) < 3 {
		return false
	}
	return strings.HasSuffix(c, "没有") || strings.HasSuffix(c, "了没") || strings.HasSuffix(c, "没") ||
		strings.HasSuffix(c, "不") && !strings.HasSuffix(c, "不不")
}

// splitAsked cuts the question clauses off a cadre's words: stated is
// the rest, asked the questions ("我马上过去 打120了吗": "我马上过去",
// "打120了吗"). Words with no question, or with nothing but questions,
// come back whole as stated.
func splitAsked(text string) (stated, asked string) {
	var says, asks []string
	for _, c := range askSep.Split(strings.TrimSpace(text), -1) {
		switch {
		case c == "":
		case asksClause(c):
			asks = append(asks, c)
		default:
			says = append(says, c)
		}
	}
	if len(asks) == 0 || len(says) == 0 {
		return strings.TrimSpace(text), ""
	}
	return strings.Join(says, " "), strings.Join(asks, " ")
}

// withAsked is words with the questions splitAsked cut off put back.
func withAsked(words, asked string) string {
	if asked == "" {
		return words
	}
	return strings.TrimSpace(words + " " + asked)
}

// callNumbers are what a call question asks about, and the number to
// call: 120 for an ambulance, 110 the police, 119 the fire brigade.
var callNumbers = []struct {
	words  []string
	number string
}{
	{[]string{"120", "救护车", "急救"}, "120"},
	{[]string{"119", "消防", "火警"}, "119"},
	{[]string{"110", "报警", "报案", "派出所"}, "110"},
}

// callAsked is the number the question in a cadre's note asks whether
// it was called ("打120了吗", "报警了没", "叫救护车没有"), and that
// question; "" when its questions ask nothing of that ("人还有气吗").
func callAsked(note string) (number, question string) {
	_, asked := splitAsked(note)
	if asked == "" && slices.ContainsFunc(askSep.Split(note, -1), asksClause) {
		asked = strings.TrimSpace(note) // a bare question: "打120了吗"
	}
	for _, c := range askSep.Split(asked, -1) {
		for _, n := range callNumbers {
			if containsAnyOf(c, n.words...) {
				return n.number, c
			}
		}
	}
	return "", ""
}

// callQuestion is the call question a cadre's whole message asks, with
// nothing stated beside it ("打120了吗", "报119了没", "叫救护车没有"):
// every clause a question, one asking whether a number was called.
func callQuestion(text string) (number, question string) {
	text = strings.TrimSpace(text)
	if text == "" || utf8.RuneCountInString(text) > 20 || len(village.FindRefs(text)) > 0 {
		return "", ""
	}
	for _, c := range askSep.Split(text, -1) {
		if c != "" && !asksClause(c) {
			return "", ""
		}
	}
	return callAsked(text)
}

// notCalledWords answer a call question no: nobody called yet, or she
// does not know.
var notCalledWords = []string{"还没有", "还没打", "还没叫", "还没报", "还没", "没有", "没打", "没叫", "没报", "不知道", "没呢", "没有呢", "还没呢"}

// calledWords answer it yes.
var calledWords = []string{"打了", "叫了", "报了", "报警了", "已经打", "已打", "在路上", "救护车来了", "救护车到了", "车来了", "已经叫"}

// callAnswer reads a short message as an answer to a call question:
// no (not called) or yes; ok is false for other words.
func callAnswer(text string) (called, ok bool) {
	s := strings.TrimFunc(text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if s == "" || utf8.RuneCountInString(s) > 16 || strings.ContainsAny(s, "?？吗") {
		return false, false
	}
	for _, lead := range []string{"我们", "我", "都", "好像", "应该"} {
		s = strings.TrimPrefix(s, lead)
	}
	if startsWithAny(s, notCalledWords...) && !containsAnyOf(s, "没有人接", "没人接") {
		return false, utf8.RuneCountInString(s) <= 8
	}
	if containsAnyOf(s, calledWords...) && !strings.Contains(s, "没") {
		return true, true
	}
	return false, false
}

// pendingCall is the call question of a cadre in rep's history that its
// reporter's answer may answer: the last question of a cadre's step (its
// 受理 or 进展) asks whether a number was called, asked within
// callAnswerWindow before at, and nothing of her side answered it since.
//
// urged: her side answered no already (and was told to call): only her
// "打了" is still to hear.
func pendingCall(rep village.Report, at time.Time) (number, question, by string, urged, ok bool) {
	for i := len(rep.History) - 1; i >= 0; i-- {
		e := rep.History[i]
		if e.Action == village.ActSaid {
			if q, found := strings.CutPrefix(e.Note, callAskedNote); found {
				// a cadre's bare question (callQuestioned): a step that asks
				number, question = callAsked(strings.TrimSuffix(q, "」"))
				return number, question, e.By, urged, number != "" && at.Sub(e.At) <= callAnswerWindow && !e.At.After(at)
			}
			if note, found := strings.CutPrefix(e.Note, askedAnswerNote); found {
				_, said, _ := strings.Cut(note, "」：")
				if called, _ := callAnswer(said); called {
					return "", "", "", false, false // answered yes already
				}
				urged = true
			}
			continue
		}
		if _, asked := splitAsked(e.Note); asked == "" && !slices.ContainsFunc(askSep.Split(e.Note, -1), asksClause) {
			continue // a step that asks nothing
		}
		number, question = callAsked(e.Note)
		return number, question, e.By, urged, number != "" && at.Sub(e.At) <= callAnswerWindow && !e.At.After(at)
	}
	return "", "", "", false, false
}

// liveAlarms are the emergencies of open raised in chat and not yet
// resolved, whose calling question may be asked or answered there.
func liveAlarms(open []village.Report, chat string) []village.Report {
	return slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool {
		return rep.Type != village.Emergency || !rep.Status.Open() || rep.Status == village.StatusResolved || rep.Chat != chat
	})
}

// callAnswered hears, in an emergency's group, the short answer ("还没
// 有", "打了") of its reporter, her household or anyone there who is no
// grid cadre to the call question a cadre asked of it (pendingCall):
// "no" is told at once to call the number and say where, and both go on
// the item and to the duty chat (【突发补充】) in one commit. Only one
// live emergency may be waiting for the answer; others' words are chat.
// A grid cadre's words are his question (callQuestioned), else his own
// work. done is false for other words, read before the grid is.
func (r *Router) callAnswered(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.kind != inGrid || t.quote != nil {
		return false, nil
	}
	if t.who.Tends(t.where.village, t.where.grid) {
		// a cadre's "我到了 已经打了120" is his own work (onScene), read there
		return r.callQuestioned(ctx, t)
	}
	called, ok := callAnswer(t.text)
	if !ok {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	var hits []village.Report
	for _, rep := range liveAlarms(open, t.m.Chat) {
		if _, _, _, urged, ok := pendingCall(rep, t.at); ok && (called || !urged) {
			hits = append(hits, rep)
		}
	}
	if len(hits) != 1 {
		return false, nil
	}
	rep := hits[0]
	number, question, by, _, _ := pendingCall(rep, t.at)
	who := r.shown(t.who)
	rep.Tell(who, t.at, askedAnswerNote+question+"」："+shortText(t.text))
	data := map[string]any{"R": &rep, "Who": who, "Number": number, "Question": question, "By": by, "Called": called,
		"Text": dutySummary(t.text, ""), "Phone": t.who.Phone, "Place": r.alarmPlace(rep, t.who)}
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("emergency.call.answer.duty", data)}}
	if !called {
		out = append(out, r.back(t, r.textsFor(t).Render("emergency.call.urge", data)))
	}
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: shortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.callAnswered(ctx, t) // it changed meanwhile: read it again, once
	}
	return true, err
}

// callQuestioned notes on the group's one live emergency, raised within
// freshWindow, a grid cadre's bare call question ("打120了吗" alone,
// callQuestion) as 问「打120了吗」 (ActSaid: nothing is taken on, the
// duty chat still waits for a 确认): the answer to it is then heard as
// the answer to his "我马上过去 打120了吗" (callAnswered, pendingCall).
// Nothing is said: he asked the people there. One commit; done is false
// for other words (no read) or with no such emergency.
func (r *Router) callQuestioned(ctx context.Context, t *turn) (done bool, err error) {
	number, question := callQuestion(t.text)
	if question == "" {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	live := slices.DeleteFunc(liveAlarms(open, t.m.Chat), func(rep village.Report) bool { return !alarmFresh(rep, t.at) })
	if len(live) != 1 {
		return false, nil
	}
	rep := live[0]
	if by, at, ok := calledBefore(rep, number); ok {
		// answered yes already: who said so, not a second wait
		return true, r.reply(ctx, t, "emergency.call.already", map[string]any{"Who": r.shown(t.who), "R": &rep,
			"Number": number, "By": by, "At": at, "Now": t.at})
	}
	rep.Tell(r.shown(t.who), t.at, callAskedNote+question+"」")
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "asked", Note: question}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.callQuestioned(ctx, t) // it changed meanwhile: read it again, once
	}
	return true, err
}

// calledBefore is who answered yes to a call question of number on rep
// (callAnswered's note, 答「打120了吗」：打了) and when: the newest such.
func calledBefore(rep village.Report, number string) (by string, at time.Time, ok bool) {
	for i := len(rep.History) - 1; i >= 0; i-- {
		e := rep.History[i]
		note, found := strings.CutPrefix(e.Note, askedAnswerNote)
		if e.Action != village.ActSaid || !found {
			continue
		}
		question, said, _ := strings.Cut(note, "」：")
		if n, _ := callAsked(question); n != number {
			continue
		}
		if called, _ := callAnswer(said); called {
			return e.By, e.At, true
		}
	}
	return "", time.Time{}, false
}

// alarmPlace is the place the urging of callAnswered asks who to say:
// "" for the answerer's own home (her household reported its own, or
// named no place), a home the report names ("刘洋家", another's), else
// "出事的具体位置".
func (r *Router) alarmPlace(rep village.Report, p village.Person) string {
	if key := r.namedHome(rep.Village, rep.Text); key != "" {
		if key == r.homeOf(p).Key {
			return ""
		}
		for _, q := range r.people.All() {
			// the name as the report wrote it: "刘洋家"
			if q.Village == rep.Village && r.homeOf(q).Key == key && strings.Contains(rep.Text, q.Name+"家") {
				return q.Name + "家的位置"
			}
		}
	}
	if rep.ReporterSide(p) && (saysOwnHome(rep.Text) || placeless(rep.Text)) {
		return ""
	}
	if homes := homesIn(rep.Text); len(homes) == 1 {
		return homes[0] + "家的位置"
	}
	return "出事的具体位置"
}
