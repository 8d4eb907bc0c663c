package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestNoteWithNumberMidway (town92): a cadre's words with an item's number
// inside them, not at their head, are read as the same words after the
// number (words.RefsMidway): the handler's 「水利站挖机来了，#R1 水渠疏通好了」
// is #R1's 办结, a worker's 「李四说 #R1 那边明天去看」 its 进展 as
// 「#R1 李四说…」 would be; a question with the number stays a question.
func TestNoteWithNumberMidway(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 三组水渠堵了，水漫到路上了")
	c.say("李四", "确认 #R1")
	if got := strings.Join(c.say("王五", "李四说 #R1 那边明天去看"), "\n"); !strings.Contains(got, "#R1") || !strings.Contains(got, "李四说那边明天去看") {
		t.Errorf("another cadre's note midway: got %q, want #R1 with his words", got)
	}
	steps := len(c.reports()[0].History)
	c.say("李四", "王五，#R1 那边疏通了没有？")
	if h := c.reports()[0].History; len(h) != steps {
		t.Errorf("a question midway recorded %+v", h[len(h)-1])
	}
	noteRecorded(t, c, "李四", "水利站挖机来了，#R1 水渠疏通好了", 0, village.StatusResolved, "水利站挖机来了，水渠疏通好了")
}
