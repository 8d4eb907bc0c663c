package understand

// Violence between people told of others: a husband who beats his wife,
// a son his father ("他老公天天打她", "张家儿子打他爹"), domestic
// violence (家暴). Told after the fact or as a habit it is a mediation
// matter its handlers hear of at once; one under way ("隔壁又在打老婆")
// is violence for 110 (see the crime alarms), one that hurt someone
// ("打得鼻青脸肿") an injury for 120 (the medical alarms).

import (
	"regexp"
	"strings"
)

// Abused reports whether s tells, not in jest, of someone beating
// another who is not the sender nor his own: "他老公天天打她", "隔壁老刘
// 又打老婆了", "她男人喝了酒就打人", "刘家媳妇被她男人打了", "老王家暴".
// A drama, a game, children at play ("孩子们在打闹") or a beating only
// threatened or denied is none. The sender's own beating is Beaten.
func Abused(s Said) bool { return !laughs(s.Raw) && abused(s.Canon) }

// abused is Abused on canonical text.
func abused(t string) bool {
	if !strings.ContainsAny(t, "打揍暴动") || containsAny(t, horseplay) || containsAny(t, screens) {
		return false
	}
	if _, others := beatings(t); others {
		return true
	}
	for _, re := range []*regexp.Regexp{beatsOtherRe, beatsHabitRe, beatingHeardRe} {
		for _, m := range re.FindAllStringIndex(t, -1) {
			if !beatingUndone(t, m[0]) && !strings.ContainsAny(t[m[0]:m[1]], "我俺咱自") && !senderBeatsRe.MatchString(t[clauseStart(t, m[0]):m[0]]) && !otherThanBeaten(t, t[m[0]:m[1]], t[m[1]:]) {
				return true
			}
		}
	}
	return !containsAny(t, abuseTalk) && eachAt(t, "家暴", func(at int) bool { return !beatingUndone(t, at) && !abuseAsked(t, at) })
}

// abuseAsked reports whether 家暴 at t[at:] opens a question about it, of
// no one: "家暴热线是多少", "家暴要坐牢吗".
func abuseAsked(t string, at int) bool { return clauseStart(t, at) == at && containsAny(t, questions) }

// abuseTalk speak of domestic violence in general, no case of it: a
// campaign, the law, advice ("反家暴宣传", "遇到家暴怎么办").
var abuseTalk = newLexicon("反家暴", "家暴法", "拒绝家暴", "远离家暴", "预防家暴", "杜绝家暴", "制止家暴", "遇到家暴", "遭遇家暴", "遭受家暴怎么办", "家暴怎么办")

// beatingUndone reports whether the beating at t[at:] is not done: denied
// or still to come right before it ("没打她", "他要打她"), supposed ("如果
// 他打她"), or threatened in a threat told.
func beatingUndone(t string, at int) bool {
	before := t[clauseStart(t, at):at]
	return hasAnySuffix(before, beatenDenied) || containsAny(before, conditions) || inToldThreat(t, at)
}

// beatings reports whether t tells of a beating (see beatenRe) of the
// sender or his own, and of one of another: the clause before a 被 or a
// 挨 that names no one of the sender's and names a third person
// ("刘家媳妇被她男人打了", "听说老王挨打了").
func beatings(t string) (own, others bool) {
	if !strings.ContainsAny(t, "打揍") {
		return false, false
	}
	for _, m := range beatenRe.FindAllStringSubmatchIndex(t, -1) {
		if m[2] >= 0 && strings.ContainsAny(t[m[2]:m[3]], beatenNotBy) {
			continue // "麦子被冰雹打了": weather, not a man
		}
		if beatingUndone(t, m[0]) || hasAnyPrefix(t[m[1]:], beatenNot) {
			continue // "他没说要打我", "他要打我", "如果被人打了怎么办", "他说要打我一顿"
		}
		who := t[clauseStart(t, m[0]):m[0]]
		if !strings.HasPrefix(t[m[0]:], "打") && !strings.HasPrefix(t[m[0]:], "揍") && !strings.ContainsAny(who, "我俺咱") && thirdPersonRe.MatchString(who) {
			others = true
		} else {
			own = true
		}
	}
	return own, others
}

// beatenOthers are whom one beats, not the sender: a third person, a
// spouse, a child, a parent.
const beatenOthers = `(?:她|他|人家|老婆|媳妇|妻子|老伴|老公|丈夫|男人|婆娘|孩子|小孩|儿子|女儿|闺女|老人|老父亲|老母亲|父母|父亲|母亲|爸爸|妈妈|爹|娘|公公|婆婆)`

var (
	// beatsOtherRe: someone beats another ("打她", "打了老婆", "揍他爹",
	// "把她打了", "把老婆打得…").
	beatsOtherRe = regexp.MustCompile(`(?:打|揍)(?:了|过)?` + beatenOthers + `|把` + beatenOthers + `[^，,。!！?？ ]{0,4}?(?:打|揍)(?:了|伤|得|一顿|过)`)
	// beatsHabitRe: someone who beats people as a habit or again ("喝了
	// 酒就打人", "天天打人", "又打人了", "动不动就动手"); "又动手了" may be
	// a fight between two, no one beaten by another.
	beatsHabitRe = regexp.MustCompile(`(?:天天|经常|老是|总是|动不动|动不动就|酒就|醉了就|醉就|又|常常|整天|三天两头|一言不合就|一生气就)(?:就)?(?:打|揍)人|(?:天天|经常|老是|总是|动不动|常常|整天|三天两头|酒就|醉了就|一生气就)就?动手`)
	// beatingHeardRe: a fierce beating at another's home, whoever is
	// beaten ("刚才隔壁打得好凶 一直在叫", "对门两口子又打得很厉害"):
	// someone there may be hurt, for the grid leader to look into at
	// once. A home of others, then at most who and an adverb, then 打得
	// and how hard; "雷打得好凶", "隔壁打井打得好响" are none.
	beatingHeardRe = regexp.MustCompile(`(?:隔壁|邻居|对门|楼上|楼下|[他她那]家|人家|\p{Han}{1,3}家)(?:的|里)?(?:两口子|俩口子|夫妻俩?|公婆俩|母子俩|父子俩|爷俩|一家)?(?:刚才|刚刚|昨晚|半夜|晚上)?(?:又|在|还在|正在|又在)?(?:打|揍)(?:得|的)(?:好|很|真|太|特别|那么|这么|可|非常|老)?(?:凶|狠|厉害|吓人|惨|要命)`)
	// senderBeatsRe ends a clause whose subject is the sender: "我打孩子",
	// "俺就揍他" tell what he does, no beating to report.
	senderBeatsRe = regexp.MustCompile(`(?:我|俺|咱)(?:们)?(?:就|又|也|还|都|天天|经常|刚|刚才|昨天|今天|一般|从来)?$`)
	// thirdPersonRe: a clause naming someone other than the sender: "她",
	// "刘家媳妇", "隔壁老刘", "听说…".
	thirdPersonRe = regexp.MustCompile(`[她他]|人家|隔壁|邻居|对门|听说|女的|男的|那个|这个|[^我俺咱自在回到老]家`)
)

// screens are a drama or a show watched: what is beaten there is no one
// here ("昨天看电视 那个男的打老婆"). Narrower than tales would be for
// alarms: "看电视的时候闻到煳味" is a fire still.
var screens = newLexicon("看电视", "电视上", "电视里", "电影", "小说", "视频里", "短视频", "剧情", "演的")

// beatersSaid follow one who beats another in a saying, no case of it:
// "打老婆的男人不是男人", "打孩子是犯法的".
var beatersSaid = newLexicon("的男人", "的人", "的事", "的行为", "是犯法", "犯法", "违法", "是违法", "不对", "是不对", "解决不了", "没用", "不管用")

// otherThanBeaten reports whether beating (a match in t, "打她") and what
// follows it make no beating: a call, a jab, something of his ("打他的
// 主意", "打他家的门", "打孩子的预防针", "打他个措手不及"), a saying ("打
// 老婆的男人…"), advice ("打他一顿就老实了"), a word that begins with 人 ("打人口普查的表"), a child
// punished ("孩子不写作业 他爸在打他"). His own named after him ("打他
// 妈", "打他家孩子") is still one beaten, unless a call follows ("打他妈电
// 话").
func otherThanBeaten(t, beating, after string) bool {
	if strings.HasSuffix(beating, "人") && hasAnyPrefix(after, renWords) || containsAny(beating, youngOnes) && containsAny(t, punished) {
		return true
	}
	if hasAnyPrefix(after, beatersSaid) || adviceAfterRe.MatchString(after) {
		return true
	}
	if m := kinAfterRe.FindStringIndex(after); m != nil {
		return hasAnyPrefix(after[m[1]:], beatenNot)
	}
	return hasAnyPrefix(after, beatenNot) || hasAnyPrefix(after, ownedAfter)
}

// kinAfterRe: his own named after one beaten: "打他妈", "打他家的孩子".
var kinAfterRe = regexp.MustCompile(`^(?:家的?|的)?(?:爹|妈|爸|娘|老婆|媳妇|老公|男人|弟弟|哥哥|姐姐|妹妹|儿子|女儿|孩子|小孩|老人|父亲|母亲)`)

// adviceAfterRe follows a beating given as advice: "打他一顿就老实了".
var adviceAfterRe = regexp.MustCompile(`^(?:一顿|一下|几下|两下)?就`)

// renWords follow 打人 when 人 begins another word: "打人口普查", "打人情
// 牌", "打人民币".
var renWords = newLexicon("口", "情", "民", "工", "员", "参", "造", "事", "格", "才", "品", "身", "性", "心", "权", "气")

// punished are a child's faults a parent beats him for: no abuse to
// report ("我妈在打孩子 不写作业").
var punished = newLexicon("作业", "不听话", "调皮", "淘气", "考试", "考得", "贪玩", "顶嘴", "管教", "教育", "撒谎", "逃学", "不学习", "不好好学")

// ownedAfter follow one beaten when something of his is meant, no
// beating: "打他的脸" (a snub), "打他的主意", "打他个措手不及".
var ownedAfter = newLexicon("的", "个", "家", "主意", "算盘")

// horseplay is children at play or a game, no beating: "孩子们在打闹",
// "两个小孩闹着玩".
var horseplay = newLexicon("打闹", "闹着玩", "打着玩", "玩闹", "闹着耍", "打游戏", "打牌", "打麻将", "打扑克", "打球", "打篮球", "打羽毛球", "打乒乓")

// beatingNow are a beating of another under way, for 110: "隔壁又在打
// 老婆", "他正在打她".
var beatingNow = newLexicon(beatingNowWords()...)

// beatingNowWords are 在打 (在揍) and whom: "在打她", "在揍孩子".
func beatingNowWords() []string {
	var ws []string
	for _, o := range strings.Split(strings.Trim(beatenOthers, "(?:)"), "|") {
		ws = append(ws, "在打"+o, "在揍"+o)
	}
	return append(ws, "在打人", "在揍人", "在家暴")
}

// abuseAlarms make domestic violence (家暴) an alarm: someone hurt, a
// cry, a word of now.
var abuseAlarms = newLexicon("伤", "血", "鼻青脸肿", "住院", "医院", "起不来", "昏", "晕", "救命", "快来", "报警", "正在", "在打", "又在", "还在", "现在", "哭喊", "喊救", "打得")

// notBeatingNow reports whether the beating at t[at:] ("在打她", "家暴")
// is none under way: a call or a game ("在打他电话", "孩子们在打闹"), a
// campaign or a question ("反家暴宣传", "家暴热线是多少"), a denial, said
// laughing, or a child beaten with no cry for help ("他在打孩子": a parent
// punishing him, unless "快来", "往死里打").
func notBeatingNow(t string, at int) bool {
	if laughs(t) || containsAny(t, horseplay) || containsAny(t, abuseTalk) || beatingUndone(t, at) {
		return true
	}
	if strings.HasPrefix(t[at:], "家暴") {
		return abuseAsked(t, at)
	}
	m := beatingNowRe.FindStringIndex(t[at:])
	if m == nil {
		return true
	}
	beating := t[at : at+m[1]]
	return otherThanBeaten(t, beating, t[at+m[1]:]) || containsAny(beating, youngOnes) && !containsAny(t, attackCalls) && !containsAny(t, childCries)
}

// youngOnes are the young one may be beaten: with no cry for help, a
// beating of one may be a parent punishing him.
var youngOnes = newLexicon("孩子", "小孩", "儿子", "女儿", "闺女")

// childCries make a child's beating violence under way: "往死里打", "孩子
// 哭喊".
var childCries = newLexicon("往死里", "往死了", "惨叫", "哭喊", "喊救命", "劝劝", "拉不住", "拉不开", "报警")

// beatingNowRe matches a word of beatingNow at its start.
var beatingNowRe = regexp.MustCompile(`^在(?:(?:打|揍)(?:` + strings.Trim(beatenOthers, "(?:)") + `|人)|家暴)`)

// limbBrokenPlain reports whether before (the clause up to 打断, 打折…)
// ends in a body part, with neither 被 nor 把, said of a limb already
// broken ("腿打断了", "我家老二腿都打断了"): no threat (你, 要, 再) in it.
func limbBrokenPlain(before, after string) bool {
	return limbPlainRe.MatchString(before) && limbBrokenDone.MatchString(after) && !strings.ContainsAny(before, "你把要再敢想会")
}

// limbPlainRe: a body part and at most an adverb, up to the verb.
var limbPlainRe = regexp.MustCompile(limbs + `(?:都|也|就|硬是|生生|已经)?$`)

// laughsAt reports whether t laughs, whatever is at t[at:]: an alarm word
// said laughing ("哈哈 摔得鼻青脸肿") is banter.
func laughsAt(t string, _ int) bool { return laughs(t) }

// Violent reports whether s tells, not in jest, of a fight between people
// or of a beating of another (see Abused): "打起来了", "有人在打架",
// "隔壁家打得好凶", "隔壁又在打老婆". An emergency of these words is
// violence under way (110), whose group is told not to step in alone.
func Violent(s Said) bool { return !laughs(s.Raw) && violent(s.Canon) }

// violent is Violent on canonical text: a fight word not negated nor
// only near ("没打起来", "差点打起来"), not of play or a game, not an
// operation ("动手术"); or a beating of another.
func violent(t string) bool {
	if containsAny(t, horseplay) || containsAny(t, screens) {
		return false
	}
	return anyUnnegated(t, fights) && !containsAny(t, unstruck) && !strings.Contains(t, "动手术") || abused(t) || beatingUnderWay(t)
}

// beatingUnderWay reports whether t holds a beating of another under way
// (beatingNow: "他正在打她") that is one (notBeatingNow).
func beatingUnderWay(t string) bool {
	for _, w := range beatingNow.words {
		if eachAt(t, w, func(at int) bool { return !notBeatingNow(t, at) }) {
			return true
		}
	}
	return false
}
