package handlers_test

import (
	"context"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// storedAway is 王五's absence as kept in 青山村's scope; ok false when none.
func storedAway(t *testing.T, c *chat) (a village.Away, ok bool) {
	t.Helper()
	b, err := c.st.Asked(context.Background(), village3, village.AwayKey("青山村/"+wangWuHousehold(t, c)+"/王五"))
	if err != nil {
		return village.Away{}, false
	}
	if a, ok = village.LastAway(b); !ok {
		t.Fatalf("absence unread: %q", b)
	}
	return a, true
}

// wangWuHousehold is 王五's household in the example roster.
func wangWuHousehold(t *testing.T, c *chat) string {
	t.Helper()
	_, dir := exampleVillage(t)
	p, err := dir.Lookup("青山村", "王五")
	if err != nil {
		t.Fatal(err)
	}
	return p.Household
}

// TestWorkerAwayStored: 王五's 「我这几天生病了…」 keeps, in the one commit
// of its reply, that he is away three days (today counting); 「我回来了」
// (a read and a commit) ends it and tells 李四; said again, he is no
// longer away and nothing is said of it.
func TestWorkerAwayStored(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通") // his open calls followed, as in TestWorkerAwayTellsLeader
	got := c.costs(t, 1, "away (one commit)", bot.Message{Private: true, From: "王五", Text: "我这几天生病了 在县里住院 电话打不了"})
	has(t, "till when", got, "到3月4日，您每天的电话清单改发给李四", "到3月4日，王五每天的电话清单改发给李四")
	a, ok := storedAway(t, c)
	if !ok || a.Worker != "王五" || a.LastDay().Day() != 4 || a.By != "王五" {
		t.Fatalf("stored absence %+v (%v), want 王五's till 4 March", a, ok)
	}
	got = c.costs(t, 2, "back (read, commit)", bot.Message{Private: true, From: "王五", Text: "我回来了"})
	has(t, "back", got, "王五: 欢迎回来！", "李四: 王五说「我回来了」，之后王五的电话清单照常发给王五本人")
	if a, ok := storedAway(t, c); ok && a.On(c.now) {
		t.Errorf("absence still on after 我回来了: %+v", a) // kept, ended (back66: the month's coverage names it)
	}
	lacks(t, "not away", c.private("王五", "我回来了"), "欢迎回来", "不用再代打")
}

// TestLeaderSaysWorkerAway: 李四's 「王五请假到15号」 keeps 王五 away till
// the 15th and tells him; 「王五回来了」 ends it. A villager's words do
// nothing.
func TestLeaderSaysWorkerAway(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("李四", "回访 王奶奶 未接通") // the first message of the process
	got := c.costs(t, 1, "set by the leader (one commit)", bot.Message{Private: true, From: "李四", Text: "王五请假到15号"})
	has(t, "leader and worker told", got, "李四: 好的，已记下王五到3月15日不能打电话。这期间王五每天的电话清单改发给您。",
		"王五: 网格长李四告诉我：「王五请假到15号」。到3月15日")
	if a, ok := storedAway(t, c); !ok || a.LastDay().Day() != 15 || a.By != "李四" {
		t.Fatalf("stored absence %+v (%v), want till 15 March, by 李四", a, ok)
	}
	has(t, "ended", c.say("李四", "王五回来了"), "好的，王五的电话清单之后照常发给王五本人。", "王五: 网格长李四说您回来了")
	if a, ok := storedAway(t, c); ok && a.On(c.now) {
		t.Error("absence still on after 王五回来了")
	}
	lacks(t, "a villager", c.say("陈二", "王五请假到15号"), "已记下王五")
	if a, ok := storedAway(t, c); ok && a.On(c.now) {
		t.Error("a villager's words stored an absence")
	}
}

// TestGridsRankTownshipTakenOver: an item the township took over (孙七's
// 确认), past its deadline, is the township's: 网格排名 shows it apart
// (镇里在办), not as the grid's 超期, and does not rank the grid first for
// it; the grid's own overdue item still counts.
func TestGridsRankTownshipTakenOver(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.upToTownship("张三", "上报 村口路灯坏了", "#R1", "村里没有电工")
	c.in(officeChat, "孙七", "确认 #R1")
	c.now = c.now.Add(20 * 24 * time.Hour)
	has(t, "taken over", c.in(officeChat, "孙七", "网格排名"), "青山村三组：收到 1 件，按时受理 100%，办结 0，现在超期 0（另有镇里在办 1 件 #R1），")
	c.in("青山村一组网格群", "谢明", "上报 水渠堵了，田里进不了水")
	c.now = c.now.Add(5 * 24 * time.Hour)
	has(t, "the grid's own first", c.in(officeChat, "孙七", "网格排名"), "1. 青山村一组：收到 1 件，按时受理 0%，办结 0，现在超期 1（#R2），",
		"青山村三组：收到 1 件，按时受理 100%，办结 0，现在超期 0（另有镇里在办 1 件 #R1），")
}
