package handlers

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// visitFresh is how long after the bot asked a grid leader to visit an
// elder (【请上门看看】) his unquoted private words of going or sending
// someone are taken as his answer to it, when they do not name her.
const visitFresh = 6 * time.Hour

// visitAnswered takes a grid leader's private answer in his own words to
// the bot's 【请上门看看】 (call106: before, 「让王五下午去她家看看」 was
// offered as a report to register, 「我下午过去一趟」 got the usage):
// sending someone of the village (words.SendsTo) hands the visit to him —
// he hears whom to see, her phone and how to log it, the call keeps
// whom (Call.VisitBy) — and going himself is noted back with how to log
// the visit. Taken when the words name her, quote the ask, or come
// within visitFresh of it, with one visit waiting for him. Open calls read
// and, for a sending, one commit. done is false before any read for
// words of neither kind.
func (r *Router) visitAnswered(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InPrivate || !t.who.Has(village.RoleLeader) || utf8.RuneCountInString(t.text) > 40 {
		return false, nil
	}
	quoted := t.quote != nil && t.quote.Name == r.cfg.BotName && strings.Contains(t.quote.Text, "【请上门看看")
	if t.quote != nil && !quoted {
		return false, nil
	}
	if _, isCmd := r.commandIn(t); isCmd {
		return false, nil
	}
	v := r.callVillage(t)
	elders := func(n string) bool {
		p, err := r.people.Lookup(v, n)
		return err == nil && !p.UsesWeChat && p.Phone != ""
	}
	// her name first ("王奶奶那边让王五去看看"), then whom he sends
	her, width := words.LeadingName(t.text, elders)
	rest := strings.TrimLeft(t.text[width:], words.CallSeps+"那边家里的事")
	sendable := func(n string) bool {
		p, err := r.people.Lookup(v, n)
		return err == nil && p.UsesWeChat && p.Key() != t.who.Key()
	}
	sent, note, sends := words.SendsTo(strings.TrimPrefix(strings.TrimPrefix(rest, "我"), "俺"), sendable)
	if _, acks := understand.TakesOn(t.text); acks && !sends {
		// "知道了 明天去": callNote and the items' take-on read it, by
		// which of them he was told of last
		return false, nil
	}
	_, goes := understand.PlansToGo(rest)
	if !goes {
		_, goes = understand.TakesUp(rest)
	}
	if !sends && !goes || len(sent) > 1 {
		return false, nil
	}
	err = readAgain(func(fresh bool) error { return r.answerVisit(ctx, t, v, her, sent, note, quoted, fresh) })
	if errors.Is(err, errNotVisit) {
		return false, nil // no visit waits on him: his words are of something else
	}
	return true, err
}

// errNotVisit says answerVisit found no one visit the words answer.
var errNotVisit = errors.New("no visit asked")

// answerVisit is visitAnswered's reading of the open calls and its answer:
// sent (one name) is sent to visit, none means he goes himself (errReadAgain
// when the call changed since read, fresh false).
func (r *Router) answerVisit(ctx context.Context, t *turn, v, her string, sent []string, note string, quoted, fresh bool) error {
	sc := storage.VillageScope(v)
	calls, err := r.readCalls(ctx, sc, fresh, storage.DocsRead{Kind: storage.CallKind, Index: storage.CallsOpen})
	if err != nil {
		return err
	}
	var asked []village.Call
	for _, c := range calls.open {
		if c.Status != village.CallEscalated || !t.who.Covers(village.RoleLeader, c.Village, c.Grid) {
			continue
		}
		name := r.people.Address(c.PersonKey, c.Person)
		switch {
		case her != "":
			if c.Person == her || name == her {
				asked = append(asked, c)
			}
		case quoted:
			if strings.Contains(t.quote.Text, name) {
				asked = append(asked, c)
			}
		case !c.VisitAskedAt.After(t.at) && t.at.Sub(c.VisitAskedAt) < visitFresh:
			asked = append(asked, c)
		}
	}
	if len(asked) != 1 {
		return errNotVisit
	}
	t.scope = sc
	c := asked[0]
	data := map[string]any{"C": c, "P": r.people.Address(c.PersonKey, c.Person), "Who": r.shown(t.who), "Said": t.text, "Now": t.at,
		"Notices": c.NoticeIDs()}
	if len(sent) == 0 {
		// he goes himself: nothing to record till he logs the visit
		return r.reply(ctx, t, "call.visit.self", data)
	}
	w, err := r.people.Lookup(v, sent[0])
	if err != nil {
		return err
	}
	data["Sent"], data["Note"] = r.shown(w), note
	data["Logs"] = w.Has(village.RoleWorker) || w.Has(village.RoleLeader) // a cadre logs the visit; a neighbour tells the leader
	c.VisitBy = r.shown(w)
	c.Note = strings.TrimPrefix(c.Note+"；", "；") + t.who.Name + "请" + w.Name + "上门：" + t.text
	d, err := storage.CallDoc(c)
	if err != nil {
		return err
	}
	o := []bot.Outbound{r.back(t, r.textsFor(t).Render("call.visit.sent", data)),
		{To: r.shown(w), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.visit.sent.to", data)}}
	t.out = o
	return r.commitCalls(ctx, t, c.Person, storage.Change{Scope: sc, MsgID: t.m.ID, Reads: calls.decided, Docs: []storage.Doc{d}, Out: o,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: c.Person + " 请" + w.Name + "上门"}}, fresh)
}
