package words

import (
	"gridbot/internal/fuzzseed"
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestReportType(t *testing.T) {
	tests := []struct {
		name, args string
		wantType   village.Type
		wantRest   string
		wantOK     bool
	}{
		{"urgent", "紧急 王奶奶摔倒了", village.Emergency, "王奶奶摔倒了", true},
		{"urgent glued", "紧急：后山冒烟", village.Emergency, "后山冒烟", true},
		{"mediation", "调解 两家为地界吵起来了", village.Mediation, "两家为地界吵起来了", true},
		{"approval", "咨询 低保怎么办", village.Approval, "低保怎么办", true},
		{"bare 急 tag", "急 有人落水", village.Emergency, "有人落水", true},
		{"急 inside a word is not a tag", "急需修路", "", "急需修路", false},
		{"no tag", "路灯坏了", "", "路灯坏了", false},
		{"a tag glued to the matter stays in it", "调解好了又吵起来了", village.Mediation, "调解好了又吵起来了", true},
		{"urgent glued to words", "紧急情况后山冒烟", village.Emergency, "紧急情况后山冒烟", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			typ, rest, ok := ReportType(tt.args)
			if typ != tt.wantType || rest != tt.wantRest || ok != tt.wantOK {
				t.Errorf("reportType(%q) = %q, %q, %v; want %q, %q, %v", tt.args, typ, rest, ok, tt.wantType, tt.wantRest, tt.wantOK)
			}
		})
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"control characters dropped", "上报\x00\x07 路灯\x1b坏了", "上报 路灯坏了"},
		{"full-width hash folded", "查 ＃R5", "查 #R5"},
		{"ideographic space", "确认\u3000#R1", "确认 #R1"},
		{"zero-width removed", "办\u200b结 #R1", "办结 #R1"},
		{"newlines kept", "a\nb", "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestStripRefs: a command's note loses the references of the command's
// kind, and a joiner leading it after several (NoteAfterRefs), and keeps
// the model numbers and sizes a cadre writes in it.
func TestStripRefs(t *testing.T) {
	for _, tc := range []struct {
		args string
		kind byte
		want string
	}{
		{"#R1 已修好", 'R', "已修好"},
		// 都 joins the note to both numbers: each item keeps 修好了 (town91)
		{"#R1、#R2 都修好了", 'R', "修好了"},
		{"#R1#R2 都修好了", 'R', "修好了"},
		{"#R1 #R2 均已处理", 'R', "已处理"},
		{"#R1 #R2 都", 'R', "都"},
		// after one number 都 is the note's own (both parties)
		{"#R1 都同意了", 'R', "都同意了"},
		{"r3,已修好", 'R', "已修好"},
		{"#R1 换了C3型号的灯泡", 'R', "换了C3型号的灯泡"},
		{"#R1 换了AC220V的插座", 'R', "换了AC220V的插座"},
		{"#R1 换成LR6电池", 'R', "换成LR6电池"},
		{"#C2 他那天没来", 'C', "他那天没来"},
		{"#C2 和#R1说的是一回事", 'C', "和#R1说的是一回事"},
	} {
		if got := StripRefs(tc.args, tc.kind); got != tc.want {
			t.Errorf("stripRefs(%q, %c) = %q, want %q", tc.args, tc.kind, got, tc.want)
		}
	}
}

// TestMisspelt: a verb one character off, right before an item's
// reference, is suggested for that kind of item; words that are not near a
// verb taking a reference, or have no reference after them, are not.
func TestMisspelt(t *testing.T) {
	for _, tc := range []struct{ text, typed, meant string }{
		{"办节 #R1 修好了", "办节", "办结 #R1 修好了"},
		{"确仁R1", "确仁", "确认 R1"},
		{"瞒意 #R1", "瞒意", "满意 #R1"},
		{"同义 #C1 5", "同义", "同意 #C1 5"},
		{"未结决 #R2 还在漏", "未结决", "未解决 #R2 还在漏"},
		{"办结 #R1", "", ""},            // a verb itself
		{"上次 #R1 说的路灯又坏了", "", ""},    // 上报 takes no reference
		{"那个 #R1 的事 @李四 再看看", "", ""}, // no verb near
		{"办节 修好了", "", ""},            // no reference
		{"确认一下 #R1", "", ""},          // no verb of four characters near
		{"申情积分 帮邻居王奶奶挑水", "申情积分", "申请积分 帮邻居王奶奶挑水"},
		{"申请积份：扫了院子", "申请积份", "申请积分 扫了院子"},
		{"申请积分 扫了院子", "", ""}, // the verb itself
		{"申请学分", "", ""},      // nothing after it
		{"我们积分 够不够", "", ""},  // not a claim's verb
	} {
		typed, meant, ok := Misspelt(tc.text)
		if ok != (tc.meant != "") || typed != tc.typed || meant != tc.meant {
			t.Errorf("misspelt(%q) = %q, %q, %v; want %q, %q", tc.text, typed, meant, ok, tc.typed, tc.meant)
		}
	}
}

func TestBareNumber(t *testing.T) {
	for _, tc := range []struct {
		args, rest string
		n          int
	}{
		{"#3", "", 3},
		{"# 12 已联系水管站", "已联系水管站", 12},
		{"#7：换了灯泡", "换了灯泡", 7},
		{"#0 已修好", "", 0},
		{"#1234567890", "", 0}, // too long to be a reference
		{"3 已修好", "", 0},       // no #: a number in the note
		{"已修好 #3", "", 0},      // not at the start
		{"3号", "", 3},
		{"3号 下午去看", "下午去看", 3},
		{"第3件", "", 3},
		{"第 12 号：换了灯泡", "换了灯泡", 12},
		{"3天后来修", "", 0}, // a count, not a reference
		{"3号楼的灯", "", 0}, // a house number
	} {
		n, rest, ok := BareNumber(tc.args)
		if ok != (tc.n > 0) || (ok && (n != tc.n || rest != tc.rest)) {
			t.Errorf("bareNumber(%q) = %d, %q, %v; want %d, %q", tc.args, n, rest, ok, tc.n, tc.rest)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add("上报\x00 路灯")
	f.Add("\xff\xfe＃R1")
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		for _, r := range got {
			if r != '\n' && r < 0x20 {
				t.Fatalf("control character %U left in %q", r, got)
			}
		}
		if Clean(got) != got {
			t.Fatalf("clean is not idempotent on %q", s)
		}
	})
}

// misspeltPlain is misspelt without the checks that spare it the regexps.
func misspeltPlain(text string) (typed, meant string, ok bool) {
	if m := misspeltRe.FindStringSubmatch(text); m != nil {
		typed, kind := m[1], strings.ToUpper(m[2])
		return suggest(text, typed, func(v Verb) bool { return strings.Contains(TakesRef[v], kind) })
	}
	if m := misspeltClaimRe.FindStringSubmatch(text); m != nil {
		return suggest(text, m[1], func(v Verb) bool { return v == VClaim })
	}
	return "", "", false
}

var misspeltSeeds = []string{"办节 #R1 修好了", "确任 R2", "申情积分 帮王奶奶挑水", "申请学分", "我们积分 够不够", "大家早上好",
	"哈哈 收到", "今天天气不错", "申情积分：挑水", "申情积分\t挑水", "申情积分，挑水", "办节c3", "办节 l12 已退", "上报 路灯坏了", "\xff\xfe\xfd\xfc 积分"}

// misspeltAsPlain fails when misspelt answers s otherwise than
// misspeltPlain.
func misspeltAsPlain(t *testing.T, s string) {
	t.Helper()
	type answer struct {
		typed, meant string
		ok           bool
	}
	var got, want answer
	got.typed, got.meant, got.ok = Misspelt(s)
	want.typed, want.meant, want.ok = misspeltPlain(s)
	if got != want {
		t.Errorf("misspelt(%q) = %+v, want %+v", s, got, want)
	}
}

func TestMisspeltIsPlain(t *testing.T) {
	for _, s := range misspeltSeeds {
		misspeltAsPlain(t, s)
	}
}

func FuzzMisspelt(f *testing.F) {
	for _, s := range misspeltSeeds {
		f.Add(s)
	}
	f.Fuzz(misspeltAsPlain)
}

// BenchmarkMisspelt reads what a group mostly carries (the router asks
// misspelt of every text that is no command), with and without the checks
// that spare the regexps.
func BenchmarkMisspelt(b *testing.B) {
	chat := []string{"大家早上好", "村口第12根路灯不亮了", "哈哈 收到", "今天天气不错", "好的，谢谢", "[强][强]"}
	for _, bc := range []struct {
		name string
		f    func(string) (string, string, bool)
	}{{"checked", Misspelt}, {"plain", misspeltPlain}} {
		b.Run(bc.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				bc.f(chat[i%len(chat)])
				i++
			}
		})
	}
}

// FuzzLeadMatch: the words a start-anchored regular expression is
// checked to start with before it runs (leadMatch) are all it can start
// with, so the check never drops a match.
func FuzzLeadMatch(f *testing.F) {
	for _, s := range []string{"收到，确认 #R1", "好的！办结 #R2", "嗯 查 R1", "ok, 确认 R1", "都确认", "全部受理 马上安排", "一起确认",
		"统统 确认", "#R1 确认", "r2 受理了", "C1 同意 5", "l2 撤销兑换", "# 3 确认", "大家早上好", "", "\xff收到，"} {
		f.Add(s)
	}
	leads := []struct {
		name  string
		re    *regexp.Regexp
		leads []string
	}{{"courtesy", Courtesy, CourtesyLeads}, {"allLead", AllLead, AllLeads}, {"leadingRefs", LeadingRefs, RefLeads}}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range leads {
			if got, want := LeadMatch(text, c.re, c.leads), c.re.FindStringIndex(text); !slices.Equal(got, want) {
				t.Errorf("%s: leadMatch(%q) = %v, want %v", c.name, text, got, want)
			}
		}
	})
}
