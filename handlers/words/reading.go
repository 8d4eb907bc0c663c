package words

import (
	"gridbot/understand"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// LateAnswers is how long, past llm.confirm_ttl, a question is kept so
// that an answer that came too late is told so instead of being ignored.
const LateAnswers = 12 * time.Hour

const (
	AskConfirm = "confirm"
	AskDup     = "dup"
	// AskProgress asks a grid cadre whether his news is the 进展 of an
	// open item of his (question.Ref): yes records it, no files it.
	AskProgress = "progress"
	// AskRedeem asks the shopkeeper whether the shop's item like the one
	// he wrote was meant ("肥皂" for 香皂): yes runs the redemption
	// written right (question.Text), once.
	AskRedeem = "redeem"
	// AskWhom asks whom of his household a claim is for ("给他申请",
	// "给我儿子申请" of two sons): a name of it, or 是 for the one the
	// question named (question.For), files it.
	AskWhom = "whom"
	// AskCommand offers the command a mistyped verb most likely meant
	// (「办节 #R2 修好了」: 办结 #R2 修好了): 1 runs it (question.Text),
	// once, as the sender; of several offers waiting, the newest.
	AskCommand = "command"
)

var yesWords = []string{"1", "是", "是的", "对", "对的", "登记", "合并", "是同一件", "同一件事", "记上"}

var noWords = []string{"2", "不用", "不是", "不是的", "不", "否", "算了", "不用了", "另外登记", "不是进展",
	"不要", "不需要", "不必", "不用登记", "不要登记", "别登记", "不登记", "先不用", "暂时不用", "没事", "没事了"}

// dropWords of noWords let the matter drop ("没事了", "算了"): to a
// duplicate question or a progress offer, neither merge, note nor
// file (not 不是: another matter); see neverMind
var DropWords = []string{"没事", "没事了", "算了", "不用了", "不需要", "不必"}

// assentWords say yes only to a question the sender was asked, and
// only as the whole message: "好的" alone answers 「回复1登记」; "好的，
// 收到" is an answer to a notice, and "@网格小助手 好的" with nothing
// asked is no stray answer to be told about.
var assentWords = understand.AssentWords()

// registerFillers are the words around 登记 in an answer that asks for it
// ("帮我登记一下", "麻烦登记下", "要登记"): with them gone, 登记 remains.
var registerFillers = strings.NewReplacer("麻烦", "", "帮忙", "", "帮我", "", "给我", "", "请", "", "你", "", "要", "", "一下", "", "下", "", "吧", "", "啊", "", "呀", "")

// maxLateWords is how long a message ending in a lone "1" or "2" may be
// to be that answer with a few words before it.
const maxLateWords = 10

// AnswerWord reduces a message to a possible answer: "1", "１。", " 是！";
// or its first clause: "不是，是另一盏", "对，就是这个"; a word said over
// ("对对对", "嗯嗯") is said once; "帮我登记一下" is 登记.
func AnswerWord(text string) (word string, yes, ok bool) {
	w, first := AnswerClauses(text)
	if f := strings.Fields(w); len(f) > 1 && (f[len(f)-1] == "1" || f[len(f)-1] == "2") && utf8.RuneCountInString(w) <= maxLateWords {
		// "昨天忘回了 1", "刚看到 2": a few words, then the answer
		return f[len(f)-1], f[len(f)-1] == "1", true
	}
	if rest := strings.TrimPrefix(w, first); rest != "" && slices.Contains(assentWords, strings.ToLower(unrepeated(first))) {
		// "好的好的 1", "嗯，是的": the assent leads the answer asked for
		if word, yes, ok := AnswerWord(rest); ok {
			return word, yes, ok
		}
	}
	if registerFillers.Replace(first) == "登记" {
		first = "登记" // not "要不要登记"
	}
	for _, c := range []string{w, first, strings.TrimRight(first, "吧啊呀哈嘛呢")} { // "登记吧"
		switch c = unrepeated(c); {
		case slices.Contains(yesWords, c):
			return c, true, true
		case slices.Contains(noWords, c):
			return c, false, true
		}
	}
	return "", false, false
}

// Assents reports whether text is plain assent ("好的", "嗯嗯", "可以"):
// a yes from someone the bot asked.
func Assents(text string) bool {
	w, _ := AnswerClauses(text)
	return slices.Contains(assentWords, strings.ToLower(unrepeated(w)))
}

// AnswerClauses is text without the punctuation and spaces around it,
// full-width digits made ASCII, and its first clause.
func AnswerClauses(text string) (whole, first string) {
	sep := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) }
	whole = strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, strings.TrimFunc(text, sep))
	first, _, _ = strings.Cut(strings.Join(strings.FieldsFunc(whole, sep), " "), " ")
	return whole, first
}

// unrepeated is s said once when s is one word said over and over ("对对
// 对", "好的好的", "嗯嗯"); s otherwise.
func unrepeated(s string) string {
	rs := []rune(s)
	for n := 1; n <= len(rs)/2; n++ {
		if len(rs)%n == 0 && strings.Repeat(string(rs[:n]), len(rs)/n) == s {
			return string(rs[:n])
		}
	}
	return s
}

// PointsAskedFor is points asked for someone in plain words: "给李海加100
// 分", "给我家加点分".
var PointsAskedFor = regexp.MustCompile(`给\s*@?[\p{Han}·]{1,5}?\s*加\s*(?:[0-9０-９]{1,4}|[一二三四五六七八九十百几点个些]{1,3})?\s*(?:个)?\s*积?分`)

// MinAskRunes is how long a message told to the bot must be for the bot
// to ask whether it is a matter to register when it cannot place it;
// shorter ones ("你好", "在吗") get the menu.
const MinAskRunes = 8

// AskedPrefix is how every kept question begins (question's first field):
// a question is kept after what begins so.
const AskedPrefix = `{"kind":"`

// DuplicateCandidates is how many of a grid's newest open reports a new
// report is compared with: enough for days of a busy grid, bounded whatever
// the backlog.
const DuplicateCandidates = 50

// MaxReportsPerHour is how many reports a villager may file in an hour
// (emergencies and procedure questions not counted): more is a game or a
// flood, and would bury the grid leader's list.
const MaxReportsPerHour = 10

// Similarity of two texts in [0, 1]: the share of the shorter text's
// two-character words that the other has too (at least two of them), after
// dropping punctuation and particles that say nothing about the matter
// ("的", "了", "又"…), so that a short message repeating part of a long
// one counts. Texts naming different numbers ("第2盏", "第8盏") or
// different places ("后山", "村里那个垃圾站") differ.
func Similarity(a, b string) float64 {
	if numbersDiffer(a, b) {
		return 0 // "第2盏路灯" and "第8盏路灯" are two lamps
	}
	if OtherPlaces(a, b) {
		return 0 // "后山垃圾没人清" and "村里那个垃圾站好久没人清了" are two matters
	}
	x, y := Bigrams(a), Bigrams(b)
	if len(x) == 0 || len(y) == 0 {
		return 0
	}
	common := BigramsIn(x, y)
	if common < 2 {
		return 0
	}
	return float64(common) / float64(min(len(x), len(y)))
}

// numbersDiffer reports whether a and b each name numbers and share none:
// "第2盏路灯" and "第8盏路灯".
func numbersDiffer(a, b string) bool {
	na, nb := numbers(a), numbers(b)
	return len(na) > 0 && len(nb) > 0 && !slices.ContainsFunc(na, func(n string) bool { return slices.Contains(nb, n) })
}

// SaysNothingNew reports whether later says nothing earlier did not: each
// pair of adjacent characters of its words is in earlier's ("后山着火了"
// after "快来人 后山着火了"), punctuation and particles aside.
func SaysNothingNew(later, earlier string) bool {
	seen := Bigrams(earlier)
	for g := range Bigrams(later) {
		if !seen[g] {
			return false
		}
	}
	return true
}

// SpotWords name a place in a village where a matter is: a part of it
// (后山, 村口, 东头), a waterside or a road (河边, 桥头, 路口), a public
// place or facility (广场, 垃圾站). "村里", "这里", "家里" name none.
var SpotWords = []string{"后山", "前山", "山上", "山下", "山脚", "山坡", "山里", "坡上", "村口", "村头", "村尾", "村东", "村西", "村南", "村北",
	"东头", "西头", "南头", "北头", "东边", "西边", "南边", "北边", "河边", "河里", "河沟", "河堤", "沟里", "水渠", "渠边", "桥头", "桥边", "桥下",
	"桥上", "路口", "大路", "公路", "马路", "小路", "巷子", "老街", "广场", "操场", "学校", "小学", "幼儿园", "祠堂", "村委", "村部", "卫生室",
	"小卖部", "超市", "菜市场", "集市", "垃圾站", "垃圾池", "垃圾房", "垃圾点", "井边", "水井", "塘边", "池塘", "水塘", "鱼塘", "水库", "菜地",
	"晒谷场", "晒场", "停车场", "戏台", "活动室", "敬老院", "养老院", "坟山", "竹林", "果园", "厂里", "工地"}

// placeIsThing are the spotWords whose trouble is the place itself (a
// rubbish point full, a well gone dry): two texts naming one of them and
// no thing besides tell of one matter (OnePlaceOneThing).
var placeIsThing = []string{"垃圾站", "垃圾池", "垃圾房", "垃圾点", "水井"}

// placeOwn are the things such a place gives off when it is the matter
// (placeIsThing): 「垃圾池满了 臭死了」, 「苍蝇到处飞」 say the pool again,
// no other thing there (rep103).
var placeOwn = []string{"臭", "发臭", "异味", "生蛆", "苍蝇", "蚊子", "老鼠"}

// notPlaceOwn reports whether thing w is other than what the place gives
// off (placeOwn).
func notPlaceOwn(w string) bool { return !slices.Contains(placeOwn, w) }

// SpotsIn are the spotWords text names, and the hamlets it names by a
// family's name (hamletNamed: "王家沟", "李家湾").
func SpotsIn(text string) []string {
	var out []string
	for _, w := range SpotWords {
		if strings.Contains(text, w) {
			out = append(out, w)
		}
	}
	out = append(out, hamletNamed.FindAllString(text, -1)...)
	for _, loc := range landsIn(text) {
		out = append(out, text[loc[0]:loc[1]])
	}
	return out
}

// hamletNamed finds a place named by a family ("王家沟", "李家湾", "张家
// 庄"): no household, though "X家" is in it; "王家院子" is one.
var hamletNamed = regexp.MustCompile(`\p{Han}家[沟湾庄村坪坝岭寨屯洼峪坡桥店集营堡岗滩坳埠冲峁梁]`)

// landNamed finds a household's land away from its home ("老李家林子",
// "李四家的地里", "王家大棚"): a place named by whose it is, as a hamlet
// is (hamletNamed), no home; a fire there sends nobody out of a house and
// is not that household's house burning (alarm85). Sheds, pens and yards
// ("牛棚", "柴房", "院子") stand at the home and stay the household's.
var landNamed = regexp.MustCompile(`\p{Han}家的?(?:` + strings.Join(homeLands, "|") + `)`)

// homeLands are the lands a household owns away from its house: woods,
// hills, fields, orchards, ponds, greenhouses, graves.
var homeLands = []string{"林子", "树林", "林地", "山林", "竹林", "松林", "杉树林", "竹山", "山上", "山头", "山里", "山坡", "后山", "荒山", "荒坡",
	"坡地", "地里", "地头", "的地", "旱地", "荒地", "菜地", "菜园", "麦地", "玉米地", "苞谷地", "包谷地", "棉花地", "花生地", "红薯地", "责任田", "承包地",
	"田里", "田头", "田埂", "稻田", "水田", "秧田", "果园", "果树", "茶园", "茶山", "橘园", "桔园", "苗圃", "鱼塘", "水塘", "大棚", "蔬菜大棚",
	"草莓棚", "菇棚", "坟", "祖坟", "草场"}

// landsIn are the spans of text naming a household's land (landNamed),
// but "的地" before 下, 板, 面 or 基 is the house's ("老李家的地下室").
func landsIn(text string) [][]int {
	if !strings.Contains(text, "家") {
		return nil // most messages: no regexp run
	}
	return slices.DeleteFunc(landNamed.FindAllStringIndex(text, -1), func(loc []int) bool {
		return strings.HasSuffix(text[:loc[1]], "的地") && StartsWithAny(text[loc[1]:], "下", "板", "面", "基")
	})
}

// landAt reports whether s begins with a household's land (landsIn):
// the character before 家 and what follows it.
func landAt(s string) bool {
	if !landStart.MatchString(s) {
		return false
	}
	lands := landsIn(s)
	return len(lands) > 0 && lands[0][0] == 0
}

// landStart is landNamed anchored at the start: landAt's quick test.
var landStart = regexp.MustCompile(`^` + landNamed.String())

// BlankLands is text with each household's land (landsIn) blanked:
// "老李家林子着火了" names no home.
func BlankLands(text string) string {
	lands := landsIn(text)
	for i := len(lands) - 1; i >= 0; i-- {
		text = text[:lands[i][0]] + " " + text[lands[i][1]:]
	}
	return text
}

// OtherPlaces reports whether a and b each name a place (spotWords) and
// none the other names: "后山垃圾没人清" and "村里那个垃圾站好久没人清了" are
// two matters however many words they share; "后山的垃圾还没清" is the
// first again, and a text naming no place may be either.
func OtherPlaces(a, b string) bool {
	pa, pb := SpotsIn(a), SpotsIn(b)
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	for _, w := range pa {
		if strings.Contains(b, w) {
			return false
		}
	}
	for _, w := range pb {
		if strings.Contains(a, w) {
			return false
		}
	}
	return true
}

// OtherThings reports whether a and b each name things of a report and
// none the other names, nor one of its kin (understand.OneThing), a thing
// word inside a place either names aside (thingsAsPlaces): "村口垃圾堆满了"
// and "村口的路灯不亮了" are two matters at one place, and so are
// "一组桥栏杆断了" and "一组桥边的水渠堵了" (the 桥 of 桥边 says where).
func OtherThings(a, b understand.Said) bool {
	places := append(SpotsIn(a.Canon), SpotsIn(b.Canon)...)
	ta, tb := thingsAsPlaces(understand.Things(a), places), thingsAsPlaces(understand.Things(b), places)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	return !slices.ContainsFunc(ta, func(x string) bool {
		return slices.ContainsFunc(tb, func(y string) bool { return understand.OneThing(x, y) })
	})
}

// thingsAsPlaces are things without those held by a longer place word:
// "桥" of "桥边", while "水渠" named as a place is still a thing.
func thingsAsPlaces(things, places []string) []string {
	return slices.DeleteFunc(things, func(w string) bool {
		return slices.ContainsFunc(places, func(p string) bool { return p != w && strings.Contains(p, w) })
	})
}

// OnePlaceOneThing reports whether raw and other tell of one matter in other
// words: each names a place (spotsIn) and a place of one is a place of the
// other (placeRoot: "河边" and "河里" are the river), each names things of
// a report besides its places and those of one are all things of the
// other (thingsBesidePlaces, understand.OneThing), and they name no other
// numbers: "河边又有人倒垃圾" is "河里有垃圾" again, whoever says it.
// Shared words and a place alone are too little: "村口垃圾池满了 臭得很"
// and "村口那个下水道堵死了 臭烘烘的" are two matters at one place; a text
// naming no place may be of anywhere.
func OnePlaceOneThing(raw, other string) bool {
	pa, pb, ok := onePlace(raw, other)
	if !ok {
		return false
	}
	a, b := understand.Hear(raw), understand.Hear(other)
	ta, tb := thingsBesidePlaces(a, pa), thingsBesidePlaces(b, pb)
	if !slices.ContainsFunc(ta, notPlaceOwn) && !slices.ContainsFunc(tb, notPlaceOwn) && slices.ContainsFunc(pa, func(w string) bool {
		return slices.Contains(placeIsThing, w) && slices.Contains(pb, w)
	}) {
		// the place is the matter, and both name it, nothing else: "村东头
		// 垃圾池满了好几天没人拉" and "垃圾池那边垃圾堆成山了" (rep102)
		return strings.Contains(a.Canon, "烧") == strings.Contains(b.Canon, "烧")
	}
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	within := func(xs, ys []string) bool {
		return !slices.ContainsFunc(xs, func(x string) bool {
			return !slices.ContainsFunc(ys, func(y string) bool { return understand.OneThing(x, y) })
		})
	}
	if !within(ta, tb) || !within(tb, ta) {
		return false
	}
	// one thing, another trouble: "河边没有护栏" and "河边的护栏被车撞歪了",
	// "有人往河里倒垃圾" and "有人在河边烧垃圾"
	return strings.Contains(a.Canon, "烧") == strings.Contains(b.Canon, "烧") &&
		lacksAny(a.Canon, ta) == lacksAny(b.Canon, tb)
}

// OneWayShut reports whether raw and other both tell a way of here shut
// by snow or ask its plough (understand.SnowedIn) and name no two ways:
// "大雪封路了" and "铲雪车啥时候能到我们组" after "进村的路封了 有没有人来
// 铲一下" are the same road shut, whoever says it (und109), the grid's one
// road in the snow unless told otherwise; "后山那条路被雪封了" and "村口的路
// 叫雪封死了" are two.
func OneWayShut(raw, other string) bool {
	if !understand.SnowedIn(understand.Hear(raw)) || !understand.SnowedIn(understand.Hear(other)) {
		return false
	}
	pa, pb := SpotsIn(raw), SpotsIn(other)
	return len(pa) == 0 || len(pb) == 0 || slices.ContainsFunc(pa, func(w string) bool {
		return slices.ContainsFunc(pb, func(v string) bool { return placeRoot(w) == placeRoot(v) })
	})
}

// lacksAny reports whether text says one of things is not there at all:
// "没有护栏" (a thing word of its own), "护栏也没装".
func lacksAny(text string, things []string) bool {
	return slices.ContainsFunc(things, func(x string) bool {
		return strings.HasPrefix(x, "没") || strings.Contains(text, "没有"+x) || strings.Contains(text, "没"+x) || strings.Contains(text, x+"也没装") ||
			strings.Contains(text, x+"没装") || strings.Contains(text, x+"都没")
	})
}

// thingsBesidePlaces are the things s names (understand.Things) that are
// not, nor hold, one of its places: "护栏" of "桥上的护栏断了", not "桥".
func thingsBesidePlaces(s understand.Said, places []string) []string {
	return slices.DeleteFunc(understand.Things(s), func(w string) bool {
		return slices.ContainsFunc(places, func(p string) bool { return strings.Contains(p, w) || strings.Contains(w, p) })
	})
}

// placeRoot is a place word without the side of it that it says
// (spotEnds): "河边", "河里" → "河"; "桥头", "桥下" → "桥"; "东头" →
// "东". "村口", "后山" are kept whole.
func placeRoot(w string) string {
	for _, e := range spotEnds {
		if r, ok := strings.CutSuffix(w, e); ok && r != "" {
			return r
		}
	}
	return w
}

// spotEnds say where by a place a matter is: at its side, in it, on it.
var spotEnds = []string{"边", "里", "上", "下", "头"}

// PlacesApart reports whether a and b name other places (otherPlaces)
// sharing no character either: "后山林子着火了" and "村口仓库着火了" are
// two fires, while "山上的火越来越大" may well be the fire "后山" — for an
// alarm a second item is cheap, a fire folded into another's is not. A
// household ("老王家", householdIn) and a landmark the other names, with
// no household of its own, are apart too unless the landmark's text names
// that household: "老王家着火了" and "后山林子着火了" are two fires.
//
// Numbered houses ("1号院子", "三号楼", housesIn) that share no number
// are apart ("2号院子着火了" is not "1号院子" burning again), and so are a
// numbered house and a landmark. Places that share a character only by
// its kind but say other sides (sidesApart: "后山" and "前山", "东边那个
// 院子" and "西边那个院子") are apart too.
func PlacesApart(a, b string) bool {
	if homeAndSpot(a, b) || homeAndSpot(b, a) || homesApart(a, b) || housesApart(a, b) || HouseAndHome(a, b) || HouseAndHome(b, a) {
		return true
	}
	if !OtherPlaces(a, b) {
		return false
	}
	sb := SpotsIn(b)
	for _, w := range SpotsIn(a) {
		if slices.ContainsFunc(sb, func(v string) bool { return sharesSpot(w, v) }) {
			return false
		}
	}
	return true
}

// sharesSpot reports whether place words w and v may be one place: they
// share a character and say no other sides (sidesApart); two hamlets
// (hamletNamed) only when they are one: "王家沟" is not "李家湾".
func sharesSpot(w, v string) bool {
	if hamletNamed.MatchString(w) || hamletNamed.MatchString(v) {
		return w == v
	}
	if landNamed.MatchString(w) || landNamed.MatchString(v) {
		// "李家林子" and "李家的林子" are one; "李家林子" and "王家林子" two
		return strings.ReplaceAll(w, "的", "") == strings.ReplaceAll(v, "的", "")
	}
	return strings.ContainsAny(v, w) && !sidesApart(w, v)
}

// sides are the characters of a place word that say which side of the
// village or hill it is ("后山", "村东", "西头"); 上 and 下 are left out:
// "山上" may be any hill.
const sides = "东西南北前后"

// sidesApart reports whether place words w and v each say a side (sides)
// and share none: "后山" and "前山", "东边" and "西边".
func sidesApart(w, v string) bool {
	sw, sv := sidesOf(w), sidesOf(v)
	return sw != "" && sv != "" && !strings.ContainsAny(sw, sv)
}

// sidesOf is the side characters (sides) of w.
func sidesOf(w string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(sides, r) {
			return r
		}
		return -1
	}, w)
}

// houseNumbered finds a house by its number: "1号院子", "三号楼", "12号
// 房", "5栋". A bare "3号" may be a day of the month and is none.
var houseNumbered = regexp.MustCompile(`([0-9]+|[一二三四五六七八九十两]+)(?:号[院楼房屋门宅]|栋)`)

// HousesIn lists the numbers of the houses text names (houseNumbered),
// each as digits: "一号院" and "1号院" are one house.
func HousesIn(text string) []string {
	var out []string
	for _, m := range houseNumbered.FindAllStringSubmatch(text, -1) {
		n := strings.TrimLeft(m[1], "0")
		if v, ok := chineseNumber(m[1]); ok {
			n = strconv.Itoa(v)
		}
		out = AppendNew(out, n)
	}
	return out
}

// housesApart reports whether a and b each name a numbered house
// (housesIn) and share none: "1号院子着火了" and "青山村三组2号院子着火了"
// are two fires; "1号院子又着火了" is the first.
func housesApart(a, b string) bool {
	ha, hb := HousesIn(a), HousesIn(b)
	return len(ha) > 0 && len(hb) > 0 && !slices.ContainsFunc(ha, func(h string) bool { return slices.Contains(hb, h) })
}

// HouseAndHome reports whether house names a numbered house (housesIn)
// and no household, and home a household (householdsIn) and no number:
// "3号院着火了" and "张三家着火了" may be one place or two, which no
// roster tells. Apart, for a fire folded into another's is not found
// again, while a second item is one 重复 away: the duty chat is told
// they may be one (sameOrNot).
func HouseAndHome(house, home string) bool {
	return len(HousesIn(house)) > 0 && len(householdsIn(house)) == 0 && len(householdsIn(home)) > 0 && len(HousesIn(home)) == 0
}

// homesApart reports whether a and b each name a household
// (householdsIn) and share none: "老王家着火了" and "老李家也着火了" are two
// homes burning, however alike the words; "老王家火越来越大" is the first.
func homesApart(a, b string) bool {
	ha, hb := householdsIn(a), householdsIn(b)
	return len(ha) > 0 && len(hb) > 0 && !slices.ContainsFunc(ha, func(h string) bool { return slices.Contains(hb, h) })
}

// homeAndSpot reports whether home names a household and no spotWords,
// spot names a spotWords place and no household, and spot does not name
// home's household ("老王家后山那片林子" does). A numbered house
// (housesIn) is a home too, apart from a spot that names no number:
// "3号院子着火了" and "后山着火了".
func homeAndSpot(home, spot string) bool {
	hs := householdsIn(home)
	if len(SpotsIn(home)) > 0 || len(SpotsIn(spot)) == 0 || len(householdsIn(spot)) > 0 {
		return false
	}
	if len(hs) == 0 {
		return len(HousesIn(home)) > 0 && len(HousesIn(spot)) == 0
	}
	spot = hamletNamed.ReplaceAllString(spot, "")
	return !slices.ContainsFunc(hs, func(h string) bool { return strings.Contains(spot, h) })
}

// notHousehold are characters before 家 that name no one household:
// one's own or someone unsaid ("我家", "他家", "大家", "俺自己家"), or a
// word that is no home ("回家", "老家", "农家").
const notHousehold = "我俺咱们他她它人大回在到自己谁哪农国老一全各本这那娘婆亲东专作商住搬离管公外"

// householdsIn lists the households text names, each as the character
// before 家 and 家 ("老王家着火了": "王家", as "老王家" and "王家" both say):
// the character before it Chinese and none of notHousehold, not one's own
// home (selfHomes: 「自个儿家」).
func householdsIn(text string) []string {
	var out []string
	rs := []rune(BlankWords(text, selfHomes))
	for i, r := range rs {
		if r != '家' || i == 0 {
			continue
		}
		if i+1 < len(rs) && hamletNamed.MatchString(string(rs[i-1:i+2])) || landAt(string(rs[i-1:])) {
			continue // "王家沟": a hamlet, "老李家林子": his land (spotsIn)
		}
		if p := rs[i-1]; unicode.Is(unicode.Han, p) && !strings.ContainsRune(notHousehold, p) {
			out = AppendNew(out, string(p)+"家")
		}
	}
	return out
}

// numbered finds numbers that tell things apart: digits ("3号", "第12盏")
// and Chinese numerals before a measure word ("三号井", "第二盏").
var numbered = regexp.MustCompile(`[0-9]+|[一二三四五六七八九十两]+(?:号|盏|栋|排|根|口|座|条|单元|楼|层|户)`)

// numbers lists the numbers in s.
func numbers(s string) []string {
	var out []string
	for _, n := range numbered.FindAllString(s, -1) {
		out = append(out, strings.TrimLeft(n, "0"))
	}
	return out
}

const particles = "的了又也还吗呢吧啊呀嘛哦喔啦咯么就都很太好在是有个那这我你他她们"

func Bigrams(s string) map[string]bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !strings.ContainsRune(particles, r) {
				rs = append(rs, unicode.ToLower(r))
			}
		} else if len(rs) > 0 && rs[len(rs)-1] != ' ' {
			rs = append(rs, ' ')
		}
	}
	out := map[string]bool{}
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != ' ' && rs[i+1] != ' ' {
			out[string(rs[i:i+2])] = true
		}
	}
	return out
}

// BigramsIn counts the bigrams of gs that in holds too.
func BigramsIn(gs, in map[string]bool) int {
	n := 0
	for g := range gs {
		if in[g] {
			n++
		}
	}
	return n
}

// refLike finds what could be taken for a reference or a mention.
var refLike = regexp.MustCompile(`(?i)[#＃]\s*[RC]?\s*[0-9]+|\b[RC]\s*[0-9]+|[@＠]`)

// Defuse removes references and mentions from text the bot echoes. One
// between two Chinese characters leaves no gap: 「上次 #R1 说的」 reads
// 「上次说的」. Taking one out may join the text around it into another
// ("R@1" leaves "R 1"): that goes too.
func Defuse(s string) string {
	for {
		d := defuseOnce(s)
		if !refLike.MatchString(d) {
			return d
		}
		s = d
	}
}

// defuseOnce removes the references and mentions that s holds.
func defuseOnce(s string) string {
	out, last := "", 0
	for _, m := range refLike.FindAllStringIndex(s, -1) {
		before, after := strings.TrimRight(out+s[last:m[0]], " "), strings.TrimLeft(s[m[1]:], " ")
		b, _ := utf8.DecodeLastRuneInString(before)
		a, _ := utf8.DecodeRuneInString(after)
		if unicode.Is(unicode.Han, b) && unicode.Is(unicode.Han, a) && !strings.ContainsAny(s[m[0]:m[1]], "@＠") {
			out = before
			last = len(s) - len(after)
			continue
		}
		out += s[last:m[0]] + " "
		last = m[1]
	}
	return strings.Join(strings.Fields(out+s[last:]), " ")
}

func ShortText(s string) string {
	if rs := []rune(strings.Join(strings.Fields(s), " ")); len(rs) > 30 {
		return string(rs[:30]) + "…"
	}
	return strings.Join(strings.Fields(s), " ")
}

// Retelling is how a message tells an open item again: its news that the
// matter is not fixed yet (news), or that the quarrel it mediates broke
// out again (flare), and came to blows (fight).
type Retelling struct {
	News, Flare, Fight bool
	// futile: the news is that mediating it came to nothing; again: not
	// for the first time (failedBefore)
	Futile, Again bool
	// refused: a party says he will not be mediated (voluntary)
	Refused bool
	// adds: the news is something new about the matter (「灯泡买回来了」
	// quoting the bot's message about it), not the matter again
	Adds bool
	// neighbour: one who neither told nor follows the matter presses it
	// (rep108)
	Neighbour bool
}

// RepeatQuiet is how long after its handlers heard that a villager said
// his open item again they do not hear of it again, and the group hears
// one answer more at most (ownRepeat).
const RepeatQuiet = time.Hour

// AgainWords say a matter happens again or still: "鸡今天又来了", "路灯还
// 是不亮". Read as chat, only a message with one may repeat an open item.
var AgainWords = []string{"又", "还", "一直", "老是", "总是", "天天", "每天", "再", "仍", "依然", "照样"}

// ReadyToHandIn tells word that the sender's materials are ready, or a
// ready one asking what comes next: 材料准备好了, 资料都齐了, 证件备齐了,
// 准备好了请告诉我去哪交. A bare 准备好了 (饭准备好了) is none.
func ReadyToHandIn(text string) bool {
	ready := ContainsAnyOf(text, "准备好", "备齐", "齐了")
	if !ready {
		return false
	}
	return ContainsAnyOf(text, "材料", "资料", "证件", "证明", "手续", "表格", "申请书") ||
		ContainsAnyOf(text, "告诉我", "通知我", "去哪交", "交到哪", "交给谁", "找谁", "下一步", "然后呢", "怎么交", "送到哪")
}

// CannotRead reports whether text says its sender cannot read what he
// was sent: 我不识字, 字看不懂.
func CannotRead(text string) bool {
	return ContainsAnyOf(text, "不识字", "不认字", "不认得字", "认不得字", "认不到字", "识字不多", "不识几个字", "看不懂", "看不明白")
}

// FollowUpWindow is how long after a procedure question the sender's next
// one the knowledge base cannot answer is taken for a follow-up to it.
const FollowUpWindow = 72 * time.Hour

// WholeAsks ask how a procedure is done at all: said again of his item
// of that procedure ("残疾证咋办"), the whole guide is told again.
var WholeAsks = []string{"怎么办", "咋办", "怎么弄", "咋弄", "咋整", "怎么申请", "咋申请", "如何申请", "怎么办理", "如何办理", "咋个办", "咋个申请"}

// HowAsks ask how a procedure is done, not only one part of its guide:
// a first question holding one ("低保怎么申请 要带啥") hears the whole
// guide; one without ("低保要带什么材料", "残疾证去哪办") the part it asks
// (appr97).
var HowAsks = []string{"怎么", "怎样", "如何", "咋", "流程", "步骤", "手续", "程序"}

// HowAsked reports whether question asks how a thing is done (HowAsks),
// not only how to look up one's record (the check words of GuideAsks:
// "高龄补贴到账了没 咋查" asks the guide's check line, appr108).
func HowAsked(question string) bool {
	for _, a := range GuideAsks {
		if a.Part == "check" {
			question = BlankWords(question, a.Words)
		}
	}
	return ContainsAnyOf(question, HowAsks...)
}

// FollowUpSoon is how soon after his procedure question (or his last
// further one) a villager's question in few words is taken for a further
// one of it though it shares no word with its guide ("要去县里吗") or
// names another procedure in passing ("要回来开证明不").
const FollowUpSoon = time.Hour

// GoingAsks ask whether one has to go somewhere for a procedure: "要去
// 县里吗", "得跑县城不", "还要回来一趟吗"; soon after the procedure was
// told, they ask where it is done.
var GoingAsks = []string{"去县", "到县", "跑县", "去镇", "到镇", "跑镇", "去乡", "到乡", "跑乡", "去市", "到市", "跑市",
	"回来一趟", "回来办", "回村", "回老家", "跑一趟", "跑几趟", "跑一次", "跑几次", "在村里办", "村里能办", "镇上能办", "在家办", "网上办", "网上能办"}

// AskedFor is the name a grid cadre asks a procedure for, said right
// after a 帮/替/给/代 that opens his words (after 我/麻烦/我来): 「帮王奶奶
// 问一下高龄补贴能领多少」, 「替白凤兰打听下低保咋办」; a name isName
// knows, followed by an asking or doing word.
func AskedFor(text string, isName func(string) bool) (string, bool) {
	s := strings.TrimSpace(text)
	for _, lead := range []string{"我来", "我想", "我", "麻烦", "就是"} {
		s = strings.TrimPrefix(s, lead)
	}
	for _, by := range []string{"帮着", "帮", "替", "给", "代"} {
		rest, ok := strings.CutPrefix(s, by)
		if !ok {
			continue
		}
		name, w := LeadingName(rest, isName)
		if name == "" {
			return "", false
		}
		after := strings.TrimLeft(rest[w:], " ")
		for _, verb := range askedForVerbs {
			if strings.HasPrefix(after, verb) {
				return name, true
			}
		}
		return "", false
	}
	// her question passed on (appr101): 「王奶奶问高龄补贴认证了没有」,
	// 「王奶奶让我问一下…」
	if name, w := LeadingName(s, isName); name != "" && StartsWithAny(strings.TrimLeft(s[w:], " ，,"), relayedAsks...) {
		return name, true
	}
	return "", false
}

// askedForVerbs follow the name a cadre asks for: 「帮王奶奶问…」.
var askedForVerbs = []string{"问", "打听", "咨询", "申请", "办", "弄", "领", "交", "报"}

// relayedAsks follow the name of one whose question a cadre passes on:
// 「王奶奶问…」, 「王奶奶让我问…」, 「白凤兰托我打听…」.
var relayedAsks = []string{"问", "想问", "想知道", "想打听", "打听", "咨询", "让我问", "叫我问", "托我问", "要我问", "喊我问", "让我帮", "托我帮", "叫我帮",
	"让我打听", "托我打听", "说想问", "来问", "刚问", "刚才问", "打电话问", "打电话来问"}

// LostTold reports whether question tells of a thing lost or not to be
// found: "发票丢了咋办", "出院小结找不到了".
func LostTold(question string) bool {
	return ContainsAnyOf(question, "丢了", "掉了", "丢失", "弄丢", "搞丢", "找不到", "找不着", "不见了")
}

// HoursAsks ask when the office is open: "周六上班吗", "中午有人吗",
// "几点开门"; soon after a procedure was told, they ask of the office
// where it is done, a further question of that item whose leader reads it
// with the item, not a new 【村民提问】 read without it (appr99).
var HoursAsks = []string{"上班", "下班", "开门", "关门", "办公", "有人在", "中午有人", "周六", "周日", "周末", "星期六", "星期天", "星期日", "礼拜六", "礼拜天", "节假日", "放假"}

// HoursAsked reports whether question asks the hours of the office a
// procedure is done at and names no other place: "周六上班吗", "村委会中午有
// 人在吗", "那几点开门"; not "派出所几点上班" (another office named).
func HoursAsked(question string) bool {
	if !ContainsAnyOf(question, HoursAsks...) {
		return false
	}
	rest := BlankWords(question, HoursAsks, DeskWords, []string{"几点", "那", "还", "也", "都", "吗", "么", "不", "呢", "啊", "呀", "没", "有人", "人", "能", "去", "办", "?", "？", " ", "，", ","})
	return utf8.RuneCountInString(strings.TrimSpace(rest)) <= 2
}

// eligibilityAsks ask whether what one has or is bars him from a
// procedure or counts against him: "有辆三轮车影响吗", "儿子打工的钱算不
// 算收入", "还能申请吗". The guide tells who may apply in no line of its
// own; whether his case does is the department's to say.
var eligibilityAsks = []string{"影响", "算不算", "算收入", "算财产", "算资产", "算存款", "还能办", "还能申请", "还能吃", "还能领", "还能享受",
	"能不能申请", "能不能吃", "能不能领", "能不能享受", "可不可以申请", "符合", "够条件", "够格", "资格", "条件"}

// AsksEligibility reports whether text asks whether one's case bars or
// allows a procedure (eligibilityAsks).
func AsksEligibility(text string) bool {
	return ContainsAnyOf(text, eligibilityAsks...) || slices.ContainsFunc(askSep.Split(text, -1), func(c string) bool {
		// asked in a clause of its own, more told after it: "取暖补贴俺
		// 家能领不 俺家是低保户" (appr109)
		return ContainsAnyOf(c, mayGetWords...) && AsksYesNo(c)
	}) || ContainsAnyOf(text, mayGetWords...) && AsksYesNo(text)
}

// mayGetWords ask, put yes or no ("俺家烧煤的 能领不", "我家能申请吗"),
// whether one may get or apply for it (appr98).
var mayGetWords = []string{"能领", "能申请", "能享受", "能吃上", "可以领", "可以申请", "领得到", "领得了", "能拿到",
	// "女的能报吗" after 征兵报名: may she sign up (appr100)
	"能报", "可以报", "能参加", "可以参加"}

// CopyWords ask whether a paper is to be brought as the original or a
// copy.
var CopyWords = []string{"原件", "复印"}

// PaperNames are the names villagers give a paper that a guide names
// otherwise, each with the guide's.
var PaperNames = strings.NewReplacer("户口本", "户口簿", "户口薄", "户口簿", "户口页", "户口簿", "身份证件", "身份证")

// GuideWords are the words a guide uses for what villagers call
// otherwise, each with those everyday words: "三轮车算车辆吗", "有房子影
// 响吗" after 低保, whose step checks 收入、存款、车辆、房产.
var GuideWords = []GuideWord{
	{"车辆", []string{"三轮车", "摩托车", "小车", "汽车", "面包车", "车辆"}},
	{"房产", []string{"房子", "楼房", "房产"}},
	{"存款", []string{"存款", "存的钱", "存钱"}},
	// "打工的钱算不算收入", "儿子给的钱算收入吗", "闺女寄回来的钱算不算"
	{"收入", []string{"收入", "打工", "工资", "挣的钱", "赚的钱", "给的钱", "寄的钱", "寄回来的钱", "寄回的钱", "养老金", "退休金"}},
}

// GuideWord is a word of a guide with the everyday words for it.
type GuideWord struct {
	Guide string
	Said  []string
}

// AsksBringing reports whether a question of a paper asks only whether
// to bring it ("残疾证要带吗"), which the materials line answers.
func AsksBringing(text string) bool {
	return ContainsAnyOf(text, "带", "拿", "交", "准备", "需要", "需不需要", "要不要", "用不用", "要吗", "要不")
}

// MaxStatedRunes is the longest plain statement statedOfItem takes for a
// question of what bars him: "俺闺女每个月给俺寄五百块钱"; a longer one
// tells a story.
const MaxStatedRunes = 20

// AsksToGet reports whether text asks to get paper, a doing word right
// before it: "我还想给他办个残疾证", "申请残疾证".
func AsksToGet(text, paper string) bool {
	at := strings.Index(text, paper)
	return at > 0 && ContainsAnyOf(lastRunes(text[:at], 3), "办", "申请", "领", "开", "评")
}

// ServiceCenter is the department a villager may phone about a procedure
// the guide does not answer, when the township lists it.
const ServiceCenter = "便民服务中心"

// GuidePartOrder is where part's line stands in a guide (the "procedure"
// template): materials, where, time, note, amount.
func GuidePartOrder(part string) int {
	return slices.Index([]string{"materials", "where", "time", "note", "amount", "check"}, part)
}

// MentionedToday reports whether handlers @-mentioned at were so on the
// local day of now (both in the configured zone).
func MentionedToday(at, now time.Time) bool {
	if at.IsZero() {
		return false
	}
	y1, m1, d1 := at.In(now.Location()).Date()
	y2, m2, d2 := now.Date()
	return y1 == y2 && m1 == m2 && d1 == d2
}

// ownMatterRe finds a clause that starts with the speaker's own wish or
// household: 我想, 我要, 我也想, 俺家, 我们家, 我自己.
var ownMatterRe = regexp.MustCompile(`(?:^|[\s，,。！!？?；;])(?:我|俺|咱)们?(?:也|还|自己)?(?:想|要|家|自己)`)

// HerMarks say words are about another person than the speaker.
var HerMarks = []string{"她", "他", "老人", "奶奶", "爷爷", "大娘", "大爷", "婆婆"}

// OwnMatter reports whether text, from one who recorded reporter's item
// (代报), tells of his own matter: a clause of his own wish or household
// ("我想办高龄补贴", "俺家也要办") naming neither her nor anyone else
// ("我想问下她那个要带啥材料" is hers).
func OwnMatter(text, reporter string) bool {
	return ownMatterRe.MatchString(strings.TrimSpace(text)) && !ContainsAnyOf(text, HerMarks...) &&
		(reporter == "" || !strings.Contains(text, reporter))
}

// AsksInAWord reports whether text is a short question about one more
// thing, "那…呢": "那残疾证呢", "低保呢？".
func AsksInAWord(text string) bool {
	s := strings.TrimRight(text, " ?？。!！~")
	return utf8.RuneCountInString(s) <= 12 && (strings.HasSuffix(s, "呢") || len(s) < len(text) && strings.ContainsAny(text, "?？"))
}

// AsksFurther reports whether said asks something, as a villager's next
// question about a procedure he was told does: "要去县医院鉴定吗 还是镇
// 上就行", "照片要几张", "能不能代办", "能代办不", "代办要带啥". A question
// put to a neighbour ("你去镇上不", "一起去镇上不", "你家里收入怎么样":
// understand.AsksNeighbour) is his to answer, whatever words of the
// procedure it shares.
func AsksFurther(said understand.Said) bool {
	return !understand.AsksNeighbour(said) && AsksSomething(said.Raw)
}

// AsksSomething reports whether text holds a question word or form.
func AsksSomething(text string) bool {
	return strings.ContainsAny(text, "?？吗") || ContainsAnyOf(text, "还是", "是不是", "是否", "要不要", "需不需要", "能不能", "可不可以", "行不行", "够不够", "符不符合", "算不算",
		"几张", "几点", "几本", "几份", "几寸", "几个", "几次", "几岁", "多大", "多长", "多少钱", "多久", "哪里", "哪儿", "去哪", "在哪", "到哪", "哪交", "哪办", "找谁", "谁管", "谁负责", "找哪个", "问谁", "交给谁", "怎么", "咋", "啥", "什么") ||
		AsksAmount(text) || // "一年交好多", "能报多少", "太贵了 交不起"

		slices.ContainsFunc(askSep.Split(text, -1), endsWithBu) // "能代办不", "能上门不 我腿脚不好"
}

// endsWithBu reports whether clause, of more than two letters, ends with
// the yes-or-no 不 ("能代办不").
func endsWithBu(clause string) bool {
	return utf8.RuneCountInString(clause) > 2 && strings.HasSuffix(strings.TrimRight(clause, " 。.!！~"), "不")
}

// AsksAmount reports whether text asks what a procedure costs or pays
// ("一年交好多", "能报多少"), or complains of what he pays in for it ("太
// 贵了 交不起"); not "猪肉又涨价了", "这菜太贵了吗": what goods cost is
// chat, no question of his item.
func AsksAmount(text string) bool {
	text = BlankWords(text, spentTold)
	return ContainsAnyOf(text, amountQuestions...) || ContainsAnyOf(text, priceRemarks...) && ContainsAnyOf(text, "交", "缴")
}

// DeskWords name the offices and counters where procedures are done:
// shared with a guide's 去哪办, they tell of the place, not the topic.
var DeskWords = []string{"村委会", "村委", "村部", "村办公室", "大队部", "便民服务中心", "服务中心", "服务大厅", "办事大厅", "镇政府", "乡政府", "政府", "窗口"}

// AsksOn reports whether question says it asks on about what was said
// before it: "那…", "还要…", "需要带…" (not "那个…", "那边…": a thing or
// place pointed at).
func AsksOn(question string) bool {
	q := strings.TrimLeft(question, " \u3000，,。")
	if strings.HasPrefix(q, "那") && !StartsWithAny(q, "那个", "那些", "那边", "那里", "那儿", "那家", "那条", "那块", "那天") {
		return true
	}
	return StartsWithAny(q, "还要", "还得", "还需", "还用", "另外", "顺便", "再问") || ContainsAnyOf(q, "需要带", "要带", "得带", "还要带")
}

// ScopeWords name where a matter is as the whole village, group or
// township ("村里", "镇上"): said of anything there, they tell no two
// matters apart ("村里什么时候发米" is no follow-up of "村里的自来水停了").
var ScopeWords = []string{"我们村", "俺们村", "咱们村", "咱村", "俺村", "村里", "村上", "村子里", "组里", "镇上", "镇里", "乡里"}

// GuideAsks are the words that ask what a part of a procedure's guide
// tells, by the part (the "procedure" template's line for it).
var GuideAsks = []struct {
	Part  string
	Words []string
}{
	{"materials", []string{"带啥", "带什么", "带哪些", "啥材料", "什么材料", "哪些材料", "材料有哪些", "要啥材料", "需要啥", "需要什么", "准备啥", "准备什么", "要些啥", "照片", "几寸", "复印"}},
	// who takes it ("村里谁管", "交给谁"): the line that says where, and
	// the handlers asked to answer are named with it
	{"where", []string{"哪办", "哪里办", "哪儿办", "哪报名", "哪里报名", "哪儿报名", "哪交", "哪里交", "哪儿交", "交到哪", "送到哪", "拿到哪", "递到哪", "哪领", "哪里领", "哪儿领", "去哪批", "去哪开", "到哪开", "找谁办", "谁管", "谁负责", "找哪个", "找哪位", "问谁", "交给谁",
		"县里还是", "镇上还是", "村里还是", "还是县里", "还是镇上", "还是村里"}}, // "要去县里还是镇上办" (appr108)
	{"time", []string{"多久", "多长时间", "要几天", "几天能", "多少天", "要几个月", "啥时候能", "什么时候能", "批下来", "批得下来", "要等多",
		"办下来", "办得下来", // "过年前残疾证能办下来不" (appr104)
		"换下来", "换得下来", "补下来", "补得下来", // "残疾证到期了 过年前能换下来不" (appr107)
		"当天", "当场", "能拿到", "拿得到", "啥时候拿", "什么时候拿", // "当天能拿到不"
		"还能交", "还能缴", "还能补交", "还能补缴", "能补交", "能补缴", "交到几号", "缴到几号", "截止", // a fee paid late or its deadline (appr99; "医保啥时候截止": appr107)
		"最晚", "最迟", "截至", // "高龄补贴认证最晚啥时候" (appr108)
		"啥时候交", "什么时候交", "啥时候缴", "什么时候缴", "几月交", "几月份交", // when a fee is paid (appr100)
		"啥时候发", "什么时候发", "几时发", "啥时候到账", "什么时候到账", // when it is paid out, not the day (几号: the leader's; appr102)
		"到啥时候", "到什么时候", "到几时", // until when: "医保今年交到啥时候" (appr110)
		"啥时候来", "什么时候来", "几时来"}}, // when the office comes: "低保年审 上门的啥时候来" (appr110)
	{"amount", amountQuestions}, // and priceRemarks of paying in: asksAmount
	// how to look up one's own record ("认证过了没 咋查", "交没交上在哪查";
	// appr101): the guide's check line
	{"check", []string{"咋查", "怎么查", "如何查", "哪查", "哪里查", "哪儿查", "能查", "查得到", "查得着", "查不到", "查询", "自己查", "手机上查", "网上查", "查记录", "查一下", "查查"}},
	// who goes and how it is done, which no line of a guide tells alone:
	// "要本人去吗", "能代办不", "要签字吗"; a further question all the same
	{"doing", []string{"本人", "亲自", "代办", "代领", "代签", "帮他办", "帮她办", "上门", "签字", "按手印", "盖章", "手续", "条件", "资格", "符不符合", "够不够", "能办", "能不能办", "办得了", "办不了",
		// done at home, he cannot go ("能不能在家认证"; appr100)
		"在家认证", "在家办", "在家里办", "在家弄", "在家做", "上门办", "出不了门", "不出门",
		// a stamp asked of ("要盖镇上的章不"): the step that says who stamps it
		"章"}},
}

// InPersonAsks ask whether he must go himself ("要本人去吗"); ForHimWords
// are the guide's words for another going, or the office coming, for him,
// which answer that (appr97).
var (
	InPersonAsks = []string{"本人", "亲自", "自己去", "非得去", "必须去", "在家认证", "在家办", "在家里办", "在家弄", "在家做", "上门办", "出不了门", "不出门"}
	ForHimWords  = []string{"代办", "代交", "代领", "代签", "上门", "委托"}
)

// PartTells are the words by which another line of a guide tells a part
// it has no line of its own for: a guide with no amount may say how its
// amount is set (医保报销's note: 报销比例和起付线…以县医保局公布的为准),
// which is what "看病的钱能报多少" asks, not the steps that share 看病;
// one with no 时限 may say it in a step or note (当场, 工作日).
var PartTells = map[string][]string{
	// a standard of money, not of area or work ("面积按省定标准", "按标
	// 准施工" tell no amount)
	"amount": {"比例", "起付线", "封顶", "档次", "缴费标准", "收费标准", "补贴标准", "补助标准", "补偿标准", "救助标准", "供养标准", "保障标准", "发放标准", "最低标准", "和标准"},
	"time":   {"工作日", "天内", "日内", "个月内", "当场"},
}

// AmountAsks ask what a procedure costs or pays: "医保今年交多少钱", "一
// 个月给多少", "标准是多少", "收不收费"; or complain of it, said of the
// procedure ("医保太贵了 交不起"): priceRemarks.
var AmountAsks = slices.Concat(amountQuestions, priceRemarks)

// amountQuestions are the amountAsks that ask.
var amountQuestions = []string{"多少钱", "几多钱", "好多钱", "几块钱", "多少块", "交多少", "缴多少", "给多少", "发多少", "领多少", "一年多少", "一个月多少", "每月多少",
	"每年多少", "标准", "费用", "收费", "收钱", "要钱", "花多少", "价钱", "交好多", "缴好多", "领好多", "发好多", "报多少", "报好多", "报销多少", "报几成", "报销比例",
	"花钱", "交钱", "缴钱", "掏钱", "出钱", "免费", "收不收",
	// what is paid for a loss: "宅基地能补多少", "能赔多少"
	"补多少", "赔多少", "补偿多少", "补几"}

// priceRemarks complain of what something costs: of a procedure ("医保太贵
// 了 交不起") an amount asked after, of goods ("猪肉又涨价了") chat.
var priceRemarks = []string{"太贵", "这么贵", "好贵", "真贵", "涨价", "又涨", "交不起", "缴不起"}

// PayInWords ask or tell what the villager pays for a procedure: 花 only
// as a cost asked ("要花多少"), not the bill he ran up ("住院花了三万多
// 医保能报多少" asks what is paid back; appr96).
var PayInWords = []string{"交", "缴", "花多少", "花好多", "要花", "得花", "花钱", "收费", "收钱", "要钱", "费用", "价钱", "贵", "掏钱", "出钱", "免费", "收不收"}

// PayOutWords ask or tell what is paid to the villager: an allowance, a
// refund, an insurance's claim ("牛死了保险能赔多少", appr112).
var PayOutWords = []string{"发", "领", "给多少", "补多少", "补几", "报多少", "报好多", "报销", "报几成", "能报", "拿多少", "到手", "能得", "赔多少", "能赔", "赔几"}

// paidOut name what is paid to the villager; in a procedure's name
// they say which way its amount goes when config does not (see
// amountWays)
var PaidOut = []string{"补贴", "补助", "奖励", "救助", "低保", "养老金", "报销"}

// FewWords is how many runes a further question may have that is
// matched against the lines of its guide (guideLines).
const FewWords = 12

// needAsks ask whether a thing must be done ("要回来开证明不", "得本人去吗",
// "需不需要开证明"): a word of need, and a yes-or-no ending or form.
var needAsks = []string{"要", "得", "用", "需", "必须"}

// needForms ask yes or no of a need in the middle of the question.
var needForms = []string{"要不要", "用不用", "需不需要", "需要不", "得不得", "必须吗"}

// NeedSays are the words of a guide's line that say whether a thing must
// be done: it answers a question NeedAsked either way.
var NeedSays = []string{"不用", "用不着", "不需要", "无需", "无须", "不必", "需要", "必须"}

// NoNeedSays are the words of NeedSays that say a thing is not needed:
// a materials line naming a paper with one ("户口簿不用带") answers any
// question of that paper (appr108).
var NoNeedSays = []string{"不用", "用不着", "不需要", "无需", "无须", "不必", "不再要"}

// NeedAsked reports whether a question in few words asks whether a thing
// must be done, yes or no ("要回来开证明不", "还得本人去吗"; appr98): a word
// of need, and it ends asking yes or no (不, 吗, 么, 嘛, 没) or says
// 要不要/用不用…. "要带啥" asks what, not whether.
func NeedAsked(question string) bool {
	return ContainsAnyOf(question, needForms...) || ContainsAnyOf(question, needAsks...) && AsksYesNo(question)
}

// AsksYesNo reports whether a question in few words asks yes or no: it
// ends so (不, 吗, 么, 嘛, 没) or says 能不能/可不可以/行不行, and asks no
// what, where, how many or how ("要带啥", "去哪办").
func AsksYesNo(question string) bool {
	s := strings.TrimRight(question, " ?？。!！~啊呀呢哈")
	if ContainsAnyOf(s, "啥", "什么", "哪", "几", "多少", "怎么", "咋") {
		return false
	}
	// "是不是要拿户口本去村委会": 是不是 asks yes or no wherever it
	// stands (appr103)
	return ContainsAnyOf(s, needForms...) || ContainsAnyOf(s, "能不能", "可不可以", "行不行", "是不是", "是否") ||
		slices.ContainsFunc([]string{"不", "吗", "么", "嘛", "没"}, func(e string) bool { return strings.HasSuffix(s, e) })
}

// ForHimAsked reports whether a question asks yes or no whether he must
// go himself or another may go for him ("要本人去吗", "能代办吗",
// "可以上门不"): the guide's lines of who goes answer it (appr98).
func ForHimAsked(question string) bool {
	return ContainsAnyOf(question, InPersonAsks...) || ContainsAnyOf(question, ForHimWords...) && AsksYesNo(question)
}

// paperEnds end the name of a paper or card ("医保卡", "残疾证", "户口本").
const paperEnds = "卡证本簿"

// usedBy are the words before a paper that say it is used or brought, not
// asked about: "用医保卡看病", "刷社保卡", "带上残疾证".
var usedBy = []string{"用", "刷", "拿", "凭", "带", "带上", "带着", "持"}

// PaperUsed reports whether k, a keyword text holds, names a paper every
// time said right after a word of using or bringing it (usedBy): "用医保卡看
// 病能报多少" asks of what is paid, not of the card (appr98).
func PaperUsed(text, k string) bool {
	if !strings.ContainsAny(lastRune(k), paperEnds) {
		return false
	}
	if !strings.Contains(text, k) {
		return false
	}
	for rest := text; ; {
		i := strings.Index(rest, k)
		if i < 0 {
			return true
		}
		if !slices.ContainsFunc(usedBy, func(u string) bool { return strings.HasSuffix(rest[:i], u) }) {
			return false
		}
		rest = rest[i+len(k):]
	}
}

// PaperAside reports whether k, a keyword text holds, names a paper every
// time said right before 号 (身份证号, 社保卡号码: the number written on
// it) or right after a word of bringing it (broughtBy: "老年人要带身份证不",
// 「明天几点打疫苗 老年人要带身份证不」): no paper asked for — 「身份证号填错
// 了咋改」 asks no first ID card (appr112).
func PaperAside(text, k string) bool {
	if !strings.ContainsAny(lastRune(k), paperEnds) || !strings.Contains(text, k) {
		return false
	}
	for rest := text; ; {
		i := strings.Index(rest, k)
		if i < 0 {
			return true
		}
		before := rest[:i]
		rest = rest[i+len(k):]
		if !strings.HasPrefix(rest, "号") && !slices.ContainsFunc(broughtBy, func(b string) bool { return strings.HasSuffix(before, b) }) {
			return false
		}
	}
}

// broughtBy are the words before a paper that say it is brought along
// ("带上身份证"), of usedBy.
var broughtBy = []string{"带", "带上", "带着"}

// lastRune is s's last letter, "" for "".
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// LineFitAt is how well a guide line must fit a question in few words
// for guideLines to tell it (lineFit).
const LineFitAt = 3

// PlainChars are the characters of a question that say nothing of what
// it asks about: asking words and fillers ("要…不", "去哪", "家里").
const PlainChars = particles + "要不去来办带能得用啥什怎咋多少几一家里村可以会没上下到给和吗"

// LineFit is how well line, of a procedure's guide, says what question
// asks about: two for each pair of characters (bigrams) they share, one
// for each other character of the question's it holds, asking words and
// fillers (plainChars) not counted; 0 when it holds fewer than half of
// those: "那要带户口本原件吗" asks of 原件, which 低保's "户口簿" does not
// tell. "要回来开证明不" fits 户口迁移's "不用回原籍开迁移证" by 回, 开, 证
// (3), and its "亲属关系证明" by 证明 (4).
func LineFit(question, line string) int {
	n := 2 * BigramsIn(Bigrams(question), Bigrams(line))
	seen, held := map[rune]bool{}, 0
	for _, c := range question {
		if seen[c] || !unicode.Is(unicode.Han, c) || strings.ContainsRune(PlainChars, c) {
			continue
		}
		seen[c] = true
		if strings.ContainsRune(line, c) {
			held++
		}
	}
	if 2*held < len(seen) {
		return 0
	}
	return n + held
}

// GuideSayings are villagers' words for what a guide says otherwise, read
// as the guide's before its lines are matched: "俺孙子刚生的 咋上医保" asks
// what the 医保 guide tells of a 新生儿.
var GuideSayings = strings.NewReplacer("刚生的", "新生儿", "刚出生", "新生儿", "刚生下来", "新生儿", "刚生了", "新生儿")

// claimAsking are the words of asking for points, no deed among them.
var claimAsking = strings.NewReplacer("申请", "", "积分", "", "加分", "", "我们", "", "我", "", "俺", "", "想", "", "要", "",
	"能", "", "可以", "", "怎么", "", "咋", "", "给", "", "帮", "", "一下", "", "请", "", "吗", "", "不", "", "呢", "", "啊", "",
	"个", "", "点", "", "分", "", "网格小助手", "")

// SaysDeed reports whether a claim in words says what was done: "我想申请
// 积分" does not.
func SaysDeed(text string) bool {
	n := 0
	for _, r := range claimAsking.Replace(text) {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n >= 2
}

// registerAsks are the words that ask the bot to register what is said.
var registerAsks = []string{"登记一下", "登记下", "帮我登记", "帮忙登记", "给登记", "请登记", "麻烦登记", "先登记", "记一下", "帮我记下",
	"帮我报一下", "帮忙报一下", "帮我上报", "帮忙上报", "报修一下", "帮我报修", "帮忙报修"}

// AsksToRegister reports whether text asks in so many words for what it
// says to be registered, and is no question about registering ("要登记
// 吗", "怎么登记").
func AsksToRegister(text string) bool {
	return ContainsAnyOf(text, registerAsks...) && !strings.ContainsAny(text, "?？吗") && !ContainsAnyOf(text, "怎么", "咋", "不用", "别")
}

// WithoutRegisterAsk is text without the ask to register it that ends it
// ("下水道堵了 帮我登记一下" is filed as "下水道堵了").
func WithoutRegisterAsk(text string) string {
	cut := -1 // where the longest ask that ends text begins
	for _, w := range registerAsks {
		if i := strings.LastIndex(text, w); i > 0 && (cut < 0 || i < cut) &&
			strings.Trim(text[i+len(w):], " ，,。.！!~吧啊呀哈一下") == "" {
			cut = i
		}
	}
	if cut < 0 {
		return text
	}
	head := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(text[:cut], " ，,。.！!;；"), "先"), "请")
	if !understand.HasContent(head) {
		return text
	}
	return strings.TrimRight(head, " ，,")
}

// DangerOfOne reports whether raw and other, one told as a danger
// (安全隐患) and the other as the matter it is a danger of, are one matter
// at one place: both name a place and a place of one is a place of the
// other (placeRoot), they share a thing (understand.ThingsOf), and they
// name no other places or numbers: "东头那个坡确实滑 我早上也差点摔" minutes
// after "村东头那段下坡路结冰了 早上好几个人骑电动车摔了" (rep112: it was
// offered as a new 安全隐患 item). Their categories differ only by how
// the danger was said; the caller asks, nothing is merged on this.
func DangerOfOne(raw, other string) bool {
	if _, _, ok := onePlace(raw, other); !ok || PlacesApart(raw, other) {
		return false
	}
	a, b := understand.Hear(raw), understand.Hear(other)
	_, shared := understand.ThingsOf(a, b)
	return shared && !OtherThings(a, b)
}

// onePlace is the places raw and other name (SpotsIn), ok when a place of
// one is a place of the other (placeRoot: "河边" and "河里" are the river)
// and they name no other numbers.
func onePlace(raw, other string) (pa, pb []string, ok bool) {
	if numbersDiffer(raw, other) {
		return nil, nil, false
	}
	pa, pb = SpotsIn(raw), SpotsIn(other)
	return pa, pb, slices.ContainsFunc(pa, func(w string) bool {
		return slices.ContainsFunc(pb, func(v string) bool { return placeRoot(w) == placeRoot(v) })
	})
}
