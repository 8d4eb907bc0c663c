package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"gridbot/village"
)

// forewarned reports whether the alarm word w at t[at:] is only what a
// reminder to everyone tells them to ward off ("大家烤火的时候窗户留个缝
// 别煤气中毒", "各位注意 火盆别靠着被子放 当心着火"): a ward (别, 不要, 当
// 心…) just before it in its clause, and the whole message a short
// reminder to all with no sign of anything happening (see remindsAll).
//
// negated already takes 防止, 小心, 注意 for negations whatever the
// message; the wards here (别, 不要) as often tell people what to do in
// an emergency ("别点火 快开窗") as in a reminder, so they count only in
// a message that tells of nothing going on.
//
// Or the word is warded in a report of a danger standing now that is no
// emergency by itself (see hazardWarned): "桥护栏断了一截 晚上骑车的小心
// 点 别掉河里" reports the railing.
func forewarned(t string, at int, w string) bool {
	return warded(t, at) && (remindsAll(t) || hazardWarned(t, at))
}

// dangerWarned reports whether t, no reminder to all (remindsAll), wards
// off what a danger it names as standing could do (hazardWarned): "柴火
// 堆挨着灶台 小心着火" reports the stack by the stove, though it tells of
// nothing that happened (no 了) and so reads like a warning (warnsAll).
func dangerWarned(t string) bool {
	return !remindsAll(t) && anyAlarm(t, func(_ village.Hazard, at int, _ string) bool { return warded(t, at) && hazardWarned(t, at) })
}

// hazardWarned reports whether t, but for the clause of the warded alarm
// word at t[at:], reports a danger as it stands (a railing broken, a pole
// leaning: see problem) and holds no alarm word of its own, negated or
// not, no cry and no call for help: the ward then tells passers-by what
// the danger could do to them ("别掉河里", "小心砸着人"), and the danger
// is the report. Life safety first: "有人掉河里了 别过来" has its alarm
// unwarded; "桥栏杆断了 有人掉下去了 别…" has one in the rest.
func hazardWarned(t string, at int) bool {
	start, end := clauseStart(t, at), len(t)
	if k := strings.IndexFunc(t[at:], isBreak); k >= 0 {
		end = at + k
	}
	rest := t[:start] + t[end:]
	if mentionsAlarm(rest) || containsAny(rest, cries) || containsAny(rest, urgentCalls) || isQuestion(t) {
		return false
	}
	cat, _, _ := problem(rest)
	return cat != ""
}

// warded reports whether the alarm word at t[at:] comes right after a
// ward in its clause ("别煤气中毒", "当心着火", "别让孩子溺水"), or the
// run of alarm words it belongs to does: "中毒" in "别煤气中毒", "别一氧化
// 碳中毒"; "漏了" in "别煤气泄漏了". A ward further off tells people to do
// something else: "大家别过来煤气泄漏了" warns of a leak.
func warded(t string, at int) bool {
	start, end := clauseStart(t, at), len(t)
	if k := strings.IndexFunc(t[at:], isBreak); k >= 0 {
		end = at + k
	}
	clause := t[start:end]
	x := sketchOf(clause)
	for moved := true; moved; {
		moved = false
		for k := range alarmWords.mayOccur(&x) {
			w := alarmWords.words[k]
			// an alarm word that ends at or runs over at starts the run earlier
			eachAt(clause, w, func(p int) bool {
				if start+p < at && start+p+len(w) >= at {
					at, moved = start+p, true
				}
				return moved
			})
		}
	}
	return wardRe.MatchString(t[start:at])
}

// remindsAll reports whether t is a short reminder to all: it addresses
// everyone or tells them to mind ("大家", "各位", "注意", "记得") and
// holds no sign of an event here and now (see presentSigns), no one
// named as in it (see witnesses), no cry for help and no question. Life
// safety comes first: any such sign keeps the alarm.
func remindsAll(t string) bool {
	return utf8.RuneCountInString(t) <= maxWarningRunes && containsAny(t, reminderCalls) && !isQuestion(t) &&
		!containsAny(t, presentSigns) && !containsAny(t, nowCues) && !containsAny(t, stillCues) &&
		!containsAny(t, witnesses) && !containsAny(t, cries) && !containsAny(t, urgentCalls)
}

var (
	// wardRe ends in a ward: a word that tells people to keep a danger
	// away, and whom from it ("别让孩子").
	// A ward may name how the danger would come ("别跑出火星子", "小
	// 心引起火灾").
	wardRe = regexp.MustCompile(`(?:别|不要|莫|千万别|当心|留神|小心|防止|以防|以免|免得|谨防|防)(?:(?:让|叫|被)\p{Han}{0,3}|跑出|冒出|蹦出|溅出|飞出|弄出|搞出|闹出|惹出|引起|引发)?$`)
	// reminderCalls address everyone or tell them to mind.
	reminderCalls = newLexicon("大家", "各位", "乡亲们", "大伙", "老少爷们", "家人们", "注意", "记得", "提醒", "千万")
	// presentSigns tell of an event: hurry, someone down or out, a smell
	// or smoke met, a thing done already, help sent for, someone else's
	// house.
	presentSigns = newLexicon("快", "救命", "倒了", "倒在", "晕", "昏", "不行了", "不动了", "叫不醒", "喊不醒", "没气", "吐了", "已经", "闻到", "好大的味", "味道", "气味", "一股",
		"冒烟", "着了", "烧起来", "出事", "送医", "医院", "救护车", "119", "120", "110", "刚", "发现", "看到", "看见", "隔壁", "谁家", "他家", "她家", "人呢", "找不到", "没回来")
)
