package handlers

import "testing"

// TestUnmentionInSentence: a name @-ed inside a sentence, written bare at
// night, reads on without a comma ("请调解员郑十主持调解", not
// "请调解员郑十，主持调解"); one that opens a line is still an address.
func TestUnmentionInSentence(t *testing.T) {
	s := speaker{self: []string{"李四"}}
	for _, c := range []struct{ in, want string }{
		{"本人也是当事人：请调解员@郑十\u2005主持调解；", "本人也是当事人：请调解员郑十主持调解；"},
		{"已请@李四\u2005@王五\u2005在群里答复您。", "已请@李四\u2005王五在群里答复您。"},
		{"已请@王五\u2005@孙七\u2005在群里答复您。", "已请王五、孙七在群里答复您。"},
		{"#R1 已办结。\n@张三\u2005请确认", "#R1 已办结。\n张三，请确认"},
		{"：@王五\u2005请跟进", "：王五，请跟进"},
	} {
		if got := s.unmention(c.in); got != c.want {
			t.Errorf("unmention(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
