package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestLeaderCallsForAlarmInWords: 周八's fallen, sparking wire waits for
// its 确认; 李四's 「电线的事我马上给供电所打电话」 (no 收到, no number)
// was silent, and the watchdog went on calling the duty chat. Calling
// who mends it now is his being on it: its 确认, his words the note,
// the duty chat told, in one round trip (rep101).
func TestLeaderCallsForAlarmInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("周八", "村口超市门口电线掉下来了，还在冒火花，大家别靠近"), "#R1")
	got := c.costs(t, 1, "calls", bot.Message{Chat: grid3, From: "李四", Text: "电线的事我马上给供电所打电话"})
	has(t, "calls", got, "#R1 已受理", dutyChat, "李四")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
	has(t, "note", c.say("周八", "查 #R1"), "马上给供电所打电话")
}

// TestReporterThanksWaterCame: after 李四's 办结 of 陈二's burst pipe,
// her 「水来了，谢谢王五」 was asked again for 「满意 #R2」: 水来了 is
// 来水了 said the other way round. It is her 满意 (rep101).
func TestReporterThanksWaterCame(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 我家门口水管冻裂了，一滴水都没有")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 王五把水管换好了")
	got := c.say("陈二", "水来了，谢谢王五")
	lacks(t, "thanks", got, "在等您确认")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusClosed}, village.StatusNew)
}
