package village

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Kin words: whom "我妈", "我家老头子" name in the speaker's household, by
// the roster's 与户主关系 and 性别. A points claim for kin and a missing
// person's alarm and its re-posts read them here.

// kinship is how a family member is related to the one who speaks of him.
type kinship int

const (
	kinSpouse kinship = iota
	kinChild
	kinGrandchild
	kinParent
	kinGrandparent
	kinParentInLaw // 公公, 岳母: the spouse's parent
	kinChildInLaw  // 儿媳, 女婿: the child's spouse
	kinSibling
)

// kinTerm is what a kin word says: the kinship, and the sex when it tells.
type kinTerm struct {
	is  kinship
	sex Sex
}

// kinTerms are the words for family members villagers use, as the speaker
// of them is related to whom they name.
var kinTerms = map[string]kinTerm{
	"老婆": {kinSpouse, Female}, "媳妇": {kinSpouse, Female}, "妻子": {kinSpouse, Female},
	"老太婆": {kinSpouse, Female}, "老婆子": {kinSpouse, Female},
	"老公": {kinSpouse, Male}, "丈夫": {kinSpouse, Male}, "老头子": {kinSpouse, Male}, "老头儿": {kinSpouse, Male},
	"爱人": {kinSpouse, SexUnknown}, "老伴": {kinSpouse, SexUnknown}, "那口子": {kinSpouse, SexUnknown},
	"儿子": {kinChild, Male}, "女儿": {kinChild, Female}, "闺女": {kinChild, Female}, "孩子": {kinChild, SexUnknown},
	"孙子": {kinGrandchild, Male}, "孙女": {kinGrandchild, Female},
	"父亲": {kinParent, Male}, "爸爸": {kinParent, Male}, "爸": {kinParent, Male}, "老爷子": {kinParent, Male},
	"母亲": {kinParent, Female}, "妈妈": {kinParent, Female}, "妈": {kinParent, Female},
	"爹": {kinParent, Male}, "老爹": {kinParent, Male}, "娘": {kinParent, Female}, "老娘": {kinParent, Female},
	"爷爷": {kinGrandparent, Male}, "外公": {kinGrandparent, Male}, "姥爷": {kinGrandparent, Male},
	"奶奶": {kinGrandparent, Female}, "外婆": {kinGrandparent, Female}, "姥姥": {kinGrandparent, Female},
	"公公": {kinParentInLaw, Male}, "岳父": {kinParentInLaw, Male}, "婆婆": {kinParentInLaw, Female}, "岳母": {kinParentInLaw, Female},
	"儿媳": {kinChildInLaw, Female}, "儿媳妇": {kinChildInLaw, Female}, "女婿": {kinChildInLaw, Male},
	"哥哥": {kinSibling, Male}, "弟弟": {kinSibling, Male}, "姐姐": {kinSibling, Female}, "妹妹": {kinSibling, Female},
}

// kinFit is what relations to the head of the household a member called
// by a kin word may have; line: the roster tells for sure only in a
// household of one child's line (see oneLine).
type kinFit struct {
	rels []string
	line bool
}

// kinRelations are, for a speaker of each relation to the head, the
// relations of the member he calls by each kinship: a 户主's 儿子 is a
// 子女, a 子女's 爸 the 户主 or the 配偶, a 配偶's 妈 the 户主's 岳母 or
// 婆婆. From the generation of the children down (a 子女's 老婆 or 孩子, a
// 儿媳's 孩子, a 孙子女's 爸) the roster tells only in a household of one
// child's line. Speakers of other relations (a 兄弟姐妹's 孩子, a 侄子's
// anyone) are asked whom they mean.
var kinRelations = map[string]map[kinship]kinFit{
	RelHead: {kinSpouse: {rels: []string{RelSpouse}}, kinChild: {rels: []string{RelChild}}, kinGrandchild: {rels: []string{RelGrandchild}},
		kinParent: {rels: []string{RelParent}}, kinParentInLaw: {rels: []string{RelParentInLaw}}, kinGrandparent: {rels: []string{RelGrandparent}},
		kinChildInLaw: {rels: []string{RelDaughterIL, RelSonInLaw}}, kinSibling: {rels: []string{RelSibling}}},
	RelSpouse: {kinSpouse: {rels: []string{RelHead}}, kinChild: {rels: []string{RelChild}}, kinGrandchild: {rels: []string{RelGrandchild}},
		kinParent: {rels: []string{RelParentInLaw}}, kinParentInLaw: {rels: []string{RelParent}}, kinChildInLaw: {rels: []string{RelDaughterIL, RelSonInLaw}}},
	RelParent: {kinSpouse: {rels: []string{RelParent}}, kinChild: {rels: []string{RelHead, RelSibling}}, kinGrandchild: {rels: []string{RelChild}},
		kinChildInLaw: {rels: []string{RelSpouse}}},
	RelParentInLaw: {kinSpouse: {rels: []string{RelParentInLaw}}, kinChild: {rels: []string{RelSpouse}}, kinChildInLaw: {rels: []string{RelHead}},
		kinGrandchild: {rels: []string{RelChild}}},
	RelChild: {kinParent: {rels: []string{RelHead, RelSpouse}}, kinGrandparent: {rels: []string{RelParent, RelParentInLaw}}, kinSibling: {rels: []string{RelChild}},
		kinSpouse: {rels: []string{RelDaughterIL, RelSonInLaw}, line: true}, kinChild: {rels: []string{RelGrandchild}, line: true}},
	RelDaughterIL: inLawKin,
	RelSonInLaw:   inLawKin,
	RelGrandchild: {kinParent: {rels: []string{RelChild, RelDaughterIL, RelSonInLaw}, line: true},
		kinGrandparent: {rels: []string{RelHead, RelSpouse}}, kinSibling: {rels: []string{RelGrandchild}}},
	RelSibling: {kinSibling: {rels: []string{RelHead, RelSibling}}, kinParent: {rels: []string{RelParent}}},
}

// inLawKin is kinRelations for a 儿媳 or a 女婿.
var inLawKin = map[kinship]kinFit{kinParentInLaw: {rels: []string{RelHead, RelSpouse}},
	kinSpouse: {rels: []string{RelChild}, line: true}, kinChild: {rels: []string{RelGrandchild}, line: true}}

// oneLine reports whether a household has at most one 子女 and at most one
// 儿媳 or 女婿: the children's generation is one couple, whose spouse and
// children the roster can tell.
func oneLine(members []Person) bool {
	children, inLaws := 0, 0
	for _, m := range members {
		switch m.Relation {
		case RelChild:
			children++
		case RelDaughterIL, RelSonInLaw:
			inLaws++
		}
	}
	return children <= 1 && inLaws <= 1
}

// KinWords are the words for family members villagers put before a name (see
// kinTerms), longest first: "儿媳妇" before "媳妇", "爸爸" before "爸".
var KinWords = func() string {
	var words []string
	for w := range kinTerms {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(utf8.RuneCountInString(b)-utf8.RuneCountInString(a), strings.Compare(a, b))
	})
	return strings.Join(words, "|")
}()

// HouseholdSexOf is the sex the roster tells of m, a member of household: his 性别,
// else what his 与户主关系 says ("长子", "妻"), and for the 户主, whose relation says
// nothing, the other sex than the 配偶's when that tells ("妻": a man).
func HouseholdSexOf(m Person, household []Person) Sex {
	if s := m.SexOf(); s != SexUnknown || m.Relation != RelHead {
		return s
	}
	for _, o := range household {
		if o.Relation == RelSpouse {
			switch o.SexOf() {
			case Male:
				return Female
			case Female:
				return Male
			}
		}
	}
	return SexUnknown
}

// HouseholdKin are the members of who's household (not who), of people, that word, a kin
// word of who's ("我老婆", "我爸"), may name by the roster's 与户主关系 and
// who's own relation to the head: one when the roster tells for sure,
// several when it cannot tell them apart (a 子女's 爸: the 户主 or the
// 配偶, unless the 配偶 is written 妻; two 儿子), none when it cannot tell
// at all (no relation on the roster, a kinship it does not record). Never
// anyone of another household. sure: a member whose sex the roster does
// not tell never fits a word that tells one (an alarm's "我妈" is not the
// father of a register that lists no mother, see KinMissing).
func HouseholdKin(people []Person, v string, who Person, word string, sure bool) []string {
	term, ok := kinTerms[word]
	if !ok {
		return nil
	}
	return householdKin(people, v, who, term, sure)
}

// householdKin is HouseholdKin of a kin term.
func householdKin(people []Person, v string, who Person, term kinTerm, sure bool) []string {
	if who.Household == "" {
		return nil
	}
	var household []Person
	for _, m := range people {
		if m.Village == v && m.Household == who.Household {
			household = append(household, m)
		}
	}
	fit := kinRelations[who.Relation][term.is]
	if fit.line && !oneLine(household) {
		return nil
	}
	var fits []string
	for _, m := range household {
		if m.Key() == who.Key() || !slices.Contains(fit.rels, m.Relation) {
			continue
		}
		if s := HouseholdSexOf(m, household); term.sex != SexUnknown && (s != SexUnknown || sure) && s != term.sex {
			continue
		}
		fits = append(fits, m.Name)
	}
	return fits
}

// kinMissingRe is a kin word of the speaker's in free text: "我家老头子",
// "俺老伴", "我们家孩子", "我妈".
var kinMissingRe = regexp.MustCompile(`(?:我|俺|咱)们?(?:家的?|的)?(` + kinAlternation + `)`)

// goneWords say, after a kin word in its clause, that he is missing.
var goneWords = []string{"不见", "走丢", "丢了", "走失", "失踪", "没回", "找不到", "找不着", "联系不上", "没消息", "没影"}

// kinBareRe is a kin word opening a clause with no one's before it, loose
// ones too: the speaker's own ("小孩不见了", "孩子找不到了", "家里老人
// 不见了"); not a word inside a name or another's kin ("王奶奶", "张三家
// 孩子").
var kinBareRe = regexp.MustCompile(`(?:^|[，,。.！!？?；;\n 　])(?:家里的?)?(` + kinAlternation + `)`)

// KinMissing are the kin words of the speaker's that an alarm says are
// missing ("我家老头子不见了", "俺老伴还没回来", "我妈走丢了", and with no
// 我 before a clause's first word, loose ones too: "小孩不见了"): a kin
// word after 我/俺/咱 or opening a clause, followed in its clause by a word
// of going missing (goneWords), and not by one that says he only told of
// it or is kin of another ("我妈说王奶奶不见了", "我妈家的狗丢了":
// NotMissing). Each once, in order.
func KinMissing(text string) []string { return kinMissing(text, true) }

// kinMissing is KinMissing, with kin words opening a clause only when bare.
func kinMissing(text string, bare bool) []string {
	var words []string
	found := kinMissingRe.FindAllStringSubmatchIndex(text, -1)
	if bare {
		found = append(found, kinBareRe.FindAllStringSubmatchIndex(text, -1)...)
	}
	slices.SortStableFunc(found, func(a, b []int) int { return a[2] - b[2] })
	for _, m := range found {
		rest := strings.TrimLeft(text[m[1]:], " 　")
		if next, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(NotMissing, next) {
			continue
		}
		if end := strings.IndexAny(rest, "，,。.！!？?；;\n 　"); end >= 0 {
			rest = rest[:end]
		}
		if w := text[m[2]:m[3]]; slices.ContainsFunc(goneWords, func(g string) bool { return strings.Contains(rest, g) }) && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words
}

// KinMissingOf are the members of reporter's household the kin words of
// his alarm text say are missing (KinMissing; a cadre's bare 「小孩不见了」
// is more likely of the grid's than his own: only his 我家…), each only when the roster
// tells for sure who he means (HouseholdKin, sure): in an emergency a
// wrong person's number and household would send those who look for him
// to the wrong door, worse than none (they ask the reporter).
func KinMissingOf(people []Person, reporter Person, text string) []Person {
	sure, _ := kinMissingOf(people, reporter, text)
	return sure
}

// KinMissingMaybe are the members of reporter's household a kin word of
// his alarm text may mean when the roster tells several ("小孩不见了" of
// 陈二, with a son and a daughter: both, lost97): not guessed among, but
// listed for the duty chat to ask him which. Those KinMissingOf names are
// none of them.
func KinMissingMaybe(people []Person, reporter Person, text string) []Person {
	_, maybe := kinMissingOf(people, reporter, text)
	return maybe
}

// kinMissingOf are KinMissingOf (sure) and KinMissingMaybe (maybe).
func kinMissingOf(people []Person, reporter Person, text string) (sure, maybe []Person) {
	member := func(name string) (Person, bool) {
		i := slices.IndexFunc(people, func(p Person) bool {
			return p.Village == reporter.Village && p.Household == reporter.Household && p.Name == name
		})
		if i < 0 {
			return Person{}, false
		}
		return people[i], true
	}
	add := func(to []Person, p Person) []Person {
		if slices.ContainsFunc(to, func(q Person) bool { return q.Key() == p.Key() }) {
			return to
		}
		return append(to, p)
	}
	for _, w := range kinMissing(text, !reporter.IsCadre()) {
		fits := HouseholdKin(people, reporter.Village, reporter, w, true)
		if ks, ok := kinLooseOwn[w]; ok {
			fits = nil
			for _, k := range ks {
				for _, f := range householdKin(people, reporter.Village, reporter, kinTerm{is: k}, true) {
					if !slices.Contains(fits, f) {
						fits = append(fits, f)
					}
				}
			}
		}
		for _, f := range fits {
			if p, ok := member(f); ok && len(fits) == 1 {
				sure = add(sure, p)
			} else if ok {
				maybe = add(maybe, p)
			}
		}
	}
	return sure, slices.DeleteFunc(maybe, func(p Person) bool {
		return slices.ContainsFunc(sure, func(q Person) bool { return q.Key() == p.Key() })
	})
}

// kinLoose are words for a family member that tell less than a kin term:
// 「小孩」 may be a child or a grandchild, 「老人」 any elder of the house.
var kinLoose = map[string][]kinship{
	"小孩": {kinChild, kinGrandchild}, "孩子": {kinChild, kinGrandchild}, "娃": {kinChild, kinGrandchild}, "小孙子": {kinGrandchild},
	"老人": {kinParent, kinGrandparent, kinSpouse, kinParentInLaw}, "老人家": {kinParent, kinGrandparent, kinSpouse, kinParentInLaw},
}

// kinLooseOwn are the kinships a loose word names in the speaker's own
// household, as a missing person's alarm resolves it: 「小孩」 a child or a
// grandchild; 「老人」 a parent or a grandparent, not a spouse (one's wife
// is 老伴, 老婆).
var kinLooseOwn = map[string][]kinship{
	"小孩": {kinChild, kinGrandchild}, "娃": {kinChild, kinGrandchild}, "小孙子": {kinGrandchild},
	"老人": {kinParent, kinGrandparent, kinParentInLaw}, "老人家": {kinParent, kinGrandparent, kinParentInLaw},
}

// kinAlternation are the kin words, loose ones too, longest first, as a
// regexp alternation.
var kinAlternation = func() string {
	words := strings.Split(KinWords, "|")
	for w := range kinLoose {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(utf8.RuneCountInString(b)-utf8.RuneCountInString(a), strings.Compare(a, b))
	})
	return strings.Join(slices.Compact(words), "|")
}()

// kinAnyRe finds kin words, loose ones too, longest first; not 娘 of 姑娘.
var kinAnyRe = regexp.MustCompile(`(?:` + kinAlternation + `)`)

// KinIn are the kin words text names someone by ("我妈", "我家小孩",
// "王奶奶"), loose ones too, each once, in order; 姑娘 is none.
func KinIn(text string) []string {
	var out []string
	for _, m := range kinAnyRe.FindAllStringIndex(text, -1) {
		w := text[m[0]:m[1]]
		if w == "娘" && strings.HasSuffix(text[:m[0]], "姑") {
			continue
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// KinMayBeOne reports whether kin words a and b, said by one speaker, may
// name one person: a kinship in common and no two sexes told ("我妈",
// "老娘"; "孩子", "孙子"), not "我妈" and "小孩", "儿子" and "女儿".
func KinMayBeOne(a, b string) bool {
	kinds := func(w string) ([]kinship, Sex) {
		if ks, ok := kinLoose[w]; ok {
			return ks, SexUnknown
		}
		t := kinTerms[w]
		return []kinship{t.is}, t.sex
	}
	ka, sa := kinds(a)
	kb, sb := kinds(b)
	if sa != SexUnknown && sb != SexUnknown && sa != sb {
		return false
	}
	return slices.ContainsFunc(ka, func(k kinship) bool { return slices.Contains(kb, k) })
}

// marriedOutKin are the kin words for who, by custom, left the elder's
// household when they married (a 女儿 marries into her husband's, her
// 女婿 never joined it): the roster rightly does not list them under her.
var marriedOutKin = []string{"女儿", "闺女", "女婿"}

// KinLivesApart reports whether the member word names ("女儿") is, by
// custom or by what note says of him ("嫁到外村", "在外地打工"), of another
// household than the elder's: the roster not listing him there is no gap
// to fill (call101: a married-out daughter was to be "补进名单").
func KinLivesApart(word, note string) bool {
	return slices.Contains(marriedOutKin, word) || strings.Contains(note, "嫁")
}
