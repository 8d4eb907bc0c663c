package handlers

import "testing"

// TestFiledText (town98): a paragraph of the 【超期上报】 gives its item's
// words from the head line (「…#R1（一般事项）：村口路灯坏了」), and from
// the 内容 line of a post made before it was short; the header and the
// commands give none.
func TestFiledText(t *testing.T) {
	for _, c := range []struct {
		block, want string
		ok          bool
	}{
		{"1. 青山村三组 #R1（一般事项）：村口路灯坏了\n张三3月1日反映，期限昨天09:30，超期1天没办结\n负责：李四（13900000004）", "村口路灯坏了", true},
		{"1. 青山村三组 #R1（一般事项）\n内容：村口路灯坏了\n报告人：张三，3月1日；负责人：李四", "村口路灯坏了", true},
		{"【超期上报】这次有 2 件超期事项村级备案并上报到镇，逐件列在下面：", "", false},
		{"请哪位同事接手回复「确认 #编号」，几件一起写也行，如「确认 #R1 #R2」", "", false},
	} {
		if got, ok := filedText(c.block); got != c.want || ok != c.ok {
			t.Errorf("filedText(%q) = %q %v, want %q %v", c.block, got, ok, c.want, c.ok)
		}
	}
}
