package handlers_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// overdueFiled does to R1, nobody having taken it on, what the overdue
// job does past its reminder: files it with the township (超期没人受理),
// a day later than now.
func overdueFiled(t *testing.T, c *chat) {
	t.Helper()
	c.now = c.now.Add(24 * time.Hour)
	rep := c.reports()[0]
	if err := rep.Apply(village.ActEscalate, village.SystemActor, c.now, "超期没人受理，村级备案并上报到镇"); err != nil {
		t.Fatal(err)
	}
	rep.Overdue = 2
	if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: "overdue-" + rep.ID, Report: &rep}); err != nil {
		t.Fatal(err)
	}
}

// lastStep is R1's last history entry.
func (c *chat) lastStep() village.Entry {
	c.t.Helper()
	h := c.reports()[0].History
	return h[len(h)-1]
}

// TestPlanOnEscalatedInWords: the grid leader's unnumbered 「收到 今天联系
// 环卫」 the morning after the overdue job sent her untaken item up to the
// township is its 进展, as 「R1 收到 今天联系环卫」 is: the group hears it
// was recorded and the township office what the grid will do; it stays
// with the township. Her bare 「收到」 after that answers the bot and
// records nothing.
func TestPlanOnEscalatedInWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "report", c.say("张三", "村里的垃圾桶好几天没人收了 臭死了"), "已登记 #R1")
	overdueFiled(t, c)
	c.now = c.now.Add(23 * time.Hour)
	got := c.say("李四", "收到 今天联系环卫")
	expect(t, "her plan", got, grid3+": 按李四的话，#R1 进展已记录：今天联系环卫",
		officeChat+": 【青山村三组】#R1（一般事项）李四 进展：今天联系环卫，现在「已上报镇」。")
	last := c.lastStep()
	if r1 := c.reports()[0]; r1.Status != village.StatusEscalated || last.Action != village.ActProgress || last.Note != "今天联系环卫" || !last.Implied {
		t.Errorf("R1 %s, last step %+v; want escalated, her implied 进展", r1.Status, last)
	}
	n := len(c.reports()[0].History)
	expect(t, "a bare 收到 answers the bot", c.say("李四", "收到"))
	if m := len(c.reports()[0].History); m != n {
		t.Errorf("the bare 收到 added %d steps", m-n)
	}
}

// TestPlanInWordsEachStatus: 「收到 今天联系电工」, 「好的 马上联系电工」
// and 「马上联系电工」 from whoever handles the group's one open item are
// its 进展 whether it is taken on, given to a grid worker (his words),
// waiting (the clock goes on) or reopened; once its 办结 waits on the
// reporter they take nothing back.
func TestPlanInWordsEachStatus(t *testing.T) {
	for _, tc := range []struct {
		name, who, text string
		setup           []string // 李四's, then 张三's lines after 确认 #R1
		want            village.Status
	}{
		{"accepted", "李四", "收到 今天联系电工", nil, village.StatusInProgress},
		{"assigned", "王五", "好的 马上联系电工", []string{"李四:指派 #R1 王五"}, village.StatusInProgress},
		{"waiting", "李四", "马上联系电工", []string{"李四:等待 #R1 等电工出差回来"}, village.StatusInProgress},
		{"reopened", "李四", "收到 今天联系电工", []string{"李四:办结 #R1 换了灯泡", "张三:未解决 #R1 还是不亮"}, village.StatusInProgress},
		{"resolved", "李四", "收到 今天联系电工", []string{"李四:办结 #R1 换了灯泡"}, village.StatusResolved},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.accepted("张三", "上报 村口路灯坏了好几天了")
			for _, line := range tc.setup {
				from, text, _ := strings.Cut(line, ":")
				c.say(from, text)
			}
			c.now = c.now.Add(20 * time.Hour) // past any fresh answer to the setup
			n := len(c.reports()[0].History)
			got := c.say(tc.who, tc.text)
			r1 := c.reports()[0]
			if r1.Status != tc.want {
				t.Errorf("R1 is %s, want %s; replies %q", r1.Status, tc.want, got)
			}
			if tc.want == village.StatusResolved {
				if len(r1.History) != n {
					t.Errorf("a plan took the 办结 back: %+v", c.lastStep())
				}
				return
			}
			expect(t, "its 进展", got, grid3+": 按"+tc.who+"的话，#R1 进展已记录：")
			if last := c.lastStep(); last.Action != village.ActProgress || last.By != tc.who || !last.Implied {
				t.Errorf("last step %+v, want %s's implied 进展", last, tc.who)
			}
		})
	}
}

// TestPlanInWordsTwoItems: with two open items he handles, 「收到 下午联系
// 一下」 is asked which it is about, and nothing is recorded on a guess;
// 「收到 今天联系电工」 names the lamp's kin: the lamp's 进展.
func TestPlanInWordsTwoItems(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.accepted("张三", "上报 村口路灯坏了好几天了")
	expect(t, "report 2", c.say("陈二", "上报 后山垃圾没人清"), "已登记 #R2")
	expect(t, "accept 2", c.say("李四", "确认 #R2"), "#R2 已受理")
	c.now = c.now.Add(20 * time.Hour)
	got := c.say("李四", "收到 下午联系一下")
	if len(got) != 1 || !strings.Contains(got[0], "#R1") || !strings.Contains(got[0], "#R2") {
		t.Errorf("two items: replies %q, want one asking which", got)
	}
	c.wantStatuses(nil, village.StatusAccepted)
	expect(t, "the lamp's", c.say("李四", "收到 今天联系电工"), grid3+": 按李四的话，#R1 进展已记录：今天联系电工")
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusAccepted)
}

// TestPlanAfterOverdueReminder: an item nobody took on is asked of its
// leader again by the overdue reminder (@李四 请尽快受理): his 「收到 今天
// 联系环卫」 soon after takes it on, as it would have right after it was
// filed; a grid worker's is told who may give it to him.
func TestPlanAfterOverdueReminder(t *testing.T) {
	for _, who := range []string{"李四", "王五"} {
		c := newChat(t, understand.Rules{})
		expect(t, "report", c.say("张三", "村里的垃圾桶好几天没人收了 臭死了"), "已登记 #R1")
		c.now = c.now.Add(49 * time.Hour)
		rep := c.reports()[0]
		rep.Overdue, rep.RemindedAt = 1, c.now
		if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: "remind", Report: &rep}); err != nil {
			t.Fatal(err)
		}
		c.now = c.now.Add(time.Hour)
		got := c.send(bot.Message{Chat: grid3, From: who, Text: "收到 今天联系环卫"})
		if who == "李四" {
			expect(t, "the leader takes it on", got, grid3+": 按李四的回复，#R1 已受理，由李四负责")
			c.firstStatus(village.StatusAccepted)
			continue
		}
		expect(t, "the worker", got, grid3+": 王五，#R1（村里的垃圾桶好几天没人收了 臭死了）还没指派给您")
		c.firstStatus(village.StatusNew)
	}
}

// TestPlanIsNoReport: the grid cadre's 「收到 我来处理」 with no item of
// his open is what he will do, not a matter to file: no 「我理解为」 offer
// of a report; a villager's 「收到，不过村口路灯坏了三天了」 still files.
func TestPlanIsNoReport(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, who := range []string{"李四", "王五"} {
		got := c.say(who, "收到 我来处理")
		lacks(t, who+"'s plan", got, "我理解为", "登记")
	}
	c.wantReports(0, "(a plan files nothing)")
	has(t, "a villager's 收到 and report", c.say("张三", "收到，不过村口路灯坏了三天了"), "#R1")
}
