// Package tmpltest gives tests of the texts what checking them as the
// township's chats read them takes: the blocks a set of template files
// defines, and the first item number a text writes with no village.
package tmpltest

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

var (
	define  = regexp.MustCompile(`\{\{define "([^"]+)"\}\}`)
	number  = regexp.MustCompile(`#R[0-9]+`)
	chained = regexp.MustCompile(`( ?#R[0-9]+(?: 或)?)+ ?$`)
)

// BareRef is the first item number of text written with no village (v)
// before it: 「#R1」 alone, not 「石桥村 #R1」 nor 「石桥村一组 #R1」; ""
// when there is none.
func BareRef(text, v string) string {
	for _, at := range number.FindAllStringIndex(text, -1) {
		// 「石桥村 #R1 #R2」: a number after a number is of its village
		before := strings.TrimSuffix(chained.ReplaceAllString(text[:at[0]], ""), " ")
		// 「【石桥村一组】#R1」: a heading that names the village
		before = strings.TrimSuffix(before, "】")
		if !strings.HasSuffix(before, v) && !strings.HasSuffix(strings.TrimRight(before, "一二三四五六七八九十组"), v) {
			return text[max(0, at[0]-12):at[1]]
		}
	}
	return ""
}

// TryRender renders block name of set with data; false when the block
// needs values data lacks (the render panics).
func TryRender(set interface{ Render(string, any) string }, name string, data any) (out string, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = "", false
		}
	}()
	return set.Render(name, data), true
}

// Blocks are the names of the blocks files of fsys define, in order.
func Blocks(t *testing.T, fsys fs.FS, files ...string) []string {
	t.Helper()
	var names []string
	for _, file := range files {
		b, err := fs.ReadFile(fsys, file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range define.FindAllStringSubmatch(string(b), -1) {
			names = append(names, m[1])
		}
	}
	return names
}

// Twice is the first item number of text whose village v is said twice
// around it: between the number, line or clause before it and the one
// after, v is written more than once (「【石桥村一组】石桥村 #R1」,
// 「石桥村一组 石桥村 #R1」, 「石桥村 #R1 石桥村一组」, 「石桥村 #R1（石桥村
// 一组）」); "" when none is.
func Twice(text, v string) string {
	at := number.FindAllStringIndex(text, -1)
	for i, n := range at {
		from, to := 0, len(text)
		if i > 0 {
			from = at[i-1][1]
		}
		if i+1 < len(at) {
			to = at[i+1][0]
		}
		before, after := text[from:n[0]], text[n[1]:to]
		if j := strings.LastIndexAny(before, "\n（，。："); j >= 0 {
			before = before[j:]
		}
		if j := strings.IndexAny(after, "\n，。：）"); j >= 0 {
			after = after[:j]
		} else if to < len(text) {
			// 「石桥村 #R1 石桥村 #R2」: the next number's village
			after = strings.TrimSuffix(strings.TrimRight(after, " "), v)
		}
		if strings.Count(before+after, v) > 1 {
			return before + text[n[0]:n[1]] + after
		}
	}
	return ""
}

// TownshipRefs renders each block of names as a township chat reads it
// (render) and fails t for a bare number of village v (BareRef; blocks in
// noVillage may write one by design) or v said twice around a number
// (Twice). each, when not nil, sees every block (ok false when it did not
// render) for the caller's own checks. It returns how many blocks rendered
// and how many of those wrote a number.
func TownshipRefs(t *testing.T, v string, names []string, noVillage map[string]bool,
	render func(name string) (string, bool), each func(name, got string, ok bool)) (rendered, withRef int) {
	t.Helper()
	for _, name := range names {
		got, ok := render(name)
		if each != nil {
			each(name, got, ok)
		}
		if !ok {
			continue
		}
		rendered++
		if strings.Contains(got, "#R") {
			withRef++
		}
		if m := BareRef(got, v); m != "" && !noVillage[name] {
			t.Errorf("%s writes a bare number (%q) to the township:\n%s", name, m, got)
		}
		if m := Twice(got, v); m != "" {
			t.Errorf("%s says the village twice (%q) before a number (town82):\n%s", name, m, got)
		}
	}
	return rendered, withRef
}
