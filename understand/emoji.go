package understand

import (
	"regexp"
	"strings"

	"gridbot/village"
)

// alarmEmoji are the emoji that stand for an emergency's hazard: fire, an
// ambulance, the police, a flood, an SOS or a siren (any hazard).
var alarmEmoji = map[rune]village.Hazard{
	'🔥': village.HazardFire, '🚒': village.HazardFire, '🧯': village.HazardFire,
	'🚑': village.HazardMedical,
	'🚓': village.HazardCrime, '🚔': village.HazardCrime, '👮': village.HazardCrime,
	'🌊': village.HazardFlood,
	'🆘': village.HazardNone, '🚨': village.HazardNone,
}

// emojiAlarm finds an alarm told in emoji ("🔥🔥🔥 村东头 快", "🚑 老李家
// 快来人"): an alarm emoji, and words that are nothing but a place and a
// call to come. A cry for help is enough by itself; a mere "快" needs a
// place with it. An emoji with other words is a figure of speech ("这个
// 视频太🔥了", "火锅🔥"); emoji alone are applause. c is text in canon
// form, which has no emoji left.
func emojiAlarm(text, c string) (village.Hazard, bool) {
	h, found := village.HazardNone, false
	for _, r := range text {
		if hz, ok := alarmEmoji[r]; ok {
			h, found = hz, true
			break
		}
	}
	if !found {
		return village.HazardNone, false
	}
	rest := strip(c, cries)
	cried := rest != c
	rest = strip(rest, emojiCalls)
	called := cried || rest != c
	rest = strings.ReplaceAll(rest, "大家", " ") // "大家快来": everyone, no household
	// A spot is a place enough by itself; a grid or a village named
	// alone ("三组🔥🔥" under a ranking) is praise, and needs a call.
	spot := emojiSpotRe.MatchString(rest)
	rest = replaceAll(emojiSpotRe, rest, " ")
	unit := emojiUnitRe.MatchString(rest)
	rest = replaceAll(emojiUnitRe, rest, " ")
	rest = strings.Trim(strip(rest, emojiFillers), " "+clauseBreaks)
	if rest != "" || !cried && !spot && !(called && unit) {
		return village.HazardNone, false
	}
	return h, true
}

// emojiCalls call people to come without a cry for help; emojiFillers are
// the particles around a place and a call.
var (
	emojiCalls   = newLexicon("快来人", "快来", "快点来", "快点", "赶紧来", "赶紧", "赶快来", "赶快", "来人", "快", "救火", "帮忙")
	emojiFillers = newLexicon("了", "啊", "呀", "哇", "啦", "吧", "在", "这里", "那里", "这边", "那边", "这儿", "那儿", "里", "边", "的", "!", "!!")
)

// emojiSpotRe finds a spot an alarm in emoji names: a household ("老李
// 家", "我家"), a part of the village or of the land; emojiUnitRe a grid
// or a village.
var (
	emojiSpotRe = regexp.MustCompile(`村[东西南北口头尾]{1,2}头?|村委会?|村部|[老小]?\p{Han}{1,3}家|[后前东西南北]山|山上|山脚|山坡|坡上|河边|河里|塘边|桥头|桥边|桥下|路口|路边|学校|祠堂|仓库|厂里|工地|田里|地里|林子|竹林`)
	emojiUnitRe = regexp.MustCompile(`[一二三四五六七八九十\d]{1,3}组|\p{Han}{2,3}村`)
)
