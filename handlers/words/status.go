package words

import (
	"cmp"
	"gridbot/understand"
	"gridbot/village"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// StatusAsk is a question for the picture of the items, in plain words:
// the overview ("情况怎么样", "今天怎么样", "汇总一下", "这周情况") or
// the overdue items ("超期的有哪些", "哪些超期了", "超时没办的").
type StatusAsk struct {
	Villages   bool // how the villages compare on points ("哪个村积分最高"): 各村积分
	Households bool // which households lead on points ("哪家积分最高"): 积分排行
	Overdue    bool
	// Most: which place has the most of them ("哪个组超期最多", town105),
	// answered with the overdue list and a count by place, most first;
	// MostVillage: the place asked is a village ("哪个村超期最多",
	// town106), counted by village when there are several.
	Most, MostVillage bool
	Week              bool   // since the week's start, not the day's
	Place             string // a place of the township named ("三组", "青山村"); "" none
	Unknown           string // a word that reads as a place the township has not ("四组")
}

// StatusMaxRunes is the longest message read as a statusAsk: a question
// of a few words, never a report that tells of something overdue.
const StatusMaxRunes = 20

var OverdueWords = []string{"超期", "超时", "逾期", "过期", "过了期限"}

var OverviewWords = []string{"情况", "汇总", "小结", "概况", "总结", "统计"}

var WeekWords = []string{"这周", "本周", "这星期", "这个星期", "这礼拜", "这一周", "一周"}

var DayWords = slices.Concat([]string{"今天", "今日"}, WeekWords) // the day's or the week's

var HowWords = []string{"怎么样", "咋样", "怎样", "如何"}

// ComeInWords with a day ask what came in that day: "一组今天有人反映啥没",
// "今天有新上报的吗" (lead110: silent), answered as its overview.
var ComeInWords = []string{"反映", "上报", "报上来", "新情况", "新的", "新事"}

// statusFillers are the other words a statusAsk may hold; a message
// with any word besides them and a place asks something else ("证
// 件过期了怎么办", "今天天气怎么样").
var StatusFillers = byLength(slices.Concat(OverdueWords, OverviewWords, DayWords, HowWords, ComeInWords, []string{"有人", "新", "啥", "什么", "没",
	"最近", "近期", "现在", "目前", "当前", "各村", "全镇", "各网格", "各组", "各个村", "各个网格", "我们村", "我们组",
	"咱们村", "咱们组", "我们", "咱们", "村里", "组里", "镇里", "网格", "本组", "本网格", "全村", "本村", "整体", "总体",
	"大概", "整个", "的", "有", "哪些", "哪几件", "哪几个", "哪几", "几件", "多少", "了", "吗", "呢", "啊", "呀", "吧",
	"没办完", "没办的", "没办", "没处理", "未办结", "未办", "还", "都", "事项", "件", "一下", "帮我", "给我", "说说",
	"看看", "讲讲", "发一下", "请", "麻烦", "好不好", "有没有"}, WeatherOpeners))

// WeatherOpeners are the weather an officer's question may open with in
// the cold months: 「下雪了 各村情况怎么样」「雪下这么大 各村没出啥事吧」
// (town111: silent, while the question alone was answered). The weather
// is why he asks, not what: taken off before the question is read.
var WeatherOpeners = byLength([]string{"雪下这么大", "雪下得这么大", "雪下得很大", "雪这么大", "下这么大的雪", "下这么大雪", "下了一夜雪",
	"下大雪了", "下雪了", "大雪天", "天这么冷", "这么冷", "天冷了", "降温了", "大降温", "寒潮来了", "冻成这样", "路这么滑"})

// trimWeather takes a weather opener (WeatherOpeners) and the comma after
// it off s's start.
func trimWeather(s string) string {
	for _, w := range WeatherOpeners {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return strings.TrimLeft(rest, "，,、 ")
		}
	}
	return s
}

// MostWords and WhichPlaceWords together ask which place has the most
// ("哪个组超期最多", "超期最多的是哪个村"): a StatusAsk's Most.
var (
	MostWords         = []string{"最多", "最严重", "最厉害", "最差"}
	WhichVillageWords = []string{"哪个村", "哪一个村", "哪村", "哪几个村"}
	WhichPlaceWords   = byLength(slices.Concat(WhichVillageWords, []string{"哪个网格", "哪一个网格", "哪个组", "哪一个组", "哪一组", "哪组", "哪几个组"}))
)

// AsksMost reports whether text asks which place has the most of what it
// names ("哪个组超期最多"), and returns text without those words.
func AsksMost(text string) (rest string, ok bool) {
	if !ContainsAnyOf(text, MostWords...) || !ContainsAnyOf(text, WhichPlaceWords...) {
		return text, false
	}
	for _, w := range slices.Concat(WhichPlaceWords, MostWords, []string{"是", "数"}) {
		text = strings.ReplaceAll(text, w, "")
	}
	return text, true
}

// ReadMost is AsksMost read into ask: Most, and MostVillage when the
// place asked is a village.
func ReadMost(text string, ask *StatusAsk) (rest string) {
	rest, ask.Most = AsksMost(text)
	ask.MostVillage = ask.Most && ContainsAnyOf(text, WhichVillageWords...)
	return rest
}

// VillagesAskedHow make words on how the villages compare a question.
var VillagesAskedHow = []string{"哪", "第几", "最高", "最多", "最低", "怎么样", "如何", "多少", "?", "？", "吗"}

// byLength is words, longest first: a longer word is taken out before a
// shorter one it holds.
func byLength(words []string) []string {
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return words
}

// PlaceTaken finds the place text names (place, of the township) or
// seems to name (unknown: "四组", "红旗村"), and returns text without it
// and without spaces, grids written in digits folded ("3组": "三组").
func PlaceTaken(text string, places village.Places) (place, unknown, rest string) {
	rest = village.GridNumerals(strings.Join(strings.FieldsFunc(text, unicode.IsSpace), ""))
	if p := places.In(rest); p.Kind != village.NoPlace {
		for _, name := range byLength(slices.Concat(places.Villages(), places.Choices(), GridNames(places))) {
			rest = strings.ReplaceAll(rest, name, "")
		}
		return p.Name, "", rest
	}
	if w := places.Unknown(rest); w != "" {
		return "", w, strings.ReplaceAll(rest, w, "")
	}
	return "", "", rest
}

// openWords make a question one about the items still open.
// "没办" alone ("三组有啥事没办", lead110) is one too; "没办法" keeps "法",
// which is content, so "还有啥没办法解决的" is not one.
var openWords = []string{"没办完", "没办好", "没办的", "没处理完", "没处理", "未办结", "没办结", "没结", "待办", "没完成", "没解决", "没办"}

// openAsking make such words a question: how many, which.
var openAsking = []string{"几件", "多少", "哪些", "哪几", "什么", "啥", "吗", "?", "？", "有没有"}

// festivalEves are the year-end seasons an officer's question opens
// with: 「春节前各村还有哪些事没办完」「元旦前…」「年底了…」 (town107,
// town109: 元旦前 and 放假前 were silent). Longest first where one holds
// another (快过年了 before 快过年): trimmed in this order.
var festivalEves = []string{"快过年了", "快过年", "年底了", "年底前", "年底", "年前", "元旦之前", "元旦前", "春节之前", "春节前", "过年之前", "过年前",
	"放假之前", "放假前", "节前",
	// the holidays themselves (town112: 「过年期间各村有没有安全隐患」 was silent)
	"过年期间", "春节期间", "元旦期间", "节日期间", "两节期间", "节假日期间", "过年这几天"}

// openFillers are the other words such a question may hold; the year's
// end is the time it is asked in ("年底了，还有多少没办完的"), as today is
// ("今天有几件没办完的", lead110: silent).
var openFillers = byLength(slices.Concat(openWords, openAsking, festivalEves, []string{"全镇", "现在", "目前", "一共", "总共", "还", "有", "都",
	"事项", "事情", "事", "件", "个", "的", "了", "呢", "啊", "呀", "请问", "问一下", "一下",
	"今年", "今天", "今日", "到现在", "到目前为止", "为止", "各村", "各个村", "各组", "各网格"}))

// ReadOpenAsk reads text as a question about the open items of a place
// (openItemsAsked): the place as written for 待办 ("青山村", "三组", "全
// 镇", or one the township has not, which 待办 answers with those it has).
// Naming no place it asks of the whole township ("还有多少没办完的",
// town104): asked in the township's chats or of the bot by an officer,
// the township is what he looks after; words to a colleague ("你们还有几
// 件没办完", "你那边…") hold more than the question and stay his talk.
func ReadOpenAsk(text string, places village.Places) (place string, ok bool) {
	if utf8.RuneCountInString(text) > StatusMaxRunes || !ContainsAnyOf(text, openWords...) || !ContainsAnyOf(text, openAsking...) {
		return "", false
	}
	place, unknown, rest := PlaceTaken(text, places)
	for _, w := range openFillers {
		rest = strings.ReplaceAll(rest, w, "")
	}
	if understand.HasContent(rest) {
		return "", false
	}
	return cmp.Or(place, unknown, "全镇"), true
}

// GridNames are the names of the township's grids ("三组").
func GridNames(places village.Places) []string {
	var out []string
	for _, v := range places.Villages() {
		out = append(out, places.GridNames(v)...)
	}
	return out
}

// StatusRecent is how many of a village's newest reports a statusAsk
// reads besides the open ones: what came in and was closed in a week.
const StatusRecent = 200

// StatusItems is how many items a statusAsk's answer lists (as the
// evening digest); the office's overdue list twice as many, as its 早报.
const StatusItems = 10

// StatusGrid is one grid's digest, with its village.
type StatusGrid struct {
	Village string
	G       village.GridDigest
}
