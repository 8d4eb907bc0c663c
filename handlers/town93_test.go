package handlers_test

import (
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
	if got := strings.Join(c.say("李四", "今天R1修好了"), "\n"); !strings.Contains(got, "#R1") {
		t.Errorf("the handler's 「今天R1修好了」: got %q, want #R1's 办结", got)
	}
	rep := c.reports()[0]
	if rep.Status != village.StatusResolved || rep.History[len(rep.History)-1].Note != "今天修好了" {
		t.Errorf("「今天R1修好了」: #R1 %s, last step %+v; want 办结 with his words", rep.Status, rep.History[len(rep.History)-1])
	}
	if got := strings.Join(c.say("王五", "刚才#R2那边去看了 明天修"), "\n"); !strings.Contains(got, "#R2") || !strings.Contains(got, "刚才那边去看了") {
		t.Errorf("a worker's 「刚才#R2那边去看了」: got %q, want #R2 with his words", got)
	}
}
