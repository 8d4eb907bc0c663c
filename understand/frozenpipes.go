package understand

import (
	"regexp"
	"slices"
)

// This file tells a household's water pipe frozen, thawed or burst
// (und103, und104): a supply gone, chat, or the soaked caution's.

// pipeFrozen reports whether t tells a household's pipe, tap or meter
// frozen and not thawed ("俺家水管冻住了", "自来水冻住两天了 烧开水浇也不管
// 用"): no water comes until it thaws, a supply gone as a shared main's
// is (waterFrozenRe). und44 left it silent as the household's own to
// thaw; told in the group it is the sender's matter, asked back by its
// confidence (und103). Thawed after ("浇开了", "才通", "出水了") it is
// chat; asked how to thaw it is a question (read before).
func pipeFrozen(t string) bool {
	return pipeFrozenRe.MatchString(t) && !containsAny(t, thawed) && !thawTriedRe.MatchString(t)
}

var (
	pipeFrozenRe = regexp.MustCompile(`(?:水管|管子|自来水|水龙头|龙头|水表)子?(?:又|都|也|全|全都|给)?(?:冻住|冻上|冻死|冻实|冻严实|冻起来)`)
	// thawed say a frozen pipe runs again.
	thawed = newLexicon("浇开", "化开", "烤开", "吹开", "烫开", "冲开", "通了", "才通", "就通", "出水了", "才出水", "就出水", "又出水", "来水了", "有水了", "弄好了", "没事了")
)

var (
	// pipesBurst tell a pipe, a tap or a meter burst or cracked.
	pipesBurst = newLexicon("水管爆", "管子爆", "水管子爆", "水管裂", "管子裂", "水管冻裂", "管子冻裂", "水管子冻裂", "暖气管子冻裂", "暖气管冻裂", "暖气片冻裂", "水龙头冻裂", "龙头冻裂", "水表冻裂", "水管破", "水管炸", "接头爆", "管子崩")
	// floorFlooded tell water over a floor: "水漫了一地", "屋里淌了一地水".
	floorFlooded = newLexicon("漫了一地", "淌了一地", "流了一地", "喷了一地", "呲了一地", "一地的水", "满地是水", "满地都是水", "地上全是水", "地上都是水", "一屋子水", "满屋子水", "满屋都是水", "屋里全是水", "屋里都是水", "屋里进水", "漫进屋", "淹了屋", "水漫金山")
	// outdoors are where a burst pipe's water is no home's floor.
	outdoors = newLexicon("路上", "路边", "路面", "马路", "村口", "街上", "院子", "院里", "院坝", "地里", "田里", "外面", "外头", "结冰", "结成冰", "冰溜")
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
