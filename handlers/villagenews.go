package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// emergencyProgress passes a villager's word in the group of how its open
// emergency goes — over in part ("火基本灭了") or still going ("后山那边还有
// 明火") — to the duty chat as its news (【突发补充·进展】) and notes it on
// the item (查 shows it). It ends nothing and files nothing: the watchdog
// goes on until someone takes it on, and the grid's cadres read the words
// in their own group. Of several open it is the newest it fits (its
// hazard). Read as an alarm, only an end in part is news. done is false
// when the words are no such news, or the group has no emergency of that
// hazard raised within emergencyOverLive.
func (r *Router) emergencyProgress(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || strings.ContainsAny(t.text, "?？吗") {
		return false, nil
	}
	said := t.said().Canon
	partEnd := func(h village.Hazard) bool {
		over, going := words.EmergencyNews(said, h)
		return !over && going && words.EndOf(said) == h
	}
	news := func(h village.Hazard) bool {
		return partEnd(h) || words.HazardNews(said, h)
	}
	alarm := reading.Type == village.Emergency && !partEnd(reading.Hazard) && !words.SaysKnown(said, reading.Hazard)
	// "人都送县医院了 是一氧化碳中毒" by the cadre who took the gas alarm
	// on: his news of it, though its words read as an alarm (alarm85)
	taken := func(rep village.Report) bool {
		return rep.Hazard == reading.Hazard && rep.Status != village.StatusNew && rep.HandledBy(t.who) && words.ToDoctor(said)
	}
	if alarm && !(words.ToDoctor(said) && t.who.Tends(t.where.Village, t.where.Grid)) {
		// "老李家也着火了": an alarm (joinEmergency); "大火基本灭了 还在
		// 冒烟", read as one for its 大火 and 冒烟, and "后山还在烧 快来人",
		// whose 还 speaks of a fire already known, are news
		return false, nil
	}
	// "人救出来了" of a fire with people inside: how it goes, not its end
	// (words.RescuedOnly), nor a search's (alarm98)
	rescued := words.Rescued(said)
	// "屋里全是烟" from the household whose stove's fumes it reported
	// minutes before: how the fumes go, the room to leave (alarm99)
	smoke := !alarm && words.SmokeFills(said)
	fumes := func(rep village.Report) bool {
		return smoke && rep.Hazard == village.HazardGas && t.at.Sub(rep.CreatedAt) <= words.EmergencyJoin && r.ofAlarmHome(t, "", rep)
	}
	// "下面有三个人" at the cellar alarm: more people in danger than it
	// told (alarm106: the count was lost)
	count := understand.InDanger(t.said())
	counted := func(rep village.Report) bool {
		return count != "" && understand.Outnumbers(understand.CountTold(rep.Hazard, t.text), words.AlarmScene(t.hear(rep.Text), rep).Count)
	}
	if !slices.ContainsFunc(words.NewsHazards, news) && !words.ToDoctor(said) && !words.MissingNews(said) && !rescued && !smoke && count == "" {
		return false, nil
	}
	// "我家老头子在镇上被车撞了 送到医院了" from another household than an
	// open alarm's: his own kin in hospital, his own item (understand.InCare),
	// no news of theirs (alarm112)
	ownCare := understand.InCare(t.said()) && words.OwnKinRe.MatchString(t.text)
	live, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && !(ownCare && !r.ofAlarmHome(t, "", rep)) && (news(rep.Hazard) || rescued && words.RescueNews(said, rep.Hazard) || fumes(rep) || counted(rep)) && (!alarm || taken(rep))
	})
	if err != nil || len(live) == 0 {
		return false, err
	}
	// of several, the one its #R, its place or home names, or the one the
	// cadre took on; else he is asked which (never the newest on a guess:
	// the duty chat would send help after the wrong fire)
	if medical := slices.DeleteFunc(slices.Clone(live), func(rep village.Report) bool { return rep.Hazard != village.HazardMedical }); len(live) > 1 && len(medical) > 0 && words.ToDoctor(said) {
		// "王大爷已经送医院了" while a fire and a fall are open: the
		// fall's; a hospital trip is news of another alarm only alone
		live = medical
	}
	if whom := slices.DeleteFunc(slices.Clone(live), func(rep village.Report) bool {
		return rep.Hazard == village.HazardMissing && words.MissingApart(t.text, rep.Text, r.rosterNames(t.where.Village, rep.Hazard)...)
	}); len(live) > 1 && len(whom) > 0 {
		// "是我妈 穿蓝棉袄" while her alarm and a child's are open: hers
		// (alarm94)
		live = whom
	}
	live = newsOfWhich(t, spreadFrom(t, live), false)
	cadre := t.who.Tends(t.where.Village, t.where.Grid)
	if len(live) > 1 {
		return true, r.progressUnsure(ctx, t, reading, live, cadre)
	}
	rep := live[0]
	if cadre {
		if may, _, _ := r.mayNow(t, words.VProgress, rep); may {
			// the grid's cadre tells of his own work on it: his 进展
			t.implied, t.known = true, []village.Report{rep} // read once: 进展 acts on it as read here
			_, err = r.run(ctx, t, "进展 #"+rep.ID+" "+t.text)
			t.known = nil
			return true, err
		}
	}
	more := counted(rep)                   // of the alarm as it was before his words
	picked := r.pickedMissing(rep, t.text) // of the alarm as it was before his words
	rep.Tell(r.shown(t.who), t.at, words.HeardNote+words.ShortText(t.text))
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone,
		"Text": words.DutySummary(t.text, reading.Summary), "News": true, "NoBreath": breathless(t), "Inside": inside(t, rep),
		"Picked": picked}
	if more {
		// the duty chat tells 120 and 119 how many
		data["Count"], data["Scene"] = count, words.AlarmScene(t.hear(rep.Text), rep)
	}
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.witness", data)}}
	if picked != nil {
		// "是小凤 穿红衣服": he was asked which in the group; it hears
		// the answer was heard
		out = append(out, r.back(t, r.groupTexts.Render("report.emergency.picked", data)))
	}
	if more {
		// "下面有三个人": the scene hears nobody else goes in (emergency.count)
		back := r.back(t, r.groupTexts.Render("emergency.count", data))
		back.Priority = bot.Urgent
		out = append(out, back)
	}
	if fumes(rep) {
		// "屋里全是烟": he is still in it. Out first, windows open
		data["Scene"] = sceneOf(t, rep)
		back := r.back(t, r.groupTexts.Render("report.emergency.fumes", data))
		back.Priority = bot.Urgent
		out = append(out, back)
	}
	if rep.Hazard == village.HazardGas && words.FumesOut(said) && sceneOf(t, rep).Coal {
		// "人都抬到院子里了": out of the fumes is not over them; the
		// poisoned see a doctor however well they look (alarm103)
		back := r.back(t, r.groupTexts.Render("report.emergency.fumesout", data))
		back.Priority = bot.Urgent
		out = append(out, back)
	}
	if rescued && words.RescueNews(said, rep.Hazard) {
		// "人救出来了" of a fire: whoever has it (or,
		// nobody yet, the grid's cadres) is @'d to see to the rescued;
		// the duty chat alone heard it before (alarm99)
		out = append(out, r.back(t, r.groupTexts.Render("report.emergency.rescued", r.rescueTold(t, rep))))
	}
	out = append(out, r.numberBack(t, reading, &rep)...) // "火还没灭 该打什么电话"
	return r.commitTold(ctx, t, rep, out, func() (bool, error) { return r.emergencyProgress(ctx, t, reading) })
}

// progressUnsure handles news of how an emergency goes (emergencyProgress)
// that fits several of the grid's open ones alike ("大火基本灭了" while two
// fires burn). A cadre of the grid is asked which, with the 进展 to send,
// as for his other plain news (sceneNews). A villager's word goes to the
// duty chat at once under every ref it may be of, and he is asked which in
// the group, where the cadres read it too: news is never lost, nor put on
// the wrong fire. His words are noted on each of them, marked unsure
// (查 shows them on whichever is asked after); his answer later notes them
// again on the one he names.
func (r *Router) progressUnsure(ctx context.Context, t *turn, reading village.Reading, live []village.Report, cadre bool) error {
	if cadre {
		return r.scenePick(ctx, t, live, t.text)
	}
	open := words.AsRaised(live)
	data := map[string]any{"Open": open, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": words.DutySummary(t.text, reading.Summary),
		"Note": words.ShortText(t.text), "Village": t.where.Village, "Grid": t.where.Grid, "Number": r.numberHint(t, reading, live[0])}
	out := []bot.Outbound{
		{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.news.unsure.duty", data)},
		r.back(t, r.groupTexts.Render("report.emergency.news.unsure", data)),
	}
	rep, also := noteAll(live, r.shown(t.who), t, words.HeardNote+words.ShortText(t.text))
	t.scope = storage.VillageScope(t.where.Village)
	_, err := r.commit(ctx, t, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: rep, Also: also, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told.unsure", Note: words.ShortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		_, err = r.emergencyProgress(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return err
}

// rescueTold is what the group hears of a villager's rescue news of rep:
// its handlers @'d once one took it on, else its grid's leaders and
// workers, asked to take it.
func (r *Router) rescueTold(t *turn, rep village.Report) map[string]any {
	taken := rep.Status != village.StatusNew
	tell := slices.Clone(rep.Handlers)
	if !taken || len(tell) == 0 {
		tell = words.AppendNew(words.AppendNew(r.leaderNames(rep.Village, rep.Grid), words.Names(r.people.InGrid(rep.Village, rep.Grid, village.RoleWorker))...), tell...)
	}
	return map[string]any{"R": &rep, "Tell": tell, "Who": r.shown(t.who), "Echo": words.ShortText(echo(t, t.text)),
		"Taken": taken, "Cold": sceneOf(t, rep).Drown, "Pit": sceneOf(t, rep).Pit}
}
