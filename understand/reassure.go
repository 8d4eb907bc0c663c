package understand

import "strings"

// reassurances wave a complaint away ("腰疼，不要紧", "老毛病了", "不用管")
// or say it is over ("已经好了"): what an elder says on the phone so as not
// to trouble anyone. The words that call off an alarm (resolutions,
// recoveries: "没事了", "好点了", "出院了") say so too.
var reassurances = newLexicon("不要紧", "不碍事", "没事", "没啥事", "没什么事", "没关系", "不用管", "不用担心", "别担心",
	"不用操心", "放心", "老毛病", "好了", "好多了", "不用")

// notReassurances hold a reassurance without saying one: "不好了" is bad
// news, "说好了明天来" an arrangement, "没事干" idleness.
var notReassurances = newLexicon("不好了", "没好了", "说好了", "约好了", "讲好了", "定好了", "商量好了", "准备好了", "没事干",
	"没事做", "不放心", "没事吧", "好了吧", "不要紧吧")

// Reassures reports whether text (a clause of a call note) says the
// complaint it or an earlier clause told is nothing to act on: waved
// away or over, told and not asked about ("没事吧", "好了吗" ask).
func Reassures(text string) bool {
	c := Canon(text)
	for _, w := range notReassurances.words {
		c = strings.ReplaceAll(c, w, "，")
	}
	return tells(c, reassurances) || tells(c, recoveries) || tells(c, resolutions)
}

// Resolves reports whether s tells that an emergency is over ("找到了，
// 在他妹妹家", "火已经灭了", "人回来了": CameBack), told and not asked
// ("找到了吗").
func Resolves(s Said) bool { return tells(s.Canon, resolutions) || CameBack(s) }

// Retracts reports whether s takes an alarm back as a mistake or a
// hoax ("搞错了 没着火 是烧秸秆", "看错了", "误报"), told and not asked:
// "真的假的" asks whether news is true and takes nothing back ("听说今年高
// 龄补贴不发了 真的假的", alarm107), as hoaxIn reads it.
func Retracts(s Said) bool { return tells(strip(s.Canon, truthAsked), hoaxes) }

// Alarms reports whether text raises an alarm by itself, as Read reads an
// emergency ("后山也着火了 正在灭火", "又有人落水了"); news of one ("火灭了",
// "已经送医院了") raises none.
func Alarms(text string) bool {
	_, alarm := emergency(canon(unspace(normalize(text))))
	return alarm
}
