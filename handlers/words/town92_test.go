package words

import (
	"slices"
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
		{"进站 #R1 已联系", nil, ""}, // a command mistyped
		// no break before the number (town93): after a word of when or
		// telling, or written with #
		{"今天R2修好了", []village.Ref{{Kind: 'R', N: 2}}, "今天修好了"},
		{"刚才#R3那边去看了 明天修", []village.Ref{{Kind: 'R', N: 3}}, "刚才那边去看了 明天修"},
		{"王五说R5焊好了", []village.Ref{{Kind: 'R', N: 5}}, "王五说焊好了"},
		{"水渠#R3疏通好了", []village.Ref{{Kind: 'R', N: 3}}, "水渠疏通好了"},
		{"这个#R2修好了", []village.Ref{{Kind: 'R', N: 2}}, "这个修好了"},
		{"今天R2修好了吗", nil, ""},                                    // a question
		{"三组R3疏通好了", []village.Ref{{Kind: 'R', N: 3}}, "三组疏通好了"}, // after a place (town96)
		{"今天R2型的灯装好了", nil, ""},                                  // a model
		{"买了个R5手机", nil, ""},
		{"买了个 R5 手机", nil, ""}, // counted: a model even set off
		{"一台 R2 坏了", nil, ""},
		{"今天鲁R12345来拉货了", nil, ""}, // a plate
		{"今天PR2修好了", nil, ""},      // Latin: no number
		{"今天WR2到了", nil, ""},
		{"今天跟#R2一样", nil, ""},
		{"今天R2修好了 R5还没", nil, ""}, // two places
		// a bare number after a place or a name is an item's; one after
		// 是 or before a thing bought by its model is a model's (town96)
		{"张三R2那个办好了", []village.Ref{{Kind: 'R', N: 2}}, "张三那个办好了"},
		{"张三家R2那个办好了", []village.Ref{{Kind: 'R', N: 2}}, "张三家那个办好了"},
		{"老王R4那边去看了", []village.Ref{{Kind: 'R', N: 4}}, "老王那边去看了"},
		{"今天三组R3修好了", []village.Ref{{Kind: 'R', N: 3}}, "今天三组修好了"},
		{"三组的R3疏通好了", []village.Ref{{Kind: 'R', N: 3}}, "三组的疏通好了"},
		{"青山村R1路灯换好了", []village.Ref{{Kind: 'R', N: 1}}, "青山村路灯换好了"},
		{"用的是 R5 手机", nil, ""},
		{"用的是R5", nil, ""},
		{"型号是 R2 的那种灯", nil, ""},
		{"就是 R2 那个路灯 修好了", []village.Ref{{Kind: 'R', N: 2}}, "就是那个路灯 修好了"},
		{"张三 R5 手机丢了", nil, ""}, // a model's thing after the number
		{"张三R5手机挺好用", nil, ""},
		{"本村R3修好了", nil, ""},   // 本村 names no village
		{"买了个R5 修好了", nil, ""}, // counted
		{"农村R2修好了", nil, ""},
		{"张三 #R5 手机找到了", []village.Ref{{Kind: 'R', N: 5}}, "张三手机找到了"}, // # is an item's
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
	for _, s := range []string{"水利站挖机来了，#R2 水渠疏通好了", "李四说 #R3 那边明天去看", "跟#R2一样", "#R1 #R2", "a，R9 x", "说#R0 好",
		"今天R2修好了", "刚才#R3那边去看了", "水渠#R3疏通", "今天", "一个", "这个", "鲁",
		"三组R3修好了", "张三R2那个办好了", "用的是 R5 手机", "老王家的R1", "青山村"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if len(village.FindRefsAt(s)) == 0 {
			// a model's, a plate's or an English word's R after any words
			// that name no item is never one (town93)
			for _, name := range []string{"买了个R5手机", "买了个 R5 手机", "鲁R12345来拉货了", "PR2修好了", "WR2 到了", "R2型的灯装好了",
				"，用的是 R5 手机", "。张三R5手机挺好用", "，型号是R2的灯"} {
				if refs, _ := RefsMidway(s + name); refs != nil {
					t.Fatalf("RefsMidway(%q) = %v: a name read as an item", s+name, refs)
				}
			}
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

// TestUnmaskedQuotesEach: a joined reply's command example is written for
// each item (eachQuoted), not the first one's alone; past three, 等.
func TestUnmaskedQuotesEach(t *testing.T) {
	rep := func(id, who string) village.Report { return village.Report{ID: id, Reporter: who} }
	masked, ok := MaskRef("#R1 镇里已接手。\n办好后请回复「办结 #R1 结果」，我会告诉报告人张三。", rep("R1", "张三"))
	if !ok {
		t.Fatal("no number masked")
	}
	got := Unmasked(masked, []village.Report{rep("R1", "张三"), rep("R3", "陈二")})
	if want := "#R1 #R3 镇里已接手。\n办好后请回复「办结 #R1 结果」「办结 #R3 结果」，我会告诉报告人张三、陈二。"; got != want {
		t.Errorf("two items:\n%s\nwant\n%s", got, want)
	}
	got = Unmasked(masked, []village.Report{rep("R1", "张三"), rep("R2", "张三"), rep("R3", "张三"), rep("R4", "张三")})
	if !strings.Contains(got, "「办结 #R1 结果」「办结 #R2 结果」「办结 #R3 结果」等，") {
		t.Errorf("four items: %s", got)
	}
}

// TestUnmaskedSaysAll (town93): a joined reply's number outside 「」 is
// said of all its items, not the first one's alone; a quoted command
// with nothing after the number is written once with them all.
func TestUnmaskedSaysAll(t *testing.T) {
	rep := func(id, who string) village.Report { return village.Report{ID: id, Reporter: who} }
	text := "#R1 进展已记录：不算紧急\n@李四 王五说 #R1 不算紧急，您看是否改为一般：回复「改为一般 #R1」。\n可发「查 #R1」看全部记录。"
	masked, ok := MaskRef(text, rep("R1", "张三"))
	if !ok {
		t.Fatal("no number masked")
	}
	got := Unmasked(masked, []village.Report{rep("R1", "张三"), rep("R3", "张三")})
	want := "#R1 #R3 进展已记录：不算紧急\n@李四 王五说 #R1 #R3 不算紧急，您看是否改为一般：回复「改为一般 #R1 #R3」。\n可发「查 #R1 #R3」看全部记录。"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	masked, _ = MaskRef("请回复「合并 #R1」", rep("R1", "张三"))
	if got := Unmasked(masked, []village.Report{rep("R1", "张三"), rep("R3", "张三")}); got != "请回复「合并 #R1」「合并 #R3」" {
		t.Errorf("合并 takes one item's number: %s", got)
	}
}

// TestNamedApart (town96): two refusals' words differing by a person's
// name besides the number are joined with the name masked, every time it
// is said; a name cut inside by a shared surname is widened; words that
// differ otherwise, or by a word that is nobody's name, are not.
func TestNamedApart(t *testing.T) {
	names := []string{"张三", "张四", "陈二", "李四", "黄永红"}
	isName := func(n string) bool { return slices.Contains(names, n) }
	rep := func(id string) village.Report { return village.Report{ID: id} }
	for _, c := range []struct {
		a, b, want string
		ok         bool
	}{
		{"\x00 已办结，在等张三确认。", "\x00 已办结，在等陈二确认。", "\x00 已办结，在等\x03确认。", true},
		{"\x00 已办结，在等张三确认。", "\x00 已办结，在等张四确认。", "\x00 已办结，在等\x03确认。", true},
		{"\x00 在等张三确认；请张三回复", "\x00 在等陈二确认；请陈二回复", "\x00 在等\x03确认；请\x03回复", true},
		{"\x00 李四配合", "\x00 黄永红配合", "\x00 \x03配合", true},
		{"\x00 在等张三确认；请张三回复", "\x00 在等陈二确认；请张三回复", "", false}, // two names apart
		{"\x00 已办结", "\x00 已合并", "", false},
		{"\x00 在等网格确认", "\x00 在等镇里确认", "", false}, // nobody's name
	} {
		got, _, _, ok := NamedApart(c.a, c.b, isName)
		if ok != c.ok || got != c.want {
			t.Errorf("NamedApart(%q, %q) = %q %v, want %q %v", c.a, c.b, got, ok, c.want, c.ok)
		}
	}
	a := Alike{Masked: "\x00 已办结，在等张三确认。", Reps: []village.Report{rep("R1")}}
	for _, s := range []struct{ masked, id string }{{"\x00 已办结，在等陈二确认。", "R2"}, {"\x00 已办结，在等张三确认。", "R3"}} {
		if !a.Take(s.masked, rep(s.id), "", isName) {
			t.Fatalf("%s not taken", s.id)
		}
	}
	if a.Take("\x00 已合并。", rep("R4"), "", isName) {
		t.Errorf("other words taken")
	}
	if got, want := a.Text(), "#R1 #R2 #R3 已办结，在等张三（#R1 #R3）、陈二（#R2）确认。"; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
}
