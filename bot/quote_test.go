package bot

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"gridbot/internal/fuzzseed"
)

func TestParseQuote(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		wantQuote Quote
		wantReply string
		wantOK    bool
	}{
		{"plain text", "村口路灯不亮了", Quote{}, "村口路灯不亮了", false},
		{"leader confirms", "「网格小助手：已登记 #R5（一般事项）」\n- - - - - - - - - - - - - - -\n确认",
			Quote{Name: "网格小助手", Text: "已登记 #R5（一般事项）"}, "确认", true},
		{"multi-line quote", "「网格小助手：已登记 #R5\n请网格长受理」\n- - - - - - - - - - - - - - -\n办结 已修好",
			Quote{Name: "网格小助手", Text: "已登记 #R5\n请网格长受理"}, "办结 已修好", true},
		{"quote containing a bracket line", "「张三：我说」\n不是分隔线\n还在引用」\n- - - - -\n收到",
			Quote{Name: "张三", Text: "我说」\n不是分隔线\n还在引用"}, "收到", true},
		{"ascii colon", "「李四:好的」\n- - - - - - - -\n嗯", Quote{Name: "李四", Text: "好的"}, "嗯", true},
		{"no separator", "「网格小助手：已登记」\n确认", Quote{}, "「网格小助手：已登记」\n确认", false},
		{"unterminated", "「网格小助手：已登记", Quote{}, "「网格小助手：已登记", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, reply, ok := ParseQuote(tt.text)
			if diff := cmp.Diff(q, tt.wantQuote); diff != "" {
				t.Errorf("quote (-got +want):\n%s", diff)
			}
			if reply != tt.wantReply || ok != tt.wantOK {
				t.Errorf("reply, ok = %q, %v; want %q, %v", reply, ok, tt.wantReply, tt.wantOK)
			}
		})
	}
}

func FuzzParseQuote(f *testing.F) {
	f.Add("「网格小助手：已登记 #R5」\n- - - - - - - - - - - - - - -\n确认")
	f.Add("「」\n-\n")
	f.Add("「a：b」\n- - -\n」\n- - -\nc")
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		q, reply, ok := ParseQuote(s)
		if !ok && reply != s {
			t.Fatalf("not a quote but reply changed: %q", reply)
		}
		if ok && len(q.Name)+len(q.Text)+len(reply) > len(s) {
			t.Fatalf("parts longer than input")
		}
		// the parts are taken from the text: the reply is its end, the
		// quote's name stops at the first colon
		if ok && (!strings.Contains(s, q.Name) || !strings.Contains(s, q.Text) || strings.Contains(q.Name, "：") ||
			!strings.HasSuffix(strings.TrimRightFunc(s, unicode.IsSpace), reply)) {
			t.Fatalf("ParseQuote(%q) = %+v, %q: not parts of the text", s, q, reply)
		}
	})
}
