package village

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Grid is one grid of the township: its village, its name ("三组") and
// its WeChat group's name.
type Grid struct {
	Village, Name, Group string
}

// Places are the township's grids in config order: what the words
// people use for a place ("三组", "青山村", "青山村 三组", "全镇") are
// read against.
type Places []Grid

// PlaceKind is what a place word names.
type PlaceKind int

const (
	NoPlace       PlaceKind = iota // no place of the township
	PlaceTownship                  // the whole township: 全镇, 全部, 所有群
	PlaceVillage                   // one village: 青山村, or 全村 / 本村 for the speaker's
	PlaceGrid                      // a grid: 三组, 3组, 青山村三组, its group's name; several when villages share the name
)

// Place is what a place word names: its kind, its name as lists name it
// ("青山村", "青山村三组"; the bare grid name when it is several
// villages' grid) and its grids.
type Place struct {
	Kind  PlaceKind
	Name  string
	Grids Places
}

// townshipWords name the whole township.
var townshipWords = []string{"全镇", "全部", "所有群"}

// homeWords name the speaker's own village.
var homeWords = []string{"全村", "本村"}

// Named reads word as a place: a township-wide word, a village's name, a
// grid's name (with its village's name before it or not, spaced or not,
// its number in digits or not), or a grid group's name. home is the
// speaker's village, which 全村 and 本村 name ("" for none). A grid name
// that several villages have names the grid of each (see Ambiguous).
func (ps Places) Named(word, home string) Place {
	word = strings.TrimSpace(word)
	switch {
	case word == "":
		return Place{}
	case slices.Contains(townshipWords, word):
		return Place{Kind: PlaceTownship, Name: "全镇", Grids: ps}
	case slices.Contains(homeWords, word):
		word = home
	}
	if gs := ps.of(word); len(gs) > 0 {
		return Place{Kind: PlaceVillage, Name: word, Grids: gs}
	}
	joined := strings.Join(strings.FieldsFunc(word, unicode.IsSpace), "")
	han := GridNumerals(joined)
	var gs Places
	for _, g := range ps {
		if joined == g.Group || joined == g.Name || joined == g.Village+g.Name || han == g.Name || han == g.Village+g.Name {
			gs = append(gs, g)
		}
	}
	switch len(gs) {
	case 0:
		return Place{}
	case 1:
		return Place{Kind: PlaceGrid, Name: gs[0].Village + gs[0].Name, Grids: gs}
	}
	return Place{Kind: PlaceGrid, Name: gs[0].Name, Grids: gs}
}

// In finds the place text names ("三组有几件没办完", "青山村还有啥没
// 办"): the longest name of a village, a grid or a village's grid it
// holds, read as Named reads it. NoPlace when it holds none.
func (ps Places) In(text string) Place {
	han := GridNumerals(strings.Join(strings.FieldsFunc(text, unicode.IsSpace), ""))
	best := ""
	for _, name := range ps.names() {
		if len(name) > len(best) && strings.Contains(han, name) {
			best = name
		}
	}
	return ps.Named(best, "")
}

// placeLike are words that read as a grid (a number and 组: 四组, 5组)
// or a village (two characters and 村: 李家村).
var placeLike = regexp.MustCompile(`[0-9一二三四五六七八九十]+组|\p{Han}{2}村`)

// notVillage are characters that make "…村" a word for villages in
// general, or the speaker's, rather than a name: 全村, 各村, 哪个村,
// 我们村, 咱村, 你们村.
const notVillage = "全本各每哪个这那该此别邻外同两几一们咱俺我你他她自"

// NotAVillageName reports whether w, a word ending in 村, is a word for
// villages in general or the speaker's (全村, 各村, 我们村) rather than a
// village's name.
func NotAVillageName(w string) bool {
	return strings.ContainsAny(w, notVillage)
}

// Unknown is the first word of text that reads as a place (a number and
// 组, two characters and 村) yet is none of the township's: "四组",
// "李家村"; "" when there is none.
func (ps Places) Unknown(text string) string {
	han := strings.Join(strings.FieldsFunc(text, unicode.IsSpace), "")
	for _, w := range placeLike.FindAllString(han, -1) {
		if strings.HasSuffix(w, "村") && NotAVillageName(w) {
			continue
		}
		if ps.Named(w, "").Kind == NoPlace && ps.In(w).Kind == NoPlace {
			return w
		}
	}
	return ""
}

// names are the names In looks for: every village's, grid's and
// village's grid's.
func (ps Places) names() []string {
	var out []string
	for i, g := range ps {
		if i == 0 || ps[i-1].Village != g.Village {
			out = append(out, g.Village)
		}
		out = append(out, g.Name, g.Village+g.Name)
	}
	return out
}

// of are the grids of village v.
func (ps Places) of(v string) Places {
	var out Places
	for _, g := range ps {
		if g.Village == v && v != "" {
			out = append(out, g)
		}
	}
	return out
}

// Villages lists the township's villages, in config order.
func (ps Places) Villages() []string {
	var out []string
	for _, g := range ps {
		if !slices.Contains(out, g.Village) {
			out = append(out, g.Village)
		}
	}
	return out
}

// GridNames lists the grid names of village v ("一组", "二组").
func (ps Places) GridNames(v string) []string {
	var out []string
	for _, g := range ps.of(v) {
		out = append(out, g.Name)
	}
	return out
}

// Groups lists the WeChat groups of the grids of ps (of villages keep
// says yes to when keep is not nil).
func (ps Places) Groups(keep func(village string) bool) []string {
	var out []string
	for _, g := range ps {
		if keep == nil || keep(g.Village) {
			out = append(out, g.Group)
		}
	}
	return out
}

// Choices are the full names of the grids ("青山村一组", "石桥村一组").
func (ps Places) Choices() []string {
	out := make([]string, len(ps))
	for i, g := range ps {
		out[i] = g.Village + g.Name
	}
	return out
}

// Has reports whether ps holds the grid named grid of village v.
func (ps Places) Has(v, grid string) bool {
	return slices.ContainsFunc(ps, func(g Grid) bool { return g.Village == v && g.Name == grid })
}

// Ambiguous reports whether p is a grid name that several villages
// have: its grids are one of each.
func (p Place) Ambiguous() bool { return p.Kind == PlaceGrid && len(p.Grids) > 1 }

// Label is p as an answer names it: its name, or the full names of the
// grids of an ambiguous grid name ("青山村一组、石桥村一组").
func (p Place) Label() string {
	if p.Ambiguous() {
		return strings.Join(p.Grids.Choices(), "、")
	}
	return p.Name
}

// GridNumerals is s with its numbers below 100 in Chinese numerals, as
// grids are named: "3组" is "三组", "12组" "十二组".
func GridNumerals(s string) string {
	const digits = "零一二三四五六七八九"
	han := func(n int) string {
		d := []rune(digits)
		switch {
		case n < 10:
			return string(d[n])
		case n == 10:
			return "十"
		case n < 20:
			return "十" + string(d[n%10])
		case n%10 == 0:
			return string(d[n/10]) + "十"
		}
		return string(d[n/10]) + "十" + string(d[n%10])
	}
	return digitsRe.ReplaceAllStringFunc(s, func(m string) string {
		n, err := strconv.Atoi(m)
		if err != nil || n >= 100 {
			return m
		}
		return han(n)
	})
}

var digitsRe = regexp.MustCompile(`[0-9]+`)
