package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// lastNote is the note of report id's latest 进展, "" when it has none.
func (c *chat) lastNote(id string) string {
	c.t.Helper()
	for _, rep := range c.reports() {
		if rep.ID != id {
			continue
		}
		for i := len(rep.History) - 1; i >= 0; i-- {
			if rep.History[i].Action == village.ActProgress {
				return rep.History[i].Note
			}
		}
	}
	return ""
}

// TestWorkerGoesToSeveralAccepted: the worker's 「R1 R2 收到 下午去看」 on
// two items the leader accepted is no hint to accept them: each gets his
// words as its 进展, one reply names both, in one round trip; assigned to
// him, the same.
func TestWorkerGoesToSeveralAccepted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "R1", c.say("张三", "上报 村口路灯坏了"), "已登记 #R1")
	expect(t, "R2", c.say("张三", "上报 我家门口水管漏水了"), "已登记 #R2")
	expect(t, "accepted", c.say("李四", "确认 #R1 #R2"), "已受理 2 件")
	got := c.costs(t, 1, "worker's plan", bot.Message{Chat: grid3, From: "王五", Text: "R1 R2 收到 下午去看"})
	expectLike(t, "worker's plan", got, like{has: "#R1 #R2 进展已记录：下午去看", lacks: "要受理"})
	for _, id := range []string{"R1", "R2"} {
		if n := c.lastNote(id); n != "下午去看" {
			t.Errorf("%s 进展 %q, want 下午去看", id, n)
		}
	}
	c.say("李四", "指派 #R1 王五")
	c.say("李四", "指派 #R2 王五")
	expectLike(t, "assigned", c.say("王五", "R1 R2 收到 明天上午去修"), like{has: "#R1 #R2 进展已记录：明天上午去修", lacks: "要受理"})
	for _, id := range []string{"R1", "R2"} {
		if n := c.lastNote(id); n != "明天上午去修" {
			t.Errorf("%s 进展 %q, want 明天上午去修", id, n)
		}
	}
	lacks(t, "bare 收到", c.say("王五", "R1 R2 收到"), "要受理")
}

// TestSeveralNewStillTakenAsBefore: new items named by number keep the
// acceptance rule of 「R1 收到」: the leader's 「R1 R2 收到 马上去看」
// accepts both; the worker's is told they are the leader's to give him;
// one new beside one accepted is named in the hint after the 进展.
func TestSeveralNewStillTakenAsBefore(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, s := range []string{"村口路灯坏了", "我家门口水管漏水了", "村里垃圾桶满了没人收"} {
		c.say("张三", "上报 "+s)
	}
	expectLike(t, "worker, new", c.say("王五", "R1 R2 收到 下午去看"), like{has: "「指派 #R1 #R2 王五」"})
	c.firstStatus(village.StatusNew)
	expect(t, "leader, new", c.say("李四", "R1 R2 收到 马上去看"), "已受理 2 件")
	got := c.say("王五", "R2 R3 收到 下午去看")
	expectLike(t, "mixed", got, like{has: "#R2 进展已记录：下午去看"})
	expectLike(t, "mixed", got, like{has: "「指派 #R3 王五」"})
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted, "R2": village.StatusInProgress}, village.StatusNew)
}
