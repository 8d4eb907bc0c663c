package village

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Missing is someone of the roster an alarm says is missing, with what
// those who look for him phone: his number, household, and the worker
// who looks after him (责任网格员). The duty chat hears it with the
// alarm and with every re-alert of it; a grid group never his number.
type Missing struct {
	Person
	Carer Person
	// Yours: the message is to Carer himself, who is not given his own
	// number (「平时由您照看」).
	Yours bool
	// Maybe: one of several of the reporter's household his kin word may
	// mean ("小孩不见了" with two children: KinMissingMaybe), listed for
	// him to be asked which, never taken as the one missing.
	Maybe bool
	// Said: the words that told which of the maybes she is ("是小凤 穿红衣
	// 服", PickedMaybe), with what she wears, for every re-post (alarm98).
	Said string
}

// MissingNamed are the people of the roster (people) of rep's village its
// alarm names ("王奶奶不见了") or that are named otherwise (kin: "我家
// 老头子不见了", resolved by the caller), its reporter apart, those of its
// grid first when any is named there.
func MissingNamed(people []Person, rep Report, kin ...Person) []Missing {
	var out, elsewhere []Missing
	for _, p := range people {
		isKin := slices.ContainsFunc(kin, func(k Person) bool { return k.Key() == p.Key() })
		if p.Village != rep.Village || rep.ReportedBy(p) || !isKin && (utf8.RuneCountInString(p.Name) < 2 || !NamedMissing(rep.Text, p.Name)) {
			continue
		}
		m := Missing{Person: p}
		m.Carer, _ = CaretakerOf(people, p)
		if p.Grid == rep.Grid {
			out = append(out, m)
		} else {
			elsewhere = append(elsewhere, m)
		}
	}
	if len(out) == 0 {
		return elsewhere
	}
	return out
}

// NotMissing follow a name (or a kin word) that is not the one missing: "张三家孩子",
// "王奶奶的孙子", "张三说…".
const NotMissing = "家的说讲告让叫喊"

// NamedMissing reports whether text names name as someone missing: named,
// and not as the one whose kin, or who told it (NotMissing).
func NamedMissing(text, name string) bool {
	for rest := text; ; {
		_, after, ok := strings.Cut(rest, name)
		if !ok {
			return false
		}
		if next, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " ")); !strings.ContainsRune(NotMissing, next) {
			return true
		}
		rest = after
	}
}

// MissingOf are MissingNamed for rep's alarm, told by reporter, with the
// member of his household his kin words name for sure ("我家老头子不见了":
// KinMissingOf): its first alarm and every re-post of it name the same
// people.
// Those a kin word may mean, of several (KinMissingMaybe), follow marked
// Maybe.
func MissingOf(people []Person, rep Report, reporter Person) []Missing {
	sure, maybe := kinMissingOf(people, reporter, rep.Text)
	out := MissingNamed(people, rep, sure...)
	for _, p := range maybe {
		if slices.ContainsFunc(out, func(m Missing) bool { return m.Key() == p.Key() }) {
			continue
		}
		m := Missing{Person: p, Maybe: true}
		m.Carer, _ = CaretakerOf(people, p)
		out = append(out, m)
	}
	return picked(out, rep)
}

// picked is missing with the one of its maybes (Missing.Maybe) that words
// said of rep since name alone (PickedMaybe) sure and the other maybes
// dropped: 陈二's 「是小凤 穿红衣服」 after his 「小孩不见了」 makes the duty
// chat's re-posts name 陈小凤 only (alarm98).
func picked(missing []Missing, rep Report) []Missing {
	i, ok := PickedMaybe(missing, rep)
	if !ok {
		return missing
	}
	chosen := missing[i]
	chosen.Maybe = false
	for h := len(rep.History) - 1; h >= 0; h-- {
		if note := rep.History[h].Note; namesPerson(note, chosen.Name) {
			chosen.Said = unlabelled(note)
			break
		}
	}
	return append(Sure(missing), chosen)
}

// unlabelled is a history note without a short label before a colon
// ("群里说：是小凤" → "是小凤").
func unlabelled(note string) string {
	if label, rest, ok := strings.Cut(note, "："); ok && utf8.RuneCountInString(label) <= 6 {
		return rest
	}
	return note
}

// PickedMaybe is the index in missing of the maybe (Missing.Maybe) the
// newest of rep's history notes naming exactly one of them names, by her
// name or her given name (GivenName): 「是小凤」 of 陈小龙 and 陈小凤.
func PickedMaybe(missing []Missing, rep Report) (int, bool) {
	for h := len(rep.History) - 1; h >= 0; h-- {
		found, n := -1, 0
		for i, m := range missing {
			if m.Maybe && namesPerson(rep.History[h].Note, m.Name) {
				found, n = i, n+1
			}
		}
		if n == 1 {
			return found, true
		}
	}
	return -1, false
}

// namesPerson reports whether text names the person called name, by name
// or by given name (GivenName).
func namesPerson(text, name string) bool {
	if utf8.RuneCountInString(name) >= 2 && strings.Contains(text, name) {
		return true
	}
	g := GivenName(name)
	return g != "" && strings.Contains(text, g)
}

// GivenName is name without its one-rune surname when two runes or more
// are left ("陈小凤" → "小凤"): what her family calls her. Empty for a
// two-rune name, whose single rune names nobody for sure.
func GivenName(name string) string {
	_, size := utf8.DecodeRuneInString(name)
	if utf8.RuneCountInString(name[size:]) < 2 {
		return ""
	}
	return name[size:]
}

// Sure are missing but those only maybe meant (Missing.Maybe).
func Sure(missing []Missing) []Missing {
	return slices.DeleteFunc(slices.Clone(missing), func(m Missing) bool { return m.Maybe })
}
