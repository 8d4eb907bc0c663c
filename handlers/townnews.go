package handlers

// What the township office hears of a cadre's plain words on an item
// that went up (上报镇): his real progress, not each acknowledgement.

import (
	"strings"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// plainNews is what a 进展 read from a cadre's plain words tells the
// township office.
type plainNews int

const (
	newsNone plainNews = iota // an acknowledgement, a handling word: 「盯着」「问问」「正在联系」
	newsPlan                  // what he will do, and when: 「今天上午去看」
	newsWork                  // done, learnt, promised, stuck: 「已经联系电工了」「说是变压器坏了」「明天就能修好」「联系不上」
)

// planGap is how long after a plan in plain words went to the office
// another plan of the same item waits: at most one an item in that time.
const planGap = 4 * time.Hour

// workWords are progressWords but those saying handling is under way
// (「正在联系」「在协调了」「还在修」), which tell the office nothing new.
var workWords = func() []string {
	var all []string
	for _, w := range progressWords {
		if strings.HasPrefix(w, "正在") || strings.HasPrefix(w, "在") && w != "在等" || w == "还在修" {
			continue
		}
		all = append(all, w)
	}
	return all
}()

// stuckPlainWords tell that a matter does not go as it should: nobody
// reached, something lacking, someone unwilling, still not done.
var stuckPlainWords = []string{"没", "不", "缺", "难", "等", "坏", "问题"}

// notStuckWords look like stuckPlainWords and are none: 「没问题」, 「等会
// 去」, 「不用谢」.
var notStuckWords = []string{"没问题", "等会", "等一下", "等下", "不客气", "不用谢"}

// timeWords name a time of the day or a day to come (besides what
// understand.Later and village.DayNamed read).
var timeWords = []string{"今天", "今儿", "上午", "中午", "下午", "今晚", "晚上", "早上", "一会", "待会", "等会", "点钟", "点前", "点去"}

// plainNewsOf reads note, a cadre's plain words recorded as 进展 at at.
func plainNewsOf(note string, at time.Time) plainNews {
	rest := note
	for _, w := range notStuckWords {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	switch {
	case unnegated(note, doneWords), understand.Promises(note, at), containsAnyOf(note, workWords...), containsAnyOf(note, safeguardWords...),
		wentToSee(note), understand.Relayed(note), containsAnyOf(rest, stuckPlainWords...):
		return newsWork
	}
	if _, day := village.DayNamed(note, at); day || understand.LaterWords(note) || understand.Later(note, at) || containsAnyOf(note, timeWords...) {
		return newsPlan
	}
	return newsNone
}

// officeHears reports whether the township office hears the last step of
// rep, a 进展 read from a cadre's plain words on an item that went up:
// real work always; a plan with a time at most once an item in planGap
// (replayed from the item's history since it went up, nothing stored);
// an acknowledgement or a handling word never. It stays on the item
// (查, 早报) either way. Any other step is heard as ever.
func officeHears(rep *village.Report) bool {
	n := len(rep.History)
	if n == 0 || rep.History[n-1].Action != village.ActProgress || !rep.History[n-1].Implied {
		return true
	}
	up := rep.EscalatedAt()
	var lastPlan time.Time
	for i, e := range rep.History {
		if e.Action != village.ActProgress || !e.Implied || e.At.Before(up) {
			continue
		}
		news, last := plainNewsOf(e.Note, e.At), i == n-1
		switch {
		case news == newsWork:
			if last {
				return true
			}
		case news == newsPlan && (lastPlan.IsZero() || e.At.Sub(lastPlan) >= planGap):
			lastPlan = e.At
			if last {
				return true
			}
		case last:
			return false
		}
	}
	return true
}
