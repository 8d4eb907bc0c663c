package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file tells a public supply gone (water, power, piped gas, the
// network, the phone signal) in the words villagers use when it happens:
// the thing, then 没了/停了/断了 ("天然气没气了", "网又断了", "信号没了",
// "家里没气了"). Told, it is a 水电设施 matter (see problem); told and then
// asked when it comes back, a matter to file with its question (see
// troubleAsked). Told to everyone as a heads-up ("今天停电了 大家注意"),
// it is news, not a matter (see cutHeadsUp).

var (
	// gasOutRe is piped gas gone: "天然气没气了", "燃气又停了", "管道气断了".
	// Bottled gas run out ("煤气罐没气了") is the household's own to refill.
	gasOutRe = regexp.MustCompile(`(?:天然气|燃气|管道气)(?:又|都|也|还|一直|突然)?(?:没有?气|停气|断气|不来气|没来气|停了|断了|没有?了|供不上)`)
	// homeGasOutRe is the gas gone at a place, no person between: "家里没
	// 气了", "灶上又没气了". "奶奶在家里没气了" names someone, whose breath
	// it is (an emergency read before any report).
	homeGasOutRe = regexp.MustCompile(`(?:家里|家|屋里|灶上|灶台|厨房|村里|组里|全村|全组|我们这|这边)(?:又|都|也|还|一直|突然)?没有?气了`)
	// supplyGoneRe is a supply told gone the other way round: "水又没了",
	// "网断了", "信号没了", "宽带断了". A gadget's battery ("手机电没了")
	// and a net that is no network ("渔网断了") are none.
	supplyGoneRe = regexp.MustCompile(`(?:^|[^动瓶池宝筒表板器机车渔纱丝球蛛护拦围鱼])(?:自来水|水|电|网络|网|宽带|信号)(?:又|都|也|还|突然|一直)?(?:没有?了|停了|断了)`)
)

// supplyCut reports whether t tells a public supply gone (see
// gasOutRe, homeGasOutRe, supplyGoneRe), or water that cannot be had
// (waterFrozenRe, noWaterDrawnRe).
func supplyCut(t string) bool {
	if strings.ContainsAny(t, "冻出") && (waterFrozenRe.MatchString(t) || noWaterDrawnRe.MatchString(t) || pipeFrozen(t)) {
		return true
	}
	if !strings.ContainsAny(t, "没停断") {
		return false
	}
	return gasOutRe.MatchString(t) || homeGasOutRe.MatchString(t) && !containsAny(t, persons) || supplyGoneRe.MatchString(t)
}

var (
	// waterFrozenRe is a supply many share frozen: "总管冻实了", "井冻上了"
	// (und97). No water comes until it thaws: a supply gone, as much as a
	// cut. A household's own pipe frozen, nothing else told ("水管冻住了"),
	// is its own to thaw (und44), unless no water comes (noWaterDrawnRe); a
	// river or a pond frozen ("河都冻上了") is the season.
	waterFrozenRe = regexp.MustCompile(`(?:总管|主管|总水管|主水管|水井|井|水塔|水站)子?(?:又|都|也|全|全都|给)?(?:冻住|冻上|冻死|冻实|冻严实|冻起来)`)
	// noWaterDrawnRe is no water to be had at the tap or the well: "一点水
	// 都出不来", "挑不上水来", "拧不出水" (und97; 出不来水 and 一滴水都不出
	// are the topic's words).
	noWaterDrawnRe = regexp.MustCompile(`一(?:点|滴)水(?:都|也)(?:不出|出不来|放不出来?|拧不出来?)|[挑打抽拧放接]不(?:上|出|到)水|水(?:都|也)(?:出不来|放不出来|拧不出来)`)
)

// supplyNouns end in the rune a cut repeats: "天然气没气了" tells, it is no
// "A没A" choice ("气没气") asked.
var supplyNouns = newLexicon("天然气", "煤气", "燃气", "液化气", "管道气", "自来水", "井水")

// endsSupplyNoun reports whether s ends in a supply noun (supplyNouns).
func endsSupplyNoun(s string) bool {
	for _, w := range supplyNouns.words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// cutHeadsUp reports whether t tells everyone of a supply cut as a
// heads-up ("今天停电了 大家注意", "停水了 大家提前接点水"): news passed
// round, as a notice is, not a matter to file. One that grumbles (又, 一
// 直, 好几天) or asks is the sender's complaint.
func cutHeadsUp(t string) bool {
	return containsAny(t, headsUps) && (containsAny(t, cuts) || supplyCut(t)) && !isQuestion(t) && !containsAny(t, cutGrumbles) &&
		!containsAny(t, dangers) && utf8.RuneCountInString(t) <= maxWarningRunes
}

var (
	// headsUps tell everyone to mind a thing: "大家注意", "跟大家说一声".
	headsUps = newLexicon("大家注意", "大家都注意", "各位注意", "大家知道一下", "大家知道下", "告诉大家", "跟大家说", "和大家说", "给大家说", "提醒大家", "提醒一下大家", "大家提前", "大家早点", "大家备", "大家做好准备", "大家互相转告")
	// cuts name a supply cut.
	cuts = newLexicon("停电", "停水", "停气", "断电", "断水", "断网", "没电", "没水", "没网", "没信号", "没有信号")
	// cutGrumbles say a cut goes on or comes back again and again.
	cutGrumbles = newLexicon("又", "一直", "老是", "总是", "天天", "好几天", "还没", "到现在", "三天两头", "怎么")
)
