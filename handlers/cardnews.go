package handlers

import (
	"slices"
	"strings"

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
	if items := reportRefs(refs); len(items) == 1 && !slices.ContainsFunc(refs, func(x village.Ref) bool { return x.Kind != 'R' }) {
		return items[0].String()
	}
	return ""
}

// bareOut reports whether text says something went out without naming
// it ("灭了", "已经扑灭了"), which said of a fire is its end (fireOut).
func bareOut(text string) bool {
	return !strings.Contains(text, "火") && fireOut("火"+text)
}

// quotedWords are t's words read as news of rep: a bare "灭了" quoting the
// card of rep, a fire, says "火灭了".
func quotedWords(t *turn, rep village.Report, quoted string) string {
	if quoted == rep.ID && rep.Hazard == village.HazardFire && bareOut(t.text) {
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
	over, _ := emergencyNews(t.text, village.HazardMissing)
	return over || bareOut(t.text)
}
