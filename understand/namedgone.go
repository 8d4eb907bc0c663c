package understand

import (
	"cmp"
	"strings"

	"gridbot/village"
)

// A person of the roster called by his full name ("张三不见了", "王奶奶找
// 不到了 一早上没见人") is someone only the roster knows: the rules read
// names as people only when they look like what people are called (小明,
// 老王, 阿牛: nickname). NamedGone reads a message as a missing person's
// alarm about a name the caller knows is a person, with every exclusion the
// alarm has (a thing or an animal of his, a question, a grudge, a drill).

// Stand-ins put in a roster name's place: 阿某 is a grown-up's nickname
// (gone, not merely "还没回来": see childGone), 小某 a child's pet name
// (not back is gone too).
const (
	grownStandIn = "阿某"
	frailStandIn = "小某"
)

// goneCues are the words a missing person's alarm holds one of: NamedGone
// reads no further without one.
var goneCues = newLexicon("不见", "找不到", "找不着", "找不见", "走丢", "走失", "失踪", "丢了", "跑丢", "走散", "没回来", "没回家", "没见人", "不见人", "没影")

// SaysGone reports whether text holds a word a missing person's alarm
// says (不见了, 找不到, 走丢, 没回来…): a cheap test before a roster is
// searched for the names NamedGone reads.
func SaysGone(text string) bool { return containsAny(text, goneCues) }

// NamedGone reports whether text says the person called name is missing,
// as the rules read a nickname gone ("阿牛走丢了"): name read as one,
// 阿某, or for a frail person (a child, an elder in care: see
// village.Person.Frail) as a child's pet name, 小某, whose not coming back
// is an alarm too ("王奶奶还没回来"). A grown-up sought for an errand
// ("王五不见了 谁看见他了 有个表要填") is only away from his desk, unless
// the words tell a danger (atErrand).
func NamedGone(text, name string, frail bool) bool {
	g, ok := GoneIn(text)
	return ok && g.Names(name, frail)
}

// Gone is a message's text folded once for NamedGone's test of each name
// of a roster (a township's thousands of people: folding the text again
// for each cost milliseconds a message).
type Gone struct{ t string }

// GoneIn folds text; ok is false when it holds no gone word (SaysGone),
// so no name can be read missing in it.
func GoneIn(text string) (g Gone, ok bool) {
	t := unspace(normalize(text))
	return Gone{t}, SaysGone(t)
}

// Names reports whether the text says the person called name is missing
// (NamedGone).
func (g Gone) Names(name string, frail bool) bool {
	n := unspace(normalize(name))
	t := g.t
	if n == "" || !strings.Contains(t, n) {
		return false
	}
	stand := grownStandIn
	if frail {
		stand = frailStandIn
	}
	h, ok := emergency(canon(strings.ReplaceAll(t, n, stand)))
	return ok && h == village.HazardMissing
}

// errands are what a grown-up is wanted for when his absence is only from
// a desk or a meeting: a form, a signature, a stamp, a meeting, his shift,
// a business with him.
var errands = newLexicon("填", "表格", "报表", "个表", "张表", "份表", "签字", "签个字", "签名", "盖章", "盖个章", "开会", "会议", "上班", "值班", "办公室", "有事找", "找他有事", "找她有事", "找他办", "材料", "资料", "文件", "打卡", "报账", "发票", "钥匙在他", "钥匙在她")

// perils tell a person gone, whatever he was wanted for: how long (一夜,
// 到现在), where the danger is (山, 河, 水库), what drove him (想不开,
// 喝醉), or the police called.
var perils = newLexicon("一夜", "一宿", "一晚上", "整夜", "一早上", "一上午", "一下午", "一整天", "一天", "两天", "几天", "好几天", "到现在", "昨晚", "昨天", "没回家", "没回来",
	"上山", "山上", "山里", "进山", "后山", "河边", "河里", "下河", "水库", "塘", "井", "崖", "沟里", "江边", "湖边", "林子",
	"想不开", "寻短见", "喝醉", "喝多", "吵架", "痴呆", "糊涂", "报警", "110")

// atErrand reports whether the missing-person word at t[at:] is said of a
// grown-up by his nickname (老王, 阿牛, not a child's 小明: see nickname)
// wanted for an errand (errands) with no danger told (perils): "老王不见了
// 谁看见他了 有个表要填" is a man away from his desk.
func atErrand(t string, at int) bool {
	s := subjectOf(t, at)
	if w := prefixIn(t[at:], seekWords); w != "" {
		// "我找不到阿某了 有个表要填": the one sought is after the word
		s = cmp.Or(soughtOf(t, at, w), s)
	}
	return nickname(s) && !petName(s) && containsAny(t, errands) && !containsAny(t, perils)
}

// AlarmOf is r read as an alarm of hazard h, as the rules read one: a
// report, an emergency, the hazard's category, the rules' confidence.
func AlarmOf(r village.Reading, h village.Hazard) village.Reading {
	r.Intent, r.Type, r.Category, r.Hazard, r.Confidence = village.IntentReport, village.Emergency, hazardCategory(h), h, confEmergency
	if r.Source == "" {
		r.Source = "rules"
	}
	return r
}
