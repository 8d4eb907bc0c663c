package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestNumberedMeetingSetIsProgress: the leader's 「R2 两家约好了明天上午到
// 村委会当面谈」 on the quarrel he took on is its 进展 with a plan, as the
// same words without the number are (understand.Arranges), not a pause
// 等待村民 (walk96): the clock runs, both sides hear of the meeting.
func TestNumberedMeetingSetIsProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个路灯又不亮了")
	has(t, "quarrel", c.say("赵六", "隔壁王家把柴火堆到我家墙根了，说了不听还骂人"), "已登记 #R2（调解事项）")
	c.say("李四", "确认 #R2")
	got := c.costs(t, 1, "meeting set", bot.Message{Chat: grid3, From: "李四", Text: "R2 两家约好了明天上午到村委会当面谈"})
	has(t, "meeting set", got, "#R2", "进展", "两家约好了明天上午到村委会当面谈")
	lacks(t, "meeting set", got, "暂停计时", "等待村民")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusNew}, village.StatusInProgress)
}

// TestLeaderAckPlanToldInGroup: 「收到，今天上午去看看路灯」 taking the lamp
// on tells the group his plan (walk96): the reporter knows when, not only
// that it was taken on. A bare 「确认 #R」 says no plan.
func TestLeaderAckPlanToldInGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个路灯又不亮了，晚上走路怕摔着")
	c.now = c.now.Add(13 * time.Hour)
	got := c.costs(t, 1, "his ack", bot.Message{Chat: grid3, From: "李四", Text: "收到，今天上午去看看路灯"})
	has(t, "his ack", got, "按李四的回复，#R1 已受理", "张三，李四说「今天上午去看看路灯」，办好后会告诉您。")
	c.say("陈二", "上报 俺家门口那条水沟堵了")
	lacks(t, "bare", c.say("李四", "确认 #R2"), "李四说「")
}
