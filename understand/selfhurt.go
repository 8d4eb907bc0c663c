package understand

import (
	"regexp"
	"slices"
	"strings"

	"gridbot/village"
)

// selfHurtRe finds, at a clause's start, the sender as its subject: "我",
// not "我家", "我们", "我妈" (his kin, village.KinWords) nor one who only
// saw or heard it ("我看见", "我听说").
var selfHurtRe = regexp.MustCompile(`^(?:救命|快来人|来人|快)*我(?:刚才?|刚刚|今天|早上|上午|下午|晚上)?`)

// selfHurtNot are what may follow the sender's "我" in a clause about
// someone else: his household, his kin, what he saw, heard or found.
var selfHurtNot = []string{"家", "们", "的", "妈", "爸", "爷", "奶", "老", "儿", "女", "孙", "媳", "哥", "姐", "弟", "妹", "叔", "婶", "舅", "姨", "侄",
	"看", "瞅", "瞧", "见", "听", "闻", "发现", "碰到", "遇到", "路过", "邻居", "隔壁", "村", "这", "那"}

// selfHurtWords tell one hurt, fallen, or trapped where he is.
var selfHurtWords = newLexicon(slices.Concat([]string{"受伤", "伤了", "伤着", "断了", "骨折", "流血", "出血", "被咬", "咬了", "咬伤", "被困", "困住", "困在", "出不去", "出不来",
	"压住", "压着", "砸到", "砸伤", "动不了", "起不来", "爬不起来", "晕倒", "烫伤", "烧伤", "扭了", "崴了", "被撞", "撞伤", "被车"}, fallWords, partHarms.words)...)

// SelfHurt reports whether s tells that its sender himself is the one hurt
// or trapped ("我从梯子上摔下来了 腿好像断了", "我被困在屋里出不去"): a
// clause whose subject is "我" (not his household or kin, not what he saw)
// tells it. A cadre so hurt is not the one to organise his own rescue
// (village.AskedOf).
func SelfHurt(s Said) bool {
	return hurtClause(s, func(clause string) (string, bool) {
		lead := selfHurtRe.FindString(clause)
		return clause[len(lead):], lead != ""
	})
}

// hurtClause reports whether a clause of s, past the subject rest finds
// at its start (found false when it does not), tells that subject hurt
// or trapped and is not about his household, kin, what he saw or said. A
// clause that is the subject alone is told of by the next when that one
// opens with what befell him (pausedHurt: "网格长 摔伤了", "李四，从梯
// 子上摔下来了").
func hurtClause(s Said, rest func(clause string) (r string, found bool)) bool {
	clauses := strings.FieldsFunc(s.Canon, isClauseBreak)
	for i, clause := range clauses {
		r, found := rest(clause)
		if found && (r != "" && tellsHurt(r) || r == "" && i+1 < len(clauses) && pausedHurt(clauses[i+1])) {
			return true
		}
	}
	return false
}

func isClauseBreak(r rune) bool { return strings.ContainsRune(" ，,。.！!？?；;、~～…", r) }

// tellsHurt reports whether r, what follows a clause's subject, tells him
// hurt or trapped: not his household, kin, what he saw, nor a call to
// come ("快来看看摔伤的人").
func tellsHurt(r string) bool {
	r = strings.TrimPrefix(r, ownPart(r))
	return containsAny(r, selfHurtWords) && !startsWithAny(r, selfHurtNot) && !startsWithAny(r, calledOn)
}

// ownPartRe: a body part of the subject's own, right after him ("的腿",
// "手"), then a link or the harm itself.
var ownPartRe = longest(`^的?` + bodyParts)

// longest is the regular expression expr that prefers the longest match
// ("手指头", not "手指").
func longest(expr string) *regexp.Regexp {
	re := regexp.MustCompile(expr)
	re.Longest()
	return re
}

// ownPart is the subject's own body part r opens with ("的腿摔断了",
// "的手被机器绞了": he is the one hurt, not his household), or "" when r
// opens with none or with a thing of his ("的手机摔坏了").
func ownPart(r string) string {
	part := ownPartRe.FindString(r)
	if after := r[len(part):]; part == "" || !startsWithAny(after, partLinks) && !startsWithAny(after, selfHurtWords.words) {
		return ""
	}
	return part
}

// partLinks stand between a body part and its harm: adverbs, 被 and the
// like.
var partLinks = []string{"被", "让", "叫", "给", "都", "也", "就", "又", "已经", "好像", "可能", "估计", "一下", "不小心", "从", "在"}

// pausedHurt reports whether clause, after a pause that follows a subject
// alone ("网格长 摔伤了", "李四，从梯子上摔下来了"), tells what befell
// him: a hurt word with nothing before it but a time, an adverb, where
// from (从/在…), by what (被…) or his body part; no subject of its own
// ("网格长 有人摔伤了", "王五 李四摔伤了") nor a call ("网格长 快来").
func pausedHurt(clause string) bool {
	if startsWithAny(clause, calledOn) || startsWithAny(clause, ownSubjects) {
		return false
	}
	for _, w := range selfHurtWords.words {
		if i := strings.Index(clause, w); i >= 0 && pausedLeadRe.MatchString(clause[:i]) {
			return true
		}
	}
	return false
}

// pausedLeadRe is what may stand before the hurt word in a pausedHurt
// clause.
var pausedLeadRe = regexp.MustCompile(`^(?:刚才|刚刚|刚|今天|早上|上午|中午|下午|晚上|一不小心|不小心|也|又|都|已经|突然|好像|可能|[从在][^被让给]{0,8}|[被让叫给][^，,。]{0,8}|的?` + bodyParts + `)*$`)

// calledOn, right after a name or a title, call him to come or help: he
// is spoken to, not of.
var calledOn = []string{"快", "来", "过来", "赶紧", "赶快", "你", "您", "帮", "救"}

// TitleHurt reports whether rest, what follows a cadre's title or a name
// at the message's start, tells him hurt or trapped in its first clause:
// he is the subject, not one addressed (TrimLead keeps him; HurtCadre
// finds who he is). Right after him ("网格长摔伤了 快来人") any hurt of
// his will do; after a pause ("网格长 摔伤了", alarm75) only a clause
// that opens with what befell him (pausedHurt). "网格长 快来 老王家着火
// 了", "网格长 有人摔伤了" and "网格长我摔伤了" address him.
func TitleHurt(rest string) bool {
	if r := strings.TrimLeftFunc(rest, isClauseBreak); r != rest {
		return pausedHurt(firstClause(r)) // "网格长 摔伤了": he is hurt (alarm75)
	}
	if rest == "" || startsWithAny(rest, ownSubjects) || startsWithAny(rest, otherNot) {
		return false // "网格长我摔伤了": spoken to
	}
	return tellsHurt(firstClause(rest))
}

// firstClause is s up to its first clause break.
func firstClause(s string) string {
	if i := strings.IndexFunc(s, isClauseBreak); i >= 0 {
		return s[:i]
	}
	return s
}

// ownSubjects open a clause with a subject of its own: the title before
// them is spoken to.
var ownSubjects = []string{"我", "俺", "咱", "他", "她", "你", "您", "有人", "有个", "人"}

// cadreCalled are the titles a grid's cadre of each role is called by in
// chat: the roster's role names, and for a grid that is a villagers'
// group, its 组长 for the leader. A village cadre (村长, 书记) is no grid
// cadre of the roster: no one of the grid is named by those.
var cadreCalled = map[village.Role][]string{
	village.RoleLeader: {string(village.RoleLeader), "小组长", "组长"},
	village.RoleWorker: {string(village.RoleWorker)},
}

// otherLead is what may come before a named person at a clause's start:
// a cry, "我们"/"咱们" and their group or village, a time just past
// ("刚才网格长从房顶上摔下来了").
var otherLead = regexp.MustCompile(`^(?:救命|快来人|来人|快)*(?:(?:我们|咱们|俺们|咱|俺)(?:村|组)?的?)?(?:刚才|刚刚|今天|早上|上午|中午|下午|晚上)?`)

// otherNot are what may follow a named person in a clause about someone
// else or about words only: he said, he told.
var otherNot = []string{"说", "讲", "告诉", "打电话"}

// HurtCadre is the cadre of rep's grid whom s tells is hurt or trapped:
// the reporter himself (SelfHurt, when he is one of leaders or workers),
// or one a clause names as its subject, by name or, when the grid has one
// such, by title ("李四从梯子上摔下来了", "网格长摔伤了 快来人"); "李四说
// 他摔了" is his word, not him named hurt by another. nil when none is.
func HurtCadre(s Said, reporter village.Person, leaders, workers []village.Person) *village.Person {
	cadres := slices.Concat(leaders, workers)
	if slices.ContainsFunc(cadres, func(p village.Person) bool { return p.Key() == reporter.Key() }) && SelfHurt(s) {
		return &reporter
	}
	return hurtNamed(s, cadres, func(p village.Person) []string {
		names := []string{p.Name}
		if len(leaders) == 1 && leaders[0].Key() == p.Key() {
			names = append(names, cadreCalled[village.RoleLeader]...)
		}
		if len(workers) == 1 && workers[0].Key() == p.Key() {
			names = append(names, cadreCalled[village.RoleWorker]...)
		}
		return names
	})
}

// HurtNamed is the one of people whom a clause of s names as its subject,
// by name, and tells hurt or trapped ("李四的腿摔断了", "张明从梯子上摔下
// 来了"); "李四说他摔了" is his word, "李四快来" a call. nil when none is.
func HurtNamed(s Said, people []village.Person) *village.Person {
	return hurtNamed(s, people, func(p village.Person) []string { return []string{p.Name} })
}

// hurtNamed is the first of people a clause of s names as its subject by
// one of the names namesOf gives him and tells hurt (hurtClause).
func hurtNamed(s Said, people []village.Person, namesOf func(village.Person) []string) *village.Person {
	for _, p := range people {
		names := namesOf(p)
		if p.Name != "" && slices.ContainsFunc(names, func(n string) bool { return strings.Contains(s.Canon, n) }) && hurtClause(s, func(clause string) (string, bool) {
			clause = strings.TrimPrefix(clause, otherLead.FindString(clause))
			for _, n := range names {
				if r, found := strings.CutPrefix(clause, n); found && !startsWithAny(r, otherNot) {
					return r, true
				}
			}
			return "", false
		}) {
			return &p
		}
	}
	return nil
}

func startsWithAny(s string, prefixes []string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}
