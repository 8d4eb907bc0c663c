package understand

import (
	"regexp"
	"slices"
	"strings"
)

// This file tells people falling on ice or a slippery way: a spot to
// clear, or a warning to all (und103, und104).

// iceFallsRe is ice that people keep falling on, told by their count:
// "门前那块冰 早上摔了好几个人了", "冰上滑倒了好几个" (und103). A spot of
// ice that felled several is the way's trouble (道路交通) wherever it lies;
// one who fell and is hurt is the alarm's, read before.
var iceFallsRe = gate("冰", regexp.MustCompile(`冰[^，。,.!！?？]{0,12}?(?:摔|滑倒|跌|滑了|栽)[^，。,.!！?？]{0,3}?(?:(?:好几|好些|几|两|三|四|五|十几)个|(?:好几|好些|好多|不少|一堆|几|两|三)人)`))

// fallsWarned reports whether t tells several people fell on ice or a
// slippery way and warns everyone after it ("冰上滑倒了好几个 大家小心",
// "雪后路滑 今天好几个人摔了 大家出门注意"), naming no spot (iceSpots) and
// asking nothing be done: a warning to all, chat (und104). A spot named
// ("村口那块冰上摔了好几个 大家小心") is the way's trouble to clear, as
// iceFallsRe reads it; one hurt is the alarm's, read before.
func fallsWarned(t string) bool {
	loc := fallsCountRe.FindStringIndex(t)
	if loc == nil || !chatLength(t) || !containsAny(t, slipperies) {
		return false
	}
	after := t[loc[1]:]
	return (containsAny(after, takeCare) || containsAny(after, slowDowns)) && (containsAny(t, toAll) || strings.Contains(after, "都")) &&
		!containsAny(t, iceSpots) && !asksRepair(t) && !iceRemedyAskRe.MatchString(t) && !mentionsAlarm(t)
}

var (
	// fallsCountRe is people falling told by their count: "滑倒了好几个",
	// "好几个人摔了".
	fallsCountRe = gate("摔滑跌栽", regexp.MustCompile(`(?:摔|滑倒|跌|滑了|栽)[^，。,.!！?？]{0,3}?(?:(?:好几|好些|几|两|三|四|五|十几)个|(?:好几|好些|好多|不少|一堆|几|两|三)人)|(?:好几|好些|好多|不少|几|两|三)个?人[^，。,.!！?？]{0,4}?(?:摔|滑倒|跌)`))
	// slipperies say why they fell: ice, snow, a slippery way.
	slipperies = newLexicon("冰", "滑", "雪", "冻")
	// iceSpots name where the ice lies: a landmark or a spot pointed at.
	iceSpots = newLexicon(slices.Concat(sharedPlaces.words, []string{"坡", "桥", "台阶", "巷", "街", "操场", "门前", "路口", "河边", "井边", "村委", "广场", "那块", "这块", "那段", "这段", "那片", "这片", "那边", "这边", "那里", "这里", "那儿", "这儿", "组的路", "村的路"})...)
	// iceRemedyAskRe asks for salt, ash or grit on a way, or its ice
	// broken: "能不能撒点盐", "咱们组的路能撒点盐不" (und104).
	iceRemedyAskRe = gate("撒铺垫冰", regexp.MustCompile(`(?:能不能|可不可以|能否|能|给)[^，。？?！!\s]{0,10}?(?:撒|铺|垫)(?:点|些|一点|一些|一层|把)?(?:盐|融雪剂|炉灰|煤灰|草木灰|灰|沙子|沙|煤渣|炉渣)|(?:能不能|可不可以|能否)[^，。？?！!\s]{0,8}?(?:除冰|破冰|把冰[铲敲刨])`))
	// snowClearAskRe asks for someone to come and clear the snow, or for
	// a plough: "有没有人来铲一下", "啥时候有人来推一推", "能不能派个铲车"
	// (und108). Going to clear it oneself ("明天一早去铲") asks no one.
	snowClearAskRe = gate("铲推扫", regexp.MustCompile(`(?:有没有人|有人|没人|谁)(?:能|给)?来(?:铲|推|扫)|派(?:个|辆|台|一辆|一台)?(?:铲车|铲雪车|推土机|扫雪车|铲雪的车)`))
)

// slowDowns tell all to go slowly: "大家走路慢点". Not weatherTip's: there
// a slope named with it is still a report (und98's 「村口那个坡滑得很 大家
// 慢点」); here iceSpots keep those apart.
var slowDowns = newLexicon("慢点", "慢些", "慢着点", "慢一点", "留神", "看着点")
