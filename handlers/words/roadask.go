package words

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"gridbot/understand"
)

// RoadAsk is which of the township's roads an officer asks after
// (town110): those iced over, or those still shut.
type RoadAsk int

const (
	// RoadNone is no question of the roads.
	RoadNone RoadAsk = iota
	// RoadIcy asks which roads are iced over: 「各村路上结冰的有几处」
	// 「哪些路还结着冰」「路上的冰都清了没有」.
	RoadIcy
	// RoadShut asks which roads are still shut (by snow, mostly): 「哪些路
	// 还没通」「路都通了没有」「被雪封的路还有几条」.
	RoadShut
	// RoadSnow asks how the clearing of snow and ice goes (town112):
	// 「各村铲雪情况怎么样」「路上的雪都铲了没有」「除雪进度咋样了」,
	// answered with the road items still snowed up, shut or iced over.
	RoadSnow
)

const (
	// roadNoun is a way: 路, 路上, 路面, 道路, 村道, 路段.
	roadNoun = `(?:主干道|干道|主路|道路|村道|公路|马路|路段|路面|路上|路)`
	// roadHowMany asks which or how many.
	roadHowMany = `(?:哪些|哪几条|哪几处|哪几段|哪几个|哪里的?|哪儿的?|哪块|几条|几处|几段|几个|多少条|多少处|多少段|多少个|多少)`
	// roadCount is the measure word after roadHowMany's 几/多少.
	roadCount = `(?:条|处|段|个|块)?`
	// roadQ asks by its particle: 「路都通了没有」.
	roadQ = `(?:吗|么|没有|没|不)`
	// iceState is a way iced over: 结冰, 结着冰, 有冰, 打滑.
	iceState = `(?:结冰|结了冰|结着冰|结的冰|上冻|冻住|冻上|有冰|打滑|滑)`
	// shutState is a way not open: 没通, 不通, 封着, 被雪封.
	shutState = `(?:没通|没有通|没打通|没有打通|没疏通|不通|不能走|走不了|过不去|封着|被雪封着|被雪封|被封|封了|堵着)`
	// iceCleared asks whether the ice was dealt with: 「冰都清了没有」.
	iceCleared = `冰(?:都|还)?(?:除|铲|清|化|处理|撒盐)(?:完|掉|好)?(?:了)?` + roadQ
	// opened asks whether the ways are open again: 「路都通了没有」.
	opened = `(?:都|还|全|全都)?(?:通|打通|疏通|通车|能走)(?:了)?` + roadQ
)

// roadAsksOf are the questions of a way in state: which or how many, the
// way first or the state first, and whether any is still so.
func roadAsksOf(state, whether string) *regexp.Regexp {
	return regexp.MustCompile(`^(?:的)?(?:` +
		// 「哪些路还没通」「还有几处路面结冰」「哪些路结冰了」
		`(?:还有|有)?` + roadHowMany + roadCount + `(?:的)?` + roadNoun + `(?:上|面)?(?:还|都)?(?:在)?` + state + `(?:了)?(?:的)?` +
		// 「路上结冰的有几处」「路没通的还有多少」
		`|` + roadNoun + `(?:还|都)?` + state + `(?:了)?的?(?:地方|路段)?(?:还)?(?:有)?` + roadHowMany + roadCount +
		// 「结冰的路有哪些」「没通的路还有几条」
		`|` + state + `(?:了)?的` + roadNoun + `(?:段)?(?:还)?(?:有)?` + roadHowMany + roadCount +
		// 「还有几处结冰」「还有哪些地方没通」
		`|(?:还有|有)` + roadHowMany + roadCount + `(?:地方)?(?:还)?` + state + `(?:了)?(?:的)?` +
		// 「还有没有路没通」「有没有路结冰」
		`|(?:还有没有|有没有|是否还有|是否有)` + roadNoun + `(?:还)?` + state + `(?:了)?(?:的)?` +
		// 「路都通了没有」「路上的冰都清了没有」
		`|` + roadNoun + `(?:上的|的)?` + whether +
		`)$`)
}

var (
	icyAsks  = roadAsksOf(iceState, iceCleared)
	shutAsks = roadAsksOf(shutState, opened)
	// snowAsks asks how the clearing goes: the work named, then how it
	// goes (「铲雪情况怎么样」「除雪进度咋样了」「扫雪工作进展如何」), or
	// whether the snow is cleared (「路上的雪都铲了没有」「积雪清完了吗」),
	// or which ways still have snow (「还有哪些路有积雪」).
	snowAsks = regexp.MustCompile(`^(?:` +
		`(?:道路|路上|路面)?` + snowWork + `(?:的)?(?:工作)?(?:(?:情况|进度|进展)` + howGoes + `?|` + howGoes + `)(?:了)?` +
		`|(?:的)?(?:` + roadNoun + `(?:上的|的)?)?(?:积雪|雪)(?:都|还|全)?` + snowDone + `(?:了)?` + roadQ +
		`|(?:的)?(?:` + roadNoun + `(?:上的|的)?)?(?:积雪|雪)(?:都|还)?` + snowDone + `得` + howGoes + `(?:了)?` +
		`|(?:还有|有)?` + roadHowMany + roadCount + roadNoun + `(?:上)?(?:还)?有(?:积雪|雪)(?:没清|没铲|没扫)?(?:的)?` +
		`)$`)
)

const (
	// snowWork is the clearing of snow and ice as the township names it.
	snowWork = `(?:铲雪|扫雪|除雪|清雪|除冰|铲冰|清冰|破冰|除雪破冰|除雪除冰|铲雪除冰|扫雪除冰|清扫积雪|清理积雪|积雪清理|道路清雪|道路除雪)`
	// howGoes asks how a work goes.
	howGoes = `(?:怎么样|咋样|怎样|如何|搞得怎么样|到哪了|到哪一步了|报一下|汇报一下|说一下)`
	// snowDone is snow or ice dealt with: 铲了, 清完, 扫干净.
	snowDone = `(?:铲|扫|清|除|清理|清除|清扫|化)(?:完|掉|干净|好)?`
)

// ReadRoadAsk reads text as an officer's question which roads of the
// township are iced over or still shut (town110: 「各村路上结冰的有几
// 处」「哪些路还没通」 were silent, with an @ the menu), once the stretch,
// the township's words and the season's fillers are gone. Answered with
// the open road items of that kind (RoadIs), @ or not.
func ReadRoadAsk(text string) RoadAsk {
	if len(text) > 60 || !ContainsAnyOf(text, "路", "道", "冰", "雪") {
		return RoadNone // ordinary chat, passed over cheaply
	}
	s, _, _ := stretchTaken(text, "?？。!！~呀啊呢")
	for before := ""; before != s; {
		before = s
		for _, f := range dangerFillers {
			s = trimAlarmPlace(strings.TrimPrefix(s, f))
		}
	}
	switch {
	case utf8.RuneCountInString(s) > 16:
		return RoadNone
	case icyAsks.MatchString(s):
		return RoadIcy
	case shutAsks.MatchString(s):
		return RoadShut
	case snowAsks.MatchString(s):
		return RoadSnow
	}
	return RoadNone
}

// iceTold and shutTold are the words of an item that tell its way iced
// over or shut.
var (
	iceTold  = []string{"冰", "冻", "滑"}
	shutTold = []string{"没通", "不通", "封", "过不去", "进不去", "进不来", "出不去", "出不来", "上不去", "上不来"}
)

// wayTold are the words of an item that name a way.
var wayTold = []string{"路", "道", "桥", "坡", "街", "巷"}

// RoadIs reports whether an item's text tells a way in the state kind
// asks after: ice (冰, 冻, 滑) or shut (understand.SnowedIn, or 没通,
// 封, 进不来…), or for the clearing asked (RoadSnow) either, or snow
// lying on it. The caller keeps to open road items.
func RoadIs(kind RoadAsk, text string) bool {
	switch kind {
	case RoadIcy:
		return ContainsAnyOf(text, iceTold...)
	case RoadShut:
		return ContainsAnyOf(text, shutTold...) || understand.SnowedIn(understand.Hear(text))
	case RoadSnow:
		// what snow and frost left, shut or iced, or snow lying on a way
		// (a cowshed's snow is no road's)
		return RoadIs(RoadIcy, text) || RoadIs(RoadShut, text) || strings.Contains(text, "雪") && ContainsAnyOf(text, wayTold...)
	}
	return false
}

// RoadState is which states an open road item's text tells its way in
// (RoadIs of each): what the 早报 counts (village.OfficeDigest.Road, town111).
func RoadState(text string) (icy, shut bool) {
	return RoadIs(RoadIcy, text), RoadIs(RoadShut, text)
}
