package words

import (
	"gridbot/understand"
	"slices"
	"strings"
	"unicode"
)

// AsksBotWorks reports whether text, said to the bot, asks whether the bot
// itself works: "状态", "机器人运行正常吗", "你好使吗", "小助手怎么不回话了".
// Not a ping alone ("在吗": the menu answers it), nor a thing that broke
// ("路灯坏了吗" names no bot), nor "你们村…".
func AsksBotWorks(text string) bool {
	core := strings.TrimFunc(text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
	if slices.Contains(statusWords, core) {
		return true
	}
	if !ContainsAnyOf(core, worksWords...) {
		return false
	}
	if ContainsAnyOf(core, "机器人", "小助手", "系统") {
		return true
	}
	// "你好使吗", not "你们村的水泵坏了", "你家路灯能用吗"
	return len([]rune(core)) <= maxBotWorks && strings.Contains(BlankWords(core, notYou), "你")
}

// maxBotWorks bounds a question about the bot that names it only as 你:
// longer tells of something else ("你看村口水管坏了").
const maxBotWorks = 8

// notYou are words with 你 that are not the bot.
var notYou = []string{"你们", "你家", "你那", "你看", "你帮", "你给"}

// statusWords, said alone, ask the bot's state.
var statusWords = []string{"状态", "运行状态", "系统状态", "机器人状态", "小助手状态", "查状态", "健康检查"}

// worksWords ask whether something runs: with the bot named (机器人, 你),
// whether the bot does.
var worksWords = []string{"正常", "好使", "好用", "能用", "坏了", "坏啦", "死机", "运行", "怎么不回", "咋不回", "不回话", "不回消息", "没反应", "还活着", "在线", "掉线"}

// AsksWeather reports whether text, said to the bot, asks the weather:
// "明天下雪吗", "这两天多少度", "啥时候降温"; the bot has no forecast.
// Not a report of what the weather did ("雪压塌了棚子 咋办"): damage words
// are read as the matter they are.
func AsksWeather(text string) bool {
	if !ContainsAnyOf(text, weatherWords...) || ContainsAnyOf(text, weatherHarm...) {
		return false
	}
	return AsksSomething(text) || understand.IsQuestion(text)
}

// weatherWords name the weather.
var weatherWords = []string{"天气", "下雨", "下雪", "刮风", "大风", "几度", "多少度", "气温", "降温", "升温", "寒潮", "冷不冷", "雨夹雪", "晴天", "天晴", "预报"}

// weatherHarm tell of what the weather did or may do, a matter for the
// grid, not a forecast.
var weatherHarm = []string{"塌", "倒", "断", "坏", "冻", "漏", "滑", "堵", "封", "困", "伤", "摔", "淹", "压", "咋办", "怎么办"}
