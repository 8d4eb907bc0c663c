package handlers

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		wantOK   bool
		wantVerb verb
		wantArgs string
		wantRefs []village.Ref
	}{
		{"report with space", "上报 村口路灯不亮了", true, vReport, "村口路灯不亮了", nil},
		{"report glued", "上报村口路灯不亮了", true, vReport, "村口路灯不亮了", nil},
		{"report with colon", "报事：水渠堵了", true, vReport, "水渠堵了", nil},
		{"escalate wins over report", "上报镇 #R5 双方分歧大", true, vEscalate, "#R5 双方分歧大", []village.Ref{{Kind: 'R', N: 5}}},
		{"accept bare ref", "确认 R12", true, vAccept, "R12", []village.Ref{{Kind: 'R', N: 12}}},
		{"accept lower-case ref glued", "确认r7", true, vAccept, "r7", []village.Ref{{Kind: 'R', N: 7}}},
		{"accept synonym", "受理 #R3", true, vAccept, "#R3", []village.Ref{{Kind: 'R', N: 3}}},
		{"assign with mention", "指派 #R1 @王五", true, vAssign, "#R1 @王五", []village.Ref{{Kind: 'R', N: 1}}},
		{"resolve with note", "办结 #R1 灯泡已换好", true, vResolve, "#R1 灯泡已换好", []village.Ref{{Kind: 'R', N: 1}}},
		{"reopen", "未解决 #R1 又灭了", true, vReopen, "#R1 又灭了", []village.Ref{{Kind: 'R', N: 1}}},
		{"not satisfied synonym", "不满意 #R2", true, vReopen, "#R2", []village.Ref{{Kind: 'R', N: 2}}},
		{"duplicate two refs", "重复 #R6 #R1", true, vDuplicate, "#R6 #R1", []village.Ref{{Kind: 'R', N: 6}, {Kind: 'R', N: 1}}},
		{"query", "查 #R4", true, vQuery, "#R4", []village.Ref{{Kind: 'R', N: 4}}},
		{"query alone", "查", true, vQuery, "", nil},
		{"todo", "待办", true, vTodo, "", nil},
		{"todo page glued", "待办2", true, vTodo, "2", nil},
		{"todo page written out glued", "待办第2页", true, vTodo, "第2页", nil},
		{"todo words glued are speech", "待办事项太多了", false, "", "", nil},
		{"todo with a space", "待 办", true, vTodo, "", nil},
		{"todo asked for", "帮我看看待办", true, vTodo, "", nil},
		{"his todo asked for", "查一下我的待办", true, vTodo, "", nil},
		{"todo asked after", "待办呢", true, vTodo, "", nil},
		{"todo talked about", "待办的事明天再说", false, "", "", nil},
		{"ranking year glued", "积分排行2025年", true, vRanking, "2025年", nil},
		{"help", "帮助", true, vHelp, "", nil},
		{"help english", "HELP", true, vHelp, "", nil},
		{"query word inside a sentence", "查水表的来了", false, "", "", nil},
		{"confirm inside a sentence", "确认一下明天停不停电", false, "", "", nil},
		{"reflect glued is speech", "反映了好几次都没人管", false, "", "", nil},
		{"courtesy before a command", "收到，确认 #R1", true, vAccept, "#R1", []village.Ref{{Kind: 'R', N: 1}}},
		{"courtesy before a resolve", "好的！办结 #R2 已修好", true, vResolve, "#R2 已修好", []village.Ref{{Kind: 'R', N: 2}}},
		{"courtesy before speech", "收到，马上去看看", true, vAck, "马上去看看", nil},
		{"courtesy before a notice", "收到，通知 已转发", true, vAck, "通知 已转发", nil},
		{"courtesy alone is an ack", "收到，谢谢", true, vAck, "", nil},
		{"satisfied with a particle", "满意了", true, vConfirm, "", nil},
		{"satisfied, very", "非常满意👍", true, vConfirm, "", nil},
		{"satisfied twice, thanks", "满意满意，谢谢了", true, vConfirm, "", nil},
		{"satisfied asked", "满意吗？", false, "", "", nil},
		{"satisfaction survey is speech", "满意度调查几号截止", false, "", "", nil},
		{"not satisfied stays a reopen", "很不满意", false, "", "", nil},
		{"query, glued as people say it", "查一下R1", true, vQuery, "R1", []village.Ref{{Kind: 'R', N: 1}}},
		{"query twice", "查查 #R2", true, vQuery, "#R2", []village.Ref{{Kind: 'R', N: 2}}},
		{"query a moment is speech", "查一下明天停不停电", false, "", "", nil},
		{"ranking board", "积分排行榜", true, vRanking, "", nil},
		{"chit-chat", "大家早上好", false, "", "", nil},
		{"empty", "", false, "", "", nil},
		{"reference before the verb", "R1 确认", true, vAccept, "R1", []village.Ref{{Kind: 'R', N: 1}}},
		{"reference glued to 已办结", "#R2已办结 换了灯泡", true, vResolve, "#R2 换了灯泡", []village.Ref{{Kind: 'R', N: 2}}},
		{"reference, 已 and a verb without it", "R3 已处理，修好了", true, vResolve, "R3 修好了", []village.Ref{{Kind: 'R', N: 3}}},
		{"reference, verb and 了", "r2 受理了，下午去调解", true, vAccept, "r2 下午去调解", []village.Ref{{Kind: 'R', N: 2}}},
		{"claim reference before the verb", "C1 同意 5", true, vApprove, "C1 5", []village.Ref{{Kind: 'C', N: 1}}},
		{"several references before the verb", "R1、R2 查", true, vQuery, "R1、R2", []village.Ref{{Kind: 'R', N: 1}, {Kind: 'R', N: 2}}},
		{"reference before an assignment glued to the name", "R1 指派给王五", true, vAssign, "R1 给王五", []village.Ref{{Kind: 'R', N: 1}}},
		{"reference before 交给", "R2 交给王五", true, vAssign, "R2 王五", []village.Ref{{Kind: 'R', N: 2}}},
		{"reference before a question", "R1 办结了吗", false, "", "", nil},
		{"reference before a question mark", "R1 确认？", false, "", "", nil},
		{"reference before a new report", "R1 上报 路灯坏了", false, "", "", nil},
		{"reference before a word that starts like a verb", "R1 查了半天没人管", false, "", "", nil},
		{"model number before speech", "R1234567890 确认", false, "", "", nil},
		{"two items said to be one matter", "R2跟R1是一个事", true, vDuplicate, "R2 R1", []village.Ref{{Kind: 'R', N: 2}, {Kind: 'R', N: 1}}},
		{"one matter, with 同一件事", "#R3 和 #R2 是同一件事了", true, vDuplicate, "#R3 #R2", []village.Ref{{Kind: 'R', N: 3}, {Kind: 'R', N: 2}}},
		{"one matter asked", "R2跟R1是一个事吗", false, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseCommand(tt.text)
			if ok != tt.wantOK {
				t.Fatalf("parseCommand(%q) ok = %v, want %v", tt.text, ok, tt.wantOK)
			}
			if !ok {
				return
			}
			if got.verb != tt.wantVerb || got.args != tt.wantArgs {
				t.Errorf("verb, args = %q, %q; want %q, %q", got.verb, got.args, tt.wantVerb, tt.wantArgs)
			}
			if diff := cmp.Diff(got.refs, tt.wantRefs); diff != "" {
				t.Errorf("refs (-got +want):\n%s", diff)
			}
		})
	}
}

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
			typ, rest, ok := reportType(tt.args)
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
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{"上报 路灯坏了", "确认 #R1", "重复 #R6 #R1", "指派 #R1 @王五", "查", "上报镇r99999999999", "办结#R0", "\x00确认", "进展 #3 已联系", "办结#12", "确认 第二件", "确认 3号 下午去", "确认 第12件", "办节 #R1 修好了", "同义C2", "R1 确认", "#R2已办结 换了灯泡", "C1、C2 同意 5", "红旗村待办", "青山村 三组的待办 第2页", "全镇待办", "确认 #0", "查 R00000000001", "同意 ＃c0 5"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		s = clean(s)
		if typed, meant, ok := misspelt(s); ok && (!strings.HasPrefix(s, typed) || utf8.ValidString(s) && !utf8.ValidString(meant)) {
			t.Fatalf("misspelt(%q) = %q, %q", s, typed, meant)
		}
		cmd, ok := parseCommand(s)
		if !ok {
			return
		}
		if _, known := synonyms[cmd.word]; !known {
			t.Fatalf("verb word %q is not a synonym", cmd.word)
		}
		for _, part := range strings.Fields(cmd.args) {
			if !strings.Contains(s, part) || !cmd.reordered && !strings.Contains(s, cmd.args) {
				t.Fatalf("args %q not taken from %q", cmd.args, s)
			}
		}
		for _, r := range cmd.refs {
			if r.N <= 0 || (r.Kind != 'R' && r.Kind != 'C') {
				t.Fatalf("bad ref %+v from %q", r, s)
			}
		}
		for _, kind := range []byte{'R', 'C'} {
			if utf8.ValidString(s) && !utf8.ValidString(stripRefs(cmd.args, kind)) {
				t.Fatalf("stripRefs made invalid UTF-8 from %q", cmd.args)
			}
		}
		if n, rest, ok := bareNumber(cmd.args); ok {
			if n <= 0 || !strings.HasSuffix(cmd.args, rest) || len(rest) >= len(cmd.args) {
				t.Fatalf("bareNumber(%q) = %d, %q", cmd.args, n, rest)
			}
			if utf8.ValidString(cmd.args) && !utf8.ValidString(rest) {
				t.Fatalf("bareNumber made invalid UTF-8 from %q", cmd.args)
			}
		}
		if kind, id, ok := deadRef(cmd); ok {
			// a reference no item has, never one FindRefs reads
			if len(cmd.refs) > 0 || !strings.Contains(takesRef[cmd.verb], string(kind)) && !strings.ContainsRune("RC", rune(kind)) ||
				id[0] != kind || strings.Trim(id[1:], "0123456789") != "" || len(id) < 2 || len(id) <= 10 && strings.Trim(id[1:], "0") != "" {
				t.Fatalf("deadRef(%q) = %c, %q", cmd.args, kind, id)
			}
		}
		if n, rest, ok := ordinal(cmd.args); ok && (n <= 0 || n > 99 || !strings.HasSuffix(cmd.args, rest) || len(rest) >= len(cmd.args)) {
			t.Fatalf("ordinal(%q) = %d, %q", cmd.args, n, rest)
		}
	})
}

// TestStripRefs: a command's note loses the references of the command's
// kind, and keeps the model numbers and sizes a cadre writes in it.
func TestStripRefs(t *testing.T) {
	for _, tc := range []struct {
		args string
		kind byte
		want string
	}{
		{"#R1 已修好", 'R', "已修好"},
		{"#R1、#R2 都修好了", 'R', "都修好了"},
		{"#R1#R2 都修好了", 'R', "都修好了"},
		{"r3,已修好", 'R', "已修好"},
		{"#R1 换了C3型号的灯泡", 'R', "换了C3型号的灯泡"},
		{"#R1 换了AC220V的插座", 'R', "换了AC220V的插座"},
		{"#R1 换成LR6电池", 'R', "换成LR6电池"},
		{"#C2 他那天没来", 'C', "他那天没来"},
		{"#C2 和#R1说的是一回事", 'C', "和#R1说的是一回事"},
	} {
		if got := stripRefs(tc.args, tc.kind); got != tc.want {
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
		typed, meant, ok := misspelt(tc.text)
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
		n, rest, ok := bareNumber(tc.args)
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
		got := clean(s)
		for _, r := range got {
			if r != '\n' && r < 0x20 {
				t.Fatalf("control character %U left in %q", r, got)
			}
		}
		if clean(got) != got {
			t.Fatalf("clean is not idempotent on %q", s)
		}
	})
}

func BenchmarkParseCommand(b *testing.B) {
	texts := []string{"上报 村口路灯不亮了", "确认 #R12", "大家早上好", "办结 #R3 已修好", "查水表的来了"}
	for i := 0; b.Loop(); i++ {
		parseCommand(texts[i%len(texts)])
	}
}

// misspeltPlain is misspelt without the checks that spare it the regexps.
func misspeltPlain(text string) (typed, meant string, ok bool) {
	if m := misspeltRe.FindStringSubmatch(text); m != nil {
		typed, kind := m[1], strings.ToUpper(m[2])
		return suggest(text, typed, func(v verb) bool { return strings.Contains(takesRef[v], kind) })
	}
	if m := misspeltClaimRe.FindStringSubmatch(text); m != nil {
		return suggest(text, m[1], func(v verb) bool { return v == vClaim })
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
	got.typed, got.meant, got.ok = misspelt(s)
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
	}{{"checked", misspelt}, {"plain", misspeltPlain}} {
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
	}{{"courtesy", courtesy, courtesyLeads}, {"allLead", allLead, allLeads}, {"leadingRefs", leadingRefs, refLeads}}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range leads {
			if got, want := leadMatch(text, c.re, c.leads), c.re.FindStringIndex(text); !slices.Equal(got, want) {
				t.Errorf("%s: leadMatch(%q) = %v, want %v", c.name, text, got, want)
			}
		}
	})
}
