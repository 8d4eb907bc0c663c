package handlers

// Whom a points claim is for. Villagers write "给张明参加义务劳动",
// "帮我儿子张明 献血了", "给张明、刘芳 参加普法讲座" or, in free text,
// "帮张明申请积分"; the name is glued to the text, so only the roster can
// say where it ends.

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/village"
)

// neighbourHelped is the person of another household than who's whom
// text says who helped ("…帮王奶奶…", "照顾隔壁王奶奶"), or "".
func (p *pointsFlow) neighbourHelped(v string, who village.Person, text string) string {
	for _, verb := range words.HelpVerbs {
		for at := 0; ; {
			i := strings.Index(text[at:], verb)
			if i < 0 {
				break
			}
			at += i + len(verb)
			n, _ := words.LeadingName(words.HelpedName(text[at:]), p.r.nameIn(v))
			if n == "" {
				continue
			}
			if target, err := p.r.people.Lookup(v, n); err == nil && target.Household != who.Household {
				return target.Name
			}
		}
	}
	return ""
}

// kinOf are the members of who's household that word, a kin word of
// who's, may name (village.HouseholdKin).
func (p *pointsFlow) kinOf(v string, who village.Person, word string) []string {
	return village.HouseholdKin(p.r.people.All(), v, who, word, false)
}

// claimant resolves whom a claim is for: ct.For, or the member the text
// names. It replies itself (and returns ok false) when the claim names
// several people, someone unknown or of another household, or mentions a
// family member without saying the claim is for him. A good deed for
// someone outside the household ("帮王奶奶打扫院子", "给王奶奶送饭") is
// the sender's own; a grid worker who writes it with 给/为 for a villager
// of his grid is asked whether it is his deed or a claim for that
// villager. "给 王奶奶 …" with a space is the claim-for form.
func (p *pointsFlow) claimant(ctx context.Context, t *turn, v string, args string, ct *words.ClaimText) (village.Person, bool, error) {
	if names, rest, ok := words.ForWhom(args, p.r.nameIn(v)); ok {
		word, withKin, filing := words.ClaimIntro(args, names)
		target, err := p.r.people.Lookup(v, names[0])
		outside := err == nil && target.Household != t.who.Household
		switch {
		case len(names) > 1:
			return village.Person{}, false, p.r.reply(ctx, t, "points.claim.many", map[string]any{"Names": names,
				"Text": words.ShortText(echo(t, strings.TrimSpace(words.CodePrefix.ReplaceAllString(rest, "$2"))))})
		case !outside || withKin || filing || word == "替" || ct.For != "":
			// A member, or "给 陈二 清理河道" (the spaced form of a claim for
			// someone): for him, if the sender may claim for him.
			*ct = words.ParseClaimText(rest)
			ct.For = names[0]
		case word == "帮" || !t.who.Tends(v, target.Grid):
			// The sender's own deed for a neighbour: the whole text is the deed.
			ct.Helped = target.Name
		default:
			return village.Person{}, false, p.r.reply(ctx, t, "points.claim.helporfor", map[string]any{"Name": target.Name,
				"Word": word, "Text": words.ShortText(echo(t, strings.TrimSpace(words.CodePrefix.ReplaceAllString(rest, "$2"))))})
		}
	} else if bare, m := words.KinClaim(args); m != nil {
		word := bare[m[2]:m[3]]
		fits := p.kinOf(v, t.who, word)
		if len(fits) > 1 {
			// "给我儿子申请积分 小龙上个月献血了": the name he goes by settles it
			fits = p.calledIn(v, bare[m[1]:], fits)
		}
		if len(fits) == 1 {
			// "我老婆 参加义务劳动" is "我老婆刘芳 参加义务劳动".
			code := strings.TrimSuffix(words.FoldDigits(strings.TrimSpace(args)), bare)
			return p.claimant(ctx, t, v, code+bare[:m[1]]+fits[0]+" "+bare[m[1]:], ct)
		}
		return village.Person{}, false, p.askWhom(ctx, t, args, "", "points.claim.kin", map[string]any{"Kin": word,
			"Fits": fits, "Members": p.members(v, t.who)})
	} else if n := p.unknownMember(v, t.who, args); n != "" {
		return village.Person{}, false, p.unknownKin(ctx, t, v, args, n, func() error {
			return p.r.reply(ctx, t, "points.claim.notmember", map[string]any{"Name": n, "Members": p.members(v, t.who)})
		})
	}
	if ct.For != "" && !p.r.nameIn(v)(ct.For) && !words.NameLike(ct.For) {
		// "为灾区捐款 有收据", "为村里修路 出了三天工": a deed for a place
		// or the public, the sender's own.
		ct.For, ct.Text = "", strings.TrimSpace(words.FoldDigits(args))
	}
	if ct.For == "" && words.ForHim.MatchString(args) {
		// "俺家老张去敬老院帮忙 给他申请个积分": for someone, named by no
		// name the roster knows; not the sender's own
		return village.Person{}, false, p.askWhom(ctx, t, args, "", "points.claim.kin", map[string]any{"Kin": words.ForHim.FindString(args),
			"Members": p.members(v, t.who)})
	}
	if ct.For == "" {
		if n := p.familyMentioned(v, t.who, *ct); n != "" {
			return village.Person{}, false, p.askWhom(ctx, t, args, n, "points.claim.whose", map[string]any{"Name": n, "Self": t.who.Name})
		}
		if ct.Helped == "" {
			// "今天早上帮王奶奶把院子打扫干净了": the deed at a neighbour's
			// told after a time, as much his own as "帮王奶奶…" first.
			ct.Helped = p.neighbourHelped(v, t.who, ct.Text)
		}
		return t.who, true, nil
	}
	target, err := p.r.people.Lookup(v, ct.For)
	switch {
	case err != nil:
		return village.Person{}, false, p.unknownKin(ctx, t, v, args, ct.For, func() error {
			return p.r.reply(ctx, t, "points.unknownperson", map[string]string{"Name": ct.For})
		})
	case target.Household != t.who.Household && !t.who.Tends(v, target.Grid):
		return village.Person{}, false, p.r.reply(ctx, t, "points.claim.other", map[string]string{"Name": target.Name})
	case target.Household == "":
		return village.Person{}, false, p.r.reply(ctx, t, "points.nohousehold", nil)
	}
	if ct.Helped == "" {
		// "给刘芳 照顾隔壁王奶奶": her deed at a neighbour's, help to him
		// as the sender's own would be
		ct.Helped = p.neighbourHelped(v, target, ct.Text)
	}
	return target, true, nil
}

// askWhom asks whom of the sender's household the claim args are for
// (block, with data), and keeps the claim so that his answer files it: a
// name of his household (see memberSaid), or 是 for named, the member
// the question offers.
func (p *pointsFlow) askWhom(ctx context.Context, t *turn, args, named, block string, data map[string]any) error {
	if err := p.r.ask(t, question{Kind: words.AskWhom, Text: strings.TrimSpace(args), For: named, Claim: true, Msg: t.m.ID}); err != nil {
		return err
	}
	return p.r.reply(ctx, t, block, data)
}

// memberSaid is the member of the sender's household a message is, alone
// (the answer to askWhom): his name, maybe after 给 or 是 ("刘建国",
// "给刘建国吧"), or a kin word of the sender's ("俺爹", "我老伴") with
// the members it fits (one is the member); ok is false for anything
// else. A roster read in memory: no store is touched for ordinary talk.
func (p *pointsFlow) memberSaid(t *turn) (name, kinWord string, fits []string, ok bool) {
	if t.who.Household == "" || !p.r.claims() {
		return "", "", nil, false
	}
	w, _ := words.AnswerClauses(t.text)
	w = strings.TrimRight(strings.TrimLeft(w, "给是就为"), "吧啊呀的")
	if n := utf8.RuneCountInString(w); n < 1 || n > 6 {
		return "", "", nil, false
	}
	v := t.who.Village
	if m, err := p.r.people.Lookup(v, w); err == nil {
		ok = m.Household == t.who.Household && m.Key() != t.who.Key()
		return m.Name, "", nil, ok
	}
	if m := words.KinSaid.FindStringSubmatch(w); m != nil {
		fits := p.kinOf(v, t.who, m[1])
		if len(fits) == 1 {
			return fits[0], m[1], fits, true
		}
		return "", m[1], fits, true
	}
	return "", "", nil, false
}

// calledIn are those of names whom text calls by the name they go by
// in the village: the given name without the surname ("小龙" of 陈小龙)
// or the WeChat nickname; names itself when it calls none or several.
func (p *pointsFlow) calledIn(v, text string, names []string) []string {
	var called []string
	for _, n := range names {
		person, err := p.r.people.Lookup(v, n)
		if err != nil {
			continue
		}
		given := ""
		if rs := []rune(n); len(rs) >= 3 {
			given = string(rs[1:])
		}
		if given != "" && strings.Contains(text, given) || utf8.RuneCountInString(person.Nickname) >= 2 && strings.Contains(text, person.Nickname) {
			called = append(called, n)
		}
	}
	if len(called) == 1 {
		return called
	}
	return names
}

// members are the names in who's household.
func (p *pointsFlow) members(v string, who village.Person) []string {
	if h, ok := p.household(v, who.Household); ok {
		return h.Members
	}
	return []string{who.Name}
}

// unknownMember is the name a claim starting "给张小明…" gives when it is
// on no roster but looks like a person's name: it starts with the surname
// of someone in the sender's household, or with a common surname and is
// followed by an act done oneself ("给陈小龙参加义务劳动"). A typo or a
// member missing from the roster, never a claim for the sender.
func (p *pointsFlow) unknownMember(v string, who village.Person, args string) string {
	s := strings.TrimSpace(words.CodePrefix.ReplaceAllString(words.FoldDigits(strings.TrimSpace(args)), "$2"))
	m := words.ForName.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	rs := []rune(s[m[2]:m[3]])
	next, _ := words.FirstRune(strings.TrimLeft(s[m[3]:], " "))
	if len(rs) == 3 && strings.ContainsRune(words.DeedStart, rs[2]) {
		rs, next = rs[:2], rs[2]
	}
	if strings.ContainsRune(words.DeedStart, rs[1]) || strings.ContainsRune(words.ElderTitles, rs[len(rs)-1]) {
		return "" // "给张大爷送饭": a neighbour, not a family member's name
	}
	if strings.ContainsRune(words.Surnames, rs[0]) && strings.ContainsRune(words.OwnActs, next) || strings.ContainsRune(words.AttendActs, next) {
		// "给张小明参加…"; "给明明参加…": a pet name, as nobody attends
		// for himself "给" someone
		return string(rs)
	}
	for _, n := range p.members(v, who) {
		if r, ok := words.FirstRune(n); ok && r == rs[0] {
			return string(rs)
		}
	}
	return ""
}

// familyMentioned is a member of the sender's household (not the sender,
// not a witness: "张明也看见了" names who saw it) that a claim for the
// sender names: then it is unclear whose claim it is.
func (p *pointsFlow) familyMentioned(v string, who village.Person, ct words.ClaimText) string {
	h, ok := p.household(v, who.Household)
	if !ok {
		return ""
	}
	var saw []string
	if words.ContainsAnyOf(ct.Text, words.SawWords...) || strings.Contains(ct.Text, "证") {
		saw = words.WitnessesIn(ct.Text, p.r.nameIn(v))
	}
	for _, m := range h.Members {
		if m == who.Name || utf8.RuneCountInString(m) < 2 || strings.Contains(ct.Evidence, m) || slices.Contains(saw, m) {
			continue
		}
		if strings.Contains(ct.Text, m) {
			return m
		}
	}
	return ""
}

// unknownKin answers a claim whose args name someone on no roster (name):
// with the other members of the sender's own household near it
// (nearPeople; nobody else's, for their privacy), each with the claim to send for him;
// else with otherwise.
func (p *pointsFlow) unknownKin(ctx context.Context, t *turn, v, args, name string, otherwise func() error) error {
	near := p.r.nearPeople([]string{v}, "", name, func(q village.Person) bool {
		// a claim 给 someone is not for the sender himself
		return q.Household != "" && q.Village == t.who.Village && q.Household == t.who.Household && q.Key() != t.who.Key()
	})
	args = strings.TrimSpace(args)
	at := strings.Index(args, name)
	if len(near) == 0 || at < 0 {
		return otherwise()
	}
	word := strings.TrimSpace(string(words.VClaim) + " " + args[:at])
	// 「是」 files it for the one near, as written for him
	q := &question{Kind: words.AskCommand, Msg: t.m.ID}
	return p.r.unknownPerson(ctx, t, word, name, strings.TrimSpace(args[at+len(name):]), "这条还没有登记。", near, q, "登记")
}
