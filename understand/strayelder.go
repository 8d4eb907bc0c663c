package understand

import (
	"regexp"
	"strings"
)

// This file tells winter's dangers that no alarm word named (und112): an
// elder found wandering who cannot say where he lives, someone frozen
// stiff out of doors, a sky lantern come down on straw, a heater or an
// electric blanket running hot.

// lostElder reports whether canonical text t tells an elder found out of
// doors who cannot say where he lives or has lost his way home ("有个老人
// 在村口转悠 问他家在哪也说不清 冻得直哆嗦", "村口有个老太太 认不得家
// 了"): a medical alarm (Scene.Lost), since a confused elder left out in
// the cold may not live the night, and someone's family is looking for
// him. The sender's own kin gone astray is the missing-person alarm's
// (kinElders), one taken home already is over (lostFound).
func lostElder(t string) bool {
	return containsAny(t, strayElders) && lostHomeRe.MatchString(t) && !containsAny(t, kinElders) && !containsAny(t, lostFound)
}

var (
	// strayElders are an elder as one met by the road is called.
	strayElders = newLexicon("老人", "老太太", "老太", "老头", "老大爷", "老爷爷", "老奶奶", "老爷子", "老汉", "老婆婆", "老大娘", "大爷", "大娘")
	// lostHomeRe is a home asked after and not told, or a home or a way
	// home not known: "问他家在哪也说不清", "问他是哪个村的也说不上来",
	// "认不得家了", "找不到回家的路", "迷路了".
	lostHomeRe = gate("清上出知记得着到迷", regexp.MustCompile(`(?:家在哪|家住哪|住哪|住在哪|哪个村|哪村|哪个组|是谁家|谁家的|叫啥|叫什么)[^，。！？!?]{0,6}?(?:说不清|说不上来|说不出来|答不上来|不知道|记不得|记不清|不记得)|`+
		`(?:认不得|认不出|不认得|找不到|找不着|不记得|记不得|不知道)(?:自己|他|她)?(?:的)?(?:家|回家的路|回去的路|家在哪)|迷了?路|走迷了`))
	// lostWords are lostHomeRe's words, for the alarm to look for first.
	lostWords = newLexicon("说不清", "说不上来", "说不出来", "答不上来", "不知道", "记不得", "记不清", "不记得", "认不得", "认不出", "不认得", "找不到", "找不着", "迷路", "迷了路", "走迷了")
	// kinElders are the sender's own elders: one of them lost is sought
	// (the missing-person alarm), not found.
	kinElders = newLexicon("我奶", "俺奶", "我爷", "俺爷", "我姥", "俺姥", "我外婆", "俺外婆", "我外公", "俺外公", "我家老", "俺家老", "我妈", "俺妈", "俺娘", "我爸", "俺爹", "我婆婆", "俺婆婆", "我公公", "俺公公")
	// lostFound say the lost one is home or with his own: "送回家了".
	lostFound = newLexicon("送回", "领回", "接回", "接走", "找到家", "找着家", "到家了", "回家了", "家里人来", "家人来", "找到了", "找着了")
)

// frozenOut, true of a frozenStiff word at t[at:], makes it no alarm: a
// hand or a foot gone numb ("手都冻僵了 打字都打不利索"), or oneself, or
// a way of talking about the cold ("我都快冻僵了").
func frozenOut(t string, at int) bool {
	before := strings.TrimRight(t[clauseStart(t, at):at], "都也快要给得")
	return hasAnySuffix(before, frozenParts) || strings.HasSuffix(before, "我") || strings.HasSuffix(before, "俺") || strings.HasSuffix(t[:at], "快") || strings.HasSuffix(t[:at], "要")
}

// lanternDown reports whether t tells a sky lantern come down on straw,
// wood, a roof or a wood ("孩子放孔明灯落在草垛上了", "孔明灯飘到麦秸垛
// 上了"): a fire about to start, 安全隐患 with the embers' caution (go and
// put it out). One that caught is the fire alarm (read first); lanterns
// let off or seen, or bought, are talk.
func lanternDown(t string) bool { return lanternDownRe.MatchString(t) }

var lanternDownRe = gate("孔", regexp.MustCompile(`孔明灯[^，。！？!?]{0,8}?(?:落|掉|飘|挂|栽|砸)[^，。！？!?]{0,8}?(?:草|柴|秸|秆|垛|房顶|屋顶|棚|树|林|山上|坡上|院|仓)`))

// heaterHot reports whether t tells an electric blanket or a heater
// running hot or scorching what is near it ("电热毯开了一夜 早上起来褥子
// 烫手", "小太阳离被子太近 把被角烤糊了"): 安全隐患 with the heater's
// caution (unplug it). One left on all night and nothing hot is talk.
func heaterHot(t string) bool {
	return containsAny(t, heaters) && containsAny(t, heaterSigns) && !containsAny(t, heaterSafe)
}

var (
	heaters     = newLexicon("电热毯", "电褥子", "取暖器", "电暖器", "电暖气", "小太阳", "电火桶", "烤火炉", "暖风机", "电烤炉", "油汀")
	heaterSigns = newLexicon("烫手", "烫得不行", "烫得厉害", "烫得很", "发烫", "滚烫", "烤糊", "烤煳", "烤焦", "烤黄", "烫焦", "烫糊", "焦味", "糊味", "烧焦", "焦了", "糊了")
	// heaterSafe say it was a joke or a thing cooked on purpose.
	heaterSafe = newLexicon("哈哈", "烤红薯", "烤馒头", "烤橘子", "烤花生")
)
