package words

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// dangerAsks are an officer's question which safety dangers are still
// open in the township (town107), once the stretch, the township's words
// and the fillers are gone: 「安全隐患有哪些」「还有哪些隐患没处理」「有没
// 有安全隐患没整改的」「隐患排查情况怎么样」「没处理的隐患有几个」. The
// noun alone (「隐患」「安全隐患！」) or a thing named before it (「那
// 个桥有没有安全隐患」) is no such question.
var (
	dangerAsks = dangerAsksOf(`(?:安全)?隐患(?:事项|问题)?`)
	// houseAsks are the same questions of dangerous houses (town108):
	// 「危房有哪些」「还有几处危房没处理」「危房排查情况怎么样」.
	houseAsks = dangerAsksOf(`(?:危房|危险房屋|危旧房)(?:户)?`)
)

// dangerAsksOf are the questions of dangerAsks about the danger dangerNoun names.
func dangerAsksOf(dangerNoun string) *regexp.Regexp {
	return regexp.MustCompile(`^(?:` +
		// which or how many, before the noun
		`(?:还有|有)?(?:哪些|哪几处|哪几个|哪几件|几处|几个|几件|多少处|多少个|多少件|多少)` + dangerNoun + dangerLeft + `?` +
		`|(?:还有|有)(?:什么|啥)` + dangerNoun + dangerLeft + `?` + dangerQ + `?` +
		// whether
		`|(?:还有没有|有没有|有无|是否有|是否还有)` + dangerNoun + dangerLeft + `?` +
		`|(?:还)?有` + dangerNoun + dangerLeft + dangerQ +
		// the noun first
		`|` + dangerNoun + `(?:还)?(?:有哪些|有哪几处|有哪几个|有哪几件|有几处|有几个|有几件|有多少(?:处|个|件)?|有没有|多不多|多少)` +
		`|` + dangerNoun + `(?:排查|整改)?(?:的)?(?:情况)?(?:得)?(?:怎么样|咋样|如何|怎样)(?:了)?` +
		// whether dealt with: 「安全隐患都处理了没有」「隐患都整改完了吗」
		`|` + dangerNoun + `(?:都|还)?(?:处理|解决|整改|消除|排除|排查|修)(?:完|好|掉)?(?:了)?` + dangerQ +
		// how many are left: 「危房还有几处没处理」 (town108)
		`|` + dangerNoun + `(?:还)?(?:有)?(?:哪些|哪几处|哪几个|哪几件|几处|几个|几件|多少处|多少个|多少件|多少)` + dangerLeft +
		`|` + dangerNoun + `(?:排查|整改)?情况` +
		`|` + dangerNoun + `(?:还)?` + dangerLeft + `(?:有哪些|有几个|有几件|有几处|有多少|多少)` +
		// what is left first
		`|` + dangerLeft + dangerNoun + `(?:还)?(?:有哪些|有几个|有几件|有几处|有多少|多少)` +
		`)$`)
}

const (
	// dangerLeft says it is not dealt with yet: 没处理的, 没有整改完.
	dangerLeft = `(?:(?:还)?没(?:有)?(?:处理|办|解决|整改|消除|排除|修)(?:完|好|掉)?(?:的)?)`
	// dangerQ asks by its particle: 「还有隐患没处理的吗」.
	dangerQ = `(?:吗|么|没有|没|不)`
)

// dangerFillers may stand before the question, with the township's words
// among them: 「目前还有哪些隐患」「冬季安全隐患排查情况」「年底了 各村安全
// 隐患还有多少」 (the season it is asked in).
var dangerFillers = slices.Concat(festivalEves, WeatherOpeners, []string{
	"，", ",", "目前", "现在", "冬季", "冬天", "都", "还"})

// ReadDangerAsk reads text as an officer's question which safety dangers
// are still open (town107: silent, and with an @ only the menu):
// 「安全隐患有哪些」「现在还有哪些安全隐患没处理」「各村隐患排查情况」
// 「这两天有没有安全隐患」. Answered with the township's open 安全隐患
// items and those the bot warned of (village.Report.OpenDanger), @ or
// not: a short question with nothing else in it is the bot's. houses:
// the question is of dangerous houses (危房, town108), answered with the
// dangers of houses alone (village.Report.HouseDanger).
func ReadDangerAsk(text string) (ok, houses bool) {
	houses = strings.Contains(text, "危")
	if len(text) > 60 || !strings.Contains(text, "隐患") && !houses {
		return false, false // ordinary chat, passed over cheaply
	}
	s, _, _ := stretchTaken(text, "?？。!！~呀啊呢")
	for before := ""; before != s; {
		before = s
		for _, f := range dangerFillers {
			s = trimAlarmPlace(strings.TrimPrefix(s, f))
		}
	}
	if utf8.RuneCountInString(s) > 16 {
		return false, false
	}
	if dangerAsks.MatchString(s) {
		return true, false
	}
	// 「危房有哪些」「还有几户危房」 (town108): houses are counted by
	// households and rooms too
	if houses && houseAsks.MatchString(houseCounts.Replace(s)) {
		return true, true
	}
	return false, false
}

// houseCounts are the measure words of houses, read as dangers' 处.
var houseCounts = strings.NewReplacer("几户", "几处", "几间", "几处", "几座", "几处", "多少户", "多少处", "多少间", "多少处")
