package handlers

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"gridbot/handlers/words"
	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		wantOK   bool
		wantVerb words.Verb
		wantArgs string
		wantRefs []village.Ref
	}{
		{"report with space", "上报 村口路灯不亮了", true, words.VReport, "村口路灯不亮了", nil},
		{"report glued", "上报村口路灯不亮了", true, words.VReport, "村口路灯不亮了", nil},
		{"report with colon", "报事：水渠堵了", true, words.VReport, "水渠堵了", nil},
		{"escalate wins over report", "上报镇 #R5 双方分歧大", true, words.VEscalate, "#R5 双方分歧大", []village.Ref{{Kind: 'R', N: 5}}},
		{"accept bare ref", "确认 R12", true, words.VAccept, "R12", []village.Ref{{Kind: 'R', N: 12}}},
		{"accept lower-case ref glued", "确认r7", true, words.VAccept, "r7", []village.Ref{{Kind: 'R', N: 7}}},
		{"accept synonym", "受理 #R3", true, words.VAccept, "#R3", []village.Ref{{Kind: 'R', N: 3}}},
		{"assign with mention", "指派 #R1 @王五", true, words.VAssign, "#R1 @王五", []village.Ref{{Kind: 'R', N: 1}}},
		{"resolve with note", "办结 #R1 灯泡已换好", true, words.VResolve, "#R1 灯泡已换好", []village.Ref{{Kind: 'R', N: 1}}},
		{"reopen", "未解决 #R1 又灭了", true, words.VReopen, "#R1 又灭了", []village.Ref{{Kind: 'R', N: 1}}},
		{"not satisfied synonym", "不满意 #R2", true, words.VReopen, "#R2", []village.Ref{{Kind: 'R', N: 2}}},
		{"duplicate two refs", "重复 #R6 #R1", true, words.VDuplicate, "#R6 #R1", []village.Ref{{Kind: 'R', N: 6}, {Kind: 'R', N: 1}}},
		{"query", "查 #R4", true, words.VQuery, "#R4", []village.Ref{{Kind: 'R', N: 4}}},
		{"query alone", "查", true, words.VQuery, "", nil},
		{"todo", "待办", true, words.VTodo, "", nil},
		{"todo page glued", "待办2", true, words.VTodo, "2", nil},
		{"todo page written out glued", "待办第2页", true, words.VTodo, "第2页", nil},
		{"todo words glued are speech", "待办事项太多了", false, "", "", nil},
		{"todo with a space", "待 办", true, words.VTodo, "", nil},
		{"todo asked for", "帮我看看待办", true, words.VTodo, "", nil},
		{"his todo asked for", "查一下我的待办", true, words.VTodo, "", nil},
		{"todo asked after", "待办呢", true, words.VTodo, "", nil},
		{"todo talked about", "待办的事明天再说", false, "", "", nil},
		{"ranking year glued", "积分排行2025年", true, words.VRanking, "2025年", nil},
		{"help", "帮助", true, words.VHelp, "", nil},
		{"help english", "HELP", true, words.VHelp, "", nil},
		{"query word inside a sentence", "查水表的来了", false, "", "", nil},
		{"confirm inside a sentence", "确认一下明天停不停电", false, "", "", nil},
		{"reflect glued is speech", "反映了好几次都没人管", false, "", "", nil},
		{"courtesy before a command", "收到，确认 #R1", true, words.VAccept, "#R1", []village.Ref{{Kind: 'R', N: 1}}},
		{"courtesy before a resolve", "好的！办结 #R2 已修好", true, words.VResolve, "#R2 已修好", []village.Ref{{Kind: 'R', N: 2}}},
		{"courtesy before speech", "收到，马上去看看", true, words.VAck, "马上去看看", nil},
		{"courtesy before a notice", "收到，通知 已转发", true, words.VAck, "通知 已转发", nil},
		{"courtesy alone is an ack", "收到，谢谢", true, words.VAck, "", nil},
		{"satisfied with a particle", "满意了", true, words.VConfirm, "", nil},
		{"satisfied, very", "非常满意👍", true, words.VConfirm, "", nil},
		{"satisfied twice, thanks", "满意满意，谢谢了", true, words.VConfirm, "", nil},
		{"satisfied asked", "满意吗？", false, "", "", nil},
		{"satisfaction survey is speech", "满意度调查几号截止", false, "", "", nil},
		{"not satisfied stays a reopen", "很不满意", false, "", "", nil},
		{"query, glued as people say it", "查一下R1", true, words.VQuery, "R1", []village.Ref{{Kind: 'R', N: 1}}},
		{"query twice", "查查 #R2", true, words.VQuery, "#R2", []village.Ref{{Kind: 'R', N: 2}}},
		{"query a moment is speech", "查一下明天停不停电", false, "", "", nil},
		{"ranking board", "积分排行榜", true, words.VRanking, "", nil},
		{"chit-chat", "大家早上好", false, "", "", nil},
		{"empty", "", false, "", "", nil},
		{"reference before the verb", "R1 确认", true, words.VAccept, "R1", []village.Ref{{Kind: 'R', N: 1}}},
		{"reference glued to 已办结", "#R2已办结 换了灯泡", true, words.VResolve, "#R2 换了灯泡", []village.Ref{{Kind: 'R', N: 2}}},
		{"reference, 已 and a verb without it", "R3 已处理，修好了", true, words.VResolve, "R3 修好了", []village.Ref{{Kind: 'R', N: 3}}},
		{"reference, verb and 了", "r2 受理了，下午去调解", true, words.VAccept, "r2 下午去调解", []village.Ref{{Kind: 'R', N: 2}}},
		{"claim reference before the verb", "C1 同意 5", true, words.VApprove, "C1 5", []village.Ref{{Kind: 'C', N: 1}}},
		{"several references before the verb", "R1、R2 查", true, words.VQuery, "R1、R2", []village.Ref{{Kind: 'R', N: 1}, {Kind: 'R', N: 2}}},
		{"reference before an assignment glued to the name", "R1 指派给王五", true, words.VAssign, "R1 给王五", []village.Ref{{Kind: 'R', N: 1}}},
		{"reference before 交给", "R2 交给王五", true, words.VAssign, "R2 王五", []village.Ref{{Kind: 'R', N: 2}}},
		{"reference before a question", "R1 办结了吗", false, "", "", nil},
		{"reference before a question mark", "R1 确认？", false, "", "", nil},
		{"reference before a new report", "R1 上报 路灯坏了", false, "", "", nil},
		{"reference before a word that starts like a verb", "R1 查了半天没人管", false, "", "", nil},
		{"model number before speech", "R1234567890 确认", false, "", "", nil},
		{"two items said to be one matter", "R2跟R1是一个事", true, words.VDuplicate, "R2 R1", []village.Ref{{Kind: 'R', N: 2}, {Kind: 'R', N: 1}}},
		{"one matter, with 同一件事", "#R3 和 #R2 是同一件事了", true, words.VDuplicate, "#R3 #R2", []village.Ref{{Kind: 'R', N: 3}, {Kind: 'R', N: 2}}},
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

func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{"上报 路灯坏了", "确认 #R1", "重复 #R6 #R1", "指派 #R1 @王五", "查", "上报镇r99999999999", "办结#R0", "\x00确认", "进展 #3 已联系", "办结#12", "确认 第二件", "确认 3号 下午去", "确认 第12件", "办节 #R1 修好了", "同义C2", "R1 确认", "#R2已办结 换了灯泡", "C1、C2 同意 5", "红旗村待办", "青山村 三组的待办 第2页", "全镇待办", "确认 #0", "查 R00000000001", "同意 ＃c0 5"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		s = words.Clean(s)
		if typed, meant, ok := words.Misspelt(s); ok && (!strings.HasPrefix(s, typed) || utf8.ValidString(s) && !utf8.ValidString(meant)) {
			t.Fatalf("misspelt(%q) = %q, %q", s, typed, meant)
		}
		cmd, ok := parseCommand(s)
		if !ok {
			return
		}
		if _, known := words.Synonyms[cmd.word]; !known {
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
			if utf8.ValidString(s) && !utf8.ValidString(words.StripRefs(cmd.args, kind)) {
				t.Fatalf("stripRefs made invalid UTF-8 from %q", cmd.args)
			}
		}
		if n, rest, ok := words.BareNumber(cmd.args); ok {
			if n <= 0 || !strings.HasSuffix(cmd.args, rest) || len(rest) >= len(cmd.args) {
				t.Fatalf("bareNumber(%q) = %d, %q", cmd.args, n, rest)
			}
			if utf8.ValidString(cmd.args) && !utf8.ValidString(rest) {
				t.Fatalf("bareNumber made invalid UTF-8 from %q", cmd.args)
			}
		}
		if kind, id, ok := deadRef(cmd); ok {
			// a reference no item has, never one FindRefs reads
			if len(cmd.refs) > 0 || !strings.Contains(words.TakesRef[cmd.verb], string(kind)) && !strings.ContainsRune("RC", rune(kind)) ||
				id[0] != kind || strings.Trim(id[1:], "0123456789") != "" || len(id) < 2 || len(id) <= 10 && strings.Trim(id[1:], "0") != "" {
				t.Fatalf("deadRef(%q) = %c, %q", cmd.args, kind, id)
			}
		}
		if n, rest, ok := words.Ordinal(cmd.args); ok && (n <= 0 || n > 99 || !strings.HasSuffix(cmd.args, rest) || len(rest) >= len(cmd.args)) {
			t.Fatalf("ordinal(%q) = %d, %q", cmd.args, n, rest)
		}
	})
}

func BenchmarkParseCommand(b *testing.B) {
	texts := []string{"上报 村口路灯不亮了", "确认 #R12", "大家早上好", "办结 #R3 已修好", "查水表的来了"}
	for i := 0; b.Loop(); i++ {
		parseCommand(texts[i%len(texts)])
	}
}
