package words

import (
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

// PickNumber reads a bare "3" to "9" (full width too), which only a pick
// question takes: "1" and "2" are answerWord's.
func PickNumber(text string) (string, bool) {
	s := strings.Trim(strings.TrimSpace(text), "。.！!")
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
		items[i] = map[string]any{"N": i + 1, "Ref": o.Named(), "Label": o.Label}
	}
	return items
}
