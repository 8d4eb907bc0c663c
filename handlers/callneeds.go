package handlers

import (
	"slices"
	"strings"

	"gridbot/understand"
	"gridbot/village"
)

// An elder's need told on a call: what the general rules rightly leave
// alone when a villager says it of himself in the group ("头晕", "降压药吃
// 完了": nobody there to act) is, in a worker's call note, the state of a
// vulnerable elder the grid looks after, and the grid leader should hear
// of it.
type elderNeed struct {
	category string
	words    []string
	// complaint: how she feels, which she may wave away ("腰疼，不要紧");
	// a want of things (medicine, food, heat, a sound roof) stands until
	// it is met, whatever she says of it.
	complaint bool
}

// elderNeeds are the needs a call note may tell, by the category the
// report is filed under. Words are checked for negation and
// reassurance (see needIn).
var elderNeeds = []elderNeed{
	{"其他", []string{"疼", "痛", "头晕", "头昏", "不舒服", "难受", "发烧", "咳嗽", "生病", "病了", "住院", "看病",
		"血压高", "血糖高", "血压有点高", "血压偏高", "血压又高", "血糖有点高", "血糖偏高", "没力气", "吃不下", "睡不着", "腿脚不便", "走不动",
		"摔了", "摔伤", "摔倒", "走不了路", "下不了床"}, true},
	{"其他", []string{"药吃完", "药没了", "没药", "药快没", "药快吃完", "断药", "缺药", "要买药", "得买药", "该买药", "药不够", "买不到药"}, false},
	{"其他", []string{"没米", "没面", "没吃的", "没饭", "没粮", "吃不上饭", "没菜", "没钱买", "断顿", "没水喝", "断水", "没水",
		"米快吃完", "米吃完", "米快没", "面快吃完", "面吃完", "粮快吃完", "粮食不够", "缺粮", "吃的不够", "煤气没了", "液化气没了", "煤气用完", "液化气用完",
		"煤气快没", "煤气快用完", "液化气快没", "液化气快用完", "煤气罐该换", "煤气罐要换", "煤气罐得换", "液化气罐该换", "液化气罐要换",
		"该换煤气", "要换煤气", "得换煤气", "煤气罐空", "液化气罐空"}, false},
	{"水电设施", []string{"没暖气", "暖气不热", "暖气坏", "没电", "停电"}, false},
	{"其他", []string{"炉子坏", "没煤", "没柴", "没烧的"}, false},
	{"其他", []string{"冷得", "太冷", "好冷", "冻得"}, true},
	// what her absence leaves untended: "住院了 家里的鸡没人喂"
	{"其他", []string{"没人喂", "没人看家", "没人照看"}, false},
	{"安全隐患", []string{"漏雨", "漏水", "房子裂", "墙裂", "墙塌"}, false},
	{"其他", []string{"闷得慌", "孤单", "寂寞", "没人说话", "没人陪", "没人管", "没人照顾", "想有人", "想让人", "希望有人",
		"想找人"}, true},
}

// needIn reports the category of the first need a call note tells that
// stands: a word of elderNeeds not negated by the rune before it ("不疼",
// "没病"), in a clause that does not reassure (understand.Reassures:
// "头晕好多了"), and, for a complaint, with no reassurance in a later
// clause ("腰疼，不要紧": she waves it away; "没事，就是腰疼" still tells
// it). Notes that say all is well ("挺好", "没事", "身体还行") tell none.
func needIn(note string) (category string, ok bool) {
	var told []elderNeed // the needs told so far that stand
	for _, c := range strings.FieldsFunc(note, func(r rune) bool { return strings.ContainsRune(" ，。,.!！?？；;、\n", r) }) {
		if understand.Reassures(c) {
			told = slices.DeleteFunc(told, func(n elderNeed) bool { return n.complaint })
			continue
		}
		if n, ok := needOf(c); ok {
			told = append(told, n)
		}
	}
	if len(told) == 0 {
		return "", false
	}
	return told[0].category, true
}

// needOf is the first need of elderNeeds that clause tells.
func needOf(clause string) (elderNeed, bool) {
	for _, n := range elderNeeds {
		for _, w := range n.words {
			if told(clause, w) {
				return n, true
			}
		}
	}
	return elderNeed{}, false
}

// told reports whether clause says w, not negated by the rune before it
// ("不疼", "没痛", "别担心"); a word that itself starts with 没 is its own
// negation ("没米").
func told(clause, w string) bool {
	for i := 0; ; {
		at := strings.Index(clause[i:], w)
		if at < 0 {
			return false
		}
		at += i
		before := clause[:at]
		if !strings.HasSuffix(before, "不") && !strings.HasSuffix(before, "没") && !strings.HasSuffix(before, "没有") && !strings.HasSuffix(before, "不需") {
			return true
		}
		i = at + len(w)
	}
}

// sameNeed reports whether a and b tell a need by the same word of
// elderNeeds ("腿有点疼", "腿还是疼"): a need told again in other words.
func sameNeed(a, b string) bool {
	for _, n := range elderNeeds {
		for _, w := range n.words {
			if told(a, w) && told(b, w) {
				return true
			}
		}
	}
	return false
}

// needReading is the reading of a call note that the rules left alone but
// that tells an elder's need: a general report on her behalf.
func needReading(note string, reading village.Reading) village.Reading {
	if reading.Intent == village.IntentReport {
		return reading
	}
	category, ok := needIn(note)
	if !ok {
		return reading
	}
	return village.Reading{Intent: village.IntentReport, Type: village.General, Category: category,
		Confidence: reading.Confidence, Source: reading.Source, Summary: note}
}
