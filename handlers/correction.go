package handlers

import (
	"context"
	"errors"
	"strings"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// correctionNote begins the history note of a reporter's or a witness's
// correction of an emergency (emergencyCorrects).
const correctionNote = "更正："

// harmSigns are the words that tell someone came to harm in the part of a
// correction after its 是: "是自己骑车摔的".
var harmSigns = []string{"摔", "伤", "血", "晕", "骨折", "撞", "落水", "掉河", "掉水", "触电", "中毒", "烫"}

// corrects reports whether text, in canonical words, corrects an alarm
// rather than takes it back: "不是车撞的 是自己骑车摔的", "不是老王家 是老李家
// 着火了", "更正：是东头的桥": what it is instead still tells of harm or an
// alarm (a "更正" says so itself). "搞错了 不是着火 是烧秸秆" tells none: a
// retraction (emergencyOver).
func corrects(text string) bool {
	if strings.ContainsAny(text, "?？吗") {
		return false
	}
	if startsWithAny(strings.TrimSpace(text), "更正", "纠正") {
		return true
	}
	i := strings.Index(text, "不是")
	if i < 0 {
		return false
	}
	rest := text[i+len("不是"):]
	j := strings.Index(rest, "是")
	if j <= 0 {
		return false
	}
	instead := rest[j+len("是"):]
	return understand.Alarms(instead) || containsAnyOf(instead, harmSigns...)
}

// emergencyCorrects records a correction of the group's open emergency
// by its reporter or a witness ("不是车撞的 是自己骑车摔的") as that: a note
// on the item (查 shows it), the duty chat told (【突发补充·更正】), and
// the sender told it was passed on. It is no retraction (its 搞错了 aside,
// nobody is offered 驳回 误报) and no new alarm of another way of harm: the
// same person still needs help. done is false when the words correct
// nothing, or he raised or joined no emergency of the group within
// emergencyOverLive.
func (r *Router) emergencyCorrects(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.kind != inGrid || !corrects(t.said().Canon) {
		return false, nil
	}
	rep, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && (rep.ReportedBy(t.who) || rep.FollowedBy(t.who))
	})
	if err != nil || !ok {
		return false, err
	}
	rep.Tell(r.shown(t.who), t.at, correctionNote+shortText(t.text))
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": dutySummary(t.text, reading.Summary),
		"Number": r.numberHint(t, reading, rep)} // "不是车撞的 是从房顶摔下来的 打哪个电话": the corrected hazard's
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.corrected.duty", data)},
		r.back(t, r.textsFor(t).Render("report.emergency.corrected", data))}
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.store.Commit(ctx, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: shortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return r.emergencyCorrects(ctx, t, reading) // it changed meanwhile: read it again, once
	}
	return true, err
}
