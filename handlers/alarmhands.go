package handlers

// A grid cadre's words on an emergency nobody confirmed yet, naming it by
// its number or quoting it, that tell he is on it: "R5 收到 我去看了 水位
// 还行 已经让人守着了", "R5 到了 正在疏散", "R5 马上到". The number says
// which alarm, the words that he went, is there, is coming now or set
// something going: that is what the duty chat waits to hear, so they take
// it on, as his unnumbered "我到了" (onScene) or "正在组织大家打水"
// (sceneNews) do. A bare "R5 收到" or "R5 好的" may only say it was read:
// it is still shown the 确认 (accept.hint.emergency).

import (
	"context"
	"strings"
	"unicode/utf8"

	"gridbot/understand"
	"gridbot/village"
)

// arrangedWords tell that a cadre set someone or something going about
// an alarm: "已经让人守着了", "叫了人去搬沙袋", "派人盯着".
var arrangedWords = []string{"让人", "叫人", "叫了人", "找人", "找了人", "喊人", "喊了人", "安排了", "已安排", "安排人", "派了", "已派",
	"派人", "守着", "盯着", "已通知", "通知了", "已经通知", "联系了", "已联系", "已经联系", "在组织", "组织了", "组织大家"}

// stayAwayWords tell that a cadre is not going, or not there: his words
// take nothing on ("R5 收到 我在外地 去不了").
var stayAwayWords = []string{"去不了", "来不了", "过不去", "到不了", "赶不过去", "不去", "没去", "没到", "没空", "没时间", "在外地",
	"不在家", "不在村"}

// hazardGoesOn follow 正在 when it tells how the hazard goes, not what
// people do: "水正在涨", "火正在往东边烧".
var hazardGoesOn = []string{"涨", "烧", "漏", "冒", "蔓延", "扩大", "往", "下", "刮", "流", "倒", "塌", "着"}

// underWay reports whether text tells that something is being done now
// ("正在疏散", "我们正在搬东西"), not how the hazard itself goes ("水正在
// 涨").
func underWay(text string) bool {
	for rest := text; ; {
		i := strings.Index(rest, "正在")
		if i < 0 {
			return false
		}
		rest = rest[i+len("正在"):]
		if rest != "" && !startsWithAny(rest, hazardGoesOn...) {
			return true
		}
	}
}

// handsOn reports whether words, a cadre's on an emergency he names,
// tell that he is on it: there or has called for help (atScene), went to
// see (wentToSee), is on his way or goes now (onTheWay; PlansToGo but
// not put off to later), set someone going (arrangedWords, safeguards),
// or tells what is being done (goingOnWords, 正在…). A question, or words
// that he does not or cannot go, are none.
func handsOn(words string) bool {
	if strings.ContainsAny(words, "?？吗") || containsAnyOf(words, stayAwayWords...) {
		return false
	}
	if _, goes := understand.PlansToGo(words); goes && !understand.LaterWords(words) {
		return true
	}
	return atScene(words) || wentToSee(words) || onTheWay(words) || underWay(words) ||
		containsAnyOf(words, arrangedWords...) || containsAnyOf(words, safeguardWords...) || containsAnyOf(words, goingOnWords...) ||
		containsAnyOf(words, dutyWords...)
}

// alarmTaken takes on rep, an emergency of the grid nobody confirmed yet
// (新), for a cadre who may take it on and whose words on it (named by
// its number or the quote: words, an acknowledgement first or not) tell
// he is on it (handsOn), or tell how it goes or that it is over
// (emergencyNews), as the same words unnumbered would: news is its 进展,
// taken on first (sceneNews: one over is not closed, he is asked for the
// 办结 once he checked), else his words are the 确认's note (onScene).
// One commit, one reply; the duty chat hears it as it hears 确认. done is
// false for a bare acknowledgement or other words: the 确认 hint, as
// before.
func (r *Router) alarmTaken(ctx context.Context, t *turn, rep village.Report, words string) (done bool, err error) {
	if !unattended(rep) || officerHere(t) || utf8.RuneCountInString(words) > 60 {
		return false, nil
	}
	if may, _, _ := r.may(t.who, vAccept, rep); !may || !t.who.Tends(rep.Village, rep.Grid) {
		return false, nil
	}
	note := strings.TrimSpace(words)
	if rest, ok := ackLead(note); ok {
		note = strings.TrimSpace(rest)
	}
	if !understand.HasContent(note) || strings.ContainsAny(note, "?？吗") {
		return false, nil
	}
	if rep.Hazard == village.HazardFire && bareOut(note) {
		note = "火" + note // "R5 灭了" of a fire
	}
	over, going := emergencyNews(note, rep.Hazard)
	if over && endsOther(note, rep.Hazard) {
		return false, nil // "火灭了" named with a flood's number: the hint
	}
	text := "确认 #" + rep.ID + " " + note
	switch {
	case over || going:
		// "R5 虚惊一场", "R5 人送医院了": its 进展, taken on first
		t.takeOn, t.offerEnd = true, over
		text = "进展 #" + rep.ID + " " + note
	case !handsOn(note):
		return false, nil
	}
	t.implied, t.known = true, []village.Report{rep} // read once: acts on it as read here
	_, err = r.run(ctx, t, text)
	t.known = nil
	return true, err
}

// numberedAlarm is alarmTaken of the one report note n names (its number
// leads the words, or the quote names it), when it is an emergency nobody
// confirmed yet: "R5 到了 正在疏散", "R5 收到 我去看了 已经让人守着了".
func (r *Router) numberedAlarm(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	if len(n.refs) != 1 || n.unsure || officerHere(t) || !t.who.Tends(t.where.village, t.where.grid) {
		return false, nil
	}
	rep, ok, err := r.oneReport(ctx, t, n.refs)
	if err != nil || !ok {
		return err != nil, err
	}
	return r.alarmTaken(ctx, t, rep, n.note)
}
