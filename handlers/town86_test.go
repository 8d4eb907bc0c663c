package handlers_test

import (
	"strings"
	"testing"
)

// TestTownshipTwoVillagesOneReply (town86): the office's 「进展 青山村 #R1
// 石桥村 #R1 已联系」 and 「确认 石桥村 #R2 青山村 #R2」 are answered in the
// office with one reply naming both items in the order he wrote them;
// before, each village's item got a reply of its own, the second-named
// village's first (each scope's outbox on its own).
func TestTownshipTwoVillagesOneReply(t *testing.T) {
	c := twoVillagesUp(t)
	c.say("李四", "上报镇 #R1 要供电所来修")
	for _, tc := range []struct{ text, first, second string }{
		{"进展 青山村 #R1 石桥村 #R1 已联系", "青山村 #R1", "石桥村 #R1"},
		{"确认 石桥村 #R2 青山村 #R2", "石桥村 #R2", "青山村 #R2"},
	} {
		var office []string
		for _, o := range c.inSQ(officeChat, "孙七", tc.text) {
			if strings.HasPrefix(o, officeChat+": ") {
				office = append(office, o)
			}
		}
		if len(office) != 1 {
			t.Errorf("%s: %d office replies, want 1:\n%s", tc.text, len(office), strings.Join(office, "\n"))
			continue
		}
		i, j := strings.Index(office[0], tc.first), strings.Index(office[0], tc.second)
		if i < 0 || j < 0 || i > j {
			t.Errorf("%s: want %s then %s:\n%s", tc.text, tc.first, tc.second, office[0])
		}
	}
}
