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
var selfHurtWords = newLexicon(append([]string{"受伤", "伤了", "伤着", "断了", "骨折", "流血", "出血", "被咬", "咬了", "咬伤", "被困", "困住", "困在", "出不去", "出不来",
	"压住", "压着", "砸到", "砸伤", "动不了", "起不来", "爬不起来", "晕倒", "烫伤", "烧伤", "扭了", "崴了"}, fallWords...)...)

// SelfHurt reports whether s tells that its sender himself is the one hurt
// or trapped ("我从梯子上摔下来了 腿好像断了", "我被困在屋里出不去"): a
// clause whose subject is "我" (not his household or kin, not what he saw)
// tells it. A cadre so hurt is not the one to organise his own rescue
// (village.AskedOf).
func SelfHurt(s Said) bool {
	return hurtClause(s, func(clause string) string {
		if lead := selfHurtRe.FindString(clause); lead != "" {
			return clause[len(lead):]
		}
		return ""
	})
}

// hurtClause reports whether a clause of s, past the subject rest finds
// at its start (rest returns "" when it does not), tells that subject
// hurt or trapped and is not about his household, kin, what he saw or said.
func hurtClause(s Said, rest func(clause string) string) bool {
	for _, clause := range strings.FieldsFunc(s.Canon, isClauseBreak) {
		if r := rest(clause); r != "" && tellsHurt(r) {
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
	return containsAny(r, selfHurtWords) && !startsWithAny(r, selfHurtNot) && !startsWithAny(r, calledOn)
}

// calledOn, right after a name or a title, call him to come or help: he
// is spoken to, not of.
var calledOn = []string{"快", "来", "过来", "赶紧", "赶快", "你", "您", "帮", "救"}

// TitleHurt reports whether rest, what follows a cadre's title with no
// pause ("网格长" then "摔伤了 快来人"), tells him hurt or trapped in its
// first clause: the title is the subject, not one addressed (TrimLead
// keeps it; HurtCadre finds who he is). "网格长 快来 老王家着火了" and
// "网格长 我摔伤了" address him.
func TitleHurt(rest string) bool {
	if rest == "" || isClauseBreak([]rune(rest)[0]) || startsWithAny(rest, ownSubjects) || startsWithAny(rest, otherNot) {
		return false // "网格长 摔伤了", "网格长我摔伤了": spoken to
	}
	if i := strings.IndexFunc(rest, isClauseBreak); i >= 0 {
		rest = rest[:i]
	}
	return tellsHurt(rest)
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
	for _, p := range cadres {
		names := []string{p.Name}
		if len(leaders) == 1 && leaders[0].Key() == p.Key() {
			names = append(names, cadreCalled[village.RoleLeader]...)
		}
		if len(workers) == 1 && workers[0].Key() == p.Key() {
			names = append(names, cadreCalled[village.RoleWorker]...)
		}
		if p.Name != "" && hurtClause(s, func(clause string) string {
			clause = strings.TrimPrefix(clause, otherLead.FindString(clause))
			for _, n := range names {
				if r, found := strings.CutPrefix(clause, n); found && !startsWithAny(r, otherNot) {
					return r
				}
			}
			return ""
		}) {
			return &p
		}
	}
	return nil
}

func startsWithAny(s string, prefixes []string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}
