package handlers

// Whom a points claim is for. Villagers write "给张明参加义务劳动",
// "帮我儿子张明 献血了", "给张明、刘芳 参加普法讲座" or, in free text,
// "帮张明申请积分"; the name is glued to the text, so only the roster can
// say where it ends.

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	"gridbot/village"
)

// forIntro starts a claim for someone else: 给/为/替/帮, maybe "我儿子",
// or "我老婆" alone.
var forIntro = regexp.MustCompile(`^(?:(?:给|为|替|帮)\s*(?:我(?:的|家)?\s*(?:` + kin + `)?)?|我(?:的|家)?\s*(?:` + kin + `))\s*@?`)

// kin are the words for family members villagers put before a name.
const kin = "儿子|女儿|老婆|爱人|妻子|丈夫|老公|媳妇|儿媳|女婿|父亲|母亲|爸爸|妈妈|爸|妈|孙子|孙女|奶奶|爷爷|外婆|外公|哥哥|弟弟|姐姐|妹妹"

// nameJoin separates two names: "张明、刘芳", "张明和刘芳".
var nameJoin = regexp.MustCompile(`^\s*(?:、|和|跟|与|及|，|,|/|\s)\s*@?`)

// forWhom reads the names (those isName accepts, in order) that a claim
// starts with after 给/为/替/帮, and the claim without them; a catalogue
// code in front stays in front. ok is false when the claim names nobody.
func forWhom(s string, isName func(string) bool) (names []string, rest string, ok bool) {
	s = foldDigits(strings.TrimSpace(s))
	code := ""
	if m := codePrefix.FindStringSubmatch(s); m != nil {
		code, s = m[1]+" ", m[2]
	}
	m := forIntro.FindStringIndex(s)
	if m == nil {
		return nil, "", false
	}
	at := m[1]
	for {
		n := leadingName(s[at:], isName)
		if n == "" {
			break
		}
		names = append(names, n)
		at += len(n)
		j := nameJoin.FindStringIndex(s[at:])
		if j == nil || leadingName(s[at+j[1]:], isName) == "" {
			break
		}
		at += j[1]
	}
	if len(names) == 0 {
		return nil, "", false
	}
	rest = strings.TrimLeft(s[at:], " ，,:：、")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "申请积分"), " ，,:：、")
	return names, code + rest, true
}

// nameRunes is what a name may be made of.
var nameRunes = regexp.MustCompile(`^[\p{Han}A-Za-z·]+$`)

// leadingName is the longest name (2 to 5 runes) s starts with.
func leadingName(s string, isName func(string) bool) string {
	rs := []rune(s)
	for n := min(len(rs), 5); n >= 2; n-- {
		if c := string(rs[:n]); nameRunes.MatchString(c) && isName(c) {
			return string(rs[:n])
		}
	}
	return ""
}

// claimant resolves whom a claim is for: ct.For, or the member the text
// names. It replies itself (and returns ok false) when the claim names
// several people, someone unknown or of another household, or mentions a
// family member without saying the claim is for him.
func (p *pointsFlow) claimant(ctx context.Context, t *turn, v string, args string, ct *claimText) (village.Person, bool, error) {
	isName := func(n string) bool { _, err := p.r.people.Lookup(v, n); return err == nil }
	if names, rest, ok := forWhom(args, isName); ok {
		if len(names) > 1 {
			return village.Person{}, false, p.r.reply(ctx, t, "points.claim.many", map[string]any{"Names": names,
				"Text": shortText(strings.TrimSpace(codePrefix.ReplaceAllString(rest, "$2")))})
		}
		*ct = parseClaimText(rest)
		ct.For = names[0]
	}
	if ct.For == "" {
		if n := p.familyMentioned(v, t.who, *ct); n != "" {
			return village.Person{}, false, p.r.reply(ctx, t, "points.claim.whose", map[string]any{"Name": n, "Self": t.who.Name})
		}
		return t.who, true, nil
	}
	target, err := p.r.people.Lookup(v, ct.For)
	switch {
	case err != nil:
		return village.Person{}, false, p.r.reply(ctx, t, "points.unknownperson", map[string]string{"Name": ct.For})
	case target.Household != t.who.Household && !t.who.Tends(v, target.Grid):
		return village.Person{}, false, p.r.reply(ctx, t, "points.claim.other", map[string]string{"Name": target.Name})
	case target.Household == "":
		return village.Person{}, false, p.r.reply(ctx, t, "points.nohousehold", nil)
	}
	return target, true, nil
}

// familyMentioned is a member of the sender's household (not the sender,
// not the witness) that a claim for the sender names: then it is unclear
// whose claim it is.
func (p *pointsFlow) familyMentioned(v string, who village.Person, ct claimText) string {
	h, ok := p.household(v, who.Household)
	if !ok {
		return ""
	}
	for _, m := range h.Members {
		if m == who.Name || utf8.RuneCountInString(m) < 2 || strings.Contains(ct.Evidence, m) {
			continue
		}
		if strings.Contains(ct.Text, m) {
			return m
		}
	}
	return ""
}
