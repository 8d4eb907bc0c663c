package understand

import "strings"

// fallingNow say a thing is about to come down now: "快倒了", "要塌了",
// "摇摇欲坠". A worry of some day ("怕哪天倒下来") is not among them.
var fallingNow = newLexicon("快倒", "要倒了", "随时会倒", "随时要倒", "随时倒", "眼看要倒", "眼看就要倒", "快塌", "要塌了", "随时会塌",
	"随时要塌", "快垮", "要垮了", "摇摇欲坠", "快砸下来", "要砸下来", "快掉下来", "要掉下来", "直往下掉", "一直往下掉")

// peopleBeneath say people are under or by it: "下面有人走", "天天有学生
// 路过", "小孩在底下玩".
var peopleBeneath = newLexicon("下面有人", "底下有人", "下边有人", "旁边有人", "有人走", "有人过", "有人经过", "有人路过", "人来人往",
	"人走", "行人", "过路", "路过", "经过", "小孩", "孩子", "学生", "老人", "在下面玩", "在底下玩", "天天有人", "经常有人", "总有人")

// Imperils reports whether s tells that something is about to come down
// on people now: about to fall (fallingNow) with people beneath or passing
// (peopleBeneath), neither negated ("快倒了 下面有人走"; not "下面没人走").
// subject is what stands before the first falling word ("墙" of "墙快倒
// 了", "" of "快倒了 下面有人走"): the thing named, if any.
func Imperils(s Said) (subject string, ok bool) {
	t := s.Canon
	if !anyUnnegated(t, peopleBeneath) {
		return "", false
	}
	at := -1
	for _, w := range fallingNow.words {
		if i := strings.Index(t, w); i >= 0 && !isNegated(t, i, w) && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return "", false
	}
	return strings.TrimSpace(t[:at]), true
}

// treeFell say what lies on a line came down there ("刮倒", "砸断"); a
// tree grown up to a line ("长到电线上") waits for the day.
var treeFell = newLexicon("倒", "断", "刮", "吹", "砸")

// HoldsLine reports whether s tells a power line brought down onto or
// broken and still live where people pass ("树被风刮倒了 压着电线了",
// "电线断了"): a report, not an alarm (the line is up, see brokenThing),
// but a danger to whoever walks by, so told at once as Imperils' is (its
// leaders hear of it at night).
func HoldsLine(s Said) bool {
	t := s.Canon
	return containsAny(t, linesBroken) || treeOnWire(t) && containsAny(t, treeFell)
}

// Perilous reports whether s tells a danger to people passing now, one
// its leaders hear of at once, night or not: a thing about to come down
// on them (Imperils), a power line brought down or broken (HoldsLine), or
// a roof giving way under snow over those who live there (roofGiving), or
// ice on a way that felled someone already (iceFell; both alarm108).
func Perilous(s Said) bool {
	_, ok := Imperils(s)
	return ok || HoldsLine(s) || roofGiving(s.Canon) || iceFell(s.Canon)
}
