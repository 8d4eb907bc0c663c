package understand

import "regexp"

// This file tells a villager passing on what the village announced or
// warned ("危房改造报名开始了，符合条件的到村委会报名", "有人说不要在加油站
// 附近放鞭炮") from one asking about it ("养老保险什么时候截止交"): the
// first is a notice told again, the second a question of his own.

// announces reports whether t speaks as a notice does: a notice's word
// (see broadcasts) or its call to come and do something (see
// calledToRe) in a clause that does not ask. A notice tells; "养老保险
// 什么时候截止交" asks about the deadline a notice set, and "符合条件的怎
// 么申请" how to apply.
func announces(t string) bool {
	for _, w := range broadcasts.words {
		if eachAt(t, w, func(at int) bool { return !isQuestion(clauseAt(t, at, at+len(w))) }) {
			return true
		}
	}
	for _, m := range calledToRe.FindAllStringIndex(t, -1) {
		if !isQuestion(clauseAt(t, m[0], m[1])) {
			return true
		}
	}
	return false
}

// calledToRe finds a notice's call to those it concerns: a sign-up opened
// ("报名开始了", "开始报名了"), or those who qualify told where to go
// ("符合条件的到村委会报名", "符合条件的农户可到镇便民服务中心申请").
// Those minded to, called to come ("有意向的适龄青年请尽快到村委会登记"), and
// an enrolment going on ("征兵报名工作正在进行中") are such a call too (und99).
//
// Every match holds 报 (a sign-up) or the 符 or 意 of those called (gated).
var calledToRe = gate("报符意", regexp.MustCompile(`报名(?:已经|已)?开始了|(?:已经|已)?开始报名了|报名(?:工作)?(?:已)?启动|报名(?:工作)?正在进行|(?:符合条件的|有意向的|有意愿的)\p{Han}{0,4}?(?:请|可|可以|均可)?(?:尽快|抓紧)?(?:到|去|向)\p{Han}{1,10}?(?:报名|申请|办理|登记|领取)`))

// relayers open words passed on from someone else: "有人说", "听说",
// "网格员说". What follows is the other's word, not a fact the sender
// witnessed: "有人说不要在加油站附近放鞭炮" warns, as the warning alone.
var relayers = newLexicon("有人说", "听人说", "听说", "据说", "人家说", "别人说", "老人说", "老辈人说", "村里说", "镇里说", "上面说",
	"广播说", "广播里说", "喇叭里说", "通知说", "网格员说", "网格长说", "干部说", "村干部说", "书记说", "主任说")

// drillAsked reports whether t asks about a drill to come and calls off
// nothing: "周六防火演练几点集合", "上次说的防汛演练是哪天". Its only hoax
// word is the drill's (see hoaxes), and it asks.
func drillAsked(t string) bool {
	return containsAny(t, drills) && !cueIn(strip(t, drills), hoaxes) && inquires(t)
}

// drills are the hoax words that name an exercise, which is announced and
// asked about before it is held.
var drills = newLexicon("演练", "演习")

// seasonTurns say the weather or the season turned, with 了 ("天冷了要小心
// 煤气中毒"): why a warning is given, no fact of a mishap here.
var seasonTurns = newLexicon("天冷了", "天凉了", "天热了", "降温了", "变天了", "入冬了", "入秋了", "立冬了", "冬天了", "快过年了", "过年了",
	// the weather that turned, everywhere at once: "下雪了 路滑 大家出门慢点"
	"下雪了", "下大雪了", "下雨了", "下大雨了", "起雾了", "起大雾了", "下霜了", "刮大风了")
