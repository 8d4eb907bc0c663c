package words

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// AlarmSpan is the stretch of time an officer's 「今天有没有突发」 asks
// about (ReadAlarmsAsk).
type AlarmSpan int

const (
	// SpanDay is the last day (no time named: 「有没有突发」), as the 早报's
	// 近一天突发 reads it.
	SpanDay AlarmSpan = iota
	// SpanToday is today since midnight (今天, 今日).
	SpanToday
	// SpanYesterday is yesterday, midnight to midnight (昨天).
	SpanYesterday
	// SpanNight is since 18:00 yesterday (昨晚, 夜里, 昨天夜里).
	SpanNight
	// SpanTwoDays is yesterday and today (这两天).
	SpanTwoDays
	// SpanDays is the last three days with today (最近, 这几天, 近几天).
	SpanDays
	// SpanWeek is this week since Monday (这周, 本周).
	SpanWeek
)

// alarmSpans name the stretch asked about, longest words first.
var alarmSpans = []struct {
	word string
	span AlarmSpan
}{
	{"昨天晚上", SpanNight}, {"昨天夜里", SpanNight}, {"昨晚上", SpanNight}, {"昨晚", SpanNight}, {"昨夜", SpanNight},
	{"夜里", SpanNight}, {"晚上", SpanNight}, {"今天", SpanToday}, {"今日", SpanToday}, {"今儿", SpanToday},
	{"昨天", SpanYesterday}, {"昨日", SpanYesterday}, {"这两天", SpanTwoDays}, {"近两天", SpanTwoDays},
	{"这几天", SpanDays}, {"近几天", SpanDays}, {"最近", SpanDays}, {"这周", SpanWeek}, {"本周", SpanWeek}, {"这星期", SpanWeek},
	{"现在", SpanDay}, {"目前", SpanDay}, {"眼下", SpanDay},
}

// alarmNouns name an emergency as officers say it.
var alarmNouns = []string{"突发性事件", "突发事件", "突发情况", "突发的事", "突发事", "突发", "紧急情况", "紧急事件", "紧急的事", "险情", "急事"}

// alarmAskBefore ask whether there was one, before the noun: 「有没有突发」;
// alarmHadBefore say there was, asked by what follows (「有突发吗」) or by
// alarmWhich (「有什么突发」).
var (
	alarmAskBefore = []string{"有没有发生", "有没有出现", "有没有出", "有没有", "是否有", "有无", "出没出", "有没", "发没发生"}
	alarmHadBefore = []string{"发生过", "发生了", "出现了", "出现过", "发生", "出现", "出了", "出过", "有过", "有"}
	alarmWhich     = []string{"什么", "啥", "几起", "几件", "多少件", "多少起", "多少", "新的", "新"}
	alarmAskAfter  = []string{"没有", "没", "吗", "么", "嘛", "不"}
	alarmHowMany   = []string{"有几起", "有几件", "有多少件", "有多少起", "有多少", "多少件", "多少起", "几起", "几件"}
)

// ReadAlarmsAsk reads text as an officer's question whether there were
// emergencies in a stretch of time, 「今天有没有突发」「昨晚有突发事件吗」
// 「这两天出了几起突发」「今天突发有几起」 (town103: silent, and with an @
// only the menu), and which stretch. Only the stretch and the question:
// 「今天没有突发」 tells, 「有突发的话及时上报」「今天有没有突发 我下午开会」
// are words to colleagues.
func ReadAlarmsAsk(text string) (AlarmSpan, bool) {
	if len(text) > 60 || !ContainsAnyOf(text, "突发", "紧急", "险情", "急事") {
		return 0, false // ordinary chat, passed over cheaply
	}
	s, bare, span := stretchTaken(text, "?？。!！~呀啊呢吧")
	s = strings.TrimSuffix(s, "的")
	if utf8.RuneCountInString(s) > 14 {
		return 0, false
	}
	if s == bare && !ContainsAnyOf(s, "突发", "紧急", "险情") {
		// 「有急事吗」 alone is as likely said to a colleague; 急事 asks
		// the township's only with a stretch or the villages named
		return 0, false
	}
	return span, asksAlarms(s)
}

// stretchTaken is text without spaces and the trailing characters
// (bare), then without the stretch it starts with (span, SpanDay for
// none) and the township's words before or after it (s).
func stretchTaken(text, trailing string) (s, bare string, span AlarmSpan) {
	s = trimWeather(strings.TrimRight(strings.Join(strings.Fields(townshipClause(text)), ""), trailing))
	bare, s, span = s, trimAlarmPlace(s), SpanDay
	for _, w := range alarmSpans {
		if rest, ok := strings.CutPrefix(s, w.word); ok {
			s, span = rest, w.span
			break
		}
	}
	return trimAlarmPlace(s), bare, span
}

// townshipClause is the last clause of text when it turns to the whole
// township (「烟花爆竹安全要抓好 各村有没有隐患」「人多车多，各村路上
// 有没有出啥事」, town112: silent): what goes before is the officer's
// reason for asking, as a weather opener is (WeatherOpeners). Else text.
func townshipClause(text string) string {
	i := strings.LastIndexAny(strings.TrimRight(text, " ?？。!！~"), " \u3000，,；;。！!")
	if i < 0 {
		return text
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	if last := strings.TrimSpace(text[i+size:]); hasAnyPrefix(last, townshipWide) {
		return last
	}
	return text
}

// alarmPlaces are the township as a whole, which an officer's question
// may name before or after its stretch: 「今天各村有啥急事没」 (town105).
var alarmPlaces = []string{"全镇", "镇里", "各个村", "各村", "各组", "各网格", "村里", "下面"}

// trimAlarmPlace takes the township's words (alarmPlaces) off s's start.
func trimAlarmPlace(s string) string {
	for _, p := range alarmPlaces {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// asksAlarms reports whether s, once the stretch is gone, asks whether
// there were emergencies or how many.
func asksAlarms(s string) bool {
	for _, n := range alarmNouns {
		before, after, ok := strings.Cut(s, n)
		if !ok {
			continue
		}
		after = strings.TrimPrefix(after, "的")
		if before == "" {
			// 「突发有几起」「突发事件多少件」
			return slices.Contains(alarmHowMany, strings.TrimSuffix(after, "啊"))
		}
		which := false
		for _, w := range alarmWhich {
			if rest, found := strings.CutSuffix(before, w); found {
				before, which = rest, true
				break
			}
		}
		for _, a := range alarmAskBefore {
			if before == a {
				return after == "" || slices.Contains(alarmAskAfter, after)
			}
		}
		for _, h := range alarmHadBefore {
			if before == h {
				return slices.Contains(alarmAskAfter, after) || which && after == ""
			}
		}
		return false
	}
	return false
}

// troubleAsks are an officer's question whether anything went wrong at
// all (出事: wider than an emergency), once the stretch and the township's
// words are gone: 「没出啥事吧」「出啥事没」「有没有出什么事」「都平安吧」.
// A bare 「出事了」 tells, and 「出啥事了」 asks about someone's message.
var troubleAsks = regexp.MustCompile(`^(?:` +
	`没(?:出|发生)(?:过|了)?(?:啥|什么|什么大|啥大|大)?(?:事|事情|事儿|状况|岔子|乱子)(?:吧|吗|么)` +
	`|(?:有没有|是否|有无)(?:出|发生)(?:过|了)?(?:啥|什么)?(?:事|事情|事儿|状况|岔子|乱子)` +
	`|出没出(?:啥|什么)?(?:事|事情|事儿|状况|岔子)` +
	`|(?:出|发生)(?:了|过)?(?:啥|什么)?(?:大)?(?:事|事情|事儿|状况|岔子|乱子)(?:了)?(?:没有|没|吗|么)` +
	`|(?:一切)?(?:平安|太平|安全|安稳)(?:无事)?(?:吧|吗|不|没)` +
	`)$`)

// troubleFillers may stand between the township's words and the
// question: 「各村都没出啥事吧」「今天还好 没出事吧」 is not one.
var troubleFillers = []string{"都", "还", "应该"}

// ReadTroubleAsk reads text as an officer's question whether anything went
// wrong in the township in a stretch of time, 「今天出啥事没」「各村没出啥
// 事吧」「昨晚各村都平安吧」 (town106: silent), and which stretch: answered
// with the stretch's emergencies and what waits on the township. As with
// 急事, a stretch or the villages must be named: a bare 「没出啥事吧」 is as
// likely said to a colleague after his news.
func ReadTroubleAsk(text string) (AlarmSpan, bool) {
	if len(text) > 60 || !ContainsAnyOf(text, "出", "发生", "平安", "太平", "安全", "安稳", "有") {
		return 0, false
	}
	s, bare, span := stretchTaken(text, "?？。!！~呀啊呢") // 吧 asks: 「没出啥事吧」
	for _, f := range troubleFillers {
		s = strings.TrimPrefix(s, f)
	}
	if s == bare || !troubleAsks.MatchString(s) && !(troubleWhat.MatchString(s) && ContainsAnyOf(bare, townshipWide...)) {
		return 0, false
	}
	return span, true
}

// troubleWhat asks what happened, 「有什么事没」「有啥情况吗」 (town107),
// 「有没有啥情况」 (town111): the
// township's question only when the villages are named, 「各村今天有什么
// 事没」; with a stretch alone (「今天有什么事吗」) it is as likely asked of
// a colleague's day.
var troubleWhat = regexp.MustCompile(`^(?:有|出了|有没有)(?:啥|什么)(?:大)?(?:事|事情|事儿|情况|状况)(?:没有|没|吗|么)?$`)

// townshipWide name all the villages or grids at once: 全镇, 各村.
var townshipWide = []string{"全镇", "各个村", "各村", "各组", "各网格"}
