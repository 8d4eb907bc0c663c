package understand

// What is said in a quarrel once a mediation item is open: threats, the
// parties' sides, peacemakers, and the subject the quarrel is about.

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Threatens reports whether s threatens someone with violence or his
// property, not in jest: a fixed threat ("我打断你的腿", "烧了你家"), an
// open one ("走着瞧", "别怪我不客气"), destruction promised to the other
// ("给你推了"), or a condition on him followed by harm ("你再砌我就给你推
// 了", "再敢往我家倒垃圾就砸了你家的锅"). Said laughing ("😂", "哈哈") it is
// banter among friends. In a quarrel, the mediators must hear it.
func Threatens(s Said) bool { return !laughs(s.Raw) && threatIn(s.Canon) }

// threatIn is Threatens for canonical text, laughter aside: a threat said
// to the other, or one told second-hand (toldThreat).
func threatIn(t string) bool { return saidThreat(t) || toldThreat(t) }

// saidThreat is a threat said to the other: "我打断你的腿", "你再砌我就给
// 你推了", "走着瞧".
func saidThreat(t string) bool {
	return containsAny(t, threats) || containsAny(t, openThreats) || promisesHarm(t) || dares(t)
}

// ToldThreat reports whether s tells, not in jest, of a threat made to its
// sender or his household by someone else: "陈二说要打断我的腿", "他扬言要
// 弄死我", "放话说要把我家房子烧了", "老王威胁我说再砌就给我推了". The
// sender is who is threatened: a matter to file for the mediators, not
// words of a quarrel to pass on (Threatens holds for it too).
func ToldThreat(s Said) bool { return !laughs(s.Raw) && toldThreat(s.Canon) }

// threatTold and threatSaid tell what someone else threatened: threatTold
// are words of a threat ("扬言", "放话", "威胁"), threatSaid of anything
// said ("说要", "说再"), so that what follows must be violence or fire
// (violence), not only work on a thing ("村里说要拆我家旧房" is a plan).
var (
	threatTold = newLexicon("扬言", "放话", "放出话", "放狠话", "撂下话", "撂狠话", "撂话", "威胁", "恐吓")
	threatSaid = newLexicon("说要", "说他要", "说了要", "说是要", "说早晚要", "说迟早要", "说哪天", "说再", "说下次", "说要是")
	// violence are the wrecks (and threats) a threat only said must hold.
	violence = newLexicon("烧了", "砸了", "砍了", "打断", "打死", "弄死", "揍你", "打你", "收拾你", "废了", "宰了", "剁了", "毒死", "药死",
		"砍你", "捅你", "放火", "不客气", "好看", "拼了", "算账", "没完")
	// toldNot before a word of a threat say none was made: "他没说要打我".
	toldNot = newLexicon("没", "不", "别", "未", "没有", "并没")
	// officialSpeakers say what is planned, not threatened: "镇里说要把
	// 我家的树砍了 修路".
	officialSpeakers = newLexicon(slices.Concat(settlers.words, []string{"政府", "上面", "施工", "公司", "修路的", "拆迁", "城管", "供电",
		"电力", "天气预报", "预报", "新闻", "广播", "通知", "医生", "老师"})...)
)

// maxToldRunes is how much after a word of a threat toldThreat reads.
const maxToldRunes = 24

// toldThreat is ToldThreat for canonical text, laughter aside: after a
// word of threatTold or threatSaid (not denied: toldNot), in the same
// sentence, a threat that, with the sender turned into the one spoken to
// ("打断我的腿" → "打断你的腿"), is one said (saidThreat), harm ending a
// clause (harmEnds) or harm named verb first (harmTo) to him or his. What
// is said of others ("他说要烧秸秆", "新闻里说有人扬言要炸学校")
// threatens no one here.
func toldThreat(t string) bool {
	return eachToldThreat(t, func(int, int) bool { return true })
}

// inToldThreat reports whether t[at:] lies in what a told threat of t
// threatens ("他说要放火烧我家的柴火垛": 放火 there is threatened, not
// done), so that an alarm word there is no alarm. A clause after the one
// that holds the harm is news again: "他扬言要放火 结果真把柴火垛点着了".
func inToldThreat(t string, at int) bool {
	return eachToldThreat(t, func(from, to int) bool { return from <= at && at < to })
}

// eachToldThreat calls f with the span t[from:to] of each threat told in
// t (see toldThreat), from its word ("说要") to the end of the clause that
// holds the harm, until f returns true; it reports whether f did.
func eachToldThreat(t string, f func(from, to int) bool) bool {
	if !strings.ContainsAny(t, "说话威胁恐扬") {
		return false
	}
	for _, l := range []struct {
		words []string
		told  bool
	}{{threatTold.words, true}, {threatSaid.words, false}} {
		for _, w := range l.words {
			if eachAt(t, w, func(at int) bool {
				speaker := t[clauseStart(t, at):at]
				if hasAnySuffix(speaker, toldNot) || !l.told && containsAny(speaker, officialSpeakers) {
					return false
				}
				rest := strings.TrimLeft(t[at+len(w):], clauseBreaks)
				// turnedToYou keeps byte offsets: 我, 俺, 咱 and 你 are
				// three bytes each.
				said := turnedToYou(firstRunes(sentenceOf(rest), maxToldRunes))
				if !strings.Contains(said, "你") || !saidThreat(said) && !harmIn(said) && !harmTo(said) {
					return false
				}
				if !l.told && !containsAny(said, violence) && !containsAny(said, threats) && !harmTo(said) {
					return false
				}
				return f(at, len(t)-len(rest)+harmClauseEnd(said))
			}) {
				return true
			}
		}
	}
	return false
}

// harmClauseEnd is the end of the clause of said (a threat told, turned
// to the one spoken to) that holds its harm, else of its first clause.
func harmClauseEnd(said string) int {
	end := 0
	for end < len(said) {
		next := len(said)
		if i := strings.IndexAny(said[end:], clauseBreaks); i >= 0 {
			next = end + i
		}
		c := said[end:next]
		if containsAny(c, violence) || containsAny(c, threats) || harmEnds(c) || harmTo(c) || next == len(said) {
			return next
		}
		_, size := utf8.DecodeRuneInString(said[next:])
		end = next + size
	}
	return end
}

// harmsTo are harms named verb first, before whom or what they hit:
// "砸你家的车", "放火烧你家的柴火垛", "划你的车", "毒你家的鸡".
var harmsTo = newLexicon("砸", "烧", "点了", "点着", "毒死", "药死", "毒", "药", "划", "扎", "砍", "宰", "杀", "捅", "掀", "撞", "弄死", "打死")

// maxToldHitRunes is how long what a harm named verb first hits ("你家的
// 柴火垛") may be.
const maxToldHitRunes = 8

// harmTo reports whether s names harm verb first (harmsTo) to the one
// spoken to or his, ending its clause: "砸你家的车", "放火烧你家柴火垛",
// not "帮你家砍树" (the tree is hit, not "你") nor "烧你家门口那堆垃圾
// 的时候小心点" (too long a clause to be what is hit).
func harmTo(s string) bool {
	head := clause(s, clauseBreaks)
	for _, w := range harmsTo.words {
		if eachAt(head, w, func(i int) bool {
			after := head[i+len(w):]
			return strings.HasPrefix(after, "你") && utf8.RuneCountInString(after) <= maxToldHitRunes
		}) {
			return true
		}
	}
	return ruinsTo(head)
}

// ruinResults, after a verb, tell the thing it acts on ruined: cut off
// (挖断, 剪断), killed or blocked for good (堵死), stripped bare (拔光),
// smashed (砸烂, 弄坏), toppled (推倒, 挖塌). ruinWords ruin by their
// verb: a pond drained (放干), a grave levelled (推平), a wire cut (剪了).
// notRuins end in a result but tell a feeling ("气死你"), not a deed.
var (
	ruinResults = "断死光烂坏毁废倒塌"
	ruinWords   = newLexicon("放干", "抽干", "排干", "推平", "铲平", "填平", "填了", "堵了", "堵上", "剪了", "拔了", "挖了", "铲了", "扒了")
	notRuins    = newLexicon("气死", "笑死", "累死", "吓死", "急死", "烦死", "热死", "冷死", "困死", "饿死", "想死", "美死", "打倒")
)

// ruinAt is the length in bytes of a ruin at the start of s (a word of
// ruinWords, or a verb and a result of ruinResults, not notRuins), 0
// for none.
func ruinAt(s string) int {
	for _, w := range ruinWords.words {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	v, n := utf8.DecodeRuneInString(s)
	r, m := utf8.DecodeRuneInString(s[n:])
	if n == 0 || m == 0 || !unicode.Is(unicode.Han, v) || strings.ContainsRune("不没得能会要把给的了你我他她它", v) ||
		!strings.ContainsRune(ruinResults, r) || hasAnyPrefix(s, notRuins) {
		return 0
	}
	return n + m
}

// ruinsTo reports whether a clause (a threat told, turned to the one
// spoken to) ruins a thing of his: named verb first ("放干你家的鱼塘",
// "推倒你家的院墙"), or after 把, his thing first and the ruin ending the
// clause ("把你家的鱼塘放干", "把你家的菜全拔光"). "帮你把鱼塘的水放干"
// ruins nothing of his: the thing after 把 is not "你…".
func ruinsTo(head string) bool {
	for i := range head {
		n := ruinAt(head[i:])
		if n == 0 {
			continue
		}
		after := head[i+n:]
		if strings.HasPrefix(after, "你") && utf8.RuneCountInString(after) <= maxToldHitRunes {
			return true
		}
		if strings.Trim(after, "了啊呀吧掉") != "" {
			continue
		}
		if _, object, ok := strings.Cut(head[:i], "把"); ok && strings.HasPrefix(object, "你") && utf8.RuneCountInString(object) <= maxToldHitRunes+2 {
			return true
		}
	}
	return false
}

// harmIn reports whether a clause of s begins with harm (harmEnds).
func harmIn(s string) bool {
	for s != "" {
		if harmEnds(s) {
			return true
		}
		i := strings.IndexAny(s, clauseBreaks)
		if i < 0 {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
	}
	return false
}

// turnedToYou is s with its sender (我, 俺, 咱) turned into the one spoken
// to, as the threat was said to him.
var turnedToYou = newReplacer("我们", "你们", "俺们", "你们", "咱们", "你们", "我", "你", "俺", "你", "咱", "你").Replace

// sentenceOf is the head of s up to the end of its sentence: spaces and
// commas part no sentence ("陈二说要是我再占他的地 就打断我的腿").
func sentenceOf(s string) string {
	if i := strings.IndexAny(s, "。!?;\n"); i >= 0 {
		return s[:i]
	}
	return s
}

// firstRunes is s cut to its first n runes.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// openThreats threaten without saying how.
var openThreats = newLexicon("走着瞧", "等着瞧", "别怪我不客气", "对你不客气", "对你们不客气", "别怪我翻脸", "别怪我动手",
	"跟你拼了", "和你拼了", "收拾你", "让你后悔", "叫你后悔", "没你好果子吃", "有你好果子吃", "让你吃不了兜着走")

// wrecks are harms done to a person or his things, said as done ("推了",
// "打断"): as a threat only as the end of a clause, so that "把旧墙推了重
// 砌" or "给你烧了点热水" tells of work, not harm.
var wrecks = newLexicon("推了", "推倒", "拆了", "砸了", "烧了", "铲了", "砍了", "刨了", "挖了", "毁了", "掀了", "拔了", "扒了",
	"毒死", "药死", "打断", "打死", "弄死", "揍你", "打你", "收拾你", "废了", "宰了", "剁了", "不客气", "好看", "拼了",
	"没完", "算账", "砍你", "捅你", "放火")

// challenges put a condition on the other: "再" or "敢" after "你" in the
// same clause ("你再…", "你家狗再…", "你敢…"), or "再敢…", "再让我看到…".
func challenges(t string) []int {
	var at []int
	for _, w := range []string{"再", "敢"} {
		eachAt(t, w, func(i int) bool {
			if strings.Contains(t[clauseStart(t, i):i], "你") || strings.HasPrefix(t[i:], "再敢") || strings.HasPrefix(t[i:], "再让我") {
				at = append(at, i+len(w))
			}
			return false
		})
	}
	return at
}

// laughter marks banter: a threat said laughing is a joke among friends.
var laughter = []string{"😂", "🤣", "😆", "😁", "😄", "😜", "😝", "[捂脸]", "[偷笑]", "[呲牙]", "[坏笑]", "[破涕为笑]", "哈哈", "开玩笑", "逗你", "笑死"}

// laughs reports whether raw text laughs (emoji are gone from canonical
// text, so this reads the text as sent), not only says it is no joke
// ("不是开玩笑的", "没跟你开玩笑").
func laughs(text string) bool {
	for _, w := range laughter {
		if eachAt(text, w, func(at int) bool {
			return !strings.ContainsRune(w, '开') && !strings.ContainsRune(w, '逗') || !noJoke(text[:at])
		}) {
			return true
		}
	}
	return false
}

// noJoke reports whether what comes right before a word of joking
// ("开玩笑", "逗你") denies it: "不是开玩笑", "没跟你开玩笑", "可不像逗你".
func noJoke(before string) bool {
	head := []rune(before[clauseStart(before, len(before)):])
	head = head[max(0, len(head)-4):]
	return strings.Contains(string(head), "不是") || strings.ContainsRune(string(head), '没') || strings.Contains(string(head), "不像")
}

// maxDareRunes is how far after a challenge its "就" may come,
// maxHarmRunes how far after "就" or "给你" the harm, and maxHitRunes how
// long what the harm hits ("你家的锅") may be.
const (
	maxDareRunes = 14
	maxHarmRunes = 8
	maxHitRunes  = 5
)

// promisesHarm finds destruction promised to the other: "给你推了", "给你
// 全砸了", ending its clause.
func promisesHarm(t string) bool {
	return eachAt(t, "给你", func(at int) bool { return harmEnds(t[at+len("给你"):]) })
}

// dares finds a condition on the other (challenges) followed, in the
// same sentence, by "就" (or "看我") within maxDareRunes and harm ending
// its clause: "你再砌我就给你推了", "你家狗再咬我家鸡，我就把它打死". "你再
// 不来我就先走了" and "再下雨我就把谷子收了" promise no harm.
func dares(t string) bool {
	for _, at := range challenges(t) {
		sentence := clause(t[at:], "。!?;")
		for _, then := range []string{"就", "看我"} {
			if j := strings.Index(sentence, then); j >= 0 && utf8.RuneCountInString(sentence[:j]) <= maxDareRunes &&
				harmEnds(sentence[j+len(then):]) {
				return true
			}
		}
	}
	return false
}

// harmEnds reports whether a harm of wrecks comes within maxHarmRunes of
// the start of s and ends its clause there, but for particles, whom it
// hits or a short thing of the other's: "给你推了", "打断你的腿", "砸了你家
// 的锅", not "推了重砌", "烧了点热水".
func harmEnds(s string) bool {
	head := clause(s, clauseBreaks)
	for _, w := range wrecks.words {
		if eachAt(head, w, func(i int) bool {
			before, after := head[:i], head[i+len(w):]
			if _, object, ok := strings.Cut(before, "把"); ok && !strings.ContainsAny(object, "你他她它") {
				return false // "我就把草拔了": harm to no one's things but the speaker's
			}
			return utf8.RuneCountInString(before) <= maxHarmRunes &&
				(strings.Trim(after, harmTail) == "" || strings.HasPrefix(after, "你") && utf8.RuneCountInString(after) <= maxHitRunes)
		}) {
			return true
		}
	}
	return false
}

// harmTail may follow a harm at the end of its clause: particles and the
// one hit ("打断你的腿", "把它打死", "打你一顿").
const harmTail = "了啊呀吧哦的他她它你们家腿头手脑袋窝子一顿"

// clause is the head of s up to the first of breaks or a space.
func clause(s string, breaks string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return r == ' ' || strings.ContainsRune(breaks, r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// sides are what a party says for himself in a quarrel: a claim of
// ownership or right ("本来就是我家的", "我有证", "我家老辈就在这"), a denial
// ("我没有", "不是我干的", "他胡说"), a counter-accusation ("是你先…",
// "还有理了", "恶人先告状"). "谁看见" only as a challenge ("谁看见是我家
// 牛踩的"): "猪跑了 谁看见了说一声" asks for help.
var sides = newLexicon(slices.Concat(rights.words, defiance.words, []string{"你占了我", "占了我的", "占我的",
	"我没有", "我没占", "我没动", "我没拿", "没碰", "不是我干的", "不是我弄的", "不是我家", "不关我", "关我什么事", "关我啥事", "跟我没关系", "和我没关系",
	"胡说", "瞎说", "乱说", "放屁", "血口喷人", "冤枉", "污蔑", "诬赖", "赖我", "谁看见是", "谁看到是", "谁看见我", "谁看到我", "有什么证据", "拿出证据", "证据呢",
	"你自己先", "怪你自己", "你家才", "你先动手", "你先骂", "你先占", "你还好意思", "还有理了", "恶人先告状", "倒打一耙", "你们家也", "你家也", "明明是你", "明明是他", "是你先", "是他先"})...)

// rights are a party's claim that a thing is his by ownership, papers or
// custom: "本来就是我家的", "我有证", "我家老辈就在这栽的". defiance
// challenges the other's claim or charge: "凭什么说我占了".
var (
	rights   = newLexicon("本来就是我", "本来就是俺", "就是我家的", "就是我们家的", "是我家的", "是俺家的", "有证", "有合同", "老辈", "祖上", "祖辈", "一直是我家", "向来是我家", "一直都是我", "历来")
	defiance = newLexicon("凭什么", "凭啥")
)

// indignant reports whether t claims a thing as the sender's (see rights)
// and challenges another's claim or charge (see defiance): "那块地本来就
// 是我家的，凭什么说我占了". Put as a question, it is a party's side of a
// dispute, not a question to answer. A challenge alone ("凭什么不给我家
// 低保") names no other party.
func indignant(t string) bool { return containsAny(t, defiance) && containsAny(t, rights) }

// TakesSide reports whether s is a party's own side of a quarrel: a
// claim of right, a denial or a counter-accusation.
func TakesSide(s Said) bool { return containsAny(s.Canon, sides) }

// calming words ask the quarrel to stop ("别吵了", "有话好好说"): said by
// someone not a party.
var calming = newLexicon("别吵", "不要吵", "莫吵", "别闹了", "有话好好说", "好好说", "消消气", "少说两句", "都少说", "算了算了", "和为贵", "和气", "别打", "不要打", "劝劝")

// Calms reports whether s asks a quarrel to calm down, taking no side
// and threatening no one.
func Calms(s Said) bool {
	return containsAny(s.Canon, calming) && !containsAny(s.Canon, sides) && !Threatens(s)
}

// bothAddressed are words a mediator speaks to both parties with ("你们俩
// 别吵了"): a clause of them alone asks for calm as calming does.
var bothAddressed = []string{"你们俩", "你俩", "你们两个", "你们两家", "你们两位", "两位", "两家人", "大家", "都"}

// WithoutCalming is text without its clauses that ask a quarrel to calm
// down or only address its parties ("你们俩别吵了 我下午过去看看" is
// "我下午过去看看"), and whether it had such a clause: what a mediator
// will do, said to the quarrel. Clauses are set off by spaces and
// punctuation; text with no such clause is returned as it is.
func WithoutCalming(text string) (rest string, calmed bool) {
	return DropClauses(text, func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune("，,。.！!；;~～、", c)
	}, func(c string) bool {
		return containsAny(Canon(c), calming) && !containsAny(Canon(c), sides) || slices.Contains(bothAddressed, c)
	})
}

// subjects are the things village quarrels are about: land and its
// bounds, walls, trees, ditches and water, animals, houses, crops, money.
// Each word names the things of its tags; the longest word found at a
// place in a text is what it names there ("宅基地" a homestead, not the
// land of "地"; "地里" a field). Two words name the same thing when they
// share a tag, or one names land at large (landAtLarge: "那块地", "地界")
// and the other a kind of land (landKinds): a quarrel over a homestead
// and one over a crop field are two matters, "那块地" may be either. A
// word with no tags ("地方", "特地") names nothing: it only keeps the 地 in
// it from counting.
var subjectTags = map[string][]string{
	"地": {landAtLarge}, "土地": {landAtLarge}, "界": {landAtLarge}, "地界": {landAtLarge}, "边界": {landAtLarge}, "田": {"田地"},
	"宅基地": {"宅基地"}, "宅基": {"宅基地"}, "宅地": {"宅基地"}, "地基": {"宅基地"}, "房基": {"宅基地"}, "屋基": {"宅基地"}, "屋场": {"宅基地"},
	"地里": {"田地"}, "田里": {"田地"}, "田地": {"田地"}, "地头": {"田地"}, "耕地": {"田地"}, "承包地": {"田地"}, "自留地": {"田地"},
	"责任田": {"田地"}, "责任地": {"田地"}, "庄稼地": {"田地", "庄稼"}, "菜地": {"田地", "菜"}, "菜园": {"田地", "菜"}, "玉米地": {"田地", "玉米"},
	"麦地": {"田地", "麦"}, "稻田": {"田地", "稻"}, "水田": {"田地", "水"}, "秧田": {"田地", "稻"}, "坟地": {"坟"}, "林地": {"林地", "树"}, "山林": {"林地", "树"},
	"墙": {"墙"}, "树": {"树"}, "竹": {"竹"}, "沟": {"沟"}, "渠": {"沟"}, "水": {"水"}, "鸡": {"鸡"}, "鸭": {"鸭"}, "鹅": {"鹅"}, "狗": {"狗"},
	"牛": {"牛"}, "羊": {"羊"}, "猪": {"猪"}, "房": {"房"}, "屋": {"房"}, "檐": {"房"}, "路": {"路"}, "坟": {"坟"}, "菜": {"菜"},
	"玉米": {"玉米"}, "庄稼": {"庄稼"}, "麦": {"麦"}, "稻": {"稻"}, "谷": {"谷"}, "钱": {"钱"}, "垃圾": {"垃圾"}, "车": {"车"}, "门": {"门"},
	// winter's quarrels (med99): snow swept onto a doorway and the ice it
	// leaves, a shared water pipe frozen, a stove's smoke, firewood and
	// coal piled, a funeral's band playing into the night
	"雪": {"雪"}, "冰": {"雪"}, "结冰": {"雪"}, "冰箱": nil, "冰柜": nil, "冰棍": nil, "水管": {"水", "管"}, "管子": {"管"}, "管道": {"管"},
	"水龙头": {"水", "管"}, "烟": {"烟"}, "烟囱": {"烟"}, "抽烟": nil, "香烟": nil, "烟花": {"炮"}, "鞭炮": {"炮"}, "放炮": {"炮"}, "炮仗": {"炮"},
	"柴": {"柴"}, "柴火": {"柴"}, "煤": {"煤"}, "唢呐": {"响器"}, "响器": {"响器"}, "喇叭": {"响器"}, "音响": {"响器"}, "乐队": {"响器"},
	"吹打": {"响器"}, "锣鼓": {"响器"},
	// a household's wedding or funeral and what it brings (med100): the
	// occasion itself, the canopy put up on the road, music played loud
	"喜事": {"事宴"}, "办喜事": {"事宴"}, "结婚": {"事宴"}, "婚事": {"事宴"}, "娶媳妇": {"事宴"}, "嫁闺女": {"事宴"}, "办酒": {"事宴"},
	"酒席": {"事宴"}, "摆酒": {"事宴"}, "红白事": {"事宴"}, "白事": {"事宴"}, "丧事": {"事宴"}, "办事": nil,
	"棚子": {"棚"}, "搭棚": {"棚"}, "帐篷": {"棚"}, "大棚": {"大棚"}, "音乐": {"响器"}, "音箱": {"响器"}, "放歌": {"响器"},
	// an inheritance: the old house, what the parents left, the family's split
	"老房子": {"房", "家产"}, "老宅": {"房", "家产"}, "祖屋": {"房", "家产"}, "遗产": {"家产"}, "家产": {"家产"}, "继承": {"家产"},
	"分家": {"家产"}, "房产": {"房", "家产"},
	// 地 that is no land, no matter
	"地方": nil, "地址": nil, "特地": nil, "当地": nil, "本地": nil, "外地": nil, "地点": nil, "地步": nil, "地震": nil, "地铁": nil,
	"地图": nil, "天地": nil, "心地": nil, "慢慢地": nil, "好好地": nil, "地板": nil, "地摊": nil,
	// places a thing is said at, no thing in dispute: "来我家门口骂人"
	"门口": nil, "路上": nil, "路过": nil, "路边": nil,
}

// landAtLarge is the tag of words naming land of no kind; landKinds are
// the kinds it may be.
const landAtLarge = "土地"

var landKinds = []string{"宅基地", "田地", "坟", "林地"}

// subjects is the lexicon of subjectTags' words.
var subjects = newLexicon(slices.Sorted(maps.Keys(subjectTags))...)

// things are the tags of the things s names (see subjectTags), each once.
func things(s string) []string {
	type found struct{ at, end int }
	var all []found
	var words []string
	x := sketchOf(s)
	for i := range subjects.mayOccur(&x) {
		w := subjects.words[i]
		eachAt(s, w, func(at int) bool {
			if w == "地" && adverbialDi(s[:at]) {
				return false // "水哗哗地流": no land
			}
			all, words = append(all, found{at, at + len(w)}), append(words, w)
			return false
		})
	}
	var tags []string
	for i, f := range all {
		covered := slices.ContainsFunc(all, func(g found) bool {
			return g.end-g.at > f.end-f.at && g.at <= f.at && f.end <= g.end
		})
		if covered {
			continue
		}
		for _, tag := range subjectTags[words[i]] {
			if !slices.Contains(tags, tag) {
				tags = append(tags, tag)
			}
		}
	}
	return tags
}

// adverbialDi reports whether a 地 after before is the particle that
// ends an adverb ("哗哗地流", "慢慢地", "不停地"), naming no land: after a
// character said twice, or after such an adverb.
func adverbialDi(before string) bool {
	r := []rune(before)
	if n := len(r); n >= 2 && r[n-1] == r[n-2] && unicode.Is(unicode.Han, r[n-1]) {
		return true
	}
	for _, adv := range []string{"不停", "使劲", "拼命", "一直", "悄悄", "偷偷", "渐渐", "突然", "猛烈", "大声", "不断"} {
		if strings.HasSuffix(before, adv) {
			return true
		}
	}
	return false
}

// NamesSubject reports whether s names a thing of subjects at all:
// "你有本事就来" names none, and may be said of any quarrel.
func NamesSubject(s Said) bool { return len(things(s.Canon)) > 0 }

// SharesSubject reports whether two messages name a thing of subjects in
// common: a reply about "那块地" is of the quarrel about "占了我家的地";
// "牛跑到我家地里" is not of the quarrel over "宅基地".
func SharesSubject(a, b Said) bool {
	ta := things(a.Canon)
	if len(ta) == 0 {
		return false
	}
	for _, tb := range things(b.Canon) {
		if slices.ContainsFunc(ta, func(t string) bool { return sameThing(t, tb) }) {
			return true
		}
	}
	return false
}

// sameThing reports whether things' tags a and b are one thing: the same,
// or land at large and a kind of land.
func sameThing(a, b string) bool {
	return a == b || a == landAtLarge && slices.Contains(landKinds, b) || b == landAtLarge && slices.Contains(landKinds, a)
}

// AddsSubject reports whether s names a thing of subjects none of before
// names: 「还有 他家的鸡天天跑俺家菜地里刨」 after 「陈二家盖鸡圈把墙砌到俺家
// 地界上来了」 tells of his vegetable plot, news of the quarrel, where
// 「那墙是照老界桩砌的」 tells none.
func AddsSubject(s Said, before ...Said) bool {
	var known []string
	for _, b := range before {
		known = append(known, things(b.Canon)...)
	}
	return slices.ContainsFunc(things(s.Canon), func(t string) bool {
		return !slices.ContainsFunc(known, func(k string) bool { return sameThing(k, t) })
	})
}

// ThingsDiffer reports whether two messages each name things of subjects
// and none in common: a quarrel over a homestead and one over a crop
// field between the same households are two matters.
func ThingsDiffer(a, b Said) bool {
	return NamesSubject(a) && NamesSubject(b) && !SharesSubject(a, b)
}

// AnotherQuarrel reports whether s tells of another thing than before
// all name: things none of theirs, or, the land each names aside, other
// things ("陈二家的鸡又天天跑我家菜地里刨" after "陈二家的牛天天跑我家麦地
// 里吃麦苗": hens and vegetables, not a cow and wheat, though both are
// fields). A quarrel settled over one thing and one told of another are two
// matters between the same households (med102).
func AnotherQuarrel(s Said, before ...Said) bool {
	told := things(s.Canon)
	var known []string
	for _, b := range before {
		known = append(known, things(b.Canon)...)
	}
	if len(told) == 0 || len(known) == 0 {
		return false
	}
	shared := func(tags []string, skipLand bool) bool {
		return slices.ContainsFunc(tags, func(t string) bool {
			return !(skipLand && landTag(t)) && slices.ContainsFunc(known, func(k string) bool { return sameThing(k, t) })
		})
	}
	if !shared(told, false) {
		return true
	}
	notLand := func(t string) bool { return !landTag(t) }
	return slices.ContainsFunc(known, notLand) && slices.ContainsFunc(told, notLand) && !shared(told, true)
}

// landTag reports whether tag names land: land at large or a kind of it.
func landTag(tag string) bool { return tag == landAtLarge || slices.Contains(landKinds, tag) }

// verdicts judge who is right in a quarrel: "老王不对", "老刘占理", "两家都
// 有错", "这事怪老王", "太过分了".
var verdicts = newLexicon("不对", "占理", "有理", "没理", "理亏", "说得对", "说的对", "说得在理", "有错", "有责任", "怪老", "怪他", "怪她",
	"过分", "不讲理", "不地道", "霸道", "欺负人", "活该", "不像话", "没道理", "有道理", "做得对", "做的对", "我站", "向着", "偏向", "谁对谁错")

// involved are the words of one who is in the quarrel himself: his home
// and things, the other spoken to ("你太过分了").
var involved = newLexicon("我家", "俺家", "我们家", "咱家", "我屋", "我的", "俺的", "我们的", "你", "您")

// quarrelNews tell of what happens in a quarrel (blows, abuse, damage, the
// police): news for its mediators, not an opinion on it.
var quarrelNews = newLexicon("打起来", "动手", "打架", "打人", "吵起来", "又吵", "骂", "报警", "110", "受伤", "流血", "砸", "拆", "推倒", "推了", "烧了", "毁了", "刀", "棍")

// Onlooks reports whether s is a bystander's opinion on a quarrel of
// others: a verdict on who is right ("我看是老王不对", "要我说还是老刘占
// 理", "两家都有错"), said by no party (no home or thing of his, nobody
// spoken to, no side of his: TakesSide), telling nothing that happens
// (blows, abuse, damage) and threatening no one. In a group with a
// quarrel being mediated it is talk about it, no new matter, and does not
// make him a party.
//
// The reader does not use it: out of a quarrel, "太过分了", "收费不对" are
// as often a villager's own complaint.
func Onlooks(s Said) bool {
	return containsAny(s.Canon, verdicts) && bystander(s.Canon) && !Threatens(s)
}

// witnessWords tell that the speaker saw it himself: "俺前天路过看见的",
// "我可以作证".
var witnessWords = newLexicon("看见的", "看到的", "瞧见的", "亲眼", "作证", "路过看见", "路过看到")

// Witnesses reports whether s is a bystander's word of what he saw of a
// quarrel of others ("陈二家那墙是歪了 俺前天路过看见的"): a witness word,
// said by no party (bystander), nothing about to come down (fallingNow:
// 「墙快倒了 我看见的」 is a danger to file) and no threat. In a group with a
// quarrel under mediation it is one side's case, which the bot must not
// repeat in the group as a matter to file (handlers' onlooker, med93).
func Witnesses(s Said) bool {
	return containsAny(s.Canon, witnessWords) && bystander(s.Canon) && !containsAny(s.Canon, fallingNow) && !Threatens(s)
}

// bystander reports whether c is said by no party to a quarrel: no home
// or thing of his, nobody spoken to, no side of his, and nothing told that
// happens in it (blows, abuse, damage). See Onlooks.
func bystander(c string) bool {
	return !containsAny(c, involved) && !containsAny(c, quarrelNews) && !containsAny(c, sides)
}

// judgesRight reports whether c is a bystander's word on which side is in
// the right ("院墙的事老王不占理", "要我说还是老刘占理"): an opinion,
// with nothing to act on and nothing asked. Unlike verdicts at large ("收
// 费不对", "太过分了"), these words judge only a side in a quarrel.
func judgesRight(c string) bool {
	return containsAny(c, rightness) && bystander(c) && !containsAny(c, thanksAsks) && !isQuestion(c)
}

// rightness are the verdicts that judge a side's reason in a quarrel.
// ("我没理他" is no 没理, "在理发店" no 在理).
var rightness = newLexicon("占理", "理亏", "不在理", "说得在理", "谁对谁错")

// quarrelling are the words of a quarrel or fight under way between
// people: "吵起来", "还在吵", "打起来", "动手".
var quarrelling = newLexicon("吵起来", "吵起架", "吵架", "吵开了", "在吵", "还吵", "又吵", "吵个不停", "骂起来", "对骂", "互骂", "骂架",
	"打起来", "打起架", "打架", "动手", "动起手", "干起来", "干仗", "扭打", "打成一团")

// blows are the words of a fight that came to blows, not only words.
var blows = newLexicon("打起来", "打起架", "打架", "动手", "动起手", "干起来", "干仗", "扭打", "打成一团")

// goesOn say a matter happens again or still, or that what was done about
// it came to nothing: "又", "还在", "没用", "调解不成".
var goesOn = newLexicon("又", "还在", "还是", "还吵", "还打", "照样", "一直", "仍", "再次", "这次", "没用", "不管用", "白调解", "调不好", "调解不成", "调解不了", "没调好", "没调解好")

// noisyThings make a din that is no quarrel: "孩子又在吵", "喇叭还在吵".
var noisyThings = newLexicon("孩子", "小孩", "娃", "喇叭", "音乐", "音响", "广场舞", "噪音", "装修", "狗叫", "麻将", "打牌", "游戏", "比赛", "球")

// QuarrelFlares reports whether s tells that a quarrel between people
// broke out again or goes on ("又吵起来了", "他们还在吵", "这次又动手了",
// "调解了好几次都没用 又打起来了"), and whether it came to blows. Said of
// a group with a dispute being mediated, it is news for its mediators,
// not a new matter and not a deed of mediation. A quarrel told for the
// first time ("两家吵起来了") or a din ("孩子又在吵") is none.
func QuarrelFlares(s Said) (flares, fight bool) {
	c := s.Canon
	if !containsAny(c, quarrelling) || !containsAny(c, goesOn) || containsAny(c, noisyThings) && !householdQuarrels(c) || laughs(s.Raw) {
		return false, false
	}
	return true, containsAny(c, blows) && !containsAny(c, nearMisses)
}

// householdQuarrels reports whether a household is who quarrels in c:
// "家" just before the quarrel word ("老刘家又吵起来了 狗叫了一晚上": the
// dog's barking is what they quarrel over, not a din that is no quarrel).
func householdQuarrels(c string) bool {
	for _, w := range quarrelling.words {
		for rest := c; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			before := []rune(rest[:i])
			rest = rest[i+len(w):]
			if slices.Contains(before[max(0, len(before)-3):], '家') {
				return true
			}
		}
	}
	return false
}

// mediating are the words of mediating a quarrel: "调解", "劝", "说和".
var mediating = newLexicon("调解", "调处", "调了", "调过", "来调", "劝", "说和", "协调")

// MediationFails reports whether s tells that mediating a quarrel came
// to nothing ("调解了好几次都没用", "劝了也白劝", "调解不成"): said by a
// party, news for his mediation item's handlers, with no new quarrel told.
// A mediation that worked, or another thing that did not help ("吃药没
// 用", "劝孩子没用"), is none.
func MediationFails(s Said) bool {
	c := s.Canon
	return containsAny(c, futile) && containsAny(c, mediating) && !containsAny(c, noisyThings) && !laughs(s.Raw)
}

// mediationRefusals are the words of a party who will not be mediated: "我不同意
// 调解", "不用调了", "调解我不去".
var mediationRefusals = newLexicon("不同意调解", "不接受调解", "不要调解", "不想调解", "不用调解", "不需要调解", "不参加调解", "不去调解", "不愿意调解", "不愿调解", "拒绝调解",
	"不调了", "不用调了", "不要调了", "别调了", "不用你们调", "不要你们调", "调解我不去", "调解我不参加", "调解我不同意", "调解我不接受")

// RefusesMediation reports whether s tells that its sender will not be
// mediated ("我不同意调解 又不是我的错", "不用调了 我不接受", "调解我不
// 去"): mediation is voluntary, so said by a party it is his refusal for
// the item's handlers, not news that mediating came to nothing.
func RefusesMediation(s Said) bool {
	return containsAny(s.Canon, mediationRefusals) && !laughs(s.Raw)
}

// meetingRefusals are a party's plain "I will not come": "我不去", "不去了".
// One who cannot ("去不了", "没空") is no refusal.
var meetingRefusals = newLexicon("我不去", "俺不去", "我才不去", "不去了", "我不参加", "俺不参加", "我不会去", "我不来", "俺不来")

// RefusesMeeting reports whether s, a short word not asked nor in jest,
// says its sender will not come ("我不去 凭什么", "不去了"): said by a
// party right after his mediators arranged their meeting, it is his
// refusal of the mediation (RefusesMediation), which they must know
// before they wait for him.
//
// One of its clauses must end in the refusal (refusalClause), whatever
// reason follows: 「我不去 凭什么 墙是俺自己家地上砌的」, 「调解我不去」;
// 「我不去镇上了 明天再说」 goes somewhere else.
func RefusesMeeting(s Said) bool {
	return !strings.ContainsAny(s.Raw, "?？吗") && !laughs(s.Raw) && slices.ContainsFunc(strings.FieldsFunc(s.Canon, isBreak), refusalClause)
}

// refusalClause reports whether c, one clause, ends in a refusal to come
// (meetingRefusals), a particle or 了 after it at most: "我不去", "明天我
// 不去", "不去了啊"; not "我不去镇上了".
func refusalClause(c string) bool {
	c = strings.TrimRight(c, "啊呀呢吧嘛哈")
	return slices.ContainsFunc(meetingRefusals.words, func(w string) bool {
		return strings.HasSuffix(c, w) || strings.HasSuffix(strings.TrimSuffix(c, "了"), w)
	})
}

// unstruck say blows were only near: "差点打起来", "没动手".
var unstruck = newLexicon("差点", "差一点", "险些", "没动手", "没打起来", "没打", "要动手", "想动手")

// Beaten reports whether s tells, not in jest, that its sender or his
// household was beaten by someone: "我被人打了", "俺被打了", "有人打我",
// "他拿棍子打我", "我爸让人揍了". No word of a quarrel need be said: a man
// who says he was beaten is never noise. An injury now ("流血", "打伤",
// "起不来") is an alarm on its own (the medical words); what remains is a
// matter for the mediators, told to them at once with the 110 hint.
func Beaten(s Said) bool { return !laughs(s.Raw) && beaten(s.Canon) }

// beaten is Beaten on canonical text.
func beaten(t string) bool {
	own, _ := beatings(t)
	return own
}

// notLimbBeaten reports whether the verb at t[at:] ("打断", "打掉") breaks
// no body part by a beating: its clause does not end in a body part
// before 被/让/叫/给 and whoever did it ("腿被打断了", "胳膊让人打折了").
// A word cut short ("话被打断了") or a threat ("打断你的腿") is none.
func notLimbBeaten(t string, at int) bool {
	before := t[clauseStart(t, at):at]
	if limbBeatenRe.MatchString(before) {
		return false
	}
	// Done with 把, told after the fact: "他把我家老二的腿打断了", not
	// "我把你腿打断" (a threat: no 了, and said to 你).
	return !(limbBrokenRe.MatchString(before) && limbBrokenDone.MatchString(t[at:])) && !limbBrokenPlain(before, t[at:])
}

// limbs are body parts a beating breaks.
const limbs = `(?:` + limbsBare + `)`

const limbsBare = `腿|腿骨|胳膊|胳臂|手臂|手指|手腕|手骨|脚|脚踝|脚趾|牙|牙齿|门牙|鼻梁|鼻子|鼻骨|肋骨|骨头|锁骨|下巴|眼睛|眼|耳朵`

// limbBeatenRe: a body part, then 被/让/叫/给 and who did it, up to the
// verb. Only adverbs may stand between the part and 被: "腿没被打断" is
// no injury.
var limbBeatenRe = regexp.MustCompile(limbs + `(?:都|也|就|硬是|生生|已经|给)?(?:被|让|叫|给)[^，,。!！?？ ]{0,8}$`)

// jokeOrToldThreat reports whether the harm at t[at:] is threatened in a
// threat told (inToldThreat) or said laughing: no attack under way.
func jokeOrToldThreat(t string, at int) bool { return laughs(t) || inToldThreat(t, at) }

// limbBrokenRe: 把 the sender's or his own body part, up to the verb.
var limbBrokenRe = regexp.MustCompile(`把(?:我|俺|他|她)?[^，,。!！?？ 你]{0,5}?的?` + limbs + `$`)

// limbBrokenDone: the verb done, "打断了".
var limbBrokenDone = regexp.MustCompile(`^打[断折掉碎瞎聋]了`)

// attackCalls make "要打我" a beating about to fall, not a threat: a call
// for help, a weapon in hand, a rush at the sender ("快来 他要打我").
var attackCalls = newLexicon("快来", "快点来", "快过来", "来人", "救命", "快报警", "赶紧报警", "冲过来", "冲上来", "冲进来", "追过来", "追着我", "拿刀", "拿着刀", "拎着刀", "提着刀", "拿棍", "拿着棍", "拎着棍", "拎棍", "抄起", "拿斧", "拿着斧", "拎着斧")

var (
	// beatenRe: beaten by someone ("被人打了", "被隔壁的打伤了", "让人揍
	// 了", "挨打"), or someone beats the sender or his own ("打我", "打了
	// 俺爸"). The group is who did it, from 被 on.
	beatenRe = regexp.MustCompile(`(?:被|让人|叫人|给人)([^，,。!！?？ ]{0,8}?)(?:打|揍)(?:了|伤|得|过|成|残|一顿|$|[，,。!！?？ ])|挨(?:了)?(?:一顿)?(?:打|揍)|(?:打|揍)(?:了)?[我俺](?:们|家|爸|妈|儿子|女儿|孩子|老婆|媳妇|男人|老公|爹|娘)?`)
	// beatenDenied end what denies the beating after it, or makes it one
	// still to come (a threat, see Threatens): "他没说要打我", "不会打我",
	// "他要打我", "你再打我试试".
	beatenDenied = newLexicon(slices.Concat(toldNot.words, []string{"没说要", "没说", "不会", "不敢", "不要", "要", "想", "敢", "再", "会"})...)
	// beatenNotBy are agents that beat no one: weather, pests.
	beatenNotBy = "雹雨风霜雷虫"
	// beatenNot follow a beating that is none: "打了一针", "打我电话",
	// "被打了麻将" of a game or a call.
	beatenNot = newLexicon("电话", "手机", "号", "微信", "座机", "一针", "针", "疫苗", "药", "麻将", "牌", "球", "游戏", "招呼", "卡", "款", "钱", "水", "酒", "工", "个电话", "一个电话")
)
