package words

// Pure readings of a grid leader's plain words that send someone to a
// matter ("收到 朱大勇你去看一下", "路灯的事让何志强去弄"), of a cadre on his
// way to an alarm in words onTheWayWords miss ("我在去的路上"), and of a
// mediator's plan to go to a quarrel ("明天我和郑十上门调解"). No state:
// the words alone.

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/understand"
)

// headingThere tells, in a cadre's words, that he is on his way to a
// scene in words onTheWayWords do not hold: on the road there ("我在去的
// 路上", "在赶过去的路上", "已经上路了"), heading that way ("我往那边去了",
// "已经在往现场走了"), arriving in a moment ("马上就到", "五分钟就到"), going
// now ("正在过去", "开车过去了"), out of the door ("已经出门了").
var headingThere = regexp.MustCompile(`在(?:\p{Han}{1,4}的)?路上|上路了|` +
	`往(?:那边|这边|那儿|这儿|那|这|现场|村里|山上|\p{Han}{1,3}家)(?:赶|走|跑|去了)|` +
	`(?:马上|立马|很快|一会儿?|[0-9]+分钟|[一二两三四五六七八九十]+分钟|半小时|半个小时)就?到|` +
	`(?:正|正在|开车|骑车|骑摩托|跑步|跑着)过去|出门了`)

// sendLeads are what a leader's words sending someone may open with
// before the name: an acknowledgement or an assent ("收到 朱大勇你去看一下",
// "好的，让王五去"), the longest first.
var sendLeads = func() []string {
	all := slices.Concat(understand.ReadWords(), understand.AssentWords(), understand.AckFillers(), []string{"没问题", "行吧", "好吧", "那行", "那好"})
	slices.SortStableFunc(all, func(a, b string) int { return len(b) - len(a) })
	return all
}()

// sendWhens are when a leader's sending someone opens with, before the
// send word ("下午让王五拉车盐过去撒", "明天叫何志强去看看"): kept at the
// head of what they are to do.
var sendWhens = []string{"今天上午", "今天下午", "今天晚上", "明天上午", "明天下午", "明天一早", "一会儿", "等一会", "待会儿", "等会儿", "一会", "待会", "等会", "马上", "现在", "今天", "明天", "后天", "上午", "中午", "下午", "晚上", "明早", "一早"}

// cutSendWhen cuts off s the time a sending opens with (sendWhens) when a
// send word follows it: the time, and the rest from the send word on; ""
// and s otherwise.
func cutSendWhen(s string) (when, rest string) {
	for _, w := range sendWhens {
		if after, ok := strings.CutPrefix(s, w); ok {
			if after = strings.TrimLeft(after, sendPause); StartsWithAny(after, SendWords...) {
				return w, after
			}
		}
	}
	return "", s
}

// sendPause is what may end such a lead.
const sendPause = " \u2005\u3000,，。.!！~～、:："

// cutAssent is s without the acknowledgements or assents that open it
// (sendLeads): "收到 朱大勇你去看一下" is "朱大勇你去看一下". A lead of one
// character ("好", "行") counts only when a pause follows it; s as it is
// when none leads, or nothing follows.
func cutAssent(s string) string {
	rest := strings.TrimLeft(s, sendPause)
	for cut := true; cut; {
		cut = false
		for _, w := range sendLeads {
			after, ok := strings.CutPrefix(rest, w)
			if !ok || utf8.RuneCountInString(w) == 1 && !StartsWithAny(after, strings.Split(sendPause, "")...) {
				continue
			}
			rest, cut = strings.TrimLeft(after, sendPause), true
			break
		}
	}
	if rest == "" {
		return s
	}
	return rest
}

// sentErrand reports whether rest, what a leader's words send a named
// cadre to do after his name, is an errand seeToWords do not hold: just
// go ("让朱大勇去", "叫王五去一趟吧"), or see to it in so many words ("去
// 弄", "来办一下", "去搞").
func sentErrand(rest string) bool {
	return goOnly.MatchString(strings.TrimSpace(rest)) || ContainsAnyOf(rest, errandWords...) || goDoOnce.MatchString(rest)
}

// goDoOnce is a going to do one thing once: "去拉一下", "去清理一下"
// ("王五明天去拉一下" of the rubbish: rep98).
var goDoOnce = regexp.MustCompile(`去\p{Han}{1,2}一下`)

// goOnly is a bare going: "去", "去吧", "过去一趟", "跑一趟".
var goOnly = regexp.MustCompile(`^(?:去|过去|来|过来)?(?:一趟|跑一趟|走一趟)?(?:一下|下)?[吧啊哈呀嘛。.!！~～]*$`)

// errandWords say what a leader sends someone to do about a matter,
// beside seeToWords: "去弄", "来办", "搞一下".
var errandWords = []string{"去弄", "来弄", "弄一下", "去办", "来办", "办一下", "去搞", "来搞", "搞一下", "跑一趟", "去一趟", "走一趟"}

// MediationPlan reports whether words (calming words cut: understand.
// WithoutCalming) tell of a mediator's visit to a quarrel still to come
// that PlansToGo misses, having no going word: "明天我和郑十上门调解",
// "下午约两家谈谈", "晚上到两家做做工作". Work done ("调解过了", "已经
// 协调了"), a refusal or a question is none.
func MediationPlan(words string) bool {
	if strings.ContainsAny(words, "?？吗了已过没不别") || utf8.RuneCountInString(words) > 30 {
		return false
	}
	return ContainsAnyOf(words, "上门", "到家", "登门", "约两家", "约双方", "做工作", "做做工作") ||
		ContainsAnyOf(words, "调解", "调处", "说和", "劝和") && (understand.LaterWords(words) || ContainsAnyOf(words, "我来", "我们来", "我和", "我跟"))
}
