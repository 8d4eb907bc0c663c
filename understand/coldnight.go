package understand

import "regexp"

// This file tells the cold's dangers that no alarm word names (und111):
// one drunk asleep out of doors, sparks that keep falling on a stack,
// melt water running onto a live line, cartons piled where people smoke.

var (
	// drunk say someone drank too much.
	drunk = newLexicon("喝了酒", "喝多", "喝醉", "醉了", "醉酒", "喝大了", "醉倒", "醉汉", "醉鬼", "喝了二两", "喝了一斤")
	// lyingOut say someone lies or sleeps out of doors: by or on a road,
	// in the snow, in a ditch, out in the yard.
	lyingOut = newLexicon("躺在路边", "躺路边", "躺在路上", "躺路上", "躺在雪", "躺雪", "躺在沟", "躺沟", "躺在地上", "躺在外", "躺外", "睡在路边", "睡路边",
		"睡在路上", "睡在雪", "睡雪", "睡在沟", "睡在外", "睡外", "睡在地上", "倒在路边", "倒在路上", "倒在雪", "倒在沟", "趴在路边", "趴在雪", "路边躺着", "路上躺着",
		"雪地里躺着", "沟里躺着", "路边睡着", "在路边睡", "在雪地里睡", "在外头睡", "在外面睡", "在院子里睡", "在田里睡", "在桥上睡", "在村口睡", "躺在村口", "躺在桥")
	// drunkSafe say he is home or it was last night: "回来倒头就睡",
	// "昨晚…睡了一宿 今天感冒了", "扶回家了".
	drunkSafe = newLexicon("回来", "回家", "到家", "扶回", "背回", "送回", "抬回", "弄回", "接回", "拉回", "叫醒了", "醒了", "昨晚", "昨天", "前天", "一宿", "一夜", "上次", "去年", "那年", "哈哈")
)

// sparksOften, true of a spark word at t[at:] told as a habit ("柴火垛离烟
// 囱太近了 火星子老往上落"), makes it a danger standing (kindlingByFire's
// 安全隐患), no fire now: nothing told caught after it and no cry.
func sparksOften(t string, at int) bool {
	return hasAnyPrefix(t[at:], sparkWords) && sparksOftenRe.MatchString(t[at:]) && !containsAny(t[at:], scorchedAfter) && !containsAny(t, cries)
}

// sparksOftenRe is a spark word and a habit after it: "火星子老往上落",
// "火星子经常飘到".
var sparksOftenRe = gate("老总常天", regexp.MustCompile(`^(?:冒)?火[星花]子?(?:老|总|老是|总是|经常|常常|天天|时常)`))

// meltOnLine reports whether t tells water running or dripping onto a
// live line or fitting ("屋檐上的雪化了 水一直往电线上滴"): 安全隐患 (the
// power's caution for a line outside, the soaked one's for a socket).
func meltOnLine(t string) bool { return meltOnLineRe.MatchString(t) }

var meltOnLineRe = gate("滴流淌渗顺", regexp.MustCompile(`水[^，。！？!?]{0,8}?(?:往|滴到|滴在|流到|流进|顺着|淌到|渗到|渗进)[^，。！？!?]{0,4}?(?:电线|电表|电闸|电箱|插座|线路|开关|电缆)|(?:电线|电表|电闸|电箱|插座|电缆)[^，。！？!?]{0,4}?(?:滴水|往下滴|淌水|渗水)`))

// smokersByKindling reports whether t tells burnables piled in a shared
// way where people smoke ("楼道里堆了好多纸箱子 还老有人在那抽烟"): a fire
// waiting, 安全隐患, as kindlingByFire's stack by a stove.
func smokersByKindling(t string) bool {
	return containsAny(t, kindling) && containsAny(t, puffers) && containsAny(t, passages) && !keptAwayRe.MatchString(t)
}

var (
	puffers  = newLexicon("抽烟", "烟头", "吸烟", "抽根烟", "扔烟头")
	passages = newLexicon("楼道", "楼梯", "过道", "走廊", "门洞", "单元门", "院门口", "柴房", "草房")
)

// shutRoomFire reports whether t tells a coal or charcoal fire lit in a
// room shut tight ("俺娘一个人在屋里烤炭火 门窗关得严严的", und111): no
// one overcome yet, carbon monoxide waiting; 安全隐患 with the fumes'
// caution (open a crack). One who does not answer by it is the gas
// alarm's (read first).
func shutRoomFire(t string) bool {
	return containsAny(t, stoves) && containsAny(t, shutTight)
}

// shutTight say a room's doors and windows are shut with no crack.
var shutTight = newLexicon("门窗关得严", "门窗关得死", "门窗关得紧", "门窗紧闭", "门窗都关", "门窗关严", "门窗关死", "窗户关得严", "窗户关得死", "窗户关死", "窗户关严", "关得严严", "关得死死", "捂得严严", "不开窗", "一点缝都没", "没留缝", "窗户也关严", "门窗也关严", "窗户都关严", "门窗都关严", "窗户也关死", "窗户都关死")
