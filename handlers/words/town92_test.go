package words

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/village"
)

func TestRefsMidway(t *testing.T) {
	for _, c := range []struct {
		text string
		refs []village.Ref
		note string
	}{
		{"水利站挖机来了，#R2 水渠疏通好了", []village.Ref{{Kind: 'R', N: 2}}, "水利站挖机来了，水渠疏通好了"},
		{"李四说 #R3 那边明天去看", []village.Ref{{Kind: 'R', N: 3}}, "李四说那边明天去看"},
		{"李四说#R3那边明天去看", []village.Ref{{Kind: 'R', N: 3}}, "李四说那边明天去看"},
		{"师傅来过了，R3 台阶修好了", []village.Ref{{Kind: 'R', N: 3}}, "师傅来过了，台阶修好了"},
		{"水利站来了 #R2 #R3 都疏通好了", []village.Ref{{Kind: 'R', N: 2}, {Kind: 'R', N: 3}}, "水利站来了都疏通好了"},
		{"#R2 水渠疏通好了", nil, ""},        // at the head: LeadingRefs' own
		{"李四，#R3 那边修好了没有？", nil, ""},   // a question stays one
		{"村东头路灯也坏了，跟 #R2 一样", nil, ""}, // compared
		{"村东头路灯也坏了，跟#R2一样", nil, ""},
		{"买了个R1型号的水泵", nil, ""},           // no break, no item
		{"水利站来了，#R2 修好了 #R5 还没", nil, ""}, // two places: whose is which
		{"来了，#C2 加分", nil, ""},            // a claim
		{"水利站挖机来了，#R2", nil, ""},          // nothing said of it
		{"今天路灯坏了", nil, ""},
	} {
		refs, note := RefsMidway(c.text)
		if len(refs) != len(c.refs) || note != c.note {
			t.Errorf("RefsMidway(%q) = %v %q, want %v %q", c.text, refs, note, c.refs, c.note)
			continue
		}
		for i := range refs {
			if refs[i] != c.refs[i] {
				t.Errorf("RefsMidway(%q) = %v, want %v", c.text, refs, c.refs)
			}
		}
	}
}

func FuzzRefsMidway(f *testing.F) {
	for _, s := range []string{"水利站挖机来了，#R2 水渠疏通好了", "李四说 #R3 那边明天去看", "跟#R2一样", "#R1 #R2", "a，R9 x", "说#R0 好"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		refs, note := RefsMidway(s)
		if refs == nil {
			if note != "" {
				t.Fatalf("RefsMidway(%q): note %q with no item", s, note)
			}
			return
		}
		if note == "" || len(village.FindRefs(note)) > 0 && len(village.FindRefs(note)) >= len(village.FindRefs(s)) {
			t.Fatalf("RefsMidway(%q) = %v %q: the note keeps the numbers or is empty", s, refs, note)
		}
		for _, x := range refs {
			if x.Kind != 'R' || !strings.Contains(strings.ToUpper(s), "R") {
				t.Fatalf("RefsMidway(%q) = %v: not an item's number", s, refs)
			}
		}
	})
}
