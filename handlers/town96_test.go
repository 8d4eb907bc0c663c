package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestNoteWithNumberAfterPlaceOrName (town96): an item's number written
// right after a place or a name (「三组R1修好了」, 「张三R2那个办好了」) is
// read as a note on it, as one after a word of when is; a model's number
// after 是 or before a thing bought by its model (「用的是 R2 手机」) is
// not, though R2 is an item.
func TestNoteWithNumberAfterPlaceOrName(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 三组水渠堵了，水漫到路上了")
	c.say("陈二", "上报 三组桥边的护栏断了")
	c.say("李四", "确认 #R1 #R2")
	steps := len(c.reports()[1].History)
	for _, text := range []string{"我用的是 R2 手机", "张三 R2 手机丢了"} {
		c.say("李四", text)
		if h := c.reports()[1].History; len(h) != steps {
			t.Errorf("李四's 「%s」 recorded on #R2: %+v", text, h[len(h)-1])
		}
	}
	noteRecorded(t, c, "李四", "三组R1修好了", 0, village.StatusResolved, "三组修好了")
	if got := strings.Join(c.say("王五", "陈二R2那个明天去焊"), "\n"); !strings.Contains(got, "#R2") || !strings.Contains(got, "陈二那个明天去焊") {
		t.Errorf("a worker's 「陈二R2那个明天去焊」: got %q, want #R2 with his words", got)
	}
}
