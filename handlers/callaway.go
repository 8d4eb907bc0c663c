package handlers

import (
	"context"
	"maps"
	"slices"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/village"
)

// A worker who cannot phone for a while (ill, in hospital, away): said to
// the bot ("我这几天生病了 在县里住院 电话打不了"), it is no matter to
// register, it is news for his grid leader, who has the elders he phones
// reached by someone else meanwhile.

// callAway answers a worker (or leader) who phones elders and says
// privately he cannot for a while: his grid's other leaders hear it with
// the elders he phones, their phones and the calls still open, to have
// them phoned or visited meanwhile; he hears whom it was passed to. His
// open calls read (as this process follows them) and one commit, which
// keeps his absence (keepAway): until he is back, his daily call lists go
// to the one who covers for him. done is false for anything else, before
// any read.
func (r *Router) callAway(ctx context.Context, t *turn) (done bool, err error) {
	elders := r.calleePeople(t.who)
	inGroup := t.where.Kind == words.InGrid && t.who.Tends(t.where.Village, t.where.Grid)
	if t.where.Kind != words.InPrivate && !inGroup || t.quote != nil {
		return false, nil
	}
	// 「我这周不在 王五的电话请李四打」: away, said with a stand-in named;
	// his name and the stand-in's are no elder's news (call78)
	says, plain := words.SaysAway(t.text), r.unaddressed(t.who, t.text)
	if p, ok := r.standInNamed(t, t.who, t.text); ok && words.StandInAway(t.text) {
		says, plain = true, strings.ReplaceAll(strings.ReplaceAll(plain, p.Name, ""), t.who.Name, "")
	}
	if !says || r.namesSomeone(r.callVillage(t), plain) { // "石德贵住院了 电话打不了": hers, a call to log
		return false, nil
	}
	if len(elders) == 0 {
		// one who phones no elder is away from the items he handles
		// (rep103): none, and it is no news for the bot; a leader's
		// absence is, in his group or privately (「我家里有事 请假三天」,
		// rep106): the grid's new items go to who covers (rep105)
		v, g := t.who.Village, t.who.Grid
		if inGroup {
			v, g = t.where.Village, t.where.Grid
		}
		if len(r.awayItems(t.who)) == 0 && !t.who.Covers(village.RoleLeader, v, g) {
			return false, nil
		}
	}
	var leaders []string
	for _, l := range r.people.InGrid(t.who.Village, t.who.Grid, village.RoleLeader) {
		if l.Key() != t.who.Key() {
			leaders = append(leaders, r.shown(l))
		}
	}
	var open []village.Call
	if len(elders) > 0 {
		// one who phones no elder (a leader away) has no calls to pass
		// on: no read (rep106)
		if open, err = r.openCalls(ctx, t, r.callVillage(t)); err != nil {
			return true, err
		}
	}
	all := slices.Clone(elders)
	others := slices.DeleteFunc(elders, func(p village.Person) bool {
		return slices.ContainsFunc(open, func(c village.Call) bool { return c.PersonKey == p.Key() })
	})
	// what each open call passes on, the notices quoted: the stand-in
	// may be of another grid and never have seen them (call97)
	passes, quoted, err := r.callsPass(ctx, t, open)
	if err != nil {
		return true, err
	}
	data := map[string]any{"Who": r.shown(t.who), "Said": t.text, "Open": open, "Others": others, "Leaders": leaders,
		"Sick": words.ContainsAnyOf(t.text, "病", "住院", "发烧"), "Says": callSays(open, passes), "Quoted": quoted, "Now": t.at,
		"InGroup": inGroup, "Phones": len(elders) > 0}
	// how the calls left are to be logged, in every text below and the
	// stand-in's (call.logas, call94)
	data["Relays"], data["Each"] = passing(passes)
	if err := r.keepAway(t, t.who, t.text, data); err != nil {
		return true, err
	}
	if data["From"] != nil {
		// away from a later day: today's calls stay his, the leader
		// hears of every elder he phones (call98)
		data["Others"] = all
	}
	for _, l := range leaders {
		// the leader named stand-in is told here, once (call98)
		d := maps.Clone(data)
		d["CoverYou"] = data["Named"] == true && data["Cover"] == l
		d["ItemsToSelf"] = data["ItemsTo"] == l
		t.out = append(t.out, bot.Outbound{To: l, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.away.leader", d)})
	}
	if inGroup || len(elders) == 0 {
		// said in his group: the group hears plainly who has his calls
		// and items meanwhile; the elders' phones stay in the leaders'
		// private texts. Privately, one who phones no elder hears the
		// same of his items (no calls to pass on)
		return true, r.reply(ctx, t, "away.group", data)
	}
	return true, r.reply(ctx, t, "call.away", data)
}

// unaddressed is text without the cadre of w's grid it is addressed to at
// its head (「李四 我这两天感冒发烧…」, 「@李四，…」): his name is no one
// the words are about (rep105).
func (r *Router) unaddressed(w village.Person, text string) string {
	rest := strings.TrimPrefix(strings.TrimSpace(text), "@")
	for _, role := range []village.Role{village.RoleLeader, village.RoleWorker} {
		for _, p := range r.people.InGrid(w.Village, w.Grid, role) {
			if after, ok := strings.CutPrefix(rest, p.Name); ok && p.Key() != w.Key() && strings.IndexAny(after, " ，,:：") == 0 {
				return strings.TrimLeft(after, " ，,:：")
			}
		}
	}
	return text
}

// callSays is what each of calls is to say, for a text listing them to
// one who did not plan them (call.open): 「要转告寒潮预警 #N1」 (passes, from
// callsPass), else its task's own topic; "" for a check-in.
func callSays(calls []village.Call, passes []string) []string {
	out := make([]string, len(calls))
	for i, c := range calls {
		switch {
		case passes[i] != "":
			out[i] = "要转告" + passes[i]
		case c.Topic != village.TopicOwn:
			out[i] = c.Topic
		}
	}
	return out
}
