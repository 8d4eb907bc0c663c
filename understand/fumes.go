package understand

import "regexp"

// This file tells a stove's fumes as villagers see them from outside
// or live with them: a room smoked each time the stove is lit, a flue
// smoking by a door no one answers (und103, und105).

// smokesWhenLit reports whether the room-full-of-smoke word at t[at:] is
// told as what happens each time the stove is lit ("老屋的烟囱裂了 一生炉子
// 满屋子都是烟"): a flue that lets fumes in, the fumes caution's 安全隐患
// (see cautions), not fumes filling a room now (und103). Anyone overcome
// ("…头晕") is read by the other gas alarms.
func smokesWhenLit(t string, at int) bool {
	return whenLitRe.MatchString(t[clauseStart(t, at):at])
}

// whenLitRe is a stove lit as a habit's condition: "一生炉子", "每次烧火",
// "只要一点炉子".
var whenLitRe = regexp.MustCompile(`(?:^|[^一])(?:一|每次|每回|只要一?)(?:生|烧|点|烤)(?:起)?(?:炉子|炉|火|灶|炕)`)

// unanswered say no one answers the door or the phone: "没人应", "不开门".
// "电话都不接" (und110: 「我在外地 我妈一个人在家 打了一上午电话都不接
// 她屋里烧着炉子」 was chat).
var unanswered = newLexicon("没反应", "没人应", "没人答应", "没人开门", "不开门", "没人开", "没人接", "不接电话", "叫不应", "喊不应", "电话都不接", "电话也不接", "电话一直不接", "一直不接")

// flueSmokes say a flue smokes, its stove lit: "冒黑烟", "一直冒烟".
// coldFlues say it does not ("没冒烟", "烟囱不冒烟了").
var (
	flueSmokes = newLexicon("冒烟", "冒黑烟", "冒白烟", "冒着烟", "冒青烟", "冒了一上午", "冒了一早上", "冒了一晚上", "冒了一夜", "冒了一天", "冒了半天", "一直在冒", "还在冒")
	coldFlues  = newLexicon("没冒烟", "没有冒烟", "不冒烟", "没冒过烟", "没烟")
)
