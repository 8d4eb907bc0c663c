package handlers

// A cadre's plain-words answer to a fresh report in his grid's group,
// typed without quoting it ("收到 马上去看", "好的 我下午过去", "知道了
// 明天去修"): he takes it on, as 确认 would.

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/village"
)

// freshWindow is how long after it was filed a report waits to be taken
// on by a cadre's unquoted "收到 马上去": past it, the bare words may mean
// anything said since.
const freshWindow = 6 * time.Hour

// goingWords say that the speaker sets out to deal with a matter: "马上去看",
// "下午过去", "明天去修", "这就来".
var goingWords = []string{"去", "过来", "来看", "来修", "来处理", "看看", "看下", "看一下", "修", "处理", "安排", "联系", "到场", "到现场"}

// soonWords open a cadre's answer that takes a matter on by themselves
// ("马上去", "这就过来"); words of reading (readWords) or assent
// (assentWords) open one before what he will do.
var soonWords = []string{"马上", "这就", "立即", "立刻"}

// takingLeads are what a cadre's taking a matter on may open with, the
// longest first ("好的" before "好").
var takingLeads = func() []string {
	all := slices.Concat(readWords, assentWords, ackFillers, []string{"没问题"})
	slices.SortStableFunc(all, func(a, b string) int { return len(b) - len(a) })
	return all
}()

// takesOn reads text as a cadre's taking a matter on in plain words:
// an acknowledgement or an assent ("收到", "好的", "知道了") followed by
// what he will do and when ("马上去看", "我下午过去"), or that alone
// ("马上过去"), note being those words. A bare acknowledgement is no
// taking on here: in a group it may answer a notice (see ack). A
// question or a refusal ("收到 去不了") is none either.
func takesOn(text string) (note string, ok bool) {
	if utf8.RuneCountInString(text) > 24 || strings.ContainsAny(text, "?？吗") {
		return "", false
	}
	s := strings.TrimSpace(text)
	lead := startsWithAny(s, soonWords...)
	for cut := true; cut; {
		cut = false
		for _, w := range takingLeads {
			if rest, found := strings.CutPrefix(s, w); found {
				s, cut = rest, true
				lead = lead || slices.Contains(readWords, w) || slices.Contains(assentWords, w) || w == "没问题"
			}
		}
	}
	if !lead || !hasContent(s) || containsAnyOf(s, "不去", "去不了", "没空", "来不了", "不行", "没时间") || !containsAnyOf(s, goingWords...) {
		return "", false
	}
	return strings.TrimSpace(s), true
}

// freshReports are the reports of the turn's grid group that the sender
// may take on and no one has yet (新), filed within freshWindow, newest
// first. None while an emergency of the group waits: the cadre's words are
// taken for an answer to the alarm, and the duty chat waits for a 确认 said
// as such (see emergencyAckHint).
func (r *Router) freshReports(ctx context.Context, t *turn) ([]village.Report, error) {
	if t.where.kind != inGrid || t.quote != nil || !t.who.Tends(t.where.village, t.where.grid) && !t.who.Has(village.RoleOfficer) {
		return nil, nil
	}
	all, err := r.candidates(ctx, t, vAccept)
	if err != nil {
		return nil, err
	}
	var fresh []village.Report
	for _, rep := range all {
		if rep.Status != village.StatusNew || rep.Chat != t.m.Chat || t.at.Sub(rep.CreatedAt) > freshWindow {
			continue
		}
		if rep.Type == village.Emergency {
			return nil, nil // his 收到 is to the alarm, which waits for 确认 said as such
		}
		fresh = append(fresh, rep)
	}
	return fresh, nil
}

// acceptFresh takes the one fresh report of the grid on for a cadre who
// said he will see to it without naming it (note: his words, kept as the
// 确认's note), or asks him which when several are fresh. done is false
// when none is.
func (r *Router) acceptFresh(ctx context.Context, t *turn, note string) (done bool, err error) {
	fresh, err := r.freshReports(ctx, t)
	if err != nil || len(fresh) == 0 {
		return err != nil, err
	}
	return true, r.acceptOneOf(ctx, t, fresh, note)
}

// acceptOneOf accepts the one report of fresh (see acceptFresh) or asks
// which of them.
func (r *Router) acceptOneOf(ctx context.Context, t *turn, fresh []village.Report, note string) error {
	if len(fresh) > 1 {
		return r.reply(ctx, t, "accept.which", map[string]any{"Who": t.who.Name, "Items": fresh})
	}
	t.implied = true
	_, err := r.run(ctx, t, strings.TrimSpace("确认 #"+fresh[0].ID+" "+note))
	return err
}
