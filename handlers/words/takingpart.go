package words

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Questions a household asks of taking part in what a notice asks of it,
// in words the notice never uses (notice70): 「我妈腿脚不好去不了 能上门打吗」
// after 「明天上午9点在村委会打新冠疫苗」. Pure text reading, kept together.

// takingPartWords say how the asker's household stands to what a notice asks of
// it: it cannot go (去不了, 腿脚不好, 不在家), someone goes for it (代领,
// 替她), it is done at home (上门), whether it counts or must still (算不算,
// 还要…吗), when it ends (几点结束).
var takingPartWords = []string{
	// cannot go
	"去不了", "来不了", "走不了", "去不成", "来不成", "没法去", "没办法去", "不能去", "不能来", "去不到", "赶不上", "赶不回来",
	"回不来", "不在家", "在外地打工", "外出打工", "出去打工", "在外地", "在外面打工", "在外打工", "出远门", "腿脚不好", "腿脚不方便", "腿不好", "行动不便", "行动不方便",
	"走不动", "下不了床", "卧床", "瘫痪", "住院", "没空", "没时间", "要上班", "上班",
	// someone goes for it
	"代领", "代签", "代办", "代交", "代填", "代替", "代去", "代他", "代她", "代我", "替他", "替她", "替我", "替老人", "帮他领", "帮她领", "帮忙领",
	"家属", "家里人", "别人去", "委托", "我去行", "我去可以",
	// done at home
	"上门",
	// whether it counts, or must still be done
	"算不算", "算吗", "包不包括", "包括", "符不符合", "符合", "够不够", "够吗", "属于", "还要", "也要", "还用", "还需要", "必须",
	"一定要", "非要", "不去行", "不去可以", "不去会", "不去有", "已经", "过了", "过的",
	// when it ends
	"几点结束", "到几点", "几点完",
}

// takingPartPeople are who of the household a question of taking part names:
// kin, and the elders a notice is usually for.
var takingPartPeople = []string{
	"我妈", "我爸", "我娘", "我爹", "俺娘", "俺爹", "俺妈", "俺爸", "老妈", "老爸", "老人家", "老人", "老太太", "老头", "老伴",
	"奶奶", "爷爷", "姥姥", "姥爷", "外婆", "外公", "婆婆", "公公", "孩子", "儿子", "女儿", "媳妇", "老婆", "爱人", "家里",
}

// waitAsks ask how long a wait lasts (「还要等多久」): a matter pressed,
// not a notice's.
var waitAsks = []string{"等多久", "还要等", "要等到", "多久", "多长时间"}

// thirdPerson are pronouns of someone talked about: without a first person
// or kin word (「他去不了吗」), the question is talk of another's plans.
var thirdPerson = []string{"他", "她"}

// AsksTakingPart reports whether q asks of taking part in a notice's
// matter and names nothing else: a word of takingPartWords, what is left once
// those, kin (takingPartPeople) and the question's fillers are out naming no
// thing of two characters (topicWords), and no one talked about but
// himself or his kin. 「能不能代领」「我家算不算」「去不了怎么办」 do;
// 「我家狗丢了怎么办」 (no such word), 「我妈去不了医院 能帮忙叫个车吗」
// (医院, 叫个车) and 「他去不了吗」 (someone else's plans) do not.
func AsksTakingPart(q string) bool {
	if !ContainsAnyOf(q, takingPartWords...) || ContainsAnyOf(q, waitAsks...) {
		return false
	}
	firstPerson := ContainsAnyOf(q, "我", "俺", "咱") || ContainsAnyOf(q, takingPartPeople...)
	if ContainsAnyOf(q, thirdPerson...) && !firstPerson {
		return false
	}
	rest := q
	for _, w := range longestFirst(takingPartWords, takingPartPeople) {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	return len(topicWords(rest)) == 0
}

// longestFirst is the words of lists, the longest first, so that a word
// inside a longer one ("还要" in "还需要") never splits it.
func longestFirst(lists ...[]string) []string {
	all := slices.Concat(lists...)
	slices.SortStableFunc(all, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	return all
}

// Saying one passed a notice on to someone (notice70): 「王奶奶那边我告诉她了」,
// 「我跟我妈说了」.

// passedOnWords say the notice was passed on; passedOnRe the same said to
// someone named between ("跟我妈说了", "给王奶奶讲过了").
var passedOnWords = []string{"告诉她了", "告诉他了", "告诉过她了", "告诉过他了", "告诉过了", "告诉了", "转告过了", "转告了", "已转告",
	"转达了", "已转达", "传达了", "通知到了", "通知她了", "通知他了", "说过了", "讲过了"}

var passedOnRe = regexp.MustCompile(`[跟和给同][^，。,.！!？?\s]{0,8}?[说讲]过?了|(?:告诉|转告|通知)过?[^，。,.！!？?\s]{1,6}?了`)

// passedOnFillers are the words around a relay that name nothing: where
// ("那边"), when ("刚才"), how ("一声").
var passedOnFillers = []string{"那边", "那儿", "那里", "这边", "已经", "一声", "这事儿", "这事", "这个事", "的事", "刚才", "刚刚", "早就", "早上", "说", "讲"}

// notRelayed are words that deny or ask a relay ("还没跟她说", "要不要告诉他").
var notRelayed = []string{"没跟", "没和", "没给", "还没", "要不要", "别告诉", "不用告诉", "吗", "么", "?", "？"}

// MayBeRelay is RelayAbout's screen, which needs no names: a relay word
// and no word that it was not (yet) passed on. Callers test it before
// gathering the grid's names.
func MayBeRelay(text string) bool {
	return (ContainsAnyOf(text, passedOnWords...) || passedOnRe.MatchString(text) || homeToldRe.MatchString(text)) &&
		!ContainsAnyOf(text, notRelayed...) && !ContainsAnyOf(text, Untold...)
}

// homeToldRe is toldInPerson's 家 form of a relay with its fillers
// (inPersonFillers) and a bare 说了 (call78: 「体检的事赵六家我去说了」): a
// filler is needed, 「赵六家说了」 may be what they said.
var homeToldRe = regexp.MustCompile(`(?:家|户|屋头|屋里)\s*(?:` + strings.Join(inPersonFillers, "|") + `)+\s*(?:说过?了|讲过?了)`)

// RelayAbout reports whether text says that its sender passed the notice
// on to someone: a relay word, and nothing else named but one of names
// (the grid's people: the one found is named) or kin (takingPartPeople,
// named "") and what was passed on: topic are the words of text left once
// the relay, the one named, kin and the fillers are out (topicWords; the
// 家 form's too, inPersonFillers: 「体检的事赵六家我当面说过了」, ask77), none
// when it names nothing (call76). 「王奶奶那边我告诉她了」 names 王奶奶; 「我跟我妈说了」
// kin; 「体检的事我跟赵六说过了」 names 赵六 about 体检 — whether that is a
// notice's is the caller's to tell (NamesNotice); 「我告诉他了」 (nobody) and
// 「还没跟她说」 are no relay.
func RelayAbout(text string, names []string) (named string, topic []string, ok bool) {
	if !MayBeRelay(text) {
		return "", nil, false
	}
	for _, n := range longestFirst(names) {
		if strings.Contains(text, n) && !strings.Contains(named, n) {
			if named != "" {
				return "", nil, false // two people: whose household is unclear
			}
			named = n
		}
	}
	if named == "" && !ContainsAnyOf(text, takingPartPeople...) {
		return "", nil, false
	}
	rest := homeToldRe.ReplaceAllString(passedOnRe.ReplaceAllString(text, " "), " ")
	for _, w := range longestFirst([]string{named}, passedOnWords, takingPartPeople, passedOnFillers, inPersonFillers) {
		if w != "" {
			rest = strings.ReplaceAll(rest, w, " ")
		}
	}
	return named, topicWords(rest), true
}

// NamesNotice reports whether every word of topic (RelayAbout's) names
// what a notice's text is about (SharesWords): 体检 names
// 「12月9日上午9点在村卫生室免费体检」; 「体检 医院」 does not, nor does an
// empty topic.
func NamesNotice(topic []string, text string) bool {
	for _, w := range topic {
		if !SharesWords(w, text) {
			return false
		}
	}
	return len(topic) > 0
}

// CallNoteSaid reports whether a relay of an elder's also says how the call
// went (an outcome word but the relay's own) or how she is (TellsHowSheIs):
// 「徐玉珍打通了 已转告」, 「石德贵挺好的 通知也跟他说了」 are call notes,
// read as such, whatever else they name (call76).
func CallNoteSaid(text string) bool {
	return TellsHowSheIs(text) || ContainsAnyOf(text, slices.DeleteFunc(slices.Clone(callOutcomeWords), func(w string) bool { return w == "上门" || w == "已转告" })...)
}
