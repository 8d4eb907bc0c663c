package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
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

// TestAcceptNamesTheWorker: 「确认 #R1 王五」 — a name after the number,
// no 让/请 … 去 — takes the item on and gives it to him as 指派 does, in
// one round trip; other words after a name stay a plain 确认.
func TestAcceptNamesTheWorker(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	got := c.costs(t, 1, "确认 #R1 王五", bot.Message{Chat: grid3, From: "李四", Text: "确认 #R1 王五"})
	expect(t, "accept naming", got, grid3+": #R1 已指派给王五，现由李四、王五负责，预计")
	has(t, "accept naming", got, "@王五")
	r1 := c.reports()[0]
	if r1.Status != village.StatusAccepted || len(r1.History) != 2 {
		t.Errorf("R1 %s %+v, want one 指派 entry after its filing", r1.Status, r1.History)
	}
	expect(t, "report 2", c.say("陈二", "上报 桥上栏杆断了"), "已登记 #R2")
	expect(t, "accept naming 负责", c.say("李四", "确认 #R2 王五负责"), grid3+": #R2 已指派给王五")
	expect(t, "report 3", c.say("陈二", "上报 水沟堵了"), "已登记 #R3")
	got = c.say("李四", "确认 #R3 张三说得对")
	lacks(t, "other words", got, "指派")
}
