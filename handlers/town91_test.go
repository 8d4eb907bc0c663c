package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestNoteOnSeveralLosesItsJoiner (town91): a handler's words after two
// numbers, 「#R1 #R2 都联系了水利站」 typed or plain, are kept on each item
// as 「联系了水利站」 (words.NoteAfterRefs): the 都 joined them to both
// numbers and read odd in 查 and the office's lines of one item. After one
// number it is the note's own and stays.
func TestNoteOnSeveralLosesItsJoiner(t *testing.T) {
	for _, text := range []string{"进展 #R1 #R2 都联系了水利站", "#R1 #R2 都联系了水利站"} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 村口水渠堵了")
		c.say("张三", "上报 桥边水渠也堵了")
		c.say("李四", "确认 #R1 #R2")
		c.say("李四", text)
		if !strings.HasPrefix(text, "进展") {
			c.say("李四", "1") // a plain note may be offered first
		}
		for _, r := range c.reports() {
			last := r.History[len(r.History)-1]
			if last.Note != "联系了水利站" {
				t.Errorf("%s: #%s's last step %+v, want the note 联系了水利站", text, r.ID, last)
			}
		}
		if got := strings.Join(c.say("李四", "查 #R1"), "\n"); !strings.Contains(got, "联系了水利站") || strings.Contains(got, "都联系了") {
			t.Errorf("%s: 查 #R1 reads\n%s", text, got)
		}
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 两家为地界吵起来了")
	c.say("李四", "确认 #R1")
	c.say("李四", "进展 #R1 都同意了明天签字")
	rep := c.reports()[0]
	if last := rep.History[len(rep.History)-1]; last.Note != "都同意了明天签字" {
		t.Errorf("one number: the last step %+v, want its 都 kept", last)
	}
}
