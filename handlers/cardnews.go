package handlers

import (
	"context"
	"slices"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// News of an emergency quoting its card (emg51): a cadre's or a villager's
// 「灭了」「人救出来了」 quoting the bot's post of one emergency is news of
// that one, read as the same words unquoted are when it is the grid's
// only one (sceneNews, emergencyOver), whichever else is open.

// quotedItem is the one report the bot's message t quotes names ("@李四
// @王五 紧急情况 #R1 已登记…"); "" when t quotes nothing, another's
// message, or one naming several items or a claim.
func (r *Router) quotedItem(t *turn) string {
	refs := r.quotedRefs(t)
	if items := words.ReportRefs(refs); len(items) == 1 && !slices.ContainsFunc(refs, func(x village.Ref) bool { return x.Kind != 'R' }) {
		return items[0].String()
	}
	return ""
}

// quotedWords are t's words read as news of rep: a bare "灭了" quoting the
// card of rep, a fire, says "火灭了".
func quotedWords(t *turn, rep village.Report, quoted string) string {
	if quoted == rep.ID && rep.Hazard == village.HazardFire && words.BareOut(t.text) {
		return "火" + t.text
	}
	return t.text
}

// quotedEnd reports whether t, quoting the card of one item, says an
// emergency ended: words of it over (emergencyNews), or a bare "灭了".
func (r *Router) quotedEnd(t *turn) bool {
	if r.quotedItem(t) == "" {
		return false
	}
	over, _ := words.EmergencyNews(t.text, village.HazardMissing)
	return over || words.BareOut(t.text)
}

// dutyEnd reads a township officer's end words quoting the card of one
// open emergency in the township's chats ("灭了", "人救出来了" quoting
// 【突发事件】 #R1 in the duty chat) as a grid cadre's quoting it in the
// group (sceneNews): of one somebody confirmed, its 办结 with his words
// (the reporter asked, as ever); of one nobody confirmed, he takes it on
// and they are its 进展, and he is asked for the 办结 once it is checked.
// A bare "灭了" of a fire reads 火灭了. done is false for other words
// ("人救出来了" of a fire: rescuedOnly), or a card of another item: the
// note's ways as before (dutyProgress: its 进展).
func (r *Router) dutyEnd(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	// quoting its card, or its number typed in the duty chat ("#R1 火灭了")
	quoted := t.quote != nil && r.quotedItem(t) != ""
	if !officerHere(t) || !quoted && (t.quote != nil || t.m.Chat != r.cfg.Township.EmergencyChat) || len(n.refs) != 1 || understand.Alarms(n.note) {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil || !ok || rep.Type != village.Emergency || !rep.Status.Open() || rep.Status == village.StatusResolved {
		return err != nil, err
	}
	spoken := n.note
	if rep.Hazard == village.HazardFire && words.BareOut(spoken) {
		spoken = "火" + spoken
	}
	if over, _ := words.EmergencyNews(spoken, rep.Hazard); !over || words.RescuedOnly(spoken, rep.Hazard) || words.EndsOther(spoken, rep.Hazard) || !r.mayEnd(t, rep) {
		return false, nil
	}
	word := "办结"
	if words.Unattended(rep) {
		t.takeOn, t.offerEnd, word = true, true, "进展"
	}
	t.implied, t.known = true, []village.Report{rep} // read once: acts on it as read here
	_, err = r.run(ctx, t, word+" #"+rep.ID+" "+spoken)
	t.known = nil
	return true, err
}
