package handlers

import "testing"

// TestUnmention: an @ of someone but the speaker becomes his bare name,
// which still reads as an address: a comma before what follows, a 、
// between names, nothing before punctuation or the end.
func TestUnmention(t *testing.T) {
	s := speaker{self: []string{"张三"}}
	for _, c := range []struct{ in, want string }{
		{"@李四\u2005张三就 #R1 又问", "李四，张三就 #R1 又问"},
		{"@李四\u2005@王五\u2005请继续处理", "李四、王五，请继续处理"},
		{"#R1 已办结。\n@张三\u2005请确认", "#R1 已办结。\n@张三\u2005请确认"},
		{"@李四\u2005@张三\u2005请看", "李四、@张三\u2005请看"},
		{"请找@李四\u2005。", "请找李四。"},
		{"请找@李四\u2005", "请找李四"},
		{"没有提到谁", "没有提到谁"},
	} {
		if got := s.unmention(c.in); got != c.want {
			t.Errorf("unmention(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
