package words

import (
	"slices"
	"strings"
	"unicode/utf8"

	"gridbot/understand"
	"gridbot/village"
)

// Households is the roster as reading a home needs it: handlers'
// Router and the scheduler's watchdog read one home alike (alarm99).
type Households interface {
	// Address is the name that reaches the person with a Person.Key (a
	// namesake's "name·household"); name when the key is unknown.
	Address(key, name string) string
	Household(villageName, household string) []village.Person
	All() []village.Person
}

// headFirst is members with the head of household first, the rest in
// roster order.
func headFirst(members []village.Person) []village.Person {
	members = slices.Clone(members)
	slices.SortStableFunc(members, func(a, b village.Person) int {
		return CompareBool(a.Relation != village.RelHead, b.Relation != village.RelHead)
	})
	return members
}

// HomeOf is p's household as the roster ppl knows it: its 户号, its
// people (head first) and the phone of each without WeChat.
func HomeOf(ppl Households, p village.Person) Home {
	shown := ppl.Address(p.Key(), p.Name)
	if p.Household == "" {
		return Home{Key: p.Key(), Name: shown + "家", Roster: "名单上没有这户"}
	}
	h := Home{Key: p.Household, Name: shown + "家", Roster: "户号" + p.Household}
	var people []string
	for i, m := range headFirst(ppl.Household(p.Village, p.Household)) {
		s := m.Name
		if i == 0 && m.Relation == village.RelHead {
			h.Name, s = m.Name+"家", m.Name+"（户主）"
		}
		if !m.UsesWeChat && m.Phone != "" {
			s += "（不用微信，" + m.Phone + "）"
		}
		people = append(people, s)
	}
	if len(people) > 0 {
		h.Roster += "：" + strings.Join(people, "、")
	}
	return h
}

// NamedHome is the household (HomeOf's key) of the one person of village
// v whose roster name stands right before a 家 of text ("张三家里煤气味好
// 大", "陈小龙家着火了": the longest name there); "" when text names no
// such home, or homes of several households, or a name several people
// of v bear. Nicknames ("老王家") are not guessed at, and a household's
// land ("李四家的林子", BlankLands) is a place, no home.
func NamedHome(ppl Households, v, text string) string {
	text = BlankLands(text)
	if v == "" || !strings.Contains(text, "家") {
		return ""
	}
	var people []village.Person
	for _, p := range ppl.All() {
		if p.Village == v && utf8.RuneCountInString(p.Name) >= 2 {
			people = append(people, p)
		}
	}
	key := ""
	for i := 0; ; {
		j := strings.Index(text[i:], "家")
		if j < 0 {
			return key
		}
		before := text[:i+j]
		i += j + len("家")
		var named []village.Person
		for _, p := range people {
			switch {
			case !strings.HasSuffix(before, p.Name):
			case len(named) == 0 || len(p.Name) > len(named[0].Name):
				named = []village.Person{p}
			case len(p.Name) == len(named[0].Name):
				named = append(named, p)
			}
		}
		for _, p := range named {
			switch k := HomeOf(ppl, p).Key; {
			case key == "":
				key = k
			case key != k:
				return ""
			}
		}
	}
}

// FamilyHome is the household (HomeOf's key) text names by the person
// before its 家: a roster name (NamedHome: "张三家的"), else a family
// name (HomesIn: "老张家", "张家", not "小张家") that the head of only
// one household of village v bears (alarm78); "" when it names none, or
// names households several or none of v's heads fit.
func FamilyHome(ppl Households, v, text string) string {
	if key := NamedHome(ppl, v, text); key != "" || v == "" {
		return key
	}
	key := ""
	for _, name := range HomesIn(text) {
		rs := []rune(name)
		if len(rs) == 2 && (rs[0] == '老' || rs[0] == '阿') {
			rs = rs[1:]
		}
		if len(rs) != 1 {
			continue // "张三" was NamedHome's; "小张" may be anyone
		}
		for _, p := range ppl.All() {
			if p.Village != v || p.Relation != village.RelHead || !strings.HasPrefix(p.Name, string(rs)) {
				continue
			}
			switch k := HomeOf(ppl, p).Key; {
			case key == "":
				key = k
			case key != k:
				return "" // "老王家": 王五's or 王奶奶's
			}
		}
	}
	return key
}

// PersonHome is the household (HomeOf's key) of the people of village v
// whose roster names (two runes or more) text names, the reporter's
// own name aside; "" when it names none, or people of several
// households, or a name several households bear (alarm101).
func PersonHome(ppl Households, v, text string, reporter village.Person) string {
	key := ""
	for _, p := range ppl.All() {
		if p.Village != v || utf8.RuneCountInString(p.Name) < 2 || p.Name == reporter.Name || !strings.Contains(text, p.Name) {
			continue
		}
		switch k := HomeOf(ppl, p).Key; {
		case key == "":
			key = k
		case key != k:
			return ""
		}
	}
	return key
}

// AlarmHome is the household rep's alarm, told by reporter, is at, as
// the roster ppl knows it, for the duty chat: the home it names by a
// roster name ("王奶奶家的炭盆把被子烤着了": NamedHome; never by a family
// name alone, alarm102) or the reporter's own ("我家着火了": SaysOwnHome;
// a gas alarm at no place: PresumedHome; a medical or gas alarm of his
// own kin: "俺爹下菜窖…", alarm103), with its people
// and the phones of those without WeChat (HomeOf) and its 家庭住址
// (village.Person.Address, head first; "" when none has one). ok is
// false when it names no home of the roster (alarm98). Beside the lines
// of the missing people the alarm names (missing), it is shown as
// HomeBesideMissing says (lead99). The first duty post and the
// watchdog's re-posts read it alike (alarm99). Never for a group: a
// villager's number and address.
func AlarmHome(ppl Households, rep village.Report, reporter village.Person, missing []village.Missing) (home Home, address string, ok bool) {
	// by a roster name only: "老李家" is any 李 family, not the one head
	// the roster has (网格长 李四's, alarm102), whose address would send
	// the rescue to the wrong door
	key := NamedHome(ppl, rep.Village, rep.Text)
	if reporter.Village == rep.Village && reporter.Household != "" && (SaysOwnHome(rep.Text) || PresumedHome(rep) != "") {
		key = reporter.Household
	}
	if key == "" && rep.Hazard == village.HazardMedical {
		// "王奶奶在门口摔了一跤 起不来了": the one hurt, by her roster
		// name, and her household's number and address (alarm101)
		key = PersonHome(ppl, rep.Village, rep.Text, reporter)
	}
	if key == "" && (rep.Hazard == village.HazardMedical || rep.Hazard == village.HazardGas || rep.Hazard == village.HazardCollapse) && reporter.Village == rep.Village && reporter.Household != "" &&
		(OwnKinRe.MatchString(rep.Text) || rep.Hazard == village.HazardMedical && ownHurt(rep.Text)) {
		// "俺爹下菜窖拿白菜 半天没上来", "我妈烤炭火晕倒在屋里了": the
		// reporter's own kin, his household's number, people and address
		// (alarm103: the duty chat had no door to send the rescue to);
		// so is his own fall or hurt ("俺刚在院里摔了一跤 不能动了",
		// alarm110): his family is who the duty chat phones
		key = reporter.Household
	}
	if key == "" {
		return Home{}, "", false
	}
	members := headFirst(ppl.Household(rep.Village, key))
	if len(members) == 0 {
		return Home{}, "", false
	}
	for _, m := range members {
		if m.Address != "" {
			address = m.Address
			break
		}
	}
	return HomeBesideMissing(HomeOf(ppl, members[0]), address, true, reporter, missing)
}

// HomeBesideMissing is an alarm's home (AlarmHome's home, address, ok)
// as the duty chat shows it beside the lines of the missing people the
// alarm names (village.Missing): a missing person's own household keeps
// its line, without the 家庭住址 her own line gives already; the
// reporter's own household, when someone of another is missing (陈二:
// 「王奶奶早上出去到现在没回来 家里人到处找不到」), is no line at all, or
// searchers would be sent to the reporter's door. A home the text names
// otherwise (where she was last seen) keeps its line.
func HomeBesideMissing(home Home, address string, ok bool, reporter village.Person, missing []village.Missing) (Home, string, bool) {
	if !ok || len(missing) == 0 {
		return home, address, ok
	}
	for _, m := range missing {
		if m.Household != "" && m.Household == home.Key {
			if m.Address != "" {
				address = ""
			}
			return home, address, true
		}
	}
	if reporter.Household != "" && home.Key == reporter.Household {
		return Home{}, "", false
	}
	return home, address, true
}

// ownHurt reports whether text tells its sender himself fallen or hurt
// (understand.OwnFall, understand.SelfHurt).
func ownHurt(text string) bool {
	said := understand.Hear(text)
	return understand.OwnFall(said) || understand.SelfHurt(said)
}
