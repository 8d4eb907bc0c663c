package understand

import (
	"regexp"
	"strings"
)

// This file holds the winter's hazards told in words no object-and-state
// pair of the lexicon reads (lead104): a drain frozen shut, a roof's beam
// creaking under the snow, a burnt smell from something on charge or
// plugged in, snow heavy on a roof (und104). Each is a report under its category (see problem).

// drainFrozen reports whether t tells a drain frozen shut and not thawed
// ("下水道冻住了 水倒不出去", "排水沟冻住了 化雪的水全淌路上了"): the
// village's drain to clear (环境卫生), as one blocked is. A pipe frozen is
// read by pipeFrozen; thawed after ("浇开了") it is chat.
func drainFrozen(t string) bool {
	return drainFrozenRe.MatchString(t) && !containsAny(t, thawed)
}

var drainFrozenRe = gate("冻", regexp.MustCompile(`(?:下水道|下水管|下水口|排水沟|排水管|排水渠|水沟|阴沟|沟渠|涵洞|化粪池)子?(?:又|都|也|全|全都|给)?(?:冻住|冻上|冻死|冻实|冻严实|冻起来|冻堵)`))

// beamCreaks reports whether t tells a roof's beam or a shed's frame
// creaking ("屋顶的雪太厚了 房梁嘎吱响"): about to give way under the
// snow (安全隐患). A door or snow underfoot that creaks is none.
func beamCreaks(t string) bool { return beamCreakRe.MatchString(t) }

// canon writes 咯 as 了 ("咯吱" is "了吱" there, alarm108).
var beamCreakRe = gate("吱嘎", regexp.MustCompile(`(?:房梁|大梁|横梁|檩条|椽子|屋顶|房顶|棚顶|大棚|棚子|架子)[^，。,.!！?？ ]{0,4}?(?:嘎吱|咯吱|了吱|嘎嘎|吱吱)`))

// scorchSmell reports whether t tells a burnt smell from something
// electric ("电动车充了一夜 早上闻着一股焦味", "插座那儿有股糊味"): a
// fire about to start (安全隐患), no fire yet.
func scorchSmell(t string) bool {
	return containsAny(t, scorchSmells) && containsAny(t, electrics)
}

var (
	scorchSmells = newLexicon("焦味", "糊味", "焦糊味", "烧焦的味", "烧焦味", "胶皮味", "烧胶皮", "塑料烧")
	electrics    = newLexicon(append([]string{"电线", "插座", "插线板", "排插", "插头", "电表", "充电", "电褥子", "电热毯", "取暖器", "电暖器", "小太阳", "电炉"}, EBikeWords...)...)
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
	loadFears = newLexicon("怕", "塌", "吱吱响", "咯吱", "了吱", "嘎吱", "咔咔", "扫不了", "扫不动", "没人扫", "上不去", "一个人", "能不能", "帮忙", "帮她", "帮他", "找人")
)

// wayShut reports whether t tells a way of here shut by snow ("大雪封路了",
// "雪把进村的路封了", "后沟那条路让雪封死了") or shut with no cause named
// ("进村的路封了 有没有人来铲一下"), in December the snow's (und108): the
// road to clear (道路交通). A far road shut ("高速因为下雪封路了 回来过年
// 的走国道吧", "县里那条省道封了": farRoads) is a tip for travellers unless a
// way of the village is named too (herePlaces); a closure for works or a
// rule ("修路封了 请绕行", "疫情封了") is a notice; one lifted ("封了三天的
// 路通了") is over.
func wayShut(t string) bool {
	if !snowShutRe.MatchString(t) && !wayShutRe.MatchString(t) && !shutInRe.MatchString(t) {
		return false
	}
	if containsAny(t, shutReasons) || containsAny(t, shutLifted) {
		return false
	}
	return !containsAny(t, farRoads) || containsAny(t, herePlaces)
}

// SnowedIn reports whether s tells a way of here shut by snow, or one
// snowed up that nobody gets by (see wayShut), or asks when the plough
// comes (ploughAwaited): a duplicate of another such telling when neither
// names a way the other does not (handlers' words.OneWayShut, und109).
func SnowedIn(s Said) bool { return wayShut(s.Canon) || ploughAwaited(s.Canon) }

var (
	// snowShutRe is snow that shut a way: "大雪封路了", "雪把路封了",
	// "让雪封死了", "雪封门了".
	snowShutRe = gate("封", regexp.MustCompile(`雪[^，。？?！!,\s]{0,8}?封(?:了|住|死|上|路|门)`))
	// wayShutRe is a way told shut: "进村的路封了", "出村的路都封了".
	wayShutRe = gate("封", regexp.MustCompile(`(?:路|道|路口|巷子)(?:都|也|全|全都|又|给|被|让|叫)?封(?:了|住了|死了|上了)`))
	// shutInRe is a way not open that people cannot get in or out by:
	// "雪太大了 俺家门口的路出不去了", "后山几户人家的路还没通 老人出不来";
	// or a slope or a way snowed up that nobody gets up ("下了一夜雪 学校
	// 门口那个坡根本上不去", "后坡那条道车上不去了", und109). Going up a
	// slope oneself ("骑车上坡上不去") names no slope.
	// A way told first, then its snow ("一组后山那条路雪太厚了 车进不来",
	// "东头那条道雪积得有半米深 三轮车开不进去", town110: both were chat)
	// is the same, a vehicle's way in (开不进, 运不进) too.
	shutInRe = gate("出进上", regexp.MustCompile(`(?:雪[^。！？!?]{0,10}?(?:路|道|门口|门前|巷子|[个那这的后前东西南北大段]坡)|路(?:还|都|也)?(?:没通|不通))[^。！？!?，,]{0,8}?(?:出不去|出不来|进不去|进不来|上不去|上不来)|`+
		`(?:路|道|巷子|[个那这的后前东西南北大段]坡)[^。！？!?，,\s]{0,4}?雪[^。！？!?，,]{0,12}?(?:出不去|出不来|进不去|进不来|上不去|上不来|开不进|运不进|送不进|拉不进)`))
	// farRoads are ways that are no village's: shut, they are news for
	// whoever travels.
	farRoads = newLexicon("高速", "国道", "省道", "县道", "县里", "县城", "市里", "城里", "外地", "外省", "服务站", "收费站")
	// herePlaces name a way of the village.
	herePlaces = newLexicon("进村", "出村", "村里", "村道", "村口", "咱村", "我们村", "俺村", "组里", "咱组", "我们组", "俺们组")
	// shutReasons close a way on purpose: for works, a rule or a sickness.
	shutReasons = newLexicon("施工", "修路", "维修", "修桥", "绕行", "禁止通行", "疫情", "封控", "交警", "管制")
	// shutLifted say the way is open again.
	shutLifted = newLexicon("通了", "解封", "开通了", "能走了", "能过了", "推开了", "铲开了", "铲出来了")
)

// ploughAwaited reports whether t asks when a snow plough comes to a way
// of the sender's ("铲雪车啥时候能到我们组", "推土机几点能过来 进村路还堵
// 着", und109): the way is snowed in now, its clearing asked, a road to
// report as a shut one is (道路交通). A plough told come ("铲雪车今天来过
// 了") asks nothing; one asked whether it comes at all ("铲车今天能来不")
// says no way is shut.
func ploughAwaited(t string) bool {
	return ploughAskRe.MatchString(t) && !containsAny(t, shutLifted)
}

// signHiddenRe is a traffic light, a sign or a bend's mirror snowed or iced
// over, or out: "路口的红绿灯被雪糊住了", "拐弯那个反光镜被雪糊住了"
// (und110). Drivers cannot see it: the way's trouble (道路交通).
var signHiddenRe = gate("糊盖挡看冻结亮", regexp.MustCompile(`(?:红绿灯|信号灯|交通灯|路牌|指示牌|警示牌|标志牌|限速牌|反光镜|凸面镜|广角镜|转弯镜)[^，。？?！!\s]{0,6}?(?:糊住|糊上|糊满|盖住|盖上|盖满|挡住|看不清|看不见|看不到|冻住|结冰|结了冰|不亮)`))

// carsMidRoadRe is cars left in the middle of a road: "车都停到马路中间了"
// (und110), a way blocked as 占道 is.
var carsMidRoadRe = gate("中当", regexp.MustCompile(`(?:停|堵|横|摆|扔)(?:到|在|着)?(?:了)?(?:马路|大路|路|道|村道|桥)(?:的)?(?:中间|当中|正中间|正当中)`))

// ploughAskRe is a plough, then when it comes: "铲雪车什么时候能到",
// "推雪的车什么时候能开到三组来", "推土机几点能过来"; not when it came
// ("铲雪车什么时候来的").
var ploughAskRe = gate("车机", regexp.MustCompile(`(?:铲雪车|铲雪的车|扫雪车|扫雪的车|推雪车|推雪的车|除雪车|除雪的车|清雪车|铲车|推土机|铲雪机|扫雪机)[^，。？?！!\s]{0,4}?(?:什么时候|几点|几时|哪天|多会儿|多久)(?:能|才能|会|可以)?(?:到|来|过来|开过来|开到|开进|进来|进村)(?:[^的过]|$)`))

// runsAskedRe asks whether a service runs or goes on ("班车还跑不跑",
// "明天还上学不", "还发车吗"): asked beside a way shut (wayShut), the way is
// its reason, the question news for the asker.
var runsAskedRe = gate("跑开发通上营", regexp.MustCompile(`(?:跑|开|发车|通车|上学|上课|营业)不(?:跑|开|发车|通车|上学|上课|营业)|(?:跑|开|发车|通车|上学|上课|营业)(?:不|吗|没有|没)$|还(?:跑|开|发车|通车|上学|上课|营业)(?:吗|么|不|没)`))

// iciclesOverhead reports whether t tells icicles hanging from a roof's
// edge over where people pass ("屋檐上挂的冰溜子有一米多长 底下天天有人走",
// und108): they fall as the day warms, a 安全隐患 to knock down. Admired
// only ("这冰溜子挂得老长了 跟宝剑似的") they are chat; on a line they are
// the line's (treeOnWire, linesBroken).
//
// A lump of ice on a pole or a tree over a school or a road is one too
// ("电线杆上挂了个大冰坨子 底下是学校", und110): what lies below told
// (busyBelowRe) is people passing.
func iciclesOverhead(t string) bool {
	return icicleHungRe.MatchString(t) && (anyUnnegated(t, peopleBeneath) || busyBelowRe.MatchString(t))
}

var (
	// icicleHungRe is an icicle or a lump of ice hung up high: "屋檐上挂
	// 的冰溜子", "电线杆上挂了个大冰坨子".
	icicleHungRe = gate("冰", regexp.MustCompile(`(?:屋檐|房檐|檐口|房顶|屋顶|楼顶|棚顶|门楼|门头|楼上|电线杆|线杆|电杆|路灯|树上|树杈|树枝|广告牌|招牌|阳台|桥上)[^，。？?！!\s]{0,6}?(?:冰溜子|冰凌|冰柱|冰挂|冰锥|冰坨子|冰坨|冰疙瘩|冰块|冰砣)`))
	// busyBelowRe is a busy place said to lie below: "底下是学校", "下面
	// 就是马路".
	busyBelowRe = gate("底下", regexp.MustCompile(`(?:底下|下面|下边|下头|正下方)(?:就|正好|刚好)?是[^，。？?！!\s]{0,4}?(?:学校|校门|幼儿园|马路|大路|路|大门|门口|集|市场|广场|车站|站牌|小卖部|超市|村委)`))
)

// fuelShort reports whether t tells a household's coal or wood running
// out and no way to get more ("五保户刘大爷家的煤快烧完了 他一个人也买不着",
// und108): someone to look in on before the cold does harm (其他, as a
// household out of fuel is: problem). Neighbours asked for some ("谁家有
// 富余的煤 俺家的快烧完了 买也买不着") is a favour asked of them, a query
// (und104). A cold home told with it is read by problem (HazardCold).
func fuelShort(t string) bool {
	if !fuelLowRe.MatchString(t) || !containsAny(t, cannotGet) || containsAny(t, neighboursAsked) {
		return false
	}
	cat, _, _ := problem(t)
	return cat == ""
}

var (
	// fuelLowRe is coal, wood or charcoal running out: "煤快烧完了".
	fuelLowRe = gate("煤柴炭", regexp.MustCompile(`[煤柴炭][^，。？?！!\s]{0,3}?(?:快烧完|快用完|快没了|快没有了|烧完了|用完了|不够烧|见底)`))
	// cannotGet say more cannot be had.
	cannotGet = newLexicon("买不着", "买不到", "买不上", "弄不到", "弄不来", "拉不回来", "运不进来", "送不进来", "搬不动", "没人送", "没人给送")
	// neighboursAsked ask the neighbours who has some.
	neighboursAsked = newLexicon("谁家有", "哪家有", "有没有人有", "谁有", "谁家还有", "匀点", "匀一点")
)

// roofSags reports whether t tells a roof or a beam bent, sunk or cracked
// under snow ("下雪屋顶都压弯了", "雪太厚了 房梁都压弯了", "屋顶让雪压得往下
// 塌"): not fallen in yet (a collapse is the alarm's), about to come down
// on whoever lives under it (alarm108). A roof mended or cleared since
// ("房顶压弯了 已经撑上了") is still told bent: the hint only says move out.
func roofSags(t string) bool { return strings.Contains(t, "雪") && roofSagRe.MatchString(t) }

var roofSagRe = gate("弯沉塌裂形凹陷", regexp.MustCompile(`(?:房梁|大梁|横梁|檩条|椽子|屋顶|房顶|屋面|顶棚|棚顶|房盖|屋架)[^，。,.!！?？ ]{0,6}?(?:压弯|弯了|弯下|压得弯|下沉|沉下去|凹下去|陷下去|往下塌|往下坠|变形|压裂|裂了|裂开)`))

// SnowRoof reports whether s tells a roof in danger under snow
// (village.HazardSnowRoof): bent or cracked (roofSags), creaking
// (beamCreaks), or heavy with snow that nobody clears or that may fall in
// (snowLoaded, und104).
func SnowRoof(s Said) bool { return snowRoof(s.Canon) }

// snowRoof is SnowRoof of canonical text t.
func snowRoof(t string) bool {
	return roofSags(t) || strings.Contains(t, "雪") && beamCreaks(t) || snowLoaded(t)
}

// roofGiving reports whether t tells a roof about to fall in under snow
// now: bent, cracked or creaking, or feared to fall ("怕要塌"), not only
// heavy with snow nobody clears: those under it are told at once
// (Perilous).
func roofGiving(t string) bool {
	return roofSags(t) || strings.Contains(t, "雪") && beamCreaks(t) || snowRoofRe.MatchString(t) && containsAny(t, roofGives)
}

// roofGives say a roof heavy with snow gives: it may fall in, it creaks
// ("屋顶上的雪压得咯吱响": 了吱 in canon).
var roofGives = newLexicon("塌", "咯吱", "了吱", "嘎吱", "吱吱", "咔咔")
