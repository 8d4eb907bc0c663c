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
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/storage"
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
// its number or the quote) make a command of it (alarmCommand). One
// commit, one reply; the duty chat hears it as it hears 确认. done is
// false for a bare acknowledgement or other words: the 确认 hint, as
// before.
func (r *Router) alarmTaken(ctx context.Context, t *turn, rep village.Report, words string) (done bool, err error) {
	text, ok := r.alarmCommand(t, rep, words)
	if !ok {
		return false, nil
	}
	t.implied, t.known = true, []village.Report{rep} // read once: acts on it as read here
	_, err = r.run(ctx, t, text)
	t.known = nil
	return true, err
}

// alarmCommand is the command a cadre's words on rep, an emergency of
// the grid nobody confirmed yet, make, when he may take it on and they
// (an acknowledgement first or not) tell he is on it (handsOn), or tell
// how it goes or that it is over (emergencyNews), as the same words
// unnumbered would: news is its 进展, taken on first (sceneNews: one over
// is not closed, he is asked for the 办结 once he checked; t.takeOn and
// t.offerEnd are set for it), else his words are the 确认's note
// (onScene). ok is false for a bare acknowledgement, a question, words
// that he does not go, or one who may not take it on.
func (r *Router) alarmCommand(t *turn, rep village.Report, words string) (text string, ok bool) {
	if !unattended(rep) || officerHere(t) || utf8.RuneCountInString(words) > 60 {
		return "", false
	}
	if may, _, _ := r.may(t.who, vAccept, rep); !may || !t.who.Tends(rep.Village, rep.Grid) {
		return "", false
	}
	note := strings.TrimSpace(words)
	if rest, ok := ackLead(note); ok {
		note = strings.TrimSpace(rest)
	}
	// "我马上过去 打120了吗": his question to the reporter stays in the
	// note, the rest is what he does (splitAsked)
	note, asked := splitAsked(note)
	if !understand.HasContent(note) || strings.ContainsAny(note, "?？吗") {
		return "", false
	}
	if rep.Hazard == village.HazardFire && bareOut(note) {
		note = "火" + note // "R5 灭了" of a fire
	}
	over, going := emergencyNews(note, rep.Hazard)
	switch {
	case over && endsOther(note, rep.Hazard):
		return "", false // "火灭了" named with a flood's number: the hint
	case over || going:
		// "R5 虚惊一场", "R5 人送医院了": its 进展, taken on first
		t.takeOn, t.offerEnd = true, over
		return "进展 #" + rep.ID + " " + withAsked(note, asked), true
	case !handsOn(note):
		return "", false
	}
	return "确认 #" + rep.ID + " " + withAsked(note, asked), true
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

// alarmAcked takes on the grid's one emergency waiting for 确认 for its
// leader or a grid worker who, in its group, quoting nothing and naming
// no number, acknowledges it with words that he is on it ("收到 我去看了
// 已经让人守着了", "好的 马上去") or says he is on his way ("马上到",
// "已经在路上了"): what the duty chat waits to hear, as "R5 收到 我去看了"
// (alarmTaken: the same command of the same words; news is its 进展).
//
// Only when it is surely that one: exactly one emergency of the grid
// waits (the ones emergencyAckHint names: not one its reporter said
// over), raised or re-posted within freshWindow, and no other matter
// came after it: a report of the group waiting for 确认, or a villager's
// confirm-back (his words may answer them; cadreConfirms leaves hers to
// the alarm). Several waiting (or
// that confirm-back), he is shown the 确认s to choose from (alarmHint),
// as before, from the same read. done is false for a bare 收到 (read;
// maybe a notice's, see ack) or other words, and when no alarm raised
// within freshWindow waits: the caller goes on as before.
//
// Read as onScene reads: the grid's open reports from memory where this
// process follows them, the 确认 committed only while they are as read.
func (r *Router) alarmAcked(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.kind != inGrid || t.quote != nil || t.chain != nil || officerHere(t) || utf8.RuneCountInString(t.text) > 40 ||
		len(village.FindRefs(t.text)) > 0 ||
		!t.who.Covers(village.RoleLeader, t.where.village, t.where.grid) && !t.who.Covers(village.RoleWorker, t.where.village, t.where.grid) {
		return false, nil
	}
	stated, asked := splitAsked(t.text)
	words, ok := ackedWords(stated)
	// "不是什么大事 明天找人填一下", "收到 没那么严重" from its leader: his
	// 改为一般 of the one alarm waiting, not its 确认 (judgedOrdinary)
	ordinary := t.who.Covers(village.RoleLeader, t.where.village, t.where.grid) && judgesOrdinary(t.text, village.HazardNone)
	if ordinary {
		words, ok = strings.TrimSpace(t.text), true
		if rest, acked := ackLead(words); acked {
			words = strings.TrimSpace(rest)
		}
	}
	if !ok || !ordinary && !onAlarm(words) {
		return false, nil // read before the grid is: "收到 我下午过去" reads nothing
	}
	if !ordinary {
		words = withAsked(words, asked) // "我马上过去 打120了吗": his question kept in the note
	}
	all := func(ctx context.Context, t *turn) ([]village.Report, storage.IndexRead, error) {
		return r.store.LatestOpenReports(ctx, storage.VillageScope(t.where.village), t.where.grid, 0)
	}
	return r.chooseAndRun(ctx, t, all, func(open []village.Report) (*village.Report, string, bool, error) {
		waiting := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool { return !awaitsAccept(rep) })
		fresh := slices.ContainsFunc(waiting, func(rep village.Report) bool { return alarmFresh(rep, t.at) })

		if !fresh {
			return nil, "", false, nil
		}
		if len(waiting) == 1 && !r.confirmAskedSince(t, waiting[0].CreatedAt) && !filedSince(t, open, waiting[0].CreatedAt) {
			if ordinary && judgesOrdinary(words, waiting[0].Hazard) {
				return &waiting[0], string(vRetype) + " #" + waiting[0].ID + " " + words, false, nil
			}
			if text, ok := r.alarmCommand(t, waiting[0], words); ok {
				return &waiting[0], text, false, nil
			}
			return nil, "", false, nil // not his to take on: as before
		}
		return nil, "", true, r.commitOut(ctx, t, r.alarmHint(t, waiting, "accept.hint.emergency", ""))
	})
}

// onAlarm reports whether words, a cadre's on an alarm, make a command of
// it (alarmCommand) whichever it is: he is on it, or news of it.
func onAlarm(words string) bool {
	over, going := emergencyNews(words, village.HazardNone)
	return over || going || bareOut(words) || handsOn(words)
}

// awaitsAccept reports whether rep is an emergency waiting for 确认: not
// taken on, and not said over by its reporter (that one waits for the
// leader to check, not for a 确认).
func awaitsAccept(rep village.Report) bool {
	return unattended(rep) && rep.OverSaid.IsZero()
}

// alarmFresh reports whether rep was raised, or re-posted by the
// watchdog, within freshWindow before at.
func alarmFresh(rep village.Report, at time.Time) bool {
	last := rep.CreatedAt
	if rep.AlertedAt.After(last) {
		last = rep.AlertedAt
	}
	return at.Sub(last) <= freshWindow
}

// filedSince reports whether a report of open told here and waiting to
// be taken on was filed after since: the latest matter, which a cadre's
// 「收到 马上去看」 may answer as well as the alarm.
func filedSince(t *turn, open []village.Report, since time.Time) bool {
	return slices.ContainsFunc(open, func(rep village.Report) bool {
		return rep.Status == village.StatusNew && toldHere(t, rep) && rep.CreatedAt.After(since)
	})
}

// confirmAskedSince reports whether a villager of the turn's group was
// asked to confirm a matter (a confirm-back this process holds, still
// answered by her 「1」) after since.
func (r *Router) confirmAskedSince(t *turn, since time.Time) bool {
	ttl := r.cfg.LLM.ConfirmTTL.Std()
	return slices.ContainsFunc(r.confirmsInGroup(t), func(w waitingConfirm) bool {
		return w.q.At.After(since) && t.at.Sub(w.q.At) <= ttl
	})
}

// ackedWords are the words after an acknowledgement that a cadre's
// unnumbered answer to an alarm opens with ("收到 我去看了", "好的 马上
// 去": ackLead, understand.TakesOn), or, without one, his words that he is
// on his way ("马上到", "已经在路上了": onTheWay). ok is false for a bare
// 收到 (it may only say it was read, or answer a notice) and for other
// words ("我去看看" may be about anything).
func ackedWords(text string) (words string, ok bool) {
	text = strings.TrimSpace(text)
	if rest, acked := ackLead(text); acked {
		return strings.TrimSpace(rest), understand.HasContent(rest)
	}
	if note, takes := understand.TakesOn(text); takes {
		return note, true
	}
	return text, onTheWay(text)
}

// alarmJoined records, as its 进展, what a cadre of the grid (its leader
// or a worker) says in its group, quoting and numbering nothing, of going
// to or being at the grid's one emergency someone took on already: "我也
// 过去" from a second worker, "我到了" from the one who took it on, "我带
// 灭火器过去" (joinsAlarm). One who handles it and one who helps alike: more
// hands at an alarm need no 指派, and the duty chat hears each step. Only
// an emergency touched within freshWindow, and since the group's other
// matters were (his words may be of those), counts, and none may wait for
// 确认 (alarmAcked and onScene answer those); several taken on, he is
// shown the 进展 to send (scene.which). done is false for other words,
// read before the store is.
func (r *Router) alarmJoined(ctx context.Context, t *turn) (done bool, err error) {
	if t.where.kind != inGrid || t.quote != nil || officerHere(t) || utf8.RuneCountInString(t.text) > 40 || len(village.FindRefs(t.text)) > 0 ||
		!t.who.Covers(village.RoleLeader, t.where.village, t.where.grid) && !t.who.Covers(village.RoleWorker, t.where.village, t.where.grid) {
		return false, nil
	}
	words, asked := splitAsked(t.text)
	if rest, ok := ackLead(words); ok {
		words = strings.TrimSpace(rest)
	}
	if !understand.HasContent(words) || !joinsAlarm(words) || understand.Alarms(words) {
		return false, nil
	}
	words = withAsked(words, asked) // "我到了 人还有气吗": his question kept in the note
	return r.chooseAndRun(ctx, t, r.groupOpen, func(open []village.Report) (*village.Report, string, bool, error) {
		var live []village.Report
		var latest time.Time // of the group's other matters: one since the alarm may be what he goes to
		for _, rep := range open {
			if rep.Type != village.Emergency && rep.Chat == t.m.Chat && lastTouched(rep).After(latest) {
				latest = lastTouched(rep)
			}
		}
		for _, rep := range open {
			if rep.Type != village.Emergency || !rep.Status.Open() || rep.Status == village.StatusResolved || t.at.Sub(lastTouched(rep)) > freshWindow ||
				lastTouched(rep).Before(latest) {
				continue
			}
			if unattended(rep) {
				return nil, "", false, nil // an alarm waits for 确认: not his words on this one
			}
			live = append(live, rep)
		}
		switch len(live) {
		case 0:
			return nil, "", false, nil
		case 1:
			return &live[0], "进展 #" + live[0].ID + " " + words, false, nil
		}
		return nil, "", true, r.scenePick(ctx, t, live, words)
	})
}

// joinsAlarm reports whether a cadre's words tell he goes to an alarm now
// or is there: "我也过去", "在路上了", "我到了", "我带灭火器过去"; not
// what he arranged ("已经联系电工了", of anything) nor a visit put off.
func joinsAlarm(words string) bool {
	if strings.ContainsAny(words, "?？吗") || containsAnyOf(words, stayAwayWords...) {
		return false
	}
	_, goes := understand.PlansToGo(words)
	return atScene(words) || onTheWay(words) || goes && !understand.LaterWords(words)
}
