package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// goesOnWords say, per hazard, that an open emergency still goes on: "后山
// 那边还有明火", "水还在涨".
var goesOnWords = map[village.Hazard][]string{
	village.HazardFire: {"还有明火", "还有火", "还在烧", "还在着", "还在冒烟", "还冒烟", "火还没灭", "没灭完", "越烧越大", "火更大", "火又大",
		"火势还", "火还很大", "火还挺大"},
	village.HazardFlood: {"水还在涨", "还在涨水", "水还没退", "越涨越高", "水更大", "水又涨"},
	// the hurt on their way to a doctor: the duty chat may still be
	// sending for an ambulance ("王奶奶已经送医院了", toHospital)
	village.HazardMedical: {"送医院", "送到医院", "送去医院", "送卫生院", "送到卫生院", "救护车来了", "救护车到了", "120来了", "120到了",
		"在抢救", "抢救中"},
}

// knownGoesOn are the goesOnWords of h that say 还: the fire or flood
// they speak of is one already known ("后山还在烧"), no new alarm even
// read as one; "越烧越大" may be a new one's.
func knownGoesOn(h village.Hazard) []string {
	var out []string
	for _, w := range goesOnWords[h] {
		if strings.Contains(w, "还") {
			out = append(out, w)
		}
	}
	return out
}

// newsHazards are the hazards of which a villager's words may be news
// (goesOnWords, or an end in part).
// Not a search's "还没回来": another child not home is another alarm.
var newsHazards = []village.Hazard{village.HazardFire, village.HazardFlood, village.HazardGas, village.HazardMedical}

// saysKnown reports whether said, read as an alarm of hazard h, says 还 of
// an emergency already known (knownGoesOn): of h, or, read as of no hazard
// ("水还在涨 快来人 老人出不来": a cry, the water not read as a flood), of any.
func saysKnown(said string, h village.Hazard) bool {
	if h != village.HazardNone {
		return containsAnyOf(said, knownGoesOn(h)...)
	}
	return slices.ContainsFunc(newsHazards, func(h village.Hazard) bool { return containsAnyOf(said, knownGoesOn(h)...) })
}

// heardNote begins the history note of a villager's word of how an open
// emergency goes (emergencyProgress).
const heardNote = "群里说："

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
	if t.where.kind != inGrid || strings.ContainsAny(t.text, "?？吗") {
		return false, nil
	}
	said := t.said().Canon
	partEnd := func(h village.Hazard) bool {
		over, going := emergencyNews(said, h)
		return !over && going && endOf(said) == h
	}
	news := func(h village.Hazard) bool {
		return partEnd(h) || containsAnyOf(said, goesOnWords[h]...) || h == village.HazardMedical && toHospital.MatchString(said)
	}
	if reading.Type == village.Emergency && !partEnd(reading.Hazard) && !saysKnown(said, reading.Hazard) {
		// "老李家也着火了": an alarm (joinEmergency); "大火基本灭了 还在
		// 冒烟", read as one for its 大火 and 冒烟, and "后山还在烧 快来人",
		// whose 还 speaks of a fire already known, are news
		return false, nil
	}
	if !slices.ContainsFunc(newsHazards, news) {
		return false, nil
	}
	live, err := r.openFittingAll(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && news(rep.Hazard)
	})
	if err != nil || len(live) == 0 {
		return false, err
	}
	// of several, the one its #R, its place or home names, or the one the
	// cadre took on; else he is asked which (never the newest on a guess:
	// the duty chat would send help after the wrong fire)
	live = newsOfWhich(t, spreadFrom(t, live), false)
	cadre := t.who.Tends(t.where.village, t.where.grid)
	if len(live) > 1 {
		return true, r.progressUnsure(ctx, t, reading, live, cadre)
	}
	rep := live[0]
	if cadre {
		if may, _, _ := r.may(t.who, vProgress, rep); may {
			// the grid's cadre tells of his own work on it: his 进展
			t.implied, t.known = true, []village.Report{rep} // read once: 进展 acts on it as read here
			_, err = r.run(ctx, t, "进展 #"+rep.ID+" "+t.text)
			t.known = nil
			return true, err
		}
	}
	rep.Tell(r.shown(t.who), t.at, heardNote+shortText(t.text))
	text := r.texts.Render("report.emergency.witness", map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone,
		"Text": dutySummary(t.text, reading.Summary), "News": true})
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep,
		Out: append([]bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: text}},
			r.numberBack(t, reading, &rep)...), // "火还没灭 该打什么电话"
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: shortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.emergencyProgress(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
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
	open := asRaised(live)
	data := map[string]any{"Open": open, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": dutySummary(t.text, reading.Summary),
		"Note": shortText(t.text), "Village": t.where.village, "Grid": t.where.grid, "Number": r.numberHint(t, reading, live[0])}
	out := []bot.Outbound{
		{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.news.unsure.duty", data)},
		r.back(t, r.groupTexts.Render("report.emergency.news.unsure", data)),
	}
	rep, also := noteAll(live, r.shown(t.who), t, heardNote+shortText(t.text))
	t.scope = storage.VillageScope(t.where.village)
	_, err := r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: rep, Also: also, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told.unsure", Note: shortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		_, err = r.emergencyProgress(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return err
}

// unsureMark ends the note of words that may be of any of open (as
// raised): "（#R1 或 #R2，哪一处待确认）".
func unsureMark(open []village.Report) string {
	refs := make([]string, len(open))
	for i, rep := range open {
		refs[i] = "#" + rep.ID
	}
	return "（" + strings.Join(refs, " 或 ") + "，哪一处待确认）"
}
