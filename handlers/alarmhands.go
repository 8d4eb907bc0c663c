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

	"gridbot/handlers/words"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

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
func (r *Router) alarmCommand(t *turn, rep village.Report, spoken string) (text string, ok bool) {
	if !words.Unattended(rep) || officerHere(t) || utf8.RuneCountInString(spoken) > 60 {
		return "", false
	}
	if may, _, _ := r.mayNow(t, words.VAccept, rep); !may || !t.who.Tends(rep.Village, rep.Grid) {
		return "", false
	}
	note := strings.TrimSpace(spoken)
	if rest, ok := words.AckLead(note); ok {
		note = strings.TrimSpace(rest)
	}
	// "我马上过去 打120了吗": his question to the reporter stays in the
	// note, the rest is what he does (splitAsked)
	note, asked := words.SplitAsked(note)
	if !understand.HasContent(note) || strings.ContainsAny(note, "?？吗") {
		return "", false
	}
	if rep.Hazard == village.HazardFire && words.BareOut(note) {
		note = "火" + note // "R5 灭了" of a fire
	}
	over, going := words.EmergencyNews(note, rep.Hazard)
	switch {
	case over && words.EndsOther(note, rep.Hazard):
		return "", false // "火灭了" named with a flood's number: the hint
	case over || going:
		// "R5 虚惊一场", "R5 人送医院了": its 进展, taken on first
		t.takeOn, t.offerEnd = true, over
		return "进展 #" + rep.ID + " " + words.WithAsked(note, asked), true
	case !words.HandsOn(note) && words.SearchOf(note) == words.SearchNone:
		// "大家在挖了", "人救出来一个": a search of a collapse takes it
		// on as "我去后山找" does a missing person's (alarm94)
		return "", false
	}
	return "确认 #" + rep.ID + " " + words.WithAsked(note, asked), true
}

// numberedAlarm is alarmTaken of the one report note n names (its number
// leads the words, or the quote names it), when it is an emergency nobody
// confirmed yet: "R5 到了 正在疏散", "R5 收到 我去看了 已经让人守着了".
func (r *Router) numberedAlarm(ctx context.Context, t *turn, n refNote) (done bool, err error) {
	if len(n.refs) != 1 || n.unsure || officerHere(t) || !t.who.Tends(t.where.Village, t.where.Grid) {
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
// His words leading a search ("我去后山找 李四你带人去河边", words.Searches)
// take on the missing alarm they are of (searchChosen: by place or name,
// else asked which).
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
	if t.where.Kind != words.InGrid || t.quote != nil || t.chain != nil || officerHere(t) || utf8.RuneCountInString(t.text) > 40 ||
		len(village.FindRefs(t.text)) > 0 ||
		!t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) && !t.who.Covers(village.RoleWorker, t.where.Village, t.where.Grid) {
		return false, nil
	}
	stated, asked := words.SplitAsked(t.text)
	spoken, ok := words.AckedWords(stated)
	// "我去后山找 李四你带人去河边": leading a search, no 收到, takes on
	// the one waiting alarm only when it is a missing person's (alarm87);
	// "大家在挖了" a collapse's with people trapped (words.SearchOf, alarm94)
	kind := words.SearchOf(stated)
	search := !ok && kind != words.SearchNone
	if search {
		spoken, ok = strings.TrimSpace(stated), true
	}
	// "不是什么大事 明天找人填一下", "收到 没那么严重" from its leader: his
	// 改为一般 of the one alarm waiting, not its 确认 (judgedOrdinary)
	ordinary := t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) && words.JudgesOrdinary(t.text, village.HazardNone)
	if ordinary {
		spoken, ok = strings.TrimSpace(t.text), true
		if rest, acked := words.AckLead(spoken); acked {
			spoken = strings.TrimSpace(rest)
		}
	}
	if !ok || !ordinary && !search && !words.OnAlarm(spoken) {
		return false, nil // read before the grid is: "收到 我下午过去" reads nothing
	}
	if !ordinary {
		spoken = words.WithAsked(spoken, asked) // "我马上过去 打120了吗": his question kept in the note
	}
	all := func(ctx context.Context, t *turn) ([]village.Report, storage.IndexRead, error) {
		return r.store.LatestOpenReports(ctx, storage.VillageScope(t.where.Village), t.where.Grid, 0)
	}
	return r.chooseAndRun(ctx, t, all, func(open []village.Report) (*village.Report, string, bool, error) {
		if search {
			// of the alarms searched so, by place or name, else asked which (alarm89)
			return r.searchChosen(ctx, t, open, spoken, kind)
		}
		waiting := slices.DeleteFunc(slices.Clone(open), func(rep village.Report) bool { return !words.AwaitsAccept(rep) })
		fresh := slices.ContainsFunc(waiting, func(rep village.Report) bool { return words.AlarmFresh(rep, t.at) })

		if !fresh {
			return nil, "", false, nil
		}
		if len(waiting) == 1 && !r.confirmAskedSince(t, waiting[0].CreatedAt) && !filedSince(t, open, waiting[0].CreatedAt) {
			if ordinary && words.JudgesOrdinary(spoken, waiting[0].Hazard) {
				return &waiting[0], string(words.VRetype) + " #" + waiting[0].ID + " " + spoken, false, nil
			}
			if text, ok := r.alarmCommand(t, waiting[0], spoken); ok {
				return &waiting[0], text, false, nil
			}
			return nil, "", false, nil // not his to take on: as before
		}
		return nil, "", true, r.commitOut(ctx, t, r.alarmHint(t, waiting, "accept.hint.emergency", ""))
	})
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
	if t.where.Kind != words.InGrid || t.quote != nil || officerHere(t) || utf8.RuneCountInString(t.text) > 40 || len(village.FindRefs(t.text)) > 0 ||
		!t.who.Covers(village.RoleLeader, t.where.Village, t.where.Grid) && !t.who.Covers(village.RoleWorker, t.where.Village, t.where.Grid) {
		return false, nil
	}
	spoken, asked := words.SplitAsked(t.text)
	if rest, ok := words.AckLead(spoken); ok {
		spoken = strings.TrimSpace(rest)
	}
	// "人救出来一个" once the collapse is taken on: its 进展, whatever
	// else waits (alarm94)
	kind := words.SearchOf(spoken)
	if !understand.HasContent(spoken) || !words.JoinsAlarm(spoken) && kind == words.SearchNone || understand.Alarms(spoken) {
		return false, nil
	}
	spoken = words.WithAsked(spoken, asked) // "我到了 人还有气吗": his question kept in the note
	return r.chooseAndRun(ctx, t, r.groupOpen, func(open []village.Report) (*village.Report, string, bool, error) {
		var live []village.Report
		var latest time.Time // of the group's other matters: one since the alarm may be what he goes to
		for _, rep := range open {
			if rep.Type != village.Emergency && rep.Chat == t.m.Chat && words.LastTouched(rep).After(latest) {
				latest = words.LastTouched(rep)
			}
		}
		for _, rep := range open {
			if rep.Type != village.Emergency || !rep.Status.Open() || rep.Status == village.StatusResolved || t.at.Sub(words.LastTouched(rep)) > words.FreshWindow ||
				words.LastTouched(rep).Before(latest) || kind != words.SearchNone && !r.searched(t, rep, kind) {
				continue
			}
			if words.Unattended(rep) {
				return nil, "", false, nil // an alarm waits for 确认: not his words on this one
			}
			live = append(live, rep)
		}
		switch len(live) {
		case 0:
			return nil, "", false, nil
		case 1:
			return &live[0], "进展 #" + live[0].ID + " " + spoken, false, nil
		}
		return nil, "", true, r.scenePick(ctx, t, live, spoken)
	})
}
