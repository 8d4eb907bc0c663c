package handlers_test

import (
	"slices"
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

// TestLeaderSplitsTwoWaiting: 张三's rubbish and 陈二's frozen pipe both
// wait for their 「1」; 李四's 「收到，垃圾我联系环卫站，水管让王五去看看」
// asked which one he meant. Now both are filed for them: the rubbish
// taken on by 李四 (his clause the note), the pipe given to 王五 (rep101).
func TestLeaderSplitsTwoWaiting(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "rubbish", c.say("张三", "我们这边垃圾三天没人收了，都堆到路上了"), "回复「1」登记")
	has(t, "pipe", c.say("陈二", "我家门口水管冻住了，一滴水都没有"), "回复「1」登记")
	// the two filings one commit (rep102; was 4: the second's commit
	// refused against the grid's copy the first changed)
	got := c.costs(t, 1, "split", bot.Message{Chat: grid3, From: "李四", Text: "收到，垃圾我联系环卫站，水管让王五去看看"})
	lacks(t, "split", got, "哪件", "请引用")
	has(t, "split", got, "#R1", "#R2", "王五")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusAccepted}, village.StatusNew)
	for _, rep := range c.reports() {
		switch rep.Reporter {
		case "张三":
			if !slices.Contains(rep.Handlers, "李四") || slices.Contains(rep.Handlers, "王五") {
				t.Errorf("rubbish handlers %v, want 李四's", rep.Handlers)
			}
		case "陈二":
			if !slices.Contains(rep.Handlers, "王五") {
				t.Errorf("pipe handlers %v, want 王五's", rep.Handlers)
			}
		}
	}
	lacks(t, "her 1", c.say("陈二", "1"), "已登记 #R3")
}
