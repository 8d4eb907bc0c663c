package handlers

import (
	"context"
	"errors"
	"slices"
	"strings"

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// What villagers say next while an emergency of their group is open
// (emg44): a scam under way again ("张三他妈又在给骗子转账了") is the open
// scam's, hours after it was raised; a burn at an open fire ("有人被烧伤了")
// is news of that fire, told to the duty chat at once with the 120 it
// needs; a bare "该打什么电话" is answered with the open emergency's steps.

// joinsOpen reports whether a, t's alarm, is news of rep, an open
// emergency of its group, past the half hour in which any alarm of the
// same hazard is (alarm.repeats with emergencyJoin): a scam under way
// while a scam of the group is live (not another household's: otherScam),
// or someone hurt the way rep's hazard hurts (hurtAt: a burn at a fire,
// a broken head at a fight).
func (r *Router) joinsOpen(t *turn, a alarm, rep village.Report) bool {
	if !liveEmergency(t, rep) {
		return false
	}
	first := alarm{hazard: rep.Hazard, text: rep.Text, at: rep.CreatedAt, byModel: rep.ByModel}
	switch {
	case a.hazard == village.HazardCrime && rep.Hazard == village.HazardCrime:
		return understand.Scam(t.said()) && understand.Scam(t.hear(rep.Text)) && a.repeats(first, words.EmergencyOverLive) && !r.otherScam(t, rep)
	case a.hazard == village.HazardMedical && rep.Hazard == village.HazardCrime && understand.Violent(t.hear(rep.Text)) &&
		words.HurtAt(t.said().Canon, rep.Hazard) && !slices.ContainsFunc(words.HarmKinds, func(kind []string) bool {
		// "王奶奶摔了 头破了" is a fall of its own, not the fight's
		return !slices.Contains(kind, "打伤") && words.ContainsAnyOf(understand.Unmet(t.said().Canon), kind...)
	}):
		a.hazard = rep.Hazard
		return a.repeats(first, words.EmergencyOverLive)
	case a.hazard == village.HazardMedical && rep.Hazard == village.HazardFire && words.HurtAt(t.said().Canon, rep.Hazard):
		a.hazard = rep.Hazard // a burn is the fire's: its place is read as the fire's is
		return a.repeats(first, words.EmergencyOverLive)
	case a.hazard == village.HazardMedical && rep.Hazard == village.HazardGas && words.HurtAt(t.said().Canon, rep.Hazard):
		// "我妈晕过去了" minutes after his own "俺家炉子冒烟 一直咳嗽":
		// the fumes felled her, one scene (alarm99)
		return t.at.Sub(rep.CreatedAt) <= words.EmergencyJoin && r.ofAlarmHome(t, a.home, rep)
	}
	return false
}

// ofAlarmHome reports whether t's sender raised rep or told of it, or is
// of its reporter's household, and his words name no other home (named: a
// home they name, alarm.home): a sick person he tells of is at rep's
// scene. Another household's fainting is its own alarm (safety first:
// hurt77).
func (r *Router) ofAlarmHome(t *turn, named string, rep village.Report) bool {
	home := words.ReporterHome(rep)
	if key := r.familyHome(rep.Village, rep.Text); key != "" {
		home = key // "王奶奶家炉子冒烟": hers
	}
	own := rep.ReportedBy(t.who) || rep.FollowedBy(t.who) || t.who.Household != "" && t.who.Household == home
	return own && (named == "" || named == home)
}

// otherScam reports whether t tells of a scam of another household than
// rep's, a scam's alarm: its sender, neither its reporter nor a follower
// nor of the reporter's household, speaks of his own kin ("我爸也在给骗子
// 转账"): a second alarm, whenever it comes.
func (r *Router) otherScam(t *turn, rep village.Report) bool {
	if rep.Hazard != village.HazardCrime || rep.ReportedBy(t.who) || rep.FollowedBy(t.who) || !words.OwnKinRe.MatchString(t.text) ||
		!understand.Scam(t.said()) || !understand.Scam(t.hear(rep.Text)) {
		return false
	}
	parts := strings.SplitN(rep.ReporterKey, "/", 3)
	return len(parts) != 3 || parts[1] == "" || parts[1] != t.who.Household
}

// numberAsked answers a bare question of which number to call ("该打什么电
// 话", "报警电话是多少"), in a grid group while an emergency of the group is
// live (liveEmergency): its steps (numberHint: a scam's 96110 and the bank,
// a fire's 119), newest first when several are open, and that the duty
// chat knows. Nothing is written on the items, and the duty chat hears
// nothing new: a question tells it nothing. done is false when the text is
// no such question or nothing is open.
func (r *Router) numberAsked(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || reading.Type == village.Emergency || !words.BareNumberAsk(t.said().Canon) {
		return false, nil
	}
	live, err := r.openFittingAll(ctx, t, func(rep village.Report) bool { return liveEmergency(t, rep) })
	if err != nil || len(live) == 0 {
		return false, err
	}
	var items []words.NumberItem // one per steps told: two scams open are told them once
	for _, rep := range live {
		hint := r.numberHint(t, reading, rep)
		if i := slices.IndexFunc(items, func(x words.NumberItem) bool { return x.Number == hint }); i >= 0 {
			items[i].Open = append(items[i].Open, rep)
			continue
		}
		items = append(items, words.NumberItem{Open: []village.Report{rep}, Number: hint})
	}
	states := make([]map[string]any, len(live)) // how each stands, told whom (askees)
	for i := range live {
		states[i] = r.stateOf(&live[i], map[string]any{})
	}
	return true, r.reply(ctx, t, "report.emergency.number.open", r.stateOf(&live[0], map[string]any{"Who": r.shown(t.who), "Items": items, "Open": live, "States": states}))
}

// fightFlared takes word in a grid group that a fight broke out again
// ("他们又打起来了": understand.QuarrelFlares with blows) while a fight of
// the group is a live emergency (a crime of violence, understand.Violent)
// as news of it: broke out again (emergencyBack: the duty chat and the
// group's cadres at once), or more of it within backQuiet of that (the
// duty chat). Not a quarrel to mediate. done is false when no such
// emergency is open.
func (r *Router) fightFlared(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.Kind != words.InGrid || reading.Type == village.Emergency {
		return false, nil
	}
	if _, fight := understand.QuarrelFlares(t.said()); !fight {
		return false, nil
	}
	fits := func(rep village.Report) bool {
		return liveEmergency(t, rep) && rep.Hazard == village.HazardCrime && understand.Violent(t.hear(rep.Text))
	}
	rep, ok, err := r.openFitting(ctx, t, fits)
	if err != nil || !ok {
		return false, err
	}
	if comesBack(t, rep) {
		done, err := r.emergencyBack(ctx, t, rep, reading, nil)
		if errors.Is(err, storage.ErrConflict) && t.readAgain() {
			return r.fightFlared(ctx, t, reading) // it changed meanwhile: read it again, once
		}
		return done, err
	}
	again, tell := r.joinTell(t, reading)
	return r.join(ctx, t, false, again, func(x village.Report) bool { return x.ID == rep.ID && fits(x) }, tell)
}
