package handlers

import (
	"context"
	"errors"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// goingInWarned answers at once anyone in a grid group who says he goes
// (or someone went) in after the one in danger the way that kills
// rescuers too, while an emergency of the group of that scene is live
// (understand.GoesIn, GoingIn.Meets): 「我下去把他拉上来」 at a cellar's
// alarm, 「我上冰去拉他」 at the ice's, 「我冲进去把老人背出来」 at a fire
// with people inside (alarm103: the alarm's own hint said not to, and the
// bot kept silent when he said he would). He is warned by name with the
// scene's steps (emergency.goingin), the duty chat hears it to phone the
// scene (report.emergency.witness with .GoingIn), and his words are noted
// on the item: one commit. Of several such open, the newest is meant.
// One who went in and is down too (GoingIn.Too: 「他儿子下去也没上来」) is
// a second one in danger: the group hears nobody else may go, the duty
// chat that two are down, to tell 120 and 119 (alarm104), also when his
// words read as an alarm of their own (快来人: alarm105, which were a
// second alarm with no pit's lines).
// done is false when the words tell no such going in, or no such alarm is
// live.
func (r *Router) goingInWarned(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid {
		return false, nil
	}
	goes := understand.GoesIn(t.said())
	if !goes.Any() || reading.Type == village.Emergency && !goes.Too {
		// read as an alarm, only a second one down is this scene's news
		// ("他家老二下去救他爹 也没上来 快来人", alarm105): one about to
		// go in is warned by the alarm's own steps
		return false, nil
	}
	live, err := r.openFittingN(ctx, t, func(rep village.Report) bool {
		return liveEmergency(t, rep) && goes.Meets(words.AlarmScene(t.hear(rep.Text), rep))
	}, 1)
	if err != nil || len(live) == 0 {
		return false, err
	}
	rep := live[0]
	data := map[string]any{"R": &rep, "Who": r.shown(t.who), "Phone": t.who.Phone, "Text": words.DutySummary(t.text, reading.Summary),
		"News": true, "GoingIn": true, "Too": goes.Too, "Scene": words.AlarmScene(t.hear(rep.Text), rep)}
	rep.Tell(r.shown(t.who), t.at, words.HeardNote+words.ShortText(t.text))
	back := r.back(t, r.groupTexts.Render("emergency.goingin", data))
	back.Priority = bot.Urgent
	out := []bot.Outbound{back, {To: r.cfg.Township.EmergencyChat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("report.emergency.witness", data)}}
	return r.commitTold(ctx, t, rep, out, func() (bool, error) { return r.goingInWarned(ctx, t, reading) })
}

// commitTold commits what a villager told of rep, an open item of his village
// (his words noted on it already): its replies out, audited as told. A
// conflict (it changed meanwhile) runs again once: the caller's own step,
// which reads it again.
func (r *Router) commitTold(ctx context.Context, t *turn, rep village.Report, out []bot.Outbound, again func() (bool, error)) (done bool, err error) {
	t.scope = storage.VillageScope(rep.Village)
	_, err = r.commit(ctx, t, storage.Change{Scope: t.scope, MsgID: t.m.ID, Report: &rep, Out: out,
		Audit: storage.Audit{At: t.at, By: t.who.Name, Action: "told", Note: words.ShortText(t.text)}})
	if errors.Is(err, storage.ErrConflict) && t.readAgain() {
		return again() // it changed meanwhile: read it again, once
	}
	return true, err
}
