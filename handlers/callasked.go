package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// A cadre's words on an alarm often end with a question to its reporter
// ("我马上过去 打120了吗"). The question is read apart (splitAsked): the
// rest takes the alarm on or is its 进展 as before, the note keeping all
// his words. When it asked whether help was called (callAsked), the
// reporter's or her household's answer in the group is heard
// (callAnswered): "还没有" gets told at once to call; "打了" is noted.

// callAnswered hears, in an emergency's group, the short answer ("还没
// 有", "打了") of its reporter, her household or anyone there who is no
// grid cadre to the call question a cadre asked of it (pendingCall):
// "no" is told at once to call the number and say where, and both go on
// the item and to the duty chat (【突发补充】) in one commit. Only one
// live emergency may be waiting for the answer; others' words are chat.
// A grid cadre's words are his question (callQuestioned), else his own
// work. done is false for other words, read before the grid is.
func (r *Router) callAnswered(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InGrid || t.quote != nil {
		return false, nil
	}
	if t.who.Tends(t.where.Village, t.where.Grid) {
		// a cadre's "我到了 已经打了120" is his own work (onScene), read there
		return r.callQuestioned(ctx, t)
	}
	called, ok := words.CallAnswer(t.text)
	if !ok {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	var hits []village.Report
	for _, rep := range words.LiveAlarms(open, t.m.Chat) {
		if _, _, _, urged, ok := words.PendingCall(rep, t.at); ok && (called || !urged) {
			hits = append(hits, rep)
		}
	}
	if len(hits) != 1 {
		return false, nil
	}
	rep := hits[0]
	number, question, by, _, _ := words.PendingCall(rep, t.at)
	who := r.shown(t.who)
	rep.Tell(who, t.at, words.AskedAnswerNote+question+"」："+words.ShortText(t.text))
	data := map[string]any{"R": &rep, "Who": who, "Number": number, "Question": question, "By": by, "Called": called,
		"Text": words.DutySummary(t.text, ""), "Phone": t.who.Phone, "Place": r.alarmPlace(rep, t.who)}
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("emergency.call.answer.duty", data)}}
	if !called {
		out = append(out, r.back(t, r.textsFor(t).Render("emergency.call.urge", data)))
	}
	return r.commitTold(ctx, t, rep, out, func() (bool, error) { return r.callAnswered(ctx, t) })
}

// callQuestioned notes on the group's one live emergency, raised within
// freshWindow, a grid cadre's bare call question ("打120了吗" alone,
// callQuestion) as 问「打120了吗」 (ActSaid: nothing is taken on, the
// duty chat still waits for a 确认): the answer to it is then heard as
// the answer to his "我马上过去 打120了吗" (callAnswered, pendingCall).
// Nothing is said: he asked the people there. One commit; done is false
// for other words (no read) or with no such emergency.
func (r *Router) callQuestioned(ctx context.Context, t *turn) (done bool, err error) {
	number, question := words.CallQuestion(t.text)
	if question == "" {
		return false, nil
	}
	open, err := r.latestOpen(ctx, t)
	if err != nil {
		return true, err
	}
	live := slices.DeleteFunc(words.LiveAlarms(open, t.m.Chat), func(rep village.Report) bool { return !words.AlarmFresh(rep, t.at) })
	if len(live) != 1 {
		return false, nil
	}
	rep := live[0]
	if by, at, ok := words.CalledBefore(rep, number); ok {
		// answered yes already: who said so, not a second wait
		return true, r.reply(ctx, t, "emergency.call.already", map[string]any{"Who": r.shown(t.who), "R": &rep,
			"Number": number, "By": by, "At": at, "Now": t.at})
	}
	rep.Tell(r.shown(t.who), t.at, words.CallAskedNote+question+"」")
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.commit(ctx, t, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "asked", Note: question}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.callQuestioned(ctx, t) // it changed meanwhile: read it again, once
	}
	return true, err
}

// alarmPlace is the place the urging of callAnswered asks who to say:
// "" for the answerer's own home (her household reported its own, or
// named no place), a home the report names ("刘洋家", another's), else
// "出事的具体位置".
func (r *Router) alarmPlace(rep village.Report, p village.Person) string {
	if key := r.familyHome(rep.Village, rep.Text); key != "" {
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
	if rep.ReporterSide(p) && (words.SaysOwnHome(rep.Text) || words.Placeless(rep.Text)) {
		return ""
	}
	if homes := words.HomesIn(rep.Text); len(homes) == 1 {
		return homes[0] + "家的位置"
	}
	return "出事的具体位置"
}
