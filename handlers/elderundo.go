package handlers

import (
	"context"
	"encoding/json"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// answerUndoWindow is how long a leader's 「不是」 takes back his words
// taken, naming nothing, for the answer to an elder's question
// (elderAnsweredUnnamed): the reply that said which question it took is
// the last he read.
const answerUndoWindow = 30 * time.Minute

// answerTaken is what the reply to an unnamed answer keeps for its
// undoing (answerUndoKey): whose question, the worker told, his words.
type answerTaken struct {
	Village string    `json:"village"`
	Person  string    `json:"person"` // her name
	Key     string    `json:"key"`    // her person key
	Asked   string    `json:"asked"`
	Worker  string    `json:"worker"` // shown name of the worker told
	Said    string    `json:"said"`
	At      time.Time `json:"at"`
	Msg     string    `json:"msg"`
}

// answerUndoKey keeps the leader's last unnamed answer (answerTaken), in
// her village's scope: not an askKey question, so the answers to the
// bot's other questions never take it.
func answerUndoKey(t *turn) string { return "elderans|" + t.who.Key() }

// answerTakenKept is the value answerElder's commit keeps of c's
// question answered unnamed by t, told to worker w.
func answerTakenKept(t *turn, c village.Call, w village.Person) (storage.Kept, error) {
	b, err := json.Marshal(answerTaken{Village: c.Village, Person: c.Person, Key: c.PersonKey, Asked: c.Asked, Worker: w.Name,
		Said: t.text, At: t.at, Msg: t.m.ID})
	return storage.Ask(answerUndoKey(t), b, answerUndoWindow), err
}

// elderAnswerUndone takes a grid leader's private 「不是」 (words.SaysTakenWrong)
// within answerUndoWindow of his words taken, naming nothing, for the
// answer to an elder's question (call108: the reply named the question,
// but nothing undid a wrong guess — the worker would pass on to her an
// answer to something else): the question is open again, not to be taken
// unnamed again, and the worker hears not to pass it on. From this
// process's copy of what was kept (no round trip when nothing waits);
// then her calls read, one commit. done is false when nothing waits.
func (r *Router) elderAnswerUndone(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InPrivate || !t.who.Has(village.RoleLeader) || !words.SaysTakenWrong(t.text) {
		return false, nil
	}
	sc := storage.VillageScope(r.callVillage(t))
	b, ok := r.store.AskedCopy(sc, answerUndoKey(t))
	var m answerTaken
	if !ok || json.Unmarshal(b, &m) != nil || m.Msg == t.m.ID || t.at.Before(m.At) || t.at.Sub(m.At) > answerUndoWindow {
		return false, nil
	}
	p, err := r.people.Lookup(m.Village, m.Person)
	if err != nil || p.Key() != m.Key {
		return false, nil
	}
	return true, readAgain(func(fresh bool) error { return r.undoAnswer(ctx, t, p, m, fresh) })
}

// undoAnswer reopens the question m took his words for (elderAnswerUndone).
func (r *Router) undoAnswer(ctx context.Context, t *turn, p village.Person, m answerTaken, fresh bool) error {
	sc := storage.VillageScope(p.Village)
	t.scope = sc
	calls, err := r.readCallsOf(ctx, sc, fresh, p)
	if err != nil {
		return err
	}
	i := -1
	for k, c := range calls.all {
		if c.PersonKey == p.Key() && c.Asked == m.Asked && c.AnsweredBy == t.who.Name && (i < 0 || c.LoggedAt.After(calls.all[i].LoggedAt)) {
			i = k
		}
	}
	data := map[string]any{"P": r.shown(p), "Asked": m.Asked, "Said": m.Said, "Who": r.shown(t.who), "Worker": m.Worker}
	keep := []storage.Kept{storage.AskTaken(answerUndoKey(t))}
	if i < 0 {
		// answered since by someone else, or not his: nothing to undo
		t.keep = keep
		return r.reply(ctx, t, "call.answer.undone.none", data)
	}
	c := calls.all[i]
	c.AnsweredAt, c.AnsweredBy, c.AnswerUndone = time.Time{}, "", t.at
	c.Note += "；" + t.who.Name + "说「" + m.Said + "」不是答复"
	d, err := storage.CallDoc(c)
	if err != nil {
		return err
	}
	o := []bot.Outbound{r.back(t, r.textsFor(t).Render("call.answer.undone", data))}
	if m.Worker != "" && m.Worker != t.who.Name {
		o = append(o, bot.Outbound{To: m.Worker, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.answer.undone.worker", data)})
	}
	t.out = o
	return r.commitCalls(ctx, t, p.Name, storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided, Docs: []storage.Doc{d}, Out: o, Keep: keep,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: p.Name + " 老人问答复撤回"}}, fresh)
}
