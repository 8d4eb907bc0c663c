package words

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gridbot/understand"
)

// searchLed matches a cadre leading a search now: he or his people go
// somewhere to look ("我去后山找", "我们去河边找找", "我带人去水库那边
// 寻"), split up ("分头找", "大家分头去找"), he sends one of them
// somewhere with people ("李四你带人去河边", "你们几个去村口找"), or he
// tells people sent or looking already ("派人去后山找了", "石桥那边已经
// 在找了": searchSent, searchOn).
var searchLed = regexp.MustCompile(`(?:我|我们|咱们|咱|大家)(?:马上|现在|这就|赶紧|立马)?(?:带人|带几个人|带上人)?(?:去|到)\p{Han}{0,8}?(?:找|寻)|` +
	`分头(?:去)?(?:找|寻)|` +
	`你(?:们|们几个|俩)?(?:马上|赶紧)?(?:带人|带几个人|带上人)?(?:去|到)\p{Han}{1,8}|` +
	searchSent + `|` + searchOn)

// searchSent matches people sent somewhere to look, as the duty officer
// tells it ("派人去后山找了", "已经安排民兵到水库那边搜", alarm91).
const searchSent = `(?:派|安排|叫|喊|组织)了?\p{Han}{0,4}?(?:去|到|在)\p{Han}{0,8}?(?:找|寻|搜)`

// searchOn matches a search told going on now ("石桥那边已经在找了",
// "后山正在搜", alarm91): 在 before the looking, not one done ("找过了").
const searchOn = `(?:已经|正|都|也|还)在(?:找|寻|搜)|正在(?:找|寻|搜)`

// Searches reports whether text, a grid cadre's unnumbered words while
// someone is missing, tell he leads a search now ("我去后山找 李四你带人
// 去河边", no 收到): his taking the missing alarm on (alarmAcked, alarm87).
// A question, a search put off ("明天再去找"), one called off or not
// needed ("不用找了", "别去找"), one he cannot go on, one asked to come
// and see him ("叫他到村委会找我"), or a long message is none.
func Searches(text string) bool {
	if utf8.RuneCountInString(text) > 40 || strings.ContainsAny(text, "?？吗") || understand.LaterWords(text) ||
		ContainsAnyOf(text, stayAwayWords...) || ContainsAnyOf(text, "不用找", "别找", "别去", "不找", "找到", "找着", "回来了", "找我", "找你") {
		return false
	}
	return searchLed.MatchString(text)
}

// SearchKind is which alarms an officer's search words may be of
// (SearchOf, alarm93).
type SearchKind int

const (
	// SearchNone: no search.
	SearchNone SearchKind = iota
	// SearchLost: looking for someone (找, 寻): a missing person's alarm.
	SearchLost
	// SearchBuried: digging out or freeing people (挖, 刨, 扒, 破拆, 救出)
	// or looking for those under what fell (压着的人, 废墟): a collapse
	// with people trapped.
	SearchBuried
	// SearchEither: searching with no more said (搜, 搜救, 搜寻): either.
	SearchEither
)

// SearchOf tells which alarms text, an officer's words in the duty chat,
// are a search of: 「派人去后山找了」 a missing person's, 「救援队正在挖」
// or 「还在找下面压着的人」 a collapse's with people trapped,
// 「救援队已经在搜了」 either (alarm93). Words that are no search
// (Searches), nor a dig (digRe, with Searches' exclusions), are
// SearchNone.
func SearchOf(text string) SearchKind {
	digs := digRe.MatchString(text) && utf8.RuneCountInString(text) <= 40 && !strings.ContainsAny(text, "?？吗") &&
		!understand.LaterWords(text) && !ContainsAnyOf(text, stayAwayWords...) && !ContainsAnyOf(text, "不用", "别挖", "别去")
	switch {
	case !digs && !Searches(text):
		return SearchNone
	case digs || ContainsAnyOf(text, buriedWords...):
		return SearchBuried
	case strings.ContainsAny(strings.NewReplacer("搜寻", "", "寻找", "找").Replace(text), "找寻"):
		return SearchLost
	}
	return SearchEither
}

// digRe matches people being dug out or freed from what fell: digging
// going on or sent for ("救援队正在挖", "派人去扒了"), people got out
// ("人挖出来了", "救出来一个"), breaking in (破拆).
var digRe = regexp.MustCompile(`(?:已经|正|都|也|还|大家|我们|咱们|他们)在(?:挖|刨|扒)|正在(?:挖|刨|扒)|(?:挖|刨|扒|救)(?:了)?出(?:来|了)|破拆|` +
	`(?:派|安排|叫|喊|组织)了?\p{Han}{0,4}?(?:去|到|在)\p{Han}{0,8}?(?:挖|刨|扒)`)

// buriedWords tell a search is of people under what fell, or inside a
// house on fire ("正在找屋里的人", lost97): trapped, no missing person.
var buriedWords = []string{"被压", "被埋", "压着", "埋着", "压在", "埋在", "下面的人", "底下的人", "废墟", "瓦砾", "塌",
	"屋里的人", "里面的人", "里头的人", "被困", "困在", "火场"}

// SearchPlaces are the pairs of Chinese characters of a search's words
// (Searches) that may name where or whom, its own words (我去, 找找, 分头,
// 大家…) blanked first: "我去后山找小明" gives 后山 and 小明, "大家分
// 头去河边找找" 河边 (alarm89: which missing alarm a search is of). No
// pair holds a particle (searchParticles).
func SearchPlaces(text string) []string {
	var out []string
	for _, g := range searchPairs(text) {
		if g != "" && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	slices.Sort(out)
	return out
}

// SearchNamed counts the places and names of a search's words (the
// stretches of SearchPlaces' pairs, in the order said) that in, an
// alarm's words with its missing people's names, holds: "去后山找小明"
// names two (后山, 小明) of 「小明往后山去了」 and one of 「孙子去后山玩」,
// and 「王奶奶」 is one name however many of its pairs match (alarm93:
// the alarm matching both is the one meant).
func SearchNamed(text, in string) int {
	n, held := 0, false
	for _, g := range searchPairs(text) {
		h := g != "" && strings.Contains(in, g)
		if h && !held {
			n++
		}
		held = h
	}
	return n
}

// searchPairs are the pairs of Chinese characters of a search's words in
// the order said, its own words blanked and particles dropped as Bigrams
// drops them; "" stands where a stretch ends (a blank, a pair with a
// particle of searchParticles or a character that is no Chinese one).
func searchPairs(text string) []string {
	var rs []rune
	for _, r := range searchOwn.ReplaceAllString(text, " ") {
		if !strings.ContainsRune(particles, r) {
			rs = append(rs, r)
		}
	}
	var out []string
	for i := 0; i+1 < len(rs); i++ {
		if unicode.Is(unicode.Han, rs[i]) && unicode.Is(unicode.Han, rs[i+1]) && !strings.ContainsRune(searchParticles, rs[i]) && !strings.ContainsRune(searchParticles, rs[i+1]) {
			out = append(out, string(rs[i:i+2]))
		} else if len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "")
		}
	}
	return out
}

// searchParticles are characters no place or name of a search holds.
const searchParticles = "的了吧啊呢吗嘛呀哦一个下那这也都还就再"

// searchOwn are the words any search is said with, naming no place or
// person: who goes, going, looking, splitting up, hurry, people sent,
// a search going on (已经在找).
var searchOwn = regexp.MustCompile(`我们|咱们|大家|你们几个|你们|你俩|我|咱|你|马上|现在|这就|赶紧|立马|带上人|带几个人|带人|分头|再去|去|到|找找|找一找|找一下|寻找|找|寻|一趟|看看|几个|人手|一起|` +
	`已经|正在|派了人|派人|安排了人|安排人|安排|组织|民兵|搜救|搜寻|搜|在`)
