package words

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// AskPick asks which of several items words are about (question.Picks):
// a number runs that item's line, as the sender; 不用 drops them.
const AskPick = "pick"

// MaxPicks is how many items a pick question numbers at most: one digit
// answers it.
const MaxPicks = 9

// PickOption is one item a pick question offers; its number is its place
// in question.Picks, from 1.
type PickOption struct {
	// Ref is the item's id ("R3"), Line the command its number runs
	// ("进展 #R3 我马上过去"), Label how the question shows it. Village
	// is the item's village when the township's list spans several
	// (their numbers may be alike): the list names it, and its number
	// runs Line on that village's item.
	Ref     string `json:"ref"`
	Line    string `json:"line"`
	Label   string `json:"label"`
	Village string `json:"village,omitempty"`
}

// Named is how lists name o's item: 「#R3」, 「石桥村 #R3」 with its village.
func (o PickOption) Named() string {
	if o.Village != "" {
		return o.Village + " #" + o.Ref
	}
	return "#" + o.Ref
}

// AllPick is the word PickNumber reads 「全部」, 「都」, 「全都」 as: all of a
// numbered list (pickSeveral).
const AllPick = "全部"

// allWords answer a numbered list with all of it.
var allWords = []string{"全部", "都", "全都", "都是", "全部都是", "都要", "全要"}

// PickNumber reads a bare "3" to "9", a number of two digits ("12") or
// 「全部」 (AllPick) (full width digits too), which only a pick question
// takes: "1" and "2" are answerWord's; a list that has not the number is
// told so, 「全部」 is asked one at a time (pickSeveral).
func PickNumber(text string) (string, bool) {
	s := strings.Trim(strings.TrimSpace(text), "。.！!")
	if slices.Contains(allWords, s) {
		return AllPick, true
	}
	if n, rest, ok := leadingNumber(s); ok && rest == "" && n >= 10 {
		return strconv.Itoa(n), true
	}
	if utf8.RuneCountInString(s) != 1 {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r >= '０' && r <= '９' {
		r = r - '０' + '0'
	}
	if r < '3' || r > '9' {
		return "", false
	}
	return string(r), true
}

// IsNumber reports whether word is an answer by number, "1" to "9".
func IsNumber(word string) bool {
	n, err := strconv.Atoi(word)
	return err == nil && n >= 1 && n <= MaxPicks
}

// PickItems are opts as templates number them (pick.items).
func PickItems(opts []PickOption) []map[string]any {
	items := make([]map[string]any, len(opts))
	for i, o := range opts {
		items[i] = map[string]any{"N": i + 1, "Ref": o.Named(), "Label": o.Label, "Line": o.Line}
	}
	return items
}

// PickNumbers reads a message made of several numbers of a numbered list
// and nothing else: 「1 3」, 「1、3」, 「3和5」, a range 「1-3」 or 「1到3」
// (full width digits too), in the order written, each once. nil for one
// number or none, or for other words.
func PickNumbers(text string) []int {
	s := strings.Trim(strings.TrimSpace(text), "。.！!")
	var nums []int
	from := 0 // the number a range starts at
	for s != "" {
		n, rest, ok := leadingNumber(s)
		if _, _, more := leadingNumber(rest); more || strings.HasPrefix(rest, "0") {
			return nil // three digits or more: no number of a list
		}
		switch {
		case !ok, from > 0 && (n <= from || n-from > MaxPicks):
			return nil
		case from > 0:
			for k := from + 1; k <= n; k++ {
				nums = append(nums, k)
			}
			from = 0
		default:
			nums = append(nums, n)
		}
		s = strings.TrimLeft(rest, " ")
		if after, ok := CutAnyPrefix(s, "-", "－", "—", "~", "～", "到", "至"); ok && s != "" {
			from, s = n, strings.TrimLeft(after, " ")
		} else if after, ok := CutAnyPrefix(s, "、", "，", ",", "和", "跟", "及", "与"); ok {
			s = strings.TrimLeft(after, " ")
		}
	}
	if from > 0 {
		return nil // 「1-」
	}
	var once []int
	for _, n := range nums {
		if !slices.Contains(once, n) {
			once = append(once, n)
		}
	}
	if nums = once; len(nums) < 2 {
		return nil
	}
	return nums
}

// leadingNumber is the number of one or two digits (full width too) s
// begins with, and the rest of s; ok is false when it begins with none.
func leadingNumber(s string) (n int, rest string, ok bool) {
	digits := 0
	for digits < 2 && s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if r >= '０' && r <= '９' {
			r = r - '０' + '0'
		}
		if r < '0' || r > '9' {
			break
		}
		n, s, digits = 10*n+int(r-'0'), s[size:], digits+1
	}
	return n, s, digits > 0 && n > 0
}
