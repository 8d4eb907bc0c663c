package words

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"gridbot/village"
)

// ShopClosedKey is the kept key, in a village's scope, of the days its
// points shop is closed, as its shopkeeper told them (pts104): one JSON
// ShopClosed, kept until the shop opens again.
const ShopClosedKey = "shop:closed"

// ShopClosed is a short stop of a village's points shop: closed from From
// (midnight) until Back (midnight of the day it opens again).
type ShopClosed struct {
	From time.Time `json:"from"`
	Back time.Time `json:"back"`
	By   string    `json:"by"`
	Said string    `json:"said"`
	At   time.Time `json:"at"`
}

// On reports whether the stop is on at t or still ahead of it.
func (s ShopClosed) On(t time.Time) bool { return !s.Back.IsZero() && t.Before(s.Back) }

// Now reports whether the shop is closed at t (the stop has begun).
func (s ShopClosed) Now(t time.Time) bool { return s.On(t) && !t.Before(s.From) }

// LastDay is the last day the shop is closed.
func (s ShopClosed) LastDay() time.Time { return s.Back.AddDate(0, 0, -1) }

// ShopClosedMax is the longest stop read as a short one: longer is no
// passing word in a group (the config's points.shop says the hours).
const ShopClosedMax = 14

var (
	// shopClosedRe are the shop's doors shut: 不开门, 关门一天, 歇业, 暂停兑换.
	shopClosedRe = regexp.MustCompile(`不开门|关门|歇业|停业|休息|放假|不营业|暂停兑换|停止兑换|不能兑换|不兑换|停[一两二三四五六七八九十几0-9]+天`)
	// shopOpenAsked are a question or a denial, not a stop told:
	// 「明天超市开门吗」, 「超市没关门」.
	shopOpenAsked = regexp.MustCompile(`[吗呢？?]|几点|什么时候|啥时候|开不开|关不关|没关|不关门|没有关|没休息|不休息|不放假|谁说|听说|是不是|怎么`)
	// shopRangeRe is a range of days of the month: 「12日到14日」, 「12号至14号」.
	shopRangeRe = regexp.MustCompile(`([0-9一二三四五六七八九十]+)\s*[日号]\s*(?:到|至|—|-|~)`)
	// shopDayRe is a day of the month written with 日 and no month.
	shopDayRe = regexp.MustCompile(`(^|[^0-9一二三四五六七八九十月])([0-9一二三四五六七八九十]+)日`)
	// shopTwoDays are tomorrow and the day after, or today and tomorrow,
	// said as one: AwayDays reads the first day alone.
	shopTwoDays = strings.NewReplacer("明天后天", "明天起两天", "明后两天", "明天起两天", "明后天", "明天起两天", "今明两天", "两天", "今天明天", "两天")
)

// ShopClosedTold reads, from what a shopkeeper said at now, that the
// points shop is closed for a short stop (「积分超市明天后天不开门」, 「超市这
// 两天歇业 我去县里进货」, 「今天超市关门一天」, 「周六超市不开门」, 「12日到14日
// 暂停兑换」): from (midnight; today when it begins now) and back, the
// day it opens again, as village.AwayDays reads a worker's days away. ok
// is false for a question, a denial, no shop named (超市 or 兑换), no day
// or span named, or a stop over ShopClosedMax days.
func ShopClosedTold(text string, now time.Time) (from, back time.Time, ok bool) {
	if utf8.RuneCountInString(text) > 40 || !strings.Contains(text, "超市") && !strings.Contains(text, "兑换") ||
		!shopClosedRe.MatchString(text) || shopOpenAsked.MatchString(text) {
		return time.Time{}, time.Time{}, false
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	// 「14日」 alone is a day of the month as 「14号」 is (not after 月)
	text = shopDayRe.ReplaceAllString(shopTwoDays.Replace(text), "${1}${2}号")
	var named bool
	if m := shopRangeRe.FindStringSubmatchIndex(text); m != nil {
		// 「12日到14日」: the first day alone, then 到 the last
		f, _, okf := village.AwayDays(text[m[2]:m[3]]+"号", now)
		_, back, named = village.AwayDays("到"+text[m[1]:], now)
		if okf {
			from = f
		}
		named = named && okf
	} else {
		from, back, named = village.AwayDays(text, now)
	}
	if !named || !back.After(today) || back.Sub(today) > ShopClosedMax*24*time.Hour {
		return time.Time{}, time.Time{}, false
	}
	if from.IsZero() {
		from = today
	}
	return from, back, from.Before(back)
}

// shopOpenRe are the shop's doors open as usual: 「照常开门」, 「正常营业」,
// 「恢复兑换」, 「开门了」, 「不关门了」, 「不休息了」 (pts105).
var shopOpenRe = regexp.MustCompile(`(?:照常|正常|照旧|按时|还是)(?:开门|营业|兑换|开)|恢复(?:兑换|营业|开门)|开门了|能兑换了|可以兑换了|(?:不|没)(?:关门|休息|放假|歇业|停业)了|(?:不|没)(?:去|用去)(?:县里|镇上|城里|进货)`)

// shopOpenAsked are a question, or the stop said again, not the shop
// opened: 「明天照常开门吗」, 「周六不开门」.
var shopOpenAskedRe = regexp.MustCompile(`[吗呢？?]|几点|什么时候|啥时候|开不开|是不是|怎么|谁说|听说|不开门|不营业|暂停|停止兑换`)

// ShopOpenTold reads, from what a shopkeeper said at now, that the points
// shop opens as usual after all (「超市明天照常开门」, 「周六照常开门 不去县里
// 了」, 「积分超市今天恢复兑换」): the day it is open from (midnight; today
// when no day is named). ok is false for a question, the stop itself
// (ShopClosedTold's words), no shop named (超市 or 兑换), or over 40 runes.
// It ends a stop he told before (pts105); alone it tells nothing.
func ShopOpenTold(text string, now time.Time) (open time.Time, ok bool) {
	if utf8.RuneCountInString(text) > 40 || !strings.Contains(text, "超市") && !strings.Contains(text, "兑换") ||
		!shopOpenRe.MatchString(text) || shopOpenAskedRe.MatchString(text) {
		return time.Time{}, false
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	if d, ok := village.DayNamed(text, now); ok {
		return maxDay(d, today), true
	}
	// 「周六照常开门」, 「12日照常开门」: the first day AwayDays reads
	if from, _, named := village.AwayDays(shopDayRe.ReplaceAllString(text, "${1}${2}号"), now); named && !from.IsZero() {
		return maxDay(from, today), true
	}
	return today, true
}

// maxDay is the later of a and b.
func maxDay(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// Reopened is s ended by the shop open again from open (ShopOpenTold),
// and whether that changes it: the stop cut to end at open, or, when open
// is not after its first day, called off (Back set to today, so On is
// false). A day after Back changes nothing.
func (s ShopClosed) Reopened(open, today time.Time) (ShopClosed, bool) {
	if !open.Before(s.Back) {
		return s, false
	}
	if !open.After(s.From) {
		s.Back = today
	} else {
		s.Back = open
	}
	return s, true
}
