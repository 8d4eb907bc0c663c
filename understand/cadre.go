package understand

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A villager's complaint about a village or grid cadre's conduct — favours
// to relatives, money taken, a rude refusal — is no matter for the grid
// leader, who may be the one complained of or work beside him: the
// handlers send it to the township, privately (see handlers).

// cadreTitles name a cadre of the village or grid. 村委会 alone is a
// place ("村委会旁边的监控坏了"), not a person.
var cadreTitles = newLexicon("村主任", "村长", "村支书", "支书", "村书记", "村干部", "村委干部", "村会计", "会计", "网格长", "网格员",
	"组长", "小组长", "干部")

// cadreWrongs tell of a cadre's misconduct, or say a complaint is made
// about him.
var cadreWrongs = newLexicon(append(slices.Clone(deedWords), "投诉", "举报")...)

// AccusesCadre reports whether said complains of a village or grid cadre's
// conduct: it names one and a wrong ("村主任把低保给了他亲戚", "我要投诉
// 村干部 态度恶劣"); not a cadre named for anything else ("村长说可以申请
// 见义勇为", "网格员你好 路灯不亮了").
func AccusesCadre(said Said) bool {
	if !strings.ContainsAny(said.Raw, "村书计网组干") {
		return false // names no cadre: most messages, at the cost of a scan
	}
	return cadreAccused(said.Canon)
}

// cadreAccused is AccusesCadre on canonical text c.
func cadreAccused(c string) bool {
	// "他还骂人 网格长管不管": the cadre asked to act is no cadre
	// complained of
	s := replaceAll(cadreAppealed, c, "")
	return containsAny(s, cadreTitles) && (containsAny(s, cadreWrongs) || moneyTaken.MatchString(s))
}

// cadreAppealed is a cadre's title followed by what he is asked to do
// about a villager's trouble: "网格长管不管", "村长给评评理", "网格员快来".
var cadreAppealed = regexp.MustCompile(`(村主任|村长|村支书|支书|村书记|村干部|网格长|网格员|小组长|组长|干部)(你|您|们)?(管不管|管一管|管管|给评评理|评评理|给做主|做主|来看看|快来|帮帮忙|帮个忙|出个面|出面)`)

// moneyTaken tells of money or gifts taken for a service: "收了我200块
// 钱才给办", "要了两条烟".
var moneyTaken = regexp.MustCompile(`(收|要|拿|吃)了?(我|我们|我家|人家|他|他们|他家)?(的|家)?[0-9一二两三四五六七八九十百千几]*(块|元|条|瓶|箱)?(钱|红包|好处|烟|酒)`)

// AccusesNamed reports whether said tells of a wrong done by one of the
// people names gives (cadres, asked for only when text tells of a wrong
// at all), named right before it ("王五收了我200块钱才给办低保", "李四偏心
// 只给亲戚家评"): what a complaint of a cadre says when it names him
// rather than his title. Named elsewhere he is only spoken to or of ("王
// 五 隔壁老刘打人了").
func AccusesNamed(said Said, names func() []string) bool {
	s := said.Canon
	if !containsAny(s, cadreDeeds) && !moneyTaken.MatchString(s) {
		return false // no wrong told: most messages
	}
	for _, name := range names() {
		if name = Canon(name); utf8.RuneCountInString(name) >= 2 && wrongAfter(s, name) {
			return true
		}
	}
	return false
}

// wrongAfter reports whether a wrong follows name in s within its clause
// and maxDeedRunes.
func wrongAfter(s, name string) bool {
	for rest := s; ; {
		i := strings.Index(rest, name)
		if i < 0 {
			return false
		}
		before := rest[:i]
		rest = rest[i+len(name):]
		after := clause(rest, clauseBreaks)
		if after == "" {
			// "我要反映王五，他态度很差骂人": the name complained of
			// closes its clause; the next one tells his wrong ("王五，他家
			// 孩子打人了" only speaks to him)
			if hasAnySuffix(before, complaintLeads) {
				after = clause(strings.TrimLeftFunc(rest, func(r rune) bool { return strings.ContainsRune(clauseBreaks, r) }), clauseBreaks)
			}
		}
		if r := []rune(after); len(r) > maxDeedRunes {
			after = string(r[:maxDeedRunes])
		}
		if containsAny(after, cadreDeeds) || moneyTaken.MatchString(after) {
			return true
		}
	}
}

// complaintLeads, said right before a name, complain of him: "我要反映王五",
// "投诉李四" ("报告王五" tells him something).
var complaintLeads = newLexicon("反映", "投诉", "举报")

// maxDeedRunes is how far after a name its wrong is told.
const maxDeedRunes = 12

// cadreDeeds are the wrongs a named person does (deedWords), not the
// words of complaining about someone (投诉, 举报), which a villager
// addressing a cadre by name uses of others.
var cadreDeeds = newLexicon(deedWords...)

var deedWords = slices.Concat(awardWrongs, []string{"作假", "造假", "虚报", "冒领", "打人", "打了我", "摆样子", "走过场", "不作为"}, rudeWords)

// awardWrongs tell of a cadre who bends who gets what: favours,
// money taken, an unfair award.
var awardWrongs = []string{"亲戚", "关系户", "人情", "优亲厚友", "贪", "私吞", "挪用", "克扣", "扣了我", "回扣", "好处费", "收钱",
	"收了钱", "要钱", "红包", "送礼", "吃拿卡要", "暗箱", "不公平", "不公正", "偏心", "走后门"}

// rudeWords tell of a cadre's manner: "我去问个事就把我骂出来了",
// "态度恶劣".
var rudeWords = []string{"骂人", "骂了我", "态度恶劣", "态度很差", "态度差", "态度太差", "态度不好", "爱答不理", "爱理不理", "说我烦", "嫌我烦",
	"把我骂", "骂出来", "说话难听", "说话太难听", "赶出来", "轰出来"}

// rudeOnly reports whether c complains of a cadre's manner and of no
// bent award ("去办低保证明的时候态度非常恶劣，说话难听还把我们赶出来"):
// the scheme he was asked about is only the errand, the complaint is of
// his conduct (其他). Favours or money taken in a scheme ("村主任办事不公
// 他亲戚家的低保一办就下来了") are the scheme's (政策咨询).
func rudeOnly(c string) bool {
	return (containsAny(c, rudeness) || rudeRe.MatchString(c)) && !containsAny(c, awards) && !moneyTaken.MatchString(c)
}

var (
	rudeness = newLexicon(rudeWords...)
	awards   = newLexicon(awardWrongs...)
	// rudeRe is a manner told with a degree between: "态度非常恶劣".
	rudeRe = regexp.MustCompile(`态度(?:非常|很|太|特别|极其|十分|极|真|好)(?:恶劣|差|不好|蛮横)`)
)
