package understand

import (
	"regexp"
	"slices"
	"strings"
)

// selfHurtRe finds, at a clause's start, the sender as its subject: "我",
// not "我家", "我们", "我妈" (his kin, village.KinWords) nor one who only
// saw or heard it ("我看见", "我听说").
var selfHurtRe = regexp.MustCompile(`^(?:救命|快来人|来人|快)*我(?:刚才?|刚刚|今天|早上|上午|下午|晚上)?`)

// selfHurtNot are what may follow the sender's "我" in a clause about
// someone else: his household, his kin, what he saw, heard or found.
var selfHurtNot = []string{"家", "们", "的", "妈", "爸", "爷", "奶", "老", "儿", "女", "孙", "媳", "哥", "姐", "弟", "妹", "叔", "婶", "舅", "姨", "侄",
	"看", "瞅", "瞧", "见", "听", "闻", "发现", "碰到", "遇到", "路过", "邻居", "隔壁", "村", "这", "那"}

// selfHurtWords tell one hurt, fallen, or trapped where he is.
var selfHurtWords = newLexicon(append([]string{"受伤", "伤了", "伤着", "断了", "骨折", "流血", "出血", "被咬", "咬了", "咬伤", "被困", "困住", "困在", "出不去", "出不来",
	"压住", "压着", "砸到", "砸伤", "动不了", "起不来", "爬不起来", "晕倒", "烫伤", "烧伤", "扭了", "崴了"}, fallWords...)...)

// SelfHurt reports whether s tells that its sender himself is the one hurt
// or trapped ("我从梯子上摔下来了 腿好像断了", "我被困在屋里出不去"): a
// clause whose subject is "我" (not his household or kin, not what he saw)
// tells it. A cadre so hurt is not the one to organise his own rescue
// (village.AskedOf).
func SelfHurt(s Said) bool {
	for _, clause := range strings.FieldsFunc(s.Canon, func(r rune) bool { return strings.ContainsRune(" ，,。.！!？?；;、~～…", r) }) {
		lead := selfHurtRe.FindString(clause)
		if lead == "" {
			continue
		}
		rest := clause[len(lead):]
		if containsAny(rest, selfHurtWords) && !startsWithAny(rest, selfHurtNot) {
			return true
		}
	}
	return false
}

func startsWithAny(s string, prefixes []string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}
