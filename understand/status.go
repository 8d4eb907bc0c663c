package understand

import (
	"regexp"
	"strings"
)

// OwnStatusAsked reports whether s asks after the sender's own affair
// with the government: whether a payout arrived, a fee he pays went
// through, an application came through ("养老金这个月到账了吗", "今年的
// 医保交了没有", "低保批下来没", "耕地补贴发了没"). Only the office can
// look that up; no guide tells it. Not a neighbour asked ("你们医保都交
// 了吗", "你家养老金到账没"), not how it is done ("医保交了没 怎么查"),
// not a thing with no scheme named ("快递到了没").
func OwnStatusAsked(s Said) bool { return ownStatusAsked(s.Canon) }

func ownStatusAsked(t string) bool {
	if !statusAsked.MatchString(t) || !containsAny(t, approvalTopics) && !containsAny(t, schemeMoney) && !allowanceMoney.MatchString(t) {
		return false
	}
	rest := strip(t, notHearers)
	// wages are an employer's ("这个月工资发没发"); one who tells his own
	// ("医保交了没 我交了") chats with neighbours
	return !containsAny(t, wageWords) && !strings.Contains(t, "那场") && !containsAny(t, selfTold) && !containsAny(rest, othersAsked) && !containsAny(rest, hearers) && !containsAny(t, statusHows) && !addressedToAll(t)
}

// othersStatusAsked reports whether t asks neighbours whether theirs was
// done ("你们医保都交了吗", "你家养老金到账没"): talk among them, no
// procedure asked.
func othersStatusAsked(t string) bool {
	if !statusAsked.MatchString(t) {
		return false
	}
	rest := strip(t, notHearers)
	return containsAny(rest, othersAsked) || containsAny(rest, hearers)
}

// selfTold tell the sender's own as done: the question is to neighbours.
var selfTold = newLexicon("我交了", "我已经交", "我家交了", "我都交了", "我的到了", "我的到账了", "我到账了", "我发了")

var (
	// statusAsked asks whether a thing was done, at a clause's end: "到
	// 账了吗", "交了没有", "批下来没", "交没交", "有没有到账"; not "到账了
	// 没几天" (told), nor "交不交" (whether to).
	statusAsked = gate("没吗么", regexp.MustCompile(`(?:(?:到账|到位|发|发下来|交|缴|交上|缴上|办|办好|办妥|办下来|批|批下来|批准|下来|通过|领到|打过来|打到卡上|报销|认证)(?:了|过)(?:没有|没得|没|吗|么)|`+
		`(?:到账|到位|下来|批下来|办下来|发下来|交上|缴上|办好)(?:没有|没得|没|吗|么)|(?:交|缴|办|发|批)没(?:交|缴|办|发|批)|有没有(?:交上|缴上|到账|发下来|批下来|办下来))`+
		`(?:[啊呀呢啦哦嘛哈]*)(?:[?？!！。，, ~～]|$)`))
	// othersAsked ask it of others, or all of them: "你们", "大家都交了吗",
	// "谁家还没交".
	othersAsked = newLexicon("你们", "大家", "各位", "咱们", "我们都", "都交", "都缴", "都到", "都发", "都办", "都批", "谁", "哪家", "别人", "人家", "他家", "她家", "他的", "她的", "邻居", "还有没交", "还有谁")
	// statusHows ask how, where or what: a procedure question ("医保交了
	// 没 怎么查", "低保批下来没 去哪问").
	statusHows = newLexicon("怎么", "如何", "去哪", "在哪", "哪里", "找谁", "什么材料", "要什么", "需要什么", "多少")
)
