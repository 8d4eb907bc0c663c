package handlers

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/village"
)

// sexOf is the sex the roster tells of m, a member of household: his 性别,
// else what his 与户主关系 says ("长子", "妻"), and for the 户主, whose relation says
// nothing, the other sex than the 配偶's when that tells ("妻": a man).
func sexOf(m village.Person, household []village.Person) village.Sex {
	if s := m.SexOf(); s != anyOne || m.Relation != relHead {
		return s
	}
	for _, o := range household {
		if o.Relation == relSpouse {
			switch o.SexOf() {
			case male:
				return female
			case female:
				return male
			}
		}
	}
	return anyOne
}

// householdKin are the members of who's household (not who), of people, that word, a kin
// word of who's ("我老婆", "我爸"), may name by the roster's 与户主关系 and
// who's own relation to the head: one when the roster tells for sure,
// several when it cannot tell them apart (a 子女's 爸: the 户主 or the
// 配偶, unless the 配偶 is written 妻; two 儿子), none when it cannot tell
// at all (no relation on the roster, a kinship it does not record). Never
// anyone of another household. sure: a member whose sex the roster does
// not tell never fits a word that tells one (an alarm's "我妈" is not the
// father of a register that lists no mother, see kinMissing).
func householdKin(people []village.Person, v string, who village.Person, word string, sure bool) []string {
	term, ok := kinTerms[word]
	if !ok || who.Household == "" {
		return nil
	}
	var household []village.Person
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
		if s := sexOf(m, household); term.sex != anyOne && (s != anyOne || sure) && s != term.sex {
			continue
		}
		fits = append(fits, m.Name)
	}
	return fits
}

// kinMissingRe is a kin word of the speaker's in free text: "我家老头子",
// "俺老伴", "我们家孩子", "我妈".
var kinMissingRe = regexp.MustCompile(`(?:我|俺|咱)们?(?:家的?|的)?(` + kin + `)`)

// goneWords say, after a kin word in its clause, that he is missing.
var goneWords = []string{"不见", "走丢", "丢了", "走失", "失踪", "没回", "找不到", "找不着", "联系不上", "没消息", "没影"}

// kinMissing are the kin words of the speaker's that an alarm says are
// missing ("我家老头子不见了", "俺老伴还没回来", "我妈走丢了"): a kin word
// after 我/俺/咱 followed in its clause by a word of going missing
// (goneWords), and not by one that says he only told of it or is kin of
// another ("我妈说王奶奶不见了", "我妈家的狗丢了": village.NotMissing). Each once,
// in order.
func kinMissing(text string) []string {
	var words []string
	for _, m := range kinMissingRe.FindAllStringSubmatchIndex(text, -1) {
		rest := strings.TrimLeft(text[m[1]:], " 　")
		if next, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(village.NotMissing, next) {
			continue
		}
		if end := strings.IndexAny(rest, "，,。.！!？?；;\n 　"); end >= 0 {
			rest = rest[:end]
		}
		if w := text[m[2]:m[3]]; containsAnyOf(rest, goneWords...) && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words
}

// kinMissingOf are the members of reporter's household the kin words of
// his alarm text say are missing (kinMissing), each only when the roster
// tells for sure who he means (householdKin, sure): in an emergency a
// wrong person's number and household would send those who look for him
// to the wrong door, worse than none (they ask the reporter).
func kinMissingOf(people []village.Person, reporter village.Person, text string) []village.Person {
	var out []village.Person
	for _, w := range kinMissing(text) {
		fits := householdKin(people, reporter.Village, reporter, w, true)
		if len(fits) != 1 {
			continue
		}
		i := slices.IndexFunc(people, func(p village.Person) bool {
			return p.Village == reporter.Village && p.Household == reporter.Household && p.Name == fits[0]
		})
		if i >= 0 && !slices.ContainsFunc(out, func(p village.Person) bool { return p.Key() == people[i].Key() }) {
			out = append(out, people[i])
		}
	}
	return out
}
