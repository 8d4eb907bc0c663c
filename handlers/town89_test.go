package handlers_test

import "testing"

// TestOfficerPlainNoteTwoVillagesJoined (town89): an officer's plain words
// on the same number of two villages joined by 跟/与/还有, or with 「村的」,
// are offered as the note of both, as town82's 「青山村 #R2 石桥村 #R2 …」
// is. Before, 「跟 石桥村 #R2 都联系了水利站」 was the note of 青山村's alone,
// and 「青山村的 #R2 石桥村的 #R2 …」 got no answer at all.
func TestOfficerPlainNoteTwoVillagesJoined(t *testing.T) {
	for _, text := range []string{
		"青山村 #R2 跟 石桥村 #R2 都联系了水利站",
		"青山村 #R2 还有石桥村 #R2 都联系了水利站",
		"青山村的 #R2 石桥村的 #R2 都联系了水利站",
	} {
		c := twoVillagesUp(t)
		got := c.inSQ(officeChat, "孙七", text)
		has(t, text, got, "要把「联系了水利站」记到 青山村 #R2 石桥村 #R2 上吗")
	}
	c := twoVillagesUp(t)
	has(t, "one village's", c.inSQ(officeChat, "孙七", "石桥村的 #R1 联系了水利站"), "记到 石桥村 #R1 上吗")
}
