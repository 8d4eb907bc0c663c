package handlers

import (
	"context"
	"slices"
	"strings"

	"gridbot/bot"
	"gridbot/village"
)

// A worker who cannot phone for a while (ill, in hospital, away): said to
// the bot ("我这几天生病了 在县里住院 电话打不了"), it is no matter to
// register, it is news for his grid leader, who has the elders he phones
// reached by someone else meanwhile.

// selfAwayWords say the sender himself is kept from his work for a while.
var selfAwayWords = []string{"生病", "病了", "感冒了", "发烧了", "住院", "请假", "不在家", "不在村", "出门了", "在外地", "去外地", "出差",
	"回老家", "走不开", "回不来"}

// awayCalls say what he is kept from is phoning.
var awayCalls = []string{"打不了", "没法打", "不能打", "打不成", "没办法打", "电话", "回访", "这几天", "这两天", "几天", "这周", "这个星期"}

// calleesWords put what is said on another (an elder he phones, her
// family): "她生病了 这几天住院" is her news, a call to log.
var calleesWords = []string{"她", "他", "老人", "奶奶", "爷爷", "大爷", "大娘", "婆婆", "儿子", "女儿", "孙子", "老伴"}

// saysAway reports whether text, said privately by one who phones elders,
// tells that he himself ("我", or 请假) cannot phone for a while; what
// tells how a call went ("我打了电话 不在家") is a call note.
func saysAway(text string) bool {
	if at, _, _ := outcomeAt(text); at >= 0 || containsAnyOf(text, dialled...) {
		return false
	}
	return containsAnyOf(text, selfAwayWords...) && containsAnyOf(text, awayCalls...) && containsAnyOf(text, "我", "请假") &&
		!containsAnyOf(text, calleesWords...) && !strings.ContainsAny(text, "?？吗")
}

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
	if t.where.kind != inPrivate || t.quote != nil || !saysAway(t.text) || len(elders) == 0 ||
		r.namesSomeone(r.callVillage(t), t.text) { // "石德贵住院了 电话打不了": hers, a call to log
		return false, nil
	}
	var leaders []string
	for _, l := range r.people.InGrid(t.who.Village, t.who.Grid, village.RoleLeader) {
		if l.Key() != t.who.Key() {
			leaders = append(leaders, r.shown(l))
		}
	}
	open, err := r.openCalls(ctx, t, r.callVillage(t))
	if err != nil {
		return true, err
	}
	others := slices.DeleteFunc(elders, func(p village.Person) bool {
		return slices.ContainsFunc(open, func(c village.Call) bool { return c.PersonKey == p.Key() })
	})
	data := map[string]any{"Who": r.shown(t.who), "Said": t.text, "Open": open, "Others": others, "Leaders": leaders,
		"Sick": containsAnyOf(t.text, "病", "住院", "发烧")}
	if err := r.keepAway(t, t.who, t.text, data); err != nil {
		return true, err
	}
	for _, l := range leaders {
		t.out = append(t.out, bot.Outbound{To: l, Kind: bot.Private, Priority: bot.Normal, Text: r.texts.Render("call.away.leader", data)})
	}
	return true, r.reply(ctx, t, "call.away", data)
}
