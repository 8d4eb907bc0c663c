package words

import (
	"fmt"
	"gridbot/village"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Notice is the township's messages to one chat of one step on several
// items (its 接手, 答复, 办结 in each item's grid group): where each is
// in the batch's messages, its item and its words.
type Notice struct {
	At    []int
	Reps  []village.Report
	Texts []string
}

// Press is an officer's several questions or orders (镇里问, 镇里督办)
// to one cadre privately in one message of his (「都抓紧」, 「#R1 #R2 抓紧
// 处理」): where each is in the batch's messages, and its item's data.
type Press struct {
	At    []int
	Items []map[string]any
}

// SameNote reports whether the presses' items share who said what
// (「孙七：抓紧处理」), said then once.
func SameNote(items []map[string]any) bool {
	return !slices.ContainsFunc(items, func(d map[string]any) bool {
		return fmt.Sprint(d["By"], d["Note"]) != fmt.Sprint(items[0]["By"], items[0]["Note"])
	})
}

// NoticeText is n's messages said as one: the same words but for their
// numbers and reporters once, of all (「#R1 #R2 镇里已接手：…\n张三、陈二，
// 办好后会告诉您。」); else, when their first lines are so, that line
// once and each one's other lines (「#R1 #R2 已办结（镇里孙七）：…」 and
// each reporter asked his own 「满意 #R」). A reporter called by name
// (@张三) is never said of several. ok is false when neither fits.
func NoticeText(n *Notice) (text string, ok bool) {
	if len(n.Texts) < 2 {
		return "", false
	}
	var whole, heads []string
	var rests []string
	for i, text := range n.Texts {
		m, ok := MaskRef(text, n.Reps[i])
		if !ok {
			return "", false
		}
		whole = append(whole, m)
		head, rest, _ := strings.Cut(text, "\n")
		h, ok := MaskRef(head, n.Reps[i])
		if !ok || rest == "" {
			h = "\x02" + strconv.Itoa(i) // no head to share
		}
		heads, rests = append(heads, h), append(rests, rest)
	}
	called := func(m string) bool { return strings.Contains(m, "@"+reporterMask) }
	if len(slices.Compact(slices.Clone(whole))) == 1 && !called(whole[0]) {
		return Unmasked(whole[0], n.Reps), true
	}
	if len(slices.Compact(slices.Clone(heads))) == 1 && !called(heads[0]) {
		return Unmasked(heads[0], n.Reps) + "\n" + strings.Join(rests, "\n"), true
	}
	return "", false
}

// Unmasked is masked (sameSaveRef's) said of reps: a command quoted
// with the number once for each (eachQuoted), their numbers wherever
// else it was (「#R1 #R2 镇里已接手」, 「王五说 #R1 #R2 不算紧急」: the words
// are said of them all), their reporters where his name was.
func Unmasked(masked string, reps []village.Report) string {
	return unmaskedAs(masked, reps, nil)
}

// unmaskedAs is Unmasked with each item's number written as written[i]
// says (「石桥村 #R1」, MaskAs), "" or none: 「#R1」.
func unmaskedAs(masked string, reps []village.Report, written []string) string {
	refs := make([]string, len(reps))
	for i, rep := range reps {
		refs[i] = writtenRef(rep, written, i)
	}
	var who []string
	for _, rep := range reps {
		if !slices.Contains(who, rep.Reporter) {
			who = append(who, rep.Reporter)
		}
	}
	several := len(who) > 1 && strings.Contains(masked, reporterMask)
	if several {
		// the reporter named again as the one whose reply is awaited
		// (template "them"): 「已请报告人张三、陈二确认，他们回复后…」
		masked = strings.ReplaceAll(masked, reporterMask+"回复后", "他们回复后")
	}
	text := strings.ReplaceAll(eachQuoted(masked, refs), refMask, strings.Join(refs, " "))
	text = strings.ReplaceAll(text, reporterMask, strings.Join(who, "、"))
	if several {
		text = forSeveral(text, len(who))
	}
	return text
}

// eachQuoted writes a command quoted in text with an item's number
// (refMask) once for each of refs, as each is sent on its own: 「办结 #R1
// 结果」「办结 #R3 结果」; after maxQuoted of them, 等 says there are more.
// A command with nothing to write after the number (「查 #R1」) is
// written once with them all (「查 #R1 #R3」), as it is sent (allInOne).
func eachQuoted(text string, refs []string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, "「")
		if i < 0 {
			break
		}
		n := strings.Index(text[i:], "」")
		if n < 0 {
			break
		}
		quote := text[i : i+n+len("」")]
		b.WriteString(text[:i])
		text = text[i+len(quote):]
		if !strings.Contains(quote, refMask) {
			b.WriteString(quote)
			continue
		}
		if allInOne(quote) {
			b.WriteString(strings.ReplaceAll(quote, refMask, strings.Join(refs, " ")))
			continue
		}
		for j, ref := range refs {
			if j == maxQuoted {
				b.WriteString("等")
				break
			}
			b.WriteString(strings.ReplaceAll(quote, refMask, ref))
		}
	}
	b.WriteString(text)
	return b.String()
}

// allInOne reports whether quote (「查 \x00」) is a command that ends at
// the item's number and takes several in one message: all but 合并/重复,
// whose two numbers are one matter and the one it goes into.
func allInOne(quote string) bool {
	word, ok := strings.CutSuffix(strings.TrimSuffix(strings.TrimPrefix(quote, "「"), "」"), refMask)
	v, known := Synonyms[strings.TrimSpace(word)]
	return ok && known && v != VDuplicate && strings.Contains(TakesRef[v], "R")
}

// maxQuoted is how many items' commands a joined reply writes out.
const maxQuoted = 3

// forSeveral words a merged reply (sameSaveRef) or notice (noticeText)
// for the n reporters it names, more than one: the words call him 您
// (「张三、陈二，办好后会告诉两位。」; a recorder's 「王五，办好后会告诉您，
// 请转告…」 is one man still).
func forSeveral(text string, n int) string {
	you := "两位"
	if n > 2 {
		you = "各位"
	}
	return strings.ReplaceAll(text, "，办好后会告诉您。", "，办好后会告诉"+you+"。")
}

// refMask and reporterMask stand for a report's number and its
// reporter's name in the words sameSaveRef compares.
const refMask, reporterMask = "\x00", "\x01"

// writtenRef is the number of reps[i] as written[i] says it was written
// (MaskAs), else 「#R1」.
func writtenRef(rep village.Report, written []string, i int) string {
	if i < len(written) && written[i] != "" {
		return written[i]
	}
	return "#" + rep.ID
}

// MaskRef is text with rep's number and reporter masked (see sameSaveRef);
// ok is false when it does not name the number.
func MaskRef(text string, rep village.Report) (masked string, ok bool) {
	return MaskAs(text, "#"+rep.ID, rep)
}

// MaskAs is MaskRef with rep's number masked where it is written as ref:
// a township's 「石桥村 #R1」 (town97), so that two villages' alike words
// are alike masked; Alike.Take given the same ref writes it back so.
func MaskAs(text, ref string, rep village.Report) (masked string, ok bool) {
	var b strings.Builder
	for {
		i := strings.Index(text, ref)
		if i < 0 {
			break
		}
		end := i + len(ref)
		b.WriteString(text[:i])
		if end < len(text) && text[end] >= '0' && text[end] <= '9' {
			b.WriteString(ref) // "#R1" of "#R12": another number
		} else {
			b.WriteString(refMask)
			ok = true
		}
		text = text[end:]
	}
	b.WriteString(text)
	masked = b.String()
	if name := rep.Reporter; utf8.RuneCountInString(name) >= 2 {
		masked = strings.ReplaceAll(masked, name, reporterMask)
	}
	return masked, ok
}

// nameMask stands, in a joined refusal's words (NamedApart), for the
// person's name that differs from item to item.
const nameMask = "\x03"

// NamedApart reads masked words of two refusals (MaskRef's, the number
// masked) that differ by one person's name only: 「\x00 已办结，在等张三
// 确认。」 and 「\x00 已办结，在等陈二确认。」. joined is the words with that
// name masked, was the name in a and name the one in b. a may be such
// joined words already (a third item, matched against them). isName
// says what is a person's name (the roster's): a span cut inside two
// names that share their first letters (「张三」「张四」, 「欧阳晓明」
// 「欧阳晓红」, 「买买提·艾力」「买买提·吐尔逊」) is widened to the whole
// names, each of two to maxNameRunes letters (town98: five before, so
// longer names and names sharing three letters were said apart). The
// name is masked every time it is said. ok is false when they differ
// otherwise.
func NamedApart(a, b string, isName func(string) bool) (joined, was, name string, ok bool) {
	if pre, _, slot := strings.Cut(a, nameMask); slot {
		mid, found := strings.CutPrefix(b, pre)
		if !found {
			return "", "", "", false
		}
		rs := []rune(mid)
		for n := 2; n <= min(len(rs), maxNameRunes); n++ {
			if x := string(rs[:n]); namePlain(x) && strings.ReplaceAll(a, nameMask, x) == b && isName(x) {
				return a, "", x, true
			}
		}
		return "", "", "", false
	}
	ra, rb := []rune(a), []rune(b)
	pre := 0
	for pre < len(ra) && pre < len(rb) && ra[pre] == rb[pre] {
		pre++
	}
	// the names start where they part, or up to l letters before (the
	// letters they share); each runs past where they part
	for l := 0; l <= min(maxNameRunes-1, pre); l++ {
		for n := max(2, l+1); n <= maxNameRunes && pre-l+n <= len(ra); n++ {
			x := string(ra[pre-l : pre-l+n])
			if !namePlain(x) || !isName(x) {
				continue
			}
			for m := max(2, l+1); m <= maxNameRunes && pre-l+m <= len(rb); m++ {
				y := string(rb[pre-l : pre-l+m])
				if x == y || !namePlain(y) || !isName(y) {
					continue
				}
				// every time the name is said (「在等张三确认；没解决请张三回…」)
				if joined := strings.ReplaceAll(a, x, nameMask); joined == strings.ReplaceAll(b, y, nameMask) {
					return joined, x, y, true
				}
			}
		}
	}
	return "", "", "", false
}

// maxNameRunes is the longest name NamedApart reads: a Uyghur or other
// minority name with its 「·」 runs to ten letters and more
// (「阿依古丽·买买提」 is eight).
const maxNameRunes = 16

// namePlain reports whether s may be a name: two to maxNameRunes
// letters, none a mask or a break.
func namePlain(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= maxNameRunes && nameRunes.MatchString(s)
}

// UnmaskedNamed is Unmasked with the name NamedApart masked said for
// each item: 「#R3 #R4 已办结，在等张三（#R3）、陈二（#R4）确认。」; one name
// of several items once with their numbers (「张三（#R1 #R2）」), the
// same name of all once alone.
func UnmaskedNamed(masked string, reps []village.Report, names []string) string {
	return unmaskedNamedAs(masked, reps, names, nil)
}

// unmaskedNamedAs is UnmaskedNamed with the numbers written as written
// says (unmaskedAs).
func unmaskedNamedAs(masked string, reps []village.Report, names, written []string) string {
	text := unmaskedAs(masked, reps, written)
	if !strings.Contains(text, nameMask) || len(names) != len(reps) {
		return text
	}
	var order []string
	of := map[string][]string{}
	for i, n := range names {
		if _, seen := of[n]; !seen {
			order = append(order, n)
		}
		of[n] = append(of[n], writtenRef(reps[i], written, i))
	}
	said := order[0]
	if len(order) > 1 {
		parts := make([]string, len(order))
		for i, n := range order {
			parts[i] = n + "（" + strings.Join(of[n], " ") + "）"
		}
		said = strings.Join(parts, "、")
	}
	return strings.ReplaceAll(text, nameMask, said)
}

// Alike is words said of several items (MaskRef's, the number masked)
// and the name each is said with where they differ by one (names nil
// when they do not); Written is how each item's number was written
// where it is not 「#R1」 (MaskAs: 「石桥村 #R1」), "" where it is.
type Alike struct {
	Masked  string
	Reps    []village.Report
	Names   []string
	Written []string
}

// Take adds rep, whose words masked are, its number written as ref
// ("" for 「#R1」, see MaskAs), to a when they are a's but for the
// number, or for a person's name besides (NamedApart); false when they
// are not, or when a holds the number written alike already (one line
// would name it twice).
func (a *Alike) Take(masked string, rep village.Report, ref string, isName func(string) bool) bool {
	for i, o := range a.Reps {
		if o.ID == rep.ID && writtenRef(o, a.Written, i) == writtenRef(rep, []string{ref}, 0) {
			return false
		}
	}
	if a.Masked == masked && a.Names == nil {
		a.Reps, a.Written = append(a.Reps, rep), a.written(ref)
		return true
	}
	joined, was, name, ok := NamedApart(a.Masked, masked, isName)
	if !ok {
		return false
	}
	if a.Names == nil {
		a.Names = slices.Repeat([]string{was}, len(a.Reps))
	}
	a.Masked, a.Names, a.Written = joined, append(a.Names, name), a.written(ref)
	a.Reps = append(a.Reps, rep)
	return true
}

// written is a.Written with ref added for the item being added.
func (a *Alike) written(ref string) []string {
	w := append(a.Written, make([]string, len(a.Reps)-len(a.Written))...)
	return append(w, ref)
}

// Text is a's words said once of all its items (UnmaskedNamed).
func (a *Alike) Text() string { return unmaskedNamedAs(a.Masked, a.Reps, a.Names, a.Written) }

// JoinNamed is the lines of items' replies (lines[i] of reps[i]), those
// whose words differ only by the number, or by a person's name besides
// (Alike.Take), said once of all, where the first of them was.
func JoinNamed(lines []string, reps []village.Report, isName func(string) bool) []string {
	var groups []*Alike
	var at []int
	var out []string
	for i, line := range lines {
		rep := village.Report{ID: reps[i].ID}
		masked, ok := MaskRef(line, rep)
		if ok && slices.ContainsFunc(groups, func(g *Alike) bool { return g.Take(masked, rep, "", isName) }) {
			continue
		}
		if ok {
			groups, at = append(groups, &Alike{Masked: masked, Reps: []village.Report{rep}}), append(at, len(out))
		}
		out = append(out, line)
	}
	for i, g := range groups {
		if len(g.Reps) > 1 {
			out[at[i]] = g.Text()
		}
	}
	return out
}
