package handlers

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"

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
		return understand.Scam(t.said()) && understand.Scam(t.hear(rep.Text)) && a.repeats(first, emergencyOverLive) && !r.otherScam(t, rep)
	case a.hazard == village.HazardMedical && rep.Hazard == village.HazardCrime && understand.Violent(t.hear(rep.Text)) &&
		hurtAt(t.said().Canon, rep.Hazard) && !slices.ContainsFunc(harmKinds, func(kind []string) bool {
		// "王奶奶摔了 头破了" is a fall of its own, not the fight's
		return !slices.Contains(kind, "打伤") && containsAnyOf(t.said().Canon, kind...)
	}):
		a.hazard = rep.Hazard
		return a.repeats(first, emergencyOverLive)
	case a.hazard == village.HazardMedical && rep.Hazard == village.HazardFire && hurtAt(t.said().Canon, rep.Hazard):
		a.hazard = rep.Hazard // a burn is the fire's: its place is read as the fire's is
		return a.repeats(first, emergencyOverLive)
	}
	return false
}

// hurtBy are, per hazard, the words of someone hurt by it: a burn, smoke
// breathed, at a fire; a head broken, blood, at a fight (a crime that is
// violence: understand.Violent).
var hurtBy = map[village.Hazard][]string{
	village.HazardCrime: {"打伤", "砍伤", "捅伤", "刺伤", "打破", "头破", "打出血", "流血", "出血", "见血", "被打", "打晕", "打昏", "受伤", "伤了"},
	village.HazardFire:  {"烧伤", "烫伤", "被烧", "烧着人", "烧到人", "烧到了人", "烧死", "烧焦", "呛晕", "呛倒", "呛着", "呛昏", "熏晕", "熏倒", "熏昏", "吸了烟", "吸了好多烟", "烟呛"},
}

// hurtAt reports whether canon, a medical alarm's canonical words, tells
// someone was hurt the way an emergency of hazard h hurts: "有人被烧伤了"
// at a fire.
func hurtAt(canon string, h village.Hazard) bool {
	return containsAnyOf(canon, hurtBy[h]...)
}

// ownKinRe finds the speaker's own kin: "我妈", "俺家老头".
var ownKinRe = regexp.MustCompile(`(?:我|俺|咱)们?(?:家的?|的)?(?:` + village.KinWords + `)`)

// otherScam reports whether t tells of a scam of another household than
// rep's, a scam's alarm: its sender, neither its reporter nor a follower
// nor of the reporter's household, speaks of his own kin ("我爸也在给骗子
// 转账"): a second alarm, whenever it comes.
func (r *Router) otherScam(t *turn, rep village.Report) bool {
	if rep.Hazard != village.HazardCrime || rep.ReportedBy(t.who) || rep.FollowedBy(t.who) || !ownKinRe.MatchString(t.text) ||
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
	if t.where.kind != inGrid || reading.Type == village.Emergency || !bareNumberAsk(t.said().Canon) {
		return false, nil
	}
	live, err := r.openFittingAll(ctx, t, func(rep village.Report) bool { return liveEmergency(t, rep) })
	if err != nil || len(live) == 0 {
		return false, err
	}
	var items []numberItem // one per steps told: two scams open are told them once
	for _, rep := range live {
		hint := r.numberHint(t, reading, rep)
		if i := slices.IndexFunc(items, func(x numberItem) bool { return x.Number == hint }); i >= 0 {
			items[i].Open = append(items[i].Open, rep)
			continue
		}
		items = append(items, numberItem{Open: []village.Report{rep}, Number: hint})
	}
	return true, r.reply(ctx, t, "report.emergency.number.open", r.stateOf(&live[0], map[string]any{"Who": r.shown(t.who), "Items": items, "Open": live}))
}

// askFillers are the words a bare question of which number to call may
// hold beside numberAsks: "现在到底该打什么电话啊", "报警电话是多少".
var askFillers = []string{"请问", "大家", "谁知道", "有人知道", "知道", "现在", "到底", "我们", "咱们", "应该", "报警", "求助", "急救", "电话", "号码",
	"一下", "该", "要", "得", "咱", "我", "俺", "这", "那", "快", "急", "啊", "呀", "呢", "吧", "嘛", "的", "是", "个", "打", "拨",
	// a witness's "me too" before it: "我也闻到了 该怎么办"
	"也", "闻到", "看到", "看见", "听到", "听见", "了"}

// bareNumberAsk reports whether canon asks only which number to call or
// what to do ("该打什么电话", "怎么办啊", "我也闻到了 该怎么办"): nothing else is left of it
// without numberAsks and askFillers. "120是打哪个电话", "网格员电话多少",
// "火还没灭 该打什么电话" say more (the last is news: emergencyProgress).
func bareNumberAsk(canon string) bool {
	if strings.Contains(canon, "还是") {
		// "该打什么电话 110还是120": which of them is the question
		canon = blankWords(canon, []string{"还是", "96110", "110", "119", "120", "122"})
	}
	return asksNumber(canon) && !understand.HasContent(blankWords(canon, numberAsks, askFillers))
}

// fightFlared takes word in a grid group that a fight broke out again
// ("他们又打起来了": understand.QuarrelFlares with blows) while a fight of
// the group is a live emergency (a crime of violence, understand.Violent)
// as news of it: broke out again (emergencyBack: the duty chat and the
// group's cadres at once), or more of it within backQuiet of that (the
// duty chat). Not a quarrel to mediate. done is false when no such
// emergency is open.
func (r *Router) fightFlared(ctx context.Context, t *turn, reading village.Reading) (done bool, err error) {
	if t.where.kind != inGrid || reading.Type == village.Emergency {
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

// numberItem is the steps (Number) of open emergencies, for numberAsked.
type numberItem struct {
	Open   []village.Report
	Number string
}
