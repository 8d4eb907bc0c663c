package handlers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/village"
)

// deadNumberOf is the word that says the number dialled is no good, on
// a miss ("空号"), or "".
func deadNumberOf(outcome, note string) string {
	if outcome != village.OutcomeMissed {
		return ""
	}
	return words.DeadNumberWord(note)
}

// escalateDead makes c, missed on a number that is no good, a visit asked
// of the grid leader at once: trying the number tomorrow reaches nobody.
// A miss already logged today is not counted again.
func escalateDead(c *village.Call, at time.Time, missedToday bool) {
	if missedToday && c.Misses > 1 {
		c.Misses--
	}
	if c.Status != village.CallEscalated {
		c.Status, c.VisitAskedAt = village.CallEscalated, at
	}
	c.RetryAt = time.Time{}
}

// leadersBut are the shown names of p's grid leaders but the sender.
func (r *Router) leadersBut(t *turn, p village.Person) []string {
	var out []string
	for _, l := range r.otherLeaders(village.Report{Village: p.Village, Grid: p.Grid}, t.who) {
		out = append(out, r.shown(l))
	}
	return out
}

// phoneFixed is p with the number a worker gave for her since the roster
// was loaded (village.PhoneFix), as this process's copy of the kept fixes
// holds it: no round trip.
func (r *Router) phoneFixed(p village.Person) village.Person {
	if p.UsesWeChat || p.Village == "" {
		return p
	}
	b, ok := r.store.AskedCopy(storage.VillageScope(p.Village), village.PhoneKey(p.Key()))
	if !ok {
		return p
	}
	fix, err := village.PhoneFixOf(b)
	if err != nil {
		r.log.Warn("phone fix unreadable", "person", p.Name, "err", err)
		return p
	}
	return fix.Fixed(p)
}

// phoneChanged records a new number a worker gives, privately, for an
// elder he may phone ("白凤兰电话换了 新号13912345678"): kept as a
// village.PhoneFix (the roster file stays the operator's source), put on
// her calls still to make, so that later lists and posts show it. Her
// grid's other leaders and the admins hear it, to have the file
// updated. The calls still to make are read as this process follows them;
// one commit. done is false, before any read, for anything else.
func (r *Router) phoneChanged(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.Kind != words.InPrivate || t.quote != nil {
		return false, nil
	}
	v := r.callVillage(t)
	mine := r.callable(t)
	name, phone, ok := words.NewNumber(t.text, func(n string) bool { return slices.Contains(mine, n) })
	if !ok {
		return false, nil
	}
	p, err := r.people.Lookup(v, name)
	if err != nil {
		return false, nil
	}
	was := r.phoneFixed(p).Phone
	sc := storage.VillageScope(v)
	data := map[string]any{"P": r.shown(p), "Phone": phone, "Was": was, "Roster": p.Phone, "Leaders": r.leadersBut(t, p), "Who": r.shown(t.who)}
	if phone == was {
		return true, r.reply(ctx, t, "call.phone.same", data)
	}
	fix, err := json.Marshal(village.PhoneFix{Person: p.Name, PersonKey: p.Key(), Phone: phone, Was: p.Phone, By: t.who.Name, At: t.at})
	if err != nil {
		return true, fmt.Errorf("phone fix: %w", err)
	}
	open, err := r.openCalls(ctx, t, v)
	if err != nil {
		return true, err
	}
	change := storage.Change{Scope: sc, MsgID: t.m.ID, Keep: []storage.Kept{storage.Ask(village.PhoneKey(p.Key()), fix, village.PhoneFixKept)},
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "phone", Note: p.Name + " " + village.Mask(phone)}}
	for _, c := range open {
		if c.PersonKey != p.Key() {
			continue
		}
		c.Phone = phone
		d, err := storage.CallDoc(c)
		if err != nil {
			return true, err
		}
		change.Docs = append(change.Docs, d)
		data["Open"] = c
	}
	out := []bot.Outbound{r.back(t, r.texts.Render("call.phone", data))}
	for _, x := range r.phoneTold(t, p) {
		out = append(out, bot.Outbound{To: r.shown(x), Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.phone.roster", data)})
	}
	change.Out, t.out = out, out
	_, err = r.commit(ctx, t, change)
	if errors.Is(err, storage.ErrConflict) {
		return true, r.busy(ctx, t, "", p.Name+"的电话")
	}
	return true, err
}

// phoneTold are who hear a number given for p, to have the roster file
// updated: her grid's leaders and the admins, but the sender.
func (r *Router) phoneTold(t *turn, p village.Person) []village.Person {
	var out []village.Person
	for _, x := range r.people.All() {
		if x.Key() != t.who.Key() && (x.Has(village.RoleAdmin) || x.Covers(village.RoleLeader, p.Village, p.Grid)) {
			out = append(out, x)
		}
	}
	return out
}

// listedUnread answers a worker's private words that start with the name
// of an elder on his list (a call of his open that he was sent) and that
// nothing read as a call log, a question or a matter to register: read as
// a call log first, they get how to log her call, not a confirm-back of a
// report (which would pile up with the next such note). done is false
// for anything else.
func (r *Router) listedUnread(ctx context.Context, t *turn, mine []string) (done bool, err error) {
	if t.quote != nil || words.HeardAsked(t.text) {
		return false, nil
	}
	n, width := words.LeadingName(strings.TrimSpace(t.text), func(n string) bool { return slices.Contains(mine, n) })
	if n == "" {
		return false, nil
	}
	rest := strings.TrimSpace(t.text)[width:]
	news, kinHome := words.KinComesHome(rest, t.at)
	if t.where.Kind != words.InPrivate && !kinHome {
		// in the group only her family's homecoming is his (call111:
		// 「王奶奶儿子腊月二十回来」 was offered as a report)
		return false, nil
	}
	open, err := r.openCalls(ctx, t, r.callVillage(t))
	if err != nil {
		return true, err
	}
	hers := slices.DeleteFunc(open, func(c village.Call) bool { return r.people.Address(c.PersonKey, c.Person) != n })
	// her call logged 「已通 已转告」 when it passes a notice on (call94)
	data := map[string]any{"P": n, "Callee": n}
	data["Relays"], data["Each"] = village.Relaying(hers)
	if kinHome && !r.ownMatter(ctx, t) {
		// 「石德贵他儿子腊月二十五回来过年 电话我照常打」: news that
		// changes none of her calls (call109), kept on them for her
		// next lists (call111), and with none open on a record of its
		// own (call112: 「他闺女回来了 这几天住家里」 between her calls
		// was offered as a report)
		return true, r.keepKinHome(ctx, t, n, hers, news, data)
	}
	if !slices.ContainsFunc(hers, func(c village.Call) bool { return c.AskedBy(t.at) }) || r.ownMatter(ctx, t) {
		return false, nil
	}
	if stay, ok := words.InHospital(rest, t.at); ok && !stay.From.IsZero() && !stay.Heard {
		// 「白凤兰她闺女一家过年回来 年前会来接她去城里」: a stay told
		// ahead, kept as a relative's word of it is (pauseForKin); her
		// call today goes on (call110)
		p, err := r.people.Lookup(r.callVillage(t), n)
		if err != nil {
			return false, nil
		}
		w := village.Phoner(r.people.All(), p)
		if w.Name == "" {
			w = t.who
		}
		return true, readAgain(func(fresh bool) error {
			return r.pauseForKin(ctx, t, []village.Person{p}, []village.Person{w}, stay, fresh)
		})
	}
	return true, r.reply(ctx, t, "call.unread", data)
}

// keepKinHome keeps news, a worker's words of her family coming home
// (words.KinComesHome: 「儿子腊月二十回来」), on her calls still to make,
// hers, for her next lists to say (village.Call.KinHome); one commit with
// the reply. Her calls are otherwise unchanged (call111: the news was
// answered and lost). With none open (between her routine calls) it is
// kept on a call of its own, closed as lapsed (never to make, counted
// nowhere), which the scheduler's history reads as any other (call112).
func (r *Router) keepKinHome(ctx context.Context, t *turn, name string, hers []village.Call, news string, data map[string]any) error {
	data["Said"], data["Today"] = news, slices.ContainsFunc(hers, func(c village.Call) bool { return c.AskedBy(t.at) })
	if len(hers) == 0 {
		p, err := r.people.Lookup(r.callVillage(t), name)
		if err != nil {
			return err
		}
		c, _ := callsRead{}.task(t, p)
		c.Status, c.Note = village.CallLapsed, t.text
		hers = []village.Call{c}
	}
	change := storage.Change{Scope: storage.VillageScope(r.callVillage(t)), MsgID: t.m.ID,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "call", Note: name + " 家里人回来：" + news}}
	for _, c := range hers {
		c.KinHome, c.KinHomeAt = news, t.at
		d, err := storage.CallDoc(c)
		if err != nil {
			return err
		}
		change.Docs = append(change.Docs, d)
	}
	data["Kept"] = len(change.Docs) > 0
	out := r.replyOut(t, "call.kinhome", data)
	change.Out, t.out = out, out
	if _, err := r.commit(ctx, t, change); errors.Is(err, storage.ErrConflict) {
		return r.busy(ctx, t, "", name+"的回访")
	} else if err != nil {
		return err
	}
	return nil
}
