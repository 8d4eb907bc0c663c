package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestOfficerAsksWithVillageRef: an officer's 「问 青山村#R1 …」, 「问 #R1 …」
// or 「青山村#R1 …？」 in the office's chat is the township's question
// about the item (镇里问), never a new report nor an emergency.
func TestOfficerAsksWithVillageRef(t *testing.T) {
	for i, text := range []string{"问 青山村#R1 护坡塌了多大", "问 #R1 护坡塌了多大", "青山村#R1 护坡塌了多大？", "问青山村#R1 护坡塌了多大"} {
		t.Run(string(rune('a'+i)), func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.upToTownship("张三", "上报 后山护坡塌了 路边一大块", "#R1", "村里处理不了")
			got := c.in(officeChat, "孙七", text)
			has(t, "asked", got, "护坡塌了多大")
			lacks(t, "asked", got, "#R2")
			lacks(t, "asked", got, "突发事件")
			if n := len(c.reports()); n != 1 {
				t.Fatalf("%s: %d items, want 1: %v", text, n, got)
			}
			if ask, ok := c.reports()[0].OpenAsk(); !ok || ask.By != "孙七" {
				t.Errorf("%s: no question on the item: %+v %v; got %v", text, ask, ok, got)
			}
		})
	}
}
