package handlers

import (
	"context"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/village"
)

// emergencyCorrects records a correction of the group's open emergency
// by its reporter or a witness ("不是车撞的 是自己骑车摔的") as that: a note
// on the item (查 shows it), the duty chat told (【突发补充·更正】), and
// the sender told it was passed on. It is no retraction (its 搞错了 aside,
// nobody is offered 驳回 误报) and no new alarm of another way of harm: the
// same person still needs help. done is false when the words correct
// nothing, or he raised or joined no emergency of the group within
// emergencyOverLive.
func (r *Router) emergencyCorrects(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || !words.Corrects(t.said().Canon) {
		return false, nil
	}
	rep, ok, err := r.openFitting(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && (rep.ReportedBy(t.who) || rep.FollowedBy(t.who))
	})
	if err != nil || !ok {
		return false, err
	}
	rep.Tell(r.shown(t.who), t.at, words.CorrectionNote+words.ShortText(t.text))
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": words.DutySummary(t.text, reading.Summary),
		"Number": r.numberHint(t, reading, rep)} // "不是车撞的 是从房顶摔下来的 打哪个电话": the corrected hazard's
	out := []bot.Outbound{{To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.corrected.duty", data)},
		r.back(t, r.textsFor(t).Render("report.emergency.corrected", data))}
	return r.commitTold(ctx, t, rep, out, func() (bool, error) { return r.emergencyCorrects(ctx, t, reading) })
}
