package handlers_test

import (
	"fmt"
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestNoteWithNumberUnbroken (town93): an item's number inside a cadre's
// words with no break before it is read as town92's set-off one is, after
// a word of when or telling (「今天R1修好了」) or written with #
// (「刚才#R2那边去看了」); a model's name with an item's number in it
// (「买了个R2手机」) names no item, though R2 is one.
func TestNoteWithNumberUnbroken(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 三组水渠堵了，水漫到路上了")
	c.say("陈二", "上报 三组桥边的护栏断了")
	c.say("李四", "确认 #R1 #R2")
	steps := len(c.reports()[1].History)
	c.say("李四", "买了个R2手机 挺好用")
	if h := c.reports()[1].History; len(h) != steps {
		t.Errorf("a phone's model recorded on #R2: %+v", h[len(h)-1])
	}
	noteRecorded(t, c, "李四", "今天R1修好了", 0, village.StatusResolved, "今天修好了")
	if got := strings.Join(c.say("王五", "刚才#R2那边去看了 明天修"), "\n"); !strings.Contains(got, "#R2") || !strings.Contains(got, "刚才那边去看了") {
		t.Errorf("a worker's 「刚才#R2那边去看了」: got %q, want #R2 with his words", got)
	}
}

// noteRecorded says text from who, a note on the i-th report, and checks
// the reply names it and the report's last step is status with note.
func noteRecorded(t *testing.T, c *chat, who, text string, i int, status village.Status, note string) {
	t.Helper()
	ref := fmt.Sprintf("#R%d", i+1)
	if got := strings.Join(c.say(who, text), "\n"); !strings.Contains(got, ref) {
		t.Errorf("%s's 「%s」: got %q, want %s named", who, text, got, ref)
	}
	rep := c.reports()[i]
	if last := rep.History[len(rep.History)-1]; rep.Status != status || last.Note != note {
		t.Errorf("%s's 「%s」: %s %s, last step %+v; want %s with 「%s」", who, text, ref, rep.Status, last, status, note)
	}
}
