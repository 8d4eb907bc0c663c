package handlers

// Whom a points claim is for. Villagers write "给张明参加义务劳动",
// "帮我儿子张明 献血了", "给张明、刘芳 参加普法讲座" or, in free text,
// "帮张明申请积分"; the name is glued to the text, so only the roster can
// say where it ends.

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/village"
)

// forIntro starts a claim for someone else: 给/为/替/帮, maybe "我儿子"
// or "儿子", or "我老婆" alone.
var forIntro = regexp.MustCompile(`^(?:(?:给|为|替|帮)\s*(?:[我俺咱](?:的|家)?)?\s*(?:` + kin + `)?|[我俺咱](?:的|家)?\s*(?:` + kin + `))\s*@?`)

// kinWord is a word for a family member.
var kinWord = regexp.MustCompile(kin)

// kin are the words for family members villagers put before a name
// (village.KinWords), longest first.
var kin = village.KinWords

// nameJoin separates two names: "张明、刘芳", "张明和刘芳".
// "给 张明 给 刘芳" repeats the intro.
var nameJoin = regexp.MustCompile(`^\s*(?:、|和|跟|与|及|，|,|/|给|为|替|帮|\s)\s*@?`)

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
		n, width := leadingName(s[at:], isName)
		if n == "" {
			break
		}
		names = append(names, n)
		at += width
		j := nameJoin.FindStringIndex(s[at:])
		if j == nil {
			break
		}
		if next, _ := leadingName(s[at+j[1]:], isName); next == "" || slices.Contains(names, next) {
			// "替 王奶奶 王奶奶家院子收拾得很干净": the name again opens
			// the deed; it is one person
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

// leadingName is the longest name (2 to 5 runes) s starts with, or a
// name typed with spaces ("张 明", see spacedName), and how many bytes of
// s it takes.
func leadingName(s string, isName func(string) bool) (name string, width int) {
	rs := []rune(s)
	for n := min(len(rs), 5); n >= 2; n-- {
		if c := string(rs[:n]); nameRunes.MatchString(c) && isName(c) {
			return c, len(c)
		}
	}
	if n, rest, ok := spacedName(s, isName); ok {
		return n, len(s) - len(rest)
	}
	return "", 0
}

// helpVerbs come before the one a deed was for: "帮王奶奶挑水",
// "照顾隔壁王奶奶", "看望五保户王奶奶".
var helpVerbs = []string{"帮", "照顾", "照料", "看望", "陪"}

// neighbourHelped is the person of another household than who's whom
// text says who helped ("…帮王奶奶…", "照顾隔壁王奶奶"), or "".
func (p *pointsFlow) neighbourHelped(v string, who village.Person, text string) string {
	for _, verb := range helpVerbs {
		for at := 0; ; {
			i := strings.Index(text[at:], verb)
			if i < 0 {
				break
			}
			at += i + len(verb)
			n, _ := leadingName(helpedName(text[at:]), p.r.nameIn(v))
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

// helpedTitles say who the one helped is before his name: "帮助五保户
// 王奶奶打扫院子", "帮邻居张三收麦子".
var helpedTitles = []string{"五保户", "孤寡老人", "独居老人", "困难户", "残疾人", "孤老", "老人", "邻居", "隔壁"}

// helpedName is s, the words after a 帮, from where the name of the one
// helped may start: past 助/着 and a title of him.
func helpedName(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "助"), "着")
	for _, w := range helpedTitles {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return strings.TrimPrefix(rest, "的")
		}
	}
	return s
}

// kinOnly is a claim for a family member named only by kin ("给我儿子…").
var kinOnly = regexp.MustCompile(`^(?:(?:给|为|替|帮)\s*)?[我俺咱](?:的|家)?\s*(` + kin + `)`)

// forName is 给/为/替 followed by what may be a name ("给张小明参加…").
var forName = regexp.MustCompile(`^(?:给|为|替)\s*@?(\p{Han}{2,3})`)

// elderTitles end what villagers call a neighbour: 张大爷, 李奶奶.
const elderTitles = "爷奶婶叔伯姨嫂舅公婆妈爹哥姐"

// deedStart ends a name read by forName: "张小明参加" is 张小明.
const deedStart = "参捐帮打扫送去到在把做清修拾照义献救护看陪申"

// claimIntro is how a claim that forWhom read starts: its intro word
// (给, 为, 替, 帮; "" for "我儿子张明…"), whether it names kin ("我儿子")
// and whether it is an application for the named person ("给张明申请积分",
// "给张明参加…").
func claimIntro(s string, names []string) (word string, withKin, filing bool) {
	s = foldDigits(strings.TrimSpace(s))
	if m := codePrefix.FindStringSubmatch(s); m != nil {
		s = m[2]
	}
	intro := forIntro.FindString(s)
	if r, ok := firstRune(intro); ok && strings.ContainsRune("给为替帮", r) {
		word = string(r)
	}
	withKin = strings.ContainsAny(intro, "我俺咱") || kinWord.MatchString(intro)
	if len(names) > 0 {
		if end := nameEnd(s, names[len(names)-1]); end >= 0 {
			// "给陈小龙申请积分", "给陈小龙参加义务劳动": acts of the named person.
			r, _ := firstRune(strings.TrimLeft(s[end:], " ，,:："))
			filing = strings.ContainsRune(ownActs, r)
		}
	}
	return word, withKin, filing
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
func (p *pointsFlow) claimant(ctx context.Context, t *turn, v string, args string, ct *claimText) (village.Person, bool, error) {
	if names, rest, ok := forWhom(args, p.r.nameIn(v)); ok {
		word, withKin, filing := claimIntro(args, names)
		target, err := p.r.people.Lookup(v, names[0])
		outside := err == nil && target.Household != t.who.Household
		switch {
		case len(names) > 1:
			return village.Person{}, false, p.r.reply(ctx, t, "points.claim.many", map[string]any{"Names": names,
				"Text": shortText(echo(t, strings.TrimSpace(codePrefix.ReplaceAllString(rest, "$2"))))})
		case !outside || withKin || filing || word == "替" || ct.For != "":
			// A member, or "给 陈二 清理河道" (the spaced form of a claim for
			// someone): for him, if the sender may claim for him.
			*ct = parseClaimText(rest)
			ct.For = names[0]
		case word == "帮" || !t.who.Tends(v, target.Grid):
			// The sender's own deed for a neighbour: the whole text is the deed.
			ct.Helped = target.Name
		default:
			return village.Person{}, false, p.r.reply(ctx, t, "points.claim.helporfor", map[string]any{"Name": target.Name,
				"Word": word, "Text": shortText(echo(t, strings.TrimSpace(codePrefix.ReplaceAllString(rest, "$2"))))})
		}
	} else if bare, m := kinClaim(args); m != nil {
		word := bare[m[2]:m[3]]
		fits := p.kinOf(v, t.who, word)
		if len(fits) > 1 {
			// "给我儿子申请积分 小龙上个月献血了": the name he goes by settles it
			fits = p.calledIn(v, bare[m[1]:], fits)
		}
		if len(fits) == 1 {
			// "我老婆 参加义务劳动" is "我老婆刘芳 参加义务劳动".
			code := strings.TrimSuffix(foldDigits(strings.TrimSpace(args)), bare)
			return p.claimant(ctx, t, v, code+bare[:m[1]]+fits[0]+" "+bare[m[1]:], ct)
		}
		return village.Person{}, false, p.askWhom(ctx, t, args, "", "points.claim.kin", map[string]any{"Kin": word,
			"Fits": fits, "Members": p.members(v, t.who)})
	} else if n := p.unknownMember(v, t.who, args); n != "" {
		return village.Person{}, false, p.unknownKin(ctx, t, v, args, n, func() error {
			return p.r.reply(ctx, t, "points.claim.notmember", map[string]any{"Name": n, "Members": p.members(v, t.who)})
		})
	}
	if ct.For != "" && !p.r.nameIn(v)(ct.For) && !nameLike(ct.For) {
		// "为灾区捐款 有收据", "为村里修路 出了三天工": a deed for a place
		// or the public, the sender's own.
		ct.For, ct.Text = "", strings.TrimSpace(foldDigits(args))
	}
	if ct.For == "" && forHim.MatchString(args) {
		// "俺家老张去敬老院帮忙 给他申请个积分": for someone, named by no
		// name the roster knows; not the sender's own
		return village.Person{}, false, p.askWhom(ctx, t, args, "", "points.claim.kin", map[string]any{"Kin": forHim.FindString(args),
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

// kinClaim reads a claim for a family member named only by kin: bare is
// the claim without its indicator code, m kinOnly's submatch index in it,
// nil when the claim is no such claim. A claim that tells of the sender's
// own deed for him is none: "帮我妈挑水" is the sender's, while "帮我儿子
// 参加义务劳动" and "帮我儿子申请积分" are the son's (an act one does
// oneself, see ownActs).
func kinClaim(args string) (bare string, m []int) {
	bare = strings.TrimSpace(codePrefix.ReplaceAllString(foldDigits(strings.TrimSpace(args)), "$2"))
	m = kinOnly.FindStringSubmatchIndex(bare)
	if m == nil || !strings.HasPrefix(bare, "帮") {
		return bare, m
	}
	if r, _ := firstRune(strings.TrimLeft(bare[m[1]:], " ，,:：")); !strings.ContainsRune(ownActs, r) {
		return bare, nil
	}
	return bare, m
}

// askWhom asks whom of the sender's household the claim args are for
// (block, with data), and keeps the claim so that his answer files it: a
// name of his household (see memberSaid), or 是 for named, the member
// the question offers.
func (p *pointsFlow) askWhom(ctx context.Context, t *turn, args, named, block string, data map[string]any) error {
	if err := p.r.ask(t, question{Kind: askWhom, Text: strings.TrimSpace(args), For: named, Claim: true, Msg: t.m.ID}); err != nil {
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
	w, _ := answerClauses(t.text)
	w = strings.TrimRight(strings.TrimLeft(w, "给是就为"), "吧啊呀的")
	if n := utf8.RuneCountInString(w); n < 1 || n > 6 {
		return "", "", nil, false
	}
	v := t.who.Village
	if m, err := p.r.people.Lookup(v, w); err == nil {
		ok = m.Household == t.who.Household && m.Key() != t.who.Key()
		return m.Name, "", nil, ok
	}
	if m := kinSaid.FindStringSubmatch(w); m != nil {
		fits := p.kinOf(v, t.who, m[1])
		if len(fits) == 1 {
			return fits[0], m[1], fits, true
		}
		return "", m[1], fits, true
	}
	return "", "", nil, false
}

// kinSaid is a family member named by kin alone: "俺爹", "我老伴", "儿子".
var kinSaid = regexp.MustCompile(`^(?:我|俺|咱)?(?:的|家)?(` + kin + `)$`)

// forHim says a claim is for someone named only by a pronoun: "给他申请
// 个积分", "帮她报一下积分".
var forHim = regexp.MustCompile(`(?:给|为|替|帮)(?:他|她)(?:申请|报|记|加|挣)`)

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

// nameLike reports whether s, on no roster, may still be a person's
// name: two or three characters starting with a common surname.
func nameLike(s string) bool {
	r, _ := firstRune(s)
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 3 && strings.ContainsRune(surnames, r)
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
	s := strings.TrimSpace(codePrefix.ReplaceAllString(foldDigits(strings.TrimSpace(args)), "$2"))
	m := forName.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	rs := []rune(s[m[2]:m[3]])
	next, _ := firstRune(strings.TrimLeft(s[m[3]:], " "))
	if len(rs) == 3 && strings.ContainsRune(deedStart, rs[2]) {
		rs, next = rs[:2], rs[2]
	}
	if strings.ContainsRune(deedStart, rs[1]) || strings.ContainsRune(elderTitles, rs[len(rs)-1]) {
		return "" // "给张大爷送饭": a neighbour, not a family member's name
	}
	if strings.ContainsRune(surnames, rs[0]) && strings.ContainsRune(ownActs, next) || strings.ContainsRune(attendActs, next) {
		// "给张小明参加…"; "给明明参加…": a pet name, as nobody attends
		// for himself "给" someone
		return string(rs)
	}
	for _, n := range p.members(v, who) {
		if r, ok := firstRune(n); ok && r == rs[0] {
			return string(rs)
		}
	}
	return ""
}

// surnames are common surnames; ownActs start acts done oneself, not for
// someone (参加, 献血, 捐款, 申请).
const (
	surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
	ownActs  = "参献捐申考获"
	// attendActs start acts only a person does (参加, 申请, 考上, 获得),
	// unlike 献 and 捐, which are also done for a place ("为村里捐款").
	attendActs = "参申考获"
)

// familyMentioned is a member of the sender's household (not the sender,
// not a witness: "张明也看见了" names who saw it) that a claim for the
// sender names: then it is unclear whose claim it is.
func (p *pointsFlow) familyMentioned(v string, who village.Person, ct claimText) string {
	h, ok := p.household(v, who.Household)
	if !ok {
		return ""
	}
	var saw []string
	if containsAnyOf(ct.Text, sawWords...) || strings.Contains(ct.Text, "证") {
		saw = witnessesIn(ct.Text, p.r.nameIn(v))
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
	word := strings.TrimSpace(string(vClaim) + " " + args[:at])
	// 「是」 files it for the one near, as written for him
	q := &question{Kind: askCommand, Msg: t.m.ID}
	return p.r.unknownPerson(ctx, t, word, name, strings.TrimSpace(args[at+len(name):]), "这条还没有登记。", near, q, "登记")
}
