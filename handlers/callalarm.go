package handlers

import (
	"context"
	"slices"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// An elder's words on a call that tell of an emergency already open in her
// grid's group (call53): 「白凤兰打过了 她说后山着火了」 while 张三's
// 「后山着火了」 is #R1 is her news of #R1, as the same words said in the
// group are (joinEmergency's decision, alarmFits), not a second alarm.

// elderTurn is the turn of p, the elder a worker's call note tells of, as
// if she had said said herself in her grid's group: what alarmFits asks of
// an alarm's sender (her home, her household) is hers, not the worker's.
func (r *Router) elderTurn(t *turn, p village.Person, said string) *turn {
	chat := r.groupOf(p.Village, p.Grid)
	// "她说她家柴房着火了": her own home, as her "我家" would be (call54:
	// it joined 张三's 后山着火了 for want of a home)
	// "她说家里煤气味好大" is her "家里…": without the worker's 她说
	// (elderSaid), her home is told, not another's alarm joined
	// "屋里有烟" is her room: joins no other household's alarm (call110)
	return &turn{m: t.m, at: t.at, text: words.HerRoom(words.HerHome.Replace(words.HerMatter(said))), who: p, placed: true,
		where: words.Place{Kind: words.InGrid, Village: p.Village, Grid: p.Grid, Chat: chat}}
}

// callAlarmJoins files what p said on call c (said, read as reading, an
// emergency) with the open emergency of her grid it tells again
// (alarmFits), in change: the item keeps her words (查 shows them, the
// worker named as recorder), she follows it, and the duty chat hears them
// once, the worker's phone to call back; the call names the item. Read on
// her grid's open reports as this process follows them (no round trip when
// it does), guarded in the same commit. ok is false when none fits: safety
// first, another place or hazard is a new alarm.
func (r *Router) callAlarmJoins(ctx context.Context, t *turn, p village.Person, c *village.Call, change *storage.Change,
	said string, reading village.Reading, data map[string]any) ([]bot.Outbound, bool) {
	her := r.elderTurn(t, p, said)
	chat := her.where.Chat
	if reading.Type != village.Emergency || chat == "" {
		return nil, false
	}
	reports, read, err := r.store.FollowedReports(ctx, storage.VillageScope(p.Village), p.Grid, words.StatusRecent)
	if err != nil {
		return nil, false // a new alarm, as before: better two than none
	}
	_, fits := r.alarmFits(her, reading)
	found := words.Newest(reports, 1, func(rep village.Report) bool {
		return rep.Chat == chat && rep.Status.Open() && fits(rep)
	})
	if len(found) == 0 {
		return nil, false
	}
	rep := found[0]
	said = words.HerMatter(said) // "她说后山着火了": her words, 后山着火了
	news := !words.SaysNothingNew(said, words.SaidSoFar(rep))
	known := rep.ReportedBy(p) || rep.FollowedBy(p)
	if !known {
		rep.AddFollower(p, r.shown(p))
	}
	if news {
		rep.Tell(r.shown(p)+"（"+r.shown(t.who)+"电话回访记录）", t.at, said)
	}
	*change = read.Guard(*change)
	change.Report = &rep
	c.Report = rep.ID
	data["Joined"], data["Said"] = &rep, said
	if !news && known {
		return nil, true // told again, nothing new: kept on the call only
	}
	text := r.texts.Render("report.emergency.witness", map[string]any{"R": &rep, "Who": r.shown(p), "By": r.shown(t.who),
		"Phone": t.who.Phone, "Text": words.DutySummary(said, ""), "Again": known})
	return []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: text}}, true
}

// callEmergencyNews files what p said on call c of how her grid's open
// emergency goes (said: 「她说火灭了」, 「没事了」, 「人已经送医院了」) as
// its 进展 by the worker (Report.Relay), in change: nothing is taken on
// or closed, as with her own 「没事了」 in the group (emergencyOver): an end
// marks it said over (OverSaid: the watchdog stops) and asks its leaders,
// or its handlers once taken on, to check and 办结; the duty chat hears
// her words as its 进展. The item is her own or one she follows, of a
// hazard her words do not say is another's, or one whose hazard her
// words end; ok is false when no one such is open (nothing changes).
func (r *Router) callEmergencyNews(ctx context.Context, t *turn, p village.Person, c *village.Call, change *storage.Change,
	said string, data map[string]any) ([]bot.Outbound, bool) {
	said = words.HerMatter(said)
	heard := t.hear(said)
	resolves := understand.Resolves(heard)
	if over, going := words.EmergencyNews(said, village.HazardMissing); understand.Alarms(said) || !resolves && !over && !going {
		return nil, false
	}
	reports, read, err := r.store.FollowedReports(ctx, storage.VillageScope(p.Village), p.Grid, words.StatusRecent)
	if err != nil {
		return nil, false
	}
	own := func(rep village.Report) bool { return rep.ReportedBy(p) || rep.FollowedBy(p) }
	found := words.Newest(reports, len(reports), func(rep village.Report) bool {
		fits, _ := words.CallNewsOf(said, rep, own(rep), resolves)
		return liveEmergency(t, rep) && rep.Status.Open() && fits
	})
	if mine := slices.DeleteFunc(slices.Clone(found), func(rep village.Report) bool { return !own(rep) }); len(found) > 1 && len(mine) == 1 {
		found = mine // of two fires, the one she raised or told of
	}
	if len(found) != 1 {
		return nil, false // none, or which is hers is not for a guess
	}
	rep := found[0]
	_, over := words.CallNewsOf(said, rep, true, resolves)
	by := r.shown(t.who)
	note := "电话回访" + r.shown(p) + "：" + said
	*change = read.Guard(*change)
	c.Report = rep.ID
	data["Progress"], data["Said"], data["Over"] = &rep, said, over
	data["Self"], _, _ = r.mayNow(t, words.VResolve, rep)
	if slices.ContainsFunc(rep.History, func(e village.Entry) bool { return e.Action == village.ActProgress && e.Note == note }) {
		return nil, true // told again: kept on the call only
	}
	rep.Relay(by, t.at, note)
	if over && rep.OverSaid.IsZero() {
		rep.OverSaid = t.at // said over: the watchdog raises it no more, it may come back (comesBack)
	}
	change.Report = &rep
	tell := rep.Handlers
	if rep.Status == village.StatusNew {
		tell = r.leaderNames(rep.Village, rep.Grid)
	}
	tell = slices.DeleteFunc(slices.Clone(tell), func(n string) bool { return n == by })
	data["Told"] = tell
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent,
		Text: r.texts.Render("report.emergency.witness", map[string]any{"R": &rep, "Who": r.shown(p), "By": by,
			"Phone": t.who.Phone, "Text": words.DutySummary(said, ""), "News": true})}}
	if rep.Chat != "" {
		out = append(out, bot.Outbound{To: rep.Chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("call.emergency.news",
			map[string]any{"R": &rep, "Who": r.shown(p), "By": by, "Text": said, "Over": over, "Tell": tell})})
	}
	return out, true
}
