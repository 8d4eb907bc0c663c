package words

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// ChaseWords press a matter that takes long: "到底有人管没有", "怎么还没
// 人来", "什么时候来修".
var ChaseWords = []string{"有人管", "没人管", "管不管", "到底", "怎么还没", "咋还没", "怎么还不", "咋还不", "还没人", "怎么没人", "咋没人",
	"多久", "什么时候", "啥时候", "几时"}

// sinceWords say how long a matter has waited ("都好几天了"), as much of a
// report told again as of a matter pressed: they name no part of it.
var sinceWords = []string{"几天了", "好几天", "一个礼拜", "一个星期", "一个月了", "半个月", "好久", "拖了", "拖着"}

// ownPast say that a matter was told before by the sender: "我上次说的",
// "之前反映的".
var ownPast = []string{"上次", "上回", "之前", "前几天", "前两天", "前些天", "那天", "我说的", "我反映的", "我报的", "我上报的", "我讲的", "的事"}

// AsksAfterOwn reports whether text asks, with no word of a status, after
// a matter the sender told before: "我上次说的路灯呢", "之前反映的那个狗的
// 事呢"; not "今天吃什么呢". Or how it stands, saying he told it
// ("网格员 我上礼拜说的那个路灯的事咋样了"): his own matter, not the
// group's plain "路灯的事怎么样了" (see askedAboutMine).
func AsksAfterOwn(text string) bool {
	s := strings.TrimRight(strings.TrimSpace(text), "?？!！。.~ ")
	if ContainsAnyOf(s, StatusQuestions...) && toldByMe.MatchString(s) {
		return true
	}
	return strings.HasSuffix(s, "呢") && ContainsAnyOf(s, ownPast...) && !ContainsAnyOf(s, "什么", "啥", "怎么", "为什么", "哪")
}

// toldByMe says the sender told a matter before: "我上礼拜说的", "俺前两
// 天反映过的", "我报的".
var toldByMe = regexp.MustCompile(`(?:我|俺)[^\s，,。！!？?]{0,4}?(?:说|反映|报|讲|提)过?的`)

// ChaseSubject is what of text may name the matter asked after: text
// without the words that ask or press (they would match any item told
// with them: "好几天了"), nor those that name no part of it ("的事", "我
// 家").
func ChaseSubject(text string) string {
	return BlankEvery(text, ChaseWords, sinceWords, StatusQuestions, AskingWords, AskedFillers, ownWords, ScopeWords)
}

// BlankEvery is text with every place any word of lists covers in it
// blanked, found in text as it is: unlike BlankWords, one word blanked
// first leaves no piece of another that overlaps it ("没人管" of "怎么还没
// 人管" left "怎么还", read as naming something; rep99).
func BlankEvery(text string, lists ...[]string) string {
	covered := make([]bool, len(text))
	for _, list := range lists {
		for _, w := range list {
			if w == "" {
				continue
			}
			for from := 0; ; {
				i := strings.Index(text[from:], w)
				if i < 0 {
					break
				}
				for j := from + i; j < from+i+len(w); j++ {
					covered[j] = true
				}
				_, size := utf8.DecodeRuneInString(text[from+i:])
				from += i + size
			}
		}
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, r := range text {
		if covered[i] {
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FixingWords say that someone comes or fixes, naming nothing fixed:
// "什么时候来修", "咋还没人来弄".
var FixingWords = []string{"来修", "修好", "修理", "来弄", "弄好", "处理", "解决", "来看", "来人", "人来", "有人", "修", "来", "管", "弄", "人", "能", "会"}

// ownWords say whose a matter is, and name no part of it.
var ownWords = []string{"我家", "俺家", "我们家", "咱家", "我反映", "我说", "我报", "说的", "反映的", "报的", "上次", "上回", "之前", "那个", "这个", "呢",
	// "我那件", "俺那桩事", "我的事情": his matter, no part of it (rep99)
	"那件事", "这件事", "那桩事", "这桩事", "那个事", "这个事", "事情", "事儿", "那件", "这件", "那桩", "这桩", "的事", "那事", "这事", "俺", "咱"}

// myMatter says "my matter" with no part of it named: "我那件", "俺那桩事",
// "我的事情", "我家那个事".
var myMatter = regexp.MustCompile(`(?:我|俺|咱)(?:们家|家|们)?(?:的|那|这)(?:件|桩|个)?(?:事情|事儿|事)|(?:我|俺|咱)(?:们家|家)?(?:那|这)(?:件|桩)`)

// MyMatter reports whether text speaks of the sender's own matter as
// such ("我那件怎么还没人管", "俺家那个事到底有人管没有"): with nothing else
// naming it, any of his items.
func MyMatter(text string) bool { return myMatter.MatchString(text) }

// nobodyWords say that nobody has taken a matter up: "还没人管", "咋没人来".
var nobodyWords = []string{"没人管", "还没人", "怎么没人", "咋没人", "没有人管", "没人来", "没人理"}

// SaysNobody reports whether text presses that nobody took the matter up
// (nobodyWords): of several items, those nobody has taken on are meant.
func SaysNobody(text string) bool { return ContainsAnyOf(text, nobodyWords...) }

// pressWords press a matter, past asking when it will be done: "到底",
// "咋还没", "没人管".
var pressWords = []string{"没人管", "管不管", "到底", "怎么还没", "咋还没", "怎么还不", "咋还不", "还没人", "怎么没人", "咋没人"}

// Presses reports whether text presses a matter (pressWords: "到底有人管
// 没有"), or says how long it has waited ("都好几天了"), rather than asks
// only when it will be done ("路灯啥时候能修好").
func Presses(text string) bool {
	return ContainsAnyOf(text, pressWords...) || ContainsAnyOf(text, sinceWords...)
}

// ChaseFresh is how long after an item's last step a villager's question
// when it will be done is answered by how it stands, its handlers not told
// (handlers' chased): they have just acted on it. Later, or past its
// deadline, the question chases them.
const ChaseFresh = 24 * time.Hour

// PlainStatusQuestion reports whether text asks how a matter stands
// ("桥的事咋样了", "我反映的事情有进展吗") and presses nothing: no word
// of ChaseWords ("有人管", "什么时候", "到底"), which chase it.
func PlainStatusQuestion(text string) bool {
	return ContainsAnyOf(text, StatusQuestions...) && !ContainsAnyOf(text, ChaseWords...)
}

// ToldByMe reports whether text says the sender told the matter before,
// naming no part of it: "我反映的", "我上报的", "我说的那个".
func ToldByMe(text string) bool {
	return toldByMe.MatchString(text)
}
