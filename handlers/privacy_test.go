package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// inChatLacks checks that none of the replies posted to chat holds any of
// unwanted: what a private or mediation item keeps from that group.
func inChatLacks(t *testing.T, step string, got []string, chat string, unwanted ...string) {
	t.Helper()
	for _, o := range got {
		if !strings.HasPrefix(o, chat+": ") {
			continue
		}
		for _, u := range unwanted {
			if strings.Contains(o, u) {
				t.Errorf("%s: %s hears %q: %q", step, chat, u, o)
			}
		}
	}
}

// TestMediationRejectStaysOutOfTheGroup: why a mediation is not taken up
// (驳回), or why the township sends it back (退回), is told to its parties
// and handlers privately, as its other notes are; the group hears one
// line without the reason, and whom to ask.
func TestMediationRejectStaysOutOfTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "a quarrel filed in the group", c.say("张三", "上报 调解 陈二家的猪拱了我家菜地 他不认账"), grid3+": 已登记 #R1（调解事项")
	const why = "这事村里管不了 去找法院吧"
	got := c.say("李四", "驳回 #R1 "+why)
	expect(t, "the leader rejects it in the group", got,
		"李四: #R1 不予受理："+why,
		grid3+": #R1（调解事项）不予受理，理由已私信告知当事人。\n有疑问请找网格长李四。",
		"张三: #R1 不予受理（李四）："+why,
		"陈二: 【调解事项】#R1「陈二家的猪拱了我家菜地 他不认账」不予受理，李四："+why,
		"郑十: 【青山村三组】#R1（调解事项）李四 驳回："+why)
	inChatLacks(t, "驳回", got, grid3, "法院")

	// the township sends one back: its reason is the grid's and the parties'
	c.say("张三", "上报 调解 陈二家的鸭子天天吃我家稻子")
	c.say("李四", "上报镇 #R2 两家闹得厉害")
	const back = "村里先调解，两家都是老邻居"
	got = c.in(officeChat, "孙七", "退回 #R2 "+back)
	has(t, "the township returns it", got,
		grid3+": #R2（调解事项）已退回村里（镇里孙七），理由已私信告知当事人和负责人。\n@李四",
		"张三: #R2 已退回村里（镇里孙七）："+back+"。\n由网格长李四接着办",
		"陈二: 【调解事项】#R2", "李四: 【青山村三组】#R2（调解事项）孙七 退回村里："+back)
	inChatLacks(t, "退回", got, grid3, "老邻居")

	// an ordinary item's rejection is still the group's
	c.say("王五", "上报 村口路灯不亮了")
	expect(t, "a general item", c.say("李四", "驳回 #R3 不归村里管"), grid3+": #R3 不予受理：不归村里管。")
}
