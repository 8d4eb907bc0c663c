package understand

import (
	"regexp"
	"slices"
	"strings"
)

// sparksAdrift reports whether the spark word at t[at:] ("火星子乱飞") is
// of a burning done on purpose in the open (ritualBurnings, burnOffs:
// "河边烧纸钱 风大 火星子乱飞") that the message tells reaches nothing that
// burns: no wood, hill, grave, grass, stack, crop or house named
// (sparkFuels), nothing caught or scorched after it and no cry. That is a
// fire risk to report (安全隐患), not a fire (und103). Sparks blown at
// what burns stay alarms, on und100's safe side: "坟地里烧纸 火星子被风
// 吹得到处飞", "烧秸秆 火星子都飘到旁边柴垛上了". Sparks warned of ("别跑
// 出火星子") are the reminder reader's, as before.
func sparksAdrift(t string, at int) bool {
	if !hasAnyPrefix(t[at:], sparkWords) || !containsAny(t, adriftBurnings) || containsAny(t[clauseStart(t, at):at], alightFears) {
		return false
	}
	return !containsAny(t, sparkFuels) && !containsAny(t[at:], scorchedAfter) && !containsAny(t, cries)
}

var (
	// ritualBurnings burn paper or incense for the dead.
	ritualBurnings = []string{"烧纸", "纸钱", "烧香", "烧包袱", "烧纸扎", "上坟", "祭祖"}
	adriftBurnings = newLexicon(slices.Concat(ritualBurnings, strawBurnings, wildBurnings)...)
	// sparksFlying tell sparks blown about: a 安全隐患 topic when no fire
	// alarm took them (sparksAdrift).
	sparksFlying = []string{"火星子乱飞", "火星乱飞", "火星子到处飞", "火星到处飞", "火星子满天飞", "火星子四处飞", "火星子直飞", "火星子飘"}
	// sparkFuels are what sparks blown at may set alight.
	sparkFuels = newLexicon("林", "树", "山", "坟", "草", "柴", "垛", "庄稼", "麦", "稻", "房", "屋", "棚", "家门", "院")
)

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

// iceFallsRe is ice that people keep falling on, told by their count:
// "门前那块冰 早上摔了好几个人了", "冰上滑倒了好几个" (und103). A spot of
// ice that felled several is the way's trouble (道路交通) wherever it lies;
// one who fell and is hurt is the alarm's, read before.
var iceFallsRe = regexp.MustCompile(`冰[^，。,.!！?？]{0,12}?(?:摔|滑倒|跌|滑了|栽)[^，。,.!！?？]{0,3}?(?:(?:好几|好些|几|两|三|四|五|十几)个|(?:好几|好些|好多|不少|一堆|几|两|三)人)`)

// lentOut reports whether t tells the sender lent money out ("年初借给老周
// 两万块钱", "钱借出去了"): with a default told (defaults: 躲着, 不还…) a
// debt unpaid, as "借了我" is (und103). Lent to the sender ("老王借给我两
// 千") is his own debt, none.
func lentOut(t string) bool {
	return containsAny(strings.ReplaceAll(t, "借给我", ""), lendings)
}

var lendings = newLexicon("借给", "借出去", "借出")

// spendings use 费 of what a thing uses up, no fee owed: "嫌费电不让开",
// "太费煤了" (und103). grievance strips them before it looks for an
// entitlement, so a fee (电费, 取暖费) still counts.
var spendings = newLexicon("费电", "费水", "费油", "费煤", "费柴", "费气", "费钱", "费劲", "费事", "费力", "费时", "费心", "浪费")

// smokesWhenLit reports whether the room-full-of-smoke word at t[at:] is
// told as what happens each time the stove is lit ("老屋的烟囱裂了 一生炉子
// 满屋子都是烟"): a flue that lets fumes in, the fumes caution's 安全隐患
// (see cautions), not fumes filling a room now (und103). Anyone overcome
// ("…头晕") is read by the other gas alarms.
func smokesWhenLit(t string, at int) bool {
	return whenLitRe.MatchString(t[clauseStart(t, at):at])
}

// whenLitRe is a stove lit as a habit's condition: "一生炉子", "每次烧火",
// "只要一点炉子".
var whenLitRe = regexp.MustCompile(`(?:^|[^一])(?:一|每次|每回|只要一?)(?:生|烧|点|烤)(?:起)?(?:炉子|炉|火|灶|炕)`)
