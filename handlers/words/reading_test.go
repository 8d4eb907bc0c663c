package words

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAnswerWord(t *testing.T) {
	tests := []struct {
		text    string
		yes, ok bool
	}{
		{"1", true, true}, {"１", true, true}, {" 1。", true, true}, {"是", true, true}, {"是的！", true, true},
		{"2", false, true}, {"不是", false, true}, {"不用了", false, true},
		{"12", false, false}, {"好的", false, false}, {"是不是停水了", false, false}, {"", false, false},
		{"不是，是另一盏", false, true}, {"对，就是这个", true, true}, {"是的 同一件", true, true},
		{"对面那盏也坏了", false, false}, {"1号楼停电了", false, false}, {"登记吧", true, true}, {"不用了吧", false, true},
		{"对对对", true, true}, {"是是是，同一件", true, true}, {"要登记", true, true}, {"帮我登记一下", true, true}, {"麻烦登记下！", true, true},
		{"不要", false, true}, {"不用登记", false, true}, {"不要登记", false, true}, {"没事了", false, true}, {"要不要登记", false, false},
		{"好的好的", false, false}, {"嗯嗯", false, false},
		// assent before the number asked for: the number answers
		{"好的好的 1", true, true}, {"嗯 1", true, true}, {"好的，2", false, true}, {"行 是的", true, true},
		{"好的 收到", false, false}, {"好 1号楼停电了", false, false},
		{"昨天忘回了 1", true, true}, {"刚看到 2", false, true}, {"村口到3组的路灯坏了 1", false, false},
	}
	for _, tt := range tests {
		_, yes, ok := AnswerWord(tt.text)
		if yes != tt.yes || ok != tt.ok {
			t.Errorf("answerWord(%q) = %v, %v; want %v, %v", tt.text, yes, ok, tt.yes, tt.ok)
		}
	}
}

// TestAssents: the sender the bot asked may assent in plain words, as the
// whole message only.
func TestAssents(t *testing.T) {
	tests := []struct {
		text    string
		yes, ok bool
	}{
		{"好", true, true}, {"好的！", true, true}, {"好的好的", true, true}, {"嗯嗯", true, true}, {"可以", true, true}, {"OK", true, true},
		{"行", true, true}, {"要", true, true},
		{"好的，收到", false, false}, {"好的谢谢", false, false}, {"可以吗", false, false}, {"要下雨了", false, false}, {"", false, false},
		{"1", false, false}, {"不要", false, false}, // answerWord's
	}
	for _, tt := range tests {
		if got := Assents(tt.text); got != tt.ok {
			t.Errorf("assents(%q) = %v, want %v", tt.text, got, tt.ok)
		}
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"村口路灯不亮了", "村口的路灯又坏了", true},
		{"村口路灯不亮了", "村口路灯还是不亮", true},
		{"三组水泥路上有个大坑", "三组那段水泥路有个大坑，骑车容易摔", true},
		{"村口路灯不亮了", "村口垃圾堆满了", false},
		{"第2盏路灯不亮", "第8盏路灯不亮", false},
		{"三号井的水泵坏了", "五号井的水泵坏了", false},
		{"三号井的水泵坏了", "3号井水泵又坏了", false}, // numerals are compared as written
		{"后山垃圾没人清", "村里那个垃圾站好久没人清了", false},
		{"后山垃圾没人清", "后山的垃圾还没清", true},
		{"后山垃圾没人清", "垃圾还是没人清", true}, // names no place: either
		{"村口那个桥边上的栏杆断了两根", "桥边栏杆还是断的啊", true},
		{"村西头水管漏水了", "村东头水管漏水了", false},
		{"文化广场的路灯不亮了", "广场路灯还是不亮", true},
	}
	for _, tt := range tests {
		if got := Similarity(tt.a, tt.b) >= 0.5; got != tt.same {
			t.Errorf("similarity(%q, %q) = %.2f; same = %v, want %v", tt.a, tt.b, Similarity(tt.a, tt.b), got, tt.same)
		}
	}
}

// FuzzUnderstandParsers: the answer parser and the duplicate similarity
// take any text without panicking; similarity is symmetric and in [0, 1];
// an item asked about by number is a real reference.
func FuzzUnderstandParsers(f *testing.F) {
	for _, s := range []string{"1", "是", "村口路灯不亮了", "第2盏路灯", "\xff\x00", "ＲR1 #R2 @张三", "一二三号", "R1什么时候能修好", "C1驾照怎么考", "r1和R2都怎么样了", "上次 #R1 说的路灯又坏了", "又#R1#C2坏了", "R1 #R2", "我儿子的", "我家闺女现在还", "的的还", "我", "后山的垃圾还没清", "我上次说的路灯呢", "谢谢王五，灯亮了"} {
		f.Add(s, "村口的路灯又坏了")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		// an answer is a number asked for or a word of yes or no, and
		// plain assent never reads as a no
		word, yes, ok := AnswerWord(a)
		if ok != (word != "") || yes && !ok ||
			ok && !(word == "1" && yes || word == "2" && !yes || slices.Contains(yesWords, word) == yes && slices.Contains(noWords, word) != yes) {
			t.Fatalf("answerWord(%q) = %q, %v, %v", a, word, yes, ok)
		}
		if Assents(a) && ok && !yes {
			t.Fatalf("assents(%q), yet answerWord reads a no (%q)", a, word)
		}
		s1, s2 := Similarity(a, b), Similarity(b, a)
		if s1 != s2 || s1 < 0 || s1 > 1 {
			t.Fatalf("similarity(%q, %q) = %v, reverse %v", a, b, s1, s2)
		}
		if OtherPlaces(a, b) != OtherPlaces(b, a) {
			t.Fatalf("otherPlaces(%q, %q) is not symmetric", a, b)
		}
		if AsksAfterOwn(a) && !strings.Contains(a, "呢") {
			t.Fatalf("asksAfterOwn(%q) with no 呢", a)
		}
		if sub := FixedSubject(a); strings.ContainsFunc(sub, func(r rune) bool { return !strings.ContainsRune(a, r) }) || utf8.RuneCountInString(sub) > 2 {
			t.Fatalf("fixedSubject(%q) = %q", a, sub)
		}
		if d := Defuse(a); refLike.MatchString(d) || !utf8.ValidString(d) && utf8.ValidString(a) {
			t.Fatalf("defuse(%q) = %q keeps a reference", a, d)
		}
		if member, ok := KinAsked(a); !strings.HasPrefix(a, member) || ok != KinQuery.MatchString(member) {
			t.Fatalf("kinAsked(%q) = %q, %v", a, member, ok)
		}
		for _, r := range AskedRefs(a) {
			if r.N <= 0 || r.Kind != 'R' && r.Kind != 'C' {
				t.Fatalf("askedRefs(%q) found %v", a, r)
			}
		}
	})
}

// TestDefuse: references and mentions go; one between Chinese words
// leaves no gap.
func TestDefuse(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"上次 #R1 说的路灯又坏了", "上次说的路灯又坏了"},
		{"上次#R1说的", "上次说的"},
		{"那个 #R1 的事 @李四 再看看", "那个的事 李四 再看看"},
		{"R1 路灯", "路灯"},
		{"lamp #R1 again", "lamp again"},
		{"C@0", ""}, {"问 R@1 的事", "问的事"}, // what the mention's removal joins goes too
	} {
		if got := Defuse(tt.in); got != tt.want {
			t.Errorf("defuse(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
