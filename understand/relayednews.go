package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// relayedNewsRe is news passed on from whoever does the work: a party
// named first (环卫, 电工, 供电所, 水厂那边, 施工队的人), what it said
// (说, 讲, 回话说, 答复), then the news ("下午来", "明天来换", "在排队").
// Group 1 is the party, 2 the news.
var relayedNewsRe = regexp.MustCompile(`^([^\s，,。：:！!说讲]{1,6}?)(?:那边|那里|那儿|的人)?(?:回话|回复|答复|回)?(?:说|讲)(?:了)?[\s，,:：]*(.+)$`)

// notParties open a message without naming a party that does the work:
// the speaker or hearer, people at large, hearsay (听说, 据说, 有人说)
// or a manner of speaking (就是说, 不是说, 再说).
var notParties = []string{"我", "俺", "咱", "你", "您", "他", "她", "它", "大家", "人家", "有人", "别人", "都", "听", "据", "就是", "不是", "再", "也", "还", "怎么", "咋", "谁", "老人", "村民"}

// relayedDoing are what news of the work tells: someone coming, the
// work done or still to do, or where it stands in line.
var relayedDoing = []string{"来", "到", "修", "换", "弄", "处理", "安排", "排队", "派人", "解决", "办", "等", "接", "通", "装", "清", "挖", "拉走", "运走"}

// Relayed reads text as news of a matter's work passed on from whoever
// does it, in a cadre's own words ("环卫说下午来", "电工说明天来换", "供
// 电所说在排队"): a party named first, then what it said of coming or
// of the work. A question, hearsay ("听说明天停电"), the speaker's own
// words ("我说了明天来") or a long message is none.
func Relayed(text string) bool {
	s := strings.TrimSpace(text)
	if utf8.RuneCountInString(s) > 30 || strings.ContainsAny(s, "?？吗呢") {
		return false
	}
	m := relayedNewsRe.FindStringSubmatch(s)
	if m == nil || startsWithWord(m[1], notParties) || !HasContent(m[2]) {
		return false
	}
	return hasWord(m[2], relayedDoing)
}
