package handlers_test

import (
	"slices"
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

// TestHandOverClauseNamesItsItem: 「R3那个我搞错了，水沟的事我下午去看，路灯
// 让王五去」 hands the lamp to 王五, not the ditch the number names
// (walk96): the clause that sends him names its thing, and the item of
// that thing is given him; what he said of R3 is shown as the 进展 to
// send. Without the number the same. A thing no open item names gives
// nothing; a clause naming the numbered item's thing is its 指派.
func TestHandOverClauseNamesItsItem(t *testing.T) {
	day := func(t *testing.T) *chat {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 村口那个路灯又不亮了，晚上走路怕摔着")
		c.say("赵六", "上报 我和隔壁王家因为宅基地吵起来了")
		c.say("陈二", "上报 俺家门口那条水沟堵了")
		c.now = c.now.Add(13 * time.Hour)
		c.say("李四", "确认 #R3")
		return c
	}
	handlers := func(c *chat) map[string][]string {
		got := map[string][]string{}
		for _, r := range c.reports() {
			got[r.ID] = r.Handlers
		}
		return got
	}
	for _, said := range []string{"R3那个我搞错了，水沟的事我下午去看，路灯让王五去", "水沟的事我下午去看，路灯让王五去"} {
		c := day(t)
		got := c.costs(t, 1, said, bot.Message{Chat: grid3, From: "李四", Text: said})
		has(t, said, got, "#R1 已受理并指派给王五")
		lacks(t, said, got, "#R3 已指派")
		if h := handlers(c); !slices.Contains(h["R1"], "王五") || slices.Contains(h["R3"], "王五") {
			t.Errorf("%s: handlers %v, want 王五 on R1 only", said, h)
		}
		if said[0] == 'R' {
			has(t, said, got, "您说 #R3 的「我搞错了，水沟的事我下午去看」没有记上，要记请发「进展 #R3 我搞错了，水沟的事我下午去看」")
		}
	}
	c := day(t)
	has(t, "no such thing", c.say("李四", "R3 水沟的事我下午去看，垃圾让王五去"), "「垃圾让王五去」说的不是 #R3", "没有指派")
	if h := handlers(c); slices.Contains(h["R3"], "王五") || slices.Contains(h["R1"], "王五") {
		t.Errorf("no such thing: handlers %v, want 王五 on none", h)
	}
	has(t, "its own", c.say("李四", "R3 我下午没空，水沟让王五去"), "#R3 已指派给王五")
}

// TestWhenQuestionOnFreshItemChasesNobody: 张三's 「俺那个路灯啥时候能修好」
// an hour after his lamp was sent up is answered in the group by how it
// stands; its handlers are not chased privately (walk96): they acted on it
// just now. Past its deadline, or a day after its last step, or pressed
// (「到底有人管没有」), the handlers hear it as before.
func TestWhenQuestionOnFreshItemChasesNobody(t *testing.T) {
	lamp := func(t *testing.T) *chat {
		c := newChat(t, understand.Rules{})
		c.say("张三", "上报 村口那个路灯又不亮了，晚上走路怕摔着")
		c.say("李四", "确认 #R1")
		c.say("李四", "指派 #R1 王五")
		c.say("李四", "上报镇 #R1 灯杆歪了，村里修不了")
		c.now = c.now.Add(time.Hour)
		return c
	}
	c := lamp(t)
	got := c.costs(t, 1, "asked", bot.Message{Chat: grid3, From: "张三", Text: "俺那个路灯啥时候能修好"})
	expect(t, "asked", got, grid3+": @张三\u2005#R1（村口那个路灯又不亮了，晚上走路怕摔着）现在「已上报镇」")
	c.now = c.now.Add(25 * time.Hour)
	has(t, "a day on", c.say("张三", "俺那个路灯啥时候能修好"), "李四: 【又来反映】#R1", "王五: 【又来反映】#R1")
	c = lamp(t)
	has(t, "pressed", c.say("张三", "路灯的事到底有人管没有"), "李四: 【又来反映】#R1")
	c = lamp(t)
	c.now = c.now.Add(-time.Hour)
	c.say("张三", "上报 俺家门口那条水沟堵了")
	has(t, "not taken on", c.say("张三", "水沟啥时候能修好"), "李四: 【又来反映】#R2")
}
