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

// freshReports are the reports of the turn's grid group no one has taken
// on yet (新), filed within freshWindow, newest first: mine those the
// sender may take on, others those he may not (a grid worker's words on
// an item not assigned to him). None while an emergency of the group
// waits: the cadre's words are taken for an answer to the alarm, and the
// duty chat waits for a 确认 said as such (see emergencyAckHint).
func (r *Router) freshReports(ctx context.Context, t *turn) (mine, others []village.Report, err error) {
	if t.where.kind != inGrid || t.quote != nil || !t.who.Tends(t.where.village, t.where.grid) && !t.who.Has(village.RoleOfficer) {
		return nil, nil, nil
	}
	open, err := r.openHere(ctx, t)
	if err != nil {
		return nil, nil, err
	}
	fresh := newest(open, maxCandidates, func(rep village.Report) bool {
		return rep.Status == village.StatusNew && rep.Chat == t.m.Chat && t.at.Sub(rep.CreatedAt) <= freshWindow
	})
	for _, rep := range fresh {
		if rep.Type == village.Emergency {
			return nil, nil, nil // his 收到 is to the alarm, which waits for 确认 said as such
		}
		if len(mine)+len(others) == 0 && assignedSince(open, t, rep.CreatedAt) {
			// "收到 我中午过去" right after 指派 #R1 王五: his answer to
			// that, not to the older report; nothing to say
			return nil, nil, nil
		}
		if may, _, _ := r.may(t.who, vAccept, rep); may {
			mine = append(mine, rep)
		} else if !rep.ProcedureAnswered() {
			// a procedure question the bot answered waits for nobody's
			// 确认: a worker's words are not about it
			others = append(others, rep)
		}
	}
	return mine, others, nil
}

// assignedSince reports whether one of open was assigned to the sender in
// the group after since, and within freshWindow (its last step).
func assignedSince(open []village.Report, t *turn, since time.Time) bool {
	return slices.ContainsFunc(open, func(rep village.Report) bool {
		n := len(rep.History)
		return n > 0 && rep.Chat == t.m.Chat && rep.History[n-1].Action == village.ActAssign && rep.History[n-1].At.After(since) &&
			t.at.Sub(rep.History[n-1].At) <= freshWindow && rep.HandledBy(t.who)
	})
}

// acceptFresh takes the one fresh report of the grid on for a cadre who
// said he will see to it without naming it (note: his words, kept as the
// 确认's note), or asks him which when several are fresh. A grid worker
// whose words answer a report not assigned to him hears who may give it
// to him, rather than nothing. done is false when no report is fresh.
func (r *Router) acceptFresh(ctx context.Context, t *turn, note string) (done bool, err error) {
	mine, others, err := r.freshReports(ctx, t)
	switch {
	case err != nil:
		return true, err
	case len(mine) > 0:
		return true, r.acceptOneOf(ctx, t, mine, note)
	case len(others) > 0:
		return true, r.reply(ctx, t, "accept.notyours", map[string]any{"Who": t.who.Name, "R": &others[0],
			"Leaders": names(r.people.InGrid(t.where.village, t.where.grid, village.RoleLeader))})
	}
	return false, nil
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
