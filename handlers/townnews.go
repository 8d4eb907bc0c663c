package handlers

// What the township office hears of a cadre's plain words on an item
// that went up (上报镇): his real progress, not each acknowledgement.

import (
	"regexp"
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

// stuckPlain tells that a matter does not go as it should, in the words
// a cadre says it with: nobody reached or coming (「电工联系不上」「电话打
// 不通」「没人接」「人不在家」), someone unwilling (「村民不同意」), something
// lacking or broken (「缺个零件」「水泵又坏了」「线路有问题」), waiting on
// someone (「在等供电所回复」「等配件」), still not done (「还没修好」), hard
// (「很难办」). A bare 没/不/等/坏 is none: 「没事 我下午去看」「不急 明天
// 去」「等我开完会过去」「下午去看看哪里坏了」 are plans.
var stuckPlain = regexp.MustCompile(`\p{Han}不(?:上|通|到|了|开|动|进|去|起|成|着)|` +
	`没(?:人|接|回|来|到|修|弄|办|解决|处理|联系上|找到|钱|材料|配件|零件|进展|动静|消息|结果|答复|办法|空|时间|同意)|` +
	`不(?:同意|肯|让|配合|愿意|理|接|回|来|行|够|在家|给|批)|还(?:没|不)|缺|难办|困难|很难|难搞|难弄|太难|` +
	`(?:在|还|要|得|只能)等|等(?:配件|零件|材料|回复|回话|通知|答复|审批|批|钱|资金|天晴|雨停|厂家|师傅|电工|他|她|人|对方|镇|供电|水务)|` +
	`坏了|坏掉|又坏|烂了|有问题|出问题|出了问题|问题是|问题比较|问题很`)

// notStuckWords look like stuckPlain and are none: 「没问题」, 「还不错」,
// 「不用谢」.
var notStuckWords = []string{"没问题", "还不错", "不客气", "不用谢", "不好意思"}

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
		wentToSee(note), understand.Relayed(note), stuckPlain.MatchString(rest):
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
