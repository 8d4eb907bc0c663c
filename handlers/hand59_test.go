package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

const grid1h59 = "青山村一组网格群"

// h59in1 says text in 一组's group, as from.
func (c *chat) h59in1(from, text string) []string {
	c.t.Helper()
	return c.send(bot.Message{Chat: grid1h59, From: from, Text: text})
}

// TestLeaderSendsWorkerToQuarrel: the leader who names whose matter it is
// before sending a grid worker ("陈二的事 王五你去协调一下") gives the
// quarrel waiting for him to the worker, taken on and assigned in one
// change, not taken on as his own; the worker's plain answer is then his
// 进展. With two fresh items, the one whose party the leader named is
// meant.
func TestLeaderSendsWorkerToQuarrel(t *testing.T) {
	wang := village.Person{Name: "王五", Village: "青山村", Household: "QS-304"}
	c := newChat(t, understand.Rules{})
	has(t, "quarrel filed", c.say("陈二", "我家隔壁的狗天天晚上叫 吵得睡不着 跟他说了也不管"), "已登记 #R1（调解事项）")
	got := c.costs(t, 1, "sent in plain words", bot.Message{Chat: grid3, From: "李四", Text: "陈二的事 王五你去协调一下"})
	has(t, "sent in plain words", got, "#R1 已受理并指派给王五", "@王五\u2005请跟进")
	lacks(t, "sent in plain words", got, "按李四的回复")
	r1 := c.reports()[0]
	if !r1.HandledBy(wang) || r1.Status != village.StatusAccepted {
		t.Fatalf("R1 %s handlers %v", r1.Status, r1.Handlers)
	}
	n := len(r1.History)
	has(t, "the worker's answer", c.say("王五", "好的 我下午去陈二家看看"), "#R1 进展已记录")
	r1 = c.reports()[0]
	if len(r1.History) != n+1 || r1.History[n].Action != village.ActProgress || r1.History[n].By != "王五" {
		t.Errorf("R1 history after the worker's answer: %+v", r1.History[n-1:])
	}

	c = newChat(t, understand.Rules{})
	expect(t, "report 1", c.say("张三", "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "report 2", c.say("陈二", "上报 我家后面水沟堵了"), "已登记 #R2")
	has(t, "no party named: which", c.say("李四", "这事 王五你去看看"), "要交给王五的是哪一件？请回复数字：", "和发「指派 #R2 王五」一样")
	has(t, "the named one of two", c.say("李四", "陈二的事 让王五去看看"), "#R2 已受理并指派给王五")
	c.wantStatuses(map[string]village.Status{"R2": village.StatusAccepted}, village.StatusNew)
}

// TestLeaderTakesUpInFewWords: the grid leader's short first-person words
// with no acknowledgement first ("我去看看", "马上到") take up the one
// item of the grid waiting for acceptance, as "收到 马上去看" does; with
// two waiting he is asked which; a question, a refusal, a villager's
// words, or words with nothing waiting accept nothing.
func TestLeaderTakesUpInFewWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "nothing waits", c.h59in1("刘建国", "我去看看"))
	has(t, "report", c.h59in1("谢明", "上报 村里垃圾桶满了好几天没人收 臭死了"), "已登记 #R1")
	expect(t, "a question", c.h59in1("刘建国", "我去看看吗？"))
	expect(t, "a refusal", c.h59in1("刘建国", "我不去"))
	expect(t, "a villager", c.h59in1("谢明", "我去看看"))
	c.firstStatus(village.StatusNew)
	got := c.costs(t, 1, "the leader", bot.Message{Chat: grid1h59, From: "刘建国", Text: "我去看看"})
	expect(t, "the leader", got, grid1h59+": 按刘建国的回复，#R1 已受理，由刘建国负责")
	r1 := c.reports()[0]
	if last := r1.History[len(r1.History)-1]; r1.Status != village.StatusAccepted || last.By != "刘建国" || !last.Implied {
		t.Errorf("R1 %s, last entry %+v", r1.Status, last)
	}

	has(t, "report 2", c.h59in1("谢明", "上报 后山的水渠堵了"), "已登记 #R2")
	has(t, "report 3", c.h59in1("谢明", "上报 村口的路灯坏了"), "已登记 #R3")
	has(t, "two wait: which", c.h59in1("刘建国", "我来处理"), "刘建国，最近有2件新事项还没受理", "「1」#R3", "「2」#R2", "和发「确认 #R3」一样")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
	has(t, "a worker is told whose it is", c.h59in1("马红梅", "我去处理一下"), "还没指派给您")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusAccepted}, village.StatusNew)
	expect(t, "he names one", c.h59in1("刘建国", "确认 #R3"), "#R3 已受理")
	expect(t, "the one left", c.h59in1("刘建国", "马上到"), "按刘建国的回复，#R2 已受理")

	// past the fresh window the words may mean anything said since
	c = newChat(t, understand.Rules{})
	has(t, "old report", c.h59in1("谢明", "上报 村里垃圾桶满了"), "已登记 #R1")
	c.now = c.now.Add(7 * time.Hour)
	c.h59in1("刘建国", "我马上去")
	c.firstStatus(village.StatusNew)
}

// BenchmarkTakeUpInWords: the leader takes up the fresh report with his
// short "我去看看" (TakesUp, acceptFresh), and resolves it; the leader
// sends a worker with "张三的事 王五你去看看" (the topic first: assignFresh),
// and resolves it.
func BenchmarkTakeUpInWords(b *testing.B) {
	b.Run("我去看看", func(b *testing.B) {
		benchTakeOn(b, "张三", "上报 村口第%d盏路灯不亮了", "李四", "我去看看", "")
	})
	b.Run("topic-sends", func(b *testing.B) {
		benchTakeOn(b, "张三", "上报 村口第%d盏路灯不亮了", "李四", "张三的事 王五你去看看", "")
	})
}
