package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestQuestionSharingWordsDuringFire: while a fire is open, an ordinary
// question that shares a word with it (120, 消防, 派出所, 医生, 火) but asks
// nothing of it is not answered as about it; one that asks how it goes
// (its hazard's state, help coming, its place) is. A question that raises
// the alarm itself is still taken as one (never swallowed).
func TestQuestionSharingWordsDuringFire(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "后山着火了 快来人"), dutyChat+": 【突发事件】青山村三组 #R1")
	c.now = c.now.Add(5 * time.Minute)
	for _, q := range []string{"120是打哪个电话", "消防栓坏了找谁", "派出所几点上班", "派出所几点上班啊？",
		"派出所办身份证要带什么？", "医生说我这个病要住院吗", "火车站几点开门？", "120是急救电话吗"} {
		lacks(t, q, c.say("陈二", q), "【突发补充", "#R1 现在")
	}
	has(t, "an alarm in a question is still an alarm", c.say("陈二", "着火了该打什么电话"), dutyChat+": 【突发补充】青山村三组 #R1")
	for _, q := range []string{"火灭了吗", "消防车到了没", "有人受伤吗", "后山那边怎么样了", "打了119吗"} {
		has(t, q, c.say("周八", q), "#R1 现在")
	}
}
