package understand

import (
	"regexp"
	"slices"
	"strings"
)

// A household's pipe frozen (see pipeFrozen) gets the thawing caution
// (village.HazardFrozen): the fitting (frozenFittings) told frozen
// (frozenStates), unless it burst (the soaked caution's, or a repair's),
// it thawed (thawed) or it is a main many share (the water works' to thaw).
var (
	frozenFittings = newLexicon("水管", "管子", "自来水", "水龙头", "龙头", "水表")
	frozenStates   = newLexicon("冻住", "冻上", "冻死", "冻实", "冻严实", "冻起来", "冻了", "冻得")
	frozenUnless   = newLexicon(slices.Concat(thawed.words, pipesBurst.words, []string{"冻裂", "冻爆", "冻破", "总管", "主管", "总阀", "井", "全组", "全村", "好几家", "家家"})...)
)

// thawTriedRe tells a frozen pipe warmed and fine after ("浇了点热水 好
// 了"): chat, as thawed's words are.
var thawTriedRe = regexp.MustCompile(`(?:浇|烤|吹|烫|焐|捂|热水|热毛巾|吹风机)[^，。？?！!]{0,12}(?:好了|行了|能用了)[。！!~～]*$`)

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
	fallsCountRe = regexp.MustCompile(`(?:摔|滑倒|跌|滑了|栽)[^，。,.!！?？]{0,3}?(?:(?:好几|好些|几|两|三|四|五|十几)个|(?:好几|好些|好多|不少|一堆|几|两|三)人)|(?:好几|好些|好多|不少|几|两|三)个?人[^，。,.!！?？]{0,4}?(?:摔|滑倒|跌)`)
	// slipperies say why they fell: ice, snow, a slippery way.
	slipperies = newLexicon("冰", "滑", "雪", "冻")
	// iceSpots name where the ice lies: a landmark or a spot pointed at.
	iceSpots = newLexicon(slices.Concat(sharedPlaces.words, []string{"坡", "桥", "台阶", "巷", "街", "操场", "门前", "路口", "河边", "井边", "村委", "广场", "那块", "这块", "那段", "这段", "那片", "这片", "那边", "这边", "那里", "这里", "那儿", "这儿", "组的路", "村的路"})...)
	// iceRemedyAskRe asks for salt, ash or grit on a way, or its ice
	// broken: "能不能撒点盐", "咱们组的路能撒点盐不" (und104).
	iceRemedyAskRe = regexp.MustCompile(`(?:能不能|可不可以|能否|能|给)[^，。？?！!\s]{0,10}?(?:撒|铺|垫)(?:点|些|一点|一些|一层|把)?(?:盐|融雪剂|炉灰|煤灰|草木灰|灰|沙子|沙|煤渣|炉渣)|(?:能不能|可不可以|能否)[^，。？?！!\s]{0,8}?(?:除冰|破冰|把冰[铲敲刨])`)
)

// snowLoaded reports whether t tells snow heavy on a roof with a fear of
// it falling in, or nobody to clear it ("五保户老刘家的屋顶积雪很厚 他一
// 个人扫不了", "房子雪压得吱吱响 能不能找人帮她扫扫房顶"): a 安全隐患
// to report (und104). A roof told cleared, or snow on it told only, is chat.
func snowLoaded(t string) bool {
	return snowRoofRe.MatchString(t) && containsAny(t, loadFears)
}

var (
	snowRoofRe = gate("雪", regexp.MustCompile(`(?:房顶|屋顶|房上|屋上|房子|屋面|棚顶|房檐|屋檐|顶棚)[^，。？?！!\s]{0,8}?(?:积雪|雪)[^，。？?！!\s]{0,4}?(?:很厚|太厚|老厚|好厚|厚得|压得|一尺|半米|压着|堆得)|(?:积雪|雪)[^，。？?！!\s]{0,4}?(?:压在|堆在)(?:房顶|屋顶|房上|棚顶)`))
	// loadFears fear a roof falls in, or say nobody can clear it.
	loadFears = newLexicon("怕", "塌", "吱吱响", "咯吱", "嘎吱", "咔咔", "扫不了", "扫不动", "没人扫", "上不去", "一个人", "能不能", "帮忙", "帮她", "帮他", "找人")
)

// slowDowns tell all to go slowly: "大家走路慢点". Not weatherTip's: there
// a slope named with it is still a report (und98's 「村口那个坡滑得很 大家
// 慢点」); here iceSpots keep those apart.
var slowDowns = newLexicon("慢点", "慢些", "慢着点", "慢一点", "留神", "看着点")

// tripStranded reports whether t tells the sender's own trip found its bus
// stopped and a way round it ("昨天从城里回来 班车停运了 只好打车"): a
// tale of the roads, chat (und104). Others left with no way
// ("班车停了 娃们没法去镇上上学") are a report.
func tripStranded(t string) bool {
	return chatLength(t) && busStoppedRe.MatchString(t) && wayRoundRe.MatchString(t) && !containsAny(t, children) && !containsAny(t, cries)
}

var (
	busStoppedRe = regexp.MustCompile(`(?:班车|公交车?|大巴|客车|中巴)(?:也|都)?(?:停运|停开|停了|不开了|没了)`)
	wayRoundRe   = regexp.MustCompile(`(?:只好|就)?(?:打车|打的|打了个车|走路去的|走着去的|走回来|走回家|蹭车|搭车|搭了个车)`)
)
