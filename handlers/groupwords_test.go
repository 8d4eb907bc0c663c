package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// fourFiled files four reports in the chat (R1-R4), each by a villager.
func fourFiled(t *testing.T, c *chat) {
	t.Helper()
	for i, m := range []struct{ from, text string }{
		{"张三", "上报 村口路灯不亮了"},
		{"陈二", "上报 后山垃圾堆没人清"},
		{"张三", "上报 村西水管漏水"},
		{"陈二", "上报 小桥栏杆坏了两块"},
	} {
		has(t, "report", c.say(m.from, m.text), "已登记 #R"+string(rune('1'+i)))
	}
}

// TestBatchRefusalSaidOnce: a villager's 确认 of four items is refused
// once, naming the four, not four times in one reply.
func TestBatchRefusalSaidOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fourFiled(t, c)
	got := c.say("张三", "确认 R1 R2 R3 R4")
	expect(t, "a villager's 确认 of four", got, grid3+": #R1 #R2 #R3 #R4：抱歉，「确认」需要本网格的网格长")
	if n := strings.Count(strings.Join(got, "\n"), "抱歉"); n != 1 {
		t.Errorf("refusal said %d times: %q", n, got)
	}
	c.wantStatuses(nil, village.StatusNew)
}

// TestNightEscalationsSayMorningOnce: items sent up to the township at
// night by one message are told sent up in one line, the morning's hour
// once, not once an item.
func TestNightEscalationsSayMorningOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	fourFiled(t, c)
	has(t, "taken on", c.say("李四", "确认 R1 R2 R3 R4"), "已受理 4 件")
	c.now = clock(c.now, 0, 23, 0)
	got := c.say("李四", "上报镇 R1 R4 超期了 村里办不了")
	has(t, "both sent up", got, grid3+": #R1 #R4 已上报镇里协调处理（现在是夜里，早上7点再发过去），有进展会在群里告诉大家。")
	if n := strings.Count(strings.Join(got, "\n"), "早上7点"); n != 1 {
		t.Errorf("早上7点 said %d times: %q", n, got)
	}
	c.wantStatuses(map[string]village.Status{"R1": village.StatusEscalated, "R4": village.StatusEscalated}, village.StatusAccepted)
}
