package handlers

// A cadre's judgement that an emergency is none (改为一般): the rules
// raise an alarm on words ("路塌了一块"), and only the grid's leader or a
// township officer may lower it again, by the command 「改为一般 #R9」 or
// by saying so of the item by its number or quoting it ("#R9 不是什么大事
// 明天找人填一下"). The item goes on as an ordinary one, its history kept,
// on general's deadline from then on; the watchdog stops (it follows
// emergencies only) and the duty chat is told in one line. A villager's
// same words change nothing: urgency is never lowered on a guess.

import (
	"context"

	"gridbot/bot"
	"gridbot/handlers/words"
	"gridbot/village"
)

// judgedOrdinary takes the one emergency note n names, from its grid's
// leader or a township officer whose words judge it no emergency
// (judgesOrdinary), as his 改为一般 with those words. done is false for
// others (a grid worker's words go on as before: his 确认 or 进展) and
// for an item that is no emergency.
func (r *Router) judgedOrdinary(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	if len(n.refs) != 1 || n.unsure || !words.ContainsAnyOf(n.note, words.OrdinaryWords...) {
		return false, nil // read before the item is: most notes judge nothing
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil || !ok {
		return err != nil, err
	}
	if rep.Type != village.Emergency || !words.JudgesOrdinary(n.note, rep.Hazard) {
		return false, nil
	}
	if may, _, _ := r.mayNow(t, words.VRetype, rep); !may {
		if !t.who.Tends(rep.Village, rep.Grid) || t.who.Covers(village.RoleLeader, rep.Village, rep.Grid) {
			return false, nil
		}
		// "#R1 不是什么大事" from a grid worker: not his to lower (nor his
		// 确认 of the alarm); his 进展, and the leader is asked
		t.offerRetype = true
		_, err = r.run(ctx, t, "进展 "+n.named[0]+" "+n.note)
		return true, err
	}
	if _, err := rep.Next(village.ActRetype); err != nil {
		return false, nil
	}
	t.implied = true
	return true, r.lifecycleOf(ctx, t, command{verb: words.VRetype, word: string(words.VRetype), args: n.note, refs: n.refs}, n.refs)
}

// prepareRetype is 改为一般 (act answered one of an item that is no
// emergency: retype.already): what its replies need.
func (r *Router) prepareRetype(t *turn, a *lifecycle) {
	a.data["Duty"] = r.cfg.Township.EmergencyChat != ""                           // the duty chat is told
	a.data["InDuty"] = t.m.Chat != "" && t.m.Chat == r.cfg.Township.EmergencyChat // his reply is its one line
}

// retypeDuty is the duty chat's one line of an emergency made an ordinary
// item (rep, already retyped), unless it was said there: it stops
// dispatching. It goes at once, quiet hours or not, as the alarm did.
func (r *Router) retypeDuty(t *turn, rep *village.Report, data map[string]any) []bot.Outbound {
	chat := r.cfg.Township.EmergencyChat
	if chat == "" || t.m.Chat == chat {
		return nil
	}
	return []bot.Outbound{{To: chat, Kind: bot.Group, Priority: bot.Urgent, Text: r.texts.Render("retype.duty", data)}}
}
