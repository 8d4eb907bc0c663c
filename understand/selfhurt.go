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
	for _, clause := range strings.FieldsFunc(s.Canon, func(r rune) bool { return strings.ContainsRune(" ，,。.！!？?；;、~～…", r) }) {
		if r := rest(clause); r != "" && containsAny(r, selfHurtWords) && !startsWithAny(r, selfHurtNot) {
			return true
		}
	}
	return false
}

// otherLead is what may come before a named person at a clause's start:
// a cry, "我们"/"咱们" and their group or village.
var otherLead = regexp.MustCompile(`^(?:救命|快来人|来人|快)*(?:(?:我们|咱们|俺们|咱)(?:村|组|的)?)?`)

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
			names = append(names, string(village.RoleLeader))
		}
		if len(workers) == 1 && workers[0].Key() == p.Key() {
			names = append(names, string(village.RoleWorker))
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
