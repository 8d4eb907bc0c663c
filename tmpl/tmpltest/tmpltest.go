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
// on its way: since the number, line or clause before it, v is written
// more than once (「【石桥村一组】石桥村 #R1」, 「石桥村一组 石桥村 #R1」);
// "" when none is.
func Twice(text, v string) string {
	from := 0
	for _, at := range number.FindAllStringIndex(text, -1) {
		run := text[from:at[0]]
		if i := strings.LastIndexAny(run, "\n（，。："); i >= 0 {
			run = run[i:]
		}
		if strings.Count(run, v) > 1 {
			return run + text[at[0]:at[1]]
		}
		from = at[1]
	}
	return ""
}
