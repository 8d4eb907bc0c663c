package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestSecondPersonHurtIsSecondAlarm: while a medical alarm is open, one
// telling another person hurt is an emergency of its own, each with its
// 120 and its responder (hurt77; 「李四的腿摔断了」 was joined to 张三's
// father's heart attack as 【突发补充】); the same person told again joins.
func TestSecondPersonHurtIsSecondAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("张三", "我爸心绞痛犯了 快来人"), "【突发事件】青山村三组 #R1")
	got := c.say("陈二", "李四的腿摔断了")
	has(t, "another person", got, "【突发事件】青山村三组 #R2", "遇险的是网格长李四本人", "拨打120")
	lacks(t, "another person", got, "【突发补充】")
	// the same father, by his son again and by another villager: joined
	lacks(t, "same again", c.say("张三", "我爸心绞痛犯了 快来人啊"), "【突发事件】")
	lacks(t, "told by the household", c.say("周八", "老张家的 他爸晕倒了"), "【突发事件】")
	// another household's kin, and another villager by name: new
	has(t, "other kin", c.say("陈二", "我妈晕倒了 叫不醒"), "【突发事件】青山村三组 #R3")
	has(t, "other villager", c.say("周八", "王五从梯子上摔下来了"), "【突发事件】青山村三组 #R4")
	// one told of by two: a witness's word of #R4
	has(t, "same villager", c.say("赵六", "王五从梯子上摔下来了 腿动不了"), "【突发补充】青山村三组 #R4")
	if reps := c.reports(); len(reps) != 4 {
		t.Errorf("stored %d reports, want 4", len(reps))
	}
	for _, rep := range c.reports() {
		if rep.Type != village.Emergency || rep.Hazard != village.HazardMedical {
			t.Errorf("%s: %s %s, want a medical emergency", rep.ID, rep.Type, rep.Hazard)
		}
	}
}
