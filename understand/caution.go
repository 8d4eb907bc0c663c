package understand

import (
	"regexp"
	"slices"

	"gridbot/village"
)

// danger is one kind of danger a general report may leave in the open
// until it is fixed: the thing (words) in the state (with) that makes it
// one. A report of it gets a one-line safety hint (see village.Caution).
type danger struct {
	hazard village.Hazard
	words  lexicon
	with   lexicon
	// where, when set, must be told too, and unless must not: a home's
	// inside for its wiring, and no pole or line outside
	where, unless lexicon
}

// cautions are the dangers, the first that fits wins: a line touched or
// down before a hole in the road ("树枝断了挂在电线上" is the power's).
var cautions = []danger{
	// a fire put out, its smoke still in the house or what caught named:
	// "电暖器把沙发烤着了 火扑灭了 屋里都是烟" (alarm101); an appliance's
	// or an e-bike's has its plug pulled too, no other fire's (alarm102)
	{hazard: village.HazardSmoulderPlug, where: newLexicon(slices.Concat(homeAppliances, EBikeWords)...), words: firesOut, with: smouldered},
	{hazard: village.HazardSmoulder, words: firesOut, with: smouldered},
	// a stove's smoke let into the room: "屋里冷 炉子的烟囱漏烟"
	{hazard: village.HazardFumes, words: newLexicon(slices.Concat(stoves.words, chimneys.words)...), with: fumeLeaks},
	// a coal or charcoal fire in a room shut tight (und111): no flue to
	// mend, the window opened (und112)
	{hazard: village.HazardShutFire, words: stoves, with: shutTight},
	// an animal under or in what fell on it: "牛棚压塌了 牛还在里面压着
	// 呢" (alarm100; a person under it is an alarm)
	{hazard: village.HazardPenned, words: animals, with: stockHeld},
	// appliances or sockets standing in water, before the wiring below:
	// "水管冻裂了 屋里到处是水 电器都泡了", "插座进水了" (alarm100)
	{hazard: village.HazardSoaked, words: newLexicon(slices.Concat(appliances.words, []string{"电线", "电闸", "电表", "电箱", "电动车", "电瓶"})...), with: soakedWords},
	{hazard: village.HazardSoaked, words: newLexicon("插座", "插线板", "排插", "电闸", "电表", "电箱"), with: newLexicon("进水", "进了水", "湿了", "滴水")},
	// a burst pipe's water over a home's floor, where sockets stand:
	// "水管爆了 水漫了一地", "家里水管冻裂了 到处是水" (und103); a main
	// burst on the road ("村口的水管冻裂了 水喷了一地都结冰了") is not
	{hazard: village.HazardSoaked, words: pipesBurst, with: floorFlooded, unless: outdoors},
	{hazard: village.HazardSoaked, words: pipesBurst, with: newLexicon("到处是水", "到处都是水", "全是水", "都是水"), where: homeInside, unless: outdoors},
	// a household's pipe frozen, not burst, not yet thawed and no shared
	// main: how to thaw it without a flame (und104)
	{hazard: village.HazardFrozen, words: frozenFittings, with: frozenStates, unless: frozenUnless},
	// a home's own wiring, before a line outside: "屋里的电线老化了 插座冒火花"
	{hazard: village.HazardWiring, where: homeInside, unless: newLexicon(outdoorLines...), words: newLexicon("电线", "插座", "插头", "线路", "开关", "电闸", "线头"),
		with: newLexicon("露在外面", "露在外头", "露出来", "露着", "裸露", "老化", "破皮", "皮破", "冒火花", "打火", "火花", "冒烟", "漏电", "烧焦", "烧黑", "发烫")},
	// a home with no heat in the cold: "家里没暖气 冻得不行"
	{hazard: village.HazardCold, words: newLexicon(slices.Concat([]string{"没暖气", "没有暖气", "暖气不热", "暖气坏", "暖气停", "停暖", "没法取暖", "取暖器坏"}, fuelGone.words)...),
		with: newLexicon("冻", "冷", "冰凉", "凉透", "凉飕飕", "透心凉")},
	// melt water dripping or running onto a line ("屋檐上的雪化了 水一直往
	// 电线上滴", und111): the power company's to look at, no one near it
	{hazard: village.HazardPower, words: newLexicon("电线", "高压线", "电缆"), with: newLexicon("往电线上滴", "滴到电线", "滴在电线", "电线上滴", "顺着电线", "往电线上流", "流到电线")},
	{hazard: village.HazardPower, words: newLexicon("电线", "高压线", "电缆", "电杆", "线杆", "变压器"),
		with: newLexicon("树枝", "树杈", "枝丫", "枝桠", "竹子", "树", "断了", "掉", "垂", "耷拉", "挂在", "搭在", "压着", "压到", "压弯", "倒了", "歪", "打火", "火花", "滋滋")},
	{hazard: village.HazardRoad, words: newLexicon("井盖", "窨井", "下水道口", "下水道的盖", "下水道盖", "沟盖", "盖板"),
		with: newLexicon("没了", "不见", "丢了", "被偷", "坏了", "破了", "碎了", "翻了", "掉", "缺", "烂了", "塌", "断", "没盖", "没有盖")},
	{hazard: village.HazardRoad, words: newLexicon("洞", "窟窿", "坑"),
		with: newLexicon("掉进", "摔进", "掉下去", "好深", "很深", "太深", "这么深", "那么深")},
	{hazard: village.HazardRoad, words: newLexicon("护栏", "栏杆", "围栏", "扶手"),
		with: newLexicon("断了", "坏了", "倒了", "掉了", "没了", "松了", "断", "撞坏", "撞断", "烂了", "缺了")},
	// what fell lying on the road: "围墙倒了 砖头堆在路上"
	{hazard: village.HazardRoad, words: newLexicon("墙", "砖", "石头", "石块", "土"), with: rubble},
	{hazard: village.HazardAnimal, words: newLexicon("狗", "马蜂", "蜂窝", "黄蜂", "野蜂"),
		with: newLexicon("追人", "追着人", "追咬", "咬人", "咬伤", "被咬", "要咬", "扑人", "蜇人", "蛰人", "被蜇", "被蛰", "要蜇", "要蛰")},
	{hazard: village.HazardRoad, words: newLexicon("路", "桥", "涵洞", "路基", "路面"),
		with: newLexicon("冲垮", "冲坏", "冲毁", "冲断", "冲烂", "冲没", "冲走", "冲塌", "冲出", "掏空", "塌了", "塌陷", "垮了", "陷下去", "大坑", "深坑", "断了")},
}

// firesOut say a fire was put out: "火扑灭了", "已经灭了".
var firesOut = newLexicon("扑灭", "火灭了", "已经灭了", "灭掉了", "浇灭", "熄灭", "火灭掉", "打灭", "踩灭", "捂灭")

// smokeLeft say smoke stays in a room or a stairway after a fire: "屋里都
// 是烟", "满屋子烟", "一股烟味".
var smokeLeft = newLexicon(slices.Concat(roomSmoked.words, []string{"烟味", "烟很大", "烟好大", "烟太大", "呛得", "呛人", "熏得"})...)

// smouldered are what a fire put out leaves that may burn again: its
// smoke in the house (smokeLeft), or a thing that caught told
// (caughtThings: "炭盆把被子引着了 用水浇灭了", alarm102).
var smouldered = newLexicon(slices.Concat(smokeLeft.words, caughtThings.words)...)

// smokeGone are smokeEnds to look up: "烟也散了".
var smokeGone = newLexicon(smokeEnds...)

// smoulders reports whether canonical text t tells a fire put out and
// its smoke still in the house (alarm101), or what caught named
// (alarm102: a quilt or a sofa burns on inside): the smoulder caution, no
// alarm; the smoke's end told ("烟也散了": smokeEnds) is over, and so is a
// fire days old or told to thank the helpers ("前天夜里我家柴房着火…火很快
// 被扑灭…这份恩情").
func smoulders(t string) bool {
	return anyAlarm(t, func(h village.Hazard, _ int, _ string) bool { return h == village.HazardFire }) &&
		containsAny(t, firesOut) && containsAny(t, smouldered) && !containsAny(t, smokeGone) && !containsAny(t, gratitude) && !containsAny(t, daysAgo)
}

// daysAgo date a fire two days back or more: pastTimes, 前天.
var daysAgo = newLexicon(slices.Concat(pastTimes.words, []string{"前天", "大前天"})...)

// stockHeld say an animal is held under or in what fell: "压着", "还在里
// 面", "拉不出来".
var stockHeld = newLexicon("压着", "压在", "压住", "压到", "埋在", "埋着", "困在", "困住", "还在里", "在底下", "在下面", "出不来", "拉不出来", "弄不出来")

// soakedWords say a thing stands in water: "电器都泡了", "插座淹在水里".
var soakedWords = newLexicon("泡在水里", "泡水", "泡了", "被泡", "泡着", "淹了", "淹在水里", "淹到", "浸在水里", "浸水", "泡到", "水里")

// fuelGone say a household's fire has nothing to burn or went out: "没煤
// 了", "柴火烧完了", "炉子灭了". Cold with it, someone to look in on (其他,
// see problem), unlike the heating a utility gives (und97).
var fuelGone = newLexicon("没煤", "没柴", "没烧的", "没炭", "炉子坏", "炉子灭", "煤烧完", "煤用完", "柴烧完", "柴火烧完", "柴火用完", "炭烧完", "炭用完")

// homeInside tell a home's inside, or a fitting only found there.
var homeInside = newLexicon("家里", "家中", "我家", "她家", "他家", "屋里", "屋内", "房里", "房间", "室内", "卧室", "厨房", "墙上", "墙里", "插座", "插头", "开关", "电闸")

// Caution is the danger s tells of that a passer-by could come to
// harm by before it is fixed (village.HazardRoad, village.HazardPower,
// village.HazardAnimal, village.HazardFumes, village.HazardWiring, village.HazardCold),
// or HazardNone. It reads any report, whoever classified it: the safety
// hint a report's reply carries depends on it.
//
// A fee asked in an office's name (swindleTold) gets the swindle's warning
// (village.HazardSwindle, und109), whatever fitting it names; it is no
// danger standing where people pass, so caution, which the readers ask
// that of, leaves it out.
func Caution(s Said) village.Hazard {
	if phonesCollected(s.Canon) {
		// "村里来了几个收旧手机的 说旧手机换鸡蛋" (und111): no money asked,
		// the phones themselves are what the swindle wants
		return village.HazardPhones
	}
	if swindleTold(s.Canon) {
		// "有个人上门说是燃气公司的 要换阀门 一个二百"
		return village.HazardSwindle
	}
	return caution(s.Canon)
}

// caution is Caution of canonical text t, a swindle aside.
func caution(t string) village.Hazard {
	if snowRoof(t) {
		// a roof bent or creaking under snow, before the cold or a
		// leak the same words tell (SnowRoof, alarm108)
		return village.HazardSnowRoof
	}
	if iceFell(t) {
		return village.HazardIce // "后坡那段路结冰了 今早有人骑车摔了"
	}
	if iciclesOverhead(t) {
		// "电线杆上挂了个大冰坨子 底下是学校": a warning below until it is
		// knocked down, as a hole's (und110)
		return village.HazardRoad
	}
	switch {
	case lanternDown(t):
		return village.HazardEmbers // "孩子放孔明灯落在草垛上了" (und112)
	case heaterHot(t):
		return village.HazardHeater // "电热毯开了一夜 早上起来褥子烫手" (und112)
	}
	x := sketchOf(t)
	for _, c := range cautions {
		if containsAnyIn(t, &x, c.words) && containsAnyIn(t, &x, c.with) && (len(c.where.words) == 0 || containsAnyIn(t, &x, c.where)) &&
			(len(c.unless.words) == 0 || !containsAnyIn(t, &x, c.unless)) {
			return c.hazard
		}
	}
	if coldHome(t) {
		return village.HazardCold
	}
	return village.HazardNone
}

// coldHome reports whether t tells a home's heat failing in words the
// HazardCold caution's lexicon does not hold, and its people cold or the
// room cold by the thermometer (und109): a radiator, a 炕, an electric
// blanket or a heater that does not warm ("俺家暖气片不热 屋里才八度",
// "家里老人冻得睡不着 电热毯也不热"), or a stove gone out with words
// between ("炉子晚上灭了 屋里冻得跟冰窖一样"). A heater new and not
// working, asked of the neighbours with nobody cold, is no cold home; a
// cold room with no heat failing told is the weather's talk.
func coldHome(t string) bool {
	return (heatFailsRe.MatchString(t) || stoveOutRe.MatchString(t)) && (containsAny(t, coldFelt) || roomColdRe.MatchString(t))
}

var (
	// heatFailsRe is a home's heating that does not warm: "暖气片不热",
	// "炕也不热", "电暖器也不管用".
	heatFailsRe = gate("热暖凉冰管用", regexp.MustCompile(`(?:暖气片|暖气|暖片|土暖气|电暖气|电热毯|电褥子|取暖器|电暖器|小太阳|火炕|炕)(?:也|都|还是|一点也|一点都|根本|就)?(?:不热|不暖和|不怎么热|不咋热|不太热|半温不热|冰凉|凉的|是凉的|凉了|不管用|不顶用|没用)`))
	// stoveOutRe is a stove gone out, a time or a word between:
	// "炉子晚上灭了", "炉子半夜又灭了".
	stoveOutRe = gate("灭", regexp.MustCompile(`(?:炉子|火炉|煤炉|炉火)[^，。？?！!\s]{1,4}?(?:灭了|熄了|灭掉了)`))
	// roomColdRe is a room's cold told by degrees: "屋里才八度", "家里
	// 十二度".
	roomColdRe = gate("度", regexp.MustCompile(`(?:屋里|屋子里|家里|室内|房间里?|卧室)(?:温度)?(?:才|只有|就|只|不到|就只有|也就|才只有)?(?:零下)?(?:[一二两三四五六七八九十几]|十[一二两三四五]?|[0-9]|1[0-5])度`))
	// coldFelt say people are cold: the HazardCold caution's own words.
	coldFelt = newLexicon("冻", "冷", "冰凉", "凉透", "凉飕飕", "透心凉", "哆嗦")
)

// Endangers reports whether text, read as an emergency of hazard h, tells
// of a person in the danger: what keeps it an emergency when the sender
// filed it as another type ("上报 调解 他家的树刮倒了 把我家院墙砸倒了" is
// a dispute). A fire, a gas leak, a person hurt, missing or attacked, or
// one stuck where a fall kills endangers people by itself; a wall, a house
// or a field brought down or flooded only with someone in it, hurt, or a
// cry for help, not negated ("还好没有人受伤").
func Endangers(text string, h village.Hazard) bool {
	if h != village.HazardCollapse && h != village.HazardFlood {
		return true
	}
	return endangers(canon(unspace(normalize(text))))
}

// endangers is Endangers for a collapse or a flood in canonical text.
func endangers(t string) bool {
	return anyUnnegated(t, trapped) || anyUnnegated(t, inside) || anyUnnegated(t, severities) ||
		anyUnnegated(t, strikes) && containsAny(t, kinWords)
}

// strikes say what fell came down on something: with a person named
// ("压到我家孩子了"), on him.
var strikes = newLexicon("压到", "压倒", "砸中", "砸在", "砸倒", "埋")

// inside say people are still in a house, or were carried off by water.
var inside = newLexicon("在屋里", "还在屋", "在家里", "人还在", "冲走了人", "人冲走", "人被冲", "卷走")
