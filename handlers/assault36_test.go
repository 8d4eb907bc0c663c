package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestBeatenFiled: one who says he was beaten ("我被人打了") is never
// ignored: with no injury told, a mediation item is filed, its handlers
// hear of the beating at once (night or not), and he is told to mind his
// safety, see a doctor (120) and call 110 if it goes on; told privately it
// stays private. Hurt now is an alarm for the duty chat; a beating told
// laughing reaches nobody.
func TestBeatenFiled(t *testing.T) {
	c := newChat(t, understand.Rules{})
	silent(t, "a joke", c.say("张三", "哈哈 被我媳妇打了"))
	steps := "请注意安全，先别去找对方；身上有伤请及时就医（急的打120），对方再动手或您要报案，请拨打110。"
	c.now = clock(c.now, 1, 23, 30)
	expect(t, "a beating told at night", c.say("张三", "我被人打了"),
		"李四: 【调解提醒·注意】张三反映被人打了，已登记 #R1：「我被人打了」\n请尽快联系张三问清伤情和经过，防止再动手；有伤先送医，要报案请拨打110。受理请回复「确认 #R1」。",
		"郑十: 【调解提醒·注意】张三反映被人打了，已登记 #R1",
		grid3+": 已登记 #R1（调解事项）：我被人打了\n已交李四、郑十处理，被打的事已马上告诉他们，会尽快联系您。\n"+steps)
	expect(t, "a beating told privately", c.private("周八", "俺昨天被隔壁老刘打了一顿"),
		"李四: 【调解提醒·注意】周八反映被人打了，已登记 #R2",
		"郑十: 【调解提醒·注意】周八反映被人打了，已登记 #R2：「俺昨天被隔壁老刘打了一顿」",
		"周八: 已登记 #R2（调解事项）：俺昨天被隔壁老刘打了一顿\n已私下转给网格长李四和调解员郑十，被打的事已马上告诉他们，会尽快联系您。"+steps)
	out := c.say("陈二", "我爸让人打了 头上流血")
	has(t, "hurt now", out, dutyChat+": 【突发事件】青山村三组 #R3")
	for _, got := range out {
		if strings.Contains(got, "调解") {
			t.Errorf("hurt now: %q, want an alarm, not mediation", got)
		}
	}
}
